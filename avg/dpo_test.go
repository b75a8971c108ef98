package avg_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/transfer"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// dpoBase is a small private organisation that states every fact the DPO
// check reads: not a public body, 500 data subjects, no monitoring, no
// special categories, no DPO. Each case edits it.
func dpoBase() avg.System {
	return avg.System{
		Name:          "Ledenadministratie",
		PublicBody:    avg.No,
		DPODesignated: avg.No,
		Processing:    avg.Processing{Subjects: 500, CoreActivity: avg.Yes},
	}
}

// hospital is a hospital's patient administration: health data of 150,000
// patients, its core activity (WP243 rev.01 § 2.1.2: a hospital's core
// activity is health care, and it cannot provide it without processing
// health data; § 2.1.3 names a hospital's patient data as large scale).
func hospital(s *avg.System) {
	s.Processing.Subjects = 150000
	s.Processing.SpecialCategorySubjects = 150000
	s.Processing.Categories = []classify.Category{classify.Health}
	s.Processing.CoreActivity = avg.Yes
}

// physician is an individual physician's practice holding the health data
// of n patients (Recital 91).
func physician(n int) func(*avg.System) {
	return func(s *avg.System) {
		s.Processing.Subjects, s.Processing.SpecialCategorySubjects = n, n
		s.Processing.Categories = []classify.Category{classify.Health}
		s.Processing.IndividualPractitioner = true
	}
}

