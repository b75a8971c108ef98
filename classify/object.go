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

// ObjectKind is what the records of an object are about, as Object
// judges it from the object's name, label, description, API suffix and
// the names of its fields.
type ObjectKind string

// The kinds of object.
const (
	// ObjectPerson: each record is a person (Contact, Lead, Patient,
	// Klant__c, Huurder__c).
	ObjectPerson ObjectKind = "person"
	// ObjectPersonAccount: an Account that holds people, as in Health
	// Cloud, Nonprofit Cloud and many Dutch B2C orgs: its fields
	// include person-account fields ("__pc", IsPersonAccount,
	// PersonBirthdate).
	ObjectPersonAccount ObjectKind = "person-account"
	// ObjectOrganisation: each record is an organisation (Account,
	// Organisatie__c, Supplier).
	ObjectOrganisation ObjectKind = "organisation"
	// ObjectClinical: each record is about a person's health (FHIR
	// Condition, AllergyIntolerance, Observation, a Beperking__c): its
	// content fields hold health data whatever their names.
	ObjectClinical ObjectKind = "clinical"
	// ObjectCriminalJustice: each record is about a suspicion, an
	// offence or a sanction (proces-verbaal, HALT, OM-afdoening): its
	// content fields hold criminal data (AVG art. 10).
	ObjectCriminalJustice ObjectKind = "criminal-justice"
	// ObjectMembership: each record is a person's membership of a trade
	// union, a political party or a church: the membership itself is
	// special data (AVG art. 9 lid 1).
	ObjectMembership ObjectKind = "membership"
	// ObjectConfiguration: settings, custom metadata types, templates,
	// record types, logs of the platform: about no person.
	ObjectConfiguration ObjectKind = "configuration"
	// ObjectCatalogue: a catalogue of things (drugs, products, codes,
	// course definitions): its fields describe an item, not a person.
	ObjectCatalogue ObjectKind = "catalogue"
	// ObjectThing: a business object (Order, Opportunity, Product2,
	// Event): its fields mostly describe the thing.
	ObjectThing ObjectKind = "thing"
	// ObjectUnknown: nothing says what the records are about.
	ObjectUnknown ObjectKind = "unknown"
)

// ObjectKinds returns every object kind in a fixed order.
func ObjectKinds() []ObjectKind {
	return []ObjectKind{ObjectPerson, ObjectPersonAccount, ObjectOrganisation, ObjectClinical,
		ObjectCriminalJustice, ObjectMembership, ObjectConfiguration, ObjectCatalogue, ObjectThing, ObjectUnknown}
}

// Valid reports whether k is one of the defined object kinds.
func (k ObjectKind) Valid() bool { return k.rank() >= 0 }

// rank orders the kinds when an object's words name several: the more
// specific wins. A template or setting is configuration even when it
// names a care plan ("CarePlanTemplate"); a catalogue of drugs is a
// catalogue; an allergy of a patient is clinical; a person word beats a
// thing ("Patient_Visit__c"), a thing an organisation
// ("Account_Product__c").
func (k ObjectKind) rank() int {
	switch k {
	case ObjectUnknown:
		return 0
	case ObjectOrganisation:
		return 1
	case ObjectThing:
		return 2
	case ObjectPerson:
		return 3
	case ObjectPersonAccount:
		return 4
	case ObjectClinical, ObjectCriminalJustice, ObjectMembership:
		return 5
	case ObjectCatalogue:
		return 6
	case ObjectConfiguration:
		return 7
	}
	return -1
}

// category is the special category that every record of an object of
// kind k reveals, or "" (membership takes its category from its line).
func (k ObjectKind) category() Category {
	switch k {
	case ObjectClinical:
		return Health
	case ObjectCriminalJustice:
		return Criminal
	}
	return ""
}

