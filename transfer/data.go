package transfer

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/avgrisk/avgrisk/internal/civil"
)

// AsOf is the date of the law encoded in data/: the state of December
// 2026, when the data was last re-verified. Evaluate still answers for
// later dates, but decisions may have been adopted, repealed or annulled
// since; Stale says when that becomes likely.
const AsOf = "2026-12-07"

// ReviewMonths is the review interval of the data: it is re-verified
// against the Commission's list of decisions and the courts' judgments at
// least this often, so data older than this is stale.
const ReviewMonths = 6

// Stale reports whether the data is old for an evaluation as of asOf:
// whether asOf falls more than ReviewMonths months after AsOf. An
// assessment for such a date should be checked against the current list of
// decisions and judgments. An evaluation shortly after AsOf is not stale:
// the data is as current as its review interval promises.
func Stale(asOf time.Time) bool {
	return civil.FromTime(asOf).After(mustDay(AsOf).AddMonths(ReviewMonths))
}

//go:embed data/*.json
var dataFS embed.FS

// forever is a day after every date in the data.
var forever = civil.Date{Year: 9999, Month: time.December, Day: 31}

func mustDay(s string) civil.Date { return civil.MustParse(s) }

// window is a validity window with inclusive ends; nil Until means open.
type window struct {
	From  *string `json:"from"`
	Until *string `json:"until"`
	As    string  `json:"as,omitempty"`

	from, until civil.Date
}

func (w *window) parse() error {
	w.from, w.until = civil.Date{}, forever
	if w.From != nil {
		d, err := civil.Parse(*w.From)
		if err != nil {
			return err
		}
		w.from = d
	}
	if w.Until != nil {
		d, err := civil.Parse(*w.Until)
		if err != nil {
			return err
		}
		w.until = d
	}
	if w.until.Before(w.from) {
		return fmt.Errorf("window %v..%v ends before it starts", w.from, w.until)
	}
	return nil
}

func (w window) contains(d civil.Date) bool { return !d.Before(w.from) && !d.After(w.until) }

type countryEntry struct {
	Code    string   `json:"code"`
	EEA     []window `json:"eea"`
	Note    string   `json:"note"`
	PartOf  string   `json:"part_of,omitempty"`
	Sources []string `json:"sources"`
}

type countriesFile struct {
	AsOf      string            `json:"as_of"`
	Aliases   map[string]string `json:"aliases"`
	Countries []countryEntry    `json:"countries"`
}

type challenge struct {
	Case   string  `json:"case"`
	From   string  `json:"from"`
	Until  *string `json:"until"`
	Source string  `json:"source"`

	w window
}

type decision struct {
	ID              string      `json:"id"`
	Kind            string      `json:"kind"`         // "adequacy" or "bridge"
	Country         string      `json:"country"`      // ISO code; empty for an international organisation
	Organisation    string      `json:"organisation"` // internal code of an international organisation
	Name            string      `json:"name"`
	Instrument      string      `json:"instrument"`
	Adopted         string      `json:"adopted"`
	ValidFrom       string      `json:"valid_from"`
	ValidUntil      *string     `json:"valid_until"`
	Basis           Basis       `json:"basis"`
	Requires        string      `json:"requires"` // "", "dpf-certified", "mechanism"
	Mechanism       Mechanism   `json:"mechanism"`
	ExcludedSectors []Sector    `json:"excluded_sectors"`
	Scope           string      `json:"scope"`
	Sunset          bool        `json:"sunset"`
	Challenges      []challenge `json:"challenges"`
	ReviewRisks     []challenge `json:"review_risks"`
	InvalidatedBy   string      `json:"invalidated_by"`
	Sources         []string    `json:"sources"`

	w window
}

type decisionsFile struct {
	AsOf      string     `json:"as_of"`
	Decisions []decision `json:"decisions"`
}

