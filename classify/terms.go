package classify

import (
	"math"
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
	noCuePenalty = 0.3 // no person cue within cueWindow
	namePenalty  = 0.3 // the hit is in a capitalised word mid-sentence
)

// hit is a pattern match in the original text.
type hit struct {
	entry      int32
	start, end int
}

// ring traces the last folded bytes back to the original text.
const ringSize = 64 // > maxPattern + 1

type matcher struct {
	a     *ac.Automaton
	idx   [][]int32
	ents  []entry
	typ   uint16 // bit mask of entry types to report
	state uint32
	n     int // folded bytes emitted
	sep   bool
	pend  uint32 // state whose outputs wait for their right boundary; 0 none
	fb    [ringSize]byte
	os    [ringSize]int32 // original start of each folded byte
	oe    [ringSize]int32 // original end
}

// match appends to dst the hits of the entries of the given types in
// text, offsets relative to text plus base.
func (v *vocabulary) match(dst []hit, a *ac.Automaton, idx [][]int32, types uint16, text string, base int) []hit {
	m := matcher{a: a, idx: idx, ents: v.entries, typ: types, sep: true}
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			dst = m.emit(dst, fold.ASCII(b), base+i, base+i+1)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		f := fold.Rune(r)
		for j := 0; j < len(f); j++ {
			dst = m.emit(dst, f[j], base+i, base+i+size)
		}
		i += size
	}
	return m.flush(dst)
}

// emit feeds one folded byte, from original bytes [os, oe).
func (m *matcher) emit(dst []hit, f byte, os, oe int) []hit {
	if f == fold.Sep {
		if m.sep {
			return dst
		}
		m.sep = true
	} else {
		m.sep = false
	}
	if m.pend != 0 {
		dst = m.resolve(dst, f == fold.Sep)
	}
	k := m.n & (ringSize - 1)
	m.fb[k], m.os[k], m.oe[k] = f, int32(os), int32(oe)
	m.n++
	m.state = m.a.Step(m.state, f)
	if m.a.HasOutput(m.state) {
		m.pend = m.state
	}
	return dst
}

// flush resolves the outputs pending at the end of the text.
func (m *matcher) flush(dst []hit) []hit {
	if m.pend != 0 {
		dst = m.resolve(dst, true)
	}
	return dst
}

// resolve checks the boundaries of the patterns that ended at the last
// folded byte; rightSep tells whether a separator (or the end) follows.
func (m *matcher) resolve(dst []hit, rightSep bool) []hit {
	last := m.n - 1
	for _, p := range m.a.Outputs(m.pend) {
		first := last - m.a.Len(p) + 1
		leftSep := first == 0 || m.fb[(first-1)&(ringSize-1)] == fold.Sep
		for _, ei := range m.idx[p] {
			e := &m.ents[ei]
			if m.typ&e.typ.bit() == 0 || (!e.leftOpen && !leftSep) || (!e.rightOpen && !rightSep) {
				continue
			}
			dst = append(dst, hit{entry: ei, start: int(m.os[first&(ringSize-1)]), end: int(m.oe[last&(ringSize-1)])})
		}
	}
	m.pend = 0
	return dst
}

// appendTerms appends the vocabulary findings in text to dst.
func (c *Classifier) appendTerms(dst []Finding, text string) []Finding {
	if c.kinds&Term.bit() == 0 {
		return dst
	}
	v := c.vocab
	var buf [16]hit
	hits := v.match(buf[:0], v.terms, v.termIdx, typeTerm.bit(), text, 0)
	if len(hits) == 0 {
		return dst
	}
	// One context pass over the span the hits need, with a margin so that
	// what is found near the window's edge does not depend on where the
	// pass starts.
	lo, hi := hits[0].start, hits[0].end
	for _, h := range hits[1:] {
		lo, hi = min(lo, h.start), max(hi, h.end)
	}
	lo, hi = runeStart(text, max(0, lo-cueWindow-ringSize)), runeStart(text, min(len(text), hi+cueWindow+ringSize))
	var cbuf [32]hit
	ctx := v.match(cbuf[:0], v.context, v.ctxIdx, typeCue.bit()|typeBlock.bit(), text[lo:hi], lo)

	from := len(dst)
	for _, h := range hits {
		e := &v.entries[h.entry]
		if !c.cats.has(e.category) {
			continue
		}
		conf, ok := v.judge(text, h, e, ctx)
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

// judge applies the context rules to a term hit and returns its
// confidence, or false when context rules it out.
func (v *vocabulary) judge(text string, h hit, e *entry, ctx []hit) (float64, bool) {
	cue := false
	for _, x := range ctx {
		ce := &v.entries[x.entry]
		switch ce.typ {
		case typeBlock:
			if x.start < h.end && h.start < x.end && (ce.category == anyCategory || ce.category == e.category) {
				return 0, false
			}
		case typeCue:
			if x.start >= h.start-cueWindow && x.end <= h.end+cueWindow && (x.end <= h.start || x.start >= h.end) {
				cue = true
			}
		}
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
	case next&(typeStreetAfter.bit()|typeOrgAfter.bit()) != 0,
		prev&typeOrgBefore.bit() != 0, prev2&typeOrgBefore.bit() != 0:
		return 0, false
	}
	conf := e.weight
	if !cue {
		conf -= noCuePenalty
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

// dedupe drops, from dst[from:], a term finding that another finding of
// the same category contains; the container keeps the higher confidence.
func dedupe(dst []Finding, from int) []Finding {
	fs := dst[from:]
	if len(fs) < 2 {
		return dst
	}
	keep := dst[:from]
	for i := range fs {
		drop := false
		for j := range fs {
			if i == j || fs[i].Category != fs[j].Category {
				continue
			}
			a, b := fs[i], fs[j]
			inside := b.Start <= a.Start && a.End <= b.End
			same := a.Start == b.Start && a.End == b.End
			if inside && (!same || j < i) {
				if a.Confidence > b.Confidence {
					fs[j].Confidence = a.Confidence
				}
				drop = true
				break
			}
		}
		if !drop {
			keep = append(keep, fs[i])
		}
	}
	return keep
}

// runeStart moves i back to the start of the rune that holds it.
func runeStart(s string, i int) int {
	for k := 0; k < utf8.UTFMax && i > 0 && i < len(s) && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	return i
}

// isWordRune reports whether r folds to letters or digits.
func isWordRune(r rune) bool {
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
		if !isWordRune(r) {
			break
		}
		ws -= size
	}
	we := end
	for we < len(text) && we-end < wordWindow {
		r, size := utf8.DecodeRuneInString(text[we:])
		if !isWordRune(r) {
			break
		}
		we += size
	}
	return ws, we
}

// foldWord folds text[i:j] into buf, returning the folded word or nil when
// it does not fit.
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
	for k := 0; k < 2; k++ {
		j := i
		for j > limit {
			r, size := utf8.DecodeLastRuneInString(text[:j])
			if isWordRune(r) {
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
		out[k] = v.lookup(text[ws:j])
		i = ws
	}
	return out[0], out[1]
}

// nextWord returns the word-list types of the word after position i.
func (v *vocabulary) nextWord(text string, i int) uint16 {
	limit := min(len(text), i+wordWindow)
	for i < limit {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
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
