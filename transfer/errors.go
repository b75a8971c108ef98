package transfer

import "errors"

// ErrInvalidFlow is wrapped by every error that Evaluate returns for a bad
// Flow: an unknown or malformed country code, role, mechanism, measure,
// category, frequency or sector. Test for it with errors.Is.
var ErrInvalidFlow = errors.New("transfer: invalid flow")

// ErrZeroAsOf is returned by Evaluate for a zero asOf time. It also
// matches ErrInvalidFlow, so that callers can branch on bad input with one
// test.
var ErrZeroAsOf error = &FieldError{Field: "as_of", Msg: "zero time"}

// FieldError is a bad value in one field of a Flow. Field is the JSON path,
// such as "importer.country" or "mechanisms[1]". It unwraps to
// ErrInvalidFlow.
type FieldError struct {
	Field string
	Msg   string
}

// Error returns "transfer: FIELD: MESSAGE".
func (e *FieldError) Error() string { return "transfer: " + e.Field + ": " + e.Msg }

// Unwrap returns ErrInvalidFlow.
func (e *FieldError) Unwrap() error { return ErrInvalidFlow }
