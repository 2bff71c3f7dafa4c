package deid

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unsafe"
)

// Numeric identifiers: phone and fax numbers, SSNs, MRNs, account, plan,
// licence, device and vehicle numbers, ZIP codes, numeric dates, written
// ("555-201-3344") or spoken ("five five five two oh one three three four
// four"), typed by the words before them and checked by validators.

// cues maps a context word to the identifier type it announces for a
// number that follows within a few words.
var cues = map[string]Type{
	"mrn": MRN, "mr": MRN, "record": MRN, "chart": MRN,
	"ssn": SSN, "social": SSN, "security": SSN,
	// national numbers of other countries: Canada's SIN, Britain's NINO,
	// Brazil's CPF, the Netherlands' BSN, Poland's PESEL, Australia's TFN,
	// and the NHS number (a health service's record number)
	"sin": SSN, "nino": SSN, "cpf": SSN, "bsn": SSN, "pesel": SSN, "tfn": SSN, "nhs": MRN,
	"aadhaar": SSN, "aadhar": SSN, "ppsn": SSN, "nric": SSN,
	// health service numbers: British Columbia's PHN, Scotland's CHI, New
	// Zealand's NHI, Australia's IHI, Ontario's OHIP, India's UHID and ABHA
	"phn": MRN, "chi": MRN, "nhi": MRN, "ihi": MRN, "uhid": MRN, "abha": MRN, "ohip": HealthPlan,
	// a clinician's registration with a medical council: "GMC 7781203", "MCNZ 29174"
	"gmc": License, "imc": License, "mcnz": License, "hpcsa": License, "ahpra": License, "cpso": License,
	"phone": Phone, "cell": Phone, "mobile": Phone, "telephone": Phone, "tel": Phone, "call": Phone,
	"reach": Phone, "pager": Phone, "pgr": Phone, "beeper": Phone, "bleep": Phone, "extension": Phone, "ext": Phone, "text": Phone, "landline": Phone,
	"contact": Phone, "callback": Phone, "dial": Phone, "message": Phone, "messages": Phone, "texting": Phone,
	"answering": Phone, "voicemail": Phone, "sms": Phone, "whatsapp": Phone,
	"fax": Fax, "facsimile": Fax, "faxed": Fax, "faxing": Fax,
	"birth": Date, "dob": Date, "born": Date, "birthday": Date,
	"account": Account, "acct": Account, "billing": Account, "invoice": Account, "card": Account,
	"visa": Account, "mastercard": Account, "amex": Account, "bank": Account, "routing": Account,
	"member": HealthPlan, "policy": HealthPlan, "insurance": HealthPlan, "insurer": HealthPlan,
	"plan": HealthPlan, "group": HealthPlan, "medicaid": HealthPlan, "medicare": HealthPlan,
	"subscriber": HealthPlan, "beneficiary": HealthPlan, "hicn": HealthPlan, "mbi": HealthPlan,
	"license": License, "licence": License, "dl": License, "dea": License, "certificate": License,
	"cert": License, "permit": License, "passport": License, "registration": License, "board": License,
	"npi": NPI, "provider": NPI,
	"serial": Device, "sn": Device, "device": Device, "model": Device, "pacemaker": Device,
	"implant": Device, "defibrillator": Device, "icd": Device, "pump": Device, "lot": Device,
	"udi": Device, "imei": Device, "monitor": Device, "hearing": Device, "stimulator": Device,
	"vin": Vehicle, "plate": Vehicle, "plates": Vehicle, "vehicle": Vehicle, "car": Vehicle, "truck": Vehicle,
	"zip": Zip, "zipcode": Zip, "postal": Zip, "postcode": Zip, "eircode": Zip,
	"id": ID, "identifier": ID, "number": ID, "no": ID, "num": ID, "case": ID, "claim": ID,
	"reference": ID, "ref": ID, "confirmation": ID, "ticket": ID, "badge": ID, "employee": ID,
	"student": ID, "order": ID, "accession": ID, "specimen": ID, "requisition": ID, "encounter": ID,
	"visit": ID, "code": ID, "pin": ID, "username": ID, "login": ID, "handle": ID, "userid": ID,
}

// plateParts returns the first and last token of a licence plate the run
// r of two to four digits is part of, after "plate": capitals, then the
// digits ("plate CKLM 482", "plate NCF 4271"), or the digits, then their
// letters ("plate 482 KVT"); or b < a.
func (s *scanner) plateParts(r *numRun, n int) (a, b int) {
	if n < 2 || n > 4 || len(r.groups) != 1 || r.spoken > 0 {
		return 0, -1
	}
	toks := s.toks
	if p := r.i - 1; p > 0 && toks[p].kind == tkWord && toks[p].has(shAllCaps) && toks[p].end-toks[p].start >= 2 && toks[p].end-toks[p].start <= 4 &&
		toks[r.i].start == toks[p].end+1 && s.plateBefore(p) {
		return p, r.j
	}
	if x := r.j + 1; x < len(toks) && s.plateBefore(r.i) && toks[x].kind == tkWord && toks[x].start == toks[r.j].end+1 && toks[x].end-toks[x].start <= 4 &&
		toks[x].end-toks[x].start >= 2 && (toks[x].has(shAllCaps) || !s.cased && !toks[x].is(fCommon|fStop|fUnit|fNumWord)) {
		return r.i, x
	}
	return 0, -1
}

// plateBefore: "plate", "plates" or "tag" stands right before token i, or
// before "is", "#" or a colon there.
func (s *scanner) plateBefore(i int) bool {
	p := s.prevWord(i, 1)
	if p >= 0 && string(s.lowerTok(p)) == "is" {
		p = s.prevWord(p, 1)
	}
	if p < 0 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "plate", "plates", "tag", "tags":
		return true
	}
	return false
}

// cueBefore returns the type announced by the closest cue word within n
// tokens before token i ("" if none), preferring a specific type over ID.
func (s *scanner) cueBefore(i, n int) Type {
	var generic Type
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if s.toks[k].kind != tkWord && s.toks[k].kind != tkAlnum {
			continue
		}
		if s.toks[k].end-s.toks[k].start == 1 {
			if t, ok := s.spelledCue(k); ok {
				return t // "the m r n is …", "her s s n"
			}
		}
		if t, ok := cues[string(s.lowerStem(k))]; ok { // "my postcode's"
			if t == ID && string(s.lowerTok(k)) == "no" && !s.isPunct(k+1, '.') {
				continue // "no vea noted": "no" is a number only as "No."
			}
			if t == License && string(s.lowerTok(k)) == "dl" && k > 0 && (s.isPunct(k-1, '/') || s.toks[k-1].kind == tkNum) {
				continue // "mg/dL", "40 dl": a unit, not a driver's licence
			}
			if t == ID && s.notes && string(s.lowerTok(k)) == "id" && s.idHeading(k) {
				continue // "ID=FEBRILE W T MAX-100.4": the infectious disease heading
			}
			if t != ID {
				return t
			}
			if generic == "" {
				generic = t
			}
		}
	}
	return generic
}

// clockWord: a word after which four digits that read as a time of day
// are one ("check K+ at 1400", "Arrived 0752", "LKW 0640", "since 0300").
func clockWord(w []byte) bool {
	switch string(w) {
	case "at", "until", "by", "arrived", "arrival", "since", "till", "lkw", "onset", "around", "approx", "approximately", "starting", "started", "ended", "given", "done":
		return true
	}
	return false
}

// placeCommaBefore: a comma and a capitalised word, a place's last word,
// stand before token i ("in Lakewood Ranch, 34202").
func (s *scanner) placeCommaBefore(i int) bool {
	return i >= 2 && s.isPunct(i-1, ',') && s.toks[i-2].kind == tkWord && s.toks[i-2].has(shCap) && !s.toks[i-2].has(shSentStart)
}

// auStateBefore: an Australian state's or territory's code in capitals
// stands right before token i, after a word ("Woolloongabba QLD 4102").
func (s *scanner) auStateBefore(i int) bool {
	p := i - 1
	if p < 1 || s.toks[p].kind != tkWord || !s.toks[p].has(shAllCaps) || s.toks[p-1].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "qld", "nsw", "vic", "tas", "act", "nt", "wa", "sa":
		return true
	}
	return false
}

// isCueWord: w is a cue of an identifier ("npi", "id", "mrn"): the label
// before a number read out, not its prefix ("NPI 1 3 8 4, 6 0 2").
func isCueWord(w []byte) bool {
	_, ok := cues[string(w)]
	return ok
}

// codeListBefore: the number at token i is one of a list of procedure,
// diagnosis or terminology codes after their system's name on the same
// line ("CPT 70450, 72125", "CPT: 88309, 88307 x2, 88342", "LOINC 2345"):
// only numbers, counts ("x2") and punctuation stand between.
func (s *scanner) codeListBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		t := &s.toks[k]
		if s.toks[k+1].has(shNewline) {
			return false
		}
		switch t.kind {
		case tkNum, tkPunct:
			continue
		case tkAlnum:
			if w := s.lowerTok(k); len(w) <= 3 && w[0] == 'x' {
				continue // "x2"
			}
			return false
		case tkWord:
			switch string(s.lowerTok(k)) {
			case "cpt", "hcpcs", "loinc", "snomed", "drg", "cpts": // (not "ICD": a defibrillator too, with a serial)
				return true
			}
			return false
		}
		return false
	}
	return false
}

// spelledCue: tokens k-2..k are three single letters said one by one that
// spell a cue's short form ("m r n", "s s n", "d o b", "v i n", "n p i").
func (s *scanner) spelledCue(k int) (Type, bool) {
	if k < 2 || s.toks[k].end-s.toks[k].start != 1 {
		return "", false
	}
	var b [3]byte
	for j := 0; j < 3; j++ {
		t := &s.toks[k-2+j]
		if t.kind != tkWord || t.end-t.start != 1 || j > 0 && !s.adjacent(k-3+j, k-2+j) {
			return "", false
		}
		b[j] = s.low[t.lo]
	}
	switch string(b[:]) {
	case "mrn", "ssn", "dob", "vin", "npi":
		t, ok := cues[string(b[:])]
		return t, ok
	}
	return "", false
}

// dashRange: the run is a range of values, two groups of at most three
// digits joined by a dash, the second above the first by no more than the
// first ("SR 70-80", "120-140"); not an id such as "123-456".
func (s *scanner) dashRange(r *numRun) bool {
	if len(r.groups) != 2 || r.sep0() != '-' || r.groups[0] > 3 || r.groups[1] > 3 || r.spoken > 0 {
		return false
	}
	a, b := 0, 0
	for k, c := range r.digits {
		if k < r.groups[0] {
			a = a*10 + int(c-'0')
		} else {
			b = b*10 + int(c-'0')
		}
	}
	if b > a && b-a <= a {
		return true
	}
	// after "ref" or "range" any rising pair is a reference range: "IGF-1 88
	// ng/mL (ref 143-693)", "normal range 35-150"
	if p := s.prevWord(r.i, 1); b > a && p >= 0 && p >= r.i-2 {
		switch string(s.lowerTok(p)) {
		case "ref", "range", "reference", "normal", "nl", "rr":
			return true
		}
	}
	return false
}

// areaCodeBefore: the words "area code" (perhaps with "is" or a colon)
// stand right before token i: the area code of a phone number said in
// parts.
func (s *scanner) areaCodeBefore(i int) bool {
	k := s.prevWord(i, 1)
	if k >= 0 && string(s.lowerTok(k)) == "is" {
		k = s.prevWord(k, 0)
	}
	if k < 1 || string(s.lowerTok(k)) != "code" {
		return false
	}
	a := s.prevWord(k, 0)
	return a == k-1 && string(s.lowerTok(a)) == "area"
}

// mindTest: run r is numbers said in a test of the mind, not an
// identifier: four or more spoken numbers, no cue of an identifier before
// them, that count or step by a fixed amount, or that a digit span asks to
// repeat.
func (s *scanner) mindTest(r *numRun) bool {
	if r.spoken == 0 && digitByDigit(r) && s.cueBefore(r.i, 4) == "" {
		return s.digitSpanCue(r.i) || digitProgression(r.digits) // "repeat after me, 7 4 2 9 1", "count 1 2 3 4 5"
	}
	return r.spoken >= 4 && r.spoken == r.items && s.cueBefore(r.i, 4) == "" && (s.spokenProgression(r) || s.digitSpanCue(r.i) || s.mindTestWithin(r.i, 40))
}

// mindTestWithin: a test of the mind was set within the n words before
// token i, whose answers go on after the first: digits to repeat ("repeat
// after me … five, eight, one, six, three") or sevens to take away ("take
// seven from a hundred, and keep taking seven away … ninety-three.
// eighty-six. seventy-nine. seventy"). Not where someone's own number is
// asked for ("repeat your number").
func (s *scanner) mindTestWithin(i, n int) bool {
	repeat, what, take := false, false, false
	for k, c := i-1, 0; k >= 0 && c < n; k-- {
		if s.toks[k].kind != tkWord {
			continue
		}
		c++
		switch w := string(s.lowerTok(k)); w {
		case "repeat":
			if nx := s.nextWord(k, 0); nx < 0 || !possessive(s.lowerTok(nx)) {
				repeat = true // not "repeat your number"
			}
		case "numbers", "digits", "backwards", "after":
			what = true
		case "seven", "sevens":
			if p := s.prevWord(k, 0); p >= 0 {
				switch string(s.lowerTok(p)) {
				case "take", "taking", "subtract", "minus", "serial", "takeaway":
					take = true
				}
			}
		}
	}
	return repeat && what || take
}

// digitProgression: digits that step by one, up or down ("1 2 3 4 5",
// "9 8 7 6 5"): counting.
func digitProgression(d []byte) bool {
	if len(d) < 3 {
		return false
	}
	step := int(d[1]) - int(d[0])
	if step != 1 && step != -1 {
		return false
	}
	for k := 2; k < len(d); k++ {
		if int(d[k])-int(d[k-1]) != step {
			return false
		}
	}
	return true
}

// spokenProgression: the numbers said in run r step by one fixed amount
// ("one, two, three, four", "twenty, nineteen, eighteen", "ninety three,
// eighty six, seventy nine, seventy two"): counting or serial sevens, said
// in a test of the mind, never an identifier. The items are the parts
// between commas when the speaker paused, else each word (a tens word and
// the unit after it make one: "ninety three").
func (s *scanner) spokenProgression(r *numRun) bool {
	var vals [16]int
	n := 0
	commas := false
	for k := r.i; k <= r.j; k++ {
		if s.isPunct(k, ',') {
			commas = true
			break
		}
	}
	cur, open := 0, false
	flush := func() bool {
		if open {
			if n == len(vals) {
				return false
			}
			vals[n] = cur
			n++
		}
		cur, open = 0, false
		return true
	}
	for k := r.i; k <= r.j; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct {
			if !flush() {
				return false
			}
			continue
		}
		if t.kind == tkWord && commas && runFiller(s.lowerTok(k)) {
			continue // "ninety three, um, eighty six": a pause said
		}
		if t.kind == tkWord && open && cur > 0 && cur < 10 && string(s.lowerTok(k)) == "hundred" {
			cur *= 100 // "one hundred, ninety three, ..."
			continue
		}
		if t.kind != tkWord || !t.is(fNumWord) || t.val < 0 {
			return false
		}
		v := int(t.val)
		switch {
		case commas && open:
			cur += v // "ninety three" between two pauses
		case !commas && open && cur >= 20 && cur%10 == 0 && v < 10:
			cur += v // "ninety three" in a run without pauses
		default:
			if !flush() {
				return false
			}
			cur, open = v, true
		}
	}
	if !flush() || n < 4 {
		return false
	}
	d := vals[1] - vals[0]
	if d == 0 {
		return false
	}
	for k := 2; k < n; k++ {
		if vals[k]-vals[k-1] != d {
			return false
		}
	}
	return true
}

