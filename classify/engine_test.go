package classify

import (
	"errors"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// testVocabulary is a small vocabulary that exercises every entry type.
const testVocabulary = `# as_of: 2026-11-28
term	diabet*	health	0.95
term	*klachten	health	0.9
term	vakbond*	trade-union-membership	0.95
term	kerk	religious-beliefs	0.6
term	church	religious-beliefs	0.6
term	muslim	religious-beliefs	0.9	cap
term	health	health	0.7
term	trade union	trade-union-membership	0.9
term	ziek	health	0.7
term	gay	sex-life-orientation	0.9
block	account health	health
block	health score*	health
block	word er ziek van	*
block	klant portal	*
cue	klant	-
cue	*houder	-
cue	she	-
cue	mevrouw	-
title	mevrouw	-
title	mr	-
org-before	stichting	-
org-after	bv	-
street-after	street	-
street-suffix	straat	-
after	scanner	-
anti-cue	aanbod	-
anti-cue	paard	trade-union-membership
first-name	thomas	-		m
first-name	anna	-		f
term	zijn verloofde	sex-life-orientation	0.9	name-m
term	nigerian	racial-ethnic-origin	0.8	cap,pct
term	mijn vrouw	sex-life-orientation	0.85	speaker-f
pronoun	hem	-		m
pronoun	zij	-		f
term	getrouwd met	sex-life-orientation	0.9	same
term	vvd	political-opinions	0.7	link
cue	stemt	political-opinions
anti-cue	hond	health		before
term	ouders komen uit	racial-ethnic-origin	0.8	country
country	marokko	-
term	labour	political-opinions	0.7	cap,link,upper
term	vieze marokkaan	racial-ethnic-origin	0.85	cap,quoted
term	trouwt	sex-life-orientation	0.85	same
`

func testClassifier(t testing.TB, opts ...Option) *Classifier {
	t.Helper()
	es, err := parseVocabulary("t", "test.tsv", strings.NewReader(testVocabulary))
	if err != nil {
		t.Fatal(err)
	}
	v, err := compileVocabulary(es)
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	c.vocab = v
	c.kinds = Term.bit()
	return c
}

type span struct {
	Category Category
	Rule     string
	Text     string
	Conf     float64
}

// spans describes findings for comparison, each rule resolved to the
// "file:pattern" it stands for (LookupRule).
func spans(c *Classifier, text string, fs []Finding) []span {
	out := []span{}
	for _, f := range fs {
		out = append(out, span{f.Category, ruleName(c, f.Rule), text[f.Start:f.End], f.Confidence})
	}
	return out
}

// ruleName resolves an opaque rule ID to "file:pattern" for tests, keeping
// a field prefix ("field-name:diagnose"); a rule it cannot resolve stays
// as it is.
func ruleName(c *Classifier, rule string) string {
	info, ok := c.LookupRule(rule)
	if !ok || info.File == "" {
		return rule
	}
	name := info.Pattern
	if info.File != "fields" {
		name = info.File + ":" + name
	}
	if info.Source != "" {
		name = info.Source + ":" + name
	}
	return name
}

func TestTermEngine(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		name   string
		text   string
		want   []span
		reason string
	}{
		{"compound head", "Klant is diabetespatiënt.", []span{{Health, "t:diabet*", "diabetespatiënt", 0.95}},
			"a right-open pattern matches the head of a Dutch compound"},
		{"compound tail", "Klant heeft HARTKLACHTEN", []span{{Health, "t:*klachten", "HARTKLACHTEN", 0.9}},
			"a left-open pattern matches the tail; matching ignores case"},
		{"diacritics", "Klant: DIABÈTES", []span{{Health, "t:diabet*", "DIABÈTES", 0.95}},
			"matching ignores diacritics; offsets map back to the original bytes"},
		{"multi-word", "Klant is trade-union rep", []span{{TradeUnionMembership, "t:trade union", "trade-union", 0.9}},
			"a space in a pattern matches any run of separators"},
		{"whole word", "Klant belt over de kerkdienst en de kerk", []span{{ReligiousBeliefs, "t:kerk", "kerk", 0.6}},
			"a pattern without wildcards matches whole words only"},
		{"no cue", "Nieuwe kerk in het aanbod", []span{},
			"without a person cue a weak term falls below the default minimum"},
		{"street suffix", "Klant woont aan de Kerkstraat en is vakbondslid", []span{{TradeUnionMembership, "t:vakbond*", "vakbondslid", 0.95}},
			"a term inside a street name does not count (LABELING: names of streets)"},
		{"street after", "Klant: she lives on Gay Street", []span{},
			"a word before Street is a street name"},
		{"title", "Afspraak met mevrouw Kerk gepland", []span{},
			"a capitalised word after a title is a surname"},
		{"title english", "She met Mr. Church today", []span{},
			"the title may carry a full stop"},
		{"org before", "Klant werkt bij Stichting Vakbond Zuid", []span{},
			"an organisation name is no membership"},
		{"org after", "Klant werkt bij Vakbond B.V. in Utrecht", []span{},
			"a dotted B.V. marks an organisation"},
		{"block", "Klant vraagt naar de account health score", []span{},
			"customer-success vocabulary cancels health"},
		{"block any", "Klant: ik word er ziek van, die wachtmuziek", []span{},
			"a figure of speech cancels every category"},
		{"cap flag", "Klant says she is Muslim", []span{{ReligiousBeliefs, "t:muslim", "Muslim", 0.9}},
			"a term flagged cap takes no name penalty"},
		{"name penalty", "Klant bought tickets for Gay Pride", []span{{SexLifeOrientation, "t:gay", "Gay", 0.6}},
			"a capitalised word mid-sentence loses confidence"},
		{"sentence start", "Klant belt. Diabetes type 2 bekend.", []span{{Health, "t:diabet*", "Diabetes", 0.95}},
			"a capital at the start of a sentence is no name"},
		{"after", "Klant vraagt naar een diabetes scanner", []span{},
			"a word after the hit can make it a thing rather than evidence"},
		{"anti-cue", "Klant: een kerk in het aanbod", []span{},
			"sector talk in the same sentence lowers confidence"},
		{"anti-cue elsewhere", "Klant gaat naar de kerk. Aanbod volgt.", []span{{ReligiousBeliefs, "t:kerk", "kerk", 0.6}},
			"an anti-cue in another sentence does not count"},
		{"compound cue", "Rekeninghouder gaat naar de kerk", []span{{ReligiousBeliefs, "t:kerk", "kerk", 0.6}},
			"a cue may match a compound's tail: a rekeninghouder is a person"},
		{"initial cue", "Tickets voor J. Okafor, kerk om 10 uur", []span{{ReligiousBeliefs, "t:kerk", "kerk", 0.6}},
			"an initial and a surname name a person"},
		{"no initial", "Tickets voor A.B.C. kerk om 10 uur", []span{},
			"a dotted abbreviation is no initial"},
		{"quoted", "Klant zegt dat hij er 'ziek' van wordt", []span{},
			"a term in a short quotation is likely a figure of speech: it loses confidence"},
		{"apostrophe", "Klant is zo'n beetje ziek geweest, zegt ze", []span{{Health, "t:ziek", "ziek", 0.7}},
			"an apostrophe inside a word opens no quotation"},
		{"typographic quotes", "Klant noemt de wachttijd “ziek”", []span{},
			"typographic quotation marks count too"},
		{"first person quoted", "Klant belde, 'ik ben al weken ziek'", []span{{Health, "t:ziek", "ziek", 0.7}},
			"a quotation in which a person speaks of themselves is their statement, not the writer's figure of speech"},
		{"named person", "Klant zegt dat de buren hem 'ziek' hebben genoemd", []span{{Health, "t:ziek", "ziek", 0.7}},
			"what a person is called, quoted, is the words as said to them"},
		{"shouted", "Buurman riep 'ziek' naar de klant", []span{{Health, "t:ziek", "ziek", 0.7}},
			"words shouted at a person are quoted as said"},
		{"sentence end", "Klant wil een trade. Union Jack als vlag", []span{},
			"a pattern of several words does not span a sentence end"},
		{"title initial", "Afspraak met mevrouw R. Kerk om 10 uur", []span{},
			"a title before an initial and a capitalised word still marks a surname (dhr. R. Moslim, mw. L. Gay)"},
		{"title particle", "Afspraak met mevrouw de Kerk om 10 uur", []span{},
			"a title before a particle and a capitalised word still marks a surname"},
		{"lowercase org-after", "Klant gaat naar de kerk, bv. op zondag", []span{{ReligiousBeliefs, "t:kerk", "kerk", 0.6}},
			"bv. in lower case is 'bijvoorbeeld', not a company form"},
		{"blocked cue", "Het klant portal toont de kerk", []span{},
			"a block of every category cancels the cue it overlaps: no customer is meant"},
		{"scoped anti-cue", "Klant: vakbondslid en het paard", []span{},
			"an anti-cue of the term's own category lowers by 0.5: even 0.95 falls below 0.5"},
		{"general anti-cue", "Klant: vakbondslid in het aanbod", []span{{TradeUnionMembership, "t:vakbond*", "vakbondslid", 0.65}},
			"an anti-cue of every category lowers by 0.3"},
		{"name run", "Klant werkt bij Vakbond Noord Holland BV", []span{},
			"an org-after word that ends a run of capitalised words after the term makes them one organisation name"},
		{"name run broken", "Klant is vakbondslid, Noord BV belde", []span{{TradeUnionMembership, "t:vakbond*", "vakbondslid", 0.95}},
			"the run must start at the term's own capitalised word and stay unbroken"},
		{"named partner", "Klant trouwt met zijn verloofde Thomas", []span{{SexLifeOrientation, "t:zijn verloofde", "zijn verloofde", 0.9}},
			"a partner named by a first name of the possessor's gender reveals a same-sex couple (CJEU C-184/20)"},
		{"named partner comma", "Klant trouwt met zijn verloofde, Thomas, in juni", []span{{SexLifeOrientation, "t:zijn verloofde", "zijn verloofde", 0.9}},
			"a comma may stand between the partner word and the name"},
		{"named partner other gender", "Klant trouwt met zijn verloofde Anna", []span{},
			"a first name of the other gender reveals nothing"},
		{"named partner no name", "Klant trouwt met zijn verloofde in juni", []span{},
			"without a first name the partner's sex is unknown"},
		{"share", "Klant: her ancestry test came back 40% Nigerian.", []span{{RacialEthnicOrigin, "t:nigerian", "Nigerian", 0.8}},
			"an ancestry test's share in per cent reveals origin (docs/labeling.md)"},
		{"share in words", "Klant: she is half Nigerian on her mother's side", []span{{RacialEthnicOrigin, "t:nigerian", "Nigerian", 0.8}},
			"half, quarter and kwart are shares too"},
		{"no share", "Klant: she is Nigerian", []span{},
			"a nationality alone is no ethnic origin"},
		{"abused for", "Klant: the driver used a slur about him being Nigerian, he says", []span{{RacialEthnicOrigin, "t:nigerian", "Nigerian", 0.8}},
			"abuse aimed at a person for an origin ascribed to them is racist abuse (docs/labeling.md)"},
		{"being without abuse", "Klant: he is proud of being Nigerian, he says", []span{},
			"being of a nationality, without a word of abuse before it, is a nationality"},
		{"parent", "Klant: his mum is Nigerian and his dad is from Leeds", []span{{RacialEthnicOrigin, "t:nigerian", "Nigerian", 0.8}},
			"the parents' origin is the person's descent (docs/labeling.md: roots)"},
		{"parent verb last", "Klant zegt dat zijn moeder Nigerian is", []span{{RacialEthnicOrigin, "t:nigerian", "Nigerian", 0.8}},
			"Dutch puts the verb after the origin"},
		{"parent article", "Klant: his mum is a Nigerian, his dad is from Leeds", []span{{RacialEthnicOrigin, "t:nigerian", "Nigerian", 0.8}},
			"an indefinite article between the parent's 'is' and the origin changes nothing (words.tsv, indefinite)"},
		{"article without parent", "Klant: the nurse is a Nigerian, she says", []span{},
			"an origin after 'is a' without a parent is the person's nationality or origin, not told apart: quiet"},
		{"parent hyphen", "Klant: his mum is Nigerian-born but lives here", []span{},
			"an adjective that goes on with a hyphen is another word"},
		{"whole share", "Klant: the oil is 100% Nigerian", []span{},
			"100 per cent is a product's origin, not an ancestry share"},
		{"share of a noun", "Klant: 40% Nigerian customers pay by card", []span{},
			"an adjective that describes the noun after it is a statistic"},
		{"linked", "Klant stemt al jaren VVD", []span{{PoliticalOpinions, "t:vvd", "VVD", 0.7}},
			"a link word of the term's category in its sentence ties the person to the party"},
		{"unlinked", "Klant: de VVD bestelde 200 flyers", []span{},
			"a party's bare name with only a person cue is a customer, not an opinion"},
		{"link elsewhere", "Klant stemt niet. De VVD bestelde flyers", []span{},
			"a link word in another sentence does not count"},
		{"link is no cue", "Stemt de VVD in?", []span{},
			"a link word is no person cue: the term still needs one"},
		{"speaker", "Klant zegt: zij en mijn vrouw willen samen", []span{{SexLifeOrientation, "t:mijn vrouw", "mijn vrouw", 0.85}},
			"a spouse in the first person, said by a woman, reveals a same-sex couple"},
		{"speaker other gender", "Klant zegt: hem en mijn vrouw willen samen", []span{},
			"said by a man it reveals nothing"},
		{"speaker after saying", "Klant: mijn vrouw en ik willen samen, zegt zij", []span{{SexLifeOrientation, "t:mijn vrouw", "mijn vrouw", 0.85}},
			"after the term a speaker counts when a verb of saying names her"},
		{"partner after term", "Klant: mijn vrouw en ik, bel zij terug", []span{},
			"a pronoun after the term without a verb of saying is the partner, not the speaker"},
		{"form answer", "Klant ticked 'ziek' on the form", []span{{Health, "t:ziek", "ziek", 0.7}},
			"a quotation after a verb of ticking is a form's answer, quoted as written: no figure of speech"},
		{"form answer verb last", "Klant heeft 'ziek' aangekruist", []span{{Health, "t:ziek", "ziek", 0.7}},
			"Dutch puts the verb of ticking after the quoted answer"},
		{"message quoted", "Mail van klant a.b@example.nl: 'ik ben ziek, kan het dinsdag?'", []span{{Health, "t:ziek", "ziek", 0.7}},
			"an e-mail quoted as written is literal: the quotation penalty is for figures of speech"},
		{"same", "Klant zij is getrouwd met Anna", []span{{SexLifeOrientation, "t:getrouwd met", "getrouwd met", 0.9}},
			"married to someone named by a first name of the speaker's gender reveals a same-sex couple"},
		{"same surname", "Klant zij, mevrouw Thomas, is getrouwd met Anna", []span{{SexLifeOrientation, "t:getrouwd met", "getrouwd met", 0.9}},
			"a first name right after a title is a surname: it says nothing of the gender"},
		{"same other gender", "Klant zij is getrouwd met Thomas", []span{},
			"a first name of the other gender reveals nothing"},
		{"same record before", "Klant: Anna Jansen. Getrouwd met Anna", []span{{SexLifeOrientation, "t:getrouwd met", "Getrouwd met", 0.9}},
			"a record's fields as sentences: when the term's own sentence names nobody, the sentence before names whom it is about"},
		{"same record before other gender", "Klant: Thomas Jansen. Getrouwd met Anna", []span{},
			"the record before names a man: a wife reveals nothing"},
		{"same record before nobody", "Klant belde gisteren. Getrouwd met Thomas", []span{},
			"neither sentence names a gender"},
		{"same own sentence first", "Klant: Thomas Jansen. Zij is getrouwd met Thomas", []span{},
			"the term's own sentence names someone: the sentence before does not count"},
		{"same after a label", "Klant: Anna Jansen. Getrouwd met volgens het nieuwe formulier: Anna de Wit", []span{{SexLifeOrientation, "t:getrouwd met", "Getrouwd met", 0.9}},
			"a form's label of a few words ends at its colon; the name after it is the answer"},
		{"same after a label other gender", "Klant: Anna Jansen. Getrouwd met volgens het formulier: Thomas de Wit", []span{},
			"the answer names a man: nothing revealed"},
		{"same no name", "Klant zij is getrouwd met een collega", []span{},
			"without a first name the spouse's sex is unknown"},
		{"same relative", "Klant zij zegt: haar zoon is getrouwd met Thomas", []span{{SexLifeOrientation, "t:getrouwd met", "getrouwd met", 0.9}},
			"a kinship noun before the term is its subject: the son's gender counts, not the speaker's (words.tsv kin-m)"},
		{"same relative other gender", "Klant belde hem: zijn dochter is getrouwd met Thomas", []span{},
			"the daughter marries a man: no same-sex couple, whatever the speaker's gender (words.tsv kin-f)"},
		{"same relative of a titled person", "Klant zij zegt: de zoon van mevrouw Jansen is getrouwd met Thomas", []span{{SexLifeOrientation, "t:getrouwd met", "getrouwd met", 0.9}},
			"a relative named with whose relative it is: the names after van belong to the kinship noun"},
		{"same relative then a pronoun", "Klant: zijn zoon zegt dat zij is getrouwd met Anna", []span{{SexLifeOrientation, "t:getrouwd met", "getrouwd met", 0.9}},
			"a pronoun between the kinship noun and the term is the subject; the speaker's rules decide"},
		{"same relative in another clause", "Klant: Thomas Jansen bezoekt zijn dochter en is getrouwd met Thomas", []span{{SexLifeOrientation, "t:getrouwd met", "getrouwd met", 0.9}},
			"a kinship noun before en is the object of another clause, not the subject of the term"},
		{"same kinship word as surname", "Klant zij, mevrouw de Man, is getrouwd met Anna", []span{{SexLifeOrientation, "t:getrouwd met", "getrouwd met", 0.9}},
			"a capitalised kinship noun inside the sentence is a surname, no relative"},
		{"animal before", "Klant: haar hond heeft diabetes", []span{},
			"an anti-cue with flag before lowers a term after it in its sentence: the pet is the patient"},
		{"animal after", "Klant heeft diabetes, haar hond logeert bij de buren", []span{{Health, "t:diabet*", "diabetes", 0.95}},
			"an anti-cue with flag before does not lower a term before it"},
		{"country", "Klant: zijn ouders komen uit Marokko", []span{{RacialEthnicOrigin, "t:ouders komen uit", "ouders komen uit", 0.8}},
			"the parents' country of origin is the person's descent (docs/labeling.md)"},
		{"country article", "Klant: zijn ouders komen uit het Marokko van de jaren zestig", []span{{RacialEthnicOrigin, "t:ouders komen uit", "ouders komen uit", 0.8}},
			"an article may stand between the phrase and the country"},
		{"no country", "Klant: zijn ouders komen uit Groningen", []span{},
			"a town or province names no origin"},
		{"country lower case", "Klant: zijn ouders komen uit marokko", []span{},
			"a country is written with a capital: the lower-case word may be something else"},
		{"upper", "Klant stemt al jaren Labour", []span{{PoliticalOpinions, "t:labour", "Labour", 0.7}},
			"a party named by a common word, capitalised inside a sentence and linked, is the party"},
		{"upper lower case", "Klant stemt niet over labour costs", []span{},
			"written in lower case it is the word"},
		{"upper sentence start", "Klant stemt niet. Labour costs rose", []span{},
			"a capital at the start of a sentence says nothing"},
		{"upper capitals", "Klant stemt al jaren LABOUR", []span{{PoliticalOpinions, "t:labour", "LABOUR", 0.7}},
			"in capitals it is the party anywhere"},
		{"short quotation", "Klant wordt er 'echt ziek' van", []span{},
			"a term in a short quotation is a figure of speech: it loses 0.4"},
		{"sentence quoted", "Klant: 'ik ben al de hele week ziek thuis'", []span{{Health, "t:ziek", "ziek", 0.7}},
			"a quotation of five words or more is a sentence quoted as said, literal"},
		{"party quoted", "Klant stemt, volgens zijn dochter is hij 'echt Labour'", []span{{PoliticalOpinions, "t:labour", "Labour", 0.7}},
			"a linked party name in a quotation is the person's words about the party"},
		{"abuse quoted", "Klant is een 'vieze Marokkaan' genoemd", []span{{RacialEthnicOrigin, "t:vieze marokkaan", "vieze Marokkaan", 0.85}},
			"abuse (flag quoted) is quoted as it was said: no quotation penalty"},
		{"same after a time", "Klant zij trouwt in mei met Anna", []span{{SexLifeOrientation, "t:trouwt", "trouwt", 0.85}},
			"a time between the verb and 'met' does not hide the partner's first name"},
		{"same after a time other gender", "Klant zij trouwt in mei met Thomas", []span{},
			"a first name of the other gender reveals nothing"},
		{"same clause ends", "Klant zij trouwt in mei. Met Anna gaat ze winkelen", []span{},
			"the partner preposition must stand in the term's clause"},
		{"nested", "Klant: diabetesklachten", []span{{Health, "t:*klachten", "diabetesklachten", 0.95}},
			"two findings of one category on one word merge, keeping the higher confidence"},
		{"address", "Klant mailt vanaf gay.nieuws@example.com", []span{},
			"a word inside an e-mail address names a mailbox, not the writer (LABELING: names)"},
		{"web address", "Klant verwijst naar https://www.diabetes-info.example/klant", []span{},
			"a word inside a web address names a site"},
		{"www address", "Klant: zie www.diabetes.example voor info", []span{},
			"an address that begins with www. is a site too"},
		{"domain name", "Klant verwijst naar diabetesfonds.nl voor info", []span{},
			"a host name with a known top-level domain names a site"},
		{"domain name path", "Klant: zie diabetes.example.org/klant.", []span{},
			"a host name with a path and a full stop after it is a site too"},
		{"missing space", "Klant heeft diabetes.De rest volgt", []span{{Health, "t:diabet*", "diabetes", 0.95}},
			"a missing space after a full stop makes no host name: the capital is no top-level domain"},
		{"address elsewhere", "Klant is gay, mail: a@b.example", []span{{SexLifeOrientation, "t:gay", "gay", 0.9}},
			"an address elsewhere in the text leaves the word as it is"},
		{"surname elsewhere", "Klant mr. Gay belde. Gay betaalt morgen", []span{},
			"a capitalised word once titled is the same person's surname where it stands alone"},
		{"surname elsewhere lower case", "Klant mr. Gay belde, hij is gay", []span{{SexLifeOrientation, "t:gay", "gay", 0.9}},
			"the same word in lower case is the word, not the name"},
		{"surname elsewhere not a word", "Klant mr. Gaynor belde, gaat naar Gay Pride", []span{{SexLifeOrientation, "t:gay", "Gay", 0.6}},
			"only the whole titled word counts: Gaynor names nobody Gay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spans(c, tt.text, c.Text(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Text(%q) (-want +got):\n%s\nreason: %s", tt.text, diff, tt.reason)
			}
		})
	}
}

