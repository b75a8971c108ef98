package classify

import "testing"

// TestObjectDutchCareRecordAdministration covers the administration of a
// Dutch care record as zib-based viewers and records show it (schema.tsv
// handling bron, auteur, voorschrijver, verstrekker, uitvoerder; Nictiz
// zibs MedicatieAfspraak.Voorschrijver, Verstrekking.Verstrekker,
// Verrichting.Uitvoerder; RIVO Noord Zorgviewer, pending zorgviewer):
// the system a record came from and the professional who wrote,
// prescribed, dispensed or performed it take no category from the
// screen, while the screen's clinical columns stay the patient's health
// and a word that only starts like bron (bronchitis) is no source.
func TestObjectDutchCareRecordAdministration(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a medication screen's source and professionals",
			obj: Object{Name: "MedicationRequest", Label: "Medicatieafspraken", Description: "ZIB MedicatieAfspraak", Fields: []Field{
				{Name: "Geneesmiddel", Label: "Geneesmiddel", Type: "string"},
				{Name: "Dosering", Label: "Dosering", Type: "string"},
				{Name: "Bron", Label: "Bron", Type: "string"},
				{Name: "Voorschrijver", Label: "Voorschrijver", Type: "string"},
				{Name: "Verstrekker", Label: "Verstrekker", Type: "string"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Geneesmiddel": {Health},
				"Dosering":     {Health},
			},
			reason: "the drug and its dose are the patient's medication (AVG art. 4 onder 15); the source system, prescriber and pharmacy are the record's provenance and professionals, no fact about the patient",
		},
		{
			name: "near miss: bronchitis on a problem list, beside its source and author",
			obj: Object{Name: "Probleemlijst", Label: "Probleemlijst", Description: "ZIB Probleem", Fields: []Field{
				{Name: "Bronchitis", Label: "Bronchitis", Type: "boolean"},
				{Name: "Bron", Label: "Bron", Type: "string"},
				{Name: "Auteur", Label: "Auteur", Type: "string"},
				{Name: "Uitvoerder", Label: "Uitvoerder", Type: "string"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Bronchitis": {Health},
			},
			reason: "bronchitis is a disease of the patient, not the word bron (compound-splitter trap); the source, author and performer stay handling",
		},
	}
	runObjectCases(t, c, cases)
}