// counting: the last three digits go up or down by one ("1 2 3", "9 8 7"):
// a count, not a group of a number.
func counting(d []byte) bool {
	n := len(d)
	if n < 3 {
		return false
	}
	a, b, c := int(d[n-3]), int(d[n-2]), int(d[n-1])
	return b-a == c-b && (b-a == 1 || b-a == -1)
}

// clockPart: number token k comes right after two digits and a colon, no
// space between ("00:01.000", the seconds of a caption's time stamp, or the
// minutes of "10:30").
func (s *scanner) clockPart(k int) bool {
	if k < 2 || !s.isPunct(k-1, ':') {
		return false
	}
	h := &s.toks[k-2]
	return h.kind == tkNum && h.end-h.start == 2 && s.toks[k-1].start == h.end && s.toks[k].start == s.toks[k-1].end
}

// clockMinutes: number token k is two digits glued after one or two
// digits and a colon: the minutes or seconds of a time ("1:00", "0:07",
// "12:55"), never a day, a house or a count.
func (s *scanner) clockMinutes(k int) bool {
	if k < 2 || s.toks[k].kind != tkNum || s.toks[k].end-s.toks[k].start != 2 || !s.isPunct(k-1, ':') {
		return false
	}
	h := &s.toks[k-2]
	return h.kind == tkNum && h.end-h.start <= 2 && s.toks[k-1].start == h.end && s.toks[k].start == s.toks[k-1].end
}

// dilutionPart: number token k is a power of ten glued after "1:", a
// dilution ("epi 1:10000", "1:100000").
func (s *scanner) dilutionPart(k int) bool {
	if k < 2 || !s.isPunct(k-1, ':') || s.text[s.toks[k].start] != '1' {
		return false
	}
	h := &s.toks[k-2]
	if h.kind != tkNum || h.end-h.start != 1 || s.text[h.start] != '1' || s.toks[k-1].start != h.end || s.toks[k].start != s.toks[k-1].end {
		return false
	}
	for p := s.toks[k].start + 1; p < s.toks[k].end; p++ {
		if s.text[p] != '0' {
			return false
		}
	}
	return true
}

// runFiller: a word said between the groups of a number read out.
func runFiller(w []byte) bool {
	switch string(w) {
	case "then", "um", "uh":
		return true
	}
	return false
}

// digitSpanCue: the numbers at token i are said to be repeated, a digit
// span ("repeat these numbers after me: seven four two"): "repeat" with
// "numbers", "digits", "after", "back" or "backwards" among the eight words
// before (not "can you repeat your phone number").
func (s *scanner) digitSpanCue(i int) bool {
	repeat, what := false, false
	for k, n := s.prevWord(i, 1), 0; k >= 0 && n < 8; k, n = s.prevWord(k, 1), n+1 {
		switch string(s.lowerTok(k)) {
		case "repeat":
			repeat = true
		case "numbers", "digits", "backwards", "back", "after":
			what = true
		case "your", "my", "his", "her", "their":
			return false // "repeat your numbers": the patient's own
		}
	}
	return repeat && what
}

// idHeading: the word "id" at token k heads a note's infectious disease
// section: a word follows it, after a colon or an equals sign ("ID: afebrile",
// "ID=FEBRILE"), not a number or the word "number".
func (s *scanner) idHeading(k int) bool {
	if !s.isPunct(k+1, ':') && !s.isPunct(k+1, '=') && !s.isPunct(k+1, '-') {
		return false
	}
	n := k + 2
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "number", "no", "num", "nbr", "is":
		return false
	}
	return true
}

// digitByDigit: the run is five or more digits written one at a time, as a
// transcription engine writes a number read out digit by digit ("It's 7 0
// 3 3 1 8 6", "I see 1 0 2 2 4 7 7 8 3 1"): one number, not a list of
// small ones (a count or a digit span was read before, by mindTest).
func digitByDigit(r *numRun) bool {
	if r.spoken > 0 || len(r.groups) < 5 || !singleDigits(r) {
		return false
	}
	spaces := 0
	for _, c := range r.seps {
		switch c {
		case ' ':
			spaces++
		case ',':
		default:
			return false
		}
	}
	return spaces*2 >= len(r.seps) // "9 1 4 4, 0 2 7, 6 6 1" read in groups; not "1, 2, 3, 4, 5"
}

// numRun is a maximal run of number items.
// sep0 is the separator between the run's first two written groups, or 0
// when a spoken item stood between them ("00 O 0" has two groups and no
// separator written).
func (r *numRun) sep0() byte {
	if len(r.seps) == 0 {
		return 0
	}
	return r.seps[0]
}

type numRun struct {
	i, j    int    // first and last token
	digits  []byte // the digits read, separators dropped
	groups  []int  // lengths of written digit groups
	seps    []byte // the separator between written groups (' ' for white space)
	spoken  int    // items that were words
	items   int
	decimal bool
	paren   bool
	open    int // a '(' token before the run that belongs to it, or -1
}

func (s *scanner) detectNumbers() {
	toks := s.toks
	s.mdMonths, s.mdPend = 0, s.mdPend[:0]
	defer s.numberEchoes()
	defer s.pendingDates()
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		start := i
		if t.kind == tkPunct {
			c := s.text[t.start]
			if (c == '(' || c == '+' || c == '#') && i+1 < len(toks) && toks[i+1].kind == tkNum {
				start = i + 1
			} else {
				continue
			}
		}
		if toks[start].kind == tkWord && toks[start].end-toks[start].start == 2 && start+1 < len(toks) && toks[start+1].kind == tkNum && toks[start].has(shAllCaps) {
			if j := s.spacedNINO(start); j > start {
				s.add(start, j, ID, 0.9, "pattern/alnum") // "NI is JT 48 27 19 C": a UK National Insurance number written in groups
				i = j
				continue
			}
		}
		if toks[start].kind == tkWord && s.cased && toks[start].is(fNumWord) && s.hasSeen(seenDotWord) {
			if j := s.spokenIP(start); j > start {
				i = j // "from IP address sixty-eight dot forty-four dot one twelve dot nine" in a cased transcript
				continue
			}
		}
		if toks[start].kind == tkWord && (toks[start].end-toks[start].start == 1 || toks[start].is(fNumWord) || s.hasSeen(seenNato) && natoLetter(s.lowerTok(start))) && (!s.cased || s.numThenLetters(start)) {
			if j := s.gravidaPara(start); j > start && s.cueBefore(start, 6) == "" {
				i = j // "g two p one": an obstetric history (not "the code is g two p one x four")
				continue
			}
			if j := s.spokenIP(start); j > start {
				i = j
				continue
			}
			if j := s.spokenID(start); j > start {
				i = j
				continue
			}
		} else if toks[start].kind == tkNum && toks[start].end-toks[start].start == 1 && !s.notes && s.spelledNext(start) && (s.cased && s.spelledCaps(start) > 0 || !s.cased && s.idCueNear(start)) {
			// "It's on my screen here, 8 G K 4 L 2 2 9 7 X", "plate 7 K L W
			// 2 2", "7 1 9 3 4 0 2 T A": digits and capitals read out one
			// at a time
			if j := s.spokenID(start); j > start {
				i = j
				continue
			}
		} else if toks[start].kind == tkWord && s.cased && !s.notes && toks[start].has(shAllCaps) && toks[start].end-toks[start].start <= 3 && toks[start].end-toks[start].start >= 2 && !isCueWord(s.lowerTok(start)) &&
			start+1 < len(toks) && toks[start+1].kind == tkNum && toks[start+1].end-toks[start+1].start == 1 && s.adjacent(start, start+1) && start+2 < len(toks) && toks[start+2].kind == tkNum && toks[start+2].end-toks[start+2].start == 1 {
			// "Your reference is PA 2 2 0 9 1 4 7 B": a prefix of capitals,
			// then digits read out one at a time
			if j := s.spokenID(start); j > start {
				i = j
				continue
			}
		} else if toks[start].kind == tkWord && toks[start].end-toks[start].start == 1 && s.cased && !s.notes && toks[start].has(shCap) {
			// a cased transcript reads an id out after its cue too: "confirmation
			// number is Q T 9 8 4 4" (notes write letters apart for other things)
			// or three digits among them with no cue: "Sure, it's J, K, 0, 9, 9, 1, 4"
			// or eight characters with two digits among them ("key is B L X
			// 7 Q P 2 R")
			if c := s.cueBefore(start, 6); c != "" && c != Date || s.spelledNext(start) && (s.spelledDigits(start) >= 3 || s.spelledDigits(start) == 2 && s.spelledCaps(start) >= 5) {
				if j := s.spokenID(start); j > start {
					i = j
					continue
				}
			}
		}
		if toks[start].kind == tkNum && (s.clockPart(start) || s.dilutionPart(start)) {
			continue // "00:01.000 --> 00:04.000": a caption's time stamp; "epi 1:10000": a dilution
		}
		if toks[start].kind == tkAlnum {
			if j := s.iban(start); j > start {
				i = j
				continue
			}
			if j := s.ukPostcode(start); j > start {
				s.add(start, j, Zip, 0.85, "pattern/postcode")
				i = j
				continue
			}
			if j := s.otherPostcode(start); j > start {
				s.add(start, j, Zip, 0.85, "pattern/postcode")
				i = j
				continue
			}
		}
		if toks[start].kind == tkAlnum || toks[start].kind == tkWord && toks[start].end-toks[start].start <= 4 && start+2 < len(toks) && (toks[start+2].kind == tkNum || toks[start+2].kind == tkAlnum) &&
			toks[start].end == toks[start+1].start && toks[start+1].end == toks[start+2].start && (s.isPunct(start+1, '-') || s.isPunct(start+1, '/') && s.cueBefore(start, 3) != "") {
			// "XJ4-556-221", and after a cue "XZ/2023/0092"
			if j := s.alnumID(start); j >= start {
				i = j
			}
			continue
		}
		if toks[start].kind != tkNum && !(toks[start].is(fNumWord) && toks[start].val >= 0 && (!s.isZeroLetter(start) || s.digitAfter(start))) && !s.isMultiplier(start) {
			continue
		}
		r := &s.runs[0]
		s.readRun(r, start)
		if r.j < r.i {
			continue
		}
		if start == i+1 && s.isPunct(i, '(') && r.paren {
			r.open = i
		}
		if s.mindTest(r) {
			i = r.j // counting, serial sevens, a digit span: no part of it is an identifier
			continue
		}
		if s.classifyRun(r) {
			i = r.j
			// a phone number goes on over its extension: "617-555-0199 x23", ", ext 12"
			if f := len(s.found) - 1; f >= 0 && s.found[f].Type == Phone && s.found[f].End == int(toks[r.j].end) {
				if e := s.phoneExtension(r.j); e > r.j {
					s.setSpan(f, s.found[f].Start, int(toks[e].end))
					i = e
				}
			}
		} else if r.spoken == 0 {
			i = r.j
		}
	}
}

// phoneExtension returns the last token of the extension after a phone
// number that ends at token j ("x23", "ext. 4412", ", extension 12",
// "extension four one"), or -1.
func (s *scanner) phoneExtension(j int) int {
	k := j + 1
	if s.isPunct(k, ',') {
		k++
	}
	if k >= len(s.toks) {
		return -1
	}
	t := &s.toks[k]
	if t.kind == tkAlnum && s.text[t.start]|0x20 == 'x' && t.end-t.start >= 2 && t.end-t.start <= 6 && allDigits(s.text[t.start+1:t.end]) {
		return k // "x23"
	}
	if t.kind != tkWord {
		return -1
	}
	switch string(s.lowerTok(k)) {
	case "x", "ext", "extension":
	default:
		return -1
	}
	n := k + 1
	if s.isPunct(n, '.') {
		n++
	}
	if n < len(s.toks) && s.toks[n].kind == tkNum && s.toks[n].end-s.toks[n].start <= 5 {
		return n
	}
	// said in words: "extension four one", "ext two twelve"
	e := -1
	for m := n; m < len(s.toks) && m-n < 5 && s.toks[m].kind == tkWord && (s.toks[m].is(fNumWord) && !s.toks[m].is(fOrdWord) || s.digitWordAt(m)); m++ {
		e = m
	}
	return e
}

// plateLetters: token n is two to four capital letters, the letters of a
// licence plate ("LHD", "KP"), not "I" or "A".
func (s *scanner) plateLetters(n int) bool {
	t := &s.toks[n]
	return t.kind == tkWord && t.has(shAllCaps) && t.end-t.start >= 2 && t.end-t.start <= 4
}

// numberEchoes finds a piece of a number found in the text read back
// digit by digit ("five five five three oh two eight eight one six …
// three oh two", "dash four one seven"), letters of an id with it ("y k
// nine nine three"): three characters or more said one at a time, two of
// them digits, that the number found holds in that order. Reading a number
// back is how it is checked; the piece is the number's. A piece said on
// its own before the number is its too: the number read out in parts,
// then whole ("[patient] four oh four [staff] uh huh … so nine one nine
// four oh four …").
func (s *scanner) numberEchoes() {
	if !s.any(fNumWord) {
		return
	}
	mem, turn := s.echoed()
	if mem == nil || len(mem.nums) == 0 {
		found := false
		for f := range s.found {
			if found = echoType(s.found[f].Type); found {
				break
			}
		}
		if !found {
			return // no number to read back
		}
	}
	// the runs said one at a time first: most texts have none, and then
	// the numbers found need not be read
	s.echoRuns = s.echoRuns[:0]
	run := s.echoRun[:0] // (the scanner's buffer, kept for the next text)
	defer func() { s.echoRun = run[:0] }()
	for i := 0; i < len(s.toks); i++ {
		if !s.singleDigitWord(i) && !(s.letterWord(i) && !s.articleLetter(i)) && !(s.toks[i].is(fMultiplier) && i+1 < len(s.toks) && s.singleDigitWord(i+1)) {
			continue // (a run opens with a digit, a letter, or "double"/"triple" before a digit)
		}
		j := i
		for j+1 < len(s.toks) && (s.singleDigitWord(j+1) || s.letterWord(j+1) || s.toks[j+1].is(fMultiplier) && j+2 < len(s.toks) && s.singleDigitWord(j+2)) {
			j++
		}
		for j > i && (s.toks[j].is(fMultiplier) || s.articleLetter(j)) {
			j-- // "… three oh two a day"
		}
		run = s.saidChars(i, j, run[:0])
		digits := 0
		for _, c := range run {
			if c <= '9' {
				digits++
			}
		}
		if nx := s.nextWord(j, 0); len(run) >= 3 && digits >= 2 && (nx < 0 || !s.toks[nx].is(fUnit|fMeasure)) {
			s.echoRuns = append(s.echoRuns, [2]int32{int32(i), int32(j)})
		}
		i = j
	}
	if len(s.echoRuns) == 0 {
		return
	}
	s.echoNums, s.echoDigits = s.echoNums[:0], s.echoDigits[:0]
	for f := range s.found {
		if echoType(s.found[f].Type) {
			s.echoDigits, s.echoNums = s.appendEchoNum(s.found[f], turn, s.echoDigits, s.echoNums)
		}
	}
	if !slices.IsSortedFunc(s.echoNums, byEchoStart) {
		slices.SortFunc(s.echoNums, byEchoStart)
	}
	var said []echoNum // the numbers of the turns before
	if mem != nil {
		said = mem.numsBefore(turn)
	}
	if len(s.echoNums) == 0 && len(said) == 0 {
		return
	}
	for _, r := range s.echoRuns {
		i, j := int(r[0]), int(r[1])
		run = s.saidChars(i, j, run[:0])
		if t, ok := s.echoOf(run, i, j, said, mem); ok && !s.covered(i, "") && !s.covered(j, "") {
			s.add(i, j, t, 0.8, "number/echo")
		}
	}
}

