package classify

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// fieldCase is one line of testdata/fields.jsonl.
type fieldCase struct {
	ID         string     `json:"id"`
	Object     string     `json:"object"`
	Name       string     `json:"name"`
	Label      string     `json:"label"`
	Values     []string   `json:"values"`
	Categories []Category `json:"categories"`
}

func loadFieldCases(t testing.TB) []fieldCase {
	t.Helper()
	f, err := os.Open("testdata/fields.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []fieldCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c fieldCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("fields.jsonl: %v", err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// fieldCategories are the predicted categories of a field: the special
// categories of its findings at the default confidence.
func fieldCategories(fs []Finding) []Category {
	var cats []Category
	for _, f := range fs {
		if f.Category.Special() && !slices.Contains(cats, f.Category) {
			cats = append(cats, f.Category)
		}
	}
	slices.Sort(cats)
	return cats
}

// TestCorpusFields runs the development corpus of fields and fails below
// a micro-F1 of 0.95 over categories (issue 3).
func TestCorpusFields(t *testing.T) {
	const floor = 0.95
	c := Default()
	type counts struct{ tp, fp, fn int }
	per := map[Category]*counts{}
	for _, cat := range Categories() {
		per[cat] = &counts{}
	}
	var total counts
	for _, tc := range loadFieldCases(t) {
		got := fieldCategories(c.Field(Field{Object: tc.Object, Name: tc.Name, Label: tc.Label, Values: tc.Values}))
		want := slices.Clone(tc.Categories)
		slices.Sort(want)
		for _, cat := range Categories() {
			g, w := slices.Contains(got, cat), slices.Contains(want, cat)
			switch {
			case g && w:
				per[cat].tp++
				total.tp++
			case g:
				per[cat].fp++
				total.fp++
			case w:
				per[cat].fn++
				total.fn++
			}
		}
		t.Run(tc.ID, func(t *testing.T) {
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				// A miss is counted, not fatal: the floor decides.
				t.Logf("%s.%s %q: categories (-want +got):\n%s", tc.Object, tc.Name, tc.Label, diff)
			}
		})
	}
	for _, cat := range Categories() {
		k := per[cat]
		if k.tp+k.fp+k.fn == 0 {
			continue
		}
		t.Logf("%-24s precision %.3f recall %.3f (tp %d fp %d fn %d)", cat, fieldRatio(k.tp, k.tp+k.fp), fieldRatio(k.tp, k.tp+k.fn), k.tp, k.fp, k.fn)
	}
	p, r := fieldRatio(total.tp, total.tp+total.fp), fieldRatio(total.tp, total.tp+total.fn)
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("micro: precision %.3f recall %.3f F1 %.3f", p, r, f1)
	if f1 < floor {
		t.Errorf("micro-F1 over categories %.3f is below the floor %.2f", f1, floor)
	}
}

// TestHeldoutFields measures the held-out field sets
// (testdata/heldout*/fields.jsonl, see their READMEs). They are for
// measuring, not tuning; FIELDS.md lists the cases of the first set that
// were used to fix the lexicon. It fails only on a collapse below 0.90.
func TestHeldoutFields(t *testing.T) {
	for _, dir := range []string{"heldout", "heldout2", "heldout3"} {
		f, err := os.Open("testdata/" + dir + "/fields.jsonl")
		if err != nil {
			t.Fatalf("held-out set %s: %v", dir, err)
		}
		var tp, fp, fn int
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var tc fieldCase
			if err := json.Unmarshal(sc.Bytes(), &tc); err != nil {
				t.Fatal(err)
			}
			got := fieldCategories(Default().Field(Field{Object: tc.Object, Name: tc.Name, Label: tc.Label, Values: tc.Values}))
			for _, cat := range Categories() {
				g, w := slices.Contains(got, cat), slices.Contains(tc.Categories, cat)
				switch {
				case g && w:
					tp++
				case g:
					fp++
				case w:
					fn++
				}
			}
		}
		f.Close()
		p, r := fieldRatio(tp, tp+fp), fieldRatio(tp, tp+fn)
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		t.Logf("%s fields: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)", dir, p, r, f1, tp, fp, fn)
		if f1 < 0.90 {
			t.Errorf("%s micro-F1 %.3f below 0.90", dir, f1)
		}
	}
}

func fieldRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestFieldTable checks fields one by one with the reason for each.
func TestFieldTable(t *testing.T) {
	tests := []struct {
		name   string
		field  Field
		want   []Category
		reason string
	}{
		{"vakbondslid", Field{Object: "Contact", Name: "Vakbondslid__c", Label: "Vakbondslid"}, []Category{TradeUnionMembership}, "LABELING: a checkbox Vakbondslid__c holds trade-union membership"},
		{"medische notities", Field{Object: "Contact", Name: "Medische_Notities__c"}, []Category{Health}, "medisch is a health word"},
		{"ethnicity", Field{Object: "Contact", Name: "Ethnicity__c"}, []Category{RacialEthnicOrigin}, "ethnicity names the category"},
		{"vog", Field{Object: "Candidate__c", Name: "VOG_Status__c"}, []Category{Criminal}, "a VOG (verklaring omtrent gedrag) is about criminal records"},
		{"bsn", Field{Object: "Contact", Name: "BSN__c"}, []Category{NationalID}, "LABELING: BSN__c holds national-id"},
		{"namespaced bsn", Field{Name: "acme__Klant_BSN__pc"}, []Category{NationalID}, "namespace prefix and __pc stripped"},
		{"geloofsovertuiging", Field{Object: "Contact", Name: "Geloofsovertuiging__c"}, []Category{ReligiousBeliefs}, "compound geloof+s+overtuiging"},
		{"strafblad", Field{Object: "Contact", Name: "Strafblad__c"}, []Category{Criminal}, "strafblad is a criminal record"},
		{"unionpay", Field{Object: "Account", Name: "UnionPay_Card__c"}, nil, "LABELING: UnionPay is a card scheme"},
		{"unionpay lower", Field{Object: "Contact", Name: "unionpay_card_accepted__c"}, nil, "the splitter finds union+pay, a clean combination"},
		{"health score", Field{Object: "Contact", Name: "Account_Health_Score__c"}, nil, "LABELING: customer-success health"},
		{"political risk", Field{Object: "Country__c", Name: "Political_Risk_Rating__c"}, nil, "LABELING: political risk on a country"},
		{"credit union", Field{Object: "Contact", Name: "Credit_Union_Member__c"}, nil, "a credit union is a bank, not a trade union"},
		{"device fingerprint", Field{Object: "Contact", Name: "Browser_Fingerprint__c"}, nil, "a browser fingerprint identifies a device, not a body"},
		{"brand dna", Field{Object: "Contact", Name: "BrandDNA__c"}, nil, "figure of speech"},
		{"email", Field{Object: "Contact", Name: "Email", Values: []string{"a@b.nl"}}, nil, "LABELING: identifier fields have no category"},
		{"birthdate", Field{Object: "Contact", Name: "Birthdate"}, nil, "LABELING: identifier fields have no category"},
		{"denomination org", Field{Object: "Account", Name: "Denomination__c", Label: "Denomination"}, nil, "an Account is an organisation"},
		{"denomination person", Field{Object: "Contact", Name: "Denomination__c", Label: "Denomination"}, []Category{ReligiousBeliefs}, "a contact's denomination is a belief"},
		{"denomination person account", Field{Object: "Account", Name: "Denomination__pc"}, []Category{ReligiousBeliefs}, "__pc is a person-account field"},
		{"probation period", Field{Object: "Employee__c", Name: "Probation_Period_End__c"}, nil, "an employee's probation period is not criminal"},
		{"party alone", Field{Object: "Contact", Name: "Party__c", Label: "Party"}, nil, "a party may be a contract party"},
		{"partijlidmaatschap", Field{Object: "Contact", Name: "Partijlidmaatschap__c"}, []Category{PoliticalOpinions}, "compound partij+lidmaatschap"},
		{"contractpartij", Field{Object: "Contract", Name: "Contractpartij__c"}, nil, "a contract party"},
		{"ziekteverzuim", Field{Object: "Employee__c", Name: "Ziekteverzuim_Dagen__c"}, []Category{Health}, "sick leave is health"},
		{"verlofsaldo", Field{Object: "Employee__c", Name: "Verlofsaldo__c"}, nil, "leave balance is not health"},
		{"nationality", Field{Object: "Contact", Name: "Nationality__c", Values: []string{"Moroccan"}}, nil, "LABELING: nationality alone is not labelled"},
		{"genetic test", Field{Object: "Patient__c", Name: "Genetic_Test_Result__c"}, []Category{Genetic, Health}, "a genetic test result says something about health"},
		{"gezichtstemplate", Field{Object: "Member__c", Name: "Gezichtstemplate__c"}, []Category{Biometric}, "gezicht+s+template"},
		{"kerkstraat", Field{Object: "Contact", Name: "Kerkstraat__c"}, nil, "a street"},
		{"tele sales", Field{Object: "Contact", Name: "Tele_Sales_Rep__c"}, nil, "short words take no -e: tele is not tel"},
		{"voiceprint on account", Field{Object: "Account", Name: "Voiceprint__c"}, []Category{Biometric}, "only a person has a voiceprint; an Account may be a person account"},
		{"religion on account", Field{Object: "Account", Name: "Religion__c"}, nil, "an organisation may have a religion"},
		{"dna kit product", Field{Object: "Product2", Name: "DNA_Kit__c", Label: "DNA kit"}, nil, "a product is no person"},
		{"ancestry dna", Field{Object: "Contact", Name: "AncestryDNA_Match__c"}, []Category{Genetic}, "clean:racial-ethnic-origin keeps the genetic evidence"},
		{"ancestry", Field{Object: "Contact", Name: "Ancestry__c"}, []Category{RacialEthnicOrigin}, "ancestry alone is origin"},
	}
	c := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fieldCategories(c.Field(tt.field))
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Field(%+v) categories (-want +got):\n%s\nreason: %s", tt.field, diff, tt.reason)
			}
		})
	}
}

