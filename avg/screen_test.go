package avg_test

import (
	"testing"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestScreening answers the DPIA question for processing facts alone (no
// schema, no vendor), following dpia.md § 7.
func TestScreening(t *testing.T) {
	tests := []struct {
		name    string
		p       avg.Processing
		want    avg.Outcome
		reasons []string
		reason  string
	}{
		{
			name: "nothing", p: avg.Processing{Subjects: 500},
			want: avg.NotRequired, reasons: []string{"no-criteria"},
			reason: "no criterion: not required, but record the screening (WP248)",
		},
		{
			name: "large scale only", p: avg.Processing{Subjects: 10000},
			want: avg.Recommended, reasons: []string{"wp248-one", "wp248-large-scale"},
			reason: "10,000 subjects is large scale (Pre-scan DPIA v2.0); one WP248 criterion: recommended",
		},
		{
			name: "health at scale", p: avg.Processing{Subjects: 50000, SpecialCategorySubjects: 50000, Categories: []classify.Category{classify.Health}},
			want: avg.Required,
			reasons: []string{"art35-3", "ap-list", "wp248-two-or-more",
				"art35-3b", "wp248-sensitive-data", "wp248-large-scale", "ap-2019-64418-07"},
			reason: "large-scale health processing itself: Art. 35(3)(b), AP item 7, WP248 criteria 4 and 5",
		},
		{
			name: "a few health remarks in a large CRM", p: avg.Processing{Subjects: 250000, SpecialCategorySubjects: 40, Categories: []classify.Category{classify.Health}},
			want: avg.Required, reasons: []string{"wp248-two-or-more", "wp248-sensitive-data", "wp248-large-scale"},
			reason: "WP243 § 2.1.3, WP248: Art. 35(3)(b) and AP item 7 measure large scale on the special-category processing itself (40 people), not on the CRM; WP248 still counts two criteria",
		},
		{
			name: "special-category scale not stated", p: avg.Processing{Subjects: 250000, Categories: []classify.Category{classify.Health}},
			want: avg.Required, reasons: []string{"wp248-two-or-more", "special-scale-not-stated", "wp248-sensitive-data", "wp248-large-scale"},
			reason: "a screening signal is not stated as fact: Art. 35(3)(b) is named as a question to confirm, not as applying (WP243 § 2.1.3)",
		},
		{
			name: "health by an individual physician", p: avg.Processing{Subjects: 50000, SpecialCategorySubjects: 50000, IndividualPractitioner: true, Categories: []classify.Category{classify.Health}},
			want: avg.NotRequired, reasons: []string{"recital-91", "wp248-sensitive-data"},
			reason: "Recital 91: an individual physician is not large scale; AP item 7 is grootschalig only; WP248 names the lone practitioner's patient records as needing no DPIA",
		},
		{
			name: "individual physician, two criteria", p: avg.Processing{Subjects: 900, IndividualPractitioner: true, VulnerableSubjects: true, Categories: []classify.Category{classify.Health}},
			want: avg.NotRequired, reasons: []string{"recital-91", "wp248-sensitive-data", "wp248-vulnerable-subjects"},
			reason: "WP248 (Recital 91): patient records of an individual physician need no DPIA even where two criteria (sensitive data, vulnerable subjects) meet",
		},
		{
			name: "lead scoring", p: avg.Processing{Subjects: 800, Scoring: true},
			want: avg.Required, reasons: []string{"ap-list", "wp248-evaluation-scoring", "ap-2019-64418-15"},
			reason: "systematic profiling is AP item 15 (Profilering), even below large scale",
		},
		{
			name: "occasional scoring", p: avg.Processing{Subjects: 800, Scoring: true, Occasional: true},
			want: avg.Recommended, reasons: []string{"wp248-one", "wp248-evaluation-scoring"},
			reason: "AP item 15 needs large-scale or systematic processing; ad hoc is neither (AP Q&A 2020)",
		},
		{
			name: "automated decisions on scores", p: avg.Processing{Subjects: 800, Scoring: true, AutomatedDecisions: true, Occasional: true},
			want: avg.Required, reasons: []string{"art35-3", "wp248-two-or-more", "art35-3a", "wp248-evaluation-scoring", "wp248-automated-decision"},
			reason: "Art. 35(3)(a): evaluation with automated decisions of legal effect",
		},
		{
			name: "employee monitoring", p: avg.Processing{Subjects: 40, EmployeeMonitoring: true},
			want: avg.Required, reasons: []string{"ap-list", "wp248-two-or-more", "wp248-systematic-monitoring", "wp248-vulnerable-subjects", "ap-2019-64418-11"},
			reason: "WP248: employees are vulnerable and monitoring is a criterion; AP item 11",
		},
		{
			name: "law-based processing", p: avg.Processing{Subjects: 50000, SpecialCategorySubjects: 50000, LegislativeDPIA: true, Categories: []classify.Category{classify.Health}},
			want: avg.NotRequired, reasons: []string{"art35-10", "art35-3b", "wp248-sensitive-data", "wp248-large-scale", "ap-2019-64418-07"},
			reason: "Art. 35(10): a DPIA was done with the law; the criteria met are still listed",
		},
		{
			name: "two criteria rebutted", p: avg.Processing{Subjects: 800, Matching: true, InnovativeTechnology: true, WP248Rebutted: true},
			want: avg.NotRequired, reasons: []string{"wp248-rebutted", "wp248-matching-combining", "wp248-innovative-technology"},
			reason: "WP248: a controller may document why two criteria do not mean high risk, with the DPO's view",
		},
		{
			name: "rebuttal does not override the AP list", p: avg.Processing{Subjects: 800, Scoring: true, Matching: true, WP248Rebutted: true},
			want: avg.Required, reasons: []string{"ap-list", "wp248-two-or-more", "wp248-evaluation-scoring", "wp248-matching-combining", "ap-2019-64418-15"},
			reason: "an AP-list item always requires a DPIA (Art. 35(4)); the rebuttal answers WP248 only",
		},
		{
			name: "BSN only", p: avg.Processing{Subjects: 100, Categories: []classify.Category{classify.NationalID}},
			want: avg.Recommended, reasons: []string{"wp248-one", "wp248-sensitive-data"},
			reason: "the BSN is sensitive data (Pre-scan) but not Art. 9, so no Art. 35(3)(b)",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := avg.Assess(avg.System{Name: tc.name, Processing: tc.p}, seedAsOf)
			require.NoError(t, err)
			var got []string
			for _, rs := range r.DPIA.Reasons {
				got = append(got, rs.ID)
				if len(rs.Sources) == 0 || rs.Text == "" {
					t.Errorf("reason %s has no text or no source", rs.ID)
				}
			}
			if r.DPIA.Outcome != tc.want {
				t.Errorf("outcome %s, want %s (%s)", r.DPIA.Outcome, tc.want, tc.reason)
			}
			if r.DPIARequired != (tc.want == avg.Required) {
				t.Errorf("DPIARequired %v disagrees with outcome %s", r.DPIARequired, r.DPIA.Outcome)
			}
			if diff := cmp.Diff(tc.reasons, got); diff != "" {
				t.Errorf("reasons (-want +got), %s:\n%s", tc.reason, diff)
			}
		})
	}
}
