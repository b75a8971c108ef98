package classify

import (
	"path/filepath"
	"testing"
)

// TestSchemaHeldout scores the classifier on the held-out real-schema set
// (testdata/schemas-heldout): public schemas that no one tuning the
// classifier has read, labelled by the same rule as testdata/schemas. It
// estimates how the schema classifier generalises. The set is for scoring
// only: never tune on it and never read its misses case by case, so it
// has no -schemamisses style listing. It checks every line as
// TestSchemaSetData does, logs micro precision, recall and F1 per source
// and per category (contested fields excluded), and fails only below the
// floor stated in testdata/schemas-heldout/README.md, set a little under
// the score measured when the set was made.
func TestSchemaHeldout(t *testing.T) {
	cases := readSchemaDir(t, filepath.Join("testdata", "schemas-heldout"))
	checkSchemaCases(t, cases)
	total := scoreSchemas(t, cases, false) // never its misses, whatever -schemamisses says
	const floorF1, floorP = 0.48, 0.36
	if total.f1() < floorF1 || total.precision() < floorP {
		t.Errorf("held-out schema set: micro-F1 %.3f precision %.3f, floor F1 %.2f precision %.2f", total.f1(), total.precision(), floorF1, floorP)
	}
}

// TestSchemaHeldout2 scores the second held-out real-schema set
// (testdata/schemas-heldout2: a US public-sector Salesforce org, a Dutch
// municipal resident portal, the StUF-Jeugdzorg messages and Amsterdam's
// housing-enforcement app; 1,838 fields, 39 positive), labelled blind
// while the development set grew from 10 to 19 sources. Like
// TestSchemaHeldout it logs totals per source and category only; it has
// no floor. First scored at c5b0e0e+1 (2026-12-07, on arrival): micro P
// 0.689 R 0.756 F1 0.721 (14 false alarms in 1,799 uncontested fields).
func TestSchemaHeldout2(t *testing.T) {
	scoreHeldoutSchemas(t, "schemas-heldout2")
}

// TestSchemaHeldout3 scores the third held-out real-schema set
// (testdata/schemas-heldout3: four small real Salesforce orgs of
// organisations that hold people's sensitive data: an assistance-dog
// charity, sleep-clinic referrals, a law firm's intake and matters, and a
// fertility clinic; 2,109 fields, 328 positive), labelled blind while the
// development set grew to 23 sources. Like TestSchemaHeldout it logs
// totals per source and category only and has no floor. First scored at
// 0b87dfe+1 (2026-12-07, on arrival): micro P 0.802 R 0.245 F1 0.375 (21
// false alarms, 262 missed: recall on custom clinical objects whose
// names the classifier does not know is the gap). Not quite held out
// since the ninth round (2026-12-08): the coordinator, having read the
// per-source totals, named two of its sources' specialties (fertility,
// sleep) to a tuner, who added sourced vocabulary for them; the set went
// from 0.502 to 0.661, a rise that says little about other orgs.
func TestSchemaHeldout3(t *testing.T) {
	scoreHeldoutSchemas(t, "schemas-heldout3")
}

// TestSchemaHeldout4 scores the fourth held-out real-schema set
// (testdata/schemas-heldout4: a Texas special-needs trust nonprofit's
// Salesforce org, British Columbia's Special Authority drug-coverage
// application and the Dutch OSO pupil-transfer data set; 1,909 fields, 117
// positive), labelled blind. Like TestSchemaHeldout it logs totals per
// source and category only and has no floor. First scored at e18a13a
// (2026-12-07, on arrival, while the development set had 24 sources):
// micro P 0.661 R 0.700 F1 0.680 (43 false alarms, 36 missed; arcare
// 0.694, mohsat 0.649, oso 0.833). The field names of one arcare object
// were seen (a file listing only) by a development annotator before the
// set was claimed for holding out; nothing from it was used.
func TestSchemaHeldout4(t *testing.T) {
	scoreHeldoutSchemas(t, "schemas-heldout4")
}

// TestSchemaHeldout5 scores the fifth held-out real-schema set
// (testdata/schemas-heldout5: a US youth circus programme's Salesforce org
// and six person objects of a US state's self-service benefits portal;
// 775 fields, 59 positive), labelled blind. Like TestSchemaHeldout it logs
// totals per source and category only and has no floor. Written at the
// end of issue 10's fifth round as a fresh check of it. First scored at
// f5eecb3 (2026-12-07, on arrival): micro P 0.725 R 0.833 F1 0.775 (19
// false alarms, 10 missed; circesteem 0.903, sspmaine 0.735).
func TestSchemaHeldout5(t *testing.T) {
	scoreHeldoutSchemas(t, "schemas-heldout5")
}

