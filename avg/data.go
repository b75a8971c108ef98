package avg

import (
	"embed"

	"encoding/json"
	"fmt"
	"github.com/avgrisk/avgrisk/classify"
	"sync"
)

// DataAsOf is the date on which the embedded data of this package (the
// check definitions, the DPIA criteria, the sources and the message
// catalogues) was last reviewed: the as_of of the files in data/.
const DataAsOf = "2026-11-28"

//go:embed data/*.json
var dataFiles embed.FS

// sourceDef is a legal source with its citation in Dutch and English.
type sourceDef struct {
	ID  string `json:"id"`
	NL  string `json:"nl"`
	EN  string `json:"en"`
	URL string `json:"url"`
}

// criterionDef is one criterion of the DPIA screening: Art. 35(3), a WP248
// criterion or an item of the AP list. It is met when all signals of All
// hold, at least one of Any holds (when Any is set), and the scale
// condition holds.
type criterionDef struct {
	ID      string   `json:"id"`
	Group   string   `json:"group"` // "art35-3", "wp248", "ap-list"
	All     []string `json:"all"`
	Any     []string `json:"any"`
	Scale   string   `json:"scale"` // "", "large", "large-or-systematic"
	Sources []string `json:"sources"`
	Notes   []string `json:"notes"` // sources that qualify the criterion
	NL      string   `json:"nl"`
	EN      string   `json:"en"`
}

// mitigationDef is a mitigation of a check with its sources.
type mitigationDef struct {
	ID      string   `json:"id"`
	Sources []string `json:"sources"`
	// Facts are the fact IDs that call for the mitigation; empty: every
	// failure or warning of the check does.
	Facts []string `json:"facts"`
	// Unless are fact IDs that make the mitigation moot: it is not listed
	// when one of them is present.
	Unless []string `json:"unless"`
}

// checkDef is the definition of one check.
type checkDef struct {
	ID               CheckID         `json:"id"`
	Severity         Level           `json:"severity"`
	RaiseWithSpecial bool            `json:"raise_with_special"`
	Sources          []string        `json:"sources"`
	Mitigations      []mitigationDef `json:"mitigations"`
}

// dataSet is the parsed embedded data.
type dataSet struct {
	sources            map[string]sourceDef
	sourceOrder        []string
	criteria           []criterionDef
	largeScaleSubjects int
	reviewAfterYears   int
	checks             []checkDef
	messages           map[string]map[string]json.RawMessage // lang → key → message
	countries          []countryDef
	exceptions         []exceptionDef
	dpo                dpoDef // the rule of Art. 37(1)
}

// exceptionDef is an exception to the prohibition of Art. 9(1) or Art. 10
// AVG, or the BSN rule of UAVG art. 46, with the categories it can lift
// ("art9" stands for the eight categories of Art. 9(1)).
type exceptionDef struct {
	ID         string              `json:"id"`
	Categories []classify.Category `json:"categories"`
	NL         string              `json:"nl"`
	EN         string              `json:"en"`
}

// exception returns the exception id with its categories expanded.
func (d *dataSet) exception(id string) (exceptionDef, bool) {
	for _, e := range d.exceptions {
		if e.ID == id {
			return e, true
		}
	}
	return exceptionDef{}, false
}

// countryDef is a country name with the article it takes in running text.
type countryDef struct {
	Code string `json:"code"`
	NL   string `json:"nl"`
	EN   string `json:"en"`
}

// data returns the parsed embedded data. The data is built in and tested,
// so a failure is a bug of this package; it is reported by Assess and the
// renderers as an error.
var data = sync.OnceValues(loadData)

