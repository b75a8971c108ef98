package classify

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Every term, block and anti-cue line of the built-in vocabulary is tied
// to an example that shows its effect, in the manner of licensecheck's
// test files: terms/examples/<file>.txt holds hand-written examples,
// terms/examples/<file>.gen.txt those that TestGenerateExamples writes
// from templates. A line reads
//
//	type	pattern	category	expect	text
//
// where type, pattern and category name the vocabulary line exactly as
// its file writes them, and expect says what the line must do to the text,
// judged through Explain:
//
//	fires   a term: its candidate is reported (or would be, were a
//	        duplicate of the same span in another file not reported first)
//	weak    a term below the default minimum by design (weight < 0.5):
//	        its candidate reaches its weight, nothing cancels it
//	quiet   a term: its candidate is not reported (a false alarm the
//	        context rules keep out; documents, proves no effect)
//	blocks  a block: it alone cancels a candidate that would be reported,
//	        or would be at weakMin (a weak term a user may ask for)
//	lowers  an anti-cue: its penalty takes a candidate that would be
//	        reported below the minimum
//
// An example whose line does not do that fails TestVocabularyExamples: a
// line whose examples would pass without it is dead. A term, block or
// anti-cue line without an example that shows its effect must be on the
// allowlist terms/examples/untested.txt, which may only shrink.

// weakMin is the lowest minimum confidence a user is expected to set: a
// block that cancels a 0.45 context term has an effect there.
const weakMin = 0.4

var genExamples = flag.Bool("gen-examples", false, "regenerate terms/examples/*.gen.txt from templates")

// vocabExample is one example line.
type vocabExample struct {
	src                       string // examples file and line, for messages
	typ, pattern, cat, expect string
	text                      string
}

// lineKey names a vocabulary line by file, type, pattern and category.
type lineKey struct{ file, typ, pattern, cat string }

func (k lineKey) String() string {
	return k.file + "\t" + k.typ + "\t" + k.pattern + "\t" + k.cat
}

// covered reports whether an entry type must have examples.
func covered(t entryType) bool { return t == typeTerm || t == typeBlock || t == typeAntiCue }

// builtinLines returns the keys of the built-in entries, with each entry's
// index in the built-in vocabulary.
func builtinLines(t testing.TB) (map[lineKey]int, []lineKey) {
	t.Helper()
	v := builtinVocabulary()
	idx := map[lineKey]int{}
	var order []lineKey
	for i, e := range v.entries {
		k := entryKey(&e)
		idx[k] = i
		order = append(order, k)
	}
	return idx, order
}

func entryKey(e *entry) lineKey {
	cat := string(e.category)
	if cat == "" {
		cat = "-"
	}
	return lineKey{e.file, typeName(e.typ), e.pattern, cat}
}

// typeName is the type as the files write it.
func typeName(t entryType) string {
	switch t {
	case typeOrgBefore:
		return "org-before"
	case typeStreetSuffix:
		return "street-suffix"
	}
	return typeNames[t]
}

// readExamples reads the examples files of the built-in vocabulary.
func readExamples(t testing.TB) []vocabExample {
	t.Helper()
	files, _ := fs.Glob(os.DirFS("terms/examples"), "*.txt")
	var out []vocabExample
	for _, name := range files {
		if name == "untested.txt" {
			continue
		}
		f, err := os.Open(path.Join("terms/examples", name))
		if err != nil {
			t.Fatal(err)
		}
		file := strings.TrimSuffix(strings.TrimSuffix(name, ".txt"), ".gen")
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) != 5 {
				t.Errorf("%s:%d: %d columns, want 5 (type, pattern, category, expect, text)", name, n, len(cols))
				continue
			}
			out = append(out, vocabExample{src: fmt.Sprintf("%s|%s:%d", file, name, n), typ: cols[0], pattern: cols[1], cat: cols[2], expect: cols[3], text: cols[4]})
		}
		f.Close()
	}
	return out
}

func (x vocabExample) key() lineKey {
	file, _, _ := strings.Cut(x.src, "|")
	return lineKey{file, x.typ, x.pattern, x.cat}
}

