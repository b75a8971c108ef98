package avg_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
)

// TestReportCitesUAVG: a special category processed under a UAVG
// exception is reported, in Dutch and in English, with the article of the
// UAVG in force (BWBR0040940 as on avg.DataAsOf; the Verzamelwet
// gegevensbescherming, Kamerstukken 36264, was not found in force: see
// data/README.md), and an exception for another category fails.
func TestReportCitesUAVG(t *testing.T) {
	tests := []struct {
		name      string
		cat       classify.Category
		exception string
		want      avg.Status
		nl, en    string
		reason    string
	}{
		{"biometrics for access", classify.Biometric, "uavg-29", avg.Pass, "(UAVG art. 29)", "(UAVG Art. 29)",
			"UAVG art. 29: biometric data where necessary for authentication or security purposes"},
		{"health by a care provider", classify.Health, "uavg-30", avg.Pass, "(UAVG art. 30)", "(UAVG Art. 30)",
			"UAVG art. 30: data concerning health"},
		{"genetic data", classify.Genetic, "uavg-28", avg.Pass, "(UAVG art. 28)", "(UAVG Art. 28)",
			"UAVG art. 28: genetic data"},
		{"ethnic origin for identification", classify.RacialEthnicOrigin, "uavg-25", avg.Pass, "(UAVG art. 25)", "(UAVG Art. 25)",
			"UAVG art. 25: racial or ethnic origin"},
		{"criminal data, specific exception", classify.Criminal, "uavg-33", avg.Pass, "(UAVG art. 33)", "(UAVG Art. 33)",
			"UAVG art. 33: criminal data (AVG art. 10)"},
		{"the BSN", classify.NationalID, "uavg-46", avg.Pass, "(UAVG art. 46)", "(UAVG Art. 46)",
			"UAVG art. 46: the BSN, only to carry out the law that prescribes it"},
		{"biometrics under the health article", classify.Biometric, "uavg-30", avg.Fail, "(UAVG art. 30)", "(UAVG Art. 30)",
			"UAVG art. 30 covers health, not biometric data; art. 29 is the biometric exception"},
		{"criminal data under an Art. 9 exception", classify.Criminal, "uavg-23", avg.Fail, "(UAVG art. 23)", "(UAVG Art. 23)",
			"UAVG art. 23 lifts the Art. 9(1) prohibition; criminal data need art. 10 AVG with UAVG arts. 31-33"},
		{"the BSN under the general exceptions", classify.NationalID, "uavg-22", avg.Fail, "(UAVG art. 22 lid 2)", "(UAVG Art. 22(2))",
			"UAVG art. 22 is for Art. 9(1) data; the BSN rests on UAVG art. 46"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mitigatedSystem()
			s.Processing.Categories = []classify.Category{tc.cat}
			s.LegalBasis.Special = []avg.SpecialException{{Category: tc.cat, Exception: tc.exception}}
			r, c := assessCheck(t, s, avg.CheckLegalBasis)
			checkStatus(t, c, tc.want, tc.reason)
			for _, lang := range []struct {
				tag  language.Tag
				cite string
			}{{language.Dutch, tc.nl}, {language.English, tc.en}} {
				lc, _ := r.In(lang.tag).Check(avg.CheckLegalBasis)
				if !slices.ContainsFunc(lc.Detail, func(d string) bool { return strings.Contains(d, lang.cite) }) {
					t.Errorf("%s: detail %q does not cite %s (%s)", lang.tag, lc.Detail, lang.cite, tc.reason)
				}
				var b bytes.Buffer
				require.NoError(t, r.WriteMarkdown(&b, lang.tag))
				if !strings.Contains(b.String(), lang.cite) {
					t.Errorf("%s: the Markdown report does not cite %s (%s)", lang.tag, lang.cite, tc.reason)
				}
			}
		})
	}
}
