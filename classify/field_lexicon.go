package classify

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// The field lexicon.

type fieldTarget int

const (
	targetCategory fieldTarget = iota + 1
	targetKind                 // an ordinary identifier field
	targetClean                // a combination that is not personal data (of one category, or of any)
	targetPlain                // the field holds names, addresses, counts: values don't vote
	targetWord                 // a word for the compound splitter only
	targetPart                 // a short word that is a full compound part despite its length: "rug" of "rugpijn"
	targetObject               // an object of a person, an organisation or a thing
	targetGuard                // a word the compound splitter keeps whole: "stempel" is not "tempel"
	targetNegation             // a word that cancels the category word after it: "non-health"
	targetSwitch               // a category word that is a feature toggle after a noun: "Addresses Disabled"
	targetHead                 // a word that, right after a category word, makes the name an organisation's policy or statistics on it: "verzuimbeleid"
)

// fieldEntry is one line of fields.tsv.
type fieldEntry struct {
	id      string   // the rule ID, see fieldRuleID and schemaRuleID
	pattern string   // the pattern as written, for LookupRule
	words   []string // folded base words
	target  fieldTarget
	cat     Category
	kind    Kind
	weight  float64
	file    string // "fields.tsv" or "schema.tsv"
	lang    string // the lang column: "nl", "en", or "" (both, "*", another)
	only    bool   // the lang column ends in "!": a false friend, only for orgs not in the other language (object_lang.go)
	line    int
}

// ref is the data line of the entry, "fields.tsv:144".
func (e *fieldEntry) ref() string {
	if e == nil {
		return ""
	}
	return e.file + ":" + strconv.Itoa(e.line)
}

// fieldLexicon is the parsed field lexicon.
type fieldLexicon struct {
	seqs         map[string][]*fieldEntry // first word → entries, longest first
	words        map[string]string        // every known form → its base word
	objects      map[string]objectClass   // base word → object class
	guards       map[string]*fieldEntry   // base word → guard entry
	negations    map[string]*fieldEntry   // base word → negation entry
	switches     map[string]*fieldEntry   // base word → switch entry
	heads        map[string]*fieldEntry   // base word → head entry
	catWords     map[string]bool          // base words of one-word category entries, for plausibleCompound
	health       map[string]bool          // base words of one-word health entries: a body part (parts) compounds with them
	parts        map[string]bool          // base words of part entries: short words a short term may be compounded with
	schema       *schemaLexicon           // schema.tsv: object kinds, siblings, picklist values, contexts
	lang         map[string]string        // base word of a one-word fields.tsv line → "nl" or "en" when only that language's lines have it (orgLanguage)
	falseFriends map[string]bool          // folded patterns of the false friends this language's lexicon leaves out (object_lang.go); nil for the whole lexicon
	entries      []*fieldEntry
	asOf         string
}

var fieldLex = sync.OnceValue(func() *fieldLexicon {
	lx, err := parseLexicons(fieldsTSV, schemaTSV)
	if err != nil {
		panic("classify: built-in field lexicon is invalid: " + err.Error())
	}
	return lx
})

// plainWord reports whether w is a one-word plain entry of fields.tsv:
// a word that says the field holds names, addresses, counts or amounts
// (TestPersonDataTails holds personDataTails to it).
func (lx *fieldLexicon) plainWord(w string) bool {
	for _, e := range lx.seqs[w] {
		if e.target == targetPlain && len(e.words) == 1 {
			return true
		}
	}
	return false
}

// known reports whether w is a word or an inflected form of the lexicon.
func (lx *fieldLexicon) known(w string) bool {
	_, ok := lx.words[w]
	return ok
}

// base returns the base word of w, or w itself when w is not known.
func (lx *fieldLexicon) base(w string) string {
	if b, ok := lx.words[w]; ok {
		return b
	}
	return w
}

