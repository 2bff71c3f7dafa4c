package redact

import (
	"embed"
	"strconv"
	"strings"

	"github.com/deid-project/deid/deid"
)

// Surrogates are realistic fakes drawn with the key from small embedded
// lists or built in the shape of the original, always in ranges reserved for
// fiction where one exists (555-01XX phone numbers, example.org, 192.0.2.0/24,
// 2001:db8::/32, SSN areas 9XX, NPIs that fail their check digit).

//go:embed surrogates/*.txt
var surrogateFS embed.FS

var (
	firstNames = readList("surrogates/first-names.txt", "")
	surnames   = readList("surrogates/surnames.txt", "")
	cities     = readList("surrogates/places.txt", "city")
	counties   = readList("surrogates/places.txt", "county")
	streets    = readList("surrogates/places.txt", "street")
	streetSuf  = readList("surrogates/places.txt", "street_suffix")
	facPrefix  = readList("surrogates/places.txt", "facility_prefix")
	facSuffix  = readList("surrogates/places.txt", "facility_suffix")
)

// readList reads a list file, or one [section] of it.
func readList(file, section string) []string {
	b, err := surrogateFS.ReadFile(file)
	if err != nil {
		panic(err)
	}
	var out []string
	cur := ""
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			cur = strings.Trim(line, "[]")
		case cur == section:
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		panic("redact: empty surrogate list " + file + " " + section)
	}
	return out
}

// pick returns the surrogate of the value known as norm, drawing it once per
// scope from gen with a stream keyed on the subject and the value. A draw
// that equals the original, or that another value of the scope already got,
// is drawn again.
func (s *Scope) pick(t deid.Type, norm, orig string, gen func(*stream) string) string {
	s.init()
	m := s.surr[t]
	if m == nil {
		m = map[string]string{}
		s.surr[t] = m
		s.surrOwner[t] = map[string]string{}
	}
	if v, ok := m[norm]; ok {
		return v
	}
	st := s.r.key.stream("surrogate", string(t), s.subject, norm)
	var cand string
	for try := 0; try < 64; try++ {
		cand = gen(st)
		if strings.EqualFold(cand, orig) || strings.EqualFold(cand, norm) || s.forbidden[t][strings.ToLower(cand)] {
			continue
		}
		if owner, ok := s.surrOwner[t][strings.ToLower(cand)]; ok && owner != norm {
			continue
		}
		break
	}
	if strings.EqualFold(cand, orig) {
		cand = "[" + string(t) + "]"
	}
	m[norm] = cand
	s.surrOwner[t][strings.ToLower(cand)] = norm
	return cand
}

func (s *Scope) surrogate(t deid.Type, orig, before string) string {
	switch t {
	case deid.Name:
		return s.surrogateName(orig, before)
	case deid.Phone, deid.Fax:
		return s.digitsSurrogate(t, orig, phoneDigits)
	case deid.SSN:
		return s.digitsSurrogate(t, orig, ssnDigits)
	case deid.NPI:
		return s.digitsSurrogate(t, orig, npiDigits)
	case deid.Email:
		return s.pick(t, normKey(t, orig), orig, func(st *stream) string {
			return strings.ToLower(firstNames[st.intn(len(firstNames))]+"."+surnames[st.intn(len(surnames))]) +
				strconv.Itoa(10+st.intn(90)) + "@example.org"
		})
	case deid.URL:
		return s.pick(t, normKey(t, orig), orig, func(st *stream) string {
			const alpha = "abcdefghijklmnopqrstuvwxyz234567"
			b := make([]byte, 8)
			for i := range b {
				b[i] = alpha[st.intn(len(alpha))]
			}
			if strings.Contains(orig, "://") {
				return "https://example.org/" + string(b)
			}
			return "example.org/" + string(b)
		})
	case deid.IP:
		return s.pick(t, normKey(t, orig), orig, func(st *stream) string {
			if strings.Contains(orig, ":") {
				return "2001:db8::" + strconv.FormatInt(int64(1+st.intn(0xfffe)), 16)
			}
			return "192.0.2." + strconv.Itoa(1+st.intn(254))
		})
	case deid.Address:
		return s.pick(t, normKey(t, orig), orig, func(st *stream) string {
			num := strconv.Itoa(1 + st.intn(9899))
			return matchCase(num+" "+streets[st.intn(len(streets))]+" "+streetSuf[st.intn(len(streetSuf))], orig)
		})
	case deid.City, deid.Location:
		return s.pick(t, normKey(t, orig), orig, func(st *stream) string {
			return matchCase(cities[st.intn(len(cities))], orig)
		})
	case deid.County:
		return s.pick(t, normKey(t, orig), orig, func(st *stream) string {
			c := counties[st.intn(len(counties))]
			if strings.Contains(strings.ToLower(orig), "county") {
				c += " County"
			}
			return matchCase(c, orig)
		})
	case deid.Facility:
		return s.pick(t, normKey(t, orig), orig, func(st *stream) string {
			return matchCase(facPrefix[st.intn(len(facPrefix))]+" "+facSuffix[st.intn(len(facSuffix))], orig)
		})
	}
	// MRN, ID, ACCOUNT, HEALTH_PLAN, LICENSE, DEVICE, VEHICLE, ZIP: the
	// shape of the original with other digits and letters.
	return s.pick(t, normKey(t, orig), orig, func(st *stream) string { return shapeSurrogate(orig, st) })
}

