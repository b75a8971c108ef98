package classify

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// appendTerms appends the vocabulary findings in text to dst.
func (c *Classifier) appendTerms(dst []Finding, text string) []Finding {
	return c.appendTermsAbout(dst, text, false)
}

// appendTermsAbout is appendTerms for a text that may be known to be
// about a person, as the value of a CRM record is: then no cue is needed.
func (c *Classifier) appendTermsAbout(dst []Finding, text string, person bool) []Finding {
	return c.termsAbout(dst, text, person, nil)
}

// termsAbout does the work of appendTermsAbout. When ex is not nil it
// also appends to *ex a candidate for every term hit, with the context
// that decided it (Explain); the findings are the same either way.
func (c *Classifier) termsAbout(dst []Finding, text string, person bool, ex *[]Candidate) []Finding {
	if c.kinds&Term.bit() == 0 {
		return dst
	}
	v := c.vocab
	if v.needLetter && !hasLetter(text) {
		return dst // no term can match: phone numbers, dates, amounts
	}
	var buf [16]hit
	hits := v.match(buf[:0], v.terms, typeTerm.bit(), text, 0)
	if len(hits) == 0 {
		return dst
	}
	// Context passes over the windows the hits need, merged where they
	// overlap. Each window has a margin so that what is found near its
	// edge does not depend on where the pass starts (see contextWindow).
	var wbuf [16]window
	wins := wbuf[:0]
	wins = contextWindows(wins, text, hits, v.context.MaxLen())
	var cbuf [32]hit
	ctx := cbuf[:0]
	ctx = v.matchWindows(ctx, v.context, typeCue.bit()|typeBlock.bit()|typeAntiCue.bit(), text, mergeWindows(wins))

	if len(hits) >= 64 {
		// A long text: room for a finding per hit at once, instead of
		// doubling; a short one allocates no more than it did.
		dst = slices.Grow(dst, len(hits))
	}
	from := len(dst)
	next := 0 // first context hit that can matter to the current hit
	for _, h := range hits {
		e := &v.entries[h.entry]
		on := c.cats.has(e.category)
		if !on && ex == nil {
			continue
		}
		// Hits and context hits come ordered by end, and no match spans
		// more than maxSpan bytes: skip what ended too early for h.
		for next < len(ctx) && ctx[next].end < h.start-cueWindow {
			next++
		}
		var tr *trace
		if ex != nil {
			tr = &trace{}
		}
		conf, ok := v.judge(text, h, e, ctx[next:], person, tr)
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
		if ex != nil {
			*ex = append(*ex, v.candidate(e, h, start, end, tr, on))
		}
		if !ok || !on {
			continue
		}
		dst = append(dst, Finding{Category: e.category, Kind: Term, Rule: v.ruleID(h.entry), Start: start, End: end, Confidence: conf})
	}
	return dedupe(dst, from)
}

// window is a span of text to scan for context.
type window struct{ lo, hi int }

// contextWindows appends to ws the context windows of hits, ordered by
// end, or windows with the same union (which is all that matchWindows,
// after mergeWindows, depends on), with fewer walks over the text. A
// window's end only grows with its hit's end and its start with its
// hit's start, and a window reaches at least cueWindow beyond its hit:
// so where a hit's window certainly overlaps the next one's, the next
// one's end serves as its end (the part in between lies in the next
// window), and where it certainly overlaps the last one's, the last one's
// start serves as its start. On the benchmark corpus, where hits come in
// clusters, that leaves most windows without either walk.
func contextWindows(ws []window, text string, hits []hit, reach int) []window {
	n := len(ws)
	for range hits {
		ws = append(ws, window{})
	}
	w := ws[n:]
	for k := len(hits) - 1; k >= 0; k-- {
		h := hits[k]
		if k+1 < len(hits) {
			if x := hits[k+1]; h.end <= x.end && min(len(text), h.end+cueWindow) >= max(0, x.start-cueWindow) {
				w[k].hi = w[k+1].hi
				continue
			}
		}
		w[k].hi = contextWindowEnd(text, h, reach)
	}
	for k, h := range hits {
		if k > 0 {
			if p := hits[k-1]; h.start >= p.start && max(0, h.start-cueWindow) <= w[k-1].hi {
				w[k].lo = w[k-1].lo
				continue
			}
		}
		w[k].lo = contextWindowStart(text, h, reach)
	}
	return ws
}

// contextWindow returns the part of text that the context pass for the
// term hit h walks, for a context automaton whose longest pattern folds
// to reach bytes. Judge weighs the cues and anti-cues that lie within
// cueWindow of h, the blocks that overlap h, and the blocks that overlap
// such a cue: all of them lie within cueWindow of h but for the part of
// a block that sticks out. Every ASCII letter or digit folds to one
// letter or digit, so a match that reaches across reach+1 of them would
// fold to more than reach bytes: no weighed match starts before the
// reach+1st of them back from cueWindow before h, or ends after the
// reach+1st on from cueWindow after it. And no match spans more than
// maxSpan bytes. The window stops there: every weighed match lies in it
// with a byte of text on either side, so that the pass over the window
// finds it, and finds it as the pass over the whole text would.
func contextWindow(text string, h hit, reach int) window {
	return window{contextWindowStart(text, h, reach), contextWindowEnd(text, h, reach)}
}

// contextWindowStart is the start of contextWindow.
func contextWindowStart(text string, h hit, reach int) int {
	lo := max(0, h.start-cueWindow)
	for n, limit := reach+1, max(0, lo-maxSpan); n > 0 && lo > limit; lo-- {
		if wordASCII[text[lo-1]] {
			n--
		}
	}
	return lo
}

