package classify

import "testing"

// TestCorpusDev13 scores the thirteenth development set (testdata/dev13:
// 200 notes, 100 Dutch and 100 English, written and labelled blind by
// another engineer for issue 16, weighted toward the classes that trail
// on the held-out sets: a same-sex partner by inference, descent against
// nationality, religious practice (English above all), criminal data in
// everyday words, party and union membership, biometric enrolment and
// genetic results, each with near misses of the same theme). It is
// development data: its misses are read as classes of errors and the
// vocabulary is tuned on it. Scored blind on arrival (f50853b,
// 2026-12-07), before any tuning on it: micro-F1 0.926 (precision 0.960,
// recall 0.895; English 0.930, Dutch 0.922; health recall 0.83, sex life
// P 0.82 R 0.75, English criminal recall 0.67, origin recall 0.83),
// identifiers F1 1.000.
// Tuned on it by classes (terms/README.md, interpretations 30 to 33: a
// word inside an e-mail or web address and a surname that a title
// introduces elsewhere in the text are no evidence; blood tests and a
// pre-op note, gender-affirming care, a sprain and a brace, a disease
// before the Dutch verb, PGT, a couple by two titles and a time
// together, a dating site, unpaid work hours and a curfew tag, racist
// abuse by a colour and "terug moet naar", Somali Bantu; interpretation
// 39: a hospital by its short name): micro-F1 0.985 (precision 0.978,
// recall 0.992). Left are three health readings the labels do not share
// (a Wmo kitchen-table talk, a re-integration meeting, a carrier's "no
// symptoms") and a partner whose first name is written in lower case.
// The floor sits a little under the tuned score.
// The test logs precision and recall per category and per language, and
// the identifiers per kind.
func TestCorpusDev13(t *testing.T) {
	scoreDevCorpus(t, "dev13", 0.97, 0.99)
}
