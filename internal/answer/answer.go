// Package answer holds the one type for a fact an organisation states:
// yes, no, or not stated. avg (avg.Answer) and transfer (transfer.Answer)
// use it under their own names, so that "not stated" is never read as no.
//
// An Answer is a plain string in JSON: "yes", "no", or "" (not stated).
// UnmarshalJSON also reads the JSON booleans true and false as yes and no,
// so that a file written when a fact was a boolean still decodes, and
// null as not stated; an absent key leaves the zero value, not stated.
// Other strings are kept, for the caller's validation to name (Valid);
// any other JSON type is an *encoding/json.UnmarshalTypeError, which names
// the JSON type found and never a value.
package answer

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// Answer is a fact the organisation states: yes, no, or not stated (the
// zero value, which a check reads as "confirm").
type Answer string

// The answers.
const (
	NotStated Answer = ""
	Yes       Answer = "yes"
	No        Answer = "no"
)

// Valid reports whether a is yes, no or not stated.
func (a Answer) Valid() bool { return a == NotStated || a == Yes || a == No }

// Of returns Yes for true and No for false: a stated boolean.
func Of(b bool) Answer {
	if b {
		return Yes
	}
	return No
}

// UnmarshalJSON reads a JSON string as the answer, true and false as yes
// and no, and null as not stated.
func (a *Answer) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch string(b) {
	case "true":
		*a = Yes
		return nil
	case "false":
		*a = No
		return nil
	case "null":
		*a = NotStated
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*a = Answer(s)
		return nil
	}
	found := "number"
	switch {
	case len(b) > 0 && b[0] == '{':
		found = "object"
	case len(b) > 0 && b[0] == '[':
		found = "array"
	}
	return &json.UnmarshalTypeError{Value: found, Type: reflect.TypeFor[string]()}
}
