package classify

import "testing"

// TestCorpusDev9 scores the ninth development set (testdata/dev9: 240
// notes, 150 English and 90 Dutch, written and labelled blind by another
// engineer for issue 16, weighted toward biometric, genetic, political,
// everyday health and trade-union disclosures, with their near-misses).
// It is development data: its misses are read as classes of errors and
// the vocabulary is tuned on it. Scored blind on arrival (9eca779,
// 2026-12-07), before any tuning on it: micro-F1 0.945 (precision 0.974,
// recall 0.919; English 0.931, Dutch 0.967; biometric recall 0.79,
// trade-union 0.83, political opinions 0.91, health 0.93 with three false
// alarms), identifiers F1 1.000. At 685a608, after the reference lists of
// issue 16 (ISO/IEC 2382-37 biometric modalities, genetic syndromes and
// tests, NHS referrals, clinics, tests and medicines) and before anyone
// read its misses: micro-F1 0.949 (precision 0.968, recall 0.931;
// English 0.932, Dutch 0.976; biometric recall 0.93, health 0.93,
// genetic 1.00, political opinions 0.91, trade-union 0.83). After tuning
// on its error classes (a question whether our product uses something,
// a modality before its enrolment, the other senses of stroke and of an
// MP's surgery, a wheelchair-accessible thing, an underwriting
// declaration without a subject, drinking in everyday words, a party's
// branch office, role words as person cues, a union member's discount,
// the US national party committees, a stance on asylum hotels, Irish
// unions and "kaderlid bij" in the generated forms, Dutch "doneren" and
// "binnen gezeten"; each as a class with examples both ways): micro-F1
// 1.000 (precision 1.000, recall 1.000; English 1.000, Dutch 1.000),
// identifiers F1 1.000. The floors sit a little under the tuned score.
// The test logs precision and recall per category and per language, and
// the identifiers per kind.
func TestCorpusDev9(t *testing.T) {
	scoreDevCorpus(t, "dev9", 0.98, 0.98)
}
