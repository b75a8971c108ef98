package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// The schema fixtures of classify/salesforce: an SFDX project with a
// disability object (Beperking__c), a Religie__c on Contact with its
// values in a global value set and a Vakbondslid__c checkbox; Metadata
// API files; describe JSON.
var schemaFixtures = filepath.Join("..", "..", "classify", "salesforce", "testdata")

func TestSchemaMode(t *testing.T) {
	for _, tc := range []struct {
		path       string
		wantCode   int
		wantFields []string // flagged fields that the output must name
		reason     string
	}{
		{filepath.Join(schemaFixtures, "sfdx"), 1, []string{"Religie__c", "Vakbondslid__c"}, "an SFDX folder: religion and trade-union fields are flagged"},
		{filepath.Join(schemaFixtures, "describe", "Patient__c.json"), 1, []string{"BSN__c"}, "a single describe file: the BSN field is flagged"},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			code, out, errOut := runScan(t, "", "-schema", tc.path)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d (%s); stderr: %s", code, tc.wantCode, tc.reason, errOut)
			}
			for _, f := range tc.wantFields {
				if !strings.Contains(out, f) {
					t.Errorf("output does not name %s (%s):\n%s", f, tc.reason, out)
				}
			}
			if !strings.Contains(out, "evidence: ") {
				t.Errorf("output shows no evidence:\n%s", out)
			}
			// Picklist values and descriptions are evidence, never output.
			for _, v := range []string{"Katholiek", "Islamitisch", "Pinda", "Kies de soort"} {
				if strings.Contains(out, v) {
					t.Errorf("output quotes schema content %q", v)
				}
			}

			code, out, _ = runScan(t, "", "-json", "-schema", tc.path)
			if code != tc.wantCode {
				t.Fatalf("-json: exit %d, want %d", code, tc.wantCode)
			}
			var res schemaResult
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatalf("-json output: %v", err)
			}
			if res.Flagged == 0 || len(res.Results) == 0 || res.Objects == 0 {
				t.Errorf("-json: %d objects, %d flagged, %d results; want some of each", res.Objects, res.Flagged, len(res.Results))
			}
		})
	}
}

func TestSchemaModeErrors(t *testing.T) {
	code, _, errOut := runScan(t, "", "-schema", filepath.Join(schemaFixtures, "no-such-folder"))
	if code != 2 || !strings.Contains(errOut, "crmscan: ") {
		t.Errorf("missing path: exit %d, stderr %q; want 2 and a message", code, errOut)
	}
	// sfdx-project.json is JSON but not a describe result: nothing to
	// scan, which schema mode reports as an error naming the path.
	code, _, errOut = runScan(t, "", "-schema", filepath.Join(schemaFixtures, "sfdx", "sfdx-project.json"))
	if code != 2 || !strings.Contains(errOut, "sfdx-project.json") {
		t.Errorf("not a describe file: exit %d, stderr %q; want 2 naming the file", code, errOut)
	}
}
