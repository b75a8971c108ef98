package classify

import (
	"runtime"
	"strings"
	"testing"
)

// BenchmarkColdStart builds the built-in vocabulary from the embedded
// files, as the first Default() of a process does (issue 14 goal 3:
// under 30 ms and 8 MB of heap). It reports the heap the vocabulary
// keeps (vocab-MB) besides what the build allocates.
func BenchmarkColdStart(b *testing.B) {
	b.ReportAllocs()
	var kept uint64
	for b.Loop() {
		b.StopTimer()
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		b.StartTimer()
		v, err := loadBuiltin()
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&m1)
		kept = m1.HeapAlloc - m0.HeapAlloc
		runtime.KeepAlive(v)
		b.StartTimer()
	}
	b.ReportMetric(float64(kept)/(1<<20), "vocab-MB")
}

// TestIdentifierOnlyBuildsNoVocabulary checks that a classifier without
// Term findings builds no vocabulary, and still finds identifiers.
func TestIdentifierOnlyBuildsNoVocabulary(t *testing.T) {
	c, err := New(WithKinds(Email, Phone, IBAN, BSN, CreditCard, IPAddress, DateOfBirth))
	if err != nil {
		t.Fatal(err)
	}
	if c.vocab != nil {
		t.Fatal("an identifier-only classifier built the vocabulary")
	}
	if n := testing.AllocsPerRun(5, func() {
		New(WithKinds(Email))
	}); n > 5 {
		t.Errorf("New(WithKinds(Email)) made %v allocations", n)
	}
	fs := c.Text("Mail jan@example.nl, hij heeft diabetes.")
	if len(fs) != 1 || fs[0].Kind != Email {
		t.Errorf("identifier-only findings %v, want one e-mail address", fs)
	}
	if _, ok := c.LookupRule(Default().Text("Klant heeft diabetes, zegt hij.")[0].Rule); !ok {
		t.Error("LookupRule of a built-in term rule fails on an identifier-only classifier")
	}
	if _, err := New(WithKinds(Email), WithVocabulary("x", strings.NewReader("term\tbad\n"))); err == nil {
		t.Error("an added vocabulary's error is not reported without Term findings")
	}
}