// TestSchemaHeldout6 scores the sixth held-out real-schema set
// (testdata/schemas-heldout6: an Israeli hospital's Salesforce Health Cloud
// org with person accounts and clinical objects, the Dutch Suwinet schemas
// a municipal social service queries about its clients, and a Canadian
// health ministry's cost-recovery org with person accounts; 1,755 fields,
// 158 positive), labelled blind. Like TestSchemaHeldout it logs
// totals per source and category only and has no floor. Written at the
// start of issue 10's sixth round, before its tuning, to check whether
// that tuning generalises. First scored at fc1f554 (2026-12-07, on
// arrival): micro P 0.699 R 0.544 F1 0.612 (37 false alarms, 72 missed;
// asuta 0.603, suwinet 0.974, tpl 0.087), the same as the engine at the
// start of the round (038a7f9).
func TestSchemaHeldout6(t *testing.T) {
	scoreHeldoutSchemas(t, "schemas-heldout6")
}

// TestSchemaHeldout7 scores the seventh held-out real-schema set
// (testdata/schemas-heldout7: the Salesforce org of a US state's child
// welfare services, with its intakes, maltreatment investigations, risk
// and safety assessments, placements and the children's health records,
// and the org of a US cord-blood bank with the mother's donor-eligibility
// health questionnaire and genome orders; 2,307 fields, 336 positive),
// labelled blind. Like TestSchemaHeldout it logs totals per source and
// category only and has no floor. Written during issue 10's sixth round,
// while its tuning went on, to check whether that tuning generalises.
// First scored at c616a18 (2026-12-07, on arrival): micro P 0.717 R 0.567
// F1 0.633 (80 false alarms, 155 missed; americord 0.481, casevault
// 0.682); the engine at the start of the round (038a7f9) scores it 0.638
// (americord 0.500).
func TestSchemaHeldout7(t *testing.T) {
	scoreHeldoutSchemas(t, "schemas-heldout7")
}

// TestSchemaHeldout8 scores the eighth held-out real-schema set
// (testdata/schemas-heldout8: the production Salesforce org of a US
// provider of disability, brain-injury and youth services, with its
// referrals, diagnoses, brain-injury detail, substance use, criminal
// history, nursing admission evaluations, health checklists, seizure
// records and incidents, and the org of a breast-cancer clinical trial
// with its case report forms and tumour microarray results; 3,061
// fields, 1,464 positive), labelled blind. Like TestSchemaHeldout it logs
// totals per source and category only and has no floor. Written during
// issue 10's eighth round, while its tuning went on, to check whether
// that tuning generalises. First scored at 1cb8894 (2026-12-07, on
// arrival of mentor's first 1,004 fields): F1 0.688 (P 0.645 R 0.738),
// the same as the engine at the start of the round (766be05). With
// mentor's nursing evaluation and ispy, at e80062e (on arrival): micro P
// 0.798 R 0.436 F1 0.564 (ispy 0.658, mentor 0.483); the round-start
// engine 766be05 scores the same lines 0.519 (ispy 0.578, mentor 0.471).
func TestSchemaHeldout8(t *testing.T) {
	scoreHeldoutSchemas(t, "schemas-heldout8")
}

// TestSchemaHeldout9 scores the ninth held-out real-schema set
// (testdata/schemas-heldout9: the Salesforce org of a US state's
// home-visiting and child-abuse-prevention programmes, with its intakes,
// pregnancy and substance-use facts, the child's developmental
// screenings, the parent's depression screenings, family assessments,
// home visits and incident reports; the org of a charity for children
// with congenital heart disease, with the heart conditions, syndromes and
// origin of parents, children and dependents, support referrals and
// developmental assessments; and the HR and compliance org of a county
// health system, with race, union, religion, sexual orientation and
// genetic information in its employee and discrimination-complaint
// records; 3,260 fields, 452 positive), labelled blind. Like
// TestSchemaHeldout it logs totals per source and category only and has
// no floor. Written during issue 10's ninth round, while its tuning went
// on, to check whether that tuning generalises. First scored by the
// coordinator at 0746f91 (2026-12-08, on arrival): micro P 0.556 R 0.629
// F1 0.591 (cookcounty 0.733, heartkids 0.449, homevisit 0.617); the
// round-start engine c18b39b scores the same lines the same.
func TestSchemaHeldout9(t *testing.T) {
	scoreHeldoutSchemas(t, "schemas-heldout9")
}

// scoreHeldoutSchemas checks the lines of a held-out folder under
// testdata and logs its score per source and category, never its misses,
// whatever -schemamisses says.
func scoreHeldoutSchemas(t *testing.T, folder string) {
	t.Helper()
	cases := readSchemaDir(t, filepath.Join("testdata", folder))
	checkSchemaCases(t, cases)
	scoreSchemas(t, cases, false)
}
