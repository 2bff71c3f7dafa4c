package export

import (
	"time"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/redact"
)

// Row is the Parquet schema of the export: redact.Record flattened so that
// DuckDB, pandas/pyarrow, Spark and BigQuery read it without JSON functions.
// Ids, demographics, encounter, policy and engine are scalar columns; turns
// are a standard three-level LIST of structs (DuckDB STRUCT[], pyarrow
// list<struct>, BigQuery REPEATED RECORD with list inference); removed is a
// MAP<STRING, INT64>. Optional record fields are nullable columns. Columns
// are zstd-compressed; low-cardinality strings are dictionary-encoded.
//
// The JSON age (47 or "90+") becomes two columns: age_years (the age, or
// the cap) and age_capped (true for "90+": the age is the cap or more).
// encounter_date is a Parquet DATE.
type Row struct {
	SchemaVersion        int32            `parquet:"schema_version"`
	ResearchID           string           `parquet:"research_id"`
	PatientResearchID    *string          `parquet:"patient_research_id,optional"`
	AgeYears             *int32           `parquet:"age_years,optional"`
	AgeCapped            *bool            `parquet:"age_capped,optional"`
	Sex                  *string          `parquet:"sex,optional,dict"`
	Zip3                 *string          `parquet:"zip3,optional,dict"`
	State                *string          `parquet:"state,optional,dict"`
	EncounterYear        *int32           `parquet:"encounter_year,optional"`
	EncounterDate        *int32           `parquet:"encounter_date,optional,date"`
	EncounterDateShifted bool             `parquet:"encounter_date_shifted"`
	Department           *string          `parquet:"department,optional"`
	Turns                []RowTurn        `parquet:"turns,list"`
	Removed              map[string]int64 `parquet:"removed"`
	PolicyName           string           `parquet:"policy_name,dict"`
	PolicyVersion        int32            `parquet:"policy_version"`
	PolicyHash           string           `parquet:"policy_hash,dict"`
	EngineVersion        string           `parquet:"engine_version,dict"`
	// The record's labels (set on exported records, null otherwise);
	// removed and policy_hash are the columns above.
	Tier         *string  `parquet:"tier,optional,dict"`
	Categories   []string `parquet:"categories,list"`
	ResidualRisk *string  `parquet:"residual_risk,optional,dict"`
}

// RowTurn is one element of Row.Turns.
type RowTurn struct {
	Speaker string `parquet:"speaker,dict"`
	StartMS int64  `parquet:"start_ms"`
	EndMS   int64  `parquet:"end_ms"`
	Text    string `parquet:"text"`
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// RowOf flattens a record. A malformed encounter date (not YYYY-MM-DD) is
// an error: the Parquet column is a DATE.
func RowOf(rec *redact.Record) (Row, error) {
	r := Row{
		SchemaVersion:        int32(rec.SchemaVersion),
		ResearchID:           rec.ResearchID,
		PatientResearchID:    optString(rec.PatientResearchID),
		Sex:                  optString(rec.Demographics.Sex),
		Zip3:                 optString(rec.Demographics.Zip3),
		State:                optString(rec.Demographics.State),
		EncounterDateShifted: rec.Encounter.DateShifted,
		Department:           optString(rec.Encounter.Department),
		Turns:                make([]RowTurn, len(rec.Turns)),
		Removed:              make(map[string]int64, len(rec.Removed)),
		PolicyName:           rec.Policy.Name,
		PolicyVersion:        int32(rec.Policy.Version),
		PolicyHash:           rec.Policy.Hash,
		EngineVersion:        rec.EngineVersion,
	}
	if a := rec.Demographics.Age; a != nil {
		y, c := int32(a.Years), a.Over
		r.AgeYears, r.AgeCapped = &y, &c
	}
	if y := rec.Encounter.Year; y != 0 {
		y32 := int32(y)
		r.EncounterYear = &y32
	}
	if d := rec.Encounter.Date; d != "" {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return Row{}, errorf(ErrInvalidRecord, "record %s: encounter.date is not YYYY-MM-DD", rec.ResearchID)
		}
		days := int32(t.Sub(epoch) / (24 * time.Hour))
		r.EncounterDate = &days
	}
	for i, t := range rec.Turns {
		r.Turns[i] = RowTurn{Speaker: t.Speaker, StartMS: t.StartMS, EndMS: t.EndMS, Text: t.Text}
	}
	for k, v := range rec.Removed {
		r.Removed[string(k)] = int64(v)
	}
	if l := rec.Labels; l != nil {
		r.Tier, r.ResidualRisk = &l.Tier, &l.ResidualRisk
		r.Categories = append([]string{}, l.Categories...)
	}
	return r, nil
}

// Record turns a row back into the record it was made from. Removed and
// Turns are never nil.
func (r *Row) Record() *redact.Record {
	rec := &redact.Record{
		SchemaVersion:     int(r.SchemaVersion),
		ResearchID:        r.ResearchID,
		PatientResearchID: deref(r.PatientResearchID),
		Demographics: redact.Demographics{
			Sex:   deref(r.Sex),
			Zip3:  deref(r.Zip3),
			State: deref(r.State),
		},
		Encounter: redact.EncounterInfo{
			DateShifted: r.EncounterDateShifted,
			Department:  deref(r.Department),
		},
		Turns:         make([]redact.Turn, len(r.Turns)),
		Removed:       make(map[deid.Type]int, len(r.Removed)),
		Policy:        redact.PolicyRef{Name: r.PolicyName, Version: int(r.PolicyVersion), Hash: r.PolicyHash},
		EngineVersion: r.EngineVersion,
	}
	if r.AgeYears != nil {
		rec.Demographics.Age = &redact.Age{Years: int(*r.AgeYears), Over: r.AgeCapped != nil && *r.AgeCapped}
	}
	if r.EncounterYear != nil {
		rec.Encounter.Year = int(*r.EncounterYear)
	}
	if r.EncounterDate != nil {
		rec.Encounter.Date = epoch.AddDate(0, 0, int(*r.EncounterDate)).Format(time.DateOnly)
	}
	for i, t := range r.Turns {
		rec.Turns[i] = redact.Turn{Speaker: t.Speaker, StartMS: t.StartMS, EndMS: t.EndMS, Text: t.Text}
	}
	for k, v := range r.Removed {
		rec.Removed[deid.Type(k)] = int(v)
	}
	if r.Tier != nil {
		rec.Labels = &redact.Labels{Tier: *r.Tier, Categories: append([]string{}, r.Categories...),
			ResidualRisk: deref(r.ResidualRisk), PolicyHash: r.PolicyHash}
	}
	return rec
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
