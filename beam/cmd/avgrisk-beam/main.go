// Command avgrisk-beam scans CRM exports for special categories of
// personal data and identifiers on an Apache Beam runner: the Prism
// runner on one machine (the default), Google Cloud Dataflow, Apache
// Flink or Apache Spark.
//
//	avgrisk-beam --input 'exports/*.jsonl' --output results/scan
//
// writes results/scan-summaries.jsonl (one summary per file, as
// classify.ScanExport gives it) and results/scan-rows.jsonl (one line per
// row with findings and per bad row, without any value of the data).
// --input may name several patterns, separated by commas; local paths,
// gs:// and s3:// work. The usual Beam flags choose the runner: see the
// beam module's README.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	avgbeam "github.com/avgrisk/avgrisk/beam"
)

var (
	input    = flag.String("input", "", "file patterns to scan, separated by commas (local, gs://, s3://)")
	output   = flag.String("output", "", "output prefix: writes PREFIX-summaries.jsonl and PREFIX-rows.jsonl")
	partSize = flag.Int64("part_size", avgbeam.DefaultPartSize, "size in bytes of the parts a JSON Lines file is split into")
	withRows = flag.Bool("rows", true, "also write PREFIX-rows.jsonl, one line per row with findings or bad row")
)

func init() {
	// One function per type: Beam names a function by its symbol, and
	// every instance of a generic function has the same one.
	register.Function1x2(summaryJSON)
	register.Function1x2(rowJSON)
}

func summaryJSON(v avgbeam.FileSummary) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func rowJSON(v avgbeam.Row) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "usage: avgrisk-beam --input PATTERNS --output PREFIX [beam runner flags]")
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	patterns, opts := strings.Split(*input, ","), avgbeam.Options{PartSize: *partSize}
	if *withRows {
		rows, sums := avgbeam.Scan(s, patterns, opts)
		textio.Write(s, *output+"-summaries.jsonl", beam.ParDo(s, summaryJSON, sums))
		textio.Write(s, *output+"-rows.jsonl", beam.ParDo(s, rowJSON, rows))
	} else {
		sums := avgbeam.ScanSummaries(s, patterns, opts)
		textio.Write(s, *output+"-summaries.jsonl", beam.ParDo(s, summaryJSON, sums))
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "avgrisk-beam:", err)
		os.Exit(1)
	}
}
