package classify

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/avgrisk/avgrisk/internal/ac"
	"github.com/avgrisk/avgrisk/internal/fold"
)

// The built-in vocabularies, in the format that the terms folder's README
// describes and WithVocabulary reads. Each is embedded as a string, not
// in an embed.FS: reading a file of an embed.FS copies it, and the
// entries' patterns, cut from the text, would then keep the copies (0.65
// MB of a cold start's heap); a string lives in the binary's read-only
// data.
var (
	//go:embed terms/en.tsv
	enTSV string
	//go:embed terms/firstnames.tsv
	firstnamesTSV string
	//go:embed terms/forms.tsv
	formsTSV string
	//go:embed terms/groups.tsv
	groupsTSV string
	//go:embed terms/nl.tsv
	nlTSV string
	//go:embed terms/wordnet.tsv
	wordnetTSV string
)

// termFile is a built-in vocabulary file: its name and content.
type termFile struct{ name, data string }

// termFiles are the built-in vocabulary files, in the order of their
// names (the order of the entries and so of the rules).
var termFiles = []termFile{
	{"en.tsv", enTSV}, {"firstnames.tsv", firstnamesTSV}, {"forms.tsv", formsTSV},
	{"groups.tsv", groupsTSV}, {"nl.tsv", nlTSV}, {"wordnet.tsv", wordnetTSV},
}

// VocabularyAsOf is the date on which the built-in vocabulary was last
// reviewed (the as_of header of its files).
const VocabularyAsOf = "2026-11-28"

// VocabularyError reports a bad line in a vocabulary file, like
// csv.ParseError. Its text names the file, line and problem; it never
// quotes the line's content, in case a file holds what it should not.
type VocabularyError struct {
	File string // the name given to WithVocabulary, or the built-in file
	Line int    // 1-based line number
	Err  error  // the problem
}

