package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The Salesforce metadata of classify/salesforce's tests: an SFDX project,
// a Metadata API package and describe results, laid out as Salesforce
// writes them.
const sfTestdata = "../../classify/salesforce/testdata"

func schemaJSON(t *testing.T, r result) schemaResult {
	t.Helper()
	var out schemaResult
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("schema output is not JSON: %v; stderr %s", err, r.stderr)
	}
	return out
}

func flagged(res schemaResult) map[string]string {
	m := map[string]string{}
	for _, o := range res.Objects {
		for _, f := range o.Fields {
			m[o.Name+"."+f.Name] = f.what()
		}
	}
	return m
}

// zipFolder zips a folder as a person would send a retrieved project.
func zipFolder(t *testing.T, dir, out string) string {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		w, err := zw.Create(filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	zw.Close()
	return write(t, out, b.Bytes())
}

func TestSchema(t *testing.T) {
	sfdx := abs(t, filepath.Join(sfTestdata, "sfdx"))
	dir := t.TempDir()
	tests := []struct {
		name, path, format string
		want               map[string]string
	}{
		{"sfdx folder", sfdx, "salesforce metadata folder", map[string]string{
			"Contact.Religie__c": "religious-beliefs", "Contact.Vakbondslid__c": "trade-union-membership", "Beperking__c.Soort__c": "health"}},
		{"sfdx zip", zipFolder(t, sfdx, filepath.Join(dir, "project.zip")), "salesforce metadata zip", map[string]string{
			"Contact.Religie__c": "religious-beliefs"}},
		{"metadata api", abs(t, filepath.Join(sfTestdata, "mdapi")), "salesforce metadata folder", nil},
		{"describe json", abs(t, filepath.Join(sfTestdata, "describe", "Patient__c.json")), "describe JSON", nil},
		{"csv header", write(t, filepath.Join(dir, "Contact.csv"), []byte("Id,LastName,Religie__c,Diagnose__c,Email\n1,a,b,c,d\n")), "CSV header", map[string]string{
			"Contact.Religie__c": "religious-beliefs", "Contact.Diagnose__c": "health"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := avgrisk(t, "", "", "schema", "--format", "json", tt.path)
			res := schemaJSON(t, r)
			if res.Format != tt.format {
				t.Errorf("format %q, want %q", res.Format, tt.format)
			}
			if res.ObjectsRead == 0 || res.Fields == 0 {
				t.Errorf("read %d objects, %d fields", res.ObjectsRead, res.Fields)
			}
			got := flagged(res)
			for k, v := range tt.want {
				if !strings.Contains(got[k], v) {
					t.Errorf("%s: %q, want %s", k, got[k], v)
				}
			}
			if res.Special > 0 && r.code != exitFound || res.Special == 0 && r.code != exitClean {
				t.Errorf("exit %d with %d special fields", r.code, res.Special)
			}
			if tt.name != "sfdx folder" {
				return // every format once, on the project
			}
			for _, f := range []string{"text", "markdown", "html", "sarif"} {
				if r := avgrisk(t, "", "", "schema", "--format", f, tt.path); r.code == exitError {
					t.Errorf("--format %s: exit 2: %s", f, r.stderr)
				}
			}
		})
	}
	bad := write(t, filepath.Join(dir, "broken.object"), []byte("<CustomObject><fields>"))
	if r := avgrisk(t, "", "", "schema", bad); r.code != exitError || !strings.Contains(r.stderr, "broken.object") {
		t.Errorf("malformed metadata: exit %d stderr %q", r.code, r.stderr)
	}
	if r := avgrisk(t, "", "", "schema", filepath.Join(dir, "nothing")); r.code != exitError {
		t.Errorf("missing: exit %d", r.code)
	}
}

func TestExplain(t *testing.T) {
	r := avgrisk(t, "", "", "explain", "Mevrouw de Vries is zwanger en lid van de FNV")
	if r.code != exitFound {
		t.Errorf("exit %d, want 1", r.code)
	}
	for _, want := range []string{"health", "trade-union-membership", "reported", "cue", "nl:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explanation lacks %q:\n%s", want, r.stdout)
		}
	}
	// The text is not printed back: offsets only.
	if strings.Contains(r.stdout, "Vries") {
		t.Errorf("explanation repeats the text")
	}
	r = avgrisk(t, "", "", "explain", "--format", "json", "De account health score is 72")
	var out explainResult
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Explanation.Findings) != 0 || r.code != exitClean {
		t.Errorf("account health fired: exit %d, %d findings", r.code, len(out.Explanation.Findings))
	}
}

func TestSchemaCSVHeaderIsData(t *testing.T) {
	// The first line of a split export is a row: its cells must not
	// become field names in any output.
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "part-2.csv"), []byte(secrets[0]+","+secrets[2]+","+secrets[3]+"\n"))
	for _, f := range []string{"text", "json", "html"} {
		r := avgrisk(t, dir, "", "schema", "--format", f, p)
		if r.code == exitError {
			t.Fatalf("--format %s: exit 2: %s", f, r.stderr)
		}
		noLeak(t, "schema "+f, r.stdout+r.stderr)
	}
}
