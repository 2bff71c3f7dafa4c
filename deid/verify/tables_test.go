package verify

import (
	"testing"

	"github.com/deid-project/deid/deid/internal/lang/en"
	"github.com/deid-project/deid/deid/internal/lang/en/entest"
)

// Verify's own copies of word tables (see literal.go) against the engine's
// tables in deid/internal/lang/en: every difference is listed here, so a
// word added to or dropped from either side fails this test until someone
// decides whether verify follows.
//
// The differences are those verify's copies had when the tables moved to
// en. Each is kept so that verify's verdicts do not change; closing one is
// a change of what verify flags, to make in the copy and here together.
func TestTablesAgainstEn(t *testing.T) {
	entries := func(m map[string]string) map[string]bool {
		s := map[string]bool{}
		for k, v := range m {
			s[k+"="+v] = true
		}
		return s
	}
	enAbbrev := map[string]string{}
	for k, v := range en.Pairs(en.StreetAbbrev) {
		enAbbrev[k] = v
	}
	digits, enDigits, enNumbers := map[string]string{}, map[string]string{}, map[string]bool{}
	for w, d := range digitWords {
		digits[w] = string(d)
	}
	for w, v := range en.Values(en.Numbers) {
		enNumbers[w] = true
		if v < 10 {
			enDigits[w] = string(rune('0' + v))
		}
	}
	for _, c := range []struct {
		name               string
		verify, en         map[string]bool
		onlyVerify, onlyEn string
	}{
		// The literal search skips surname particles and the articles of
		// place names (Van Dyke, San Diego) as name parts: alone they are
		// everyday words or part of a place name.
		{"nameSkip", nameSkip, entest.Words(en.NameSkip), "del der las los san van von", ""},
		// Verify's eponym heads are those after which a patient's surname
		// is the clinical term; ophthalmopathy and orbitopathy (Graves'),
		// which the engine's table lacks, among them.
		{"eponymHeads", eponymHeads, entest.Words(en.EponymHeads), "ophthalmopathy orbitopathy",
			"aneurysm anomaly arthropathy bag balloon bodies body catheters cell cells chorea class drip frame frames pouch " +
				"contraction contractions contracture cyst dementia diverticulum drain encephalopathy equation esophagus forceps " +
				"formula fundoplication gait grade hose index lesion lesions level line lymphoma method model " +
				"modification monitor monitoring neuroma neuropathy nodules oesophagus plan position " +
				"protocol regimen retractor ring rings risk rule rules sarcoidosis sarcoma shunt spots " +
				"stage staging stain stains stockings system tests thyroiditis triad tube tumor tumour " +
				"salt salts type ulcer ulcers valve wort curve curves estimate estimates estimator tear tears " +
				"surgery exercises exercise horse horses virus spotted angina category categories chart inventory questionnaire"},
		// The titles that make a weak name part count: honorifics, not
		// roles and credentials.
		{"titleWords", titleWords, entest.Words(en.Titles), "",
			"brother captain chaplain coach counsellor counselor dentist judge lpn maam madam midwife " +
				"mx np officer pastor rev reverend rn sergeant sir therapist " +
				"admiral capt colonel corporal cpl lcpl lieutenant msgt pfc pvt sfc sgt ssgt practitioner " +
				"dietician dietitian nutritionist pharmacist physio physiotherapist receptionist technician " +
				"advocate caseworker coordinator manager navigator worker cna lvn sitter deputy trooper detective " +
				"aide doula educator hygienist interpreter paramedic phlebotomist scheduler scribe secretary sonographer technologist " +
				"médecin medecin docteur infirmière infirmiere infirmier doctora enfermera enfermero médico medico arzt ärztin " +
				"rabbi imam deacon cantor bishop monsignor sheikh"},
		// Verify does not read "apt", "mt" and "ft" as "apartment",
		// "mount" and "fort" (addStreet stops at "apt" on its own).
		{"streetAbbrev", entries(streetAbbrev), entries(enAbbrev), "", "apt=apartment ft=fort mt=mount"},
		// Verify joins "zero", "oh" and the digits, not "o" and "nought".
		{"digitWords", entries(digits), entries(enDigits), "", "nought=0 o=0"},
		// The words of a spoken year that verify explains as the year the
		// policy keeps: "two thousand and six", no "o", "nought", "fourty".
		{"numWords", numWords, enNumbers, "and hundred thousand", "fourty nought o"},
	} {
		entest.CheckCopy(t, c.name, "verify's copy", c.verify, c.en, c.onlyVerify, c.onlyEn)
	}
}

// The months and the spoken days verify searches for are spelled from en's
// tables: the full names, and the days as said ("twenty first").
func TestTablesSpelled(t *testing.T) {
	if months[1] != "january" || months[9] != "september" || months[12] != "december" || months[0] != "" {
		t.Errorf("months: %q", months)
	}
	for d, want := range map[int]string{1: "first", 3: "third", 12: "twelfth", 20: "twentieth",
		21: "twenty first", 29: "twenty ninth", 30: "thirtieth", 31: "thirty first"} {
		if ordinalWords[d] != want {
			t.Errorf("day %d: %q, want %q", d, ordinalWords[d], want)
		}
	}
}
