// Package avgtest gives users' tests one-line AVG (GDPR) assertions, in the
// manner of net/http/httptest: a record holds no special categories of
// personal data, a transfer is lawful as of a date, a record's retention
// decision is the expected one.
//
//	func TestSyncRefusesHealthData(t *testing.T) {
//		out := mySync(record)
//		avgtest.NoSpecialCategories(t, out)
//	}
//
// Each helper takes a testing.TB, calls its Helper method, reports a
// failure with Errorf (the test goes on) and returns the outcome. Failure
// messages name fields, categories, offsets, parties and IDs; never a
// value of a record, so a failing CI log leaks no personal data.
//
// The helpers use classify.Default, transfer.Evaluate and the retention
// schedules; their data versions are those packages' (classify.VocabularyAsOf,
// transfer.AsOf, retention.CatalogueAsOf). This package is not legal advice.
// Its functions are safe for concurrent use.
package avgtest
