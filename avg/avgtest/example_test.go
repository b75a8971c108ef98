package avgtest_test

import (
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/avg/avgtest"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// syncRecord is a user's CRM sync step that must drop the fields it may
// not send to the vendor.
func syncRecord(in map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range in {
		if k != "Religie__c" {
			out[k] = v
		}
	}
	return out
}

// A user's test of a CRM sync, one line per assertion. In a user's
// package the body is a test function, func TestSync(t *testing.T).
func Example() {
	TestSync := func(t *testing.T) {
		out := syncRecord(map[string]string{"LastName": "Visser", "Religie__c": "rooms-katholiek"})
		avgtest.NoSpecialCategories(t, out) // fails naming the field and category, never the value

		avgtest.Lawful(t, transfer.Flow{
			Exporter:         transfer.Party{Name: "Voorbeeld B.V.", Country: "NL", Role: transfer.Controller},
			Importer:         transfer.Party{Name: "CloudCRM Ireland Ltd", Country: "IE", Role: transfer.Processor, ParentCountry: "US"},
			StorageCountries: []string{"IE"},
			AccessCountries:  []string{"US"},
			Mechanisms:       []transfer.Mechanism{transfer.BCRProcessor},
			Measures:         []transfer.Measure{transfer.TIADocumented},
		}, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC))

		avgtest.RetentionDecision(t, nil, retention.Record{
			ID: "applicant-7", Category: "job-applicant",
			Event: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), // end of the procedure
		}, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), retention.Delete) // four weeks have passed
	}
	_ = TestSync
}