// echoOf returns the type of a number found that holds the characters run
// says at tokens i..j: a number of this text that ends before it, not too
// far before ("the dose is one two three" before the number is no echo),
// or that starts soon after it when it is said on its own; or one of said,
// found by the turns before (characters in mem).
func (s *scanner) echoOf(run []byte, i, j int, said []echoNum, mem *echoMem) (Type, bool) {
	off, end := int32(s.toks[i].start), int32(s.toks[j].end)
	alone := -1 // whether it is said on its own: read when needed
	// the numbers that start near it, in text order (a number runs a few
	// hundred bytes at most)
	k, _ := slices.BinarySearchFunc(s.echoNums, off-echoWindow-maxEchoSpan, func(n echoNum, t int32) int { return cmp.Compare(n.start, t) })
	for ; k < len(s.echoNums) && s.echoNums[k].start <= end+echoWindow; k++ {
		n := s.echoNums[k]
		after := off >= n.end && off-n.end <= echoWindow
		if !after && n.start >= end && n.start-end <= echoWindow {
			if alone < 0 {
				alone = 0
				if s.saidAlone(i, j) {
					alone = 1
				}
			}
			after = alone == 1
		}
		if after && bytes.Contains(s.echoDigits[n.a:n.b], run) {
			return n.typ, true
		}
	}
	for _, n := range said {
		if bytes.Contains(mem.digits[n.a:n.b], run) {
			return n.typ, true
		}
	}
	return "", false
}

// letterWord: token i is a letter said on its own ("x k w four four …").
func (s *scanner) letterWord(i int) bool {
	t := &s.toks[i]
	return t.kind == tkWord && t.end-t.start == 1 && s.text[t.start]|0x20 >= 'a' && s.text[t.start]|0x20 <= 'z'
}

// articleLetter: token i is "a" or "i", a letter said on its own that is
// more often a word.
func (s *scanner) articleLetter(i int) bool {
	return s.letterWord(i) && (s.text[s.toks[i].start]|0x20 == 'a' || s.text[s.toks[i].start]|0x20 == 'i')
}

// saidChars appends to buf the characters of an id tokens a..b say:
// written digits, digits said one at a time, "double"/"triple" before one,
// and letters said one at a time or written in a token with digits (lower
// case). Other words add nothing.
func (s *scanner) saidChars(a, b int, buf []byte) []byte {
	rep := 1
	for k := a; k <= b; k++ {
		t := &s.toks[k]
		switch {
		case t.kind == tkNum || t.kind == tkAlnum:
			for _, c := range []byte(s.tokText(k)) {
				switch {
				case c >= '0' && c <= '9':
					buf = append(buf, c)
				case c|0x20 >= 'a' && c|0x20 <= 'z':
					buf = append(buf, c|0x20)
				}
			}
		case t.kind == tkWord && t.is(fMultiplier):
			rep = 2
			if string(s.lowerTok(k)) == "triple" {
				rep = 3
			}
			continue
		case s.singleDigitWord(k):
			for r := 0; r < rep; r++ {
				buf = append(buf, byte('0'+t.val))
			}
		case s.letterWord(k):
			buf = append(buf, s.text[t.start]|0x20)
		}
		rep = 1
	}
	return buf
}

// singleDigitWord: token i is a digit said as a word ("oh", "seven").
func (s *scanner) singleDigitWord(i int) bool {
	return s.digitWordAt(i) && !s.toks[i].is(fOrdWord)
}

// extensionBefore: "ext", "ext." or "extension" stands right before
// token i: a telephone extension said on its own.
func (s *scanner) extensionBefore(i int) bool {
	p := i - 1
	if s.isPunct(p, '.') || s.isPunct(p, ':') || s.isPunct(p, '#') {
		p--
	}
	if p < 0 || s.toks[p].kind != tkWord {
		return false
	}
	w := s.lowerTok(p)
	return string(w) == "ext" || string(w) == "extension"
}

// allDigits: s is one or more ASCII digits.
func allDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s != ""
}

// isZeroLetter: "o" or "oh" only count as zero inside a run.
func (s *scanner) isZeroLetter(i int) bool {
	l := s.toks[i].end - s.toks[i].start
	return s.toks[i].val == 0 && (l == 1 || l == 2 && (s.text[s.toks[i].start]|0x20) == 'o')
}

// digitAfter: a spoken digit follows token i, after a space or glued by
// a hyphen ("oh seven", "oh-seven-seven").
func (s *scanner) digitAfter(i int) bool {
	n := i + 1
	if s.isPunct(n, '-') && s.toks[n].start == s.toks[i].end && n+1 < len(s.toks) && s.toks[n+1].start == s.toks[n].end {
		n++
	}
	return s.digitWordAt(n)
}

// digitWordAt: token i is a spoken digit (one..nine, zero, oh).
func (s *scanner) digitWordAt(i int) bool {
	return i < len(s.toks) && s.toks[i].kind == tkWord && s.toks[i].is(fNumWord) && s.toks[i].val >= 0 && s.toks[i].val <= 9
}

func (s *scanner) isMultiplier(i int) bool {
	return s.toks[i].is(fMultiplier) && i+1 < len(s.toks) && s.toks[i+1].is(fNumWord)
}

// readRun reads number items from token i into r (whose buffers it reuses):
// digits and spoken numbers separated by white space or one of - . / ( ) ,
func (s *scanner) readRun(r *numRun, i int) {
	toks := s.toks
	*r = numRun{i: i, j: i - 1, open: -1, digits: r.digits[:0], groups: r.groups[:0], seps: r.seps[:0]}
	if i < 0 {
		return
	}
	pendTens, pendHundred := false, false
	k := i
	for k < len(toks) {
		t := &toks[k]
		switch {
		case t.kind == tkNum:
			if r.spoken > 0 && r.items > 0 && len(r.groups) == 0 {
				// mixing "555" with words: fine, read as digits
			}
			if r.items > 0 && t.has(shNewline) && (r.spoken == 0 || s.listNumber(k)) {
				return // "MA 01930\n978-555-0105": a line's number ends where the line does; "NPI 1497302816\n25. Date": the next line's item number
			}
			if r.items > 0 && r.spoken == 0 && len(r.groups) > 0 {
				sep := s.sepBefore(k)
				if sep == ' ' && (len(r.seps) > 0 && (r.sep0() == '/' || r.sep0() == '.') || len(r.groups) == 3 && (r.groups[0] == 4 || r.groups[0] <= 2 && r.groups[1] <= 2 && (r.groups[2] == 2 || r.groups[2] == 4)) && r.sep0() == '-' && r.seps[1] == '-') {
					return // "05/21/2023 2215", "2023-07-13 1430", "3-14-21 21:07": a date, then a time
				}
				if len(r.groups) == 3 && (r.sep0() == '/' || r.sep0() == '.') && r.seps[1] == r.sep0() && sep == '-' && r.groups[2] == 4 {
					return // "04/03/2024 - 90% stenosis", "01/09/2021-03/09/2021": a date, then a value or the date a span ends
				}
				if sep == ' ' && s.isPunct(k+1, '/') && s.toks[k+1].start == t.end && !strings.ContainsRune(string(r.seps), '/') {
					return // "1800 3/9", "x 2 8/15": a number, then a date or a ratio
				}
				r.seps = append(r.seps, sep)
			}
			r.digits = append(r.digits, s.tokText(k)...)
			r.groups = append(r.groups, int(t.end-t.start))
			pendTens, pendHundred = false, false
		case t.kind == tkWord && t.is(fNumWord) && t.val >= 0:
			if s.isZeroLetter(k) && ((r.items == 0 || s.isPunct(k-1, '.')) && !s.digitAfter(k) || s.headingAt(k)) {
				return // "O:" heads a note's section ("9/11 O: afebrile"); "… eight. oh, two of them": a sound after a sentence
			}
			v := int(t.val)
			switch {
			case pendHundred && v < 100:
				n := len(r.digits)
				if v >= 10 {
					r.digits[n-2], r.digits[n-1] = byte('0'+v/10), byte('0'+v%10)
					pendHundred = v%10 == 0 && v >= 20
					pendTens = pendHundred
				} else {
					r.digits[n-1] = byte('0' + v)
					pendHundred = false
				}
			case pendTens && v < 10 && v > 0:
				r.digits[len(r.digits)-1] = byte('0' + v)
				pendTens = false
			case v < 10:
				r.digits = append(r.digits, byte('0'+v))
			default:
				r.digits = append(r.digits, byte('0'+v/10), byte('0'+v%10))
				pendTens = v%10 == 0
			}
			r.spoken++
		case t.kind == tkWord && (s.isMultiplier(k)):
			times := 2
			if s.lowerTok(k)[0] == 't' {
				times = 3
			}
			k++
			v := int(toks[k].val)
			for n := 0; n < times; n++ {
				if v < 10 {
					r.digits = append(r.digits, byte('0'+v))
				} else {
					r.digits = append(r.digits, byte('0'+v/10), byte('0'+v%10))
				}
			}
			r.spoken++
			pendTens, pendHundred = false, false
		case t.kind == tkWord && r.items > 0 && string(s.lowerTok(k)) == "hundred" && len(r.digits) > 0 && !pendTens:
			r.digits = append(r.digits, '0', '0')
			pendHundred, pendTens = true, false
			r.spoken++
		default:
			return
		}
		r.items++
		r.j = k
		// Separator to the next item.
		n := k + 1
		if n < len(toks) && toks[n].kind == tkPunct {
			c := s.text[toks[n].start]
			switch c {
			case '-', '/', ')', '(':
				if c == '/' && len(r.digits) >= 7 && toks[n].start > t.end && n+1 < len(toks) && toks[n+1].start > toks[n].end {
					return // "647-555-0134 / 416 555 0177": a slash spaced after a whole number parts two (not "130/85", "10 / 5")
				}
				if c == ')' {
					r.paren = true
				}
				if c == '(' && !(n+2 < len(toks) && toks[n+1].kind == tkNum && s.isPunct(n+2, ')')) {
					// inside a number only as "(0)" or "(800)": ".431 (8/18
					// baseline", "rate 40-50 (2 episodes" are two things
					return
				}
				n++
				if c == ')' && n < len(toks) && s.isPunct(n, '-') {
					n++
				}
			case '.':
				if toks[n].start == t.end && n+1 < len(toks) && toks[n+1].start == toks[n].end && toks[n+1].kind == tkNum && r.spoken == 0 {
					// 2.5 is a decimal; 704.700.8346 and 03.05.2021 are not
					twoDots := n+2 < len(toks) && s.isPunct(n+2, '.') && toks[n+2].start == toks[n+1].end && n+3 < len(toks) && toks[n+3].kind == tkNum && toks[n+3].start == toks[n+2].end
					if len(r.groups) == 1 && !twoDots && int(toks[n+1].end-toks[n+1].start) != 3 && int(toks[n+1].end-toks[n+1].start) != 4 {
						r.decimal = true
					}
					n++
				} else if r.spoken > 0 {
					n++
				} else {
					return
				}
			case ',':
				if r.spoken == 0 && !s.digitsGoOn(r, n) {
					return // 150,000 is a quantity; "555, 1212" is read out below
				}
				n++
			default:
				return
			}
		}
		if n <= k+2 && n < len(toks) && (r.spoken > 0 || len(r.groups) >= 3 && singleDigits(r)) && toks[n].kind == tkWord {
			// "three one two dash four four four", "seven, dash, four", "6 0
			// 4 1 dash 0 3": a separator said aloud
			switch w := s.lowerTok(n); {
			case string(w) == "dash" || string(w) == "hyphen":
				n++
				if n < len(toks) && s.isPunct(n, ',') {
					n++
				}
			case runFiller(w):
				// "six one seven, then five five five", "five five five,
				// um, six six": a group read out after a pause ("then"
				// only between digits said one by one: "one hundred, then
				// ninety three" counts down)
				// without a comma only "um" or "uh" where a phone's group ends,
				// between digits said one by one: "two four five uh three oh
				// seven" (not a count: "one two three uh four")
				if len(r.digits) >= 3 && (s.isPunct(n-1, ',') || string(w) != "then" && (len(r.digits) == 3 || len(r.digits) == 6) && t.val < 10 && s.digitWordAt(n+1) && !counting(r.digits)) &&
					(string(w) != "then" || t.val < 10 && s.digitWordAt(n+1)) {
					n++
					if n < len(toks) && s.isPunct(n, ',') {
						n++
					}
				}
			}
		}
		if n >= len(toks) {
			return
		}
		nt := &toks[n]
		if nt.kind == tkNum || nt.kind == tkWord && (nt.is(fNumWord) && nt.val >= 0 || s.isMultiplier(n) || string(s.lowerTok(n)) == "hundred") {
			k = n
			continue
		}
		return
	}
}

// spelledRun counts the single capitals and single digits of the run of
// characters read out one at a time from token i (digits written or said,
// capitals, commas, hyphens, "dash"), over its first fourteen characters;
// an "I" before a word is the pronoun and ends the run.
func (s *scanner) spelledRun(i int) (caps, digits int) {
	for k := i; k < len(s.toks) && caps+digits < 14; k++ {
		t := &s.toks[k]
		switch {
		case t.kind == tkPunct && (s.text[t.start] == ',' || s.text[t.start] == '-'):
		case t.kind == tkNum && t.end-t.start == 1, t.kind == tkWord && t.is(fNumWord) && t.val >= 0 && t.val <= 9:
			digits++ // "H-X-Q, two two seven": digits written or said
		case t.kind == tkWord && t.end-t.start == 1 && t.has(shCap):
			if s.text[t.start] == 'I' && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord {
				return caps, digits
			}
			caps++
		case t.kind == tkWord && t.hi-t.lo == 4 && string(s.lowerTok(k)) == "dash":
		default:
			return caps, digits
		}
	}
	return caps, digits
}

// spelledNext: the token after token i (past a comma or a hyphen) is a
// character read out alone, a digit written or said or a capital: the
// cheap test before spelledRun.
func (s *scanner) spelledNext(i int) bool {
	n := i + 1
	if n < len(s.toks) && s.toks[n].kind == tkPunct && (s.text[s.toks[n].start] == ',' || s.text[s.toks[n].start] == '-') {
		n++
	}
	if n >= len(s.toks) {
		return false
	}
	t := &s.toks[n]
	return t.end-t.start == 1 && (t.kind == tkNum || t.kind == tkWord) || t.kind == tkWord && t.is(fNumWord)
}

func (s *scanner) spelledCaps(i int) int   { c, _ := s.spelledRun(i); return c }
func (s *scanner) spelledDigits(i int) int { _, d := s.spelledRun(i); return d }

// sepBefore returns the separator between token k and the number before it
// (' ' for white space only, 0 when they are not separable groups).
// singleDigits: every written group of run r is one digit.
func singleDigits(r *numRun) bool {
	for _, g := range r.groups {
		if g != 1 {
			return false
		}
	}
	return true
}

// idCue: a cue that names an identifier, not a date, a telephone or a
// postcode: after it, eight digits or more in groups of no known shape are
// one number read out ("And your personal health number?\nPatient: 9 374
// 118 205", "Medicare card? 3401 27655 2").
func idCue(c Type) bool {
	switch c {
	case "", Date, Phone, Fax, Zip:
		return false
	}
	return true
}

// digitsGoOn: the run r, digits written one at a time, goes on after the
// comma at token c with more of them, as a number read out in groups is
// written ("I have 9 1 4 4, 0 2 7, 6 6 1"); not "150,000" or "1, 2, 3".
func (s *scanner) digitsGoOn(r *numRun, c int) bool {
	if len(r.groups) <= 2 && r.groups[0] == 3 && s.phoneGroupsAt(r.i) {
		return true // a telephone number read out in its groups with pauses: "971, 555, 0866", "971, 555, 0 8 6 6"
	}
	if len(r.groups) < 3 || !singleDigits(r) {
		return false
	}
	a, b := c+1, c+2
	if b >= len(s.toks) || s.toks[a].kind != tkNum || s.toks[b].kind != tkNum || s.toks[a].end-s.toks[a].start != 1 || s.toks[b].end-s.toks[b].start != 1 {
		return false
	}
	return s.toks[a].start > s.toks[c].end && s.toks[b].start == s.toks[a].end+1
}

