package deid

import "strings"

// Detectors for identifiers written as one chunk of non-space text (e-mail
// addresses, URLs, IP addresses) and their spoken forms ("john dot smith at
// gmail dot com").

var tlds = map[string]bool{"com": true, "org": true, "net": true, "edu": true, "gov": true, "io": true,
	"us": true, "info": true, "biz": true, "co": true, "uk": true, "ca": true, "health": true, "mil": true,
	"me": true, "ai": true, "app": true, "dev": true, "au": true, "de": true, "in": false}

// dottedHandle: h, a handle with dots ("jun.delacruz_ph",
// "grace.santos.ofw"), ends in no domain's suffix: its last part has an
// underscore or a digit, or is no top-level domain the lists know.
func dottedHandle(h string) bool {
	last := h[strings.LastIndexByte(h, '.')+1:]
	if len(last) == 0 {
		return false
	}
	if strings.ContainsAny(last, "_0123456789") {
		return true
	}
	_, tld := tlds[strings.ToLower(last)]
	return !tld && len(last) != 2
}

func isEmailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isURLByte(c byte) bool {
	return c > ' ' && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '`' && c != '{' && c != '}' && c != '|' && c != '\\' && c != '^'
}

func (s *scanner) detectChunks() {
	text := s.text
	// E-mail: around every '@'.
	for off := 0; s.hasSeen(seenAt); {
		k := strings.IndexByte(text[off:], '@')
		if k < 0 {
			break
		}
		at := off + k
		off = at + 1
		a := at
		for a > 0 && isEmailByte(text[a-1]) {
			a--
		}
		b := at + 1
		for b < len(text) && isEmailByte(text[b]) {
			b++
		}
		for b > at+1 && (text[b-1] == '.' || text[b-1] == '-') {
			b--
		}
		for a < at && text[a] == '.' {
			a++
		}
		if a < at && strings.IndexByte(text[at+1:b], '.') > 0 {
			s.addBytes(a, b, Email, 0.99, "pattern/email")
			off = b
		} else if a == at && (at == 0 || text[at-1] == ' ' || text[at-1] == '(' || text[at-1] == '\n') && b-at > 3 && (strings.IndexByte(text[at+1:b], '.') < 0 || dottedHandle(text[at+1:b])) && s.handleLike(text[at+1:b]) {
			s.addBytes(at, b, ID, 0.8, "pattern/handle") // a social media handle: @jdoe84
			off = b
		}
	}
	// URLs with a scheme or www. (the tokenizer saw "://" or "ww.")
	hasScheme := s.hasSeen(seenScheme)
	hasWWW := s.hasSeen(seenWWDot)
	for _, pre := range []string{"http://", "https://", "ftp://", "www."} {
		if pre == "www." && !hasWWW || pre != "www." && !hasScheme {
			continue
		}
		for off := 0; ; {
			k := indexFold(text[off:], pre)
			if k < 0 {
				break
			}
			a := off + k
			b := a + len(pre)
			for b < len(text) && isURLByte(text[b]) {
				b++
			}
			for b > a && strings.IndexByte(".,;:!?)]'", text[b-1]) >= 0 {
				b--
			}
			if b-a > len(pre)+2 {
				s.addBytes(a, b, URL, 0.97, "pattern/url")
			}
			off = b
		}
	}
	// Bare domains (example.org/path) and IPv4 on tokens.
	toks := s.toks
	for i := 0; i+2 < len(toks) && s.hasSeen(seenDotJoin); i++ {
		if toks[i].kind == tkPunct || !s.isPunct(i+1, '.') || toks[i].end != toks[i+1].start || toks[i+1].end != toks[i+2].start {
			continue
		}
		if toks[i].kind == tkNum {
			// one value of a chain of values: a blood gas "80/48/7.45.34.7"
			if i > 0 && s.isPunct(i-1, '/') && toks[i-1].end == toks[i].start {
				continue
			}
			if j, ok := s.ipv4(i); ok {
				s.add(i, j, IP, 0.97, "pattern/ipv4")
				i = j
			}
			continue
		}
		// w . w [. w]* ending in a known top-level domain
		j := i
		for j+2 < len(toks) && s.isPunct(j+1, '.') && toks[j].end == toks[j+1].start && toks[j+1].end == toks[j+2].start && toks[j+2].kind != tkPunct {
			j += 2
		}
		if j > i && tlds[string(s.lowerTok(j))] && toks[j].kind == tkWord && !s.capsRunOn(i, j) {
			end := int(toks[j].end)
			for end < len(text) && text[end] == '/' {
				for end < len(text) && isURLByte(text[end]) {
					end++
				}
			}
			for end > int(toks[j].end) && strings.IndexByte(".,;:!?)]'", text[end-1]) >= 0 {
				end--
			}
			s.addBytes(int(toks[i].start), end, URL, 0.9, "pattern/domain")
			i = j
		}
	}
	if s.hasSeen(seenColon) {
		s.detectIPv6()
	}
	if s.hasSeen(seenDotWord | seenEmail) {
		s.detectSpokenAddress()
	}
}

