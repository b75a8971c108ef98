package main

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
)

// SARIF 2.1.0 (OASIS Standard, errata 01), the parts avgrisk writes: one
// run, the tool with its rules, and results with a location, a level and
// suppressions for what the configuration ignores. GitHub code scanning
// and other CI tools read it. The test validates the output against the
// published schema's constraints.

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name,omitempty"`
	ShortDescription     sarifText     `json:"shortDescription"`
	FullDescription      *sarifText    `json:"fullDescription,omitempty"`
	Help                 *sarifText    `json:"help,omitempty"`
	DefaultConfiguration *sarifConfig  `json:"defaultConfiguration,omitempty"`
	Properties           *sarifRuleTag `json:"properties,omitempty"`
}

type sarifRuleTag struct {
	Tags []string `json:"tags,omitempty"`
}

// sarifText is a message or a multiformatMessageString: its text.
type sarifText struct {
	Text string `json:"text"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID       string             `json:"ruleId"`
	RuleIndex    int                `json:"ruleIndex"`
	Level        string             `json:"level"`
	Message      sarifText          `json:"message"`
	Locations    []sarifLocation    `json:"locations"`
	Fingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Suppressions []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"` // "external": the configuration file
	Justification string `json:"justification"`
}

// sarifBuilder collects rules and results.
type sarifBuilder struct {
	log   *sarifLog
	index map[string]int
}

func newSARIF() *sarifBuilder {
	t := newToolInfo()
	return &sarifBuilder{
		log: &sarifLog{
			Schema:  sarifSchema,
			Version: sarifVersion,
			Runs: []sarifRun{{
				Tool:    sarifTool{Driver: sarifDriver{Name: t.Name, Version: t.Version, InformationURI: t.InformationURI, Rules: []sarifRule{}}},
				Results: []sarifResult{},
			}},
		},
		index: map[string]int{},
	}
}

// rule adds a rule once and returns its index.
func (b *sarifBuilder) rule(r sarifRule) int {
	if i, ok := b.index[r.ID]; ok {
		return i
	}
	d := &b.log.Runs[0].Tool.Driver
	b.index[r.ID] = len(d.Rules)
	d.Rules = append(d.Rules, r)
	return len(d.Rules) - 1
}

// result adds a result of a rule added before, at a place (a file, a
// line; 0 for none).
func (b *sarifBuilder) result(ruleID, level, msg, place string, line int, sup *suppressed) {
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(place)}}}
	if line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: line}
	}
	r := sarifResult{
		RuleID:       ruleID,
		RuleIndex:    b.index[ruleID],
		Level:        level,
		Message:      sarifText{Text: msg},
		Locations:    []sarifLocation{loc},
		Fingerprints: map[string]string{"avgrisk/v1": ruleID + "|" + place + "|" + msgKey(msg)},
	}
	if sup != nil {
		r.Suppressions = []sarifSuppression{{Kind: "external", Justification: sup.Reason}}
	}
	b.log.Runs[0].Results = append(b.log.Runs[0].Results, r)
}

// msgKey is the part of a message that identifies a result across runs:
// up to the first count.
func msgKey(msg string) string {
	if i := strings.IndexAny(msg, "0123456789"); i > 0 {
		return strings.TrimSpace(msg[:i])
	}
	return msg
}

// sarifURI turns a path into a relative URI reference ("a%20b/c.csv").
func sarifURI(p string) string {
	if p == "" || p == "standard input" {
		return "stdin"
	}
	p = filepath.ToSlash(p)
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}

// categoryRule is the SARIF rule of a special category or identifier
// kind found in data.
func categoryRule(c classify.Category, k classify.Kind) sarifRule {
	if c != "" && c.Special() {
		return sarifRule{
			ID:                   "avgrisk/" + string(c),
			Name:                 ruleName(string(c)),
			ShortDescription:     sarifText{Text: "Special category of personal data: " + c.Name("en")},
			FullDescription:      &sarifText{Text: fmt.Sprintf("%s (%s). Legal basis: %s.", c.Name("en"), c.Name("nl"), c.Article())},
			Help:                 &sarifText{Text: "Processing requires an exception of AVG art. 9(2) (art. 10 for criminal data, UAVG art. 46 for the BSN): remove the data, or record the exception and restrict access."},
			DefaultConfiguration: &sarifConfig{Level: "error"},
			Properties:           &sarifRuleTag{Tags: []string{"privacy", "gdpr", "special-category"}},
		}
	}
	return sarifRule{
		ID:                   "avgrisk/identifier/" + string(k),
		Name:                 ruleName("identifier-" + string(k)),
		ShortDescription:     sarifText{Text: "Identifier: " + string(k)},
		DefaultConfiguration: &sarifConfig{Level: "note"},
		Properties:           &sarifRuleTag{Tags: []string{"privacy", "gdpr", "identifier"}},
	}
}

