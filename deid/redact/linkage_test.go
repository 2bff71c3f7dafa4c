package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/linkage"
)

func linkConv(id, encID, mrn, name string) *deid.Conversation {
	return &deid.Conversation{ConversationID: id,
		Encounter: &deid.Encounter{EncounterID: encID, Patient: &deid.Patient{MRN: mrn, Name: name}},
		Turns:     []deid.Turn{{Speaker: "patient", Text: "The cough is better."}}}
}

// TestResearchIDsLinkage: random ids from the store, the same patient (by
// MRN) the same id, never linked by name alone.
func TestResearchIDsLinkage(t *testing.T) {
	store, err := linkage.OpenFile(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	r, err := New(nil, &Options{IDs: store})
	require.NoError(t, err)
	get := func(c *deid.Conversation) *Record {
		rec, err := r.Conversation(c)
		require.NoError(t, err)
		validateRecord(t, rec)
		return rec
	}
	a := get(linkConv("conv-a", "", "MRN-00123", "John Smith"))
	b := get(linkConv("conv-b", "", "mrn 00123", "J. Smith"))
	assert.Equal(t, a.PatientResearchID, b.PatientResearchID, "one MRN, one patient")
	assert.NotEqual(t, a.ResearchID, b.ResearchID)

	// two John Smiths without an MRN are two patients
	x := get(linkConv("conv-x", "", "", "John Smith"))
	y := get(linkConv("conv-y", "", "", "John Smith"))
	assert.NotEqual(t, x.PatientResearchID, y.PatientResearchID)
	assert.NotEqual(t, a.PatientResearchID, x.PatientResearchID)
	// processing a record again gives its ids again (encounter id or conversation id)
	assert.Equal(t, x.PatientResearchID, get(linkConv("conv-x", "", "", "John Smith")).PatientResearchID)
	e1 := get(linkConv("conv-e1", "enc-9", "", "Jane Roe"))
	e2 := get(linkConv("conv-e2", "enc-9", "", "Jane Roe"))
	assert.Equal(t, e1.PatientResearchID, e2.PatientResearchID, "one encounter, one patient")

	// random: not a function of the MRN under any key
	k := mustKey(t, testKeyHex)
	assert.NotEqual(t, k.researchID("p_", "patient", "mrn:00123"), a.PatientResearchID)
}

func TestResearchIDsKeyed(t *testing.T) {
	pol := compilePolicy(t, "name: k\nversion: 1\nmethod: expert\ndefault: tag\nresearch_ids: keyed\n")
	run := func(key string) *Record {
		rec, err := newRedactor(t, pol, key).Conversation(linkConv("conv-a", "", "MRN-00123", "John Smith"))
		require.NoError(t, err)
		return rec
	}
	a, b, c := run(testKeyHex), run(testKeyHex), run(otherKeyHex)
	assert.Equal(t, a.PatientResearchID, b.PatientResearchID)
	assert.NotEqual(t, a.PatientResearchID, c.PatientResearchID)
	assert.NotEqual(t, a.ResearchID, c.ResearchID)
	// name alone does not link under keyed ids either
	r := newRedactor(t, pol, testKeyHex)
	x, err := r.Conversation(linkConv("conv-x", "", "", "John Smith"))
	require.NoError(t, err)
	y, err := r.Conversation(linkConv("conv-y", "", "", "John Smith"))
	require.NoError(t, err)
	assert.NotEqual(t, x.PatientResearchID, y.PatientResearchID)
}