func TestFieldFindingShape(t *testing.T) {
	c := Default()
	fs := c.Field(Field{Object: "Contact", Name: "Vakbondslid__c", Label: "Vakbondslid"})
	if len(fs) != 1 {
		t.Fatalf("want one finding, got %v", fs)
	}
	f := fs[0]
	if f.Kind != Term || f.Category != TradeUnionMembership || f.Start != 0 || f.End != 0 || f.Field != "Vakbondslid__c" {
		t.Errorf("finding %v: want a term finding of the field at [0:0]", f)
	}
	if !strings.HasPrefix(f.Rule, RuleFieldName) && !strings.HasPrefix(f.Rule, RuleFieldLabel) {
		t.Errorf("rule %q does not name the field evidence", f.Rule)
	}
	if f.Confidence < 0.9 || f.Confidence > 1 {
		t.Errorf("confidence %v: name and label agree, want at least 0.9", f.Confidence)
	}
	// An identifier field gives an identifier kind of Category Ordinary.
	fs = c.Field(Field{Object: "Contact", Name: "Email"})
	if len(fs) != 1 || fs[0].Kind != Email || fs[0].Category != Ordinary {
		t.Errorf("Email field: got %v, want one ordinary email finding", fs)
	}
	// Nothing is an empty slice, not nil.
	if fs := c.Field(Field{Name: "Lead_Score__c"}); fs == nil || len(fs) != 0 {
		t.Errorf("Lead_Score__c: got %#v, want empty", fs)
	}
}

