package beam

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/avgrisk/avgrisk/classify"
)

// DefaultPartSize is the size of the parts that a JSON Lines file is
// split into, as Beam's text source splits files.
const DefaultPartSize = 64 << 20

// Options are the knobs of Scan. The zero value is the default.
type Options struct {
	// PartSize is the size in bytes of the parts a JSON Lines file is
	// split into; 0 means DefaultPartSize.
	PartSize int64
}

// Row is one row of an export that has findings, or that was bad. It
// holds no value of the data: where it is, and what was found.
type Row struct {
	File     string             `json:"file"`
	Row      int                `json:"row"`  // 1-based row number, header not counted, bad rows counted
	Line     int                `json:"line"` // 1-based line where the row starts
	Findings []classify.Finding `json:"findings,omitempty"`
	Bad      string             `json:"bad,omitempty"` // why a bad row was skipped, e.g. "invalid JSON"
}

// FileSummary is what the scan found in one file: ScanExport's summary of
// the whole file.
type FileSummary struct {
	File    string                 `json:"file"`
	Summary classify.ExportSummary `json:"summary"`
	// Detected is what the start of the file says it is, such as "JSON
	// Lines (utf-8)" or "gzip".
	Detected string `json:"detected"`
	// Error is set when the file could not be scanned as an export: it
	// is binary, a zip archive, plain text, or unreadable. It names the
	// reason, never the data.
	Error string `json:"error,omitempty"`
}

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(part), error](&splitFn{})
	register.DoFn4x1[context.Context, part, func(string, partSummary), func(string, partRow), error](&scanFn{})
	register.Combiner3[summaryAcc, partSummary, fileResult](&combineFn{})
	register.Function4x0(splitResult)
	register.DoFn4x0[string, partRow, func(string) func(*[]partCount) bool, func(Row)](&numberFn{})
	register.Emitter1[part]()
	register.Emitter2[string, partSummary]()
	register.Emitter2[string, partRow]()
	register.Emitter1[FileSummary]()
	register.Emitter2[string, []partCount]()
	register.Emitter1[Row]()
	register.Iter1[[]partCount]()
}

// Scan scans every file that the patterns match and returns two
// PCollections: the rows (Row: rows with findings, and bad rows) and the
// summaries (FileSummary, one per file). A pattern that matches nothing
// fails the pipeline.
func Scan(s beam.Scope, patterns []string, opts Options) (rows, summaries beam.PCollection) {
	s = s.Scope("avgrisk.Scan")
	sums, prows := scanParts(s, patterns, opts, true)
	summaries, offsets := beam.ParDo2(s, splitResult, beam.CombinePerKey(s, &combineFn{}, sums))
	rows = beam.ParDo(s, &numberFn{}, prows, beam.SideInput{Input: offsets})
	return rows, summaries
}

// ScanSummaries is Scan without the rows: it returns the summaries only,
// and the pipeline numbers and carries no rows.
func ScanSummaries(s beam.Scope, patterns []string, opts Options) beam.PCollection {
	s = s.Scope("avgrisk.ScanSummaries")
	sums, _ := scanParts(s, patterns, opts, false)
	summaries, _ := beam.ParDo2(s, splitResult, beam.CombinePerKey(s, &combineFn{}, sums))
	return summaries
}

// scanParts matches the files, splits them into parts and scans the
// parts: the part summaries keyed by file, and, when rows is set, the
// rows numbered within their parts.
func scanParts(s beam.Scope, patterns []string, opts Options, rows bool) (sums, prows beam.PCollection) {
	size := opts.PartSize
	if size <= 0 {
		size = DefaultPartSize
	}
	var matched []beam.PCollection
	for _, p := range patterns {
		matched = append(matched, fileio.MatchFiles(s, p, fileio.MatchEmptyDisallow()))
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matched...), fileio.ReadUncompressed())
	parts := beam.Reshuffle(s, beam.ParDo(s, &splitFn{PartSize: size}, files))
	return beam.ParDo2(s, &scanFn{Rows: rows}, parts)
}
