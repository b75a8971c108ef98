package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
)

// configName is the configuration file avgrisk looks for in the working
// folder and each folder above it.
const configName = ".avgrisk.json"

// config is the configuration file, .avgrisk.json:
//
//	{
//	  "min_confidence": 0.6,
//	  "language": "nl",
//	  "languages": ["nl"],
//	  "vocabulary": ["terms/ours.tsv"],
//	  "ignore": [
//	    {"column": "Account_Health_Score__c", "reason": "a product score, not health"},
//	    {"field": "Contact.Religie__c", "reason": "removed in release 42, ticket CRM-1234"},
//	    {"rule": "two-factor", "reason": "SSO enforces 2FA upstream (ticket SEC-9)"}
//	  ]
//	}
//
// "language" is the report language (the default of --lang);
// "languages" restricts the built-in vocabulary to the terms of those
// languages (classify.WithLanguages), for notes written in one language.
// A column matches a scanned column or database column by name (or
// "Object.Column", "table.column"); a field a schema field as
// "Object.Field" (or the field alone for every object); a rule a finding's
// rule ID, an assessment check ID or a SARIF rule ID. Every ignore needs a
// reason: ignored findings are counted and listed with it, so a reviewer
// sees what was left out and why. Vocabulary paths are relative to the
// configuration file. JSON is enough for these few keys; a YAML parser
// would be a dependency for no new power. Unknown keys are errors.
type config struct {
	MinConfidence *float64 `json:"min_confidence,omitempty"`
	Language      string   `json:"language,omitempty"`  // default of --lang: en or nl
	Languages     []string `json:"languages,omitempty"` // vocabulary languages: nl, en (default both)
	Vocabulary    []string `json:"vocabulary,omitempty"`
	Ignore        []ignore `json:"ignore,omitempty"`

	dir string // the folder of the file, for relative paths
}

// ignore is one ignored column, field or rule, with its reason.
type ignore struct {
	Column string `json:"column,omitempty"`
	Field  string `json:"field,omitempty"`
	Rule   string `json:"rule,omitempty"`
	Reason string `json:"reason"`
}

// loadConfig reads the configuration: the file named (an error when it
// is missing), or the first .avgrisk.json in the working folder or above
// it, or none. It returns the path it read, empty for none.
func loadConfig(named string) (*config, string, error) {
	path := named
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return &config{}, "", nil
		}
		for dir := wd; ; dir = filepath.Dir(dir) {
			p := filepath.Join(dir, configName)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				path = p
				break
			}
			if filepath.Dir(dir) == dir {
				return &config{}, "", nil
			}
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, "", fmt.Errorf("--config: %s: no such file", path)
		}
		return nil, "", fmt.Errorf("config %s: cannot read it", path)
	}
	c, err := parseConfig(data)
	if err != nil {
		return nil, "", fmt.Errorf("config %s: %v", path, err)
	}
	c.dir = filepath.Dir(path)
	return c, path, nil
}

// parseConfig decodes and checks a configuration file.
func parseConfig(data []byte) (*config, error) {
	var c config
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("invalid JSON at byte %d", se.Offset)
		}
		// encoding/json names the unknown key or the mistyped field;
		// the file is configuration, not data.
		return nil, errors.New(strings.TrimPrefix(err.Error(), "json: "))
	}
	if c.MinConfidence != nil && !(*c.MinConfidence >= 0 && *c.MinConfidence <= 1) {
		return nil, errors.New("min_confidence: want a number from 0 to 1")
	}
	switch c.Language {
	case "", "en", "nl":
	default:
		return nil, errors.New(`language: want "en" or "nl"`)
	}
	for i, ig := range c.Ignore {
		n := 0
		for _, s := range []string{ig.Column, ig.Field, ig.Rule} {
			if s != "" {
				n++
			}
		}
		if n != 1 {
			return nil, fmt.Errorf("ignore[%d]: want exactly one of column, field or rule", i)
		}
		if strings.TrimSpace(ig.Reason) == "" {
			return nil, fmt.Errorf("ignore[%d]: a reason is required", i)
		}
	}
	return &c, nil
}

// classifier builds the classifier the configuration asks for, with the
// --min-confidence flag (negative: not given) taking precedence.
func (c *config) classifier(minConf float64) (*classify.Classifier, error) {
	var opts []classify.Option
	switch {
	case minConf >= 0:
		opts = append(opts, classify.WithMinConfidence(minConf))
	case c.MinConfidence != nil:
		opts = append(opts, classify.WithMinConfidence(*c.MinConfidence))
	}
	if len(c.Languages) > 0 {
		opts = append(opts, classify.WithLanguages(c.Languages...))
	}
	for _, v := range c.Vocabulary {
		p := v
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.dir, p)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("vocabulary %s: cannot read it", v)
		}
		opts = append(opts, classify.WithVocabulary(v, bytes.NewReader(data)))
	}
	if len(opts) == 0 {
		return classify.Default(), nil
	}
	return classify.New(opts...)
}

// minConfidence is the minimum confidence in effect.
func (c *config) minConfidence(flag float64) float64 {
	switch {
	case flag >= 0:
		return flag
	case c.MinConfidence != nil:
		return *c.MinConfidence
	}
	return classify.DefaultMinConfidence
}

// ignored returns the ignore entry that matches a column of an object
// (object may be empty), or nil.
func (c *config) ignoredColumn(object, column string) *ignore {
	for i, ig := range c.Ignore {
		if ig.Column == "" {
			continue
		}
		if ig.Column == column || (object != "" && ig.Column == object+"."+column) {
			return &c.Ignore[i]
		}
	}
	return nil
}

// ignoredField returns the ignore entry that matches a schema field.
func (c *config) ignoredField(object, field string) *ignore {
	for i, ig := range c.Ignore {
		if ig.Field == "" {
			continue
		}
		if ig.Field == field || ig.Field == object+"."+field {
			return &c.Ignore[i]
		}
	}
	return nil
}

// ignoredRule returns the ignore entry that matches a rule or check ID.
func (c *config) ignoredRule(rule string) *ignore {
	for i, ig := range c.Ignore {
		if ig.Rule != "" && ig.Rule == rule {
			return &c.Ignore[i]
		}
	}
	return nil
}

// suppressed is an ignore entry that took effect, as the outputs list it.
type suppressed struct {
	What   string `json:"what"` // "column Notes", "field Contact.Religie__c", "rule two-factor"
	Reason string `json:"reason"`
	Count  int    `json:"count"` // findings or checks it removed
}

// suppressions counts ignore entries by what they matched.
type suppressions struct {
	byWhat map[string]*suppressed
	order  []string
}

func (s *suppressions) add(ig *ignore, n int) {
	what := "rule " + ig.Rule
	switch {
	case ig.Column != "":
		what = "column " + ig.Column
	case ig.Field != "":
		what = "field " + ig.Field
	}
	if s.byWhat == nil {
		s.byWhat = map[string]*suppressed{}
	}
	if x, ok := s.byWhat[what]; ok {
		x.Count += n
		return
	}
	s.byWhat[what] = &suppressed{What: what, Reason: ig.Reason, Count: n}
	s.order = append(s.order, what)
}

func (s *suppressions) list() []suppressed {
	out := make([]suppressed, 0, len(s.order))
	for _, w := range s.order {
		out = append(out, *s.byWhat[w])
	}
	return out
}