// surrogateName replaces each part of a name with a surrogate first name or
// surname, keeping titles, punctuation and case. A part keeps its surrogate
// wherever it appears in the scope: "John Smith", then "John", then
// "Mr Smith" stay one fake person.
func (s *Scope) surrogateName(orig, before string) string {
	pn := parseName(orig)
	if len(pn.parts) == 0 {
		return "[NAME]"
	}
	var b strings.Builder
	last := 0
	for i, p := range pn.parts {
		s.init()
		role, ok := s.roles[p.norm]
		if !ok {
			switch {
			case len(pn.parts) > 1 && i == len(pn.parts)-1:
				role = 'l'
			case len(pn.parts) > 1:
				role = 'f'
			case endsWithTitle(orig[:p.start]) || (p.start == 0 && endsWithTitle(before)):
				role = 'l'
			default:
				role = 'f'
			}
			s.roles[p.norm] = role
		}
		word := orig[p.start:p.end]
		var out string
		switch {
		case pn.spelled:
			sur := s.pick(deid.Name, string(role)+":"+p.norm, p.norm, func(st *stream) string { return namePool(role, st) })
			out = spell(sur, word)
		case len([]rune(p.norm)) == 1: // an initial
			out = s.pick(deid.Name, "i:"+p.norm, p.norm, func(st *stream) string {
				return string(rune('a' + st.intn(26)))
			})
			out = matchCase(out, word)
		default:
			out = matchCase(s.pick(deid.Name, string(role)+":"+p.norm, p.norm, func(st *stream) string { return namePool(role, st) }), word)
		}
		b.WriteString(orig[last:p.start])
		b.WriteString(out)
		last = p.end
	}
	b.WriteString(orig[last:])
	return b.String()
}

func namePool(role byte, st *stream) string {
	if role == 'l' {
		return surnames[st.intn(len(surnames))]
	}
	return firstNames[st.intn(len(firstNames))]
}

// spell writes name letter by letter like the original ("m a r t h a").
func spell(name, like string) string {
	sep := " "
	if strings.Contains(like, "-") {
		sep = "-"
	}
	letters := strings.Split(strings.ToLower(name), "")
	if hasUpper(like) {
		for i := range letters {
			letters[i] = strings.ToUpper(letters[i])
		}
	}
	return strings.Join(letters, sep)
}

// digitsSurrogate replaces the digits of orig (written or spoken) with those
// gen makes for the same count, keeping the layout.
func (s *Scope) digitsSurrogate(t deid.Type, orig string, gen func(n int, st *stream) string) string {
	dv := digitView(orig)
	if len(dv.digits) == 0 {
		return "[" + string(t) + "]"
	}
	return s.pick(t, dv.digits, orig, func(st *stream) string {
		nd := gen(len(dv.digits), st)
		if nd == dv.digits {
			return orig
		}
		return dv.render(nd)
	})
}

func randDigits(n int, st *stream) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + st.intn(10))
	}
	return string(b)
}

