// Package beam scans CRM exports with avgrisk's classifier on Apache Beam
// runners: the Prism runner on a laptop, Google Cloud Dataflow, Apache
// Flink or Apache Spark. It is a module of its own
// (github.com/avgrisk/avgrisk/beam), so that users of the library never
// download Beam's dependency tree.
//
// [Scan] takes file patterns (local paths, gs://, s3:// — any Beam
// filesystem registered by the program) and scans every export in them
// as classify's ScanExport does:
//
//	p, s := beam.NewPipelineWithRoot()
//	rows, summaries := avgbeam.Scan(s, []string{"gs://crm-archive/2026/*.jsonl"}, avgbeam.Options{})
//
// Uncompressed UTF-8 JSON Lines files are split into parts of
// Options.PartSize bytes at line starts (a line belongs to the part in
// which it begins, as Beam's text source splits), and the parts are
// scanned on any worker. A CSV file is scanned whole by one worker: a
// quoted field may hold newlines, so a CSV cannot be split at a byte
// offset. Compressed files, JSON arrays and files in other encodings are
// scanned whole too.
//
// The summaries are one [FileSummary] per file: the parts' summaries are
// combined with a CombineFn and merged in file order with
// classify.MergeExportSummaries, so each equals, exactly, the
// ExportSummary that ScanExport gives for the whole file. The rows are
// one [Row] per row with findings and per bad row, numbered as ScanExport
// numbers them; like classify's results they hold no value of the data.
// Bad rows are counted, their lines listed (the first 100 per file) and
// emitted as rows with Bad set: nothing is dropped silently.
//
// One difference remains, by design of classify: a JSON key that looks
// like data (an e-mail address as a key) is never used as a column name;
// ScanExport names it "column N" by its place in the file, and a part
// can only number it by its place in the part. Such columns of a split
// file are listed per part, not merged.
//
// Beam metrics (namespace "avgrisk") count files, parts, bytes, rows, bad
// rows, rows with findings and findings per category, so the runner's UI
// shows progress.
//
// The program cmd/avgrisk-beam runs the scan from the command line.
package beam