// checkExample reports whether the entry at index i does to text what
// expect says, judged through Explain.
func checkExample(c *Classifier, i int, expect, text string) error {
	v := c.vocab
	e := &v.entries[i]
	want := VocabLine{File: e.file, Line: int(e.line)}
	ex := c.Explain(text)
	switch expect {
	case "fires", "weak", "quiet":
		if e.typ != typeTerm {
			return fmt.Errorf("%s is for a term", expect)
		}
		for _, cd := range ex.Candidates {
			if cd.Line != want {
				continue
			}
			switch expect {
			case "fires":
				if cd.Outcome == Reported || cd.Outcome == Contained && cd.Confidence >= c.minConf && sameSpanReported(ex, cd) {
					if other := shadow(v, ex, cd); other != "" {
						return fmt.Errorf("the term fires, but %s covers its span as strongly: the line adds nothing here", other)
					}
					return nil
				}
			case "weak":
				if cd.Outcome == BelowMin && len(cd.Cancelled) == 0 && cd.Confidence == cd.Weight {
					return nil
				}
			case "quiet":
				if cd.Outcome == Reported {
					return errors.New("the term is reported")
				}
			}
		}
		if expect == "quiet" {
			return nil
		}
		return fmt.Errorf("the term does not %s: %s", expect, outcomes(ex, want))
	case "blocks":
		if e.typ != typeBlock {
			return errors.New("blocks is for a block")
		}
		for _, cd := range ex.Candidates {
			if cd.Confidence < weakMin {
				continue
			}
			if len(cd.Cancelled) == 1 && cd.Cancelled[0].Line == want {
				return nil
			}
		}
		return fmt.Errorf("the block is not the one reason that cancels a candidate that would be reported: %s", outcomes(ex, VocabLine{}))
	case "lowers":
		if e.typ != typeAntiCue {
			return errors.New("lowers is for an anti-cue")
		}
		for _, cd := range ex.Candidates {
			if cd.Outcome != BelowMin || cd.Confidence+antiPenaltyOf(cd) < c.minConf {
				continue
			}
			if antiDecides(v, cd, want, c.minConf) {
				return nil
			}
		}
		return fmt.Errorf("the anti-cue is not the one that takes a candidate below the minimum: %s", outcomes(ex, VocabLine{}))
	}
	return fmt.Errorf("unknown expectation %q", expect)
}

// antiDecides reports whether the anti-cue at line want is the one that
// takes cd below min: it gave cd's penalty, and the other anti-cues in
// cd's sentence would not: the larger penalty of a category's anti-cue
// counts, not the sum.
func antiDecides(v *vocabulary, cd Candidate, want VocabLine, min float64) bool {
	seen, other := false, 0.0
	for _, a := range cd.AntiCues {
		if a.Line == want {
			seen = true
			continue
		}
		pen := antiCuePenalty
		for i := range v.entries {
			if e := &v.entries[i]; e.file == a.Line.File && int(e.line) == a.Line.Line && e.category != "" {
				pen = scopedAntiPenalty
			}
		}
		other = max(other, pen)
	}
	p := antiPenaltyOf(cd)
	return seen && p > other && cd.Confidence+p-other >= min
}

// antiPenaltyOf returns the anti-cue penalty a candidate took.
func antiPenaltyOf(cd Candidate) float64 {
	for _, p := range cd.Penalties {
		if p.Reason == "anti-cue" {
			return p.Amount
		}
	}
	return 0
}

// shadow names another line whose candidate, of the same category and
// not cancelled, covers cd's span with a higher confidence, a wider span
// at the same confidence, or the same span from an earlier line of the
// same file: with it the text would be reported the same without cd's
// line. The same word in two language files is not dead: each file is a
// language's list. "" if none.
func shadow(v *vocabulary, ex Explanation, cd Candidate) string {
	for _, o := range ex.Candidates {
		if o.Line == cd.Line || o.Category != cd.Category || len(o.Cancelled) > 0 || o.Start > cd.Start || o.End < cd.End {
			continue
		}
		if o.Confidence < cd.Confidence {
			continue
		}
		if o.Confidence > cd.Confidence || o.Start < cd.Start || o.End > cd.End ||
			o.Line.File == cd.Line.File && o.Line.Line < cd.Line.Line {
			return o.Line.String()
		}
	}
	return ""
}