// about reports whether the records of an object of kind k are about a
// person.
func (k ObjectKind) about() bool {
	switch k {
	case ObjectPerson, ObjectPersonAccount, ObjectClinical, ObjectCriminalJustice, ObjectMembership:
		return true
	}
	return false
}

// class maps k to the object class of the field judgement.
func (k ObjectKind) class() objectClass {
	switch {
	case k.about():
		return objectPerson
	case k == ObjectOrganisation:
		return objectOrg
	case k == ObjectThing || k == ObjectCatalogue || k == ObjectConfiguration:
		return objectThing
	}
	return objectUnknown
}

// EvidenceSource says where a piece of evidence was found.
type EvidenceSource string

// The sources of evidence.
const (
	EvidenceName        EvidenceSource = "name"        // the field's API name
	EvidenceLabel       EvidenceSource = "label"       // the field's label
	EvidenceDescription EvidenceSource = "description" // the field's (or the object's) description
	EvidenceHelpText    EvidenceSource = "help-text"   // the field's inline help text
	EvidencePicklist    EvidenceSource = "picklist"    // the values a picklist allows
	EvidenceValues      EvidenceSource = "values"      // sample values, read by the text rules
	EvidenceObject      EvidenceSource = "object"      // the object's name, label or kind
	EvidenceSiblings    EvidenceSource = "siblings"    // the other fields of the object
	EvidenceType        EvidenceSource = "type"        // the declared type: a lookup, a switch
	EvidenceSystem      EvidenceSource = "system"      // a platform field that holds no content
	EvidenceGuard       EvidenceSource = "guard"       // a compound kept whole ("stempel" is not "tempel")
	EvidenceNegation    EvidenceSource = "negation"    // a negating word ("non-health")
	EvidenceSwitch      EvidenceSource = "switch"      // a feature toggle ("Addresses Disabled")
	EvidenceContext     EvidenceSource = "context"     // words around a category word that make it something else
)

// Evidence is one reason for (or against) a verdict: where it was found,
// which rule and data line said so and how strongly. Like a Finding's
// Rule it names the rule by an opaque ID (LookupRule resolves "f-…"),
// never the pattern and never a sample value, so it is safe to log.
type Evidence struct {
	Source   EvidenceSource `json:"source"`
	Rule     string         `json:"rule,omitempty"`        // the rule ID: "f-…" (fields.tsv), "s-…" (schema.tsv), a text rule of a sample value, or a check ("lookup-type")
	Line     string         `json:"line,omitempty"`        // the data line: "fields.tsv:144", "schema.tsv:40", or a text vocabulary's line as Explain names it, "en:380"
	Category Category       `json:"category,omitempty"`    // the category it is evidence for (or against)
	Kind     ObjectKind     `json:"object_kind,omitempty"` // the object kind it is evidence for
	Weight   float64        `json:"weight"`                // the strength it added, 0 for evidence against
	Against  bool           `json:"against,omitempty"`     // the evidence took the category or kind away
}

// FieldResult is the verdict on one field of an object: its findings, as
// Field reports them, and the evidence that decided, for and against.
type FieldResult struct {
	Field    string     `json:"field"`
	Findings []Finding  `json:"findings"`
	Evidence []Evidence `json:"evidence"`
}

// ObjectResult is the verdict on an object: its kind, the categories
// that every record of it reveals, the evidence for the kind, and a
// result per field in the order of the input.
type ObjectResult struct {
	Object     string        `json:"object"`
	Kind       ObjectKind    `json:"kind"`
	Categories []Category    `json:"categories"`
	Evidence   []Evidence    `json:"evidence"`
	Fields     []FieldResult `json:"fields"`
}

// Flagged returns the results of the fields that have a finding of a
// special category, in order.
func (r ObjectResult) Flagged() []FieldResult {
	out := []FieldResult{}
	for _, f := range r.Fields {
		for _, x := range f.Findings {
			if x.Category.Special() {
				out = append(out, f)
				break
			}
		}
	}
	return out
}
