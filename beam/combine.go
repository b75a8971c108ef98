package beam

import (
	"cmp"
	"context"
	"errors"
	"slices"

	"github.com/avgrisk/avgrisk/classify"
)

// partSummary is the summary of one part of a file.
type partSummary struct {
	Start, End int64
	Summary    classify.ExportSummary
	Detected   string
	Error      string
}

// partRow is a row numbered within its part.
type partRow struct {
	Start int64
	Row   Row
}

// scanFn scans one part with ScanExport and emits its summary and rows,
// keyed by the file's path.
type scanFn struct {
	Rows bool // emit the rows; without it, only the summaries
	c    *classify.Classifier
}

func (fn *scanFn) Setup() error {
	// Default's ScanExport classifies on every core of the worker
	// (classify.WithWorkers defaults to GOMAXPROCS): Prism runs a stage's
	// parts in one bundle on one machine, and a Dataflow or Flink worker
	// that runs several bundles at once only shares its cores the more.
	fn.c = classify.Default()
	return nil
}

func (fn *scanFn) ProcessElement(ctx context.Context, p part, emitSum func(string, partSummary), emitRow func(string, partRow)) error {
	name := p.File.Metadata.Path
	ps := partSummary{Start: p.Start, End: p.End}
	r, closer, d, err := p.open(ctx)
	if err != nil {
		ps.Error = "read: " + errText(err)
		emitSum(name, ps)
		return nil
	}
	defer closer.Close()
	ps.Detected = d.String()
	if d.Container != classify.ContainerExport {
		if d.Container != classify.ContainerEmpty {
			ps.Error = "not an export: " + string(d.Container)
		}
		ps.Summary.BadLines, ps.Summary.Columns = []int{}, []classify.ColumnSummary{}
		emitSum(name, ps)
		return nil
	}
	shift := 0
	if p.Start > 0 {
		shift = 1 // the blank line that open puts first
	}
	sum, err := fn.c.ScanExport(ctx, r, d.Format, func(rr classify.RowResult) error {
		row := Row{File: name, Row: rr.Row, Line: rr.Line - shift, Findings: rr.Findings}
		if rr.Err != nil {
			row.Bad = errText(rr.Err.Err)
			badRowsCounter.Inc(ctx, 1)
		} else {
			for _, f := range rr.Findings {
				if c, ok := categoryCounter[f.Category]; ok {
					c.Inc(ctx, 1)
				}
			}
		}
		if fn.Rows {
			emitRow(name, partRow{Start: p.Start, Row: row})
		}
		return nil
	})
	if err != nil {
		ps.Error = "scan: " + errText(err)
	}
	if shift > 0 {
		sum.Lines -= shift
		sum.Bytes -= int64(shift)
		for i := range sum.BadLines {
			sum.BadLines[i] -= shift
		}
	}
	bytesCounter.Inc(ctx, sum.Bytes)
	rowsCounter.Inc(ctx, int64(sum.Rows))
	foundCounter.Inc(ctx, int64(sum.RowsWithFindings))
	ps.Summary = sum
	emitSum(name, ps)
	return nil
}

// errText is the text of a scan or read error. classify's errors never
// quote the data; an I/O error names the file at most.
func errText(err error) string {
	if err == nil {
		return ""
	}
	var re *classify.RowError
	if errors.As(err, &re) {
		return re.Error()
	}
	return err.Error()
}

// partCount is what numbering the rows of a part needs: where it starts,
// and how many lines and rows it holds.
type partCount struct {
	Start       int64
	Lines, Rows int
}

// summaryAcc accumulates the parts of one file: runs of consecutive parts
// already merged, and the counts of every part.
type summaryAcc struct {
	Runs   []partSummary
	Counts []partCount
}

// fileResult is the merged summary of a file and the counts of its parts.
type fileResult struct {
	Summary FileSummary
	Counts  []partCount
}

// combineFn merges the parts of a file in file order. Parts arrive in any
// order; runs of consecutive parts are merged as soon as they meet, so
// the accumulator stays small.
type combineFn struct{}

func (combineFn) CreateAccumulator() summaryAcc { return summaryAcc{} }

func (fn combineFn) AddInput(a summaryAcc, p partSummary) (summaryAcc, error) {
	return fn.MergeAccumulators(a, summaryAcc{Runs: []partSummary{p}, Counts: []partCount{{Start: p.Start, Lines: p.Summary.Lines, Rows: p.Summary.Rows + p.Summary.BadRows}}})
}

func (combineFn) MergeAccumulators(a, b summaryAcc) (summaryAcc, error) {
	runs := append(slices.Clone(a.Runs), b.Runs...)
	slices.SortFunc(runs, func(x, y partSummary) int { return cmp.Compare(x.Start, y.Start) })
	out := summaryAcc{Counts: append(slices.Clone(a.Counts), b.Counts...)}
	for _, r := range runs {
		if n := len(out.Runs); n > 0 && out.Runs[n-1].End == r.Start && out.Runs[n-1].Error == "" && r.Error == "" {
			last := &out.Runs[n-1]
			m, err := classify.MergeExportSummaries([]classify.ExportSummary{last.Summary, r.Summary})
			if err != nil {
				return summaryAcc{}, err
			}
			last.Summary, last.End = m, r.End
			continue
		}
		out.Runs = append(out.Runs, r)
	}
	return out, nil
}

func (combineFn) ExtractOutput(a summaryAcc) fileResult {
	var res fileResult
	slices.SortFunc(a.Counts, func(x, y partCount) int { return cmp.Compare(x.Start, y.Start) })
	res.Counts = a.Counts
	var sums []classify.ExportSummary
	for _, r := range a.Runs {
		if res.Summary.Detected == "" {
			res.Summary.Detected = r.Detected
		}
		if r.Error != "" && res.Summary.Error == "" {
			res.Summary.Error = r.Error
		}
		sums = append(sums, r.Summary)
	}
	m, err := classify.MergeExportSummaries(sums)
	if err != nil && res.Summary.Error == "" {
		res.Summary.Error = err.Error()
	}
	res.Summary.Summary = m
	return res
}

// splitResult separates a file's summary from the counts its rows are
// numbered by.
func splitResult(file string, r fileResult, emitSum func(FileSummary), emitCounts func(string, []partCount)) {
	r.Summary.File = file
	emitSum(r.Summary)
	emitCounts(file, r.Counts)
}

// numberFn numbers the rows of a part as ScanExport numbers the rows of
// the whole file: it adds the lines and rows of the parts before. The
// counts of a file are looked up once per DoFn instance: a side-input
// lookup can be a request to the runner, and in a batch pipeline in the
// global window the counts never change.
// maxCachedFiles bounds numberFn's cache; past it the cache starts again.
const maxCachedFiles = 4096

type numberFn struct {
	cache map[string][]partCount
}

func (fn *numberFn) ProcessElement(file string, pr partRow, counts func(string) func(*[]partCount) bool, emit func(Row)) {
	if fn.cache == nil || len(fn.cache) >= maxCachedFiles {
		fn.cache = map[string][]partCount{} // bounded: a data lake has millions of files
	}
	cs, ok := fn.cache[file]
	if !ok {
		counts(file)(&cs)
		fn.cache[file] = cs
	}
	lines, rows := 0, 0
	for _, c := range cs {
		if c.Start >= pr.Start {
			break
		}
		lines += c.Lines
		rows += c.Rows
	}
	r := pr.Row
	r.Line += lines
	r.Row += rows
	emit(r)
}
