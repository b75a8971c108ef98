package classify

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
)

// Classifier finds personal data in text, fields and records. A Classifier
// is immutable once built and safe for concurrent use by many goroutines.
//
// The zero value (and a nil *Classifier) behaves as Default(), the way a
// zero http.Client uses the default transport: a Classifier declared but
// never built still finds what Default finds, instead of nothing.
type Classifier struct {
	cats    categorySet // enabled categories
	kinds   kindSet     // enabled kinds
	minConf float64
	vocab   *vocabulary  // nil when Term findings are off and no vocabulary was added
	built   bool         // made by New; the zero Classifier is not
	limits  ExportLimits // of ScanExport, defaults filled in
	workers int          // of ScanExport; 0 is GOMAXPROCS
}

// DefaultMinConfidence is the minimum confidence of a finding that a
// Classifier reports unless WithMinConfidence says otherwise.
const DefaultMinConfidence = 0.5

// Option configures a Classifier built by New.
type Option func(*config) error

type config struct {
	cats    categorySet
	kinds   kindSet
	minConf float64
	extra   []vocabSource
	limits  ExportLimits
	workers int
	langs   []string // of WithLanguages; nil: all
}

type vocabSource struct {
	name string
	r    io.Reader
}

// WithCategories restricts the classifier to the given categories. Findings
// of other categories are not reported.
func WithCategories(cats ...Category) Option {
	return func(c *config) error {
		var s categorySet
		for _, cat := range cats {
			if !cat.Valid() {
				return fmt.Errorf("classify: unknown category %q", cat)
			}
			s |= cat.bit()
		}
		c.cats = s
		return nil
	}
}

// WithKinds restricts the classifier to the given kinds of finding, for
// example only identifiers and no vocabulary terms.
func WithKinds(kinds ...Kind) Option {
	return func(c *config) error {
		var s kindSet
		for _, k := range kinds {
			if !k.Valid() {
				return fmt.Errorf("classify: unknown kind %q", k)
			}
			s |= k.bit()
		}
		c.kinds = s
		return nil
	}
}

// WithMinConfidence sets the minimum confidence, in [0, 1], of a reported
// finding. The default is DefaultMinConfidence.
func WithMinConfidence(min float64) Option {
	return func(c *config) error {
		if !(min >= 0 && min <= 1) {
			return fmt.Errorf("classify: minimum confidence %v is outside [0, 1]", min)
		}
		c.minConf = min
		return nil
	}
}

// WithLanguages restricts the built-in vocabulary to the files of the
// given languages, "nl" (nl.tsv) and "en" (en.tsv and the WordNet terms,
// wordnet.tsv). The files of names that hold in every language (groups.tsv:
// parties, unions, churches; forms.tsv: generated membership and
// punishment forms of those names; firstnames.tsv) always stay, and so do vocabularies
// added with WithVocabulary and the identifier rules; a phrase that a
// language file already covers ("lid van de FNV" through nl.tsv's
// membership pattern) goes with that file. Every file applies to every
// text by default, because notes mix both languages; an organisation whose
// notes are in one language can leave the other's terms out, and with them
// the false alarms a word of one language can raise in the other. An
// unknown language is an error; no language at all is too.
func WithLanguages(langs ...string) Option {
	return func(c *config) error {
		if len(langs) == 0 {
			return errors.New("classify: WithLanguages needs at least one language")
		}
		c.langs = c.langs[:0]
		for _, l := range langs {
			if _, ok := vocabLanguages[l]; !ok {
				return fmt.Errorf("classify: unknown vocabulary language %q (nl or en)", l)
			}
			c.langs = append(c.langs, l)
		}
		return nil
	}
}

// vocabLanguages maps a language of WithLanguages to its built-in files.
// Files not listed in any language hold in every language.
var vocabLanguages = map[string][]string{
	"nl": {"nl"},
	"en": {"en", "wordnet"},
}

// WithVocabulary adds a user's own vocabulary, read from r in the format of
// the built-in files (see the terms folder's README). name identifies the
// source in errors; a bad line is reported as a *VocabularyError.
func WithVocabulary(name string, r io.Reader) Option {
	return func(c *config) error {
		if r == nil {
			return fmt.Errorf("classify: vocabulary %q: nil reader", name)
		}
		c.extra = append(c.extra, vocabSource{name, r})
		return nil
	}
}

// WithExportLimits sets the limits of ScanExport: the longest line and
// field, the most lines of a quoted field and the most columns. A zero
// field keeps its default; a negative one is an error.
func WithExportLimits(l ExportLimits) Option {
	return func(c *config) error {
		if l.MaxLine < 0 || l.MaxField < 0 || l.MaxFieldLines < 0 || l.MaxColumns < 0 {
			return errors.New("classify: export limits must not be negative")
		}
		c.limits = l
		return nil
	}
}