// ipv4 matches n.n.n.n starting at token i, each octet 0-255.
func (s *scanner) ipv4(i int) (int, bool) {
	toks := s.toks
	j := i
	for part := 0; part < 4; part++ {
		if j >= len(toks) || toks[j].kind != tkNum || toks[j].val < 0 || toks[j].val > 255 || toks[j].end-toks[j].start > 3 {
			return 0, false
		}
		if part < 3 {
			if !s.isPunct(j+1, '.') || toks[j].end != toks[j+1].start || j+2 >= len(toks) || toks[j+1].end != toks[j+2].start {
				return 0, false
			}
			j += 2
		}
	}
	if j+1 < len(toks) && toks[j].end == toks[j+1].start && (s.isPunct(j+1, '.') && j+2 < len(toks) && toks[j+1].end == toks[j+2].start) {
		return 0, false // a fifth part: a version number or similar
	}
	return j, true
}

// detectIPv6 finds colon-hex groups with at least three colons.
func (s *scanner) detectIPv6() {
	text := s.text
	for off := 0; ; {
		k := strings.IndexByte(text[off:], ':')
		if k < 0 {
			return
		}
		c := off + k
		a := c
		for a > 0 && isHex(text[a-1]) {
			a--
		}
		b := a
		colons, groups := 0, 0
		for b < len(text) && (isHex(text[b]) || text[b] == ':') {
			if text[b] == ':' {
				colons++
			} else if b == a || text[b-1] == ':' {
				groups++
			}
			b++
		}
		off = b + 1
		if colons >= 3 && groups >= 3 && (b-a) >= 8 && !strings.Contains(text[a:b], ":::") {
			s.addBytes(a, b, IP, 0.9, "pattern/ipv6")
		}
		if off >= len(text) {
			return
		}
	}
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// detectSpokenAddress finds e-mail addresses and web addresses read out:
// "john dot smith at gmail dot com", "w w w dot clinic dot org".
func (s *scanner) detectSpokenAddress() {
	first := len(s.found)
	defer func() {
		if len(s.found) > first {
			s.emailEchoes(first)
		}
	}()
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		// "dot" first: it rules out nearly every word without a map look-up
		p := s.prevWord(i, 0)
		if toks[i].kind != tkWord || p < 0 {
			continue
		}
		if pw := s.lowerTok(p); len(pw) == 2 && pw[0] == 'a' && pw[1] == 't' {
			if a := s.mailAtProvider(p, i); a >= 0 {
				s.add(a, i, Email, 0.9, "spoken/email") // "my email is mary at gmail"
			}
			continue
		}
		if string(s.lowerTok(p)) != "dot" || !tlds[string(s.lowerTok(i))] {
			continue
		}
		start, email := p, false
		for k := p; ; {
			w := s.prevWord(k, 1) // the part before the separator
			if w < 0 || toks[w].kind == tkPunct {
				break
			}
			last := w
			for !email && s.letterAt(w) && w >= 1 && s.letterAt(w-1) && s.adjacent(w-1, w) {
				w-- // "at a o l dot com": a domain spelled a letter at a time
			}
			start = w
			sep := s.prevWord(w, 1)
			if sep < 0 {
				break
			}
			lw := string(s.lowerTok(sep))
			if !email && toks[sep].kind == tkWord && !emailSep(s.lowerTok(sep)) && !toks[sep].is(fStop|fDeterminer) {
				if f, d := s.domainWords(sep); d >= 0 {
					// "tpatel at brightline health dot org", "w w w dot north
					// country primary care dot com": a part of several words
					// between two separators
					start, sep, lw = f, d, string(s.lowerTok(d))
				}
			}
			if lw == "at" && (email || s.webPrefix(last)) {
				break // a local part has no "at": "my daughter at kaylee underscore b at …"; nor has a web address ("look at w w w dot …")
			}
			if lw == "at" {
				// "results at site dot org" is a web address; "jane at
				// gmail dot com" and "mccarthey forty four at icloud dot
				// com" are e-mails
				local := s.prevWord(sep, 1)
				for local >= 0 && (s.toks[local].is(fNumWord) && s.toks[local].kind == tkWord || s.toks[local].kind == tkNum || emailSep(s.lowerTok(local)) ||
					string(s.lowerTok(local)) == "thousand" && local > 0 && s.toks[local-1].is(fNumWord)) { // "c rasmussen two thousand at …"
					local = s.prevWord(local, 1)
				}
				if local < 0 {
					break
				}
				// a word as the local part only with parts before it
				// ("tina underscore b at …") or spelled ("j o at …")
				spelled := s.letterAt(local) && s.letterAt(s.prevWord(local, 1))
				// a name and an initial, or an initial and a name: "sarah k
				// at …", "r smith at …"
				if q := s.prevWord(local, 0); q >= 0 && q == local-1 && !spelled && s.initialLocal(q, local) {
					local = q
				} else if q >= 0 && q == local-1 && !spelled && s.twoWordLocal(q, local) {
					local = q // "my email is lindqvist anneliese at aol dot com"
				} else if (s.toks[local].is(fCommon|fStop) && !s.toks[local].is(fNameAny) || s.toks[local].is(fStop) && !s.toks[local].is(fFirstTop)) && !spelled && !s.emailSepAt(s.prevWord(local, 1)) &&
					!(s.toks[local].is(fCommon) && !s.toks[local].is(fStop) && (s.mailSaidBefore(local) || mailboxWord(s.lowerTok(local)))) {
					break // "the results are at site dot org": a verb, not a local part ("will at gmail" is one)
				} else if d := s.prevWord(local, 0); !spelled && d >= 0 && d == local-1 && s.toks[d].kind == tkWord && (s.toks[d].is(fDeterminer) || string(s.lowerTok(d)) == "the") && !s.emailSepAt(s.prevWord(local, 1)) {
					break // "on the portal at mychart dot …": a thing somewhere, not a local part
				}
				for spelled && s.letterAt(s.prevWord(local, 1)) {
					local = s.prevWord(local, 1)
				}
				// the words of a name before it, a given name or an initial
				// ("marj prentice at …", "f marchetti boyd at …", "grace l
				// ames at …"), up to two more
				ext := local
				for n := 0; n < 2 && !spelled; n++ {
					q := s.prevWord(ext, 0)
					if q < 0 || q != ext-1 || !s.localNameWord(q) {
						break
					}
					ext = q
				}
				if ext < local && s.localOpens(ext) {
					local = ext // (where the address opens what is said: not "you can reach tom at …")
				}
				email, start = true, local
				// "john dot smith at …": the local part may have parts too
				if ns := s.prevWord(local, 1); ns >= 0 && emailSep(s.lowerTok(ns)) {
					k = ns
					continue
				}
				break
			}
			if lw != "at" && !emailSep(s.lowerTok(sep)) {
				if d := s.prevWord(sep, 1); d >= 0 && d == sep-1 && s.toks[sep].kind == tkWord && string(s.lowerTok(d)) == "dot" {
					if w := s.prevWord(d, 1); s.webPrefix(w) {
						start = w // "w w w dot harborview family dot com": a name of two words after the prefix
					}
				}
				for email && s.letterAt(start) && s.letterAt(sep) && sep == start-1 {
					start, sep = sep, s.prevWord(sep, 0) // "k c underscore walsh at …": letters spelled before a part
				}
				break
			}
			k = sep
		}
		if start == p {
			continue
		}
		// "w w w dot": the spelled prefix belongs to the address
		for k := start - 1; k >= 0 && start-k <= 3 && s.toks[k].kind == tkWord && string(s.lowerTok(k)) == "w"; k-- {
			start = k
		}
		// "… dot org slash portal"
		for n := s.nextWord(i, 0); n >= 0 && n+1 < len(toks) && string(s.lowerTok(n)) == "slash" && toks[n+1].kind != tkPunct; n = s.nextWord(i, 0) {
			i = n + 1
		}
		if email {
			s.add(start, i, Email, 0.95, "spoken/email")
		} else {
			s.add(start, i, URL, 0.9, "spoken/url")
		}
	}
}