// sameSpanReported: a finding of cd's category reports exactly cd's span.
func sameSpanReported(ex Explanation, cd Candidate) bool {
	for _, f := range ex.Findings {
		if f.Kind == Term && f.Category == cd.Category && f.Start == cd.Start && f.End == cd.End {
			return true
		}
	}
	return false
}

// outcomes summarises an explanation for a failure message: lines and
// outcomes, no text.
func outcomes(ex Explanation, only VocabLine) string {
	var parts []string
	for _, cd := range ex.Candidates {
		if only.File != "" && cd.Line != only {
			continue
		}
		s := fmt.Sprintf("%s %s conf %.2f %s", cd.Line, cd.Category, cd.Confidence, cd.Outcome)
		for _, x := range cd.Cancelled {
			s += " by " + x.Reason + " " + x.Line.String()
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return "no candidate"
	}
	return strings.Join(parts, "; ")
}

// readAllowlist reads terms/examples/untested.txt: keys of lines without
// an example.
func readAllowlist(t testing.TB) []lineKey {
	data, err := os.ReadFile("terms/examples/untested.txt")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []lineKey
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 4 {
			t.Fatalf("untested.txt: bad line")
		}
		out = append(out, lineKey{c[0], c[1], c[2], c[3]})
	}
	return out
}

// maxUntested is the size of the allowlist of untested lines. It may only
// go down: lower it when lines gain examples.
const maxUntested = 0

// TestVocabularyExamples runs every example, and checks that every term,
// block and anti-cue line has one or is on the allowlist.
func TestVocabularyExamples(t *testing.T) {
	c := Default()
	idx, order := builtinLines(t)
	proven := map[lineKey]bool{}
	for _, x := range readExamples(t) {
		i, ok := idx[x.key()]
		if !ok {
			t.Errorf("%s: no vocabulary line %s", x.src, x.key())
			continue
		}
		if err := checkExample(c, i, x.expect, x.text); err != nil {
			t.Errorf("%s: %s: %v", x.src, x.key(), err)
			continue
		}
		if x.expect != "quiet" {
			proven[x.key()] = true
		}
	}
	allow := readAllowlist(t)
	allowed := map[lineKey]bool{}
	for _, k := range allow {
		if _, ok := idx[k]; !ok {
			t.Errorf("untested.txt: %s is no vocabulary line; remove it", k)
		}
		if proven[k] {
			t.Errorf("untested.txt: %s has an example now; remove it from the allowlist", k)
		}
		allowed[k] = true
	}
	total, missing := 0, 0
	for _, k := range order {
		i := idx[k]
		if !covered(builtinVocabulary().entries[i].typ) {
			continue
		}
		total++
		if !proven[k] {
			missing++
			if !allowed[k] {
				t.Errorf("%s has no example that shows its effect (terms/examples/%s.txt)", k, k.file)
			}
		}
	}
	if len(allow) > maxUntested {
		t.Errorf("the allowlist has %d lines, more than %d: it may only shrink", len(allow), maxUntested)
	}
	t.Logf("%d of %d term, block and anti-cue lines have an example that shows their effect (%.1f%%); %d allowlisted",
		total-missing, total, 100*float64(total-missing)/float64(total), len(allow))
	if float64(len(allow)) > 0.2*float64(total) {
		t.Logf("the allowlist holds %.1f%% of the lines; the target is at most 20%%", 100*float64(len(allow))/float64(total))
	}
}

// Templates for generated examples: a person cue and the pattern.
var (
	termTemplatesNL = []string{"Klant meldt: %s.", "Mevrouw vertelt dat het om %s gaat.", "Klant: %s", "%s, aldus de klant."}
	termTemplatesEN = []string{"Customer says: %s.", "The customer told us about %s.", "Customer: %s", "%s, the customer said."}
)

