package salesforce

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"

	"github.com/avgrisk/avgrisk/classify"
)

// describeObject is the part of a REST describe result
// (/services/data/vXX.X/sobjects/<Object>/describe) that the loader reads.
type describeObject struct {
	Name   string          `json:"name"`
	Label  string          `json:"label"`
	Custom bool            `json:"custom"`
	Fields []describeField `json:"fields"`
}

type describeField struct {
	Name           string `json:"name"`
	Label          string `json:"label"`
	Type           string `json:"type"`
	InlineHelpText string `json:"inlineHelpText"`
	PicklistValues []struct {
		Label string `json:"label"`
		Value string `json:"value"`
	} `json:"picklistValues"`
}

// LoadDescribe reads REST describe results: every *.json file under the
// root of fsys holds one describe result (an object with "name" and
// "fields"), a JSON array of them, or a wrapper {"sobjects": [...]} of
// them. A field's picklist is the labels of its picklistValues (the value
// when a label is empty). A JSON file of another shape is an error, so
// point LoadDescribe at a folder of describe results only. Order and
// merging are as for Load; fields keep the order of the result.
func LoadDescribe(fsys fs.FS) ([]classify.Object, error) {
	files, err := walk(fsys)
	if err != nil {
		return nil, err
	}
	return loadDescribe(fsys, files.json, true)
}

// loadDescribe reads the describe files among paths. When strict is
// false (Load's guess at the layout), well-formed JSON of another shape
// (package.json, sfdx-project.json) is skipped rather than an error.
func loadDescribe(fsys fs.FS, paths []string, strict bool) ([]classify.Object, error) {
	var objs []classify.Object
	for _, p := range paths {
		data, err := readFile(fsys, p)
		if err != nil {
			return nil, err
		}
		got, err := decodeDescribe(p, data)
		if !strict && errors.Is(err, errNotDescribe) {
			continue
		}
		if err != nil {
			return nil, err
		}
		objs = append(objs, got...)
	}
	return merge(objs), nil
}

// decodeDescribe reads one describe file.
func decodeDescribe(p string, data []byte) ([]classify.Object, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	var list []describeObject
	switch {
	case len(trimmed) > 0 && trimmed[0] == '[':
		if err := json.Unmarshal(data, &list); err != nil {
			return nil, jsonError(p, data, err)
		}
	default:
		var one struct {
			describeObject
			SObjects []describeObject `json:"sobjects"`
		}
		if err := json.Unmarshal(data, &one); err != nil {
			return nil, jsonError(p, data, err)
		}
		if one.SObjects != nil && one.Name == "" {
			list = one.SObjects
		} else {
			list = []describeObject{one.describeObject}
		}
	}
	objs := make([]classify.Object, 0, len(list))
	for _, d := range list {
		if d.Name == "" || d.Fields == nil {
			return nil, &ParseError{File: p, Err: errNotDescribe}
		}
		o := classify.Object{Name: d.Name, Label: d.Label, Custom: d.Custom, Fields: make([]classify.Field, 0, len(d.Fields))}
		for _, df := range d.Fields {
			if df.Name == "" {
				return nil, &ParseError{File: p, Err: errNoName}
			}
			f := classify.Field{Object: d.Name, Name: df.Name, Label: df.Label, Type: df.Type, HelpText: df.InlineHelpText}
			for _, v := range df.PicklistValues {
				s := v.Label
				if s == "" {
					s = v.Value
				}
				if s != "" {
					f.Picklist = append(f.Picklist, s)
				}
			}
			o.Fields = append(o.Fields, f)
		}
		objs = append(objs, o)
	}
	return objs, nil
}

// jsonError turns a decoding error into a ParseError with the line of
// the offending byte, without the decoder's text (which quotes input).
func jsonError(p string, data []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	line := 0
	if off >= 0 {
		line = 1 + bytes.Count(data[:min(int(off), len(data))], []byte{'\n'})
	}
	return &ParseError{File: p, Line: line, Err: errMalformedJSON}
}
