package avg

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// DecodeSystem reads one System from r as JSON, strictly: the keys are the
// snake_case names of System and its parts (and of transfer.Flow), an
// unknown key is an error that names it, and anything after the object is
// an error. It checks the form only; Assess checks the content (closed
// vocabularies, dates, countries). Errors never quote a value of the
// system.
func DecodeSystem(r io.Reader) (System, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var s System
	if err := dec.Decode(&s); err != nil {
		return System{}, decodeError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return System{}, errors.New("avg: system: data after the JSON object")
	}
	return s, nil
}

// decodeError rewords an encoding/json error with the package prefix. The
// errors of encoding/json name a field or a position and a JSON type,
// never a value; a syntax error names one character.
func decodeError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return errors.New("avg: system: empty input")
	case errors.As(err, &syn):
		return fmt.Errorf("avg: system: invalid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Errorf("avg: system: %s: JSON %s where %s is expected", typ.Field, typ.Value, typ.Type)
	}
	msg := err.Error()
	if field, ok := bytes.CutPrefix([]byte(msg), []byte("json: unknown field ")); ok {
		return fmt.Errorf("avg: system: unknown field %s", field)
	}
	return fmt.Errorf("avg: system: %s", bytes.TrimPrefix([]byte(msg), []byte("json: ")))
}
