package classify

import "testing"

// TestCorpusDev16 scores the sixteenth development set (testdata/dev16:
// 233 notes, 148 English and 85 Dutch, written and labelled blind by
// another engineer for issue 16, weighted toward disclosures by
// inference in everyday English: a same-sex partner from pronouns and
// relation words, party membership, canvassing and donations against a
// party as customer or venue, religious practice, descent against
// nationality, criminal history in everyday words, biometric enrolment
// against the product, carrier status, health in plain words and
// abbreviations; 40% negatives, many of them near misses; British,
// American, Irish and Australian phone numbers after a cue, IBANs of
// several countries). It is development data: its misses are read as
// classes of errors and the vocabulary is tuned on it. Scored blind on
// arrival (7c093e3, 2026-12-08), before any tuning on it: micro-F1 0.956
// (precision 0.947, recall 0.966; English 0.942, Dutch 0.981; 8 false
// alarms, 6 of them English), identifiers F1 0.988 (one phone number
// missed; found since a naming word several words back no longer stops a
// British grouping: 1.000). Its category misses and false alarms as
// classes (a Lenten fast beside a fundraiser, sobriety counted in time and
// AA meetings, Mr & Mr, enrolment on a named hand scanner, Aboriginal
// nations and the Stolen Generations; a parent's opt-out of a school's
// biometric system, a charity lottery's canvasser, a member's perks, a
// plan's cover and whether hereditary conditions are covered, a phone
// that no longer unlocks, a carrier who is not ill): micro-F1 0.997
// (precision 0.993, recall 1.000); the floor 0.99. The one false alarm
// left is a GP letter about a healthy carrier.
// The test logs precision and recall per category and per language, and
// the identifiers per kind.
func TestCorpusDev16(t *testing.T) {
	scoreDevCorpus(t, "dev16", 0.99, 0.98)
}
