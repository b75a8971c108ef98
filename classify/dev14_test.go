package classify

import "testing"

// TestCorpusDev14 scores the fourteenth development set (testdata/dev14:
// 200 notes, 110 Dutch and 90 English, written and labelled blind by
// another engineer for issue 16, weighted toward health as real people
// write it in CRM notes — symptoms, medicines, treatments, aids, sick
// leave with a reason, mental health in plain words — with near misses
// such as figurative illness, policy text and a pet's illness, and a
// quarter of its positives in the other categories). It is development
// data: its misses are read as classes of errors and the vocabulary is
// tuned on it. Scored blind on arrival (ee70321, 2026-12-07), before any
// tuning on it: micro-F1 0.959 (precision 0.975, recall 0.944; English
// 0.952, Dutch 0.965; health recall 0.93), identifiers F1 1.000. Tuned
// on by families of expressions, not notes (aids, injuries and
// amputation in plain words, doctor's notes, trimesters and a trainer's
// shorthand, substance use with a possessive, blind as an adverb,
// reimbursement text that names nobody): micro-F1 1.000 (precision
// 1.000, recall 1.000); the floor is 0.98.
// The test logs precision and recall per category and per language, and
// the identifiers per kind.
func TestCorpusDev14(t *testing.T) {
	scoreDevCorpus(t, "dev14", 0.98, 0.99)
}