// mailboxWord: a word an office's mailbox is named ("benefits at acme
// dot com", "referrals at …"): a local part, never a verb before "at".
func mailboxWord(w []byte) bool {
	switch string(w) {
	case "benefits", "info", "hr", "office", "admin", "billing", "contact", "appointments", "referrals", "records", "support", "help",
		"reception", "enquiries", "inquiries", "mail", "hello", "scheduling", "careers", "jobs", "claims", "members", "triage", "accounts", "payroll":
		return true
	}
	return false
}

// domainWords returns the first word of a part of an address read out
// that ends at word k+1 and is said as several words, and the separator
// before it ("at" or "dot"): "brightline health", "north country primary
// care", "q t safe list"; up to five words, none a function word or a
// number; or -1, -1.
func (s *scanner) domainWords(k int) (first, sep int) {
	for n := 0; n < 4 && k >= 1; n++ {
		d := k - 1
		if s.toks[d].kind != tkWord || !s.adjacent(d, k) {
			return -1, -1
		}
		switch string(s.lowerTok(d)) {
		case "at", "dot":
			return k, d
		}
		if emailSep(s.lowerTok(d)) || s.toks[d].is(fStop|fDeterminer|fNumWord|fLocPrep) && !s.letterAt(d) {
			return -1, -1
		}
		k = d
	}
	return -1, -1
}

