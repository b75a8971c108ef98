// Package exportfs turns what a person points a scanner at (files,
// folders, globs, standard input, a Salesforce weekly Data Export zip, a
// gzip stream) into a sequence of inputs, each detected
// (classify.DetectFormat) and decoded to UTF-8, ready for
// classify's ScanExport or Scan.
//
// # Usage
//
//	err := exportfs.Walk(ctx, []string{"export.zip", "notes/", "-"}, os.Stdin,
//		func(in exportfs.Input, r io.Reader) error {
//			if in.Err != nil || in.Detection.Container != classify.ContainerExport {
//				return nil // skipped: say so
//			}
//			sum, err := classify.Default().ScanExport(ctx, r, in.Detection.Format, nil)
//			...
//		})
//
// A folder is walked recursively in lexical order; a name with a glob
// pattern (*, ?, [) that names no file is expanded with filepath.Glob; "-"
// is standard input. A zip archive's members are inputs of their own,
// named "archive.zip/Contact.csv", each with the object name of a
// Salesforce Data Export ("Contact" for Contact.csv, "Contact" also for
// Contact-2.csv, the second part of a split object). A gzip stream is
// decompressed, whatever its name. Archives inside archives are opened to
// a depth of MaxDepth.
//
// # Why a package
//
// A compliance tool, a nightly job and a Beam pipeline all need the same
// walk over the same Salesforce export layout; classify stays free of
// archives and file systems.
//
// Walk never reads more of an input than fn reads, holds no value it
// read, and its errors name paths, never contents. It is safe for
// concurrent use (it keeps no state between calls).
package exportfs

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
)

// MaxDepth is how deep archives inside archives (a .gz inside a .zip) are
// opened; deeper ones are reported with ErrTooDeep.
const MaxDepth = 4

// Errors of Walk, found in Input.Err.
var (
	ErrNotExist = errors.New("exportfs: no such file or folder")
	ErrTooDeep  = errors.New("exportfs: archives nested too deep")
	ErrZipStdin = errors.New("exportfs: a zip archive cannot be read from standard input; save it to a file")
	ErrNoMatch  = errors.New("exportfs: pattern matches no file")
)

// Input is one input found by Walk.
type Input struct {
	// Name is where the input is: the path as given or found, a zip
	// member as "archive.zip/Contact.csv", a gzip stream as its path;
	// "-" for standard input.
	Name string `json:"name"`
	// Object is the object the input holds, from its file name without
	// extensions: "Contact" for Contact.csv, Contact-2.csv or
	// Contact.csv.gz. Salesforce's Data Export names each CSV after its
	// object.
	Object string `json:"object,omitempty"`
	// Given is true for an input named directly (a file or "-"), false
	// for one found in a folder, by a glob or in an archive. A caller may
	// refuse binary data it was given but skip it quietly in a folder.
	Given bool `json:"given"`
	// Detection is what the input's first bytes are, after decompression.
	// Its Container is never gzip or zip: Walk opens those itself.
	Detection classify.Detection `json:"detection"`
	// Err is set when the input could not be opened or read; fn is then
	// called with a nil reader.
	Err error `json:"-"`
}

// Walk expands paths into inputs and calls fn for each, with a reader of
// its content decoded to UTF-8 (see classify.Detection.Reader); the
// reader is valid only during the call. A path that cannot be read is
// passed to fn with Err set and the walk goes on. Walk stops at the first
// error fn returns, which it returns, or when ctx is done.
func Walk(ctx context.Context, paths []string, stdin io.Reader, fn func(in Input, r io.Reader) error) error {
	w := &walker{ctx: ctx, fn: fn}
	for _, p := range paths {
		if err := w.path(p, stdin); err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	ctx context.Context
	fn  func(Input, io.Reader) error
}

func (w *walker) fail(name string, given bool, err error) error {
	return w.fn(Input{Name: name, Object: objectName(name), Given: given, Err: err}, nil)
}

// path walks one command-line argument.
func (w *walker) path(p string, stdin io.Reader) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if p == "-" {
		return w.stream("-", true, stdin, nil, 0)
	}
	fi, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
			matches, gerr := filepath.Glob(p)
			if gerr != nil {
				return w.fail(p, true, fmt.Errorf("exportfs: %s: bad pattern", p))
			}
			if len(matches) == 0 {
				return w.fail(p, true, fmt.Errorf("%w: %s", ErrNoMatch, p))
			}
			for _, m := range matches {
				if err := w.found(m); err != nil {
					return err
				}
			}
			return nil
		}
		return w.fail(p, true, pathError(p, err))
	}
	if fi.IsDir() {
		return w.dir(p)
	}
	return w.file(p, true)
}

// found walks a path found by a glob: a folder or a file.
func (w *walker) found(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, false, pathError(p, err))
	}
	if fi.IsDir() {
		return w.dir(p)
	}
	return w.file(p, false)
}

// dir walks a folder recursively, in lexical order, skipping hidden
// entries (".git").
func (w *walker) dir(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return w.fail(p, false, pathError(p, err))
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		return w.file(p, false)
	})
}

