package deid

import "sort"

// Type is the kind of identifier a Finding covers. The values are stable: they
// appear in findings files, gold files, redaction tags and audit counts.
type Type string

// Identifier types, grouped by the Safe Harbor class they belong to
// (45 CFR 164.514(b)(2)(i)(A)-(R)).
const (
	Name       Type = "NAME"        // (A) names of the patient, relatives, staff
	Address    Type = "ADDRESS"     // (B) street address, PO box
	City       Type = "CITY"        // (B) city, town
	County     Type = "COUNTY"      // (B) county
	Zip        Type = "ZIP"         // (B) ZIP code
	Facility   Type = "FACILITY"    // (B) hospital, clinic, care home
	Location   Type = "LOCATION"    // (B) other geographic units below a state
	Date       Type = "DATE"        // (C) date elements other than the year
	Age        Type = "AGE"         // (C) ages over 89
	Phone      Type = "PHONE"       // (D)
	Fax        Type = "FAX"         // (E)
	Email      Type = "EMAIL"       // (F)
	SSN        Type = "SSN"         // (G)
	MRN        Type = "MRN"         // (H)
	HealthPlan Type = "HEALTH_PLAN" // (I)
	Account    Type = "ACCOUNT"     // (J)
	License    Type = "LICENSE"     // (K) certificate and licence numbers
	Vehicle    Type = "VEHICLE"     // (L) VINs, licence plates
	Device     Type = "DEVICE"      // (M) device identifiers and serial numbers
	URL        Type = "URL"         // (N)
	IP         Type = "IP"          // (O)
	Biometric  Type = "BIOMETRIC"   // (P) biometric identifiers
	ID         Type = "ID"          // (R) any other unique identifying number or code
	NPI        Type = "NPI"         // (R) national provider identifier
)

// AllTypes lists every type in a stable order.
var AllTypes = []Type{Name, Address, City, County, Zip, Facility, Location, Date, Age, Phone, Fax,
	Email, SSN, MRN, HealthPlan, Account, License, Vehicle, Device, URL, IP, Biometric, ID, NPI}

// SafeHarborClass returns the letter of the Safe Harbor identifier class
// (45 CFR 164.514(b)(2)(i)) that t belongs to, or "" for an unknown type.
func (t Type) SafeHarborClass() string {
	switch t {
	case Name:
		return "A"
	case Address, City, County, Zip, Facility, Location:
		return "B"
	case Date, Age:
		return "C"
	case Phone:
		return "D"
	case Fax:
		return "E"
	case Email:
		return "F"
	case SSN:
		return "G"
	case MRN:
		return "H"
	case HealthPlan:
		return "I"
	case Account:
		return "J"
	case License:
		return "K"
	case Vehicle:
		return "L"
	case Device:
		return "M"
	case URL:
		return "N"
	case IP:
		return "O"
	case Biometric:
		return "P"
	case ID, NPI:
		return "R"
	}
	return ""
}

// Valid reports whether t is one of the engine's types.
func (t Type) Valid() bool { return t.SafeHarborClass() != "" }

// Finding is one detected identifier: a byte range of the scanned text, end
// exclusive. It never holds the matched text, so a Finding can be logged,
// counted or written out without leaking what it covers.
type Finding struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Type  Type    `json:"type"`
	Score float64 `json:"score"`
	// Source names the detector that produced the finding ("known",
	// "pattern/phone", "dict/name", ...). It explains a finding in reviews and
	// evaluation reports; it is not part of the scan output contract.
	Source string `json:"-"`
}

// Len is the length of the finding in bytes.
func (f Finding) Len() int { return f.End - f.Start }

// SortFindings orders findings by start, then longest first.
func SortFindings(fs []Finding) {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Start != fs[j].Start {
			return fs[i].Start < fs[j].Start
		}
		return fs[i].End > fs[j].End
	})
}
