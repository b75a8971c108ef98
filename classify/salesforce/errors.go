package salesforce

import (
	"errors"
	"fmt"
)

// ErrTooLarge is wrapped by the error for a file above MaxFileSize.
var ErrTooLarge = errors.New("file too large")

// ErrFormat is wrapped by every error about a file that is not
// well-formed metadata of the expected kind: malformed XML or JSON, the
// wrong root element, a field without a name, too deep a nesting.
var ErrFormat = errors.New("not valid metadata")

// The reasons behind ErrFormat. They never quote the file's contents.
var (
	errMalformedXML  = formatError("malformed XML")
	errMalformedJSON = formatError("malformed JSON")
	errTooDeep       = formatError("elements nested too deep")
	errTooMany       = formatError("too many elements")
	errTwoRoots      = formatError("more than one root element")
	errDirective     = formatError("DTD or other directive not allowed")
	errEmpty         = formatError("no root element")
	errNoName        = formatError("field without a name")
	errNestedFields  = formatError("fields element nested in a field")
	errNotDescribe   = notDescribe("not a describe result: no object name or fields")
)

// notDescribe is the reason for well-formed JSON of another shape: Load
// skips such files, LoadDescribe refuses them.
type notDescribe string

func (e notDescribe) Error() string        { return string(e) }
func (e notDescribe) Is(target error) bool { return target == ErrFormat }

// formatError is a reason that matches ErrFormat under errors.Is.
type formatError string

func (e formatError) Error() string        { return string(e) }
func (e formatError) Is(target error) bool { return target == ErrFormat }

// wrongRoot is the error for an XML file whose root element is not the
// one its name promises.
func wrongRoot(want string) error {
	return fmt.Errorf("root element is not %s: %w", want, ErrFormat)
}

// ParseError is the error for a file that cannot be read as metadata. It
// names the file (as a path in the fs.FS) and, where known, the line; it
// never quotes the file's contents, which may hold personal data (a
// description, a picklist value).
type ParseError struct {
	File string // slash-separated path within the fs.FS
	Line int    // 1-based line, 0 when the error is about the whole file
	Err  error  // the reason; errors.Is(err, ErrFormat) or ErrTooLarge, or an fs error
}

// Error returns "salesforce: FILE:LINE: REASON".
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("salesforce: %s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("salesforce: %s: %v", e.File, e.Err)
}

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }
