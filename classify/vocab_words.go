package classify

import (
	_ "embed"
	"fmt"
	"strings"
)

// The closed lists of function words that the context rules read: verbs
// of saying, words that introduce a message or a form's answer, the
// first-person openings of a quoted statement, verbs of shouting and
// naming, sign-offs, and the rest. They are data like the vocabulary,
// one word a line with the reason it is listed and an example that
// shows its effect (terms/words.tsv, checked by TestFunctionWords).
//
//go:embed terms/words.tsv
var wordsFile string

// wordLists holds the function-word lists by their use.
type wordLists struct {
	saying        []string // verbs of saying: "zegt mevrouw Smit", "…, he said"
	message       []string // a message quoted after a colon: "mail: '…'"
	answer        []string // a form's answer or a document's text quoted as written: "ticked '…'"
	firstPerson   []string // openings of a quoted statement about oneself, each with its space: "ik ", "i'm "
	shouting      []string // verbs of shouting and abuse before or after a quotation
	naming        []string // verbs of calling someone something
	objects       []string // object pronouns: the person called something
	singularVerbs []string // Dutch third-person singular verbs that make "ze" "she"
	she           []string // Dutch "ze" and "zij", "she" next to a singular verb
	possessives   []string // first-person possessives that open a term: "mijn vrouw"
	signOff       []string // closing words of a letter before the writer's name
	writer        []string // the writer named before "is" at a message's end
	shareEnd      []string // words that may follow an ancestry share
	articles      []string // articles between a descent phrase and a country
	parents       []string // parents and grandparents: "his mum is Nigerian"
	be            []string // forms of "to be" between a parent and an origin
	indefinite    []string // an indefinite article between "is" and an origin noun: "his dad is a Turk"
	abuse         []string // words of abuse before "… for being", "… about him being"
	with          []string // partner prepositions after a time: "trouwt in mei met Sanne"
	owners        []string // possessives that make a title word a noun: "haar familie Moluks is"
	census        []string // a census or monitoring form's label before its answer: "ethnicity: Indian"
	host          []string // the country of residence in a heritage identity: "Vietnamese-Australian"
	descent       []string // nouns of descent after an origin adjective: "of Ukrainian origin"
	kinMale       []string // kinship nouns of a man: "zijn zoon", "her brother"
	kinFemale     []string // kinship nouns of a woman: "zijn dochter", "his sister"
	apart         []string // relations other than a couple between two titled people: "zijn broers", "colleagues"
	contact       []string // a contact or a letter's header between two titled people: "belde met", "cc"
	of            []string // prepositions that give a relation noun to a third person: "vader van Tim"
	they          []string // plural pronouns that open a sentence about the two people before: "Ze zijn getrouwd"
	elided        []string // verbs that open a note's sentence without its subject: "Served 2 years at HMP …"
	and           []string // the conjunction that joins two people named as a pair: "Sarah and Emma"
	generation    []string // ordinals of a generation of descent after an origin noun: "Marokkaan van de tweede generatie"
}

// funcWords are the built-in function-word lists.
var funcWords = mustWordLists(wordsFile)

// wordListFields maps a list's name in words.tsv to its field.
func (w *wordLists) field(name string) *[]string {
	switch name {
	case "saying":
		return &w.saying
	case "message":
		return &w.message
	case "answer":
		return &w.answer
	case "first-person":
		return &w.firstPerson
	case "shouting":
		return &w.shouting
	case "naming":
		return &w.naming
	case "object":
		return &w.objects
	case "singular-verb":
		return &w.singularVerbs
	case "she":
		return &w.she
	case "possessive":
		return &w.possessives
	case "sign-off":
		return &w.signOff
	case "writer":
		return &w.writer
	case "share-end":
		return &w.shareEnd
	case "article":
		return &w.articles
	case "parent":
		return &w.parents
	case "be":
		return &w.be
	case "indefinite":
		return &w.indefinite
	case "abuse":
		return &w.abuse
	case "with":
		return &w.with
	case "owner":
		return &w.owners
	case "census":
		return &w.census
	case "host":
		return &w.host
	case "descent":
		return &w.descent
	case "kin-m":
		return &w.kinMale
	case "kin-f":
		return &w.kinFemale
	case "apart":
		return &w.apart
	case "contact":
		return &w.contact
	case "of":
		return &w.of
	case "they":
		return &w.they
	case "elided":
		return &w.elided
	case "and":
		return &w.and
	case "generation":
		return &w.generation
	}
	return nil
}

// wordLine is one line of words.tsv.
type wordLine struct {
	line                   int
	list, word, reason, ex string
}

// parseWordLines reads words.tsv: TAB-separated list, word, reason and
// example; # comments and blank lines are skipped.
func parseWordLines(data string) ([]wordLine, error) {
	var out []wordLine
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 4 || c[0] == "" || c[1] == "" || c[2] == "" || c[3] == "" {
			return nil, fmt.Errorf("classify: words.tsv:%d: want list, word, reason and example", n+1)
		}
		out = append(out, wordLine{line: n + 1, list: c[0], word: c[1], reason: c[2], ex: c[3]})
	}
	return out, nil
}

// newWordLists builds the lists from the lines of words.tsv, leaving
// out the line skip (0: none), as TestFunctionWords does to show a
// line's effect.
func newWordLists(lines []wordLine, skip int) (*wordLists, error) {
	w := &wordLists{}
	for _, l := range lines {
		f := w.field(l.list)
		if f == nil {
			return nil, fmt.Errorf("classify: words.tsv:%d: unknown list", l.line)
		}
		if l.line == skip {
			continue
		}
		word := l.word
		if l.list == "first-person" {
			word += " " // an opening, followed by a further word
		}
		*f = append(*f, word)
	}
	return w, nil
}

func mustWordLists(data string) *wordLists {
	lines, err := parseWordLines(data)
	if err == nil {
		var w *wordLists
		if w, err = newWordLists(lines, 0); err == nil {
			return w
		}
	}
	panic(err) // the built-in file; TestFunctionWords checks it
}
