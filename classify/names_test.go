package classify

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestNameTokens(t *testing.T) {
	tests := []struct {
		name   string
		want   []string
		reason string
	}{
		{"Vakbondslid__c", []string{"vakbondslid"}, "a listed compound stays whole"},
		{"Vakbondslidmaatschap_Actief__c", []string{"vakbondslidmaatschap", "actief"}, "listed compounds stay whole"},
		{"Geloofsovertuiging__c", []string{"geloofsovertuiging"}, "listed"},
		{"Lidgeloofsovertuiging__c", []string{"lid", "geloofsovertuiging"}, "split into two known words"},
		{"Strafblad_Opmerking__c", []string{"strafblad", "opmerking"}, "underscore"},
		{"Medische_Notities__c", []string{"medische", "notities"}, "underscore; inflected forms are known"},
		{"UnionPay_Card__c", []string{"union", "pay", "card"}, "CamelCase"},
		{"unionpay_card__c", []string{"unionpay", "card"}, "a listed word"},
		{"Account_Health_Score__c", []string{"account", "health", "score"}, "underscores"},
		{"MailingStreet", []string{"mailing", "street"}, "CamelCase, standard field"},
		{"HTTPServerName", []string{"http", "server", "name"}, "an acronym before a word"},
		{"SHA256_Fingerprint__c", []string{"sha", "fingerprint"}, "digits dropped"},
		{"acme__BSN__c", []string{"bsn"}, "namespace prefix and suffix stripped"},
		{"acme__Religion__pc", []string{"religion"}, "person-account suffix"},
		{"Contact.Ethnicity__c", []string{"contact", "ethnicity"}, "dots separate"},
		{"ethnic-origin", []string{"ethnic", "origin"}, "dashes separate"},
		{"Seksuele_Oriëntatie__c", []string{"seksuele", "orientatie"}, "diacritics folded"},
		{"Hoofddiagnose2__c", []string{"hoofddiagnose"}, "digits dropped"},
		{"Nevendiagnose__c", []string{"neven", "diagnose"}, "a known modifier and head"},
		{"Werkdiagnose__c", []string{"werk", "diagnose"}, "an unknown modifier before a long known head"},
		{"Klantgezondheid__c", []string{"klantgezondheid"}, "listed as a clean word"},
		{"Gezichtstemplate__c", []string{"gezichtstemplate"}, "listed"},
		{"Gezichtsherkenningsdata__c", []string{"gezichtsherkennings", "data"}, "a known (inflected) word and an unknown tail"},
		{"Erfpacht__c", []string{"erfpacht"}, "no known part: stays whole"},
		{"Terras__c", []string{"terras"}, "a short known word (ras) may not touch an unknown run"},
		{"Ziekteverzuim_Dagen__c", []string{"ziekteverzuim", "dagen"}, "listed"},
		{"Ziekteverlof__c", []string{"ziekte", "verlof"}, "ziekte + verlof"},
		{"Geloofsbeleving__c", []string{"geloofs", "beleving"}, "known modifier with -s-, unknown head"},
		{"Vakbondsbijdrage__c", []string{"vakbonds", "bijdrage"}, "the linker -s- reads as a known form"},
		{"Patientendossier__c", []string{"patienten", "dossier"}, "a plural is a known form"},
		{"Stemvoorkeur__c", []string{"stemvoorkeur"}, "listed"},
		{"Landrisico__c", []string{"landrisico"}, "listed clean word"},
		{"Politiek_Landrisico__c", []string{"politiek", "landrisico"}, "listed"},
		{"", nil, "empty"},
		{"__c", []string{"c"}, "only a suffix: nothing stripped"},
		{"___", nil, "only separators"},
	}
	lx := fieldLex()
	for _, tt := range tests {
		got := lx.nameTokens(tt.name)
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("nameTokens(%q) (-want +got):\n%s\nreason: %s", tt.name, diff, tt.reason)
		}
	}
}

func TestStripSalesforce(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		person bool
	}{
		{"Geloof__c", "Geloof", false},
		{"Geloof__pc", "Geloof", true},
		{"Account__r", "Account", false},
		{"Location__Latitude__s", "Location", false},
		{"ns__Field__c", "Field", false},
		{"Email", "Email", false},
		{"__c", "__c", false},
	}
	for _, tt := range tests {
		got, person := stripSalesforce(tt.in)
		if got != tt.want || person != tt.person {
			t.Errorf("stripSalesforce(%q) = %q, %v; want %q, %v", tt.in, got, person, tt.want, tt.person)
		}
	}
}

func TestSplitCompoundFallback(t *testing.T) {
	lx := fieldLex()
	long := make([]byte, 200)
	for i := range long {
		long[i] = 'a'
	}
	if got := lx.splitCompound(string(long)); len(got) != 1 {
		t.Errorf("a very long word is not split: got %d parts", len(got))
	}
}
