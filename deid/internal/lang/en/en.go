// Package en holds the English word tables of the engine as embedded data,
// one owner for every table that more than one part of deid reads: the
// engine (deid), redact and verify. It is the seam for a second language:
// another package with the same tables.
//
// A table is a text file. '#' starts a comment that runs to the end of its
// line. Word lists are words separated by white space, in lower case (read
// them with [Words]). Tables with values have one entry a line: "word
// value" ([Values], [Pairs]: months, numbers, ordinals, street
// abbreviations), or a name and its short forms ([Lines]: nicknames).
//
// What a table means to the engine (the lexicon flag it gives its words)
// stays in deid (lexicon.go, grammar.go); what it means to redact and verify
// stays there.
package en

import _ "embed"

// Clinical vocabulary: shorthand that is no name, place or identifier on its
// own.
var (
	// ClinicalAbbrev lists clinical abbreviation short forms written by
	// clinicians (NGT, HOB, PERRLA, neo). Compiled from the clinical
	// abbreviation meta-inventory (CC BY 4.0) by `make clinical-words`.
	//
	//go:embed clinical_abbrev.txt
	ClinicalAbbrev string

	// ClinicalShorthand lists nursing and ICU shorthand the meta-inventory
	// lacks, by class: lines and catheters, charting systems, paced rhythms,
	// drips and their short names.
	//
	//go:embed clinical_shorthand.txt
	ClinicalShorthand string

	// CareUnits lists the units and services of a hospital (icu, pacu, cath
	// lab, floor): where a patient goes inside a hospital, not which hospital.
	//
	//go:embed care_units.txt
	CareUnits string

	// CareKinds lists the kinds of care and health ("respiratory care",
	// "wound care", "primary care"): before care, health or center they make
	// no facility name.
	//
	//go:embed care_kinds.txt
	CareKinds string

	// Eponyms are clinical words that look like names (parkinson, foley).
	//
	//go:embed eponyms.txt
	Eponyms string

	// EponymSurnames are common surnames that are clinical only before an
	// eponym head (smith fracture, wells score).
	//
	//go:embed eponym_surnames.txt
	EponymSurnames string

	// EponymHeads follow an eponym and show it is one (disease, syndrome,
	// catheter).
	//
	//go:embed eponym_heads.txt
	EponymHeads string

	// ClinicalTerms are the words (five letters or more) of the long forms
	// of the clinical abbreviation meta-inventory: drugs, organisms,
	// anatomy, syndromes. After a naming cue ("something called
	// Furosemide") such a word is no name. Rebuilt by `make clinical-words`.
	//
	//go:embed clinical_terms.txt
	ClinicalTerms string

	// Brands are drug, device and supply brands written with a capital.
	//
	//go:embed brands.txt
	Brands string

	// Companies are companies, stores and apps named in passing: no
	// person or town, but an employer after a cue of work.
	//
	//go:embed companies.txt
	Companies string

	// CompanyNames are companies whose names are two or three everyday
	// words ("home depot"), one a line: an employer after a cue of work.
	//
	//go:embed company_names.txt
	CompanyNames string

	// WorldCities are cities outside the United States, one word each:
	// towns the US list lacks ("mumbai", "calgary").
	//
	//go:embed world_cities.txt
	WorldCities string

	// Chains are businesses named after a person (mcdonald's, walgreens):
	// in the possessive they name the business.
	//
	//go:embed chains.txt
	Chains string

	// Units are units and counted things: a number before one is a measure.
	//
	//go:embed units.txt
	Units string

	// Measures are what is measured: a number after one is a value.
	//
	//go:embed measures.txt
	Measures string
)