func TestVocabularyErrors(t *testing.T) {
	tests := []struct {
		name, line string
		wantLine   int
		reason     string
	}{
		{"unknown type", "word\tfoo\thealth", 2, "the type column is a closed list"},
		{"bad category", "term\tfoo\tordinary", 2, "terms are evidence for special categories only"},
		{"bad weight", "term\tfoo\thealth\t1.5", 2, "weights are confidences in [0, 1]"},
		{"inner wildcard", "term\tf*o\thealth", 2, "wildcards stand only at the ends"},
		{"empty pattern", "term\t*\thealth", 2, "a pattern needs letters"},
		{"multi-word title", "title\tde heer\t-", 2, "word lists hold single words"},
		{"unknown flag", "term\tfoo\thealth\t0.5\tbold", 2, "flags are a closed list"},
		{"duplicate", "term\tfoo\thealth\nterm\tfoo\thealth", 3, "one line per pattern and category"},
		{"first name without gender", "first-name\tthomas\t-", 2, "a first name serves only the name-m and name-f terms, which need its gender"},
		{"first name of two genders", "first-name\tthomas\t-\t\tf", 2, "the built-in list gives Thomas to men: a name of both sexes reveals nothing"},
		{"cue of no category", "cue\tklant\tordinary", 2, "a cue's category, if any, is a special category: it makes the cue a link word"},
		{"pronoun without gender", "pronoun\thij\t-", 2, "a pronoun serves only the speaker terms, which need its gender"},
		{"name flag on a cue", "cue\tklant\t-\t\tname-m", 2, "only a term can require a first name after it"},
		{"quoted flag on an anti-cue", "anti-cue\taanbod\t-\t\tquoted", 2, "only a term can be quoted as said"},
		{"upper flag on a cue", "cue\tklant\t-\t\tupper", 2, "only a term can require a capital"},
		{"country flag on a cue", "cue\tklant\t-\t\tcountry", 2, "only a term can require a country after it"},
		{"before flag on a term", "term\tfoo\thealth\t0.5\tbefore", 2, "only an anti-cue counts before the term"},
		{"country of two words", "country\tsri lanka\t-", 2, "a country line is one word, looked up after the term"},
		{"leading gap", "term\t* met vriendin\thealth", 2, "a gap stands between words: at the start it would be a wildcard on nothing"},
		{"trailing gap", "term\tsamen met *\thealth", 2, "a gap stands between words: at the end it would be a wildcard on nothing"},
		{"doubled gap", "term\tsamen * * vriendin\thealth", 2, "a gap is one free word: two in a row are two"},
		{"two gaps", "term\tsamen * met * vriendin\thealth", 2, "at most one gap per pattern"},
		{"gap beside a wildcard", "term\tsamen* * vriendin\thealth", 2, "a gap stands alone between whole words"},
		{"gap on a word list", "title\tde * heer\t-", 2, "word lists hold single words, without gaps"},
		{"lone gap", "term\t *\thealth", 2, "a pattern needs letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(WithVocabulary("mine.tsv", strings.NewReader("# as_of: 2026-01-01\n"+tt.line+"\n")))
			var ve *VocabularyError
			if !errorAs(err, &ve) {
				t.Fatalf("New: error %v, want a *VocabularyError (%s)", err, tt.reason)
			}
			if ve.File != "mine.tsv" || ve.Line != tt.wantLine {
				t.Errorf("error at %s:%d, want mine.tsv:%d", ve.File, ve.Line, tt.wantLine)
			}
			if !strings.HasPrefix(err.Error(), "classify: vocabulary mine.tsv:") {
				t.Errorf("error text %q does not name the file", err)
			}
		})
	}
}

