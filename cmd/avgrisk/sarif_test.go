package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"testing"
)

// sarifConstraints is testdata/sarif-2.1.0-constraints.json: the
// validation constraints of the published SARIF 2.1.0 schema (OASIS,
// errata 01), extracted mechanically (types, enums, required properties,
// closed objects, minimums, items, references) into our own format; its
// "source" names the repository, commit, path and licence.
type sarifConstraints struct {
	Source      map[string]string    `json:"source"`
	Root        schemaDef            `json:"root"`
	Definitions map[string]schemaDef `json:"definitions"`
}

type schemaDef struct {
	Type          string                `json:"type"`
	Required      []string              `json:"required"`
	Closed        bool                  `json:"closed"`
	AnyOfRequired [][]string            `json:"anyOf_required"`
	OneOfRequired [][]string            `json:"oneOf_required"`
	Properties    map[string]schemaProp `json:"properties"`
}

type schemaProp struct {
	Type        any          `json:"type"` // a name or a list of names
	Enum        []any        `json:"enum"`
	Minimum     *float64     `json:"minimum"`
	Maximum     *float64     `json:"maximum"`
	MinItems    *int         `json:"minItems"`
	UniqueItems bool         `json:"uniqueItems"`
	Pattern     string       `json:"pattern"`
	Format      string       `json:"format"`
	Ref         string       `json:"ref"`
	Items       *schemaProp  `json:"items"`
	Values      *schemaProp  `json:"values"`
	OneOf       []schemaProp `json:"oneOf"`
	AnyOf       []schemaProp `json:"anyOf"`
}

func loadSARIFConstraints(t *testing.T) *sarifConstraints {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "sarif-2.1.0-constraints.json"))
	if err != nil {
		t.Fatal(err)
	}
	var c sarifConstraints
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	if c.Source["repo"] == "" || c.Source["commit"] == "" || len(c.Definitions) < 50 {
		t.Fatalf("constraints without source or definitions")
	}
	return &c
}

// validate checks v (decoded JSON) against def and returns every
// violation, by JSON path.
func (c *sarifConstraints) validate(path string, v any, def schemaDef) []string {
	var errs []string
	obj, ok := v.(map[string]any)
	if !ok {
		return []string{path + ": not an object"}
	}
	for _, r := range def.Required {
		if _, ok := obj[r]; !ok {
			errs = append(errs, fmt.Sprintf("%s: missing required %q", path, r))
		}
	}
	if len(def.AnyOfRequired) > 0 && !anyRequired(obj, def.AnyOfRequired) {
		errs = append(errs, fmt.Sprintf("%s: none of %v present", path, def.AnyOfRequired))
	}
	if len(def.OneOfRequired) > 0 && !anyRequired(obj, def.OneOfRequired) {
		errs = append(errs, fmt.Sprintf("%s: none of %v present", path, def.OneOfRequired))
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p, ok := def.Properties[k]
		if !ok {
			if def.Closed {
				errs = append(errs, fmt.Sprintf("%s: property %q not allowed", path, k))
			}
			continue
		}
		errs = append(errs, c.validateProp(path+"."+k, obj[k], p)...)
	}
	return errs
}

func anyRequired(obj map[string]any, sets [][]string) bool {
	for _, set := range sets {
		all := true
		for _, r := range set {
			if _, ok := obj[r]; !ok {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

func (c *sarifConstraints) validateProp(path string, v any, p schemaProp) []string {
	var errs []string
	if p.Ref != "" {
		def, ok := c.Definitions[p.Ref]
		if !ok {
			return []string{path + ": unknown definition " + p.Ref}
		}
		return c.validate(path, v, def)
	}
	if len(p.OneOf) > 0 || len(p.AnyOf) > 0 {
		for _, alt := range append(p.OneOf, p.AnyOf...) {
			if len(c.validateProp(path, v, alt)) == 0 {
				return nil
			}
		}
		return []string{path + ": matches no alternative"}
	}
	if p.Type != nil && !typeMatches(p.Type, v) {
		return []string{fmt.Sprintf("%s: want type %v", path, p.Type)}
	}
	if len(p.Enum) > 0 && !slices.Contains(p.Enum, v) {
		errs = append(errs, fmt.Sprintf("%s: %v not in %v", path, v, p.Enum))
	}
	if f, ok := v.(float64); ok {
		if p.Minimum != nil && f < *p.Minimum {
			errs = append(errs, fmt.Sprintf("%s: %v below minimum %v", path, f, *p.Minimum))
		}
		if p.Maximum != nil && f > *p.Maximum {
			errs = append(errs, fmt.Sprintf("%s: %v above maximum %v", path, f, *p.Maximum))
		}
	}
	if s, ok := v.(string); ok && p.Pattern != "" {
		if !regexp.MustCompile(p.Pattern).MatchString(s) {
			errs = append(errs, fmt.Sprintf("%s: does not match %s", path, p.Pattern))
		}
	}
	if arr, ok := v.([]any); ok {
		if p.MinItems != nil && len(arr) < *p.MinItems {
			errs = append(errs, fmt.Sprintf("%s: fewer than %d items", path, *p.MinItems))
		}
		if p.UniqueItems {
			seen := map[string]bool{}
			for _, x := range arr {
				b, _ := json.Marshal(x)
				if seen[string(b)] {
					errs = append(errs, path+": items not unique")
				}
				seen[string(b)] = true
			}
		}
		if p.Items != nil {
			for i, x := range arr {
				errs = append(errs, c.validateProp(fmt.Sprintf("%s[%d]", path, i), x, *p.Items)...)
			}
		}
	}
	if m, ok := v.(map[string]any); ok && p.Values != nil {
		for k, x := range m {
			errs = append(errs, c.validateProp(path+"."+k, x, *p.Values)...)
		}
	}
	return errs
}

func typeMatches(t any, v any) bool {
	switch t := t.(type) {
	case string:
		return typeIs(t, v)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && typeIs(s, v) {
				return true
			}
		}
	}
	return false
}

func typeIs(t string, v any) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	case "null":
		return v == nil
	}
	return false
}

// validateSARIF decodes out and validates it against the constraints,
// plus what GitHub code scanning needs on top of the schema: a rule for
// every result's ruleId and a location on every result.
func validateSARIF(t *testing.T, c *sarifConstraints, what, out string) {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%s: SARIF is not JSON: %v", what, err)
	}
	for _, e := range c.validate("$", v, c.Root) {
		t.Errorf("%s: %s", what, e)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("%s: version %s, %d runs", what, log.Version, len(log.Runs))
	}
	rules := log.Runs[0].Tool.Driver.Rules
	for i, r := range log.Runs[0].Results {
		if r.RuleIndex >= len(rules) || rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("%s: result %d: ruleIndex %d does not point at %s", what, i, r.RuleIndex, r.RuleID)
		}
		if len(r.Locations) == 0 {
			t.Errorf("%s: result %d has no location", what, i)
		}
	}
}

