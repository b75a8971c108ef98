package classify

import (
	"strings"
	"sync"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// The language of an org.
//
// fields.tsv and schema.tsv hold Dutch and English lines side by side,
// and a word of one language can be an unrelated word of the other: the
// Dutch HALT (a youth offence's out-of-court sanction) is an English
// "halt", the Dutch "arts" (doctor) English "arts". A line whose lang
// column ends in "!" ("nl!", "en!") is such a false friend: it fires
// only in an org (or, for Object, an object) that is in that language or
// whose language is unknown or mixed (FIELDS.md). Schema and Object
// decide the language from the org's own names and labels (orgLanguage)
// and read the org with the lexicon of that language (fieldLexFor).

// Language votes: how many of an org's words must be known words of one
// language before it counts as that language, and how many times the
// other language's count that must be.
const (
	langMinWords = 20
	langMargin   = 8
)

var (
	fieldLexNL = sync.OnceValue(func() *fieldLexicon { return languageLexicon("nl") })
	fieldLexEN = sync.OnceValue(func() *fieldLexicon { return languageLexicon("en") })
)

// languageLexicon parses the lexicon of an org in language lang, and
// notes the patterns of the false friends it leaves out, so that the
// text vocabulary read on names and labels (nameTerms) leaves the same
// words out: a Dutch arrest is a court's judgment whichever file says
// "arrest".
func languageLexicon(lang string) *fieldLexicon {
	fields, ff1 := onlyLanguage(fieldsTSV, 3, lang)
	schema, ff2 := onlyLanguage(schemaTSV, 4, lang)
	lx, err := parseLexicons(fields, schema)
	if err != nil {
		panic("classify: built-in field lexicon is invalid: " + err.Error())
	}
	lx.falseFriends = map[string]bool{}
	for _, p := range append(ff1, ff2...) {
		lx.falseFriends[p] = true
	}
	return lx
}

// fieldLexFor returns the lexicon for an org in language lang: "nl" or
// "en" leave out the lines marked as the other language's only ("en!",
// "nl!"); any other value (unknown, mixed) is the whole lexicon.
func fieldLexFor(lang string) *fieldLexicon {
	switch lang {
	case "nl":
		return fieldLexNL()
	case "en":
		return fieldLexEN()
	}
	return fieldLex()
}

// onlyLanguage blanks the data lines of src whose lang column (col,
// counted from 0) marks them as another language's only ("nl!" when
// lang is "en"), and returns the folded patterns of the lines it
// blanked. Blank lines keep the line numbers, so every rule keeps its
// data line.
func onlyLanguage(src string, col int, lang string) (string, []string) {
	var dropped []string
	lines := strings.Split(src, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if l, only := lineLanguage(line, col); only && l != "" && l != lang {
			cols := strings.Split(line, "\t")
			p := cols[0]
			if col == 4 { // schema.tsv: scope first
				p = cols[1]
			}
			dropped = append(dropped, fold.String(p))
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n"), dropped
}

// lineLanguage returns the language of a data line's lang column (col,
// counted from 0): "nl", "en", or "" (both, "*", or another language),
// and whether it ends in "!" (a false friend of the other language).
func lineLanguage(line string, col int) (string, bool) {
	cols := strings.Split(line, "\t")
	if len(cols) <= col {
		return "", false
	}
	v, only := strings.CutSuffix(strings.TrimSpace(strings.TrimRight(cols[col], "\r")), "!")
	if v == "nl" || v == "en" {
		return v, only
	}
	return "", only
}

// wordLanguages maps each base word of a one-word line of fields.tsv
// or schema.tsv to "nl" or "en" when every such line of it is of that
// language. False friends (a word with a "!" line) and part lines
// (arm, lip: body parts in both languages) do not say which language a
// name is in.
func wordLanguages(lx *fieldLexicon) map[string]string {
	bits := map[string]uint8{}
	add := func(e *fieldEntry) {
		if len(e.words) != 1 || e.target == targetPart {
			return
		}
		w := lx.base(e.words[0])
		switch {
		case e.only:
			bits[w] |= 4
		case e.lang == "nl":
			bits[w] |= 1
		case e.lang == "en":
			bits[w] |= 2
		default:
			bits[w] |= 4
		}
	}
	for _, e := range lx.entries {
		add(e)
	}
	if lx.schema != nil {
		for _, e := range lx.schema.entries {
			add(&e.fieldEntry)
		}
	}
	out := map[string]string{}
	for w, b := range bits {
		switch b {
		case 1:
			out[w] = "nl"
		case 2:
			out[w] = "en"
		}
	}
	return out
}

// orgLanguage decides the language of objs from their own names and
// labels: the words that fields.tsv and schema.tsv know as words of one
// language only (their one-word lines of lang nl or en) are counted in
// each distinct name and label. The org is in a language when at least
// langMinWords of its words are that language's and the other
// language's are fewer than one in langMargin of them; otherwise it
// returns "" (unknown or mixed). Standard English fields in a Dutch
// Salesforce org (Name, BillingStreet) make it mixed, never English.
func (lx *fieldLexicon) orgLanguage(objs []Object) string {
	var nl, en int
	seen := map[string]bool{}
	// count reads a name or label once per distinct text: names and
	// labels repeat across objects ("CreatedDate", "Created Date").
	count := func(s string) {
		if s == "" || seen[s] {
			return
		}
		seen[s] = true
		for _, w := range splitWords(s) {
			switch lx.lang[lx.base(w)] {
			case "nl":
				nl++
			case "en":
				en++
			}
		}
	}
	for _, o := range objs {
		base, _ := stripSalesforce(o.Name)
		count(base)
		count(o.Label)
		for _, f := range o.Fields {
			base, _ := stripSalesforce(f.Name)
			count(base)
			count(f.Label)
		}
	}
	switch {
	case nl >= langMinWords && en*langMargin < nl:
		return "nl"
	case en >= langMinWords && nl*langMargin < en:
		return "en"
	}
	return ""
}