// file walks one file: a zip archive is opened as such, anything else is
// streamed.
func (w *walker) file(p string, given bool) error {
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, given, pathError(p, err))
	}
	defer f.Close()
	return w.stream(p, given, f, f, 0)
}

// stream detects r and passes it on: it decompresses gzip, opens zip
// archives (when ra, the same content, allows random access) and hands
// anything else to fn.
func (w *walker) stream(name string, given bool, r io.Reader, ra io.ReaderAt, depth int) error {
	if depth > MaxDepth {
		return w.fail(name, given, fmt.Errorf("%w: %s", ErrTooDeep, name))
	}
	br := bufio.NewReaderSize(r, classify.DetectLen)
	head, err := br.Peek(classify.DetectLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return w.fail(name, given, fmt.Errorf("exportfs: %s: read: %w", name, unwrapPath(err)))
	}
	d := classify.DetectFormat(head)
	switch d.Container {
	case classify.ContainerGzip:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return w.fail(name, given, fmt.Errorf("exportfs: %s: not a valid gzip stream", name))
		}
		defer zr.Close()
		zr.Multistream(true)
		return w.stream(strings.TrimSuffix(name, ".gz"), given, zr, nil, depth+1)
	case classify.ContainerZip:
		if ra == nil {
			if name == "-" {
				return w.fail(name, given, ErrZipStdin)
			}
			return w.zipStream(name, given, br, depth)
		}
		return w.zip(name, given, ra, depth)
	}
	d = byExtension(name, d)
	in := Input{Name: name, Object: objectName(name), Given: given, Detection: d}
	return w.fn(in, d.Reader(br))
}

// zipStream opens a zip archive found inside another archive: its members
// need random access, so the archive is read into memory up to a bound.
func (w *walker) zipStream(name string, given bool, r io.Reader, depth int) error {
	const maxInner = 256 << 20
	b, err := io.ReadAll(io.LimitReader(r, maxInner+1))
	if err != nil {
		return w.fail(name, given, fmt.Errorf("exportfs: %s: read: %w", name, unwrapPath(err)))
	}
	if len(b) > maxInner {
		return w.fail(name, given, fmt.Errorf("exportfs: %s: a zip inside an archive larger than 256 MiB; unpack it first", name))
	}
	return w.zip(name, given, bytes.NewReader(b), depth)
}

// zip walks the members of a zip archive in their order in the archive,
// folders and hidden members skipped. A member's name is its path in the
// archive after the archive's own.
func (w *walker) zip(name string, given bool, ra io.ReaderAt, depth int) error {
	size, err := readerSize(ra)
	if err != nil {
		return w.fail(name, given, fmt.Errorf("exportfs: %s: %w", name, unwrapPath(err)))
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return w.fail(name, given, fmt.Errorf("exportfs: %s: not a valid zip archive", name))
	}
	files := slices.Clone(zr.File)
	for _, zf := range files {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		base := path.Base(zf.Name)
		if zf.FileInfo().IsDir() || strings.HasPrefix(base, ".") || strings.HasPrefix(zf.Name, "__MACOSX/") {
			continue
		}
		member := name + "/" + zf.Name
		rc, err := zf.Open()
		if err != nil {
			if err := w.fail(member, false, fmt.Errorf("exportfs: %s: cannot open member", member)); err != nil {
				return err
			}
			continue
		}
		err = w.stream(member, false, rc, nil, depth+1)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func readerSize(ra io.ReaderAt) (int64, error) {
	switch v := ra.(type) {
	case *os.File:
		fi, err := v.Stat()
		if err != nil {
			return 0, err
		}
		return fi.Size(), nil
	case interface{ Size() int64 }:
		return v.Size(), nil
	}
	return 0, errors.New("exportfs: unknown size")
}

// byExtension lets a name overrule a guess from content: one line of
// text named .csv or .tsv is a CSV header; JSON Lines named .json whose
// first line is not a whole object is one JSON document, not an export.
func byExtension(name string, d classify.Detection) classify.Detection {
	ext := strings.ToLower(path.Ext(name))
	if d.Container == classify.ContainerText && (ext == ".csv" || ext == ".tsv") {
		d.Container, d.Format = classify.ContainerExport, classify.CSV
		d.Comma = ','
		if ext == ".tsv" {
			d.Comma = '\t'
		}
	}
	return d
}

// objectName is the object a file holds by Salesforce's Data Export
// naming: the base name without extensions and without a "-2" part
// number.
func objectName(name string) string {
	if name == "-" {
		return ""
	}
	base := path.Base(filepath.ToSlash(name))
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	if i := strings.LastIndexByte(base, '-'); i > 0 && isDigits(base[i+1:]) {
		base = base[:i]
	}
	return base
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pathError says what went wrong with a path in a few words.
func pathError(p string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: %s", ErrNotExist, p)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("exportfs: %s: permission denied", p)
	}
	return fmt.Errorf("exportfs: %s: %w", p, unwrapPath(err))
}

// unwrapPath drops the *fs.PathError around err: its path is named once.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