// Error returns "classify: vocabulary FILE:LINE: PROBLEM".
func (e *VocabularyError) Error() string {
	return fmt.Sprintf("classify: vocabulary %s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the problem, which wraps ErrVocabulary.
func (e *VocabularyError) Unwrap() error { return e.Err }

// ErrVocabulary is wrapped by every VocabularyError's problem, for callers
// that branch with errors.Is.
var ErrVocabulary = errors.New("invalid vocabulary entry")

// entryType is the role of a vocabulary entry.
type entryType uint8

const (
	typeTerm         entryType = iota + 1 // evidence for a category
	typeCue                               // a person is meant
	typeBlock                             // cancels overlapping terms
	typeTitle                             // before a surname
	typeOrgBefore                         // before an organisation name
	typeOrgAfter                          // after an organisation name
	typeStreetAfter                       // after a street or place name
	typeStreetSuffix                      // compound tail of a street or place name
	typeAntiCue                           // the sentence is about a thing, a job or a sector
	typeAfter                             // a word after the term's word makes it a thing: scanner, kit
	typeFirstName                         // a first name of one gender: Thomas, Sanne
	typePronoun                           // a pronoun of one gender: hij, she
	typeCountry                           // a country or region of origin: Marokko, Nigeria
)

// typeNames names the entry types in errors.
var typeNames = map[entryType]string{
	typeTerm: "term", typeCue: "cue", typeBlock: "block", typeTitle: "title",
	typeOrgBefore: "before", typeOrgAfter: "org-after", typeStreetAfter: "street-after", typeAfter: "after",
	typeStreetSuffix: "suffix", typeAntiCue: "anti-cue", typeFirstName: "first-name", typePronoun: "pronoun",
	typeCountry: "country",
}

// parseEntryType maps the type column to its entry type, or 0. "before"
// and "suffix" are the general names of the word lists that cancel a term
// by its neighbours; the org- and street- names say why a word is listed
// and behave the same. "after" cancels a term whatever the case of the next
// word (a fingerprint scanner), while "org-after" and "street-after" need
// it capitalised (Church Street, not "ging weg").
func parseEntryType(col string) entryType {
	switch col { // not a map: a cold start looks up every line
	case "term":
		return typeTerm
	case "cue":
		return typeCue
	case "block":
		return typeBlock
	case "title":
		return typeTitle
	case "before", "org-before":
		return typeOrgBefore
	case "after":
		return typeAfter
	case "org-after":
		return typeOrgAfter
	case "street-after":
		return typeStreetAfter
	case "suffix", "street-suffix":
		return typeStreetSuffix
	case "anti-cue":
		return typeAntiCue
	case "first-name":
		return typeFirstName
	case "pronoun":
		return typePronoun
	case "country":
		return typeCountry
	}
	return 0
}

// entry is one parsed vocabulary line.
//
// Its small fields stand together at the end, the type and the line
// among them: 96 bytes, not 104 (115 KiB of a cold start's heap).
//
// A term's rule ID is not kept here but made on first use
// (vocabulary.ruleID): hashing every term's ID was a tenth of a cold
// start, and a text finds few of them.
type entry struct {
	file      string   // the file's name: "nl", "en", "groups", or the name given to WithVocabulary
	pattern   string   // the pattern as written, for LookupRule
	core      string   // the folded pattern without wildcards
	category  Category // "" for none, "*" for every category (blocks)
	weight    float64
	line      int32  // 1-based line in the file
	cap       bool   // normally capitalised: no name penalty
	leftOpen  bool   // '*' at the start: the first word may begin earlier
	rightOpen bool   // '*' at the end: the last word may continue
	gap       bool   // a '*' alone between words: one free word may stand there (core holds gapCore)
	multi     bool   // the pattern has several words
	gender    gender // of a title or first name: m or f; of a term: the gender its owner must have (owner-m, owner-f)
	pair      bool   // a term that holds only after two titles of one gender (flag pair)
	// named: of a term, the gender of the first name that must follow it
	// (name-m, name-f): "zijn verloofde Thomas", "her partner Sarah".
	named gender
	// speaker: of a term, the gender the people its sentence speaks of
	// must have, and only that one (speaker-m, speaker-f): "mevrouw Smit:
	// mijn vrouw en ik", "he says he is married to a man".
	speaker gender
	// same: of a term, it fires only when a first name follows it whose
	// gender is the one of the people its sentence speaks of (flag
	// same): "dhr. Jansen is getrouwd met Peter", "she lives with Emma".
	same bool
	// pct: of a term, it fires only after a share in per cent ("40%
	// Nigerian", "25 procent Iers"): an ancestry test's result.
	pct bool
	// link: of a term, it fires only when a link word of its category (a
	// cue line with that category) stands in its sentence: a party's bare
	// name is news, a customer or a supplier until a person is tied to
	// it ("stemt", "member", "campaigns").
	link bool
	// before: of an anti-cue, it counts only when it stands before the
	// term in its sentence (flag before): the animal that is the subject
	// of "haar hond heeft diabetes", not the dog of "klant heeft
	// diabetes, haar hond logeert bij de buren".
	before bool
	// near: of an anti-cue, it counts only within nearWindow bytes of
	// the term (flag near): the words that give a word its other sense
	// stand next to it ("new hire is on probation", "passed probation
	// and is now permanent"), and a sentence may also hold a real
	// disclosure further off.
	near bool
	// country: of a term, it fires only when a country or region of
	// origin (a country line) follows it (flag country): "zijn ouders
	// komen uit Marokko", "her parents are from the Philippines", not
	// "zijn ouders komen uit Groningen".
	country bool
	// upper: of a term, it fires only when written with a capital, in
	// capitals anywhere or capitalised inside a sentence (flag upper): a
	// party named by a common word ("stemt Labour", "lid van Volt", "a
	// Reform voter"), not the word ("labour costs", "12 volt").
	upper bool
	// caps: of a term, it fires only when its last word is written in
	// capitals and its first word is not (flag caps): an acronym in
	// running text after the words that introduce it ("she has ME",
	// "diagnosed with ME"), not the pronoun ("he has me on hold") nor
	// a sentence shouted in capitals ("SHE HAS ME ON HOLD").
	caps bool
	// upperLast: of a term, it fires only when its last word is
	// capitalised and its first word is not (flag upper-last): a group
	// named by a colour word ("who is Black", "she's White"), not the
	// colour ("the car is black").
	upperLast bool
	// quoted: of a term, a quotation around it takes nothing off (flag
	// quoted): abuse is quoted as it was said ("'vieze Marokkaan'",
	// "'go back home'"), and is no figure of speech.
	quoted bool
	typ    entryType
}

// gender is the grammatical gender of a title (mevrouw, Mr) or the one a
// term needs of the person it belongs to (Mr Smith's husband).
type gender uint8

const (
	genderNone gender = iota
	genderMale
	genderFemale
)

// anyCategory in a block entry cancels terms of every category.
const anyCategory Category = "*"

// vocabulary is the compiled set of terms, cues and context words.
type vocabulary struct {
	entries []entry
	terms   *automaton         // patterns: cores of term entries
	context *automaton         // patterns: cores of cue and block entries
	links   *automaton         // patterns: cores of link words (cues of a category), run only near a term that needs one
	words   *wordTable[uint16] // folded word -> bit mask of word-list types
	genders map[string]gender  // folded title -> its gender, where the lists give one
	suffix  []string           // street suffixes, folded
	// ids[i] is the rule ID of term entry i, made on first use (ruleID).
	ids []atomic.Pointer[string]
	// rules maps the rule ID of a term to its index in entries; read it
	// with ruleIndex.
	rules     map[string]int32
	rulesOnce sync.Once
	// groups maps the folded name of a party or union of groups.tsv to
	// the index of its entry; read it with groupNames (object_group.go).
	groups     map[string]int32
	groupsOnce sync.Once
	// needLetter: every term pattern holds a byte that no ASCII byte but
	// a letter folds to, so a text of ASCII non-letters (a phone number,
	// a date, an amount) matches no term and need not be walked.
	needLetter bool
	// lineOf maps a word-list word and type to the entry that listed it
	// first, for explanations.
	lineOf map[wordKey]int32
}

// wordKey names a word of a word list.
type wordKey struct {
	word string
	typ  entryType
}

func (t entryType) bit() uint16 { return 1 << t }

var builtin = sync.OnceValues(loadBuiltin)

// loadBuiltin parses and compiles the embedded vocabulary files.
func loadBuiltin() (*vocabulary, error) {
	// The entries are appended to one slice sized by the lines: growing
	// it was a tenth of a cold start.
	lines := 0
	for _, f := range termFiles {
		lines += entryLines(f.data)
	}
	entries := make([]entry, 0, lines)
	var err error
	for _, f := range termFiles {
		// The lines are cut from the embedded string, not copied. No
		// table of the lines seen: TestBuiltinVocabulary parses each
		// file with it and fails on a duplicate, so a cold start need
		// not hash every line again.
		lines := &stringLines{rest: f.data}
		if entries, err = appendVocabularySeen(entries, strings.TrimSuffix(f.name, ".tsv"), f.name, lines, nil); err != nil {
			return nil, err
		}
	}
	return compileEntries(entries)
}

// builtinVocabulary returns the compiled built-in vocabulary; it panics
// only if the embedded files are broken, which the tests rule out.
func builtinVocabulary() *vocabulary {
	v, err := builtin()
	if err != nil {
		panic(err)
	}
	return v
}

// only returns a new vocabulary without the entries of the built-in files
// of the languages not in langs (see vocabLanguages).
func (v *vocabulary) only(langs []string) (*vocabulary, error) {
	drop := map[string]bool{}
	for l, files := range vocabLanguages {
		if !slices.Contains(langs, l) {
			for _, f := range files {
				drop[f] = true
			}
		}
	}
	if len(drop) == 0 {
		return v, nil
	}
	entries := make([]entry, 0, len(v.entries))
	for _, e := range v.entries {
		if !drop[e.file] {
			entries = append(entries, e)
		}
	}
	return compileEntries(entries)
}

// extend returns a new vocabulary with the entries of src added.
func (v *vocabulary) extend(src []vocabSource) (*vocabulary, error) {
	entries := append([]entry(nil), v.entries...)
	for _, s := range src {
		es, err := parseVocabulary(s.name, s.name, s.r)
		if err != nil {
			return nil, err
		}
		entries = append(entries, es...)
	}
	return compileVocabulary(entries)
}

// maxPattern bounds a folded pattern, so that matching can trace offsets
// through a fixed window.
const maxPattern = 60

// parseVocabulary reads entries in the vocabulary format. prefix starts
// each rule ID; file names the source in errors.
func parseVocabulary(prefix, file string, r io.Reader) ([]entry, error) {
	return appendVocabulary(nil, prefix, file, r)
}

// entryLines counts the lines of a vocabulary file that are neither
// blank nor comments: the entries it holds.
func entryLines(data string) int {
	n := 0
	for len(data) > 0 {
		line := data
		if k := strings.IndexByte(data, '\n'); k >= 0 {
			line, data = data[:k], data[k+1:]
		} else {
			data = ""
		}
		if line = strings.TrimSpace(line); len(line) > 0 && line[0] != '#' {
			n++
		}
	}
	return n
}

// dupKey is what two lines of a vocabulary file may not both say.
type dupKey struct {
	typ, pattern string
	category     Category
}

// appendVocabulary is parseVocabulary appending to entries.
func appendVocabulary(entries []entry, prefix, file string, r io.Reader) ([]entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64*1024)
	return appendVocabularySeen(entries, prefix, file, sc, map[dupKey]int{})
}

// lineScanner is what appendVocabularySeen reads lines with: a
// bufio.Scanner, or stringLines.
type lineScanner interface {
	Scan() bool
	Text() string
	Err() error
}

// stringLines reads the lines of a string as a bufio.Scanner with
// bufio.ScanLines does (the caller trims a '\r'), without copying them.
type stringLines struct{ rest, line string }

func (l *stringLines) Scan() bool {
	if l.rest == "" {
		return false
	}
	l.line, l.rest, _ = strings.Cut(l.rest, "\n")
	return true
}

func (l *stringLines) Text() string { return l.line }
func (l *stringLines) Err() error   { return nil }

// appendVocabularySeen is appendVocabulary reading the lines from sc,
// with the table of the lines seen so far, empty, given by the caller; a
// nil table skips the check for duplicates.
func appendVocabularySeen(entries []entry, prefix, file string, sc lineScanner, seen map[dupKey]int) ([]entry, error) {
	line := 0
	fail := func(format string, args ...any) error {
		return &VocabularyError{File: file, Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrVocabulary}, args...)...)}
	}
	// The lines of one category follow each other: its check is
	// remembered (Special looks the category up in a map).
	lastCat, lastSpecial := "", false
	special := func(cat string) bool {
		if cat != lastCat || cat == "" {
			lastCat, lastSpecial = cat, Category(cat).Special()
		}
		return lastSpecial
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \r")
		if t := strings.TrimSpace(text); t == "" || t[0] == '#' {
			continue
		}
		var colBuf [5]string // no slice per line: a cold start parses every line
		if n := strings.Count(text, "\t") + 1; n > 5 {
			return nil, fail("%d columns, want at most 5 (type, pattern, category, weight, flags)", n)
		}
		cols := colBuf[:]
		for i, rest := 0, text; rest != ""; i++ {
			col, after, _ := strings.Cut(rest, "\t")
			cols[i], rest = strings.TrimSpace(col), after
		}
		typ := parseEntryType(cols[0])
		if typ == 0 {
			return nil, fail("unknown type in column 1 (want term, cue, block, anti-cue, title, first-name, pronoun, country, before, after or suffix)")
		}
		e := entry{typ: typ, weight: 0.8}
		pat := cols[1]
		var head string // of a pattern with a gap: the words before it
		if typ == typeTerm || typ == typeBlock || typ == typeCue || typ == typeAntiCue {
			var msg string
			if head, pat, msg = splitGap(pat); msg != "" {
				return nil, fail("%s", msg)
			}
			if head != "" {
				e.leftOpen = strings.HasPrefix(head, "*")
				head = strings.TrimPrefix(head, "*")
			} else {
				e.leftOpen = strings.HasPrefix(pat, "*")
				pat = strings.TrimPrefix(pat, "*")
			}
			e.rightOpen = strings.HasSuffix(pat, "*")
			pat = strings.TrimSuffix(pat, "*")
		}
		if strings.Contains(pat, "*") || strings.Contains(head, "*") {
			return nil, fail("a wildcard may only stand at the start or end of a term, block, cue or anti-cue pattern, or alone as a gap between its words")
		}
		e.core = fold.String(pat)
		if head != "" {
			// The core keeps both parts around the gap, "samen met *
			// vriendin"; compileEntries gives the automaton the words
			// after it and keeps those before it for the check.
			h := fold.String(head)
			if h == "" || h[0] == fold.Sep || h[len(h)-1] == fold.Sep || e.core == "" || e.core[0] == fold.Sep {
				return nil, fail("the words around a gap * must begin and end with a letter or digit")
			}
			e.core, e.gap = h+gapCore+e.core, true
		}
		e.multi = strings.Contains(e.core, " ")
		switch {
		case e.core == "":
			return nil, fail("empty pattern")
		case len(e.core) > maxPattern:
			return nil, fail("pattern longer than %d bytes", maxPattern)
		case typ != typeTerm && typ != typeBlock && typ != typeCue && typ != typeAntiCue && strings.Contains(e.core, " "):
			return nil, fail("a %s entry is a single word", typeNames[typ])
		}
		e.file, e.line, e.pattern = prefix, int32(line), cols[1]
		switch cat := cols[2]; {
		case typ == typeTerm:
			c := Category(cat)
			if !special(cat) || c == NationalID {
				return nil, fail("the category of a term must be a special category other than national-id")
			}
			e.category = c
		case typ == typeBlock:
			c := Category(cat)
			if cat == "*" {
				c = anyCategory
			} else if !special(cat) {
				return nil, fail("the category of a block must be a special category or *")
			}
			e.category = c
		case typ == typeCue && cat != "-" && cat != "":
			// A cue of one category is a link word: it ties a person to a
			// term of that category that needs one (flag link).
			if c := Category(cat); special(cat) && c != NationalID {
				e.category = c
			} else {
				return nil, fail("the category of a cue must be - or a special category other than national-id")
			}
		case typ == typeAntiCue && cat != "-" && cat != "":
			// An anti-cue may be narrowed to the terms of one category:
			// an animal lowers a DNA test, not a bite wound.
			if c := Category(cat); special(cat) && c != NationalID {
				e.category = c
			} else {
				return nil, fail("the category of an anti-cue must be - or a special category other than national-id")
			}
		case cat != "-" && cat != "":
			return nil, fail("a %s entry takes no category (write -)", typeNames[typ])
		}
		if cols[3] != "" {
			w, err := parseWeight(cols[3])
			if err != nil || w < 0 || w > 1 {
				return nil, fail("the weight is not a number in [0, 1]")
			}
			e.weight = w
		}
		if cols[4] != "" {
			for rest, more := cols[4], true; more; { // strings.Split without its slice
				var fl string
				fl, rest, more = strings.Cut(rest, ",")
				switch fl := strings.TrimSpace(fl); {
				case fl == "cap":
					e.cap = true
				case fl == "m" && (typ == typeTitle || typ == typeFirstName || typ == typePronoun):
					e.gender = genderMale
				case fl == "f" && (typ == typeTitle || typ == typeFirstName || typ == typePronoun):
					e.gender = genderFemale
				case fl == "owner-m" && typ == typeTerm:
					e.gender = genderMale
				case fl == "owner-f" && typ == typeTerm:
					e.gender = genderFemale
				case fl == "pair" && typ == typeTerm:
					e.pair = true
				case fl == "name-m" && typ == typeTerm:
					e.named = genderMale
				case fl == "name-f" && typ == typeTerm:
					e.named = genderFemale
				case fl == "speaker-m" && typ == typeTerm:
					e.speaker = genderMale
				case fl == "speaker-f" && typ == typeTerm:
					e.speaker = genderFemale
				case fl == "same" && typ == typeTerm:
					e.same = true
				case fl == "pct" && typ == typeTerm:
					e.pct = true
				case fl == "link" && typ == typeTerm:
					e.link = true
				case fl == "quoted" && typ == typeTerm:
					e.quoted = true
				case fl == "upper" && typ == typeTerm:
					e.upper = true
				case fl == "caps" && typ == typeTerm:
					e.caps = true
				case fl == "upper-last" && typ == typeTerm:
					e.upperLast = true
				case fl == "country" && typ == typeTerm:
					e.country = true
				case fl == "before" && typ == typeAntiCue:
					e.before = true
				case fl == "near" && typ == typeAntiCue:
					e.near = true
				case fl == "":
				default:
					return nil, fail("unknown flag (cap; m or f on a title or first name; owner-m, owner-f, name-m, name-f, speaker-m, speaker-f, same, pair, pct, link, upper, upper-last, caps, quoted or country on a term; before or near on an anti-cue)")
				}
			}
		}
		if (typ == typeFirstName || typ == typePronoun) && e.gender == genderNone {
			return nil, fail("a %s needs its gender (flag m or f)", typeNames[typ])
		}
		if seen != nil {
			key := dupKey{cols[0], cols[1], e.category}
			if prev, dup := seen[key]; dup {
				return nil, fail("duplicate of line %d", prev)
			}
			seen[key] = line
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, &VocabularyError{File: file, Line: line + 1, Err: fmt.Errorf("%w: %v", ErrVocabulary, err)}
	}
	return entries, nil
}

