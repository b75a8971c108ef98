package main

import "strings"

// group is a party or union: its names as people write them, the
// articles that go before it in Dutch and English, and where the names
// were checked.
type group struct {
	category string   // political-opinions or trade-union-membership
	country  string   // NL, BE, UK, IE, DE, US, CA, AU
	names    []string // spellings and abbreviations; the first names the group
	nl, en   string   // article: "de", "het", "the" or ""
	source   string
	narrow   bool // the name is also a common word: only the forms that cannot be read otherwise
}

// form is a phrase with %s for a name (after its article).
type form struct {
	pattern string
	weight  float64
	skip    func(name string) bool
}

const (
	party = "political-opinions"
	union = "trade-union-membership"

	kiesraad  = "Kiesraad, register van aanduidingen van politieke groeperingen and Tweede Kamer results 2023"
	kamerBE   = "Belgische Kamer van volksvertegenwoordigers and Vlaams Parlement, fracties 2024"
	ecUK      = "Electoral Commission, register of political parties (Great Britain and Northern Ireland)"
	bwl       = "Die Bundeswahlleiterin, Parteien im Bundestag 2025"
	fec       = "Federal Election Commission, national party committees"
	sipo      = "Standards in Public Office Commission (Ireland), Register of Political Parties"
	elecCA    = "Elections Canada, registered political parties"
	aec       = "Australian Electoral Commission, register of political parties"
	fnv       = "FNV, CNV and VCP member unions (their own sites); Wikipedia, Lijst van Nederlandse vakbonden"
	beUnions  = "ACV/CSC, ABVV/FGTB and ACLVB/CGSLB and their centrales (their own sites)"
	tuc       = "Trades Union Congress, affiliated unions list"
	dgb       = "Deutscher Gewerkschaftsbund, Mitgliedsgewerkschaften"
	aflcio    = "AFL-CIO, affiliated unions list"
	partyWord = "party"
	eciIN     = "Election Commission of India, recognised national parties"
	iecZA     = "Electoral Commission of South Africa, registered political parties"
	ictu      = "Irish Congress of Trade Unions, affiliated unions list"
	inUnions  = "All India Bank Employees' Association (its own site; registered under the Trade Unions Act 1926)"
)

