package transfer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"

	"github.com/avgrisk/avgrisk/internal/civil"
)

// DecodeFlow reads one Flow from r as JSON, the form a system description
// keeps in a repository, and nothing after it but white space. Field names
// are the snake_case names of the struct tags, matched exactly; an unknown
// field, a value of the wrong JSON type or trailing data is an error that
// names the field by its JSON path ("onward[1].sector") and wraps
// ErrInvalidFlow. Values are not checked here: Evaluate checks country
// codes, roles, mechanisms and the rest.
//
// json.Unmarshal into a Flow or a Party is just as strict (see
// Flow.UnmarshalJSON), so a Flow inside a larger document is too.
func DecodeFlow(r io.Reader) (Flow, error) {
	dec := json.NewDecoder(r)
	var f Flow
	if err := dec.Decode(&f); err != nil {
		return Flow{}, asFlowError(err, "")
	}
	if _, err := dec.Token(); err != io.EOF {
		return Flow{}, &FieldError{Field: "flow", Msg: "trailing data after the JSON object"}
	}
	return f, nil
}

// UnmarshalJSON decodes a Flow strictly, as DecodeFlow describes: exact
// snake_case field names, no unknown fields, errors naming the JSON path
// and wrapping ErrInvalidFlow. JSON null leaves f unchanged.
func (f *Flow) UnmarshalJSON(b []byte) error {
	if isNull(b) {
		return nil
	}
	var out Flow
	err := decodeObject(b, "", map[string]func(json.RawMessage, string) error{
		"exporter": func(raw json.RawMessage, path string) error { return decodeParty(raw, path, &out.Exporter) },
		"importer": func(raw json.RawMessage, path string) error { return decodeParty(raw, path, &out.Importer) },
		"onward": func(raw json.RawMessage, path string) error {
			var items []json.RawMessage
			if err := json.Unmarshal(raw, &items); err != nil {
				return asFlowError(err, path)
			}
			if items == nil {
				return nil
			}
			out.Onward = make([]Party, len(items))
			for i, it := range items {
				if err := decodeParty(it, fmt.Sprintf("%s[%d]", path, i), &out.Onward[i]); err != nil {
					return err
				}
			}
			return nil
		},
		"storage_countries": value(&out.StorageCountries),
		"access_countries":  value(&out.AccessCountries),
		"mechanisms":        value(&out.Mechanisms),
		"measures":          value(&out.Measures),
		"categories":        value(&out.Categories),
		"frequency":         value(&out.Frequency),
		"importer_access":   value(&out.ImporterAccess),
	})
	if err != nil {
		return err
	}
	*f = out
	return nil
}

// UnmarshalJSON decodes a Party strictly: exact snake_case field names, no
// unknown fields, errors naming the field and wrapping ErrInvalidFlow.
// JSON null leaves p unchanged.
func (p *Party) UnmarshalJSON(b []byte) error {
	if isNull(b) {
		return nil
	}
	return decodeParty(b, "", p)
}

func decodeParty(b []byte, path string, p *Party) error {
	if isNull(b) {
		return nil
	}
	var out Party
	err := decodeObject(b, path, map[string]func(json.RawMessage, string) error{
		"name":            value(&out.Name),
		"country":         value(&out.Country),
		"role":            value(&out.Role),
		"parent_country":  value(&out.ParentCountry),
		"dpf_certified":   value(&out.DPFCertified),
		"subject_to_gdpr": value(&out.SubjectToGDPR),
		"same_group":      value(&out.SameGroup),
		"sector":          value(&out.Sector),
		"public_powers":   value(&out.PublicPowers),
	})
	if err != nil {
		return err
	}
	*p = out
	return nil
}

// value decodes a field's JSON into *dst with encoding/json.
func value[T any](dst *T) func(json.RawMessage, string) error {
	return func(raw json.RawMessage, path string) error {
		if err := json.Unmarshal(raw, dst); err != nil {
			return asFlowError(err, path)
		}
		return nil
	}
}

// decodeObject decodes the JSON object b field by field. Every key must be
// one of fields (exact match); the first unknown key in sorted order is
// the error, so the message is deterministic.
func decodeObject(b []byte, path string, fields map[string]func(json.RawMessage, string) error) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return asFlowError(err, path)
	}
	if obj == nil {
		return &FieldError{Field: pathOr(path), Msg: "want a JSON object, got null"}
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if _, ok := fields[k]; !ok {
			return &FieldError{Field: join(path, quoteKey(k)), Msg: "unknown field"}
		}
	}
	for _, k := range keys {
		if err := fields[k](obj[k], join(path, k)); err != nil {
			return err
		}
	}
	return nil
}

// asFlowError turns an encoding/json error at path into a FieldError; it
// never quotes the value found, only its JSON type.
func asFlowError(err error, path string) error {
	var fe *FieldError
	if errors.As(err, &fe) {
		return err
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &FieldError{Field: pathOr(path), Msg: fmt.Sprintf("want %s, got JSON %s", jsonKind(te.Type), te.Value)}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &FieldError{Field: pathOr(path), Msg: fmt.Sprintf("malformed JSON at byte %d", se.Offset)}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &FieldError{Field: pathOr(path), Msg: "unexpected end of JSON"}
	}
	return &FieldError{Field: pathOr(path), Msg: "cannot decode JSON"}
}

func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another type"
	}
	switch t.Kind() {
	case reflect.String:
		return "a JSON string"
	case reflect.Bool:
		return "a JSON boolean"
	case reflect.Slice:
		return "a JSON array"
	case reflect.Struct, reflect.Map:
		return "a JSON object"
	}
	return "a JSON " + t.Kind().String()
}

func isNull(b []byte) bool { return string(bytes.TrimSpace(b)) == "null" }

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func pathOr(path string) string {
	if path == "" {
		return "flow"
	}
	return path
}

// quoteKey returns an unknown key for an error message: plain keys as they
// are, others quoted and bounded (civil.Quote), so that a hostile document
// cannot flood or garble the message.
func quoteKey(k string) string {
	if len(k) <= civil.QuoteMax && isPlainKey(k) {
		return k
	}
	return civil.Quote(k)
}

func isPlainKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
