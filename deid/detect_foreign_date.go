package deid

// Spanish and Portuguese, the languages most patients with limited English
// speak in the United States after English, date a birth or a visit as
// "el quince de marzo de mil novecientos cincuenta", "vinte e dois de
// agosto de mil novecentos e noventa e quatro", "dos de noviembre del dos
// mil doce", "catorze de janeiro": a day, "de", a month, and the year after
// "de" or "del". The day and the year are said in words or written in
// digits.

// romanceNum is a number word of Spanish or Portuguese: its value, and
// whether it multiplies what is before it (mil).
type romanceNum struct {
	value int
	times bool
}

var romanceNums = func() map[string]romanceNum {
	m := map[string]romanceNum{"mil": {1000, true}}
	add := func(v int, ws ...string) {
		for _, w := range ws {
			m[w] = romanceNum{value: v}
		}
	}
	// Spanish
	add(1, "uno", "un", "una", "primero", "primer")
	add(2, "dos")
	add(3, "tres")
	add(4, "cuatro")
	add(5, "cinco")
	add(6, "seis")
	add(7, "siete")
	add(8, "ocho")
	add(9, "nueve")
	add(10, "diez")
	add(11, "once")
	add(12, "doce")
	add(13, "trece")
	add(14, "catorce")
	add(15, "quince")
	add(16, "dieciséis", "dieciseis")
	add(17, "diecisiete")
	add(18, "dieciocho")
	add(19, "diecinueve")
	add(20, "veinte")
	add(21, "veintiuno", "veintiún", "veintiun")
	add(22, "veintidós", "veintidos")
	add(23, "veintitrés", "veintitres")
	add(24, "veinticuatro")
	add(25, "veinticinco")
	add(26, "veintiséis", "veintiseis")
	add(27, "veintisiete")
	add(28, "veintiocho")
	add(29, "veintinueve")
	add(30, "treinta")
	add(40, "cuarenta")
	add(50, "cincuenta")
	add(60, "sesenta")
	add(70, "setenta")
	add(80, "ochenta")
	add(90, "noventa")
	add(100, "cien", "ciento")
	add(200, "doscientos")
	add(300, "trescientos")
	add(400, "cuatrocientos")
	add(500, "quinientos")
	add(600, "seiscientos")
	add(700, "setecientos")
	add(800, "ochocientos")
	add(900, "novecientos")
	// Portuguese
	add(1, "um", "primeiro")
	add(2, "dois", "duas")
	add(3, "três")
	add(4, "quatro")
	add(7, "sete")
	add(8, "oito")
	add(9, "nove")
	add(10, "dez")
	add(11, "onze")
	add(12, "doze")
	add(13, "treze")
	add(14, "catorze", "quatorze")
	add(15, "quinze")
	add(16, "dezesseis", "dezasseis")
	add(17, "dezessete", "dezassete")
	add(18, "dezoito")
	add(19, "dezenove", "dezanove")
	add(20, "vinte")
	add(30, "trinta")
	add(40, "quarenta")
	add(50, "cinquenta", "cinqüenta")
	add(60, "sessenta")
	add(80, "oitenta")
	add(100, "cem", "cento")
	add(200, "duzentos")
	add(300, "trezentos")
	add(400, "quatrocentos")
	add(500, "quinhentos")
	add(600, "seiscentos")
	add(700, "setecentos")
	add(800, "oitocentos")
	add(900, "novecentos")
	return m
}()

// romanceMonths are the months of Spanish and Portuguese.
var romanceMonths = map[string]bool{
	"enero": true, "febrero": true, "marzo": true, "abril": true, "mayo": true, "junio": true, "julio": true, "agosto": true,
	"septiembre": true, "setiembre": true, "octubre": true, "noviembre": true, "diciembre": true,
	"janeiro": true, "fevereiro": true, "março": true, "marco": true, "maio": true, "junho": true, "julho": true,
	"setembro": true, "outubro": true, "novembro": true, "dezembro": true,
}

// romanceNumber reads a number in words of Spanish or Portuguese from
// token i ("mil novecientos cincuenta y ocho", "vinte e dois"), or a
// number in digits: its value and its last token; -1 when none starts at
// i.
func (s *scanner) romanceNumber(i int) (value, last int) {
	if i >= len(s.toks) {
		return 0, -1
	}
	if t := &s.toks[i]; t.kind == tkNum {
		return int(t.val), i
	}
	total, cur, last := 0, 0, -1
	for k := i; k < len(s.toks) && k-i < 12; k++ {
		if s.toks[k].kind != tkWord {
			break
		}
		w := string(s.lowerTok(k))
		if (w == "y" || w == "e") && last == k-1 {
			if _, ok := romanceNums[string(s.lowerTok(min(k+1, len(s.toks)-1)))]; ok && k+1 < len(s.toks) {
				continue // "cincuenta y ocho", "vinte e dois"
			}
			break
		}
		n, ok := romanceNums[w]
		if !ok {
			break
		}
		if n.times {
			total += max(cur, 1) * n.value
			cur = 0
		} else {
			cur += n.value
		}
		last = k
	}
	return total + cur, last
}

// detectRomanceDates finds dates said in Spanish or Portuguese.
func (s *scanner) detectRomanceDates() {
	for m := 2; m < len(s.toks); m++ {
		t := &s.toks[m]
		if p := &s.toks[m-1]; t.kind != tkWord || p.hi-p.lo != 2 || string(s.lowerTok(m-1)) != "de" || !romanceMonths[string(s.lowerTok(m))] {
			continue // "de" first: two bytes to compare before a lookup
		}
		// the day before "de": the longest number that ends there
		first := -1
		for a := m - 2; a >= 0 && a >= m-6; a-- {
			if v, last := s.romanceNumber(a); last == m-2 && v >= 1 && v <= 31 {
				first = a
			}
		}
		if first < 0 {
			continue
		}
		end := m
		if n := m + 1; n+1 < len(s.toks) && (string(s.lowerTok(n)) == "de" || string(s.lowerTok(n)) == "del") {
			if _, last := s.romanceNumber(n + 1); last > n {
				end = last // "de mil novecientos cincuenta", "del noventa y uno", "de 1950"
			}
		}
		s.add(first, end, Date, 0.9, "date/romance")
		m = end
	}
}
