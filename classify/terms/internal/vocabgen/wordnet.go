package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// roots are the WordNet 3.0 noun senses whose hyponym trees give the
// candidates of a category: lemma and sense number (as index.noun orders
// them).
var roots = []struct {
	category, lemma string
	sense           int
}{
	{"health", "disease", 1},
	{"health", "illness", 1},
	{"health", "disorder", 1},
	{"health", "mental_disorder", 1},
	{"health", "medicine", 2},
	{"health", "drug", 1},
	{"criminal", "crime", 1},
	{"criminal", "criminal", 1},
	{"religious-beliefs", "religion", 1},
	{"religious-beliefs", "religious_person", 1},
	{"religious-beliefs", "religious_ceremony", 1},
	{"racial-ethnic-origin", "ethnic_group", 1},
	{"political-opinions", "political_party", 1},
	{"genetic", "genetic_disease", 1},
}

// synset is one line of data.noun: its lemmas and hyponyms.
type synset struct {
	lemmas []string
	hypo   []string
}

// notPerson are words of WordNet's disease and drug trees that name a
// plant or animal disease, a drink, or a general word: candidates that
// hold one are left out.
var notPerson = map[string]bool{
	"blight": true, "rot": true, "smut": true, "wilt": true, "canker": true, "gall": true, "spavin": true,
	"fowl": true, "hog": true, "cattle": true, "canine": true, "equine": true, "apple": true, "bean": true,
	"beet": true, "potato": true, "tomato": true, "wheat": true, "rust": true, "mildew": true, "scab": true,
	"wine": true, "whiskey": true, "whisky": true, "beer": true, "ale": true, "lager": true, "rum": true,
	"gin": true, "cocktail": true, "liquor": true, "sherry": true, "brandy": true, "vodka": true, "punch": true,
	"growth": true, "failure": true, "collapse": true, "complaint": true, "condition": true, "flare": true,
	"dose": true, "fury": true, "frenzy": true, "craze": true, "acid": true, "agent": true, "fixer": true,
	"flip": true, "zen": true, "refill": true, "inhalation": true, "malt": true, "perry": true, "burton": true,
}

// medWords reads the word list of Debian's hunspell-en-med (the stems of
// en_med_glut.dic), lower case.
func medWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), "/")
		out[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return out, sc.Err()
}

// candidate is a lemma of a category's WordNet tree.
type candidate struct {
	cat, lemma, off, root string
	capital               bool // written with a capital in WordNet: a name or a brand
}

// candidates reads WordNet from dir and returns the lemmas of the roots'
// hyponym trees, health ones only if medical words, sorted.
func candidates(dir string) ([]candidate, error) {
	med, err := medWords("/usr/share/hunspell/en_med_glut.dic")
	if err != nil {
		return nil, fmt.Errorf("hunspell-en-med: %w", err)
	}
	index, data, err := readNouns(dir)
	if err != nil {
		return nil, err
	}
	var rows []candidate
	seen := map[string]bool{}
	for _, r := range roots {
		root, err := rootOffset(index, r.lemma, r.sense)
		if err != nil {
			return nil, err
		}
		walkHyponyms(data, []string{root}, map[string]bool{}, func(off string, s synset) {
			for _, l := range s.lemmas {
				lemma := strings.ToLower(strings.ReplaceAll(l, "_", " "))
				if r.category == "health" && !medical(lemma, med) {
					continue
				}
				if k := r.category + "\x00" + lemma; !seen[k] {
					seen[k] = true
					rows = append(rows, candidate{r.category, lemma, off, r.lemma + "." + strconv.Itoa(r.sense), l != strings.ToLower(l)})
				}
			}
		})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].cat != rows[j].cat {
			return rows[i].cat < rows[j].cat
		}
		return rows[i].lemma < rows[j].lemma
	})
	return rows, nil
}

// wordnet prints every candidate for review.
func wordnet(w io.Writer, dir string) error {
	rows, err := candidates(dir)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "# WordNet 3.0 candidates: category, lemma, synset (n offset), root. Review before use.")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\tn%s\t%s\n", r.cat, r.lemma, r.off, r.root)
	}
	return nil
}

// rootOffset is the synset offset of sense (1-based) of lemma.
func rootOffset(index map[string][]string, lemma string, sense int) (string, error) {
	offs := index[lemma]
	if len(offs) < sense {
		return "", fmt.Errorf("wordnet: no sense %d of %s", sense, lemma)
	}
	return offs[sense-1], nil
}

// walkHyponyms visits the synsets on stack and all their hyponyms, each
// once (visited holds those to skip), depth first.
func walkHyponyms(data map[string]synset, stack []string, visited map[string]bool, visit func(off string, s synset)) {
	for len(stack) > 0 {
		off := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if visited[off] {
			continue
		}
		visited[off] = true
		s := data[off]
		visit(off, s)
		stack = append(stack, s.hypo...)
	}
}

// readNouns reads WordNet's noun index and noun data from dir.
func readNouns(dir string) (map[string][]string, map[string]synset, error) {
	index, err := readIndex(filepath.Join(dir, "index.noun"))
	if err != nil {
		return nil, nil, err
	}
	data, err := readData(filepath.Join(dir, "data.noun"))
	if err != nil {
		return nil, nil, err
	}
	return index, data, nil
}

// readIndex maps a lemma to its synset offsets, most frequent sense first.
func readIndex(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue // licence header
		}
		c := strings.Fields(line)
		if len(c) < 6 {
			continue
		}
		synCnt, _ := strconv.Atoi(c[2])
		pCnt, _ := strconv.Atoi(c[3])
		i := 4 + pCnt + 2
		if i+synCnt <= len(c) {
			out[c[0]] = c[i : i+synCnt]
		}
	}
	return out, sc.Err()
}

// readData reads the synsets of data.noun.
func readData(path string) (map[string]synset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue
		}
		body, _, _ := strings.Cut(line, " | ")
		c := strings.Fields(body)
		if len(c) < 4 {
			continue
		}
		wCnt, err := strconv.ParseInt(c[3], 16, 32)
		if err != nil {
			continue
		}
		var s synset
		i := 4
		for k := 0; k < int(wCnt) && i+1 < len(c); k++ {
			s.lemmas = append(s.lemmas, c[i])
			i += 2
		}
		if i >= len(c) {
			continue
		}
		pCnt, _ := strconv.Atoi(c[i])
		i++
		for k := 0; k < pCnt && i+3 < len(c); k++ {
			if c[i] == "~" || c[i] == "~i" {
				s.hypo = append(s.hypo, c[i+1])
			}
			i += 4
		}
		out[c[0]] = s
	}
	return out, sc.Err()
}

// medical reports whether a health candidate is a medical word: every
// word of it in the medical word list, none a word of notPerson, and
// longer than an abbreviation.
func medical(lemma string, med map[string]bool) bool {
	if len(lemma) < 5 || strings.ContainsAny(lemma, "'0123456789") {
		return false
	}
	for _, w := range strings.FieldsFunc(lemma, func(r rune) bool { return r == ' ' || r == '-' }) {
		if notPerson[w] || !med[w] {
			return false
		}
	}
	return true
}
