package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// This file splits field names and labels into words the way developers
// and CRM administrators write them, and splits Dutch compounds with the
// words of the field lexicon (fields.tsv).
//
// A name goes through these steps:
//
//  1. Salesforce decoration is stripped: a namespace prefix ("acme__") and
//     a type suffix ("__c", "__pc", "__r", "__s" and the other platform
//     suffixes of fieldSuffixes).
//  2. The rest is cut at every rune that is neither letter nor digit ("_",
//     "-", ".", spaces), at case changes ("MailingStreet", "HTTPServer"
//     → "HTTP" "Server") and between letters and digits ("SHA256").
//  3. Each part is folded (lower case, no diacritics) and parts made only
//     of digits are dropped.
//  4. Each part that is not a word of the lexicon is split into known
//     words where it can be ("vakbondslid" → "vakbond" "lid",
//     "geloofsovertuiging" → "geloof" "overtuiging"), see splitCompound.

// fieldSuffixes are the Salesforce API name suffixes that say what kind of
// field or object a name is, not what it holds.
// Longer suffixes come first.
var fieldSuffixes = []string{
	"__latitude__s", "__longitude__s", "__history", "__share", "__feed",
	"__mdt", "__kav", "__tag", "__chn", "__dlm", "__dll", "__pc", "__ka",
	"__xo", "__c", "__r", "__s", "__x", "__e", "__b",
}

// personSuffix is the suffix of a person-account field: the field of an
// Account that belongs to the person, not the company.
const personSuffix = "__pc"

// stripSalesforce removes the namespace prefix and the type suffix of a
// Salesforce API name. It reports whether the name is a person-account
// field (suffix "__pc").
func stripSalesforce(name string) (base string, personField bool) {
	base = strings.TrimSpace(name)
	lower := strings.ToLower(base)
	for _, suf := range fieldSuffixes {
		if len(lower) > len(suf) && strings.HasSuffix(lower, suf) {
			personField = suf == personSuffix
			base = base[:len(base)-len(suf)]
			if (suf == "__c" || personField) && len(base) > 4 && strings.EqualFold(base[len(base)-4:], "_del") {
				// Salesforce appends "_del" to a deleted custom
				// field's name ("Age_del__c"): a mark, no word.
				base = base[:len(base)-4]
			}
			break
		}
	}
	base = stripEncrypted(base)
	// A namespace prefix: letters and digits, then "__", then the name.
	if i := strings.Index(base, "__"); i > 0 && i+2 < len(base) {
		ns := base[:i]
		if isASCIIAlnum(ns) {
			base = base[i+2:]
		}
	}
	return base, personField
}

// encryptedSuffixes are the suffixes with which a Rails application
// names the column that holds an attribute encrypted ("email_ciphertext":
// Lockbox; "ssn_encrypted": attr_encrypted) or its blind index
// ("email_bidx": blind_index): the column holds the attribute, and the
// suffix is no word of its name.
var encryptedSuffixes = []string{"_ciphertext", "_encrypted", "_bidx"}

// stripEncrypted removes an encrypted column's suffix (encryptedSuffixes)
// from a name.
func stripEncrypted(name string) string {
	lower := strings.ToLower(name)
	for _, suf := range encryptedSuffixes {
		if len(lower) > len(suf) && strings.HasSuffix(lower, suf) {
			return name[:len(name)-len(suf)]
		}
	}
	return name
}

func isASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return s != ""
}

