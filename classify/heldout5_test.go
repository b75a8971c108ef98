package classify

import "testing"

// TestHeldOutText5 scores the fifth held-out set (testdata/heldout5: 240
// notes, 120 Dutch and 120 English, written and labelled blind by another
// engineer for issue 16, and committed before the classifier was run on
// them). It is only ever scored: no case is read, and the test logs counts
// per language and category, never a case. First scored at 368376f
// (2026-12-07, on arrival): micro-F1 0.920 (Dutch 0.872, English 0.967).
func TestHeldOutText5(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout5/text.jsonl")
	t.Logf("heldout5 (%d cases)\n%s", s.nCases, s.report())
}

// TestHeldOutIdentifiersBlind scores the identifier detectors on the held-out
// sets 4 to 12 by kind and exact span, logging only the totals per kind:
// unlike TestHeldOutIdentifiers it never names a case or a value.
func TestHeldOutIdentifiersBlind(t *testing.T) {
	c := Default()
	for _, path := range []string{"testdata/heldout4/text.jsonl", "testdata/heldout5/text.jsonl", "testdata/heldout6/text.jsonl", "testdata/heldout7/text.jsonl", "testdata/heldout8/text.jsonl", "testdata/heldout9/text.jsonl", "testdata/heldout10/text.jsonl", "testdata/heldout11/text.jsonl", "testdata/heldout12/text.jsonl", "testdata/heldout13/text.jsonl"} {
		t.Run(path, func(t *testing.T) {
			all := scoreIdentifiers(t, c, readCases(t, path), func(textCase, []string, []string) {})
			t.Logf("identifiers: P %.3f R %.3f F1 %.3f", all.precision(), all.recall(), all.f1())
		})
	}
}

// TestHeldOutText6 scores the sixth held-out set (testdata/heldout6: 200
// notes, 100 Dutch and 100 English, written and labelled blind by another
// engineer for issue 16 and committed before the classifier was run on
// them). Like TestHeldOutText5 it is only ever scored and logs counts per
// language and category, never a case. First scored at f8ae46a
// (2026-12-07, on arrival): micro-F1 0.929 (Dutch 0.949, English 0.909;
// political opinions recall 0.75, racial or ethnic origin 0.67);
// identifiers F1 0.963.
func TestHeldOutText6(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout6/text.jsonl")
	t.Logf("heldout6 (%d cases)\n%s", s.nCases, s.report())
}

// TestHeldOutText7 scores the seventh held-out set (testdata/heldout7: 240
// notes, 120 Dutch and 120 English, written and labelled blind by another
// engineer for issue 16 and committed before the classifier was run on
// them). Like TestHeldOutText5 and TestHeldOutText6 it is only ever scored
// and logs counts per language and category, never a case. First scored at
// c73d712 (2026-12-07, on arrival): micro P 0.971 R 0.872 F1 0.919 (Dutch
// 0.940, English 0.898; political opinions recall 0.67, English 0.56;
// racial or ethnic origin recall 0.69); identifiers F1 0.986.
func TestHeldOutText7(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout7/text.jsonl")
	t.Logf("heldout7 (%d cases)\n%s", s.nCases, s.report())
}

// TestHeldOutText8 scores the eighth held-out set (testdata/heldout8: 200
// notes, 100 Dutch and 100 English, written and labelled blind by another
// engineer for issue 16 and committed before the classifier was run on
// them). Like TestHeldOutText7 it is only ever scored and logs counts per
// language and category, never a case. Written at the end of issue 16's
// fifth round, after the tuning on dev6, dev7 and dev8, as a fresh check
// of it. First scored at f15016b (2026-12-07, on arrival): micro P 1.000
// R 0.915 F1 0.956 (English 0.952, Dutch 0.959; biometric recall 0.78,
// genetic 0.83, health 0.85); identifiers F1 1.000.
func TestHeldOutText8(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout8/text.jsonl")
	t.Logf("heldout8 (%d cases)\n%s", s.nCases, s.report())
}

// TestHeldOutText9 scores the ninth held-out set (testdata/heldout9: 200
// notes, 100 Dutch and 100 English, written and labelled blind by another
// engineer for issue 16 and committed before the classifier was run on
// them). Like TestHeldOutText8 it is only ever scored and logs counts per
// language and category, never a case. Every special category has at
// least 8 positives in each language, direct and indirect (CJEU C-184/20)
// alike; 74 of the 200 notes have no category, most of them near misses.
// Written at the start of issue 16's sixth round. First scored at 582b639
// (2026-12-07, on arrival, the engine of the round's start): micro P
// 0.987 R 0.944 F1 0.965 (English 0.981, Dutch 0.949; Dutch racial or
// ethnic origin recall 0.75, every category 0.93 or more over both
// languages).
func TestHeldOutText9(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout9/text.jsonl")
	t.Logf("heldout9 (%d cases)\n%s", s.nCases, s.report())
}

