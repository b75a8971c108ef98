package salesforce_test

import (
	"archive/zip"
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/classify/salesforce"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

//go:embed testdata/sfdx
var embedded embed.FS

// TestGolden loads each fixture tree and compares the objects with its
// golden file, testdata/<tree>.golden.json (go test -update rewrites them).
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		dir    string
		load   func(fs.FS) ([]classify.Object, error)
		reason string
	}{
		{"sfdx", salesforce.Load, "SFDX source in two package directories: Contact's fields merged, a global value set resolved, a value without label read by its API name"},
		{"mdapi", salesforce.Load, "Metadata API .object files: picklists in the old picklistValues form and the valueSet form"},
		{"describe", salesforce.Load, "describe JSON: one object, an array, and an sobjects wrapper; Contact from two files merged"},
		{"sfdx", salesforce.LoadSource, "LoadSource reads the same SFDX tree as Load"},
		{"mdapi", salesforce.LoadMetadata, "LoadMetadata reads the same .object files as Load"},
		{"describe", salesforce.LoadDescribe, "LoadDescribe reads the same JSON as Load"},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			got, err := tc.load(os.DirFS(filepath.Join("testdata", tc.dir)))
			if err != nil {
				t.Fatalf("%v (%s)", err, tc.reason)
			}
			golden := filepath.Join("testdata", tc.dir+".golden.json")
			data, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			data = append(data, '\n')
			if *update {
				if err := os.WriteFile(golden, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var want []classify.Object
			wantData, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(wantData, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestFileSystems: a folder, a zip and an embedded tree give the same objects.
func TestFileSystems(t *testing.T) {
	want, err := salesforce.Load(os.DirFS("testdata/sfdx"))
	if err != nil {
		t.Fatal(err)
	}
	sub, err := fs.Sub(embedded, "testdata/sfdx")
	if err != nil {
		t.Fatal(err)
	}
	got, err := salesforce.Load(sub)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embed.FS differs from the folder (-want +got):\n%s", diff)
	}

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	if err := zw.AddFS(os.DirFS("testdata/sfdx")); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	got, err = salesforce.Load(zr)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zip differs from the folder (-want +got):\n%s", diff)
	}
}

// TestNotDescribe: LoadDescribe refuses JSON that is not a describe
// result; Load, guessing the layout, skips it.
func TestNotDescribe(t *testing.T) {
	fsys := fstest.MapFS{
		"package.json":   {Data: []byte("{\"version\": \"" + secret + "\"}")},
		"d/Contact.json": {Data: []byte(`{"name": "Contact", "fields": [{"name": "Religion__c"}]}`)},
	}
	_, err := salesforce.LoadDescribe(fsys)
	var pe *salesforce.ParseError
	if !errors.As(err, &pe) || pe.File != "package.json" || !errors.Is(err, salesforce.ErrFormat) || strings.Contains(err.Error(), secret) {
		t.Errorf("LoadDescribe error = %v, want a ParseError for package.json matching ErrFormat", err)
	}
	objs, err := salesforce.Load(fsys)
	if err != nil || len(objs) != 1 || objs[0].Name != "Contact" {
		t.Errorf("Load = %v, %v; want Contact alone, package.json skipped", objs, err)
	}
}

func TestEmpty(t *testing.T) {
	got, err := salesforce.Load(fstest.MapFS{"README.md": {Data: []byte("hello")}})
	if err != nil {
		t.Fatal(err)
	}
	if got == nil || len(got) != 0 {
		t.Errorf("Load of a tree without metadata = %v, want an empty, non-nil slice (nothing found is no error)", got)
	}
}

const secret = "Geheim-4711" // stands for personal data in a file; no error may quote it

const fieldHead = `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
`

// TestMalformed: every bad file is a *ParseError naming the file and the
// line, matching ErrFormat or ErrTooLarge, and never quoting the file.
func TestMalformed(t *testing.T) {
	const obj = "objects/X__c/X__c.object-meta.xml"
	const fld = "objects/X__c/fields/F__c.field-meta.xml"
	for _, tc := range []struct {
		name     string
		fsys     fstest.MapFS
		file     string
		line     int
		sentinel error
		reason   string
	}{
		{"truncated XML", fstest.MapFS{fld: {Data: []byte(fieldHead + "    <fullName>F__c</fullName>\n    <label>" + secret)}},
			fld, 4, salesforce.ErrFormat, "the file ends inside an element"},
		{"mismatched tags", fstest.MapFS{fld: {Data: []byte(fieldHead + "    <label>" + secret + "</lable>\n</CustomField>\n")}},
			fld, 3, salesforce.ErrFormat, "an element closed by another name"},
		{"wrong root in field file", fstest.MapFS{fld: {Data: []byte("<?xml version=\"1.0\"?>\n\n<CustomObject>\n<label>" + secret + "</label></CustomObject>\n")}},
			fld, 3, salesforce.ErrFormat, "a field file must hold a CustomField"},
		{"wrong root in object file", fstest.MapFS{obj: {Data: []byte("<Workflow><label>" + secret + "</label></Workflow>")}},
			obj, 1, salesforce.ErrFormat, "an object file must hold a CustomObject"},
		{"fields nested in a field", fstest.MapFS{"objects/Y.object": {Data: []byte("<CustomObject>\n<fields>\n<fullName>A__c</fullName>\n<fields><fullName>" + secret + "</fullName></fields>\n</fields>\n</CustomObject>")}},
			"objects/Y.object", 4, salesforce.ErrFormat, "unknown nesting: a <fields> element inside a field"},
		{"field without a name", fstest.MapFS{"objects/Y.object": {Data: []byte("<CustomObject>\n<fields>\n<label>" + secret + "</label>\n</fields>\n</CustomObject>")}},
			"objects/Y.object", 2, salesforce.ErrFormat, "an inline field needs its fullName"},
		{"DTD with an entity", fstest.MapFS{fld: {Data: []byte("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"" + secret + "\">]>\n<CustomField><label>&a;</label></CustomField>")}},
			fld, 2, salesforce.ErrFormat, "no DTD, so no entity can be declared or expanded"},
		{"undefined entity", fstest.MapFS{fld: {Data: []byte(fieldHead + "<label>&" + secret + ";</label></CustomField>")}},
			fld, 3, salesforce.ErrFormat, "only XML's predefined entities"},
		{"two roots", fstest.MapFS{fld: {Data: []byte(fieldHead + "</CustomField>\n<CustomField><label>" + secret + "</label></CustomField>")}},
			fld, 4, salesforce.ErrFormat, "one root element"},
		{"too deep", fstest.MapFS{fld: {Data: []byte(fieldHead + strings.Repeat("<a>", 100) + secret + strings.Repeat("</a>", 100) + "</CustomField>")}},
			fld, 3, salesforce.ErrFormat, "nesting is capped"},
		{"empty file", fstest.MapFS{fld: {Data: []byte("\n\n")}},
			fld, 3, salesforce.ErrFormat, "no root element"},
		{"bad JSON", fstest.MapFS{"d/Contact.json": {Data: []byte("{\n  \"name\": \"Contact\",\n  \"fields\": [ {\"name\": \"" + secret + "\" ,, } ]\n}")}},
			"d/Contact.json", 3, salesforce.ErrFormat, "malformed JSON, line of the bad byte"},
		{"truncated JSON", fstest.MapFS{"d/Contact.json": {Data: []byte("{\n  \"name\": \"Contact\",\n  \"fields\": [ {\"name\": \"" + secret)}},
			"d/Contact.json", 3, salesforce.ErrFormat, "the JSON ends inside a string"},
		{"JSON of the wrong type", fstest.MapFS{"d/Contact.json": {Data: []byte("{\n  \"name\": \"Contact\",\n  \"fields\": \"" + secret + "\"\n}")}},
			"d/Contact.json", 3, salesforce.ErrFormat, "fields must be an array"},
		{"describe field without a name", fstest.MapFS{"d/X.json": {Data: []byte("{\"name\": \"X\", \"fields\": [{\"label\": \"" + secret + "\"}]}")}},
			"d/X.json", 0, salesforce.ErrFormat, "every field has a name"},
		{"too large", fstest.MapFS{fld: {Data: bytes.Repeat([]byte(" "), salesforce.MaxFileSize+1)}},
			fld, 0, salesforce.ErrTooLarge, "files above MaxFileSize are refused"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := salesforce.Load(tc.fsys)
			var pe *salesforce.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Load error = %v, want a *ParseError (%s)", err, tc.reason)
			}
			if pe.File != tc.file || pe.Line != tc.line {
				t.Errorf("error at %s:%d, want %s:%d (%s): %v", pe.File, pe.Line, tc.file, tc.line, tc.reason, err)
			}
			if !errors.Is(err, tc.sentinel) {
				t.Errorf("error %v does not match %v (%s)", err, tc.sentinel, tc.reason)
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "4711") {
				t.Errorf("error quotes the file's contents (%s)", tc.reason)
			}
			if !strings.HasPrefix(err.Error(), "salesforce: "+tc.file) {
				t.Errorf("error %q does not begin with the package and file", err)
			}
		})
	}
}