// New returns a classifier with the built-in vocabulary and rules, changed
// by opts. It reports an error for an invalid option or vocabulary.
func New(opts ...Option) (*Classifier, error) {
	cfg := config{cats: ^categorySet(0), kinds: ^kindSet(0), minConf: DefaultMinConfidence}
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("classify: nil option")
		}
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	// The vocabulary is built only for Term findings (an identifier-only
	// classifier starts in microseconds); an added vocabulary is always
	// compiled, so that its errors are reported.
	var v *vocabulary
	if cfg.kinds&Term.bit() != 0 || len(cfg.extra) > 0 {
		v = builtinVocabulary()
		if cfg.langs != nil {
			var err error
			if v, err = v.only(cfg.langs); err != nil {
				return nil, err
			}
		}
	}
	if len(cfg.extra) > 0 {
		var err error
		if v, err = v.extend(cfg.extra); err != nil {
			return nil, err
		}
	}
	return &Classifier{cats: cfg.cats, kinds: cfg.kinds, minConf: cfg.minConf, vocab: v, built: true, limits: cfg.limits.withDefaults(), workers: cfg.workers}, nil
}

var defaultClassifier = sync.OnceValue(func() *Classifier {
	c, err := New()
	if err != nil {
		panic("classify: built-in vocabulary is invalid: " + err.Error())
	}
	return c
})

// orDefault returns c, or Default() when c is nil or was never built by
// New. Every exported method starts with it.
func (c *Classifier) orDefault() *Classifier {
	if c == nil || !c.built {
		return defaultClassifier()
	}
	return c
}

// Default returns the classifier with the built-in vocabulary and default
// options. It is built once, on first use, and is safe for concurrent use.
func Default() *Classifier { return defaultClassifier() }

// Text returns the findings in text, ordered by offset, then rule. Offsets
// are byte offsets into text and fall on rune boundaries. Text that is not
// valid UTF-8 is read with each invalid byte as one unknown character. The
// result is empty, never nil, when nothing is found.
func (c *Classifier) Text(text string) []Finding {
	c = c.orDefault()
	out := c.appendText(nil, text)
	if out == nil {
		return []Finding{}
	}
	return out
}

// appendText appends the findings of text to dst, filtered and sorted.
func (c *Classifier) appendText(dst []Finding, text string) []Finding {
	return c.appendTextAbout(dst, text, false)
}

// appendTextAbout is appendText for a text that may be known to be about a
// person (see appendTermsAbout).
func (c *Classifier) appendTextAbout(dst []Finding, text string, person bool) []Finding {
	n := len(dst)
	dst = c.filter(c.appendTermsAbout(dst, text, person), n)
	m := len(dst)
	dst = c.filter(c.appendIdents(dst, text), m)
	return mergeFindings(dst, n, m)
}

// mergeFindings orders dst[n:] given two runs, dst[n:m] and dst[m:], that
// are each nearly in order: it sorts a run only if needed, then merges.
func mergeFindings(dst []Finding, n, m int) []Finding {
	a, b := dst[n:m], dst[m:]
	if !slices.IsSortedFunc(a, compareFindings) {
		slices.SortFunc(a, compareFindings)
	}
	if !slices.IsSortedFunc(b, compareFindings) {
		slices.SortFunc(b, compareFindings)
	}
	if len(a) == 0 || len(b) == 0 || compareFindings(a[len(a)-1], b[0]) <= 0 {
		return dst
	}
	// Merge forward from a copy of the first run: the write position never
	// passes the next unread finding of the second.
	var tmp []Finding
	var small [4]Finding
	switch spare := dst[len(dst):cap(dst)]; {
	case len(spare) >= len(a):
		// The spare capacity of dst, beyond everything the merge
		// writes, holds the copy.
		tmp = spare[:len(a)]
		copy(tmp, a)
	case len(a) <= len(small):
		// A short text's few findings: copied on the stack, where a
		// call per line would otherwise allocate once more.
		tmp = small[:len(a)]
		copy(tmp, a)
	default:
		tmp = slices.Clone(a)
	}
	k, i, j := n, 0, 0
	for i < len(tmp) && j < len(b) {
		if compareFindings(b[j], tmp[i]) < 0 {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = tmp[i]
			i++
		}
		k++
	}
	copy(dst[k:], tmp[i:])
	return dst
}

// sortFindings orders findings by start, end, then rule.
func sortFindings(fs []Finding) { slices.SortFunc(fs, compareFindings) }

// filter drops, from dst[from:], the findings that the options exclude.
func (c *Classifier) filter(dst []Finding, from int) []Finding {
	out := dst[:from]
	for _, f := range dst[from:] {
		if f.Confidence < c.minConf || !c.cats.has(f.Category) || c.kinds&f.Kind.bit() == 0 {
			continue
		}
		out = append(out, f)
	}
	return out
}

// compareFindings orders findings by start, end, rule, then category.
func compareFindings(a, b Finding) int {
	switch {
	case a.Start != b.Start:
		return a.Start - b.Start
	case a.End != b.End:
		return a.End - b.End
	case a.Rule != b.Rule:
		if a.Rule < b.Rule {
			return -1
		}
		return 1
	case a.Category != b.Category:
		if a.Category < b.Category {
			return -1
		}
		return 1
	}
	return 0
}