// idCueNear: a cue of an identifier other than a date stands in the four
// words before token i ("the plate is 7 1 4 k x b").
func (s *scanner) idCueNear(i int) bool {
	c := s.cueBefore(i, 4)
	return c != "" && c != Date
}

// phoneGroupsAt: the written digits from token i are a telephone number
// in its groups, three, three and four (or four read one at a time),
// joined by white space or commas, its area code and exchange no 0 or 1
// first ("971, 555, 0866"; not "150, 200, 3000", "120, 130, 140").
func (s *scanner) phoneGroupsAt(i int) bool {
	want := []int{3, 3, 4}
	k := i
	for g, l := range want {
		if k >= len(s.toks) || s.toks[k].kind != tkNum {
			return false
		}
		t := &s.toks[k]
		if g < 2 && (s.text[t.start] == '0' || s.text[t.start] == '1') {
			return false
		}
		if int(t.end-t.start) != l {
			if g != 2 || t.end-t.start != 1 {
				return false
			}
			for n := 1; n < 4; n++ { // "0 8 6 6"
				if k+n >= len(s.toks) || s.toks[k+n].kind != tkNum || s.toks[k+n].end-s.toks[k+n].start != 1 || s.toks[k+n].start != s.toks[k+n-1].end+1 {
					return false
				}
			}
			return true
		}
		if g == 2 {
			return true
		}
		k++
		if k < len(s.toks) && s.isPunct(k, ',') {
			k++
		}
	}
	return false
}

func (s *scanner) sepBefore(k int) byte {
	p := k - 1
	if p >= 0 && s.toks[p].kind == tkPunct {
		return s.text[s.toks[p].start]
	}
	return ' '
}

// classifyRun decides what a run of numbers is and records it. It reports
// whether the run was used.
func (s *scanner) classifyRun(r *numRun) bool {
	// d views the run's digit buffer without copying it: the rules below
	// read it while the run is typed and keep none of it
	d := unsafe.String(unsafe.SliceData(r.digits), len(r.digits))
	n := len(d)
	if typ, ok := s.knownNumber(d); ok && n >= 5 {
		first := r.i
		if r.open >= 0 && r.open < r.i {
			first = r.open // "(602) 404-0476"
		}
		s.add(first, r.j, typ, 0.99, "known/number")
		return true
	}
	if r.decimal || n == 0 {
		return false
	}
	if s.codeSystemBefore(r.i) {
		// "billed CPT 99214", "NDC 0002-8215-01": a code of a billing or
		// drug vocabulary names a service, the same for every patient
		return true
	}
	if n >= 2 && n <= 5 && (r.spoken == 0 && len(r.groups) == 1 || r.spoken > 0) && s.extensionBefore(r.i) {
		// "report called to Annette RN @1100, ext 317", "ask for penny
		// extension two two four"
		s.add(r.i, r.j, Phone, 0.85, "number/extension")
		return true
	}
	if r.spoken == 0 {
		if s.writtenDate(r) {
			return true
		}
		// Written groups joined by white space only count as one number when
		// they have a known shape (phone 3-3-4, SSN 3-2-4, card 4-4-4-4).
		if len(r.groups) == 3 && r.groups[0] == 3 && r.groups[1] == 3 && r.groups[2] == 4 && r.seps[0] == '/' && r.seps[1] == '-' && validNANP(d) {
			s.add(r.i, r.j, Phone, 0.9, "number/phone-nanp") // "tel. 805/555-0157": the area code before a slash (no date or reading has this shape)
			return true
		}
		for _, c := range r.seps {
			if c == '/' {
				if a := s.slashReference(r, n); a >= 0 {
					s.add(a, r.j, ID, 0.85, "number/grouped") // "Crime ref: 20/118472/21", "Ref: HR/EV/2021/0193"
					return true
				}
				return false // 130/85, 5/5: a ratio or score, not an id
			}
		}
		if s.valueRange(r, d) || valueChain(r, s.text[s.toks[r.i].start:s.toks[r.j].end]) {
			return false
		}
		if s.intlPhone(r, n) {
			first := r.i
			if r.open >= 0 && r.open < r.i {
				first = r.open
			} else if r.i > 0 && s.isPunct(r.i-1, '+') {
				first = r.i - 1
			}
			s.add(first, r.j, Phone, 0.85, "pattern/intl-phone")
			return true
		}
		if c := s.cueBefore(r.i, 3); c == Zip && n >= 3 && n <= 9 && len(r.groups) <= 2 {
			j := r.j
			// a Dutch postcode ends in two capitals: "ZIP: 7412 SL"
			if x := j + 1; n == 4 && x < len(s.toks) && s.toks[x].kind == tkWord && s.toks[x].end-s.toks[x].start == 2 && s.toks[x].has(shAllCaps) && s.toks[x].start == s.toks[j].end+1 {
				j = x
			}
			s.add(r.i, j, Zip, 0.85, "number/zip-cued") // "ZIP: 394 13", "zip code is 880"
			return true
		}
		if s.labelledGroups(r, n) {
			s.add(r.i, r.j, ID, 0.8, "number/grouped") // "Kundennummer: 4410 2873 55", "SIN (for credit check only): 527 118 903"
			return true
		}
		if len(r.groups) > 1 && !knownGrouping(r.groups, r.seps) && !digitByDigit(r) && !(len(r.groups) == 4 && singleDigits(r) && s.lastFourBefore(r.i)) {
			if c := s.cueBefore(r.i, 3); (c == "" || c == Date || c == Phone || c == Zip) && !(n >= 8 && idCue(s.cueBefore(r.i, 8))) {
				return s.classifyParts(r)
			}
		}
	}
	if a, b := s.plateParts(r, n); b >= a {
		s.add(a, b, Vehicle, 0.9, "pattern/plate")
		return true
	}
	// What follows or precedes says it is a measure, not an identifier.
	if nx := s.nextWord(r.j, 0); nx >= 0 && s.toks[nx].is(fUnit) && n <= 6 && !(n >= 4 && r.spoken == r.items && n == r.items && s.idCueNear(r.i)) {
		return false // (not a code read out a digit at a time, then its key: "the gate code is four four seven one pound")
	}
	if r.spoken > 0 && n <= 8 && (s.overAt(s.prevWord(r.i, 0)) || s.overAt(s.nextWord(r.j, 0))) {
		return false // "one thirty eight over eighty eight, one forty over ninety": readings said one after another
	}
	if h := r.j + 1; h+1 < len(s.toks) && s.isPunct(h, '-') && s.toks[h].start == s.toks[r.j].end && s.toks[h+1].is(fUnit) && n <= 6 {
		return false // "one eight-ounce cup", "a 12-gauge": a measure
	}
	if n >= 5 && r.spoken == 0 && len(r.groups) == 1 {
		if p := s.prevWord(r.i, 1); p >= 0 && s.toks[p].is(fMeasure) && !s.stateAfterTown(p) {
			return false
		}
	}
	if r.spoken > 0 && r.items < 3 && n < 7 {
		return false // "five hundred", "twenty one": quantities
	}
	// a time of day after "at" or "@" ("check K+ at 1400", "recheck hct @
	// 2100") is no identifier, whatever cue stands further back
	if n == 4 && r.spoken == 0 && len(r.groups) == 1 && clockTime(d) && s.cueBefore(r.i, 1) == "" {
		if p := r.i - 1; p >= 0 && (s.isPunct(p, '@') || s.toks[p].kind == tkWord && clockWord(s.lowerTok(p))) {
			return false
		}
	}
	cue := s.cueBefore(r.i, 6)
	if s.codeListBefore(r.i) || s.hasSeen(seenCode) && n == 5 && len(r.groups) == 1 && r.spoken == 0 && cue == "" && !s.zipContext(r.i, d, false) && !s.isStateBefore(r.i) && !s.placeCommaBefore(r.i) {
		return false // "CPT: 88309, 88307 x2", "an initial evaluation, 97161": billing and terminology codes
	}
	if near := s.cueBefore(r.i, 3); near != "" {
		cue = near
	}
	// a number shaped like a phone number is one unless an id cue is right
	// before it ("mrn 617-555-0199"): cues further away belong to other words
	if phoneShape(r, d) {
		switch s.cueBefore(r.i, 2) {
		case MRN, SSN, Account, HealthPlan, License, Device, Vehicle, NPI, ID:
		default:
			if cue != Fax {
				cue = Phone
			}
		}
	}
	c := &s.nctx // kept in the scanner: a local would escape to the heap
	*c = numCtx{s: s, r: r, d: d, n: n, cue: cue}
	var rule *numberRule
	typ, score := Type(""), 0.0
	for k := range numberRules {
		if t, sc, ok := numberRules[k].match(c); ok {
			rule, typ, score = &numberRules[k], t, sc
			break
		}
	}
	if rule == nil || typ == "" {
		return false
	}
	first := r.i
	if r.open >= 0 && r.open < r.i {
		first = r.open
	}
	// "DDK 628 761 406", "UWH 705 312 214": a letter prefix belongs to the id
	switch typ {
	case MRN, HealthPlan, Account, License, Device, Vehicle, ID:
		if p := first - 1; p >= 0 && (s.toks[p].kind == tkWord && s.toks[p].has(shAllCaps) || s.toks[p].kind == tkAlnum) && s.toks[p].end-s.toks[p].start <= 6 &&
			s.toks[p].end < s.toks[first].start && !s.toks[p].is(fCommon) {
			if _, cue := cues[string(s.lowerTok(p))]; !cue {
				first = p
			}
		} else if a := s.hyphenLetters(first - 1); a >= 0 {
			first = a // "C-D-H-S 20-448-931": the letters of the id, spelled with hyphens
		}
	}
	last := r.j
	// "12345-NYP", "54321-XYZ": a letter suffix belongs to the id too
	switch typ {
	case MRN, HealthPlan, Account, License, Device, Vehicle, ID:
		if n := last + 2; n < len(s.toks) && s.isPunct(last+1, '-') && s.toks[last+1].start == s.toks[last].end && s.toks[n].start == s.toks[last+1].end &&
			(s.toks[n].kind == tkWord && (s.toks[n].has(shAllCaps) || s.toks[n].end-s.toks[n].start == 1 && isUpperASCII(s.text[s.toks[n].start])) || s.toks[n].kind == tkAlnum) && s.toks[n].end-s.toks[n].start <= 6 {
			last = n // "44-09812-X": a check letter too
		} else if n := last + 1; first < r.i && n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].end-s.toks[n].start == 1 && isUpperASCII(s.text[s.toks[n].start]) &&
			s.toks[n].start == s.toks[last].end+1 && s.text[s.toks[last].end] == ' ' && (s.utteranceEnds(n) || s.isPunct(n+1, ',') || s.isPunct(n+1, ';')) {
			last = n // "QQ 12 34 56 C": letters before the digits, a check letter after them
		}
		if r.spoken > 0 {
			// letters read out one at a time, joined by "dash": "I R, dash,
			// two five, dash, zero three one", "two five, dash, four four
			// one, dash, C S O", "C-twenty-five, forty-four"
			first, last = s.dashedLetters(first, -1), s.dashedLetters(last, 1)
		}
	}
	s.add(first, last, typ, score, rule.src)
	return true
}

// dashedLetters returns the last of one to four single letters read out
// after (dir 1) or before (dir -1) token k, across a dash said or written
// with commas about it, or k. Cased text writes them as capitals; "a" and
// "i" alone are words.
func (s *scanner) dashedLetters(k, dir int) int {
	n := k + dir
	dash := false
	for n >= 0 && n < len(s.toks) && (s.isPunct(n, ',') || s.isPunct(n, '-') || s.toks[n].kind == tkWord && (string(s.lowerTok(n)) == "dash" || string(s.lowerTok(n)) == "hyphen")) {
		if !s.isPunct(n, ',') {
			dash = true
		}
		n += dir
	}
	if !dash {
		return k
	}
	end, count := k, 0
	for ; n >= 0 && n < len(s.toks) && count < 4; n += dir {
		t := &s.toks[n]
		if t.kind != tkWord || t.end-t.start != 1 || s.cased && !isUpperASCII(s.text[t.start]) {
			break
		}
		end, count = n, count+1
	}
	if count == 1 {
		if c := s.text[s.toks[end].start] | 0x20; (c == 'a' || c == 'i') && !s.cased {
			return k
		}
	}
	return end
}

// hyphenLetters returns the first of two or more capital letters joined by
// hyphens that end at token p, a space after them ("C-D-H-S"), or -1.
func (s *scanner) hyphenLetters(p int) int {
	if p < 2 || p+1 >= len(s.toks) || s.toks[p].end >= s.toks[p+1].start {
		return -1
	}
	a, n := p, 0
	for k := p; k >= 0; k -= 2 {
		t := &s.toks[k]
		if t.kind != tkWord || t.end-t.start != 1 || !isUpperASCII(s.text[t.start]) {
			break
		}
		a, n = k, n+1
		if k < 2 || !s.isPunct(k-1, '-') || s.toks[k-1].start != s.toks[k-2].end || s.toks[k-1].end != t.start {
			break
		}
	}
	if n < 2 {
		return -1
	}
	return a
}

// phoneShape: written 3-3-4, (3) 3-4, 1-3-3-4 or 3.3.4 with a valid area
// code and exchange.
func phoneShape(r *numRun, d string) bool {
	if r.spoken > 0 {
		return false
	}
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	if !validNANP(d) {
		return false
	}
	g := r.groups
	if len(g) > 0 && g[0] == 1 {
		g = g[1:]
	}
	return len(g) == 3 && g[0] == 3 && g[1] == 3 && g[2] == 4
}

// classifyParts handles written groups that did not join: each is looked at
// on its own.
func (s *scanner) classifyParts(r *numRun) bool {
	used := false
	last := r.j
	// a postcode or another number, then a phone number with a trunk zero:
	// "70651 082 490 1693"
	if len(r.groups) >= 4 {
		start, seen := -1, 0
		for k := r.j; k >= r.i && seen < 3; k-- {
			if s.toks[k].kind == tkNum {
				start, seen = k, seen+1
			}
		}
		ph := &s.runs[1]
		if s.readRun(ph, start); ph.j == r.j && ph.spoken == 0 && ph.digits[0] == '0' && s.intlPhone(ph, len(ph.digits)) {
			s.add(start, r.j, Phone, 0.85, "pattern/intl-phone")
			used, last = true, start-1
		}
	}
	for k := r.i; k <= last; k++ {
		if s.toks[k].kind != tkNum {
			continue
		}
		one := &s.runs[1]
		*one = numRun{i: k, j: k, items: 1, open: -1, digits: append(one.digits[:0], s.tokText(k)...),
			groups: append(one.groups[:0], int(s.toks[k].end-s.toks[k].start)), seps: one.seps[:0]}
		if s.classifyRun(one) {
			used = true
		}
	}
	return used
}