// splitWords cuts s at separators, case changes and letter-digit
// boundaries, and returns the folded parts, digits-only parts dropped.
func splitWords(s string) []string {
	var out []string
	emit := func(part string) {
		if part == "" {
			return
		}
		f := fold.String(part)
		if f == "" {
			return
		}
		// fold.String may itself produce separators (for example for
		// compatibility forms); keep each word.
		for _, w := range strings.Split(f, string(fold.Sep)) {
			if w != "" && !allDigits(w) {
				out = append(out, w)
			}
		}
	}
	start := -1 // start of the current part, -1 when between parts
	var prev rune
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if !word || r == utf8.RuneError {
			if start >= 0 {
				emit(s[start:i])
				start = -1
			}
			prev = 0
			continue
		}
		if start < 0 {
			start = i
			prev = r
			continue
		}
		cut := false
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining mark stays with its letter
		case unicode.IsDigit(r) != unicode.IsDigit(prev) && !unicode.Is(unicode.Mn, prev):
			cut = true // letter-digit boundary
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			cut = true // camelCase
		case unicode.IsLower(r) && unicode.IsUpper(prev):
			// "HTTPServer": the last upper-case letter begins the next
			// word, unless the part is that one letter.
			j := i - utf8.RuneLen(prev)
			if j > start {
				emit(s[start:j])
				start = j
			}
		}
		if cut {
			emit(s[start:i])
			start = i
		}
		prev = r
	}
	if start >= 0 {
		emit(s[start:])
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// nameTokens returns the words of a field's API name: decoration
// stripped, split, folded and compounds split.
func (lx *fieldLexicon) nameTokens(name string) []string {
	base, _ := stripSalesforce(name)
	return lx.compounds(splitWords(base))
}

// labelTokens returns the words of a field's label, split and folded the
// same way as a name.
func (lx *fieldLexicon) labelTokens(label string) []string {
	return lx.compounds(splitWords(label))
}

// compounds replaces each word that the lexicon does not know by its
// parts, where it can be split into known words.
func (lx *fieldLexicon) compounds(words []string) []string {
	var out []string
	for _, w := range words {
		if lx.known(w) {
			out = append(out, w)
			continue
		}
		out = append(out, lx.splitCompound(w)...)
	}
	return out
}

// Compound splitting costs. A segmentation of a word is scored by the
// letters it leaves unexplained (each costs 1) plus a small cost per
// piece, so that the split explaining the most letters with the fewest
// pieces wins and an unknown word stays whole.
const (
	costPiece   = 0.1 // each known word or linking morpheme
	minShort    = 5   // known words shorter than this may not touch an unknown run
	minUnknown  = 2   // shortest unknown run
	maxCompound = 64  // longer words are not split (their cost is quadratic)
)

// linkers are the Dutch linking morphemes between the parts of a compound
// (vakbond-s-lid, patiënt-en-dossier).
var linkers = []string{"s", "en", "e"}

// piece kinds in a segmentation.
const (
	pieceNone = iota
	pieceLong
	pieceShort
	pieceLinker
	pieceUnknown
)

// splitCompound splits a folded word into known words of the lexicon,
// with Dutch linking morphemes between them and, where nothing else
// fits, unknown runs. It returns the known words and unknown runs in
// order, linkers dropped, or the word itself when no split explains more
// of it than leaving it whole.
func (lx *fieldLexicon) splitCompound(w string) []string {
	n := len(w)
	if n < 2*minUnknown || n > maxCompound {
		return []string{w}
	}
	type state struct {
		cost  float64
		from  int // start of the last piece
		kind  int // kind of the last piece
		prevK int // index into the kind dimension of the previous state
		ok    bool
	}
	// best[i][k]: the cheapest segmentation of w[:i] whose last piece is
	// of kind k.
	const kinds = 5
	best := make([][kinds]state, n+1)
	best[0][pieceNone] = state{ok: true}
	relax := func(i, j, kind, pk int, c float64) {
		s := &best[j][kind]
		if !s.ok || c < s.cost-1e-9 {
			*s = state{cost: c, from: i, kind: kind, prevK: pk, ok: true}
		}
	}
	for i := 0; i < n; i++ {
		for pk := 0; pk < kinds; pk++ {
			p := best[i][pk]
			if !p.ok {
				continue
			}
			for j := i + 1; j <= n; j++ {
				piece := w[i:j]
				if lx.known(piece) && len(piece) >= 2 {
					k := pieceLong
					if len(piece) < minShort || len(lx.base(piece)) < minShort {
						// An inflected form of a short word is as
						// short: "coman" (coma+n) of "Raccomandata",
						// "sofis" of "sofisticados".
						k = pieceShort
					}
					if k == pieceShort && pk == pieceUnknown {
						continue
					}
					relax(i, j, k, pk, p.cost+costPiece)
				}
				if pk == pieceLong || pk == pieceShort {
					for _, l := range linkers {
						if piece == l {
							relax(i, j, pieceLinker, pk, p.cost+costPiece)
						}
					}
				}
				if pk != pieceUnknown && pk != pieceShort && pk != pieceLinker && j-i >= minUnknown {
					relax(i, j, pieceUnknown, pk, p.cost+float64(j-i)+costPiece)
				}
			}
		}
	}
	// The end: no linker last; an unknown run may not follow a short word.
	bestK := -1
	for k := 1; k < kinds; k++ {
		s := best[n][k]
		if !s.ok || k == pieceLinker {
			continue
		}
		if bestK < 0 || s.cost < best[n][bestK].cost-1e-9 {
			bestK = k
		}
	}
	if bestK < 0 || best[n][bestK].kind == pieceUnknown && best[n][bestK].from == 0 {
		return []string{w}
	}
	// Walk back.
	var rev []string
	i, k := n, bestK
	for i > 0 {
		s := best[i][k]
		if s.kind != pieceLinker {
			rev = append(rev, w[s.from:i])
		}
		i, k = s.from, s.prevK
	}
	// A linker must be followed by a known word: check the order.
	out := make([]string, len(rev))
	for x := range rev {
		out[x] = rev[len(rev)-1-x]
	}
	if !lx.plausibleCompound(out) {
		return []string{w}
	}
	return out
}

// Compound parts that are category words.
const (
	minCategoryPart = 6 // category words shorter than this are short terms ("gene", "ras", "union", "blind")
	minPartner      = 4 // the shortest known word a short term may be compounded with
	maxForeignTail  = 3 // an unknown run this short beside a category word is an inflection of another language
)

// plausibleCompound reports whether a split of a word into parts is a
// compound in which a category word is a part, or no category word is
// in it. A category word is a part of a compound only when the rest
// reads as words of a compounding language:
//
//   - a short term (fewer than minCategoryPart letters: "gene", "ras",
//     "union") only beside known words of at least minPartner letters:
//     "Lidnummer", "Wondzorg", but not "Outras" (out+ras) or "Reunion"
//     (re+union), or, when the term is a health word, beside a part of
//     fields.tsv, a body part that is a whole compound part though short
//     ("rug", "oor", "nek": "Rugpijn"; not the made-up "Lipras", lip+ras);
//   - no category word beside an unknown run of at most maxForeignTail
//     letters, which is an ending of another language more often than
//     a word: Portuguese "Protestos" (protest+os), "Petitioner".
//
// Single words of English and other languages that split into two
// known words ("Generate": gene+rate) are guards of fields.tsv.
func (lx *fieldLexicon) plausibleCompound(parts []string) bool {
	if len(parts) < 2 {
		return true
	}
	for i, p := range parts {
		b := lx.base(p)
		if !lx.catWords[b] {
			continue
		}
		for k, q := range parts {
			if k == i {
				continue
			}
			known := lx.known(q)
			if !known && len(q) <= maxForeignTail && (k == i-1 || k == i+1) {
				return false
			}
			if len(b) < minCategoryPart && (!known || len(q) < minPartner && !(lx.parts[lx.base(q)] && lx.health[b])) {
				return false
			}
		}
	}
	return true
}

// splitCache remembers the compound splits of one Object or Schema call:
// the words of a schema repeat ("status", "datum", "record") and
// splitting is the costly step. It lives only for that call, so no name
// outlives it.
type splitCache struct {
	lx *fieldLexicon
	m  map[string][]string
	// The words of each API name and label asked for: the object
	// classification asks for the same field's words many times. The
	// slices are shared, clipped so that an append copies them; callers
	// never write into them.
	names, labels map[string][]string
	vt            map[string][]vocabTerm    // a field text → its vocabulary terms (vocabTerms)
	ve            map[VocabLine]*fieldEntry // a vocabulary entry → its line as a lexicon entry
}

func newSplitCache(lx *fieldLexicon) *splitCache {
	return &splitCache{lx: lx, m: map[string][]string{}, names: map[string][]string{}, labels: map[string][]string{}}
}

// compounds is (*fieldLexicon).compounds with the cache.
func (s *splitCache) compounds(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if s.lx.known(w) {
			out = append(out, w)
			continue
		}
		parts, ok := s.m[w]
		if !ok {
			parts = s.lx.splitCompound(w)
			s.m[w] = parts
		}
		out = append(out, parts...)
	}
	return out
}

// name returns the words of an API name, as (*fieldLexicon).nameTokens.
func (s *splitCache) name(n string) []string {
	if w, ok := s.names[n]; ok {
		return w
	}
	base, _ := stripSalesforce(n)
	w := slices.Clip(s.compounds(splitWords(base)))
	s.names[n] = w
	return w
}

// label returns the words of a label or text, as
// (*fieldLexicon).labelTokens.
func (s *splitCache) label(t string) []string {
	if w, ok := s.labels[t]; ok {
		return w
	}
	w := slices.Clip(s.compounds(splitWords(t)))
	s.labels[t] = w
	return w
}