func loadData() (*dataSet, error) {
	d := &dataSet{sources: map[string]sourceDef{}, messages: map[string]map[string]json.RawMessage{}}

	var src struct {
		AsOf    string      `json:"as_of"`
		Sources []sourceDef `json:"sources"`
	}
	if err := readJSON("data/sources.json", &src); err != nil {
		return nil, err
	}
	for _, s := range src.Sources {
		if _, dup := d.sources[s.ID]; dup {
			return nil, fmt.Errorf("avg: data/sources.json: duplicate source %q", s.ID)
		}
		d.sources[s.ID] = s
		d.sourceOrder = append(d.sourceOrder, s.ID)
	}

	var dp struct {
		AsOf               string         `json:"as_of"`
		LargeScaleSubjects int            `json:"large_scale_subjects"`
		ReviewAfterYears   int            `json:"review_after_years"`
		Criteria           []criterionDef `json:"criteria"`
	}
	if err := readJSON("data/dpia.json", &dp); err != nil {
		return nil, err
	}
	d.criteria = dp.Criteria
	d.largeScaleSubjects = dp.LargeScaleSubjects
	d.reviewAfterYears = dp.ReviewAfterYears

	var ch struct {
		AsOf   string     `json:"as_of"`
		Checks []checkDef `json:"checks"`
	}
	if err := readJSON("data/checks.json", &ch); err != nil {
		return nil, err
	}
	d.checks = ch.Checks

	var co struct {
		AsOf      string       `json:"as_of"`
		Source    string       `json:"source"`
		Countries []countryDef `json:"countries"`
	}
	if err := readJSON("data/countries.json", &co); err != nil {
		return nil, err
	}
	d.countries = co.Countries

	var ex struct {
		AsOf       string         `json:"as_of"`
		Source     string         `json:"source"`
		Exceptions []exceptionDef `json:"exceptions"`
	}
	if err := readJSON("data/exceptions.json", &ex); err != nil {
		return nil, err
	}
	exceptions, err := expandExceptions(ex.Exceptions)
	if err != nil {
		return nil, err
	}
	d.exceptions = exceptions

	if err := readJSON("data/dpo.json", &d.dpo); err != nil {
		return nil, err
	}
	if err := d.dpo.validate(d.sources); err != nil {
		return nil, err
	}

	for _, lang := range []string{"en", "nl"} {
		var m map[string]json.RawMessage
		if err := readJSON("data/messages."+lang+".json", &m); err != nil {
			return nil, err
		}
		d.messages[lang] = m
	}
	for _, asOf := range []string{src.AsOf, dp.AsOf, ch.AsOf, co.AsOf, ex.AsOf, d.dpo.AsOf} {
		if asOf != DataAsOf {
			return nil, fmt.Errorf("avg: data as_of %q differs from DataAsOf %q", asOf, DataAsOf)
		}
	}
	return d, nil
}

// expandExceptions checks the exceptions of data/exceptions.json (an ID
// used once, both texts, at least one category, each a special category
// or "art9") and returns them with "art9" expanded. A broken copy is an
// error, never a wrong answer.
func expandExceptions(es []exceptionDef) ([]exceptionDef, error) {
	out := make([]exceptionDef, 0, len(es))
	seen := map[string]bool{}
	for _, e := range es {
		if e.ID == "" {
			return nil, fmt.Errorf("avg: data/exceptions.json: an exception without an id")
		}
		if seen[e.ID] {
			return nil, fmt.Errorf("avg: data/exceptions.json: duplicate exception %q", e.ID)
		}
		seen[e.ID] = true
		if e.NL == "" || e.EN == "" {
			return nil, fmt.Errorf("avg: data/exceptions.json: %s: missing text", e.ID)
		}
		if len(e.Categories) == 0 {
			return nil, fmt.Errorf("avg: data/exceptions.json: %s: no category", e.ID)
		}
		var cats []classify.Category
		for _, c := range e.Categories {
			if c == "art9" {
				cats = append(cats, art9...)
				continue
			}
			if !c.Valid() || !c.Special() {
				return nil, fmt.Errorf("avg: data/exceptions.json: %s: unknown special category %q", e.ID, c)
			}
			cats = append(cats, c)
		}
		e.Categories = cats
		out = append(out, e)
	}
	return out, nil
}

func readJSON(name string, v any) error {
	b, err := dataFiles.ReadFile(name)
	if err != nil {
		return fmt.Errorf("avg: %s: %w", name, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("avg: %s: %w", name, err)
	}
	return nil
}

// check returns the definition of the check id.
func (d *dataSet) check(id CheckID) checkDef {
	for _, c := range d.checks {
		if c.ID == id {
			return c
		}
	}
	return checkDef{ID: id, Severity: Medium}
}
