package avg_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestSystemFiles: the seed and its mitigated twin as system files
// (testdata/*.system.json, rewritten with -update) read back into the
// systems of the tests, and assess to the same reports.
func TestSystemFiles(t *testing.T) {
	for name, s := range map[string]avg.System{"seed": seedSystem(), "mitigated": mitigatedSystem()} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name+".system.json")
			if *update {
				b, err := json.MarshalIndent(s, "", "  ")
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
			}
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			got, err := avg.DecodeSystem(f)
			require.NoError(t, err)
			if diff := cmp.Diff(s, got); diff != "" {
				t.Errorf("%s reads back differently (-want +got):\n%s", path, diff)
			}
			want, err := avg.Assess(s, seedAsOf)
			require.NoError(t, err)
			r, err := avg.Assess(got, seedAsOf)
			require.NoError(t, err)
			if ch := avg.Diff(want, r); !ch.Empty() {
				t.Errorf("the system from %s assesses differently: %+v", path, ch)
			}
		})
	}
}

// TestSystemJSONKeys: System and its parts use snake_case keys, as
// transfer.Flow does.
func TestSystemJSONKeys(t *testing.T) {
	b, err := json.Marshal(mitigatedSystem())
	require.NoError(t, err)
	var keys func(v any)
	keys = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if k != strings.ToLower(k) || strings.ContainsAny(k, "- ") {
					// Record keys are field names of the vendor's schema.
					if _, isRecord := e.(string); !isRecord {
						t.Errorf("key %q is not snake_case", k)
					}
				}
				keys(e)
			}
		case []any:
			for _, e := range x {
				keys(e)
			}
		}
	}
	var v any
	require.NoError(t, json.Unmarshal(b, &v))
	m := v.(map[string]any)
	delete(m, "records")
	keys(m)
}

// TestDecodeSystemErrors: a system file with an unknown key, a wrong type
// or trailing data is an error naming the field; no error quotes a value.
func TestDecodeSystemErrors(t *testing.T) {
	tests := []struct {
		name, in, mention, reason string
	}{
		{"unknown top-level field", `{"name": "CRM", "twofactor": "all-users"}`, `unknown field "twofactor"`, "a misspelt key is an error, not silently ignored"},
		{"unknown nested field", `{"name": "CRM", "controls": {"two_factor": "all-users", "mfa": true}}`, `unknown field "mfa"`, "unknown fields are errors at every level"},
		{"unknown flow field", `{"name": "CRM", "transfers": [{"importer": {"name": "X", "country": "US", "dpf": true}}]}`, `dpf`, "transfer.Flow is read as strictly (transfer names the path)"},
		{"wrong type", `{"name": "CRM", "processing": {"subjects": "many"}}`, "processing.subjects", "the error names the field whose type is wrong"},
		{"trailing data", `{"name": "CRM"} {"name": "other"}`, "after the JSON object", "one system per file"},
		{"not JSON", `name: CRM`, "invalid JSON", "a YAML file is not a system file"},
		{"empty", ``, "empty input", "an empty file is not a system"},
		{"bad date", `{"name": "CRM", "dpia": {"date": "2 March 2026"}}`, "avg: system:", "dates are YYYY-MM-DD"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := avg.DecodeSystem(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("no error (%s)", tc.reason)
			}
			if !strings.Contains(err.Error(), tc.mention) || !strings.HasPrefix(err.Error(), "avg: ") ||
				(strings.HasPrefix(tc.name, "unknown") && !strings.Contains(err.Error(), "unknown field")) {
				t.Errorf("error %q does not name %s (%s)", err, tc.mention, tc.reason)
			}
			if strings.Contains(err.Error(), "many") {
				t.Errorf("error %q quotes a value", err)
			}
		})
	}
}

// TestAssessEmptySystem: the zero System is an error, not an empty report.
func TestAssessEmptySystem(t *testing.T) {
	r, err := avg.Assess(avg.System{}, seedAsOf)
	if !errors.Is(err, avg.ErrNoSystem) {
		t.Fatalf("Assess(System{}) error %v, want ErrNoSystem", err)
	}
	if diff := cmp.Diff(avg.Report{}, r); diff != "" {
		t.Errorf("Assess(System{}) returned a report with its error (-want +got):\n%s", diff)
	}
}