// TestVocabularyGap checks a pattern with a gap, "*" alone between
// words: one free word may stand there, or none, within one sentence.
func TestVocabularyGap(t *testing.T) {
	c, err := New(WithVocabulary("gap", strings.NewReader(
		"term\tsamen met * vriendin\tsex-life-orientation\t0.9\n"+
			"term\tsecond generation * immigrant*\tracial-ethnic-origin\t0.9\n"+
			"term\t*bond * lid\ttrade-union-membership\t0.9\n"+
			"cue\tklant\t-\ncue\tcustomer\t-\n")), WithKinds(Term))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string // want: the span found, "" for none
		reason     string
	}{
		{"Klant woont samen met haar vriendin.", "samen met haar vriendin", "one word in the gap"},
		{"Klant woont samen met vriendin.", "samen met vriendin", "the gap may be empty"},
		{"Klant woont samen met zijn lieve vriendin.", "", "two words are not one"},
		{"Klant woont samen met. Vriendin komt.", "", "a gap never spans a sentence end"},
		{"Klant woont samen met haar\nvriendin.", "", "a line break ends the sentence too"},
		{"Klant woont samen met haar vriend.", "", "the words after the gap are whole words"},
		{"Klant woont samen met haar vriendinnen.", "", "without a wildcard the last word ends there"},
		{"Klant woont bijeen met haar vriendin.", "", "a different phrase before the gap"},
		{"Klant gaat tezamen met haar vriendin.", "", "the words before the gap start a word"},
		{"Customer is a second-generation Nigerian immigrant.", "second-generation Nigerian immigrant", "separators as in any pattern; one word between"},
		{"Customer is a second generation Ghanaian-born immigrant.", "", "a hyphen makes two words"},
		{"Customer, second-generation immigrants' rights.", "second-generation immigrants", "the last word may continue (wildcard after the gap)"},
		{"Klant is vakbond actief lid.", "vakbond actief lid", "the first word may begin earlier (wildcard before the gap)"},
		{"Klant is vakbond, lid.", "vakbond, lid", "a comma is a separator, not a sentence end"},
		{"Klant: SAMEN MET HAAR VRIENDIN", "SAMEN MET HAAR VRIENDIN", "case folds as in any pattern"},
		{"Klant woont samen mét één vriendin.", "samen mét één vriendin", "diacritics fold as in any pattern"},
	}
	for _, tt := range tests {
		got := ""
		for _, f := range c.Text(tt.text) {
			// Only the gap patterns (built-in or the test's own line): a
			// built-in line may match the same words ("generation
			// Ghanaian").
			if info, ok := c.LookupRule(f.Rule); f.Kind == Term && ok && strings.Contains(info.Pattern, " * ") {
				got = tt.text[f.Start:f.End]
			}
		}
		if got != tt.want {
			t.Errorf("Text(%q) found %q, want %q (%s)", tt.text, got, tt.want, tt.reason)
		}
	}
}

