// Command vocabgen writes the generated parts of the classify vocabulary
// and candidate lists for review. It is not part of the library: nothing
// imports it, and the library reads only the files it wrote.
//
//	go run ./classify/terms/internal/vocabgen forms > classify/terms/forms.tsv
//	go run ./classify/terms/internal/vocabgen wordnet [dir] > candidates.tsv
//	go run ./classify/terms/internal/vocabgen wordnet-terms > classify/terms/wordnet.tsv
//	go run ./classify/terms/internal/vocabgen clinical-terms > classify/terms/clinical.tsv
//	go run ./classify/terms/internal/vocabgen clinical-review > review.tsv
//
// forms crosses the names of political parties and trade unions (the
// tables in names.go, each with its source) with the phrases that say a
// person belongs to one, votes for one, stands or works for one (the
// forms in names.go), and leaves out every pattern that nl.tsv, en.tsv or
// groups.tsv already holds under the same category (compared folded, as
// the engine matches). Its output is deterministic.
//
// wordnet reads the noun database of WordNet 3.0 (Debian's wordnet-base,
// /usr/share/wordnet) and prints, per category, the lemmas of the
// hyponym trees of the synsets listed in wordnet.go, with their synset
// offsets to cite; health candidates must also be words of Debian's
// hunspell-en-med list (/usr/share/hunspell/en_med_glut.dic). These are
// candidates: many are not about a person, and each is reviewed before it
// enters a vocabulary file.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: vocabgen forms | wordnet [dir]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "forms":
		err = forms(os.Stdout, "classify/terms")
	case "wordnet":
		dir := "/usr/share/wordnet"
		if len(os.Args) > 2 {
			dir = os.Args[2]
		}
		err = wordnet(os.Stdout, dir)
	case "wordnet-terms":
		err = wordnetTerms(os.Stdout, "/usr/share/wordnet", "classify/terms")
	case "clinical-terms":
		err = clinicalTerms(os.Stdout, "/usr/share/wordnet", false)
	case "clinical-review":
		err = clinicalTerms(os.Stdout, "/usr/share/wordnet", true)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vocabgen:", err)
		os.Exit(1)
	}
}

// fold approximates the engine's folding for duplicate checks: lower
// case, diacritics removed, every run of other characters one space.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// open holds the folded patterns with an open end of the files read by
// existing, with their category: "gmb member*" already matches "gmb
// membership".
var open, tail, inner [][2]string

// covered reports whether an open pattern of the category matches pat:
// one open at the end, or with within, one open at the start or both
// (right for a single word, which a phrase form outweighs).
func covered(pat, category string, within bool) bool {
	for _, o := range open {
		if o[1] == category && strings.HasPrefix(pat, o[0]) {
			return true
		}
	}
	if !within {
		return false
	}
	for _, o := range tail {
		if o[1] == category && strings.HasSuffix(pat, o[0]) {
			return true
		}
	}
	for _, o := range inner {
		if o[1] == category && strings.Contains(pat, o[0]) {
			return true
		}
	}
	return false
}

// existing reads the folded term patterns per category of the files.
func existing(dir string, files ...string) (map[string]bool, error) {
	seen := map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) < 3 || c[0] != "term" {
				continue
			}
			seen[fold(strings.Trim(c[1], "*"))+"\x00"+c[2]] = true
			switch l, r := strings.HasPrefix(c[1], "*"), strings.HasSuffix(c[1], "*"); {
			case l && r:
				inner = append(inner, [2]string{fold(strings.Trim(c[1], "*")), c[2]})
			case r:
				open = append(open, [2]string{fold(strings.Trim(c[1], "*")), c[2]})
			case l:
				tail = append(tail, [2]string{fold(strings.Trim(c[1], "*")), c[2]})
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return seen, nil
}