type mechanism struct {
	ID                    Mechanism `json:"id"`
	Kind                  string    `json:"kind"` // "framework", "scc", "bcr", "derogation"
	Title                 string    `json:"title"`
	Provision             string    `json:"provision"`
	ValidFrom             *string   `json:"valid_from"`
	ValidUntil            *string   `json:"valid_until"`
	NewContractsUntil     *string   `json:"new_contracts_until"`
	Transition            string    `json:"transition"` // what holds for contracts concluded before NewContractsUntil
	SenderRoles           []Role    `json:"sender_roles"`
	RecipientRoles        []Role    `json:"recipient_roles"`
	GroupOnly             bool      `json:"group_only"`
	OccasionalOnly        bool      `json:"occasional_only"`
	PublicAuthorityBarred bool      `json:"public_authority_barred"`
	Note                  string    `json:"note"`
	Sources               []string  `json:"sources"`

	w window
}

type mechanismsFile struct {
	AsOf       string      `json:"as_of"`
	Mechanisms []mechanism `json:"mechanisms"`
}

type measure struct {
	ID        Measure  `json:"id"`
	Kind      string   `json:"kind"`
	Title     string   `json:"title"`
	Effective bool     `json:"effective"`
	UseCase   string   `json:"use_case"`
	Sources   []string `json:"sources"`
}

type measuresFile struct {
	AsOf     string    `json:"as_of"`
	Measures []measure `json:"measures"`
}

type law struct {
	ID               string   `json:"id"`
	Country          string   `json:"country"`
	Name             string   `json:"name"`
	From             *string  `json:"from"`
	Until            *string  `json:"until"`
	Reach            string   `json:"reach"`
	Extraterritorial bool     `json:"extraterritorial"`
	Problematic      bool     `json:"problematic"`
	Note             string   `json:"note"`
	Sources          []string `json:"sources"`

	w window
}

type safeguard struct {
	Country     string      `json:"country"`
	From        *string     `json:"from"`
	Until       *string     `json:"until"`
	Title       string      `json:"title"`
	ReviewRisks []challenge `json:"review_risks"`
	Sources     []string    `json:"sources"`

	w window
}

type lawsFile struct {
	AsOf       string      `json:"as_of"`
	Laws       []law       `json:"laws"`
	Safeguards []safeguard `json:"safeguards"`
}

type sourcesFile struct {
	AsOf    string   `json:"as_of"`
	Sources []Source `json:"sources"`
}

// dataset is the parsed, immutable content of data/.
type dataset struct {
	countries  map[string]*countryEntry
	aliases    map[string]string
	decisions  []*decision
	mechanisms map[Mechanism]*mechanism
	measures   map[Measure]*measure
	laws       []*law
	safeguards []*safeguard
	sources    map[string]Source

	countryList   []countryEntry
	mechanismList []mechanism
	measureList   []measure
	sourceList    []Source
}

var loadData = sync.OnceValues(func() (*dataset, error) {
	return parseData()
})

func decodeStrict(name string, v any) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("transfer: data/%s: %w", name, err)
	}
	return nil
}

