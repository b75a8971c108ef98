package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws a line on a terminal while a long export is scanned:
// "crmscan: 120000 rows, 48.2 MB, 41.3 MB/s". It stays silent for the
// first second, so a small export prints nothing, and erases itself when
// the scan ends.
type progress struct {
	w     io.Writer
	rows  atomic.Int64 // the last row reported by the scanner
	in    *countingReader
	begin time.Time
	done  chan struct{}
	wg    sync.WaitGroup
	width int // of the last line drawn
}

// progressWriter returns a progress for w when w is a terminal, and nil
// otherwise: a progress line in a log file or a pipe is noise.
func progressWriter(w io.Writer) *progress {
	if !isTerminal(w) {
		return nil
	}
	return &progress{w: w}
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progress) start(in *countingReader) {
	p.in, p.begin, p.done = in, time.Now(), make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				return
			case now := <-tick.C:
				if now.Sub(p.begin) >= time.Second {
					p.draw(now)
				}
			}
		}
	}()
}

func (p *progress) draw(now time.Time) {
	line := progressLine(p.rows.Load(), p.in.bytes.Load(), now.Sub(p.begin))
	pad := max(p.width-len(line), 0)
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", pad))
	p.width = len(line)
}

// stop ends the progress line and erases it.
func (p *progress) stop() {
	close(p.done)
	p.wg.Wait()
	if p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
	}
}

// progressLine formats the progress: rows, megabytes and throughput.
func progressLine(rows, n int64, elapsed time.Duration) string {
	mb := float64(n) / (1 << 20)
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = mb / s
	}
	return fmt.Sprintf("crmscan: %d rows, %.1f MB, %.1f MB/s", rows, mb, rate)
}

// countingReader counts the bytes read through it, for the progress line
// (which reads the count from another goroutine).
type countingReader struct {
	r     io.Reader
	bytes atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes.Add(int64(n))
	return n, err
}
