package classify

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
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
	c, err := New(WithKinds(identifierKinds...))
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

// coldChildEnv makes TestColdStartChild measure instead of skipping: its
// value says what, "default" or "identifiers".
const coldChildEnv = "AVGRISK_COLD_START_CHILD"

// identifierKinds are the kinds of an identifier-only classifier.
var identifierKinds = []Kind{Email, Phone, IBAN, BSN, CreditCard, IPAddress, DateOfBirth}

// TestColdStartChild, run by BenchmarkDefaultCold in a process of its
// own, prints how long the first classifier took to build and classify a
// note, the CPU time and the heap it left behind and allocated, and how
// long the note's Text took of it: for Default(), or for an
// identifier-only classifier (New(WithKinds(identifierKinds...))), which
// must build no vocabulary. Without the environment variable it does
// nothing.
func TestColdStartChild(t *testing.T) {
	mode := os.Getenv(coldChildEnv)
	if mode == "" {
		t.Skip("run by BenchmarkDefaultCold")
	}
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	t0, c0 := time.Now(), processCPU()
	var c *Classifier
	switch mode {
	case "identifiers":
		var err error
		if c, err = New(WithKinds(identifierKinds...)); err != nil {
			t.Fatal(err)
		}
	default:
		c = Default()
	}
	t1 := time.Now()
	c.Text("Klant heeft diabetes, mail jan@example.nl.")
	d, cpu := time.Since(t0), processCPU()-c0
	text := time.Since(t1)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	if mode == "identifiers" && c.vocab != nil {
		t.Fatal("an identifier-only classifier built the vocabulary")
	}
	fmt.Printf("cold %d %d %d %d %d\n", d.Nanoseconds(), cpu.Nanoseconds(), int64(m1.HeapAlloc)-int64(m0.HeapAlloc), m1.TotalAlloc-m0.TotalAlloc, text.Nanoseconds())
}

// BenchmarkDefaultCold measures the first Default() of a fresh process
// (issue 14 goal 3: under 30 ms and 8 MB of heap), in a child process
// per round, and the first identifier-only classifier (which must build
// no vocabulary). first-ms is the time of the first New or Default and
// its first Text, cpu-ms the CPU time the process spent on it (all
// threads, the garbage collector's included; the fairer figure on a
// loaded machine), text-ms the first Text's part of first-ms (what the
// build leaves for later), heap-MB the heap it keeps, alloc-MB what it
// allocated on the way: means over the rounds, and for first-ms and
// cpu-ms also the best and the median round (-best, -med), since a
// shared machine's load makes the mean the least telling. ns/op counts
// the whole child process.
func BenchmarkDefaultCold(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Skip(err)
	}
	for _, mode := range []string{"default", "identifiers"} {
		b.Run(mode, func(b *testing.B) {
			var ms, cpu []float64
			var heap, alloc, text float64
			for b.Loop() {
				cmd := exec.Command(exe, "-test.run=^TestColdStartChild$", "-test.count=1")
				cmd.Env = append(os.Environ(), coldChildEnv+"="+mode)
				out, err := cmd.Output()
				if err != nil {
					b.Fatalf("child: %v", err)
				}
				var d, c, h, a, x int64
				if _, err := fmt.Sscanf(string(out), "cold %d %d %d %d %d", &d, &c, &h, &a, &x); err != nil {
					b.Fatalf("child printed %q", out)
				}
				ms = append(ms, float64(d)/1e6)
				cpu = append(cpu, float64(c)/1e6)
				heap += float64(h) / (1 << 20)
				alloc += float64(a) / (1 << 20)
				text += float64(x) / 1e6
			}
			n := float64(len(ms))
			for _, m := range []struct {
				name string
				v    []float64
			}{{"first-ms", ms}, {"cpu-ms", cpu}} {
				sum := 0.0
				for _, x := range m.v {
					sum += x
				}
				slices.Sort(m.v)
				b.ReportMetric(sum/n, m.name)
				b.ReportMetric(m.v[0], m.name+"-best")
				b.ReportMetric(m.v[len(m.v)/2], m.name+"-med")
			}
			b.ReportMetric(heap/n, "heap-MB")
			b.ReportMetric(alloc/n, "alloc-MB")
			b.ReportMetric(text/n, "text-ms")
		})
	}
}
