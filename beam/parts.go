package beam

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"github.com/avgrisk/avgrisk/classify"
)

// part is a byte range of one file to scan: the lines that begin in
// [Start, End). A whole part is the whole file, decoded as detected.
type part struct {
	File       fileio.ReadableFile
	Start, End int64
	Whole      bool
}

// The metrics that the runner's UI shows.
var (
	filesCounter    = beam.NewCounter("avgrisk", "files")
	partsCounter    = beam.NewCounter("avgrisk", "parts")
	bytesCounter    = beam.NewCounter("avgrisk", "bytes")
	rowsCounter     = beam.NewCounter("avgrisk", "rows")
	badRowsCounter  = beam.NewCounter("avgrisk", "bad_rows")
	foundCounter    = beam.NewCounter("avgrisk", "rows_with_findings")
	categoryCounter = func() map[classify.Category]beam.Counter {
		m := map[classify.Category]beam.Counter{}
		for _, c := range classify.Categories() {
			m[c] = beam.NewCounter("avgrisk", "findings_"+string(c))
		}
		return m
	}()
)

// splitFn turns a file into parts: an uncompressed UTF-8 JSON Lines file
// into parts of PartSize bytes, any other file into one whole part.
type splitFn struct {
	PartSize int64
}

func (fn *splitFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(part)) error {
	filesCounter.Inc(ctx, 1)
	size := f.Metadata.Size
	if size <= fn.PartSize || !splittable(ctx, f) {
		partsCounter.Inc(ctx, 1)
		emit(part{File: f, Start: 0, End: size, Whole: true})
		return nil
	}
	for start := int64(0); start < size; start += fn.PartSize {
		end := min(start+fn.PartSize, size)
		if size-end < fn.PartSize/4 {
			end = size // no small remainder, as Beam's text source does
		}
		partsCounter.Inc(ctx, 1)
		emit(part{File: f, Start: start, End: end})
		if end == size {
			break
		}
	}
	return nil
}

// splittable reports whether f can be split at line starts: its first
// bytes say JSON Lines in UTF-8 (not gzip, not another encoding). Files
// are opened uncompressed (Scan reads them so), so a gzip stream shows
// itself here as gzip.
func splittable(ctx context.Context, f fileio.ReadableFile) bool {
	rc, err := f.Open(ctx)
	if err != nil {
		return false // the scan reports the error
	}
	defer rc.Close()
	d, _, err := classify.Detect(rc)
	d = byName(f.Metadata.Path, d)
	return err == nil && d.Container == classify.ContainerExport && d.Format == classify.JSONLines && d.Encoding == classify.UTF8
}

// ByName returns d as the file's name corrects it: a ".jsonl" or
// ".ndjson" file is JSON Lines and a ".csv" or ".tsv" file is CSV even
// when its first bytes look like plain text (a JSON Lines file whose
// first line is bad, a CSV of one column). Containers (gzip, zip,
// binary, empty) are not overruled. A ".gz" suffix is looked through.
func byName(name string, d classify.Detection) classify.Detection {
	if d.Container != classify.ContainerExport && d.Container != classify.ContainerText {
		return d
	}
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch {
	case strings.HasSuffix(name, ".jsonl"), strings.HasSuffix(name, ".ndjson"):
		d.Container, d.Format, d.Comma = classify.ContainerExport, classify.JSONLines, 0
	case strings.HasSuffix(name, ".csv"), strings.HasSuffix(name, ".tsv"):
		if d.Format != classify.CSV {
			d.Container, d.Format = classify.ContainerExport, classify.CSV
		}
	}
	return d
}

// open returns a reader of the part's bytes as ScanExport must read
// them, and how many leading lines of it are not the file's. A part that
// starts past the file's start is read from its first line start, behind
// one blank line: ScanExport skips blank lines and drops a byte-order
// mark only on line 1, so the blank line keeps a mark at a later line
// start what it is in the whole file.
func (p part) open(ctx context.Context) (io.Reader, io.Closer, classify.Detection, error) {
	rc, err := p.File.Open(ctx)
	if err != nil {
		return nil, nil, classify.Detection{}, err
	}
	if p.Whole {
		d, r, err := classify.Detect(rc)
		if err == nil && d.Container == classify.ContainerGzip {
			// A gzip stream without the .gz extension: look inside.
			var zr *gzip.Reader
			if zr, err = gzip.NewReader(r); err == nil {
				d, r, err = classify.Detect(zr)
			}
		}
		return r, rc, byName(p.File.Metadata.Path, d), err
	}
	br := bufio.NewReaderSize(rc, 256<<10)
	pos := p.Start
	if pos > 0 {
		// Skip to the first line that begins at or after Start.
		if _, err := br.Discard(int(pos - 1)); err != nil {
			rc.Close()
			return nil, nil, classify.Detection{}, fmt.Errorf("skip to %d: %w", pos, err)
		}
		pos--
		for {
			chunk, err := br.ReadSlice('\n')
			pos += int64(len(chunk))
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				rc.Close()
				return nil, nil, classify.Detection{}, err
			}
			break
		}
	}
	r := io.Reader(&partReader{br: br, pos: pos, end: p.End, atLineStart: true})
	if p.Start > 0 {
		r = io.MultiReader(strings.NewReader("\n"), r)
	}
	return r, rc, classify.Detection{Container: classify.ContainerExport, Format: classify.JSONLines, Encoding: classify.UTF8}, nil
}

// partReader reads the lines that begin before end.
type partReader struct {
	br          *bufio.Reader
	pos, end    int64
	atLineStart bool
}

func (r *partReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if r.atLineStart && r.pos >= r.end {
		return 0, io.EOF
	}
	if r.br.Buffered() == 0 {
		if _, err := r.br.Peek(1); err != nil {
			return 0, err
		}
	}
	buf, _ := r.br.Peek(min(len(p), r.br.Buffered()))
	i := bytes.IndexByte(buf, '\n')
	if i >= 0 {
		buf = buf[:i+1]
	}
	n := copy(p, buf)
	r.br.Discard(n)
	r.pos += int64(n)
	r.atLineStart = i >= 0
	return n, nil
}
