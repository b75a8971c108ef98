package classify

import "testing"

// TestCorpusDev15 scores the fifteenth development set (testdata/dev15:
// 239 notes, 142 Dutch and 97 English, written and labelled blind by
// another engineer for issue 16, weighted toward disclosures by
// inference: a named person's same-sex partner from titles, pronouns and
// relation words, party membership and candidacy against a party as
// customer or news, religious practice, descent against nationality,
// criminal history in everyday words, biometric enrolment against the
// product, genetic test results; 38% negatives, many of them near
// misses; identifiers as people write them: IBANs with spaces or dashes,
// Dutch, Belgian, German and British phone numbers after a cue, a BSN
// named after the number). It is development data: its misses are read
// as classes of errors and the vocabulary is tuned on it. Scored blind
// on arrival (5ad1977, 2026-12-08), before any tuning on it: micro-F1
// 0.948 (precision 0.986, recall 0.912; English 0.959, Dutch 0.941;
// sex life recall 0.79, biometric 0.88, health 0.86), identifiers F1
// 0.949 (phone recall 0.79, BSN 0.91). Its identifier misses as classes
// (an area code before a slash, 00 and the trunk in parentheses, a BSN in
// dotted pairs, "reachable on"): identifiers F1 1.000; their floor 0.98.
// Its category misses as classes (a plural pronoun opening the sentence
// after two titles, the Flemish title mijnheer, a form's partner or next
// of kin by first name, a term owned by a person named after it, a
// sentence without its subject, refused enrolment, DBS results, memory
// loss and drinking in plain words): micro-F1 0.994 (precision 1.000,
// recall 0.988; English 1.000, Dutch 0.989; left: a typo in
// "vingerafdruk" and an opinion of a party leader in a quotation); the
// category floor 0.98.
// The test logs precision and recall per category and per language, and
// the identifiers per kind.
func TestCorpusDev15(t *testing.T) {
	scoreDevCorpus(t, "dev15", 0.98, 0.98)
}
