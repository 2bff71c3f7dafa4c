package classify

// Rule is the vocabulary of one category, gitleaks-style: the terms that
// mention it, the exceptions that contain a term but do not, and examples it
// must and must not match, which TestRules checks for every rule.
//
// Terms are lower-case words or phrases matched on whole words of
// lower-cased text, the way ASR writes it. Recall comes first: a term that is
// usually a mention of the category is in, even if it is sometimes not
// ("anxiety"); a term that is usually something else is in only as a phrase
// ("smoking weed", not "weed") or with exceptions ("rehab" but not "cardiac
// rehab").
type Rule struct {
	Category Category
	// Terms are words and phrases that mention the category.
	Terms []string
	// Spelled are acronyms matched whole ("hiv") and spelled out as ASR
	// writes them ("h i v", which "H.I.V." also tokenizes to).
	Spelled []string
	// Cased are single words that mention the category only in this exact
	// case: "PrEP" (not "prep for the colonoscopy"), "AIDS" (not "hearing
	// aids"). Lower-case ASR text loses them; the phrases in Terms catch the
	// usual lower-case contexts.
	Cased []string
	// Except are phrases that contain a term but do not mention the category
	// ("st depression" on an ECG). They must not contain a term of another
	// category (TestRules checks).
	Except []string
	// Match and NoMatch are examples the rule must and must not match.
	Match, NoMatch []string
}

// Rules returns the built-in rules, one per category.
func Rules() []Rule {
	return []Rule{substanceUse(), mentalHealth(), hivSTI(), reproductiveHealth(), genetics()}
}

// substanceUse: 42 CFR Part 2 protects records of substance use disorder
// treatment. Alcohol, tobacco and caffeine alone are not terms: every social
// history asks about them. Opioids prescribed for pain are not either; their
// misuse is.
func substanceUse() Rule {
	return Rule{
		Category: SubstanceUse,
		Terms: []string{
			"substance use", "substance use disorder", "substance abuse", "substance misuse",
			"drug abuse", "drug addiction", "drug addict", "drug use", "drug user", "drug misuse",
			"illicit drug", "illicit drugs", "street drugs", "recreational drug", "recreational drugs",
			"iv drug", "iv drugs", "iv drug use", "injection drug use", "injecting drugs", "shooting up", "ivdu",
			"addiction", "addicted", "addict", "overdose", "overdosed", "overdosing", "overdoses",
			"opioid use disorder", "opioid addiction", "opioid dependence", "opioid abuse", "opioid misuse",
			"opioid overdose", "opioid withdrawal", "opiate addiction", "opiate withdrawal", "opiate abuse",
			"alcohol use disorder", "alcohol abuse", "alcohol dependence", "alcohol withdrawal", "alcoholism",
			"alcoholic", "alcoholics", "alcoholics anonymous", "binge drinking", "heavy drinking", "heavy drinker",
			"problem drinking", "delirium tremens", "audit c",
			"aa meeting", "aa meetings", "narcotics anonymous", "na meeting", "na meetings", "twelve step", "12 step",
			"sober", "sobriety", "detox", "detoxification", "rehab",
			"methadone", "methadone clinic", "buprenorphine", "suboxone", "subutex", "sublocade", "zubsolv",
			"vivitrol", "naltrexone", "naloxone", "narcan",
			"heroin", "fentanyl", "cocaine", "crack cocaine", "crack pipe", "smoking crack",
			"meth", "methamphetamine", "methamphetamines", "crystal meth",
			"marijuana", "cannabis", "thc", "smoke weed", "smoking weed", "smokes weed", "smoke pot", "smoking pot",
			"ecstasy", "mdma", "lsd", "psilocybin", "magic mushrooms", "kratom",
			"needle exchange", "syringe exchange", "syringe services",
		},
		Spelled: []string{"oud"},
		Except: []string{
			"cardiac rehab", "pulmonary rehab", "physical rehab", "stroke rehab", "vestibular rehab",
			"knee rehab", "hip rehab", "shoulder rehab", "rehab exercises", "detox tea", "juice detox", "detox diet",
		},
		Match: []string{
			"she has opioid use disorder and is on suboxone",
			"i go to AA meetings every week",
			"he was in rehab for alcohol last year",
			"history of IV drug use",
			"denies heroin use", // negation-insensitive: a mention routes
			"urine was positive for fentanyl and cocaine",
			"we gave him Narcan in the field",
			"crystal meth",
			"i smoke weed on weekends",
			"he comes from the methadone clinic",
			"alcohol-use disorder, in remission",
			"o u d",
			"she's been sober for two years",
		},
		NoMatch: []string{
			"he starts cardiac rehab next week",
			"pulmonary rehab helped her breathing",
			"methotrexate for her arthritis",
			"methylprednisolone taper",
			"a glass of wine with dinner, no tobacco",
			"the skin on her heels is cracked",
			"she pulls weeds in the garden",
			"oxycodone for pain after the surgery",
			"the detox tea did nothing",
			"pcp follow up in two weeks",
		},
	}
}