// FuzzVocabularyLine checks that no vocabulary line, a gap or wildcard
// anywhere, makes New panic, and that an accepted one matches any text
// without a panic or a span outside it.
func FuzzVocabularyLine(f *testing.F) {
	for _, s := range []string{"samen met * vriendin", "* met", "met *", "a * * b", "a * b * c", "*a * b*", " * ", "a *", "é * ß", "a  *  b"} {
		f.Add(s, "Klant woont samen met haar vriendin, a x b.")
	}
	f.Fuzz(func(t *testing.T, pat, text string) {
		if strings.ContainsAny(pat, "\t\n\r") {
			return
		}
		c, err := New(WithVocabulary("fz", strings.NewReader("term\t"+pat+"\thealth\t0.9\n")), WithKinds(Term))
		if err != nil {
			if !errors.Is(err, ErrVocabulary) {
				t.Fatalf("error %v is no ErrVocabulary", err)
			}
			return
		}
		for _, fd := range c.Text(text) {
			if fd.Start < 0 || fd.Start > fd.End || fd.End > len(text) {
				t.Fatalf("bad span %d:%d", fd.Start, fd.End)
			}
		}
	})
}

func TestWithVocabularyAddsTerms(t *testing.T) {
	c, err := New(WithVocabulary("crm", strings.NewReader("term\tzorgprofiel*\thealth\t0.9\ncue\tklant\t-\n")), WithKinds(Term))
	if err != nil {
		t.Fatal(err)
	}
	text := "Klant heeft een zorgprofiel aangemaakt."
	got := spans(c, text, c.Text(text))
	want := []span{{Health, "crm:zorgprofiel*", "zorgprofiel", 0.9}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestOffsetsOnInvalidUTF8(t *testing.T) {
	c := testClassifier(t)
	for _, text := range []string{"Klant \xff diabetes \xc3", "\xe2\x82 klant diabetes", strings.Repeat("\xff", 100) + "klant vakbond"} {
		for _, f := range c.Text(text) {
			if f.Start < 0 || f.Start > f.End || f.End > len(text) || !utf8.RuneStart(text[f.Start]) ||
				(f.End < len(text) && !utf8.RuneStart(text[f.End])) {
				t.Errorf("Text(%q): bad span %d:%d", text, f.Start, f.End)
			}
		}
	}
}

// TestInterleavedMatch checks that matching a long text as two streams
// finds exactly what one stream finds, whatever the text around the split.
func TestInterleavedMatch(t *testing.T) {
	v := Default().vocab
	rng := rand.New(rand.NewSource(7))
	alphabet := []string{"diabetes ", "vakbond", "é", "ß", "\xff", " ", ". ", "klant ", "x", "Straße ", "trade  union ", "\u00a0", "héél ", "1"}
	texts := []string{mixedCorpus(5000), mixedCorpus(1 << 16)}
	for n := 0; n < 200; n++ {
		var b strings.Builder
		for b.Len() < interleaveMin+rng.Intn(3000) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		want, _ := v.span(nil, v.terms, typeTerm.bit()|typeCue.bit(), text, 0, 0, 0, len(text), -1)
		got := v.match(nil, v.terms, typeTerm.bit()|typeCue.bit(), text, 0)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{})); diff != "" {
			t.Fatalf("two streams differ from one on a %d-byte text (-one +two):\n%s", len(text), diff)
		}
	}
}