func TestSARIFValidator(t *testing.T) {
	// The validator must reject what the schema rejects, or passing it
	// proves nothing.
	c := loadSARIFConstraints(t)
	bad := []struct{ name, doc string }{
		{"no version", `{"runs": []}`},
		{"wrong version", `{"version": "2.0.0", "runs": []}`},
		{"unknown property", `{"version": "2.1.0", "runs": [], "extra": 1}`},
		{"run without tool", `{"version": "2.1.0", "runs": [{}]}`},
		{"bad level", `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`},
		{"message without text or id", `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {}}]}]}`},
		{"line 0", `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a"}, "region": {"startLine": 0}}}]}]}]}`},
	}
	for _, b := range bad {
		var v any
		if err := json.Unmarshal([]byte(b.doc), &v); err != nil {
			t.Fatal(err)
		}
		if errs := c.validate("$", v, c.Root); len(errs) == 0 {
			t.Errorf("%s: accepted", b.name)
		}
	}
	good := `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "r"}]}}, "results": [{"ruleId": "r", "message": {"text": "m"}, "level": "error", "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a"}, "region": {"startLine": 3}}}]}]}]}`
	var v any
	json.Unmarshal([]byte(good), &v)
	if errs := c.validate("$", v, c.Root); len(errs) > 0 {
		t.Errorf("a valid log is rejected: %v", errs)
	}
}

func TestSARIFOutputsValid(t *testing.T) {
	c := loadSARIFConstraints(t)
	dir := t.TempDir()
	zipPath := dataExport(t, filepath.Join(dir, "export.zip"))
	write(t, filepath.Join(dir, ".avgrisk.json"), []byte(`{"ignore": [{"column": "Email", "reason": "expected in a CRM"}, {"rule": "two-factor", "reason": "SSO (SEC-9)"}]}`))
	txt := write(t, filepath.Join(dir, "notes.txt"), []byte("Mevrouw belde, ze is zwanger. Bel terug.\n"))
	runs := map[string][]string{
		"scan":      {"scan", "--format", "sarif", zipPath, txt},
		"assess":    {"assess", "--format", "sarif", "--example", "--as-of", "2026-11-30"},
		"transfer":  {"transfer", "--format", "sarif", "--as-of", "2026-06-01", abs(t, "testdata/flow.json")},
		"retention": {"retention", "--format", "sarif", "--as-of", "2026-06-01", abs(t, "testdata/records.csv")},
		"schema":    {"schema", "--format", "sarif", abs(t, filepath.Join(sfTestdata, "sfdx"))},
		"db":        {"db", "--format", "sarif", "sqlite://" + sqliteFixture(t)},
		"explain":   {"explain", "--format", "sarif", "Mevrouw is zwanger, BSN 111222333"},
	}
	for name, args := range runs {
		t.Run(name, func(t *testing.T) {
			r := avgrisk(t, dir, "", args...)
			if r.code == exitError {
				t.Fatalf("exit 2: %s", r.stderr)
			}
			validateSARIF(t, c, name, r.stdout)
			var log sarifLog
			json.Unmarshal([]byte(r.stdout), &log)
			if len(log.Runs[0].Results) == 0 {
				t.Errorf("no results")
			}
		})
	}
}
