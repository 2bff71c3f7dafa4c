package classify

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/redact"
)

var (
	metaKeyRE   = regexp.MustCompile(`^[a-z0-9-]+$`)
	metaValueRE = regexp.MustCompile(`^[\x20-\x7e]+$`)
	hash        = strings.Repeat("ab", 32)
)

func TestObjectMetadataRoundTrip(t *testing.T) {
	for _, l := range []Labels{
		{Tier: TierDeidentified, Policy: "safe-harbor", PolicyHash: hash,
			Removed:      map[deid.Type]int{deid.Name: 3, deid.Date: 2, deid.HealthPlan: 1},
			ResidualRisk: "none", Categories: []Category{MentalHealth, SubstanceUse}},
		{Tier: TierRestricted, Policy: "my.policy_2", PolicyHash: hash, Removed: map[deid.Type]int{}, ResidualRisk: "high"},
		{Tier: TierDeidentified, Policy: "expert", PolicyHash: hash, Removed: map[deid.Type]int{}, Categories: Categories},
	} {
		md := l.ObjectMetadata()
		for k, v := range md {
			if !metaKeyRE.MatchString(k) || !metaValueRE.MatchString(v) {
				t.Errorf("unsafe metadata %q: %q", k, v)
			}
		}
		got, err := ParseObjectMetadata(md)
		if err != nil {
			t.Fatalf("%v: %v", md, err)
		}
		if !reflect.DeepEqual(got, l) {
			t.Errorf("round trip\n got %+v\nwant %+v", got, l)
		}
		// As S3 hands them back: canonical header case, with the prefix.
		s3 := map[string]string{"Content-Type": "application/json"}
		for k, v := range md {
			s3["X-Amz-Meta-"+strings.ToUpper(k[:1])+k[1:]] = v
		}
		if got, err := ParseObjectMetadata(s3); err != nil || !reflect.DeepEqual(got, l) {
			t.Errorf("S3 form: %v %+v", err, got)
		}
	}
	md := (Labels{Tier: TierDeidentified, Policy: "safe-harbor", PolicyHash: hash,
		Removed: map[deid.Type]int{deid.Name: 3, deid.Date: 2}, Categories: []Category{Genetics, HIVSTI}}).ObjectMetadata()
	if md[MetaRemoved] != "DATE=2,NAME=3" || md[MetaCategories] != "genetics,hiv_sti" {
		t.Errorf("metadata %v", md)
	}
	if _, ok := md[MetaResidualRisk]; ok {
		t.Error("residual risk written before verification")
	}
}

// TestObjectMetadataUnsafe: whatever a Labels holds, no value that is not
// a label value reaches the metadata, and Validate refuses it.
func TestObjectMetadataUnsafe(t *testing.T) {
	secret := "John Smith 555-1212\n"
	for _, l := range []Labels{
		{Tier: Tier(secret), Policy: "p", PolicyHash: hash},
		{Tier: TierDeidentified, Policy: secret, PolicyHash: hash},
		{Tier: TierDeidentified, Policy: "p", PolicyHash: secret},
		{Tier: TierDeidentified, Policy: "p", PolicyHash: hash, ResidualRisk: secret},
		{Tier: TierDeidentified, Policy: "p", PolicyHash: hash, Removed: map[deid.Type]int{deid.Type(secret): 1}},
		{Tier: TierDeidentified, Policy: "p", PolicyHash: hash, Categories: []Category{Category(secret)}},
	} {
		for k, v := range l.ObjectMetadata() {
			if strings.Contains(v, "John") || strings.Contains(v, "555") || !metaValueRE.MatchString(v) {
				t.Errorf("%s = %q", k, v)
			}
		}
		if err := l.Validate(); err == nil {
			t.Errorf("Validate accepts %+v", l)
		} else if strings.Contains(err.Error(), "John") {
			t.Errorf("error holds the value: %v", err)
		}
	}
}

func TestParseObjectMetadataErrors(t *testing.T) {
	good := (Labels{Tier: TierDeidentified, Policy: "safe-harbor", PolicyHash: hash, Removed: map[deid.Type]int{deid.Name: 1}}).ObjectMetadata()
	for name, edit := range map[string]func(map[string]string){
		"no version":      func(m map[string]string) { delete(m, MetaVersion) },
		"future version":  func(m map[string]string) { m[MetaVersion] = "2" },
		"no tier":         func(m map[string]string) { delete(m, MetaTier) },
		"bad tier":        func(m map[string]string) { m[MetaTier] = "public" },
		"bad removed":     func(m map[string]string) { m[MetaRemoved] = "NAME:1" },
		"negative":        func(m map[string]string) { m[MetaRemoved] = "NAME=-1" },
		"unknown type":    func(m map[string]string) { m[MetaRemoved] = "NAMES=1" },
		"repeated type":   func(m map[string]string) { m[MetaRemoved] = "NAME=1,NAME=2" },
		"bad category":    func(m map[string]string) { m[MetaCategories] = "astrology" },
		"unsorted":        func(m map[string]string) { m[MetaCategories] = "substance_use,genetics" },
		"bad risk":        func(m map[string]string) { m[MetaResidualRisk] = "medium" },
		"bad hash":        func(m map[string]string) { m[MetaPolicyHash] = "abc" },
		"empty cats":      func(m map[string]string) { m[MetaCategories] = "" },
		"missing removed": func(m map[string]string) { delete(m, MetaRemoved) },
	} {
		m := map[string]string{}
		for k, v := range good {
			m[k] = v
		}
		edit(m)
		if _, err := ParseObjectMetadata(m); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestForRecord(t *testing.T) {
	key, err := redact.ParseKey("9c4f0a7be21d58c36f90e2a4b71d05c8e3f6a92d47b18c05e9d3a6f2b0c74e18")
	if err != nil {
		t.Fatal(err)
	}
	r, err := redact.New(policy.Default(), &redact.Options{Key: key, IDs: linkage.NewMemory()})
	if err != nil {
		t.Fatal(err)
	}
	c := &deid.Conversation{ConversationID: "c1",
		Encounter: &deid.Encounter{Department: "Psychiatry", Patient: &deid.Patient{Name: "Maria Lopez", MRN: "12345678"}},
		Turns: []deid.Turn{
			{Speaker: "clinician", Text: "Hi Maria, how is the sertraline working?"},
			{Speaker: "patient", Text: "Better. I stopped the methadone too."},
		}}
	rec, err := r.Conversation(c)
	if err != nil {
		t.Fatal(err)
	}
	l := ForRecord(rec, c)
	if l.Tier != TierDeidentified || l.Policy != "safe-harbor" || l.PolicyHash != policy.Default().Hash() || l.Removed[deid.Name] == 0 {
		t.Errorf("labels %+v", l)
	}
	if !reflect.DeepEqual(l.Categories, []Category{MentalHealth, SubstanceUse}) {
		t.Errorf("categories %v", l.Categories)
	}
	if err := l.Validate(); err != nil {
		t.Error(err)
	}
	rec.Removed[deid.Name] = 99
	if l.Removed[deid.Name] == 99 {
		t.Error("labels share the record's map")
	}
	for _, v := range l.ObjectMetadata() {
		if strings.Contains(strings.ToLower(v), "maria") || strings.Contains(v, "1234") {
			t.Errorf("metadata holds record text: %q", v)
		}
	}
}
