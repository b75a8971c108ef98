package transfer

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

// FuzzEvaluateJSON decodes a Flow from JSON and evaluates it: no panic,
// errors only of the package's kinds, invariants of every Assessment, and
// the same answer twice.
func FuzzEvaluateJSON(f *testing.F) {
	seeds := []string{
		`{"exporter":{"name":"A","country":"NL","role":"controller"},"importer":{"name":"B","country":"IE","role":"processor","parent_country":"US"},"storage_countries":["DE"],"access_countries":["US"],"mechanisms":["bcr-processor"],"measures":["tia-documented"],"categories":["health"],"frequency":"systematic"}`,
		`{"exporter":{"country":"NL"},"importer":{"country":"US","dpf_certified":true},"mechanisms":["dpf"]}`,
		`{"exporter":{"country":"DE"},"importer":{"country":"CA","sector":"public"},"mechanisms":["scc-2021-module-1"]}`,
		`{"exporter":{"country":"NL"},"importer":{"country":"GB"},"onward":[{"country":"IN","same_group":true}]}`,
		`{"exporter":{"country":"NL"},"importer":{"country":"TH"},"mechanisms":["consent-art49"],"frequency":"occasional"}`,
		`{"exporter":{"country":"xx"}}`,
		`{}`,
		`null`,
	}
	for _, s := range seeds {
		f.Add(s, int64(1700000000))
	}
	f.Fuzz(func(t *testing.T, in string, secs int64) {
		var fl Flow
		if err := json.Unmarshal([]byte(in), &fl); err != nil {
			return
		}
		asOf := time.Unix(secs%(1<<34), 0).UTC()
		a, err := Evaluate(fl, asOf)
		if err != nil {
			if !errors.Is(err, ErrInvalidFlow) && !errors.Is(err, ErrZeroAsOf) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		checkShape(t, a)
		b, err := Evaluate(fl, asOf)
		if err != nil {
			t.Fatal(err)
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Fatal("Evaluate is not deterministic")
		}
	})
}
