// Package en holds the English word tables of the engine as embedded data,
// one owner for every table that more than one part of deid reads. It is
// the seam for a second language: another package with the same tables.
package en

import _ "embed"

// ClinicalAbbrev lists clinical abbreviation short forms written by
// clinicians (NGT, HOB, PERRLA, neo): shorthand that is no name, place or
// identifier on its own. Compiled from the clinical abbreviation
// meta-inventory (CC BY 4.0) by `make clinical-words`.
//
//go:embed clinical_abbrev.txt
var ClinicalAbbrev string

// ClinicalShorthand lists nursing and ICU shorthand the meta-inventory
// lacks, by class: lines and catheters, charting systems, paced rhythms,
// drips and their short names.
//
//go:embed clinical_shorthand.txt
var ClinicalShorthand string

// CareUnits lists the units and services of a hospital (icu, pacu, cath
// lab, floor): where a patient goes inside a hospital, not which hospital.
//
//go:embed care_units.txt
var CareUnits string

// CareKinds lists the kinds of care and health ("respiratory care",
// "wound care", "primary care"): before care, health or center they make no
// facility name.
//
//go:embed care_kinds.txt
var CareKinds string
