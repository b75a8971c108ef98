package classify

import "testing"

// TestTitlePair: two people of one title (or of one gender by first
// names or a pronoun, joined by "and") named before a pair term
// ("wonen samen", "are married") are a same-sex couple (CJEU C-184/20,
// docs/labeling.md "Indirect disclosure counts"), also where the titles
// and the surnames are abbreviated: the full stop of "dhr." or of an
// initial ("mevr. A.") does not end the sentence. The same two titles are
// no couple where a relation other than a couple stands between them and
// the term, where they stand on two sides of a contact or a letter's
// header, or where a real sentence end parts them from the term.
func TestTitlePair(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
		reason     string
	}{
		// Couples: found.
		{"nl abbreviated titles", "Dhr. Jansen en dhr. de Vries wonen samen sinds vorig jaar in Zwolle.", true, "the full stop of dhr. is no sentence end"},
		{"nl initials as surnames", "Mevr. A. en mevr. B. zijn getrouwd en willen de hypotheek samen afsluiten.", true, "the full stop of an initial that no title follows is no sentence end"},
		{"nl initials and surnames", "Dhr. P. Jansen en dhr. K. de Vries, partners sinds 2015, vragen een gezamenlijke polis aan.", true, "titles, initials and particles before the term"},
		{"nl mw", "Gesprek met mw. L. Smits en mw. R. Pauwels: zij zijn getrouwd sinds 2019.", true, "a colon is no sentence end"},
		{"nl two initials each", "Dhr. P.J.M. van der Heijden-Bakker en dhr. K.L. de Vries-Oosterhout, partners sinds 2015, vragen een polis aan.", true, "several initials and a double surname"},
		{"nl academic titles between", "Mevr. drs. De Smet en mevr. Peeters zijn getrouwd en wonen in Gent.", true, "an academic title inside a name"},
		{"nl father of a third person", "Dhr. Jansen, vader van Tim, en dhr. de Vries zijn getrouwd.", true, "a relation noun before van names a third person's relative (list of)"},
		{"nl bracketed pair", "Mevr. A. en mevr. B. (getrouwd) hebben een vraag over de polis.", true, "a bracket is no sentence end"},
		{"en abbreviated titles", "Mr. Smith and Mr. Jones are married and want a joint account.", true, "the full stop of Mr. is no sentence end"},
		{"en initials", "Ms. A. Patel and Ms. B. Green live together in Leeds.", true, "initials before surnames"},
		{"en initials as surnames", "Mr. A. and Mr. B. are married; both are on the policy.", true, "the initial's full stop before and"},
		{"en since", "Mrs. K. Brown and Mrs. L. White, together since 2012, asked about a joint mortgage.", true, "a pair term in an apposition"},
		{"nl they after the break", "Bezichtiging Kerkweg 12 door dhr. Van Rijn en dhr. Osei. Ze zijn sinds 2019 getrouwd en willen samen kopen.", true, "a plural pronoun opening the term's sentence names the two people before (list they)"},
		{"en they after the break", "Viewing booked by Mr. Evans and Mr. Osei. They are married and want to buy together.", true, "a plural pronoun opening the term's sentence names the two people before (list they)"},
		{"en aside", "Mrs. J. Smith and Mrs. P. Jones (both 54) are married.", true, "a relation word inside brackets is an aside (their ages)"},
		{"en first names", "Sarah and Emma are married and want a joint account.", true, "two first names of one gender joined by and (list and)"},
		{"en pronoun and first name", "She and Jenny got married last spring.", true, "a pronoun before and, and a first name of its gender"},
		{"nl first names", "Sanne en Lotte zijn getrouwd en kopen samen een huis.", true, "two first names of one gender joined by en"},
		{"en ampersand", "Mark & Thomas are civil partners.", true, "an ampersand joins them"},
		{"en full names", "Sarah Jones and Emma Smith live together in Leeds.", true, "first names with surnames"},
		// Not a couple: not found.
		{"en told", "Sarah told Emma that she is married.", false, "first names not joined by and: one of them is married"},
		{"en his wife", "He and his wife are married since 1990.", false, "his is no person before and"},
		{"en other sex", "Peter and Anna are married and live in Leeds.", false, "first names of two genders"},
		{"en sisters by name", "Sarah and Emma are sisters and live together.", false, "siblings (list apart)"},
		{"en child of a third", "Mr. Jones, father of Tom, and Mrs. Smith are married.", false, "a first name after of is a third person"},
		{"en spoke with", "Lisa spoke with Emma, married since 2010, about the loan.", false, "not joined by and"},
		{"nl she after the break", "Gesprek met mevr. Smit en mevr. Kok. Ze is getrouwd sinds 2001.", false, "ze before a singular verb is she: one person"},
		{"nl they two sentences on", "Gesprek met dhr. Jansen en dhr. de Vries. Klant belt terug. Ze zijn getrouwd sinds 2001.", false, "the pronoun carries over one sentence end only"},
		{"nl they but each", "Dhr. Jansen en dhr. de Vries zijn collega's. Ze zijn allebei getrouwd.", false, "each of the two (list apart)"},
		{"en both married", "Mr. Smith and Mr. Jones are both married.", false, "each of the two (list apart)"},
		{"nl colleagues", "Dhr. Jansen en dhr. de Vries zijn collega's; dhr. Jansen is getrouwd sinds 1998.", false, "a semicolon ends the clause"},
		{"nl brothers", "Dhr. Jansen en dhr. de Vries zijn broers en wonen samen in het ouderlijk huis.", false, "siblings (list apart)"},
		{"nl sisters initials", "Mevr. A. en mevr. B. zijn zussen en wonen samen sinds het overlijden van hun moeder.", false, "siblings (list apart)"},
		{"nl father and son", "Dhr. K. Visser en dhr. L. Visser zijn vader en zoon en wonen samen.", false, "parent and child (list apart)"},
		{"nl neighbour", "Mevr. Smit en mevr. de Groot, de buurvrouw, wonen samen in de straat maar in aparte huizen.", false, "a neighbour (list apart)"},
		{"nl business", "Dhr. A. Jansen en dhr. B. de Vries zijn compagnons en zijn partners sinds de oprichting van het bureau.", false, "business partners (list apart)"},
		{"nl adviser then couple", "Dhr. Jansen is onze adviseur. Dhr. de Vries en mevr. de Vries zijn getrouwd sinds 1990.", false, "a sentence end after a surname parts the adviser from the couple"},
		{"nl client and adviser", "Gesprek dhr. Jansen (adviseur) met dhr. de Vries (klant). Klant is getrouwd sinds 2010, twee kinderen.", false, "a sentence end after a bracket"},
		{"nl call", "Dhr. Jansen belde met dhr. de Vries: getrouwd sinds 2001, twee kinderen.", false, "a contact between the two (list contact)"},
		{"nl letter header", "Brief van dhr. Jansen aan dhr. de Vries, getrouwd sinds 2001, over de hypotheek.", false, "a letter from one to the other (list contact)"},
		{"nl header list", "Aan: dhr. J. Jansen, dhr. P. de Vries. Betreft: uw hypotheek. U bent getrouwd sinds 2001 met mevr. Jansen.", false, "a sentence end after a surname"},
		{"nl initial then title", "Dhr. de Vries sprak met dhr. B. Mevr. B. en dhr. B. zijn getrouwd sinds 1985.", false, "an initial's full stop before a capitalised title ends the sentence"},
		{"en colleagues", "Mr. Smith and Mr. Jones are colleagues. Mr. Smith and his wife are married since 2001.", false, "a sentence end after a noun"},
		{"en sisters", "Ms. Patel and Ms. Green are sisters and live together since their mother died.", false, "siblings (list apart)"},
		{"en business", "Mr. Ali and Mr. Khan, business partners since 2010, run the shop together.", false, "business partners (list apart)"},
		{"en adviser", "Mr. Jones spoke to Mr. Smith, married since 2001, about the loan.", false, "a contact between the two (list contact)"},
		{"en neighbours", "Mrs. K. Brown and Mrs. L. White are neighbours; both are married with children.", false, "a semicolon ends the clause"},
	}
	c := Default()
	for _, tt := range tests {
		wantTextCategory(t, c, tt.name, tt.text, SexLifeOrientation, tt.want, tt.reason)
	}
}

// TestTitleStopInPhrase: the full stop of an abbreviated title does not
// end the sentence inside a phrase of several words either ("dhr. en
// dhr. Jansen-de Vries", "Mr. & Mr. Howarth-Lyle": a couple addressed
// together); a full stop after another word still does.
func TestTitleStopInPhrase(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
		reason     string
	}{
		{"nl dhr en dhr", "Brief aan dhr. en dhr. Jansen-de Vries over de gezamenlijke hypotheek.", true, "the title's full stop inside the phrase"},
		{"nl mevr ampersand", "Brief aan mevr. & mevr. Bakker-Kaya over de gezamenlijke hypotheek.", true, "an ampersand and the titles' full stops"},
		{"en mr ampersand", "Mr. & Mr. Howarth-Lyle - joint account opened, both IDs seen.", true, "an ampersand and the titles' full stops"},
		{"en sentence end", "Joint account for Mr. Howarth and his wife. Mr Lyle called too.", false, "a full stop after a noun ends the sentence: two people, no couple"},
	}
	c := Default()
	for _, tt := range tests {
		wantTextCategory(t, c, tt.name, tt.text, SexLifeOrientation, tt.want, tt.reason)
	}
}