var groups = []group{
	// The Netherlands.
	{party, "NL", []string{"VVD"}, "de", "the", kiesraad, false},
	{party, "NL", []string{"PVV"}, "de", "the", kiesraad, false},
	{party, "NL", []string{"CDA"}, "het", "the", kiesraad, false},
	{party, "NL", []string{"D66"}, "", "", kiesraad, false},
	{party, "NL", []string{"GroenLinks", "GroenLinks-PvdA", "GL-PvdA"}, "", "", kiesraad, false},
	{party, "NL", []string{"PvdA", "Partij van de Arbeid"}, "de", "the", kiesraad, false},
	{party, "NL", []string{"SP", "Socialistische Partij"}, "de", "the", kiesraad, true},
	{party, "NL", []string{"Partij voor de Dieren", "PvdD"}, "de", "the", kiesraad, false},
	{party, "NL", []string{"ChristenUnie"}, "de", "the", kiesraad, false},
	{party, "NL", []string{"SGP", "Staatkundig Gereformeerde Partij"}, "de", "the", kiesraad, false},
	{party, "NL", []string{"DENK"}, "", "", kiesraad, true},
	{party, "NL", []string{"Volt"}, "", "", kiesraad, true},
	{party, "NL", []string{"JA21"}, "", "", kiesraad, false},
	{party, "NL", []string{"Forum voor Democratie", "FvD"}, "", "", kiesraad, false},
	{party, "NL", []string{"BBB", "BoerBurgerBeweging"}, "de", "the", kiesraad, false},
	{party, "NL", []string{"NSC", "Nieuw Sociaal Contract"}, "", "", kiesraad, false},
	{party, "NL", []string{"50PLUS"}, "", "", kiesraad, false},
	{party, "NL", []string{"BIJ1"}, "", "", kiesraad, false},
	// Belgium (Dutch- and French-speaking parties; MR and PS are left
	// out: the abbreviations are common words and titles).
	{party, "BE", []string{"N-VA", "Nieuw-Vlaamse Alliantie"}, "de", "the", kamerBE, false},
	{party, "BE", []string{"Vlaams Belang"}, "het", "", kamerBE, false},
	{party, "BE", []string{"CD&V"}, "", "", kamerBE, false},
	{party, "BE", []string{"Open Vld", "Open VLD"}, "", "", kamerBE, false},
	{party, "BE", []string{"Vooruit"}, "", "", kamerBE, true},
	{party, "BE", []string{"Groen"}, "", "", kamerBE, true},
	{party, "BE", []string{"PVDA-PTB", "PTB"}, "de", "the", kamerBE, true},
	{party, "BE", []string{"Ecolo"}, "", "", kamerBE, false},
	{party, "BE", []string{"Les Engagés"}, "", "", kamerBE, false},
	{party, "BE", []string{"DéFI"}, "", "", kamerBE, false},
	// The United Kingdom.
	{party, "UK", []string{"~Labour", "Labour Party"}, "", "the", ecUK, true},
	{party, "UK", []string{"Conservative Party", "Conservatives", "Tories", "Tory Party"}, "de", "the", ecUK, false},
	{party, "UK", []string{"Liberal Democrats", "Lib Dems"}, "de", "the", ecUK, false},
	{party, "UK", []string{"SNP", "Scottish National Party"}, "de", "the", ecUK, false},
	{party, "UK", []string{"Plaid Cymru"}, "", "", ecUK, false},
	{party, "UK", []string{"Reform UK"}, "", "", ecUK, false},
	{party, "UK", []string{"Green Party", "Greens"}, "de", "the", ecUK, true},
	{party, "UK", []string{"DUP", "Democratic Unionist Party"}, "de", "the", ecUK, false},
	{party, "UK", []string{"Sinn Féin"}, "", "", ecUK, false},
	{party, "UK", []string{"SDLP"}, "de", "the", ecUK, false},
	{party, "UK", []string{"UKIP"}, "", "", ecUK, false},
	// Germany.
	{party, "DE", []string{"CDU"}, "de", "the", bwl, false},
	{party, "DE", []string{"CSU"}, "de", "the", bwl, false},
	{party, "DE", []string{"SPD"}, "de", "the", bwl, false},
	{party, "DE", []string{"Grünen", "Bündnis 90/Die Grünen"}, "de", "the", bwl, true},
	{party, "DE", []string{"FDP"}, "de", "the", bwl, false},
	{party, "DE", []string{"AfD"}, "de", "the", bwl, false},
	{party, "DE", []string{"Die Linke"}, "", "", bwl, false},
	{party, "DE", []string{"BSW", "Bündnis Sahra Wagenknecht"}, "het", "the", bwl, false},
	// The United States.
	{party, "US", []string{"Democratic Party", "Democrats"}, "de", "the", fec, true},
	{party, "US", []string{"Republican Party", "Republicans", "GOP"}, "de", "the", fec, true},
	{party, "US", []string{"Libertarian Party"}, "de", "the", fec, false},
	// Ireland, Canada and Australia (Labour, the Conservatives and the
	// Greens under the United Kingdom above).
	{party, "IE", []string{"Fianna Fáil"}, "", "", sipo, false},
	{party, "IE", []string{"Fine Gael"}, "", "", sipo, false},
	{party, "IE", []string{"Aontú"}, "", "", sipo, false},
	{party, "CA", []string{"NDP", "New Democratic Party"}, "de", "the", elecCA, false},
	{party, "CA", []string{"Bloc Québécois"}, "het", "the", elecCA, false},
	{party, "AU", []string{"Labor Party", "Australian Labor Party"}, "de", "the", aec, true},
	{party, "AU", []string{"Liberal Party", "Liberals"}, "de", "the", aec, true},
	{party, "AU", []string{"National Party"}, "de", "the", aec, true},
	{party, "AU", []string{"One Nation"}, "", "", aec, true},
	{party, "AU", []string{"Australian Greens"}, "de", "the", aec, false},
	// India and South Africa (the English of their notes).
	{party, "IN", []string{"BJP", "Bharatiya Janata Party"}, "de", "the", eciIN, false},
	{party, "ZA", []string{"ANC", "African National Congress"}, "het", "the", iecZA, false},

	// Trade unions: the Netherlands.
	{union, "NL", []string{"FNV"}, "de", "the", fnv, false},
	{union, "NL", []string{"CNV"}, "het", "the", fnv, false},
	{union, "NL", []string{"VCP"}, "de", "the", fnv, false},
	{union, "NL", []string{"AOb", "Algemene Onderwijsbond"}, "de", "the", fnv, false},
	// Nurses write "lid van de NU'91" as often as "lid van NU'91": both
	// (a "~" name drops the article).
	{union, "NL", []string{"NU'91", "~NU'91"}, "de", "", fnv, false},
	{union, "NL", []string{"De Unie"}, "", "", fnv, true},
	{union, "NL", []string{"ACP", "Politievakbond ACP"}, "de", "the", fnv, false},
	{union, "NL", []string{"NPB", "Nederlandse Politiebond"}, "de", "the", fnv, false},
	{union, "NL", []string{"CMHF"}, "de", "the", fnv, false},
	{union, "NL", []string{"FBZ"}, "de", "the", fnv, false},
	// Belgium.
	{union, "BE", []string{"ACV", "CSC"}, "het", "the", beUnions, false},
	{union, "BE", []string{"ABVV", "FGTB"}, "het", "the", beUnions, false},
	{union, "BE", []string{"ACLVB", "CGSLB"}, "de", "the", beUnions, false},
	{union, "BE", []string{"ACOD"}, "de", "the", beUnions, false},
	{union, "BE", []string{"BBTK"}, "de", "the", beUnions, false},
	// The United Kingdom.
	{union, "UK", []string{"Unite"}, "", "", tuc, true},
	{union, "UK", []string{"UNISON"}, "", "", tuc, false},
	{union, "UK", []string{"GMB"}, "de", "the", tuc, false},
	{union, "UK", []string{"RCN", "Royal College of Nursing"}, "het", "the", tuc, false},
	{union, "UK", []string{"NEU", "National Education Union"}, "de", "the", tuc, false},
	{union, "UK", []string{"NASUWT"}, "de", "the", tuc, false},
	{union, "UK", []string{"PCS"}, "", "", tuc, true},
	{union, "UK", []string{"RMT"}, "de", "the", tuc, false},
	{union, "UK", []string{"CWU"}, "de", "the", tuc, false},
	{union, "UK", []string{"Usdaw"}, "", "", tuc, false},
	{union, "UK", []string{"FBU", "Fire Brigades Union"}, "de", "the", tuc, false},
	{union, "UK", []string{"ASLEF"}, "", "", tuc, false},
	{union, "UK", []string{"UCU"}, "de", "the", tuc, false},
	{union, "UK", []string{"NAHT"}, "de", "the", tuc, false},
	{union, "UK", []string{"NUJ"}, "de", "the", tuc, false},
	{union, "UK", []string{"POA"}, "de", "the", tuc, false},
	{union, "UK", []string{"TSSA"}, "de", "the", tuc, false},
	{union, "UK", []string{"BECTU"}, "", "", tuc, false},
	// Ireland.
	{union, "IE", []string{"SIPTU"}, "", "", ictu, false},
	{union, "IE", []string{"INMO"}, "de", "the", ictu, false},
	{union, "IE", []string{"ASTI"}, "de", "the", ictu, false},
	{union, "IE", []string{"Fórsa", "Forsa"}, "", "", ictu, false},
	// Germany.
	{union, "DE", []string{"ver.di"}, "", "", dgb, false},
	{union, "DE", []string{"IG Metall"}, "de", "", dgb, false},
	{union, "DE", []string{"GEW"}, "de", "the", dgb, false},
	{union, "DE", []string{"IG BCE"}, "de", "the", dgb, false},
	{union, "DE", []string{"EVG"}, "de", "the", dgb, false},
	{union, "DE", []string{"NGG"}, "de", "the", dgb, false},
	// The United States.
	{union, "US", []string{"Teamsters"}, "de", "the", aflcio, false},
	{union, "US", []string{"SEIU"}, "", "", aflcio, false},
	{union, "US", []string{"UAW", "United Auto Workers"}, "de", "the", aflcio, false},
	{union, "US", []string{"AFSCME"}, "", "", aflcio, false},
	{union, "US", []string{"AFT", "American Federation of Teachers"}, "de", "the", aflcio, false},
	{union, "US", []string{"UFCW"}, "de", "the", aflcio, false},
	{union, "US", []string{"IBEW"}, "de", "the", aflcio, false},
	{union, "US", []string{"USW", "United Steelworkers"}, "de", "the", aflcio, false},
	// India.
	{union, "IN", []string{"AIBEA", "All India Bank Employees' Association"}, "de", "the", inUnions, false},
}

