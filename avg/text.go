package avg

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Languages returns the languages of the reports and drafts: English (the
// fallback) and Dutch.
func Languages() []language.Tag { return []language.Tag{language.English, language.Dutch} }

// textSet is the message catalogue of both languages.
type textSet struct {
	cat     *catalog.Builder
	matcher language.Matcher
	keys    map[string]map[string]bool // lang → keys present
}

var texts = sync.OnceValues(func() (*textSet, error) {
	d, err := data()
	if err != nil {
		return nil, err
	}
	return buildTexts(d)
})

// buildTexts fills a catalogue from the message files, the source
// citations and the criterion names. Each entry of the data carries its
// Dutch and English text; the catalogue is the only place that chooses
// between them.
func buildTexts(d *dataSet) (*textSet, error) {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	ts := &textSet{cat: b, matcher: language.NewMatcher(Languages()), keys: map[string]map[string]bool{}}
	set := func(tag language.Tag, key, msg string) error {
		if msg == "" {
			return fmt.Errorf("avg: %s: empty message %q", tag, key)
		}
		if err := b.SetString(tag, key, msg); err != nil {
			return fmt.Errorf("avg: %s: message %q: %w", tag, key, err)
		}
		ts.keys[tag.String()][key] = true
		return nil
	}
	for _, tag := range Languages() {
		lang := tag.String()
		ts.keys[lang] = map[string]bool{}
		for key, raw := range d.messages[lang] {
			var s string
			if err := json.Unmarshal(raw, &s); err == nil {
				if err := set(tag, key, s); err != nil {
					return nil, err
				}
				continue
			}
			var pl struct {
				Arg   int    `json:"arg"`
				One   string `json:"one"`
				Other string `json:"other"`
			}
			if err := json.Unmarshal(raw, &pl); err != nil || pl.One == "" || pl.Other == "" {
				return nil, fmt.Errorf("avg: data/messages.%s.json: message %q is neither a string nor a plural", lang, key)
			}
			if pl.Arg == 0 {
				pl.Arg = argCount
			}
			if err := b.Set(tag, key, plural.Selectf(pl.Arg, "%d", "one", pl.One, "other", pl.Other)); err != nil {
				return nil, fmt.Errorf("avg: %s: message %q: %w", lang, key, err)
			}
			ts.keys[lang][key] = true
		}
	}
	for _, id := range d.sourceOrder {
		s := d.sources[id]
		if err := set(language.English, "source."+id, s.EN); err != nil {
			return nil, err
		}
		if err := set(language.Dutch, "source."+id, s.NL); err != nil {
			return nil, err
		}
	}
	for _, c := range d.criteria {
		if err := set(language.English, "criterion."+c.ID, c.EN); err != nil {
			return nil, err
		}
		if err := set(language.Dutch, "criterion."+c.ID, c.NL); err != nil {
			return nil, err
		}
	}
	// The grounds of Art. 37(1), for the DPIA draft.
	for _, g := range d.dpo.Grounds {
		if err := set(language.English, "dpo-ground."+g.ID, g.EN); err != nil {
			return nil, err
		}
		if err := set(language.Dutch, "dpo-ground."+g.ID, g.NL); err != nil {
			return nil, err
		}
	}
	// Country names with their article in running text.
	for _, c := range d.countries {
		if err := set(language.English, "country."+c.Code, c.EN); err != nil {
			return nil, err
		}
		if err := set(language.Dutch, "country."+c.Code, c.NL); err != nil {
			return nil, err
		}
	}
	// The legal sources of the categories, as classify cites them.
	for _, c := range classify.Categories() {
		if err := set(language.English, "category-source."+string(c), c.Source()); err != nil {
			return nil, err
		}
		if err := set(language.Dutch, "category-source."+string(c), c.Article()); err != nil {
			return nil, err
		}
	}
	// The exceptions to Art. 9(1) and 10, as fact values.
	for _, e := range d.exceptions {
		if err := set(language.English, "value.exception."+e.ID, e.EN); err != nil {
			return nil, err
		}
		if err := set(language.Dutch, "value.exception."+e.ID, e.NL); err != nil {
			return nil, err
		}
	}
	// The titles of the retention catalogue name its categories in facts.
	for _, r := range retention.Netherlands().Rules() {
		if r.TitleEN == "" || r.TitleNL == "" {
			continue
		}
		if err := set(language.English, "value."+r.Category, r.TitleEN+" ("+r.Category+")"); err != nil {
			return nil, err
		}
		if err := set(language.Dutch, "value."+r.Category, r.TitleNL+" ("+r.Category+")"); err != nil {
			return nil, err
		}
	}
	return ts, nil
}

// The positions of a fact's arguments in its message: a message picks the
// ones it needs with %[n]s or %[n]d.
const (
	argField      = 1 // %[1]s field name
	argCategories = 2 // %[2]s category names
	argParty      = 3 // %[3]s party name
	argCountries  = 4 // %[4]s country names
	argCount      = 5 // %[5]d count (plural messages select on it)
	argValue      = 6 // %[6]s a value: the text of value.<ID> if present
	argDate       = 7 // %[7]s date
	argPeriod     = 8 // %[8]s a period in words, such as "7 years"
)

// localizer renders messages, facts and sources in one language.
type localizer struct {
	tag  language.Tag // English or Dutch
	lang string       // "en" or "nl"
	p    *message.Printer
	ts   *textSet
	d    *dataSet
}

// newLocalizer returns a localizer for the supported language closest to
// tag; English when nothing matches.
func newLocalizer(tag language.Tag) (*localizer, error) {
	d, err := data()
	if err != nil {
		return nil, err
	}
	ts, err := texts()
	if err != nil {
		return nil, err
	}
	_, i, _ := ts.matcher.Match(tag)
	base := Languages()[i]
	return &localizer{tag: base, lang: base.String(), p: message.NewPrinter(base, message.Catalog(ts.cat)), ts: ts, d: d}, nil
}

// has reports whether the catalogue holds key for this language.
func (l *localizer) has(key string) bool { return l.ts.keys[l.lang][key] }

// text returns the message key formatted with args.
func (l *localizer) text(key string, args ...any) string {
	return l.p.Sprintf(key, args...)
}

// value returns the display text of an ID used as a fact value, or the ID.
func (l *localizer) value(v string) string {
	if v != "" && l.has("value."+v) {
		return l.text("value." + v)
	}
	return v
}

// fact renders a fact as one sentence. The facts of a stated question
// (ID "<question>-yes", "-no" or "-not-stated") share three messages,
// "answer.yes", "answer.no" and "answer.not-stated", around the question's
// text "question.<question>".
func (l *localizer) fact(f Fact) string {
	cats := make([]string, len(f.Categories))
	for i, c := range f.Categories {
		cats[i] = c.Name(l.lang)
	}
	party := f.Party
	if f.Via != "" {
		party = l.recipient(f.Party, f.Via)
	}
	if !l.has("fact." + f.ID) {
		for _, ans := range []string{"yes", "no", "not-stated"} {
			if q, ok := strings.CutSuffix(f.ID, "-"+ans); ok && l.has("question."+q) {
				return l.text("answer."+ans, l.text("question."+q, party))
			}
		}
	}
	return l.text("fact."+f.ID,
		f.Field, strings.Join(cats, ", "), party, l.countries(f.Countries),
		f.Count, l.value(f.Value), f.Date, l.period(f.Period))
}

// period writes an ISO 8601 period in words: "P7Y" is "7 years" ("7
// jaar"), "P2Y6M" "2 years and 6 months".
func (l *localizer) period(iso string) string {
	if iso == "" {
		return ""
	}
	p, err := retention.ParsePeriod(iso)
	if err != nil {
		return iso
	}
	var parts []string
	for _, u := range []struct {
		n   int
		key string
	}{{p.Years, "period.years"}, {p.Months, "period.months"}, {p.Weeks, "period.weeks"}, {p.Days, "period.days"}} {
		if u.n != 0 {
			parts = append(parts, l.text(u.key, u.n))
		}
	}
	switch len(parts) {
	case 0:
		return l.text("period.days", 0)
	case 1:
		return parts[0]
	}
	return l.text("period.and", strings.Join(parts[:len(parts)-1], ", "), parts[len(parts)-1])
}

// recipient names a recipient of a transfer: its name, or for the
// importer's group reaching the data from a third country, the group and
// how it reaches the data.
func (l *localizer) recipient(name, via string) string {
	switch via {
	case "storage", "remote-access":
		return l.text("recipient."+via, name)
	}
	return name
}

// countries returns the names of ISO 3166-1 codes in running text, with
// the article the name takes ("the United States (US)", "de Verenigde
// Staten (US)").
func (l *localizer) countries(codes []string) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = l.country(c)
		if l.has("country." + c) {
			names[i] = l.text("country."+c) + " (" + c + ")"
		}
	}
	return strings.Join(names, ", ")
}

// country returns the name of an ISO 3166-1 code without an article, for
// a table cell: "Verenigde Staten (US)".
func (l *localizer) country(c string) string {
	if n := transfer.CountryName(c, l.tag); n != c {
		return n + " (" + c + ")"
	}
	return c
}

// source returns a source with its citation.
func (l *localizer) source(id string) Source {
	return Source{ID: id, Citation: l.text("source." + id), URL: l.d.sources[id].URL}
}

// yesNo renders a boolean.
func (l *localizer) yesNo(b bool) string {
	if b {
		return l.text("yes")
	}
	return l.text("no")
}

// article returns the legal source of a category, such as "AVG art. 9 lid 1".
func (l *localizer) article(c classify.Category) string {
	return l.text("category-source." + string(c))
}
