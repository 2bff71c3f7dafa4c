package deid

// Validators for identifiers with structure: they raise a pattern's score
// (or decide between two readings of the same digits).

// validSSN applies the SSA's rules: area not 000, 666 or 9xx; group not 00;
// serial not 0000. digits must hold exactly nine digits.
func validSSN(d string) bool {
	if len(d) != 9 {
		return false
	}
	area, group, serial := d[:3], d[3:5], d[5:]
	return area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000"
}

// luhn reports whether the digit string passes the Luhn checksum.
func luhn(d string) bool {
	if len(d) < 2 {
		return false
	}
	sum, dbl := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		c := d[i]
		if c < '0' || c > '9' {
			return false
		}
		n := int(c - '0')
		if dbl {
			if n *= 2; n > 9 {
				n -= 9
			}
		}
		sum += n
		dbl = !dbl
	}
	return sum%10 == 0
}

// validNPI checks a 10-digit National Provider Identifier: Luhn over the
// number prefixed with the health-industry code 80840.
func validNPI(d string) bool {
	return len(d) == 10 && (d[0] == '1' || d[0] == '2') && luhn("80840"+d)
}

// validNANP reports whether ten digits look like a North American phone
// number: area code and exchange start with 2-9.
func validNANP(d string) bool {
	return len(d) == 10 && d[0] >= '2' && d[3] >= '2'
}

// validVIN checks a 17-character vehicle identification number: no I, O or
// Q, and the check digit in position 9.
func validVIN(v []byte) bool {
	if len(v) != 17 {
		return false
	}
	weights := [17]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}
	sum, digits := 0, 0
	for i, c := range v {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		var n int
		switch {
		case c >= '0' && c <= '9':
			n = int(c - '0')
			digits++
		case c == 'I' || c == 'O' || c == 'Q':
			return false
		case c >= 'A' && c <= 'H':
			n = int(c-'A') + 1
		case c >= 'J' && c <= 'R':
			n = int(c-'J') + 1
		case c >= 'S' && c <= 'Z':
			n = int(c-'S') + 2
		default:
			return false
		}
		sum += n * weights[i]
	}
	check := sum % 11
	want := byte('0' + check)
	if check == 10 {
		want = 'X'
	}
	c := v[8]
	if c >= 'a' && c <= 'z' {
		c -= 'a' - 'A'
	}
	return digits >= 5 && c == want
}

// validDate reports whether month and day make a calendar date (29 February
// allowed; the year is rarely known).
func validDate(month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	return day <= [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
}