// TestCheckDPO decides from the facts of a system whether a data
// protection officer is mandatory (Art. 37(1) AVG) and designated.
func TestCheckDPO(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*avg.System)
		want   avg.Status
		facts  []string // fact IDs, in order
		reason string
	}{
		{"municipality without DPO", func(s *avg.System) { s.PublicBody = avg.Yes }, avg.Fail,
			[]string{"dpo-art37-1a-met", "dpo-designation-no"},
			"Art. 37(1)(a): a public authority or body must designate a DPO whatever data it processes (WP243 rev.01 § 2.1)"},
		{"municipality with DPO", func(s *avg.System) { s.PublicBody = avg.Yes; s.DPODesignated = avg.Yes }, avg.Pass,
			[]string{"dpo-art37-1a-met", "dpo-designation-yes"},
			"Art. 37(1)(a) met and a DPO designated"},
		{"municipality, designation not stated", func(s *avg.System) { s.PublicBody = avg.Yes; s.DPODesignated = avg.NotStated }, avg.Warn,
			[]string{"dpo-art37-1a-met", "dpo-designation-not-stated"},
			"mandatory, but whether one is designated is not stated: confirm, never assume"},
		{"public body from the exporter's sector", func(s *avg.System) {
			s.PublicBody = avg.NotStated
			s.Transfers = []transfer.Flow{{
				Exporter:         transfer.Party{Name: "Gemeente Voorbeeld", Country: "NL", Role: transfer.Controller, Sector: transfer.SectorPublic},
				Importer:         transfer.Party{Name: "Hosting B.V.", Country: "NL", Role: transfer.Processor},
				StorageCountries: []string{"NL"},
			}}
		}, avg.Fail, []string{"dpo-art37-1a-met", "dpo-designation-no"},
			"the exporter's stated sector 'public' is the public body of Art. 37(1)(a); the existing fact is reused"},
		{"court in its judicial capacity", func(s *avg.System) { s.PublicBody = avg.Yes; s.Processing.JudicialCapacity = true }, avg.Pass,
			[]string{"dpo-court-judicial", "dpo-no-monitoring", "dpo-no-special-data", "dpo-not-mandatory", "dpo-designation-no"},
			"Art. 37(1)(a) excepts courts acting in their judicial capacity"},
		{"hospital without DPO", hospital, avg.Fail,
			[]string{"dpo-art37-1c-met", "dpo-designation-no"},
			"Art. 37(1)(c): health data of a hospital's patients, its core activity, on a large scale (WP243 rev.01 §§ 2.1.2, 2.1.3)"},
		{"hospital with DPO", func(s *avg.System) { hospital(s); s.DPODesignated = avg.Yes }, avg.Pass,
			[]string{"dpo-art37-1c-met", "dpo-designation-yes"},
			"Art. 37(1)(c) met and a DPO designated"},
		{"hospital, core activity not stated", func(s *avg.System) { hospital(s); s.Processing.CoreActivity = avg.NotStated }, avg.Warn,
			[]string{"dpo-not-public-body", "dpo-no-monitoring", "dpo-ground-open", "dpo-core-activity-not-stated", "dpo-designation-no"},
			"Art. 37(1)(c) requires core activities; not stated is asked, never assumed"},
		{"hospital, scale of the health data not stated", func(s *avg.System) { hospital(s); s.Processing.SpecialCategorySubjects = 0 }, avg.Warn,
			[]string{"dpo-not-public-body", "dpo-no-monitoring", "dpo-ground-open", "dpo-special-subjects-not-stated", "dpo-designation-no"},
			"large scale is measured on the special-category processing itself (WP243 rev.01 § 2.1.3); not stated is asked"},
		{"one physician's practice", physician(2500), avg.Pass, []string{"dpo-not-public-body", "dpo-no-monitoring", "dpo-individual-practitioner", "dpo-not-mandatory", "dpo-designation-no"},
			"Recital 91 and WP243 rev.01 § 2.1.3: an individual physician's patient data are not processed on a large scale"},
		{"one physician with many patients stated", physician(12000), avg.Pass, []string{"dpo-not-public-body", "dpo-no-monitoring", "dpo-individual-practitioner", "dpo-not-mandatory", "dpo-designation-no"},
			"Recital 91 names the individual physician as not large scale, whatever the count"},
		{"health remarks in a small system", func(s *avg.System) {
			s.Processing.Subjects = 3000
			s.Processing.Categories = []classify.Category{classify.Health}
		}, avg.Pass, []string{"dpo-not-public-body", "dpo-no-monitoring", "dpo-special-not-large-scale", "dpo-not-mandatory", "dpo-designation-no"},
			"the special-category processing cannot be larger than the system, which is below the large-scale figure"},
		{"criminal data on a large scale", func(s *avg.System) {
			s.Processing.Subjects, s.Processing.SpecialCategorySubjects = 60000, 60000
			s.Processing.Categories = []classify.Category{classify.Criminal}
		}, avg.Fail, []string{"dpo-art37-1c-met", "dpo-designation-no"},
			"Art. 37(1)(c) covers data relating to criminal convictions and offences (Art. 10)"},
		{"BSN only", func(s *avg.System) {
			s.Processing.Subjects, s.Processing.SpecialCategorySubjects = 60000, 60000
			s.Processing.Categories = []classify.Category{classify.NationalID}
		}, avg.Pass, []string{"dpo-not-public-body", "dpo-no-monitoring", "dpo-no-special-data", "dpo-not-mandatory", "dpo-designation-no"},
			"the BSN (UAVG art. 46) is neither an Art. 9 nor an Art. 10 category"},
		{"behavioural advertising network", func(s *avg.System) {
			s.Processing.Subjects = 2000000
			s.Processing.BehaviouralAdvertising = true
		}, avg.Fail, []string{"dpo-art37-1b-met", "dpo-designation-no"},
			"Art. 37(1)(b): behavioural advertising as the core activity is regular and systematic monitoring on a large scale (WP243 rev.01 §§ 2.1.3, 2.1.4)"},
		{"occasional monitoring", func(s *avg.System) {
			s.Processing.Subjects = 50000
			s.Processing.Monitoring, s.Processing.Occasional = true, true
		}, avg.Pass, []string{"dpo-not-public-body", "dpo-monitoring-occasional", "dpo-no-special-data", "dpo-not-mandatory", "dpo-designation-no"},
			"ad hoc monitoring is not regular and systematic (WP243 rev.01 § 2.1.4)"},
		{"monitoring as an ancillary activity", func(s *avg.System) {
			s.Processing.Subjects = 20000
			s.Processing.EmployeeMonitoring = true
			s.Processing.CoreActivity = avg.No
		}, avg.Pass, []string{"dpo-not-public-body", "dpo-not-core-activity", "dpo-no-special-data", "dpo-not-mandatory", "dpo-designation-no"},
			"monitoring staff is ancillary, not a core activity (WP243 rev.01 § 2.1.2)"},
		{"small-scale monitoring", func(s *avg.System) { s.Processing.Monitoring = true }, avg.Pass,
			[]string{"dpo-not-public-body", "dpo-not-large-scale", "dpo-no-special-data", "dpo-not-mandatory", "dpo-designation-no"},
			"500 data subjects are not large scale"},
		{"monitoring, number of data subjects not stated", func(s *avg.System) {
			s.Processing.Subjects = 0
			s.Processing.LocationData = true
		}, avg.Warn, []string{"dpo-not-public-body", "dpo-ground-open", "dpo-no-special-data", "dpo-subjects-not-stated", "dpo-designation-no"},
			"large scale cannot be decided without the number; it is asked"},
		{"nothing stated", func(s *avg.System) { s.PublicBody, s.DPODesignated = avg.NotStated, avg.NotStated }, avg.Warn,
			[]string{"dpo-ground-open", "dpo-no-monitoring", "dpo-no-special-data", "dpo-public-body-not-stated", "dpo-designation-not-stated"},
			"whether the organisation is a public body is asked, never read as no"},
		{"facts open, DPO designated", func(s *avg.System) { s.PublicBody, s.DPODesignated = avg.NotStated, avg.Yes }, avg.Pass,
			[]string{"dpo-designation-yes"},
			"with a DPO designated, whether one is mandatory is moot"},
		{"voluntary DPO", func(s *avg.System) { s.DPODesignated = avg.Yes }, avg.Pass,
			[]string{"dpo-not-public-body", "dpo-no-monitoring", "dpo-no-special-data", "dpo-not-mandatory", "dpo-designation-yes", "dpo-voluntary"},
			"a voluntary DPO is subject to Arts. 37-39 all the same (WP243 rev.01 § 2.1)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := dpoBase()
			tc.edit(&s)
			r, c := assessCheck(t, s, avg.CheckDPO)
			checkStatus(t, c, tc.want, tc.reason)
			if diff := cmp.Diff(tc.facts, ids(c.Facts)); diff != "" {
				t.Errorf("facts (-want +got), %s:\n%s", tc.reason, diff)
			}
			if c.Status == avg.Pass && len(c.Mitigations) != 0 {
				t.Errorf("a pass with mitigations %v", c.Mitigations)
			}
			for _, lang := range []language.Tag{language.Dutch, language.English} {
				for _, d := range r.In(lang).Checks[slices.Index(avg.CheckIDs(), avg.CheckDPO)].Detail {
					if d == "" || strings.Contains(d, "%!") || strings.Contains(d, "fact.") {
						t.Errorf("%s: detail %q is not rendered", lang, d)
					}
				}
			}
		})
	}
}

