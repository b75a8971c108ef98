package retention

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// requiredIDs are the IDs the issue fixes, then the other ✔ and ◐ rows of
// the reference.
var requiredIDs = []string{
	"fiscal-records", "fiscal-records-real-estate", "statutory-books", "payroll-records",
	"payroll-id-copy", "payroll-tax-form", "foreign-worker-id-copy", "working-time-records",
	"personnel-file", "job-applicant", "job-applicant-consent", "sick-leave-admin",
	"reintegration-file", "medical-record", "cctv-footage", "visitor-log", "aml-cdd-records",
	"aml-unusual-transaction", "customer-account", "contract-evidence",
	"telemarketing-ex-customer", "call-recordings-mifid", "member-admin",
	// Other ✔ and ◐ rows.
	"payroll-master-data", "pension-scheme-records", "sick-leave-own-risk",
	"id-copy-no-legal-duty", "bsn", "email-marketing-customer", "complaint-records",
	"telecom-traffic-data", "government-archive",
}

func loadCatalogue(t *testing.T) catalogueFile {
	t.Helper()
	f, _, err := parseCatalogue(netherlandsJSON)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestCatalogueLoads(t *testing.T) {
	f, s, err := parseCatalogue(netherlandsJSON)
	if err != nil {
		t.Fatal(err)
	}
	if f.AsOf != CatalogueAsOf {
		t.Errorf("as_of %q, CatalogueAsOf %q", f.AsOf, CatalogueAsOf)
	}
	if f.Jurisdiction != "NL" {
		t.Errorf("jurisdiction %q", f.Jurisdiction)
	}
	if got, want := Netherlands().Categories(), s.Categories(); !slices.Equal(got, want) {
		t.Errorf("Netherlands() categories differ from the file")
	}
	if a, b := Netherlands(), Netherlands(); a != b {
		t.Error("Netherlands() is not shared")
	}
	if len(f.Rules) < 35 {
		t.Errorf("catalogue has %d rows, the reference 35", len(f.Rules))
	}
}

func TestCatalogueRequiredIDs(t *testing.T) {
	s := Netherlands()
	for _, id := range requiredIDs {
		if _, ok := s.Rule(id); !ok {
			t.Errorf("catalogue lacks %q", id)
		}
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestCatalogueRows(t *testing.T) {
	f := loadCatalogue(t)
	seen := map[string]bool{}
	for _, r := range f.Rules {
		t.Run(r.Category, func(t *testing.T) {
			if seen[r.Category] {
				t.Errorf("duplicate ID")
			}
			seen[r.Category] = true
			if !idPattern.MatchString(r.Category) {
				t.Errorf("ID is not lower-case kebab")
			}
			if len(r.Sources) == 0 {
				t.Errorf("no source")
			}
			for _, src := range r.Sources {
				if strings.TrimSpace(src) == "" {
					t.Errorf("blank source")
				}
			}
			if !r.Kind.Valid() {
				t.Errorf("unknown kind %q", r.Kind)
			}
			if !r.Anchor.Valid() {
				t.Errorf("unknown or empty anchor %q", r.Anchor)
			}
			if !r.OnExpiry.Valid() {
				t.Errorf("on_expiry %q", r.OnExpiry)
			}
			if r.OnExpiry == Keep && r.Category != "marketing-suppression" {
				t.Errorf("only the suppression list is never deleted automatically")
			}
			switch r.Certainty {
			case Verified, Partial, Unverified:
			default:
				t.Errorf("certainty %q", r.Certainty)
			}
			if r.TitleNL == "" || r.TitleEN == "" || r.StartEvent == "" {
				t.Errorf("missing title or start event")
			}
			if err := r.Period.Validate(); err != nil {
				t.Error(err)
			}
			if r.Kind == None && !r.Period.IsZero() {
				t.Errorf("kind none must have no period")
			}
			if r.Kind != None && r.Period.IsZero() && r.Kind != Maximum {
				t.Errorf("a %s without a period", r.Kind)
			}
		})
	}
}

// TestCataloguePeriodsParse reads the raw file: every period string parses
// and is written canonically.
func TestCataloguePeriodsParse(t *testing.T) {
	var raw struct {
		Rules []map[string]any `json:"rules"`
	}
	if err := json.Unmarshal(netherlandsJSON, &raw); err != nil {
		t.Fatal(err)
	}
	for _, r := range raw.Rules {
		id := r["category"].(string)
		v, ok := r["period"]
		if !ok {
			if r["kind"] != "none" {
				t.Errorf("%s: kind %v without a period", id, r["kind"])
			}
			continue
		}
		s, _ := v.(string)
		p, err := ParsePeriod(s)
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		if p.String() != s {
			t.Errorf("%s: period %q is not canonical (%q)", id, s, p.String())
		}
	}
	dec := json.NewDecoder(bytes.NewReader(netherlandsJSON))
	dec.DisallowUnknownFields()
	var f catalogueFile
	if err := dec.Decode(&f); err != nil {
		t.Errorf("unknown fields: %v", err)
	}
}

// TestCatalogueFacts pins the facts of the reference for every row.
func TestCatalogueFacts(t *testing.T) {
	type fact struct {
		period  string
		kind    Kind
		anchor  Anchor
		expiry  Action
		cert    Certainty
		sources string // a source that must be among the rule's
	}
	eoy := AnchorEndOfCalendarYear
	facts := map[string]fact{
		"fiscal-records":             {"P7Y", Minimum, AnchorEvent, Delete, Verified, "AWR art. 52 lid 4"},
		"fiscal-records-real-estate": {"P10Y", Minimum, AnchorEvent, Review, Partial, "Wet OB 1968 art. 34a"},
		"statutory-books":            {"P7Y", Minimum, AnchorEvent, Delete, Verified, "BW 2:10 lid 3"},
		"payroll-records":            {"P7Y", Minimum, eoy, Delete, Verified, "AWR art. 52 lid 4"},
		"payroll-master-data":        {"P7Y", Minimum, eoy, Delete, Partial, "AWR art. 52 lid 4"},
		"payroll-id-copy":            {"P5Y", Minimum, eoy, Delete, Partial, "Uitvoeringsregeling loonbelasting 2011"},
		"payroll-tax-form":           {"P5Y", Minimum, eoy, Delete, Partial, "Uitvoeringsregeling loonbelasting 2011"},
		"foreign-worker-id-copy":     {"P5Y", Minimum, eoy, Delete, Verified, "Wet arbeid vreemdelingen art. 15 lid 4"},
		"working-time-records":       {"P52W", Minimum, AnchorEvent, Delete, Verified, "Arbeidstijdenbesluit art. 3.2:1"},
		"pension-scheme-records":     {"P7Y", Minimum, AnchorEvent, Review, Partial, "Pensioenwet"},
		"personnel-file":             {"P2Y", Guidance, AnchorEvent, Delete, Partial, "AP guidance"},
		"job-applicant":              {"P4W", Guidance, AnchorEvent, Delete, Partial, "NVP Sollicitatiecode"},
		"job-applicant-consent":      {"P1Y", Guidance, AnchorEvent, Delete, Partial, "AVG art. 7(3)"},
		"sick-leave-admin":           {"P2Y", Guidance, AnchorEvent, Delete, Partial, "De zieke werknemer"},
		"reintegration-file":         {"P2Y", Guidance, AnchorEvent, Delete, Partial, "De zieke werknemer"},
		"sick-leave-own-risk":        {"P5Y", Minimum, AnchorEvent, Delete, Partial, "Ziektewet"},
		"medical-record":             {"P20Y", Minimum, AnchorEvent, Review, Verified, "BW 7:455"},
		"cctv-footage":               {"P4W", Guidance, AnchorEvent, Delete, Verified, "AP guidance cameratoezicht"},
		"visitor-log":                {"", None, AnchorEvent, Delete, Unverified, "Arbowet art. 3"},
		"aml-cdd-records":            {"P5Y", Minimum, AnchorEvent, Delete, Verified, "Wwft art. 33"},
		"aml-unusual-transaction":    {"P5Y", Minimum, AnchorEvent, Delete, Verified, "Wwft art. 34"},
		"id-copy-no-legal-duty":      {"P0D", Maximum, AnchorEvent, Delete, Verified, "Kopie van uw ID-bewijs"},
		"bsn":                        {"", None, AnchorEvent, Review, Verified, "UAVG art. 46"},
		"customer-account":           {"", None, AnchorEvent, Delete, Verified, "AVG art. 30(1)(f)"},
		"contract-evidence":          {"P5Y", Justification, AnchorEvent, Review, Verified, "BW 3:310 lid 1"},
		"telemarketing-ex-customer":  {"P3Y", Maximum, AnchorEvent, Delete, Verified, "Telecommunicatiewet art. 11.7"},
		"email-marketing-customer":   {"", None, AnchorEvent, Delete, Partial, "Telecommunicatiewet art. 11.7"},
		"marketing-consent":          {"", None, AnchorEvent, Delete, Unverified, "AVG art. 7(1)"},
		"marketing-suppression":      {"", None, AnchorEvent, Keep, Unverified, "AVG art. 21(3)"},
		"leads":                      {"", None, AnchorEvent, Delete, Unverified, "AVG art. 5(1)(e)"},
		"complaint-records":          {"", None, AnchorEvent, Delete, Partial, "Wft art. 4:17"},
		"call-recordings-mifid":      {"P5Y", Minimum, AnchorEvent, Delete, Verified, "2017/565 art. 76"},
		"telecom-traffic-data":       {"P0D", Maximum, AnchorEvent, Delete, Partial, "Dir. 2002/58/EC art. 6"},
		"member-admin":               {"P2Y", Guidance, AnchorEvent, Delete, Partial, "Vrijstellingsbesluit"},
		"government-archive":         {"", None, AnchorEvent, Review, Partial, "Archiefwet 1995 art. 5"},
	}
	s := Netherlands()
	if len(facts) != len(s.Categories()) {
		t.Errorf("%d facts for %d rows", len(facts), len(s.Categories()))
	}
	for id, f := range facts {
		r, ok := s.Rule(id)
		if !ok {
			t.Errorf("%s missing", id)
			continue
		}
		want := Period{}
		if f.period != "" {
			want = MustParsePeriod(f.period)
		}
		if r.Period != want || r.Kind != f.kind || r.Anchor != f.anchor || r.OnExpiry != f.expiry || r.Certainty != f.cert {
			t.Errorf("%s = %s %s %s %s %s, want %s %s %s %s %s", id, r.Period, r.Kind, r.Anchor, r.OnExpiry, r.Certainty,
				want, f.kind, f.anchor, f.expiry, f.cert)
		}
		if !strings.Contains(strings.Join(r.Sources, "|"), f.sources) {
			t.Errorf("%s: sources %q lack %q", id, r.Sources, f.sources)
		}
	}
}

// TestCatalogueREADME keeps data/README.md in step with the data.
func TestCatalogueREADME(t *testing.T) {
	b, err := os.ReadFile("data/README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	if !strings.Contains(readme, CatalogueAsOf) {
		t.Errorf("README does not state the as-of date %s", CatalogueAsOf)
	}
	for _, id := range Netherlands().Categories() {
		if !strings.Contains(readme, id) {
			t.Errorf("README does not mention %s", id)
		}
	}
}

func TestRulesAreCopies(t *testing.T) {
	s := Netherlands()
	r, _ := s.Rule("fiscal-records")
	r.Sources[0] = "changed"
	rs := s.Rules()
	rs[0].Sources[0] = "changed"
	again, _ := s.Rule("fiscal-records")
	if again.Sources[0] == "changed" {
		t.Error("Rule or Rules leaked the Schedule's slice")
	}
	cats := s.Categories()
	cats[0] = "changed"
	if s.Categories()[0] == "changed" {
		t.Error("Categories leaked the Schedule's slice")
	}
}