// matchCore is the part of the entry's core that the automaton matches:
// all of it, or of a pattern with a gap the words after the gap. The
// words before it are checked where the automaton finds those (gapHead),
// so a gap costs the common path nothing.
func (e *entry) matchCore() string {
	if !e.gap {
		return e.core
	}
	_, tail, _ := strings.Cut(e.core, gapCore)
	return tail
}

// gapHead is the folded words before the gap of an entry with one.
func (e *entry) gapHead() string {
	head, _, _ := strings.Cut(e.core, gapCore)
	return head
}

// gapCore stands for the gap in the core of a pattern with one: the
// folded words before it, this, and the folded words after it.
const gapCore = " * "

// splitGap splits a pattern at its gap, a "*" standing alone as a word
// ("samen met * vriendin": one free word may stand there), into the words
// before and after it; without a gap, head is "" and tail the pattern. A
// gap must stand between words, once: msg says why a pattern with a gap
// at its start or end, two gaps, or a gap beside a space-less wildcard
// is refused ("" when it is not). It allocates nothing.
func splitGap(pat string) (head, tail, msg string) {
	i := strings.Index(" "+pat+" ", " * ")
	if i < 0 {
		return "", pat, ""
	}
	// i is the offset of the gap's "*" in pat (the space added in front
	// shifts the match by one).
	switch {
	case i == 0:
		return "", "", "a gap * may not lead a pattern"
	case i+1 >= len(pat):
		return "", "", "a gap * may not end a pattern"
	}
	head, tail = pat[:i-1], pat[i+2:]
	if head == "" || tail == "" || strings.HasSuffix(head, "*") || strings.HasPrefix(tail, "*") {
		return "", "", "a gap * must stand alone between two words"
	}
	if strings.Contains(" "+tail+" ", " * ") {
		return "", "", "a pattern holds at most one gap *"
	}
	return head, tail, ""
}