// formsFor returns the forms for a group, with its articles filled in:
// "%s" stands for the article and the name ("de VVD", "the SNP").
func formsFor(g group) []form {
	nl := func(p string) string { return strings.ReplaceAll(p, "%s", join(g.nl, "%s")) }
	en := func(p string) string { return strings.ReplaceAll(p, "%s", join(g.en, "%s")) }
	var out []form
	add := func(pattern string, w float64, narrowOK bool) {
		if g.narrow && !narrowOK {
			return
		}
		out = append(out, form{pattern: pattern, weight: w})
	}
	// The forms are few on purpose: each adds states to the term
	// automaton for every name, and the vocabulary's memory is bounded
	// (TestHostileInputMemory). These are the forms notes use most.
	if g.category == party {
		add(nl("lid van %s"), 0.85, true)
		add("%s lid", 0.85, true)
		add(nl("stemt op %s"), 0.85, true)
		add(nl("kandidaat voor %s"), 0.85, true)
		add(nl("werkt voor %s"), 0.85, false)
		add(nl("fractiemedewerker voor %s"), 0.85, true)
		add(nl("op de lijst van %s"), 0.85, true)
		// A Belgian councillor sits for a party ("zetelt voor Groen in
		// de OCMW-raad").
		add(nl("zetelt voor %s"), 0.85, true)
		add(en("member of %s"), 0.85, true)
		add("%s member", 0.85, true)
		add("%s councillor", 0.85, true)
		add(en("votes for %s"), 0.85, true)
		add(en("candidate for %s"), 0.85, true)
		// Standing for a party is a candidacy in British, Irish and
		// Commonwealth English ("is standing for Aontú in the local
		// elections"); not for a name that is also a common word
		// ("the L standing for labour costs").
		add(en("standing for %s"), 0.85, false)
		add(en("works for %s"), 0.85, true)
		return out
	}
	// Trade unions.
	add(nl("lid van %s"), 0.85, true)
	add("%s lid", 0.85, true)
	add(en("member of %s"), 0.85, true)
	add("%s member", 0.85, true)
	add("%s rep", 0.8, true)
	// Joined to a union ("is aangesloten bij de AOb", "aangesloten bij
	// CNV Vakmensen"): the Dutch word of membership beside "lid van".
	add(nl("aangesloten bij %s"), 0.85, true)
	// Being "in" a union is membership ("he's in the GMB", "she is in
	// Usdaw"); a union named by a common word keeps to en.tsv.
	add(en("is in %s"), 0.75, false)
	add(en("s in %s"), 0.75, false)
	// On strike with a union, its cadre, its dues ("out on strike with
	// the RCN", "kaderlid CNV", "contributie AOb").
	add(en("on strike with %s"), 0.8, true)
	add("kaderlid %s", 0.85, true)
	add(nl("kaderlid van %s"), 0.85, true)
	add(nl("kaderlid bij %s"), 0.85, true)
	add("contributie %s", 0.85, true)
	add(nl("contributie van %s"), 0.85, true)
	add("%s contributie", 0.85, true)
	add(en("subs to %s"), 0.85, true)
	add(en("dues to %s"), 0.85, true)
	return out
}

func join(article, name string) string {
	if article == "" {
		return name
	}
	return article + " " + name
}