// Dates and numbers.
var (
	// Months has one "word number" a line: the full name of a month first,
	// then its short forms.
	//
	//go:embed months.txt
	Months string

	// Weekdays are the days of the week and their short forms.
	//
	//go:embed weekdays.txt
	Weekdays string

	// Holidays.
	//
	//go:embed holidays.txt
	Holidays string

	// Numbers are the spoken numbers below a hundred, one "word value" a
	// line: the first word of a value is how it is written out.
	//
	//go:embed numbers.txt
	Numbers string

	// Ordinals are the ordinal words of 0 to 19 and of the tens, one "word
	// value" a line.
	//
	//go:embed ordinals.txt
	Ordinals string

	// Multipliers of spoken digits: double, triple.
	//
	//go:embed multipliers.txt
	Multipliers string

	// DatePreps are the prepositions before a date: on, since, until.
	//
	//go:embed date_preps.txt
	DatePreps string
)

// People and names.
var (
	// Titles are said or written before a name: dr, doctor, mrs, nurse.
	//
	//go:embed titles.txt
	Titles string

	// Relations name people by what they are to a patient: daughter,
	// husband, neighbor.
	//
	//go:embed relations.txt
	Relations string

	// NameSkip are the parts of a written name that are not the name:
	// titles, suffixes and credentials, joining words.
	//
	//go:embed name_skip.txt
	NameSkip string

	// Nicknames has one name a line, then the short forms people use for
	// it (or, for a short form, the full names it stands for).
	//
	//go:embed nicknames.txt
	Nicknames string

	// Particles are the particles of a surname: al, de, van, von.
	//
	//go:embed particles.txt
	Particles string

	// NameCues introduce a name: named, called.
	//
	//go:embed name_cues.txt
	NameCues string

	// IntroWords are words after which a name may follow: im, this, call.
	//
	//go:embed intro_words.txt
	IntroWords string

	// PersonVerbs are what people do, after their name: said, told, drove.
	//
	//go:embed person_verbs.txt
	PersonVerbs string

	// Greetings: hi, hello, thanks, bye.
	//
	//go:embed greetings.txt
	Greetings string
)

// Places.
var (
	// StreetWords are street suffixes and their abbreviations.
	//
	//go:embed street_words.txt
	StreetWords string

	// StreetAbbrev has one "short long" a line: the abbreviations of the
	// words of a street address (st street, n north, apt apartment).
	//
	//go:embed street_abbrev.txt
	StreetAbbrev string

	// Directions are compass directions and their abbreviations.
	//
	//go:embed directions.txt
	Directions string

	// UnitSuffixes are the unit designators of an address: apt, suite.
	//
	//go:embed unit_suffixes.txt
	UnitSuffixes string

	// POBox are the words of "PO" in a PO box as the tokenizer sees them.
	//
	//go:embed po_box.txt
	POBox string

	// CountyWords are the words for a county.
	//
	//go:embed county_words.txt
	CountyWords string

	// LocPreps are the prepositions before a place: in, from, near.
	//
	//go:embed loc_preps.txt
	LocPreps string

	// FacilityWords are the words of a facility's name.
	//
	//go:embed facility_words.txt
	FacilityWords string

	// FacilityHeads end a facility's name: hospital, clinic, center.
	//
	//go:embed facility_heads.txt
	FacilityHeads string

	// GenericFacilityWords are facility modifiers that name no facility on
	// their own: the, county, general.
	//
	//go:embed generic_facility_words.txt
	GenericFacilityWords string

	// Landmarks end the name of a local place: park, estates, farm.
	//
	//go:embed landmarks.txt
	Landmarks string

	// Countries are places and peoples above the state level, languages,
	// faiths, and programmes, insurers and companies written with a
	// capital: no identifiers.
	//
	//go:embed countries.txt
	Countries string
)

// Common words.
var (
	// StopWords are function words and verbs that are never a name after a
	// cue.
	//
	//go:embed stop_words.txt
	StopWords string

	// Determiners: the, my, your.
	//
	//go:embed determiners.txt
	Determiners string

	// Fillers are the filler and chat words of speech that the name lists
	// carry: um, gonna, buddy.
	//
	//go:embed fillers.txt
	Fillers string
)
