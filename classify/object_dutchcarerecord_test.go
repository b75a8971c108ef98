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

// TestObjectDutchZibScreens covers screens named by their zib (schema.tsv
// object toedieningsafspraak, zib alert; Nictiz zibs Toedieningsafspraak
// and Alert): with bland columns (Start, Eind, Categorie) only the zib
// says the rows are a patient's medication or clinical warnings, while a
// platform's alert without the zib is a notification about no one's
// health.
func TestObjectDutchZibScreens(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an administration agreement and a zib alert screen",
			obj: Object{Name: "Toedieningsafspraak", Label: "Toedieningsafspraak", Description: "ZIB Toedieningsafspraak", Fields: []Field{
				{Name: "Start", Label: "Start", Type: "dateTime"},
				{Name: "Eind", Label: "Eind", Type: "dateTime"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Start": {Health},
				"Eind":  {Health},
			},
			reason: "the start and end of a patient's medication administration are facts of their medication (zib Toedieningsafspraak; AVG art. 4 onder 15)",
		},
		{
			name: "near miss: a platform alert without the zib",
			obj: Object{Name: "Alert", Label: "Waarschuwingen", Fields: []Field{
				{Name: "Categorie", Label: "Categorie", Type: "string"},
				{Name: "Start", Label: "Start", Type: "dateTime"},
			}},
			kind:   ObjectUnknown,
			want:   nil,
			reason: "an alert or warning alone is a system notification; only the zib Alert makes it a clinical warning about a patient",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectAttachmentMimeType covers the MIME type of a document on a
// clinical screen (schema.tsv structure mime type; RFC 6838, HL7 FHIR
// Attachment.contentType): the format of a letter is no fact about the
// patient, while the letter's own clinical words still are.
func TestObjectAttachmentMimeType(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an attachment's MIME type beside a diagnosis",
			obj: Object{Name: "Probleemlijst", Label: "Probleemlijst", Description: "ZIB Probleem", Fields: []Field{
				{Name: "MimeType", Label: "MimeType", Type: "code"},
				{Name: "Diagnose", Label: "Diagnose", Type: "string"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Diagnose": {Health},
			},
			reason: "a diagnosis is the patient's health (AVG art. 4 onder 15); the MIME type is the format of the document (RFC 6838), no fact about anyone",
		},
		{
			name: "near miss: the drug of a medication screen beside a MIME type",
			obj: Object{Name: "MedicationRequest", Label: "Medicatieafspraken", Description: "ZIB MedicatieAfspraak", Fields: []Field{
				{Name: "Geneesmiddel", Label: "Geneesmiddel", Type: "string"},
				{Name: "MimeType", Label: "MimeType", Type: "code"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Geneesmiddel": {Health},
			},
			reason: "the drug stays the patient's medication beside a MIME type that takes no category",
		},
	}
	runObjectCases(t, c, cases)
}
