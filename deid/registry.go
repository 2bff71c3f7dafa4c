package deid

// The registry of detectors, gitleaks-style: each detector is a value with
// its name, the types it may report, the Source labels its findings carry,
// the examples it must find and must leave alone, and its function. Scan
// runs the registry in order (later detectors read what earlier ones
// found: name extension reads names, states extend places).
// TestDetectorExamples runs one subtest per detector and fails a detector
// without examples; TestDetectorSources checks that every finding carries
// a Source its detector declares and that every declared Source is shown
// by an example. To find the rule behind a finding, look up its Source
// here.

// detector is one rule set of the engine.
type detector struct {
	Name     string
	Types    []Type
	Sources  []string
	Examples []example
	run      func(*scanner)
	// gate, when set, is a cheap test on the whole text (the union of its
	// tokens' flags and kinds) that is false only when run could not find
	// anything: the detector is skipped. It must never be narrower than
	// run; TestDetectorGates checks that on every example and corpus text.
	gate func(*scanner) bool
}

// example is a text a detector must get right: want maps a substring of
// text to the type of the finding that must cover it exactly; keep lists
// substrings no finding may touch. enc, when set, is the encounter whose
// known identifiers the scan uses.
type example struct {
	text string
	enc  *Encounter
	want map[string]Type
	keep []string
}

// exampleEncounter is a synthetic encounter for the known-identifier
// examples.
var exampleEncounter = &Encounter{
	Facility: "Mercy General",
	Patient: &Patient{Name: "José Zwelinski-Núñez", MRN: "MRN-0042-7781", Phone: "(617) 555-0199", Email: "jz@example.net",
		BirthDate: "1956-03-14", Address: &PostalAddress{Street: "12 Birch Ct", City: "Quincy", Zip: "02169"}},
	Clinicians: []Clinician{{Name: "Dr. Amara Okonkwo", NPI: "1234567893"}},
	OtherNames: []string{"Tobias"},
}

// typeSources returns prefix followed by every lower-cased type name: the
// labels of rules that type what they find by context ("number/phone",
// "known/city").
func typeSources(prefix string, extra ...string) []string {
	out := append([]string{}, extra...)
	for _, t := range AllTypes {
		out = append(out, prefix+typeSource[t])
	}
	return out
}