// mailSaidBefore: an e-mail is spoken of within the eight words before
// token k ("you'd email the coordinator, it's accessibility at …", "his
// email address is info at …"), so an everyday word there may be the
// address's local part.
func (s *scanner) mailSaidBefore(k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 8; j-- {
		if s.toks[j].kind != tkWord {
			continue
		}
		n++
		switch string(s.lowerTok(j)) {
		case "email", "emails", "emailed", "mail":
			return true
		}
	}
	return false
}

// webPrefix: token k ends "www" or "w w w".
func (s *scanner) webPrefix(k int) bool {
	if k < 0 || s.toks[k].kind != tkWord {
		return false
	}
	w := string(s.lowerTok(k))
	return w == "www" || w == "w" && k >= 2 && string(s.lowerTok(k-1)) == "w" && string(s.lowerTok(k-2)) == "w"
}

// mailAtProvider reads an e-mail said without its domain's ending after a
// cue of e-mail: "my email is mary at gmail", "e-mail me, j smith at
// yahoo". Token at is "at", token i the provider. It returns the first
// token of the local part, or -1.
func (s *scanner) mailAtProvider(at, i int) int {
	switch string(s.lowerTok(i)) {
	case "gmail", "yahoo", "hotmail", "outlook", "aol", "icloud", "protonmail", "msn":
	default:
		return -1
	}
	if n := s.nextWord(i, 0); n == i+1 && string(s.lowerTok(n)) == "dot" {
		return -1 // the reader of "… dot com" has it
	}
	local := s.prevWord(at, 0)
	if local < 0 || local != at-1 || s.toks[local].kind != tkWord && s.toks[local].kind != tkAlnum || s.toks[local].is(fStop|fDeterminer) && !s.letterAt(local) {
		return -1
	}
	if s.toks[local].is(fCommon|fNonPHI) && !s.toks[local].is(fFirstTop) && !s.letterAt(local) {
		return -1 // "i work at yahoo": an everyday word, unless a well-known given name
	}
	if q := s.prevWord(local, 0); q >= 0 && q == local-1 && s.initialLocal(q, local) {
		local = q
	}
	for k, n := local-1, 0; k >= 0 && n < 6; k-- {
		if s.toks[k].kind != tkWord {
			continue
		}
		n++
		switch string(s.lowerTok(k)) {
		case "email", "emails":
			return local
		}
	}
	return -1
}

