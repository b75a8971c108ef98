package classify

import (
	"unicode"
	"unicode/utf8"

	"github.com/avgrisk/avgrisk/internal/fold"
)

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
		if b := text[ws-1]; b < utf8.RuneSelf { // an ASCII byte, without decoding
			if !wordASCII[b] {
				break
			}
			ws--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if !foldsToWord(r) {
			break
		}
		ws -= size
	}
	we := end
	for we < len(text) && we-end < wordWindow {
		if b := text[we]; b < utf8.RuneSelf {
			if !wordASCII[b] {
				break
			}
			we++
			continue
		}
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
	if out := buf[:min(len(word), cap(buf))]; len(out) == len(word) {
		// An ASCII word, the common case, a byte at a time.
		i := 0
		for ; i < len(word) && word[i] < utf8.RuneSelf; i++ {
			out[i] = fold.ASCII(word[i])
		}
		if i == len(word) {
			return out
		}
	}
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
	bits, _ := v.words.find(f)
	return bits
}

// prevWords returns the word-list types of the two words before position
// i, and the words, skipping separators; a sentence end stops the search.
func (v *vocabulary) prevWords(text string, i int) (uint16, uint16, string, string) {
	var out [2]uint16
	var words [2]string
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
				return out[0], out[1], words[0], words[1]
			}
			j -= size
		}
		ws, _ := wordBounds(text, j, j)
		if ws == j {
			break
		}
		i = ws
		if particles < maxParticles && (isParticle(text[ws:j]) || j-ws == 1 && isUpperASCII(text[ws]) && j < len(text) && text[j] == '.') {
			// "mevrouw de Jood", "meneer van Kerk", "dhr. R. Moslim": look
			// past the particle or the initial.
			particles++
			k--
			continue
		}
		out[k] = v.lookup(text[ws:j])
		words[k] = text[ws:j]
	}
	return out[0], out[1], words[0], words[1]
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

// maxParticles is how many surname particles (and, in prevWords,
// initials) a walk between a title or a word and a surname passes over
// at the most: "van der", "van de". prevWords and prevPartner walk
// backwards, lowerTitle forwards; each keeps its own loop, since what
// they step over differs (prevPartner also crosses a title's full stop).
const maxParticles = 3

// isParticle reports whether word is a lower-case surname particle.
func isParticle(word string) bool {
	switch word {
	case "de", "van", "der", "den", "ter", "ten", "te", "het", "'t", "la", "le", "du", "von", "da", "di", "del", "op", "in":
		return true
	}
	return false
}

// nextWord returns the word-list types of the word after position i, and
// the word (an abbreviation's letters joined).
func (v *vocabulary) nextWord(text string, i int) (uint16, string) {
	limit := min(len(text), i+wordWindow)
	for i < limit {
		r, size := utf8.DecodeRuneInString(text[i:])
		if foldsToWord(r) {
			break
		}
		if r == '.' && i+size < len(text) && text[i+size] == ' ' && !(i > 0 && isUpperASCII(text[i-1])) {
			return 0, "" // a sentence ends
		}
		if r == '!' || r == '?' || r == '\n' || r == ';' || r == ',' {
			return 0, ""
		}
		i += size
	}
	_, we := wordBounds(text, i, i)
	if we-i == 1 && we+1 < len(text) && text[we] == '.' {
		w := abbreviation(text[i:min(len(text), i+16)])
		return v.lookup(w), w
	}
	return v.lookup(text[i:we]), text[i:we]
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

// capitalLast reports whether the last word of a hit of several words
// begins with a capital and its first word holds a lower-case letter: a
// name in running text ("is Black"), not the word ("is black") nor a
// sentence written in capitals.
func capitalLast(hit string) bool {
	end := len(hit)
	for end > 0 && !isLetterASCII(hit[end-1]) {
		end--
	}
	start := end
	for start > 0 && isLetterASCII(hit[start-1]) {
		start--
	}
	if start == end || start == 0 || !isUpperASCII(hit[start]) {
		return false
	}
	for i := 0; i < len(hit) && isLetterASCII(hit[i]); i++ {
		if 'a' <= hit[i] && hit[i] <= 'z' {
			return true
		}
	}
	return false
}

// acronymLast reports whether the last word of a hit of several words is
// written in capitals (two letters or more) and its first word holds a
// lower-case letter: an acronym in running text ("has ME"), not a word
// of a sentence written in capitals ("HAS ME").
func acronymLast(hit string) bool {
	end := len(hit)
	for end > 0 && !isLetterASCII(hit[end-1]) {
		end--
	}
	start := end
	for start > 0 && isLetterASCII(hit[start-1]) {
		start--
	}
	if end-start < 2 || start == 0 {
		return false
	}
	for i := start; i < end; i++ {
		if !isUpperASCII(hit[i]) {
			return false
		}
	}
	for i := 0; i < len(hit) && isLetterASCII(hit[i]); i++ {
		if 'a' <= hit[i] && hit[i] <= 'z' {
			return true
		}
	}
	return false
}

// acronymWord reports whether word is written in capitals, two letters
// or more and no lower-case letter: an acronym ("CDA", "FNV").
func acronymWord(word string) bool {
	n := 0
	for i := 0; i < len(word); i++ {
		switch b := word[i]; {
		case isUpperASCII(b):
			n++
		case 'a' <= b && b <= 'z', b >= 0x80:
			return false
		}
	}
	return n >= 2
}

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

// foldShort folds word into buf, returning nil when it is longer than
// 64 bytes or its folded form does not fit.
func foldShort(buf *[128]byte, word string) []byte {
	if len(word) > 64 {
		return nil
	}
	return foldWord(buf[:0], word)
}
