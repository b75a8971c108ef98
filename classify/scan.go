package classify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"unsafe"
)

// Scan sizes. Every decision about a finding depends on at most
// scanMargin bytes either side of it, so findings that start inside a
// chunk's middle are exactly those that Text finds in the whole input.
const (
	scanChunk  = 64 << 10 // bytes decided per round
	scanMargin = 2 << 10  // context kept on each side of the decided bytes
)

// maxEmptyReads is how many reads in a row may return no bytes and no
// error before Scan gives up with io.ErrNoProgress (bufio's limit).
const maxEmptyReads = 100

// Scan reads r to the end and calls fn with each finding, in the order
// Text gives them, with offsets counted from the start of the stream.
// Memory stays bounded by a chunk plus its margins whatever the input's
// size. Scan stops and returns the error when ctx is done, when reading
// fails (a reader that returns no bytes and no error 100 times in a row
// fails with io.ErrNoProgress), or when fn returns an error (which Scan
// returns as is).
//
// The findings are exactly those of Text on the whole input, whatever the
// sizes of the reads.
func (c *Classifier) Scan(ctx context.Context, r io.Reader, fn func(Finding) error) error {
	c = c.orDefault()
	if r == nil || fn == nil {
		return errors.New("classify: scan needs a reader and a callback")
	}
	buf := make([]byte, 0, scanMargin+scanChunk+scanMargin)
	var (
		base     int  // stream offset of buf[0]
		emitFrom int  // stream offset where the undecided bytes start
		eof      bool // r is exhausted
		found    []Finding
	)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Fill the buffer. A reader that keeps returning (0, nil) is
		// broken: give up after maxEmptyReads in a row, as bufio does.
		empty := 0
		for !eof && len(buf) < cap(buf) {
			n, err := r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return fmt.Errorf("classify: scan: %w", err)
			}
			if n == 0 && err == nil {
				if err := ctx.Err(); err != nil {
					return err
				}
				if empty++; empty >= maxEmptyReads {
					return fmt.Errorf("classify: scan: %w", io.ErrNoProgress)
				}
			} else {
				empty = 0
			}
		}
		// Decide the bytes up to emitTo; keep the tail as right context.
		emitTo := base + len(buf)
		if !eof {
			emitTo -= scanMargin
		}
		// The bytes stay untouched while appendText reads them, and no
		// finding keeps a reference, so a string view saves a copy.
		found = c.appendText(found[:0], unsafe.String(unsafe.SliceData(buf), len(buf)))
		for _, f := range found {
			f.Start += base
			f.End += base
			if f.Start < emitFrom || f.Start >= emitTo {
				continue
			}
			if err := fn(f); err != nil {
				return err
			}
		}
		if eof {
			return nil
		}
		// Slide: keep scanMargin bytes before the next undecided byte.
		keep := emitTo - scanMargin - base
		if keep < 0 {
			keep = 0
		}
		n := copy(buf, buf[keep:])
		buf = buf[:n]
		base += keep
		emitFrom = emitTo
	}
}
