package beam

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/avgrisk/avgrisk/classify"
)

func TestMain(m *testing.M) { ptest.Main(m) }

func init() {
	register.Function1x2(summaryJSON)
	register.Function1x2(rowJSON)
}

func summaryJSON(f FileSummary) (string, error) { b, err := json.Marshal(f); return string(b), err }
func rowJSON(r Row) (string, error)             { b, err := json.Marshal(r); return string(b), err }

// jsonlRows are JSON Lines rows of every sort: findings, keys in varying
// order, blank lines, bad rows, a byte-order mark at a line start.
var jsonlRows = []string{
	`{"id":"1","email":"jan.jansen@example.nl","note":"klant heeft diabetes type 2"}`,
	`{"note":"belt morgen terug","id":"2"}`,
	``,
	`{"id":"3","bsn":"111222333","note":"BSN 111222333 gecontroleerd"}`,
	`not json at all`,
	`["an","array"]`,
	`{"id":"4","iban":"NL91ABNA0417164300","religie":"katholiek"}`,
	`   `,
	`{"id":"5","note":"lid van de FNV sinds 2019","extra":{"nested":true}}`,
	`{"id":"6","email":"a.de.vries@example.com","note":"zwanger, uitgerekend in mei"}`,
	"\ufeff{\"id\":\"7\",\"telefoon\":\"06-12345678\"}",
	`{"id":"8","note":"veroordeeld wegens diefstal, zat 2 jaar vast"}`,
}

// writeInputs writes the test exports into dir and returns their paths.
func writeInputs(t *testing.T, dir string) []string {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 11))
	var b strings.Builder
	b.WriteString(jsonlRows[1] + "\n")
	for range 400 {
		b.WriteString(jsonlRows[rng.IntN(len(jsonlRows))])
		b.WriteByte('\n')
	}
	b.WriteString(jsonlRows[0]) // no final newline
	jsonl := b.String()
	csv, err := os.ReadFile("testdata/contacts.csv")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(jsonl[:5000]))
	zw.Close()
	files := map[string][]byte{
		"notes.jsonl":    []byte(jsonl),
		"contacts.csv":   csv,
		"small.jsonl.gz": gz.Bytes(),
		"empty.jsonl":    nil,
	}
	var paths []string
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	slices.Sort(paths)
	return paths
}

// direct scans a file with classify.ScanExport, as a user without Beam
// would, decoding it as Scan does.
func direct(t *testing.T, path string) (FileSummary, []Row) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, r, err := classify.Detect(f)
	if err != nil {
		t.Fatal(err)
	}
	if d.Container == classify.ContainerGzip {
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		d, r, _ = classify.Detect(zr)
	}
	d = byName(path, d)
	fs := FileSummary{File: path, Detected: d.String()}
	rows := []Row{}
	if d.Container != classify.ContainerExport {
		fs.Summary = classify.ExportSummary{BadLines: []int{}, Columns: []classify.ColumnSummary{}}
		return fs, rows
	}
	sum, err := classify.Default().ScanExport(context.Background(), r, d.Format, func(rr classify.RowResult) error {
		row := Row{File: path, Row: rr.Row, Line: rr.Line, Findings: rr.Findings}
		if rr.Err != nil {
			row.Bad = rr.Err.Err.Error()
		}
		rows = append(rows, row)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fs.Summary = sum
	return fs, rows
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	slices.Sort(out)
	return out
}

// TestScanEqualsScanExport runs the pipeline on the default runner (Prism)
// over a JSON Lines file split into many small parts, a CSV with quoted
// newlines and a ragged row, a gzip file and an empty file, and checks
// that each summary equals ScanExport's for the whole file, exactly, and
// that the rows are ScanExport's rows.
func TestScanEqualsScanExport(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	paths := writeInputs(t, in)

	p, s := beam.NewPipelineWithRoot()
	rows, sums := Scan(s, []string{filepath.Join(in, "*")}, Options{PartSize: 1000})
	textio.Write(s, filepath.Join(out, "sums.jsonl"), beam.ParDo(s, summaryJSON, sums))
	textio.Write(s, filepath.Join(out, "rows.jsonl"), beam.ParDo(s, rowJSON, rows))
	only := ScanSummaries(s, []string{filepath.Join(in, "*")}, Options{PartSize: 1000})
	textio.Write(s, filepath.Join(out, "only.jsonl"), beam.ParDo(s, summaryJSON, only))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}

	var wantSums, wantRows []string
	for _, path := range paths {
		fs, rs := direct(t, path)
		b, _ := json.Marshal(fs)
		wantSums = append(wantSums, string(b))
		for _, r := range rs {
			b, _ := json.Marshal(r)
			wantRows = append(wantRows, string(b))
		}
	}
	slices.Sort(wantSums)
	slices.Sort(wantRows)
	if d := cmp.Diff(wantSums, readLines(t, filepath.Join(out, "sums.jsonl"))); d != "" {
		t.Errorf("summaries differ from ScanExport's (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantSums, readLines(t, filepath.Join(out, "only.jsonl"))); d != "" {
		t.Errorf("ScanSummaries differ from ScanExport's (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantRows, readLines(t, filepath.Join(out, "rows.jsonl"))); d != "" {
		t.Errorf("rows differ from ScanExport's (-want +got):\n%s", d)
	}
	// The JSON Lines file was split, and has bad rows that were kept.
	fs, _ := direct(t, filepath.Join(in, "notes.jsonl"))
	if fs.Summary.BadRows == 0 || fs.Summary.Bytes < 10*1000 {
		t.Fatalf("test input too small to split or without bad rows: %d bytes, %d bad rows", fs.Summary.Bytes, fs.Summary.BadRows)
	}
}

func TestPartReaderCoversEveryLineOnce(t *testing.T) {
	data := "a\nbb\n\nccc\ndddd"
	for size := int64(1); size <= int64(len(data))+1; size++ {
		var got strings.Builder
		for start := int64(0); start < int64(len(data)); start += size {
			p := part{Start: start, End: min(start+size, int64(len(data)))}
			br := bufio.NewReader(strings.NewReader(data))
			pos := p.Start
			if pos > 0 {
				br.Discard(int(pos - 1))
				pos--
				line, _ := br.ReadString('\n')
				pos += int64(len(line))
			}
			var b bytes.Buffer
			b.ReadFrom(&partReader{br: br, pos: pos, end: p.End, atLineStart: true})
			got.Write(b.Bytes())
		}
		if got.String() != data {
			t.Errorf("part size %d: parts read %q, want %q", size, got.String(), data)
		}
	}
	_ = fmt.Sprint()
}
