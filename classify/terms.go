package classify

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/avgrisk/avgrisk/internal/ac"
	"github.com/avgrisk/avgrisk/internal/fold"
)

// Context windows, in bytes of the original text. Every decision about a
// hit depends only on text within these bounds, which is what lets Scan
// reproduce Text exactly from overlapping chunks.
const (
	cueWindow  = 300 // a person cue this close counts
	wordWindow = 64  // how far the neighbouring-word checks look
)

// Confidence penalties, documented in the terms README.
const (
	noCuePenalty   = 0.3 // no person cue within cueWindow
	namePenalty    = 0.3 // the hit is in a capitalised word mid-sentence
	antiCuePenalty = 0.3 // the sentence speaks of a product, a job or a sector
	quotePenalty   = 0.4 // the hit stands in a short quotation: a figure of speech, a slogan
	quoteWindow    = 80  // how far the quotation marks may stand from the hit
)

// hit is a pattern match in the original text.
type hit struct {
	entry      int32
	start, end int
}

// maxSpan bounds the original bytes of one match, however many separators
// a pattern's spaces absorb, so that matching stays local.
const maxSpan = 4 * maxPattern

// automaton is a compiled pattern set with the byte classes of folded
// ASCII, so that the hot loop folds and steps with two loads a byte.
type automaton struct {
	*ac.Automaton
	ascii [utf8.RuneSelf]uint8 // class of the folded form of an ASCII byte
	idx   [][]int32            // pattern index -> entries
	// open[n]: some pattern that ends in state number n belongs to an
	// entry whose last word may continue. When no such pattern ends there
	// and a letter follows, the state's outputs are skipped at once: the
	// common case of a short word inside a longer one.
	open []bool
}

func newAutomaton(pats []string, idx [][]int32, ents []entry) (*automaton, error) {
	if len(pats) == 0 {
		pats = []string{"\x00"} // matches nothing: folded text holds no NUL
		idx = [][]int32{nil}
	}
	a, err := ac.Build(pats, fold.Sep)
	if err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	m := &automaton{Automaton: a, idx: idx, open: make([]bool, a.States())}
	for b := 0; b < utf8.RuneSelf; b++ {
		m.ascii[b] = a.Class(fold.ASCII(byte(b)))
	}
	for n := range m.open {
		for _, p := range a.Outputs(a.StateAt(n)) {
			for _, ei := range idx[p] {
				m.open[n] = m.open[n] || ents[ei].rightOpen
			}
		}
	}
	return m, nil
}

// interleaveMin is the text length from which match runs two streams.
const interleaveMin = 2048

// match appends to dst the hits of the entries of the given types in
// text, with offsets relative to text plus base, ordered by end.
//
// A long text is matched as two halves stepped in one loop: each step
// waits on a table load that depends on the step before, so two
// independent chains run nearly twice as fast as one. The second half
// starts maxSpan bytes early, from the root, and reports only the matches
// that end past the split: every match lies whole in one of the two
// ranges, and the automaton finds every match that lies whole in what it
// reads.
func (v *vocabulary) match(dst []hit, a *automaton, types uint16, text string, base int) []hit {
	if len(text) < interleaveMin {
		dst, _ = v.span(dst, a, types, text, base, 0, 0, len(text), -1)
		return dst
	}
	m := runeStart(text, len(text)/2)
	j0 := runeStart(text, max(0, m-maxSpan-utf8.UTFMax))
	table, firstOut := a.Table()
	ascii := &a.ascii
	var buf [16]hit
	second := buf[:0]
	s1, s2 := uint32(0), uint32(0)
	i, j := 0, j0
	for i < m && j < len(text) {
		b1, b2 := text[i], text[j]
		if b1|b2 < utf8.RuneSelf {
			s1 = table[s1+uint32(ascii[b1])]
			s2 = table[s2+uint32(ascii[b2])]
			i++
			j++
			if s1 >= firstOut {
				dst = v.outputs(dst, a, s1, types, text, i, true, base)
			}
			if s2 >= firstOut && j > m {
				second = v.outputs(second, a, s2, types, text, j, true, base)
			}
			continue
		}
		if b1 >= utf8.RuneSelf {
			dst, s1 = v.span(dst, a, types, text, base, s1, i, i+1, -1)
			i = runeEnd(text, i)
		}
		if b2 >= utf8.RuneSelf {
			second, s2 = v.span(second, a, types, text, base, s2, j, j+1, m)
			j = runeEnd(text, j)
		}
	}
	dst, _ = v.span(dst, a, types, text, base, s1, i, m, -1)
	second, _ = v.span(second, a, types, text, base, s2, j, len(text), m)
	return append(dst, second...)
}

