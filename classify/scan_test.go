package classify

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
)

func scanAll(t testing.TB, c *Classifier, r io.Reader) []Finding {
	t.Helper()
	got := []Finding{}
	if err := c.Scan(context.Background(), r, func(f Finding) error {
		got = append(got, f)
		return nil
	}); err != nil {
		t.Fatalf("Scan: %v", err)
	}
	return got
}

func TestScanEqualsText(t *testing.T) {
	c := Default()
	text := mixedCorpus(400 << 10) // several chunks
	want := c.Text(text)
	if len(want) == 0 {
		t.Fatal("the generated corpus has no findings")
	}
	for _, r := range []struct {
		name string
		r    io.Reader
	}{
		{"whole", strings.NewReader(text)},
		{"one byte", iotest.OneByteReader(strings.NewReader(text[:20000]))},
		{"half", iotest.HalfReader(strings.NewReader(text))},
		{"data err", iotest.DataErrReader(strings.NewReader(text))},
	} {
		t.Run(r.name, func(t *testing.T) {
			w := want
			if r.name == "one byte" {
				w = c.Text(text[:20000])
			}
			if diff := cmp.Diff(w, scanAll(t, c, r.r)); diff != "" {
				t.Errorf("Scan differs from Text (-text +scan):\n%s", diff)
			}
		})
	}
}

func TestScanStops(t *testing.T) {
	c := Default()
	text := mixedCorpus(200 << 10)
	stop := errors.New("enough")
	n := 0
	err := c.Scan(context.Background(), strings.NewReader(text), func(Finding) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Scan returned %v after %d findings, want the callback's error after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.Scan(ctx, strings.NewReader(text), func(Finding) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Scan with a cancelled context returned %v", err)
	}
	readErr := errors.New("disk gone")
	if err := c.Scan(context.Background(), iotest.ErrReader(readErr), func(Finding) error { return nil }); !errors.Is(err, readErr) {
		t.Errorf("Scan returned %v, want the read error", err)
	}
	if err := c.Scan(context.Background(), nil, nil); err == nil {
		t.Error("Scan accepted a nil reader")
	}
}

// chunkReader returns the text in reads of the given sizes, in turn.
type chunkReader struct {
	s     string
	sizes []int
	i     int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := len(p)
	if len(r.sizes) > 0 {
		n = min(n, r.sizes[r.i%len(r.sizes)])
		r.i++
	}
	n = copy(p, r.s[:min(n, len(r.s))])
	r.s = r.s[n:]
	return n, nil
}

// checkFindings verifies the offset properties that every caller relies on:
// in range, and on the boundaries that ranging over the string yields (an
// invalid byte is a character of its own).
func checkFindings(t *testing.T, text string, fs []Finding) {
	t.Helper()
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	for _, f := range fs {
		if f.Start < 0 || f.Start > f.End || f.End > len(text) {
			t.Fatalf("finding %v out of range for %d bytes", f, len(text))
		}
		if !boundary[f.Start] || !boundary[f.End] {
			t.Fatalf("finding %v not on rune boundaries", f)
		}
		if f.Confidence < 0 || f.Confidence > 1 || !f.Category.Valid() || !f.Kind.Valid() {
			t.Fatalf("finding %v has invalid fields", f)
		}
	}
}

func fuzzSeeds(f *testing.F) {
	for _, tc := range readTextCorpus(f) {
		f.Add(tc.Text, uint16(7))
	}
	f.Add("Mw. de Vries belde, is zwanger en heeft vakbondsoverleg met FNV, BSN 111222333", uint16(3))
	f.Add("\xff\xfe diabetes \xc3\x28 vakbond", uint16(1))
}

// FuzzText checks Text on any input: no panic, valid rune-aligned
// offsets, deterministic output.
func FuzzText(f *testing.F) {
	fuzzSeeds(f)
	c := Default()
	f.Fuzz(func(t *testing.T, text string, _ uint16) {
		got := c.Text(text)
		checkFindings(t, text, got)
		if !slices.IsSortedFunc(got, compareFindings) {
			t.Fatalf("Text's findings are out of order: %v", got)
		}
		if diff := cmp.Diff(got, c.Text(text)); diff != "" {
			t.Fatalf("Text is not deterministic:\n%s", diff)
		}
	})
}

// FuzzScan checks that a streamed scan, read in pieces of any size, yields
// exactly the findings of Text. The input is repeated to cross the chunk
// boundaries of Scan.
func FuzzScan(f *testing.F) {
	fuzzSeeds(f)
	c := Default()
	f.Fuzz(func(t *testing.T, text string, size uint16) {
		if len(text) == 0 {
			return
		}
		rep := scanChunk/len(text)/2 + 1
		long := strings.Repeat(text+"\n", min(rep, 4000))
		want := c.Text(long)
		rng := rand.New(rand.NewSource(int64(size)))
		sizes := []int{int(size)%4096 + 1, rng.Intn(70000) + 1, 1 + rng.Intn(17)}
		got := scanAll(t, c, &chunkReader{s: long, sizes: sizes})
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Scan differs from Text (-text +scan):\n%s", diff)
		}
	})
}

func TestScanFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 24 MB")
	}
	c := Default()
	r := &repeatReader{unit: []byte(mixedCorpus(64 << 10)), left: 24 << 20}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, peak, n := ms.HeapAlloc, uint64(0), 0
	err := c.Scan(context.Background(), r, func(Finding) error {
		if n++; n%5000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 20000 {
		t.Fatalf("only %d findings: too few samples", n)
	}
	// Live memory is a chunk, its margins and the findings of one chunk,
	// whatever the input's size.
	if peak > base+4<<20 {
		t.Errorf("live heap grew by %d KiB while scanning 24 MiB", (peak-base)>>10)
	}
}

// repeatReader yields unit again and again, left bytes in all.
type repeatReader struct {
	unit []byte
	off  int
	left int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && r.left > 0 {
		k := copy(p[n:min(len(p), n+r.left)], r.unit[r.off:])
		r.off = (r.off + k) % len(r.unit)
		n += k
		r.left -= k
	}
	return n, nil
}

var _ = bytes.MinRead

// stuckReader returns (0, nil) for ever, after its data.
type stuckReader struct{ data []byte }

func (r *stuckReader) Read(p []byte) (int, error) {
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// TestScanNoProgress checks issue 13 finding 7: a reader that returns
// (0, nil) for ever makes Scan and ScanExport fail with io.ErrNoProgress
// instead of spinning, even with a context that is never done.
func TestScanNoProgress(t *testing.T) {
	done := make(chan error, 2)
	go func() {
		done <- Default().Scan(context.Background(), &stuckReader{data: []byte("Klant heeft diabetes.")}, func(Finding) error { return nil })
	}()
	go func() {
		_, err := Default().ScanExport(context.Background(), &stuckReader{data: []byte("Notes\nheeft diabetes\n")}, CSV, nil)
		done <- err
	}()
	for range 2 {
		select {
		case err := <-done:
			if !errors.Is(err, io.ErrNoProgress) {
				t.Errorf("err = %v, want io.ErrNoProgress", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("scan spins on a reader that returns (0, nil)")
		}
	}
}
