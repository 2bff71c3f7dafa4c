package redact

import (
	"testing"

	"github.com/deid-project/deid/deid/internal/lang/en"
	"github.com/deid-project/deid/deid/internal/lang/en/entest"
)

// Redact's name tables against the engine's in deid/internal/lang/en: every
// difference is listed here, so that a word added to or dropped from either
// side fails this test until someone decides whether the other follows.
// The differences are those the tables had when the engine's moved to en;
// closing one changes which words of a name redact rewrites and the key
// of the name (see names.go).
func TestNameTablesAgainstEn(t *testing.T) {
	for _, c := range []struct {
		name               string
		redact, en         map[string]bool
		onlyRedact, onlyEn string
	}{
		// Redact keeps relations said before a name (aunt Mary) and a few
		// more honorifics as written; the engine's titles add roles and
		// credentials.
		{"titles", titles, entest.Words(en.Titles), "aunt auntie dame grandma grandpa misses uncle",
			"brother captain chaplain coach counsellor counselor dentist judge lpn maam midwife np " +
				"officer pastor reverend rn sergeant therapist " +
				"admiral capt colonel corporal cpl lcpl lieutenant msgt pfc pvt sfc sgt ssgt practitioner " +
				"dietician dietitian nutritionist pharmacist physio physiotherapist receptionist technician " +
				"advocate caseworker coordinator manager navigator worker cna lvn sitter deputy trooper detective " +
				"aide doula educator hygienist interpreter paramedic phlebotomist scheduler scribe secretary sonographer technologist " +
				"médecin medecin docteur infirmière infirmiere infirmier doctora enfermera enfermero médico medico arzt ärztin " +
				"rabbi imam deacon cantor bishop monsignor sheikh"},
		// The suffixes after a name; the titles are in titles, and "the",
		// "and", "of", "dds" and "lpn" are name parts to redact.
		{"nameSuffixes", nameSuffixes, entest.Words(en.NameSkip), "", "and dds dr lpn miss mr mrs ms of prof the"},
	} {
		entest.CheckCopy(t, c.name, "redact's table", c.redact, c.en, c.onlyRedact, c.onlyEn)
	}
	for w := range surnameTitles {
		if !titles[w] {
			t.Errorf("surname title %q is no title", w)
		}
	}
}
