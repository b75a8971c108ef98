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

// progress draws one line on standard error while a long input is read,
// only when standard error is a terminal: "avgrisk: Contact.csv 120000
// rows, 48.2 MB of 1.0 GB, 41.3 MB/s, 23s left". It stays silent for the
// first second and erases itself when the input ends. A nil *progress
// does nothing.
type progress struct {
	w     io.Writer
	mu    sync.Mutex
	name  string
	cr    *countReader
	total int64 // bytes of the input, 0 when unknown
	rows  atomic.Int64
	start time.Time
	done  chan struct{}
	wg    sync.WaitGroup
	width int
}

// newProgress returns a progress for the command's standard error when it
// is a terminal and --quiet was not given, nil otherwise.
func newProgress(e *env) *progress {
	if e.quiet || !isTerminal(e.stderr) {
		return nil
	}
	return &progress{w: e.stderr}
}

// isTerminal reports whether w is a character device.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// begin starts the line for one input read through cr.
func (p *progress) begin(name string, cr *countReader) {
	if p == nil {
		return
	}
	p.name, p.cr, p.start, p.done = name, cr, time.Now(), make(chan struct{})
	p.total = 0
	if fi, err := os.Stat(name); err == nil && fi.Mode().IsRegular() {
		p.total = fi.Size()
	}
	p.rows.Store(0)
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
				if now.Sub(p.start) >= time.Second {
					p.draw(now)
				}
			}
		}
	}()
}

// row records the last row read.
func (p *progress) row(n int) {
	if p != nil {
		p.rows.Store(int64(n))
	}
}

func (p *progress) draw(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	line := progressLine(p.name, p.rows.Load(), p.bytes(), p.total, now.Sub(p.start))
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", max(p.width-len(line), 0)))
	p.width = len(line)
}

func (p *progress) bytes() int64 { return p.cr.n.Load() }

// end erases the line of the input.
func (p *progress) end() {
	if p == nil || p.done == nil {
		return
	}
	close(p.done)
	p.wg.Wait()
	p.done = nil
	p.mu.Lock()
	if p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
	p.mu.Unlock()
}

// stop ends the progress of the whole run.
func (p *progress) stop() { p.end() }

// progressLine formats the progress: rows, bytes, rate and, when the
// size is known, the time left.
func progressLine(name string, rows, n, total int64, elapsed time.Duration) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(n) / s
	}
	var b strings.Builder
	fmt.Fprintf(&b, "avgrisk: %s %d rows, %s", name, rows, size(n))
	if total > 0 {
		fmt.Fprintf(&b, " of %s", size(total))
	}
	fmt.Fprintf(&b, ", %s/s", size(int64(rate)))
	if total > n && rate > 0 {
		left := time.Duration(float64(total-n)/rate) * time.Second
		fmt.Fprintf(&b, ", %s left", left.Round(time.Second))
	}
	return b.String()
}
