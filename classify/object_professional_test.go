package classify

import "testing"

// TestObjectProfessionalName covers a professional's name and contact
// details on the record of the person they serve (professionalData):
// the professional's word says what they do, not the person's care,
// also when a handling line (first name, last name) has already made
// the field handling. Found leaving stadd's own lines out (issue 10,
// leave-one-source-out: Psychologist_First_Name__c and
// Psychologist_Last_Name__c of a case were health without stadd's
// context line).
func TestObjectProfessionalName(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a psychiatrist's and a therapist's names are theirs",
			obj: Object{Name: "Case", Label: "Case", Fields: probeFields(
				"Psychiatrist_Name__c", "Psychiatrist Name", "Text",
				"Therapist_Full_Name__c", "Therapist Full Name", "Text",
				"naam_psycholoog", "Naam psycholoog", "String",
			)},
			kind:   ObjectUnknown,
			reason: "professionalWords psychiatrist, therapist, psycholoog, then name modifiers (or, in Dutch, a name word first) and a personDataTails or contactTails word: the professional's contact data, whose trade is no category of the client",
		},
		{
			name: "near miss: what a professional found stays the person's",
			obj: Object{Name: "Case", Label: "Case", Fields: probeFields(
				"Psychiatrist_Notes__c", "Psychiatrist Notes", "LongTextArea",
				"Psychiatrist_Name__c", "Psychiatrist Name", "Text",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Psychiatrist_Notes__c": {Health}},
			reason: "notes is no name or contact word: a psychiatrist's notes are about the person's mental health",
		},
	}
	runObjectCases(t, c, cases)
}