// TestSplitMatch checks that matching a short text (a line, a field's
// value) as two or four streams without overlap, each caught up with the
// one after it (walkSplit, walkSplit4), finds exactly what one stream
// finds, for each automaton: texts of the vocabulary's own patterns with
// runs of separators stretched inside them, so that matches in progress
// cross the boundaries, letters outside ASCII, invalid bytes and filler,
// and the lines of the benchmark corpus.
func TestSplitMatch(t *testing.T) {
	v := Default().vocab
	rng := rand.New(rand.NewSource(13))
	var words []string
	for i := range v.entries {
		if rng.Intn(10) == 0 {
			words = append(words, v.entries[i].core)
		}
	}
	filler := []string{" ", "  ", ". ", ", ", "\n", "x", "the ", "é", "ß", "e\u0301", "\xff", "\u00a0", "klant ", "she ", "1234 "}
	texts := strings.SplitAfter(mixedCorpus(20000), "\n")
	for n := 0; n < 600; n++ {
		var b strings.Builder
		for size := splitMin - 8 + rng.Intn(interleaveMin); b.Len() < size; {
			if rng.Intn(2) == 0 {
				w := words[rng.Intn(len(words))]
				if rng.Intn(4) == 0 {
					w = strings.ReplaceAll(w, " ", strings.Repeat(" ", 1+rng.Intn(60)))
				}
				b.WriteString(w)
			}
			b.WriteString(filler[rng.Intn(len(filler))])
		}
		texts = append(texts, b.String())
	}
	// A match in progress across every boundary: a long pattern, its
	// words stretched, repeated without a separator between them.
	long := ""
	for _, w := range words {
		if len(w) > len(long) {
			long = w
		}
	}
	for n := 64; n < 1024; n += 37 {
		texts = append(texts, strings.Repeat(strings.ReplaceAll(long, " ", "   "), n/len(long)+1)[:n])
	}
	for _, a := range []struct {
		name  string
		a     *automaton
		types uint16
	}{
		{"terms", v.terms, typeTerm.bit()},
		{"context", v.context, typeCue.bit() | typeBlock.bit() | typeAntiCue.bit()},
		{"links", v.links, typeCue.bit()},
	} {
		for _, text := range texts {
			want, _ := v.span(nil, a.a, a.types, text, 5, 0, 0, len(text), -1)
			got := v.match(nil, a.a, a.types, text, 5)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{}), cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("%s: split streams differ from one on a %d-byte text (-one +split):\n%s", a.name, len(text), diff)
			}
		}
	}
}

