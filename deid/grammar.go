package deid

import "github.com/deid-project/deid/deid/internal/lang/en"

// The engine's own word classes: the words that give context (titles,
// relations, street suffixes, units, cue words) and the clinical vocabulary
// that must survive although it looks like a name. The tables are embedded
// text files of deid/internal/lang/en, shared with redact and verify; here
// each gets its lexicon flag.

var (
	// months are the months and their short forms, with their numbers.
	months = valueMap(en.Months, 1, 12)
	// numberWords are the spoken numbers below a hundred, with their values.
	numberWords = valueMap(en.Numbers, 0, 99)
	// ordinalWords are the ordinal words of the days of a month ("first"
	// to "twentieth", "thirtieth"), with their values: the other days are
	// said in two words.
	ordinalWords = valueMap(en.Ordinals, 1, 31)
)

// givenNotNonPHI are well-known given names that the non-PHI word list
// (Philter's) also has, and that name no drug, test, place, month or
// shorthand: the grammar takes that flag off them, the one place it
// removes a generated flag ("i had a sandra who hurt her knee").
var givenNotNonPHI = []string{"sandra", "glenn", "owen", "tim", "cara", "jude", "dena", "perla", "blair", "mary", "jacob", "joe"}

// valueMap maps the words of a table of "word number" lines whose value is
// between lo and hi to their values.
func valueMap(table string, lo, hi int) map[string]int {
	m := map[string]int{}
	for w, v := range en.Values(table) {
		if v >= lo && v <= hi {
			m[w] = v
		}
	}
	return m
}

func addGrammar(l *lexicon) {
	for w := range months {
		l.add(w, fMonth)
	}
	for w := range numberWords {
		l.add(w, fNumWord)
	}
	for w := range ordinalWords {
		l.add(w, fOrdWord)
	}
	l.addTable(fWeekday, en.Weekdays)
	l.addTable(fTitle, en.Titles)
	l.addTable(fRelation, en.Relations)
	l.addTable(fStreet, en.StreetWords)
	l.addTable(fFacility, en.FacilityWords)
	l.addTable(fFacHead, en.FacilityHeads)
	l.addTable(fCountry, en.Countries)
	l.addTable(fLandmark, en.Landmarks)
	l.addTable(fCountry, en.Brands)
	l.addTable(fCountry, en.Companies)
	l.addTable(fChain, en.Chains)
	l.addTable(fIntro, en.IntroWords)
	l.addTable(fMultiplier, en.Multipliers)
	l.addTable(fCountyWord, en.CountyWords)
	l.addTable(fPO, en.POBox)
	l.addTable(fPersonVerb, en.PersonVerbs)
	l.addTable(fParticle, en.Particles)
	l.addTable(fEponym, en.Eponyms)
	l.addTable(fEpoSurname, en.EponymSurnames)
	l.addTable(fEpoHead, en.EponymHeads)
	l.addTable(fStop, en.StopWords)
	l.addTable(fClinical, en.ClinicalAbbrev)
	l.addTable(fClinical, en.ClinicalShorthand)
	l.addTable(fCareUnit|fClinical, en.CareUnits)
	l.addTable(fCareKind, en.CareKinds)
	l.addTable(fMoveVerb, en.MoveVerbs)
	l.addTable(fStrongMove, en.StrongMoves)
	l.addTable(fCredential, en.Credentials)
	l.addTable(fStreetLead, en.StreetLeads)
	l.addTable(fStreetMark, en.StreetMarks)
	l.addTable(fAddressWord, en.AddressWords)
	l.addTable(fShortHead, en.ShortHeads)
	l.addTable(fAddressCue, en.AddressCues)
	l.addTable(fEmployCue, en.EmployCues)
	l.addTable(fOrgHead, en.OrgHeads)
	l.addTable(fDish, en.Dishes)
	for _, w := range givenNotNonPHI {
		l.update(w, 0, fNonPHI)
	}
	// towns abroad: a town, whatever Philter's not-PHI list says ("mumbai")
	for w := range en.Words(en.WorldCities) {
		l.update(w, fCity, fNonPHI)
	}
	// the first words of faith names and regions, so that the detector
	// that reads them passes every other word with one test
	for _, w := range []string{"holy", "sacred", "good", "divine", "our", "northern", "southern", "eastern", "western",
		"mercy", "sinai", "providence", "bethesda", "calvary", "nazareth"} {
		l.add(w, fPlaceLead)
	}
	l.addTable(fDeterminer, en.Determiners)
	l.addTable(fUnit, en.Units)
	l.addTable(fMeasure, en.Measures)
	l.addTable(fHoliday, en.Holidays)
	l.addTable(fLocPrep, en.LocPreps)
	l.addTable(fDatePrep, en.DatePreps)
	l.addTable(fDirection, en.Directions)
	l.addTable(fUnitSuffix, en.UnitSuffixes)
	l.addTable(fGeneric, en.GenericFacilityWords)
	l.addTable(fNameCue, en.NameCues)
	l.addTable(fGreeting, en.Greetings)
	// Filler and chat words of speech that the name lists carry.
	l.addTable(fCommon|fStop, en.Fillers)
}
