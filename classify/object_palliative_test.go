package classify

import "testing"

// TestObjectAdvanceCarePlan covers the error classes of a Dutch advance
// care planning data set built on the zibs (issue 10, pending source
// pzp, IKNL Proactieve Zorgplanning): a directive about organ donation,
// the verification of a treatment directive, the preferred place of
// death, and the fixed name of a zib measurement. Each class has an
// object that must change and a near miss that must not; the reason
// names the class and the data line.
func TestObjectAdvanceCarePlan(t *testing.T) {
	c := Default()
	directive := func(name, label string) Object {
		return Object{Name: name, Label: label, Fields: []Field{
			{Name: "wilsverklaring_type", Label: "WilsverklaringType", Type: "code", Picklist: []string{"Niet reanimeren verklaring", "Behandelverbod", "Verklaring donorschap"}},
			{Name: "wilsverklaring_datum", Label: "WilsverklaringDatum", Type: "datetime"},
			{Name: "toelichting", Label: "Toelichting", Type: "string"},
		}}
	}
	cases := []objectCase{
		{
			name:   "a directive about organ donation",
			obj:    directive("keuze_orgaandonatie_vastgelegd_wilsverklaring", "Keuze orgaandonatie vastgelegd (Wilsverklaring)"),
			kind:   ObjectUnknown,
			reason: "schema.tsv context wilsverklaring (orgaandonatie, donorregister): a donor declaration is a decision about donation after death, not a health fact",
		},
		{
			name: "near miss: an advance directive stays clinical",
			obj:  directive("Wilsverklaring", "AdvanceDirective"),
			kind: ObjectClinical,
			want: map[string][]Category{
				"wilsverklaring_type":  {Health},
				"wilsverklaring_datum": {Health},
				"toelichting":          {Health},
			},
			reason: "schema.tsv object wilsverklaring (zib Wilsverklaring); a donor declaration among its picklist values does not make it one (the context reads the object's words)",
		},
		{
			name: "the verification of a treatment directive and the fixed name of a measurement",
			obj: Object{Name: "behandelgrens_behandel_aanwijzing", Label: "Behandelgrens (BehandelAanwijzing)", Fields: []Field{
				{Name: "behandeling", Label: "Behandeling", Type: "code", Picklist: []string{"Reanimatie", "Beademing", "Opname op intensive care"}},
				{Name: "verificatie.geverifieerd", Label: "Geverifieerd", Type: "boolean"},
				{Name: "verificatie.geverifieerd_bij", Label: "GeverifieerdBij", Type: "code", Picklist: []string{"Patiënt", "Familie", "Gevolmachtigde"}},
				{Name: "begin_datum", Label: "BeginDatum", Type: "datetime"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"behandeling": {Health},
				"begin_datum": {Health},
			},
			reason: "schema.tsv handling geverifieerd: whether and with whom a directive was verified is the record's handling; the treatment limit and its date stay (README date rule for zib-derived models)",
		},
		{
			name: "the preferred place of death, with the fixed name of its measurement",
			obj: Object{Name: "gewenste_plek_van_overlijden_meting", Label: "Gewenste plek van overlijden ([Meting])", Fields: []Field{
				{Name: "gewenste_plek_van_overlijden_meting_naam", Label: "Gewenste plek van overlijden ([MetingNaam])", Type: "code", Picklist: []string{"Gewenste plek van overlijden"}},
				{Name: "voorkeursplek_meting_waarde", Label: "Voorkeursplek ([MetingWaarde])", Type: "ordinal", Picklist: []string{"Thuis", "Ziekenhuis", "Verpleeghuis", "Hospice"}},
				{Name: "toelichting", Label: "[Toelichting]", Type: "string"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"voorkeursplek_meting_waarde": {Health},
				"toelichting":                 {Health},
			},
			reason: "schema.tsv object gewenste plek van overlijden (IKNL PZP); the measurement's name with one value is a constant code (constantCode, as FHIR Observation.code fixed by a profile)",
		},
		{
			name: "near miss: a measurement's name with a value set of many names is the content",
			obj: Object{Name: "gewenste_plek_van_overlijden_meting", Label: "Gewenste plek van overlijden ([Meting])", Fields: []Field{
				{Name: "meting_naam", Label: "MetingNaam", Type: "code", Picklist: []string{"Gewenste plek van overlijden", "Euthanasie standpunt"}},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"meting_naam": {Health}},
			reason: "constantCode: only a value set of one value fixes the name; otherwise the name says what was measured of the patient (US Core clinical result code)",
		},
	}
	runObjectCases(t, c, cases)
}
