package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// origin is a country or group of origin as Dutch and English notes
// name a person's descent: the Dutch adjective, its inflected form and
// the English adjective ("" where a language has none in use).
type origin struct {
	nl, nle, en string
}

const (
	cbsHerkomst = "CBS, Bevolking; herkomstland (StatLine), the herkomstlanden with the most residents, and the groups of CBS's earlier migratieachtergrond classification (Marokko, Turkije, Suriname, de voormalige Nederlandse Antillen en Aruba, Indonesië)"
	groupsNL    = "ethnic groups without a state of their own among Dutch residents (Koerden, Molukkers, Hindostanen, Javanen, Creolen, Berbers, Tamils, Armeniërs, Assyriërs): Sociaal en Cultureel Planbureau, Jaarrapport integratie; CBS, Integratie en samenleven"
	onsEthnic   = "Office for National Statistics, Ethnic group classification, Census 2021 (England and Wales): the national origins of its Asian, Black, White and Other groups"
)

// originTables are the origins, each with its source.
var originTables = []struct {
	source  string
	origins []origin
}{
	{cbsHerkomst, []origin{
		{"turks", "turkse", "turkish"}, {"marokkaans", "marokkaanse", "moroccan"}, {"surinaams", "surinaamse", "surinamese"},
		{"indonesisch", "indonesische", "indonesian"}, {"indisch", "indische", ""}, {"antilliaans", "antilliaanse", "antillean"},
		{"curacaos", "curacaose", "curacaoan"}, {"arubaans", "arubaanse", "aruban"}, {"duits", "duitse", "german"},
		{"pools", "poolse", "polish"}, {"belgisch", "belgische", "belgian"}, {"brits", "britse", "british"},
		{"syrisch", "syrische", "syrian"}, {"chinees", "chinese", "chinese"}, {"iraaks", "iraakse", "iraqi"},
		{"irakees", "irakese", ""}, {"afghaans", "afghaanse", "afghan"}, {"iraans", "iraanse", "iranian"},
		{"somalisch", "somalische", "somali"}, {"eritrees", "eritrese", "eritrean"}, {"ghanees", "ghanese", "ghanaian"},
		{"indiaas", "indiase", "indian"}, {"kaapverdiaans", "kaapverdiaanse", "cape verdean"}, {"vietnamees", "vietnamese", "vietnamese"},
		{"pakistaans", "pakistaanse", "pakistani"}, {"egyptisch", "egyptische", "egyptian"}, {"ethiopisch", "ethiopische", "ethiopian"},
		{"nigeriaans", "nigeriaanse", "nigerian"}, {"bulgaars", "bulgaarse", "bulgarian"}, {"roemeens", "roemeense", "romanian"},
		{"italiaans", "italiaanse", "italian"}, {"spaans", "spaanse", "spanish"}, {"portugees", "portugese", "portuguese"},
		{"hongaars", "hongaarse", "hungarian"}, {"oekraiens", "oekraiense", "ukrainian"}, {"russisch", "russische", "russian"},
		{"braziliaans", "braziliaanse", "brazilian"}, {"filipijns", "filipijnse", "filipino"}, {"thais", "thaise", "thai"},
		{"colombiaans", "colombiaanse", "colombian"}, {"dominicaans", "dominicaanse", "dominican"}, {"sri lankaans", "sri lankaanse", "sri lankan"},
		{"bosnisch", "bosnische", "bosnian"}, {"joegoslavisch", "joegoslavische", "yugoslav"}, {"kosovaars", "kosovaarse", "kosovan"},
		{"servisch", "servische", "serbian"}, {"kroatisch", "kroatische", "croatian"}, {"grieks", "griekse", "greek"},
		{"congolees", "congolese", "congolese"}, {"angolees", "angolese", "angolan"}, {"soedanees", "soedanese", "sudanese"},
		{"jemenitisch", "jemenitische", "yemeni"}, {"libanees", "libanese", "lebanese"}, {"palestijns", "palestijnse", "palestinian"},
		{"tunesisch", "tunesische", "tunisian"}, {"algerijns", "algerijnse", "algerian"}, {"libisch", "libische", "libyan"},
		{"israelisch", "israelische", "israeli"}, {"armeens", "armeense", "armenian"}, {"kameroens", "kameroense", "cameroonian"},
	}},
	{groupsNL, []origin{
		{"koerdisch", "koerdische", "kurdish"}, {"moluks", "molukse", "moluccan"}, {"hindostaans", "hindostaanse", ""},
		{"hindoestaans", "hindoestaanse", ""}, {"javaans", "javaanse", "javanese"}, {"creools", "creoolse", ""},
		{"berbers", "berberse", "berber"}, {"tamil", "", "tamil"}, {"assyrisch", "assyrische", "assyrian"},
	}},
	{onsEthnic, []origin{
		{"", "", "bangladeshi"}, {"", "", "jamaican"}, {"", "", "caribbean"}, {"", "", "irish"},
		{"", "", "korean"}, {"", "", "japanese"}, {"", "", "mexican"}, {"", "", "arab"},
		{"", "", "lithuanian"}, {"", "", "latvian"}, {"", "", "zimbabwean"}, {"", "", "kenyan"},
	}},
}

