package main

// leader is a party leader whose name, said of a person with a vote or a
// following, stands for the party: "fan van Baudet", "aanhanger van Tom
// Van Grieken", "voted for Wilders" reveal a political opinion as the
// party's name does (AVG/GDPR art. 9(1); CJEU C-184/20). The bare name
// is news; only these forms are terms.
type leader struct {
	names   []string // the full name, then a surname that names nobody else in notes
	country string
	source  string
}

const (
	tkLists = "Kiesraad, kandidatenlijsten Tweede Kamerverkiezing 2023 (lijsttrekkers)"
	bePres  = "Belgische Kamer van volksvertegenwoordigers and the parties' own sites, partijvoorzitters 2024"
)

var leaders = []leader{
	{[]string{"Geert Wilders", "Wilders"}, "NL", tkLists},
	{[]string{"Thierry Baudet", "Baudet"}, "NL", tkLists},
	{[]string{"Pieter Omtzigt", "Omtzigt"}, "NL", tkLists},
	{[]string{"Caroline van der Plas"}, "NL", tkLists},
	{[]string{"Frans Timmermans"}, "NL", tkLists},
	{[]string{"Dilan Yeşilgöz", "Yeşilgöz"}, "NL", tkLists},
	{[]string{"Rob Jetten", "Jetten"}, "NL", tkLists},
	{[]string{"Henri Bontenbal", "Bontenbal"}, "NL", tkLists},
	{[]string{"Joost Eerdmans"}, "NL", tkLists},
	{[]string{"Mirjam Bikker"}, "NL", tkLists},
	{[]string{"Esther Ouwehand"}, "NL", tkLists},
	{[]string{"Stephan van Baarle"}, "NL", tkLists},
	{[]string{"Bart De Wever"}, "BE", bePres},
	{[]string{"Tom Van Grieken", "Van Grieken"}, "BE", bePres},
	{[]string{"Conner Rousseau"}, "BE", bePres},
	{[]string{"Sammy Mahdi"}, "BE", bePres},
	{[]string{"Raoul Hedebouw", "Hedebouw"}, "BE", bePres},
	{[]string{"Georges-Louis Bouchez", "Bouchez"}, "BE", bePres},
	{[]string{"Paul Magnette", "Magnette"}, "BE", bePres},
}

// leaderForms are the vote and following forms of a leader's name.
var leaderForms = []form{
	{pattern: "fan van %s", weight: 0.85},
	{pattern: "aanhanger van %s", weight: 0.85},
	{pattern: "stemt op %s", weight: 0.85},
	{pattern: "op %s gestemd", weight: 0.85},
	{pattern: "%s stemmer", weight: 0.85},
	{pattern: "supporter of %s", weight: 0.85},
	{pattern: "%s supporter", weight: 0.85},
	{pattern: "voted for %s", weight: 0.85},
	{pattern: "votes for %s", weight: 0.85},
}