// inflections returns the forms of a base word that the lexicon accepts:
// English and Dutch plurals and the Dutch inflected adjective.
func inflections(w string) []string {
	if len(w) < 4 {
		// Short words (tel, dna, vog, lid) take only a plural s: "tel"
		// + "e" would read "tele" as a phone field.
		return []string{w, w + "s"}
	}
	forms := []string{w, w + "s", w + "es", w + "en", w + "e"}
	if strings.HasSuffix(w, "e") {
		// The Dutch plural in -n follows an e (ziekte, ziekten):
		// "coman" is no form of "coma".
		forms = append(forms, w+"n")
	}
	if strings.HasSuffix(w, "y") && len(w) > 2 {
		forms = append(forms, w[:len(w)-1]+"ies")
	}
	if strings.HasSuffix(w, "ie") {
		forms = append(forms, w+"s", w[:len(w)-2]+"ies") // allergie → allergies
	}
	return forms
}

// parseFieldLexicon parses fields.tsv alone (no schema evidence).
func parseFieldLexicon(src string) (*fieldLexicon, error) { return parseLexicons(src, "") }

// parseLexicons parses fields.tsv and, unless empty, schema.tsv into one
// lexicon: the words of both are known to the compound splitter and share
// their base forms.
//
// fields.tsv has "# as_of: DATE" in the header, then lines of pattern,
// target, weight, lang and note separated by tabs.
func parseLexicons(src, schemaSrc string) (*fieldLexicon, error) {
	lx := &fieldLexicon{
		seqs:      map[string][]*fieldEntry{},
		words:     map[string]string{},
		objects:   map[string]objectClass{},
		guards:    map[string]*fieldEntry{},
		heads:     map[string]*fieldEntry{},
		negations: map[string]*fieldEntry{},
		switches:  map[string]*fieldEntry{},
		catWords:  map[string]bool{},
		health:    map[string]bool{},
		parts:     map[string]bool{},
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	seen := map[string]int{}
	var bases []string
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") {
			if v, ok := strings.CutPrefix(line, "# as_of:"); ok {
				lx.asOf = strings.TrimSpace(v)
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("fields.tsv:%d: want pattern, target, weight", lineNo)
		}
		pattern := fold.String(cols[0])
		if pattern == "" {
			return nil, fmt.Errorf("fields.tsv:%d: empty pattern", lineNo)
		}
		e := &fieldEntry{words: strings.Split(pattern, " "), file: "fields.tsv", line: lineNo}
		target := strings.TrimSpace(cols[1])
		e.pattern = strings.TrimSpace(cols[0])
		e.id = fieldRuleID(e.pattern, target)
		e.lang, e.only = lineLanguage(line, 3)
		switch {
		case target == "clean":
			e.target = targetClean
		case strings.HasPrefix(target, "clean:"):
			e.target = targetClean
			e.cat = Category(strings.TrimPrefix(target, "clean:"))
			if !e.cat.Special() {
				return nil, fmt.Errorf("fields.tsv:%d: unknown category %q", lineNo, e.cat)
			}
		case target == "plain":
			e.target = targetPlain
		case target == "word":
			e.target = targetWord
		case target == "part":
			e.target = targetPart
			if len(e.words) != 1 {
				return nil, fmt.Errorf("fields.tsv:%d: a part entry is one word", lineNo)
			}
		case target == "guard":
			e.target = targetGuard
		case target == "negation":
			e.target = targetNegation
		case target == "head":
			e.target = targetHead
		case strings.HasPrefix(target, "switch:"):
			e.target = targetSwitch
			e.cat = Category(strings.TrimPrefix(target, "switch:"))
			if !e.cat.Special() {
				return nil, fmt.Errorf("fields.tsv:%d: unknown category %q", lineNo, e.cat)
			}
		case target == "object:person", target == "object:org", target == "object:thing":
			e.target = targetObject
			if len(e.words) != 1 {
				return nil, fmt.Errorf("fields.tsv:%d: an object entry is one word", lineNo)
			}
			lx.objects[e.words[0]] = map[string]objectClass{
				"object:person": objectPerson, "object:org": objectOrg, "object:thing": objectThing,
			}[target]
		case strings.HasPrefix(target, "kind:"):
			e.target = targetKind
			k := strings.TrimPrefix(target, "kind:")
			e.kind = Kind(k)
			if !e.kind.Valid() || e.kind == Term {
				return nil, fmt.Errorf("fields.tsv:%d: unknown kind %q", lineNo, k)
			}
		default:
			e.target = targetCategory
			e.cat = Category(target)
			if !e.cat.Special() {
				return nil, fmt.Errorf("fields.tsv:%d: unknown category %q", lineNo, target)
			}
		}
		if (e.target == targetGuard || e.target == targetNegation || e.target == targetSwitch || e.target == targetHead) && len(e.words) != 1 {
			return nil, fmt.Errorf("fields.tsv:%d: a %s entry is one word", lineNo, target)
		}
		if e.target == targetCategory || e.target == targetKind {
			w, err := strconv.ParseFloat(strings.TrimSpace(cols[2]), 64)
			if err != nil || w <= 0 || w > 1 {
				return nil, fmt.Errorf("fields.tsv:%d: weight %q is not in (0, 1]", lineNo, cols[2])
			}
			e.weight = w
		}
		key := pattern + "\t" + target
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("fields.tsv:%d: duplicate of line %d", lineNo, prev)
		}
		seen[key] = lineNo
		lx.entries = append(lx.entries, e)
		bases = append(bases, e.words...)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if lx.asOf == "" {
		return nil, fmt.Errorf("fields.tsv: no as_of header")
	}
	if schemaSrc != "" {
		sl, err := parseSchemaLexicon(schemaSrc)
		if err != nil {
			return nil, err
		}
		lx.schema = sl
		for _, e := range sl.entries {
			bases = append(bases, e.words...)
			bases = append(bases, e.context...)
		}
	}
	// Shorter words first: a listed word that is an inflected form of a
	// shorter one ("politieke", "diagnoses") shares its base, so that an
	// entry matches every form.
	slices.SortStableFunc(bases, func(a, b string) int { return len(a) - len(b) })
	for _, b := range bases {
		if _, ok := lx.words[b]; !ok {
			lx.words[b] = b
		}
		for _, f := range inflections(b) {
			if _, ok := lx.words[f]; !ok {
				lx.words[f] = lx.words[b]
			}
		}
	}
	// A guard is a word of its own, never a form of a shorter category
	// word: "genomen" (taken) is no plural of "genome", "halte" (a stop)
	// no form of "halt", "kasten" (cupboards) none of "kaste". Its own
	// forms are the guard's too, unless they are listed words.
	for _, e := range lx.entries {
		if e.target != targetGuard {
			continue
		}
		w := e.words[0]
		lx.words[w] = w
		for _, f := range inflections(w) {
			if lx.words[f] != f {
				lx.words[f] = w
			}
		}
	}
	lx.lang = wordLanguages(lx)
	objects := make(map[string]objectClass, len(lx.objects))
	for w, cls := range lx.objects {
		objects[lx.base(w)] = cls
	}
	lx.objects = objects
	for _, e := range lx.entries {
		for i, w := range e.words {
			e.words[i] = lx.base(w)
		}
		switch e.target {
		case targetPart:
			lx.parts[e.words[0]] = true
			continue
		case targetWord, targetObject:
			continue
		case targetGuard:
			lx.guards[e.words[0]] = e
			continue
		case targetNegation:
			lx.negations[e.words[0]] = e
			continue
		case targetSwitch:
			lx.switches[e.words[0]] = e
			continue
		case targetHead:
			lx.heads[e.words[0]] = e
			continue
		}
		lx.seqs[e.words[0]] = append(lx.seqs[e.words[0]], e)
		if e.target == targetCategory && len(e.words) == 1 {
			lx.catWords[e.words[0]] = true
			if e.cat == Health {
				lx.health[e.words[0]] = true
			}
		}
	}
	for _, es := range lx.seqs {
		slices.SortStableFunc(es, func(a, b *fieldEntry) int { return len(b.words) - len(a.words) })
	}
	if lx.schema == nil {
		lx.schema = &schemaLexicon{}
	}
	lx.schema.index(lx)
	return lx, nil
}