// TestContextWindows checks that judging a term hit on the context found
// in the windows of contextWindow gives what judging it on the context of
// the whole text gives, cue for cue and reason for reason: texts built of
// the vocabulary's own terms, cues, blocks and anti-cues, with runs of
// separators, letters outside ASCII and filler between them; and two
// blocks of every category (none is built in) that hold a cue and stick
// out of the cue's window by more than any built-in pattern is long.
func TestContextWindows(t *testing.T) {
	c, err := New(WithVocabulary("edge.tsv", strings.NewReader("# as_of: 2026-12-07\n"+
		"block\tweekly newsletter drafted for each customer of the shop\t*\n"+
		"block\tcustomer emails drafted by the sales team every monday\t*\n")))
	if err != nil {
		t.Fatal(err)
	}
	v := c.vocab
	rng := rand.New(rand.NewSource(11))
	var words []string
	for i := range v.entries {
		switch e := &v.entries[i]; e.typ {
		case typeTerm, typeCue, typeBlock, typeAntiCue:
			if rng.Intn(20) == 0 || e.typ == typeBlock {
				words = append(words, e.core)
			}
		}
	}
	filler := []string{" ", "  ", ". ", ", ", "\n", "x", "the ", "é", "ß", "e\u0301", "           ", "klant ", "she ", "Mevrouw ", "1234 "}
	types := typeCue.bit() | typeBlock.bit() | typeAntiCue.bit()
	var texts []string
	for n := 0; n < 100; n++ {
		var b strings.Builder
		for size := 200 + rng.Intn(3000); b.Len() < size; {
			if rng.Intn(3) == 0 {
				w := words[rng.Intn(len(words))]
				if rng.Intn(4) == 0 {
					w = strings.ReplaceAll(w, " ", strings.Repeat(" ", 1+rng.Intn(40)))
				}
				b.WriteString(w)
			}
			b.WriteString(filler[rng.Intn(len(filler))])
		}
		texts = append(texts, b.String())
	}
	// And at the edges of the windows: a block of every category that
	// holds a cue, the cue cueWindow or a byte more or less before or
	// after a term, its block sticking out.
	for i := range v.entries {
		be := &v.entries[i]
		if be.typ != typeBlock || be.category != anyCategory {
			continue
		}
		for _, x := range v.match(nil, v.context, typeCue.bit(), be.core, 0) {
			for d := -2; d <= 2; d++ {
				fill := strings.Repeat("ab ", 400)
				before := "the " + be.core + " " + fill[:max(0, cueWindow+d-(len(be.core)+1-x.start))] + "diabetes"
				after := "diabetes " + fill[:max(0, cueWindow+d-x.end-1)] + be.core + " the"
				texts = append(texts, before, after)
			}
		}
	}
	for n, text := range texts {
		hits := v.match(nil, v.terms, typeTerm.bit(), text, 0)
		all := v.match(nil, v.context, types, text, 0)
		var wins []window
		for _, h := range hits {
			wins = append(wins, contextWindow(text, h, v.context.MaxLen()))
		}
		wins = mergeWindows(wins)
		// termsAbout's windows, which skip walks where a neighbour's
		// bound serves, merge to the same.
		if fast := mergeWindows(contextWindows(nil, text, hits, v.context.MaxLen())); !slices.Equal(fast, wins) {
			t.Fatalf("text %d: contextWindows merge to %v, the windows one by one to %v", n, fast, wins)
		}
		ctx := v.matchWindows(nil, v.context, types, text, wins)
		for _, h := range hits {
			e := &v.entries[h.entry]
			var want, got trace
			wc, wok := v.judge(text, h, e, all, false, &want)
			gc, gok := v.judge(text, h, e, ctx, false, &got)
			if wc != gc || wok != gok || !cmp.Equal(want, got, cmp.AllowUnexported(trace{}, hit{}, cancelBy{}, Penalty{})) {
				t.Fatalf("text %d, hit %d:%d: windows judge %v %v, whole text %v %v", n, h.start, h.end, gc, gok, wc, wok)
			}
		}
	}
}

