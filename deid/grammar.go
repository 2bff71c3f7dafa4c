package deid

import "github.com/deid-project/deid/deid/internal/lang/en"

// The engine's own word classes: small, hand-kept tables of the words that
// give context (titles, relations, street suffixes, units, cue words) and of
// the clinical vocabulary that must survive although it looks like a name.
// Each table is tested with examples in grammar_test.go.

var (
	months = map[string]int{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
		"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
		"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
		"december": 12, "dec": 12,
	}
	// numberWords are the spoken numbers below a hundred.
	numberWords = map[string]int{
		"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
		"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
		"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
		"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	ordinalWords = map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	}
)

const (
	weekdayWords = `monday tuesday wednesday thursday friday saturday sunday mon tues tue wed weds thu thur thurs fri sat sun`
	titleWords   = `dr doctor mr mrs ms miss mister missus mx nurse prof professor rev reverend pastor
		father sister brother judge officer sergeant captain coach np rn lpn
		dentist therapist counselor counsellor midwife chaplain sir madam maam`
	relationWords = `daughter son wife husband mother mom mum mommy mama father dad daddy papa sister brother
		sis bro aunt auntie uncle cousin niece nephew grandson granddaughter grandmother grandma granny nana
		grandfather grandpa grandad granddad grandchild grandkid grandkids stepson stepdaughter stepmother
		stepfather stepmom stepdad friend neighbor neighbour partner boyfriend girlfriend fiance fiancee spouse
		caregiver carer roommate child kid baby twin sibling in-law inlaws boss coworker colleague landlord
		guardian sponsor godmother godfather goddaughter godson`
	streetWords = `street st avenue ave av road rd drive dr lane ln boulevard blvd court ct way place pl
		circle cir parkway pkwy highway hwy terrace ter trail trl square sq alley aly route rte
		crescent cres close loop run pike turnpike row path walk expressway expy freeway fwy plaza
		grove heights hts hill ridge crossing xing commons cove bend landing`
	facilityWords = `hospital hospitals clinic clinics center centre infirmary hospice medical health healthcare
		sanatorium sanitarium nursing rehab rehabilitation pavilion institute`
	// facilityHeads end a facility name; the other facility words only
	// qualify one ("medical" in "past medical history" is not a place).
	facilityHeads = `hospital hospitals clinic clinics center centre infirmary hospice sanatorium sanitarium
		pavilion institute healthcare health care living practice associates`
	// places and peoples above the state level are not identifiers: they
	// must not be taken for names or cities when capitalised.
	countryWords = `america american americans usa us canada canadian mexico mexican england english britain
		british uk scotland scottish ireland irish wales welsh france french germany german italy italian
		spain spanish portugal portuguese russia russian china chinese japan japanese korea korean vietnam
		vietnamese india indian pakistan pakistani philippines filipino cuba cuban haiti haitian brazil
		brazilian africa african european europe asia asian latin latino latina hispanic caucasian arab
		arabic israel jewish muslim christian catholic hindu buddhist islam god jesus christ lord bible
		greek greece poland polish ukraine ukrainian iran iranian iraq iraqi egypt egyptian nigeria
		nigerian somali somalia ethiopia ethiopian kenya kenyan jamaica jamaican puerto rican dominican
		guatemala salvador honduras colombia colombian peru venezuela argentina chile australia australian
		sweden swedish norway norwegian denmark danish dutch netherlands holland belgium swiss switzerland
		austria turkish turkey thailand thai korea cambodia laos hmong taiwan singapore indonesia
		malaysia mandarin cantonese hebrew hindi urdu tagalog swahili amharic creole navajo native
		puerto rico guam samoa medicare medicaid tricare cobra covid coronavirus tylenol advil motrin aleve aetna humana cigna
		anthem bluecross blueshield unitedhealthcare optum molina centene wellcare
		cvs walgreens walmart costco kroger target amazon google apple facebook youtube zoom epic mychart`
	// eponyms are clinical words that look like names and must survive: a
	// surname in a name list, but here a disease, sign, device or test.
	eponymWords = `huntington huntingtons caprini padua khorana charlson elixhauser alvarado ballard
		dubowitz nottingham binet spetzler rankin zubrod lansky maddrey lille virchow virchows mcisaac
		centor ottawa mallampati cormack parkinson parkinsons parkinsonian parkinsonism crohn crohns graves foley hashimoto hashimotos
		alzheimer alzheimers cushing cushings cushingoid tourette tourettes raynaud raynauds hodgkin
		hodgkins apgar babinski glasgow wilms kaposi kaposis guillain barre sjogren sjogrens barrett
		barretts epley heimlich holter doppler whipple whipples lyme marfan marfans asperger aspergers
		meniere menieres munchausen wernicke korsakoff kawasaki reye reyes tay sachs klinefelter
		hirschsprung kussmaul cheyne mcburney rovsing homans trendelenburg valsalva romberg brudzinski
		kernig lachman mcmurray phalen tinel spurling hallpike breslow mallampati snellen
		rinne schirmer tzanck gram ziehl neelsen papanicolaou bence burkitt hurthle warthin zenker meckel
		meckels colles monteggia galeazzi dupuytren schlatter legg calve perthes achilles charcot
		creutzfeldt brugada prinzmetal takotsubo henoch schonlein wegener churg behcet felty reiter
		buerger dressler quincke osler adie gastaut rett angelman prader willi patau quervain riedel
		zollinger boerhaave schatzki crigler najjar chiari dandy alport fanconi bartter gitelman
		goodpasture kimmelstiel peyronie peyronies fournier lyell nikolsky koebner darier willebrand
		soulier glanzmann waldenstrom auer jolly pelger huet kegel lamaze naegele goodell hegar nitrazine
		ganz broviac groshong hemovac blakemore yankauer metzenbaum kocher allis deaver balfour gelpi
		weitlaner kerrison gigli hoyer epworth waterlow zung folstein karnofsky barthel rockall
		blatchford killip cockcroft gault friedewald biot sellick cormack lehane magill ambu venturi
		tenckhoff mahurkar cimino brescia silastic prolene vicryl monocryl tegaderm duoderm xeroform
		kerlix coban unna jobst bair zio luer pap heberden bouchard heberdens bouchards wernickes kohler
		lisfranc sachs bankart nissen roux billroth whipple mckeown bentall fontan blalock taussig jatene
		rastelli senning konno ebstein ebsteins fallot eisenmenger kartagener klippel trenaunay sturge
		rendu hippel lindau bourneville recklinghausen hurler scheie sanfilippo morquio gaucher niemann
		fabry pompe krabbe canavan duchenne dreifuss erb erbs klumpke guyon sheehans korsakoffs chagas
		hansens gehrig gehrigs`
	// eponymSurnames are common surnames that are clinical only before a
	// clinical head: "smith fracture", "baker's cyst", "wells score".
	eponymSurnames = `fitzpatrick gail tyrer cuzick lambert eaton fisher hunt hess martin bloom salmon durie geneva
		framingham smith jones barton hill baker morton tommy ross hunter lewis wells turner bennett fowler stokes
		adams murphy gilbert becker weber hicks glenn mustard tanner arnold emery pick hansen ivor lou
		osler wilson harris thomas allen patrick hawkins speed bishop apley ober thompson beck hamilton
		clark child duke grace ramsay richmond norton morse nelson simmons conn still young graham austin
		robertson jackson west edwards williams fragile christmas barr bell bells addison addisons
		turners finkelstein gleason pugh salter janeway horner sheehan mallory plummer vinson gilberts
		budd bowen bowens hailey spitz howell braxton leopold chadwick swan hickman penrose babcock
		fowlers stryker braden lawton katz ranson macintosh norwood coombs ewing ewings merkel rolando
		osgood jakob wolff corrigan lennox noonan ellison liddle wickham sternberg hartmann paget pagets
		down downs `
	// eponymHeads follow an eponym and show it is one ("graves disease").
	eponymHeads = `disease diseases syndrome syndromes sign signs test tests maneuver manoeuvre reflex score scale
		criteria catheter catheters palsy fracture tumor tumour lymphoma sarcoma cyst phenomenon law triad
		classification procedure operation stockings hose tube drain forceps retractor position method
		node nodes lesion lesions esophagus oesophagus ulcer ulcers diverticulum sarcoidosis anomaly
		aneurysm disorder contracture neuroma ring rings body bodies cell cells bag monitor monitoring
		thyroiditis encephalopathy dementia chorea neuropathy arthropathy staging stage grade index
		equation formula balloon line valve shunt procedure repair fundoplication protocol regimen
		tremor gait plan stain stains spots nodules risk model rule rules modification grade class system type`
	stopWords = `a an the and or but nor if so as at by for from in into of off on onto out over to up upon
		with within without about above after again against all am any are aren't be because been before
		being below between both can can't cannot could couldn't did didn't do does doesn't doing don't down
		during each few further had hadn't has hasn't have haven't having he he'd he'll he's her here here's
		hers herself him himself his how how's i i'd i'll i'm i've is isn't it it's its itself let's me more
		most mustn't my myself no not now once only other ought our ours ourselves own same shan't she she'd
		she'll she's should shouldn't some such than that that's their theirs them themselves then there
		there's these they they'd they'll they're they've this those through too under until very was
		wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who
		who's whom why why's will won't would wouldn't you you'd you'll you're you've your yours yourself
		yourselves just also said says say told tell tells asked asks wants want wanted thinks think thought
		thinks gave give gives sent send will may might must shall should yes yeah no nope okay ok um uh
		well right sure please thanks thank sorry see saw seen come came comes go goes went gone get got
		gets make made makes take took takes know knew knows feel felt feels here there today tomorrow
		yesterday tonight now again still already ever never always sometimes office visit appointment
		note notes order orders recommended recommends prescribed prescribes ordered started stopped
		changed increased decreased checked looked called calls wrote writes mentioned explained
		suggested referred refers practitioner assistant team staff station aide tech technician
		everyone everybody someone somebody anyone anybody nobody people person patient patients
		doctor doctors nurse nurses dr mr mrs ms miss said`
	determinerWords = `the a an my your his her our their its this that these those any every each some no
		whose which what another other`
	unitWords = `mg mgs milligram milligrams mcg microgram micrograms g gram grams gm kg kilo kilos kilogram kilograms
		lb lbs pound pounds oz ounce ounces ml mls milliliter milliliters millilitre cc ccs l liter liters
		litre unit units iu meq mmol mmhg mm cm centimeter centimeters inch inches ft feet foot mile miles
		km meter meters percent pct times tablets tablet tabs pills pill capsules caps puffs drops doses
		dose hours hour hrs hr minutes minute mins min seconds secs sec days day weeks week months month
		years year yrs yr bpm beats breaths calories kcal steps cells platelets copies dollars bucks cents
		degrees celsius fahrenheit mmol/l mg/dl ng ng/ml pg iu/l u/l cigarettes cigs packs drinks beers
		glasses cups servings people times`
	measureWords = `count counts level levels platelet platelets wbc rbc hgb hemoglobin glucose sugar cholesterol
		ldl hdl triglycerides tsh psa cd4 viral load a1c weight weighs weighed height pressure bp pulse
		rate temperature temp saturation sat sats score steps calories income salary cost costs price paid
		owe owes about approximately around roughly nearly over under dollars miles
		ps psv cpap bipap peep ips simv imv fio2 vent vents tv vt rr hr sbp dbp map cvp pap pcwp svr co ci
		abg abgs rales crackles wedge settings setting`
	holidayWords = `christmas xmas thanksgiving easter halloween hanukkah chanukah kwanzaa passover ramadan eid
		diwali`
	locPrepWords         = `in from near to at outside inside around toward towards across via of`
	datePrepWords        = `on since until till til by before after from dated due as of between through thru during`
	directionWords       = `north south east west n s e w ne nw se sw northeast northwest southeast southwest`
	unitSuffixWords      = `apt apartment suite ste unit room rm floor fl bldg building lot box`
	genericFacilityWords = `the a an this that our your his her my their local county city state general
		community regional university medical children's childrens womens women's veterans va memorial
		main big new old same other nearest nearby another big cardiology oncology pain eye dental
		urgent walk walk-in care family primary sleep fertility cancer heart kidney dialysis surgery
		surgical imaging radiology psychiatric mental behavioral health rehab physical therapy
		orthopedic orthopaedic pediatric neurology diabetes wound allergy vascular vein spine sports
		teaching private public free student campus employee occupational travel specialty
		outpatient inpatient emergency trauma er va's clinic hospital center pulmonary medicine internal
		orthopedics dermatology gastroenterology urology nephrology neurology psychiatry obstetrics
		gynecology pediatrics endocrinology rheumatology hematology infectious disease diseases lung liver
		breast mens men's womens transplant hearing speech vision optometry podiatry audiology maternity
		birth birthing addiction recovery detox methadone infusion chemo chemotherapy lab laboratory
		blood donor health medical nursing home`
	// brandWords are drug, device and supply brands that clinical text
	// writes with a capital: not identifiers, though some are also names
	// (Allegra) or no English word (Purewick).
	brandWords = `dax dragon alexa siri cortana purewick dobhoff mepilex accuchek accucheck accuchecks pyxis omnicell telfa allevyn aquacel
		prevalon theraworx biopatch mediport portacath pleurx shiley passy muir optiflow airvo vapotherm
		alaris kangaroo scds teds zoll lifepak dinamap dexcom omnipod tandem minimed lifevest impella
		heartmate medflight lifeflight allegra lyrica celexa cipro flexeril norco xanax ativan zofran
		toradol lipitor crestor zocor plavix coumadin eliquis xarelto lovenox lasix keppra dilantin
		depakote seroquel haldol zyprexa risperdal abilify prozac zoloft lexapro paxil wellbutrin
		cymbalta effexor ambien synthroid glucophage januvia jardiance farxiga ozempic wegovy trulicity
		mounjaro lantus humalog novolog levemir tresiba humira enbrel remicade keytruda opdivo neulasta
		zyrtec claritin benadryl sudafed mucinex prilosec nexium protonix pepcid zantac flomax proscar
		viagra cialis adderall ritalin concerta vyvanse suboxone narcan percocet vicodin dilaudid oxycontin
		ultram neurontin medrol entresto brilinta cardizem norvasc zestril lopressor toprol coreg
		aldactone spiriva symbicort advair albuterol proair ventolin singulair flovent dulera breo
		trelegy xolair dupixent cetaphil eucerin aquaphor vaseline miralax colace senokot dulcolax
		metamucil imodium pedialyte ensure glucerna boost nepro jevity osmolite vital peptamen
		epipen auvi medifast dosepak zpak zithromax augmentin keflex bactrim macrobid levaquin
		tamiflu paxlovid valtrex diflucan flagyl vanco zosyn cefepime rocephin unasyn`
	landmarkWords = `park estates farm farms lake mall plaza village manor ranch gardens garden woods beach
		island creek hills chapel church cemetery school academy college university stadium arena pier
		harbor harbour marina campground apartments towers condos complex subdivision neighborhood
		neighbourhood community commons courts meadows pines acres springs grove orchard vineyard
		library museum zoo airport station temple mosque synagogue cathedral parish elementary`
	nameCueWords  = `named called name name's names nicknamed aka surname`
	greetingWords = `hi hello hey thanks bye goodbye morning afternoon evening welcome dear`
)

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
	l.addWords(fWeekday, weekdayWords)
	l.addWords(fTitle, titleWords)
	l.addWords(fRelation, relationWords)
	l.addWords(fStreet, streetWords)
	l.addWords(fFacility, facilityWords)
	l.addWords(fFacHead, facilityHeads)
	l.addWords(fCountry, countryWords)
	l.addWords(fLandmark, landmarkWords)
	l.addWords(fCountry, brandWords)
	l.addWords(fIntro, "im this its mr call calls thank spelled spell spells as tell")
	l.addWords(fMultiplier, "double triple")
	l.addWords(fCountyWord, "county parish")
	l.addWords(fPO, "po p")
	l.addWords(fPersonVerb, `said says told tells asked asks called calls thinks thought wants wanted came comes
		went goes drove drives brought brings picked helped helps took takes gave gives knows knew mentioned
		explained works worked lives lived passed died visits visited stayed stays found noticed`)
	l.addWords(fParticle, "al el de del della da di van von der den la le du bin ibn abu")
	l.addWords(fEponym, eponymWords)
	l.addWords(fEpoSurname, eponymSurnames)
	l.addWords(fEpoHead, eponymHeads)
	l.addWords(fStop, stopWords)
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
	l.addWords(fDeterminer, determinerWords)
	l.addWords(fUnit, unitWords)
	l.addWords(fMeasure, measureWords)
	l.addWords(fHoliday, holidayWords)
	l.addWords(fLocPrep, locPrepWords)
	l.addWords(fDatePrep, datePrepWords)
	l.addWords(fDirection, directionWords)
	l.addWords(fUnitSuffix, unitSuffixWords)
	l.addWords(fGeneric, genericFacilityWords)
	l.addWords(fNameCue, nameCueWords)
	l.addWords(fGreeting, greetingWords)
	// Filler and chat words of speech that the name lists carry.
	l.addWords(fCommon|fStop, `um umm uh uhh hmm mm mhm erm er ah oh yeah yep yup nope nah okay ok hey hiya bye
		kinda gonna wanna gotta lemme dunno gimme sorta alright alrighty huh aye ow aw eh guy guys sir
		thousand hundred million guess guest pee wee loo cheers brilliant uhm okey howd whatd whod
		whered wheres hows whats thats lets its hon honey sweetie sweetheart dear buddy pal darling love
		mate dude bud kiddo dea npi mrn ssn dob`)
}
