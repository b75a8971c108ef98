package salesforce_test

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/classify/salesforce"
)

// checkLoad is the property every fuzz target checks: Load never panics;
// it returns either objects (sorted by name, fields never nil, each field
// naming its object) or a *ParseError matching ErrFormat or ErrTooLarge;
// and the same input gives the same answer.
func checkLoad(t *testing.T, fsys fs.FS) {
	got, err := salesforce.Load(fsys)
	again, err2 := salesforce.Load(fsys)
	if (err == nil) != (err2 == nil) || !cmp.Equal(got, again) {
		t.Fatalf("Load is not deterministic")
	}
	if err != nil {
		var pe *salesforce.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %v is not a *ParseError", err)
		}
		if !errors.Is(err, salesforce.ErrFormat) && !errors.Is(err, salesforce.ErrTooLarge) {
			t.Fatalf("error %v matches neither ErrFormat nor ErrTooLarge", err)
		}
		if pe.Line < 0 {
			t.Fatalf("negative line in %v", err)
		}
		return
	}
	if got == nil {
		t.Fatal("nil result without error")
	}
	if !slices.IsSortedFunc(got, func(a, b classify.Object) int { return strings.Compare(a.Name, b.Name) }) {
		t.Fatal("objects not sorted by name")
	}
	for _, o := range got {
		if o.Fields == nil {
			t.Fatal("nil Fields")
		}
		for _, f := range o.Fields {
			if f.Object != o.Name || f.Name == "" {
				t.Fatalf("field %q of object %q names object %q", f.Name, o.Name, f.Object)
			}
		}
	}
}

func seed(f *testing.F, paths ...string) {
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzSource fuzzes one SFDX field file beside a fixed object file.
func FuzzSource(f *testing.F) {
	const dir = "testdata/sfdx/force-app/main/default/objects/"
	seed(f, dir+"Beperking__c/fields/Soort__c.field-meta.xml", dir+"Contact/fields/Religie__c.field-meta.xml",
		dir+"Beperking__c/Beperking__c.object-meta.xml")
	for _, bad := range []string{
		"<CustomField>\n<fullName>F__c</fullName>\n<label>trunc",
		"<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<CustomField><label>&a;</label></CustomField>",
		"<CustomField><valueSet><valueSetName>Missing</valueSetName></valueSet></CustomField>",
		"<CustomField><fields><fullName>X</fullName></fields></CustomField>",
		"<CustomObject><label>x</label></CustomObject>",
	} {
		f.Add([]byte(bad))
	}
	obj, err := os.ReadFile(dir + "Beperking__c/Beperking__c.object-meta.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkLoad(t, fstest.MapFS{
			"objects/B__c/B__c.object-meta.xml":       {Data: obj},
			"objects/B__c/fields/F__c.field-meta.xml": {Data: data},
			"objects/C__c/C__c.object-meta.xml":       {Data: data},
		})
	})
}

// FuzzMetadata fuzzes a Metadata API .object file.
func FuzzMetadata(f *testing.F) {
	seed(f, "testdata/mdapi/src/objects/Incident__c.object", "testdata/mdapi/src/objects/Account.object")
	f.Add([]byte("<CustomObject>\n<fields>\n<label>no name</label>\n</fields>\n</CustomObject>"))
	f.Add([]byte("<CustomObject><fields><fullName>A</fullName><picklist><picklistValues><fullName>v</fullName></picklistValues></picklist></fields></CustomObject>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkLoad(t, fstest.MapFS{"src/objects/X__c.object": {Data: data}})
	})
}

// FuzzDescribe fuzzes a describe JSON file.
func FuzzDescribe(f *testing.F) {
	seed(f, "testdata/describe/Patient__c.json", "testdata/describe/several.json", "testdata/describe/global.json")
	f.Add([]byte(`{"name": "X", "fields": [{"label": "no name"}]}`))
	f.Add([]byte(`{"name": "X", "fields": "not a list"}`))
	f.Add([]byte(`{"version": "1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkLoad(t, fstest.MapFS{"describe/X.json": {Data: data}})
	})
}