func parseData() (*dataset, error) {
	var (
		cf countriesFile
		df decisionsFile
		mf mechanismsFile
		ms measuresFile
		lf lawsFile
		sf sourcesFile
	)
	files := []struct {
		name string
		v    any
		asOf *string
	}{
		{"countries.json", &cf, &cf.AsOf},
		{"decisions.json", &df, &df.AsOf},
		{"mechanisms.json", &mf, &mf.AsOf},
		{"measures.json", &ms, &ms.AsOf},
		{"laws.json", &lf, &lf.AsOf},
		{"sources.json", &sf, &sf.AsOf},
	}
	for _, f := range files {
		if err := decodeStrict(f.name, f.v); err != nil {
			return nil, err
		}
		if *f.asOf != AsOf {
			return nil, fmt.Errorf("transfer: data/%s: as_of %q, want %q", f.name, *f.asOf, AsOf)
		}
	}
	ds := &dataset{
		countries:     map[string]*countryEntry{},
		aliases:       cf.Aliases,
		mechanisms:    map[Mechanism]*mechanism{},
		measures:      map[Measure]*measure{},
		sources:       map[string]Source{},
		countryList:   cf.Countries,
		mechanismList: mf.Mechanisms,
		measureList:   ms.Measures,
		sourceList:    sf.Sources,
	}
	for _, s := range sf.Sources {
		if _, dup := ds.sources[s.ID]; dup {
			return nil, fmt.Errorf("transfer: data/sources.json: duplicate id %q", s.ID)
		}
		ds.sources[s.ID] = s
	}
	checkSources := func(file, id string, ids []string) error {
		if len(ids) == 0 {
			return fmt.Errorf("transfer: data/%s: %s: no source", file, id)
		}
		for _, s := range ids {
			if _, ok := ds.sources[s]; !ok {
				return fmt.Errorf("transfer: data/%s: %s: unknown source %q", file, id, s)
			}
		}
		return nil
	}
	for i := range ds.countryList {
		c := &ds.countryList[i]
		if _, dup := ds.countries[c.Code]; dup {
			return nil, fmt.Errorf("transfer: data/countries.json: duplicate code %q", c.Code)
		}
		for j := range c.EEA {
			if err := c.EEA[j].parse(); err != nil {
				return nil, fmt.Errorf("transfer: data/countries.json: %s: %w", c.Code, err)
			}
		}
		if err := checkSources("countries.json", c.Code, c.Sources); err != nil {
			return nil, err
		}
		ds.countries[c.Code] = c
	}
	seen := map[string]bool{}
	for i := range df.Decisions {
		d := &df.Decisions[i]
		if seen[d.ID] {
			return nil, fmt.Errorf("transfer: data/decisions.json: duplicate id %q", d.ID)
		}
		seen[d.ID] = true
		from := d.ValidFrom
		d.w = window{From: &from, Until: d.ValidUntil}
		if err := d.w.parse(); err != nil {
			return nil, fmt.Errorf("transfer: data/decisions.json: %s: %w", d.ID, err)
		}
		if _, err := civil.Parse(d.Adopted); err != nil {
			return nil, fmt.Errorf("transfer: data/decisions.json: %s: adopted: %w", d.ID, err)
		}
		for j := range d.Challenges {
			c := &d.Challenges[j]
			f := c.From
			c.w = window{From: &f, Until: c.Until}
			if err := c.w.parse(); err != nil {
				return nil, fmt.Errorf("transfer: data/decisions.json: %s: challenge: %w", d.ID, err)
			}
			if err := checkSources("decisions.json", d.ID, []string{c.Source}); err != nil {
				return nil, err
			}
		}
		for j := range d.ReviewRisks {
			c := &d.ReviewRisks[j]
			f := c.From
			c.w = window{From: &f, Until: c.Until}
			if err := c.w.parse(); err != nil {
				return nil, fmt.Errorf("transfer: data/decisions.json: %s: review risk: %w", d.ID, err)
			}
			if err := checkSources("decisions.json", d.ID, []string{c.Source}); err != nil {
				return nil, err
			}
		}
		if err := checkSources("decisions.json", d.ID, d.Sources); err != nil {
			return nil, err
		}
		ds.decisions = append(ds.decisions, d)
	}
	for i := range ds.mechanismList {
		m := &ds.mechanismList[i]
		m.w = window{From: m.ValidFrom, Until: m.ValidUntil}
		if err := m.w.parse(); err != nil {
			return nil, fmt.Errorf("transfer: data/mechanisms.json: %s: %w", m.ID, err)
		}
		if m.NewContractsUntil != nil {
			if _, err := civil.Parse(*m.NewContractsUntil); err != nil {
				return nil, fmt.Errorf("transfer: data/mechanisms.json: %s: new_contracts_until: %w", m.ID, err)
			}
			if m.Transition == "" {
				return nil, fmt.Errorf("transfer: data/mechanisms.json: %s: new_contracts_until without a transition", m.ID)
			}
		}
		if err := checkSources("mechanisms.json", string(m.ID), m.Sources); err != nil {
			return nil, err
		}
		if _, dup := ds.mechanisms[m.ID]; dup {
			return nil, fmt.Errorf("transfer: data/mechanisms.json: duplicate id %q", m.ID)
		}
		ds.mechanisms[m.ID] = m
	}
	for i := range ds.measureList {
		m := &ds.measureList[i]
		if err := checkSources("measures.json", string(m.ID), m.Sources); err != nil {
			return nil, err
		}
		if _, dup := ds.measures[m.ID]; dup {
			return nil, fmt.Errorf("transfer: data/measures.json: duplicate id %q", m.ID)
		}
		ds.measures[m.ID] = m
	}
	for i := range lf.Laws {
		l := &lf.Laws[i]
		l.w = window{From: l.From, Until: l.Until}
		if err := l.w.parse(); err != nil {
			return nil, fmt.Errorf("transfer: data/laws.json: %s: %w", l.ID, err)
		}
		if err := checkSources("laws.json", l.ID, l.Sources); err != nil {
			return nil, err
		}
		ds.laws = append(ds.laws, l)
	}
	for i := range lf.Safeguards {
		s := &lf.Safeguards[i]
		s.w = window{From: s.From, Until: s.Until}
		if err := s.w.parse(); err != nil {
			return nil, fmt.Errorf("transfer: data/laws.json: safeguard %s: %w", s.Country, err)
		}
		if err := checkSources("laws.json", "safeguard "+s.Country, s.Sources); err != nil {
			return nil, err
		}
		for j := range s.ReviewRisks {
			c := &s.ReviewRisks[j]
			f := c.From
			c.w = window{From: &f, Until: c.Until}
			if err := c.w.parse(); err != nil {
				return nil, fmt.Errorf("transfer: data/laws.json: safeguard %s: review risk: %w", s.Country, err)
			}
			if err := checkSources("laws.json", "safeguard "+s.Country, []string{c.Source}); err != nil {
				return nil, err
			}
		}
		ds.safeguards = append(ds.safeguards, s)
	}
	return ds, nil
}