func forms(w io.Writer, dir string) error {
	seen, err := existing(dir, "nl.tsv", "en.tsv", "groups.tsv")
	if err != nil {
		return err
	}
	fmt.Fprint(w, formsHeader)
	for _, g := range groups {
		lines := formLines(seen, g.names, formsFor(g), g.category)
		writeBlock(w, fmt.Sprintf("# %s (%s). Source: %s", strings.TrimPrefix(g.names[0], "~"), g.country, g.source), lines)
	}
	// Party leaders: the vote and following forms of their names.
	for _, l := range leaders {
		lines := formLines(seen, l.names, leaderForms, party)
		writeBlock(w, fmt.Sprintf("# %s (party leader, %s). Source: %s", l.names[0], l.country, l.source), lines)
	}
	// Offences: the phrases that punish, seek or hold a person for one,
	// in both languages (notes mix them).
	var lines []string
	for _, o := range offences {
		for _, lang := range []string{"nl", "en"} {
			for _, f := range offenceForms[lang] {
				if lang == "nl" && o.lang == "en" && len(o.name) > 3 || lang == "en" && o.lang == "nl" {
					continue // English offence names with Dutch forms only as acronyms (DUI)
				}
				pat := strings.ReplaceAll(f.pattern, "%s", o.name)
				key := fold(pat) + "\x00criminal"
				if seen[key] || covered(fold(pat), "criminal", false) {
					continue
				}
				seen[key] = true
				lines = append(lines, fmt.Sprintf("term\t%s\tcriminal\t%.2g", pat, f.weight))
			}
		}
	}
	fmt.Fprintf(w, "# Offences with the forms that punish, seek or hold a person for them. Sources: %s; %s\n", wvsr, ukCrime)
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	// Descent: the forms that state a person's origin through parents,
	// roots, background or a share (origins.go).
	originLines(w, seen)
	return nil
}

// formLines returns the term lines, sorted, of names (a leading "~":
// no article before this spelling) in the forms fs for category cat,
// leaving out what the vocabulary already holds (seen, covered) and
// patterns over 60 bytes folded; it adds the lines it returns to seen.
func formLines(seen map[string]bool, names []string, fs []form, cat string) []string {
	var lines []string
	for _, name := range names {
		for _, f := range fs {
			if f.skip != nil && f.skip(name) {
				continue
			}
			pat := f.pattern
			if strings.HasPrefix(name, "~") {
				// No article before this spelling.
				pat = strings.NewReplacer("de %s", "%s", "het %s", "%s", "the %s", "%s").Replace(pat)
			}
			pat = strings.ToLower(strings.ReplaceAll(pat, "%s", strings.TrimPrefix(name, "~")))
			pat = strings.Join(strings.FieldsFunc(pat, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '&' || r == '.' }), " ")
			key := fold(pat) + "\x00" + cat
			if seen[key] || covered(fold(pat), cat, false) || len(fold(pat)) > 60 {
				continue
			}
			seen[key] = true
			lines = append(lines, fmt.Sprintf("term\t%s\t%s\t%.2g\tcap", pat, cat, f.weight))
		}
	}
	sort.Strings(lines)
	return lines
}

// writeBlock writes lines under their comment, or nothing when there are
// none.
func writeBlock(w io.Writer, comment string, lines []string) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintln(w, comment)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

const formsHeader = `# avgrisk classify vocabulary: membership, vote, candidacy and work forms
# of political parties and trade unions, vote and following forms of party
# leaders, punishment forms of offences, and descent forms of origins
# (generated; do not edit).
# as_of: 2026-11-28
#
# Written by: go run ./classify/terms/internal/vocabgen forms > classify/terms/forms.tsv
# The names and their sources are the tables of vocabgen's names.go; the
# forms are the phrases of AVG/GDPR art. 9(1) inference (CJEU C-184/20):
# a member of, a voter for, a candidate or worker for a named party or
# union reveals a political opinion or union membership; the bare name
# (news, a customer, a supplier) does not, so bare names are not here.
# Descent from an origin (parents, roots, background, a share; origins.go)
# reveals ethnic origin; nationality, residence and language do not.
# Patterns already in nl.tsv, en.tsv or groups.tsv are left out.
# Format: README.md in this folder.
`
