package classify

import (
	"slices"
	"strings"
	"testing"
)

// clinicOrg is a small clinic's org: a patient object, three clinical
// objects, and objects whose names say nothing (a visit, a follow-up)
// that hang off the patient or a diagnosis.
func clinicOrg(extra ...Object) []Object {
	lt := func(n string) Field { return Field{Name: n, Type: "LongTextArea"} }
	org := []Object{
		{Name: "Patient__c", Fields: []Field{{Name: "Name"}, {Name: "Birthdate__c", Type: "Date"}}},
		{Name: "Diagnosis__c", Fields: []Field{{Name: "Patient__c", Type: "Lookup"}, {Name: "Code__c", Type: "Text"}}},
		{Name: "Allergy_Intolerance__c", Fields: []Field{{Name: "Patient__c", Type: "Lookup"}, {Name: "Code__c", Type: "Text"}}},
		{Name: "Medication_Statement__c", Fields: []Field{{Name: "Patient__c", Type: "Lookup"}, {Name: "Dose__c", Type: "Text"}}},
		{Name: "Visit__c", Fields: []Field{{Name: "Patient__c", Type: "Lookup"}, lt("Findings__c"), lt("Plan__c"),
			{Name: "Visit_Date__c", Type: "Date"}, {Name: "Outcome__c", Type: "Picklist"}}},
		{Name: "Follow_Up__c", Fields: []Field{{Name: "Diagnosis__c", Type: "MasterDetail"}, lt("Remarks__c")}},
	}
	return append(org, extra...)
}

// businessOrg is a sales org with one clinical-looking object: not
// mostly clinical.
func businessOrg() []Object {
	lt := func(n string) Field { return Field{Name: n, Type: "LongTextArea"} }
	return []Object{
		{Name: "Account", Fields: []Field{{Name: "Name"}, {Name: "Industry"}}},
		{Name: "Opportunity", Fields: []Field{{Name: "AccountId", Type: "Lookup"}, {Name: "Amount"}}},
		{Name: "Order", Fields: []Field{{Name: "AccountId", Type: "Lookup"}, {Name: "TotalAmount"}}},
		{Name: "Product2", Fields: []Field{{Name: "Name"}, {Name: "Family"}}},
		{Name: "Invoice__c", Fields: []Field{{Name: "Order__c", Type: "Lookup"}, {Name: "Total__c", Type: "Currency"}}},
		{Name: "Patient__c", Fields: []Field{{Name: "Name"}}},
		{Name: "Diagnosis__c", Fields: []Field{{Name: "Patient__c", Type: "Lookup"}, {Name: "Code__c", Type: "Text"}}},
		{Name: "Visit__c", Fields: []Field{{Name: "Patient__c", Type: "Lookup"}, lt("Findings__c")}},
	}
}