// parseWeight is strconv.ParseFloat(s, 64) for a weight, with a shortcut
// for the usual form, a digit, a point and at most six digits ("0.85"):
// their integer divided by a power of ten is the float64 nearest to the
// decimal, as ParseFloat's result is, since both are exact float64s and
// a division is correctly rounded.
func parseWeight(s string) (float64, error) {
	if len(s) >= 3 && len(s) <= 8 && '0' <= s[0] && s[0] <= '9' && s[1] == '.' {
		n, p := uint64(s[0]-'0'), 1.0
		for i := 2; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return strconv.ParseFloat(s, 64)
			}
			n, p = 10*n+uint64(s[i]-'0'), 10*p
		}
		return float64(n) / p, nil
	}
	return strconv.ParseFloat(s, 64)
}

// compileVocabulary builds the automata and word lists, and the table of
// the terms' rule IDs, failing on two terms with one ID.
func compileVocabulary(entries []entry) (*vocabulary, error) {
	v, err := compileEntries(entries)
	if err != nil {
		return nil, err
	}
	if v.rules, err = v.ruleTable(); err != nil {
		return nil, err
	}
	return v, nil
}

// compileEntries is compileVocabulary leaving the table of rule IDs for
// its first use (ruleIndex): for the built-in files and a part of them,
// whose rule IDs TestBuiltinVocabulary checks, so that a cold start does
// not hash every term's ID into a map that only LookupRule and object
// classification read.
func compileEntries(entries []entry) (*vocabulary, error) {
	// Sized once: growing the maps was a tenth of a cold start.
	nTerm, nCtx, nLink := 0, 0, 0
	for i := range entries {
		switch e := &entries[i]; e.typ {
		case typeTerm:
			nTerm++
		case typeCue, typeBlock, typeAntiCue:
			if e.typ == typeCue && e.category != "" {
				nLink++
			} else {
				nCtx++
			}
		}
	}
	nWord := len(entries) - nTerm - nCtx - nLink
	v := &vocabulary{entries: entries, ids: make([]atomic.Pointer[string], len(entries)), words: newWordTable[uint16](nWord), genders: map[string]gender{}, lineOf: make(map[wordKey]int32, nWord)}
	// A pattern per entry, its entry beside it: entries with the same
	// pattern end in the same state of the automaton, which lists them in
	// the order of the entries, so no table of the patterns seen is needed.
	termPats, ctxPats, linkPats := make([]string, 0, nTerm), make([]string, 0, nCtx), make([]string, 0, nLink)
	termEnts, ctxEnts, linkEnts := make([]int32, 0, nTerm), make([]int32, 0, nCtx), make([]int32, 0, nLink)
	for i, e := range entries {
		switch e.typ {
		case typeTerm:
			termPats, termEnts = append(termPats, e.matchCore()), append(termEnts, int32(i))
		case typeCue, typeBlock, typeAntiCue:
			if e.typ == typeCue && e.category != "" {
				// A link word: matched only near a term that needs one.
				linkPats, linkEnts = append(linkPats, e.matchCore()), append(linkEnts, int32(i))
				break
			}
			ctxPats, ctxEnts = append(ctxPats, e.matchCore()), append(ctxEnts, int32(i))
		case typeStreetSuffix:
			v.suffix = append(v.suffix, e.core)
			if _, ok := v.lineOf[wordKey{e.core, e.typ}]; !ok {
				v.lineOf[wordKey{e.core, e.typ}] = int32(i)
			}
		default:
			*v.words.entry(e.core) |= e.typ.bit()
			if _, ok := v.lineOf[wordKey{e.core, e.typ}]; !ok {
				v.lineOf[wordKey{e.core, e.typ}] = int32(i)
			}
			if e.gender != genderNone {
				if g, ok := v.genders[e.core]; ok && g != e.gender {
					return nil, &VocabularyError{File: e.file, Line: int(e.line), Err: fmt.Errorf("%w: a title or first name with two genders", ErrVocabulary)}
				}
				v.genders[e.core] = e.gender
			}
		}
	}
	v.needLetter = true
	for _, p := range termPats {
		v.needLetter = v.needLetter && !foldsFromNonLetters(p)
	}
	// The terms automaton is built beside the others: on two cores a
	// cold start waits for the largest one only.
	var ctxErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		if v.context, ctxErr = newAutomaton(ctxPats, ctxEnts, entries, contextDenseDepth); ctxErr == nil {
			if contextStops {
				v.context.withStops()
			}
			v.links, ctxErr = newAutomaton(linkPats, linkEnts, entries, contextDenseDepth)
		}
	}()
	var err error
	if v.terms, err = newAutomaton(termPats, termEnts, entries, ac.DefaultDenseDepth); err == nil && termStops {
		v.terms.withStops()
	}
	<-done
	if err != nil {
		return nil, err
	}
	if ctxErr != nil {
		return nil, ctxErr
	}
	return v, nil
}

