package deid

// A visit held through an interpreter is recorded in two languages: the
// patient gives a phone number, a member id or a ZIP code in their own
// ("cinco cinco nueve, cinco cinco cinco, cero cuatro uno ocho"; "pyat
// dva tri"; "sagaal afar kow"; "một chín ba hai"), the interpreter says it
// again in English. The English is read by the number rules; the other is
// read here: four digits or more said one at a time in one language of
// those most spoken by patients with limited English in the United States
// (Spanish, Chinese in pinyin, Vietnamese, Tagalog, Arabic, French and
// Haitian Creole, Korean, Russian, Portuguese, Somali; romanised, with or
// without their accents). One such word is often an everyday word of
// another language ("dos", "de", "hai", "san"), four in a row of the same
// language are a number.

// foreignDigit is a digit said in one language.
type foreignDigit struct {
	lang  uint8
	value int8
}

// foreignDigits maps a word to the digits it says, by language.
var foreignDigits = func() map[string][]foreignDigit {
	langs := [][10][]string{
		// es
		{{"cero"}, {"uno", "un"}, {"dos"}, {"tres"}, {"cuatro"}, {"cinco"}, {"seis"}, {"siete"}, {"ocho"}, {"nueve"}},
		// pt
		{{"zero"}, {"um", "uma"}, {"dois", "duas"}, {"três", "tres"}, {"quatro"}, {"cinco"}, {"seis", "meia"}, {"sete"}, {"oito"}, {"nove"}},
		// fr
		{{"zéro", "zero"}, {"un", "une"}, {"deux"}, {"trois"}, {"quatre"}, {"cinq"}, {"six"}, {"sept"}, {"huit"}, {"neuf"}},
		// ht
		{{"zewo", "zero"}, {"en", "youn", "yon"}, {"de", "dé"}, {"twa"}, {"kat"}, {"senk"}, {"sis"}, {"sèt", "set"}, {"uit", "wit"}, {"nèf", "nef"}},
		// ru
		{{"nol", "nul", "nol'"}, {"odin", "adin"}, {"dva"}, {"tri"}, {"chetyre", "chitire", "chetire"}, {"pyat", "piat", "pyat'"}, {"shest", "shest'"}, {"sem", "sem'"}, {"vosem", "vosem'"}, {"devyat", "deviat", "devyat'"}},
		// so
		{{"eber", "eeber"}, {"kow"}, {"labo", "laba"}, {"saddex"}, {"afar"}, {"shan"}, {"lix"}, {"toddoba", "todoba"}, {"siddeed", "sideed"}, {"sagaal"}},
		// ar (romanised; the tokenizer drops an apostrophe: arba'a -> arbaa)
		{{"sifr", "sefr"}, {"wahid", "wahed", "waahid"}, {"ithnan", "ithnayn", "itnen", "tnen", "ithnein"}, {"thalatha", "talata", "thalaatha", "tlata"}, {"arbaa", "arba", "arbaah"}, {"khamsa", "khamse", "khamsah"}, {"sitta", "sitte", "sittah"}, {"saba", "sabaa", "sabaah"}, {"thamaniya", "tamanya", "thamanya", "thamania"}, {"tisa", "tisaa", "tesa", "tisaah"}},
		// vi
		{{"không", "khong"}, {"một", "mot"}, {"hai"}, {"ba"}, {"bốn", "bon"}, {"năm", "nam"}, {"sáu", "sau"}, {"bảy", "bay"}, {"tám", "tam"}, {"chín", "chin"}},
		// zh (pinyin)
		{{"líng", "ling"}, {"yī", "yi", "yāo", "yao"}, {"èr", "liǎng", "liang"}, {"sān", "san"}, {"sì", "si"}, {"wǔ", "wu"}, {"liù", "liu"}, {"qī", "qi"}, {"bā", "ba"}, {"jiǔ", "jiu"}},
		// tl
		{{"sero", "zero"}, {"isa"}, {"dalawa"}, {"tatlo"}, {"apat"}, {"lima"}, {"anim"}, {"pito"}, {"walo"}, {"siyam"}},
		// ko
		// (not "i" and "o", the letters said alone in a spelling)
		{{"gong", "yeong"}, {"il"}, {"ee"}, {"sam"}, {"sa"}, {}, {"yuk", "yook"}, {"chil"}, {"pal"}, {"gu", "goo"}},
	}
	m := map[string][]foreignDigit{}
	for l, digits := range langs {
		for v, words := range digits {
			for _, w := range words {
				m[w] = append(m[w], foreignDigit{lang: uint8(l), value: int8(v)})
				foreignBloom[foreignHash(w)/64] |= 1 << (foreignHash(w) % 64)
			}
		}
	}
	return m
}()