// TestHeldOutText10 scores the tenth held-out set (testdata/heldout10: 200
// notes, 100 Dutch and 100 English, written and labelled blind by another
// engineer for issue 16 and committed before the classifier was run on
// them). Like TestHeldOutText9 it is only ever scored and logs counts per
// language and category, never a case. Every special category has at
// least 8 positives in each language, direct and indirect (CJEU C-184/20)
// alike, written in the voices of call centres, housing, HR, care,
// insurers, sales and volunteers; 76 of the 200 notes have no category,
// most of them near misses. Written during issue 16's sixth round, while
// its tuning went on. First scored at 027acbd (2026-12-07, on arrival):
// micro P 0.972 R 0.840 F1 0.901 (English 0.914, Dutch 0.889; sex life
// recall 0.69, racial or ethnic origin 0.75, criminal 0.76); the engine
// at the start of the round (038a7f9) scores it 0.887 (English 0.899,
// Dutch 0.874).
func TestHeldOutText10(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout10/text.jsonl")
	t.Logf("heldout10 (%d cases)\n%s", s.nCases, s.report())
}

// TestHeldOutText11 scores the eleventh held-out set (testdata/heldout11:
// 200 notes, 100 Dutch and 100 English, written and labelled blind by
// another engineer for issue 16 and committed before the classifier was run
// on them). Like TestHeldOutText10 it is only ever scored and logs counts
// per language and category, never a case. Every special category and
// national-id has at least 8 positives in each language, direct and
// indirect (CJEU C-184/20) alike, written in the voices of call centres,
// housing, HR and payroll, care, insurers, sales, schools and volunteers,
// Flemish and British, Irish, American, Australian and New Zealand English
// among them; 76 of the 200 notes have no category, most of them near
// misses. Written at the end of issue 16's sixth round, after nearly all
// its tuning. First scored at ea01b91 (2026-12-07, on arrival): micro P
// 0.975 R 0.927 F1 0.950 (English 0.963, Dutch 0.938; sex life recall
// 0.81; Dutch racial or ethnic origin, biometric and sex life 0.75); the
// engine at the start of the round (038a7f9) scores it 0.940 (English
// 0.957, Dutch 0.924).
func TestHeldOutText11(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout11/text.jsonl")
	t.Logf("heldout11 (%d cases)\n%s", s.nCases, s.report())
}

// TestHeldOutText12 scores the twelfth held-out set (testdata/heldout12:
// 200 notes, 100 Dutch and 100 English, written and labelled blind by
// another engineer for issue 16 and committed before the classifier was
// run on them). Like TestHeldOutText11 it is only ever scored and logs
// counts per language and category, never a case. Every special category
// and national-id has at least 8 positives in each language, direct and
// indirect (CJEU C-184/20). Written at the start of issue 16's seventh
// round, while the tuning on dev12 went on. First scored at c743887
// (2026-12-07, on arrival): micro P 0.963 R 0.948 F1 0.956 (English
// 0.952, Dutch 0.959; English religious beliefs recall 0.67, criminal
// 0.78 in both languages, Dutch health precision 0.79); identifiers F1
// 0.989. The engine at the start of the round (c74f738) scores it the
// same, 0.956.
func TestHeldOutText12(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout12/text.jsonl")
	t.Logf("heldout12 (%d cases)\n%s", s.nCases, s.report())
}

// TestHeldOutText13 scores the thirteenth held-out set (testdata/heldout13:
// 200 notes, 100 Dutch and 100 English, written and labelled blind by
// another engineer for issue 16 and committed before the classifier was
// run on them), a broad sample of every category with near misses. Like
// TestHeldOutText12 it is only ever scored and logs counts per language
// and category, never a case. Written at the start of issue 16's eighth
// round. First scored at 18ad0f1 (2026-12-07, on arrival): micro P 0.966
// R 0.918 F1 0.941 (English 0.966, Dutch 0.917; Dutch racial or ethnic
// origin F1 0.67 and sex life recall 0.33 on few positives); identifiers
// F1 1.000. The engine at the start of the round (766be05) scores it the
// same, 0.941.
func TestHeldOutText13(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout13/text.jsonl")
	t.Logf("heldout13 (%d cases)\n%s", s.nCases, s.report())
}