func ids(facts []avg.Fact) []string {
	out := make([]string, len(facts))
	for i, f := range facts {
		out[i] = f.ID
	}
	return out
}

// TestCheckDPOWording: the Dutch report says what a Dutch privacy lawyer
// would write: "functionaris voor gegevensbescherming", "verplicht op
// grond van art. 37 lid 1 onder c AVG"; the English one cites Art.
// 37(1)(c) GDPR.
func TestCheckDPOWording(t *testing.T) {
	s := dpoBase()
	hospital(&s)
	r, err := avg.Assess(s, seedAsOf)
	require.NoError(t, err)
	var nl, en strings.Builder
	require.NoError(t, r.WriteMarkdown(&nl, language.Dutch))
	require.NoError(t, r.WriteMarkdown(&en, language.English))
	for _, want := range []string{
		"## Functionaris voor gegevensbescherming (FG): niet in orde",
		"een functionaris voor gegevensbescherming is verplicht op grond van art. 37 lid 1 onder c AVG",
		"Er is geen functionaris voor gegevensbescherming aangewezen.",
		"meld de functionaris aan bij de Autoriteit Persoonsgegevens (art. 37 lid 7 AVG)",
		"WP29, Richtsnoeren voor functionarissen voor gegevensbescherming, WP243 rev.01, § 2.1.2 (kernactiviteiten)",
	} {
		if !strings.Contains(nl.String(), want) {
			t.Errorf("Dutch report lacks %q", want)
		}
	}
	for _, want := range []string{
		"a data protection officer is mandatory under Art. 37(1)(c) GDPR",
		"notify the DPO to the Autoriteit Persoonsgegevens (Art. 37(7) GDPR)",
	} {
		if !strings.Contains(en.String(), want) {
			t.Errorf("English report lacks %q", want)
		}
	}
	var dr strings.Builder
	require.NoError(t, avg.WriteDraft(&dr, s, r, language.Dutch))
	if !strings.Contains(dr.String(), "Uit de controle op de functionaris voor gegevensbescherming (art. 37 AVG):\n\n- ") ||
		!strings.Contains(dr.String(), "verplicht op grond van art. 37 lid 1 onder c AVG") {
		t.Errorf("the DPIA draft's DPO part does not say that a DPO is mandatory:\n%s", dr.String())
	}
}