// contextWindowEnd is the end of contextWindow.
func contextWindowEnd(text string, h hit, reach int) int {
	hi := min(len(text), h.end+cueWindow)
	for n, limit := reach+1, min(len(text), hi+maxSpan); n > 0 && hi < limit; hi++ {
		if wordASCII[text[hi]] {
			n--
		}
	}
	return hi
}

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
// confidence, or false when context rules it out. With tr not nil it
// records what it saw and goes on past a cancellation, so that the
// trace holds every reason and the confidence the hit would have had.
func (v *vocabulary) judge(text string, h hit, e *entry, ctx []hit, person bool, tr *trace) (float64, bool) {
	cue, anti := person, false
	var antiHit hit
	antiPen := 0.0
	cancelled := false
	for _, x := range ctx {
		if x.end-maxSpan > h.end+cueWindow {
			break // ordered by end: nothing further can be near
		}
		ce := &v.entries[x.entry]
		switch ce.typ {
		case typeAntiCue:
			if (ce.category == "" || ce.category == e.category) &&
				x.start >= h.start-cueWindow && x.end <= h.end+cueWindow && (x.end <= h.start || x.start >= h.end && !ce.before) &&
				(!ce.near || x.end >= h.start-nearWindow && x.start <= h.end+nearWindow) &&
				sameSentence(text, min(x.end, h.end), max(x.start, h.start)) {
				pen := antiCuePenalty
				if ce.category != "" {
					pen = scopedAntiPenalty
				}
				if pen > antiPen {
					antiHit, antiPen = x, pen
				}
				anti = true
				if tr != nil {
					tr.antis = append(tr.antis, x)
				}
			}
		case typeBlock:
			// A term that holds the whole block and more is the more
			// specific reading: "in behandeling bij de verslavingszorg"
			// over the sector word "verslavingszorg".
			within := h.start <= x.start && x.end <= h.end && h.end-h.start > x.end-x.start
			if x.start < h.end && h.start < x.end && !within && (ce.category == anyCategory || ce.category == e.category) {
				if tr == nil {
					return 0, false
				}
				cancelled = true
				tr.cancel = append(tr.cancel, cancelBy{reason: "block", entry: x.entry, start: x.start, end: x.end})
			}
		case typeCue:
			if (!cue || tr != nil) && x.start >= h.start-cueWindow && x.end <= h.end+cueWindow && (x.end <= h.start || x.start >= h.end) {
				if !v.blocked(x, ctx) {
					cue = true
					if tr != nil {
						tr.cues = append(tr.cues, x)
					}
				}
			}
		}
	}
	cancel := func(reason string, entry int32, start, end int) bool {
		cancelled = true
		if tr == nil {
			return true
		}
		tr.cancel = append(tr.cancel, cancelBy{reason: reason, entry: entry, start: start, end: end})
		return false
	}
	if inPlaceholder(text, h.start, h.end) {
		if cancel("placeholder", -1, h.start, h.end) {
			return 0, false // "[trade-union-membership]" is what Redact left
		}
	}
	if inAddress(text, h.start, h.end) {
		if cancel("address", -1, h.start, h.end) {
			return 0, false // "r.gay@example.com": a mailbox or a site
		}
	}
	ws, we := wordBounds(text, h.start, h.end)
	// A street or place: Kerkstraat, Ziekenhuisweg.
	if we > h.end {
		var buf [128]byte
		word := foldShort(&buf, text[ws:we]) // once, not once per suffix
		for _, s := range v.suffix {
			if h.end <= we-len(s) && hasSuffix(word, s) {
				if cancel("street-suffix", v.wordEntry(s, typeStreetSuffix), ws, we) {
					return 0, false
				}
				break
			}
		}
	}
	prev, prev2, pw, pw2 := v.prevWords(text, ws)
	next, nw := v.nextWord(text, we)
	// An acronym names no street: "afdeling CDA Hof van Twente" is a
	// party's branch in a municipality, "Kerk Hof" a place.
	acronym := acronymWord(text[ws:we])
	if acronym {
		next &^= typeStreetAfter.bit()
	}
	nextCap := next&(typeStreetAfter.bit()|typeOrgAfter.bit()) != 0 && nextCapital(text, we)
	if !nextCap && next&typeAfter.bit() == 0 && isUpperASCII(text[h.start]) && nextCapital(text, we) {
		// A longer name, the term's word capitalised in it: "Catholic
		// Health Network", "Jewish Community Centre", "Church Hill Road".
		if bits, w := v.nameRunEnd(text, we); bits != 0 && !(acronym && bits&typeOrgAfter.bit() == 0) {
			next, nw, nextCap = bits, w, true
		}
	}
	if next&typeAfter.bit() != 0 || nextCap || prev&typeOrgBefore.bit() != 0 || prev2&typeOrgBefore.bit() != 0 {
		if tr == nil {
			return 0, false
		}
		cancelled = true
		tr.word(v, "after", nw, next, typeAfter)
		if nextCap {
			tr.word(v, "org-after", nw, next, typeOrgAfter)
			tr.word(v, "street-after", nw, next, typeStreetAfter)
		}
		tr.word(v, "org-before", pw, prev, typeOrgBefore)
		tr.word(v, "org-before", pw2, prev2, typeOrgBefore)
	}
	// Inferences that need the people around the term: a husband of Mr
	// Smith, two gentlemen who are partners.
	if e.gender != genderNone && v.ownerGender(text, h.start) != e.gender {
		if cancel("owner", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.pair && !v.titlePair(text, h.start) {
		if cancel("pair", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.named != genderNone && v.nextFirstName(text, h.end) != e.named {
		if cancel("name", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.speaker != genderNone && v.speakerGender(text, h) != e.speaker {
		if cancel("speaker", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.same {
		g, rec := v.sameName(text, h.end), h
		if g == genderNone {
			// Dutch puts the verb last: "dat hij met Tom is getrouwd".
			// The partner and "met" are then left out of the record.
			var at int
			if g, at = v.prevPartner(text, h.start); g != genderNone {
				rec = hit{start: at, end: h.end}
			}
		}
		if g == genderNone || v.recordGender(text, rec) != g {
			if cancel("same", -1, h.start, h.end) {
				return 0, false
			}
		}
	}
	if e.link && !v.linked(text, h, e.category) {
		if cancel("link", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.upper && !(isUpperASCII(text[h.start]) && (!nameLike(text, ws, we) || !sentenceStart(text, ws))) {
		if cancel("upper", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.upperLast && !capitalLast(text[h.start:h.end]) {
		if cancel("upper-last", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.caps && !acronymLast(text[h.start:h.end]) {
		if cancel("caps", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.country && !v.nextCountry(text, h.end) {
		if cancel("country", -1, h.start, h.end) {
			return 0, false
		}
	}
	if e.pct && !pctHolds(text, h) {
		if cancel("pct", -1, h.start, h.end) {
			return 0, false
		}
	}
	conf := e.weight
	if !cue {
		if initialNear(text, h.start-cueWindow, h.end+cueWindow) || v.firstNameNear(text, h.start-cueWindow, h.end+cueWindow, h) || elidedSubject(text, h.start) {
			if tr != nil {
				tr.cues = append(tr.cues, hit{entry: -1, start: -1, end: -1})
			}
		} else {
			conf -= noCuePenalty
			tr.penalty("no-cue", noCuePenalty, -1)
		}
	}
	if anti && v.entries[antiHit.entry].category == "" && v.ownedBy(text, h.end, ctx) {
		// The term belongs to a person named right after it: "gezichtsherkenning
		// van stagiair Noor ingesteld op de prikklok" enrols her, whatever
		// the system around it.
		anti = false
		if tr != nil {
			tr.antis = tr.antis[:0]
		}
	}
	if anti {
		conf -= antiPen
		tr.penalty("anti-cue", antiPen, antiHit.entry)
	}
	// A party's name needs a link word in its sentence: quoted, it is the
	// person's words about the party ("'fanatiek PVV'", "'proper Reform
	// now'"), no figure of speech; abuse (flag quoted) is quoted as said.
	if !e.link && !e.quoted && v.quoted(text, h.start, h.end) {
		conf -= quotePenalty
		tr.penalty("quoted", quotePenalty, -1)
	}
	if nameLike(text, ws, we) {
		// A title after a possessive is a noun: "haar familie Moluks is"
		// speaks of her family, "familie Moluks" names one.
		if prev&typeTitle.bit() != 0 && !oneOf(pw2, funcWords.owners) {
			if cancel("title", v.wordEntry(foldKey(pw), typeTitle), ws, we) {
				return 0, false // mevrouw Kerkhof, Mr. Church
			}
		} else if !e.cap && nextCapital(text, we) && v.cueRightBefore(ctx, text, ws) {
			// A person cue, then the word (not one written with a capital
			// anyway, flag cap: "ouders Hindostaanse Surinamers") and a
			// capitalised word: a first name and a surname in apposition
			// ("Klant Gay Jansen", "Customer Gay Thompson"), as a title
			// before a surname.
			if cancel("first-name", -1, ws, we) {
				return 0, false
			}
		} else if v.titledElsewhere(text, ws, we) {
			if cancel("surname", -1, ws, we) {
				return 0, false // "Mevr. Gay-Janssen (… eerst Gay)"
			}
		}
		if !e.cap && !sentenceStart(text, ws) {
			conf -= namePenalty
			tr.penalty("name-like", namePenalty, -1)
		}
	}
	conf = math.Round(max(0, min(1, conf))*100) / 100
	if tr != nil {
		tr.conf = conf
	}
	if cancelled {
		return 0, false
	}
	return conf, true
}

// elidedSubject reports whether a sentence that begins within cueWindow
// before start, up to the term's own, opens with a capitalised verb
// without its subject (words.tsv, list elided): a note that leaves out
// its subject speaks of the person it is about ("Served 2 years at HMP
// Pentonville", "Was arrested at the protest", "Zat 2 jaar vast"); the
// same verb inside a sentence has a subject of its own ("the kitchen
// served …"). Only a hit without a person cue asks, so the common verbs
// cost the text walk nothing.
func elidedSubject(text string, start int) bool {
	for i := start; i > 0 && start-i < cueWindow; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !foldsToWord(r) {
			i -= size
			continue
		}
		ws, _ := wordBounds(text, i, i)
		if isUpperASCII(text[ws]) && sentenceStart(text, ws) && oneOf(text[ws:i], funcWords.elided) {
			return true
		}
		i = ws
	}
	return false
}

// cueRightBefore reports whether a person cue ends right before ws, one
// or more spaces between: "Klant Gay Jansen".
func (v *vocabulary) cueRightBefore(ctx []hit, text string, ws int) bool {
	for _, x := range ctx {
		if x.end < ws && x.end > ws-4 && v.entries[x.entry].typ == typeCue && strings.TrimLeft(text[x.end:ws], " ") == "" {
			return true
		}
	}
	return false
}

// ownedBy reports whether the term that ends at end belongs to a person
// named right after it: "van" or "of" (words.tsv, list of), an article at
// the most, and a person cue, a title or a capitalised first name
// ("vingerafdruk van mijnheer Wouters", "gezichtsherkenning van stagiair
// Noor", "the fingerprint of the new starter"). A general anti-cue (a
// system, a product, a job) then does not make it a thing's.
func (v *vocabulary) ownedBy(text string, end int, ctx []hit) bool {
	i, article := end, false
	for k := 0; k < 2; k++ {
		ws, we, ok := wordAfter(text, i)
		if !ok {
			return false
		}
		w := text[ws:we]
		switch {
		case k == 0:
			if !oneOf(w, funcWords.of) {
				return false
			}
		case !article && oneOf(w, funcWords.articles):
			article = true
			k-- // "van de klant"
		default:
			for _, x := range ctx {
				if x.start == ws && v.entries[x.entry].typ == typeCue {
					return true
				}
			}
			bits := v.lookup(w)
			return bits&typeTitle.bit() != 0 || bits&typeFirstName.bit() != 0 && isUpperASCII(text[ws])
		}
		i = we
	}
	return false
}

// ownerGender returns the gender of the title before a possessive name
// that ends just before start, or of the possessive first name itself:
// "Mr Smith's husband", "Mrs Jones' wife", "Jake's husband".
func (v *vocabulary) ownerGender(text string, start int) gender {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	before := text[:i]
	switch {
	case strings.HasSuffix(before, "'s"):
		i -= 2
	case strings.HasSuffix(before, "’s"):
		i -= 4
	case strings.HasSuffix(before, "s'"):
		i--
	case strings.HasSuffix(before, "s’"):
		i -= 3
	default:
		return genderNone
	}
	ws, _ := wordBounds(text, i, i)
	if ws == i || !nameLike(text, ws, i) {
		return genderNone
	}
	prev, prev2, w, w2 := v.prevWords(text, ws)
	if prev&typeTitle.bit() == 0 {
		// A title before a first name and the surname: "Ms Nomvula
		// Dlamini's wife", "Mr Tom Baker's husband".
		if prev2&typeTitle.bit() != 0 && w != "" && isUpperASCII(w[0]) {
			return v.genderOf(w2)
		}
		// A first name of one gender is its own owner: "Jake's
		// husband", "Aisha's wife".
		if v.lookup(text[ws:i])&typeFirstName.bit() != 0 {
			return v.genderOf(text[ws:i])
		}
		return genderNone
	}
	return v.genderOf(w)
}

// nameRunEnd looks along the capitalised words that follow end, one
// space apart, for an org-after or street-after word that ends the name
// within three words: "Catholic Health Network", "Gay Men's Health
// Trust". It returns that word's types and the word, or 0 when the run
// ends first.
func (v *vocabulary) nameRunEnd(text string, end int) (uint16, string) {
	i := end
	for k := 0; k < 3; k++ {
		if i+1 >= len(text) || text[i] != ' ' || !isUpperASCII(text[i+1]) {
			return 0, ""
		}
		ws, we := wordBounds(text, i+1, i+1)
		w := text[ws:we]
		if k > 0 {
			if bits := v.lookup(w); bits&(typeOrgAfter.bit()|typeStreetAfter.bit()) != 0 {
				return bits, w
			}
		}
		i = we
		for _, poss := range [...]string{"'s", "’s"} {
			if strings.HasPrefix(text[i:], poss+" ") {
				i += len(poss)
			}
		}
	}
	return 0, ""
}

// sentenceGender returns the one gender of the speaker of h's sentence,
// within cueWindow: the titles, first names and pronouns of one gender
// before h, and after it those that follow a verb of saying ("mevrouw
// Smit: mijn vrouw en ik", "mijn vrouw en ik, zegt mevrouw Smit"), or
// genderNone when there are none or both.
func (v *vocabulary) sentenceGender(text string, h hit) gender {
	g, _ := v.sentenceGenderSeen(text, h)
	return g
}

// sentenceGenderSeen is sentenceGender, and reports too whether any
// title, first name or pronoun of a gender was seen.
func (v *vocabulary) sentenceGenderSeen(text string, h hit) (gender, bool) {
	var seen [3]bool
	look := func(ws, we int) {
		if ws >= h.start && we <= h.end {
			return // the term's own words
		}
		if bits := v.lookup(text[ws:we]); bits&(typeTitle.bit()|typeFirstName.bit()|typePronoun.bit()) != 0 {
			if bits&typeFirstName.bit() != 0 && !isUpperASCII(text[ws]) {
				return // "will", "mark": a first name is capitalised
			}
			if bits&(typeTitle.bit()|typePronoun.bit()) == 0 && v.titleBefore(text, ws) {
				return // "Ms Ahmed", "dhr. Thomas": a surname after a title
			}
			seen[v.genderOf(text[ws:we])] = true
		} else if singularZe(text, ws, we) {
			seen[genderFemale] = true
		} else if g := genderCode(text, ws, we); g != genderNone {
			seen[g] = true
		}
	}
	// Backwards to the start of the sentence, then forwards to its end.
	v.sentenceBreakBefore(text, h.start, look)
	// After the term only the speaker counts, named after a verb of
	// saying ("…, zegt mevrouw Smit", "…, he says"): a pronoun or a name
	// right after it is the partner ("mijn man ligt in het ziekenhuis,
	// bel hem").
	said, pws, pwe := false, -1, -1
	for i := h.end; i < len(text) && i-h.end < cueWindow; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if foldsToWord(r) {
			_, we := wordBounds(text, i, i)
			switch {
			case said:
				look(i, we)
			case isSaying(text[i:we]):
				said = true
				if pws >= 0 {
					look(pws, pwe) // "…, he said"
				}
			}
			pws, pwe = i, we
			i = we
			continue
		}
		if r == '\n' || r == '!' || r == '?' || r == ';' || r == '.' && !sameSentence(text, i, i+size) {
			break
		}
		i += size
	}
	named := seen[genderMale] || seen[genderFemale]
	switch {
	case seen[genderMale] && !seen[genderFemale]:
		return genderMale, named
	case seen[genderFemale] && !seen[genderMale]:
		return genderFemale, named
	}
	return genderNone, named
}

// recordGender is sentenceGender for a term with flag same; when its
// own sentence names nobody, the sentence before it counts: a record's
// fields as separate sentences ("Member: Michael Torres. Spouse: John
// Torres") speak of the person the first one names.
func (v *vocabulary) recordGender(text string, h hit) gender {
	if g := v.relativeGender(text, h.start); g != genderNone {
		return g
	}
	if g, seen := v.sentenceGenderSeen(text, h); seen {
		return g
	}
	if b := v.sentenceBreakBefore(text, h.start, nil); b > 0 {
		return v.sentenceGender(text, hit{start: b, end: b})
	}
	return genderNone
}

// relativeGender returns the gender of a relative who is the subject
// of the term that starts at start: a kinship noun of one gender
// (words.tsv, lists kin-m and kin-f) before it in its sentence, with at
// most three words between that name nobody ("zijn dochter is inmiddels
// getrouwd met"), or past the relative's own name ("zijn dochter Anna")
// or the person whose relative it is ("de dochter van meneer Jansen",
// "the sister of Mr Brown"). The relative's gender then counts, not the
// speaker's: in "meneer zegt dat zijn dochter met Tom is getrouwd" the
// daughter marries. A pronoun, a gender code, "en" or "and" between, or
// a name that no kinship noun owns, gives genderNone: the speaker's rules
// decide ("zijn dochter zegt dat hij met Tom is getrouwd"). A capitalised
// kinship noun inside the sentence is a surname ("mevrouw de Man").
func (v *vocabulary) relativeGender(text string, start int) gender {
	const reach = 12
	var words [reach][2]int
	n := 0
	v.sentenceBreakBefore(text, start, func(ws, we int) {
		if n < reach {
			words[n] = [2]int{ws, we}
			n++
		}
	})
	kin := func(i int) gender {
		ws, we := words[i][0], words[i][1]
		if isUpperASCII(text[ws]) && i < n-1 {
			return genderNone // a surname: "mevrouw de Man"
		}
		switch w := text[ws:we]; {
		case oneOf(w, funcWords.kinMale):
			return genderMale
		case oneOf(w, funcWords.kinFemale):
			return genderFemale
		}
		return genderNone
	}
	plain := 0
	for i := 0; i < n; i++ {
		if g := kin(i); g != genderNone {
			return g
		}
		ws, we := words[i][0], words[i][1]
		w := text[ws:we]
		bits := v.lookup(w)
		if bits&typePronoun.bit() != 0 || singularZe(text, ws, we) || genderCode(text, ws, we) != genderNone || oneOf(w, coordinators) {
			return genderNone
		}
		if isUpperASCII(text[ws]) || bits&typeTitle.bit() != 0 {
			// A run of names, titles and particles, owned by the kinship
			// noun right before it ("dochter Anna") or before "van" or
			// "of" ("dochter van meneer Jansen": "van" is a particle).
			j := i
			for j < n {
				ws, we := words[j][0], words[j][1]
				if !isUpperASCII(text[ws]) && v.lookup(text[ws:we])&typeTitle.bit() == 0 && !isParticle(text[ws:we]) {
					break
				}
				if g := kin(j); g != genderNone && j > i {
					return g
				}
				j++
			}
			if j < n && strings.EqualFold(text[words[j][0]:words[j][1]], "of") && j+1 < n {
				return kin(j + 1)
			}
			if j < n {
				return kin(j)
			}
			return genderNone
		}
		if plain++; plain > 3 {
			return genderNone
		}
	}
	return genderNone
}

// coordinators join two clauses, each with its own subject: a
// kinship noun before one is no subject of the other ("hij bezoekt zijn
// dochter en is getrouwd met Tom").
var coordinators = []string{"en", "and"}

// sentenceBreakBefore returns the offset of the character that ends the
// sentence before start, within cueWindow, or -1; the full stop of a
// title ends none ("Mevr. Smit: mijn vrouw …"). It calls word, if not
// nil, with the bounds of each word it passes, nearest first.
func (v *vocabulary) sentenceBreakBefore(text string, start int, word func(ws, we int)) int {
	for i := start; i > 0 && start-i < cueWindow; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if foldsToWord(r) {
			ws, _ := wordBounds(text, i, i)
			if word != nil {
				word(ws, i)
			}
			i = ws
			continue
		}
		if r == '.' && i > size {
			if ws, _ := wordBounds(text, i-size, i-size); ws < i-size && v.lookup(text[ws:i-size])&typeTitle.bit() != 0 {
				i -= size
				continue
			}
		}
		if r == '\n' || r == '!' || r == '?' || r == ';' || r == '.' && !sameSentence(text, i-size, i) {
			return i - size
		}
		i -= size
	}
	return -1
}

// titleBefore reports whether a title ("Ms", "dhr.", "Mrs.") stands
// right before the word that starts at ws: the word is then a surname,
// even where it is also a first name ("Ms Ahmed", "meneer Willem").
func (v *vocabulary) titleBefore(text string, ws int) bool {
	i := ws
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i > 0 && text[i-1] == '.' {
		i--
	}
	if i == ws {
		return false
	}
	ts, _ := wordBounds(text, i, i)
	return ts < i && v.lookup(text[ts:i])&typeTitle.bit() != 0
}

// singularZe reports whether text[ws:we] is Dutch "ze" or "zij" as "she":
// next to a verb in the singular ("ze is", "zij heeft", "zegt ze").
// Alone the words are also "they", which is why they are no pronoun
// lines.
func singularZe(text string, ws, we int) bool {
	if !oneOf(text[ws:we], funcWords.she) {
		return false
	}
	// The word after, across spaces only.
	i := we
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i > we && i < len(text) {
		_, ne := wordBounds(text, i, i)
		if oneOf(text[i:ne], funcWords.singularVerbs) {
			return true
		}
	}
	// The word before, across spaces only.
	return oneOf(prevWordOf(text, ws), funcWords.singularVerbs)
}

// speakerGender returns the gender of the person a first-person term
// speaks for: the sentence's own speaker (sentenceGender), or, when the
// sentence names nobody of either gender and the term is in the first
// person ("mijn vrouw en ik", "my husband and I"), the writer's, from the
// sign-off at the end of the text ("Met vriendelijke groet, Anja de
// Vries", "Kind regards, Mrs Cole", "Thanks, Peter").
func (v *vocabulary) speakerGender(text string, h hit) gender {
	if !firstPerson(text[h.start:h.end]) {
		// "meneer zegt dat zijn zoon op mannen valt": the son's gender.
		if g := v.relativeGender(text, h.start); g != genderNone {
			return g
		}
	}
	g, named := v.sentenceGenderSeen(text, h)
	if g != genderNone || named || !firstPerson(text[h.start:h.end]) {
		return g
	}
	return v.writerGender(text)
}

// firstPerson reports whether a term's words begin with a possessive of
// the first person: "mijn vrouw", "my husband".
func firstPerson(term string) bool {
	ws, we := wordBounds(term, 0, 0)
	return oneOf(term[ws:we], funcWords.possessives)
}

// writerGender returns the gender of the writer: named in the text's
// sign-off, a title or a capitalised first name among the four words
// after a closing word ("groet", "regards", "thanks") or "customer is"
// in the last signOffReach bytes, or introduced at its start, among the
// three words after "ik ben", "mijn naam is", "my name is", "I'm", "this
// is", "Van:" or "From:" in the first signOffReach bytes. Both genders,
// or none, give genderNone.
func (v *vocabulary) writerGender(text string) gender {
	const signOffReach = 120
	var seen [3]bool
	v.writerNames(text[runeStart(text, max(0, len(text)-signOffReach)):], &seen, 4, func(w, prev, next string) bool {
		return oneOf(w, funcWords.signOff) || oneOf(w, []string{"is"}) && oneOf(prev, funcWords.writer)
	})
	v.writerNames(text[:runeStart(text, min(len(text), signOffReach))], &seen, 3, func(w, prev, next string) bool {
		switch {
		case oneOf(w, []string{"ben"}):
			return oneOf(prev, []string{"ik"}) // "ik ben Anja"
		case oneOf(w, []string{"is"}):
			return oneOf(prev, []string{"naam", "name", "this"}) // "my name is", "this is"
		case oneOf(w, []string{"m", "am"}):
			return oneOf(prev, []string{"i"}) // "I'm Sarah"
		case oneOf(w, []string{"van", "from"}):
			return strings.HasPrefix(next, ":") // "Van: Anja de Vries"
		}
		return false
	})
	switch {
	case seen[genderMale] && !seen[genderFemale]:
		return genderMale
	case seen[genderFemale] && !seen[genderMale]:
		return genderFemale
	}
	return genderNone
}

// writerNames marks in seen the genders of the titles and capitalised
// first names among the reach words after each word of part for which
// trigger (given the word, the word before it and the text after it)
// holds.
func (v *vocabulary) writerNames(part string, seen *[3]bool, reach int, trigger func(w, prev, next string) bool) {
	after := -1 // words seen since the last trigger, or -1
	prev := ""
	for i := 0; i < len(part); {
		r, size := utf8.DecodeRuneInString(part[i:])
		if !foldsToWord(r) {
			i += size
			continue
		}
		_, we := wordBounds(part, i, i)
		w := part[i:we]
		switch {
		case trigger(w, prev, part[we:]):
			after = 0
		case after >= 0 && after < reach:
			after++
			if bits := v.lookup(w); bits&(typeTitle.bit()|typeFirstName.bit()) != 0 {
				if bits&typeFirstName.bit() == 0 || isUpperASCII(w[0]) {
					seen[v.genderOf(w)] = true
				}
			}
		}
		prev = w
		i = we
	}
}

// isSaying reports whether word is a verb of saying after which a note
// names the speaker: "zegt mevrouw", "he said".
func isSaying(word string) bool { return oneOf(word, funcWords.saying) }

// linked reports whether a link word of category cat (a cue line with
// that category) stands in h's sentence, within cueWindow: "stemt",
// "member", "campaigns" for a party's bare name. The link words are
// matched here, only for the few terms that need them.
func (v *vocabulary) linked(text string, h hit, cat Category) bool {
	lo, hi := runeStart(text, max(0, h.start-cueWindow)), runeStart(text, min(len(text), h.end+cueWindow))
	var buf [8]hit
	for _, x := range v.match(buf[:0], v.links, typeCue.bit(), text[lo:hi], lo) {
		if v.entries[x.entry].category == cat && (x.end <= h.start || x.start >= h.end) &&
			sameSentence(text, min(x.end, h.end), max(x.start, h.start)) {
			return true
		}
	}
	return false
}

// afterShare reports whether a share in per cent other than 100, or
// half, quarter or kwart, stands right before start: "40% ", "40 % ",
// "12,5% ", "25 percent ", "30 procent ", "half ". An ancestry test gives
// shares, and so do people of mixed descent; "100% Italian wool" is a
// product's origin.
func afterShare(text string, start int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	before := text[:i]
	for _, w := range [...]string{"half", "quarter", "kwart"} {
		if hasSuffixFold(before, w) {
			return true // "half Japanese", "een kwart Surinaams"
		}
	}
	switch {
	case strings.HasSuffix(before, "%"):
		i--
	case hasSuffixFold(before, "percent"), hasSuffixFold(before, "procent"):
		i -= len("percent")
	default:
		return false
	}
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (isDigit(text[j-1]) || (text[j-1] == ',' || text[j-1] == '.') && j-1 > 0 && isDigit(text[j-2])) {
		j--
	}
	if j == i || j > 0 && isLetterASCII(text[j-1]) {
		return false
	}
	return text[j:i] != "100"
}

// abusedFor reports whether the word before start is "being" and a word
// of abuse stands within the four words before it, in its sentence: "a
// slur about him being Chinese", "bullied for being Polish", "abused for
// being Somali". Abuse aimed at a person for an origin ascribed to them
// is racist abuse (docs/labeling.md), where "she is Polish" alone is a
// nationality.
func abusedFor(text string, start int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if !hasSuffixFold(text[:i], "being") {
		return false
	}
	i -= len("being")
	for n := 0; n < 4 && i > 0; n++ {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		ws, _ := wordBounds(text, i, i)
		if ws == i {
			return false // punctuation: the clause ends
		}
		if oneOf(text[ws:i], funcWords.abuse) {
			return true
		}
		i = ws
	}
	return false
}

// parentIs reports whether a parent or grandparent and a form of "to
// be" stand right before start (or the parent before it and the verb
// after it; an indefinite article may stand between the verb and start:
// "zijn vader is een Surinamer"), and no hyphen follows end: "his mum is Nigerian", "her
// grandparents were Jamaican", "dat zijn moeder Marokkaans is". The origin of the parents is the person's descent
// (docs/labeling.md: roots, among them the country the parents come
// from); "her mother is English-speaking" says a language.
func parentIs(text string, start, end int) bool {
	if end < len(text) && text[end] == '-' {
		return false
	}
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	ws, _ := wordBounds(text, i, i)
	if ws == i {
		return false
	}
	if oneOf(text[ws:i], funcWords.indefinite) {
		// An origin noun after an article: "zijn vader is een Surinamer".
		i = ws
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		if ws, _ = wordBounds(text, i, i); ws == i || !oneOf(text[ws:i], funcWords.be) {
			return false
		}
	}
	if oneOf(text[ws:i], funcWords.parents) {
		// Dutch puts the verb last: "dat zijn moeder Marokkaans is".
		k := end
		for k < len(text) && text[k] == ' ' {
			k++
		}
		_, we := wordBounds(text, k, k)
		return we > k && oneOf(text[k:we], funcWords.be)
	}
	if !oneOf(text[ws:i], funcWords.be) {
		return false
	}
	i = ws
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	ws, _ = wordBounds(text, i, i)
	return ws < i && oneOf(text[ws:i], funcWords.parents)
}

// pctHolds reports whether an origin adjective with flag pct says a
// person's descent: after an ancestry share, abuse or a parent's "is"
// (ending there), as the answer to a census or monitoring form's
// question ("ethnicity: Indian", "designated group - Indian"), before a
// noun of descent ("of Ukrainian origin", "van Turkse afkomst"), or
// hyphenated before the country of residence in a heritage identity
// ("Vietnamese-Australian", "Turks-Nederlandse").
func pctHolds(text string, h hit) bool {
	if nextWordIn(text, h.end, funcWords.descent) > 0 {
		return true
	}
	if h.end < len(text) && text[h.end] == '-' {
		if e := nextWordIn(text, h.end+1, funcWords.host); e > 0 {
			return shareEnds(text, e)
		}
		return false
	}
	return generationAfter(text, h.end) ||
		(afterShare(text, h.start) || abusedFor(text, h.start) || parentIs(text, h.start, h.end) || censusLabel(text, h.start)) && shareEnds(text, h.end)
}

// generationAfter reports whether the generation of descent follows an
// origin noun that ends at end: "van de" or "of the", an ordinal
// (words.tsv, list generation) and "generatie" or "generation": "een
// Marokkaan van de tweede generatie" is a person of Moroccan descent
// born here (CBS: migratieachtergrond, tweede generatie), as "tweede
// generatie Marokkaans".
func generationAfter(text string, end int) bool {
	e := nextWordIn(text, end, funcWords.of)
	if e == 0 {
		return false
	}
	if a := nextWordIn(text, e, funcWords.articles); a > 0 {
		e = a
	}
	for e < len(text) && text[e] == ' ' {
		e++
	}
	if e >= len(text) || !isLetterASCII(text[e]) && !isDigit(text[e]) {
		return false
	}
	_, we := wordBounds(text, e, e)
	if !oneOf(text[e:we], funcWords.generation) {
		return false // "2e", "tweede"
	}
	for e = we; e < len(text) && text[e] == ' '; e++ {
	}
	return strings.HasPrefix(strings.ToLower(text[e:min(len(text), e+8)]), "generati") // generatie, generation
}

// nextWordIn returns the end of the word that follows end after spaces
// when it is one of list, or 0.
func nextWordIn(text string, end int, list []string) int {
	if ws, we, ok := wordAfter(text, end); ok && oneOf(text[ws:we], list) {
		return we
	}
	return 0
}

// wordAfter returns the bounds of the word that starts after the spaces
// at i, or false when the text ends there or no ASCII letter starts it.
func wordAfter(text string, i int) (ws, we int, ok bool) {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i >= len(text) || !isLetterASCII(text[i]) {
		return i, i, false
	}
	_, we = wordBounds(text, i, i)
	return i, we, true
}

// censusLabel reports whether the answer that starts at start follows a
// census or monitoring form's label, one of the three words before a
// colon or a dash: "ethnicity: Indian", "race on NRIC: Malay",
// "designated group - Indian". A nationality or a language is no label.
func censusLabel(text string, start int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	switch {
	case i > 0 && (text[i-1] == ':' || text[i-1] == '-'):
		i--
	case strings.HasSuffix(text[:i], "–"):
		i -= len("–")
	default:
		return false
	}
	for n := 0; n < 3; n++ {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		ws, _ := wordBounds(text, i, i)
		if ws == i {
			return false // punctuation: the label ends
		}
		if oneOf(text[ws:i], funcWords.census) {
			return true
		}
		i = ws
	}
	return false
}

// shareEnds reports whether an ancestry share ends at end: the text
// ends, or punctuation or one of a few joining words follows ("40%
// Nigerian, 30% Irish", "half Japanese on her mother's side"), not a
// noun the adjective describes ("50% Dutch customers", "25% French
// VAT").
func shareEnds(text string, end int) bool {
	i := end
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i == len(text) || !isLetterASCII(text[i]) {
		return true
	}
	j := i
	for j < len(text) && isLetterASCII(text[j]) {
		j++
	}
	return oneOf(text[i:j], funcWords.shareEnd)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) &&
		(len(s) == len(suffix) || !isLetterASCII(s[len(s)-len(suffix)-1]))
}

// nextFirstName returns the gender of the first name that follows end,
// after spaces and at most one comma, colon or dash: "zijn verloofde Thomas",
// "her partner, Sarah,", "spouse - Siobhan", or the title before the name
// ("spouse, Mrs Siobhan O'Dea"). The name must be capitalised.
func (v *vocabulary) nextFirstName(text string, end int) gender {
	i, punct := end, false
	for i < len(text) && i-end < 6 {
		switch text[i] {
		case ' ':
			i++
			continue
		case ',', ':', '-':
			if !punct {
				punct = true
				i++
				continue
			}
		case 0xE2: // an en or em dash, as a form's separator: "spouse – Siobhan"
			if !punct && (strings.HasPrefix(text[i:], "–") || strings.HasPrefix(text[i:], "—")) {
				punct = true
				i += len("–")
				continue
			}
		}
		break
	}
	if i >= len(text) {
		return genderNone
	}
	if !isUpperASCII(text[i]) {
		// Dutch writes a title in lower case inside a sentence, after an
		// article for "heer": "getrouwd met dhr. Smit", "woont samen met
		// mevr. de Wit", "getrouwd met de heer Bos". A lower-case word
		// that is no title is no name.
		return v.lowerTitle(text, i)
	}
	_, we := wordBounds(text, i, i)
	w := text[i:we]
	bits := v.lookup(w)
	if bits&typeTitle.bit() != 0 && titleNamed(text, we) {
		// A title of one gender before a name says the same: "spouse,
		// Mrs Siobhan O'Dea", "her partner Ms Green".
		return v.genderOf(w)
	}
	if bits&typeFirstName.bit() == 0 {
		return genderNone
	}
	return v.genderOf(w)
}

// lowerTitle returns the gender of a title written in lower case at i
// ("dhr.", "mevrouw", "de heer") that a surname follows, past surname
// particles ("mevr. de Wit"), or genderNone.
func (v *vocabulary) lowerTitle(text string, i int) gender {
	_, we := wordBounds(text, i, i)
	if we < len(text) && text[we] == ' ' && text[i:we] == "de" {
		i = we + 1 // "de heer Bos"
		_, we = wordBounds(text, i, i)
	}
	w := text[i:we]
	if we == i || v.lookup(w)&typeTitle.bit() == 0 {
		return genderNone
	}
	end := we
	if end < len(text) && text[end] == '.' {
		end++
	}
	for n := 0; n < maxParticles && end < len(text) && text[end] == ' '; n++ {
		_, pe := wordBounds(text, end+1, end+1)
		if !isParticle(text[end+1 : pe]) {
			break
		}
		end = pe
	}
	if !titleNamed(text, end) {
		return genderNone
	}
	return v.genderOf(w)
}

// titleNamed reports whether a capitalised name follows a title that ends
// at end, after an optional full stop and one space: "Mrs Siobhan",
// "Mr. Jones".
func titleNamed(text string, end int) bool {
	if end < len(text) && text[end] == '.' {
		end++
	}
	return end+1 < len(text) && text[end] == ' ' && isUpperASCII(text[end+1])
}

// nextCountry reports whether a capitalised country or region of origin
// (a country line) follows end, after spaces and at most an article:
// "komen uit Marokko", "are from the Philippines", "uit de Molukken";
// or after the colon that ends a form's label: "Geboorteland ouders:
// Turkije".
func (v *vocabulary) nextCountry(text string, end int) bool {
	i := end
	if i < len(text) && text[i] == ':' {
		i++
	}
	for k := 0; k < 2; k++ {
		ws, we, ok := wordAfter(text, i)
		if !ok {
			return false
		}
		w := text[ws:we]
		if isUpperASCII(text[ws]) && v.lookup(w)&typeCountry.bit() != 0 {
			return true
		}
		if k > 0 || !oneOf(w, funcWords.articles) {
			return false
		}
		i = we
	}
	return false
}

// sameName returns the gender of the first name that a term with flag
// same is about: right after it ("trouwt met Peter"), or, when a few
// words stand between, after a partner preposition within the next
// four words of its clause ("trouwt in mei met Sanne", "is marrying
// next month with"): Dutch puts a time between the verb and "met"; or
// after the colon that ends a form's label of up to four words ("Spouse
// on the beneficiary form: John").
func (v *vocabulary) sameName(text string, end int) gender {
	if g := v.nextFirstName(text, end); g != genderNone {
		return g
	}
	i := end
	for n := 0; ; n++ {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if n > 0 && i < len(text) && text[i] == ':' {
			// A form's label of up to four words ends at its colon, the
			// name is its answer: "Spouse on the beneficiary form: John
			// Torres".
			return v.nextFirstName(text, i)
		}
		if n == 4 || i >= len(text) || !foldsToWord(leadRune(text[i:])) {
			return genderNone // punctuation: the clause ends; or a fifth word
		}
		_, we := wordBounds(text, i, i)
		if oneOf(text[i:we], funcWords.with) {
			return v.nextFirstName(text, we)
		}
		i = we
	}
}

// prevPartner returns the gender of the partner that Dutch names before
// a verb at the end of its clause, "met" and a first name or a title
// and surname, with at most one auxiliary between ("dat hij met Tom is
// getrouwd", "met dhr. de Bos samenwoont"), and the offset of "met";
// genderNone when the words before start are not so.
func (v *vocabulary) prevPartner(text string, start int) (gender, int) {
	// prev returns the word that ends before i, past spaces and a title's
	// full stop, or ws = -1.
	prev := func(i int) (int, int) {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		if i > 1 && text[i-1] == '.' {
			// Only a title's full stop: "met dhr. Bos".
			if ws, _ := wordBounds(text, i-1, i-1); ws == i-1 || v.lookup(text[ws:i-1])&typeTitle.bit() == 0 {
				return -1, -1
			}
			i--
		}
		if i == 0 || !foldsToWord(lastRune(text[:i])) {
			return -1, -1
		}
		ws, _ := wordBounds(text, i, i)
		return ws, i
	}
	ws, we := prev(start)
	if ws < 0 {
		return genderNone, 0
	}
	if oneOf(text[ws:we], dutchAux) {
		if ws, we = prev(ws); ws < 0 {
			return genderNone, 0
		}
	}
	if !isUpperASCII(text[ws]) {
		return genderNone, 0
	}
	g := genderNone
	if bits := v.lookup(text[ws:we]); bits&typeFirstName.bit() != 0 && bits&typeTitle.bit() == 0 {
		g = v.genderOf(text[ws:we])
	}
	// A surname after a title, past particles: "met mevr. de Wit".
	ts, te := prev(ws)
	for n := 0; n < maxParticles && ts >= 0 && isParticle(text[ts:te]); n++ {
		ts, te = prev(ts)
	}
	if ts >= 0 && v.lookup(text[ts:te])&typeTitle.bit() != 0 && v.genderOf(text[ts:te]) != genderNone {
		g = v.genderOf(text[ts:te])
		ws = ts
		if as, ae := prev(ts); as >= 0 && strings.EqualFold(text[as:ae], "de") && strings.EqualFold(text[ts:te], "heer") {
			ws = as // "met de heer Bos"
		}
	}
	if g == genderNone {
		return genderNone, 0
	}
	ms, me := prev(ws)
	if ms < 0 || !strings.EqualFold(text[ms:me], "met") {
		return genderNone, 0
	}
	return g, ms
}

// genderCode returns the gender of a record's code in brackets after a
// person: "klant (m)", "cliënt (v, 34)", "client (F, 52)": m for man or
// male, v for vrouw, f for female.
func genderCode(text string, ws, we int) gender {
	if we-ws != 1 || ws == 0 || text[ws-1] != '(' || we >= len(text) || text[we] != ')' && text[we] != ',' {
		return genderNone
	}
	switch text[ws] | 0x20 {
	case 'm':
		return genderMale
	case 'v', 'f':
		return genderFemale
	}
	return genderNone
}

// dutchAux are the auxiliaries that may stand between a verb-final
// partner and its participle ("met Tom is getrouwd").
var dutchAux = []string{"is", "was", "zijn", "waren"}

// titlePair reports whether two titles of one gender, or two people of
// one gender named by capitalised first names or a pronoun and joined by
// "en" or "and" with nothing but names between (words.tsv, list and:
// "Sarah and Emma are married", "She and Jenny got married"; a first
// name after "of" is a third person's), stand before start in its
// sentence, named as a couple: "Dhr. Jansen en dhr. Pietersen,
// partners sinds 2015", "Mevr. A. en mevr. B. zijn getrouwd". The full
// stop of an abbreviated title does not end the sentence, nor that of an
// initial unless a capitalised title follows it ("met dhr. B. Mevr. B.
// en dhr. B. zijn getrouwd" names two people after the break); the
// term's sentence may open with a plural pronoun for the two people of
// the sentence before (words.tsv, list they: "dhr. Van Rijn en dhr. Osei.
// Ze zijn getrouwd"). Two people named with a relation other than a
// couple between them and the term (words.tsv, list apart: "zijn
// broers en wonen samen", "zijn collega dhr. de Vries", "are both
// married"; not inside brackets, an aside: "(both 54)") are no couple,
// unless the word belongs to a third person ("vader van Tim"); nor are
// two people on two sides of a contact or a letter's header (list
// contact, between the titles: "dhr. Jansen belde met dhr. de Vries",
// "Aan: dhr. A., cc: dhr. B.").
func (v *vocabulary) titlePair(text string, start int) bool {
	var count [3]int
	var named [3]bool // a first name or a pronoun among the people counted
	persons := 0
	coord, other := false, false // since the last person: "en"/"and", another word
	next, nextAt := "", 0        // the word after the one in hand, in the text's order
	carried, paren := false, 0
	i := start
	for i > 0 && start-i < cueWindow {
		ws, _ := wordBounds(text, i, i)
		if ws < i {
			w := text[ws:i]
			bits := v.lookup(w)
			g, byName := genderNone, false
			switch {
			case bits&typeTitle.bit() != 0:
				g = v.genderOf(w)
			case bits&typeFirstName.bit() != 0 && isUpperASCII(w[0]) && !v.titleBefore(text, ws) && !oneOf(prevWordOf(text, ws), funcWords.of):
				g, byName = v.genderOf(w), true // "Sarah and Emma are married"; not "father of Tim"
			case bits&typePronoun.bit() != 0 && oneOf(next, funcWords.and):
				g, byName = v.genderOf(w), true // "She and Jenny got married"
			}
			if g != genderNone {
				// People named by a first name or a pronoun are a pair only
				// when "en" or "and" joins them and nothing but names
				// stands between: "Sarah told Emma she is married" speaks
				// of one.
				if count[g] == 0 || !(byName || named[g]) || coord && !other {
					count[g]++
					named[g] = named[g] || byName
					if count[g] >= 2 {
						return true
					}
				}
				persons++
				coord, other = false, false
			} else if oneOf(w, funcWords.and) {
				coord = true
			} else if !isUpperASCII(w[0]) && paren == 0 {
				if oneOf(w, funcWords.apart) && !oneOf(next, funcWords.of) {
					return false // "zijn broers", not "vader van Tim"
				}
				if persons > 0 && oneOf(w, funcWords.contact) {
					return false // "belde met dhr. de Vries"
				}
				if isLetterASCII(w[0]) && !isParticle(w) {
					other = true
				}
			}
			next, nextAt = w, ws
			i = ws
			continue
		}
		// A separator: a sentence end stops the search, unless it is the
		// full stop of a title or of an initial that no title follows, or
		// the term's sentence opens with a plural pronoun that names the
		// two people of the sentence before ("… door dhr. Van Rijn en dhr.
		// Osei. Ze zijn sinds 2019 getrouwd"; not "ze is": she).
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case '\n', '\r', '!', '?', ';':
			return false
		case ')':
			paren++ // an aside ("(both 54)") says no relation
		case '(':
			paren = max(0, paren-1)
		case '&', '+':
			coord = true // "Sarah & Emma"
		case '.':
			pws, _ := wordBounds(text, i-size, i-size)
			w := text[pws : i-size]
			initial := len(w) == 1 && isUpperASCII(w[0])
			if v.lookup(w)&typeTitle.bit() == 0 && !initial {
				if carried || persons > 0 || !oneOf(next, funcWords.they) || singularZe(text, nextAt, nextAt+len(next)) {
					return false
				}
				carried = true
			}
			if initial && next != "" && isUpperASCII(next[0]) && v.lookup(next)&typeTitle.bit() != 0 {
				return false // "dhr. B. Mevr. B. en dhr. B. …": a new sentence
			}
		}
		i -= size
	}
	return false
}

// prevWordOf returns the word that ends before ws, across spaces only,
// or "".
func prevWordOf(text string, ws int) string {
	i := ws
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == ws || i == 0 {
		return ""
	}
	s, _ := wordBounds(text, i, i)
	return text[s:i]
}

// genderOf returns the gender the word lists give word (a title, a
// first name or a pronoun), folding it on the stack.
func (v *vocabulary) genderOf(word string) gender {
	if word == "" || len(word) > 32 {
		return genderNone
	}
	var buf [64]byte
	return v.genders[string(foldWord(buf[:0], word))]
}

// foldKey folds a word of the text for a map lookup.
func foldKey(word string) string {
	if word == "" || len(word) > 32 {
		return ""
	}
	var buf [64]byte
	f := foldWord(buf[:0], word)
	return string(f)
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

// addressReach bounds the look around a hit for the rest of an address.
const addressReach = 64

// inAddress reports whether text[start:end] lies inside an e-mail or web
// address: the run of characters around it that holds no space or
// bracket has an '@' or "://", or begins with "www.". A word in an
// address names a mailbox or a site ("r.gay@example.com",
// "www.diabetesfonds.nl"), not the person who writes from it.
func inAddress(text string, start, end int) bool {
	s := start
	for s > 0 && start-s < addressReach && !addressStop(text[s-1]) {
		s--
	}
	e := end
	for e < len(text) && e-end < addressReach && !addressStop(text[e]) {
		e++
	}
	tok := text[s:e]
	return strings.IndexByte(tok, '@') >= 0 || strings.Contains(tok, "://") ||
		len(tok) > 4 && strings.EqualFold(tok[:4], "www.") || domainName(tok)
}

// webTLDs are the top-level domains of the sites that Dutch and English
// notes name without "www." ("diabetesfonds.nl", "mind.org.uk").
var webTLDs = []string{"nl", "be", "com", "org", "net", "uk", "eu", "de", "info", "io"}

// domainName reports whether tok, less the punctuation that may end a
// sentence after it, is a host name with a path or none: letters and
// digits in labels joined by dots, the last a known top-level domain.
// "diabetes.Ze" (a missing space) is none.
func domainName(tok string) bool {
	tok = strings.TrimRight(tok, ".:!?")
	if i := strings.IndexByte(tok, '/'); i >= 0 {
		tok = tok[:i]
	}
	dot := strings.LastIndexByte(tok, '.')
	if dot <= 0 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if b := tok[i]; !isWordByte(b) && b != '.' && b != '-' {
			return false
		}
	}
	tld := tok[dot+1:]
	for _, t := range webTLDs {
		if tld == t {
			return true // lower case only: "Klant heeft diabetes.De…"
		}
	}
	return false
}

// addressStop reports whether b ends an address: a space or a bracket,
// quotation mark or punctuation that does not occur inside one.
func addressStop(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '<', '>', '(', ')', '[', ']', '"', '\'', ',', ';':
		return true
	}
	return false
}

// titledElsewhere reports whether the capitalised word text[ws:we] stands
// right after a title at another place in the text: a surname once
// introduced by a title is the same person's name where it stands alone
// ("Mr. Gay rang … Gay said", "Mevr. Gay-Janssen (… eerst Gay)").
func (v *vocabulary) titledElsewhere(text string, ws, we int) bool {
	word := text[ws:we]
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		p := i + j
		i = p + len(word)
		if p == ws || p > 0 && (isWordByte(text[p-1]) || text[p-1] >= 0x80) || i < len(text) && (isWordByte(text[i]) || text[i] >= 0x80) {
			continue
		}
		if prev, _, _, pw2 := v.prevWords(text, p); prev&typeTitle.bit() != 0 && !oneOf(pw2, funcWords.owners) {
			return true
		}
	}
	return false
}

// quoted reports whether text[start:end] stands inside a short quotation
// on one line: CRM notes quote a customer's figures of speech ("ik word er
// 'helemaal ziek' van"), slogans and product names. An apostrophe inside a
// word (zo'n, it's, O'Brien) opens and closes nothing.
func (v *vocabulary) quoted(text string, start, end int) bool {
	open := -1
	for i := start - 1; i >= 0 && start-i <= quoteWindow; i-- {
		b := text[i]
		if !quoteStop[b] {
			continue // neither a line break nor the first byte of a quotation mark
		}
		if b == '\n' || b == '\r' {
			return false
		}
		if q := quoteAt(text, i); q > 0 && (i == 0 || !foldsToWord(lastRune(text[:i]))) {
			open = i
			break
		}
	}
	if open < 0 || formAnswer(text, open) || v.speechQuoted(text, open) {
		return false
	}
	for i := end; i < len(text) && i-end <= quoteWindow; i++ {
		b := text[i]
		if !quoteStop[b] {
			continue
		}
		if b == '\n' || b == '\r' {
			return false
		}
		if q := quoteAt(text, i); q > 0 && (i+q == len(text) || !foldsToWord(leadRune(text[i+q:]))) {
			return !ownWordsQuoted(text, open, i) && !firstPersonQuoted(text, open, i) && !hurledQuoted(text, open, i+q) && !sentenceQuoted(text, open, i) &&
				!answerAfter(text, i+q) && !saidQuoted(text, open, i, i+q)
		}
	}
	return false
}

// sentenceQuoted reports whether the quotation text[open:close] holds a
// sentence of its own, at least quotedSentenceWords words: a person's
// words quoted as said ("'ik zat gisteren met XR op de A12'", "'I was
// at the Palestine march on Saturday'"), not a figure of speech or a
// slogan, which are a few words ("'helemaal ziek'", "'kanker'").
func sentenceQuoted(text string, open, close int) bool {
	words, in := 0, false
	for _, r := range text[open+quoteAt(text, open) : close] {
		w := foldsToWord(r)
		if w && !in {
			words++
			if words >= quotedSentenceWords {
				return true
			}
		}
		in = w
	}
	return false
}

// quotedSentenceWords is the number of words from which a quotation is
// a sentence quoted as said.
const quotedSentenceWords = 5

// ownWordsQuoted reports whether the quotation text[open:close] gives a
// person's own words as reported speech: it begins with "because I'm"
// or "omdat ik" (a reason the person gives for how they were treated)
// and a verb of saying stands before it in its sentence ("Mr Ahmed said
// the guard followed him 'because I'm Asian'").
func ownWordsQuoted(text string, open, close int) bool {
	q := text[open+quoteAt(text, open) : close]
	if !(hasPrefixFold(q, "because i'm ") || hasPrefixFold(q, "because i’m ") || hasPrefixFold(q, "because i am ") || hasPrefixFold(q, "omdat ik ")) {
		return false
	}
	for i := open; i > 0 && open-i < quoteWindow; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if r == '\n' || r == '!' || r == '?' || r == ';' || r == '.' && !sameSentence(text, i-size, i) {
			return false
		}
		if foldsToWord(r) {
			ws, _ := wordBounds(text, i, i)
			if isSaying(text[ws:i]) {
				return true
			}
			i = ws
			continue
		}
		i -= size
	}
	return false
}

// firstPersonQuoted reports whether the quotation text[open:close] gives
// a person's own statement about themselves: it begins with a pronoun of
// the first person and a further word ("'wij vieren geen kerst, we zijn
// Jehova's getuigen'", "'I've been inside twice'"). A person quoted
// speaking of themselves says what they are or do; the figures of speech
// the quotation penalty is for are short phrases ("'helemaal ziek'",
// "'a political decision'"), and the common first-person ones ("ik word
// er ziek van", "I'm sick of it") are blocks of their own.
func firstPersonQuoted(text string, open, close int) bool {
	q := text[open+quoteAt(text, open) : close]
	for _, p := range funcWords.firstPerson {
		if hasPrefixFold(q, p) && len(q) > len(p) && foldsToWord(leadRune(q[len(p):])) {
			return true
		}
	}
	return false
}

// saidQuoted reports whether the quotation text[open:close], whose
// closing mark ends at after, gives a person's words about themselves
// as they were said: a word of the first person stands in it and a verb
// of saying follows it within two words ("'it's our sabbath' he said",
// "'dat is onze sabbat', zegt ze"). Reported speech in the first person
// is a statement, not the writer's figure of speech.
func saidQuoted(text string, open, close, after int) bool {
	first := false
	q := text[open+quoteAt(text, open) : close]
	for i := 0; i < len(q) && !first; {
		r, size := utf8.DecodeRuneInString(q[i:])
		if !foldsToWord(r) {
			i += size
			continue
		}
		_, we := wordBounds(q, i, i)
		if we <= i {
			break
		}
		for _, p := range funcWords.firstPerson {
			if p = strings.TrimSuffix(p, " "); len(p) == we-i && strings.EqualFold(p, q[i:we]) {
				first = true
			}
		}
		i = we
	}
	if !first {
		return false
	}
	k := after
	for n := 0; n < 2 && k < len(text); n++ {
		for k < len(text) && (text[k] == ' ' || text[k] == ',') {
			k++
		}
		_, we := wordBounds(text, k, k)
		if we <= k {
			return false
		}
		if isSaying(text[k:we]) {
			return true
		}
		k = we
	}
	return false
}

// hurledQuoted reports whether the quotation that opens at open and whose
// closing mark ends at after holds words shouted at or said of a person,
// given as they were said: a verb of shouting stands within three words
// before or after it in its clause ("'terug naar Afrika' roepen",
// "shouted '…' at her", "uitgescholden voor '…'"), or a verb of naming
// does and a person is its object, a pronoun within six words before the
// quotation ("zou hem … een 'vieze Marokkaan' hebben genoemd", "called
// her a '…'"; not "noemt de wachttijd 'ziek'"). An insult is quoted
// because it is literal; it is no figure of speech of the writer's.
func hurledQuoted(text string, open, after int) bool {
	naming, person := false, false
	i := open
	for n := 0; n < 6 && i > 0; n++ {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		ws, _ := wordBounds(text, i, i)
		if ws == i {
			break // punctuation or the start: the clause ends
		}
		w := text[ws:i]
		switch {
		case n < 3 && oneOf(w, funcWords.shouting):
			return true
		case n < 3 && oneOf(w, funcWords.naming):
			naming = true
		case oneOf(w, funcWords.objects):
			person = true
		}
		i = ws
	}
	k := after
	for n := 0; n < 3 && k < len(text); n++ {
		for k < len(text) && text[k] == ' ' {
			k++
		}
		_, we := wordBounds(text, k, k)
		if we == k {
			break
		}
		switch w := text[k:we]; {
		case oneOf(w, funcWords.shouting):
			return true
		case oneOf(w, funcWords.naming):
			naming = true
		}
		k = we
	}
	return naming && person
}

// formAnswer reports whether the quotation opening at open is an answer
// on a form, a document's text or a message, quoted as written: "she
// ticked 'Black British - Caribbean'", "aangevinkt: 'Marokkaans'", "the CV
// lists '…'", "mail van a@b.nl: '…'", "e-mail: '…'". Such a quotation is
// literal, no figure of speech.
func formAnswer(text string, open int) bool {
	i := open
	for i > 0 && (text[i-1] == ' ' || text[i-1] == ':') {
		i--
	}
	colon := strings.Contains(text[i:open], ":")
	if colon {
		// "mail van h.vdberg@kpnmail.nl: '…'": an e-mail quoted.
		t := i
		for t > 0 && i-t < 64 && text[t-1] != ' ' && text[t-1] != '\n' {
			t--
		}
		if strings.IndexByte(text[t:i], '@') > 0 {
			return true
		}
	}
	ws, _ := wordBounds(text, i, i)
	w := text[ws:i]
	if colon && (oneOf(w, funcWords.message) || isSaying(w)) {
		return true // "e-mail: '…'", "she wrote: '…'", "zei: '…'"
	}
	return oneOf(w, funcWords.answer)
}

// answerAfter reports whether a verb of ticking or filling in follows
// the quotation whose closing mark ends at after, as Dutch puts it last:
// "heeft hij 'Marokkaans-Nederlands' ingevuld", "'Hindoestaans'
// aangekruist". Like formAnswer, the quotation is a form's answer.
func answerAfter(text string, after int) bool {
	k := after
	for k < len(text) && text[k] == ' ' {
		k++
	}
	_, we := wordBounds(text, k, k)
	return we > k && oneOf(text[k:we], funcWords.answer)
}

// speechQuoted reports whether the quotation opening at open follows a
// colon after which a person's own words or message are quoted: within
// the four words before the colon, on its line, stands a title, a person
// cue or a message word ("Mevr. El Idrissi: '…'", "Email from Mr
// Ferreira: '…'", "Uit mail cliënt: '…'", "Mail ouder: '…'"). Such a
// quotation is literal, no figure of speech.
func (v *vocabulary) speechQuoted(text string, open int) bool {
	i := open
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 || text[i-1] != ':' {
		return false
	}
	i--
	for n := 0; i > 0 && n < 4; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if r == '\n' || r == '\r' || r == '!' || r == '?' || r == ';' {
			return false
		}
		if !foldsToWord(r) {
			i -= size
			continue
		}
		ws, _ := wordBounds(text, i, i)
		w := text[ws:i]
		if oneOf(w, funcWords.message) || v.lookup(w)&(typeTitle.bit()|typeCue.bit()) != 0 {
			return true
		}
		i = ws
		n++
	}
	return false
}

// oneOf reports whether word is one of list, ignoring case, without
// allocating.
func oneOf(word string, list []string) bool {
	for _, l := range list {
		if len(l) == len(word) && strings.EqualFold(l, word) {
			return true
		}
	}
	return false
}

// quoteStop marks the bytes at which quoted stops to look: line breaks
// and the first bytes of the quotation marks of quoteAt.
var quoteStop = [256]bool{'\n': true, '\r': true, '\'': true, '"': true, 0xe2: true, 0xc2: true}

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

// firstNameNear reports whether a capitalised first name of one gender
// (firstnames.tsv) stands in text[lo:hi], outside the hit h and in its
// sentence: "Priya asked for …", "Eli can't do Saturdays".
func (v *vocabulary) firstNameNear(text string, lo, hi int, h hit) bool {
	lo, hi = max(lo, 0), min(hi, len(text))
	for i := lo; i < hi; {
		if !isUpperASCII(text[i]) || i > 0 && isLetterASCII(text[i-1]) {
			i++
			continue
		}
		_, we := wordBounds(text, i, i)
		if we > i+1 && (we <= h.start || i >= h.end) && v.lookup(text[i:we])&typeFirstName.bit() != 0 &&
			sameSentence(text, min(we, h.end), max(i, h.start)) && !v.namesThing(text, i, we) {
			return true
		}
		i = max(we, i+1)
	}
	return false
}

// namesThing reports whether the first name text[ws:we] is part of the
// name of a thing: after an article ("the Thomas Cook brochure") or
// before an org-after or street-after word, up to two words on
// ("Victoria Station", "John Lewis Partnership").
func (v *vocabulary) namesThing(text string, ws, we int) bool {
	if _, _, pw, _ := v.prevWords(text, ws); oneOf(pw, funcWords.articles) {
		return true
	}
	for n, i := 0, we; n < 2; n++ {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i >= len(text) || !isUpperASCII(text[i]) {
			return false // the name ends
		}
		_, e := wordBounds(text, i, i)
		if e == i {
			return false
		}
		if v.lookup(text[i:e])&(typeOrgAfter.bit()|typeStreetAfter.bit()) != 0 {
			return true
		}
		i = e
	}
	return false
}

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
	// The findings come in the order of their hits' ends, so nearly in
	// order of start: an insertion sort is linear on them, where a
	// sort from scratch cost 2% of Text. Findings that compare equal are
	// the same rule on the same span, which the pass below merges
	// whatever their order.
	if !insertionSort(fs, compareDedupe, 4*len(fs)) {
		slices.SortFunc(fs, compareDedupe)
	}
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

// compareDedupe orders findings by start, longest first, then as
// compareFindings.
func compareDedupe(a, b Finding) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	if a.End != b.End {
		return b.End - a.End
	}
	return compareFindings(a, b)
}

// insertionSort sorts fs by cmp with at most moves moves of a finding,
// and reports whether it finished; if not, fs is left in some order.
func insertionSort(fs []Finding, cmp func(a, b Finding) int, moves int) bool {
	for i := 1; i < len(fs); i++ {
		if cmp(fs[i-1], fs[i]) <= 0 {
			continue
		}
		f := fs[i]
		j := i
		for j > 0 && cmp(fs[j-1], f) > 0 {
			if moves--; moves < 0 {
				fs[j] = f
				return false
			}
			fs[j] = fs[j-1]
			j--
		}
		fs[j] = f
	}
	return true
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

// hasPrefixFold reports whether s begins with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