// foreignBloom has the bit foreignHash of every word of foreignDigits:
// nearly every other word is passed over without a lookup.
var foreignBloom [64]uint64

func foreignHash[T string | []byte](w T) uint {
	x := uint32(w[0]) | uint32(w[len(w)-1])<<16 | uint32(len(w))<<24
	if len(w) > 1 {
		x |= uint32(w[1]) << 8
	}
	return uint(x*2654435761) >> 20 // 12 bits, Fibonacci hashing
}

// foreignDigitsOf returns the digits word token k says in other
// languages.
func (s *scanner) foreignDigitsOf(k int) []foreignDigit {
	t := &s.toks[k]
	if t.kind != tkWord || t.hi-t.lo > 10 || t.hi == t.lo {
		return nil
	}
	w := s.lowerTok(k)
	if h := foreignHash(w); foreignBloom[h/64]&(1<<(h%64)) == 0 {
		return nil
	}
	return foreignDigits[string(w)]
}

// foreignDigitOf returns the value of word token k as a digit of language
// lang, or -1.
func (s *scanner) foreignDigitOf(k int, lang uint8) int {
	for _, d := range s.foreignDigitsOf(k) {
		if d.lang == lang {
			return int(d.value)
		}
	}
	return -1
}

// detectForeignDigits finds numbers said a digit at a time in another
// language.
func (s *scanner) detectForeignDigits() {
	// four digit words in a row take four tokens or more: every third
	// token is looked at, and the stretch of digit words around one read
	for h := 0; h < len(s.toks); h += 3 {
		if s.foreignDigitsOf(h) == nil {
			continue
		}
		st := h
		for st > 0 && (s.foreignDigitsOf(st-1) != nil || st > 1 && (s.isPunct(st-1, ',') || s.isPunct(st-1, '-')) && s.foreignDigitsOf(st-2) != nil) {
			st--
		}
		h = max(h, s.foreignDigitsFrom(st))
	}
}

// foreignDigitsFrom reads the numbers of the stretch of digit words that
// starts at token st, and returns its last token.
func (s *scanner) foreignDigitsFrom(st int) int {
	i := st
	for ; i < len(s.toks); i++ {
		ds := s.foreignDigitsOf(i)
		if ds == nil {
			if s.isPunct(i, ',') || s.isPunct(i, '-') {
				continue
			}
			break
		}
		best, bestN := -1, 0
		for _, d := range ds {
			end, n := s.foreignRun(i, d.lang)
			if n > bestN {
				best, bestN = end, n
			}
		}
		if bestN < 4 {
			continue
		}
		typ := ID
		switch bestN {
		case 7, 10, 11:
			typ = Phone
		case 5:
			typ = Zip
		}
		s.add(i, best, typ, 0.8, "number/foreign")
		i = best
	}
	return i
}

// foreignRun reads digits of language lang from token i, commas, hyphens
// between groups: the last token of the run and how many digits it says.
func (s *scanner) foreignRun(i int, lang uint8) (end, n int) {
	end = i
	for k := i; k < len(s.toks) && k-i < 40; k++ {
		t := &s.toks[k]
		switch {
		case s.foreignDigitOf(k, lang) >= 0:
			n++
			end = k
		case t.kind == tkPunct && (s.isPunct(k, ',') || s.isPunct(k, '-')) && k > i:
			continue
		default:
			return end, n
		}
	}
	return end, n
}
