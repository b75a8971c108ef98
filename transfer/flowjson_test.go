package transfer

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/google/go-cmp/cmp"
)

// TestDecodeFlowErrors: issue 11, "unknown fields are errors naming the
// field"; every error names the JSON path and wraps ErrInvalidFlow.
func TestDecodeFlowErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown top-level field", `{"exporter":{"country":"NL"},"mechanism":["dpf"]}`, `transfer: mechanism: unknown field`},
		{"unknown party field", `{"exporter":{"country":"NL","nmae":"A"}}`, `transfer: exporter.nmae: unknown field`},
		{"unknown onward field", `{"onward":[{"country":"US"},{"country":"IN","secter":"public"}]}`, `transfer: onward[1].secter: unknown field`},
		{"camel case is not snake case", `{"storageCountries":["DE"]}`, `transfer: storageCountries: unknown field`},
		{"names match exactly", `{"Exporter":{"country":"NL"}}`, `transfer: Exporter: unknown field`},
		{"wrong type", `{"importer":{"country":"US","dpf_certified":"yes"}}`, `transfer: importer.dpf_certified: want a JSON boolean, got JSON string`},
		{"wrong type in a list", `{"storage_countries":["DE",1]}`, `transfer: storage_countries: want a JSON string, got JSON number`},
		{"party not an object", `{"importer":"US"}`, `transfer: importer: want a JSON object, got JSON string`},
		{"flow not an object", `[1]`, `transfer: flow: want a JSON object, got JSON array`},
		{"trailing data", `{} {}`, `transfer: flow: trailing data after the JSON object`},
		{"malformed", `{"exporter":`, `transfer: flow: unexpected end of JSON`},
		{"odd key quoted and bounded", `{"` + strings.Repeat("é", 100) + `":1}`, `transfer: "` + strings.Repeat("é", 13) + `"...: unknown field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeFlow(strings.NewReader(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error %q, want %q", err, tt.want)
			}
			if !errors.Is(err, ErrInvalidFlow) {
				t.Errorf("%v does not wrap ErrInvalidFlow", err)
			}
		})
	}
	// json.Unmarshal is as strict, also for a Flow inside another document.
	var doc struct {
		Flows []Flow `json:"flows"`
	}
	err := json.Unmarshal([]byte(`{"flows":[{"exporter":{"country":"NL"}},{"importer":{"country":"US","parent":"x"}}]}`), &doc)
	if err == nil || !strings.Contains(err.Error(), "importer.parent: unknown field") || !errors.Is(err, ErrInvalidFlow) {
		t.Errorf("nested decode: %v", err)
	}
}

// TestDecodeFlowKnowsEveryField keeps the strict decoder in step with the
// structs: every JSON tag of Flow and Party decodes, and a round trip
// through JSON returns the same Flow.
func TestDecodeFlowKnowsEveryField(t *testing.T) {
	f := Flow{
		Exporter:         Party{Name: "A", Country: "NL", Role: Controller, ParentCountry: "US", DPFCertified: true, SubjectToGDPR: true, SameGroup: Yes, Sector: SectorPublic, PublicPowers: true},
		Importer:         Party{Name: "B", Country: "US", Role: Processor},
		Onward:           []Party{{Name: "C", Country: "IN", Role: SubProcessor, SameGroup: Yes}},
		StorageCountries: []string{"DE"}, AccessCountries: []string{"US"},
		Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented},
		Categories: []classify.Category{classify.Health}, Frequency: Occasional, ImporterAccess: AccessEncryptedOnly,
	}
	for _, typ := range []reflect.Type{reflect.TypeOf(Flow{}), reflect.TypeOf(Party{})} {
		for i := range typ.NumField() {
			tag := strings.Split(typ.Field(i).Tag.Get("json"), ",")[0]
			if v := reflect.ValueOf(f); typ == reflect.TypeOf(Flow{}) && v.Field(i).IsZero() {
				t.Errorf("test flow leaves %s zero: set it so the round trip covers it", tag)
			}
			in := `{"` + tag + `":null}`
			if typ == reflect.TypeOf(Party{}) {
				in = `{"exporter":{"` + tag + `":null}}`
			}
			if _, err := DecodeFlow(strings.NewReader(in)); err != nil {
				t.Errorf("field %s of %s: %v", tag, typ.Name(), err)
			}
		}
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeFlow(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