var registry = []detector{
	{
		Name:    "chunks",
		Types:   []Type{Email, URL, IP, ID},
		Sources: []string{"pattern/email", "pattern/handle", "pattern/url", "pattern/domain", "pattern/ipv4", "pattern/ipv6", "spoken/email", "spoken/url"},
		run:     (*scanner).detectChunks,
		Examples: []example{
			// the words of a name before a local part where the address opens what is said; a verb before it, or a capital in cased text, stays out
			{text: "My email's marj prentice at aol dot com. spk_1: c rasmussen two thousand at hotmail dot com. you can reach tom at tomsmith dot com. Use harold meeks fifty nine at gmail dot com.", want: map[string]Type{"marj prentice at aol dot com": Email, "c rasmussen two thousand at hotmail dot com": Email, "tom at tomsmith dot com": Email, "harold meeks fifty nine at gmail dot com": Email}},
			// a name, an initial "a" and numbers as a local part; "a" before numbers alone is the article
			{text: "and mine, in case, colleen a sixty two at gmail dot com. i got a 2 at school", want: map[string]Type{"colleen a sixty two at gmail dot com": Email}, keep: []string{"got a 2 at school"}},
			// a local part said as two words after "email is"; a verb before "at" is none
			{text: "my email is lindqvist anneliese at aol dot com. the results are at site dot org", want: map[string]Type{"lindqvist anneliese at aol dot com": Email}, keep: []string{"are at"}},
			// an office's mailbox by its everyday name before "at" is a local part
			{text: "send the forms to payroll at kestrel freight dot com , the scans are at imaging portal dot org", want: map[string]Type{"payroll at kestrel freight dot com": Email}, keep: []string{"are at"}},
			// a domain spelled a letter at a time
			{text: "send it to tomasz at a o l dot com", want: map[string]Type{"tomasz at a o l dot com": Email}},
			// a sentence run on into the next in a text of capitals is no domain
			{text: "PT WARM.CO IMPROVING. SEE WWW.CLINICNEWS.ORG", want: map[string]Type{"WWW.CLINICNEWS.ORG": URL}, keep: []string{"WARM.CO"}},
			{text: "the portal is w w w dot carefirst dot org slash portal", want: map[string]Type{"w w w dot carefirst dot org slash portal": URL}},
			// the local part of an address read back in part; not its words said apart
			{text: "it's big dot bird eighty at aol dot com [doctor] big dot bird [patient] yes. we watched big bird", want: map[string]Type{"big dot bird eighty at aol dot com": Email}, keep: []string{"watched big bird"}},
			// an e-mail's domain of two words after "at"; letters spelled before a part of the local part
			{text: "my work email is tpatel at brightline health dot org. or k c underscore walsh at comcast dot net", want: map[string]Type{"tpatel at brightline health dot org": Email, "k c underscore walsh at comcast dot net": Email}},
			// a site's name of two words after the spoken prefix; no prefix, no second word
			{text: "the website is w w w dot harborview family dot com. i saw my results at site dot org", want: map[string]Type{"w w w dot harborview family dot com": URL}, keep: []string{"results"}},
			// a thing after an article, then "at" and an address, is somewhere on the web, not a mailbox
			{text: "fill in the page at forms dot tallbrook dot net", want: map[string]Type{"forms dot tallbrook dot net": URL}, keep: []string{"page at"}},
			// chunks
			{text: "email jane.doe@example.com or visit https://www.example.org/patient", want: map[string]Type{"jane.doe@example.com": Email, "https://www.example.org/patient": URL}},
			{text: "login from 192.168.10.4 and fe80::1ff:fe23:4567:890a", want: map[string]Type{"192.168.10.4": IP, "fe80::1ff:fe23:4567:890a": IP}},
			{text: "it's john dot smith at gmail dot com", want: map[string]Type{"john dot smith at gmail dot com": Email}},
			// a part of up to five words between two separators; an everyday word as the local part where an e-mail was spoken of; an initial before a word no list knows
			{text: "email the office , it 's records at pellmore valley public schools dot org , or w w w dot k v open door clinic dot net", want: map[string]Type{"records at pellmore valley public schools dot org": Email, "w w w dot k v open door clinic dot net": URL}},
			{text: "his email is r quennell at tlx dot org . it 's jdoe at gmail dot com . look at w w w dot site dot org", want: map[string]Type{"r quennell at tlx dot org": Email, "jdoe at gmail dot com": Email, "w w w dot site dot org": URL}, keep: []string{"it 's", "look at"}},
			{text: "the results are at the lab portal dot com and she works at the main office dot org", keep: []string{"results are at the", "works at the"}},
			// "dot" is a given name too, but not between a name and an initial
			{text: "it's mike dot t at icloud dot com", want: map[string]Type{"mike dot t at icloud dot com": Email}},
			// a local part of everyday words with separators, spelled, or with digits after a dash
			// the local part ends at an "at" before it
			{text: "you can reach my son at theo underscore v at icloud dot com", want: map[string]Type{"theo underscore v at icloud dot com": Email}, keep: []string{"son at"}},
			{text: "it's rosa underscore k at fastmail dot com, or j e n at proton dot me, or jay dash forty at mailbox dot org", want: map[string]Type{"rosa underscore k at fastmail dot com": Email, "j e n at proton dot me": Email, "jay dash forty at mailbox dot org": Email}},
			{text: "ip was ten dot zero dot twenty seven dot two fifty one", want: map[string]Type{"ten dot zero dot twenty seven dot two fifty one": IP}},
			{text: "version 1.2.3 and a temp of 98.6", keep: []string{"1.2.3", "98.6"}},
			{text: "follow me at @jdoe84 or log in with username jsmith77", want: map[string]Type{"@jdoe84": ID, "jsmith77": ID}},
			{text: "her username is kbrand42 and her login was tl9055", want: map[string]Type{"kbrand42": ID, "tl9055": ID}},
			// a local part of a name and an initial; an address said without its domain's ending after a cue of e-mail
			{text: "my email is nora k at fastmail dot com, or t webb at proton dot me", want: map[string]Type{"nora k at fastmail dot com": Email, "t webb at proton dot me": Email}},
			{text: "my email is dana at gmail, i work at yahoo, results at site dot org", want: map[string]Type{"dana at gmail": Email}, keep: []string{"work at yahoo"}},
		},
	},
	{
		Name:    "known",
		Types:   AllTypes,
		Sources: typeSources("known/", "known/number", "known/id"),
		run:     (*scanner).detectKnownIfAny,
		Examples: []example{
			{text: "so jose nunez your record number is zero zero four two seven seven eight one", enc: exampleEncounter, want: map[string]Type{"jose nunez": Name, "zero zero four two seven seven eight one": MRN}},
			{text: "call six one seven five five five zero one nine nine or email jz@example.net", enc: exampleEncounter, want: map[string]Type{"six one seven five five five zero one nine nine": Phone, "jz@example.net": Email}},
			{text: "still at 12 birch court in quincy, 02169", enc: exampleEncounter, want: map[string]Type{"12 birch court": Address, "quincy": City, "02169": Zip}},
			{text: "okonkwo will see you and tobias can wait, npi 1234567893, mrn-0042-7781", enc: exampleEncounter, want: map[string]Type{"okonkwo": Name, "tobias": Name, "1234567893": NPI, "mrn-0042-7781": MRN}, keep: []string{"will", "wait"}},
			{text: "you were at mercy general last week", enc: exampleEncounter, want: map[string]Type{"mercy general": Facility}},
		},
	},
	{
		Name:    "numbers",
		Types:   []Type{Phone, Fax, SSN, MRN, Account, HealthPlan, License, NPI, Device, Vehicle, Zip, ID, Date, IP},
		Sources: append(numberSources(), "number/zip-cued", "number/extension", "number/grouped", "number/echo", "pattern/alnum", "pattern/plate", "pattern/iban", "pattern/intl-phone", "pattern/date", "pattern/postcode", "spoken/ip", "spoken/id", "known/number", "known/id"),
		run:     (*scanner).detectNumbers,
		gate:    func(s *scanner) bool { return s.hasDigits() || s.any(fNumWord) },
		Examples: []example{
			// after its cue an id's check letter is no unit of measure; a check letter before the sentence ends; a plate's letters after its digits; a dose and an engine's power stay
			{text: "medi-cal id 73920154F; DSS application # WC-0441873-L. Pt slept in his car (plate 482 KVT). gave 100000u heparin. the car has 200 HP", want: map[string]Type{"73920154F": ID, "WC-0441873-L": ID, "482 KVT": Vehicle}, keep: []string{"100000u", "200 HP"}},
			{text: "Vehicle: 2016 Honda Civic, plate CKLM 482. My Innova with plate NCF 4271 will be parked. the BP is 120", want: map[string]Type{"CKLM 482": Vehicle, "NCF 4271": Vehicle}, keep: []string{"BP is 120"}},
			// a note's day and month with the clock time after it; a fraction in a note stays
			// digits in three groups or more after a label's colon or "no is"; a telephone's label, and values listed in a note, name none
			{text: "Kundennummer: 4410 2873 55\nTelefon: 040 3578 2214\nSIN (for credit check only): 527 118 903. Her LPG consumer no is 7011 4402 8839", want: map[string]Type{"4410 2873 55": ID, "527 118 903": ID, "7011 4402 8839": ID}},
			{text: "NEURO: A&O x3. Labs: 140 102 24 18 1.0. CV: HR 80s", keep: []string{"140 102 24 18"}},
			// two groups joined by a hyphen after "no.:" are an identifier, not a range (the cue stands three tokens back); a range of values stays
			{text: "Confirmation no.: 4471-2098. HR 80-100, SpO2 98-100", want: map[string]Type{"4471-2098": ID}, keep: []string{"80-100", "98-100"}},
			// four digits after a word that names an identifier; after "number" or "case" four digits may be anything
			{text: "the interpreter (ID 7720) and the officer (badge 4412) came. room number 4412, case 2 of 3", want: map[string]Type{"7720": ID, "4412": ID}, keep: []string{"number 4412"}},
			// an identifier's parts in capitals or a year joined to it by hyphens belong to it; values in a chain stay
			{text: "Case No.: 2019-KX-00417; accession QRM-CT-0075512. RR 18-24, vent AC-350-40", want: map[string]Type{"2019-KX-00417": ID, "QRM-CT-0075512": ID}, keep: []string{"18-24", "AC-350-40"}},
			// a number ends with its line: a letterhead's telephone under its ZIP code
			{text: "Salem, OR 97301\n503-555-0188\nDate: today", want: map[string]Type{"97301": Zip, "503-555-0188": Phone}},
			// an area code before a slash; a reading or a ratio with a slash stays nothing
			{text: "tel. 805/555-0157. BP 120/80, ratio 3/555", want: map[string]Type{"805/555-0157": Phone}, keep: []string{"120/80", "3/555"}},
			// a date written with hyphens, then its time; two dates joined by a hyphen are two
			{text: "Exam date/time: 3-14-21 21:07. Episode: 01/09/2021-03/09/2021", want: map[string]Type{"3-14-21 21:07": Date, "01/09/2021": Date, "03/09/2021": Date}},
			// two telephone numbers parted by a spaced slash are two; a reading spaced the same way stays a reading
			{text: "Phone: 647-555-0134 / 416 555 0177. BP 130 / 85 on arrival", want: map[string]Type{"647-555-0134": Phone, "416 555 0177": Phone}, keep: []string{"130 / 85"}},
			// a reference of digit groups joined by slashes after its cue, one group long; a reading, a ratio and a date stay dates or nothing
			{text: "Crime ref: 20/118472/21. BP 130/85, vent 10/5, seen 10/20/2021", want: map[string]Type{"20/118472/21": ID, "10/20/2021": Date}, keep: []string{"130/85", "10/5"}},
			// capitals joined to it by slashes make two groups of digits a reference; readings named by their capitals stay
			{text: "Ref: KT/PX/2020/0417. certificate no. ABU/LAG/2011/5521. SBP/DBP 120/80", want: map[string]Type{"KT/PX/2020/0417": ID, "ABU/LAG/2011/5521": ID}, keep: []string{"120/80"}},
			// a murmur's grade and the bottles of a culture set that grew are no dates; the day a culture was drawn is
			{text: "CV: HR 90-110. NEW 3/6 SEM. ID: BCX 4/4 MSSA. BC 8/30 pending.", want: map[string]Type{"8/30": Date}, keep: []string{"3/6", "4/4"}},
			{text: "phone note - 2/3 1610\nspoke w/ pt's dtr. rales 2/3 up. 1/2 NS at 100. recheck inr next wk.", want: map[string]Type{"2/3": Date}, keep: []string{"rales 2/3", "1/2 NS"}},
			// an IP address said aloud in a cased transcript; a UK National Insurance number in its groups after its cue; a reading in groups stays
			{text: "Support: It was locked after five attempts from IP address sixty-eight dot forty-four dot one twelve dot nine. Employee: NI is JT 48 27 19 C. BP 12 34 56 A. It was two point five.", want: map[string]Type{"sixty-eight dot forty-four dot one twelve dot nine": IP, "JT 48 27 19 C": ID}, keep: []string{"BP 12", "two point five"}},
			// a Medicare number read out in cased text from its first digit said, its letters in lower case or capitals
			{text: "Daughter: Medicare is four t w, nine c k, eight p w two six. Nurse: And his? Son: Six F M nine, W K two, J R four one. Take two a day.", want: map[string]Type{"four t w, nine c k, eight p w two six": HealthPlan, "Six F M nine, W K two, J R four one": ID}, keep: []string{"two a day"}},
			// letters read out one at a time, joined to a number read out by "dash"
			{text: "Officer: our incident report is I R, dash, two five, dash, zero three one. Case number's on the back, two five, dash, four four one, dash, C S O.", want: map[string]Type{"I R, dash, two five, dash, zero three one": ID, "two five, dash, four four one, dash, C S O": ID}},
			// a letter after each digit said in cased text; vertebrae said the same way stay
			{text: "SPEAKER_01: eight G, seven K, four four X. Stenosis at L two L three, L three L four.", want: map[string]Type{"eight G, seven K, four four X": ID}, keep: []string{"L two L three, L three L four"}},
			// a telephone number in its groups with pauses, or its last four read one at a time; a list of values stays
			{text: "my wife darlene 503 555 77 02 or spk_1: 503 5 5 5 8 4 0 2", want: map[string]Type{"503 555 77 02": Phone, "503 5 5 5 8 4 0 2": Phone}},
			{text: "her cell is 971, 555, 0866. put him down 541 555 0 7 2 3. counts were 150, 200, 3000 and we drove 120, 130, 140 miles", want: map[string]Type{"971, 555, 0866": Phone, "541 555 0 7 2 3": Phone}, keep: []string{"150, 200, 3000", "120, 130, 140"}},
			// digits then letters after a cue in lower-case speech; a code read a digit at a time before its key; a weight stays
			{text: "the plate is 7 1 4 k x b and the gate code is four four seven one pound. she lost four four pounds", want: map[string]Type{"7 1 4 k x b": Vehicle, "four four seven one": ID}, keep: []string{"four four pounds"}},
			// a dose's unit spelled after its number is no code; after an identifier's cue the letters are the code's
			{text: "give two fifty milligrams per five m l , eight m l twice a day . the member id is m l four four nine two", want: map[string]Type{"m l four four nine two": HealthPlan}, keep: []string{"five m l", "eight m l"}},
			// after a cue of an identifier, eight digits or more in groups of no known shape are one number, the question's cue too
			{text: "Speaker 1: Okay. Medicare card?\nSpeaker 2: 3401 27655 2, he's number 2 on it.\nDoctor: And your claim number?\nCaller: It's WSC 8830 1975 4.", want: map[string]Type{"3401 27655 2": Account, "WSC 8830 1975 4": ID}},
			// four digits that read as a time after a word of when stay, a phone cue further back or not
			{text: "LKW 0640 when she spoke to him by phone. Arrived 0752. CT since 0810. Call back 617-555-0142", want: map[string]Type{"617-555-0142": Phone}, keep: []string{"0640", "0752", "0810"}},
			// where a call talks of CPT codes, five digits with no cue are codes; a ZIP after a town stays one; a cue's capitals are no prefix of the number read after them
			{text: "Rep: Which CPT codes? Caller: An initial evaluation, 97161, and manual therapy 97140. She lives in Lakewood Ranch, 34202. NPI 1 2 3 4, 5 6 7, 8 9 3.", want: map[string]Type{"34202": ID, "1 2 3 4, 5 6 7, 8 9 3": NPI}, keep: []string{"97161", "97140", "NPI"}},
			// health service and council registration numbers by their systems' names; a postcode after an Australian state's code; a day-first date after "review"
			{text: "PHN: 9871 204 553\nGP Partner, GMC 6143078\nMoorooka QLD 4105\nPlan as above. Review 27/06.", want: map[string]Type{"9871 204 553": MRN, "6143078": License, "4105": Zip, "27/06": Date}},
			// codes after their system's name, a reference range, the next line's item number stay out of identifiers
			{text: "CT HEAD (CPT 70450, 72125)\nCPT: 88309, 88307 x2\nIGF-1 88 ng/mL (ref 143-693)\nNPI 1234567893\n25. Date received", want: map[string]Type{"1234567893": NPI}, keep: []string{"70450", "72125", "88309", "88307", "143-693", "25"}},
			// a date written day first after a word that dates; a date then a value after a spaced dash; a vent setting and a unit's "dL" stay
			{text: "Iron since 18/03, fever settled on 25/12. Angiography 11/02/2023 - 80% stenosis. Wean to pressure support 15/5 today. Glucose 128 mg/dL 1558-6", want: map[string]Type{"18/03": Date, "25/12": Date, "11/02/2023": Date}, keep: []string{"80%", "15/5", "1558-6"}},
			// a test of the mind set before goes on: later spans to repeat, sevens taken away with a slip; someone's own number to repeat is read
			{text: "Doctor: Repeat after me. Seven, four, two, nine.\nPatient: Seven, four, two, nine.\nDoctor: Good. Five, eight, one, six, three.\nPatient: Five, eight, one, three, six.\nDoctor: Now take seven from a hundred, and keep taking seven away.\nPatient: Ninety-three. Eighty-six. Seventy-nine. Seventy, no, seventy-two.", keep: []string{"Five, eight, one, six, three", "Five, eight, one, three, six", "Ninety-three"}},
			{text: "can you repeat your number after the tone, four one seven, five five five, two one nine eight", want: map[string]Type{"four one seven, five five five, two one nine eight": Phone}},
			// readings said one after another round "over" are values, not an id read out in groups
			{text: "it 's been like one thirty eight over eighty eight , one forty over ninety . the number is eight eight four , one four oh", want: map[string]Type{"eight eight four , one four oh": ID}, keep: []string{"eighty eight , one forty"}},
			// digits written one at a time, as a transcription engine writes a number read out, with capitals among them; a count, a digit span, doses stay
			// capitals and two digits read out one at a time in cased speech, eight characters with no cue; a list of letters stays
			{text: "Pharmacist: Yeah, key is B L X 7 Q P 2 R. Doctor: Vitamins A, B, C, D, E, B12 and D3.", want: map[string]Type{"B L X 7 Q P 2 R": ID}, keep: []string{"A, B, C"}},
			{text: "Caller: It's 7 0 3 3 1 8 6.\nTech: I see 1 0 2 2 4 7 7 8 3 1. The serial is 8 G K 4 L 2 2 9 7 X.", want: map[string]Type{"7 0 3 3 1 8 6": ID, "1 0 2 2 4 7 7 8 3 1": ID, "8 G K 4 L 2 2 9 7 X": Device}},
			{text: "Nurse: I have 9 1 4 4, 0 2 7, 6 6 1. The number is 1 0 0 2 3, 8 8 4, 5 6. We made 150,000, 20,000.", want: map[string]Type{"9 1 4 4, 0 2 7, 6 6 1": Phone, "1 0 0 2 3, 8 8 4, 5 6": ID}, keep: []string{"150,000", "20,000"}},
			{text: "Doctor: Repeat after me, 7 4 2 9 1. Count 1 2 3 4 5 6. Scores were 1, 2, 3, 4, 5. Take 2 5 mg.", keep: []string{"7 4 2 9 1", "1 2 3 4 5 6", "1, 2, 3, 4, 5", "2 5 mg"}},
			// four digits written after "the last four": an identifier's end; not a year after the last four of something else
			{text: "It should be. The last four are 3307. I've lost ten pounds over the last four years since 2019", want: map[string]Type{"3307": ID}, keep: []string{"2019"}},
			// two values of two digits each are no four-digit id; digits read out after a cue are
			{text: "um late eighties, eighty seven eighty eight. the last four are eight one seven five", want: map[string]Type{"eight one seven five": ID}, keep: []string{"eighty seven eighty eight"}},
			// words speech recognition writes for digits, inside a number read out digit by digit; ranges, ratios and prepositions stay words
			// the words for digits that end a number read out, before a pause or the end; not where a word follows
			{text: "call me at six one seven, five five five, oh two to for. take two to four a day, five days for a week", want: map[string]Type{"six one seven, five five five, oh two to for": Phone}, keep: []string{"two to four", "days for"}},
			{text: "the mrn is oh oh for seven seven to won nine. take two to three a day for six to eight weeks. titer one to four zero. account number two one seven one seven three nine eight five five for the e r visit", want: map[string]Type{"oh oh for seven seven to won nine": MRN, "two one seven one seven three nine eight five five": Account}, keep: []string{"three a day", "six to eight", "one to four zero", "for the"}},
			// a year after "in" is a year, whatever cue came before; capitals spelled with hyphens begin the id after them
			{text: "she gave up the car in 2016. my plan number is A-B 44719321", want: map[string]Type{"A-B 44719321": HealthPlan}, keep: []string{"2016"}},
			// readings from 100 to 299 said as people say them are no identifier; a PIN announced as one still is
			{text: "it was like one forty one forty two over ninety. one eighty, two hundred in the mornings. my pin is one forty one forty three", want: map[string]Type{"one forty one forty three": ID}, keep: []string{"ninety", "one eighty", "two hundred"}},
			// a strength said in words right after a drug's brand, and a dose of puffs; a member id after the brand and its cue stays one
			{text: "[pharmacist] i see the advair two fifty fifty, one puff twice a day. your humira member id is four four seven two nine one", want: map[string]Type{"four four seven two nine one": HealthPlan}, keep: []string{"two fifty fifty", "one puff"}},
			// an identifier keeps the capitals or the year (four digits or two) joined to its front by hyphens
			{text: "Patient: Case number's, hold on, 24-CR-01873. Ref 2021-GU-00318 here.", want: map[string]Type{"24-CR-01873": ID, "2021-GU-00318": ID}},
			// four digits written one by one after a cue of a code; a year-like number after "is" stays
			{text: "Son: There's a lockbox on the side door. Code is 0 9 1 4. The code is 1234", want: map[string]Type{"0 9 1 4": ID}, keep: []string{"1234"}},
			// a strength written as a fraction right after a drug's brand is no date; a date after "on" stays
			{text: "Doctor: I'm sending the Suboxone, 8/2 film, 60 films. Seen on 9/14 for follow up", want: map[string]Type{"9/14": Date}, keep: []string{"Suboxone, 8/2"}},
			// a label spelled a letter at a time is no part of the number after it; two letters may begin the identifier
			{text: "uh m r n zero zero four four seven eight one two. the chart says m r two seven six oh nine one three", want: map[string]Type{"zero zero four four seven eight one two": MRN, "m r two seven six oh nine one three": MRN}, keep: []string{"m r n"}},
			// in a cased transcript an id read out a character at a time after its cue; not letters and digits with no cue
			{text: "Patient: The confirmation number is Q T 9 8 4 6. Doctor: He has grade B 2 3 4 lesions.", want: map[string]Type{"Q T 9 8 4 6": ID}, keep: []string{"B 2 3 4"}},
			// capitals joined by hyphens, then digits said in groups, with no cue; two vertebrae said by letter and number stay
			{text: "Speaker 2: Sure, it's K-T-W, three one eight, two two six, four. Doctor: Stenosis at L three L four, and C five C six.", want: map[string]Type{"K-T-W, three one eight, two two six, four": ID}, keep: []string{"L three L four", "C five C six"}},
			// the last four digits of a number written one at a time after "last four is"
			{text: "Rep: And the last four? Pt: Last four is 7 0 3 9, and I'm fine. I took 1 2 3 4 steps.", want: map[string]Type{"7 0 3 9": ID}, keep: []string{"1 2 3 4"}},
			// an obstetric history said aloud is no identifier; after a cue the letters are a code's
			{text: "[doctor] so you 're g three p two , thirty one weeks . she was g four p three zero one three . [patient] the code is g two p one x four four", want: map[string]Type{"g two p one x four four": ID}, keep: []string{"g three p two", "g four p three zero one three"}},
			// capitals after the digits, a prefix of capitals, "dash" said between digits, a run opened by capitals with three digits and no cue
			{text: "Caller: It's 3 8 0 5 2 6 1 K D. Rep: Your case is RX 4 4 0 1 9 7 2 M, and the slip says 5 0 2 7 7 dash 1 4.\nAgent: Sure, it's W, P, 3, 1, 8, 0, 6.", want: map[string]Type{"3 8 0 5 2 6 1 K D": ID, "RX 4 4 0 1 9 7 2 M": ID, "5 0 2 7 7 dash 1 4": ID, "W, P, 3, 1, 8, 0, 6": ID}},
			{text: "Doctor: Grade 2 3 I think. Take 1 2 tabs of Plan B. He scored 4 5 on the A 2 test.", keep: []string{"2 3 I", "1 2 tabs", "4 5", "A 2"}},
			// parts joined by slashes after a cue, a check letter after a hyphen
			{text: "ref: XZ/2023/0092 pending, lab order LO-88213-B placed; pt s/p 2 units, PO/IV 2023", want: map[string]Type{"XZ/2023/0092": ID, "LO-88213-B": ID}, keep: []string{"s/p", "PO/IV"}},
			// a phone number goes on over its extension
			{text: "Call wife at 617-555-0199 x23 or (978) 555-0144, ext. 4412; give x2 doses", want: map[string]Type{"617-555-0199 x23": Phone, "(978) 555-0144, ext. 4412": Phone}, keep: []string{"x2 doses"}},
			{text: "my work line is five oh eight, two two two, one nine one nine, extension four one, then press two", want: map[string]Type{"five oh eight, two two two, one nine one nine, extension four one": Phone}, keep: []string{"press two"}},
			// four digits read one by one are no year said ("nineteen eighty seven" is one)
			{text: "the last four on file are one nine eight seven. we moved in nineteen eighty seven", want: map[string]Type{"one nine eight seven": ID}, keep: []string{"nineteen eighty seven"}},
			// a year after "born in" is the year alone, which Safe Harbor leaves; a birth date's day and month are not
			{text: "she was born in nineteen thirty eight, on the fourth of may. he was born in 1951", want: map[string]Type{"fourth of may": Date}, keep: []string{"nineteen thirty eight", "1951"}},
			// the lab "a one c" said among values is no code's letters, unless a cue says a code is read
			{text: "ldl one fifty two hdl fifty four a one c five point nine. the code is four a one c two", want: map[string]Type{"four a one c two": ID}, keep: []string{"fifty four a one c five"}},
			// a time of day said with "a m" or "p m" is no code's letters, unless a cue says a code is read
			{text: "i'm on from six p m to six a m most nights. the code is six p m k four two", want: map[string]Type{"six p m k four two": ID}, keep: []string{"from six p m to six a m"}},
			// the spelling alphabet's x said as two words, and pauses between the characters; not an x-ray had
			{text: "the claim code is r as in romeo, four, x ray, niner, one, delta. we did an x ray two days ago", want: map[string]Type{"r as in romeo, four, x ray, niner, one, delta": ID}, keep: []string{"an x ray two"}},
			// the pronoun "i" after a comma ends an id read out: it is no letter of it
			{text: "the tag reads w x j seven one five, i took a photo of it", want: map[string]Type{"w x j seven one five": ID}, keep: []string{"i took"}},
			// an id read out with hyphens, "a" its first letter; not "a-okay"
			{text: "the code is a-seven-b-three. it's a-okay", want: map[string]Type{"a-seven-b-three": ID}, keep: []string{"a-okay"}},
			// a number read with hyphens opens with "oh"
			{text: "my mobile is oh-seven-seven-one-two, three four five six seven eight. oh, two of them", want: map[string]Type{"oh-seven-seven-one-two, three four five six seven eight": Phone}, keep: []string{"oh, two"}},
			// a month and a day after a word of birth or an anniversary two words before; a fraction with none
			{text: "my birthday is 12/25 and our anniversary is 6/12; take 1/2 of a tablet", want: map[string]Type{"12/25": Date, "6/12": Date}, keep: []string{"1/2"}},
			// a code of a billing or drug vocabulary is the same for every patient; a claim number or a defibrillator's serial names one
			{text: "Billed CPT 99214, cpt code 99213. NDC 0002-8215-01 given. ICD-10 code 25000. claim 448812. ICD 4471920 placed", want: map[string]Type{"448812": ID, "4471920": Device}, keep: []string{"99214", "99213", "0002-8215-01", "25000"}},
			// a cue's short form spelled letter by letter announces the number, even one that counts up
			{text: "the m r n is one two three four five six seven. her s s n is four five two, one one, nine eight seven six", want: map[string]Type{"one two three four five six seven": MRN, "four five two, one one, nine eight seven six": SSN}},
			// letters that spell the word said right before them are a name spelled, their o's no zeros; a code read out stays one
			{text: "it's jovanovic, j o v a n o v i c. the code is b o b o seven", want: map[string]Type{"j o v a n o v i c": Name, "b o b o seven": ID}},
			// a check letter after a hyphen ends the id
			{text: "Claim 44-09812-X denied", want: map[string]Type{"44-09812-X": ID}},
			// a month and a year; not a dilution
			{text: "s/p CABG 3/2018 and PCI 10/2021; epi 1/2000 dilution", want: map[string]Type{"3/2018": Date, "10/2021": Date}, keep: []string{"1/2000"}},
			// a test of the mind: counting, serial sevens, a digit span; a cued number stays one
			{text: "take away seven: ninety three, eighty six, seventy nine, seventy two. now count down from twenty: twenty, nineteen, eighteen, seventeen",
				keep: []string{"ninety three", "seventy two", "twenty, nineteen", "seventeen"}},
			{text: "repeat these numbers after me: six two nine, four one eight. and my member id is two three four five", want: map[string]Type{"two three four five": HealthPlan}, keep: []string{"six two nine", "four one eight"}},
			// serial sevens from a hundred, with a pause said; a phone's groups read out with "then" or "um" between them
			{text: "count back by sevens: one hundred, um, ninety three, eighty six, seventy nine", keep: []string{"one hundred", "seventy nine"}},
			{text: "it's three one two, then five five five, then four four eight one. or four oh one, five five five, um, six six seven seven", want: map[string]Type{"three one two, then five five five, then four four eight one": Phone, "four oh one, five five five, um, six six seven seven": Phone}},
			// an area code said apart from the rest of the number
			{text: "area code nine seven two, and the number is four four one, two two eight six; the code is 4471 blue", want: map[string]Type{"nine seven two": Phone, "four four one, two two eight six": Phone}},
			// a range of values after a cue is no identifier
			{text: "Monitor SR 60-75's, serial number 4471-2290", want: map[string]Type{"4471-2290": Device}, keep: []string{"60-75"}},
			// values run into their measures and plurals, and the "ID" heading of a note, are no identifiers
			{text: "CV: ST115'S, PAD'S21-25, SaO297-99, spo2-97%, BP 80's-100/40. GU: 220ccyellow urine. ID=AFEBRILE, T MAX-99.1 PO",
				keep: []string{"ST115'S", "PAD'S21-25", "SaO297-99", "spo2-97", "80's-100/40", "220ccyellow", "MAX-99"}},
			{text: "ID: afebrile, on vanco. Patient ID: QX-5520917", want: map[string]Type{"QX-5520917": ID}, keep: []string{"afebrile"}},
			{text: "stop sending messages to 612 845 907; ZIP: 581 33; my zip code is 770", want: map[string]Type{"612 845 907": Phone, "581 33": Zip, "770": Zip}},
			{text: "INTEGRELIN DCED.  9/9 ABX DCED. TREATMENTS 10/03/10/04 DONE. given 1/2 NS", want: map[string]Type{"9/9": Date, "10/03/10/04": Date}, keep: []string{"1/2"}},
			// m/d with a point before a two-digit year; a decimal after a ratio is none
			{text: "2/17.04  resp: clear. PS 10/5.5, gas 80/48/7.45, sats 12/31.5% ", want: map[string]Type{"2/17.04": Date}, keep: []string{"10/5.5", "7.45", "31.5"}},
			{text: "cks 2245-105-4.7, abg 202-33-7.45-24-0, na 143(150), bun 105 (103), 500cc's out, sats100%, plts106, peep 15cmH20, no vea noted 80s-100s", keep: []string{"2245", "202", "143", "105", "500cc", "sats100", "plts106", "15cmH20", "80s"}},
			{text: "how about one , one , one eight-ounce cup a day and a ca-125 level", keep: []string{"one , one", "eight", "ca-125"}},
			{text: "MRN 48213-KLH and chart QRMC-T2D-2021 on file", want: map[string]Type{"48213-KLH": MRN, "QRMC-T2D-2021": MRN}},
			{text: "her birthday is oh three one four nineteen fifty six, dob 03141956", want: map[string]Type{"oh three one four nineteen fifty six": Date, "03141956": Date}},
			{text: "paid with 4111111111111111, wrote 219459876 on the form, the code was four eight two one", want: map[string]Type{"4111111111111111": Account, "219459876": ID, "four eight two one": ID}},
			{text: "back in nineteen ninety eight we moved", keep: []string{"nineteen ninety eight"}},
			// numbers
			{text: "call 555-201-3344 or (216) 555-0142", want: map[string]Type{"555-201-3344": Phone, "(216) 555-0142": Phone}},
			{text: "you can reach me at five five five, two oh one, three three four four", want: map[string]Type{"five five five, two oh one, three three four four": Phone}},
			{text: "my cell is four one five dash two two seven dash eight eight one oh", want: map[string]Type{"four one five dash two two seven dash eight eight one oh": Phone}},
			{text: "the group number is four one two, dash, nine nine, dash, three oh; it's r as in romeo, six, four, one, eight", want: map[string]Type{"four one two, dash, nine nine, dash, three oh": HealthPlan, "r as in romeo, six, four, one, eight": ID}},
			{text: "records faxed to 704.700.8346", want: map[string]Type{"704.700.8346": Fax}},
			{text: "my social is 123-45-6789", want: map[string]Type{"123-45-6789": SSN}},
			{text: "MRN: 00123456, member ID HUA921649518", want: map[string]Type{"00123456": MRN, "HUA921649518": HealthPlan}},
			{text: "the npi is 1234567893", want: map[string]Type{"1234567893": NPI}},
			{text: "pacemaker serial number XJ4-556-221, vin 1HGCM82633A004352", want: map[string]Type{"XJ4-556-221": Device, "1HGCM82633A004352": Vehicle}},
			{text: "member id b t f six six nine four four one zero three four", want: map[string]Type{"b t f six six nine four four one zero three four": HealthPlan}},
			{text: "the visit number is v as in victor one two three four five", want: map[string]Type{"v as in victor one two three four five": ID}},
			{text: "the visit number is x as in x-ray four four seven two", want: map[string]Type{"x as in x-ray four four seven two": ID}},
			// a phone's groups with "uh" between and no comma; not a count; "double" inside a spoken id
			{text: "my phone number is two four five uh three oh seven uh seven five zero six. count with me one two three uh four five. my insurance id is r d double two one five six seven", want: map[string]Type{"two four five uh three oh seven uh seven five zero six": Phone, "r d double two one five six seven": HealthPlan}, keep: []string{"one two three uh four five"}},
			// a dilution is no identifier
			{text: "epi 1:10000 given, lidocaine with epi 1:100000", keep: []string{"10000", "100000"}},
			// a caption's time stamps are no identifiers
			{text: "00:01.000 --> 00:04.000\nDoctor: your record number?\n00:04.500 --> 00:07.000\nPatient: 4472918", want: map[string]Type{"4472918": MRN}, keep: []string{"01.000", "04.500"}},
			// a British postcode, in capitals or after its cue; an ordinal after a vertebra's level is none
			{text: "The postcode is LS6 2QT, we moved from M14 5RB. my postcode's sw1a 1aa. Pain at T12 3RD level", want: map[string]Type{"LS6 2QT": Zip, "M14 5RB": Zip, "sw1a 1aa": Zip}, keep: []string{"T12 3RD"}},
			// a Canadian postal code and an Irish Eircode, in capitals or after a cue; a lab or a level is none
			{text: "Laval (QC) J7T 2B6; Galway H91 K2W4. my postal code is k2p 1l4. CD4 count 350, T2 L4 disc", want: map[string]Type{"J7T 2B6": Zip, "H91 K2W4": Zip, "k2p 1l4": Zip}, keep: []string{"CD4", "T2 L4"}},
			// a country code, then the subscriber's number whole
			{text: "Tel. +41 44 2687512 or +33 1 42685300", want: map[string]Type{"+41 44 2687512": Phone, "+33 1 42685300": Phone}},
			// a reservation's code of letters and digits after its cue; a code status is none
			{text: "Booking ref TK4RWQ. Confirmation code: 9PLM2X. full code, code blue", want: map[string]Type{"TK4RWQ": ID, "9PLM2X": ID}, keep: []string{"full code", "code blue"}},
			// letters before a national number and a check letter after it
			{text: "NI number JT 48 31 07 B.", want: map[string]Type{"JT 48 31 07 B": ID}},
			// a pager said short
			{text: "paged Dr. Ferreira, pgr #5528, will call back", want: map[string]Type{"5528": Phone}},
			// the spelling alphabet, opened by one of its words that no everyday word is; not "the echo showed fifty five"
			{text: "it's alpha bravo seven seven two niner. the echo showed fifty five percent", want: map[string]Type{"alpha bravo seven seven two niner": ID}, keep: []string{"echo showed fifty five"}},
			// "a" and "i" are letters when spelled "as in"
			{text: "my id is a as in apple, seven seven, three two; i as in, i don't know", want: map[string]Type{"a as in apple, seven seven, three two": ID}, keep: []string{"i as in"}},
			// after a cue four characters are an identifier; "i" last before a word is the pronoun
			{text: "the confirmation number is q t nine eight, the code is a one b two", want: map[string]Type{"q t nine eight": ID, "a one b two": ID}},
			{text: "the last four of your social, oh six one two i think; a b twelve shot", want: map[string]Type{"oh six one two": SSN}, keep: []string{"i think", "a b twelve"}},
			// an extension's digits said one at a time
			{text: "ask for penny at the desk, extension two two four. take two two four times", want: map[string]Type{"two two four": Phone}, keep: []string{"four times"}},
			{text: "wire it to IBAN DE89 3704 0044 0532 0130 00 or GB82WEST12345698765432", want: map[string]Type{"DE89 3704 0044 0532 0130 00": Account, "GB82WEST12345698765432": Account}},
			// a piece of a number read back digit by digit after it; digits said before it, or before a unit, stay
			{text: "take one two three tabs. [patient] my mrn is 7730418 [doctor] seven three oh [patient] yes, and three oh four mg", want: map[string]Type{"seven three oh": MRN}, keep: []string{"one two three", "three oh four"}},
			// an id's letters read back with its digits; the number read out in parts, each said on its own, then whole; not a piece said in passing before it
			{text: "[patient] the card says QR55819 [doctor] q r five five eight [patient] yes. [patient] six one seven [staff] uh huh [patient] four oh two [staff] so six one seven four oh two two one one nine", want: map[string]Type{"q r five five eight": Account, "four oh two": Phone}, keep: []string{"yes"}},
			{text: "i took two four six of them. later my cell five five five two four six eight eight one two", keep: []string{"two four six of"}},
			// other countries' national numbers and the NHS number, by their cue
			{text: "Her SIN 872 614 305 was entered; NHS number 943 476 5919; the sin of 3 people", want: map[string]Type{"872 614 305": SSN, "943 476 5919": MRN}, keep: []string{"3 people"}},
			// a plate's letters after its digits, or after a hyphen
			{text: "Vehicle KX19 LHD entered; plate GH-417-KP was flagged", want: map[string]Type{"KX19 LHD": Vehicle, "GH-417-KP": Vehicle}},
			// a telephone extension said on its own; a count after "extra" stays
			{text: "report called to Annette RN @1100, ext 317. call extension 4471. give 2 extra 500 ml", want: map[string]Type{"317": Phone, "4471": Phone}, keep: []string{"500"}},
			// in notes: a coma scale by its parts and a span of the shift are values; one digit and four after "paged" is a pager
			{text: "NEURO: GCS 7 (E2V1M4), MAE. GU: I/O neg 800cc MN-0600. Paged Dr. Lindgren at 5-3340. UOP 1-1000 ml", want: map[string]Type{"5-3340": ID}, keep: []string{"E2V1M4", "MN-0600", "1-1000"}},
			// a card number in American Express's groups (4, 6, 5) is one number
			{text: "charge it to American Express 3782 518403 27719 today", want: map[string]Type{"3782 518403 27719": ID}},
			// a bank's code in letters among the groups; groups that fail the check are still an account (mistyped); a code and two groups stay
			{text: "pay GB29 NWBK 6016 1331 9268 19, not GB15 MIDL 4005 1572 9103 84 or IBAN FR76 1820 6002 1054 7719 3340 825; PSV 10/5 AB12 1234 5678 ok", want: map[string]Type{"GB29 NWBK 6016 1331 9268 19": Account, "GB15 MIDL 4005 1572 9103 84": Account, "FR76 1820 6002 1054 7719 3340 825": Account}, keep: []string{"AB12"}},
			{text: "platelets 150000, wbc 12000, 1,000 steps, 2.5 mg", keep: []string{"150000", "12000", "1,000", "2.5"}},
			{text: "take five hundred milligrams twice a day", keep: []string{"five hundred"}},
			// numbers/intl-phones
			{text: "ring +44 (0)20 7946 0321 or 0612 44 73 90, office (03) 9123 4567", want: map[string]Type{"+44 (0)20 7946 0321": Phone, "0612 44 73 90": Phone, "(03) 9123 4567": Phone}},
			{text: "scores 0 5 10 15 20, doses 0.5 1.0 2.5", keep: []string{"0 5 10 15 20", "0.5"}},
			{text: "Kleinberg  Namibia 40211 071 552 8830-Office", want: map[string]Type{"071 552 8830": Phone}},
			// a time of day after "at" or "@" is no plan or device number; a
			// bracket after a range starts another number
			{text: "PLAN: recheck K+ at 1400, unclamp CT @ 2100; health plan 88412907. RATE 40-50 (2 EPISODES)", want: map[string]Type{"88412907": HealthPlan}, keep: []string{"1400", "2100", "40-50 (2"}},
			// a range up to a round thousand is no local phone; x between written
			// numbers multiplies; a blood gas chain is no IP address
			{text: "TV IMPROVED TO 800-1000. ON A/C 500 X 14, 40%. abg 7.38/41/88/7.45.31.2. call 555-1212", want: map[string]Type{"555-1212": Phone}, keep: []string{"800-1000", "A/C 500 X 14", "7.45.31.2"}},
			// values run into words and settings chains are no ids
			{text: "TEMP 103 - TYLENOL650MG PR, on vent x22x450x40% then 700x14AC; id AB4471902 on file", want: map[string]Type{"AB4471902": ID}, keep: []string{"TYLENOL650MG", "x22x450x40", "700x14AC"}},
			// numbers/ranges
			{text: "HR 95-112, sats 97-100%, SVR 1020-850, resp rate 18-24, night shift 1900-0700", keep: []string{"95-112", "97-100", "1020-850", "18-24", "1900-0700"}},
			{text: "bp 90-115/40s and glucose 151-212 per protocol", keep: []string{"90-115", "151-212"}},
			{text: "call her at 555-1212 tonight, mrn 12-3456", want: map[string]Type{"555-1212": Phone, "12-3456": MRN}},
			{text: "tube feeds at 600-700 cc a day, 100-1112 units", keep: []string{"600-700", "100-1112"}},
			// dates/notes
			{text: "s/p hip fx 4/96 and CABG 11/84, cultures sent 7/3 - 7/9", want: map[string]Type{"4/96": Date, "11/84": Date, "7/3 - 7/9": Date}},
			{text: "OOB 1400 4/7. CULTURED X 2 6/19. admitted 7/21/03 /p fall", want: map[string]Type{"4/7": Date, "6/19": Date, "7/21/03": Date}, keep: []string{"1400", "2"}},
			{text: "on PSV 12/5 overnight, then CPAP 14/8/35% and co/ci/svr 4/2/1400", keep: []string{"12/5", "14/8", "35", "4/2/1400"}},
			{text: "RESP: psv went up to 12/5 at night, off the vent from 5/5 IPS this am, flowby 7/3, on 8/5, 35% later", keep: []string{"12/5", "5/5", "7/3", "8/5"}},
			{text: "Vented via trach (placed 8/14). Seen in clinic 6/3 by ortho.", want: map[string]Type{"8/14": Date, "6/3": Date}},
			// a score-shaped pair in a month the text dates other things in;
			// a leading zero; a date in brackets after a value
			{text: "7/8 LINES CHANGED. 7/10 HEPARIN STOPPED, PAIN 7/10. EF 40% (6/02). QTC .452 (3/17 ECG)", want: map[string]Type{"7/8": Date, "7/10": Date, "6/02": Date, "3/17": Date}, keep: []string{"PAIN 7/10"}},
			{text: "rates pain 6/10, strength 4/5 bilat, stool 9/10 guaiac neg", keep: []string{"6/10", "4/5", "9/10"}},
			// a nine or a one said over and over after a call is an emergency line, not an id
			{text: "if it gets worse call the nine nine, nine nine nine; call me on five five five five", want: map[string]Type{"five five five five": Phone}, keep: []string{"nine nine nine"}},
			// a Dutch postcode's two capitals
			{text: "Adres: Kerkstraat 12, ZIP: 7412 SL, tel 12", want: map[string]Type{"7412 SL": Zip}},
			// a ZIP after a town and a state's code that is also shorthand; cardiac output stays
			{text: "Boulder, CO 80302. PAP 40/20, CO 45000", want: map[string]Type{"80302": Zip}, keep: []string{"45000"}},
			// a day before a section heading "O:" (no spoken zero), and "O" as a zero still inside a number
			{text: "HEMODYNAMICALLY STABLE.  4/12 O: AFEBRILE. MRN 7 7 O 4 1 2", want: map[string]Type{"4/12": Date, "7 7 O 4 1 2": MRN}},
			{text: "6/2 LINE OUT. 6/10 SEEN. DESCRIBES PAIN AS 7/10. WEANING ON 6/5 TODAY, ABG 7.41/ 38/ 92/ -6/ 21", want: map[string]Type{"6/2": Date, "6/10": Date}, keep: []string{"AS 7/10", "6/5", "-6/ 21"}},
		},
	},
	{
		Name:    "numbers/foreign",
		Types:   []Type{Phone, Zip, ID},
		Sources: []string{"number/foreign"},
		run:     (*scanner).detectForeignDigits,
		Examples: []example{
			// digits said one at a time in the patient's language, four or more of one language in a row
			{text: "Patient: Es el cinco cinco nueve, cinco cinco cinco, cero cuatro uno ocho. Interpreter: It's my daughter's.", want: map[string]Type{"cinco cinco nueve, cinco cinco cinco, cero cuatro uno ocho": Phone}},
			{text: "lambarkaygu waa sagaal afar kow labo saddex. mã số là bốn bốn một chín", want: map[string]Type{"sagaal afar kow labo saddex": Zip, "bốn bốn một chín": ID}},
			// a word of another language that says a digit, alone or with two more, is no number
			{text: "the dos and don'ts, en de la casa, tres or cuatro days, ba hai ba", keep: []string{"dos", "en de", "tres or cuatro", "ba hai ba"}},
		},
	},
	{
		Name:    "dates",
		Types:   []Type{Date},
		Sources: []string{"date/month", "date/month-day", "date/day-month", "date/month-year", "date/weekday", "date/holiday", "date/the-nth", "date/spoken-numeric", "pattern/date"},
		run:     (*scanner).detectDates,
		gate:    func(s *scanner) bool { return s.hasDigits() || s.any(fMonth|fWeekday|fHoliday|fNumWord|fOrdWord) },
		Examples: []example{
			// a day written with its digits after "the", before no noun, and after "on" before a spaced dash; ordinals that count stay
			{text: "We drove back the 3rd. See you the 19th in Dayton. Her party is on the 27th - can you come? Start the 2nd dose, the 1st, 2nd and 3rd toes.", want: map[string]Type{"3rd": Date, "19th": Date, "27th": Date}, keep: []string{"2nd dose", "1st, 2nd"}},
			{text: "A 3rd drain was placed after trouble with the 1st. The 2nd stayed in.", keep: []string{"1st", "2nd"}},
			// a day and a month written as one, a year glued or none; a dose stays
			{text: "CCU NSG NOTE 22OCT 0700-1930. seen 11APR19 and 3sept. gave 5mg", want: map[string]Type{"22OCT": Date, "11APR19": Date, "3sept": Date}, keep: []string{"5mg"}},
			// a day a visit is moved to, before where ("moved her appointment to the ninth at adventist"); a place in line stays
			{text: "her cardiologist moved her appointment to the ninth at adventist. they moved me to the third in line", want: map[string]Type{"ninth": Date}, keep: []string{"third"}},
			// a month said by its ordinal after the day, as dates of birth are read out in Britain and Ireland, with its year
			{text: "Olwen Pryce, ninth of the second, seventy-four. And him? The 21st of the 11th, '03.", want: map[string]Type{"ninth of the second, seventy-four": Date, "21st of the 11th, '03": Date}},
			{text: "we're on the second of the third floor, she was the first of the second year", keep: []string{"second of the third", "first of the second"}},
			// a day said as a count before the month and the year; a count before a month's word with no year stays
			{text: "we had two june appointments.\nSpeaker 2: twelve August nineteen fifty eight", want: map[string]Type{"twelve August nineteen fifty eight": Date}, keep: []string{"two june"}},
			// a day after "starting" or "by" where what is said pauses; a rank or a count stays
			{text: "and he's starting the seventh, is there a deductible? we'll know by the twentieth. starting the first dose. he was the first great player", want: map[string]Type{"seventh": Date, "twentieth": Date}, keep: []string{"first dose", "first great"}},
			// a birth date's year said by its last two digits where the turn ends; the cue may stand in the turn before, a name spelled between
			{text: "Speaker 1: and her birthday\nSpeaker 2: ottilie berg b e r g eleventh of march eighty seven\nSpeaker 1: date of birth twelfth of may fifty one\nSpeaker 2: yes", want: map[string]Type{"eleventh of march eighty seven": Date, "twelfth of may fifty one": Date}},
			// a year said by its last two digits after a comma where what is said ends; a count after a comma stays
			{text: "Patient: Twenty-third of June, seventy-one. Nurse: And his? Patient: March 2nd, sixty-four? On the fifth of May, ninety patients came. Member: Ninth of April, fifty-two, and my card ends 3301.", want: map[string]Type{"Twenty-third of June, seventy-one": Date, "March 2nd, sixty-four": Date, "Ninth of April, fifty-two": Date}, keep: []string{"ninety patients"}},
			// a month that is a given name, whose phone or mother it is, is no date; a month's own possessive is
			{text: "Can I get Jun's mobile? And April's mum called. It rained all March's evenings.", want: map[string]Type{"March's": Date}, keep: []string{"Jun's", "April's"}},
			// a short year set off with an apostrophe after a comma
			{text: "DOB? August 2nd, '59. Thanks.", want: map[string]Type{"August 2nd, '59": Date}},
			// holidays of other faiths and countries date what happened
			{text: "we moved her in at michaelmas , it started after hogmanay , and she was well by juneteenth", want: map[string]Type{"michaelmas": Date, "hogmanay": Date, "juneteenth": Date}},
			// a holiday named in the possessive as speech is tokenised, the "'s" set apart
			{text: "she turned a hundred and one on valentine 's day", want: map[string]Type{"valentine 's day": Date}},
			{text: "she 'll be a hundred on new year 's day", want: map[string]Type{"new year 's day": Date}},
			// a percentage before "APR" is a rate, not a day of April; a day before it is a date
			{text: "Rate 4.25% APR for 60 months. The APR is fixed. Seen 25 Apr 2023.", want: map[string]Type{"25 Apr 2023": Date}, keep: []string{"25% APR", "APR is"}},
			// a weekday and its day, then the month; "may" as a verb after them stays
			{text: "check-in Saturday 14th August, and see you monday the fifth may i ask", want: map[string]Type{"Saturday 14th August": Date, "monday the fifth": Date}, keep: []string{"may i"}},
			// a day and a written month, then a year of two digits; a count or a dose after them is none
			{text: "DOB 9 Feb 87. seen 12 Jan 21 by GP. given 3 Mar 40 mg, on 4 march 20 patients", want: map[string]Type{"9 Feb 87": Date, "12 Jan 21": Date, "3 Mar": Date, "4 march": Date}, keep: []string{"40 mg", "20 patients"}},
			// a day after "on the" before a verb's past form; an ordinal before a noun ranks it
			{text: "the scan on the twentieth showed a cyst. she's on the second floor. on the first try", want: map[string]Type{"twentieth": Date}, keep: []string{"second floor", "first try"}},
			// a birth date's year said short before a function word; a measure after a date is none of it
			{text: "i was born march third fifty one if that helps. born july fourth sixty one degrees outside", want: map[string]Type{"march third fifty one": Date, "july fourth": Date}, keep: []string{"sixty one degrees"}},
			// a day said to suit someone, whatever came before it; a weekday's part of the day before its date; not an ordinal that ranks
			{text: "they said the twelfth works. the ninth is fine with me. fever on tuesday night the eighth. the fifth is the worst one. the twelfth time", want: map[string]Type{"twelfth": Date, "ninth": Date, "tuesday night the eighth": Date}, keep: []string{"fifth", "twelfth time"}},
			// two days with "the" each, and no noun after them
			{text: "i can't remember if it was the sixth or the seventh that i fell", want: map[string]Type{"sixth": Date, "seventh": Date}},
			// a month that is no name or verb, wherever it is said; a day before "cause"; a day confirmed
			{text: "[patient] it was before that like february. it's uh october i think. off till the twentieth cause we're busy. [scheduler] to confirm the ninth. [patient] you may march on", want: map[string]Type{"february": Date, "october": Date, "twentieth": Date, "ninth": Date}, keep: []string{"may", "march"}},
			// a year of birth before "on (the)" and the day; no birth, no year
			{text: "i was born in 1958 on the 3rd of May. in 1961 on the 4th of June we moved", want: map[string]Type{"1958 on the 3rd of May": Date, "4th of June": Date}, keep: []string{"1961"}},
			// a day put right with "not"; "not the first time" is a count
			{text: "the colonoscopy was march twenty second, not the twelfth. it's not the first time", want: map[string]Type{"march twenty second": Date, "twelfth": Date}, keep: []string{"first"}},
			{text: "rent is due on the first of every month; i saw her on the ninth, it was done on the fourth of the month", want: map[string]Type{"ninth": Date, "fourth": Date}, keep: []string{"the first"}},
			{text: "i was the fourth of five kids; on the first of the two visits; the second of my sisters", keep: []string{"fourth", "first", "second"}},
			// a pause after the article; a hedge before a second guess; the first of the month comes every month
			{text: "they sent me home on the uh twelfth, or maybe the thirteenth. the bills come before the first of the month", want: map[string]Type{"twelfth": Date, "thirteenth": Date}, keep: []string{"first"}},
			// a day past the twelfth with no noun after it is a day; a count has its noun; two ordinals with "the" between
			// a day a date names, said again after "the" or opening a turn; not before a noun, nor "first," ordering what is said
			{text: "[patient] the eleventh is fine [doctor] good, july eleventh then. she's in the eleventh grade [doctor] first, how are you", want: map[string]Type{"eleventh": Date, "july eleventh": Date}, keep: []string{"eleventh grade", "first,"}},
			// a short year after a month and day, the cue to a birth in the other speaker's turn, an acknowledgement after it
			{text: "[doctor] can you confirm your date of birth [patient] march third sixty two [doctor] thanks. born july fourth sixty one degrees", want: map[string]Type{"march third sixty two": Date, "july fourth": Date}, keep: []string{"sixty one"}},
			// a date read back with its year short after it was said whole; not a number after a date with no such year
			{text: "[patient] 4/9/1952 [doctor] april ninth fifty two great. on may second forty patients came", want: map[string]Type{"april ninth fifty two": Date, "may second": Date}, keep: []string{"forty patients"}},
			// a month said of a year ("of last year"); "may" as a verb stays
			{text: "i saw him maybe april of last year. you may of course call", want: map[string]Type{"april": Date}, keep: []string{"may of course"}},
			// two days joined as a range with no lead, where the clause ends; "make it" before a day; a range of floors stays
			{text: "yeah the twelfth through the fifteenth for pneumonia. can you make it the tenth? from the second to the fourth floor", want: map[string]Type{"twelfth": Date, "fifteenth": Date, "tenth": Date}, keep: []string{"second to the fourth floor"}},
			// a day after "the" ends with its sentence: the month opening the next is a date of its own
			{text: "MOM: The 6th. January 6th, at 3:12 in the morning.", want: map[string]Type{"6th": Date, "January 6th": Date}},
			// a day before a range's end said with its month, and a day after "like" as after any hedge; an ordinal that counts stays
			{text: "[dispatcher] a standing order starting the ninth through december thirty-first. she was in from like the twentieth to the twenty sixth. i like the first one to the second", want: map[string]Type{"ninth": Date, "twentieth": Date}, keep: []string{"first one"}},
			// a day offered for a visit ("can you do the …"); not an exercise or a turn
			{text: "[scheduler] can you do the twenty second instead [patient] yes. [doctor] can you do the first exercise, could we do the second one", want: map[string]Type{"twenty second": Date}, keep: []string{"first exercise", "second one"}},
			// a day put right with "no"; "the nineteenth no one" stays a count
			{text: "i wrote the nineteenth no it's the eighteenth. the nineteenth no one liked", want: map[string]Type{"nineteenth": Date, "eighteenth": Date}, keep: []string{"nineteenth no one"}},
			{text: "can't do the fourteenth, how about the sixteenth? the twenty second works. the fourteenth floor, the twentieth century, on the first or the second toe", want: map[string]Type{"fourteenth": Date, "sixteenth": Date, "twenty second": Date}, keep: []string{"floor", "twentieth", "first or"}},
			// two days after a preposition that dates, where the clause ends; "around" dates too; not a count of things
			{text: "on the first and second i had fevers. around the fifteenth i noticed it. on the first and second floors, around the corner", want: map[string]Type{"first and second": Date, "fifteenth": Date}, keep: []string{"second floors", "corner"}},
			// a day said alone opening the answer to when something was; not one of a count
			{text: "[doctor] and when did the bleeding start [patient] um the sixth i think [doctor] which toe [patient] the second", want: map[string]Type{"sixth": Date}, keep: []string{"second"}},
			// a day said again before what it does
			{text: "[doctor] we'll see you back on the twenty first [patient] the twenty first sounds good", want: map[string]Type{"twenty first": Date}},
			// a day before a clause of a verb's -ing form; not an ordinal before a noun in -ing
			{text: "he fell on the ninth getting the mail. it's on the third building", want: map[string]Type{"ninth": Date}, keep: []string{"third building"}},
			// a day after "onset" or "fell"; a day, then the date said whole after a comma
			{text: "pain with onset the sixth, worse since. his anniversary's the ninth, august ninth", want: map[string]Type{"sixth": Date, "ninth": Date, "august ninth": Date}},
			// a year said before a date of birth belongs to it; not before another date
			{text: "i was born in nineteen forty, april second. in nineteen fifty, june fifth was a sunday", want: map[string]Type{"nineteen forty, april second": Date, "june fifth": Date}, keep: []string{"nineteen fifty"}},
			// a holy day that ends in its weekday; a good day stays
			{text: "it happened on easter sunday, or was it good friday? i had a good friday, thanks", want: map[string]Type{"easter sunday": Date, "good friday": Date}, keep: []string{"a good friday"}},
			// a day put right after another; not a count
			{text: "it's the twenty-third. no, the twenty-fourth. on the ninth. no, the second one", want: map[string]Type{"twenty-third": Date, "twenty-fourth": Date, "ninth": Date}, keep: []string{"second one"}},
			// an ordinal before a month said without its name; after a verb that moves an appointment and "to"; not a floor or one of two
			{text: "the nineteenth of next month. they moved my surgery to the third. we went to the second one. moved to the third floor.", want: map[string]Type{"nineteenth": Date, "third": Date}, keep: []string{"second", "third floor"}},
			// a day before "at" and a time of day; not before "at one point"
			{text: "yes, the sixteenth at ten works. the eleventh at 9:30 then. the second at one point", want: map[string]Type{"sixteenth": Date, "eleventh": Date}, keep: []string{"the second", "9:30"}},
			// a month and a year said by its last two digits after "of"
			{text: "that was august of eighty seven, the scan from october of oh four", want: map[string]Type{"august of eighty seven": Date, "october of oh four": Date}},
			{text: "That was August of eighty-seven.", want: map[string]Type{"August of eighty-seven": Date}},
			// a month after "this coming" or "come"
			{text: "she turns ninety this coming june, and come april he retires", want: map[string]Type{"june": Date, "april": Date}},
			{text: "sat 94% on 2L; see you sat 12th", want: map[string]Type{"sat 12th": Date}, keep: []string{"sat 94%"}},
			// a day said after "for" or a noun's clitic where the clause ends; a rank stays
			{text: "the scan is booked for the ninth. my birthday's the eighteenth", want: map[string]Type{"ninth": Date, "eighteenth": Date}},
			{text: "thanks for the first time, he's the third, it's good for the second week", keep: []string{"the first", "the third", "the second"}},
			// after a verb of an event in a patient's story
			{text: "i was admitted the nineteenth and discharged the twenty fifth; he came the second time", want: map[string]Type{"nineteenth": Date, "twenty fifth": Date}, keep: []string{"the second"}},
			// a range of days: the second day after "to", "through" or "and"; an ordinal of rank stays
			{text: "i was in from the third to the ninth, it was the twelfth through the fifteenth; he was the first to arrive, the first to the third toes", want: map[string]Type{"third": Date, "ninth": Date, "twelfth": Date, "fifteenth": Date}, keep: []string{"the first to arrive", "the first to the third"}},
			{text: "decreased sensation in the first and second toes, hiking the third or fourth day, first dose on the 28th", want: map[string]Type{"28th": Date}, keep: []string{"first and", "third or"}},
			{text: "seen on Feb 3rd '21 in clinic", want: map[string]Type{"Feb 3rd '21": Date}},
			{text: "last seen in august of 2019, back around thanksgiving", want: map[string]Type{"august of 2019": Date, "thanksgiving": Date}},
			// dates
			{text: "seen on march 3rd 2021 and again the third of march", want: map[string]Type{"march 3rd 2021": Date, "third of march": Date}},
			{text: "it happened on valentine's day, and again christmas eve twenty eighteen", want: map[string]Type{"valentine's day": Date, "christmas eve twenty eighteen": Date}},
			{text: "We will know more by Christmas.", want: map[string]Type{"Christmas": Date}},
			// a day said as the alternative to a day just said, a hedge between
			{text: "it was the third, i think, or the fourth. the third or fourth day", want: map[string]Type{"third": Date, "fourth": Date}, keep: []string{"fourth day"}},
			// a two-digit year said after a birth date, where the clause ends
			{text: "she was born on the ninth of april, fifty one", want: map[string]Type{"ninth of april, fifty one": Date}},
			{text: "on the ninth of april, fifty one people came", want: map[string]Type{"ninth of april": Date}, keep: []string{"fifty one"}},
			{text: "my birthday's the third of march, seventy two", want: map[string]Type{"third of march, seventy two": Date}},
			{text: "date of birth, december twenty fifth sixty five. i saw her, may fifth sixty people came", want: map[string]Type{"december twenty fifth sixty five": Date, "may fifth": Date}, keep: []string{"sixty people"}},
			{text: "DOB 3/4/21, admitted 2021-03-04, discharged 03.05.2021", want: map[string]Type{"3/4/21": Date, "2021-03-04": Date, "03.05.2021": Date}},
			{text: "it started last tuesday the fifth", want: map[string]Type{"tuesday the fifth": Date}},
			// a weekday and a cardinal said in words is a time or a thing, not a day: "the first" is said
			{text: "i go to the wednesday one. see you monday three thirty. it was monday the third", want: map[string]Type{"monday the third": Date}, keep: []string{"wednesday one", "monday three"}},
			{text: "date of birth is june fourth nineteen sixty two", want: map[string]Type{"june fourth nineteen sixty two": Date}},
			// numbers said with their slashes: a date when month and day are one (or a cue says so); readings stay
			{text: "her dob is oh four slash twenty two slash sixty one, and mine is dob six slash nine", want: map[string]Type{"oh four slash twenty two slash sixty one": Date, "six slash nine": Date}},
			{text: "bp one twenty slash eighty, pain seven slash ten, plan eleven slash two slash five hundred", keep: []string{"one twenty slash eighty", "seven slash ten", "eleven slash two"}},
			// a word of dates a few words back in the sentence, or "on" right before; not a fraction of something
			{text: "the visit date on my statement says four slash nineteen. seen on five slash two. the last dose was one slash two of a pill", want: map[string]Type{"four slash nineteen": Date, "five slash two": Date}, keep: []string{"one slash two"}},
			{text: "Discharge planned for Friday, January 21st.", want: map[string]Type{"Friday, January 21st": Date}},
			{text: "pain 7/10, strength 5/5, BP 130/85", keep: []string{"7/10", "5/5", "130/85"}},
			{text: "we started it in may", want: map[string]Type{"may": Date}},
			{text: "you may take it as they march on", keep: []string{"may", "march"}},
			// a two-digit year after a comma, where the date ends; a month glued to shorthand
			{text: "Progress note 14 Mar, 18 0700-1900. Seen Jun 2, 17\nS: ok", want: map[string]Type{"14 Mar, 18": Date, "Jun 2, 17": Date}},
			{text: "on 3 May, 19 units given; Apr 21, 19% sat; on Apr 21, 19:30 seen", want: map[string]Type{"3 May": Date, "Apr 21": Date}, keep: []string{"19 units", "19%", "19:30"}},
			{text: "PMH: MI, s/p hip fx3/94, CABG11/02", want: map[string]Type{"fx3/94": Date}, keep: []string{"CABG11"}},
			{text: "vent PEEP5/40, PS10/35", keep: []string{"PEEP5/40", "PS10/35"}},
			// dates/with-time
			// a time said after "at" is when on that day, not part of the date
			{text: "Logged 2019-06-02 14:22:05 and 3/4/2021 at 9:30 am.", want: map[string]Type{"2019-06-02 14:22:05": Date, "3/4/2021": Date}, keep: []string{"9:30 am"}},
		},
	},
	{
		Name:    "dates/romance",
		Types:   []Type{Date},
		Sources: []string{"date/romance"},
		run:     (*scanner).detectRomanceDates,
		gate:    func(s *scanner) bool { return s.hasSeen(seenDe) },
		Examples: []example{
			// a date said in Spanish or Portuguese: the day, "de", the month, the year after "de" or "del"
			{text: "nací el quince de marzo de mil novecientos cincuenta. nasceu em vinte e dois de agosto de mil novecentos e noventa e quatro, o dia dos de noviembre del dos mil doce", want: map[string]Type{"quince de marzo de mil novecientos cincuenta": Date, "vinte e dois de agosto de mil novecentos e noventa e quatro": Date, "dos de noviembre del dos mil doce": Date}},
			{text: "la cita es el 9 de abril de 2024, volta catorze de janeiro", want: map[string]Type{"9 de abril de 2024": Date, "catorze de janeiro": Date}},
			// a month with no day before it is no date
			{text: "desde marzo de 2019, en el mes de mayo", keep: []string{"marzo de 2019", "mayo"}},
		},
	},
	{
		Name:    "dates/named-days",
		Types:   []Type{Date},
		Sources: []string{"date/named-day"},
		run:     (*scanner).detectNamedDays,
		gate:    func(s *scanner) bool { return s.hasSeen(seenDayWord) },
		Examples: []example{
			// a holiday named with "day", or "new year's" with eve, day or a word of time before it; not "new year" alone
			{text: "we drove up on memorial day, and again since new year's. on mother's day. a new year's resolution, in the new year", want: map[string]Type{"memorial day": Date, "new year's": Date, "mother's day": Date}, keep: []string{"new year's resolution", "the new year"}},
			{text: "New Years Eve 2019. every day, that day, the day after", want: map[string]Type{"New Years Eve": Date}, keep: []string{"every day", "that day", "the day after"}},
			// national days and a night of fireworks; a night of the week stays
			{text: "since anzac day , then on canada day , and around bonfire night . last night and date night", want: map[string]Type{"anzac day": Date, "canada day": Date, "bonfire night": Date}, keep: []string{"last night", "date night"}},
		},
	},
	{
		Name:    "ages",
		Types:   []Type{Age},
		Sources: []string{"age", "age/suffix", "age/decade"},
		run:     (*scanner).detectAges,
		gate:    func(s *scanner) bool { return s.hasDigits() || s.any(fNumWord) || s.hasSeen(seenHundred|seenNineties) },
		Examples: []example{
			// an age someone does not feel or look; a clause opened by an age before what is done; a reading and a share stay
			{text: "I don't feel ninety-one. She doesn't look ninety four. The hip is pinned. At ninety two, getting her up is key. i feel ninety percent better. heart rate at ninety, getting better", want: map[string]Type{"ninety-one": Age, "ninety four": Age, "ninety two": Age}, keep: []string{"ninety percent", "at ninety, getting"}},
			// age and sex set off after whose they are, or after "a"; a temperature among the vital signs stays
			{text: "RESIDENT IDA MOSS, RM 12-C, 96F. FOUND ON FLOOR. pt is a 93M w/ chf. BP 120/80, 97F, HR 80. afebrile, 98F.", want: map[string]Type{"96F": Age, "93M": Age}, keep: []string{"97F", "98F"}},
			// an age said as a birthday's ordinal; a younger one stays
			{text: "it's her ninety third birthday, his 100th birthday party, mum's hundred and first birthday; my fortieth birthday", want: map[string]Type{"ninety third": Age, "100th": Age, "hundred and first": Age}, keep: []string{"fortieth"}},
			// "you were" before an age; an age said again before a remark of wonder
			{text: "[nurse] you were ninety-two in may. [son] she turned a hundred and one. [nurse] a hundred and one, goodness. her rate was a hundred and one good", want: map[string]Type{"ninety-two": Age, "a hundred and one": Age}, keep: []string{"was a hundred and one"}},
			// a hedge between "who's" and an age; not before a measure
			{text: "my grandmother who's like ninety two. the boy who's about ninety pounds", want: map[string]Type{"ninety two": Age}, keep: []string{"ninety pounds"}},
			// "you're" said in full before an age; not before a share
			{text: "so you are ninety four and still driving. you are ninety percent done", want: map[string]Type{"ninety four": Age}, keep: []string{"ninety percent"}},
			// an age after "is" when who it is was set off after a relation; after "at" when a word that opens what is said comes before its comma; not a reading
			{text: "my grandfather, abel stroud, is ninety three. well, at ninety six she still swims. my dad, his heart rate, is ninety one. sats fell, at ninety one we added oxygen", want: map[string]Type{"ninety three": Age, "ninety six": Age}, keep: []string{"ninety one"}},
			// the same age said again after "at" before a remark
			{text: "[daughter] she's ninety six and sharp [doctor] well at ninety six that's wonderful. her pulse at ninety six is fine", want: map[string]Type{"ninety six": Age}},
			// an age said again on its own (TestAgeEchoes counts them); the same number as a reading stays
			{text: "[doctor] and you're how old [patient] ninety [doctor] ninety wow. her pulse was ninety at rest", want: map[string]Type{"ninety": Age}, keep: []string{"was ninety"}},
			// an age said again before the month of its birthday or a remark; the age before the one a year on
			{text: "[daughter] she's ninety three now, yeah ninety three in april [nurse] ninety three i love it. [son] ninety six, she'll be ninety seven in june. pulse eighty six, she'll be ninety seven", want: map[string]Type{"ninety six": Age}, keep: []string{"eighty six"}},
			// the same age said again after "not", "i'm" or "almost"; a pulse of the same value is no age
			{text: "[daughter] she's ninety two [patient] no i'm not ninety two [daughter] yes mom. [nurse] heart rate ninety two", want: map[string]Type{"ninety two": Age}, keep: []string{"rate ninety two"}},
			// an age put right or hedged; a pause after "turned"; a relation's age after "to" in a list; a reading put right stays
			{text: "my mother-in-law is ninety three no wait ninety four. she turned uh ninety five on sunday. so she's what ninety three. my mom lived to ninety and my grandmother to a hundred and one. at ninety-three you're doing well. bp ninety no wait ninety five", want: map[string]Type{"ninety three": Age, "ninety four": Age, "ninety five": Age, "a hundred and one": Age, "ninety-three": Age}, keep: []string{"bp ninety", "wait ninety five"}},
			// after "is" a person's age, not a lab value's ("your sodium is 128"); a name or a word for the patient is a person
			{text: "D: Your sodium is 128 and your haemoglobin is 92. The patient is 93. Bill is ninety. The bill is ninety dollars.", want: map[string]Type{"93": Age, "ninety": Age}, keep: []string{"128", "92", "ninety dollars"}},
			// "at" an age opening a clause after "so" or "and", before a person; not a reading
			{text: "so at ninety one you're still driving. so at ninety two the pressure dropped", want: map[string]Type{"ninety one": Age}, keep: []string{"ninety two"}},
			// an age over 89 opening a sentence, then what says it is one; a reading still rising is none
			{text: "That's right. Ninety-three and still giving the nurses cheek. Ninety-four on August 20th. ninety and still rising", want: map[string]Type{"Ninety-three": Age, "Ninety-four": Age}, keep: []string{"ninety and"}},
			// an age at death or lived to
			{text: "my mother died at ninety four and her sister lived to a hundred and two; the score came in at ninety two", want: map[string]Type{"ninety four": Age, "a hundred and two": Age}, keep: []string{"at ninety two"}},
			// after "you're", and opening a sentence before a person without a comma
			{text: "so you're ninety one? at ninety six she still swims. your pulse is ninety two", want: map[string]Type{"ninety one": Age, "ninety six": Age}, keep: []string{"pulse is ninety two"}},
			// an age opening a line of a note before "s/p"
			{text: "MICU NPN\n96 s/p fall with hip fx. HR 96 s/p fluids", want: map[string]Type{"96": Age}, keep: []string{"HR 96"}},
			// a value is no age: a measure in parentheses, a decimal, a range
			{text: "Mr. Okafor (94) seen. fs (121) @ 08:00, T-max was 101.3, pulse ox was 95-98% on RA", want: map[string]Type{"94": Age}, keep: []string{"121", "101.3", "95-98"}},
			{text: "93yo female, husband 95 y/o", want: map[string]Type{"93yo": Age}},
			// ages
			{text: "she is ninety-two years old", want: map[string]Type{"ninety-two": Age}},
			// an age after "Age:", set off by commas after a person, with a sex opening a line, or answering "how old"
			{text: "Age: 93. Mrs. Okafor, 94, lives alone; pt seen, 95, then", want: map[string]Type{"93": Age, "94": Age}, keep: []string{"95"}},
			{text: "96M with sepsis\n97 F s/p fall\nTemp 97 F orally", want: map[string]Type{"96M": Age, "97": Age}, keep: []string{"Temp 97 F"}},
			{text: "how old are you? ninety four. how old is the stain? ninety days", want: map[string]Type{"ninety four": Age}, keep: []string{"ninety days"}},
			{text: "[00:01:23] Doctor: How old are you? [00:01:25] Patient: 93.", want: map[string]Type{"93": Age}, keep: []string{"00:01:25"}},
			// "going on"; opening a sentence before a relation; set off after a pronoun; not a distance
			{text: "she's going on ninety two. at ninety four, my mother still gardens. he, ninety nine, fell. we're going on ninety miles", want: map[string]Type{"ninety two": Age, "ninety four": Age, "ninety nine": Age}, keep: []string{"ninety miles"}},
			// made it to an age said in words; not a speed or a road
			{text: "she made it to ninety one. we made it to ninety miles an hour, then made it to 95 by noon", want: map[string]Type{"ninety one": Age}, keep: []string{"ninety miles", "95"}},
			// set off with a hedge after a relation; the year of life after the decade of it; not the years of a century
			{text: "my dad, ninety eight i think, lives alone. he's in his late nineties, ninety seven. back in the nineties, ninety five i think", want: map[string]Type{"ninety eight": Age, "ninety seven": Age}, keep: []string{"ninety five"}},
			// the vague end of an age belongs to it
			{text: "he's ninety-something now. she's ninety plus.", want: map[string]Type{"ninety-something": Age, "ninety plus": Age}},
			{text: "grandpa is ninety six and a half, he says", want: map[string]Type{"ninety six and a half": Age}},
			// a filler or a correction set off by commas before the age; the age said again after "i mean"; not a reading corrected
			{text: "she's, um, ninety three. he's eight nine, i mean ninety eight. mom turned eighty, no, a hundred", want: map[string]Type{"ninety three": Age, "ninety eight": Age, "a hundred": Age}},
			{text: "his pulse is eighty, no, ninety. the sats, uh, ninety one", keep: []string{"ninety", "ninety one"}},
			// opening what is said, with when it turns; not a count
			{text: "[patient] ninety four in august . ninety minutes in august", want: map[string]Type{"ninety four": Age}, keep: []string{"ninety minutes"}},
			{text: "he's pushing ninety and she's nearing a hundred; we're pushing ninety of saline", want: map[string]Type{"ninety": Age, "a hundred": Age}, keep: []string{"ninety of"}},
			// how someone is for their age, said last; a supply good for its days stays
			{text: "[doctor] she's doing well for ninety one. not bad for ninety two, and the knee. the script is good for ninety days", want: map[string]Type{"ninety one": Age, "ninety two": Age}, keep: []string{"ninety days"}},
			// "the age of", "who's", "lived until", and a sentence opened by "at" and the age before a person
			{text: "he passed at the age of ninety three. she lived until a hundred and one", want: map[string]Type{"ninety three": Age, "a hundred and one": Age}},
			{text: "my dad, who's ninety, lives with us", want: map[string]Type{"ninety": Age}},
			{text: "at ninety five, she still gardens", want: map[string]Type{"ninety five": Age}},
			{text: "at ninety five, the sats were fine", keep: []string{"ninety five"}},
			// the clitic of "is" after a relation or a name
			{text: "my father's ninety three and grandpa's ninety-four; my husband's ninety two pills", want: map[string]Type{"ninety three": Age, "ninety-four": Age}, keep: []string{"ninety two pills"}},
			{text: "my father is ninety nine and lives with us", want: map[string]Type{"ninety nine": Age}},
			{text: "Pt Benjamin Orcel (93): next step?", want: map[string]Type{"93": Age}},
			{text: "he is 45 years old, pulse is ninety two, heartbeat is one hundred forty five", keep: []string{"45", "ninety two", "one hundred"}},
			// a decade of life over 89 said of a person
			{text: "she's in her nineties and my uncle is into his late 90s", want: map[string]Type{"nineties": Age, "late 90s": Age}},
			{text: "back in the nineties his sats were in the high 90s", keep: []string{"nineties", "90s"}},
			// a hedge after a relation and "is"; the answer to "at what age"; not a reading hedged
			{text: "my grandma is like ninety seven, her pulse is about ninety. at what age did your dad pass? uh ninety four", want: map[string]Type{"ninety seven": Age, "ninety four": Age}, keep: []string{"about ninety"}},
			// what it makes someone; not a weight
			{text: "so that makes you ninety two. that makes you ninety pounds lighter", want: map[string]Type{"ninety two": Age}, keep: []string{"ninety pounds"}},
			// a word for a person of such an age
			{text: "Dad's a nonagenarian now; both aunts were centenarians", want: map[string]Type{"nonagenarian": Age, "centenarians": Age}},
		},
	},
	{
		Name:    "places/phrases",
		Types:   []Type{City, County, Facility, Location},
		Sources: []string{"dict/phrase"},
		run:     (*scanner).detectPhrases,
		gate:    func(s *scanner) bool { return s.any(fPhrase) },
		Examples: []example{
			// letters said one by one are no town of two letters
			{text: "is it B P H, or B H P?", keep: []string{"B H P"}},
			{text: "we drove up from san antonio to the cleveland clinic", want: map[string]Type{"san antonio": City}},
			{text: "your saturation is ninety six percent and the rate one hundred", keep: []string{"ninety six"}},
			// a hospital's name without its head, where a place is named; never a stem of everyday words
			{text: "she was moved to cedars sinai, then seen at the johns hopkins; a grand view of our community", want: map[string]Type{"cedars sinai": Facility, "johns hopkins": Facility}, keep: []string{"grand view", "our community"}},
		},
	},
	{
		Name:    "places/address-shapes",
		Types:   []Type{Address, Zip},
		Sources: []string{"place/address-shape", "place/postcode"},
		run:     (*scanner).detectAddressShapes,
		gate:    func(s *scanner) bool { return s.hasDigits() || s.any(fAddressWord|fUnitSuffix|fStreetLead) },
		Examples: []example{
			// a flat's number after its capitalised word, "No." between or none, then the building; an affect or a count stays
			{text: "Tell him Flat No. 302, Quillon Court Apartments, near the temple. Flat affect noted. Flat 2, days later.", want: map[string]Type{"Flat No. 302": Address}, keep: []string{"Flat affect", "Flat 2"}},
			// a form's numbered items are no house numbers, and "Place of" an English label, not a French street; a French one stays one
			{text: "14. Place of Death: Hospice facility\n18. Place of Disposition: Cemetery\nShe lives at 4 Place de la Gare, Lyon.", want: map[string]Type{"4 Place de la Gare, Lyon": Address}, keep: []string{"14", "Place of Death", "Place of Disposition"}},
			// a house number said in hundreds and a street without its suffix before the unit
			{text: "[scheduler] we 're at forty one hundred wexford suite two twenty , parking is free", want: map[string]Type{"forty one hundred wexford suite two twenty": Address}},
			// a house number and a street told without its suffix before the unit
			{text: "it's seven one two larkspur , apartment four , and i take two pills , apartment living is hard", want: map[string]Type{"seven one two larkspur , apartment four": Address}, keep: []string{"two pills"}},
			// a flat or a house and its number opening an address, a street's word after; a flat or a house that opens none stays
			{text: "Caller: Flat 7, Sai Krupa Building, Gokhale Road. Speaker 2: House 221, Street 4. lay flat 30, then walk. The house 2, on the corner", want: map[string]Type{"Flat 7": Address, "House 221": Address}, keep: []string{"flat 30", "house 2"}},
			// a unit said aloud; a number of rooms is no unit
			{text: "i'm in apartment nine d, then suite three hundred, my apartment has two rooms", want: map[string]Type{"apartment nine d": Address, "suite three hundred": Address}, keep: []string{"two rooms"}},
			// in speech, a building's letter and a unit's number said aloud; not "the unit two nurses", "the building i live in"
			{text: "we're in building f unit three twelve now. the unit two nurses, the building i live in", want: map[string]Type{"building f unit three twelve": Address}, keep: []string{"unit two", "building i"}},
			// a room's number said aloud in speech (two number words, or a letter and one); one number word is an exam room
			{text: "mom is in room three oh eight, dad was in room b nine, wait in exam room two, room a is free", want: map[string]Type{"three oh eight": Address, "b nine": Address}, keep: []string{"room two", "room a"}},
			// a flat's number of digits and a letter, which a unit's symbol does not end; a dose after a count stays
			{text: "I'm in Apartment 4C, she took 4 cc", want: map[string]Type{"Apartment 4C": Address}, keep: []string{"4 cc"}},
			// places/address-shapes
			{text: "Send it to Apt. 12B, or Suite 400 if closed.", want: map[string]Type{"Apt. 12B": Address, "Suite 400": Address}},
			{text: "Ship it to 4410 Vesterholt 12 Apt. 7\nKOLDBERG, ON 40112 today", want: map[string]Type{"4410 Vesterholt 12 Apt. 7\nKOLDBERG, ON 40112": Address}},
			{text: "Mail: 5638 Aasvej 43\nHumleby, nan 78618 and 7 Suite 4 walks 5000 steps", want: map[string]Type{"5638 Aasvej 43\nHumleby, nan 78618": Address}, keep: []string{"5000"}},
			{text: "Mail: PSC 4410, Box 2201, APO AE 09012 please", want: map[string]Type{"PSC 4410, Box 2201, APO AE 09012": Address}},
			// a corner said in lower case: an ordinal street and one word
			{text: "i live on the corner of fifth and main; at the corner of the room and the bed", want: map[string]Type{"the corner of fifth and main": Address}, keep: []string{"room"}},
			// a flat after the house number, a postcode of two groups joined by a hyphen
			{text: "Send it to ul. Brzozowa 21/4, 31-415 Tarnów. BP 120/80, range 30-100 mg", want: map[string]Type{"ul. Brzozowa 21/4, 31-415 Tarnów": Address}, keep: []string{"120/80", "30-100"}},
			{text: "we live at Lindenweg 14 in town", want: map[string]Type{"Lindenweg 14": Address}},
			{text: "She moved to Rua das Flores 220 last year", want: map[string]Type{"Rua das Flores 220": Address}},
			{text: "meet me at the corner of 12th Avenue and Pine Street", want: map[string]Type{"the corner of 12th Avenue and Pine Street": Address}},
			{text: "O2 via NC, feeds via PEG at 40cc/hr, 2 units PRBC", keep: []string{"via", "NC", "PEG", "40cc", "units"}},
			// the house number last, after a preposition of place
			{text: "The depot is on Brennmark Allee 23. Our club meets on the far side of Tovar Quiñones 810", want: map[string]Type{"Brennmark Allee 23": Address, "Tovar Quiñones 810": Address}},
			{text: "He was started on Ativan 2, remains on Haldol 5 and on Keppra 500.", keep: []string{"Ativan 2", "Haldol 5", "Keppra 500"}},
			// a lower-case street word of another language after the house numbers
			{text: "It is at 5512 18 avenue des Tilleuls Apt. 4 NANTES France", want: map[string]Type{"5512 18 avenue des Tilleuls Apt. 4 NANTES France": Address}},
			{text: "Send it to 901 12 rue de la Pommeraie Apt. 30 SAINT-OUEN-LE-MONT France, or to Rúa do Campo 7, or 212 Bélar fejedelem útja 9.", want: map[string]Type{"901 12 rue de la Pommeraie Apt. 30 SAINT-OUEN-LE-MONT France": Address, "Rúa do Campo 7": Address, "212 Bélar fejedelem útja 9": Address}},
			// a town in capitals on its own line; a lower-case word inside a
			// French street name; an Estonian road after its name
			{text: "Ship to 4410 Brennerstrasse 12 Suite 8\nSAINT-LOUP-DE-VARENNES\n, BR\n France 71240", want: map[string]Type{"4410 Brennerstrasse 12 Suite 8\nSAINT-LOUP-DE-VARENNES\n, BR\n France 71240": Address}},
			{text: ">Mail:\n>412 18 rue des tanneurs Valdoux\n>Apt. 12\nand 7731 Kaare tee 14\n Apt. 3", want: map[string]Type{"412 18 rue des tanneurs Valdoux\n>Apt. 12": Address, "7731 Kaare tee 14\n Apt. 3": Address}},
			// the house number before a street name of two words and its mark
			{text: "Send it to 808 Kovács Imre u. 12. Then the office at Zsófia and Király u. 15.", want: map[string]Type{"808 Kovács Imre u. 12": Address, "Király u. 15": Address}, keep: []string{"office at"}},
			// a postal code after the name of a town
			{text: "She joined a firm in Vellanova 1021, then one in STORVIKEN 840 24 and one in Quinta de Souto 3610-114.", want: map[string]Type{"1021": Zip, "840 24": Zip, "3610-114": Zip}},
			{text: "He moved to Paris in 2019, works in Building 4021, climbed a hill in Boston 2500 feet high", keep: []string{"2019", "4021", "2500"}},
		},
	},
	{
		Name:    "places/after-move",
		Types:   []Type{Facility, Location},
		Sources: []string{"place/after-move"},
		run:     (*scanner).detectPlaceAfterMove,
		gate:    func(s *scanner) bool { return s.cased || s.notes || s.any(fMoveVerb) },
		Examples: []example{
			{text: "pt came to QMH with sob, tx to QMH, admit from QMH; sats sent from RA", want: map[string]Type{"QMH": Facility}, keep: []string{"RA"}},
			// places/after-move
			{text: "Pt was transferred to BMH for cath and later seen at KMC Med Ctr.", want: map[string]Type{"BMH": Facility, "KMC Med Ctr": Facility}},
			{text: "pt transferred to the MICU, sent to CT, then brought to EW and went into RAF", keep: []string{"MICU", "CT", "EW", "RAF"}},
			{text: "he retired from pellmont after 30 years", want: map[string]Type{"pellmont": Facility}},
			// a university or hospital called by its region, alone after a preposition of place; the region before a noun stays
			{text: "her case was reviewed at Southwestern on May 2. The pain is in the northwestern part.", want: map[string]Type{"Southwestern": Location}, keep: []string{"northwestern part"}},
			{text: "my daughter goes to northeastern. we moved to the southeastern corner", want: map[string]Type{"northeastern": Location}, keep: []string{"southeastern"}},
			// a hospital's code after a strong verb of moving, even one that is also shorthand
			{text: "at OSH-> medflight to RH for cath. social- retired from KH. retired from work, sats sent from RA", want: map[string]Type{"RH": Facility, "KH": Facility}, keep: []string{"work", "RA"}},
			// after a verb of care and "at", an acronym that is also shorthand, in cased text
			{text: "She was treated at UCLA and evaluated at UPMC; seen at OSH; sats 94% at RA", want: map[string]Type{"UCLA": Facility, "UPMC": Facility}, keep: []string{"OSH", "RA"}},
			// in notes, a hospital's code where the patient was or is, verb or no verb
			{text: "Pt w/ HTN, CAD, DM2 s/p CABG done at BWH 2 yrs ago, f/u at ummc. NEURO: A+Ox3, states \"I'm in JMH\". Needs to leave PGH for OR.", want: map[string]Type{"BWH": Facility, "ummc": Facility, "JMH": Facility, "PGH": Facility}},
			{text: "Pt w/ HTN, CAD, DM2, seen at OSH, d/c to NH. Rise in GH noted, tol PO at wh/ time, BP 90s at HS.", keep: []string{"OSH", "NH", "GH", "wh", "HS"}},
			// after from, to, called, per or via, a code that is no clinical shorthand
			{text: "Pt w/ HTN, CAD, DM2 from NEBH s/p TKR. CALLED QMH ADMITTING. BLEEDING FROM ICH, SDH stable, BP 120s, NPO.", want: map[string]Type{"NEBH": Facility, "QMH": Facility}, keep: []string{"ICH", "SDH"}},
		},
	},
	{
		Name:    "places/form-fields",
		Types:   []Type{Location, City, County, Facility, Name},
		Sources: []string{"place/form-field", "name/form-field"},
		run:     (*scanner).detectFormFields,
		gate:    func(s *scanner) bool { return s.hasSeen(seenColon) },
		Examples: []example{
			// a field's value ends with its sentence; a company's "Co." does not end it
			{text: "Meds reviewed.\nSchool: Hawthorne Elementary. School note given. Employer: Acme Roofing Co. Insurance: BCBS", want: map[string]Type{"Hawthorne Elementary": Location, "Acme Roofing Co": Location}, keep: []string{"School note"}},
			// a field whose label names a place: its value to the end of the line, a wide gap or a parenthesis
			{text: "City: Bend    State: OR    ZIP: 97702\nEmployer: Narragansett Bay Logistics\nResidence: The Palms at Siesta Key (independent living)", want: map[string]Type{"Bend": City, "Narragansett Bay Logistics": Location, "The Palms at Siesta Key": Location}, keep: []string{"State", "independent living"}},
			{text: "School/daycare: Bright Horizons at Brushy Creek\nPreferred pharmacy: Ponderosa Pharmacy, 610 NE Greenwood Ave", want: map[string]Type{"Bright Horizons at Brushy Creek": Location, "Ponderosa Pharmacy, 610 NE Greenwood Ave": Location}},
			// a field whose label names a person: the surname first before a comma, in capitals, a nickname in quotes; a finding of the exam stays
			{text: "PATIENT: BAKER, LENA R.   MRN: 4471920\nReferring: Wood, Tomas MD\nResident: Ottoline \"Otty\" Brisk   Age: 97\nPatient: Alert, Oriented", want: map[string]Type{"BAKER, LENA R": Name, "Wood, Tomas": Name, "Ottoline \"Otty\" Brisk": Name}, keep: []string{"MD", "Alert", "Oriented"}},
			// another name of the person
			{text: "Preferred name: Marisa\nMaiden name: Okafor-Lind", want: map[string]Type{"Marisa": Name, "Okafor-Lind": Name}},
			// a value ends before the next label on its line, or before when
			{text: "Employer: Quarry Ridge Roofing. Insurance: BCBS\nformer employer: lakeview paper mill until march", want: map[string]Type{"Quarry Ridge Roofing": Location, "lakeview paper mill": Location}, keep: []string{"Insurance", "BCBS", "until"}},
			// the agency and the supplier a home-health note names, up to a remark after a comma; an empty one names none
			{text: "Agency: Cobblestone Visiting Nurses    Visit date: 08/17/2020\nDME vendor: Quillon Home Medical, intake 555-0127\nHospice agency: pending", want: map[string]Type{"Cobblestone Visiting Nurses": Facility, "Quillon Home Medical": Location}, keep: []string{"intake", "pending"}},
			// an empty value, another field's label, a field of no place
			{text: "Employer: self-employed\nSchool: none\nCity:\nPlan: fluids, recheck lytes\nEmployer: retired", keep: []string{"self-employed", "none", "Plan", "fluids", "retired"}},
		},
	},
	{
		Name:    "places/brands-at-work",
		Types:   []Type{Location},
		Sources: []string{"place/brand-at-work"},
		run:     (*scanner).brandsAtWork,
		gate:    func(s *scanner) bool { return s.any(fCountry | fChain) },
		Examples: []example{
			// a company of the lists where someone is after work was spoken of, or after "gets off at"; a shop after work stays
			{text: "[patient] we added her to my plan at work, i'm at raytheon, the card hasn't come. she gets off at fedex at five. after work i'm at costco. i'm at walmart now", want: map[string]Type{"raytheon": Location, "fedex": Location}, keep: []string{"costco", "walmart"}},
		},
	},
	{
		Name:    "places/employers",
		Types:   []Type{Location},
		Sources: []string{"place/employer"},
		run:     (*scanner).detectEmployers,
		gate:    func(s *scanner) bool { return s.any(fEmployCue) },
		Examples: []example{
			// where someone works after "from home" or "remotely" between the verb and "for"; a medicine that works names none
			{text: "im working from home now for harbor point insurance group so the commute is better. the inhaler works for me now", want: map[string]Type{"harbor point insurance group": Location}, keep: []string{"for me"}},
			// in cased text a capital goes on with the employer's name; builders named by their homes
			{text: "P: I'm a teacher at Holmwood Primary, so you can imagine. My son is a site manager for Kingsmere Homes.", want: map[string]Type{"Holmwood Primary": Location, "Kingsmere Homes": Location}},
			// everyday words before the head of a company's name after a cue of work: also "first", also words that are shorthand too
			{text: "i was a teller at first keystone credit union . i work at pacific crest bank . a job at granite state paper", want: map[string]Type{"first keystone credit union": Location, "pacific crest bank": Location, "granite state paper": Location}},
			{text: "i work at the first aid station , she works at the blood bank , he works for the paper", keep: []string{"first aid", "blood bank", "the paper"}},
			// a company by its shape after "retired from"; the army or a trade stays
			{text: "[wife] he was supposed to retire from general electric in june. i retired from the army. she retired from teaching", want: map[string]Type{"general electric": Location}, keep: []string{"army", "teaching"}},
			// in cased text shorthand joined by a hyphen to a capitalised word is part of an employer's name; shorthand alone stays
			{text: "Case Manager: And he's employed with Tri-County Poultry in Gainesville, correct? Doctor: He works with PT-OT daily.", want: map[string]Type{"Tri-County Poultry": Location}, keep: []string{"PT-OT"}},
			// a company laid off from, by its shape or its capitals in cased text; a hospital by its head stays with the facility readers
			{text: "Patient: I got laid off from Allegheny Steelworks in March. I was laid down from the bed.", want: map[string]Type{"Allegheny Steelworks": Location}, keep: []string{"the bed"}},
			// a workplace of two everyday words after a job and "at", before when someone works there; not a desk or home
			{text: "i'm a server at rusty anchor weekends. i work at the front desk weekends, at home now", want: map[string]Type{"rusty anchor": Location}, keep: []string{"front desk", "home"}},
			// a role in care names an employer after "at" only
			{text: "I'm an RN at Sunnybrook, on the cardiac floor. Seen by GBMC nurse for arrangements concerning the pump.", want: map[string]Type{"Sunnybrook": Location}, keep: []string{"arrangements"}},
			// a store or a company named before where someone works; not any place
			{text: "i slipped outside the home depot where i work. that's the place where i work", want: map[string]Type{"home depot": Location}, keep: []string{"the place"}},
			// everyday words, then the head of a company's name, after a cue of work; a pronoun's noun is none
			{text: "my job at pioneer valley transit has a quit program. she works at caring hands home health. it works for my health", want: map[string]Type{"pioneer valley transit": Location, "caring hands home health": Location}, keep: []string{"my health"}},
			{text: "she has been working with incentiv spirometer and works with Dr. Ames", keep: []string{"incentiv"}},
			{text: "her husband is CEO OF KELDOR. she works for Brightwater Foods and he works for the city", want: map[string]Type{"KELDOR": Location, "Brightwater Foods": Location}, keep: []string{"the city"}},
			{text: "he works for ardentis systems, his son works at night, the gabapentin works for RLS", want: map[string]Type{"ardentis systems": Location}, keep: []string{"night", "RLS"}},
			// a firm named by two surnames joined by "and", after a cue of work (a trade too); not kin
			{text: "i work at fisher and wolfe out in town. i'm a roofer with harmon and pike. i work with mom and dad", want: map[string]Type{"fisher and wolfe": Location, "harmon and pike": Location}, keep: []string{"mom and dad"}},
			// a chain where someone works, also with its possessive and four words after the person; a shift at a place; not a shift in a note
			// with no article two everyday words after "work at" are a name; not where or when work is done
			// a nail salon named by a word before "nails", "and spa" too; not the kind of salon
			{text: "i work at lotus nails and spa on weekends. i work at the nails place", want: map[string]Type{"lotus nails and spa": Location}, keep: []string{"nails place"}},
			{text: "she waits tables, i work at copper kettle on weekends. i work at home, i work at night, i work at different places", want: map[string]Type{"copper kettle": Location}, keep: []string{"home", "night", "different places"}},
			{text: "so i head back to work at kohl's tomorrow. he pulls the night shift at waffle house. she volunteers at tarrow and finch", want: map[string]Type{"kohl's": Location, "waffle house": Location, "tarrow and finch": Location}},
			{text: "SUCTIONED Q2 DURING SHIFT FOR THICK SECRETIONS. my shift at the hospital was long", keep: []string{"THICK", "hospital"}},
			// a place of work named by everyday words after "work at the", where what is said pauses or goes on to where it is; not what people are at
			{text: "i tend bar, i work at the rusty lantern over on fifth. she works at the front desk. he works at the paper mill, i work at the moment", want: map[string]Type{"rusty lantern": Location}, keep: []string{"front desk", "paper mill", "moment"}},
			// who employs someone said with "is": only a company's shape, never what the employer is like
			{text: "my employer is tolliver and marsh. her employer was patient and kind, my employer is very understanding", want: map[string]Type{"tolliver and marsh": Location}, keep: []string{"patient and kind", "very understanding"}},
			// when or how much someone works between the cue and the place
			{text: "i work nights at costco. she works part time at kroger. it works there at night", want: map[string]Type{"costco": Location, "kroger": Location}, keep: []string{"night"}},
			{text: "i work for myself, she worked at home, he was employed by Halvorsen & Sons until he retired", want: map[string]Type{"Halvorsen & Sons": Location}, keep: []string{"myself", "home"}},
			{text: "my daughter who works at Corvanta, and i've been working for ZENTRO", want: map[string]Type{"Corvanta": Location, "ZENTRO": Location}},
			// the people of someone's work named by where it is; a time or a place everyone has stays
			{text: "my coworkers at harlow and finch keep asking. my boss at the moment is fine. my colleague at home", want: map[string]Type{"harlow and finch": Location}, keep: []string{"moment", "home"}},
			// a maker or a trade named by everyday words before the head of its kind; a firm the list knows
			{text: "i work at lumen analytics all day. mum's at work at Red Stag Timber. i work at Jaguar Land Rover. the auto refill is on", want: map[string]Type{"lumen analytics": Location, "Red Stag Timber": Location, "Jaguar Land Rover": Location}, keep: []string{"auto refill"}},
			{text: "what works for pain, a job with benefits, the owner of the dog", keep: []string{"pain", "benefits", "dog"}},
			// a company the list knows, named as a person's employer, not where they shop
			// a note drops the subject before a company's name; a drug that works names none
			{text: "Works for Tallgrass Payroll Solutions as a clerk. Tried ropinirole. Works for RLS. Works well for pain.", want: map[string]Type{"Tallgrass Payroll Solutions": Location}, keep: []string{"RLS", "pain"}},
			{text: "my wife works at costco and i worked for ups for years; we shop at costco, it works for amazon orders", want: map[string]Type{"costco": Location, "ups": Location}, keep: []string{"shop at costco", "amazon"}},
			// large employers the list knows, named as where someone has a job
			{text: "my husband's job at honeywell ended and she got a job at medtronic", want: map[string]Type{"honeywell": Location, "medtronic": Location}, keep: []string{"job"}},
			// a company of everyday words, an adverb before the preposition, "the" before a known company
			{text: "my son works at general dynamics, i work over at the kroger; we got paint at best buy", want: map[string]Type{"general dynamics": Location, "kroger": Location}, keep: []string{"over at the ", "best buy"}},
			{text: "he worked down at the mill, it works over the counter, she worked up a sweat", keep: []string{"mill", "counter", "sweat"}},
			// an everyday word before the head of a business's name
			{text: "she works for bayview properties and he works for halden trucking", want: map[string]Type{"bayview properties": Location, "halden trucking": Location}},
			{text: "i work at brookside diner, she works at the corner market, he works at a diner", want: map[string]Type{"brookside diner": Location}, keep: []string{"corner market", "a diner"}},
			// a trade or job names the employer after it; a place of work that is a kind stays
			{text: "i'm a cashier at zellmart, she's a mechanic at brevik motors, he's a cook at the diner and a teacher at school", want: map[string]Type{"zellmart": Location, "brevik motors": Location}, keep: []string{"diner", "school"}},
			{text: "he's a driver for halden trucking, she's an aide at the front desk, the manager at work", want: map[string]Type{"halden trucking": Location}, keep: []string{"front desk", "work"}},
			// who drives for a living names the firm; a time driven names none
			{text: "she drives for zellcab, he drove for brevik freight, we drove for two hours, driving for the first time", want: map[string]Type{"zellcab": Location, "brevik freight": Location}, keep: []string{"two hours", "first time"}},
		},
	},
	{
		Name:    "places/saints",
		Types:   []Type{Facility},
		Sources: []string{"place/saint"},
		run:     (*scanner).detectSaints,
		gate:    func(s *scanner) bool { return s.hasSeen(seenSaint) },
		Examples: []example{
			{text: "she's a nurse over at st. joe's, he was at saint pat's", want: map[string]Type{"st. joe's": Facility, "saint pat's": Facility}},
			{text: "Transferred from St. Vincent's; 123 Elm St. Mary's mom called", want: map[string]Type{"St. Vincent's": Facility}},
			{text: "the st segment was normal, st depression in v4", keep: []string{"st segment", "st depression"}},
			// spelled out, as speech is tokenised, with what the place is and whose place the saint is
			{text: "he fell at church , at saint maron 's , and she goes to saint anselm 's catholic school", want: map[string]Type{"saint maron 's": Facility, "saint anselm 's catholic school": Location}},
			{text: "rehab at saint brennock 's orthopedic institute , born at saint vasko of ardmere medical center", want: map[string]Type{"saint brennock 's orthopedic institute": Facility, "saint vasko of ardmere medical center": Facility}},
			{text: "she 's a saint , the saint of lost things , a saint in the ward", keep: []string{"saint", "saint of lost things", "saint in the ward"}},
			// a church or school named "our lady of" a title of Mary
			{text: "we go to our lady of the assumption in town; she's the lady of the house", want: map[string]Type{"our lady of the assumption": Facility}, keep: []string{"lady of the house"}},
			{text: "Married at Our Lady of Lourdes in May.", want: map[string]Type{"Our Lady of Lourdes": Facility}},
		},
	},
	{
		Name:    "places/named-heads",
		Types:   []Type{Facility},
		Sources: []string{"place/named-head"},
		run:     (*scanner).detectNamedHeads,
		gate:    func(s *scanner) bool { return s.any(fShortHead) },
		Examples: []example{
			// a compass adjective before "Memorial" names the hospital
			{text: "before his MRI at Northwestern Memorial on Friday", want: map[string]Type{"Northwestern Memorial": Facility}},
			// a town before "VA": the veterans' hospital there; the VA alone stays
			{text: "I go to the Northampton VA once a year; my VA benefits came through", want: map[string]Type{"Northampton VA": Facility}, keep: []string{"my VA"}},
			// a kind of care facility after its name; the kind alone stays
			{text: "Pt will be discharged to Pinecrest SNF tomorrow. Screening for LTAC placement, rehab vs SNF", want: map[string]Type{"Pinecrest SNF": Facility}, keep: []string{"LTAC placement", "vs SNF"}},
			// "Memorial" before the names of a hospital, not before "Day" (a holiday); an acronym that is also shorthand after a verb of moving
			{text: "Treated at Memorial Ostrander Kell, then a Memorial Day party; seen at QW Med, started on CHF Med", want: map[string]Type{"Memorial Ostrander Kell": Facility, "QW Med": Facility, "Memorial Day": Date}, keep: []string{"party", "CHF Med"}},
			{text: "seen at QRMC Med Ctr and Dalton Medical Group. Past Medical History: none", want: map[string]Type{"QRMC Med Ctr": Facility, "Dalton Medical Group": Facility}, keep: []string{"Past Medical"}},
			// places/named-heads
			{text: "Records came from KMC Med Ctr and Marlow General, then Harlow Memorial.", want: map[string]Type{"KMC Med Ctr": Facility, "Marlow General": Facility, "Harlow Memorial": Facility}},
			{text: "pt taken to ridgeford hosp after the fall", want: map[string]Type{"ridgeford hosp": Facility}},
			// an acronym of a place before "General" or "Presbyterian" after a preposition of place
			{text: "Consulted Dr. Voss at KC General, then at NJ-Presbyterian; started on CHF Med in AM.", want: map[string]Type{"KC General": Facility, "NJ-Presbyterian": Facility}, keep: []string{"CHF Med"}},
			{text: "CONT PRESENT MED REGIMEN, med for pain given", keep: []string{"PRESENT MED", "med"}},
			// a branch of medicine before the head names a service, however short ("Urology")
			{text: "We'll refer you to the Urology Clinic, then Harlow General.", want: map[string]Type{"Harlow General": Facility}, keep: []string{"Urology"}},
			{text: "He was seen in the Fracture Clinic, then at Braxton Clinic.", keep: []string{"Fracture Clinic"}, want: map[string]Type{"Braxton Clinic": Facility}},
			// in lower-case speech, a short name before "general" after a preposition of place
			{text: "my cousin drove me to harwick general last night, then over at county general", want: map[string]Type{"harwick general": Facility, "county general": Facility}},
			{text: "in general i'm fine, good general health, refer to general surgery, went to general and back", keep: []string{"in general", "good general", "general surgery", "to general"}},
			{text: "she lives in Fairview, OR and works in town", want: map[string]Type{"Fairview, OR": City}},
		},
	},
	{
		Name:    "answers",
		Types:   []Type{Name, Date, Phone, SSN, MRN, HealthPlan, Zip, Location, ID, Facility},
		Sources: []string{"name/answer", "answer/DATE", "answer/PHONE", "answer/SSN", "answer/MRN", "answer/HEALTH_PLAN", "answer/ZIP", "answer/EMPLOYER", "answer/ID", "answer/FACILITY"},
		run:     (*scanner).detectAnswers,
		gate: func(s *scanner) bool {
			return s.asked != askNone || s.hasSeen(seenAsk) || s.hasSeen(seenQuestion) && s.hasSeen(seenBy)
		},
		Examples: []example{
			// a user name said after "username is", with a user name's shape (digits, separators, "all one word"); a description stays
			{text: "Parent: Her Instagram is avery dot q dot ml, and the Snap is aqml underscore ten. The handle is broken.", want: map[string]Type{"avery dot q dot ml": ID, "aqml underscore ten": ID}, keep: []string{"handle is broken"}},
			{text: "his username is dfitz underscore scio. the username's just cal_ostro_97. mine is p nair roseburg all one word, username is p nair roseburg all one word. your username is your email, the username is the same as before", want: map[string]Type{"dfitz underscore scio": ID, "cal_ostro_97": ID}, keep: []string{"your email", "the same as before"}},
			// a time stamp before the next speaker's label
			{text: "Doctor: your first name? [00:02:10] Patient: jo. Doctor: and the date? [00:02:14] Patient: the ninth", want: map[string]Type{"jo": Name}, keep: []string{"00:02:10", "00:02:14"}},
			// the pharmacy or hospital asked for, after a recogniser's numbered speakers; a question about school names none
			// the name of a daycare or a church asked for, after a word of assent, and answered by its words and head (a word of size
			// or order first); a size alone names none
			{text: "[doctor] sure what's the name of the daycare\n[mother] little acorns learning center\n[doctor] which church?\n[patient] first methodist\n[doctor] which pharmacy?\n[patient] the big one", want: map[string]Type{"little acorns learning center": Facility, "first methodist": Facility}, keep: []string{"big one"}},
			{text: "spk_1: and which hospital was he born at\nspk_0: swedish first hill\nspk_1: which pharmacy?\nspk_0: the dalby drug on fourth\nDoctor: What about school?\nParent: Fewer screens.", want: map[string]Type{"swedish first hill": Facility, "dalby drug": Facility}, keep: []string{"Fewer screens"}},
			// asked with a verb of telling and a period; a user name asked for, said in words and letters
			{text: "[automated] Please say the patient's first and last name.\nCaller: hope alvarado\nSupport: And the username?\nCaller: h meeks fifty nine, all one word.", want: map[string]Type{"hope alvarado": Name, "h meeks fifty nine": ID}, keep: []string{"all one word"}},
			// a month that is a given name, as the whole answer; not a verb that opens a question
			{text: "doctor: what's your first name? patient: june. doctor: and your name? patient: may i ask why?", want: map[string]Type{"june": Name}, keep: []string{"may i"}},
			// a name said bare after a question that asks for it, after a speaker's label or as a short reply
			{text: "doctor: and your first name? patient: tovah. doctor: what do people call you? patient: bix.", want: map[string]Type{"tovah": Name, "bix": Name}},
			{text: "what's your last name? it's pellegrino. can you spell that? p e l l e g r i n o.", want: map[string]Type{"pellegrino": Name, "p e l l e g r i n o": Name}},
			// a given name that is a function word, before a surname
			{text: "[staff] can i get your name [patient] it's will baker and i'm here for my shot", want: map[string]Type{"will baker": Name}, keep: []string{"shot"}},
			{text: "[staff] what's the patient name [caller] hope stone [staff] thanks", want: map[string]Type{"hope stone": Name}, keep: []string{"thanks"}},
			// the employer an answer names, a chain or a word no everyday word spells; not working from home, nor an occupation
			// a surname that is an everyday word or an eponym, after the given name an answer to a name question opens with
			{text: "doctor: and just your full name for the order\npatient: leanne graves l e a n n e\ndoctor: graves disease runs in the family?", want: map[string]Type{"leanne graves": Name}, keep: []string{"graves disease"}},
			// a question that asks whether someone works: where, when the answer says it after "at" or "for"; not when, nor how
			{text: "Nurse: Are you working?\nPatient: Part time at Quillfeather Books, nights.\nNurse: How's work?\nPatient: Busy at the moment, for now.", want: map[string]Type{"Quillfeather Books": Location}, keep: []string{"nights", "moment", "now"}},
			// turns on lines of their own with no label and no question mark: a line that asks, the next line short that answers
			{text: "through my job\nwhos the employer\ntannery brook logistics\nand your birthday\nmay ninth sixty one\nwhich pharmacy\nsame as before", want: map[string]Type{"tannery brook logistics": Location, "may ninth sixty one": Date}, keep: []string{"same as before"}},
			{text: "[doctor] where do you work [patient] brindlewood on elm street [doctor] and your husband, where does he work [patient] construction. [doctor] where do you work now [patient] from home", want: map[string]Type{"brindlewood": Location}, keep: []string{"construction", "home"}},
			// speech recognition writes no question mark: a short question or one put as a question before the next speaker's label; not a remark
			{text: "[doctor] and your first name [patient] tovah [doctor] i like that name [patient] thanks", want: map[string]Type{"tovah": Name}, keep: []string{"thanks"}},
			// a question that follows a read-back in the same turn, after "and"
			{text: "[nurse] s z y m a n s k i and first name [patient] dawn [nurse] thanks", want: map[string]Type{"dawn": Name}, keep: []string{"thanks"}},
			// a date of birth, a phone number, a member id said as answers
			{text: "[doctor] date of birth? [patient] the ninth of june, sixty one. [doctor] best phone number? [patient] six one seven, two two two, oh nine one four.", want: map[string]Type{"ninth of june, sixty one": Date, "six one seven, two two two, oh nine one four": Phone}},
			// an answer typed by its question, after a few words before it
			{text: "clinician: and your mrn? patient: hold on, it's four four one nine two six. doctor: your phone? patient: i don't have one.", want: map[string]Type{"four four one nine two six": MRN}, keep: []string{"one."}},
			{text: "doctor: when's your birthday? patient: the ninth. doctor: and your age? patient: sixty.", want: map[string]Type{"ninth": Date}, keep: []string{"sixty"}},
			{text: "doctor: your member id? patient: w x k four four nine two eight.", want: map[string]Type{"w x k four four nine two eight": HealthPlan}},
			{text: "doctor: last four of your social? patient: eight one two two. doctor: medical record number? patient: um, three three nine, oh one two. doctor: zip code? patient: oh two one four four.", want: map[string]Type{"eight one two two": SSN, "three three nine, oh one two": MRN, "oh two one four four": Zip}},
			// a question that asks for no identifier, or an answer that says none
			{text: "doctor: what's the name of the medication? patient: metformin. doctor: your name? patient: sorry? doctor: where were you born? patient: in the spring.", keep: []string{"metformin", "sorry", "spring"}},
			{text: "doctor: can you spell world backwards? patient: d l r o w. doctor: how many pills? patient: two a day.", keep: []string{"d l r o w", "two a day"}},
			// "oh" glued by a hyphen to a digit is a zero, not a sound of surprise
			{text: "doctor: date of birth? patient: oh-two, oh-three, fifty-one. doctor: and your age? patient: oh, seventy.", want: map[string]Type{"oh-two, oh-three, fifty-one": Date}, keep: []string{"oh, seventy"}},
			// an age said to a question for the date of birth; a verb after its subject said to one for the name
			{text: "doctor: and your date of birth? patient: i'm forty two years old. doctor: can you confirm your name? patient: yes i can.", keep: []string{"forty two", "can."}},
		},
	},
	{
		Name:    "places/kind-pairs",
		Types:   []Type{Facility},
		Sources: []string{"place/facility"},
		run:     (*scanner).detectKindPairs,
		gate:    func(s *scanner) bool { return s.any(fStop) }, // "and" is one
		Examples: []example{
			// a practice or a hospital named by everyday words before two kinds of care joined by "and", after a preposition of place
			{text: "she saw dr ames at wexley heart and vascular. he was born at corrow women's and infants hospital. call lindell ear nose and throat",
				want: map[string]Type{"wexley heart and vascular": Facility, "corrow women's and infants hospital": Facility}},
			// the kinds alone, or said of a body, name none
			{text: "we went to the heart and vascular clinic. at heart and vascular they said so. at rest heart and lung sounds were normal. her heart and lungs are fine",
				keep: []string{"heart and vascular clinic", "at heart", "rest heart", "heart and lungs"}},
		},
	},
	{
		Name:    "places/care-practices",
		Types:   []Type{Facility},
		Sources: []string{"place/practice"},
		run:     (*scanner).detectCarePractices,
		gate:    func(s *scanner) bool { return !s.notes && !s.cased },
		Examples: []example{
			// a home-health agency named before "visiting nurses"; the nurses alone name none
			{text: "hi this is dana with brightwater visiting nurses for the start of care. she needs visiting nurses twice a week", want: map[string]Type{"brightwater visiting nurses": Facility}, keep: []string{"needs visiting nurses"}},
			// a practice named in speech by everyday words before the care it gives and its head, where someone goes, calls from or is seen
			{text: "there 's one at quarrybrook pulmonary rehab . the echo is at tallow creek pediatric cardiology . the nurse from bright meadow home health came . for pt there 's summit physical therapy",
				want: map[string]Type{"quarrybrook pulmonary rehab": Facility, "tallow creek pediatric cardiology": Facility, "bright meadow home health": Facility, "summit physical therapy": Facility}},
			// an agency named by an "-ing" word before a plural ("caring hands"); a verb before what it does names none
			{text: "[nurse] hi, it's faith from caring hands home health. i keep doing exercises home health gave me", want: map[string]Type{"caring hands home health": Facility}, keep: []string{"doing exercises"}},
			// a nursing home named by an everyday word in lower-case speech
			{text: "i 'll send a referral to dr. wright at riverside nursing home . she went to a nursing home", want: map[string]Type{"riverside nursing home": Facility}, keep: []string{"a nursing home"}},
			// two words of a name after "the" and before a kind of care; a possessive kind tokenised apart; a measure's word among the name's
			{text: "and the prairie view wound center for offloading . deliver at northside women 's pavilion ? therapy at peak performance physical therapy . the new wound center . the big new wound center",
				want: map[string]Type{"prairie view wound center": Facility, "northside women 's pavilion": Facility, "peak performance physical therapy": Facility}, keep: []string{"new wound center"}},
			// the kind and head alone, or words of time, place or manner before them, name none
			{text: "she goes to physical therapy at night . at home health visits help . at least pulmonary rehab is close . we need to see physical therapy . at your physical therapy appointment",
				keep: []string{"physical therapy", "home health", "least", "see", "your"}},
		},
	},
	{
		Name:    "places/named-after-kind",
		Types:   []Type{Location},
		Sources: []string{"place/named-after-kind", "place/care-site"},
		run:     (*scanner).detectNamedAfterKind,
		gate:    func(s *scanner) bool { return s.any(fLandmark | fFacHead | fCareUnit) },
		Examples: []example{
			// a hospital named in one word after a place of care and "at"; a time, a state of health or a home stays
			{text: "i went to the er at lakeridge, then the infusion clinic at quillmere. the er at night, the icu at baseline, the clinic at home", want: map[string]Type{"lakeridge": Location, "quillmere": Location}, keep: []string{"night", "baseline", "home"}},
			// the name of a day care after the kind and "at" or "called"; a place that names none stays
			{text: "she's in daycare at merry oaks, he goes to day care at bumblebee corner; daycare at home, preschool at the church, daycare at church most days", want: map[string]Type{"merry oaks": Location, "bumblebee corner": Location}, keep: []string{"home", "the church", "church most"}},
			// the name of a school, church or day care set off by commas after whose place it is
			{text: "my son's daycare, happy otters, called; our church, second congregational, has a pantry", want: map[string]Type{"happy otters": Location, "second congregational": Location}},
			{text: "my school, honestly, was fine. our church, back home, closed. the school, which is old, is shut", keep: []string{"honestly", "back home", "which is old"}},
			{text: "My daughter's preschool, Little Acorns, is closed; my school, near here, is not", want: map[string]Type{"Little Acorns": Location}, keep: []string{"near here"}},
			// a temple or congregation named right after the word, after a preposition of place
			{text: "we go to temple israel, she married at congregation beth shalom; a headache in my temple, at temple on sunday", want: map[string]Type{"temple israel": Location, "congregation beth shalom": Location}, keep: []string{"my temple", "on sunday"}},
			{text: "we fish up at lake quonnapaug; she went to the lake, water at lake level", want: map[string]Type{"lake quonnapaug": Location}, keep: []string{"the lake", "lake level"}},
		},
	},
	{
		Name:    "places/town-called",
		Types:   []Type{City, County},
		Sources: []string{"place/town-called"},
		run:     (*scanner).detectTownCalled,
		gate:    func(s *scanner) bool { return s.hasSeen(seenCalled) },
		Examples: []example{
			// a town named after the word for it, everyday words too; a town described, or its name not said, names none
			{text: "i grew up in a little town called pine bluff, near the river. a county named kern county, then a town called, um, i forget", want: map[string]Type{"pine bluff": City, "kern county": County}, keep: []string{"near the river", "i forget", "um"}},
			{text: "She lived in a village called Red Oak. The town called back.", want: map[string]Type{"Red Oak": City}, keep: []string{"back"}},
		},
	},
	{
		Name:    "places/neighbourhoods",
		Types:   []Type{Location},
		Sources: []string{"place/neighbourhood"},
		run:     (*scanner).detectNeighbourhoods,
		gate:    func(s *scanner) bool { return s.hasSeen(seenRegion) },
		Examples: []example{
			// a part of a town named where someone lives, grew up or moved
			{text: "we moved to the back bay, she grew up on the upper west side and they live in the heights", want: map[string]Type{"back bay": Location, "upper west side": Location, "heights": Location}},
			{text: "i was raised on the south side of dayton; we live on the quiet side, in the same village, on the east side of the building", want: map[string]Type{"south side": Location}, keep: []string{"quiet side", "same village", "east side"}},
			{text: "We live in Back Bay now. The pain moved to Side B.", want: map[string]Type{"Back Bay": Location}, keep: []string{"Side B"}},
			{text: "i'm in the east village now; the rash is on the inner side, she's in the end stage", want: map[string]Type{"east village": Location}, keep: []string{"inner side", "end stage"}},
		},
	},
	{
		Name:    "places/faith-and-regions",
		Types:   []Type{Facility, Location},
		Sources: []string{"place/faith-name", "place/region"},
		run:     (*scanner).detectFaithAndRegions,
		gate: func(s *scanner) bool {
			return s.any(fFacHead | fShortHead | fCareUnit | fMoveVerb | fStrongMove | fDirection | fLocPrep)
		},
		Examples: []example{
			// "side" names a region in lower case only where someone lives
			{text: "they moved over to the north side last year; pain on the left side, the east side of the lot", want: map[string]Type{"north side": Location}, keep: []string{"left side", "east side"}},
			{text: "Pt to go to rehab (holy family Memorial) today. SCREENED BY GOOD SHEPHERD REHAB. transferred to sacred heart", want: map[string]Type{"holy family Memorial": Facility, "GOOD SHEPHERD REHAB": Facility, "sacred heart": Facility}},
			{text: "a holy cross on the wall, the sacred heart of the matter, good samaritan behaviour", keep: []string{"holy cross", "sacred heart", "good samaritan"}},
			{text: "she was at holy name for a week, then stayed at divine savior; he wears a holy cross at home", want: map[string]Type{"holy name": Facility, "divine savior": Facility}, keep: []string{"holy cross"}},
			{text: "She grew up on the Northern Shore, then the South Side; we live in the west end", want: map[string]Type{"Northern Shore": Location, "South Side": Location, "west end": Location}},
			{text: "pain on the left side, the east side of the building, the East Coast, N side of the wound", keep: []string{"left side", "east side", "East Coast", "N side"}},
			// one faith word names a hospital after "at" or a verb of moving; mercy as a word stays
			{text: "PT WAS SEEN AT MERCY LAST WEEK. we are at providence", want: map[string]Type{"MERCY": Facility, "providence": Facility}},
			{text: "at the mercy of the court, at mercy of the storm, he begged for mercy", keep: []string{"mercy"}},
		},
	},
	{
		Name:    "places/before-unit",
		Types:   []Type{Facility},
		Sources: []string{"place/before-unit"},
		run:     (*scanner).detectHospitalBeforeUnit,
		gate:    func(s *scanner) bool { return s.any(fCareUnit) },
		Examples: []example{
			{text: "taken to GH cath lab, came to BMH EW and was dc'd from KMC TCU", want: map[string]Type{"GH": Facility, "BMH": Facility, "KMC": Facility}},
			{text: "sent to the ER, transferred to cardiac cath lab, then to CT ICU", keep: []string{"ER", "cardiac", "CT"}},
		},
	},
	{
		Name:    "places/universities",
		Types:   []Type{Facility},
		Sources: []string{"place/university"},
		run:     (*scanner).detectUniversities,
		gate:    func(s *scanner) bool { return s.hasSeen(seenUniv) || s.any(fLocPrep) && !s.notes },
		Examples: []example{
			// a university by its one name after a preposition of place
			{text: "the coordinator at tufts wants the slides", want: map[string]Type{"tufts": Facility}},
			{text: "TRANSFERRED FROM UNIVERSITY OF MD MEDICAL CENTER. seen at U of MD Med Ctr, then U Maryland consult", want: map[string]Type{"UNIVERSITY OF MD MEDICAL CENTER": Facility, "U of MD Med Ctr": Facility, "U Maryland": Facility}},
			{text: "she studies at the university of north carolina", want: map[string]Type{"university of north carolina": Facility}},
			{text: "She works for Univ. of Leeds and the University of Cork Hospital.", want: map[string]Type{"Univ. of Leeds": Facility, "University of Cork Hospital": Facility}},
			{text: "thank u of course, u know the university policy, u ok", keep: []string{"u of course", "university policy", "u ok"}},
			// a university by its short name after a preposition of place, with its town; not shorthand with none
			{text: "my grandson's at umass amherst and my niece goes to nyu. the rpi was low", want: map[string]Type{"umass amherst": Facility, "nyu": Facility}, keep: []string{"rpi"}},
		},
	},
	{
		Name:    "places/wards",
		Types:   []Type{Location},
		Sources: []string{"place/ward"},
		run:     (*scanner).detectWards,
		gate:    func(s *scanner) bool { return s.hasKind(tkNum) },
		Examples: []example{
			// places/wards
			{text: "plan: transfer to Quillmore 4 today. ADMITTED TO BMC. sent to GH, on Kelleway 7 now", want: map[string]Type{"Quillmore": Facility, "BMC": Facility, "GH": Facility, "Kelleway": Location}},
			{text: "admitted to ortho, transferred to CCU, on zosyn 2 g and lasix 40, cards to see", keep: []string{"ortho", "CCU", "zosyn", "lasix", "cards"}},
			// after a verb of moving; the number run into the name or before it
			{text: "PLAN: TRANSFER HOLLENBRACK 3. PT ADMITTED TO HOLLENBRACK7 W/ CHF. pt transferred to 212 hollenbrack.", want: map[string]Type{"HOLLENBRACK": Location, "HOLLENBRACK7": Location, "212 hollenbrack": Location}},
			{text: "PAIN: RECIEVED 2-4 MG. Remains on combiventQ4. Hct 30 from 35 precath.", keep: []string{"RECIEVED", "combiventQ4", "precath"}},
			// in a note too, a home named by everyday words before "assisted living" and an agency before "home care"; the kind alone stays
			{text: "neuro: confused overnight, haldol 0.5mg iv x1. cv: hr 70-90 afib. social: lives at quarrybrook assisted living in dedham, the nurse from evergreen home care came. plan: assisted living vs snf", want: map[string]Type{"quarrybrook assisted living": Facility, "evergreen home care": Facility}, keep: []string{"plan: assisted living"}},
			// a ward named after a person by what follows its number, whatever comes before (its name, as PhysioNet's gold marks it); a score or a dose after an eponym or a drug stays
			{text: "Progress note - Quennell 5 West med-surg\nNsg note - Arkwright 8 BMT unit\nConsult by Dr. Adair, Pimblett 7 (medicine). Family mtg in Ostrowe Tower 6 family room.", want: map[string]Type{"Quennell": Location, "Arkwright": Location, "Pimblett": Location, "Ostrowe Tower": Location}},
			{text: "Braden 18 (low risk). Lasix 40 (IV). Morse 45 (high). Zone 4 (medicine).", keep: []string{"Braden 18", "Lasix 40", "Morse 45", "Zone 4"}},
		},
	},
	{
		Name:    "places",
		Types:   []Type{Address, City, County, Facility, Location},
		Sources: []string{"place/address", "place/street", "place/facility", "place/location", "place/county", "place/city", "place/city-state", "place/city-after-address", "place/po-box", "place/street-site"},
		run:     (*scanner).detectPlaces,
		gate: func(s *scanner) bool {
			return s.hasDigits() || s.any(fNumWord|fStreet|fFacHead|fLandmark|fCountyWord|fCity|fPO|fLocPrep|fDirection|fOrdWord) || s.hasSeen(seenHome)
		},
		Examples: []example{
			// the town and postcode after a street in a clinical document (shorthand makes it a note) as in other cased text
			{text: "HR 80, BP 120/80, RR 16, SpO2 98% RA, NPO, IV NS. Lives at 12 Wattle Avenue, Brooklyn, Pretoria, 0181. Daughter visits.", want: map[string]Type{"12 Wattle Avenue": Address, "Pretoria, 0181": Address}},
			// a street named after its direction with no suffix, as grid towns say it, a hyphened unit after; a ward after its number is none
			{text: "send it to 4471 Northwest Quimby, unit C-12. She was in room 512 North Tower, then 5 West ICU.", want: map[string]Type{"4471 Northwest Quimby, unit C-12": Address}, keep: []string{"512 North Tower", "5 West ICU"}},
			{text: "my place is two eight one nine southeast belmont unit four ok. we drove twenty two north carolina roads", want: map[string]Type{"two eight one nine southeast belmont unit four": Address}, keep: []string{"north carolina"}},
			// a direction after the house number is none of the street's four words
			{text: "the office at 3150 Northeast Martin Luther King Jr Boulevard.", want: map[string]Type{"3150 Northeast Martin Luther King Jr Boulevard": Address}},
			// a street said by its direction and its name or number after "on", no house number; a floor or a state is none
			{text: "The gym on North Lombard? Yes. We drove on North Carolina roads.", want: map[string]Type{"North Lombard": Address}, keep: []string{"North Carolina"}},
			// a facility's branch after a spaced dash where the sentence ends; a heading after it stays
			{text: "dialyzes MWF at Fresenius Kidney Care - Quellgate. Access: L AVF\nMercy Hospital - Admission Note", want: map[string]Type{"Fresenius Kidney Care - Quellgate": Facility}, keep: []string{"Admission Note"}},
			{text: "the bakery on west fourteenth by the park. we drove on north carolina roads. she is on west third floor", want: map[string]Type{"west fourteenth": Address}, keep: []string{"north carolina", "west third floor"}},
			// a corner of a numbered street and a named one; two numbers, "at first" and fingers are none
			{text: "we crashed at sixty third and burnside this morning", want: map[string]Type{"sixty third and burnside": Address}},
			{text: "The CVS on Alder and 122nd, near the school. The dog bit him at Ninth and Pine.", want: map[string]Type{"Alder and 122nd": Address, "Ninth and Pine": Address}},
			{text: "we were off on 3rd and 4th. at first and then later. the pain on third and fourth fingers", keep: []string{"3rd and 4th", "first and", "third and fourth"}},
			// a numbered street said in words after its direction; a count after a direction is no street
			{text: "whats your address sixty eight oh four southeast ninety second avenue portland. we went 2 north twenty first", want: map[string]Type{"sixty eight oh four southeast ninety second avenue": Address}, keep: []string{"north twenty first"}},
			// in speech a direction after the street's suffix where what is said ends; the address asked "still"; a direction going on stays out
			{text: "[agent] is your address still sixty two ten harbor crest way southwest\n[caller] yes . we walk on main street north of the park", want: map[string]Type{"sixty two ten harbor crest way southwest": Address}, keep: []string{"north of"}},
			// which of a series of visits names no clinic
			{text: "every two weeks at the day unit at Marrowby Hospital. Next clinic 18 June. The same clinic again.", want: map[string]Type{"Marrowby Hospital": Facility}, keep: []string{"Next clinic", "same clinic"}},
			// a clinician's degree after a double surname is no state; a town with a hyphen before its state is a town
			{text: "Read by resident Dana Kaplan-Brooks, MD (PGY-4). We moved to Wilkes-Barre, PA last year", want: map[string]Type{"Wilkes-Barre, PA": City}, keep: []string{"MD"}},
			// a numbered street after the house number, as western Canada writes it
			{text: "Address: 7421 128 Street, Surrey. Clinic at 13750 96 Avenue.", want: map[string]Type{"7421 128 Street": Address, "13750 96 Avenue": Address}},
			// an address that ends its turn stops before the next speaker's numbered label; a square's name before the next turn
			{text: "Speaker 2: And address one Babylon Avenue.\nSpeaker 1: OK.\nPatient: It's by Shaker Square.\nDoctor: I'll update that.", want: map[string]Type{"one Babylon Avenue": Address, "Shaker Square": Address}, keep: []string{"Speaker 1", "Doctor"}},
			// a house number said with a hyphen between its tens and units, and in hundreds before it
			{text: "Caller: Three forty-two West Hollis Street, apartment twelve. Agent: and the mailing one, eighty-eight Larkspur Lane?", want: map[string]Type{"Three forty-two West Hollis Street, apartment twelve": Address, "eighty-eight Larkspur Lane": Address}},
			// a street's everyday words before a weak suffix make a street when its town follows; a run or a walk stays
			{text: "is the address still fourteen larkspur close harrogate for the letters", want: map[string]Type{"fourteen larkspur close": Address}},
			{text: "i did 3 brief run yesterday and we did 2 slow walk afterwards", keep: []string{"brief run", "slow walk"}},
			// a street named without its number where someone lives; a nursery named as a school is
			{text: "i live at hollybank court it 's sheltered housing", want: map[string]Type{"hollybank court": Address}},
			{text: "Doctor: Has anyone at home or at Little Acorns Nursery been unwell?", want: map[string]Type{"Little Acorns Nursery": Location}},
			{text: "the nursery nurse came . he was in the nursery . i live at court street", keep: []string{"nursery nurse", "the nursery"}},
			// the next field's label after an address is no town
			{text: "Address: 12 Larkin St. Phone: 555-1212", want: map[string]Type{"12 Larkin St.": Address}, keep: []string{"Phone"}},
			// a note's clinical word before a street's suffix; a numbered street written with digits; a rhythm's ST stays
			{text: "DISPO: HOME AT 1187 OLD MILL RD LOT 42, PINE BLUFF, AR 71603.", want: map[string]Type{"1187 OLD MILL RD LOT 42": Address}},
			{text: "lives w/ grandson, 1420 e 5th st apt 2r. HR 99-104 NSR ST WITH PACS. gave 2 5th st", want: map[string]Type{"1420 e 5th st apt 2r": Address}, keep: []string{"104 NSR ST", "2 5th st"}},
			// a letter's date, then its greeting: no street called "Dear"
			{text: "April 12, 2021 Dear Dr. Okafor, thank you", keep: []string{"Dear Dr."}},
			// a practice's name may hold a generic word after a name; a generic word first names none
			{text: "her surgeon is at tallow city orthopedics. he went to the city orthopedics office", want: map[string]Type{"tallow city orthopedics": Facility}, keep: []string{"the city orthopedics"}},
			// a rehab named by two words of a town or a name after a preposition of place; not kinds of rehab
			{text: "therapy at gulf shore rehab twice a week. she is at inpatient rehab, he tried sports rehab at home", want: map[string]Type{"gulf shore rehab": Facility}, keep: []string{"inpatient rehab", "sports rehab"}},
			// a town right after an address and before its zip code, said or written, with no comma
			{text: "it's four one two birch lane fresno nine three seven oh one. or 77 oak road fresno 93701", want: map[string]Type{"fresno": City}},
			// the kind of a place said of someone before its name is none of the name
			{text: "my kid's school lincoln elementary called me", want: map[string]Type{"lincoln elementary": Location}, keep: []string{"school"}},
			// in speech a town passed on the way, after "out past", "just past", "drove through"; not a time past, nor who did it
			{text: "my shift is out past fresno. we drove through modesto. just past tuesday. it was written by jackson", want: map[string]Type{"fresno": City, "modesto": City, "jackson": Name}, keep: []string{"tuesday"}},
			// a camp named by a county's name after its kind
			{text: "he just got back from camp ottertail with a tick bite", want: map[string]Type{"camp ottertail": Location}},
			// a faith's branch between a saint's name and its church; the branch alone names none
			{text: "we go to saint wenceslas catholic church. we go to the catholic church", want: map[string]Type{"saint wenceslas catholic church": Location}, keep: []string{"the catholic church"}},
			// a home named after "into", where someone moved
			{text: "we moved her into briar glen assisted living last spring", want: map[string]Type{"briar glen assisted living": Facility}},
			// a hospital named by its own word and "regional", "general" or "memorial" alone where its name ends; not a level, a practice or a service
			{text: "he had the stent at harbor regional. um, lakeside general i think. at the regional level, general practice, the memorial service", want: map[string]Type{"harbor regional": Facility, "lakeside general": Facility}, keep: []string{"regional level", "general practice", "memorial service"}},
			// two words of its own, a town that is shorthand too, a time said after it; a kind of care before "general" names none
			{text: "my colonoscopy was at red mesa regional last year. at acute general, at cardiac regional", want: map[string]Type{"red mesa regional": Facility}, keep: []string{"acute general", "cardiac regional"}},
			// a site named by the street it is on and its kind; not a court of a sport or a food court
			{text: "she moved into the birch court apartments. get labs at the pine street lab. the food court pharmacy, the tennis court building", want: map[string]Type{"birch court apartments": Location, "pine street lab": Location}, keep: []string{"food court", "tennis court"}},
			// a church named after its kind set off by a comma
			{text: "my church, silver creek baptist, helps a lot", want: map[string]Type{"silver creek baptist": Location}},
			// a camp named after its kind, or by a word no list knows before it; not a camp of a kind
			{text: "she was a counselor at camp winnetka, he grew up in the dadaab camp. the kids go to soccer camp, he did boot camp", want: map[string]Type{"camp winnetka": Location, "dadaab camp": Location}, keep: []string{"soccer camp", "boot camp"}},
			// a unit's number said in more words, then a town of everyday words before its state
			{text: "mail it to ten elm street, suite two hundred, mill creek, oregon", want: map[string]Type{"ten elm street, suite two hundred": Address, "mill creek, oregon": City}},
			// a house number said again with the street's name, its suffix left out (a read-back or a correction); not the street's word alone
			{text: "[caregiver] it's four sixteen alder avenue [nurse] four sixty alder [caregiver] no sixteen. the alder tree", want: map[string]Type{"four sixteen alder avenue": Address, "four sixty alder": Address}, keep: []string{"alder tree"}},
			// a town before the word for one of a practice's sites; "the main office" stays
			{text: "follow up at the waltham office, not the main office", want: map[string]Type{"waltham": City}, keep: []string{"main"}},
			// a flat after the street and a comma, then the town
			{text: "I'm at 14 Cavendish Road, Flat 2, Headingley, Leeds.", want: map[string]Type{"14 Cavendish Road": Address, "Flat 2": Address, "Headingley": City}},
			// in speech an everyday word that notes use as shorthand ("old") names a street too
			{text: "i live at nine oh six old mill road", want: map[string]Type{"nine oh six old mill road": Address}},
			// a corner said with the main street, and a chain's store there; a goal stays
			{text: "it's the walgreens at fourth and main now. focus on work and main goals. the bank on 5th and main", want: map[string]Type{"fourth and main": Address, "5th and main": Address}, keep: []string{"main goals"}},
			// a practice named before its specialty, "pulmonary" among them
			{text: "the sleep study at lakeside pulmonary; she has pulmonary disease", want: map[string]Type{"lakeside pulmonary": Facility}, keep: []string{"pulmonary disease"}},
			// in cased text, a town after a verb of arriving, or after a date said after "born"; an everyday word stays
			{text: "She was born on 3 May 1990 in Sevilla. He'll land in München on Saturday. We stayed in Touch.", want: map[string]Type{"Sevilla": City, "München": City}, keep: []string{"Touch"}},
			// in speech, a word no list knows before a town's last word ("falls", "bay") after "in"; an everyday word before it stays
			{text: "the one out in brantford falls by the river, up in kettering bay. interest in water falls", want: map[string]Type{"brantford falls": City, "kettering bay": City}, keep: []string{"water falls"}},
			// a town on the list of towns goes on over the last word of a town's name where the speaker pauses; not into what follows
			{text: "forty two birch lane in lenox falls, oh one two. we moved to lenox hollow last year. we live in lenox heights schools", want: map[string]Type{"lenox falls": City, "lenox hollow": City}, keep: []string{"heights schools"}},
			// in speech, a street whose suffix is also a word after "on", where the clause ends; a game's court, a way stay
			{text: "you live alone now on linden court? we were on tennis court two, then on center court. i'm on my way", want: map[string]Type{"linden court": Address}, keep: []string{"tennis court", "center court", "my way"}},
			// the part of a building before the address, a comma between; a mews; a count of rooms stays
			{text: "Deliver to Level 9, 120 Collins Street or Room 1203, 88 Jianguo Road; not 4 Rosewood Mews. Room 4, 2 beds", want: map[string]Type{"Level 9, 120 Collins Street": Address, "Room 1203, 88 Jianguo Road": Address, "4 Rosewood Mews": Address}, keep: []string{"Room 4, 2 beds"}},
			// in cased speech, a word with a capital where someone lives, comes from or is; a month, a country, a state stay
			{text: "He lives in Bootle. She grew up in Hemel Hempstead and moved to Canada in May. Dad's with us now in Hackney. Born in March.", want: map[string]Type{"Bootle": City, "Hemel Hempstead": City, "Hackney": City}, keep: []string{"Canada"}},
			// a town from the list after a place already found; a town-like word after no place stays
			{text: "my son works at the home depot in auburn. she was in reading glasses", want: map[string]Type{"auburn": City}, keep: []string{"reading"}},
			// the town said after a street address and "in", before a pause or its ZIP code; an everyday word there stays
			{text: "[mother] it's fourteen twenty two north maple, apartment b, in kettering, four five four two nine. it's twelve oak street in the back", want: map[string]Type{"kettering": City}, keep: []string{"the back"}},
			// a town after a place one goes to, said as "at the" and one word; a time after "at the" stays
			{text: "[patient] wednesday nights at the vfw in canton. not at the moment in canton, he said", want: map[string]Type{"canton": City}, keep: []string{"moment in canton"}},
			// a town before a clinical head names the thing
			{text: "Try some Epsom salt baths, and the Mediterranean diet.", keep: []string{"Epsom"}},
			// a rural route and its box; "RR" alone is a respiratory rate; a town's name said of its street; a region names a rehab
			{text: "RR 3, Box 112. RR 18, HR 90.", want: map[string]Type{"RR 3, Box 112": Address}, keep: []string{"RR 18"}},
			{text: "it's rural route two box forty four. the one on broadway. she's at uh northeast rehab, not cardiac rehab", want: map[string]Type{"rural route two box forty four": Address, "broadway": Address, "northeast rehab": Facility}, keep: []string{"cardiac"}},
			// a place named by a kind that names streets too; a shelter by its name; a capitalised head, "of" and a name
			{text: "they want to send her to fairview commons. he's at the Friendly House shelter. I'm with Hospice of the Western Reserve. we live at the commons, near the homeless shelter", want: map[string]Type{"fairview commons": Location, "Friendly House shelter": Facility, "Hospice of the Western Reserve": Facility}, keep: []string{"the commons", "homeless shelter"}},
			// cased text writes a name's words with capitals: a verb before it, or a sentence's first function word, is none of it
			// a manor is a care home's head, everyday words before it in speech; "the manor house" stays
			{text: "her mother was at maple grove manor till she passed; we toured the manor house", want: map[string]Type{"maple grove manor": Facility}, keep: []string{"the manor house"}},
			{text: "Should we call Walker Funeral Home? To Maplewood Manor for two weeks, then home.", want: map[string]Type{"Walker Funeral Home": Facility, "Maplewood Manor": Facility}, keep: []string{"call", "To"}},
			{text: "Fine, OK. We moved from Tulsa, OK last year", want: map[string]Type{"Tulsa, OK": City}, keep: []string{"Fine, OK"}},
			// a flat before the address; the house called "number" before a comma; a word that names streets though no name follows it
			// the house number said after the street; not a rank
			{text: "i live on copperfield lane, number 12. she lives on elm street, number one priority for her", want: map[string]Type{"copperfield lane, number 12": Address, "elm street": Address}, keep: []string{"number one"}},
			// a street's name said again after a house number, a read-back; not a decimal said with a street's name word
			{text: "it's two twelve larch avenue, two twenty larch, no. we're off quarry point road. albumin three point four", want: map[string]Type{"two twelve larch avenue": Address, "two twenty larch": Address, "quarry point road": Address}, keep: []string{"three point four"}},
			{text: "it's flat two, eleven station road, near the shops. i live at number fourteen, larch close, by the green. bed 4 at the nurse station, 2 doses", want: map[string]Type{"flat two, eleven station road": Address, "fourteen, larch close": Address}, keep: []string{"nurse station", "2 doses"}},
			// a school called by its name and "high" or "middle", a church by its ordinal and its faith
			{text: "she teaches at zorbwick high and goes to second baptist; her sugar was high, set it at medium high", want: map[string]Type{"zorbwick high": Location, "second baptist": Location}, keep: []string{"sugar was high", "medium high"}},
			{text: "He went to Westfield High. SATs high 90s, WBC high", want: map[string]Type{"Westfield High": Location}, keep: []string{"SATs high", "WBC high"}},
			// in cased text the two capitals name a school; in lower case a point of the compass may
			{text: "He teaches at Hillside Middle; it is at Very High", want: map[string]Type{"Hillside Middle": Location}, keep: []string{"Very High"}},
			{text: "she is a junior at central high and he goes to west middle", want: map[string]Type{"central high": Location, "west middle": Location}},
			// a state university by its town; not a state, nor a state of health
			{text: "she's at bridgewater state now; we moved from new york state; a hypercoagulable state", want: map[string]Type{"bridgewater state": Location}, keep: []string{"york state", "hypercoagulable state"}},
			// a day-care centre named by everyday words before "day care" or "child care"
			{text: "she goes to sunshine day care and he to happy hearts child care; he is in day care, the day care at church", want: map[string]Type{"sunshine day care": Location, "happy hearts child care": Location}, keep: []string{"in day care", "the day care"}},
			// a rehabilitation hospital by a town's or a name's word; a kind of rehab names none
			{text: "the pt at riverside rehab said so, then he went to drug rehab and on to cardiac rehab", want: map[string]Type{"riverside rehab": Facility}, keep: []string{"drug rehab", "cardiac rehab"}},
			// its kind between a place's name and "rehab"; not the kind alone
			{text: "the therapists at bayview sports rehab are good. i go to sports rehab, she's at physical rehab", want: map[string]Type{"bayview sports rehab": Facility}, keep: []string{"to sports", "physical"}},
			// a church by its ordinal and any faith; a cemetery and a home for the old named by everyday words; the kind alone names none
			{text: "i'm a deacon at first congregational. he's buried at mount hope cemetery. she's at maple ridge assisted living. he's buried at the cemetery. she moved to assisted living.", want: map[string]Type{"first congregational": Location, "mount hope cemetery": Location, "maple ridge assisted living": Facility}, keep: []string{"the cemetery", "to assisted"}},
			// a Montessori school by its name and the kind alone
			{text: "My granddaughter goes to Sunflower Montessori. It is close.", want: map[string]Type{"Sunflower Montessori": Location}, keep: []string{"close"}},
			// a lake by its name after its kind; not the lake's water or shore
			{text: "we live out by lake quinsigamond. we swam in lake water by the lake shore", want: map[string]Type{"lake quinsigamond": Location}, keep: []string{"lake water", "lake shore"}},
			// a town's main street by its first word; not a line or power
			{text: "our church is on main. the bakery on main, by the bank. it runs on main power. the church on main line", want: map[string]Type{"main": Address}, keep: []string{"main power", "main line"}},
			// the area of a city before its name; not of a bone
			{text: "we moved to greater worcester, near the greater trochanter clinic", want: map[string]Type{"worcester": City}, keep: []string{"trochanter"}},
			// "the" before two everyday words that name a place for small children; a size or liking before the kind describes it
			{text: "my kids go to the little sprouts daycare, we found a spot at the nice little daycare, he goes to the new preschool", want: map[string]Type{"little sprouts daycare": Location}, keep: []string{"nice little", "new preschool"}},
			// a town the lists know right after a lower-case address, with no comma
			{text: "send it to 12 elm street boston", want: map[string]Type{"12 elm street": Address, "boston": City}},
			// a health system named by one everyday word before "health" after "at", "with", "to" or "from"; a kind of health stays
			{text: "my pcp is at brightwater health and she's with lakeshore health; referred to mental health, back to good health, went to employee health", want: map[string]Type{"brightwater health": Facility, "lakeshore health": Facility}, keep: []string{"mental health", "good health", "employee health"}},
			// a word before "health" at the very start of a text has no preposition before it (the fuzzer found a read off the text's start here)
			{text: "ma health, or at harbor health", want: map[string]Type{"harbor health": Facility}, keep: []string{"ma health"}},
			// a care home named by a capitalised faith or order before "Home"
			{text: "She moved to Dalby Lutheran Home, then the Oakvale Masonic Home. We had a Christian home.", want: map[string]Type{"Dalby Lutheran Home": Facility, "Oakvale Masonic Home": Facility}, keep: []string{"Christian home"}},
			// a town that is also a word, in lower case where someone is away: "out in", "down in", "up in" after a form of "be"
			{text: "my brother's out in phoenix, she's up in buffalo now; i was out in the rain and the rash is down in my legs", want: map[string]Type{"phoenix": City, "buffalo": City}, keep: []string{"rain", "legs"}},
			// a town that is also a word, in lower case where someone lives or comes from
			{text: "we live in phoenix now and my sister moved to buffalo; he lives at home, living in pain", want: map[string]Type{"phoenix": City, "buffalo": City}, keep: []string{"home", "pain"}},
			// an agency of home care or nursing named before "agency"; the agency alone is none
			{text: "TO MEET W/ KELDAN NURSING AGENCY TODAY. the agency sent a nurse", want: map[string]Type{"KELDAN NURSING AGENCY": Facility}, keep: []string{"the agency"}},
			// a person's initial opens a facility named after them
			{text: "WILL MEET R. HALVERSON NURSING AGENCY AT 10. R. DAILY WEIGHTS.", want: map[string]Type{"R. HALVERSON NURSING AGENCY": Facility}, keep: []string{"DAILY"}},
			// the first word of a state is no town
			{text: "I was born and raised in North Carolina, then lived in Dayton, Ohio", want: map[string]Type{"Dayton, Ohio": City}, keep: []string{"North Carolina"}},
			// a town abroad, even one Philter's not-PHI list has
			{text: "They live in Mumbai. Glasgow coma scale 15, kawasaki disease, bologna sandwich", want: map[string]Type{"Mumbai": City}, keep: []string{"Glasgow", "kawasaki", "bologna"}},
			{text: "he moved here from winnipeg", want: map[string]Type{"winnipeg": City}},
			// an acronym, "med" and a head after a preposition of place in mixed-case text; a kind stays
			{text: "Paul's case was reviewed at OHSU med center on 3/2; seen at the MRI center", want: map[string]Type{"OHSU med center": Facility}, keep: []string{"MRI center"}},
			// a faith, capitalised, names the facility it heads; a faith alone stays
			{text: "Pt to be d/c'd to Hebrew Rehab when bed available. Pt is Jewish. Rehab consult today", want: map[string]Type{"Hebrew Rehab": Facility}, keep: []string{"Jewish. Rehab"}},
			// an everyday word after a head is no place named after it: a label
			{text: "seen at Ardmore Clinic (Health Plan ID: QP-3382011)", want: map[string]Type{"Ardmore Clinic": Facility}, keep: []string{"Health Plan"}},
			{text: "admitted from Riverton Rehab, will need rehab, cont card rehab; back to St. Agatha's Hospital", want: map[string]Type{"Riverton Rehab": Facility, "St. Agatha's Hospital": Facility}, keep: []string{"need rehab", "card rehab"}},
			{text: "plan: continue supportive medical care, transferred from University of MD Medical Center", keep: []string{"medical care"}},
			{text: "plan: cont supportve medical care, setting up hopsice care at home. A/P  Continue current care", keep: []string{"supportve medical care", "hopsice care", "Continue current care"}},
			{text: "a referral to our hand clinic or the sleep center", keep: []string{"hand clinic", "sleep center"}},
			{text: "to the rapid access chest pain clinic, our new memory clinic, then the Ostrow pain clinic", keep: []string{"chest pain clinic", "new memory clinic"}, want: map[string]Type{"Ostrow pain clinic": Facility}},
			// a kind of clinic after a determiner: a condition, its acronym or a specialty
			{text: "I'll refer you to a mini-stroke clinic, or a TIA clinic. Then the Neuro-Oncology clinic and the Loftus Clinic, and the Aldgate Neurology Clinic.",
				keep: []string{"mini-stroke clinic", "TIA clinic", "Neuro-Oncology clinic"}, want: map[string]Type{"Loftus Clinic": Facility, "Aldgate Neurology Clinic": Facility}},
			// places
			{text: "I live at 1234 Oak Street, Springfield, IL 62704", want: map[string]Type{"1234 Oak Street": Address, "Springfield, IL": City, "62704": Zip}},
			// MD and PA after a clinician's name are degrees, not Maryland and Pennsylvania; after a town they are states
			{text: "Sincerely,\nOdile Marchetti, MD\nAttending: T. Varga, MD\nSurgeon: Kowal, Irena, PA\nShe moved to Frederick, MD", want: map[string]Type{"Odile Marchetti": Name, "Frederick, MD": City}, keep: []string{", MD\nAttending", ", MD\nSurgeon", ", PA\nShe"}},
			{text: "Mail it to P.O. Box 1234, Tulsa, OK 74101-1234; he stays at 780 county road 12", want: map[string]Type{"P.O. Box 1234": Address, "74101-1234": Zip, "780 county road 12": Address}},
			// in cased text, the building number before and the lines after
			{text: "Write to 318 P.O. Box 52 Apt. 9, UNTER-HALDEN, Austria. Or: Kristof Vale  5120 Postfach 31  Apt. 12  Tarnhofen   Austria 44710", want: map[string]Type{"318 P.O. Box 52": Address, "Apt. 9, UNTER-HALDEN, Austria": Address, "5120 Postfach 31  Apt. 12  Tarnhofen   Austria 44710": Address}},
			{text: "Our office is at 6021 1190 Larch St, Velmirov, Czech Republic; his is 40 Fir Lane, Taos, New Mexico 87571", want: map[string]Type{"6021 1190 Larch St": Address, "Velmirov": City, "Czech Republic": Address, "40 Fir Lane": Address, "Taos": City, "87571": Zip}, keep: []string{"New Mexico"}},
			{text: "still at four oh maple road", want: map[string]Type{"four oh maple road": Address}},
			// a street word that names the street before its suffix; a suffix then another word stays one street
			{text: "she's at sixty pine hill road; he's at 9 park street road trip", want: map[string]Type{"sixty pine hill road": Address, "9 park street": Address}, keep: []string{"road trip"}},
			// a pause said after the house number; a comma alone is a list
			{text: "i live at forty two, uh, elm street. i'm 42, elm street is nice", want: map[string]Type{"forty two, uh, elm street": Address}, keep: []string{"42, elm"}},
			{text: "was seen at St. Mary's Hospital and Riverside Medical Center", want: map[string]Type{"St. Mary's Hospital": Facility, "Riverside Medical Center": Facility}},
			{text: "we went to cuyahoga county from dayton ohio", want: map[string]Type{"cuyahoga county": County, "dayton": City}},
			// a city named as its state; a saint's or a mount's place keeps its title
			{text: "Seen in New York City, then at a clinic in New York, NY.", want: map[string]Type{"New York City": City, "New York, NY": City}},
			{text: "She moved from New York to Ohio.", keep: []string{"New York", "Ohio"}},
			{text: "Seen at Harlow Memorial Hospital, New York, then at Dunmore Clinic in New York.", want: map[string]Type{"Harlow Memorial Hospital": Facility, "Dunmore Clinic": Facility, "New York": City}},
			{text: "I walk every morning at Edgewater Park", want: map[string]Type{"Edgewater Park": Location}},
			// a preposition of place opens no name, even one on a surname list
			{text: "we live near hollis park", want: map[string]Type{"hollis park": Location}, keep: []string{"near"}},
			// lower-case speech names a school, a day care or a church with everyday words
			// in speech, a clinic or hospital named by everyday words right after "at", "to" or "from", no article; a kind or a size stays
			{text: "doctor hensley at riverside family clinic. at main hospital, to a free clinic, i went to eye clinic", want: map[string]Type{"riverside family clinic": Facility}, keep: []string{"main hospital", "free clinic", "eye clinic"}},
			// a care home named before "nursing and rehab" where someone is; not the kinds of care alone
			{text: "mom is at the larkspur nursing and rehab now. she needs skilled nursing and rehab, or a nursing and rehab place", want: map[string]Type{"larkspur nursing and rehab": Facility}, keep: []string{"skilled nursing", "a nursing"}},
			// a hospice, and an assisted living with its kind said; not a hospice or an assisted living by its kind alone
			{text: "the aide from tallowmere hospice, then mom at briar knoll assisted living. she needs inpatient hospice or assisted living", want: map[string]Type{"tallowmere hospice": Facility, "briar knoll assisted living": Facility}, keep: []string{"inpatient hospice", "or assisted"}},
			// a centre that says its kind after a place's name, a practice by its specialty; not a centre named by its kind alone or which one of its kind
			{text: "chemo at the birchwood infusion center, then bingo at the cedar ridge senior center. knee seen at lakemont orthopedics", want: map[string]Type{"birchwood infusion center": Facility, "cedar ridge senior center": Facility, "lakemont orthopedics": Facility}},
			{text: "the scope is at the lakeside endoscopy center; the endoscopy center will call", want: map[string]Type{"lakeside endoscopy center": Facility}, keep: []string{"the endoscopy center will"}},
			{text: "at the community center, at the senior center, at the town senior center, the local cancer center, at the shopping center", keep: []string{"community", "senior", "town", "cancer", "shopping"}},
			// the same for practices and imaging, and a health practice for women or children; not health in general
			{text: "the mri is at hollowell imaging, then i see them at riverside women's health and at green line family practice. i'm in good health", want: map[string]Type{"hollowell imaging": Location, "riverside women's health": Facility, "green line family practice": Facility}, keep: []string{"good health"}},
			// after an article a named clinic whose first word is a place's and a kind of care before the head; a practice telephoned; not "the heart clinic"
			{text: "your follow up is at the riverside heart clinic. i called lakeside cardiology. i went to the heart clinic, then to hockey practice", want: map[string]Type{"riverside heart clinic": Facility, "lakeside cardiology": Facility}, keep: []string{"the heart clinic", "hockey practice"}},
			// a walk-in clinic named by everyday words; urgent care alone stays
			{text: "it says doctor reyes at bayside urgent care; we went to urgent care", want: map[string]Type{"bayside urgent care": Facility}, keep: []string{"to urgent care"}},
			// a home-care agency named by everyday words, as a walk-in clinic is; a town's word of three letters opens a clinic's name
			{text: "the aide from juniper home care comes mondays; she gets home care now. seen at the bay ridge heart clinic", want: map[string]Type{"juniper home care": Facility, "bay ridge heart clinic": Facility}, keep: []string{"gets home care"}},
			// a day care named after "for" (a form for it); everyday words of size stay
			{text: "i need a form for little sprouts daycare. good for little kids daycare", want: map[string]Type{"little sprouts daycare": Location}, keep: []string{"little kids daycare"}},
			// a verb's -ing form before "school" is when, not which ("from leaving school at 16")
			{text: "i worked there from leaving school at 16; she goes to spring valley elementary", want: map[string]Type{"spring valley elementary": Location}, keep: []string{"leaving school"}},
			// after whose church or school it is, its name; the choir stays
			{text: "my church new hope baptist has a van. our church choir sings", want: map[string]Type{"new hope baptist": Location}, keep: []string{"choir"}},
			{text: "my girl goes to tiny acorns daycare, we sing at the second methodist church and he's at maple grove elementary", want: map[string]Type{"tiny acorns daycare": Location, "second methodist church": Location, "maple grove elementary": Location}},
			{text: "i went to high school here, she's at catholic school, he's in community college, back to school next week, we met at the little school", keep: []string{"high school", "catholic school", "community college", "back to school", "little school"}},
			{text: "past medical history, pulmonary medicine clinic, the county hospital, stay close to the toilet", keep: []string{"past medical", "pulmonary", "county hospital", "stay close"}},
			{text: "Insurance: Aetna. She is American and speaks English.", keep: []string{"Aetna", "American", "English"}},
			{text: "she was at good samaritan community hospital, then over to valley view urgent care", want: map[string]Type{"good samaritan community hospital": Facility, "valley view urgent care": Facility}},
			// a practice named by everyday words before its specialty; a branch of the specialty, or none named, stays
			// a dialysis unit, a lab or an imaging centre named by a word before what it does; the kind of dialysis or scan names none
			{text: "he does dialysis at riverbend dialysis. the blood went to quest diagnostics. we do home dialysis, she's on peritoneal dialysis at home, scans at mri imaging", want: map[string]Type{"riverbend dialysis": Facility, "quest diagnostics": Facility}, keep: []string{"home dialysis", "peritoneal dialysis", "mri imaging"}},
			{text: "she sees doctor adeyemi over at brookfield family medicine and he goes to lakeshore pediatrics; referred to pediatric cardiology, interventional cardiology, the family medicine clinic and sports medicine", want: map[string]Type{"brookfield family medicine": Facility, "lakeshore pediatrics": Facility}, keep: []string{"pediatric cardiology", "interventional cardiology", "family medicine clinic", "sports medicine"}},
			{text: "admitted at the same hospital, moved to long term care, then to pain management clinic", keep: []string{"same hospital", "long term care", "pain management clinic"}},
			{text: "she's at children's hospital of denver, he was at the university hospital of leeds", want: map[string]Type{"children's hospital of denver": Facility, "university hospital of leeds": Facility}},
			{text: "the hospital of the future, at the hospital of course, our children hospital visit", keep: []string{"hospital of the", "hospital of course", "children hospital"}},
			{text: "seen at ob gyn clinic and at cardiothoracic surgery clinic", keep: []string{"ob gyn clinic", "cardiothoracic surgery clinic"}},
			// in notes a scan, a segment, a route or a doctor after clinical words
			{text: "HCT 25. AT 1400 ANTERIOR CT PLACED. EKG V1-5 WO ACUTE ST CHGS. MSO4 4MG SQ GIVEN. Attending Dr Velkamp in. Pt lives at 12 ELM ST", keep: []string{"ANTERIOR CT", "ACUTE ST", "4MG SQ", "Dr"}, want: map[string]Type{"12 ELM ST": Address}},
			// places/weak-streets
			{text: "3 beat run of VT, then 1 brief run svt, 1 degree av block; she lives at 14 kettering run", want: map[string]Type{"14 kettering run": Address}, keep: []string{"beat run", "brief run", "degree av"}},
			// after "live at" or "address is" a street of everyday words is one
			{text: "i live at forty two wallaby way; a 3 beat run of VT", want: map[string]Type{"forty two wallaby way": Address}, keep: []string{"beat run"}},
		},
	},
	{
		Name:    "places/roads",
		Types:   []Type{Address},
		Sources: []string{"place/road"},
		run:     (*scanner).detectRoads,
		gate:    func(s *scanner) bool { return s.any(fStreet) || s.hasSeen(seenInterstate) },
		Examples: []example{
			{text: "we live right off route nine, she crashed on Highway 61 and he took interstate two eighty seven home", want: map[string]Type{"route nine": Address, "Highway 61": Address, "interstate two eighty seven": Address}},
			{text: "the wreck was on I-95 near exit 4; they live out on county road twelve", want: map[string]Type{"I-95": Address, "county road twelve": Address}, keep: []string{"exit 4"}},
			// a county's road numbered in thousands, and a county road's number after a house number
			{text: "he lives off county road 5010. i have four seven eight two county road eleven. we took 5010 steps", want: map[string]Type{"county road 5010": Address, "four seven eight two county road eleven": Address}, keep: []string{"5010 steps"}},
			// a route of a drug, a road not numbered, "I" the pronoun
			{text: "switch the IV route 2 times a day; by the oral route two doses; on route to the ER; then I 95 percent sure", keep: []string{"route 2", "route two", "route to", "I 95"}},
			{text: "She lives off Route 9A. Highway patrol called; Route 2 given PO", want: map[string]Type{"Route 9A": Address}, keep: []string{"Highway patrol", "Route 2"}},
		},
	},
	{
		Name:    "places/address-cue",
		Types:   []Type{Address},
		Sources: []string{"place/address-cue"},
		run:     (*scanner).detectAddressAfterCue,
		gate:    func(s *scanner) bool { return !s.notes && s.any(fAddressCue) },
		Examples: []example{
			// the sentence after an address's ZIP code is no more of it
			{text: "Called her today. New address 48 W Birch St Apt 3B, 61761. Requests records be mailed to her. Will call back.", want: map[string]Type{"48 W Birch St Apt 3B, 61761": Address}, keep: []string{"Requests records"}},
			// the next speaker's label ends an address told at the end of a turn
			{text: "Speaker 2: Hm, I mean I live at 1180, apartment 4.\nSpeaker 1: That's fine, I have it.", want: map[string]Type{"1180": Address}, keep: []string{"Speaker 1", "That's fine"}},
			// the next field of a form ends an address told after its cue
			{text: "Mailing address: 88 Quarry Ln, Unit 4, Alder, VT 05001. Preferred contact: Monday. Fax (802) 555-0143.", want: map[string]Type{"88 Quarry Ln, Unit 4, Alder, VT": Address}, keep: []string{"Preferred", "Fax"}},
			{text: "My address is 4410 Vindgatan 12 lgh 1102, 413 19 Göteborg for the records.", want: map[string]Type{"4410 Vindgatan 12": Address, "lgh 1102, 413 19 Göteborg": Address}, keep: []string{"records"}},
			{text: "she lives at home with her husband and moved to assisted living in 2019", keep: []string{"home", "assisted living"}},
			{text: "Please change my address to the same: 14 Birch Road, Leeds. The address fe80:4041:c617:e898:c11:40d2:c669:2eb4 is blocked.", want: map[string]Type{"14 Birch Road": Address}, keep: []string{"the same", "blocked"}},
			{text: "I'll meet you at 52 Kowloon Road, Block C 7/F, Hong Kong after lunch.", want: map[string]Type{"52 Kowloon Road": Address, "7/F, Hong Kong": Address}, keep: []string{"lunch"}},
			// a house number said and a street without its suffix, where what is said ends; a count of things stays
			{text: "i live at fifteen oh one north broad. my address is twelve hawthorne. she lives at two different places, he lives at twenty four hour care", want: map[string]Type{"fifteen oh one north broad": Address, "twelve hawthorne": Address}, keep: []string{"two different places", "twenty four hour care"}},
			// a street said alone after "live on" or "live off of": one of the commonest names, or an ordinal
			{text: "we live off of elm, she lived on fifth near the park; i live on fifth floor, living on disability, he lives on oak street", want: map[string]Type{"elm": Address, "fifth": Address}, keep: []string{"fifth floor", "disability"}},
			// "I" after a period opens a sentence, not the address's next part
			{text: "I once lived in 21 Quay Lane, Penrith NO. I now live in Leeds", want: map[string]Type{"21 Quay Lane": Address}, keep: []string{"I now"}},
			// a unit at a time is no flat: "unit @ 1500"
			{text: "Pt transferred to the step-down unit @ 1500 w/ belongings; moved to 12 Elm St, unit 1500", want: map[string]Type{"12 Elm St, unit 1500": Address}, keep: []string{"unit @ 1500"}},
			// when, not where: a span of time or two dates after a verb of moving
			{text: "We ship in 2 to 3 weeks. The visit moved from Mar 14 to Mar 21. Ship it to 9 Wren Way, Unit 4.", want: map[string]Type{"9 Wren Way, Unit 4": Address}, keep: []string{"2 to 3 weeks", "visit moved from"}},
		},
	},
	{
		Name:  "places/states",
		Types: []Type{City, Address, Facility},
		run:   (*scanner).extendStates,
		Examples: []example{
			{text: "she lives in Fairview, OR and works in town", want: map[string]Type{"Fairview, OR": City}},
		},
	},
	{
		Name:    "names",
		Types:   []Type{Name},
		Sources: []string{"name/title", "name/relation", "name/cue", "name/spelled", "name/dict", "name/pair"},
		run:     (*scanner).detectNames,
		Examples: []example{
			// in cased speech a capitalised word no list knows said as a thing: after "the" before a pause, or before a dose, device or app word; not before another noun
			{text: "How have you been doing on the Ocrevus? Yes, the Onpro. Or the Vivitrol shot. Unlike the Dratchev novel, Folake said.", want: map[string]Type{"Dratchev": Name, "Folake": Name}, keep: []string{"Ocrevus", "Onpro", "Vivitrol"}},
			// a given name that is also a unit, with its capital inside a sentence; after a number it is the unit
			{text: "That's really normal, Miles. We walked 3 Miles today.", want: map[string]Type{"Miles": Name}, keep: []string{"3 Miles"}},
			// a given name that is also a word, capitalised inside a sentence and set off by a comma; a drug's brand in a list stays
			{text: "Is this the baby? Yes, Blessing. She takes aspirin, Lasix, and Coreg.", want: map[string]Type{"Blessing": Name}, keep: []string{"Lasix"}},
			// "Will" with its capital inside a sentence of cased text is a name; as a modal before its verb, or a document ("Living Will"), it is none
			{text: "I saw Will yesterday at the store, and my ex, Will, called. She has a Living Will on file. The patient Will be seen Monday.", want: map[string]Type{"Will": Name}, keep: []string{"Living Will", "Will be"}},
			// a town before "protocol", or before "grade" and the grade's letter, names a classification; a person by title before them stays
			{text: "Biopsies by the Seattle protocol; Los Angeles grade B esophagitis. Dr. Austin explained the protocol", want: map[string]Type{"Austin": Name}, keep: []string{"Seattle protocol", "Angeles grade"}},
			// the word after a letter that numbers a line of a lettered list is no surname after an initial (a name found elsewhere in the text is found here too)
			{text: "DIAGNOSIS:\nA. Stomach, antrum: gastritis.\nB. Colon, transverse, polyp: adenoma.\nSigned: R. Whitcombe, MD", want: map[string]Type{"R. Whitcombe": Name}, keep: []string{"B. Colon"}},
			// a transcriber's mark of what was not heard opens what follows: a capital after it is no cue
			{text: "patient: It's been great actually.\nclinician: <INAUDIBLE_SPEECH/> Good. <INAUDIBLE_SPEECH/>\nclinician: Alright, Dr. Okafor will see you.", want: map[string]Type{"Okafor": Name}, keep: []string{"Good", "INAUDIBLE"}},
			// "will" or "may" before a verb's form no modal takes is a person; a modal or a will of a testament is none
			{text: "we'll see what will says. and may told me to come. it will help. you may need it. the will says so", want: map[string]Type{"will": Name, "may": Name}, keep: []string{"it will help", "you may need", "the will says"}},
			// a modal's word with its capital after a relation that opens a sentence; the modal after it stays
			// a modal's word after a relation before a preposition no modal takes; a relation listed after a name is no business ("and son"); "will in turn" stays
			{text: "social: wife june and son will in to visit this afternoon. my son will in turn help", want: map[string]Type{"june": Name, "will": Name}, keep: []string{"son will in turn", "and son"}},
			// "dr" and an initial alone for the name before what a note writes after it; the next heading after an initial is no surname
			{text: "relayed results per dr. b: inr 4.6. dr q aware. phenobarb per dr z (night hospitalist). face-to-face by dr k @0310. dr. a said ok", want: map[string]Type{"b": Name, "q": Name, "z": Name, "k": Name}, keep: []string{"a said"}},
			{text: "Seen by Dr. K. Plan: d/c home", want: map[string]Type{"K": Name}, keep: []string{"Plan"}},
			{text: "Foley out. Son Will at bedside most of the day. Wife will call later.", want: map[string]Type{"Will": Name}, keep: []string{"will call"}},
			// a note's aide, sitter or deputy before the name; the role alone stays
			{text: "found on floor by CNA Precious at 2145. sitter ray at bedside. notified by Deputy Strand. CNA aware, sitter at bedside", want: map[string]Type{"Precious": Name, "ray": Name, "Strand": Name}, keep: []string{"CNA aware", "sitter at"}},
			// after a role said with "your" or "the", a word no list knows but as a name names who holds it; an everyday word stays
			{text: "is your pediatrician doctor quarvelle or the other one ? the nurse tembekar came by", want: map[string]Type{"quarvelle": Name, "tembekar": Name}},
			{text: "your doctor prescribed it and the nurse practitioner checked , the doctor lisinopril question", keep: []string{"prescribed", "practitioner", "lisinopril"}},
			// "i 'm" as speech is tokenised, then a role or whose relative; an adjective with its object stays
			{text: "hi , i 'm patience , i 'm her grand niece . hello i 'm joy , i 'll be your nurse", want: map[string]Type{"patience": Name, "joy": Name}},
			// a role's number after it is no name
			// a given name seen for care or asked after; a role's holder after "the" when she is spoken of next; a person who yells
			{text: "are you still seeing colleen for therapy ? how 's june doing ? the referral coordinator is jasmine she 'll call you . i see will for sure . how 's work doing ? bill yells at me", want: map[string]Type{"colleen": Name, "june": Name, "jasmine": Name, "bill": Name}, keep: []string{"will for sure", "work"}},
			// whom a caller asks for after "is this"; a word everyone says alone stays
			// "will" introduced as a relative where what is said ends, before "he's", or set off before whose role it is; the modal stays
			{text: "[patient] this is my husband will . [doctor] i 'll have will , our nurse , give you a shot . yes she will . my son will he 's four", want: map[string]Type{"will": Name}, keep: []string{"she will"}},
			{text: "lab: hi, is this mark oyelaran?\npatient: yes, speaking. is this keisha calling? is this normal? is this right?", want: map[string]Type{"mark oyelaran": Name, "keisha": Name}, keep: []string{"normal", "right"}},
			// whose date of birth; a month's or a modal's word after "doctor" before whose or a pause; a capital after a relative and "is"
			{text: "okay and will's date of birth february third. hope's birthday was monday. the will's date. i'll message doctor may's nurse. the doctor may call.", want: map[string]Type{"will": Name, "hope": Name, "may": Name}, keep: []string{"the will's", "doctor may call"}},
			// a given name with its capital after "is" or "be" before a pause in cased speech (an everyday word only before "he's"); a drug or a cause stays
			{text: "Her social worker at the Courtyard is Pilar, the building is next door. Next, that'll be Florin, he's our wound nurse. The answer is Will. The drug is Xarelto.", want: map[string]Type{"Pilar": Name, "Florin": Name}, keep: []string{"is Will", "Xarelto"}},
			// a role with "the" set off before who holds it; a manager or a grandbaby named after "my"; an adverb in -ly set off names none
			{text: "the driver, hope, comes monday. my manager dev is gonna kill me. my grandbaby chidi graduates. my sister, frankly, was rude", want: map[string]Type{"hope": Name, "dev": Name, "chidi": Name}, keep: []string{"frankly"}},
			// a given name in the possessive, an everyday word too, before one kin word; not after an article or a possessive
			{text: "bill's wife called. how is grace's daughter? the baby's mom is here. my boss's wife came", want: map[string]Type{"bill": Name, "grace": Name}, keep: []string{"baby", "boss"}},
			// a nickname of size before a well-known given name, after a relation or role said with a possessive; a boy stays
			{text: "[patient] called my sponsor, big mike. my cousin little joe said hi. my son, big boy now", want: map[string]Type{"big mike": Name, "little joe": Name}, keep: []string{"big boy"}},
			// a given name in the possessive after "is this" asked (a pronoun, not a determiner); a thing after "this" stays
			{text: "Doctor: Hi, is this Miles's mom? This baby's mom is here.", want: map[string]Type{"Miles": Name}, keep: []string{"baby"}},
			// a modal in the possessive is a name, and who looks after a child named in the possessive; a legal will stays
			{text: "[mom] will's coach said he is fine. miles's teacher called. the will's executor signed", want: map[string]Type{"will": Name, "miles": Name}, keep: []string{"executor"}},
			// a given name called to before a word of endearment; a filler or a call before it is none
			{text: "Hope, honey, can you read her the numbers? Look, honey, it's fine. Well, honey, thanks, honey.", want: map[string]Type{"Hope": Name}, keep: []string{"Look", "Well", "thanks"}},
			{text: "Hope's cell is on the form. the patient's number is there, and today's date", want: map[string]Type{"Hope": Name}, keep: []string{"patient", "today"}},
			// a given name a person goes by, clinical shorthand too, after "he goes by"; an eponym that is a given name before a
			// surname after a relation; a given name found, said again before a surname found
			{text: "spk_1: he goes by art date of birth may third. it's for my uncle, osgood prewitt. my son has osgood schlatter. the years go by art", want: map[string]Type{"art": Name, "osgood prewitt": Name}, keep: []string{"osgood schlatter", "years go by art"}},
			{text: "Caller: Poppy Vandergriff is here.\nNurse: What's her name?\nCaller: Poppy.", want: map[string]Type{"Poppy": Name, "Vandergriff": Name}},
			// a month's word after a title before a modal or a verb no modal takes; the modal "may" before a verb's base stays
			{text: "dr. may will see you now. nurse april called back. doctor may thinks so. the doctor may prescribe it. nurse may help", want: map[string]Type{"may": Name, "april": Name}, keep: []string{"doctor may prescribe", "nurse may help"}},
			// a month after a title where the turn ends; a modal going on stays
			{text: "[caller] yeah dr may\n[nurse] alright, the doctor may call you", want: map[string]Type{"may": Name}, keep: []string{"doctor may call"}},
			// a given name then "that's my" or "who's my" and a relation, or set off after "for" or "to" before whose relation; a filler before it stays
			{text: "she keeps asking for walt thats my grandpa. talk to hope, my sister. rose, who's my aunt, came. well that's my husband. okay, that's my son", want: map[string]Type{"walt": Name, "hope": Name, "rose": Name}, keep: []string{"well that", "okay, that"}},
			{text: "Caller: Patrick Nguyen-Lowe, and my son is Miles. He ran two Miles.", want: map[string]Type{"Miles": Name}, keep: []string{"two Miles"}},
			{text: "Interpreter: My name is Hoa, interpreter ID TIS 30411. Nurse number 4471 is on. Docteur Tremblay called.", want: map[string]Type{"Hoa": Name, "Tremblay": Name}, keep: []string{"ID TIS", "Nurse number"}},
			{text: "to be frank , i 'm frank about it and i 'm sure , i 'm fine", keep: []string{"frank", "sure", "fine"}},
			// a given name set off by commas after a plain noun for a person; what is said opening on whom it is said to
			{text: "the new girl there , crystal , could you give her this ? the lady at the desk , grace , helped", want: map[string]Type{"crystal": Name, "grace": Name}},
			{text: "so will , you called about him . and bill , you 're her son", want: map[string]Type{"will": Name, "bill": Name}},
			{text: "so will you call ? and will , if he can , come too ? the girl , honestly , was fine", keep: []string{"will you", "and will", "honestly"}},
			// a name spelled with "like" or "for" and a given name or the spelling alphabet's word of the letter; an acronym before "for" stays
			{text: "it 's f like foxtrot e n n like nora e r . and hers is w for william u", want: map[string]Type{"f like foxtrot e n n like nora e r": Name, "w for william u": Name}},
			{text: "have you been to p t for therapy ? i like ice cream", keep: []string{"p t for therapy", "i like ice"}},
			// an everyday word that opens what is said before "our" and a role is no name unless a well-known given name
			{text: "great our nurse line is open . perfect our scheduler will call . summer my caseworker said so", want: map[string]Type{"summer": Name}, keep: []string{"great", "perfect"}},
			// staff reached in the speaker's office
			{text: "i 'll have dawn in our office call her", want: map[string]Type{"dawn": Name}},
			// staff named in passing: after a role with a plural qualifier and commas, before "our" and a role, after a preposition before "in our office"
			{text: "our wound care coordinator , tobenna , will call . you 'll start with yesenia our sonographer . i 'll pass it to marguerite in our office", want: map[string]Type{"tobenna": Name, "yesenia": Name, "marguerite": Name}},
			{text: "the scheduler will call you . the interpreter can help . pay it at the front desk", keep: []string{"scheduler", "interpreter", "front desk"}},
			// a given name after "have", "let" or "tell", then "our" and a role; a month before "our" too
			{text: "i'll have kendra our dietitian see him, let marisol our nurse know, tell june our scheduler. let me have our nurse call", want: map[string]Type{"kendra": Name, "marisol": Name, "june": Name}, keep: []string{"our nurse call"}},
			// a role that ends its line or a form's field after a role is no title before a name
			{text: "Lives with a home health aide.\nPMHx: CHF\nInterpreter Needed: No", keep: []string{"PMHx", "Needed"}},
			// whom a greeting or a guess names, an everyday word too; what a greeting is about stays
			// "this is" and a given name that is a unit, with its capital at the end of a sentence; a count of them stays
			{text: "Speaker 2: This is Miles. He drove me. Doctor: This is 5 Miles. This is Miles of road.", want: map[string]Type{"Miles": Name}, keep: []string{"5 Miles", "Miles of road"}},
			// cased text greets a given name that is a unit by its capital; lower case or a count of them stays
			{text: "Doctor: Is this the patient's mom? Hello Miles. [nurse] hi miles. Doctor: Hi, 5 Miles a day is good.", want: map[string]Type{"Miles": Name}, keep: []string{"hi miles", "5 Miles"}},
			{text: "nice to meet you fern so what brings you in ? you must be dale . okay ruby you 're all set", want: map[string]Type{"fern": Name, "dale": Name, "ruby": Name}},
			{text: "good to see you walking again . you must be frank with me . so hope you 're better . nice to meet you all", keep: []string{"walking", "frank", "hope", "all"}},
			// a name that is a modal, greeted and set off by a comma at the end of what is said; a modal going on to its verb stays
			{text: "[doctor] nice to meet you , will . are you her son ?\n[doctor] nice to meet you will you sit down", want: map[string]Type{"will": Name}, keep: []string{"you will you"}},
			// a common surname that is an eponym only before its head
			{text: "Seen with her sister Ana Reyes today; no history of Reye's syndrome.", want: map[string]Type{"Ana Reyes": Name}, keep: []string{"Reye's syndrome"}},
			// a relation or a role that labels a speaker's turn, then an everyday word that opens what is said; a form's field keeps its name
			{text: "Doctor: How is he?\nMother: Really grumpy.\nStudent: Anything that helps?\nFather: None.", keep: []string{"Really", "Anything", "None"}},
			{text: "Mother: Grace Okafor\nFather: Tomasz Okafor", want: map[string]Type{"Grace Okafor": Name, "Tomasz Okafor": Name}},
			// a credential heading the kind of note takes no name; a form's next field after a relation given as a value is no name
			{text: "MICU RN NOTE\nSICU RN PROGRESS NOTE - POD 1\nreport given to RN Patty", want: map[string]Type{"Patty": Name}, keep: []string{"NOTE", "PROGRESS"}},
			{text: "Relationship: mother   Cell: 512-555-0193\nRelationship: Mother\nEmergency contact phone: none", keep: []string{"Cell", "Emergency"}},
			// a greeting after a speaker's label, a written-out month's period ending a sentence
			{text: "Doctor: Hello.\nInterpreter: Good morning, I'm Camila.\nDoctor: We started it in September. How's school going?", want: map[string]Type{"Camila": Name}, keep: []string{"Good", "How's school"}},
			// clergy by their titles; the French gauge of a catheter is no title
			{text: "I can call Rabbi Mendelsohn, and Imam Farouk came. Placed 16 Fr Foley.", want: map[string]Type{"Mendelsohn": Name, "Farouk": Name}, keep: []string{"Foley"}},
			// a modal given name set off after a relation and taken up by a pronoun; the modal's ellipsis stays
			{text: "that 's my boy will , he brings me . my daughter may , she 's the one who calls", want: map[string]Type{"will": Name, "may": Name}},
			{text: "does your son drive ? my son will , i think . my girl may , if she can", keep: []string{"will", "may"}},
			// a well-known name that is also a word opens what is said after a speaker's label when lower case follows; brands and eponyms stay
			{text: "Doctor: Okay.\nStudent: Good to know. She takes Nytol, and Stemetil, and it's Sever's disease.\nFather: Will drive her home.", keep: []string{"Good", "Nytol", "Stemetil", "Sever", "Will"}},
			// a modal or month for a given name after a title's abbreviation with its period; a street's "dr." before a modal stays
			{text: "hi , i am dr. will ashgrove and this is mrs. june tallis", want: map[string]Type{"will ashgrove": Name, "june tallis": Name}},
			{text: "we live on birch dr. will you call ? on maple dr. may i ask", keep: []string{"will you", "may i"}},
			// a relation said "in law" as speech writes it takes no "law" into the name after it; a town before a score is the score's
			{text: "[patient] out to my brother in law reggie 's truck . [doctor] your leeds score is nine", want: map[string]Type{"reggie": Name}, keep: []string{"law", "leeds"}},
			// a surname or a town no list of eponyms holds, before a head only an eponym takes or a named instrument's; whose it is keeps the name
			// a town before a reporting system's grade; a language an interpreter is asked for
			{text: "The pathologist read it as Bethesda category two. He'll need a Punjabi interpreter.", keep: []string{"Bethesda", "Punjabi"}},
			// signs, scales and infections the lists hold as clinical words, and surnames of scales before their head
			{text: "Hips: Ortolani negative, Barlow maneuver negative. Seen with Tomasz Wrobel and Ortolani negative. Hertel 17 mm. Bruce protocol, 9 minutes. Scored 14 on the Beck Depression Inventory. so zika and dengue are spread by mosquitoes, and norwalk virus by hands. Ask Bruce Walker.", want: map[string]Type{"Bruce Walker": Name, "Tomasz Wrobel": Name}, keep: []string{"Ortolani", "Barlow", "Hertel", "Bruce protocol", "Beck", "zika", "dengue", "norwalk"}},
			{text: "no Quincke sign, some Forchheimer spots, likely Lemierre's syndrome. His hoehn and yahr stage is two; the leeds assessment score and the dundee five criteria. Mrs Ward's disease is stable.", want: map[string]Type{"Ward": Name}, keep: []string{"Quincke", "Forchheimer", "Lemierre", "hoehn", "yahr", "leeds", "dundee"}},
			// "called" naming a thing: after an adverb of naming, or capitals after a pause or joined to a number; a person so called stays a name
			{text: "It's rivastigmine, also called Exelon. We score it with a tool called HAS-2, and the test, called NIPT, is safe. My son is called Tomasz.", want: map[string]Type{"Tomasz": Name}, keep: []string{"Exelon", "HAS", "NIPT"}},
			// an eponym said again without its head, or before another's and their plural head; a given name before an eponym's surname
			{text: "Student: It's Wilson's disease.\nActor: Wilson's? Is that a name?\nStudent: Yes. People with Wilson's live well. We test for Edwards' and Patau's syndromes, or Lou Gehrig's disease.", keep: []string{"Wilson", "Edwards", "Lou"}},
			// an everyday word said alone after a speaker's label opens what is said; a name said alone after a relation's label stays
			{text: "Actor: No, none.\nStudent: Good. Any fever?\nMother: Tamsin.", want: map[string]Type{"Tamsin": Name}, keep: []string{"Good"}},
			// a given name that is a month or a modal, capitalised inside a sentence before a name, is the name's; after "in" it is the month
			{text: "Caller: My name is May Tan Okafor. In May Ines Varga visited.", want: map[string]Type{"May Tan Okafor": Name, "Ines Varga": Name}},
			// a month after Mrs is a surname; a given name after "with" or "see" and before "the" and a role
			{text: "[doctor] hello mrs june , i 'll get you in with hope the podiatrist , or see mark the physio . go with the flow", want: map[string]Type{"june": Name, "hope": Name, "mark": Name}, keep: []string{"the flow"}},
			// who a role will be; a surname after Mr or Mrs that is an everyday word too; a modal with a possessive after a relation
			{text: "[doctor] the nurse will be hope , she comes weekly . your aide is mrs love . [patient] at my niece may 's party", want: map[string]Type{"hope": Name, "love": Name, "may": Name}},
			{text: "[doctor] the nurse will be fine . i love it . my mother 's will 's terms . mrs . thank you", keep: []string{"fine", "love it", "will 's", "thank"}},
			// a given name set off by commas after a role said with where its holder is, or after a person noun even when shorthand spells it
			{text: "[patient] the nurse there , ember , noticed it . the lactation lady , barb , helped", want: map[string]Type{"ember": Name, "barb": Name}},
			{text: "[patient] the nurse there , honestly , was fine", keep: []string{"honestly"}},
			// greetings of other languages, a relation spelt the Australian way; a modal before a verb's base form; a brand before its dose
			{text: "Nurse: Kia ora, Wiremu, it's Tania. Namaste, Arjun.\nWorker: Morning, Aunty Iris. Thanks, Aunty. My wife will love that. Take the Norvalin 20 mg and the Tralvex 5.", want: map[string]Type{"Wiremu": Name, "Tania": Name, "Arjun": Name, "Iris": Name}, keep: []string{"Kia", "Namaste", "Aunty", "will love", "Norvalin", "Tralvex"}},
			// a word listed with a brand or a drug, by "and", "or" or a comma, is a brand too; a well-known name stays, and a town after a comma
			{text: "Patient: I take Zoladex and Pelmora. The coils are Mirena, Kyleena, Tavessa. I saw Allegra and Jake. We live at 4 Heol Draw, Pontypridd.", want: map[string]Type{"Jake": Name}, keep: []string{"Pelmora", "Tavessa"}},
			// weekdays said of every week are no names
			{text: "at the parish hall , tuesdays and thursdays , my sponsor rocco picks me up", want: map[string]Type{"rocco": Name}, keep: []string{"tuesdays", "thursdays"}},
			// a name spelled "as in", the letter's word said in two
			{text: "[caller] it's x as in x ray e n a, xena", want: map[string]Type{"x as in x ray e n a": Name}},
			// after a title, a given name that is also a modal or a month, then a surname; the modal after a role or a bare title stays one
			{text: "i'm dr will okafor and this is nurse june halvorsen. the doctor will see you. dr will be in soon", want: map[string]Type{"will okafor": Name, "june halvorsen": Name}, keep: []string{"will see", "will be"}},
			// after a title and a given name, a surname that is also an everyday word; a modal's verb and its object stay
			{text: "so dr lucia banks, and nurse may cross is here. the nurse may park the car", want: map[string]Type{"lucia banks": Name, "may cross": Name}, keep: []string{"may park the car"}},
			// a given name asked about between an auxiliary and what a person does to someone, shorthand too; a lab result comes back
			{text: "did ana call you? has kwame texted?", want: map[string]Type{"ana": Name, "kwame": Name}},
			{text: "did the ana come back, did ana come back positive", keep: []string{"the ana come", "ana come back positive"}},
			// in cased text a modal or a month with its capital after a relation, inside a sentence
			{text: "My son Will wrote it down. My daughter May called. My son will drive me.", want: map[string]Type{"Will": Name, "May": Name}, keep: []string{"will drive"}},
			// thanks said with "very much" or "so much" before the name, a month's too
			{text: "thank you very much june. thanks so much, ana. thank you so much for coming", want: map[string]Type{"june": Name, "ana": Name}, keep: []string{"for coming"}},
			// "hope" after thanks or a greeting before what is wished is the verb
			{text: "thanks hope you feel better. hi hope all is well", keep: []string{"hope you", "hope all"}},
			// someone reached where the staff sit, a month's name too; not a bill paid there, nor checking in
			{text: "call june at the front desk if it changes. pay your bill at the front desk. check in at the front desk", want: map[string]Type{"june": Name}, keep: []string{"bill", "check in"}},
			// a military rank is a title before a name; a degree after it, however cased, is no part of it
			{text: "Seen with SSgt Mark Ruiz. Reviewed by Jane Olsen, PharmD. Called Ann Lee PharmD, DNP today.", want: map[string]Type{"Mark Ruiz": Name, "Jane Olsen": Name, "Ann Lee": Name}, keep: []string{"SSgt", "PharmD", "DNP"}},
			// a disease by its eponym's possessive in a history or on its treatment; the person on the phone, on call or on leave stays one
			{text: "Addison's on the phone. Hx of Addison's on fludro. Graves' on methimazole.", want: map[string]Type{"Addison": Name}, keep: []string{"Hx of Addison", "Graves"}},
			{text: "addison's on call today. hx of addison's, htn. parkinson's on sinemet", want: map[string]Type{"addison": Name}, keep: []string{"of addison", "parkinson"}},
			// a patient named by initials after "pt" or "re:"; not a dosing or timing abbreviation written the same way
			{text: "Pt T.W. seen today. Re: B.N. follow-up. Pt N.P.O. after midnight. pt P.O. only. Pt A.M. labs drawn.", want: map[string]Type{"T.W.": Name, "B.N.": Name}, keep: []string{"N.P.O", "P.O. only", "A.M."}},
			// a car's make and model is no name; a town of the same name stays one
			{text: "Drives a 2019 Honda Civic; her Toyota Camry broke down. Moved to Pontiac, MI.", want: map[string]Type{"Pontiac, MI": City}, keep: []string{"Honda Civic", "Toyota Camry"}},
			// "nurse practitioner" is a title before a name, a name no list holds too; the role alone names none
			{text: "i think it was nurse practitioner oyelaran. i saw the nurse practitioner today. a family nurse practitioner program", want: map[string]Type{"oyelaran": Name}, keep: []string{"practitioner today", "practitioner program"}},
			// a word no list knows set off by commas after "my" and a relative or a role; an everyday word, misspelt or not, names none
			{text: "my caseworker, tembisa, called. my nurse practitioner, oyelaran, said so. my son, alot, came. my manager, basically, does it", want: map[string]Type{"tembisa": Name, "oyelaran": Name}, keep: []string{"alot", "basically"}},
			// who calls, then the role after "a" or "your"
			{text: "hi this is june a nurse with the clinic. this is a nurse", want: map[string]Type{"june": Name}, keep: []string{"is a nurse"}},
			// letters joined to a slash are shorthand, however many ("y/o F w/", "c/o N/V"); letters spelled with spaces are a name
			{text: "88 y/o F w/ CHF. pt c/o N/V. her name is t a n y a", want: map[string]Type{"t a n y a": Name}, keep: []string{"o F w", "o N"}},
			// which of a relative's names is asked is no name; the name after it is
			{text: "my mother's maiden name is o'rourke", want: map[string]Type{"o'rourke": Name}, keep: []string{"maiden"}},
			// a given name a faith's or a country's word spells, after a relative and a possessive, before what the person does; not what the relative is
			{text: "my son christian drove me. my brother israel is here. my family christian values. my mother indian", want: map[string]Type{"christian": Name, "israel": Name}, keep: []string{"christian values", "indian"}},
			// a word whose spelling is explained is a name; a word said about, or shorthand with a slash, is none
			{text: "it's brook with no e at the end. my sister is june, like the month. it begins with a d. s/p cabg with a h/o cad. coffee with no sugar", want: map[string]Type{"brook": Name, "june": Name}, keep: []string{"begins", "cabg", "coffee", "like the month"}},
			// morphine's brand after "MS" is no name; a verb with its object after a role; a thing after a determiner and its adjective
			{text: "[doctor] I'd switch him to MS Contin. [patient] my doctor put me on zoloft. the electric bill went up. my dear john came", want: map[string]Type{"john": Name}, keep: []string{"Contin", "put", "bill"}},
			// a score's surname before its value; with a title or a given name it is a person
			{text: "Dr. Braden saw her. SKIN: Braden 14. GI: Ranson 5.", want: map[string]Type{"Braden": Name}, keep: []string{"Braden 14", "Ranson"}},
			// a test or a sign found positive or negative, named after who described it, listed or not; an eponym after "called" stays one
			{text: "A man called Addison came. A positive Simmonds' test and a negative Hawkins sign. It is called Addison's disease.", want: map[string]Type{"Addison": Name}, keep: []string{"Simmonds", "Hawkins", "called Addison's"}},
			// a transcript's speakers' labels say it is speech, not a note, however many shorthand words it has ("mr": mitral regurgitation, "ida")
			{text: "[nurse] mr okafor mr dele okafor [patient] that's me. no ida's home with the kids", want: map[string]Type{"ida": Name}},
			// a surname before the eponym it is part of, or after an article; the heads speech says ("surgery", "exercises", "horse")
			{text: "[doctor] it could be lou gehrig's disease or west nile. i had a hickman as a kid. a charley horse, mckenzie exercises, the jackson pratt drain", keep: []string{"lou", "west", "hickman", "charley", "mckenzie", "jackson", "pratt"}},
			{text: "the swelling could become ludwig's angina. her fingers go white, it's reynaud's", keep: []string{"ludwig", "reynaud"}},
			{text: "[patient] my son lou drove me. charley said so", want: map[string]Type{"lou": Name, "charley": Name}},
			// two surnames joined before a curve, an estimate or a tear; a surname of one with a title stays a name
			{text: "Mr. Weiss asked about his Kaplan-Meier curve and a Mallory-Weiss tear; Sgarbossa criteria, Lewy body dementia", want: map[string]Type{"Weiss": Name}, keep: []string{"Kaplan", "Meier", "Mallory", "Sgarbossa", "Lewy"}},
			// two eponyms' surnames joined or before a clinical head; a herb named after a saint
			{text: "a few kids had Epstein-Barr; she felt Braxton Hicks contractions and took St John's wort. Anna Smith-Jones called", want: map[string]Type{"Anna Smith-Jones": Name}, keep: []string{"Epstein", "Barr", "Braxton", "Hicks", "John"}},
			// a newborn called by the family's name after "baby boy" or "baby girl"; the baby boy alone names no one
			{text: "Baby boy Reyes was born at 0400; the baby girl born at term is fine", want: map[string]Type{"Reyes": Name}, keep: []string{"baby girl born", "Baby boy"}},
			// a name written surname first, a comma, then the given name; a city and its state stay a place
			{text: "NAME ALERT: JOHNSON, ROBERT BED 4 AND JOHNSTON, ROBERTA BED 9. Patient: Okafor, Adaeze. Moved from Paris, Texas", want: map[string]Type{"JOHNSON, ROBERT": Name, "JOHNSTON, ROBERTA": Name, "Okafor, Adaeze": Name, "Paris, Texas": City}},
			// a double given name's capital after its hyphen, a short syllable in lower case; particles then the surname; not "-type"
			{text: "Ship to Pieter-Jan van der Berg. Invoice Sanne de Vries-Bakker. Ji-woo Park came. Tom Jones-type reaction", want: map[string]Type{"Pieter-Jan van der Berg": Name, "Sanne de Vries-Bakker": Name}, keep: []string{"type"}},
			// a given name in the list that looks like a misspelt word, opening a sentence before what people do; whose home it is
			{text: "Eamon said the ferry was late. See you at Kasia's place; the doctor's office called", want: map[string]Type{"Eamon": Name, "Kasia": Name}, keep: []string{"doctor"}},
			// after a relation and "is", a common given name is a name and an everyday word no name
			{text: "my husband is mark, he's retired. my wife is like a saint", want: map[string]Type{"mark": Name}, keep: []string{"like"}},
			// a month that is a given name after "name was", before "something" or a surname; not a title there
			{text: "her name was april something. my name is april mcdonough. my name is Doctor Okafor", want: map[string]Type{"april": Name, "april mcdonough": Name, "Okafor": Name}, keep: []string{"something", "Doctor"}},
			// "ask for" a given name, even a word; not "ask for help"
			{text: "ask for pat in billing, she handles those. you can ask for help at the desk", want: map[string]Type{"pat": Name}, keep: []string{"help"}},
			// a mark said between spelled letters after a comma; a double name said with its hyphen
			{text: "it's destiny obrien, o, apostrophe, b, r, i, e, n. his last name is weiss hyphen hunter", want: map[string]Type{"o, apostrophe, b, r, i, e, n": Name, "weiss hyphen hunter": Name}},
			// a title before the name of a service or role is no name's cue
			{text: "Visiting Nurse Association came out. The Nurse Line said to come in. Nurse Clara said so", want: map[string]Type{"Clara": Name}, keep: []string{"Association", "Line"}},
			// a word before a role says which kind of role, not whose name: "medical director"
			{text: "signed by dr ingrid holm medical director, and maren voss nursing supervisor", want: map[string]Type{"ingrid holm": Name}, keep: []string{"medical director", "nursing supervisor"}},
			// an everyday word in its third person before a particle is a verb; a greeting is no name
			{text: "my son mark stops by after work. my son mark hills by the window", want: map[string]Type{"mark": Name, "mark hills": Name}, keep: []string{"stops"}},
			{text: "G'day, come on in and grab a seat, Mr. Thornton.", want: map[string]Type{"Thornton": Name}, keep: []string{"G'day"}},
			// a particle of Filipino names; a surname said first opens a sentence; a town of three hyphenated parts
			{text: "Maria Clara dela Cruz. Pham Van Hung, but call me Henry. She lives in Stoke-on-Trent.", want: map[string]Type{"Maria Clara dela Cruz": Name, "Pham Van Hung": Name, "Henry": Name, "Stoke-on-Trent": Name}},
			// what people called someone, said last; O' said as a word before the surnames that take it
			{text: "so everybody called me sparky. she called me back. it's margaret oh sullivan", want: map[string]Type{"sparky": Name, "margaret oh sullivan": Name}, keep: []string{"back"}},
			// "with a hyphen" before the spelling; "like the color" after a name is none of it
			{text: "it's garcia-lopez with a hyphen g a r c i a. my last name is white like the color", want: map[string]Type{"garcia-lopez": Name, "g a r c i a": Name, "white": Name}, keep: []string{"a hyphen", "like"}},
			// a name after "name is", then a new clause run on with its subject
			{text: "my husband's name is will he's out in the car", want: map[string]Type{"will": Name}},
			// a turn opens after its speaker's label: its capital says nothing there
			{text: "[doctor] Good morning, Mrs. Okafor. [patient] Fine. Good to see you.", want: map[string]Type{"Okafor": Name}, keep: []string{"Good", "Fine"}},
			// a relation and a name after a dash; a label after a name ends it
			{text: "CALLED DTR MIRA RE: PLAN. FAMILY: SON- BRAM, DAUGHTER- ELKE.", want: map[string]Type{"MIRA": Name, "BRAM": Name, "ELKE": Name}, keep: []string{"RE"}},
			// a name before a relation after a speaker's label; a role set off by commas; a particle goes on to the surname
			{text: "[patient] nell , my sister in law , drove me . the pharmacist , tobin , said so . my pcp is doctor van der kamp", want: map[string]Type{"nell": Name, "tobin": Name, "van der kamp": Name}},
			// a dish named after a person, next to a food word; an everyday word after a relation nobody's is no name
			{text: "my son alfredo drove; i had the chicken alfredo and a caesar salad, which made dad happy", want: map[string]Type{"alfredo": Name}, keep: []string{"chicken alfredo", "caesar salad", "happy"}},
			// after a relative's possessive an everyday word is what is theirs; a given name no word spells is still a name
			{text: "my husband's job is hard, my son's will is signed, my sister's kevin is here", want: map[string]Type{"kevin": Name}, keep: []string{"job", "will"}},
			// the name everyone says or calls someone by, where what is said ends; a word of how or when stays
			{text: "my legal name is sun hee but everyone says sunny. everybody calls him danny, and he likes it. everyone says hello, folks call me later", want: map[string]Type{"sunny": Name, "danny": Name}, keep: []string{"hello", "later"}},
			{text: "Uh, my name's <INAUDIBLE_SPEECH/>, sorry, it's Deverell", keep: []string{"INAUDIBLE"}},
			// an initial alone after a title, where what is said ends; an article stays
			{text: "patient: call me mister q. then i'm mister t. call me. don't miss a dose", want: map[string]Type{"q": Name}, keep: []string{"a dose", "call me."}},
			// a surname that is also a unit's symbol, after a title; the unit after a number stays
			{text: "i'm doctor ng, the fellow. she got 5 ng of it", want: map[string]Type{"ng": Name}, keep: []string{"5 ng"}},
			// a well-known given name rung up or asked, where the turn ends or a word of when follows; a word of when is no surname
			{text: "i'll call nora later. ask grace, she knows. call bill collectors? ask for help and call you back", want: map[string]Type{"nora": Name, "grace": Name}, keep: []string{"bill", "later", "help"}},
			// after a determiner two everyday words that are names too are a thing
			{text: "is my bill ready? the rose garden, my friend carl lamb", want: map[string]Type{"carl lamb": Name}, keep: []string{"my bill ready", "rose garden"}},
			// an adverb that ends a verb's phrase is no surname after a given name, which stays a name
			{text: "i drove grace home. my name is laura home. we had rose over for dinner", want: map[string]Type{"grace": Name, "laura": Name}, keep: []string{"home", "rose over"}},
			// a well-known given name that is also a word, where only a person stands: with "i" or "me", asked about as a relative, the subject of a question, seen or told
			{text: "me and john went. is maria your daughter? did bill come with you? i saw grace yesterday. the bill and i, i saw hope in her eyes. i hope and i pray", want: map[string]Type{"john": Name, "maria": Name, "bill": Name, "grace": Name}, keep: []string{"the bill", "hope"}},
			{text: "what did ray say about it? when did the bill come", want: map[string]Type{"ray": Name}, keep: []string{"bill"}},
			// in cased text with the capital a sentence gives it; a list with a name; a relation after its prefix
			{text: "Hope and I live here. I hope and I pray. Bill and Mary from church came. Lily is my great-granddaughter.", want: map[string]Type{"Hope": Name, "Bill": Name, "Mary": Name, "Lily": Name}, keep: []string{"I hope"}},
			// opening what is said, before what only a person does; not an abstract noun's predicate
			// an age turned, a contraction of "is" before coming or going, a baby's doings; not a season
			{text: "[mother] summer turned nine in may. yeah pat's driving up tonight. and king is crawling now. so spring is coming", want: map[string]Type{"summer": Name, "pat": Name, "king": Name}, keep: []string{"spring"}},
			{text: "Penny will drive me home. Joy is the one who noticed. Hope's been staying with me. Sandy and her husband live next door. Hope is all I have. Hope will help. Summer is when it gets bad.", want: map[string]Type{"Penny": Name, "Joy": Name, "Hope": Name, "Sandy": Name}, keep: []string{"Hope is", "Hope will", "Summer"}},
			// after "named her": one word where what is said ends, whatever else it is
			{text: "we named her april. we named him miles. we named her after my mother. we named them all.", want: map[string]Type{"april": Name, "miles": Name}, keep: []string{"after", "all"}},
			// a given name that shorthand spells, in the same breath as a relative; a relation before shorthand in a note stays
			{text: "uncle sal had sugar too. my husband ed drives me. my nan eileen raised me.", want: map[string]Type{"sal": Name, "ed": Name, "eileen": Name}},
			{text: "Husband MD at bedside. Wife RN called.", keep: []string{"MD", "RN"}},
			// a verb's particle and its object after a given name: no surname
			{text: "my granddaughter kayla set up the phone. skye set it up. my son john black came", want: map[string]Type{"kayla": Name, "skye": Name, "john black": Name}, keep: []string{"set up", "set it"}},
			// a role qualified by shorthand, then a name set off by commas
			{text: "The VNA nurse, Deb, checks my sugar. The PT aide, Marco, helps.", want: map[string]Type{"Deb": Name, "Marco": Name}, keep: []string{"VNA", "PT aide"}},
			// a short form of a given name that is also a word or shorthand, opening what is said before what people do; not after an adjective
			{text: "art said it was nothing. anyway rich drove me. modern art came to town. the rich said so.", want: map[string]Type{"art": Name, "rich": Name}, keep: []string{"modern art", "the rich"}},
			// the verbs of what people do are one list ("picks", "pays", "wrote" joined it from a second copy in Go)
			{text: "[patient] ray picks me up most days. dawn pays the bills", want: map[string]Type{"ray": Name, "dawn": Name}},
			{text: "[patient] the x ray picks up nothing. the dawn paid off", keep: []string{"x ray", "the dawn"}},
			// who calls or answers the telephone, by a given name that is also a word; not "what is this rose", "this is fine"
			// a month that is a given name, introduced where a turn opens and ends ("yep this is june"); the month said in passing stays; a name said again at the next line's start is its own
			{text: "[patient_guest] yep this is april\n[doctor] hi april. so the worst month for pollen, this is may\n[patient] hi i'm grace\ngrace can you help", want: map[string]Type{"april": Name, "grace": Name}, keep: []string{"this is may"}},
			{text: "[nurse] hi this is june calling from the clinic [staff] hi, is this hope? [caller] no. what is this rose. this is fine", want: map[string]Type{"june": Name, "hope": Name}, keep: []string{"rose", "fine"}},
			// who calls by a month's name set off by a comma, then why they call; the name spoken to again after "okay"
			{text: "[caller] hi this is april, i'm calling about my dad\n[nurse] okay, april and may are open", want: map[string]Type{"april": Name}, keep: []string{"april and may"}},
			// a child or a relative introduced by "this is", then how old or who; what a thing is like stays
			{text: "[mother] this is sky, she's two and a half.\n[doctor] this is great, she's two days post op. this is amazing, she's two", want: map[string]Type{"sky": Name}, keep: []string{"great", "amazing"}},
			// which part of a name, then the name said last or set off, whatever word it is; a first-name basis names none
			{text: "[patient] it's k o w a l s k i, first name frank\n[doctor] first name will, last name king.\n[doctor] we are on a first name basis", want: map[string]Type{"frank": Name, "will": Name, "king": Name}, keep: []string{"basis"}},
			// someone made to do something; not a thing one has
			{text: "can you have faith call us back? i have faith in you. let dawn know", want: map[string]Type{"faith": Name, "dawn": Name}, keep: []string{"faith in"}},
			// more of what someone is had to do; a name said to be a relation after a verb of saying; not a thing one has
			{text: "[doctor] i'll have summer confirm it. [interpreter] she says hope is her daughter. [patient] i think faith is my strength, i have hope", want: map[string]Type{"summer": Name, "hope": Name}, keep: []string{"faith", "have hope"}},
			// a month that is a given name before a surname; someone named by what they do, then their name; not "the nurse will call"
			{text: "follow up for june alvarez. the pharmacist joy said so and the nurse will call", want: map[string]Type{"june alvarez": Name, "joy": Name}, keep: []string{"will call"}},
			// a well-known given name after a staff noun, the object of "let", "ask" or "tell"; the staff noun alone names none
			{text: "[doctor] i'll let your nurse tom know. call your nurse today", want: map[string]Type{"tom": Name}, keep: []string{"nurse today"}},
			// a role said bare before any given name and what the person does; a given name before a modal after the role; someone from an office
			{text: "and coach rusty said to rest. the counselor hope will call you. okay faith from the billing office said it's paid", want: map[string]Type{"rusty": Name, "hope": Name, "faith": Name}},
			// a given name that does for the listener what staff do, after a modal; after "i'd like" and "to"; not a feeling, a pronoun or a season
			{text: "if it swells again jade could fit you in. i'd like ruby to call you. amber will book you for monday", want: map[string]Type{"jade": Name, "ruby": Name, "amber": Name}},
			{text: "hope can help you. we can get you in. faith can get you through it. it feels like summer to me. someone will call you", keep: []string{"hope", "we can", "faith", "summer", "someone"}},
			// a name ends before "last", "next" or "this" and a word of time; what staff are called is no name; a disease by its eponym's possessive, had
			{text: "a nurse named efua last week. the tech guy said so. she has addison's, and he was diagnosed with wilson's.", want: map[string]Type{"efua": Name}, keep: []string{"last week", "guy", "addison", "wilson"}},
			// a given name after "tell" and what to tell them; a verb with its object after a given name is no surname
			{text: "tell grace thanks for the lift. i told june that it was fine. the twins from fort zion bring me soup", want: map[string]Type{"grace": Name, "june": Name}, keep: []string{"bring me"}},
			// staff named by where they sit and then what they do; a name set off before its role; a modal or a verb before a verb in the past is a name
			{text: "so ruby at the front desk can print it. jade in billing told me. violet, the dietitian, will call. her aide may faxed it", want: map[string]Type{"ruby": Name, "jade": Name, "violet": Name, "may": Name}},
			{text: "grace at the front desk. summer in billing season. the nurse may call you, the aide will set it up. honestly, the nurse, she was kind", keep: []string{"grace", "summer", "may call", "will set", "honestly"}},
			{text: "the coach said rest, the counselor will call, the nurse practitioner said so", keep: []string{"coach", "counselor", "practitioner"}},
			// kin said in Spanish before a name; "like" is never a name ("dawn like the sunrise"); a season is no one ("so summer is coming up")
			{text: "my abuela esperanza is ninety. [nurse] and first name [patient] dawn like the sunrise. so summer is coming up", want: map[string]Type{"esperanza": Name, "dawn": Name}, keep: []string{"like", "summer"}},
			// speech with no commas: a given name, then whose relation or role it is, opening what is said; not a verb or a filler there
			{text: "[patient] um summer my caseworker said to come. [patient] hope my son is okay. like my husband said", want: map[string]Type{"summer": Name}, keep: []string{"hope my", "like my"}},
			// after a word that opens a clause too; a baby's doings are a person's
			{text: "[patient] so frank my husband keeps the list. [mother] yes king eats every two hours", want: map[string]Type{"frank": Name, "king": Name}},
			// someone who visits or calls, after "it's"; asked or told to do something; a modal that is a relation's name before what they do
			{text: "[nurse] hi it's june from home health [patient] oh hi june. i asked will to come. my sister may makes pies. it's fine with me", want: map[string]Type{"june": Name, "will": Name, "may": Name}, keep: []string{"fine with"}},
			// a visitor greeting first, then "it's" and a given name that is a word, spaced as transcripts tokenise it, before "from" or a pause; not what something is
			{text: "[nurse] knock knock , it 's faith from compassus hospice . [nurse] hi mr okonkwo , it 's hope . [doctor] it 's fine . hi , it 's hope that counts", want: map[string]Type{"faith": Name, "hope": Name}, keep: []string{"fine", "hope that"}},
			// a surname that is an everyday word after a given name that is none, where what is said pauses or goes on to what the person does; not a kin word
			{text: "[staff] the case worker is kwame bell and he set it up. [caregiver] i'm lorna mama", want: map[string]Type{"kwame bell": Name, "lorna": Name}, keep: []string{"mama"}},
			// someone wanted or needed to do something, "may" too before "to"; not a thing
			{text: "[wife] he wants may to sing. i need grace to drive. she wants more to eat, i need it to work", want: map[string]Type{"may": Name, "grace": Name}, keep: []string{"more", "it to"}},
			// a modal that is a relation's name before a surname; not before a verb
			{text: "[patient] my sister may okonjo lives nearby. my wife may call you", want: map[string]Type{"may okonjo": Name}, keep: []string{"may call"}},
			// a nurse's introduction; not how someone feels
			{text: "[nurse] hi i'm sunny, i'll be your nurse tonight. [patient] i'm happy i'll be home soon", want: map[string]Type{"sunny": Name}, keep: []string{"happy"}},
			// a month greeted is a name; not a date after a greeting
			{text: "[doctor] hi june how's the new baby. [patient] hi, june fifth works for me", want: map[string]Type{"june": Name, "june fifth": Date}},
			// someone asked about by a given name that is also a word; not a modal
			{text: "[doctor] who's holly [patient] my roommate. [doctor] and who is grace again. who's will", want: map[string]Type{"holly": Name, "grace": Name}, keep: []string{"will"}},
			// "who's" before a modal that is a name; a given name asked after; not what is asked after
			{text: "[doctor] who's may on your list [patient] my aunt [doctor] and how's faith doing. how is ivy feeling", want: map[string]Type{"may": Name, "faith": Name, "ivy": Name}},
			{text: "[doctor] how's work going. who will drive. how's the baby doing", keep: []string{"work", "will", "baby"}},
			// a given name that is a function word asked about as a relation
			{text: "[doctor] is will your son [patient] yes. the point is will your kids go", want: map[string]Type{"will": Name}, keep: []string{"point is will"}},
			// "'s the one who": a person
			{text: "Ray's the one who found me. Faith's the one thing I have.", want: map[string]Type{"Ray": Name}, keep: []string{"Faith"}},
			// a name and the one it is short for, shorthand too; a condition's short form names no one
			{text: "it's ginny, short for virginia. i'm dot, short for dorothy. ms, short for multiple sclerosis. the walk was short, for sure.", want: map[string]Type{"ginny": Name, "virginia": Name, "dot": Name, "dorothy": Name}, keep: []string{"ms", "multiple", "sure"}},
			// what people call someone, said last, even a filler or a word of time; not the telephone, nor the next speaker's label
			{text: "everyone calls me bud. call me may. call me later. when will he call me [doctor] i'll find out", want: map[string]Type{"bud": Name, "may": Name}, keep: []string{"later", "doctor"}},
			// any given name greeted or thanked where what is said pauses, a month's too; not an endearment
			{text: "thanks, art. thank you, april. hi duke, how are you? thanks, honey. hi, may i ask something? thanks again.", want: map[string]Type{"art": Name, "april": Name, "duke": Name}, keep: []string{"honey", "may i", "again"}},
			// a given name greeted however close to a word; one that opens what is said to someone before a comma and a question or a pleasantry; an endearment or a discourse word stays
			{text: "[doctor] hi rusty . [doctor] cliff , what happened on the mountain ? [doctor] mark , good to see you . [doctor] honey , what 's wrong ? [doctor] right , what happened ?", want: map[string]Type{"rusty": Name, "cliff": Name, "mark": Name}, keep: []string{"honey", "right"}},
			// the next speaker's label between a question for a name and the answer is no name; its number is no day
			{text: "DR: What's your name? PT: Gloria Esposito. Speaker 1: And your date of birth? Speaker 2: June 3rd, 1941.", want: map[string]Type{"Gloria Esposito": Name, "June 3rd, 1941": Date}, keep: []string{"PT", "Speaker 2"}},
			// a thing's name after "called" is no person's
			{text: "there's a medication called zorvexa, or we can try one called phexxi. a guy called bertrand", want: map[string]Type{"bertrand": Name}, keep: []string{"zorvexa", "phexxi"}},
			// who someone is by where they come from; not a thing from a place
			{text: "pat from the vna comes on tuesdays. we had mark from next door over. i got a bill from the pharmacy. hope from the start", want: map[string]Type{"pat": Name, "mark": Name}, keep: []string{"bill", "hope"}},
			// a pet's name is no person's; a disease's second word and a pair of eponyms said alone are none either; a correction is no surname
			{text: "the cat's name is biscuit. my dog is named ranger. the dog walker, her name is lorna. it's pityriasis rosea, or braxton hicks. my husband rowan wait no", want: map[string]Type{"lorna": Name, "rowan": Name}, keep: []string{"biscuit", "ranger", "rosea", "braxton hicks", "wait"}},
			// a car's colour and make are no name; a given name after a role and a pause before "i think"
			{text: "my plate is on a silver honda, my old ford. he's with the nurse, um, rose i think. i saw the nurse, um, yesterday", want: map[string]Type{"rose": Name}, keep: []string{"silver honda", "ford", "yesterday"}},
			// "ng" after a given name is a surname, before a word of tubes shorthand
			{text: "your patient arthur ng is here. the patient grace ng tube was placed", want: map[string]Type{"arthur ng": Name}, keep: []string{"ng tube"}},
			// a surname spelled right after it opened the answer to "last name"
			{text: "[nurse] and the last name [caller] oh, o h [nurse] okay", want: map[string]Type{"oh": Name, "o h": Name}},
			// a given name said to the listener after "okay" or "sorry about that", before a comma or "and" that leads on to them; not "okay will do", "okay mark the date"
			{text: "[doctor] okay dale and your date of birth? [staff] okay will, what can i do for you. sorry about that june, i'll fix it. okay will do, and your. okay mark the date, and you", want: map[string]Type{"dale": Name, "will": Name, "june": Name}, keep: []string{"will do", "mark the"}},
			// "i'm" said in full before a given name; a former partner after a possessive, not an ex smoker; a state that is a common surname after a given name
			{text: "[caregiver] hi, i am hope, i take care of him. my ex rafe calls. he is an ex smoker. and you are kwame washington?", want: map[string]Type{"hope": Name, "rafe": Name, "kwame washington": Name}, keep: []string{"ex smoker"}},
			// a word spelled right after it was said as a name ("name" just before it, or found a few words back), even with two letters; an everyday word spelled after "like"; not a word of the language spelled
			{text: "her surname is ek, e k. that's kofi mensah, so m e n s a h. it's ro, r o. his name's hope like h o p e. we said yes, y e s. spell world, w o r l d", want: map[string]Type{"e k": Name, "m e n s a h": Name, "h o p e": Name}, keep: []string{"y e s", "w o r l d"}},
			// spelling: a mark said between letters; a word said then spelled after a cue to a name, even a short or an everyday one; a word spelled in a test of attention
			// a surname spelled by the everyday word it is, and spelled out letter by letter turns later; not a likeness
			{text: "[clerk] wolf like the animal [patient] yes w o l f is my last name. it's mason like the job", want: map[string]Type{"wolf": Name, "w o l f": Name, "mason": Name}},
			{text: "[patient] i feel like the animal in a cage, it hurts like the dickens", keep: []string{"animal", "dickens"}},
			// a double name's second part spelled after "hyphenated", an everyday word though it is
			{text: "i got remarried, it's okafor-wood now, hyphenated, w o o d", want: map[string]Type{"w o o d": Name}},
			// a short everyday word spelled right after a question for the name; letters read off an eye chart spell nothing
			{text: "what's your last name? w o o d. ok, read the smallest line on the chart. e f p t o z l p. now cover the left eye. p e c f d", want: map[string]Type{"w o o d": Name}, keep: []string{"e f p t o z l p", "p e c f d"}},
			{text: "it's d apostrophe a m i c o. last name park, p a r k. my name's bo, b o. can you spell world for me? w o r l d. so, s o", want: map[string]Type{"d apostrophe a m i c o": Name, "park": Name, "p a r k": Name, "b o": Name}, keep: []string{"world", "w o r l d", "o r l d", "s o"}},
			// "spelled" after "name is" is no name; the word spelled, said a sentence before
			{text: "it's ingrid ostrowski. Last name is spelled O S T R O W S K I.", want: map[string]Type{"ostrowski": Name, "O S T R O W S K I": Name}, keep: []string{"spelled"}},
			// seen somewhere; a preposition of place is no surname
			{text: "i saw john near the door. we met grace at church. i saw hope in her eyes", want: map[string]Type{"john": Name, "grace": Name}, keep: []string{"near", "hope"}},
			// asked about as a relative whose word is a title too; asked or told to do something
			{text: "is hope your sister? i asked grace to call you. i told bill to come. we asked grace to the dance", want: map[string]Type{"hope": Name, "grace": Name, "bill": Name}, keep: []string{"grace to the dance"}},
			// a letter spelled with a word said of it ("capital", "double"); "spell it" before the letters
			{text: "that's k c capital o, double r, i g a n. spell it t o r r e s. a double bed, it's a double e", want: map[string]Type{"k c capital o, double r, i g a n": Name, "t o r r e s": Name}, keep: []string{"double bed", "double e"}},
			// a name said to someone: opening what is said before a comma and a question, or after a request where a transcript has no comma
			{text: "Fine. April, how can I help you? And when did it start? April, I think.", want: map[string]Type{"April": Name}, keep: []string{"April, I"}},
			{text: "okay june, let's see your knee. so june, july and august were hard", want: map[string]Type{"june": Name}, keep: []string{"so june"}},
			{text: "can you take a deep breath wendell . okay sandy .", want: map[string]Type{"wendell": Name, "sandy": Name}},
			// a name said after a question that has no question mark, before the next clause of a run-on transcript
			{text: "the scan is clear so what does that mean hope so it means we wait . what do you mean mark so far . is it the bill so i pay", want: map[string]Type{"hope": Name}, keep: []string{"mark so far", "the bill"}},
			// "called" before an adverb telephoned
			{text: "the office called back, she called again, a man called tigger. the cat is called pickles", want: map[string]Type{"tigger": Name}, keep: []string{"back", "again", "pickles"}},
			// a relation in the plural before a list of names; not before a describing word
			{text: "my sisters deb and carol came, we had sue and ron over; children younger than five, those kids amazing", want: map[string]Type{"deb": Name, "carol": Name, "sue": Name, "ron": Name}, keep: []string{"younger", "amazing"}},
			{text: "PT SEEN BY DR X. WILL F/U. DRIP CONTINUES PER DR B. REED", want: map[string]Type{"X": Name, "B. REED": Name}, keep: []string{"WILL"}},
			// a capitalised word shaped like a drug or an inhaler is no name
			{text: "I use an Easihaler and some Rehydralyte, says Dr. Castellano", want: map[string]Type{"Castellano": Name}, keep: []string{"Easihaler", "Rehydralyte"}},
			// a word spelled backwards in a test of attention is no name
			{text: "now spell world backwards. d, l, r, o, w. and your surname? it's k o v a c s", want: map[string]Type{"k o v a c s": Name}, keep: []string{"d, l, r, o, w"}},
			// a name-list word in the possessive listed with an eponym is a disease; vaccine makers are brands
			{text: "Addison's mum came too. They tested her for Cushing's and Addison's, then gave the Moderna booster.", want: map[string]Type{"Addison": Name}, keep: []string{"Cushing's", "and Addison's", "Moderna"}},
			// a form's next label ends a name; a direction before a country is no name
			{text: "Name: Ilse Varga Phone: 0341 229 871. She toured Southern Tunisia", want: map[string]Type{"Ilse Varga": Name}, keep: []string{"Phone", "Southern Tunisia"}},
			// a clinical acronym in capitals in mixed-case text is no name, whatever the name lists say
			{text: "a positive ELISA today; Patient: ELISA MORGAN", want: map[string]Type{"ELISA MORGAN": Name}, keep: []string{"positive ELISA"}},
			// a well-known given name that is also a word, between "has" and "been"
			{text: "how long has sandy been coughing? has the rash been itchy, is mark showing", want: map[string]Type{"sandy": Name}, keep: []string{"rash", "mark"}},
			// a verb after a given name is no surname; a word in a hyphenated compound is no name
			{text: "then dorian ran into me, does mirela seem ok? your x-ray looks fine", want: map[string]Type{"dorian": Name, "mirela": Name}, keep: []string{"ran", "seem", "ray"}},
			{text: "Oksana: Where were you? Zaveri, can you help me? Ohh, I see. John: Thanks!", want: map[string]Type{"Oksana": Name, "Zaveri": Name, "John": Name}, keep: []string{"Ohh"}},
			{text: "NEURO: A&OX3. RESP: LS CTA. UOP DROPPED, J WHITTAKER ORDERED EPI. CAST OFF R HAND, T WO ABX, (B. KORVATH AWARE)", want: map[string]Type{"J WHITTAKER": Name, "B. KORVATH": Name}, keep: []string{"R HAND", "T WO"}},
			{text: "hi , my name is will , and hers is may", want: map[string]Type{"will": Name}, keep: []string{"may"}},
			{text: "we stopped at mcdonald's and then at kohl's , he wants a hershey's bar", keep: []string{"mcdonald", "kohl", "hershey"}},
			{text: "Marie came too. She has Charcot Marie Tooth disease, an Implanon rod and Guillain Barre in the past.", want: map[string]Type{"Marie": Name}, keep: []string{"Charcot Marie Tooth", "Implanon", "Guillain Barre"}},
			{text: "Bakhyt shouted at the nurse. Quorinda Velasquet lives near the park. Xarelto works well. Zorvex helps.", want: map[string]Type{"Bakhyt": Name, "Quorinda Velasquet": Name}, keep: []string{"Xarelto", "Zorvex"}},
			// a word close to an English one said to someone is a name; one
			// described and then spoken of as a person too; a misspelt heading not
			{text: "Ballit, can I see your manager? Ozrena is always on time. We rely on her.", want: map[string]Type{"Ballit": Name, "Ozrena": Name}},
			{text: "Adendum: pt remains febrile. Zovirax is given daily. It helps.", keep: []string{"Adendum", "Zovirax"}},
			// a capitalised word in mid-sentence one edit from a clinical term is the term misspelt;
			// one edit from an everyday word may still be a name
			{text: "Yes, I tried Paracetamoll and Calpol, then Fostair. Is Katrine here?", want: map[string]Type{"Katrine": Name}, keep: []string{"Paracetamoll", "Calpol", "Fostair"}},
			// in notes MR, MS and NP before an everyday word are findings, not titles
			{text: "ASSESSMENT: SEVERE CAD, MR    PLAN: CONT DIURESIS. 2L NP. MS. Verbal/non-verbal support. SEEN BY MR BROWN", keep: []string{"PLAN", "Verbal"}, want: map[string]Type{"BROWN": Name}},
			// in notes "called" telephoned; "this evening" greets nobody
			{text: "HO CALLED- KCL 40 MEQ IV ORDERED. I CALLED IV THERAPY. This evening ABG 7.48/35, this morning BS coarse. Good evening, Ilona.", keep: []string{"KCL", "IV THERAPY", "ABG", "BS"}, want: map[string]Type{"Ilona": Name}},
			// a given name before a surname's initial, in a note too
			{text: "Pt w/ CHF, HTN, DM2, COPD, seen at clinic - Ann T., appt on 3/4. Ref Paul M's case. ABI's R.7/ L.8", want: map[string]Type{"Ann T": Name, "Paul M": Name}, keep: []string{"ABI's R"}},
			{text: "mr. mcdonald's office called , and dunkin will ring back", want: map[string]Type{"mcdonald": Name}},
			{text: "try the mira- miralax and the trent- tretinoin cream , so this is a s- a stable ecg", keep: []string{"mira", "trent", "a s"}},
			{text: "my name is ja- jacob , and this is phil- philippa", want: map[string]Type{"ja- jacob": Name, "phil- philippa": Name}},
			{text: "dr. weber will call about the displaced weber c level fracture , fitzpatrick skin type iv", want: map[string]Type{"weber": Name}, keep: []string{"weber c", "fitzpatrick"}},
			{text: "so my name is may . what my name is will be told later", want: map[string]Type{"may": Name}, keep: []string{"will"}},
			{text: "neuro: a&ox3. resp: ls cta. cv: pacer rate set at 50, pacer wires intact, lido jelly applied. v.s.s. b/p 120/70, c/o pain. lorrie morales is a 70 yr old", want: map[string]Type{"lorrie morales": Name}, keep: []string{"pacer rate", "wires", "lido jelly", "v.s.s", "b/p", "c/o"}},
			{text: "NEURO: A&OX3. RESP: LS CTA, NC 2L. CV: HR 88 SR. Started on Respalor and Natrecor per team. Lawyer (Vin Halbersted) aware; lives in Bramwell area.", want: map[string]Type{"Vin Halbersted": Name}, keep: []string{"Respalor", "Natrecor"}},
			{text: "i was skiing in vermont last weekend and georgia beat alabama", keep: []string{"last", "beat"}},
			{text: "how is karen's sleep , call me . certainly we will , positive hawkins-kennedy and neer's test , set up for ya", want: map[string]Type{"karen": Name}, keep: []string{"sleep", "certainly", "hawkins", "kennedy", "neer", "ya"}},
			{text: "Wojtek Szymborski called. Zsófia: are you there? Ágústa lives in town. Lisinopril was started.", want: map[string]Type{"Wojtek Szymborski": Name, "Zsófia": Name, "Ágústa": Name}, keep: []string{"Lisinopril"}},
			{text: "a 41-year-old woman, Jill R., who was seen", want: map[string]Type{"Jill R": Name}},
			// names/title
			{text: "Good morning, Mrs. Alvarez. I'm Dr. Patel.", want: map[string]Type{"Alvarez": Name, "Patel": Name}},
			{text: "nurse kim will take your vitals", want: map[string]Type{"kim": Name}},
			{text: "doctor nguyen will see you now", want: map[string]Type{"nguyen": Name}},
			{text: "Dr. Foley ordered the Foley catheter.", want: map[string]Type{"Foley": Name}, keep: []string{"Foley catheter"}},
			{text: "the doctor said to rest and the nurse agreed", keep: []string{"doctor", "said", "nurse", "agreed"}},
			{text: "Morning, doctor. Nice to meet you.", keep: []string{"Nice"}},
			// names/relation-cue
			{text: "um so my daughter jessica drove me", want: map[string]Type{"jessica": Name}},
			{text: "Social: Daughter called, updated by RN. Wife called several times overnoc. Husband MD (ENT). Son called Marcus at 2pm.", keep: []string{"updated", "several", "overnoc", "MD"}},
			{text: "my name is martha m a r t h a", want: map[string]Type{"martha m a r t h a": Name}},
			// after "name is", a given name that is also a month; after "the name is" a word must look like a name
			// a filler between "name is" and the name; a word that is no name after the filler stays
			{text: "Neighbor: The man's name is, uh, sunny, he's very sweet. The name is um familiar", want: map[string]Type{"sunny": Name}, keep: []string{"familiar"}},
			{text: "her name is april. the name is familiar, the name was zoltowski", want: map[string]Type{"april": Name, "zoltowski": Name}, keep: []string{"familiar"}},
			// what a group calls someone, said last; not a call back
			{text: "we call her peanut. everyone calls him tiny, and we'll call her back, they call him every day", want: map[string]Type{"peanut": Name, "tiny": Name}, keep: []string{"back", "every day"}},
			// a child by their place among siblings; a relation by marriage
			{text: "my youngest, hunter, has asthma. my oldest is twelve. my daughter-in-law june drives, my mother-in-law is well", want: map[string]Type{"hunter": Name, "june": Name}, keep: []string{"twelve", "well"}},
			// "in law" as speech recognition writes it; a unit that is a given name before what a person does; a supervisor is a relation
			{text: "my brother in law reed is here. her son miles was sick. my supervisor wade said so", want: map[string]Type{"reed": Name, "miles": Name, "wade": Name}},
			{text: "my dad drove miles to get here, my supervisor said no, the law is clear", keep: []string{"miles", "said", "law"}},
			// a role whose it is, "is", and one of the most given names said last; an adjective stays
			{text: "my physical therapist is lance. my nurse is great. her doctor was bill, he retired", want: map[string]Type{"lance": Name, "bill": Name}, keep: []string{"great"}},
			// a role whose it is, a given name, then what the person does; a verb after a name takes no surname from its object
			{text: "my case manager sandy set it up. my doctor frank is retiring. my therapist will call. my aide kelly sees me", want: map[string]Type{"sandy": Name, "frank": Name, "kelly": Name}, keep: []string{"set it", "will call", "sees me"}},
			// a given name then whose relation, opening what is said or after "and" or "it's"; a name after "named him"
			{text: "patient: grace is my daughter. patient: hope is my motivation. oh, and faith, my sister, is coming. it's frank, my brother. we named him river, and named her after my mom", want: map[string]Type{"grace": Name, "faith": Name, "frank": Name, "river": Name}, keep: []string{"hope", "after my mom"}},
			// a given name opening what is said, then the place the person works
			{text: "patient: joy from the pharmacy called me. patient: relief from the pain was quick. patient: will from the lab is here", want: map[string]Type{"joy": Name}, keep: []string{"relief", "will"}},
			// the word said with a name's spelling is that name, even a colour or a flower; an acronym spelled is none
			{text: "it's spelled t-r-u-o-n-g, truong. and the first, that's ivy, i v y. my son's is b-r-o-w-n, brown. the ekg, e k g, was fine", want: map[string]Type{"t-r-u-o-n-g": Name, "truong": Name, "ivy": Name, "i v y": Name, "b-r-o-w-n": Name, "brown": Name}, keep: []string{"ekg", "e k g"}},
			{text: "my wife grace does the cooking", want: map[string]Type{"grace": Name}},
			{text: "my son will drive me home", keep: []string{"will"}},
			{text: "my wife june couldn't come, my aunt april drove", want: map[string]Type{"june": Name, "april": Name}},
			{text: "my son june 3rd, my daughter may come, my wife august twelfth", want: map[string]Type{"june 3rd": Date, "august twelfth": Date}, keep: []string{"may"}},
			// a given name set off by commas after a relation or a role, even an everyday word
			{text: "this is my son, will. my nurse, faith, was kind, and my teacher, hope", want: map[string]Type{"will": Name, "faith": Name, "hope": Name}},
			{text: "my son, will you call him? my nurse, too, was kind. my wife, and my kids", keep: []string{"will", "too", "and"}},
			// a name or town the lists spell without its accents
			{text: "a letter from Tomás Ibáñez, who visits Bogotá", want: map[string]Type{"Tomás Ibáñez": Name, "Bogotá": City}},
			// "A" and "I" as middle initials without a period, between a name and a surname; a speaker's label
			{text: "Forms signed by Tomasz A Wierzbicki. Orlith: Thank you. Then Paul I Think left; Plan A Foley", want: map[string]Type{"Tomasz A Wierzbicki": Name, "Orlith": Name}, keep: []string{"I Think", "Plan A Foley"}},
			// in lower-case text an unknown word with a surname's ending that no English word or drug has
			{text: "the letter was from dorokhova and jelenkovic, copied to haraldsson and to bártová", want: map[string]Type{"dorokhova": Name, "jelenkovic": Name, "haraldsson": Name, "bártová": Name}},
			{text: "pt restlesson and off, the reasson given; send the records doctor smith's office", keep: []string{"restlesson", "reasson"}, want: map[string]Type{"smith": Name}},
			// a role with a word before it, or a member of staff, then a name set off by commas
			// a given name that is also a word, addressed after a comma where the utterance ends
			{text: "take a deep breath for me, frank. thank you, grace. how are you today, bill? i hope so too, sure. thank you, doctor.", want: map[string]Type{"frank": Name, "grace": Name, "bill": Name}, keep: []string{"sure", "doctor"}},
			// "reverend" only ever stands before a name; a verb after a given name is no surname
			{text: "our pastor, reverend mills, prayed with us. me and my wife ann live alone", want: map[string]Type{"mills": Name, "ann": Name}, keep: []string{"live"}},
			// the name a person goes by, or a nickname
			{text: "i go by sunny. my nickname is ace. we go by bus, he goes by the book", want: map[string]Type{"sunny": Name, "ace": Name}, keep: []string{"bus", "book"}},
			{text: "[patient] bob brown, but i go by will\n[patient] the days go by. will he come?", want: map[string]Type{"will": Name}, keep: []string{"by. will"}},
			// an everyday word as the whole of what someone goes by; not how or when things go by
			{text: "grandma goes by biscuit at the center. the weeks go by fast, it went by quickly, that goes by weight", want: map[string]Type{"biscuit": Name}, keep: []string{"fast", "quickly", "weight"}},
			// shorthand that is no everyday word is a name one goes by ("lan": local area network)
			{text: "[interpreter] she says she goes by lan but her name is longer", want: map[string]Type{"lan": Name}},
			{text: "my case manager, sandy, set it up and the social worker, hope, called; my buddy, chip, drove", want: map[string]Type{"sandy": Name, "hope": Name, "chip": Name}},
			{text: "the case manager will call, my social worker said so, a care coordinator, too, came", keep: []string{"will", "said", "too"}},
			{text: "this is will, my husband. meet hope, our daughter", want: map[string]Type{"will": Name, "hope": Name}},
			{text: "it is what it is, my wife says. i will, my son thinks, recover. my, my wife", keep: []string{"is", "will", "my, my"}},
			{text: "thanks, Mark, see you soon", want: map[string]Type{"Mark": Name}},
			{text: "Contact Florence Skaeshar for details.", want: map[string]Type{"Florence Skaeshar": Name}},
			{text: "her husband will pick her up, and bill smith is her neighbor", want: map[string]Type{"bill smith": Name}, keep: []string{"will"}},
			// names/eponyms
			{text: "he has parkinson's disease, graves disease, bell's palsy and crohn's", keep: []string{"parkinson", "graves", "bell", "crohn"}},
			{text: "Hx of Cushing's. Holter monitor applied. Doppler negative.", keep: []string{"Cushing", "Holter", "Doppler"}},
			{text: "consistent with Stevens-Johnson syndrome", keep: []string{"Stevens", "Johnson"}},
			{text: "we did an m r i and an e k g", keep: []string{"m r i", "e k g"}},
			{text: "take metformin 500 mg and lisinopril 10 mg", keep: []string{"metformin", "lisinopril", "500", "10"}},
			// names/cased-context
			{text: "Monica lives near the lake. Owen: Are you there? Partners: Dravik, Holloway and Smith.", want: map[string]Type{"Monica": Name, "Owen": Name, "Dravik": Name, "Holloway": Name, "Smith": Name}},
			{text: "Name: Jörgen Ekstrand. What's your name? Aino Mäkelä", want: map[string]Type{"Jörgen Ekstrand": Name, "Aino Mäkelä": Name}},
			{text: "Plan: continue. Neuro: intact. Aspirin and Tylenol given.", keep: []string{"Plan", "Neuro", "Aspirin", "Tylenol"}},
			// names/misspelt-words
			{text: "NEURO: A&OX3. RESP: LS CTA, NC 2L. SPOKE WITH WIFE AND NEICE TODAY. ON INTEGRELIN GTT. ASA HELD", keep: []string{"NEICE", "INTEGRELIN", "ASA HELD"}},
			{text: "follow up with maria t seiler and the kowalski family", want: map[string]Type{"seiler": Name, "kowalski": Name}},
			{text: "Resp: sats 95% on NC, RR 18, HR 80s, BP 120s. Plan: give Lenti at HS, cont lasix.", keep: []string{"Lenti"}},
			// speech/tokenised
			{text: "so we 're gon na check , i wan na be sure , do n't worry , how is denise 's sleep", want: map[string]Type{"denise": Name}, keep: []string{"gon na", "wan na", "n't", "'s sleep", "'re"}},
			{text: "i 've got ta go , lem me see , gim me a sec", keep: []string{"got ta", "lem me", "gim me", "'ve"}},
			{text: "okay so frank what that means is , so , bill , you did well , and bob is a 48 year old male", want: map[string]Type{"frank": Name, "bill": Name, "bob": Name}},
			{text: "so what does that mean ? well frankly it is a sign , and so will i", keep: []string{"frankly", "will"}},
			{text: "hey mason good to see you , doctor cruz nice to meet you", want: map[string]Type{"mason": Name, "cruz": Name}, keep: []string{"good", "nice"}},
			{text: "and your die- your diet and the inci- incidents", keep: []string{"die", "inci"}},
			{text: "the nurse told you about dax , i'd like to tell dax about you", keep: []string{"dax"}},
			// clinical/shorthand
			{text: "A-line and Aline d/c'd, no VEA seen, Neo weaned off, vent per CareVue, PEARLA, pt HOH", keep: []string{"Aline", "VEA", "Neo", "CareVue", "PEARLA", "HOH"}},
			{text: "CONT ON NEO AND FENT GTT, LG AMT OF STOOL", keep: []string{"NEO", "FENT", "LG"}},
			{text: "glucose 188 rx'd w ss reg sq at noon", keep: []string{"188", "reg", "sq"}},
			{text: "moves x 4 extremities. head ct negative", keep: []string{"4 extremities", "ct"}},
			{text: "heparin @ 900u/hr, diminished @BASES, restarted @2200 and @-FENT 50", keep: []string{"900u", "BASES", "2200", "FENT"}},
		},
	},
	{
		Name:    "names/credentials",
		Types:   []Type{Name},
		Sources: []string{"name/credential"},
		run:     (*scanner).credentialNames,
		gate:    func(s *scanner) bool { return s.any(fCredential) },
		Examples: []example{
			// a credential that heads a kind of note signs nothing
			{text: "SDU RN NOTE Sun 4/2\nPt stable.\nAnita Morris RN", want: map[string]Type{"Anita Morris": Name}, keep: []string{"SDU"}},
			// names/credentials
			{text: "LINE OK TO USE PER MARTA KOWALCZYK NP. seen by p. oduya rrt and Jana Brill, RN", want: map[string]Type{"MARTA KOWALCZYK": Name, "p. oduya": Name, "Jana Brill": Name}},
			{text: "PA AWARE, pt refused, md notified, rn at bedside", keep: []string{"PA", "pt", "md", "rn"}},
			// the credentials of sonographers, psychologists, social workers and counsellors sign as a nurse's do, and are no names themselves
			{text: "Sonographer: Odalys \"Dee\" Quenneville, RDMS\n\nEXAM: US pelvis", want: map[string]Type{"Odalys \"Dee\" Quenneville": Name}, keep: []string{"RDMS"}},
			{text: "on-call line reinforced.\nBrigid Oosterhuis, RN CHPN", want: map[string]Type{"Brigid Oosterhuis": Name}, keep: []string{"CHPN"}},
			// a speaker's label opening a line signs nothing on the line before
			{text: "caller: the pharmacy on sixth avenue in tacoma\nrn: got it. and the one in spokane\nNP: yes", want: map[string]Type{"tacoma": City, "spokane": City}},
			// initials in capitals before a credential; a unit's shorthand before one stays
			{text: "Plan discussed with JH MD. SEEN BY ICU RN, PER ED MD", want: map[string]Type{"JH": Name}, keep: []string{"ICU", "ED"}},
		},
	},
	{
		Name:    "names/speaker-labels",
		Types:   []Type{Name},
		Sources: []string{"name/speaker-label"},
		run:     (*scanner).speakerNames,
		gate:    func(s *scanner) bool { return s.hasSeen(seenColon) },
		Examples: []example{
			// a transcript labelled by its speakers' names: every word of a label that names a person, titles and credentials left out
			{text: "Loretta Banks: The one I mailed back?\nDr. Halvorsen: Yes.\nLORETTA BANKS: Okay.", want: map[string]Type{"Loretta Banks": Name, "LORETTA BANKS": Name, "Halvorsen": Name}},
			{text: "PT DESHAWN MILES: Perfect.\nPatient: Fine.\nFront Desk - Dana: And the address?\nPatient: Here.\nSoren Eklund, PharmD: Hi.\nCDE RUBY CHATTERJEE: Hi Gene.", want: map[string]Type{"DESHAWN MILES": Name, "Dana": Name, "Soren Eklund": Name, "RUBY CHATTERJEE": Name}, keep: []string{"PT", "Front Desk", "PharmD", "CDE"}},
			// a meeting's export: the label alone on its line with the time into the meeting; a bracketed time before a label
			{text: "Priya Raman   12:50\nbirthday is 5/19/1985?\n\nAnh Tran   12:55\nYes.\n\nPriya Raman   12:57\nOkay.", want: map[string]Type{"Priya Raman": Name, "Anh Tran": Name, "5/19/1985": Date}, keep: []string{"12:55"}},
			// three labels make a transcript: one said once is read too
			{text: "LORETTA BANKS: Hi.\nDR. HALVORSEN: Hello.\nEUGENE LACHANCE: In Lowell?", want: map[string]Type{"LORETTA BANKS": Name, "HALVORSEN": Name, "EUGENE LACHANCE": Name}},
			{text: "Amara Lindgren   0:22\nAnd you're still driving?\n\n[09:16:07] Gwendolyn Strand:\nRight.\n[09:16:17] Gwendolyn Strand:\nYes.", want: map[string]Type{"Amara Lindgren": Name, "Gwendolyn Strand": Name}, keep: []string{"0:22", "09:16:07"}},
			// a note's headings name no one; a label said once with no other speaker's role is not read
			{text: "Chief Complaint: cough\nPlan: rest\nMark Twain: a quote", keep: []string{"Chief Complaint", "Plan", "Twain"}},
		},
	},
	{
		Name:    "names/extend",
		Types:   []Type{Name},
		Sources: []string{"name/coordinated"},
		run:     (*scanner).extendAndCoordinateNames,
		Examples: []example{
			// in lower case a name is listed with a given name no word has or a word no list knows; a pronoun stays
			{text: "Pt's proxies are his daughters. marisol and qorvin visit daily. i saw them and we talked", want: map[string]Type{"marisol": Name, "qorvin": Name}, keep: []string{"we talked"}},
			// the s of a plural after an apostrophe is no initial, and its period ends a sentence
			{text: "sats in the high 90's. Good cough. Seen by (B. KARGAS PA)", want: map[string]Type{"B. KARGAS": Name}, keep: []string{"Good"}},
			// a given name of two syllables joined by a hyphen, the second in lower case; a capitalised first part glued before a name; a word after a hyphen stays
			{text: "Customer: Choi Yoon-ah, 010-5555-8814. Approved: Per-Anders Holm, 2021-03-04. SOCIAL: call from son Rob-who states he will come", want: map[string]Type{"Choi Yoon-ah": Name, "Per-Anders Holm": Name}, keep: []string{"who"}},
			// a nickname in quotes between a given name and the surname, and the surname; a word quoted before a word with no capital stays
			{text: "Son Theodore (\"Ted\") Abernathy visits. Pt: Walter \"Skip\" Pzerkowicz, 93. she told Ann \"later\" and left", want: map[string]Type{"Ted": Name, "Skip": Name, "Pzerkowicz": Name}, keep: []string{"later"}},
			// in speech: a double name's second part no list knows; a name said twice; a given name that is a word before a surname no word spells
			{text: "it's devontae okafor-lindqvist. my sister august august pelletier. it's brook mccullough. it looks like ashley has seen him", want: map[string]Type{"devontae okafor-lindqvist": Name, "august august pelletier": Name, "brook mccullough": Name}, keep: []string{"like"}},
			// in speech a double name whose second part is a surname that is also a word; a verb with its object after a name; a greeting after a title's surname
			{text: "it's ngozi adeyemi-hill, and my friend tanvir okafor-wood. i'll have tamsin call her. mister ferrante good to see you", want: map[string]Type{"ngozi adeyemi-hill": Name, "tanvir okafor-wood": Name, "tamsin": Name, "ferrante": Name}, keep: []string{"call her", "good to see"}},
			// in speech a word no list knows right before a surname no word or given name spells; not a drug before a given name
			{text: "[caller] zbignyev kowalczyk, his son. i take metformin and see johnson", want: map[string]Type{"zbignyev kowalczyk": Name, "johnson": Name}, keep: []string{"metformin"}},
			// the second part of a double name glued by a hyphen, in lower case; a clinical word is no part
			{text: "as Virtanen-aho says; Patricia Foley-cath change", want: map[string]Type{"Virtanen-aho": Name}, keep: []string{"cath"}},
			// a word no list knows opens a sentence right before a name: the given name
			{text: "Quendrix Halvorsen  12 Birch Rd. Then Ostrava Lindqvist left.", want: map[string]Type{"Quendrix Halvorsen": Name}},
			// a word of time after a given name says when, unless the utterance ends on it
			// the first part of a double name or place glued by a hyphen, a name or town too
			{text: "REC'D FROM WINTHROP-WELLESLEY VIA MED FLIGHT. post-Foley removal, anti-Harrow", want: map[string]Type{"WINTHROP-WELLESLEY": Name}, keep: []string{"post-Foley", "anti-"}},
			{text: "i saw nurse betty last time and john early this week. my doctor is mary early.", want: map[string]Type{"betty": Name, "mary early": Name}, keep: []string{"last time", "early this"}},
			// a surname that is also a word, in the possessive before a dwelling
			{text: "she said she was at marcus gray's house", want: map[string]Type{"marcus gray": Name}},
			// the initial A between a given name and a surname; the article stays
			{text: "Seen by Walter A Brennick on Monday.", want: map[string]Type{"Walter A Brennick": Name}},
			{text: "please call rosalind a kessler, and give benjamin a book", want: map[string]Type{"rosalind a kessler": Name}, keep: []string{"a book"}},
			// names/initials
			{text: "A 60-year-old man, Thomas K., seen last week.", want: map[string]Type{"Thomas K": Name}},
			{text: "Contact Marisol T Okonkwo or Dana R. J. Whitfield today", want: map[string]Type{"Marisol T Okonkwo": Name, "Dana R. J. Whitfield": Name}},
			{text: "name on file is gregory p. lindqvist", want: map[string]Type{"gregory p. lindqvist": Name}},
			{text: "his wife mary and i spoke, then a nurse came", want: map[string]Type{"mary": Name}, keep: []string{"i spoke", "a nurse"}},
			// a modal listed with a name where no verb can follow it: last before a pause, or first and set off as what is said opens; not before its verb
			{text: "[patient] these are my kids , margaret and will . [son] margaret and will be there", want: map[string]Type{"will": Name}, keep: []string{"will be"}},
			{text: "[doctor] will , margaret , you can both come ? [doctor] margaret , will you sign", want: map[string]Type{"will": Name}, keep: []string{"will you"}},
			{text: "Partners: Dravik, Holloway and Smith.", want: map[string]Type{"Dravik": Name, "Holloway": Name, "Smith": Name}},
		},
	},
	{
		Name:    "ages/after-name",
		Types:   []Type{Age},
		Sources: []string{"age"},
		run:     (*scanner).detectAgeAfterName,
		gate:    func(s *scanner) bool { return s.hasDigits() || s.any(fNumWord) || s.hasSeen(seenHundred) },
		Examples: []example{
			// an age right after a name as a person is introduced, with or without a comma; a duration or a reading after a name stays
			{text: "this is mrs odile brannigan ninety six came in from the lodge. Mr Tobias Ferris, 93 lives alone. ask nurse kasia ninety minutes after. dr okoro ninety over sixty", want: map[string]Type{"ninety six": Age, "93": Age}, keep: []string{"ninety minutes", "ninety over"}},
			// an age between parentheses after the name; a share or a dose there stays
			{text: "lives w/ wife opal (93), both frail. seen by dr. okafor (95%). son tomas (90 mg) ok", want: map[string]Type{"93": Age}, keep: []string{"95%", "90 mg"}},
		},
	},
	{
		Name:    "places/business-heads",
		Types:   []Type{Location, City, Facility},
		Sources: []string{"place/business-head", "place/town-after-name", "place/compass-town", "place/trade-name", "place/street-of-chain", "place/plain-venue", "place/answered-as", "place/named-on-street", "place/practice", "place/cased-business"},
		run:     (*scanner).detectBusinessHeads,
		gate: func(s *scanner) bool {
			return len(s.found) > 0 || s.any(fOrgHead) || !s.cased && !s.notes && s.words >= 4 || s.hasSeen(seenPractice)
		},
		Examples: []example{
			// a nursing facility by its kind of care after its name; the care itself names none
			{text: "recommend rehab at ashford pines skilled nursing next week. she needs skilled nursing at home", want: map[string]Type{"ashford pines skilled nursing": Location}, keep: []string{"needs skilled nursing"}},
			// a class numbered after its head is no business ("Grade Group 2"); a company by its head is
			{text: "Biopsy: adenocarcinoma, Gleason 4+3=7 (Grade Group 3) in two cores. He works at Harbor Point Insurance in Salem.", want: map[string]Type{"Harbor Point Insurance": Location}, keep: []string{"Grade Group"}},
			// a company named by its head in a clinical document (shorthand makes it a note) as in other cased text
			{text: "HR 80, BP 120/80, RR 16, SpO2 98% RA, NPO, IV NS. He retired from Kestrel Paper Products in May. Lives with wife.", want: map[string]Type{"Kestrel Paper Products": Location}},
			// a facility's second head after '&' or "and", and a practice's kinds joined by '&'; a person after "and" stays apart
			{text: "She went to Maple Grove Health & Rehabilitation, then to Tulip Hospice & Palliative Care. Seen at Ridgeline Spine & Pain Specialists. Dr. Jones at Mercy Hospital and Dr. Ruiz agreed", want: map[string]Type{"Maple Grove Health & Rehabilitation": Facility, "Tulip Hospice & Palliative Care": Facility, "Ridgeline Spine & Pain Specialists": Facility}, keep: []string{"and Dr"}},
			// cased text names an adult day centre with "Day" among its head's words (a unit elsewhere); a day's count before it stays
			{text: "Social worker: We go to Bluebird Adult Day Center on Oklahoma Avenue. Doctor: Every Day Center visits help.", want: map[string]Type{"Bluebird Adult Day Center": Facility}, keep: []string{"Every Day"}},
			// a credit union by its capitalised name in cased text; the kind alone names none
			{text: "Mom: Can I get a note for work? I'm at Summit Credit Union and they want a note. The Credit Union called.", want: map[string]Type{"Summit Credit Union": Location}, keep: []string{"The Credit Union"}},
			// a business named on the line under a name the places read across the line break
			{text: "April 2, 2020\n\nDr. Temitope Okafor-Park\nBayshore Family Physicians\n90 Lake Rd, Salem, OR 97301", want: map[string]Type{"Bayshore Family Physicians": Facility, "Temitope Okafor-Park": Name}},
			// a school or a practice standing alone as a letter's heading or an address line writes it, named by a word of the name
			// or place lists; everyday words before a kind of care stand alone too and name none
			{text: "to: the school nurse, maple hollow elementary school\nsupplier: grove street home medical, boise.\nplan: continue physical therapy, durable home medical, outpatient family practice.", want: map[string]Type{"maple hollow elementary school": Location, "grove street home medical": Location}, keep: []string{"continue physical therapy", "durable home medical", "outpatient family practice"}},
			// cased text names a company by its capitals inside a sentence before the head of a company's name; kinds of
			// business or care with capitals name none, nor does an everyday word opening the sentence
			{text: "I'm on the forklift at Quarry Rim Logistics now. Adjuster with Keystone Mutual. She gets Home Health Services. Paper Products are cheap.", want: map[string]Type{"Quarry Rim Logistics": Location, "Keystone Mutual": Location}, keep: []string{"Home Health Services", "Paper Products"}},
			// who answers the telephone names the practice, in cased text with its capitals (a desk after it is not the name);
			// a greeting or only the kind of care names none
			{text: "Scheduler: Swift Motion Physical Therapy, this is Tess.\nAgent: Cobble Regional billing, this is Sam.\nNurse: Good Morning, this is Ann.\nDoctor: Physical Therapy, this is Jo.", want: map[string]Type{"Swift Motion Physical Therapy": Location, "Cobble Regional": Location}, keep: []string{"Good Morning", "Doctor: Physical Therapy", "billing"}},
			// a detox or a practice of physicians named after a name or a town; detox as care names none
			{text: "once, at hooper detox, in 2022. she needs detox first, at the county detox.", want: map[string]Type{"hooper detox": Name}, keep: []string{"needs detox", "county detox"}},
			{text: "We see Dr. Ashby for primary at Lake Oswego Family Physicians. The physicians at the clinic agree.", want: map[string]Type{"Lake Oswego Family Physicians": Location}, keep: []string{"The physicians"}},
			// whose place of its kind, then its name ("her preschool" names none; what it is called does)
			{text: "her preschool tiny sparrows learning center said so. her school bus comes at seven. her daycare learning center closed", want: map[string]Type{"tiny sparrows learning center": Location}, keep: []string{"school bus", "daycare learning center"}},
			// a company named by two words joined with "and", where someone works; no cue of work, or a dish, is none
			{text: "i work in the warehouse at tristate pipe and supply. i do payroll at halvorsen and pike so it's sitting. they cut my hours at meridian tire and auto and my pay. i went to work at seven and came home. we met at salt and pepper", want: map[string]Type{"tristate pipe and supply": Location, "halvorsen and pike": Location, "meridian tire and auto": Location}, keep: []string{"seven and came", "salt and pepper"}},
			// a practice named by a town's word that is a measure's too ("peak")
			{text: "She was seen at Copper Peak Pediatrics last week for the rash.", want: map[string]Type{"Copper Peak Pediatrics": Facility}},
			// a British general practice by where it is before "surgery"; an operation stays
			{text: "Relative: The GP at Highfield Surgery wanted us to check. He is recovering from knee surgery, after bypass surgery. Referred to General Surgery.", want: map[string]Type{"Highfield Surgery": Location}, keep: []string{"knee surgery", "bypass surgery", "General Surgery"}},
			// in lower-case speech a pharmacy or a chemist's named by a name, a town or a word no list knows, with no cue; a kind of pharmacy or a chain's stays
			{text: "[patient] the nearer one is oakhurst pharmacy , or tregaron chemist . not the mail order pharmacy or the walgreens pharmacy", want: map[string]Type{"oakhurst pharmacy": Location, "tregaron chemist": Location}, keep: []string{"mail order", "walgreens"}},
			// a practice named with its capitals on a line of its own under a signature, or after a speaker's label; an operation on its own line stays
			{text: "Yours,\nDr Hal Emmerich\nPenrhos Quay Surgery\n\nReceptionist: Tallow Lane Surgery, how can I help?\nPast history:\nKnee Surgery", want: map[string]Type{"Penrhos Quay Surgery": Location, "Tallow Lane Surgery": Location}, keep: []string{"Knee Surgery"}},
			// a chain's store by the street it is on, in cased speech too; a day after "on" stays
			{text: "Caller: Is that the Walgreens on Ninth? Tech: Yes, CVS Pharmacy on Birch and Fourth moved. I went to the Walgreens on Monday.", want: map[string]Type{"Walgreens": Location, "Ninth": Address, "Birch and Fourth": Address}, keep: []string{"Monday"}},
			// a practice or a company on a line of its own, heading or signing a letter; a hospital's unit or a note's heading stays
			{text: "Harbour Crest Nephrology\n14 Quay St\n\nDear Dr Ibe,\nYours,\nDr Lin Ashby\nKoru Valley Family Medicine\nTasman Bay Cardiology, PLLC\nDischarged from:\nAcute Medicine\nSleep Medicine\nCHEST PAIN PATHWAY\nPlan: rest", want: map[string]Type{"Harbour Crest Nephrology": Facility, "Koru Valley Family Medicine": Facility, "Tasman Bay Cardiology": Facility}, keep: []string{"Acute Medicine", "Sleep Medicine", "CHEST PAIN"}},
			// a practice, a laboratory or a care service named by capitalised words before its kind of care, wherever the sentence says it; a department or a kind of medicine stays
			{text: "cc: Ines Roa, DO, Wexcombe Family Medicine, fax 555-0102. Caller: I'm with Tamsin Ridge ENT and Allergy, referred from Littoral Dermatology. Billing: Lark Hollow Home Health Services, 40 Mill Rd. She had scans at Quillfeather Imaging. FROM: Brackenmoor Pediatrics & Adolescent Medicine\nReferred to Pediatric Cardiology, Preventive Cardiology and Sports Medicine. Call Dermatology today. The Department of Health and Human Services wrote. Consultant in Old Age Psychiatry", want: map[string]Type{"Wexcombe Family Medicine": Facility, "Tamsin Ridge ENT and Allergy": Facility, "Littoral Dermatology": Facility, "Lark Hollow Home Health Services": Facility, "Quillfeather Imaging": Location, "Brackenmoor Pediatrics & Adolescent Medicine": Facility}, keep: []string{"Pediatric Cardiology", "Preventive Cardiology", "Sports Medicine", "Call Dermatology", "Human Services", "Old Age Psychiatry"}},
			// in lower-case speech, an everyday word after a chain's "on" where what is said pauses or goes on to where is
			// the street it is on; what a store is on (hold, file) or a day stays
			{text: "[patient] the walgreens on division, it closed. fills at cvs on commercial from dr ali. i was at walgreens on hold for an hour. the cvs on file is old", want: map[string]Type{"walgreens": Location, "division": Address, "commercial": Address}, keep: []string{"hold", "file"}},
			// a chain at a corner of a numbered street, in cased speech with the streets' capitals
			{text: "Caller: It's the Walgreens at 31st and Kedzie. Agent: And the Safeway on Larkin and Geary? Caller: No.", want: map[string]Type{"Walgreens": Location, "31st and Kedzie": Address, "Safeway": Location, "Larkin and Geary": Address}},
			// a note's heading of clinical words alone before "clinic" names no clinic; a hospital named by an everyday word stays one
			{text: "ADULT AORTIC CLINIC NOTE\n29-year-old man seen for the aortic root.\nCC: Dr Ama Owusu\nNational Hospital Abuja", want: map[string]Type{"National Hospital Abuja": Facility}, keep: []string{"ADULT AORTIC CLINIC", "aortic root"}},
			// clinical words alone before a clinic's or a service's head name a hospital's service, on a letter's line or not; a place or a rare word among them names a practice
			{text: "Dear Dr Ibe,\nMovement Disorders Clinic\nToronto Western Hospital\nYours,\nDr Lin Ashby\nPuget Sound Dermatology, PLLC\nSeen at the Pulmonary Medicine Clinic and at City Health Clinic", want: map[string]Type{"Puget Sound Dermatology": Facility, "City Health Clinic": Facility}, keep: []string{"Movement Disorders", "Pulmonary Medicine"}},
			// a British hospital by "the royal" and its town or patron; the royal family, wedding or mail stay
			{text: "i was in intensive care at the royal ferrybridge for a week . we watched the royal family and the royal wedding , sent by the royal mail", want: map[string]Type{"royal ferrybridge": Facility}, keep: []string{"royal family", "royal wedding", "royal mail"}},
			// a school by the words before its level, after at, for, to or from; a level said of a reading stays
			{text: "i play for westbrook high , she goes to monroe township elementary , he 's at harlan prep", want: map[string]Type{"westbrook high": Location, "monroe township elementary": Location}},
			{text: "his blood pressure was running high , from low to high , he went to high school , sugars go to very high", keep: []string{"running high", "low to high", "high school", "very high"}},
			// a gym or a coffee house by its name before its kind; the kind said alone stays
			{text: "i 've been going to larchmont fitness , then to millbrook coffee after . i do yoga and drink black coffee", want: map[string]Type{"larchmont fitness": Location, "millbrook coffee": Location}, keep: []string{"yoga", "black coffee"}},
			// trades and public bodies named by everyday words before their head
			{text: "i got on at garrity hvac , it 's good", want: map[string]Type{"garrity hvac": Location}},
			// after a town or a name, the words that make it a clinic, a home or a workplace; a name before "home" stays a name
			{text: "that was at lakeshore women's health. labs at fairview medical lab. dad died at the stillwater veterans home. i drove mary home", want: map[string]Type{"lakeshore women's health": Facility, "fairview medical lab": Facility, "stillwater veterans home": Facility, "mary": Name}},
			// after a town, the kind of care a clinic gives and its head; after a person, none
			{text: "labs from crestview clinical lab, results from lakeshore endocrine associates, my podiatrist at elmwood foot and ankle. i told linda home health helped",
				want: map[string]Type{"crestview clinical lab": Facility, "lakeshore endocrine associates": Facility, "elmwood foot and ankle": Facility}},
			// a practice that answers the phone in a call a recogniser labelled by numbered speakers, with shorthand enough for a note
			{text: "spk_0: good morning coastal orthopedic associates this is patrice\nspk_1: hi this is kim , about the mri and the pt cbc bmp\nspk_0: okay what is the name", want: map[string]Type{"coastal orthopedic associates": Location, "patrice": Name, "kim": Name}},
			// a practice named by how its phone is answered
			{text: "Front desk: Bright Smiles Family Dental, this is Rosalind. Caller: I'm with Ridgeline Physical Therapy. Doctor: Physical Therapy, this is the plan.",
				want: map[string]Type{"Bright Smiles Family Dental": Facility, "Ridgeline Physical Therapy": Location}, keep: []string{"Physical Therapy, this"}},
			{text: "the letter from doctor ansel brook medical director", keep: []string{"medical director"}},
			// after a name, a town or a hospital, a business's head after what qualifies it, and a specialty a practice is named for; not the specialist
			{text: "i switched to kessler family pharmacy. see ortho at bayview orthopedic within a week. the mri at mercy regional imaging. ask the bayview orthopedic surgeon", want: map[string]Type{"kessler family pharmacy": Location, "bayview orthopedic": Facility, "mercy regional imaging": Facility}, keep: []string{"orthopedic surgeon"}},
			// in lower-case speech a town of everyday words and a town's last word, where someone lives; not the garden
			{text: "she lives out in cedar hollow since dad passed. we live out in maple grove. she's out in the garden", want: map[string]Type{"cedar hollow": City, "maple grove": City}, keep: []string{"garden"}},
			// a town's two words passed by or through, and a word no list knows where a transcript says a town; not a word misspelt in a note
			{text: "[patient] the site is out by cedar hollow that new road. lost going through elm grove. [caregiver] she's moving to my place in quarrendon now", want: map[string]Type{"cedar hollow": City, "elm grove": City, "quarrendon": City}},
			{text: "no movement noted in extremeities. bleeding from hemrroids. i went by the creek", keep: []string{"extremeities", "hemrroids", "creek"}},
			// a place of a place-list word and a town's last word right after "at", where what is said pauses; not a place's kind
			{text: "[staff] welcome to the care meeting here at linden glen. [patient] she's at maple ridge now. we met at the creek, at eye level", want: map[string]Type{"linden glen": Location, "maple ridge": Location}, keep: []string{"creek", "eye level"}},
			// a town's first word that is shorthand as well as a name; the words that may follow a town; more of a town's last words; living with someone in a town
			{text: "he's over in fox hollow now. she lives with me in birch cove. they live out in heron park too", want: map[string]Type{"fox hollow": City, "birch cove": City, "heron park": City}},
			// a compass point opening a town's name; not "my lower back"
			{text: "we moved to linden court in east harwick. the pain in my lower back", want: map[string]Type{"east harwick": City}, keep: []string{"lower back"}},
			// a town where someone lives or grew up, before the clause ends; not a state of life
			{text: "i grew up in queens but moved. he lives out in flagstaff so i rarely visit. we live in hope. hiking out in colorado and", want: map[string]Type{"queens": City, "flagstaff": City}, keep: []string{"hope", "colorado"}},
			// a word no list knows before the head of a company's name, and the heads after it; an everyday word before it stays
			{text: "i'm at brightwater logistics, she's at copperline medical supply. avoid frozen foods", want: map[string]Type{"brightwater logistics": Location, "copperline medical supply": Location}, keep: []string{"frozen foods"}},
			// a town's last word after a town the lists know, where what is said pauses; a practice's site in a town of everyday words
			{text: "we live out in glen ellyn heights now. book it at the one in lantern point. the one in the middle", want: map[string]Type{"glen ellyn heights": City, "lantern point": City}, keep: []string{"middle"}},
			// a store chain with the street it is on, its suffix left out; not an everyday word after "on"
			{text: "[patient] the rite aid on fulton closed, so now the walgreens on halsted. the cvs on sale", want: map[string]Type{"rite aid": Location, "fulton": Address, "walgreens": Location, "halsted": Address}, keep: []string{"sale"}},
			// a restaurant named by everyday words where someone ate; not a table, a hall or a party
			{text: "we had supper at the wagon wheel out on route six. we ate at the kitchen table, lunch at the town hall", want: map[string]Type{"wagon wheel": Location}, keep: []string{"kitchen table", "town hall"}},
			// a chain's work site said by its kind after at/from/in; not the chain alone, nor its store (the store rules read where it is)
			{text: "he hurt his back at the costco distribution center. she's in the amazon warehouse now. we shop at kroger, the walmart store", want: map[string]Type{"costco distribution center": Location, "amazon warehouse": Location}, keep: []string{"kroger", "walmart store"}},
			// a hospital's campus by a compass point after its name; not where something is from it
			{text: "she had the baby at mercy east last spring. the clinic is at mercy hospital, west of the river", want: map[string]Type{"mercy east": Facility}, keep: []string{"west of"}},
			// a shop named by its head, or a place left unnamed, at the corner of two streets
			{text: "the marlowe pharmacy on ninth and spruce, and our house at elm and oak", want: map[string]Type{"marlowe pharmacy": Location, "ninth and spruce": Address, "elm and oak": Address}},
			// a chain's site said by the part of town it is in
			{text: "he missed dialysis at the davita eastside, and he shops at kroger", want: map[string]Type{"davita eastside": Location}, keep: []string{"kroger"}},
			// more chains in passing, with the street they are on
			{text: "this is gwen at the rexall on dunmore road. he cut his hand at the chipotle on broad street", want: map[string]Type{"rexall": Location, "chipotle": Location}},
			// a chain said with the town it is in, the town's compass point found first
			{text: "send it to the walgreens in east harwick instead", want: map[string]Type{"walgreens": Location, "east harwick": City}},
			// a chain at the corner of two streets, one numbered or both named like towns; not other things joined by "and"
			{text: "the walgreens at sixth and maple, or the cvs on elm and oak. the rite aid on sale and stuff, the cvs on second and third floors, the kroger at night and weekends", want: map[string]Type{"walgreens": Location, "sixth and maple": Address, "cvs": Location, "elm and oak": Address}, keep: []string{"sale and stuff", "second and third", "night and"}},
			// a place named by everyday words and then by its kind after "the"; not a kind after its kind
			{text: "[mother] he goes to little acorns the daycare. we talked to hartley and cook the funeral home. i drove to work the store was shut", want: map[string]Type{"little acorns": Location, "hartley and cook": Location}, keep: []string{"work", "store"}},
			// a store named by everyday words before its head, said with where it is; not what it sells, which of its kind, nor a weak head
			{text: "get it at the harbor foods on birch street. the tilley's general store in pine ridge has it", want: map[string]Type{"harbor foods": Location, "tilley's general store": Location}},
			{text: "the grocery store on birch street, the corner store on elm street, the support group at first baptist", keep: []string{"grocery", "corner", "support group"}},
			// cased text names a church by an ordinal and its faith with their capitals
			{text: "Chaplain: She asked me to let Pastor Jim at First Methodist know. We go to First Baptist on Sundays.", want: map[string]Type{"First Methodist": Location, "First Baptist": Location}},
			// everyday words that name a trade, before its head where someone is, works or goes; not what it sells or which one of its kind
			{text: "my shift at the bluebird bakery. we live out past the eagle ridge tavern. savings at tallgrass credit union", want: map[string]Type{"bluebird bakery": Location, "eagle ridge tavern": Location, "tallgrass credit union": Location}},
			// after a verb of going or taking, "to" says where too; not which one of its kind, nor "to" with no verb of going
			{text: "we drove to copper kettle diner, then took him to quarry hill brewing. going to the local diner. listen to the salty grill", want: map[string]Type{"copper kettle diner": Location, "quarry hill brewing": Location}, keep: []string{"local diner", "salty grill"}},
			{text: "lunch at the corner bakery, then the organic cafe, the hospital cafeteria, the salty foods, the pancake restaurant, the trade union", keep: []string{"corner bakery", "organic cafe", "hospital cafeteria", "salty foods", "pancake restaurant", "trade union"}},
			// a venue named by everyday words before its kind and head, where someone is, works or goes; not what it sells, which one of its kind, nor a kind alone
			{text: "she waits tables at the tin cup diner. he bought eggs from three oaks farm. we live at maple leaf mobile home park. i'm with quiet harbor counseling collective", want: map[string]Type{"tin cup diner": Location, "maple leaf mobile home park": Location, "quiet harbor counseling collective": Location}},
			// trades named by everyday words, with "and" between two of them; not a kind of trade
			{text: "he drives for red kite courier. she works for hale and birch roofing. he was in the marine corps, works at the local construction", want: map[string]Type{"red kite courier": Location, "hale and birch roofing": Location}, keep: []string{"marine corps", "local construction"}},
			// whose it is, in the possessive, names a venue after at/from/to; a trade's head that is a vehicle, a building or a skill; a comma sets the name off after its kind; not a relation's or an everyday word's, nor a verb inside
			{text: "she tends bar at quillan's tavern. he drives for red arrow cab. he works at the oakmont grain elevator. my uncle's company, silver pine lawn care. at my mom's salon, the farmer's market. he's at rutgers studying engineering", want: map[string]Type{"quillan's tavern": Location, "red arrow cab": Location, "oakmont grain elevator": Location, "silver pine lawn care": Location}, keep: []string{"mom's salon", "farmer's market", "studying engineering"}},
			// a Spanish article and a word no list knows after at or from; a place the lists know stays theirs
			{text: "he's at el tecolote every night. we ate at la palomita. she lives near la jolla", want: map[string]Type{"el tecolote": Location, "la palomita": Location}},
			// where someone lives after "live in"; "new" that opens a name; a recovery program; a mill after a name and what it makes; a house of worship opened by its kind; not a kind of neighbourhood
			{text: "i live in birchwood mobile home park. thirty days at new leaf recovery. he worked at the hartwell paper mill. we go to masjid al rahman. we live in a nice neighborhood", want: map[string]Type{"birchwood mobile home park": City, "new leaf recovery": Location, "hartwell paper mill": Location, "masjid al rahman": Location}, keep: []string{"nice neighborhood"}},
			// an assisted living named by everyday words; a spring is no verb; not a kind of care alone
			{text: "she's at happy trails assisted living now. the class at the wellspring youth center. she is in assisted living now", want: map[string]Type{"happy trails assisted living": Facility, "wellspring youth center": Location}, keep: []string{"in assisted living"}},
			// homes named by everyday words before their head ("apartments", "commons", "towers"); not which one of their kind
			{text: "mom lives at the aspen hill senior apartments. the stairs at larkspur commons are hard. we live at the new apartments", want: map[string]Type{"aspen hill senior apartments": Location, "larkspur commons": Location}, keep: []string{"new apartments"}},
			// a trade's name of three words after a town or a name
			{text: "he ran a lathe at brandt tool and die", want: map[string]Type{"brandt tool and die": Location}},
			{text: "he works at albin and sons. my wife and sons came", want: map[string]Type{"albin and sons": Location}, keep: []string{"wife and sons"}},
			{text: "pt works at ostrander tool & die, worried about fmla", want: map[string]Type{"ostrander tool & die": Location}},
			// a company by its legal form after its capitalised name, in any country's form; a blood group, a silver dressing and an Irish county stay
			{text: "Best wishes,\nPriya Rao\nSenior Analyst, Marlowe & Quill LLP", want: map[string]Type{"Marlowe & Quill LLP": Location}},
			{text: "We wrote to Shamrock Mutual Insurance DAC about it last week.", want: map[string]Type{"Shamrock Mutual Insurance DAC": Location}},
			{text: "Your consultant is Ingrid Holm at Nordic Wanderlust AB, as before.", want: map[string]Type{"Nordic Wanderlust AB": Location}},
			{text: "Her blood type is AB and she is fine. We used Aquacel Ag on the wound. They live in Ballintubber, Co. Roscommon now.", keep: []string{"type is AB", "Aquacel Ag", "Co. Roscommon"}},
			{text: "Pt worked for Quillan Instruments for 30 yrs. Surgical instruments counted.", want: map[string]Type{"Quillan Instruments": Location}, keep: []string{"Surgical instruments"}},
			// one word and a strong head with no article after "at" or "from"; after a reflexive "to" too; not a chain's, a size's or home's
			{text: "refills are over at lantern pharmacy. she drives herself to the lamp post diner. not at kroger pharmacy or at home daycare", want: map[string]Type{"lantern pharmacy": Location, "lamp post diner": Location}, keep: []string{"kroger pharmacy", "home daycare"}},
			{text: "we went to the ice cream shop, the local senior center, the drive thru pharmacy, the cheap pizza restaurant by the high school gym, the early learning center", keep: []string{"ice cream shop", "senior center", "drive thru pharmacy", "cheap pizza restaurant", "high school gym", "early learning center"}},
			// a practice's head, a head of care after its kind, whose place of its kind it is, driving for an employer; not care to start
			{text: "cleanings at open door dental. he was at sunbelt home medical. his preschool is tiny acorns montessori. i do deliveries for copper kettle bakery. going to start physical therapy", want: map[string]Type{"open door dental": Location, "sunbelt home medical": Location, "tiny acorns montessori": Location, "copper kettle bakery": Location}, keep: []string{"start physical therapy"}},
			// places to stay named by a town's or a name's word before their head; the kind alone names none
			{text: "she stays at the birch hollow motel by the hospital. we stayed at a cheap motel, then at the hotel", want: map[string]Type{"birch hollow motel": Location}, keep: []string{"cheap motel", "the hotel"}},
			// sites and clubs of a trade named by a name or a town's word; what a mill makes names none
			{text: "he worked at ostrander textile mill, she deals at the kestrel casino, the gym, vantor athletic club on pine street, said so. the paper mill, the casino, the book club", want: map[string]Type{"ostrander textile mill": Location, "kestrel casino": Location, "vantor athletic club": Location}, keep: []string{"paper mill", "the casino", "book club"}},
			// makers, labs and shops of one trade named by a word no list knows; the trade alone stays
			{text: "he was let go from corliss textiles, then tarnwood diagnostics called. we ran diagnostics, the textiles industry", want: map[string]Type{"corliss textiles": Location, "tarnwood diagnostics": Location}, keep: []string{"ran diagnostics", "the textiles"}},
			// a pharmacy, a tire shop, a seafood plant named by a word no list knows; "tire" the verb stays
			{text: "this is tomasz from brightline pharmacy. he's at northside tire nights. we tire easily", want: map[string]Type{"brightline pharmacy": Location, "northside tire": Location}, keep: []string{"tire easily"}},
			// counseling and therapy practices; a kind between the name and the head, after an everyday word only where someone goes; not advice
			{text: "she sees someone at bridgeway counseling. he was referred to cascade orthopedic group. i am going to recommend physical therapy", want: map[string]Type{"bridgeway counseling": Location, "cascade orthopedic group": Location}, keep: []string{"recommend physical therapy"}},
			// a place named by everyday words said with the street it is on, where what is said opens, after at/to/from or after its kind; not a thing of every street, nor which one of its kind
			{text: "[mother] yeah tiny tots on birch avenue. his daycare happy hollow on maple street. the traffic light on oak street, the new house on elm street", want: map[string]Type{"tiny tots": Location, "happy hollow": Location}, keep: []string{"traffic light", "new house"}},
			// a business or a practice answering its telephone by its name, before "this is" or "how can i help"; not its kind alone
			{text: "[staff] good morning, birchfield family medicine, this is rhea. [staff] family medicine, how can i help", want: map[string]Type{"birchfield family medicine": Location}, keep: []string{"family medicine, how"}},
			// who answers the telephone names the business after "for calling"; not the pharmacy
			{text: "thanks for calling cedar valley pharmacy, this is grace. thank you for calling the pharmacy", want: map[string]Type{"cedar valley pharmacy": Location}, keep: []string{"the pharmacy"}},
			// a word with a capital, no everyday word, after a person's name and "from"; a department stays
			{text: "Hi, I'm Guðrún Sigurðardóttir from Akureyri. Sarah Jones from Marketing called.", want: map[string]Type{"Akureyri": City}, keep: []string{"Marketing"}},
			// a company of everyday words, alone or with its store's kind, by where it is; not without a place
			{text: "i still go to planet fitness on main street. send it to the stop and shop pharmacy on granite street. we got it at home depot", want: map[string]Type{"planet fitness": Location, "stop and shop pharmacy": Location}, keep: []string{"home depot"}},
			// one word no list holds as an everyday word after "at", before where it is; "at home" stays
			{text: "the labs drawn at labcorp on boylston street are back. dialysis is at fresenius on route nine. i was at home in brockton", want: map[string]Type{"labcorp": Location, "fresenius": Location}, keep: []string{"home"}},
			// a chain's name and its store's kind, by where it is
			{text: "It's from the Costco pharmacy in Burnaby. We use Walmart pharmacy mostly.", want: map[string]Type{"Costco pharmacy": Location}, keep: []string{"Walmart"}},
			// a name or town before the head of a business's name; a possessive is whose, not which
			{text: "She sees someone at Macquarie Street Psychology. A docker at Surrey Docks, then Albin and Sons. Mary's pharmacy is closed", want: map[string]Type{"Macquarie Street Psychology": Location, "Surrey Docks": Location, "Albin and Sons": Location}, keep: []string{"pharmacy"}},
			// a chain's store by where it is; the chain alone stays, and cased text's lower-case word
			{text: "send it to the cvs on route nine. i got it at walgreens", want: map[string]Type{"cvs": Location}, keep: []string{"walgreens"}},
			{text: "Shall I send it to Boots on Queensway? He left his boots on Route 9", want: map[string]Type{"Boots": Location}, keep: []string{"boots"}},
		},
	},
	{
		Name:    "numbers/corrected",
		Types:   []Type{Phone, Fax, SSN, MRN, HealthPlan, Account, License, Vehicle, Device, ID, Zip, Address, Age},
		Sources: []string{SourceFalseStart, SourceNumberEnd},
		run:     (*scanner).correctedNumbers,
		gate:    func(s *scanner) bool { return s.any(fNumWord) && !s.cased && !s.notes },
		Examples: []example{
			// digits said, then corrected: the false start is the same identifier; a count put right is none
			{text: "my cell's three one two, no wait, three one three five five five eight two four seven. it's two two seven, no, two seventy two oak lane. take two, no, three a day", want: map[string]Type{"three one two": Phone, "two two seven": Address}, keep: []string{"take two"}},
			// the digit a speaker adds to a number read back short, opening the next turn; not a reading's digit
			{text: "[nurse] your account is eight one one four, four two what [patient] six [nurse] got it. your pulse is seventy two [patient] two", want: map[string]Type{"six": Account}, keep: []string{"[patient] two"}},
			// the last digits of a number said alone after "ending in", where the sentence names the number; not an ending of anything else
			{text: "her cell is the same as mine but ending in twenty two. the story ends in two parts", want: map[string]Type{"twenty two": Phone}, keep: []string{"two parts"}},
		},
	},
	{
		Name:    "dates/over-89",
		Types:   []Type{Date},
		Sources: []string{SourceKnownBirthYear, SourceBirthYear90, SourceYearAtAge90},
		run:     (*scanner).detectOver89,
		gate:    func(s *scanner) bool { return s.hasKind(tkNum) || s.any(fNumWord) },
		Examples: []example{
			{text: "1920. yes, nineteen twenty", enc: exampleEncounter90,
				want: map[string]Type{"1920": Date, "nineteen twenty": Date}},
			{text: "date of birth is nineteen twenty nine, she was born in thirty", enc: exampleEncounter90,
				want: map[string]Type{"nineteen twenty nine": Date, "thirty": Date}},
			{text: "Date of birth: August 3, 1925", enc: exampleEncounter90, want: map[string]Type{"August 3, 1925": Date}},
			{text: "I was born in 1931 and my wife turned ninety in 2019; her 100th birthday was in 2023", enc: exampleEncounter90,
				want: map[string]Type{"1931": Date, "2019": Date, "2023": Date}},
			{text: "she was born at 31 weeks, turned sixty in 2019, 1925 was a long time ago, born in thirty one", enc: exampleEncounter90,
				keep: []string{"31", "2019", "1925", "thirty one"}},
			// without the patient's age: the birth year of the known encounter is no identifier
			{text: "yes nineteen fifty six, that was 1956", enc: exampleEncounter, keep: []string{"1956", "nineteen fifty six"}},
		},
	},
	{
		Name:    "names/not-clinical",
		Types:   []Type{Name},
		Sources: nil, // removes name findings only
		run:     (*scanner).dropClinicalNames,
		Examples: []example{
			// a pet named after whose pet it is or before it, and the same word found by the lists alone elsewhere
			// a procedure named after a patient, two names before the head of an eponym
			{text: "i had tommy john surgery last year. my nephew tommy quist came", want: map[string]Type{"tommy quist": Name}, keep: []string{"tommy john surgery"}},
			// bladder irrigation named after its deviser: the head after the eponym
			{text: "GU: 3-WAY FOLEY W/ CBI (MURPHY DRIP) RUNNING. Dr. Murphy aware", want: map[string]Type{"Murphy": Name}, keep: []string{"MURPHY DRIP"}},
			{text: "[patient] my dog rosie jumped up and i fell\n[doctor] rosie 's your dog ?\n[patient] yes . my niece amara helps", want: map[string]Type{"amara": Name}, keep: []string{"rosie"}},
			// a disease named after the place it was found, where it is named and where its words are said again; a person so named stays
			{text: "GP: It might be Ross River virus. I'll do serology for Ross River. Watch for Murray Valley fever. My friend Ross Aldane came.", want: map[string]Type{"Ross Aldane": Name}, keep: []string{"Ross River", "Murray Valley"}},
			// vaccines and HIV medicines by their brand, and a mutation named after a city, are no names
			{text: "I got the MenACWY before college. I'm on Biktarvy, and Tylenol and Chloraseptic spray. Someone mentioned factor V Leiden. Dr. Quorrin saw me.", want: map[string]Type{"Quorrin": Name}, keep: []string{"MenACWY", "Biktarvy", "Chloraseptic", "V Leiden"}},
			// brands of medicine, kin words and greetings of the family's own language, and a doctor's label in French, are no names
			{text: "Médecin: Bonjour. Sister: Sawubona mama. Gogo gave her Panado, and Excedrin most days. Doctor: Give her some Endone. My gogo Thandeka came.", want: map[string]Type{"Thandeka": Name}, keep: []string{"Médecin", "Sawubona", "Gogo gave", "Panado", "Excedrin", "Endone"}},
			// a walking frame and a colostomy pouch by their eponyms; the surname with a title or a given name stays a name
			{text: "Mr. Zimmer came. He is mobilising with a Zimmer frame. Pt is POD 3, Hartmann's pouch. Nissen fundoplication 2019. Ana Finkelstein called.", want: map[string]Type{"Zimmer": Name, "Ana Finkelstein": Name}, keep: []string{"Zimmer frame", "Hartmann's pouch", "Nissen fundoplication"}},
			// in notes a maker's name where a line or a device goes: after an access site, before the device
			{text: "NEURO: A&OX3. RESP: LS CTA, NC 2L. CV: HR 88 SR. ACCESS: LSC Dorian, RIJ Tillman/pa. R FEMORAL Everett CATHETER placed, on a Corbin muir valve. Seen by Marla Wells.", keep: []string{"LSC Dorian", "Tillman", "Everett", "Corbin"}, want: map[string]Type{"Marla Wells": Name}},
			{text: "NEURO: A&OX3. RESP: LS CTA, NC 2L. CV: HR 88 SR. NARD. MOI: fall. RAC 20g, SPIRO INDEP, MAEs, per CARE VUE. Wife Nadine in.", keep: []string{"NARD", "MOI", "RAC", "SPIRO", "INDEP", "MAEs", "VUE"}, want: map[string]Type{"Nadine": Name}},
			// clinical words after a naming cue are no name
			{text: "we'll try something called Furosemide, then a rod called Implanon", keep: []string{"Furosemide", "Implanon"}},
			{text: "the antihistamine is called Fexofenadine, or one called Loratadine", keep: []string{"Fexofenadine", "Loratadine"}},
			// a race said of oneself is no surname; with a title it is one
			{text: "So you're sixty two years old, and Black. You saw Dr. Whyte", keep: []string{"Black"}, want: map[string]Type{"Whyte": Name}},
			{text: "I saw Dr. White today", want: map[string]Type{"White": Name}},
			// a royal title after "the" names no one in a record; a given name that is one still does
			{text: "my friend Prince came. The Princess Royal arrived, and the Duke of Kent", want: map[string]Type{"Prince": Name}, keep: []string{"Princess Royal", "Duke"}},
			{text: "then she went to Baylor Scott & White", want: map[string]Type{"White": Name}},
			{text: "a drink called Dioralyte. it is called Serotonin syndrome, it's called Carpal tunnel", keep: []string{"Dioralyte", "Serotonin", "Carpal"}},
			{text: "a condition named Charcot Marie Tooth, a bug called Enterococcus, something called Aspirin", keep: []string{"Charcot", "Marie", "Tooth", "Enterococcus", "Aspirin"}},
			{text: "it's called onychomycosis, a clot called d v t, a test called P S A", keep: []string{"onychomycosis", "d v t", "P S A"}},
			// in speech a name's last everyday word that goes on as a verb or a phrase's head is no surname; before what its bearer does it is
			{text: "i'll have nurse ignacio call you. ask rosalba mark down each cup. my wife marisol kind of pushed me. kwame bell said so", want: map[string]Type{"ignacio": Name, "rosalba": Name, "marisol": Name, "kwame bell": Name}, keep: []string{"call you", "mark down", "kind of"}},
			// a speaker label is a role
			{text: "Patient: I took it.\nDoctor: Okay.\nSpeaker 2: Fine.", keep: []string{"Patient", "Doctor", "Speaker"}},
			{text: "Bot: Where should we send it?\nUser: To my flat. My IBAN is on file.", keep: []string{"Bot", "User", "IBAN"}},
			// a role's initial or a numbered speaker labels a turn too, and a name ends before the next turn's label
			{text: "D: what brings you in\nP: my knee\nSPEAKER_01: i saw dr okonjo\nSpeaker 2: okay", want: map[string]Type{"okonjo": Name}, keep: []string{"D:", "P:", "SPEAKER_01", "Speaker 2"}},
			// the capitals of speakers' labels do not make lower-case speech cased
			{text: "SPEAKER_00: who came with you\nSPEAKER_01: my brother obinna drove me", want: map[string]Type{"obinna": Name}, keep: []string{"SPEAKER_00"}},
			// names after the same cues stay names
			{text: "my friend called Martha, a nurse named Zaveri, hi miss Sherry, call me Bill", want: map[string]Type{"Martha": Name, "Zaveri": Name, "Sherry": Name, "Bill": Name}},
			{text: "my daughter is called Grace and her son named Long", want: map[string]Type{"Grace": Name, "Long": Name}},
			// a health care proxy is named like a relative; cased notes write the name in lower case too
			{text: "Pt w/ HTN, CAD, DM2 s/p CABG, on Lasix and Coreg. Social: Pt has 2 children who act as his Health Care Proxys. odette and others; wife Mary visited.", want: map[string]Type{"odette": Name, "Mary": Name}},
			// "will" after a relation is a name when a verb a subject takes follows
			{text: "my nephew will drove her in; my son will drive her home", want: map[string]Type{"will": Name}, keep: []string{"will drive"}},
			{text: "wow miss graves your thyroid, and miss parkinson your tremor", want: map[string]Type{"graves": Name, "parkinson": Name}},
			// "miss" the verb takes no name after it
			{text: "have you had to miss work? did you miss school? hi miss jones", want: map[string]Type{"jones": Name}, keep: []string{"work", "school"}},
			{text: "Doctor: Hello, miss. How are you? Please call me back, or call me Sunny", want: map[string]Type{"Sunny": Name}, keep: []string{"How", "back"}},
			// letters spelled with no vowel, or an acronym's plural, spell no name
			{text: "you have mild G V H D and two M R I s; it's J O N E S", want: map[string]Type{"J O N E S": Name}, keep: []string{"G V H D", "R I s"}},
			{text: "Oksana: are you there?", want: map[string]Type{"Oksana": Name}},
			// a well-known given name that a list of non-identifying words also has
			{text: "my favourite story is that i had a sandra who hurt her knee", want: map[string]Type{"sandra": Name}},
			// a known identifier stays whatever the cue
			{text: "the doctor called Okonkwo", enc: exampleEncounter, want: map[string]Type{"Okonkwo": Name}},
		},
	},
	{
		Name:    "names/by-what-follows",
		Types:   []Type{Name},
		Sources: []string{"name/cue"},
		run:     (*scanner).namedByWhatFollows,
		gate:    func(s *scanner) bool { return s.any(fFirst) && len(s.found) > 0 },
		Examples: []example{
			// a given name before "from" and a company or a place found, before a telephone number, before a role set off; a thing after an article or a possessive stays
			{text: "my adjuster called yesterday heather from liberty mutual. the bill from the hospital came", want: map[string]Type{"heather": Name}, keep: []string{"bill"}},
			{text: "Caller: Deb from Providence Home Health, Wednesdays. Patient: or Grace, 503 555 8810. Dawn, the lactation lady, came. My bill from Acme Corp was high.", want: map[string]Type{"Deb": Name, "Grace": Name, "Dawn": Name}, keep: []string{"bill"}},
		},
	},
	{
		Name:    "repeats",
		Types:   []Type{Name, Facility, City, County, Location},
		Sources: []string{"repeat"},
		run:     (*scanner).repeatFindings,
		gate:    func(s *scanner) bool { return len(s.found) > 0 || len(s.carry) > 0 },
		Examples: []example{
			{text: "PT TRANSFERRED TO QMH FROM OSH. PLAN TO RETURN TO QMH WHEN STABLE.", want: map[string]Type{"QMH": Facility}},
			{text: "seen by Dr. Vashti Okoro. Plan per Okoro, will call. okoro aware", want: map[string]Type{"okoro": Name}},
			{text: "my son tobiah drove me. tobiah will pick me up, he will", keep: []string{"will", "he"}, want: map[string]Type{"tobiah": Name}},
			{text: "mr. will brown came, so will i", keep: []string{"so will"}},
			// a given name that is also a word, found once, again where only a person can stand: a possessive, before what a person did, called, spoken to
			{text: "[doctor] so hope keeps the folder? i hope so. will do. [patient] my daughter is hope, and my son will wrote it all down", want: map[string]Type{"hope": Name}, keep: []string{"i hope so", "will do"}},
			{text: "[doctor] do you have your card on you terry [patient] here. everybody calls me terry", want: map[string]Type{"terry": Name}},
			// a month's name found once, again spoken to after "okay" and set off by a comma; a month in a list stays
			{text: "[nurse] okay april, what's his name? okay, april and may are open\n[caller] this is april, i'm calling about my dad", want: map[string]Type{"april": Name}, keep: []string{"april and may"}},
			// a given name that is also a word, found once, again with its capital inside a sentence or after a semicolon; after an article, or a function word, or a saint's possessive stays
			{text: "Daughter is caregiver; Rich favors LTC. Son Richard (\"Rich\") Abernathy visits.", want: map[string]Type{"Rich": Name}},
			{text: "Son Richard (\"Rich\") Abernathy visits. Pt stable; Will reassess. Son Will at bedside. We drove on North Carolina roads to North Bend.", keep: []string{"Will reassess", "North Carolina"}},
			// a given name that is also a word, found once, again where it opens what is said before a comma; a word that opens it otherwise stays
			{text: "Patient: My name is CLIFF.\nNurse: Thanks. Cliff, can you step up here? Near the cliff edge.", want: map[string]Type{"Cliff": Name}, keep: []string{"cliff edge"}},
			{text: "[doctor] okay and grace can help with the dressings? [patient] yes, my wife grace. i hope can wait", want: map[string]Type{"grace": Name}, keep: []string{"hope"}},
			{text: "[patient] i'll have hope do it [doctor] good. i have hope for you [patient] my daughter hope set it up", want: map[string]Type{"hope": Name}, keep: []string{"have hope for"}},
			// a given name that is a country's too, where someone is or comes from; a person after "from" with no verb of moving
			{text: "her family is still in jordan, his parents came from chad", keep: []string{"jordan", "chad"}},
			{text: "i got a text from jordan", want: map[string]Type{"jordan": Name}},
			// a given name that is clinical shorthand too, again before what a person did, in speech; a word with an adjective or a possessive before it stays
			{text: "[patient] my aunt pearl had it too [doctor] and pearl was on insulin? [patient] yes. modern art came to town. my will is signed", want: map[string]Type{"pearl": Name}, keep: []string{"modern art", "my will"}},
			// a month that is a given name found, again before a modal where nothing dates it (TestMonthNameRepeats: not after "in" or "last")
			{text: "[patient] my aunt june lives near it [doctor] maybe june can drive you", want: map[string]Type{"june": Name}},
			// spoken to after a word of praise or greeting before a pause or "you"; asked about after "is" or "does" opening a question; not after an article
			{text: "[patient] my brother cliff drove me [doctor] that's great cliff, you're lucky. [patient] my son drew sat in [doctor] and is drew staying? the cliff fell. the drew said", want: map[string]Type{"cliff": Name, "drew": Name}, keep: []string{"the cliff", "the drew"}},
			// an everyday word that began a hospital's name is the hospital again only capitalised after a verb of moving
			{text: "Have Mercy; mercy rule. Transferred from Mercy Hospital. Later went to Mercy", want: map[string]Type{"Mercy Hospital": Facility}, keep: []string{"Have Mercy", "mercy rule"}},
			{text: "Then she went to Mercy, discharged from Mercy Hospital.", want: map[string]Type{"Mercy": Facility}},
		},
	},
	{
		Name:  "places/field-ends",
		Types: []Type{Address, Name, Facility},
		run:   (*scanner).endAtFieldLabels,
		gate:  func(s *scanner) bool { return len(s.found) > 0 && s.hasSeen(seenColon) },
		Examples: []example{
			// what ran on into the next field's label ends before it
			{text: "Pharmacy: CVS, 1500 Diamond Hill Rd\nSchool/daycare: none\nPreferred name: Marisa\nBirth hospital: Seton Medical Center", want: map[string]Type{"CVS, 1500 Diamond Hill Rd": Address, "Marisa": Name, "Seton Medical Center": Facility}, keep: []string{"School", "daycare", "Birth hospital"}},
		},
	},
	{
		Name:  "names/line-ends",
		Types: []Type{Name, Location, Facility, City, County, Address},
		run:   (*scanner).endAtLineBreaks,
		gate:  func(s *scanner) bool { return len(s.found) > 0 },
		Examples: []example{
			// a name of a person or a place ends where its line does or a column's gap opens; an address goes on to its town
			{text: "Yours sincerely,\n\nDr Ottilie Brandt\nConsultant Nephrologist\nWexham Park\n\nConsultant: Dr Nils Aaberg   Ward: Elm", want: map[string]Type{"Ottilie Brandt": Name, "Nils Aaberg": Name}, keep: []string{"Consultant Nephrologist", "Ward"}},
			{text: "Seen at Harrowgate Clinic\nPlan: rest\nLives at 14 Quarry Lane\nKeswick CA12 4PQ", keep: []string{"Plan"}},
			// a place read back across a line break from its head is on the head's line, however long the line before
			{text: "OBSTETRIC INTAKE SUMMARY\nLinden Springs Women's Pavilion at Eastbrook Regional Hospital", want: map[string]Type{"Eastbrook Regional Hospital": Facility}, keep: []string{"OBSTETRIC INTAKE SUMMARY"}},
		},
	},
}

// exampleEncounter90 is a synthetic encounter of a patient aged 100 at the
// visit.
var exampleEncounter90 = &Encounter{
	StartedAt: "2020-05-02T09:00:00Z",
	Patient:   &Patient{Name: "Ida Quenneville", BirthDate: "1920-01-15"},
}
