package deid

import (
	"cmp"
	"slices"
)

// What is said once is said again: a number is read back digit by digit to
// check it, a day is agreed on, an age is repeated in surprise. The echo
// rules (numberEchoes, dateEchoes, ageEchoes) find the repeats of what the
// text found anywhere in it, and in a conversation of what the few turns
// before found too (echoMem): "[patient] five five five three oh two …
// [doctor] three oh two".

// echoTurns is how many turns back a conversation's echoes reach.
const echoTurns = 4

// echoWindow is how far, in bytes, from what a text found a repeat of it
// is taken for its echo: after a number, before or after a date or an age.
// (No more than a long text's chunks overlap, so that a chunk sees what
// the whole text would.)
const echoWindow = 1000

// maxEchoSpan bounds how long a number found is, in bytes, for the
// search of the numbers near a read-back.
const maxEchoSpan = 512

// echoMark is a day (bit d) or an age (bit a-90) a finding at byte at
// says.
type echoMark struct {
	at   int32
	bits uint64
}

// marksNear returns the bits of the marks (in text order) within
// echoWindow of byte at.
func marksNear(marks []echoMark, at int32) (bits uint64) {
	k, _ := slices.BinarySearchFunc(marks, at-echoWindow, func(m echoMark, t int32) int { return cmp.Compare(m.at, t) })
	for ; k < len(marks) && marks[k].at <= at+echoWindow; k++ {
		bits |= marks[k].bits
	}
	return bits
}

// markAt reports whether a mark (in text order) starts at byte at.
func markAt(marks []echoMark, at int32) bool {
	_, ok := slices.BinarySearchFunc(marks, at, func(m echoMark, t int32) int { return cmp.Compare(m.at, t) })
	return ok
}

// byEchoStart orders numbers found by where they start.
func byEchoStart(a, b echoNum) int { return cmp.Compare(a.start, b.start) }

// byMarkAt orders marks by where they are.
func byMarkAt(a, b echoMark) int { return cmp.Compare(a.at, b.at) }

// sortMarks puts marks in text order (findings are mostly in it already).
func sortMarks(marks []echoMark) {
	if !slices.IsSortedFunc(marks, byMarkAt) {
		slices.SortFunc(marks, byMarkAt)
	}
}

// echoNum is a number found: its characters (digits[a:b] of its buffer),
// its type, where it is in its text, and its turn of a conversation.
type echoNum struct {
	a, b       int32
	typ        Type
	start, end int32
	turn       int
}

// echoTurn is what one turn found that a later turn may say again.
type echoTurn struct {
	turn int
	days uint32 // bit d: day d of a month a date names
	ages uint64 // bit a-90: an age over 89
}

// echoMem is what the turns of a conversation found, in turn order.
type echoMem struct {
	digits []byte
	nums   []echoNum
	turns  []echoTurn

	digitsArr [96]byte // first space of digits, nums and turns
	numsArr   [8]echoNum
	turnsArr  [8]echoTurn
}

// init points the memory's slices at its first space.
func (m *echoMem) init() {
	m.digits, m.nums, m.turns = m.digitsArr[:0], m.numsArr[:0], m.turnsArr[:0]
}

// maxEchoNums bounds the numbers a conversation remembers.
const maxEchoNums = 1024

// remember notes what the turn just scanned found (s.found, resolved as
// out) for the turns after it.
func (m *echoMem) remember(s *scanner, turn int, out []Finding) {
	var days uint32
	var ages uint64
	for f := range out {
		switch t := out[f].Type; {
		case t == Date:
			days |= s.findingDay(out[f])
		case t == Age:
			ages |= s.findingAge(out[f])
		case echoType(t) && len(m.nums) < maxEchoNums:
			m.digits, m.nums = s.appendEchoNum(out[f], turn, m.digits, m.nums)
		}
	}
	if days != 0 || ages != 0 {
		m.turns = append(m.turns, echoTurn{turn, days, ages})
	}
}

// before returns the days and ages the echoTurns turns before turn found.
func (m *echoMem) before(turn int) (days uint32, ages uint64) {
	for k := len(m.turns) - 1; k >= 0 && m.turns[k].turn >= turn-echoTurns; k-- {
		if m.turns[k].turn < turn {
			days |= m.turns[k].days
			ages |= m.turns[k].ages
		}
	}
	return days, ages
}

// numsBefore returns the numbers the echoTurns turns before turn found.
func (m *echoMem) numsBefore(turn int) []echoNum {
	k := len(m.nums)
	for k > 0 && m.nums[k-1].turn >= turn {
		k--
	}
	lo := k
	for lo > 0 && m.nums[lo-1].turn >= turn-echoTurns {
		lo--
	}
	return m.nums[lo:k]
}

// appendEchoNum appends the number finding f says to nums, its characters
// to digits, when it says four or more.
func (s *scanner) appendEchoNum(f Finding, turn int, digits []byte, nums []echoNum) ([]byte, []echoNum) {
	a := len(digits)
	d := s.findingDigits(f, digits)
	if len(d)-a < 4 {
		return d[:a], nums
	}
	return d, append(nums, echoNum{int32(a), int32(len(d)), f.Type, int32(f.Start), int32(f.End), turn})
}

// echoType: a finding of type t is a number that may be read back.
func echoType(t Type) bool {
	switch t {
	case Phone, Fax, SSN, MRN, Account, HealthPlan, License, NPI, Device, Vehicle, ID, Zip:
		return true
	}
	return false
}

// findingDigits appends to buf the digits and letters finding f says
// (saidChars).
func (s *scanner) findingDigits(f Finding, buf []byte) []byte {
	a, b := s.tokAt(f.Start), s.tokAt(f.End-1)
	if a < 0 || b < 0 {
		return buf
	}
	return s.saidChars(a, b, buf)
}

// findingDay returns the day of the month a date finding names said as an
// ordinal ("july [eleventh]"), as bit d, or 0.
func (s *scanner) findingDay(f Finding) uint32 {
	a, b := s.tokAt(f.Start), s.tokAt(f.End-1)
	for k := a; k >= 0 && k <= b; k++ {
		if j, ok := s.readDay(k); ok && s.toks[j].is(fOrdWord) {
			if v := s.dayValue(k, j); v >= 1 && v <= 31 {
				return 1 << v
			}
			return 0
		}
	}
	return 0
}

// findingAge returns the age over 89 an age finding says, as bit a-90, or
// 0.
func (s *scanner) findingAge(f Finding) uint64 {
	if a := s.tokAt(f.Start); a >= 0 {
		if v, _, ok := s.readAge(a); ok && v >= 90 && v < 90+64 {
			return 1 << (v - 90)
		}
	}
	return 0
}

// echoed returns the echo memory of the conversation this text is a turn
// of and the turn, or nil.
func (s *scanner) echoed() (*echoMem, int) {
	if s.carryFrom == nil {
		return nil, 0
	}
	return &s.carryFrom.echo, s.carryFrom.turn
}