// mentalHealth: psychiatric conditions, their treatment and clinicians.
// Therapy alone is not a term (physical, radiation, drug therapy); therapist
// is, with the other kinds of therapist as exceptions.
func mentalHealth() Rule {
	return Rule{
		Category: MentalHealth,
		Terms: []string{
			"mental health", "mental illness", "behavioral health", "behavioural health",
			"depression", "depressed", "depressive", "major depressive disorder", "postpartum depression",
			"anxiety", "generalized anxiety disorder", "panic attack", "panic attacks", "panic disorder",
			"bipolar", "bipolar disorder", "manic", "mania", "schizophrenia", "schizophrenic", "schizoaffective",
			"psychosis", "psychotic", "hearing voices", "paranoid schizophrenia",
			"suicide", "suicidal", "suicidal ideation", "suicidal thoughts", "self harm", "cutting myself",
			"kill myself", "hurt myself", "end my life",
			"post traumatic stress", "post traumatic stress disorder", "obsessive compulsive",
			"eating disorder", "anorexia nervosa", "bulimia", "binge eating", "personality disorder",
			"borderline personality",
			"psychiatrist", "psychiatry", "psychiatric", "psych ward", "psychologist", "psychotherapy",
			"therapist", "talk therapy", "cognitive behavioral therapy", "dialectical behavior therapy",
			"in therapy", "therapy session", "therapy sessions", "group therapy", "couples therapy",
			"antidepressant", "antidepressants", "anti depressant", "anti depressants",
			"antipsychotic", "antipsychotics", "mood stabilizer", "mood stabilizers",
			"sertraline", "zoloft", "fluoxetine", "prozac", "escitalopram", "lexapro", "citalopram", "celexa",
			"paroxetine", "paxil", "venlafaxine", "effexor", "desvenlafaxine", "pristiq", "duloxetine", "cymbalta",
			"bupropion", "wellbutrin", "mirtazapine", "remeron", "trazodone", "lithium", "quetiapine", "seroquel",
			"aripiprazole", "abilify", "olanzapine", "zyprexa", "risperidone", "risperdal", "clozapine",
			"lurasidone", "latuda", "buspirone", "buspar", "phq 9", "phq9", "gad 7", "gad7",
		},
		Spelled: []string{"ptsd", "ocd", "adhd", "cbt", "dbt", "emdr", "ssri", "ssris", "snri", "mdd"},
		Except: []string{
			"st depression", "st depressions", "st segment depression", "respiratory depression",
			"bone marrow depression", "marrow depression", "depressed skull fracture", "depressed fracture",
			"physical therapist", "occupational therapist", "respiratory therapist", "speech therapist",
			"massage therapist", "radiation therapist", "lithium battery",
		},
		Match: []string{
			"i've been feeling really depressed lately",
			"history of PTSD from his deployment",
			"p t s d",
			"she sees a psychiatrist every month",
			"started sertraline fifty milligrams",
			"any thoughts of suicide",
			"bipolar disorder, stable on lithium",
			"my therapist says it's getting better",
			"Zoloft",
			"her anxiety is worse at night",
		},
		NoMatch: []string{
			"there is ST depression in leads v4 to v6",
			"watch for respiratory depression with the opioids",
			"she is doing physical therapy twice a week",
			"my physical therapist gave me exercises",
			"radiation therapy starts monday",
			"the patient is anxious to get home",
			"a depressed skull fracture on ct",
		},
	}
}

