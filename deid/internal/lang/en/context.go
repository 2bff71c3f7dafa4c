package en

import _ "embed"

// MoveVerbs take a place after to, at, from or in: "transferred to", "seen
// at", "retired from".
//
//go:embed move_verbs.txt
var MoveVerbs string

// StrongMoves are the verbs of movement after which even a short code
// names a hospital: "admitted to GH", "sent to BMC".
//
//go:embed strong_moves.txt
var StrongMoves string

// Credentials are written after a clinician's name: "Jana Brill, RN".
//
//go:embed credentials.txt
var Credentials string

// StreetLeads open a street name in other languages: Rua do Arenque, Via
// Franscini, Rue Gafsa, ul. Narewska.
//
//go:embed street_leads.txt
var StreetLeads string

// StreetMarks follow a street name in Hungarian and others: Rákóczi út 13,
// Király u. 15, Erzsébet tér 19.
//
//go:embed street_marks.txt
var StreetMarks string

// AddressWords open the address shapes that are no street: corners,
// military addresses.
//
//go:embed address_words.txt
var AddressWords string

// ShortHeads end a facility named by an acronym or a name: "KMC Med Ctr",
// "Marlow General", "Harlow Memorial".
//
//go:embed short_heads.txt
var ShortHeads string

// AddressCues introduce an address: "address is", "lives at", "moved to",
// "send it to", "meet you at".
//
//go:embed address_cues.txt
var AddressCues string

// EmployCues name an employer after "for", "at", "by", "of" or "with":
// "works for", "employed by", "CEO of", "a job at".
//
//go:embed employ_cues.txt
var EmployCues string

// OrgHeads end the name of a company or an organisation: "vista health",
// "acme systems".
//
//go:embed org_heads.txt
var OrgHeads string

// TradeKinds say what a shop or a trade sells or which one of its kind it
// is ("the corner bakery", "the donut shop"): everyday words among them
// before a trade's head name no business.
//
//go:embed trade_kinds.txt
var TradeKinds string

// VenueNouns are things and places people are at that are no business's
// name ("at the front desk", "at the kitchen table").
//
//go:embed venue_nouns.txt
var VenueNouns string

// VenueKinds say what kind of place a venue is between its name and its
// head ("sunny days learning center", "pinecrest mobile home park").
//
//go:embed venue_kinds.txt
var VenueKinds string

// Dishes are named after people ("chicken alfredo", "caesar salad"): next to
// a food word they name the dish, not a person.
//
//go:embed dishes.txt
var Dishes string