// phoneDigits makes a fictional number: NXX-555-01XX for ten digits (with a
// leading 1 for eleven), 555-01XX for seven.
func phoneDigits(n int, st *stream) string {
	line := "555" + "01" + randDigits(2, st)
	area := strconv.Itoa(2+st.intn(8)) + strconv.Itoa(st.intn(9)) + strconv.Itoa(st.intn(10))
	switch n {
	case 7:
		return line
	case 10:
		return area + line
	case 11:
		return "1" + area + line
	}
	if n > 7 {
		return randDigits(n-7, st) + line
	}
	return randDigits(n, st)
}

// ssnDigits makes an SSN in the 900-999 area, which is never issued.
func ssnDigits(n int, st *stream) string {
	if n != 9 {
		return randDigits(n, st)
	}
	return "9" + randDigits(2, st) + strconv.Itoa(1+st.intn(9)) + randDigits(1, st) + strconv.Itoa(1+st.intn(9)) + randDigits(3, st)
}

// npiDigits makes a ten-digit number that fails the NPI check digit, so it
// can never be a real provider's.
func npiDigits(n int, st *stream) string {
	d := randDigits(n, st)
	if n != 10 {
		return d
	}
	d = "1" + d[1:9]
	// Luhn over "80840" + the first nine digits gives the valid check digit.
	sum := 0
	digits := "80840" + d
	for i := len(digits) - 1; i >= 0; i-- {
		v := int(digits[i] - '0')
		if (len(digits)-1-i)%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	check := (10 - sum%10) % 10
	return d + strconv.Itoa((check+1+st.intn(9))%10)
}

// shapeSurrogate keeps the layout of an identifier and redraws its digits
// and letters: in every token that holds a digit or is upper case. Spoken
// digits ("four five six") are redrawn as spoken digits.
func shapeSurrogate(orig string, st *stream) string {
	dv := digitView(orig)
	if dv.words {
		return dv.render(randDigits(len(dv.digits), st))
	}
	b := []byte(orig)
	for i := 0; i < len(b); {
		if !isLetter(b[i]) && !isDigit(b[i]) {
			i++
			continue
		}
		j := i
		hasDigit, allUpper := false, true
		for j < len(b) && (isLetter(b[j]) || isDigit(b[j])) {
			hasDigit = hasDigit || isDigit(b[j])
			allUpper = allUpper && !(b[j] >= 'a' && b[j] <= 'z')
			j++
		}
		if hasDigit || allUpper {
			for k := i; k < j; k++ {
				switch {
				case isDigit(b[k]):
					b[k] = byte('0' + st.intn(10))
				case b[k] >= 'a' && b[k] <= 'z':
					b[k] = byte('a' + st.intn(26))
				case b[k] >= 'A' && b[k] <= 'Z':
					b[k] = byte('A' + st.intn(26))
				}
			}
		}
		i = j
	}
	return string(b)
}

// digitView is the digits of a span, written ("617-555-1212") or spoken
// ("six one seven ..."), with where each one is.
type digitSpans struct {
	s      string
	digits string
	spans  [][2]int
	words  bool
	upper  bool
}

func digitView(s string) digitSpans {
	dv := digitSpans{s: s}
	var b []byte
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b = append(b, s[i])
			dv.spans = append(dv.spans, [2]int{i, i + 1})
		}
	}
	if len(b) == 0 {
		for _, w := range wordSpans(s) {
			if d, ok := digitWord(s[w[0]:w[1]]); ok {
				b = append(b, d)
				dv.spans = append(dv.spans, w)
				dv.upper = dv.upper || hasUpper(s[w[0]:w[1]])
			}
		}
		dv.words = len(b) > 0
	}
	dv.digits = string(b)
	return dv
}

// render writes nd in place of the digits, in the same form.
func (dv digitSpans) render(nd string) string {
	var b strings.Builder
	last := 0
	for i, sp := range dv.spans {
		b.WriteString(dv.s[last:sp[0]])
		if dv.words {
			w := unitWords[nd[i]-'0']
			if dv.upper {
				w = titleCase(w)
			}
			b.WriteString(w)
		} else {
			b.WriteByte(nd[i])
		}
		last = sp[1]
	}
	b.WriteString(dv.s[last:])
	return b.String()
}