// hivSTI: HIV and sexually transmitted infections. "prep" and "aids" are
// common words in lower case; they count in their cased forms or in
// phrases.
func hivSTI() Rule {
	return Rule{
		Category: HIVSTI,
		Terms: []string{
			"human immunodeficiency virus", "acquired immunodeficiency syndrome", "hiv aids", "full blown aids",
			"antiretroviral", "antiretrovirals", "antiretroviral therapy", "haart", "viral load", "cd4", "cd4 count",
			"truvada", "descovy", "biktarvy", "genvoya", "triumeq", "dovato", "cabotegravir",
			"pre exposure prophylaxis", "post exposure prophylaxis", "on prep", "taking prep", "prep for hiv",
			"prep prescription", "prep medication",
			"sexually transmitted", "sexually transmitted infection", "sexually transmitted infections",
			"sexually transmitted disease", "sexually transmitted diseases", "stis", "stds",
			"syphilis", "chlamydia", "gonorrhea", "gonorrhoea", "trichomoniasis", "trichomonas", "herpes",
			"genital herpes", "hsv 2", "hsv2", "genital warts", "human papillomavirus", "chancroid",
			"mycoplasma genitalium", "rpr",
		},
		Spelled: []string{"hiv", "sti", "std", "hpv"},
		Cased:   []string{"PrEP", "AIDS"},
		Except:  []string{"herpes zoster"},
		Match: []string{
			"he is hiv positive",
			"her viral load is undetectable",
			"we'll send an h i v test",
			"started PrEP last month",
			"she's on prep for hiv prevention",
			"history of chlamydia, treated",
			"tested for STDs last year",
			"CD4 count is 600",
			"diagnosed with AIDS in 1995",
		},
		NoMatch: []string{
			"bowel prep before the colonoscopy",
			"prep the skin with chlorhexidine",
			"his new hearing aids",
			"it aids digestion",
			"herpes zoster on the left flank",
			"the cd scan", // not cd4
		},
	}
}

// reproductiveHealth: pregnancy, contraception, abortion, fertility.
func reproductiveHealth() Rule {
	return Rule{
		Category: ReproductiveHealth,
		Terms: []string{
			"pregnancy", "pregnancies", "pregnant", "prenatal", "antenatal", "postpartum", "post partum",
			"postpartum depression", "trimester", "gestational", "gestation", "weeks pregnant",
			"obstetric", "obstetrics", "obstetrician", "ob gyn", "obgyn", "gynecologist", "gynaecologist",
			"contraception", "contraceptive", "contraceptives", "birth control", "oral contraceptive",
			"intrauterine device", "mirena", "paragard", "kyleena", "nexplanon", "depo provera", "depo shot",
			"nuvaring", "morning after pill", "emergency contraception",
			"abortion", "abortions", "termination of pregnancy", "mifepristone", "misoprostol",
			"miscarriage", "miscarriages", "miscarried", "stillbirth", "stillborn", "ectopic",
			"in vitro fertilization", "in vitro fertilisation", "infertility", "fertility", "fertility treatment",
			"egg freezing", "embryo transfer", "intrauterine insemination", "tubal ligation", "tubes tied",
			"vasectomy", "c section", "cesarean", "caesarean", "labor and delivery",
		},
		Spelled: []string{"ivf", "iud", "iui"},
		Match: []string{
			"i'm pregnant again",
			"she had a miscarriage last year",
			"we're doing IVF",
			"we tried i v f twice",
			"she wants an iud",
			"on birth control pills",
			"history of two abortions",
			"prenatal vitamins",
			"she's twelve weeks pregnant",
			"delivered by C-section",
		},
		NoMatch: []string{
			"fertilizer for the lawn",
			"in vitro studies show",
			"labor day weekend",
			"plan b is surgery",
			"she is expecting the results",
		},
	}
}

// genetics: genetic testing and genetic information (GINA).
func genetics() Rule {
	return Rule{
		Category: Genetics,
		Terms: []string{
			"genetic", "genetics", "genetically", "genetic testing", "genetic test", "genetic tests",
			"genetic screening", "genetic counseling", "genetic counselling", "genetic counselor",
			"genetic counsellor", "genetic mutation", "gene mutation", "genetic variant",
			"brca1", "brca2", "brca gene", "lynch syndrome", "carrier screening", "carrier testing", "carrier status",
			"karyotype", "karyotyping", "chromosome analysis", "chromosomal microarray",
			"exome", "exome sequencing", "genome sequencing", "whole genome", "genomic testing",
			"huntingtons", "huntingtons disease", "huntington disease", "huntington gene", "huntington gene test",
			"huntingtin", "23andme", "ancestry dna", "dna test", "dna testing", "paternity test",
			"cystic fibrosis carrier", "sickle cell trait", "factor v leiden", "apoe4", "tay sachs", "fragile x",
			"amniocentesis", "noninvasive prenatal testing",
		},
		Spelled: []string{"brca", "nipt"},
		Match: []string{
			"we sent off genetic testing",
			"she carries a BRCA1 mutation",
			"b r c a",
			"carrier screening for cystic fibrosis",
			"the karyotype was normal",
			"her father had Huntington's disease",
			"the huntington gene test came back",
			"did one of those 23andMe kits",
		},
		NoMatch: []string{
			"he lives in huntington beach",
			"the generic version of the drug",
			"genesis of the problem",
		},
	}
}
