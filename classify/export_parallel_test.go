package classify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// scannedRow is what fn saw of one row: the RowResult, the reason of a
// bad row, and the value of each finding's field read with Value during
// the call.
type scannedRow struct {
	R      RowResult
	Reason string
	Values []string
}

func scanWithWorkers(t *testing.T, workers int, format ExportFormat, data string) ([]scannedRow, ExportSummary, error) {
	t.Helper()
	c, err := New(WithWorkers(workers))
	if err != nil {
		t.Fatal(err)
	}
	var rows []scannedRow
	sum, err := c.ScanExport(context.Background(), strings.NewReader(data), format, func(r RowResult) error {
		sr := scannedRow{R: r, Values: []string{}}
		if r.Err != nil {
			sr.Reason = r.Err.Error()
			sr.R.Err = nil
		}
		for _, f := range r.Findings {
			sr.Values = append(sr.Values, r.Value(f.Field))
		}
		rows = append(rows, sr)
		return nil
	})
	return rows, sum, err
}

// randomExportLines returns an export of n rows of generated CRM data
// mixed with blank lines, ragged rows, stray and unterminated quotes,
// invalid JSON and non-objects.
func randomExportLines(format ExportFormat, n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 7))
	good := strings.SplitAfter(genCRMExport(n, seed), "\n")
	if format != CSV {
		good = strings.SplitAfter(exportCSVToJSONL(genCRMExport(n, seed)), "\n")
	}
	var b strings.Builder
	if format == CSV {
		b.WriteString("\ufeff")
	}
	for i, l := range good {
		if l == "" {
			continue
		}
		if i > 0 || format != CSV {
			switch rng.IntN(40) {
			case 0:
				b.WriteString("\n")
			case 1:
				b.WriteString("1,2,3\n") // ragged, or invalid JSON
			case 2:
				b.WriteString(`"unterminated,` + "x\n")
			case 3:
				b.WriteString("[1,2]\n")
			case 4:
				b.WriteString(`"a "b" c",d` + "\n")
			case 5:
				b.WriteString("{\"Description\": \"BSN 111222333\", \"Description\": \"heeft astma\"}\n")
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// TestScanExportWorkersIdentical checks that any number of workers
// reports the same rows, in the same order, with the same findings and
// values, and the same summary as one worker: on the sample exports, on
// generated exports larger than a batch, and on rows mixed with bad rows
// and blank lines.
func TestScanExportWorkersIdentical(t *testing.T) {
	type input struct {
		name   string
		format ExportFormat
		data   string
	}
	var inputs []input
	for _, f := range []struct {
		path   string
		format ExportFormat
	}{
		{"../examples/crmscan/sample/contacts.csv", CSV},
		{"../cmd/avgrisk/testdata/records.csv", CSV},
		{"../examples/syncguard/sample/batch.jsonl", JSONLines},
	} {
		data, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, input{f.path, f.format, string(data)})
	}
	rows := 700 // more than two batches
	if testing.Short() {
		rows = 300
	}
	crm := genCRMExport(rows, 3)
	jl := exportCSVToJSONL(crm)
	inputs = append(inputs,
		input{"generated csv", CSV, crm},
		input{"generated jsonl", JSONLines, jl},
		input{"generated json array", JSONArray, "[" + strings.ReplaceAll(strings.TrimSpace(jl), "\n", ",\n") + "]"},
		input{"random csv", CSV, randomExportLines(CSV, rows, 5)},
		input{"random jsonl", JSONLines, randomExportLines(JSONLines, rows, 6)},
		input{"headerless csv", CSV, "jan@example.nl,06-12345678\n" + strings.Repeat("a@example.nl,diabetes\n\n", 700)},
		input{"empty", CSV, ""},
		input{"header only", CSV, "a,b\n"},
		input{"bad header", CSV, "\"a,b\n1,2\n"},
	)
	opts := []cmp.Option{cmpopts.IgnoreUnexported(RowResult{}), cmpopts.EquateEmpty()}
	for _, in := range inputs {
		t.Run(in.name, func(t *testing.T) {
			want, wantSum, wantErr := scanWithWorkers(t, 1, in.format, in.data)
			if strings.Count(in.data, "\n") > 1 && len(want) == 0 && wantErr == nil {
				t.Fatalf("no rows reported")
			}
			if strings.HasPrefix(in.name, "random") && wantSum.BadRows == 0 {
				t.Fatalf("no bad rows in the random export")
			}
			for _, w := range []int{2, 8} {
				got, gotSum, gotErr := scanWithWorkers(t, w, in.format, in.data)
				if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
					t.Errorf("%d workers: error %v, want %v", w, gotErr, wantErr)
				}
				if d := cmp.Diff(wantSum, gotSum); d != "" {
					t.Errorf("%d workers: summary differs from one worker's (-1 +%d):\n%s", w, w, d)
				}
				if len(got) != len(want) {
					t.Fatalf("%d workers: %d rows reported, want %d", w, len(got), len(want))
				}
				for i := range want {
					// Compare row by row; on a difference name the row, not its data.
					if !cmp.Equal(want[i], got[i], opts...) {
						t.Fatalf("%d workers: row %d (line %d) differs from one worker's", w, want[i].R.Row, want[i].R.Line)
					}
				}
			}
		})
	}
}

// TestScanExportWorkersStop checks that with workers fn's error stops the
// scan at once, after the same rows as with one, and that ctx stops it.
func TestScanExportWorkersStop(t *testing.T) {
	data := genCRMExport(3000, 9)
	stop := errors.New("stop")
	for _, w := range []int{1, 2, 4} {
		c, _ := New(WithWorkers(w))
		var lines []int
		sum, err := c.ScanExport(context.Background(), strings.NewReader(data), CSV, func(r RowResult) error {
			lines = append(lines, r.Line)
			if len(lines) == 700 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || len(lines) != 700 || sum.RowsWithFindings != 700 {
			t.Errorf("%d workers: %v after %d calls, %d rows with findings; want the callback's error after 700", w, err, len(lines), sum.RowsWithFindings)
		}
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		_, err = c.ScanExport(ctx, strings.NewReader(data), CSV, func(r RowResult) error {
			if n++; n == 10 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) || n != 10 {
			t.Errorf("%d workers: cancelled: %v after %d calls", w, err, n)
		}
	}
	if _, err := New(WithWorkers(-1)); err == nil {
		t.Error("WithWorkers(-1) accepted")
	}
}

// TestScanExportWorkersPanic checks that when fn panics and the caller
// recovers, the reading goroutine and the workers end.
func TestScanExportWorkersPanic(t *testing.T) {
	data := genCRMExport(3000, 13)
	c, _ := New(WithWorkers(3))
	before := runtime.NumGoroutine()
	func() {
		defer func() { recover() }()
		c.ScanExport(context.Background(), strings.NewReader(data), CSV, func(RowResult) error { panic("boom") })
	}()
	for i := 0; i < 200 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after a recovered panic in fn, %d before", n, before)
	}
}

// TestScanExportWorkersFindingsOwned checks that findings handed to fn
// stay as they were after later rows: they belong to the caller.
func TestScanExportWorkersFindingsOwned(t *testing.T) {
	data := genCRMExport(2000, 11)
	c, _ := New(WithWorkers(4))
	var kept [][]Finding
	var copies [][]Finding
	if _, err := c.ScanExport(context.Background(), bytes.NewReader([]byte(data)), CSV, func(r RowResult) error {
		kept = append(kept, r.Findings)
		copies = append(copies, append([]Finding(nil), r.Findings...))
		if len(r.Findings) > 0 {
			r.Findings = append(r.Findings, Finding{Rule: "mine"}) // may not spill into the next row
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for i := range kept {
		if !cmp.Equal(kept[i], copies[i]) {
			t.Fatalf("findings of reported row %d changed after the callback", i)
		}
	}
}

// crmStream is a CSV export of rows generated CRM rows (genCRMExport's,
// a body of 10,000 rows repeated), produced as it is read.
type crmStream struct {
	head, body string
	rows, left int // rows to give, rows of the current body left
	cur        string
}

func newCRMStream(rows int) *crmStream {
	data := genCRMExport(10000, 42)
	i := strings.IndexByte(data, '\n') + 1
	return &crmStream{head: data[:i], body: data[i:], rows: rows, cur: data[:i]}
}

func (s *crmStream) Read(p []byte) (int, error) {
	for s.cur == "" {
		if s.rows <= 0 {
			return 0, io.EOF
		}
		n := min(s.rows, 10000)
		s.rows -= n
		s.cur = s.body
		if n < 10000 {
			s.cur = s.body[:nthLineEnd(s.body, n)]
		}
	}
	n := copy(p, s.cur)
	s.cur = s.cur[n:]
	return n, nil
}

func nthLineEnd(s string, n int) int {
	end := 0
	for range n {
		end += strings.IndexByte(s[end:], '\n') + 1
	}
	return end
}

// BenchmarkExport1M scans a CSV export of 1,000,000 CRM rows of about
// 300 bytes (goal 2 of issue 14: under 5 s on two cores), generated as it
// is read, with 1, 2 and GOMAXPROCS workers; it reports seconds per
// export, rows/s and the heap in use after the scan's rows went through
// (flat: bounded by the batches in flight).
func BenchmarkExport1M(b *testing.B) {
	rows := 1000000
	if testing.Short() {
		rows = 50000
	}
	for _, w := range []int{1, 2, 0} {
		name := fmt.Sprintf("workers=%d", w)
		if w == 0 {
			name = "workers=GOMAXPROCS"
		}
		b.Run(name, func(b *testing.B) {
			c, _ := New(WithWorkers(w))
			var peak uint64
			n := 0
			c0 := processCPU()
			for b.Loop() {
				r := newCRMStream(rows)
				b.SetBytes(0)
				sum, err := c.ScanExport(context.Background(), r, CSV, func(rr RowResult) error {
					if rr.Row%200000 == 0 {
						runtime.GC()
						var m runtime.MemStats
						runtime.ReadMemStats(&m)
						peak = max(peak, m.HeapAlloc)
					}
					return nil
				})
				if err != nil || sum.Rows != rows {
					b.Fatalf("%v, %d rows", err, sum.Rows)
				}
				b.SetBytes(sum.Bytes)
				n++
			}
			b.ReportMetric(b.Elapsed().Seconds()/float64(n), "s/export")
			// The CPU time of the process per export: on a shared machine
			// the wall time also counts the waiting for a core.
			b.ReportMetric((processCPU()-c0).Seconds()/float64(n), "cpu-s/export")
			b.ReportMetric(float64(rows*n)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(peak)/(1<<20), "live-heap-MB")
		})
	}
}
