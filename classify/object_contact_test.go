package classify

import "testing"

// TestObjectContactTypes covers fields declared as contact types
// (Salesforce Phone, Email, Url; issue 10, class 6, seen on the pending
// httapp org of a medical-travel facilitator): a fax number or a link
// holds no health whatever its name says (contactType), while a text
// field of the same name keeps its words; and a clean line of fields.tsv
// that takes a category away (medical records received: document
// tracking) also keeps the text vocabulary from finding it again in the
// label (object_fieldtext.go reads only fields the lexicon left alone).
func TestObjectContactTypes(t *testing.T) {
	c := Default()
	patient := func(fs ...Field) Object {
		return Object{Name: "Patient__c", Label: "Patient", Custom: true, Fields: fs}
	}
	cases := []objectCase{
		{
			name:   "the fax number of a medical reviews office",
			obj:    patient(Field{Name: "Medical_Reviews_Fax__c", Label: "Medical Reviews Fax", Type: "Phone"}),
			kind:   ObjectPerson,
			want:   nil,
			reason: "contactType: a Phone field holds a number, not the patient's health",
		},
		{
			name:   "medical reviews as text stay health",
			obj:    patient(Field{Name: "Medical_Reviews__c", Label: "Medical Reviews", Type: "LongTextArea"}),
			kind:   ObjectPerson,
			want:   map[string][]Category{"Medical_Reviews__c": {Health}},
			reason: "fields.tsv medical: the same words in a text field are the patient's health",
		},
		{
			name:   "a link to a medical profile survey",
			obj:    patient(Field{Name: "Medical_Profile_Link__c", Label: "Medical Profile Link", Type: "Url"}),
			kind:   ObjectPerson,
			want:   nil,
			reason: "contactType: a Url field holds a web address",
		},
		{
			name:   "whether the medical records were received",
			obj:    patient(Field{Name: "Medical_Records_Received__c", Label: "Medical Records Received", Type: "Checkbox"}),
			kind:   ObjectPerson,
			want:   nil,
			reason: "fields.tsv medical record received (clean:health): document tracking; the text vocabulary's medical records does not fire on the label either",
		},
		{
			name:   "the medical records themselves stay health",
			obj:    patient(Field{Name: "Medical_Records__c", Label: "Medical Records", Type: "LongTextArea"}),
			kind:   ObjectPerson,
			want:   map[string][]Category{"Medical_Records__c": {Health}},
			reason: "fields.tsv medical record",
		},
	}
	runObjectCases(t, c, cases)
}
