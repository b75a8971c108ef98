package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Filler words, Dutch and English, between the vocabulary patterns.
var filler = strings.Fields(`de het een en van in op met voor naar bij aan over is was heeft
had wordt werd zijn haar hij zij ze we wij u klant mevrouw meneer gisteren vandaag morgen
belde mailde vroeg meldt gaf afspraak factuur bestelling levering contract offerte status
rekening adres nummer dossier team afdeling week maand jaar niet wel ook nog al dan
the a an and of in on with for to at about is was has had will be she he they we you
customer client called emailed asked reported gave appointment invoice order delivery
contract quote status account address number file team department week month year not
also still already then because after before during while since today tomorrow yesterday`)

// Odd pieces: other scripts, marks, symbols, an invalid byte.
var odd = []string{"Αθήνα", "Москва", "日本語", "😀", "e\u0301", "Straße", "Ĳssel", "ﬁle", "\xff", "№", "½", "Œuvre", "İstanbul"}

var titles = []string{"Mevrouw", "Meneer", "Mr", "Mrs", "Ms", "Dr", "mevr.", "dhr."}

var names = []string{"Jansen", "de Vries", "Bakker", "Smith", "Okafor", "Nguyen", "Ahmed", "Janssen", "van Dijk", "Sanne", "Thomas", "Fatima"}

// corpus generates about size bytes of notes from the vocabulary files
// in termsDir, the same for the same seed.
func corpus(termsDir string, size int, seed uint64) ([]byte, error) {
	pats, err := patterns(termsDir)
	if err != nil {
		return nil, err
	}
	if len(pats) == 0 {
		return nil, fmt.Errorf("no vocabulary patterns in %s", termsDir)
	}
	rng := rand.New(rand.NewPCG(seed, 14))
	var b strings.Builder
	b.Grow(size + 1<<16)
	for b.Len() < size {
		sentences := 1 + rng.IntN(5)
		if rng.IntN(40) == 0 {
			sentences = 20 + rng.IntN(60) // a long note: the two-stream paths
		}
		for k := 0; k < sentences; k++ {
			sentence(&b, rng, pats)
		}
		b.WriteByte('\n')
	}
	return []byte(b.String()), nil
}

// patterns reads the pattern column of every entry line.
func patterns(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	var pats []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) > 1 {
				if p := strings.Trim(strings.TrimSpace(cols[1]), "*"); p != "" {
					pats = append(pats, p)
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return pats, nil
}

func sentence(b *strings.Builder, rng *rand.Rand, pats []string) {
	words := 3 + rng.IntN(18)
	for w := 0; w < words; w++ {
		var tok string
		switch r := rng.IntN(100); {
		case r < 55:
			tok = filler[rng.IntN(len(filler))]
		case r < 80:
			tok = variant(rng, pats[rng.IntN(len(pats))])
		case r < 85:
			tok = identifier(rng)
		case r < 90:
			tok = titles[rng.IntN(len(titles))] + " " + names[rng.IntN(len(names))]
		case r < 93:
			tok = odd[rng.IntN(len(odd))]
		case r < 96:
			tok = `"` + variant(rng, pats[rng.IntN(len(pats))]) + `"`
		default:
			tok = "(" + filler[rng.IntN(len(filler))] + ")"
		}
		if w == 0 {
			tok = upperFirst(tok)
		}
		b.WriteString(tok)
		if w < words-1 {
			b.WriteString([]string{" ", " ", " ", " ", ", ", "; ", "  ", " - ", "\t", " / "}[rng.IntN(10)])
		}
	}
	b.WriteString([]string{". ", ". ", "? ", "! ", ": ", ".\t"}[rng.IntN(6)])
}

// variant returns pattern p as text might hold it.
func variant(rng *rand.Rand, p string) string {
	switch rng.IntN(10) {
	case 0:
		p = strings.ToUpper(p)
	case 1, 2:
		p = upperFirst(p)
	case 3:
		p = accent(rng, p)
	case 4:
		p += []string{"s", "en", "e", "patiënt", "achtig", "-achtige", "ing", "'s"}[rng.IntN(8)] // a compound or inflection
	case 5:
		p = []string{"anti", "zorg", "pre", "non-", "ex-", "over"}[rng.IntN(6)] + p
	case 6:
		p = strings.ReplaceAll(p, " ", []string{"-", "  ", "\n", ". "}[rng.IntN(4)])
	}
	return p
}

func accent(rng *rand.Rand, p string) string {
	from := []string{"e", "i", "a", "o", "u", "c", "n"}
	to := []string{"é", "ï", "à", "ö", "ü", "ç", "ñ"}
	k := rng.IntN(len(from))
	return strings.Replace(p, from[k], to[k], 1)
}

func identifier(rng *rand.Rand) string {
	switch rng.IntN(8) {
	case 0:
		return fmt.Sprintf("06-%08d", rng.IntN(1e8))
	case 1:
		return "NL91ABNA0417164300"
	case 2:
		return fmt.Sprintf("%d-%02d-%02d", 1940+rng.IntN(80), 1+rng.IntN(12), 1+rng.IntN(28))
	case 3:
		return fmt.Sprintf("%s%d@example.nl", filler[rng.IntN(len(filler))], rng.IntN(100))
	case 4:
		return fmt.Sprintf("192.0.2.%d", rng.IntN(256))
	case 5:
		return fmt.Sprintf("%09d", rng.IntN(1e9))
	case 6:
		return fmt.Sprintf("+31 20 %03d %04d", rng.IntN(1000), rng.IntN(10000))
	}
	return fmt.Sprintf("%d %s %d", 1+rng.IntN(28), []string{"januari", "maart", "juli", "October"}[rng.IntN(4)], 1940+rng.IntN(80))
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