// initialLocal: tokens q and l (l = q+1) are the local part of an e-mail
// read out as a given name and an initial or an initial and a surname
// ("sarah k", "r smith"); "a" and "i" are words, no initials.
func (s *scanner) initialLocal(q, l int) bool {
	name, letter := q, l
	if s.letterAt(q) {
		name, letter = l, q
	} else if !s.letterAt(l) {
		return false
	}
	if c := s.text[s.toks[letter].start] | 0x20; (c == 'a' || c == 'i') && !(letter == l && s.numberAfter(l)) || s.clitic(letter) {
		return false // "it 's jsmith at …": the clitic (but "colleen a sixty two at …": an initial, then numbers)
	}
	t := &s.toks[name]
	// "dot" is a given name too, but "mike dot t" reads the separator; a
	// word no list knows is a name there ("t oyelaran at …")
	return t.kind == tkWord && (t.is(fNameAny) || t.f&^(fRare|fPhrase) == 0 && t.end-t.start >= 3) && !t.is(fStop|fDeterminer) && t.end-t.start >= 2 && !emailSep(s.lowerTok(name))
}

// localNameWord: token q may be a word of a name said as an e-mail's
// local part before the rest of it: a letter (an initial), a name on the
// lists that is no function word, or a word no list knows; not "email",
// "address", kin, titles or verbs ("my email is …", "send it to my
// daughter …").
func (s *scanner) localNameWord(q int) bool {
	t := &s.toks[q]
	if t.kind != tkWord || t.has(shPoss|shApos) || t.is(fStop|fDeterminer|fRelation|fTitle|fIntro|fGreeting|fPersonVerb|fNumWord|fMonth|fWeekday) || emailSep(s.lowerTok(q)) ||
		s.cased && t.has(shCap) {
		return false // (an address said is written in lower case: "Use harold meeks fifty nine at …")
	}
	switch string(s.lowerTok(q)) {
	case "email", "mail", "address", "still", "also", "mine", "hers", "his", "is", "its", "try":
		return false
	}
	if t.end-t.start == 1 {
		c := s.text[t.start] | 0x20
		return c != 'a' && c != 'i'
	}
	return t.is(fNameAny) || t.f&^(fRare|fPhrase) == 0 && t.end-t.start >= 3
}

// localOpens: an e-mail's local part may open at token k: after a mark,
// a line break or a speaker's label, or a word that says an address
// follows ("email's", "is", "still").
func (s *scanner) localOpens(k int) bool {
	if k == 0 || s.toks[k].has(shNewline) || s.toks[k-1].kind == tkPunct || s.toks[k-1].kind == tkTag {
		return true
	}
	switch string(s.lowerTok(k - 1)) {
	case "email", "emails", "mail", "address", "is", "its", "still", "was", "mine", "hers", "his", "try", "use":
		return true
	}
	return false
}

// numberAfter: a number, written or said, follows token k right after it.
func (s *scanner) numberAfter(k int) bool {
	n := k + 1
	return n < len(s.toks) && s.adjacent(k, n) && (s.toks[n].kind == tkNum || s.toks[n].kind == tkWord && s.toks[n].is(fNumWord))
}

// twoWordLocal: tokens q and l, two names or words no list knows, are an
// e-mail's local part said as two words right after "email is" or "it's"
// ("my email is john smith at …").
func (s *scanner) twoWordLocal(q, l int) bool {
	name := func(k int) bool {
		t := &s.toks[k]
		return t.kind == tkWord && t.end-t.start >= 2 && !t.is(fStop|fDeterminer|fNumWord) &&
			(t.is(fNameAny) && (!t.is(fCommon) || t.is(fFirstTop|fLastTop)) || t.f&^(fRare|fPhrase) == 0)
	}
	if !name(q) || !name(l) {
		return false
	}
	c := s.prevWord(q, 0)
	if c < 0 || c != q-1 {
		return false
	}
	switch string(s.lowerTok(c)) {
	case "is", "its", "email", "address":
		return true
	}
	return false
}

// emailSep: a separator read out inside an address: "dot", "underscore".
func emailSep(w []byte) bool {
	switch string(w) {
	case "dot", "underscore", "dash", "hyphen", "period":
		return true
	}
	return false
}