// TestContextWindowsUnion checks contextWindows, which takes a window's
// start or end from its neighbour where the two certainly overlap,
// against the windows made one by one: merged, they must be the same.
// The texts hold term hits at random distances, from overlapping to a
// kilobyte apart, some after a word of non-ASCII letters, so that every
// case of the two shortcuts and of the walks they skip comes up.
func TestContextWindowsUnion(t *testing.T) {
	v := Default().vocab
	rng := rand.New(rand.NewSource(14))
	terms := []string{"diabetes", "vakbondslid", "moskee", "hiv", "diabetes type 2", "dna", "kanker", "depressie"}
	fill := []string{"x", "de klant belt", "ok. ", "tot ziens", "çà et là", "\n", "12345", "   "}
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			for gap := rng.Intn(1200); gap > 0; {
				f := fill[rng.Intn(len(fill))] + " "
				b.WriteString(f)
				gap -= len(f)
			}
			b.WriteString(terms[rng.Intn(len(terms))])
			b.WriteString(" ")
		}
		text := b.String()
		hits := v.match(nil, v.terms, typeTerm.bit(), text, 0)
		var wins []window
		for _, h := range hits {
			wins = append(wins, contextWindow(text, h, v.context.MaxLen()))
		}
		want := mergeWindows(wins)
		if got := mergeWindows(contextWindows(nil, text, hits, v.context.MaxLen())); !slices.Equal(got, want) {
			t.Fatalf("text %d (%d hits): contextWindows merge to %v, the windows one by one to %v", n, len(hits), got, want)
		}
	}
}

// TestCategoryBits checks the switches of Category.bit and Kind.bit
// against the orders they stand for: every category and kind its own bit,
// by its place, and none for an unknown one.
func TestCategoryBits(t *testing.T) {
	for i, c := range categoryOrder {
		if c.bit() != 1<<i {
			t.Errorf("%s: bit %b, want %b", c, c.bit(), 1<<i)
		}
	}
	for i, k := range kindOrder {
		if k.bit() != 1<<i {
			t.Errorf("%s: bit %b, want %b", k, k.bit(), 1<<i)
		}
	}
	if Category("healthy").bit() != 0 || Kind("mail").bit() != 0 {
		t.Error("an unknown category or kind has a bit")
	}
}
