package answer

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// TestUnmarshalJSON: strings are answers, booleans the stated yes and no
// of files written when a fact was a boolean, absent and null not stated;
// other JSON types are type errors that never quote the value.
func TestUnmarshalJSON(t *testing.T) {
	tests := []struct {
		in     string
		want   Answer
		reason string
	}{
		{`{"a": "yes"}`, Yes, "the string form"},
		{`{"a": "no"}`, No, "the string form"},
		{`{"a": ""}`, NotStated, "the empty string is not stated"},
		{`{"a": true}`, Yes, "a boolean true is a stated yes"},
		{`{"a": false}`, No, "a boolean false is a stated no"},
		{`{"a": null}`, NotStated, "null is not stated"},
		{`{}`, NotStated, "absent is not stated"},
		{`{"a": "maybe"}`, "maybe", "kept for the caller's validation to name"},
	}
	for _, tc := range tests {
		var v struct {
			A Answer `json:"a"`
		}
		if err := json.Unmarshal([]byte(tc.in), &v); err != nil {
			t.Errorf("%s: %v (%s)", tc.in, err, tc.reason)
			continue
		}
		if v.A != tc.want {
			t.Errorf("%s: %q, want %q (%s)", tc.in, v.A, tc.want, tc.reason)
		}
	}
	for _, in := range []string{`{"a": 1234}`, `{"a": {"x": "secret"}}`, `{"a": ["secret"]}`} {
		var v struct {
			A Answer `json:"a"`
		}
		err := json.Unmarshal([]byte(in), &v)
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) {
			t.Errorf("%s: error %v, want a type error", in, err)
			continue
		}
		if s := err.Error(); strings.Contains(s, "secret") || strings.Contains(s, "1234") {
			t.Errorf("%s: error %q quotes the value", in, s)
		}
	}
}

// TestValid: only yes, no and not stated are answers.
func TestValid(t *testing.T) {
	for a, want := range map[Answer]bool{Yes: true, No: true, NotStated: true, "maybe": false, "Yes": false} {
		if a.Valid() != want {
			t.Errorf("%q.Valid() = %t, want %t", a, !want, want)
		}
	}
	if Of(true) != Yes || Of(false) != No {
		t.Error("Of does not map true to yes and false to no")
	}
}

// FuzzUnmarshalJSON: any input gives an answer or an error, never a panic.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`"yes"`, `true`, `null`, `1`, `{}`, `"\u0000"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var a Answer
		_ = a.UnmarshalJSON(b)
	})
}