// emailEchoes finds the local part of an e-mail address read out (found
// from s.found[first] on) read back after it, in part: "j dot stone
// eighty two at gmail dot com … j dot stone … eight two", "sunny dot
// patel at … sunny dot patel". Two or more of its words in its order, or
// one before a separator, within echoWindow bytes after it.
func (s *scanner) emailEchoes(first int) {
	n := len(s.found)
	for f := first; f < n; f++ {
		fd := s.found[f]
		if fd.Type != Email || fd.Source != "spoken/email" {
			continue
		}
		a, b := s.tokAt(fd.Start), s.tokAt(fd.End-1)
		at := a
		for at <= b && string(s.lowerTok(at)) != "at" {
			at++
		}
		if a < 0 || at > b || at == a {
			continue
		}
		for i := b + 1; i < len(s.toks) && s.toks[i].start-int32(fd.End) <= echoWindow; i++ {
			if e := s.localEcho(i, a, at); e > i {
				if !s.covered(i, "") {
					s.add(i, e, Email, 0.8, "spoken/email")
				}
				i = e
			}
		}
	}
}

// localEcho returns the last token of the local part a..at-1 of an
// address said again from token i (see emailEchoes), or -1.
func (s *scanner) localEcho(i, a, at int) int {
	w := s.lowerTok(i)
	if s.toks[i].kind == tkPunct || emailSep(w) {
		return -1
	}
	for k := a; k < at; k++ {
		if string(s.lowerTok(k)) != string(w) || emailSep(w) {
			continue
		}
		// walk on while the text says the local part's next tokens
		words, end := 1, i
		for x, y := i+1, k+1; x < len(s.toks) && y < at && string(s.lowerTok(x)) == string(s.lowerTok(y)); x, y = x+1, y+1 {
			end = x
			if !emailSep(s.lowerTok(x)) {
				words++
			}
		}
		if emailSep(s.lowerTok(end)) && words >= 1 && end > i || words >= 2 {
			if emailSep(s.lowerTok(end)) && words >= 2 {
				end-- // "… j dot stone dot": the last separator is not said of it
			}
			return end
		}
	}
	return -1
}

// emailSepAt: token i (-1 for none) is a separator read out in an address.
func (s *scanner) emailSepAt(i int) bool { return i >= 0 && emailSep(s.lowerTok(i)) }

// capsRunOn: tokens i..j (words joined by periods) are a sentence run on
// into the next one in a text written in capitals ("FEET ARE WARM.CO AND
// CI"), not a domain: every part in capitals, and no "www".
func (s *scanner) capsRunOn(i, j int) bool {
	if s.cased || s.asciiUpper <= s.asciiLower || string(s.lowerTok(i)) == "www" {
		return false
	}
	for k := i; k <= j; k += 2 {
		if !s.toks[k].has(shAllCaps) {
			return false
		}
	}
	return true
}

// letterAt: token i is a single letter ("j", "b").
func (s *scanner) letterAt(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkWord || s.toks[i].end-s.toks[i].start != 1 {
		return false
	}
	c := s.text[s.toks[i].start] | 0x20
	return c >= 'a' && c <= 'z'
}

// indexFold is strings.Index for an ASCII lower-case needle, ignoring case.
func indexFold(s, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(s); i++ {
		c := s[i]
		if c|0x20 != needle[0] {
			continue
		}
		if strings.EqualFold(s[i:i+n], needle) {
			return i
		}
	}
	return -1
}

// handleLike tells a social media handle (@jdoe84, @mary_k) from '@' used
// for "at" in notes: "@2100", "@ 75cc/hr", "@BASES", "@-FENT". A handle has
// a letter first; it is no number with a unit, no time, and when it is a
// plain word, no word of the language or clinical shorthand.
func (s *scanner) handleLike(h string) bool {
	if h == "" || !isLetterASCII(h[0]) || unitSuffixed(h) || h[0] == '-' {
		return false
	}
	plain := true
	for k := 0; k < len(h); k++ {
		if !isLetterASCII(h[k]) {
			plain = false
		}
	}
	if !plain {
		return true
	}
	f := s.lex.word([]byte(strings.ToLower(h)))
	return f&(fCommon|fNonPHI|fClinical|fUnit|fStop) == 0
}

func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