// ruleName turns "racial-ethnic-origin" into "RacialEthnicOrigin".
func ruleName(id string) string {
	var b strings.Builder
	for _, w := range strings.Split(id, "-") {
		if w != "" {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

func (r *scanResult) sarif() *sarifLog {
	b := newSARIF()
	for _, in := range r.Inputs {
		add := func(f found, msg string, line int) {
			rule := categoryRule(f.Category, f.Kind)
			b.rule(rule)
			level := "note"
			if f.Category.Special() {
				level = "error"
			}
			b.result(rule.ID, level, msg, in.Name, line, nil)
		}
		for _, c := range in.Columns {
			for _, f := range c.Found {
				msg := fmt.Sprintf("Column %s holds %s in %d of %d rows (%s); evidence: %s; first at line %d.",
					c.Name, f.label(), f.Rows, in.Rows, percent(f.Share), c.Evidence, f.FirstLine)
				add(f, msg, f.FirstLine)
			}
		}
		if in.Text != nil {
			for _, f := range in.Text.Found {
				add(f, fmt.Sprintf("The text holds %s: %s.", f.label(), plural(f.Findings, "finding")), 0)
			}
		}
	}
	for _, s := range r.Suppressed {
		id := "avgrisk/ignored"
		b.rule(sarifRule{ID: id, ShortDescription: sarifText{Text: "Findings the configuration ignores, with its reason"}, DefaultConfiguration: &sarifConfig{Level: "note"}})
		s := s
		b.result(id, "note", fmt.Sprintf("Ignored %s: %s.", s.What, plural(s.Count, "finding")), configName, 0, &s)
	}
	return b.log
}

func (r *assessResult) sarif() *sarifLog {
	b := newSARIF()
	for _, c := range r.report.Checks {
		level := map[avg.Status]string{avg.Fail: "error", avg.Warn: "warning"}[c.Status]
		if level == "" {
			continue
		}
		var src []string
		for _, s := range c.Sources {
			src = append(src, s.Citation)
		}
		rule := sarifRule{
			ID:                   "avgrisk/check/" + string(c.ID),
			Name:                 ruleName(string(c.ID)),
			ShortDescription:     sarifText{Text: c.Title},
			FullDescription:      &sarifText{Text: c.Why},
			DefaultConfiguration: &sarifConfig{Level: "error"},
			Properties:           &sarifRuleTag{Tags: []string{"privacy", "gdpr", "assessment"}},
		}
		if len(src) > 0 {
			rule.Help = &sarifText{Text: "Sources: " + strings.Join(src, "; ")}
		}
		b.rule(rule)
		msg := c.Title
		if len(c.Detail) > 0 {
			msg += ": " + strings.Join(c.Detail, " ")
		}
		var mit []string
		for _, m := range c.Mitigations {
			mit = append(mit, m.Text)
		}
		if len(mit) > 0 {
			msg += " What to do: " + strings.Join(mit, " ")
		}
		var sup *suppressed
		if r.isIgnored(string(c.ID)) {
			for _, s := range r.sup.list() {
				if s.What == "rule "+string(c.ID) {
					sup = &s
				}
			}
		}
		b.result(rule.ID, level, msg, r.name, 0, sup)
	}
	return b.log
}

func (r *transferResult) sarif() *sarifLog {
	b := newSARIF()
	a := r.Assessment
	if !a.Lawful {
		b.rule(sarifRule{ID: "avgrisk/transfer/unlawful", ShortDescription: sarifText{Text: "A restricted transfer has no lawful Chapter V basis"},
			DefaultConfiguration: &sarifConfig{Level: "error"}})
		b.result("avgrisk/transfer/unlawful", "error", fmt.Sprintf("The transfer is restricted and has no lawful basis as of %s (basis: %s).", a.AsOf, a.Basis), r.Input, 0, nil)
	}
	for _, rk := range a.Risks {
		rid := string(rk.ID)
		id := "avgrisk/transfer/" + rid
		b.rule(sarifRule{ID: id, Name: ruleName(rid), ShortDescription: sarifText{Text: "Transfer risk: " + rid}, DefaultConfiguration: &sarifConfig{Level: "warning"}})
		var sup *suppressed
		for _, s := range r.Suppressed {
			if s.What == "rule "+rid {
				sup = &s
			}
		}
		b.result(id, "warning", rk.Explanation, r.Input, 0, sup)
	}
	return b.log
}

func (r *retentionResult) sarif() *sarifLog {
	b := newSARIF()
	type key struct{ action, category string }
	counts := map[key]int{}
	var order []key
	for _, ds := range [][]retentionDecision{decisions(r.Delete), decisions(r.Review)} {
		for _, d := range ds {
			k := key{d.action, d.category}
			if counts[k] == 0 {
				order = append(order, k)
			}
			counts[k]++
		}
	}
	for _, k := range order {
		id := "avgrisk/retention/" + k.action
		level := "error"
		if k.action == "review" {
			level = "warning"
		}
		b.rule(sarifRule{ID: id, ShortDescription: sarifText{Text: "Records past their retention period: " + k.action}, DefaultConfiguration: &sarifConfig{Level: level}})
		b.result(id, level, fmt.Sprintf("%s of category %s to %s as of %s.", plural(counts[k], "record"), k.category, k.action, r.AsOf), r.Input, 0, nil)
	}
	return b.log
}
