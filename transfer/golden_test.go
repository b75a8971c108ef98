package transfer

import (
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden keeps the whole Assessment of the seed's case, as JSON, in
// testdata/salesforce-like.golden.json; refresh it with -update.
func TestGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/salesforce-like.json")
	require.NoError(t, err)
	var f Flow
	require.NoError(t, json.Unmarshal(b, &f))
	a, err := Evaluate(f, date("2026-09-01"))
	require.NoError(t, err)
	got, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	const golden = "testdata/salesforce-like.golden.json"
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got), rerun with -update if intended:\n%s", golden, diff)
	}
}

func BenchmarkEvaluate(b *testing.B) {
	f := Flow{Exporter: nlController, Importer: salesforceLike, StorageCountries: []string{"DE"},
		AccessCountries: []string{"US", "IN"}, Mechanisms: []Mechanism{BCRProcessor}, Measures: []Measure{TIADocumented}}
	asOf := date("2026-09-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(f, asOf); err != nil {
			b.Fatal(err)
		}
	}
}