// TestSchemaOrgContext checks Schema's second pass (object_org.go) both
// ways: what the org's context lifts, and what it must leave alone.
func TestSchemaOrgContext(t *testing.T) {
	lt := func(n string) Field { return Field{Name: n, Type: "LongTextArea"} }
	tests := []struct {
		name   string
		org    []Object
		object string
		field  string
		want   Category // "" for no special category
		reason string
	}{
		{"visit findings in a clinic", clinicOrg(), "Visit__c", "Findings__c", Health,
			"a long free-text field of an object with a lookup to the org's patient object, in an org mostly of clinical objects, holds health (RuleOrgContext note)"},
		{"visit plan in a clinic", clinicOrg(), "Visit__c", "Plan__c", Health,
			"the same rule: each long free-text field of the visit"},
		{"follow-up of a diagnosis", clinicOrg(), "Follow_Up__c", "Remarks__c", Health,
			"a master-detail to a clinical object of a clinical org: its notes are the diagnosis's"},
		{"visit date", clinicOrg(), "Visit__c", "Visit_Date__c", "",
			"short fields (dates, picklists, numbers) of a lifted object say nothing by the org alone: only long free text is lifted"},
		{"visit outcome picklist", clinicOrg(), "Visit__c", "Outcome__c", "",
			"a picklist without telling values is a short field: not lifted"},
		{"the lookup itself", clinicOrg(), "Visit__c", "Patient__c", "",
			"a lookup points at another record and holds no category"},
		{"standard Case in a clinic", clinicOrg(Object{Name: "Case", Fields: []Field{{Name: "ContactId", Type: "Lookup"}, {Name: "Patient__c", Type: "Lookup"}, lt("Error_Description__c")}}),
			"Case", "Error_Description__c", "",
			"a standard Salesforce object with custom fields is the platform's generic record: the org's context says nothing of it (standardSalesforce)"},
		{"unlinked object in a clinic", clinicOrg(Object{Name: "Room__c", Fields: []Field{{Name: "Building__c", Type: "Text"}, lt("Remarks__c")}}),
			"Room__c", "Remarks__c", "",
			"an object with no link to a person or a clinical record of the org is not lifted, whatever the org"},
		{"visit findings in a sales org", businessOrg(), "Visit__c", "Findings__c", "",
			"one clinical object among business objects is no clinic (orgMinObjects, orgShare): a lift needs an org mostly of that kind"},
		{"union grievance notes", []Object{
			{Name: "members", Description: "vakbondsleden", Fields: []Field{{Name: "member_number"}, {Name: "name"}}},
			{Name: "employers", Fields: []Field{{Name: "name"}, {Name: "address"}}},
			{Name: "locals", Fields: []Field{{Name: "name"}}},
			{Name: "grievances", Fields: []Field{{Name: "member_id"}, {Name: "notes", Type: "text"}}},
		}, "grievances", "notes", "",
			"a union org whose objects are not mostly membership objects: a grievance's notes are not the membership"},
	}
	c := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Category
			found := false
			for _, r := range c.Schema(tt.org) {
				if r.Object != tt.object {
					continue
				}
				for _, f := range r.Fields {
					if f.Field == tt.field {
						got, found = fieldCategories(f.Findings), true
					}
				}
			}
			if !found {
				t.Fatalf("%s.%s not in the result", tt.object, tt.field)
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("%s.%s: got %v, want %q (%s)", tt.object, tt.field, got, tt.want, tt.reason)
			}
		})
	}
}

// TestSchemaOrgContextEvidence checks that a lift is recorded on the
// object with its rule and the linking field's place, and that Object,
// which sees one object, does not lift (Object is unchanged).
func TestSchemaOrgContextEvidence(t *testing.T) {
	c := Default()
	org := clinicOrg()
	var visit ObjectResult
	for _, r := range c.Schema(org) {
		if r.Object == "Visit__c" {
			visit = r
		}
	}
	var ev *Evidence
	for i, e := range visit.Evidence {
		if e.Rule == RuleOrgContext+"note" {
			ev = &visit.Evidence[i]
		}
	}
	if ev == nil {
		t.Fatalf("Visit__c: no %snote evidence in %v", RuleOrgContext, visit.Evidence)
	}
	if ev.Source != EvidenceSiblings || ev.Line != "field 1" || ev.Category != Health || ev.Kind != ObjectClinical || ev.Weight <= 0 {
		t.Errorf("Visit__c evidence %+v: want siblings, field 1, health, clinical, a weight", *ev)
	}
	if visit.Kind != ObjectUnknown {
		t.Errorf("Visit__c kind %s: the org's context lifts its notes, not its kind", visit.Kind)
	}
	alone := c.Object(org[4])
	if alone.Object != "Visit__c" {
		t.Fatalf("fixture order: %s", alone.Object)
	}
	for _, e := range alone.Evidence {
		if strings.HasPrefix(e.Rule, RuleOrgContext) {
			t.Errorf("Object(Visit__c) has org evidence %+v: Object sees one object", e)
		}
	}
	if f := alone.Flagged(); len(f) != 0 {
		t.Errorf("Object(Visit__c) flags %d fields: alone, a visit could be anyone's", len(f))
	}
	// Schema over one object is Object.
	if got := c.Schema(org[4:5]); len(got[0].Flagged()) != 0 {
		t.Errorf("Schema of Visit__c alone flags %d fields", len(got[0].Flagged()))
	}
}

// TestSchemaOrgContextConcurrent runs Schema on one org from several
// goroutines (go test -race): the second pass keeps its state per call.
func TestSchemaOrgContextConcurrent(t *testing.T) {
	c := Default()
	org := clinicOrg()
	want := len(c.Schema(org)[4].Flagged())
	done := make(chan int)
	for range 4 {
		go func() { done <- len(c.Schema(org)[4].Flagged()) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Schema flagged %d fields of Visit__c, alone %d", got, want)
		}
	}
}