func TestFieldOptions(t *testing.T) {
	c, err := New(WithCategories(Health))
	if err != nil {
		t.Fatal(err)
	}
	if fs := c.Field(Field{Name: "Vakbond__c"}); len(fs) != 0 {
		t.Errorf("restricted to health, got %v", fs)
	}
	if fs := c.Field(Field{Name: "Diagnose__c"}); len(fs) != 1 {
		t.Errorf("restricted to health, got %v", fs)
	}
	c, err = New(WithMinConfidence(0.99))
	if err != nil {
		t.Fatal(err)
	}
	if fs := c.Field(Field{Name: "Race__c"}); len(fs) != 0 {
		t.Errorf("min confidence 0.99, got %v", fs)
	}
}

func TestFieldLexiconData(t *testing.T) {
	lx := fieldLex()
	if lx.asOf != FieldLexiconVersion {
		t.Errorf("fields.tsv as_of %q, FieldLexiconVersion %q", lx.asOf, FieldLexiconVersion)
	}
	if numCats != len(Categories()) || numKinds != len(Kinds()) {
		t.Errorf("numCats %d numKinds %d do not match Categories() and Kinds()", numCats, numKinds)
	}
	cats := map[Category]int{}
	for _, e := range lx.entries {
		if e.target == targetCategory {
			cats[e.cat]++
		}
	}
	for _, cat := range Categories() {
		if cat.Special() && cats[cat] < 5 {
			t.Errorf("category %s has %d field-name entries; want a real vocabulary", cat, cats[cat])
		}
	}
	keys := make([]string, 0, len(cats))
	for k, n := range cats {
		keys = append(keys, string(k)+":"+fieldItoa(n))
	}
	sort.Strings(keys)
	t.Logf("entries per category: %v", keys)
	for _, bad := range []string{
		"# as_of: 2026-01-01\nfoo\tnot-a-category\t0.5\n",
		"# as_of: 2026-01-01\nfoo\thealth\t1.5\n",
		"# as_of: 2026-01-01\nfoo\tkind:term\t0.5\n",
		"# as_of: 2026-01-01\nfoo\tclean:ordinary\t-\n",
		"foo\thealth\t0.5\n",
		"# as_of: 2026-01-01\nfoo\thealth\n",
		"# as_of: 2026-01-01\nfoo\thealth\t0.5\nfoo\thealth\t0.6\n",
	} {
		if _, err := parseFieldLexicon(bad); err == nil {
			t.Errorf("parseFieldLexicon(%q): no error", bad)
		}
	}
}

func fieldItoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestFieldGeneralisation runs fields written apart from the development
// corpus, in its style, to keep the lexicon from fitting only those 100
// cases. Some depend on the text rules for their values, so a few misses
// are logged, not fatal.
func TestFieldGeneralisation(t *testing.T) {
	c := Default()
	cases := []struct {
		o, n, l string
		v       []string
		want    string
	}{
		{"Contact", "Diagnosis__c", "Diagnosis", nil, "health"},
		{"Contact", "Medical_Conditions__c", "Medical conditions", []string{"asthma"}, "health"},
		{"Contact", "Medische_Gegevens__c", "Medische gegevens", nil, "health"},
		{"Contact", "Allergieen__c", "Allergieën", []string{"noten"}, "health"},
		{"Contact", "Medicatiegebruik__c", "Medicatiegebruik", nil, "health"},
		{"Contact", "Handicap__c", "Handicap", []string{"visueel"}, "health"},
		{"Employee__c", "Functiebeperking__c", "Functiebeperking", nil, "health"},
		{"Contact", "Disability_Type__c", "Disability type", nil, "health"},
		{"Employee__c", "Zwangerschapsverlof_Start__c", "Start zwangerschapsverlof", nil, "health"},
		{"Employee__c", "Sick_Days_YTD__c", "Sick days (YTD)", []string{"4"}, "health"},
		{"Contact", "Bloedgroep__c", "Bloedgroep", []string{"A+"}, "health"},
		{"Contact", "Vaccination_Status__c", "Vaccination status", []string{"fully vaccinated"}, "health"},
		{"Contact", "Mental_Health_Notes__c", "Mental health notes", nil, "health"},
		{"Case", "Therapy_Notes__c", "Therapy notes", nil, "health"},
		{"Contact", "Rolstoelgebruiker__c", "Rolstoelgebruiker", nil, "health"},
		{"Contact", "Hearing_Impaired__c", "Hearing impaired", []string{"true"}, "health"},
		{"Member__c", "Intake_Notes__c", "Intake notes", []string{"Heeft sinds 2019 epilepsie, gebruikt medicatie"}, "health"},
		{"Contact", "Zorgbehoefte__c", "Zorgbehoefte", nil, "health"},
		{"Contact", "Verslavingszorg__c", "Verslavingszorg", nil, "health"},
		{"Contact", "Dieetwensen__c", "Dieetwensen", []string{"glutenvrij (coeliakie)", "vegetarisch"}, "health"},
		{"Account", "Healthcare_Sector__c", "Healthcare sector", nil, ""},
		{"Account", "Ziekenhuis__c", "Ziekenhuis", nil, ""},
		{"Contact", "Zorgverzekeraar__c", "Zorgverzekeraar", []string{"CZ", "VGZ"}, ""},
		{"Contact", "Emergency_Contact__c", "Emergency contact", nil, ""},
		{"Account", "Customer_Health__c", "Customer health", []string{"green"}, ""},
		{"Contact", "Godsdienst__c", "Godsdienst", nil, "religious-beliefs"},
		{"Contact", "Kerkgenootschap__c", "Kerkgenootschap", nil, "religious-beliefs"},
		{"Contact", "Faith__c", "Faith", nil, "religious-beliefs"},
		{"Contact", "Religious_Holidays__c", "Religious holidays observed", nil, "religious-beliefs"},
		{"Contact", "Dieet__c", "Dieet", []string{"halal"}, "religious-beliefs"},
		{"Contact", "Mailing_Street__c", "Straat", []string{"Kerkstraat 1"}, ""},
		{"Contact", "Ethnic_Origin__c", "Ethnic origin", nil, "racial-ethnic-origin"},
		{"Contact", "Etniciteit__c", "Etniciteit", nil, "racial-ethnic-origin"},
		{"Contact", "Afkomst__c", "Afkomst", nil, "racial-ethnic-origin"},
		{"Contact", "Migratieachtergrond__c", "Migratieachtergrond", nil, "racial-ethnic-origin"},
		{"Contact", "Skin_Tone__c", "Skin tone", nil, "racial-ethnic-origin"},
		{"Contact", "Huidskleur__c", "Huidskleur", nil, "racial-ethnic-origin"},
		{"Contact", "Moedertaal__c", "Moedertaal", []string{"Turks"}, ""},
		{"Contact", "Geboorteland__c", "Geboorteland", []string{"Marokko"}, ""},
		{"Lead", "Lead_Herkomst__c", "Herkomst lead", []string{"website"}, ""},
		{"Event__c", "Race_Category__c", "Race category", []string{"10 km"}, ""},
		{"Contact", "Political_Party__c", "Political party", nil, "political-opinions"},
		{"Contact", "Politieke_Voorkeur__c", "Politieke voorkeur", nil, "political-opinions"},
		{"Contact", "Partijlid__c", "Partijlid", nil, "political-opinions"},
		{"Contact", "Voting_Intention__c", "Voting intention", nil, "political-opinions"},
		{"Contact", "PEP__c", "Politically exposed person", nil, ""},
		{"Campaign", "Campaign_Type__c", "Campaign type", nil, ""},
		{"Contact", "Vakbondslidmaatschap__c", "Vakbondslidmaatschap", nil, "trade-union-membership"},
		{"Contact", "Union_Membership__c", "Union membership", nil, "trade-union-membership"},
		{"Employee__c", "Vakbondscontributie__c", "Vakbondscontributie", nil, "trade-union-membership"},
		{"Contact", "Credit_Union__c", "Credit union", nil, ""},
		{"Account", "EU_Member_State__c", "EU member state", nil, ""},
		{"Contact", "DNA_Test_Result__c", "DNA test result", nil, "genetic,health"},
		{"Contact", "Genetic_Markers__c", "Genetic markers", nil, "genetic"},
		{"Contact", "Erfelijkheidsonderzoek__c", "Erfelijkheidsonderzoek", nil, "genetic"},
		{"Account", "Company_DNA__c", "Company DNA", nil, ""},
		{"Employee__c", "Vingerafdruk__c", "Vingerafdruk", nil, "biometric"},
		{"Contact", "Face_ID_Template__c", "Face ID template", nil, "biometric"},
		{"Contact", "Gezichtsherkenning_Opt_In__c", "Gezichtsherkenning", nil, "biometric"},
		{"Contact", "Voice_Biometrics_ID__c", "Voice biometrics ID", nil, "biometric"},
		{"Contact", "Profile_Picture__c", "Profile picture", nil, ""},
		{"Contact", "Browser_Fingerprint__c", "Browser fingerprint", nil, ""},
		{"Opportunity", "Face_Value__c", "Face value", nil, ""},
		{"Contact", "Seksuele_Geaardheid__c", "Seksuele geaardheid", nil, "sex-life-orientation"},
		{"Contact", "Geaardheid__c", "Geaardheid", nil, "sex-life-orientation"},
		{"Contact", "LGBTQ_Member__c", "LGBTQ+", nil, "sex-life-orientation"},
		{"Contact", "Partner_Gender__c", "Partner gender", nil, "sex-life-orientation"},
		{"Contact", "Burgerlijke_Staat__c", "Burgerlijke staat", nil, ""},
		{"Contact", "Gender__c", "Gender", []string{"female"}, ""},
		{"Contact", "Sex__c", "Sex", []string{"M", "F"}, ""},
		{"Contact", "Conviction_Date__c", "Conviction date", nil, "criminal"},
		{"Contact", "Veroordelingen__c", "Veroordelingen", nil, "criminal"},
		{"Candidate__c", "VOG_Aangevraagd__c", "VOG aangevraagd", nil, "criminal"},
		{"Candidate__c", "Background_Check_Result__c", "Background check result", []string{"clear", "criminal record found"}, "criminal"},
		{"Contact", "Arrest_History__c", "Arrest history", nil, "criminal"},
		{"Contact", "Justitiele_Antecedenten__c", "Justitiële antecedenten", nil, "criminal"},
		{"Opportunity", "Fraud_Score__c", "Fraud score", nil, ""},
		{"Employee__c", "Proeftijd__c", "Proeftijd", nil, ""},
		{"Contact", "Police_Station__c", "Police station", nil, ""},
		{"Contact", "BSN_Nummer__c", "BSN-nummer", nil, "national-id"},
		{"Contact", "SSN__c", "SSN", nil, "national-id"},
		{"Contact", "Sofi_Nr__c", "Sofi-nr", nil, "national-id"},
		{"Contact", "Passport_Number__c", "Passport number", nil, ""},
		{"Contact", "Customer_Number__c", "Klantnummer", []string{"111222333"}, ""},
		{"Contact", "Notes__c", "Notes", []string{"BSN 111222333 doorgegeven"}, "national-id"},
		{"Contact", "HomePhone", "Home phone", []string{"020-1234567"}, ""},
		{"Contact", "Geboortedatum__c", "Geboortedatum", []string{"14-07-1980"}, ""},
		{"Contact", "Title", "Title", []string{"Dr."}, ""},
		{"Contact", "Department", "Department", []string{"Oncology"}, ""},
		{"Contact", "Sport__c", "Sport", []string{"hardlopen"}, ""},
		{"Contact", "Hobby__c", "Hobby", []string{"zingen in het kerkkoor"}, ""},
		{"Contact", "Kerklid__c", "Kerklid", []string{"true"}, "religious-beliefs"},
		{"Contact", "Halal_Meals__c", "Halal meals", []string{"true"}, "religious-beliefs"},
		{"Contact", "Rookgedrag__c", "Rookgedrag", nil, "health"},
		{"Contact", "BMI__c", "BMI", nil, "health"},
		{"Contact", "Gewicht__c", "Gewicht", nil, ""},
		{"Product2", "Gewicht__c", "Gewicht", nil, ""},
		{"Contact", "Bijzonderheden_Gezondheid__c", "Bijzonderheden gezondheid", nil, "health"},
		{"Member__c", "Blessures__c", "Blessures", []string{"enkel"}, "health"},
		{"Contact", "Medical_Alert__c", "Medical alert", nil, "health"},
		{"Passenger__c", "Special_Assistance__c", "Special assistance", []string{"wheelchair to gate"}, "health"},
		{"Passenger__c", "Assistance_Required__c", "Assistance required", []string{"WCHR", "blind passenger"}, "health"},
		{"Guest__c", "Dietary_Requirements__c", "Dietary requirements", []string{"coeliac", "nut allergy"}, "health"},
		{"Guest__c", "Dietary_Requirements__c", "Dietary requirements", []string{"vegetarian", "vegan"}, ""},
		{"Contact", "Hulpmiddelen__c", "Hulpmiddelen", []string{"rollator", "gehoorapparaat"}, "health"},
		{"Member__c", "PAR_Q_Answers__c", "PAR-Q answers", []string{"heart condition: no"}, "health"},
		{"Employee__c", "Arbeidsongeschiktheidspercentage__c", "Arbeidsongeschiktheidspercentage", nil, "health"},
		{"Employee__c", "Verzuimpercentage__c", "Verzuimpercentage", nil, "health"},
		{"Employee__c", "Absence_Reason__c", "Absence reason", []string{"flu", "migraine"}, "health"},
		{"Employee__c", "Leave_Type__c", "Leave type", []string{"annual", "parental"}, ""},
		{"Contact", "Geloofsrichting__c", "Geloofsrichting", nil, "religious-beliefs"},
		{"Contact", "Religious_Affiliation__c", "Religious affiliation", nil, "religious-beliefs"},
		{"Contact", "Church_Attendance__c", "Church attendance", nil, "religious-beliefs"},
		{"Contact", "Parish__c", "Parish", nil, ""},
		{"Contact", "Moskee__c", "Moskee", nil, "religious-beliefs"},
		{"Student__c", "Vrijstelling_Religieuze_Feestdag__c", "Vrijstelling religieuze feestdag", nil, "religious-beliefs"},
		{"Contact", "Ethnic_Background__c", "Ethnic background", nil, "racial-ethnic-origin"},
		{"Contact", "Culturele_Achtergrond__c", "Culturele achtergrond", nil, "racial-ethnic-origin"},
		{"Contact", "Roots__c", "Roots", nil, "racial-ethnic-origin"},
		{"Contact", "Citizenship__c", "Citizenship", []string{"Dutch"}, ""},
		{"Contact", "Political_Donations__c", "Political donations", nil, "political-opinions"},
		{"Contact", "Partij__c", "Partij", []string{"GroenLinks", "PvdA"}, "political-opinions"},
		{"Contact", "Petition_Signed__c", "Petition signed", []string{"Stop de bio-industrie"}, "political-opinions"},
		{"Account", "Political_Party_Client__c", "Political party client", nil, ""},
		{"Contact", "Union_Name__c", "Union name", []string{"Unite"}, "trade-union-membership"},
		{"Employee__c", "Vakbond_Lidmaatschap__c", "Vakbond lidmaatschap", nil, "trade-union-membership"},
		{"Employee__c", "Union_Steward__c", "Union steward", nil, "trade-union-membership"},
		{"Employee__c", "Contributie_Inhouding__c", "Contributie inhouding", []string{"FNV"}, "trade-union-membership"},
		{"Contact", "Genetic_Predisposition__c", "Genetic predisposition", nil, "genetic"},
		{"Contact", "DNA_Match__c", "DNA match", nil, "genetic"},
		{"Contact", "Family_History__c", "Family history", []string{"Huntington"}, "genetic,health"},
		{"Contact", "Palm_Scan__c", "Palm scan", nil, "biometric"},
		{"Employee__c", "Biometric_Consent__c", "Biometric consent", nil, "biometric"},
		{"Employee__c", "Badge_Fingerprint_Hash__c", "Fingerprint hash", nil, "biometric"},
		{"Contact", "Selfie_URL__c", "Selfie", nil, ""},
		{"Contact", "Sexual_Preference__c", "Sexual preference", nil, "sex-life-orientation"},
		{"Contact", "Partner_Geslacht__c", "Geslacht partner", nil, "sex-life-orientation"},
		{"Contact", "Gender_Identity__c", "Gender identity", nil, ""},
		{"Contact", "Criminal_Convictions__c", "Criminal convictions", nil, "criminal"},
		{"Contact", "Strafrechtelijk_Verleden__c", "Strafrechtelijk verleden", nil, "criminal"},
		{"Tenant__c", "Detentieverleden__c", "Detentieverleden", nil, "criminal"},
		{"Contact", "Enkelband__c", "Enkelband", nil, "criminal"},
		{"Contact", "Victim_Of_Crime__c", "Victim of crime", nil, ""},
		{"Contact", "Aangifte_Slachtoffer__c", "Aangifte (slachtoffer)", nil, ""},
		{"Contact", "Citizen_Number__c", "Citizen number", nil, "national-id"},
		{"Contact", "National_ID__c", "National ID", nil, "national-id"},
		{"Contact", "Identification_Number__c", "Identification number", []string{"111222333"}, ""},
		{"Contact", "Tax_ID__c", "Fiscaal nummer", []string{"111222333"}, "national-id"},
		{"Pet__c", "Ras__c", "Ras", []string{"labrador"}, ""},
		{"Contact", "Lactose_Intolerant__c", "Lactose intolerant", nil, "health"},
		{"Contact", "Burgerservicenr__c", "Burgerservicenr.", nil, "national-id"},
		{"Account", "Gay_Friendly__c", "Gay friendly venue", nil, ""},
		{"Contact", "Kerkelijke_Gezindte__c", "Kerkelijke gezindte", nil, "religious-beliefs"},
		{"Candidate__c", "Bewijs_Van_Goed_Gedrag__c", "Bewijs van goed gedrag", nil, "criminal"},
		{"Contact", "KYC_Face_Match_Score__c", "Face match score", nil, "biometric"},
		{"Contact", "Health_Care_Plan__c", "Health care plan", nil, "health"},
		{"Account", "Healthcare_Sector__c", "Healthcare sector", nil, ""},
		{"Device__c", "Fingerprint_Reader_ID__c", "Fingerprint reader", nil, ""},
	}
	bad := 0
	for _, tc := range cases {
		fs := c.Field(Field{Object: tc.o, Name: tc.n, Label: tc.l, Values: tc.v})
		var got []string
		for _, f := range fs {
			if f.Category.Special() {
				got = append(got, string(f.Category))
			}
		}
		slices.Sort(got)
		if g := strings.Join(got, ","); g != tc.want {
			bad++
			t.Logf("miss: %s.%s %q values %q: want %q, got %q", tc.o, tc.n, tc.l, tc.v, tc.want, g)
		}
	}
	t.Logf("%d of %d fields wrong", bad, len(cases))
	if bad > 3 {
		t.Errorf("%d of %d fields wrong; at most 3 allowed", bad, len(cases))
	}
}