// src resolves source IDs, skipping unknown ones (the data tests prove
// there are none).
func (ds *dataset) src(ids ...string) []Source {
	out := make([]Source, 0, len(ids))
	for _, id := range ids {
		if s, ok := ds.sources[id]; ok {
			out = append(out, s)
		}
	}
	return out
}

// inEEA reports whether code (normalised) is in the EEA on d.
func (ds *dataset) inEEA(code string, d civil.Date) bool {
	c, ok := ds.countries[code]
	if !ok {
		return false
	}
	for _, w := range c.EEA {
		if w.contains(d) {
			return true
		}
	}
	return false
}

// bridge returns the bridge arrangement covering code on d, if any.
func (ds *dataset) bridge(code string, d civil.Date) *decision {
	for _, dec := range ds.decisions {
		if dec.Kind == "bridge" && dec.Country == code && dec.w.contains(d) {
			return dec
		}
	}
	return nil
}

// problematic returns the laws of code in force on d that impinge on the
// guarantees of the SCCs and BCRs, unless safeguards of the EO 14086 kind
// cover the country on d; then it returns nil and the safeguard.
func (ds *dataset) problematic(code string, d civil.Date) ([]*law, *safeguard) {
	for _, s := range ds.safeguards {
		if s.Country == code && s.w.contains(d) {
			return nil, s
		}
	}
	var out []*law
	for _, l := range ds.laws {
		if l.Country == code && l.Problematic && l.w.contains(d) {
			out = append(out, l)
		}
	}
	return out, nil
}

// lawsOf returns the laws of code in force on d.
func (ds *dataset) lawsOf(code string, d civil.Date) []*law {
	var out []*law
	for _, l := range ds.laws {
		if l.Country == code && l.w.contains(d) {
			out = append(out, l)
		}
	}
	return out
}