// runeEnd returns where the rune that starts at i ends.
func runeEnd(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	return i + size
}

// span steps the automaton from state s over the runes that start in
// text[i:stop], appending the hits that end after from, and returns the
// state it reached.
func (v *vocabulary) span(dst []hit, a *automaton, types uint16, text string, base int, s uint32, i, stop, from int) ([]hit, uint32) {
	table, firstOut := a.Table()
	ascii := &a.ascii
	for i < stop {
		if b := text[i]; b < utf8.RuneSelf {
			s = table[s+uint32(ascii[b])]
			i++
			if s >= firstOut && i > from {
				dst = v.outputs(dst, a, s, types, text, i, true, base)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		f := fold.Rune(r)
		for k := 0; k < len(f); k++ {
			s = a.Step(s, f[k])
			if a.HasOutput(s) && i+size > from {
				dst = v.outputs(dst, a, s, types, text, i+size, k == len(f)-1, base)
			}
		}
		i += size
	}
	return dst, s
}

// outputs checks the boundaries of the patterns that end in state s, at
// original offset end; whole tells whether the rune there is consumed
// whole (not, when a match ends inside a rune that folds to two bytes).
func (v *vocabulary) outputs(dst []hit, a *automaton, s uint32, types uint16, text string, end int, whole bool, base int) []hit {
	rightSep := whole && sepAfter(text, end)
	if !rightSep && !a.open[a.Number(s)] {
		return dst
	}
	for _, p := range a.Outputs(s) {
		var start int
		leftSep, ok := false, false
		for _, ei := range a.idx[p] {
			e := &v.entries[ei]
			if types&e.typ.bit() == 0 || (!e.rightOpen && !rightSep) {
				continue
			}
			if !ok {
				if start, leftSep, ok = walkBack(text, end, a.Len(p)); !ok {
					break
				}
				// A pattern of several words stays within a sentence:
				// "VVD'er" is a party member, "VVD. Er" is not.
				if e.multi && !sameSentence(text, start, end) {
					ok = false
					break
				}
			}
			if !e.leftOpen && !leftSep {
				continue
			}
			dst = append(dst, hit{entry: ei, start: base + start, end: base + end})
		}
	}
	return dst
}

// sepAfter reports whether the text at i holds a separator or ends.
func sepAfter(text string, i int) bool {
	for i < len(text) {
		b := text[i]
		if b < utf8.RuneSelf {
			return fold.ASCII(b) == fold.Sep
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if f := fold.Rune(r); f != "" {
			return f == string(fold.Sep)
		}
		i += size // a combining mark folds away
	}
	return true
}

// walkBack finds where a match of n folded bytes that ends at end starts,
// counting a run of separators as one, and whether a separator (or the
// start) precedes it. It fails for a match longer than maxSpan bytes.
func walkBack(text string, end, n int) (start int, leftSep, ok bool) {
	i := end
	for n > 0 {
		if i <= 0 || end-i > maxSpan {
			return 0, false, false
		}
		r, size := utf8.DecodeLastRuneInString(text[:i])
		f := fold.Rune(r)
		i -= size
		if f == string(fold.Sep) {
			for i > 0 && end-i <= maxSpan {
				r, size := utf8.DecodeLastRuneInString(text[:i])
				if fold.Rune(r) != string(fold.Sep) {
					break
				}
				i -= size
			}
		}
		n -= len(f)
	}
	if n < 0 {
		return i, false, true // the match starts inside a rune's folding
	}
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if f := fold.Rune(r); f != "" {
			return i, f == string(fold.Sep), true
		}
		i -= size
	}
	return i, true, true
}

// appendTerms appends the vocabulary findings in text to dst.
func (c *Classifier) appendTerms(dst []Finding, text string) []Finding {
	return c.appendTermsAbout(dst, text, false)
}

// appendTermsAbout is appendTerms for a text that may be known to be
// about a person, as the value of a CRM record is: then no cue is needed.
func (c *Classifier) appendTermsAbout(dst []Finding, text string, person bool) []Finding {
	if c.kinds&Term.bit() == 0 {
		return dst
	}
	v := c.vocab
	var buf [16]hit
	hits := v.match(buf[:0], v.terms, typeTerm.bit(), text, 0)
	if len(hits) == 0 {
		return dst
	}
	// Context passes over the windows the hits need, merged where they
	// overlap. Each window has a margin so that what is found near its
	// edge does not depend on where the pass starts.
	var wbuf [16]window
	wins := wbuf[:0]
	for _, h := range hits {
		wins = append(wins, window{max(0, h.start-cueWindow-maxSpan), min(len(text), h.end+cueWindow+maxSpan)})
	}
	var cbuf [32]hit
	ctx := cbuf[:0]
	for _, w := range mergeWindows(wins) {
		lo, hi := runeStart(text, w.lo), runeStart(text, w.hi)
		ctx = v.match(ctx, v.context, typeCue.bit()|typeBlock.bit()|typeAntiCue.bit(), text[lo:hi], lo)
	}

	from := len(dst)
	next := 0 // first context hit that can matter to the current hit
	for _, h := range hits {
		e := &v.entries[h.entry]
		if !c.cats.has(e.category) {
			continue
		}
		// Hits and context hits come ordered by end, and no match spans
		// more than maxSpan bytes: skip what ended too early for h.
		for next < len(ctx) && ctx[next].end < h.start-cueWindow {
			next++
		}
		conf, ok := v.judge(text, h, e, ctx[next:], person)
		if !ok {
			continue
		}
		// An open end covers the whole word: the compound or inflected
		// form is the evidence, and redaction should hide all of it.
		start, end := h.start, h.end
		if e.leftOpen || e.rightOpen {
			ws, we := wordBounds(text, h.start, h.end)
			if e.leftOpen {
				start = ws
			}
			if e.rightOpen {
				end = we
			}
		}
		dst = append(dst, Finding{Category: e.category, Kind: Term, Rule: e.rule, Start: start, End: end, Confidence: conf})
	}
	return dedupe(dst, from)
}

// window is a span of text to scan for context.
type window struct{ lo, hi int }

// mergeWindows sorts ws by start and merges the overlapping ones, in place.
func mergeWindows(ws []window) []window {
	for i := 1; i < len(ws); i++ { // nearly sorted: insertion sort
		for j := i; j > 0 && ws[j].lo < ws[j-1].lo; j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
	out := ws[:0]
	for _, w := range ws {
		if n := len(out); n > 0 && w.lo <= out[n-1].hi {
			out[n-1].hi = max(out[n-1].hi, w.hi)
			continue
		}
		out = append(out, w)
	}
	return out
}

// judge applies the context rules to a term hit and returns its
// confidence, or false when context rules it out.
func (v *vocabulary) judge(text string, h hit, e *entry, ctx []hit, person bool) (float64, bool) {
	cue, anti := person, false
	for _, x := range ctx {
		if x.end-maxSpan > h.end+cueWindow {
			break // ordered by end: nothing further can be near
		}
		ce := &v.entries[x.entry]
		switch ce.typ {
		case typeAntiCue:
			if x.start >= h.start-cueWindow && x.end <= h.end+cueWindow && (x.end <= h.start || x.start >= h.end) &&
				sameSentence(text, min(x.end, h.end), max(x.start, h.start)) {
				anti = true
			}
		case typeBlock:
			if x.start < h.end && h.start < x.end && (ce.category == anyCategory || ce.category == e.category) {
				return 0, false
			}
		case typeCue:
			if !cue && x.start >= h.start-cueWindow && x.end <= h.end+cueWindow && (x.end <= h.start || x.start >= h.end) {
				cue = !v.blocked(x, ctx)
			}
		}
	}
	if inPlaceholder(text, h.start, h.end) {
		return 0, false // "[trade-union-membership]" is what Redact left
	}
	ws, we := wordBounds(text, h.start, h.end)
	// A street or place: Kerkstraat, Ziekenhuisweg.
	if we > h.end {
		word := text[ws:we]
		for _, s := range v.suffix {
			if h.end <= we-len(s) && endsWithFolded(word, s) {
				return 0, false
			}
		}
	}
	prev, prev2 := v.prevWords(text, ws)
	next := v.nextWord(text, we)
	switch {
	case next&typeAfter.bit() != 0,
		next&(typeStreetAfter.bit()|typeOrgAfter.bit()) != 0 && nextCapital(text, we),
		prev&typeOrgBefore.bit() != 0, prev2&typeOrgBefore.bit() != 0:
		return 0, false
	}
	conf := e.weight
	if !cue && !initialNear(text, h.start-cueWindow, h.end+cueWindow) {
		conf -= noCuePenalty
	}
	if anti {
		conf -= antiCuePenalty
	}
	if quoted(text, h.start, h.end) {
		conf -= quotePenalty
	}
	if nameLike(text, ws, we) {
		if prev&typeTitle.bit() != 0 {
			return 0, false // mevrouw Kerkhof, Mr. Church
		}
		if !e.cap && !sentenceStart(text, ws) {
			conf -= namePenalty
		}
	}
	conf = math.Round(max(0, min(1, conf))*100) / 100
	return conf, true
}

// inPlaceholder reports whether text[start:end] lies inside a redaction
// placeholder such as "[health]" or "[trade-union-membership]": the ID of
// a category or kind in square brackets. Redacted text, scanned again,
// yields nothing there.
func inPlaceholder(text string, start, end int) bool {
	const reach = 32
	open := strings.LastIndexByte(text[max(0, start-reach):start], '[')
	if open < 0 {
		return false
	}
	open += max(0, start-reach)
	close := strings.IndexByte(text[end:min(len(text), end+reach)], ']')
	if close < 0 {
		return false
	}
	id := text[open+1 : end+close]
	return Category(id).Valid() || Kind(id).Valid()
}

// quoted reports whether text[start:end] stands inside a short quotation
// on one line: CRM notes quote a customer's figures of speech ("ik word er
// 'helemaal ziek' van"), slogans and product names. An apostrophe inside a
// word (zo'n, it's, O'Brien) opens and closes nothing.
func quoted(text string, start, end int) bool {
	open := -1
	for i := start - 1; i >= 0 && start-i <= quoteWindow; i-- {
		b := text[i]
		if b == '\n' || b == '\r' {
			return false
		}
		if q := quoteAt(text, i); q > 0 && (i == 0 || !foldsToWord(lastRune(text[:i]))) {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for i := end; i < len(text) && i-end <= quoteWindow; i++ {
		b := text[i]
		if b == '\n' || b == '\r' {
			return false
		}
		if q := quoteAt(text, i); q > 0 && (i+q == len(text) || !foldsToWord(leadRune(text[i+q:]))) {
			return true
		}
	}
	return false
}

// quoteAt returns the length of the quotation mark at text[i], or 0.
func quoteAt(text string, i int) int {
	switch text[i] {
	case '\'', '"':
		return 1
	case 0xe2: // ‘ ’ “ ” „ are E2 80 98..9E
		if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] >= 0x98 && text[i+2] <= 0x9e {
			return 3
		}
	case 0xc2: // « »
		if i+1 < len(text) && (text[i+1] == 0xab || text[i+1] == 0xbb) {
			return 2
		}
	}
	return 0
}

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }
func leadRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// initialNear reports whether text[lo:hi] names a person by initial and
// surname, as CRM notes do: "J. Okafor", "A.B. de Vries". It is a person
// cue that no word list can hold.
func initialNear(text string, lo, hi int) bool {
	lo, hi = max(lo, 0), min(hi, len(text))
	for i := lo; i+3 < hi; i++ {
		// An upper-case letter on its own, a full stop, a space, then a
		// capitalised word or a Dutch surname prefix.
		if text[i] != '.' || i == 0 || !isUpperASCII(text[i-1]) || text[i+1] != ' ' {
			continue
		}
		if i >= 2 && isLetterASCII(text[i-2]) {
			continue // the end of a word, not an initial
		}
		next := text[i+2:]
		if len(next) >= 2 && isUpperASCII(next[0]) && 'a' <= next[1] && next[1] <= 'z' ||
			strings.HasPrefix(next, "de ") || strings.HasPrefix(next, "van ") || strings.HasPrefix(next, "ten ") || strings.HasPrefix(next, "ter ") {
			return true
		}
	}
	return false
}

// blocked reports whether a block of every category overlaps the cue x:
// "customer emails drafted" speaks of no customer.
func (v *vocabulary) blocked(x hit, ctx []hit) bool {
	for _, b := range ctx {
		if b.end-maxSpan > x.end {
			break
		}
		if e := &v.entries[b.entry]; e.typ == typeBlock && e.category == anyCategory && b.start < x.end && x.start < b.end {
			return true
		}
	}
	return false
}

// sameSentence reports whether no sentence ends in text[a:b]: no full
// stop, question or exclamation mark followed by a space, and no line
// break.
func sameSentence(text string, a, b int) bool {
	for i := a; i < b && i < len(text); i++ {
		switch text[i] {
		case '\n', '\r':
			return false
		case '.', '!', '?', ';':
			if i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
				if !(text[i] == '.' && i > 0 && isUpperASCII(text[i-1]) && (i < 2 || !isLetterASCII(text[i-2]))) {
					return false // not an initial such as "J. Okafor"
				}
			}
		}
	}
	return true
}

// dedupe drops, from dst[from:], a term finding that another finding of
// the same category contains; the container keeps the higher confidence.
// It sorts dst[from:] by start, longest first.
func dedupe(dst []Finding, from int) []Finding {
	fs := dst[from:]
	if len(fs) < 2 {
		return dst
	}
	slices.SortFunc(fs, func(a, b Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		return compareFindings(a, b)
	})
	// Sorted so, a finding is contained in an earlier one of its category
	// exactly when that category's furthest end so far reaches its end.
	var widest [16]int // per category: index in keep of the furthest-reaching finding, +1
	keep := dst[:from]
	for _, f := range fs {
		k := categoryIndex(f.Category)
		if w := widest[k]; w > 0 && keep[w-1].End >= f.End {
			if f.Confidence > keep[w-1].Confidence {
				keep[w-1].Confidence = f.Confidence
			}
			continue
		}
		keep = append(keep, f)
		if w := widest[k]; w == 0 || f.End > keep[w-1].End {
			widest[k] = len(keep)
		}
	}
	return keep
}

// categoryIndex returns c's position in Categories, or 15 if unknown.
func categoryIndex(c Category) int {
	for i, k := range categoryOrder {
		if k == c {
			return i
		}
	}
	return 15
}

// runeStart moves i back to the start of the rune that holds it.
func runeStart(s string, i int) int {
	for k := 0; k < utf8.UTFMax && i > 0 && i < len(s) && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	return i
}

// foldsToWord reports whether r folds to letters or digits.
func foldsToWord(r rune) bool {
	if r < utf8.RuneSelf {
		return fold.ASCII(byte(r)) != fold.Sep
	}
	f := fold.Rune(r)
	return f != string(fold.Sep)
}

// wordBounds widens [start, end) to the word that holds it, at most
// wordWindow bytes either way.
func wordBounds(text string, start, end int) (int, int) {
	ws := start
	for ws > 0 && start-ws < wordWindow {
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if !foldsToWord(r) {
			break
		}
		ws -= size
	}
	we := end
	for we < len(text) && we-end < wordWindow {
		r, size := utf8.DecodeRuneInString(text[we:])
		if !foldsToWord(r) {
			break
		}
		we += size
	}
	return ws, we
}

// foldWord folds word into buf, returning the folded word or nil when it
// does not fit.
func foldWord(buf []byte, word string) []byte {
	out := buf[:0]
	for _, r := range word {
		var f string
		if r < utf8.RuneSelf {
			out = append(out, fold.ASCII(byte(r)))
			continue
		}
		f = fold.Rune(r)
		out = append(out, f...)
	}
	if len(out) > cap(buf) {
		return nil
	}
	return out
}

// lookup returns the word-list types of a word of the original text.
func (v *vocabulary) lookup(word string) uint16 {
	if word == "" || len(word) > 32 {
		return 0
	}
	var buf [64]byte
	f := foldWord(buf[:0], word)
	if f == nil {
		return 0
	}
	return v.words[string(f)]
}

// prevWords returns the word-list types of the two words before position
// i, skipping separators; a sentence end stops the search.
func (v *vocabulary) prevWords(text string, i int) (uint16, uint16) {
	var out [2]uint16
	limit := max(0, i-wordWindow)
	particles := 0
	for k := 0; k < 2; k++ {
		j := i
		for j > limit {
			r, size := utf8.DecodeLastRuneInString(text[:j])
			if foldsToWord(r) {
				break
			}
			if r == '!' || r == '?' || r == '\n' || r == ';' {
				return out[0], out[1]
			}
			j -= size
		}
		ws, _ := wordBounds(text, j, j)
		if ws == j {
			break
		}
		i = ws
		if particles < 3 && isParticle(text[ws:j]) {
			// "mevrouw de Jood", "meneer van Kerk": look past the particle.
			particles++
			k--
			continue
		}
		out[k] = v.lookup(text[ws:j])
	}
	return out[0], out[1]
}

// nextCapital reports whether the word after position i starts with a
// capital: a street or an organisation is written so ("Church Street",
// "Vakbond B.V."), unlike "ging weg" or "bv." (bijvoorbeeld).
func nextCapital(text string, i int) bool {
	for limit := min(len(text), i+wordWindow); i < limit; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if foldsToWord(r) {
			return unicode.IsUpper(r)
		}
		i += size
	}
	return false
}

// isParticle reports whether word is a lower-case surname particle.
func isParticle(word string) bool {
	switch word {
	case "de", "van", "der", "den", "ter", "ten", "te", "het", "'t", "la", "le", "du", "von", "da", "di", "del", "op", "in":
		return true
	}
	return false
}

// nextWord returns the word-list types of the word after position i.
func (v *vocabulary) nextWord(text string, i int) uint16 {
	limit := min(len(text), i+wordWindow)
	for i < limit {
		r, size := utf8.DecodeRuneInString(text[i:])
		if foldsToWord(r) {
			break
		}
		if r == '.' && i+size < len(text) && text[i+size] == ' ' && !(i > 0 && isUpperASCII(text[i-1])) {
			return 0 // a sentence ends
		}
		if r == '!' || r == '?' || r == '\n' || r == ';' || r == ',' {
			return 0
		}
		i += size
	}
	_, we := wordBounds(text, i, i)
	if we-i == 1 && we+1 < len(text) && text[we] == '.' {
		return v.lookup(abbreviation(text[i:min(len(text), i+16)]))
	}
	return v.lookup(text[i:we])
}

// abbreviation joins the letters of a dotted abbreviation at the start of
// s: "B.V. Oost" gives "BV", "N.V." gives "NV".
func abbreviation(s string) string {
	n := 0
	for n+1 < len(s) && isLetterASCII(s[n]) && s[n+1] == '.' {
		n += 2
	}
	var b [8]byte
	k := 0
	for i := 0; i < n && k < len(b); i += 2 {
		b[k] = s[i]
		k++
	}
	return string(b[:k])
}

func isLetterASCII(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// nameLike reports whether the word text[ws:we] is written like a name:
// a capital first letter and at least one lower-case letter.
func nameLike(text string, ws, we int) bool {
	r, _ := utf8.DecodeRuneInString(text[ws:we])
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range text[ws:we] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// sentenceStart reports whether the word at ws begins a sentence: nothing
// but spaces, quotes and brackets stand between it and the start of the
// text or a sentence-ending mark.
func sentenceStart(text string, ws int) bool {
	limit := max(0, ws-wordWindow)
	for i := ws; i > limit; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case '.', '!', '?', ':', ';', '\n', '\r', '\t', '•', '-', '–', '—', '|':
			return true
		case ' ', '"', '\'', '(', '[', '“', '‘', '„', '«', '*', '>':
			i -= size
			continue
		}
		return false
	}
	return ws-limit < wordWindow || ws == 0
}

// endsWithFolded reports whether the word, folded, ends with suffix.
func endsWithFolded(word, suffix string) bool {
	var buf [128]byte
	if len(word) > 64 {
		return false
	}
	f := foldWord(buf[:0], word)
	return len(f) >= len(suffix) && string(f[len(f)-len(suffix):]) == suffix
}
