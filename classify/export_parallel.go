package classify

import (
	"errors"
	"runtime"
	"sync"
)

// This file runs ScanExport on several cores: one goroutine reads the
// rows (the readers of export_csv.go and export_json.go, unchanged) and
// gathers them in batches; workers classify the batches; the goroutine
// that called ScanExport takes the batches in the order they were read,
// adds each row to the summary and calls fn, so that rows are reported
// and summarised in row order, exactly as with one worker. At most
// workers+2 batches, each of at most batchRows rows or batchBytes bytes
// (or one longer row), are held at once.

const (
	// batchRows and batchBytes bound a batch: it is handed to the
	// workers when it has batchRows rows or batchBytes bytes of values.
	batchRows  = 256
	batchBytes = 128 << 10
)

// errStopped ends the reading goroutine once the caller's side has
// stopped (fn failed, or ctx is done).
var errStopped = errors.New("classify: export: stopped")

// WithWorkers sets the number of goroutines that ScanExport classifies
// rows on; the default, and n = 0, is runtime.GOMAXPROCS(0) at the time
// of the scan. Rows are read by one goroutine and reported to fn, on the
// goroutine that called ScanExport, in row order; results and summary are
// the same for any n. With n = 1 ScanExport starts no goroutine.
func WithWorkers(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return errors.New("classify: workers must not be negative")
		}
		c.workers = n
		return nil
	}
}

// scanWorkers returns the number of workers of a scan.
func (c *Classifier) scanWorkers() int {
	if c.workers > 0 {
		return c.workers
	}
	return runtime.GOMAXPROCS(0)
}

// exportBatch is a run of consecutive rows: read, then classified by a
// worker, then reported.
type exportBatch struct {
	rows  []batchRow
	vals  []string       // the values of the rows, one after another
	cols  []*columnState // the column of each value
	fs    []Finding      // the findings of the rows; handed to fn, so fresh per batch
	hits  []colHit
	bytes int
	ready chan struct{} // closed when classified
	// panicked is what classifying the batch panicked with, if it did.
	panicked any
}

// batchRow is one row of a batch: a bad row (err set) or the ranges of
// its values, findings and column hits in the batch.
type batchRow struct {
	line, row int
	err       *RowError
	v0, v1    int
	f0, f1    int
	h0, h1    int
}

// exportPipe is the state shared by the reading goroutine, the workers
// and the caller's goroutine of one ScanExport.
type exportPipe struct {
	cur   *exportBatch      // being filled by the reader
	order chan *exportBatch // to the caller, in read order
	work  chan *exportBatch // to the workers
	free  chan *exportBatch // reported batches, for reuse
	stop  chan struct{}     // closed when the caller stops
	hint  int               // findings per batch seen, for fresh capacity
}

// add queues a row, bad (e set) or good, and hands the batch on when full.
func (p *exportPipe) add(s *exportScanner, e *RowError, line, rowNo int, cols []*columnState, values []string) error {
	b := p.cur
	if b == nil {
		select {
		case b = <-p.free:
		default:
			b = &exportBatch{}
		}
		b.ready = make(chan struct{})
		p.cur = b
	}
	if e != nil {
		b.rows = append(b.rows, batchRow{line: e.Line, row: e.Row, err: e})
	} else {
		v0 := len(b.vals)
		b.vals = append(b.vals, values...)
		b.cols = append(b.cols, cols...)
		for _, v := range values {
			b.bytes += len(v)
		}
		b.rows = append(b.rows, batchRow{line: line, row: rowNo, v0: v0, v1: len(b.vals)})
	}
	if len(b.rows) >= batchRows || b.bytes >= batchBytes {
		return p.flush()
	}
	return nil
}

// flush hands the batch being filled to the caller and the workers.
func (p *exportPipe) flush() error {
	b := p.cur
	if b == nil {
		return nil
	}
	p.cur = nil
	select {
	case p.order <- b:
	case <-p.stop:
		return errStopped
	}
	select {
	case p.work <- b:
	case <-p.stop:
		return errStopped
	}
	return nil
}