// labelledGroups: the run r, written in three or more groups of digits
// joined by single spaces, nine digits at least, the first of three or four
// digits and none of one, stands right after a label's colon in text that
// is no note ("Kundennummer: 4410 2873 55"; a note's "Labs: 140 102 24 18"
// lists values), or after "is" or "no" ("consumer no is 7011 4402 8839").
func (s *scanner) labelledGroups(r *numRun, n int) bool {
	if r.spoken > 0 || len(r.groups) < 3 || n < 9 || s.notes || r.groups[0] < 3 || r.groups[0] > 4 {
		return false
	}
	if c := s.cueBefore(r.i, 3); c != "" && c != ID {
		return false // a cue that says which number it is: its own rule ("NHS number 943 476 5919")
	}
	for k, g := range r.groups {
		if g < 2 || g > 4 || k < len(r.seps) && r.seps[k] != ' ' {
			return false
		}
	}
	for k := r.i; k < r.j; k++ {
		if s.toks[k+1].start-s.toks[k].end > 1 {
			return false
		}
	}
	p := r.i - 1
	if p < 0 {
		return false
	}
	if s.isPunct(p, ':') {
		return !s.wordBefore(r.i, 1, phoneLabel)
	}
	if s.toks[p].kind == tkWord {
		switch string(s.lowerTok(p)) {
		case "is", "no", "number", "#":
			return !s.wordBefore(r.i, 3, phoneLabel)
		}
	}
	return false
}

// slashReference: the run r, groups of digits joined by slashes, is a
// reference number right after its cue ("Crime ref: 20/118472/21", "claim
// no. 7/448213"): one group of five digits at least, seven digits in all;
// a ratio, a reading or a date has no group that long. Groups of capitals
// joined to its front the same way make any two groups of six digits in
// all one ("Ref: HR/EV/2021/0193", "NYSC/UNN/2013/118472"): no reading
// is written so. It returns the reference's first token, or -1.
func (s *scanner) slashReference(r *numRun, n int) int {
	if r.spoken > 0 || n < 6 || len(r.groups) < 2 {
		return -1
	}
	a, parts := s.partsJoinedBefore(r.i, '/', 3, func(p *token) bool {
		return p.kind == tkWord && p.end-p.start >= 2 && p.end-p.start <= 5 && p.has(shAllCaps)
	})
	long := false
	for _, g := range r.groups {
		if g >= 5 {
			long = true
		}
	}
	if parts == 0 && (!long || n < 7) {
		return -1
	}
	switch s.cueBefore(a, 3) {
	case ID, Account, MRN, HealthPlan, License:
		return a
	}
	if parts >= 2 {
		return a
	}
	return -1
}

// phoneLabel: a word that labels a telephone or fax number.
func phoneLabel(w []byte) bool {
	switch string(w) {
	case "phone", "telephone", "tel", "telefon", "téléphone", "fax", "telefax", "mobile", "cell", "mob", "landline", "whatsapp":
		return true
	}
	return false
}

func knownGrouping(g []int, seps []byte) bool {
	key := make([]byte, 0, 8)
	for _, n := range g {
		key = append(key, byte('0'+n%10))
	}
	switch string(key) {
	case "334", "34", "324", "1334", "4444", "3334", "2334", "465", "464": // "465", "464": American Express, Diners Club
		return true
	case "331111", "3322", "31111111": // "541 555 0 7 2 3", "503 555 77 02", "503 5 5 5 8 4 0 2": a telephone number read out in other groups
		return true
	}
	// (555) 201-3344 style: any grouping whose separators are all real
	// punctuation is one number.
	for _, c := range seps {
		if c == ' ' {
			return false
		}
	}
	return true
}

// zipContext: a five-digit number after a state, a city, or "zip".
func (s *scanner) zipContext(i int, d string, spoken bool) bool {
	if s.cueBefore(i, 3) == Zip {
		return true
	}
	p := s.prevWord(i, 1)
	if p < 0 {
		return false
	}
	real := s.lex.zip(d)
	return s.isStateAt(p) || real && s.toks[p].is(fCity) && (s.cased && s.toks[p].has(shCap) || spoken)
}

// stateAfterTown: token p is a state's postal code set off after a
// capitalised word, as an address writes it ("Boulder, CO 80302"), not
// shorthand that happens to spell one ("CO 4.5", cardiac output).
func (s *scanner) stateAfterTown(p int) bool {
	return p >= 2 && s.isState(p) && s.isPunct(p-1, ',') && s.toks[p-2].kind == tkWord && s.toks[p-2].has(shCap)
}

// isStateBefore: a state ends right before token i ("OK 74101-1234").
func (s *scanner) isStateBefore(i int) bool {
	p := s.prevWord(i, 1)
	return p >= 0 && s.isStateAt(p)
}

// isStateAt: a state name (one or more words) or a capitalised postal
// code ends at token i.
func (s *scanner) isStateAt(i int) bool {
	if s.toks[i].kind != tkWord {
		return false
	}
	if s.isState(i) {
		return true
	}
	p := s.prevWord(i, 0)
	if p < 0 {
		return false
	}
	return s.pairType(p, i) == "STATE"
}

// pairType is lexicon.pairType of tokens a and b, with what the tokenizer
// knows first: the flags of a word (those of its lowered form unless it is
// a possessive) and the filter of the first two words of every phrase.
func (s *scanner) pairType(a, b int) Type {
	if t := &s.toks[a]; (t.kind == tkWord || t.kind == tkAlnum) && t.shape&shPoss == 0 && t.f&fPhrase == 0 {
		return "" // lexgen flags the first token of every phrase
	}
	wa, wb := s.lowerTok(a), s.lowerTok(b)
	if len(wa) > 0 && len(wb) > 0 && !s.lex.pairMaybe(wa, wb) {
		return ""
	}
	return s.lex.pairType(wa, wb)
}

// writtenDate matches numeric dates: 3/4/21, 03-04-2021, 2021-03-04,
// 3.4.2021, and 3/4 after a date cue.
func (s *scanner) writtenDate(r *numRun) bool {
	g := r.groups
	// a range or pair of m/d dates read as one run: "7/3-7/9", "7/3 - 7/9",
	// "10/03/10/04"
	if len(g) == 4 && (string(r.seps) == "/-/" || string(r.seps) == "///") && g[0] <= 2 && g[1] <= 2 && g[2] <= 2 && g[3] <= 2 {
		v := func(k int) int {
			off := 0
			for _, n := range g[:k] {
				off += n
			}
			x := 0
			for _, c := range r.digits[off : off+g[k]] {
				x = x*10 + int(c-'0')
			}
			return x
		}
		if validDate(v(0), v(1)) && validDate(v(2), v(3)) && !s.isPunct(r.j+1, '%') {
			s.add(r.i, r.j, Date, 0.75, "pattern/date")
			return true
		}
	}
	// "2/2019", "11/2020": a month and a year (the month is a date element)
	if len(g) == 2 && string(r.seps) == "/" && g[0] <= 2 && g[1] == 4 && !s.isPunct(r.j+1, '%') {
		m := int(r.digits[0] - '0')
		if g[0] == 2 {
			m = m*10 + int(r.digits[1]-'0')
		}
		y := r.digits[g[0]:]
		dilution := m == 1 && y[2] == '0' && y[3] == '0' // "1/2000": a dilution
		if m >= 1 && m <= 12 && (y[0] == '1' && y[1] == '9' || y[0] == '2' && y[1] == '0') && !dilution {
			s.add(r.i, r.j, Date, 0.75, "pattern/date")
			return true
		}
	}
	// "11/21.93": m/d with a point before a two-digit year
	if len(g) == 3 && string(r.seps) == "/." && g[0] <= 2 && g[1] <= 2 && g[2] == 2 && !s.isPunct(r.j+1, '%') {
		m := int(r.digits[0] - '0')
		if g[0] == 2 {
			m = m*10 + int(r.digits[1]-'0')
		}
		d := 0
		for _, c := range r.digits[g[0] : g[0]+g[1]] {
			d = d*10 + int(c-'0')
		}
		if validDate(m, d) {
			s.add(r.i, r.j, Date, 0.75, "pattern/date")
			return true
		}
	}
	if len(g) < 2 || len(g) > 3 || len(r.seps) != len(g)-1 {
		return false
	}
	sep := r.sep0()
	if sep != '/' && sep != '-' && sep != '.' {
		return false
	}
	for _, c := range r.seps {
		if c != sep {
			return false
		}
	}
	vals := make([]int, len(g))
	off := 0
	for k, n := range g {
		v := 0
		for _, c := range r.digits[off : off+n] {
			v = v*10 + int(c-'0')
		}
		vals[k], off = v, off+n
	}
	// a setting or a value, not a date: "PS 10/5", "CPAP 15/10/40%",
	// "1/2 NS", "rales 1/3 up"
	if n := r.j + 1; n < len(s.toks) && s.toks[n].start == s.toks[r.j].end && (s.isPunct(n, '%') || s.isPunct(n, '/')) {
		return false
	}
	if len(g) == 3 {
		ok := false
		switch {
		case g[0] == 4 && g[1] <= 2 && g[2] <= 2: // 2021-03-04
			ok = validDate(vals[1], vals[2])
		case g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4 && vals[2] >= 1800 && vals[2] <= 2199): // 3/4/21, 04-03-2021 (m/d or d/m)
			ok = validDate(vals[0], vals[1]) || validDate(vals[1], vals[0])
		}
		if ok {
			s.add(r.i, r.j, Date, 0.95, "pattern/date")
			if g[0] <= 2 {
				s.noteMonth(vals[0])
			}
		}
		return ok
	}
	// m/yy: "fx 5/97", "CABG 12/82": a month and a year no day can be
	if sep == '/' && g[0] <= 2 && g[1] == 2 && vals[0] >= 1 && vals[0] <= 12 && vals[1] > 31 {
		if p := s.prevWord(r.i, 0); p < 0 || !s.toks[p].is(fMeasure|fUnit|fNumWord) && !notDateBefore(s.lowerTok(p)) {
			if n := s.nextWord(r.j, 0); n < 0 || !s.toks[n].is(fUnit) {
				s.add(r.i, r.j, Date, 0.75, "pattern/date")
				return true
			}
		}
	}
	// m/d with no year, unless it reads as a score, a ratio or a dose.
	// A day above twelve first is d/m, as most of the world writes it:
	// "since 18/03", "on 25/12".
	if sep == '/' && g[0] <= 2 && g[1] <= 2 && (validDate(vals[0], vals[1]) || vals[0] > 12 && validDate(vals[1], vals[0])) {
		month := vals[0]
		if month > 12 {
			month = vals[1]
			// d/m only after a word that dates: "since 18/03", not "pressure
			// support 15/5"
			if p := s.prevWord(r.i, 0); p < 0 || !s.toks[p].is(fDatePrep) && !dateCue(s.lowerTok(p)) || s.ventSetting(r.i, r.j) {
				return false
			}
		}
		// one of a list or range of dates: "8/2 - 8/10", "8/9 or 8/10"
		if n := len(s.found); n > 0 && s.found[n-1].Type == Date && s.listedAfter(s.found[n-1].End, r.i) || s.dateRangeAfter(r.j) {
			s.add(r.i, r.j, Date, 0.75, "pattern/date")
			s.noteMonth(month)
			return true
		}
		if vals[0] <= vals[1] && vals[1] <= 4 && s.wordBefore(r.i, 1, cultureWord) {
			return false // "BCX 4/4 MSSA": bottles of a set that grew (but "BC 8/30 pending": the day it was drawn)
		}
		if s.ventSetting(r.i, r.j) || vals[0] <= 30 && vals[1] <= 10 && s.wordBefore(r.i, 3, weanWord) {
			return false // "PSV increased to 10/5", "extubated from 5/5 IPS", "flowby 6/3", "weaning on 5/5"
		}
		if s.brandBefore(r.i) {
			return false // "the Suboxone, 8/2 film": a strength after the drug's brand
		}
		// one value of a chain: a blood gas "7.36/ 29/ 103/ -7/ 17"
		if k := r.i - 1; k >= 1 && (s.isPunct(k, '/') || s.isPunct(k, '-') && s.isPunct(k-1, '/')) {
			return false
		}
		p := s.prevWord(r.i, 0)
		pp := -1
		if p >= 0 {
			pp = s.prevWord(p, 0)
		}
		// "on 3/4", "last BM 3/5", "planned for 9/12", "returned 10/10"
		if (p >= 0 && (s.toks[p].is(fDatePrep) || dateCue(s.lowerTok(p))) || pp >= 0 && dateCue(s.lowerTok(pp))) && !(vals[1] == 10 && s.wordBefore(r.i, 3, notDateBefore)) {
			s.add(r.i, r.j, Date, 0.8, "pattern/date")
			s.noteMonth(month)
			return true
		}
		// a day or year written with a leading zero is no fraction: "EF 35%
		// (3/02)", "seen 8/05"
		if g[1] == 2 && d0(r, g[0]) {
			s.add(r.i, r.j, Date, 0.7, "pattern/date")
			s.noteMonth(month)
			return true
		}
		// a clock time right after it dates it: "phone note - 2/3 1610"
		if x := r.j + 1; x < len(s.toks) && s.toks[x].kind == tkNum && s.toks[x].end-s.toks[x].start == 4 && s.toks[x].start == s.toks[r.j].end+1 &&
			clockTime(s.tokText(x)) && (x+1 >= len(s.toks) || s.toks[x+1].kind != tkPunct || s.text[s.toks[x+1].start] != '/') {
			s.add(r.i, r.j, Date, 0.8, "pattern/date")
			s.noteMonth(month)
			return true
		}
		// in notes, small fractions and settings far outnumber dates with no
		// date word: "1/2 NS", "rales 2/3 up", "perrla 2/2"
		if s.notes && vals[1] <= 4 && vals[0] <= 3 {
			return false
		}
		if p >= 0 && (s.toks[p].is(fMeasure|fUnit|fNumWord) || notDateBefore(s.lowerTok(p))) {
			return false
		}
		if n := s.nextWord(r.j, 0); n >= 0 && !s.headingAt(n) && (s.toks[n].is(fUnit) || (notDateAfter(s.lowerTok(n)) || s.shorthand(n) && vals[0] <= 3 && vals[1] <= 4) && vals[1] <= 12) {
			return false // "1/2 of the tablet"; but "8/23 to rehab" is a date, and so is "9/11 O: ..." (a heading follows)
		}
		if vals[1] == 10 || vals[1] == 5 && vals[0] <= 5 {
			// "9/10", "4/5" read as scores, unless the text dates other
			// things in the same month ("9/9 abx dc'd ... 9/10 procan dc'd")
			// and no score word is near ("describes pain as 5/10")
			if !s.wordBefore(r.i, 3, notDateBefore) {
				s.mdPend = append(s.mdPend, [3]int32{int32(r.i), int32(r.j), int32(month)})
			}
			return false
		}
		s.add(r.i, r.j, Date, 0.7, "pattern/date")
		s.noteMonth(month)
		return true
	}
	return false
}

// headingAt: word token n is the one capital letter of a note's section
// heading written before a colon ("S:", "O:", "A:", "P:").
func (s *scanner) headingAt(n int) bool {
	c := n + 1
	return c < len(s.toks) && s.isPunct(c, ':') && s.toks[c].start == s.toks[n].end && s.toks[n].end-s.toks[n].start == 1 && s.toks[n].has(shCap) &&
		(c+1 == len(s.toks) || s.toks[c+1].kind != tkNum) // "ratio 1:2"
}

// clockTime: four digits that read as a 24-hour time (0000-2359).
func clockTime(d string) bool {
	return len(d) == 4 && (d[0] < '2' || d[0] == '2' && d[1] <= '3') && d[2] <= '5'
}

// d0 reports whether the digit group starting at offset off of the run's
// digits has a leading zero.
func d0(r *numRun, off int) bool { return off < len(r.digits) && r.digits[off] == '0' }

// noteMonth records that the text dates something in month m (m/d or
// m/d/y), for pendingDates.
func (s *scanner) noteMonth(m int) {
	if m >= 1 && m <= 12 {
		s.mdMonths |= 1 << m
	}
}

