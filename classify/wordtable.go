package classify

import "math/bits"

// wordTable maps short words to values, for the look-ups of the words
// around a term (vocabulary.lookup) and before a number (classOf): a few
// thousand a MiB of notes, nearly all of words it does not hold. A miss
// costs a short hash (wordHash) and the load of an empty slot, or of a
// word's hash that differs, without comparing words. Open addressing
// with linear probing, at most half full; a slot holds a word's index
// plus one (0: empty), so that the table of the built-in word lists
// (about 1,100 words, 4,096 slots) keeps less heap than a map did.
type wordTable[V any] struct {
	slots  []uint32 // a power of two
	hashes []uint32 // of keys
	keys   []string
	vals   []V
	shift  uint8 // 32 - log2(len(slots))
}

// wordHash returns the hash of w: FNV-1a over its bytes.
func wordHash[S ~string | ~[]byte](w S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// newWordTable returns a table with room for n words.
func newWordTable[V any](n int) *wordTable[V] {
	t := &wordTable[V]{hashes: make([]uint32, 0, n), keys: make([]string, 0, n), vals: make([]V, 0, n)}
	t.setSize(n)
	return t
}

// setSize gives t empty slots for n words.
func (t *wordTable[V]) setSize(n int) {
	size := 1 << max(4, bits.Len(uint(2*n)))
	t.slots, t.shift = make([]uint32, size), uint8(33-bits.Len(uint(size)))
}

// slot returns where the probe for hash h starts: Fibonacci hashing, so
// that the high bits of the product, which depend on all of h, choose.
func (t *wordTable[V]) slot(h uint32) uint32 { return (h * 0x9E3779B1) >> t.shift }

// find returns the value of w and whether t holds it.
func (t *wordTable[V]) find(w []byte) (V, bool) { return findWord(t, w) }

// get is find for a string.
func (t *wordTable[V]) get(w string) V {
	v, _ := findWord(t, w)
	return v
}

// findWord is find and get.
func findWord[V any, S ~string | ~[]byte](t *wordTable[V], w S) (V, bool) {
	h := wordHash(w)
	mask := uint32(len(t.slots) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		at := t.slots[i]
		if at == 0 {
			var zero V
			return zero, false
		}
		if t.hashes[at-1] == h && t.keys[at-1] == string(w) {
			return t.vals[at-1], true
		}
	}
}

// entry returns a pointer to the value of w, adding w with the zero value
// if t does not hold it yet. The table grows to stay at most half full.
func (t *wordTable[V]) entry(w string) *V {
	h := wordHash(w)
	mask := uint32(len(t.slots) - 1)
	i := t.slot(h)
	for ; t.slots[i] != 0; i = (i + 1) & mask {
		if at := t.slots[i]; t.hashes[at-1] == h && t.keys[at-1] == w {
			return &t.vals[at-1]
		}
	}
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.grow()
		return t.entry(w)
	}
	var zero V
	t.keys, t.vals, t.hashes = append(t.keys, w), append(t.vals, zero), append(t.hashes, h)
	t.slots[i] = uint32(len(t.keys))
	return &t.vals[len(t.vals)-1]
}

// grow makes room for one more word and places the words again.
func (t *wordTable[V]) grow() {
	t.setSize(len(t.keys) + 1)
	mask := uint32(len(t.slots) - 1)
	for k, h := range t.hashes {
		i := t.slot(h)
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(k + 1)
	}
}
