package classify

import "testing"

// TestEnglishInference: disclosures by inference in English notes written
// the way other hands write them (issue 16; docs/labeling.md "Indirect
// disclosure counts"), each class with its near misses. The names of the
// test cases, never the texts, are printed on failure.
func TestEnglishInference(t *testing.T) {
	tests := []struct {
		name, text string
		cat        Category
		want       bool
		reason     string
	}{
		// A same-sex partner after an informal relation word and a first name.
		{"ex by name", "She mentioned her ex, Laura, still has a key.", SexLifeOrientation, true, "her ex with a woman's first name (name-f)"},
		{"ex other sex", "She mentioned her ex, Mark, still has a key.", SexLifeOrientation, false, "a partner of the other sex"},
		{"other half", "The customer, a Mr Reid, said his other half Steven handles the bills.", SexLifeOrientation, true, "his other half with a man's first name"},
		{"other half other sex", "Mr Reid said his other half Sarah handles the bills.", SexLifeOrientation, false, "a partner of the other sex"},
		{"spouse listed as", "Applicant Emily Ross lists her spouse as Hannah Ross on the form.", SexLifeOrientation, true, "a form lists the spouse as a name (words.tsv with: as)"},
		{"spouse listed as other sex", "Applicant Emily Ross lists her spouse as Richard Ross on the form.", SexLifeOrientation, false, "a spouse of the other sex"},
		{"missus said by a woman", "Ms Kaur said the missus will ring back to confirm.", SexLifeOrientation, true, "the missus, said by a woman (speaker-f)"},
		{"missus said by a man", "Mr Kaur said the missus will ring back to confirm.", SexLifeOrientation, false, "a man's wife"},
		{"letter to a woman", "Dear Mrs Allen, we have added your wife to the policy.", SexLifeOrientation, true, "your wife, written to a woman"},
		{"letter to a man", "Dear Mr Allen, we have added your wife to the policy.", SexLifeOrientation, false, "a man's wife"},
		{"pride window", "Our gay pride window display goes up in June.", SexLifeOrientation, false, "a shop display names nobody"},
		// A party: membership, vote, candidacy; not a party as a customer.
		{"vote by short name de", "Mr Vogel votes BSW at every election.", PoliticalOpinions, true, "a party's short name after a link word (Bundeswahlleiterin)"},
		{"short name as supplier", "BSW Timber invoice paid.", PoliticalOpinions, false, "no link word: a company"},
		{"vote by short name be", "Mme Lambert votes PTB at every election.", PoliticalOpinions, true, "a Belgian party's short name after a link word (IBZ)"},
		{"metrology", "PTB calibration certificate attached for the scales.", PoliticalOpinions, false, "no link word: Germany's metrology institute"},
		{"bank", "He is a member of staff at BNP Paribas.", PoliticalOpinions, false, "the bank, not the party"},
		{"candidate of a year", "He was a Green candidate in the 2023 local elections.", PoliticalOpinions, true, "a party's candidate in an election"},
		{"green candidates for a job", "Green candidates for the new job were interviewed.", PoliticalOpinions, false, "green at the start of a sentence, a job's candidates"},
		{"labour ward", "She's a member of the Labour ward team, her shifts change weekly.", PoliticalOpinions, false, "a maternity ward"},
		{"libertarian", "He ran for the state senate as a Libertarian.", PoliticalOpinions, true, "a party named with a capital (cap)"},
		// Biometric enrolment against the product.
		{"thumb scan", "Bob's thumb scan didn't register so he used his badge instead.", Biometric, true, "a person's thumb scan"},
		{"fingerprint powder", "Fingerprint powder and brushes ordered for the forensic training course.", Biometric, false, "a forensic product (after: powder)"},
		{"demo", "Product demo of palm vein authentication for the bank.", Biometric, false, "a product demo"},
		{"rollout", "Voice authentication rollout is planned for Q3.", Biometric, false, "a system rollout"},
		// Criminal history in everyday English; fiction, races and queues are not.
		{"dbs came back with", "Mr Green's enhanced DBS came back with something from 2015.", Criminal, true, "a DBS certificate that shows something"},
		{"dbs clear", "The DBS check for Mrs Lee came back clear.", Criminal, false, "a clear DBS check"},
		{"dbs came back with nothing", "Her DBS came back with nothing on it, she starts Monday.", Criminal, false, "a DBS check that shows nothing"},
		{"charged with an offence", "She was charged with ABH after the fight.", Criminal, true, "charged with a named offence (link)"},
		{"charged a fee", "He was charged 40 pounds for the late delivery.", Criminal, false, "a fee"},
		{"charged with a task", "He was charged with setting up the new printers.", Criminal, false, "no offence named"},
		{"inside", "He was inside for five years, got out in 2021.", Criminal, true, "prison in everyday words"},
		{"licence conditions", "His licence conditions mean he can't contact the victim.", Criminal, true, "a released prisoner's licence"},
		{"software licence", "Licence renewal for the software is due in March.", Criminal, false, "a software licence"},
		{"yot", "Young person is known to the YOT.", Criminal, true, "a youth offending team"},
		{"felony", "His background check came back with a felony.", Criminal, true, "a US felony record"},
		{"time trials", "He's doing time trials on his bike this weekend.", Criminal, false, "a race"},
		{"crime novel", "He's reading a crime novel about a man out on parole.", Criminal, false, "fiction"},
		{"police drama", "He plays the suspect in the new police drama.", Criminal, false, "fiction"},
		// Ethnic origin against nationality, products and policy.
		{"background is", "Her background is Somali and she'd like an interpreter at appointments.", RacialEthnicOrigin, true, "one's background said to be an origin (words.tsv parent: background)"},
		{"background other", "Her background is in accounting and she'd like a call back.", RacialEthnicOrigin, false, "a career background"},
		{"ons mixed", "She ticked White and Asian on the form.", RacialEthnicOrigin, true, "an ONS 2021 mixed ethnic group"},
		{"omb category", "American Indian or Alaska Native selected on the enrolment form.", RacialEthnicOrigin, true, "a US OMB race category"},
		{"cherokee grandma", "He says his grandma was Cherokee.", RacialEthnicOrigin, true, "a grandparent's origin is descent (pct)"},
		{"jeep", "He drives a Jeep Cherokee to the depot.", RacialEthnicOrigin, false, "a car"},
		{"diversity", "White paper on ethnic diversity in the workforce published.", RacialEthnicOrigin, false, "policy text names nobody"},
		{"marketing", "Our Hispanic marketing campaign for customers launched.", RacialEthnicOrigin, false, "marketing to a group (after: marketing)"},
		{"art", "Aboriginal art print delivered to the customer.", RacialEthnicOrigin, false, "art of a group (after: art)"},
		{"parent's side", "Her mum's side is Indian and her dad's side is Irish.", RacialEthnicOrigin, true, "a parent's side of the family (words.tsv parent: side)"},
		{"mappa", "He is managed under MAPPA.", Criminal, true, "only offenders are managed under MAPPA"},
		{"prison staff", "She works at HMP Pentonville as a teacher.", Criminal, false, "staff of a prison"},
		{"released from hmp", "Ex-prisoner, released from HMP Pentonville in May.", Criminal, true, "released from a named prison"},
		{"community order forms", "Community order forms are in the top drawer.", Criminal, false, "blank forms name nobody"},
		{"face template", "The app stores a template of her face for login.", Biometric, true, "a stored face template"},
		{"photo app", "Face recognition in the photo app groups her pictures.", Biometric, false, "a phone feature"},
		{"fundraiser", "Donor is a big Democrat fundraiser, hosted a dinner for the senator.", PoliticalOpinions, true, "raising funds for a party"},
		{"lent", "She gave up chocolate for Lent, so no fundraiser cake for her.", ReligiousBeliefs, true, "a Lenten abstinence, beside a fundraiser's anti-cue"},
		{"lent money", "He gives up meat for lent money, asked about the fundraiser.", ReligiousBeliefs, false, "lent in lower case is lending"},
		{"sober", "He is three years sober and asked for alcohol-free prizes.", Health, true, "sobriety counted in time"},
		{"mr and mr by ampersand", "Mr & Mr Okoro-Bell opened a joint account.", SexLifeOrientation, true, "two men's titles joined by an ampersand"},
		{"mr and mrs by ampersand", "Mr & Mrs Okoro-Bell opened a joint account.", SexLifeOrientation, false, "a man and a woman"},
		{"enrolled on a hand scanner", "Enrolled the new starters on the hand scanner today, incl. Kyle Burrows.", Biometric, true, "enrolment on a named biometric device (link)"},
		{"opted out", "The canteen takes thumbprints, Lily's parents opted her out, she uses a PIN.", Biometric, false, "a parent's opt-out: no template"},
		{"aboriginal nation", "She identifies as Wiradjuri and asked about our reconciliation plan.", RacialEthnicOrigin, true, "an Aboriginal nation (AIATSIS)"},
		{"jewish by heritage", "She is ethnically Jewish, her family came from Poland.", ReligiousBeliefs, false, "Jewish as descent is origin, not belief"},
		{"jewish by heritage origin", "She is ethnically Jewish, her family came from Poland.", RacialEthnicOrigin, true, "Jewish as descent is origin"},
		{"charity canvass", "Canvassed Mrs Dillon at the door about the charity lottery tickets.", PoliticalOpinions, false, "a charity lottery's canvasser"},
	}
	c := Default()
	for _, tt := range tests {
		wantTextCategory(t, c, tt.name, tt.text, tt.cat, tt.want, tt.reason)
	}
}
