package classify

import "testing"

// TestOwnedBy: a term followed by "van" or "of" and a person (a person
// cue, a title or a first name) belongs to that person, so a general
// anti-cue of a system, a product or a job around it does not make it a
// thing's (docs/labeling.md: enrolment of a person is biometric, the
// office system is not). Without the person the anti-cue still counts.
func TestOwnedBy(t *testing.T) {
	tests := []struct {
		name, text string
		cat        Category
		want       bool
		reason     string
	}{
		{"nl person cue", "tijdregistratie: gezichtsherkenning van stagiair Noor ingesteld op de prikklok, werkt", Biometric, true, "van and a person cue: her enrolment"},
		{"nl title", "Gezichtsherkenning van mevrouw Bos ingesteld op de prikklok.", Biometric, true, "van and a title: her enrolment"},
		{"nl article and cue", "Gezichtsherkenning van de medewerker ingesteld op de prikklok.", Biometric, true, "van, an article and a person cue"},
		{"en first name", "Facial recognition of Sarah set up on the time clock today.", Biometric, true, "of and a first name"},
		{"nl supplier", "Gezichtsherkenning van Hikvision ingesteld op de prikklok.", Biometric, false, "a supplier's name is no person: the time clock is the system"},
		{"nl no owner", "Gezichtsherkenning ingesteld op de prikklok.", Biometric, false, "no person: the system"},
		{"nl owner is a thing", "Gezichtsherkenning van de leverancier ingesteld op de prikklok.", Biometric, false, "the supplier is no person cue"},
		{"nl two articles", "Gezichtsherkenning van de het medewerker ingesteld op de prikklok.", Biometric, false, "an article at the most between van and the person: two make no owner"},
	}
	c := Default()
	for _, tt := range tests {
		wantTextCategory(t, c, tt.name, tt.text, tt.cat, tt.want, tt.reason)
	}
}

// TestElidedSubject: a sentence that opens with a capitalised verb
// without its subject (words.tsv, list elided) speaks of the person the
// note is about, a person cue for the terms near it ("Served 2 years at
// HMP …"); the same verb inside a sentence has a subject of its own.
func TestElidedSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
		reason     string
	}{
		{"en opening", "Served 2 years at HMP Pentonville, released 2023. Housing assessment booked.", true, "Served opens the note: its person served"},
		{"en after a full stop", "Housing assessment booked. Served 2 years at HMP Pentonville.", true, "Served opens a sentence"},
		{"en inside", "The kitchen served 200 meals at HMP Pentonville last week.", false, "served has a subject of its own: no person"},
		{"nl opening", "Zat 2 jaar in de bajes, nu vrij en op zoek naar werk.", true, "Zat opens the note: its person sat"},
		{"nl inside", "De cursus zat vol, volgende keer in de bajes van Vught als excursie.", false, "zat has a subject of its own"},
	}
	c := Default()
	for _, tt := range tests {
		wantTextCategory(t, c, tt.name, tt.text, Criminal, tt.want, tt.reason)
	}
}

// TestGenerationAfter: an origin noun followed by the generation of
// descent ("een Marokkaan van de tweede generatie") is descent
// (docs/labeling.md: roots, as against nationality); the noun alone
// ("klant is Marokkaan") may be nationality and stays out, and a
// product's generation is no one's.
func TestGenerationAfter(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
		reason     string
	}{
		{"tweede", "Klant is een Marokkaan van de tweede generatie.", true, "the generation of descent after the origin noun"},
		{"2e", "Klant is een Surinamer van de 2e generatie.", true, "an ordinal in digits"},
		{"noun alone", "Klant is Marokkaan en woont in Utrecht.", false, "nationality or origin, not to be told apart"},
		{"product", "Klant heeft een iPad van de tweede generatie.", false, "no origin noun"},
		{"not a generation", "Klant is een Marokkaan van de tweede verdieping.", false, "a floor, not a generation"},
	}
	c := Default()
	for _, tt := range tests {
		wantTextCategory(t, c, tt.name, tt.text, RacialEthnicOrigin, tt.want, tt.reason)
	}
}

// TestNameAfterCue: a category word written as a name right after a
// person cue and before a capitalised word is a first name and a surname
// in apposition ("Klant Gay Jansen"), as a surname after a title is
// (docs/labeling.md: names that contain a category word); said of the
// person, or a word written with a capital anyway (flag cap), it counts.
func TestNameAfterCue(t *testing.T) {
	tests := []struct {
		name, text string
		cat        Category
		want       bool
		reason     string
	}{
		{"nl first name", "Klant Gay Jansen belde over de hypotheek.", SexLifeOrientation, false, "a first name after the cue klant"},
		{"en first name", "Customer Gay Thompson called about the mortgage.", SexLifeOrientation, false, "a first name after the cue customer"},
		{"nl said of the person", "Klant is gay en woont samen met zijn vriend Tom.", SexLifeOrientation, true, "the word said of the person"},
		{"cap word", "Huurder vertelt dat zijn ouders Hindostaanse Surinamers zijn.", RacialEthnicOrigin, true, "a word written with a capital anyway (flag cap)"},
	}
	c := Default()
	for _, tt := range tests {
		wantTextCategory(t, c, tt.name, tt.text, tt.cat, tt.want, tt.reason)
	}
}

// wantTextCategory runs one row of a Text table test as a subtest: Text
// finds cat in text exactly when want is set. A failure names the row and
// the reason, never the text.
func wantTextCategory(t *testing.T, c *Classifier, name, text string, cat Category, want bool, reason string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		if got := hasCategory(c.Text(text), cat); got != want {
			t.Errorf("%s found %v, want %v (%s)", cat, got, want, reason)
		}
	})
}