// pendingDates types as dates the m/d pairs that were read as scores
// ("9/10") when the text dates other things in the same month: a note that
// says "9/9 ... 9/11" means a day by "9/10" too.
func (s *scanner) pendingDates() {
	for _, p := range s.mdPend {
		if s.mdMonths&(1<<p[2]) != 0 {
			s.add(int(p[0]), int(p[1]), Date, 0.7, "pattern/date")
		}
	}
}

// overAt: token k is "over", between the two numbers of a reading said
// aloud ("one twenty over eighty").
func (s *scanner) overAt(k int) bool {
	return k >= 0 && s.toks[k].kind == tkWord && s.toks[k].hi-s.toks[k].lo == 4 && string(s.lowerTok(k)) == "over"
}

// digitDate: mmddyy or mmddyyyy read as digits.
func digitDate(d string) bool {
	m := int(d[0]-'0')*10 + int(d[1]-'0')
	day := int(d[2]-'0')*10 + int(d[3]-'0')
	if !validDate(m, day) {
		return false
	}
	if len(d) == 8 {
		return d[4:6] == "19" || d[4:6] == "20"
	}
	return true
}

func notDateBefore(w []byte) bool {
	switch string(w) {
	case "pain", "strength", "murmur", "grade", "score", "scale", "bp", "ratio", "power", "motor", "reflexes",
		"tab", "tabs", "tablet", "x", "over", "rated", "rates", "rate", "take", "takes", "split", "about", "vision",
		"acuity", "is", "was", "gcs", "apgar", "apgars", "stage", "dilated", "cm", "effaced", "station":
		return true
	}
	return false
}

// cultureWord: a word for blood cultures, whose bottles a note counts
// ("BCX 4/4").
func cultureWord(w []byte) bool {
	switch string(w) {
	case "bcx", "bcxs", "bc", "bcs", "cultures", "cx", "cxs":
		return true
	}
	return false
}

// ventSetting reports whether the pair of numbers i..j (10/5) sits among
// the words of a ventilator's settings: a mode or setting word among the
// four words before it or the two after it, in the same sentence ("PSV of
// 10/5", "trialed on 5/5 IPS/CPAP", "flowby 6/3", "5/5, 40%").
func (s *scanner) ventSetting(i, j int) bool {
	k := i
	for n := 0; n < 4; n++ {
		if s.isPunct(k-1, '.') {
			break // the sentence starts here
		}
		if k = s.prevWord(k, 1); k < 0 {
			break
		}
		if ventWord(s.lowerTok(k)) {
			return true
		}
	}
	k = j
	for n := 0; n < 2; n++ {
		if s.isPunct(k+1, '.') {
			break
		}
		if k = s.nextWord(k, 2); k < 0 {
			break
		}
		if ventWord(s.lowerTok(k)) {
			return true
		}
	}
	// "5/5, 40%": a pressure pair, then the oxygen
	if n := j + 2; n+1 < len(s.toks) && s.isPunct(j+1, ',') && s.toks[n].kind == tkNum && s.isPunct(n+1, '%') && s.toks[n+1].start == s.toks[n].end {
		return true
	}
	return false
}

// wordBefore reports whether one of the n words before token i (over at
// most one punctuation mark each) is one that is holds for: a word of weaning
// ("weaning on 5/5", "wean down to 10/5") or one that announces a score
// ("pain as 5/10").
func (s *scanner) wordBefore(i, n int, is func([]byte) bool) bool {
	k := i
	for c := 0; c < n; c++ {
		if k = s.prevWord(k, 1); k < 0 {
			return false
		}
		if is(s.lowerTok(k)) {
			return true
		}
	}
	return false
}

// weanWord: a word of weaning from the ventilator.
func weanWord(w []byte) bool {
	switch string(w) {
	case "wean", "weaned", "weaning", "trial", "trialed", "trialled", "sbt":
		return true
	}
	return false
}

func ventWord(w []byte) bool {
	switch string(w) {
	case "psv", "ps", "cpap", "peep", "ips", "simv", "imv", "flowby", "bipap",
		"settings", "prvc", "aprv", "epap", "ipap", "fio2":
		return true
	}
	return false
}

func notDateAfter(w []byte) bool {
	switch string(w) {
	case "strength", "murmur", "tab", "tabs", "tablet", "tablets", "scale", "dose", "pain", "power",
		"bilaterally", "throughout", "effaced", "dilated", "of", "to", "vision",
		"sem", "hsm", "systolic", "diastolic", "holosystolic", "mrm", "bottles": // "NEW 3/6 SEM": a murmur's grade
		return true
	}
	return false
}

// listedAfter: only a word or mark that lists or spans stands between byte
// end (where a date ends) and token i: "8/9 or 8/10", "8/2 - 8/10", "8/9,
// 8/10"; not "12/25 and take 1/2 of a tablet", "6/12; take 1/2".
func (s *scanner) listedAfter(end, i int) bool {
	k, n := i-1, 0
	for ; k >= 0 && int(s.toks[k].start) >= end; k-- {
		if n++; n > 2 {
			return false
		}
		t := &s.toks[k]
		if t.kind == tkPunct {
			if c := s.text[t.start]; c != ',' && c != '-' {
				return false
			}
			continue
		}
		switch string(s.lowerTok(k)) {
		case "or", "and", "to", "through", "thru", "till", "until":
		default:
			return false
		}
	}
	return k >= 0 && int(s.toks[k].end) == end
}

func dateCue(w []byte) bool {
	switch string(w) {
	case "dob", "born", "birthday", "birthdate", "bday", "anniversary", "date", "dated", "admitted", "discharged", "seen", "visit", "surgery", "dos", "doa", "dod", "died",
		"deceased", "scheduled", "last", "planned", "returned", "signed", "due", "discharge", "appointment", "appt",
		"expires", "expired", "effective", "since", "until", "through", "around", "review", "reviewed", "booked", "collected", "received", "reported":
		return true
	}
	return false
}

// alnumID looks at a run of letters-and-digits chunks (AB123456,
// XJ4-556-221, 1HGCM82633A004352) starting at token i and records it as an
// identifier when it has enough digits to be one. It returns the last token
// used, or i-1.
func (s *scanner) alnumID(i int) int {
	toks := s.toks
	j := i
	for j+2 < len(toks) && (s.isPunct(j+1, '-') || s.isPunct(j+1, '/')) && toks[j].end == toks[j+1].start && toks[j+1].end == toks[j+2].start && (toks[j+2].kind == tkNum || toks[j+2].kind == tkAlnum) {
		j += 2
	}
	// a check letter after a hyphen ends it: "LO-88213-B"
	if j > i && j+2 < len(toks) && s.isPunct(j+1, '-') && toks[j].end == toks[j+1].start && toks[j+1].end == toks[j+2].start && toks[j+2].kind == tkWord && toks[j+2].end-toks[j+2].start == 1 &&
		(j+3 >= len(toks) || toks[j+3].start > toks[j+2].end || toks[j+3].kind == tkPunct && s.text[toks[j+3].start] != '-') {
		j += 2 // also before a mark that ends what is said: "# WC-0188341-L."
	}
	raw := s.text[toks[i].start:toks[j].end]
	digits, letters := 0, 0
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		}
	}
	if typ, ok := s.knownNumber(compactLower(raw)); ok {
		s.add(i, j, typ, 0.99, "known/id")
		return j
	}
	if i == j && (toks[i].is(fOrdWord|fNonPHI) || unitSuffixed(raw) && (digits <= 5 || s.cueBefore(i, 3) == "")) {
		return i - 1 // a measure has few digits: after its cue "91824477F" is an id with its check letter, not degrees ("gave 100000u" stays)
	}
	cue := s.cueBefore(i, 6)
	// a licence plate is short and often in two parts: "plate 4JX W512"
	if cue == Vehicle && s.cueBefore(i, 2) == Vehicle && digits >= 1 && len(raw) >= 3 {
		if n := j + 1; n < len(toks) && (toks[n].kind == tkAlnum || toks[n].kind == tkNum) && toks[n].end-toks[n].start <= 5 {
			j = n
		} else if n < len(toks) && s.plateLetters(n) && s.adjacent(j, n) {
			j = n // "KX19 LHD": a British plate's letters after its digits
		} else if n+1 < len(toks) && s.isPunct(n, '-') && toks[n].start == toks[j].end && toks[n+1].start == toks[n].end && s.plateLetters(n+1) {
			j = n + 1 // "GH-417-KP"
		}
		s.add(i, j, Vehicle, 0.9, "pattern/plate")
		return j
	}
	// "username jdoe84": right after an account cue, any mixed id counts
	nearID := false
	if p := s.prevWord(i, 1); p >= 0 {
		if w := string(s.lowerTok(p)); w == "is" || w == "was" || w == "its" {
			if q := s.prevWord(p, 1); q >= 0 {
				p = q // "her username is jsmith84"
			}
		}
		switch string(s.lowerTok(p)) {
		case "username", "login", "handle", "userid", "user":
			nearID = letters > 0 && digits > 0 && len(raw) >= 4
		case "ref", "reference", "confirmation", "booking", "pnr", "locator", "voucher", "code":
			// "booking ref QX7TPL", "confirmation code 7HJK2P": a
			// reservation's code mixes letters and digits in five or more
			nearID = letters >= 2 && digits > 0 && len(raw) >= 5 && !unitSuffixed(raw)
		}
	}
	if !(digits >= 4 || digits >= 3 && len(raw) >= 6 || nearID) {
		return i - 1
	}
	if cue == "" && !nearID && s.measureChunks(i, j) {
		return j // "700x10", "15ps/5peep", "90s-100s", "RR18-24", "AC-350-40": settings and values
	}
	i = s.idPrefix(i)
	compact := []byte(strings.ReplaceAll(strings.ReplaceAll(raw, "-", ""), "/", ""))
	typ, score := ID, 0.8
	switch {
	case validVIN(compact):
		typ, score = Vehicle, 0.95
	case cue != "":
		typ, score = cue, 0.9
		if cue == Phone || cue == Fax || cue == Zip || cue == SSN {
			typ = ID
		}
	}
	s.add(i, j, typ, score, "pattern/alnum")
	return j
}

// idWordBefore: the word right before token i (a '#' or ':' between
// them) names an identifier, whatever its length ("badge 4412", "interpreter
// ID 7720", "accession: 5521"), as "number", "no." or "case" do not ("room
// number 4412", "case 2 of 3").
func (s *scanner) idWordBefore(i int) bool {
	p := s.prevWord(i, 2)
	if p < 0 || s.cueBefore(i, 2) != ID {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "id", "identifier", "badge", "employee", "accession", "specimen", "requisition", "ticket", "claim", "confirmation":
		return true
	}
	return false
}

// idPrefix returns the first of up to two parts joined by hyphens, with no
// space, before an identifier's token i: capitals ("HDN-MR-0093321",
// "NHSK-MND-00918273") or a year ("2021-GU-00318", "24-CR-01873"), or i.
func (s *scanner) idPrefix(i int) int {
	first, _ := s.partsJoinedBefore(i, '-', 2, func(p *token) bool {
		switch w := p.end - p.start; {
		case p.kind == tkWord && w <= 5 && (p.has(shAllCaps) || w == 1 && isUpperASCII(s.text[p.start])):
		case p.kind == tkNum && (w == 4 || w == 2):
		case p.kind == tkAlnum && w <= 6 && p.has(shAllCaps):
		default:
			return false
		}
		return true
	})
	return first
}

// partsJoinedBefore walks back from token i over up to max parts joined to
// it, and to each other, by the separator sep with no space, each one that
// part accepts; it returns the first token and how many parts it passed.
func (s *scanner) partsJoinedBefore(i int, sep byte, max int, part func(p *token) bool) (first, parts int) {
	for first = i; parts < max && first >= 2 && s.isPunct(first-1, sep) && s.toks[first-1].start == s.toks[first-2].end && s.toks[first].start == s.toks[first-1].end && part(&s.toks[first-2]); parts++ {
		first -= 2
	}
	return first, parts
}

// iban reads an international bank account number at token i, compact
// (DE89370400440532013000) or in groups of four (DE89 3704 0044 0532 0130
// 00, GB29 NWBK 6016 1331 9268 19), checked with its mod-97 digits. A
// number in groups of four that fails the check is still someone's account
// mistyped (recall first): it is one when it has three groups of four
// after the country's, or the word IBAN before it. It returns the last
// token, or i.
func (s *scanner) iban(i int) int {
	t := s.tokText(i)
	if len(t) < 4 || !isUpperASCII(t[0]) || !isUpperASCII(t[1]) || !isDigitASCII(t[2]) || !isDigitASCII(t[3]) {
		return i
	}
	compact := []byte(t)
	j, fours := i, 0
	for n := i + 1; n < len(s.toks) && n-i <= 9 && len(compact) < 34; n++ {
		u := &s.toks[n]
		if u.end-u.start > 4 || u.start != s.toks[n-1].end+1 || s.text[u.start-1] != ' ' {
			break
		}
		if u.kind != tkNum && u.kind != tkAlnum && !(u.kind == tkWord && u.has(shAllCaps) && u.end-u.start == 4 && n == i+1) {
			break // letters only as the bank's code, right after the country's group
		}
		compact = append(compact, s.tokText(n)...)
		if u.end-u.start == 4 {
			fours++
		}
		j = n
	}
	if len(compact) < 15 || len(compact) > 34 {
		return i
	}
	if ibanValid(compact) {
		s.add(i, j, Account, 0.95, "pattern/iban")
		return j
	}
	if len(t) == 4 && (fours >= 3 || s.ibanCue(i)) || len(t) > 4 && s.ibanCue(i) {
		s.add(i, j, Account, 0.8, "pattern/iban")
		return j
	}
	return i
}