// overlapJoin joins the words of a term t and a block b where they
// overlap in part: t's last words are b's first ("dna test" + "test for
// her dog"), or b's last words are t's first.
func overlapJoin(t, b []string) []string {
	var out []string
	for n := 1; n < len(t) && n < len(b); n++ {
		if slices.Equal(t[len(t)-n:], b[:n]) {
			out = append(out, strings.Join(append(slices.Clone(t), b[n:]...), " "))
		}
		if slices.Equal(b[len(b)-n:], t[:n]) {
			out = append(out, strings.Join(append(slices.Clone(b), t[n:]...), " "))
		}
	}
	return out
}

// Affixes for the instances of open patterns.
var (
	openPrefixes = []string{"long", "huid", "darm", "kinder", "lung", "skin", "child", "neo"}
	openSuffixes = []string{"s", "en", "e", "ed", "ing", "2", "test", "patiënt", "behandeling"}
)

// pairTemplates name two people by titles of one gender, for the terms
// that need them (flag pair).
var pairTemplates = []string{"Dhr. Jansen en dhr. Pietersen: %s.", "Mevr. de Boer en mevr. Kaya: %s.", "Mr Evans and Mr Hughes: %s.", "Ms Patel and Ms Green: %s."}

// pctTemplates give a share in per cent before a term, for the terms
// that need one (flag pct): an ancestry test's result.
var pctTemplates = []string{"The customer's ancestry test came back 40%% %s.", "Klant vertelde dat haar DNA-test 30 procent %s gaf."}

// linkTemplates tie a person to a party's bare name by a link word, for
// the terms that need one (flag link).
var linkTemplates = []string{"Klant steunt %s al jaren.", "The customer has been loyal to %s for years."}

// instance writes a pattern as text: wildcards dropped.
func instance(pattern string) string {
	return strings.TrimSuffix(strings.TrimPrefix(pattern, "*"), "*")
}

