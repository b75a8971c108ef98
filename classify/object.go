package classify

// Object is one object of a CRM schema or data model (a Salesforce
// sObject, a database table, a FHIR resource, an entity of a municipal
// data model) with its fields. The object is evidence for its fields: a
// bland "Type" on a disability object holds health data, a "Diagnosis__c"
// on a person account is about a person, and a field of a custom setting
// or a catalogue describes a thing, not a person.
//
// The loaders in classify/salesforce fill it from Salesforce metadata.
type Object struct {
	Name        string  `json:"name"`                  // API name: "Contact", "Beperking__c", "AllergyIntolerance"
	Label       string  `json:"label,omitempty"`       // e.g. "Beperking"
	Description string  `json:"description,omitempty"` // the object's description, if any
	Custom      bool    `json:"custom,omitempty"`      // a custom object (Salesforce "__c", "__mdt", …)
	Fields      []Field `json:"fields"`
}