// ibanCue: the word IBAN comes right before token i.
func (s *scanner) ibanCue(i int) bool {
	p := s.prevWord(i, 1)
	return p >= 0 && p >= i-2 && strings.EqualFold(s.tokText(p), "iban")
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigitASCII(c byte) bool { return c >= '0' && c <= '9' }

// ibanValid applies ISO 13616: move the first four characters to the end,
// letters to numbers (A=10 … Z=35), and the number mod 97 must be 1.
func ibanValid(b []byte) bool {
	r := append(append([]byte{}, b[4:]...), b[:4]...)
	m := 0
	for _, c := range r {
		switch {
		case c >= '0' && c <= '9':
			m = (m*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			m = (m*100 + int(c-'A') + 10) % 97
		case c >= 'a' && c <= 'z':
			m = (m*100 + int(c-'a') + 10) % 97
		default:
			return false
		}
	}
	return m == 1
}

// unitSuffixed reports measures written as one token: 500mg, 10ml, 2x,
// 1990s, 92yo.
func unitSuffixed(raw string) bool {
	raw = strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s") // "500cc's"
	k := 0
	for k < len(raw) && raw[k] >= '0' && raw[k] <= '9' {
		k++
	}
	if k == 0 || k == len(raw) {
		return false
	}
	switch strings.ToLower(raw[k:]) {
	case "mg", "mcg", "ml", "g", "kg", "lb", "lbs", "cm", "mm", "hr", "hrs", "h", "yo", "y", "am", "pm",
		"x", "s", "k", "min", "mins", "d", "wk", "wks", "mo", "yr", "yrs", "l", "dl", "cc", "iu", "u",
		"mmhg", "bpm", "st", "nd", "rd", "th", "f", "c", "in", "ft", "oz", "m", "ms", "mmol", "meq":
		return true
	}
	return false
}

// valueRange reports a range of values written with a hyphen ("HR 100-110",
// "sats 98-100%", "1900-0700", "SVR 1131-734"): two groups of at most four
// digits. It is an identifier only when an id cue stands right before it
// ("mrn 12-3456"), or when it has the shape of a local phone number
// (3-4 digits, a valid exchange) with no value word or unit around it.
func (s *scanner) valueRange(r *numRun, d string) bool {
	if len(r.groups) != 2 || r.sep0() != '-' || r.groups[0] > 4 || r.groups[1] > 4 {
		return false
	}
	switch s.cueBefore(r.i, 3) {
	case MRN, SSN, Account, HealthPlan, License, Device, Vehicle, NPI, ID, Phone, Fax:
		return false
	}
	valueCtx := s.isPunct(r.j+1, '%') || s.isPunct(r.j+1, '/')
	if nx := s.nextWord(r.j, 0); nx >= 0 && s.toks[nx].is(fUnit) {
		valueCtx = true
	}
	if p := s.prevWord(r.i, 1); p >= 0 && (s.toks[p].is(fMeasure|fUnit) || s.shorthand(p)) {
		valueCtx = true
	}
	// up to a round thousand: "TV 900-1000", "voiding 575-1000"
	if r.groups[0] == 3 && r.groups[1] == 4 && d[0] >= '2' && !valueCtx && d[4:] != "000" {
		return false // "555-1212"
	}
	// one digit, then four: a pager or an extension ("pager 4-1732",
	// "paged him at 5-3340"), not a range a thousand times wide
	if r.groups[0] == 1 && r.groups[1] == 4 && !valueCtx {
		return false
	}
	return true
}

// measureChunks reports whether every chunk of the run i..j (chunks are
// joined by '-' or '/') reads as a value of clinical notes rather than as
// part of an identifier: a number of up to four digits with a unit or
// letter suffix (120mcgs, 90s, 7a, 800stv), a short letter prefix on a
// small number (rr18, q1, d51, psv10), a dimension or vent setting
// (650x10x100, 14x12), a bare number of up to three digits, or shorthand.
func (s *scanner) measureChunks(i, j int) bool {
	for k := i; k <= j; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct {
			continue
		}
		if t.kind == tkWord && t.end-t.start == 1 && (s.text[t.start]|0x20) == 's' && s.isPunct(k-1, '\'') {
			continue // the plural of a value: "BP 90's-110/50"
		}
		c := withoutPlural(s.tokText(k))
		if !measureChunk(c) && !(t.kind == tkWord && t.is(fClinical|fMeasure)) && !s.wordValue(c) && !gcsParts(c) && !(clockChunk(c) && s.midnightIn(i, j)) {
			return false
		}
	}
	return true
}

// gcsParts: c is a Glasgow Coma Scale told by its parts, eyes, verbal and
// motor ("E2V1M4", "E3VtM6": T when intubated).
func gcsParts(c string) bool {
	if len(c) != 6 || c[0]|0x20 != 'e' || c[2]|0x20 != 'v' || c[4]|0x20 != 'm' {
		return false
	}
	return c[1] >= '1' && c[1] <= '4' && (c[3] >= '1' && c[3] <= '5' || c[3]|0x20 == 't') && c[5] >= '1' && c[5] <= '6'
}

// clockChunk: c is a time on the 24-hour clock ("0600", "2330").
func clockChunk(c string) bool {
	return len(c) == 4 && isDigitASCII(c[0]) && isDigitASCII(c[1]) && isDigitASCII(c[2]) && isDigitASCII(c[3]) &&
		(c[0]-'0')*10+c[1]-'0' <= 24 && c[2] <= '5'
}

// midnightIn: tokens i..j hold "MN" (midnight) or "noon", so the 24-hour
// times beside it are a span of the shift ("I/O neg 800cc MN-0600").
func (s *scanner) midnightIn(i, j int) bool {
	for k := i; k <= j; k++ {
		if w := s.lowerTok(k); s.toks[k].kind == tkWord && (string(w) == "mn" || string(w) == "noon") {
			return true
		}
	}
	return false
}

// withoutPlural drops the "'s" of a value written in the plural or run
// into its measure: "ST120'S", "800stv's", "PAD'S18" (a view of c, or a new
// string when the "'s" is inside).
func withoutPlural(c string) string {
	for k := 0; k+1 < len(c); k++ {
		if c[k] == '\'' && (c[k+1]|0x20) == 's' {
			return c[:k] + c[k+2:]
		}
	}
	return c
}

// wordValue: a word of four letters or more run into a value, perhaps
// with its unit ("TYLENOL650MG", "Keppra500", "sats98"): the word is an
// everyday or clinical word and no name, the value has at most four digits
// and the unit at most three letters.
func (s *scanner) wordValue(c string) bool {
	l := 0
	for l < len(c) && isLetterASCII(c[l]) {
		l++
	}
	d := 0
	for l+d < len(c) && isDigitASCII(c[l+d]) {
		d++
	}
	u := 0
	for l+d+u < len(c) && isLetterASCII(c[l+d+u]) {
		u++
	}
	if l < 4 || d == 0 || d > 4 || u > 3 || l+d+u != len(c) {
		return false
	}
	var buf [32]byte
	if l > len(buf) {
		return false
	}
	w := buf[:l]
	for k := 0; k < l; k++ {
		w[k] = c[k] | 0x20
	}
	f := s.lex.word(w)
	return f&fNameAny == 0 && (f&(fCommon|fClinical) != 0 || clinicalTerms()[string(w)])
}

func measureChunk(c string) bool {
	d, l := 0, 0
	for d < len(c) && isDigitASCII(c[d]) {
		d++
	}
	if d == len(c) {
		return d <= 3
	}
	if d > 0 { // digits first: a suffix, or a dimension
		rest := c[d:]
		if rest[0] == 'x' || rest[0] == 'X' {
			return dimension(c)
		}
		for l < len(rest) && isLetterASCII(rest[l]) {
			l++
		}
		if strings.EqualFold(rest, "cmh20") || strings.EqualFold(rest, "cmh2o") {
			return d <= 3 // "15cmH20": a pressure
		}
		if d <= 4 && len(rest) > 2 && (strings.EqualFold(rest[:2], "cc") || strings.EqualFold(rest[:2], "ml")) && isLetterASCII(rest[2]) {
			return true // "160ccstraw colored": a volume run into the next word
		}
		return d <= 4 && l == len(rest) && l <= 6
	}
	if (c[0] == 'x' || c[0] == 'X') && len(c) > 1 && isDigitASCII(c[1]) && dimension(c[1:]) {
		return true // "x25x500x40"
	}
	if gasMeasure(c) {
		return true // "o2sat", "SpO2": a measure with a digit in its name
	}
	for l < len(c) && isLetterASCII(c[l]) {
		l++
	}
	n := 0
	for l+n < len(c) && isDigitASCII(c[l+n]) {
		n++
	}
	return l <= 4 && n >= 1 && n <= 2 && l+n == len(c) || l+n == len(c) && n <= 4 && measurePrefix(c[:l])
}

// measurePrefix: the letters before a value written as one token in notes
// ("sats100", "plts106", "vt300", "hr80", "ST120", "Sao298": SaO2 98).
func measurePrefix(p string) bool {
	switch strings.ToLower(p) {
	case "sat", "sats", "plt", "plts", "vt", "tv", "hr", "rr", "bp", "sbp", "map", "cvp", "pap", "gluc", "bs", "fs", "k", "na", "hct", "wbc", "inr", "ptt", "peep", "ps", "psv", "fio", "spo",
		"sao", "st", "sr", "sb", "nsr", "pad", "pas", "ci", "co", "tmax":
		return true
	}
	return false
}

// gasMeasure: a measure of the blood gases or the breath whose name has a
// digit ("o2sat", "SpO2", "etco2").
func gasMeasure(c string) bool {
	switch strings.ToLower(c) {
	case "o2", "o2sat", "o2sats", "spo2", "sao2", "sa02", "sp02", "fio2", "etco2", "pco2", "paco2", "po2", "pao2", "h2o":
		return true
	}
	return false
}

// dimension: numbers joined by x ("700x10", "650X10X100"); a ventilator's
// settings may open with the x and close with the mode ("x25x500x40",
// "800x12AC").
func dimension(c string) bool {
	parts := strings.FieldsFunc(c, func(r rune) bool { return r == 'x' || r == 'X' })
	for n, p := range parts {
		k := 0
		for k < len(p) && isDigitASCII(p[k]) {
			k++
		}
		if k == 0 || k > 4 {
			return false
		}
		if k < len(p) {
			// letters only after the last number: the mode
			if n != len(parts)-1 || len(p)-k > 4 {
				return false
			}
			for _, r := range p[k:] {
				if !isLetterASCII(byte(r)) {
					return false
				}
			}
		}
	}
	return len(parts) >= 2
}

// dateRangeAfter: the m/d that ends at token j is followed by a second one
// through "-", "to", "or", "and", "through": "7/3 - 7/9", "8/9 or 8/10".
func (s *scanner) dateRangeAfter(j int) bool {
	k := j + 1
	if k >= len(s.toks) {
		return false
	}
	if !s.isPunct(k, '-') {
		switch string(s.lowerTok(k)) {
		case "to", "or", "and", "through", "thru", "until", "til":
		default:
			return false
		}
	}
	return s.monthDayAt(k + 1)
}

// monthDayAt: tokens k, k+1, k+2 are a valid m/d with no third group.
func (s *scanner) monthDayAt(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].kind != tkNum || !s.isPunct(k+1, '/') || s.toks[k+2].kind != tkNum || s.isPunct(k+3, '/') {
		return false
	}
	m, d := s.toks[k].val, s.toks[k+2].val
	return s.toks[k].end-s.toks[k].start <= 2 && s.toks[k+2].end-s.toks[k+2].start <= 2 && validDate(int(m), int(d))
}

// intlPhone: a phone number written the way most of the world writes
// them, in groups of two to five digits after a country code or a trunk
// zero: "+46 (0)179 459 33", "+49 30 123456", "079 2718 1155", "(08) 8747 6301", "0489 25
// 37 29". Eight to thirteen digits, at least three groups (two after '+').
func (s *scanner) intlPhone(r *numRun, n int) bool {
	if n < 8 || n > 13 || r.spoken > 0 || r.decimal {
		return false
	}
	for _, c := range r.seps {
		if c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' {
			return false
		}
	}
	plus := r.i > 0 && s.isPunct(r.i-1, '+')
	cued := s.cueBefore(r.i, 4) == Phone // "messages to 699 956 915"
	for k, g := range r.groups {
		// one-digit groups only as a country code or the "(0)" after it;
		// after a country code the subscriber's number may come whole
		// ("+49 30 1234567")
		if g > 5 && !(plus && k == len(r.groups)-1 && k >= 2 && g <= 8) || g == 1 && !(plus && k <= 1) {
			return false
		}
	}
	lead := r.digits[0] == '0' || r.open >= 0 || cued
	return (plus || lead) && len(r.groups) >= 3 || plus && len(r.groups) >= 2
}

// numCtx is what the number rules read about a run of digits.
type numCtx struct {
	s   *scanner
	r   *numRun
	d   string // the digits
	n   int    // len(d)
	cue Type   // the type announced by the words before the run
}

// strengthSaid: the run is said in words right after a drug's or a
// device's brand, with no cue: its strength ("the advair two fifty fifty",
// "symbicort one sixty four point five"), not an identifier.
func (c *numCtx) strengthSaid() bool {
	p := c.r.i - 1
	if c.cue != "" || c.r.spoken == 0 || p < 0 || !c.s.adjacent(p, c.r.i) {
		return false
	}
	return c.s.brandBefore(c.r.i) && !c.s.toks[c.r.i].is(fOrdWord)
}

// oneDigitSaid: the run is a nine or a one said over and over (at most
// six times) with no cue but a call: "call the nine nine, nine nine nine"
// is an emergency or advice line (999, 111) said with a stutter, no
// identifier; a PIN announced as such, or "call me on five five five
// five", still is one.
func (c *numCtx) oneDigitSaid() bool {
	return (c.cue == "" || c.cue == Phone) && c.r.spoken > 0 && c.n <= 6 && (c.d[0] == '9' || c.d[0] == '1') && strings.Count(c.d, c.d[:1]) == c.n
}

// yearPrepBefore: the word right before token i says a year follows ("in",
// "since", "until", "by", "from", "back in").
func (s *scanner) yearPrepBefore(i int) bool {
	p := i - 1
	if p < 0 || s.toks[p].kind != tkWord || !s.adjacent(p, i) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "in", "since", "until", "till", "by", "from", "circa":
		return true
	}
	return false
}

// singleDigits counts the words of the run that are one digit ("oh",
// "seven").
func (c *numCtx) singleDigits() int {
	n := 0
	for k := c.r.i; k <= c.r.j; k++ {
		if t := &c.s.toks[k]; t.kind == tkWord && t.f&fNumWord != 0 && t.val >= 0 && t.val <= 9 {
			n++
		}
	}
	return n
}

// brandBefore: the word right before token i, a comma between at most,
// is a drug's or a device's brand ("Suboxone, 8/2", "the advair two
// fifty fifty").
func (s *scanner) brandBefore(i int) bool {
	p := s.prevWord(i, 1)
	if p < 0 || p < i-2 || p == i-2 && !s.isPunct(i-1, ',') {
		return false
	}
	t := &s.toks[p]
	return t.kind == tkWord && t.is(fCountry) && t.is(fNonPHI) && !t.is(fNameAny|fCity|fState)
}

// digitsOneByOne: the run's digits are written one by one with spaces
// between, as a code read out is written ("Code is 0 9 1 4").
func (c *numCtx) digitsOneByOne() bool {
	if c.r.spoken != 0 || !singleDigits(c.r) {
		return false
	}
	for _, sep := range c.r.seps {
		if sep != ' ' {
			return false
		}
	}
	return true
}

// readingsSaid: with no cue, the run is two or more readings from 100 to
// 299 said the way people say them, "one" or "two" and then tens or
// "hundred": "one forty one forty two over ninety", "one eighty, two
// hundred in the mornings" (blood pressures, sugars, weights). Identifiers
// are said digit by digit or in pairs.
func (c *numCtx) readingsSaid() bool {
	if c.cue != "" || c.r.spoken == 0 {
		return false
	}
	s := c.s
	n := 0
	i := c.r.i
	if t := &s.toks[i]; t.kind == tkWord && t.val >= 20 && t.val <= 90 && i > 0 && s.toks[i-1].kind == tkWord && (s.toks[i-1].val == 1 || s.toks[i-1].val == 2) && s.toks[i-1].is(fNumWord) {
		i-- // the run was read from the tens of "one forty one forty two"
	}
	for k := i; k <= c.r.j; {
		t := &s.toks[k]
		if t.kind == tkPunct && (s.text[t.start] == ',' || s.text[t.start] == '.') {
			k++
			continue
		}
		if t.kind == tkWord && t.is(fNumWord) && t.val >= 20 && t.val <= 90 && t.val%10 == 0 && k+1 <= c.r.j && s.toks[k+1].kind == tkPunct {
			k++ // "over ninety. one eighty, two hundred": a reading of two digits, then a pause
			continue
		}
		if t.kind != tkWord || t.val != 1 && t.val != 2 || !t.is(fNumWord) || k+1 > c.r.j {
			return false
		}
		u := &s.toks[k+1]
		switch {
		case u.kind == tkWord && string(s.lowerTok(k+1)) == "hundred":
			k += 2
		case u.kind == tkWord && u.is(fNumWord) && u.val >= 20 && u.val <= 90 && u.val%10 == 0:
			k += 2
			if k <= c.r.j && s.toks[k].kind == tkWord && s.toks[k].is(fNumWord) && s.toks[k].val >= 1 && s.toks[k].val <= 9 && s.adjacent(k-1, k) &&
				!(k+1 <= c.r.j && s.toks[k+1].kind == tkWord && (s.toks[k+1].is(fNumWord) && s.toks[k+1].val >= 20 || string(s.lowerTok(k+1)) == "hundred")) {
				k++ // "one forty two" (not the "one" of "one forty one forty")
			}
		default:
			return false
		}
		n++
	}
	return n >= 2
}