// originForms are the phrases that state a person's descent from an
// origin: %b is the Dutch adjective, %e its inflected form, %n the
// English adjective. Nationality, residence and language alone are not
// descent (docs/labeling.md), so the bare adjective needs a share or a
// parent before it (flag pct), and the forms name the parents, the
// roots, the background or the heritage identity. The hyphenated
// "Duits-Nederlands" is left out: a border, a treaty and trade are
// written so.
var originForms = []struct {
	pattern string
	weight  float64
	flags   string
}{
	// Parents of an origin are the person's roots ("kind van Turkse
	// ouders", "born to Moroccan parents"); 0.75 needs a person cue, so
	// a leaflet for "Turkse ouders" as a group stays quiet.
	{"%e ouders", 0.75, "cap"},
	// Roots and background are also carrots and a backdrop ("salade met
	// Marokkaanse wortels", "wil een Spaanse achtergrond op de
	// website"): only with a person's possessive or "heeft een", "met
	// een", "van".
	{"zijn %e wortels", 0.8, "cap"},
	{"haar %e wortels", 0.8, "cap"},
	{"mijn %e wortels", 0.8, "cap"},
	{"heeft een %e achtergrond", 0.8, "cap"},
	{"met een %e achtergrond", 0.8, "cap"},
	{"van %e achtergrond", 0.8, "cap"},
	{"%e nederlander", 0.8, "cap"},
	// Belgian Dutch names the host the same way (Statbel, "Belgen van
	// vreemde herkomst": "een Turkse Belg").
	{"%e belg", 0.8, "cap"},
	// Parents who came as guest workers of an origin ("zijn ouders zijn
	// Turkse gastarbeiders"; the recruitment agreements of 1960-1970 with
	// Italy, Spain, Portugal, Turkey, Greece, Morocco, Yugoslavia and
	// Tunisia): 0.75 needs a person cue, so history names nobody.
	{"%e gastarbeiders", 0.75, "cap"},
	{"%e gastarbeider", 0.75, "cap"},
	{"%b van origine", 0.75, "cap"},
	// The inflected form as a noun of the person ("Mevrouw is Ghanese van
	// origine", "een Turkse van afkomst").
	{"%e van origine", 0.75, "cap"},
	// The generation of descent before the origin ("2e generatie Turks",
	// "third-generation Irish"); the generation alone is also a product's
	// ("een 2e generatie iPad").
	{"generatie %b", 0.85, "cap"},
	{"generatie %e", 0.85, "cap"},
	{"generation %n", 0.8, "cap"},
	// The bare adjective after a share, abuse for being it, or a parent
	// and a form of "to be" ("zijn moeder is Marokkaanse").
	{"%b", 0.8, "cap,pct"},
	{"%e", 0.8, "cap,pct"},
	// One parent of the origin, said as the person's own ("heeft een
	// Turkse vader", "has a Nigerian mother"); not the bare "Somalische
	// moeder", which is the woman herself and her nationality.
	{"heeft een %e vader", 0.8, "cap"},
	{"heeft een %e moeder", 0.8, "cap"},
	{"%n parents", 0.75, "cap"},
	{"has a %n father", 0.8, "cap"},
	{"has a %n mother", 0.8, "cap"},
	{"%n", 0.8, "cap,pct"},
}

// originLines writes the descent forms of every origin that nl.tsv,
// en.tsv and groups.tsv do not already hold.
func originLines(w io.Writer, seen map[string]bool) {
	const cat = "racial-ethnic-origin"
	for _, t := range originTables {
		var lines []string
		for _, o := range t.origins {
			for _, f := range originForms {
				var word string
				switch {
				case strings.Contains(f.pattern, "%b"):
					word = o.nl
				case strings.Contains(f.pattern, "%e"):
					word = o.nle
				default:
					word = o.en
				}
				if word == "" {
					continue
				}
				pat := strings.NewReplacer("%b", word, "%e", word, "%n", word).Replace(f.pattern)
				if strings.HasSuffix(pat, " achtergrond") && seen[fold(word+" achtergrond")+"\x00"+cat] {
					continue // the bare form is already a term of nl.tsv
				}
				key := fold(pat) + "\x00" + cat
				if seen[key] || covered(fold(pat), cat, false) {
					continue
				}
				seen[key] = true
				lines = append(lines, fmt.Sprintf("term\t%s\t%s\t%.2g\t%s", pat, cat, f.weight, f.flags))
			}
		}
		if len(lines) == 0 {
			continue
		}
		fmt.Fprintf(w, "# Descent from an origin (parents, roots, background, a share). Source: %s\n", t.source)
		sort.Strings(lines)
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
	}
}
