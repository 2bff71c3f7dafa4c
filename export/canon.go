package export

import (
	"bytes"
	"errors"
	"slices"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// canonicalJSON appends to dst the canonical form of the JSON value in src:
// byte for byte what encoding/json's Marshal writes for the value that a
// json.Decoder with UseNumber decodes from src into an any. Fingerprints of
// earlier runs are stored on disk, so the bytes must never change; the
// reference (decode, then Marshal) lives in canon_test.go and
// FuzzCanonicalJSON compares the two.
//
// What that means, rule by rule:
//   - objects: one member per decoded key (the last one wins, as in a map),
//     sorted by the decoded (unescaped) key in Go string order;
//   - strings: decoded as encoding/json decodes them (invalid UTF-8 and
//     lone surrogates become U+FFFD), then escaped as Marshal escapes them
//     (HTML-safe: <, >, & as \u003c, \u003e, \u0026; U+2028, U+2029);
//   - numbers: the literal as written (json.Number is written verbatim);
//   - no white space.
//
// The value is parsed once, and written as it is parsed: an object whose
// keys are already in order and distinct (the usual case) is never moved;
// only one that is not is rewritten in place in sorted order.
//
// Input is accepted and refused as json.Decoder.Decode followed by
// Decoder.More accepts and refuses it: errNotJSON for anything the decoder
// refuses (including nesting deeper than its 10000 levels), errTrailing
// when More would report another value. Neither carries any of the input.
func canonicalJSON(dst, src []byte) ([]byte, error) {
	c := getCanonicaliser()
	defer putCanonicaliser(c)
	return c.canonical(dst, src)
}

var (
	errNotJSON  = errors.New("not JSON")
	errTrailing = errors.New("trailing data")
)

// maxDepth is the nesting depth encoding/json's scanner refuses beyond.
const maxDepth = 10000

// canonicaliser holds the scratch space of one canonicalisation; pooled,
// so that a call in the steady state allocates nothing.
type canonicaliser struct {
	src  []byte
	pos  int
	out  []byte   // the output buffer FingerprintOf reuses
	keys []byte   // decoded keys of the objects being parsed, a stack
	mems []member // members of the objects being parsed, a stack
	tmp  []byte   // copy of an object's members while they are reordered
}

// member is one object member already written to the output: its decoded
// key (at keys[keyOff:keyEnd]) and its `"key":value` bytes (out[start:end]).
type member struct {
	keyOff, keyEnd int
	start, end     int
}

var canonPool = sync.Pool{New: func() any { return new(canonicaliser) }}

func getCanonicaliser() *canonicaliser { return canonPool.Get().(*canonicaliser) }

// putCanonicaliser returns c to the pool, unless one huge input made its
// buffers too big to be worth keeping.
func putCanonicaliser(c *canonicaliser) {
	const keep = 1 << 20
	if cap(c.out) > keep || cap(c.tmp) > keep || cap(c.keys) > keep {
		return
	}
	c.src = nil
	c.out = c.out[:0]
	canonPool.Put(c)
}

func (c *canonicaliser) canonical(dst, src []byte) ([]byte, error) {
	c.src, c.pos = src, 0
	c.keys, c.mems = c.keys[:0], c.mems[:0]
	c.skipSpace()
	dst, err := c.value(dst, 0)
	if err != nil {
		return dst, err
	}
	// Decoder.More: another value follows unless only white space is left
	// or the next byte closes an (absent) array or object.
	c.skipSpace()
	if c.pos < len(c.src) && c.src[c.pos] != ']' && c.src[c.pos] != '}' {
		return dst, errTrailing
	}
	return dst, nil
}

// isSpace is JSON white space, as encoding/json defines it.
func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r'
}

func (c *canonicaliser) skipSpace() {
	for c.pos < len(c.src) && isSpace(c.src[c.pos]) {
		c.pos++
	}
}

// value writes the value starting at c.pos (white space already skipped);
// depth is the number of arrays and objects it is inside.
func (c *canonicaliser) value(dst []byte, depth int) ([]byte, error) {
	if c.pos >= len(c.src) {
		return dst, errNotJSON
	}
	switch b := c.src[c.pos]; {
	case b == '{':
		return c.object(dst, depth+1)
	case b == '[':
		return c.array(dst, depth+1)
	case b == '"':
		return c.str(dst, nil)
	case b == 't':
		return c.literal(dst, "true")
	case b == 'f':
		return c.literal(dst, "false")
	case b == 'n':
		return c.literal(dst, "null")
	case b == '-' || '0' <= b && b <= '9':
		return c.number(dst)
	}
	return dst, errNotJSON
}