// numberRule types a run of digits by its length, shape, validators and
// the cue before it. The first rule that matches decides; a rule that
// matches with no type says the run is no identifier.
type numberRule struct {
	src   string // the Source label of its findings
	match func(c *numCtx) (Type, float64, bool)
}

func yearDigits(d string) bool { return d[:2] == "19" || d[:2] == "20" }

var numberRules = []numberRule{
	{"number/postcode-au", func(c *numCtx) (Type, float64, bool) { // four digits after an Australian state's code: "Moorooka QLD 4105"
		return Zip, 0.85, c.n == 4 && len(c.r.groups) == 1 && c.r.spoken == 0 && c.s.auStateBefore(c.r.i)
	}},
	{"", func(c *numCtx) (Type, float64, bool) { // a spoken year is no identifier ("nineteen eighty seven"; not read digit by digit: "one nine eight seven")
		return "", 0, c.n == 4 && c.r.spoken > 0 && yearDigits(c.d) && c.s.cueBefore(c.r.i, 2) == "" && c.singleDigits() < 4
	}},
	{"", func(c *numCtx) (Type, float64, bool) { // "gave up the car in 2016": a year after "in", whatever cue came before
		return "", 0, c.n == 4 && c.cue != Date && yearDigits(c.d) && len(c.r.groups) <= 1 && c.s.yearPrepBefore(c.r.i)
	}},
	{"number/spoken-date", func(c *numCtx) (Type, float64, bool) { // "oh three one four nineteen fifty six"
		return Date, 0.85, c.r.spoken > 0 && (c.n == 6 || c.n == 8) && digitDate(c.d) && (c.cue == Date || c.cue == "" || c.cue == ID)
	}},
	{"number/cued-date", func(c *numCtx) (Type, float64, bool) { // "dob 03141956"
		return Date, 0.8, c.cue == Date && c.n >= 4 && c.n <= 8 && !(c.n == 4 && yearDigits(c.d))
	}},
	{"number/ssn", func(c *numCtx) (Type, float64, bool) {
		g := c.r.groups
		return SSN, 0.95, c.n == 9 && (c.cue == SSN || len(g) == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4) && validSSN(c.d)
	}},
	{"number/area-code", func(c *numCtx) (Type, float64, bool) { // "area code six one seven, then ..."
		return Phone, 0.85, c.n == 3 && c.s.areaCodeBefore(c.r.i)
	}},
	{"number/fax", func(c *numCtx) (Type, float64, bool) {
		return Fax, 0.95, c.cue == Fax && c.n >= 7 && c.n <= 11
	}},
	{"number/npi", func(c *numCtx) (Type, float64, bool) {
		if c.cue != NPI || c.n != 10 {
			return "", 0, false
		}
		if validNPI(c.d) {
			return NPI, 0.97, true
		}
		return NPI, 0.9, true
	}},
	{"number/cued", func(c *numCtx) (Type, float64, bool) { // "member id 4471920", "zip 44106"
		if c.cue == "" || c.cue == ID || c.cue == Phone || c.n < 4 || c.s.dashRange(c.r) {
			return "", 0, false
		}
		if c.yearAfterIn() {
			return "", 0, true // "born in nineteen forty five": a year alone
		}
		if c.cue == Zip && c.n != 5 && c.n != 9 {
			return ID, 0.9, true
		}
		return c.cue, 0.9, true
	}},
	{"number/phone-nanp", func(c *numCtx) (Type, float64, bool) { // ten digits, or 1 and ten
		return Phone, 0.93, c.n == 10 && (validNANP(c.d) || c.r.spoken > 0 || c.cue == Phone) || c.n == 11 && c.d[0] == '1' && validNANP(c.d[1:])
	}},
	{"number/phone-local", func(c *numCtx) (Type, float64, bool) { // "555-1212", said or cued
		r := c.r
		return Phone, 0.85, c.n == 7 && (c.cue == Phone || r.spoken > 0 || len(r.groups) == 2 && r.groups[0] == 3 && r.sep0() == '-')
	}},
	{"number/zip", func(c *numCtx) (Type, float64, bool) {
		return Zip, 0.9, c.n == 5 && c.s.zipContext(c.r.i, c.d, c.r.spoken > 0)
	}},
	{"number/zip4", func(c *numCtx) (Type, float64, bool) {
		r := c.r
		return Zip, 0.9, c.n == 9 && len(r.groups) == 2 && r.groups[0] == 5 && r.sep0() == '-' &&
			(c.cue == Zip || c.s.zipContext(r.i, c.d[:5], false) || c.s.isStateBefore(r.i))
	}},
	{"number/card", func(c *numCtx) (Type, float64, bool) { // Luhn-valid 13 to 19 digits
		return Account, 0.9, c.n >= 13 && c.n <= 19 && luhn(c.d)
	}},
	{"number/ssn-shaped", func(c *numCtx) (Type, float64, bool) { // nine digits a valid SSN could be
		return ID, 0.75, c.n == 9 && validSSN(c.d) && len(c.r.groups) == 1 && c.r.spoken == 0 && c.cue == ""
	}},
	{"number/long", func(c *numCtx) (Type, float64, bool) { // five digits or more: some identifier
		if c.n < 5 {
			return "", 0, false
		}
		if c.oneDigitSaid() || c.readingsSaid() || c.s.dashRange(c.r) || c.strengthSaid() {
			return "", 0, true // (a range of values: "ref 143-693", "120-140")
		}
		if c.cue == Phone && c.n >= 7 {
			return Phone, 0.9, true
		}
		return ID, 0.7, true
	}},
	{"number/short-cued", func(c *numCtx) (Type, float64, bool) { // four digits after a cue, or said digit by digit
		if c.n != 4 || !(c.cue != "" && (c.cue != ID || c.s.idWordBefore(c.r.i) || c.digitsOneByOne()) || c.r.spoken >= 4 && c.singleDigits() >= 3 || c.s.lastFourBefore(c.r.i)) || c.s.dashRange(c.r) {
			return "", 0, false // ("eighty seven, eighty eight": two values, no digits read out)
		}
		if c.oneDigitSaid() || c.readingsSaid() || c.yearAfterIn() {
			return "", 0, true
		}
		if c.cue == "" || c.cue == Zip {
			return ID, 0.6, true
		}
		return c.cue, 0.6, true
	}},
}

// lastFourBefore: "the last four" of a number, its digits or numbers
// perhaps said, then "are", "is" or a colon, stand right before token i
// ("the last four are 6621", "last four digits: 1234"): the end of an
// identifier read out.
func (s *scanner) lastFourBefore(i int) bool {
	k := s.prevWord(i, 1)
	if k >= 0 && (string(s.lowerTok(k)) == "are" || string(s.lowerTok(k)) == "is") {
		k = s.prevWord(k, 0)
	}
	if k >= 0 {
		switch string(s.lowerTok(k)) {
		case "digits", "numbers":
			k = s.prevWord(k, 0)
		}
	}
	if k < 1 || s.toks[k].kind != tkWord && s.toks[k].kind != tkNum || string(s.lowerTok(k)) != "four" && string(s.lowerTok(k)) != "4" {
		return false
	}
	l := s.prevWord(k, 0)
	return l == k-1 && string(s.lowerTok(l)) == "last"
}

// yearAfterIn: "born in" before four digits that read as a year of
// someone younger than 89: the year alone, which Safe Harbor leaves
// ("born in nineteen forty five", "born in 1945"). A year that may say an
// age over 89, or any year when the encounter's patient is over 89, stays
// a date (detectOver89 reads those too).
func (c *numCtx) yearAfterIn() bool {
	s, i := c.s, c.r.i
	if c.cue != Date || c.n != 4 || c.d[:2] != "19" && c.d[:2] != "20" || i < 2 || s.toks[i-1].kind != tkWord || string(s.lowerTok(i-1)) != "in" ||
		string(s.lowerTok(i-2)) != "born" || s.known.Over89() {
		return false
	}
	y := int(c.d[0]-'0')*1000 + int(c.d[1]-'0')*100 + int(c.d[2]-'0')*10 + int(c.d[3]-'0')
	return s.refYear()-y < SafeHarborAgeCap-1
}

// codeSystemBefore: the run at token i is a code of a public billing,
// diagnosis or drug vocabulary, named right before it, "code" or a colon
// between or none ("CPT 99214", "cpt code 99213", "NDC: 0002-8215-01",
// "ICD-10 code 25000"). Such codes are the same for every patient; a
// member or claim number names one ("claim 448812" stays an ID).
func (s *scanner) codeSystemBefore(i int) bool {
	k := s.prevWord(i, 1)
	coded := false
	if k >= 0 && (string(s.lowerTok(k)) == "code" || string(s.lowerTok(k)) == "codes") {
		k, coded = s.prevWord(k, 1), true
	}
	if k >= 0 && s.toks[k].kind == tkNum && (string(s.lowerTok(k)) == "9" || string(s.lowerTok(k)) == "10") {
		k, coded = s.prevWord(k, 1), true // "ICD-10", "icd 9"
	}
	if k < 0 {
		return false
	}
	switch string(s.lowerTok(k)) {
	case "cpt", "hcpcs", "ndc", "drg", "loinc", "snomed", "rxnorm", "rxcui", "icd9", "icd10":
		return true
	case "icd":
		return coded // "ICD 4471920" alone is a defibrillator's serial
	}
	return false
}

// numberSources are the Source labels of numberRules.
func numberSources() []string {
	out := make([]string, 0, len(numberRules))
	for _, r := range numberRules {
		if r.src != "" {
			out = append(out, r.src)
		}
	}
	return out
}

// valueChain reports values written together in notes rather than an
// identifier: a chain joined by hyphens with a decimal in it ("2245-105-4.7",
// "30-50-400-5.0", "96-97.6"), or a value with the one before it in
// parentheses ("143(150)", "105 (103)").
func valueChain(r *numRun, raw string) bool {
	if len(r.groups) == 2 && r.sep0() == '(' {
		return true
	}
	return strings.IndexByte(raw, '-') >= 0 && strings.IndexByte(raw, '.') >= 0 && !strings.ContainsAny(raw, "/()")
}

// ukPostcode reads a British postcode at token i: the outward code (one or
// two letters, a digit, then a digit or a letter: "LS6", "M14", "SW1A"),
// a space, and the inward code (a digit and two letters of those a
// postcode uses: "2QT", "5RB"). Written in capitals, or in any case after
// a cue to a postal code ("my postcode is ls6 2qt"); an ordinal is no
// inward code ("T4 3rd"). It returns the inward code's token, or -1.
func (s *scanner) ukPostcode(i int) int {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind != tkAlnum || s.toks[n].end-s.toks[n].start != 3 || s.toks[n].start != s.toks[i].end+1 {
		return -1
	}
	out, in := s.tokText(i), s.tokText(n)
	if !postcodeOutward(out) || !postcodeInward(in) {
		return -1
	}
	upper := func(w string) bool {
		for k := 0; k < len(w); k++ {
			if w[k] >= 'a' && w[k] <= 'z' {
				return false
			}
		}
		return true
	}
	if !(upper(out) && upper(in)) && s.cueBefore(i, 3) != Zip {
		return -1
	}
	if ordinalDigits(strings.ToLower(in)) > 0 && s.cueBefore(i, 3) != Zip {
		return -1 // "3RD", "1ST": an ordinal
	}
	return n
}

// otherPostcode reads a Canadian postal code ("H2X 3J8": a letter, a
// digit and a letter, then a digit, a letter and a digit, of the letters
// Canada Post uses) or an Irish Eircode ("D02 XY45", "A65 F4E2": a routing
// key of a letter and two digits, then four of the letters and digits the
// unique identifier uses, at least one of each) at token i, written in
// capitals, or in any case after a cue to a postal code. It returns the
// second part's token, or -1.
func (s *scanner) otherPostcode(i int) int {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind != tkAlnum || s.toks[i].end-s.toks[i].start != 3 || s.toks[n].start != s.toks[i].end+1 {
		return -1
	}
	a, b := s.tokText(i), s.tokText(n)
	if !(isUpperAlnum(a) && isUpperAlnum(b)) && s.cueBefore(i, 3) != Zip {
		return -1
	}
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	const caLetters = "ABCEGHJKLMNPRSTVWXYZ" // no D, F, I, O, Q, U
	ca := func(c byte) bool { return strings.IndexByte(caLetters, c) >= 0 }
	if len(b) == 3 && ca(a[0]) && a[0] != 'W' && a[0] != 'Z' && isDigitASCII(a[1]) && ca(a[2]) && isDigitASCII(b[0]) && ca(b[1]) && isDigitASCII(b[2]) {
		return n
	}
	const ieChars = "0123456789ACDEFHKNPRTVWXY"
	if len(b) == 4 && isLetterASCII(a[0]) && isDigitASCII(a[1]) && (isDigitASCII(a[2]) || a == "D6W") {
		digits, letters := 0, 0
		for k := 0; k < 4; k++ {
			if strings.IndexByte(ieChars, b[k]) < 0 {
				return -1
			}
			if isDigitASCII(b[k]) {
				digits++
			} else {
				letters++
			}
		}
		if digits > 0 && letters > 0 {
			return n
		}
	}
	return -1
}

// isUpperAlnum: w has no lower-case ASCII letter.
func isUpperAlnum(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 'a' && w[k] <= 'z' {
			return false
		}
	}
	return true
}

// postcodeOutward: the outward code of a British postcode: A9, A99, A9A,
// AA9, AA99, AA9A (any case).
func postcodeOutward(w string) bool {
	k := 0
	for k < len(w) && k < 2 && isLetterASCII(w[k]) {
		k++
	}
	if k == 0 || k >= len(w) || !isDigitASCII(w[k]) {
		return false
	}
	rest := w[k+1:]
	switch len(rest) {
	case 0:
		return true
	case 1:
		return isDigitASCII(rest[0]) || isLetterASCII(rest[0])
	}
	return false
}

// postcodeInward: the inward code of a British postcode: a digit and two
// letters, none of C, I, K, M, O, V.
func postcodeInward(w string) bool {
	if len(w) != 3 || !isDigitASCII(w[0]) {
		return false
	}
	for _, c := range []byte(w[1:]) {
		if !isLetterASCII(c) || strings.IndexByte("cikmovCIKMOV", c) >= 0 {
			return false
		}
	}
	return true
}

// spacedNINO returns the last token of a UK National Insurance number
// written in its groups from token i ("JT 48 27 19 C": two capitals, three
// pairs of digits, a letter A to D), or -1.
func (s *scanner) spacedNINO(i int) int {
	a, b := s.text[s.toks[i].start], s.text[s.toks[i].start+1]
	if strings.IndexByte("DFIQUV", a) >= 0 || strings.IndexByte("DFIOQUV", b) >= 0 {
		return -1 // the prefixes HMRC never issues
	}
	cued := false // "NI is JT 48 27 19 C", "national insurance number JT …" (not "BP 12 34 56 A")
	for p, n := s.prevWord(i, 1), 0; p >= 0 && n < 4; p, n = s.prevWord(p, 1), n+1 {
		if w := string(s.lowerTok(p)); w == "ni" || w == "nino" || w == "insurance" {
			cued = true
			break
		}
	}
	if !cued {
		return -1
	}
	switch string([]byte{a, b}) {
	case "BG", "GB", "NK", "KN", "TN", "NT", "ZZ":
		return -1
	}
	k := i
	for g := 0; g < 3; g++ {
		k++
		if k >= len(s.toks) || s.toks[k].kind != tkNum || s.toks[k].end-s.toks[k].start != 2 || !s.adjacent(k-1, k) {
			return -1
		}
	}
	k++
	if k >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].end-s.toks[k].start != 1 || !s.adjacent(k-1, k) {
		return -1
	}
	if c := s.text[s.toks[k].start]; c < 'A' || c > 'D' {
		return -1
	}
	return k
}