// ruleID returns the rule ID of entry i (vocabRuleID), "" for an entry
// that is no term. It is made on first use and kept: safe for
// concurrent use (two goroutines may both make it, the same string).
func (v *vocabulary) ruleID(i int32) string {
	if v.entries[i].typ != typeTerm {
		return ""
	}
	if p := v.ids[i].Load(); p != nil {
		return *p
	}
	e := &v.entries[i]
	id := vocabRuleID(e.file, e.pattern, e.category)
	v.ids[i].CompareAndSwap(nil, &id)
	return id
}

// ruleTable maps the rule ID of each term entry to its index, failing
// on two terms with one ID (a collision of their hashes): the same
// file, pattern and category is the same rule.
func (v *vocabulary) ruleTable() (map[string]int32, error) {
	n := 0
	for i := range v.entries {
		if v.entries[i].typ == typeTerm {
			n++
		}
	}
	rules := make(map[string]int32, n)
	for i := range v.entries {
		e := &v.entries[i]
		if e.typ != typeTerm {
			continue
		}
		id := v.ruleID(int32(i))
		if j, dup := rules[id]; dup {
			if p := v.entries[j]; p.file != e.file || p.pattern != e.pattern || p.category != e.category {
				return nil, &VocabularyError{File: e.file, Line: int(e.line), Err: fmt.Errorf("%w: its rule ID %s is that of %s line %d; reword the pattern", ErrVocabulary, id, p.file, p.line)}
			}
			continue
		}
		rules[id] = int32(i)
	}
	return rules, nil
}