func (c *canonicaliser) literal(dst []byte, lit string) ([]byte, error) {
	if !bytes.HasPrefix(c.src[c.pos:], []byte(lit)) {
		return dst, errNotJSON
	}
	c.pos += len(lit)
	return append(dst, lit...), nil
}

// number copies a number literal after checking it against the JSON
// grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?. It stops at the
// first byte that cannot continue it (so "01" is the number 0 followed by
// trailing data, as for json.Decoder).
func (c *canonicaliser) number(dst []byte) ([]byte, error) {
	s, i := c.src, c.pos
	if s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		i = skipDigits(s, i)
	default:
		return dst, errNotJSON
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) || !isDigit(s[i]) {
			return dst, errNotJSON
		}
		i = skipDigits(s, i)
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || !isDigit(s[i]) {
			return dst, errNotJSON
		}
		i = skipDigits(s, i)
	}
	dst = append(dst, s[c.pos:i]...)
	c.pos = i
	return dst, nil
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func skipDigits(s []byte, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func (c *canonicaliser) array(dst []byte, depth int) ([]byte, error) {
	if depth > maxDepth {
		return dst, errNotJSON
	}
	c.pos++ // [
	dst = append(dst, '[')
	c.skipSpace()
	if c.pos < len(c.src) && c.src[c.pos] == ']' {
		c.pos++
		return append(dst, ']'), nil
	}
	for {
		var err error
		if dst, err = c.value(dst, depth); err != nil {
			return dst, err
		}
		c.skipSpace()
		if c.pos >= len(c.src) {
			return dst, errNotJSON
		}
		switch c.src[c.pos] {
		case ',':
			c.pos++
			dst = append(dst, ',')
			c.skipSpace()
		case ']':
			c.pos++
			return append(dst, ']'), nil
		default:
			return dst, errNotJSON
		}
	}
}

func (c *canonicaliser) object(dst []byte, depth int) ([]byte, error) {
	if depth > maxDepth {
		return dst, errNotJSON
	}
	c.pos++ // {
	dst = append(dst, '{')
	c.skipSpace()
	if c.pos < len(c.src) && c.src[c.pos] == '}' {
		c.pos++
		return append(dst, '}'), nil
	}
	base, keysBase := len(c.mems), len(c.keys)
	for {
		if c.pos >= len(c.src) || c.src[c.pos] != '"' {
			return dst, errNotJSON
		}
		m := member{keyOff: len(c.keys), start: len(dst)}
		var err error
		if dst, err = c.str(dst, &c.keys); err != nil {
			return dst, err
		}
		m.keyEnd = len(c.keys)
		c.skipSpace()
		if c.pos >= len(c.src) || c.src[c.pos] != ':' {
			return dst, errNotJSON
		}
		c.pos++
		dst = append(dst, ':')
		c.skipSpace()
		if dst, err = c.value(dst, depth); err != nil {
			return dst, err
		}
		m.end = len(dst)
		c.mems = append(c.mems, m)
		c.skipSpace()
		if c.pos >= len(c.src) {
			return dst, errNotJSON
		}
		if c.src[c.pos] == '}' {
			c.pos++
			break
		}
		if c.src[c.pos] != ',' {
			return dst, errNotJSON
		}
		c.pos++
		dst = append(dst, ',')
		c.skipSpace()
	}
	dst = c.order(dst, c.mems[base:])
	c.mems, c.keys = c.mems[:base], c.keys[:keysBase]
	return append(dst, '}'), nil
}

// order puts an object's members, written in input order, in the order
// Marshal writes a map: sorted by decoded key, one per key, the last one.
// Members already in strictly increasing key order (the common case) stay
// where they are.
func (c *canonicaliser) order(dst []byte, mems []member) []byte {
	key := func(m member) []byte { return c.keys[m.keyOff:m.keyEnd] }
	sorted := true
	for i := 1; i < len(mems); i++ {
		if bytes.Compare(key(mems[i-1]), key(mems[i])) >= 0 {
			sorted = false
			break
		}
	}
	if sorted {
		return dst
	}
	start := mems[0].start // members were written in input order
	// Stable, so that of equal keys the last in the input sorts last.
	slices.SortStableFunc(mems, func(a, b member) int { return bytes.Compare(key(a), key(b)) })
	c.tmp = append(c.tmp[:0], dst[start:]...)
	dst = dst[:start]
	first := true
	for i, m := range mems {
		if i+1 < len(mems) && bytes.Equal(key(m), key(mems[i+1])) {
			continue // a later duplicate wins
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = append(dst, c.tmp[m.start-start:m.end-start]...)
	}
	return dst
}

// str writes the string starting at c.pos (at its opening quote) as
// Marshal writes the string json.Decoder decodes from it. If keys is not
// nil, the decoded string is also appended to *keys.
func (c *canonicaliser) str(dst []byte, keys *[]byte) ([]byte, error) {
	s := c.src
	i := c.pos + 1
	dst = append(dst, '"')
	for {
		// Runs of bytes that decode to themselves and Marshal writes
		// as they are: printable ASCII that needs no escape, and valid
		// UTF-8 other than U+2028 and U+2029.
		start := i
		for i < len(s) {
			b := s[i]
			if b < utf8.RuneSelf {
				if !htmlSafe[b] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
				break
			}
			i += size
		}
		dst = append(dst, s[start:i]...)
		if keys != nil {
			*keys = append(*keys, s[start:i]...)
		}
		if i >= len(s) {
			return dst, errNotJSON // unterminated
		}
		b := s[i]
		switch {
		case b == '"':
			c.pos = i + 1
			return append(dst, '"'), nil
		case b < ' ':
			return dst, errNotJSON // control characters must be escaped
		case b == '\\':
			r, n, ok := unescape(s[i:])
			if !ok {
				return dst, errNotJSON
			}
			i += n
			dst = appendRune(dst, r)
			if keys != nil {
				*keys = utf8.AppendRune(*keys, r)
			}
		case b < utf8.RuneSelf:
			// <, > or &: decoded as is, written escaped.
			i++
			dst = appendRune(dst, rune(b))
			if keys != nil {
				*keys = append(*keys, b)
			}
		default:
			r, size := utf8.DecodeRune(s[i:])
			// Invalid UTF-8 decodes as U+FFFD, one per byte (and a
			// U+FFFD decoded is written as is, not as \ufffd).
			i += size
			dst = appendRune(dst, r)
			if keys != nil {
				*keys = utf8.AppendRune(*keys, r)
			}
		}
	}
}

// unescape decodes the escape sequence at the start of s (s[0] == '\\'):
// the rune and the number of bytes it takes. As encoding/json decodes a
// \u escape: a surrogate pair is one rune; a surrogate that is not the
// first half of a pair followed by the second is U+FFFD, and whatever
// follows it is decoded on its own.
func unescape(s []byte) (r rune, n int, ok bool) {
	if len(s) < 2 {
		return 0, 0, false
	}
	switch s[1] {
	case '"', '\\', '/':
		return rune(s[1]), 2, true
	case 'b':
		return '\b', 2, true
	case 'f':
		return '\f', 2, true
	case 'n':
		return '\n', 2, true
	case 'r':
		return '\r', 2, true
	case 't':
		return '\t', 2, true
	case 'u':
		r = hex4(s[2:])
		if r < 0 {
			return 0, 0, false
		}
		if !utf16.IsSurrogate(r) {
			return r, 6, true
		}
		if len(s) >= 8 && s[6] == '\\' && s[7] == 'u' {
			if r2 := hex4(s[8:]); r2 >= 0 {
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					return dec, 12, true
				}
			}
		}
		return utf8.RuneError, 6, true
	}
	return 0, 0, false
}

// hex4 is the value of the four hex digits at the start of s, or -1.
func hex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, b := range s[:4] {
		switch {
		case '0' <= b && b <= '9':
			b -= '0'
		case 'a' <= b && b <= 'f':
			b -= 'a' - 10
		case 'A' <= b && b <= 'F':
			b -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(b)
	}
	return r
}

// appendRune writes one decoded rune as Marshal writes it in a string.
func appendRune(dst []byte, r rune) []byte {
	const hexDigits = "0123456789abcdef"
	if r >= utf8.RuneSelf {
		if r == '\u2028' || r == '\u2029' {
			return append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		}
		return utf8.AppendRune(dst, r)
	}
	b := byte(r)
	if htmlSafe[b] {
		return append(dst, b)
	}
	switch b {
	case '\\', '"':
		return append(dst, '\\', b)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	// Other control characters, and <, > and & (HTML-safe escaping).
	return append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
}

// htmlSafe holds the ASCII bytes Marshal writes in a string as they are:
// all but the control characters, " and \, and <, > and &.
var htmlSafe = func() (t [utf8.RuneSelf]bool) {
	for b := ' '; b < utf8.RuneSelf; b++ {
		t[b] = true
	}
	for _, b := range `"\<>&` {
		t[b] = false
	}
	return t
}()