// FuzzDecodeSystem: arbitrary bytes never panic; what decodes marshals
// and decodes again to the same System, and Assess takes it or returns an
// error, without panicking.
func FuzzDecodeSystem(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "seed.system.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{string(seed), `{}`, `{"name": "x"}`, `{"nme": 1}`, `{"name": "x", "dpia": {"date": "2026-02-30"}}`,
		`{"name": "x", "controls": {"two_factor": "sometimes"}}`, `{"name": "x", "record_categories": ["fiscal-records", "fiscal-records"]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := avg.DecodeSystem(bytes.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "avg: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			return
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("marshal a decoded system: %v", err)
		}
		back, err := avg.DecodeSystem(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("decode a marshalled system: %v", err)
		}
		if diff := cmp.Diff(s, back, cmp.Comparer(func(a, b map[string]string) bool {
			return len(a) == len(b) && cmp.Equal(a, b)
		})); diff != "" && !bytes.Equal(mustJSON(t, s), mustJSON(t, back)) {
			t.Errorf("round trip differs:\n%s", diff)
		}
		if len(s.Fields)+len(s.Records) > 50 {
			return // keep each run fast
		}
		_, _ = avg.Assess(s, seedAsOf)
	})
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecodeStatedFacts: dpia.dpo_advice and same_group say yes, no or
// not stated. Absent is not stated; the booleans of files written when
// they were booleans still decode, as yes and no; the string forms too.
func TestDecodeStatedFacts(t *testing.T) {
	tests := []struct {
		name, in  string
		advice    avg.Answer
		sameGroup avg.Answer
		reason    string
	}{
		{"absent", `{"name": "CRM", "dpia": {"date": "2026-01-01"}, "transfers": [{"importer": {"name": "X", "country": "US"}}]}`,
			avg.NotStated, avg.NotStated, "a missing fact is not stated, never false"},
		{"booleans true", `{"name": "CRM", "dpia": {"date": "2026-01-01", "dpo_advice": true}, "transfers": [{"importer": {"name": "X", "country": "US", "same_group": true}}]}`,
			avg.Yes, avg.Yes, "older files wrote true"},
		{"booleans false", `{"name": "CRM", "dpia": {"date": "2026-01-01", "dpo_advice": false}, "transfers": [{"importer": {"name": "X", "country": "US", "same_group": false}}]}`,
			avg.No, avg.No, "an explicit false is a stated no"},
		{"strings", `{"name": "CRM", "dpia": {"date": "2026-01-01", "dpo_advice": "no"}, "transfers": [{"importer": {"name": "X", "country": "US", "same_group": "yes"}}]}`,
			avg.No, avg.Yes, "the string form of every Answer"},
		{"null", `{"name": "CRM", "dpia": {"date": "2026-01-01", "dpo_advice": null}, "transfers": [{"importer": {"name": "X", "country": "US", "same_group": null}}]}`,
			avg.NotStated, avg.NotStated, "null is not stated"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := avg.DecodeSystem(strings.NewReader(tc.in))
			require.NoError(t, err)
			if s.DPIA.DPOAdvice != tc.advice || s.Transfers[0].Importer.SameGroup != tc.sameGroup {
				t.Errorf("dpo_advice %q, same_group %q; want %q, %q (%s)", s.DPIA.DPOAdvice, s.Transfers[0].Importer.SameGroup, tc.advice, tc.sameGroup, tc.reason)
			}
		})
	}
	for _, in := range []string{
		`{"name": "CRM", "dpia": {"date": "2026-01-01", "dpo_advice": 1}}`,
		`{"name": "CRM", "transfers": [{"importer": {"name": "X", "country": "US", "same_group": 1}}]}`,
	} {
		if _, err := avg.DecodeSystem(strings.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "avg: ") {
			t.Errorf("%s: error %v, want an avg: error", in, err)
		}
	}
	s := mitigatedSystem()
	s.DPIA.DPOAdvice = "maybe"
	if _, err := avg.Assess(s, seedAsOf); err == nil || !strings.Contains(err.Error(), "dpia.dpo_advice") {
		t.Errorf("an unknown answer for dpo_advice: error %v, want one naming dpia.dpo_advice", err)
	}
}