// classifyBatch is a worker's part: the findings of each good row of b.
func (c *Classifier) classifyBatch(b *exportBatch, hint int, sorted bool) {
	b.fs = make([]Finding, 0, hint)
	b.hits = b.hits[:0]
	for i := range b.rows {
		r := &b.rows[i]
		if r.err != nil {
			continue
		}
		r.f0, r.h0 = len(b.fs), len(b.hits)
		b.fs, b.hits = c.classifyRow(b.fs, b.hits, b.cols[r.v0:r.v1], b.vals[r.v0:r.v1])
		r.f1, r.h1 = len(b.fs), len(b.hits)
		if sorted && r.f1 > r.f0 {
			sortFindingsByField(b.fs[r.f0:r.f1])
		}
	}
}

// scanParallel is scan with workers goroutines classifying.
func (s *exportScanner) scanParallel(format ExportFormat, workers int) error {
	p := &exportPipe{
		order: make(chan *exportBatch, workers),
		work:  make(chan *exportBatch, workers),
		free:  make(chan *exportBatch, workers+2),
		stop:  make(chan struct{}),
	}
	s.pipe = p
	var wg sync.WaitGroup
	var hintMu sync.Mutex
	hint := 64
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range p.work {
				hintMu.Lock()
				h := hint
				hintMu.Unlock()
				func() {
					// A panic is raised again on the caller's goroutine,
					// where it would have been without workers.
					defer func() { b.panicked = recover() }()
					s.c.classifyBatch(b, h, s.fn != nil)
				}()
				if n := len(b.fs) + len(b.fs)/8; n > h {
					hintMu.Lock()
					hint = max(hint, n)
					hintMu.Unlock()
				}
				close(b.ready)
			}
		}()
	}
	var readErr error
	go func() {
		err := s.scan(format)
		if err == nil || !errors.Is(err, errStopped) {
			if ferr := p.flush(); ferr != nil && err == nil {
				err = ferr
			}
		}
		readErr = err
		close(p.work)
		close(p.order) // readErr is visible once order is closed
	}()
	stopped := false
	defer func() {
		// fn panicked: stop the reader and the workers, so that a caller
		// that recovers leaks no goroutine.
		if !stopped {
			close(p.stop)
		}
	}()
	err := s.report(p)
	if err != nil {
		close(p.stop)
		for range p.order { // let the reader see stop and finish
		}
	}
	stopped = true
	wg.Wait()
	if err == nil && readErr != nil && !errors.Is(readErr, errStopped) {
		err = readErr
	}
	return err
}

// report takes the batches in read order and reports their rows.
func (s *exportScanner) report(p *exportPipe) error {
	for b := range p.order {
		<-b.ready
		if b.panicked != nil {
			panic(b.panicked)
		}
		for i := range b.rows {
			if err := s.done(); err != nil {
				return err
			}
			r := &b.rows[i]
			if r.err != nil {
				if err := s.badDone(r.err); err != nil {
					return err
				}
				continue
			}
			var fs []Finding
			if r.f1 > r.f0 && s.fn != nil {
				fs = b.fs[r.f0:r.f1:r.f1]
			}
			cols, vals := b.cols[r.v0:r.v1], b.vals[r.v0:r.v1]
			if err := s.rowDone(r.line, r.row, cols, vals, b.hits[r.h0:r.h1], r.f1 > r.f0, fs); err != nil {
				return err
			}
		}
		clear(b.vals)
		clear(b.cols)
		b.rows, b.vals, b.cols, b.fs, b.hits, b.bytes = b.rows[:0], b.vals[:0], b.cols[:0], nil, b.hits[:0], 0
		select {
		case p.free <- b:
		default:
		}
	}
	return nil
}