// TestGenerateExamples writes terms/examples/<file>.gen.txt: for every
// term, block and anti-cue line without a hand-written example, the first
// templated example that Explain confirms. Lines no template shows go to
// untested.txt. Run with -gen-examples; review what changes.
func TestGenerateExamples(t *testing.T) {
	if !*genExamples {
		t.Skip("run with -gen-examples")
	}
	c := Default()
	v := c.vocab
	idx, order := builtinLines(t)
	hand := map[lineKey]bool{}
	for _, x := range readExamples(t) {
		if strings.Contains(x.src, ".gen.txt") || x.expect == "quiet" {
			continue
		}
		if i, ok := idx[x.key()]; ok && checkExample(c, i, x.expect, x.text) == nil {
			hand[x.key()] = true
		}
	}
	// Per category and file language, a term that fires alone at 0.6 to
	// 0.75 after a cue: the target of the anti-cue examples.
	probe := map[string][]string{}
	for _, k := range order {
		e := &v.entries[idx[k]]
		if e.typ != typeTerm || e.weight < 0.6 || e.weight > 0.79 || e.leftOpen || e.rightOpen || e.multi || e.cap {
			continue
		}
		for _, lang := range []string{"nl", "en"} {
			key := lang + "\x00" + string(e.category)
			if len(probe[key]) >= 3 {
				continue
			}
			tpl := termTemplatesNL[0]
			if lang == "en" {
				tpl = termTemplatesEN[0]
			}
			ex := c.Explain(fmt.Sprintf(tpl, instance(e.pattern)))
			if len(ex.Candidates) == 1 && ex.Candidates[0].Outcome == Reported && ex.Candidates[0].Confidence < 0.8 {
				probe[key] = append(probe[key], instance(e.pattern))
			}
		}
	}
	// The words of every closed term, per category (and all under "*").
	termWords := map[Category][][]string{}
	for _, k := range order {
		e := &v.entries[idx[k]]
		if e.typ != typeTerm || e.leftOpen || e.rightOpen {
			continue
		}
		w := strings.Fields(instance(e.pattern))
		termWords[e.category] = append(termWords[e.category], w)
		termWords[anyCategory] = append(termWords[anyCategory], w)
	}
	gen := map[string][]string{}
	var untested []string
	for _, k := range order {
		i := idx[k]
		e := &v.entries[i]
		if !covered(e.typ) || hand[k] {
			continue
		}
		tpls := append(append([]string{}, termTemplatesNL...), termTemplatesEN...)
		if e.file == "en" {
			tpls = append(append([]string{}, termTemplatesEN...), termTemplatesNL...)
		}
		var texts []string
		expect := ""
		p := instance(e.pattern)
		switch e.typ {
		case typeTerm:
			expect = "fires"
			if e.weight < DefaultMinConfidence {
				expect = "weak"
			}
			if e.cap {
				r, size := utf8.DecodeRuneInString(p)
				p = string(unicode.ToUpper(r)) + p[size:]
			}
			// An open end shows its effect on a compound or an inflected
			// form that the closed patterns do not match.
			forms := []string{p}
			if e.leftOpen {
				forms = nil
				for _, pre := range openPrefixes {
					forms = append(forms, pre+p)
				}
			}
			if e.rightOpen {
				var more []string
				for _, f := range forms {
					for _, suf := range openSuffixes {
						more = append(more, f+suf)
					}
				}
				forms = append(more, forms...)
			}
			if e.pair {
				tpls = pairTemplates
			}
			if e.pct {
				tpls = pctTemplates
			}
			if e.link {
				tpls = linkTemplates
			}
			for _, f := range forms {
				for _, tpl := range tpls {
					texts = append(texts, fmt.Sprintf(tpl, f))
				}
			}
		case typeBlock:
			expect = "blocks"
			forms := []string{p}
			if e.rightOpen {
				forms = append(forms, p+"s", p+"en")
			}
			// A block that overlaps a term only in part: join it with each
			// term of its category whose last words begin the block, or
			// whose first words end it.
			bw := strings.Fields(p)
			for _, t := range termWords[e.category] {
				if len(forms) > 40 {
					break
				}
				forms = append(forms, overlapJoin(t, bw)...)
			}
			for _, f := range forms {
				for _, tpl := range tpls {
					texts = append(texts, fmt.Sprintf(tpl, f))
				}
			}
		case typeAntiCue:
			expect = "lowers"
			langs := []string{"nl", "en"}
			if e.file == "en" {
				langs = []string{"en", "nl"}
			}
			var cats []string
			if e.category != "" {
				cats = []string{string(e.category)}
			} else {
				cats = []string{"health", "criminal", "religious-beliefs", "political-opinions", "biometric", "genetic", "trade-union-membership", "racial-ethnic-origin", "sex-life-orientation"}
			}
			for _, lang := range langs {
				cue := "Klant"
				if lang == "en" {
					cue = "Customer"
				}
				for _, cat := range cats {
					for _, term := range probe[lang+"\x00"+cat] {
						texts = append(texts, cue+": "+p+" "+term+".", cue+": "+term+" "+p+".")
					}
				}
			}
		}
		found := false
		for _, text := range texts {
			if checkExample(c, i, expect, text) == nil {
				gen[e.file] = append(gen[e.file], strings.Join([]string{typeName(e.typ), e.pattern, k.cat, expect, text}, "\t"))
				found = true
				break
			}
		}
		if !found {
			untested = append(untested, k.String())
		}
	}
	for file, lines := range gen {
		head := "# Generated by TestGenerateExamples (go test ./classify -run TestGenerateExamples -gen-examples);\n# checked by TestVocabularyExamples. Do not edit: write examples by hand in " + file + ".txt.\n"
		if err := os.WriteFile("terms/examples/"+file+".gen.txt", []byte(head+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(untested)
	head := "# Term, block and anti-cue lines that no example shows yet (file, type, pattern, category).\n# This list may only shrink: give a line an example in terms/examples/<file>.txt, or remove the line.\n"
	if err := os.WriteFile("terms/examples/untested.txt", []byte(head+strings.Join(untested, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("generated examples for %d files; %d lines untested", len(gen), len(untested))
}