// ruleIndex returns the table of the terms' rule IDs (see ruleTable),
// made on first use for a vocabulary compiled without it.
func (v *vocabulary) ruleIndex() map[string]int32 {
	v.rulesOnce.Do(func() {
		if v.rules == nil {
			// The built-in files, checked by TestBuiltinVocabulary.
			v.rules, _ = v.ruleTable()
		}
	})
	return v.rules
}

// nonLetterFolds marks the bytes that some ASCII byte other than a
// letter folds to.
var nonLetterFolds = func() (t [256]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		if !isASCIILetter(byte(b)) {
			t[fold.ASCII(byte(b))] = true
		}
	}
	return t
}()

// foldsFromNonLetters reports whether the folded pattern p could be the
// folded form of a text of ASCII non-letters only.
func foldsFromNonLetters(p string) bool {
	for i := 0; i < len(p); i++ {
		if !nonLetterFolds[p[i]] {
			return false
		}
	}
	return true
}

func isASCIILetter(b byte) bool { return (b|0x20)-'a' < 26 }

// hasLetter reports whether text holds an ASCII letter or any byte
// outside ASCII.
func hasLetter(text string) bool {
	for i := 0; i < len(text); i++ {
		if b := text[i]; b >= utf8.RuneSelf || isASCIILetter(b) {
			return true
		}
	}
	return false
}
