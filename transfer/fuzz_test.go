package transfer

import (
	"encoding/json"
	"errors"
	"strings"
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

// FuzzDecodeFlow: DecodeFlow never panics, every error wraps ErrInvalidFlow
// and stays short, and whatever decodes survives a JSON round trip.
func FuzzDecodeFlow(f *testing.F) {
	for _, s := range []string{
		`{"exporter":{"name":"A","country":"NL","role":"controller","public_powers":true},"importer":{"country":"US","same_group":true},"importer_access":"clear"}`,
		`{"onward":[{"country":"IN"},null],"storage_countries":null}`,
		`{"exporter":{"nmae":"x"}}`,
		`{"a":1}{}`,
		`[]`,
		`null`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fl, err := DecodeFlow(strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, ErrInvalidFlow) {
				t.Fatalf("error %v does not wrap ErrInvalidFlow", err)
			}
			if len(err.Error()) > 200 {
				t.Fatalf("error of %d bytes", len(err.Error()))
			}
			return
		}
		b, err := json.Marshal(fl)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeFlow(strings.NewReader(string(b)))
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		b2, _ := json.Marshal(again)
		if string(b) != string(b2) {
			t.Fatalf("round trip: %s != %s", b, b2)
		}
	})
}
