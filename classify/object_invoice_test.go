package classify

import "testing"

// TestSchemaInvoiceWords covers the Dutch words of an invoice and its
// prices (schema.tsv handling btw, factureer, toeslag, pro rata; EN
// 16931-1's allowances and charges, the VAT laws): on a clinical record
// (a sickness-absence check) they are its billing, money, not the
// person's health. The Flemish supplement (a surcharge) was left out:
// an org of unknown language would read it in an English dietary
// supplement too. Found by leaving mediwe's own lines out (issue 10).
func TestSchemaInvoiceWords(t *testing.T) {
	c := Default()
	dutch := []Object{
		{Name: "medische_controle", Label: "Medische controle", Fields: []Field{
			{Name: "mc_btw_percentage", Label: "BTW %", Type: "Float"},
			{Name: "mc_factureer", Label: "Factureer de controle", Type: "Boolean"},
			{Name: "mc_bevindingen", Label: "Bevindingen van de arts", Type: "Memo (TextArea)"},
		}},
		{Name: "werknemer", Label: "Werknemer", Fields: []Field{{Name: "naam", Label: "Naam"}, {Name: "geboortedatum", Label: "Geboortedatum", Type: "Date"}}},
	}
	english := []Object{
		{Name: "AllergyIntolerance", Label: "Allergy Intolerance", Fields: []Field{
			{Name: "Supplement__c", Label: "Supplement", Type: "Text"},
			{Name: "Findings__c", Label: "Findings of the doctor", Type: "LongTextArea"},
		}},
		{Name: "Contact", Label: "Contact", Fields: []Field{{Name: "FirstName", Label: "First Name"}, {Name: "Birthdate", Label: "Birthdate", Type: "Date"}}},
	}
	tests := []orgHealthCase{
		{"the VAT of a check's price", dutch, "medische_controle", "mc_btw_percentage", "",
			"schema.tsv handling btw (Wet op de omzetbelasting 1968): the VAT on a check's price is money, not the employee's health"},
		{"whether to invoice the check", dutch, "medische_controle", "mc_factureer", "",
			"schema.tsv handling factureer (EN 16931-1 invoice): billing, not the employee's health"},
		{"the doctor's findings", dutch, "medische_controle", "mc_bevindingen", Health,
			"the findings of a medical check are the employee's health: only the billing words are handling"},
		{"near miss: a supplement on an English allergy record", english, "AllergyIntolerance", "Supplement__c", Health,
			"no invoice line reads supplement: on an allergy record it is a dietary supplement, the patient's health"},
	}
	runOrgHealthCases(t, c, tests)
}
