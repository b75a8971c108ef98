package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/avgrisk/avgrisk/retention"
)

func runRetention(e *env, args []string) int {
	fs := e.flags("Reads records (CSV with the columns id, category, event_date and optionally\n" +
		"legal_hold) and decides, by the Dutch retention catalogue, which to delete\n" +
		"today and which to review. It deletes nothing. Exit 1 when records are due.")
	nowFlag := fs.String("as-of", "", "decide as of this date, YYYY-MM-DD (default: today)")
	path, now, data, code, ok := e.datedInput(fs, args, nowFlag, "records file")
	if !ok {
		return code
	}
	s := retention.Netherlands()
	res := &retentionResult{
		Input: path, AsOf: now.Format(time.DateOnly), CatalogueAsOf: retention.CatalogueAsOf,
		Delete: []retention.Decision{}, Review: []retention.Decision{}, BadLines: []int{}, BadRowErrors: []string{},
	}
	var records []retention.Record
	err := s.ReadCSV(bytes.NewReader(data), time.Local, func(r retention.CSVRecord) error {
		records = append(records, r.Record)
		return nil
	}, func(re *retention.RecordError) error {
		res.BadRows++
		if len(res.BadLines) < 100 {
			res.BadLines = append(res.BadLines, re.Line)
		}
		if len(res.BadRowErrors) < maxListedBadRows {
			res.BadRowErrors = append(res.BadRowErrors, strings.TrimPrefix(re.Error(), "retention: records "))
		}
		return nil
	})
	if err != nil {
		var re *retention.RecordError
		if errors.As(err, &re) {
			e.errorf("%s: %s", path, strings.TrimPrefix(re.Error(), "retention: records "))
		} else {
			e.errorf("%s: %v", path, err)
		}
		return exitError
	}
	var seq iter.Seq[retention.Record] = slices.Values(records)
	res.Counts, err = s.DecideSeq(seq, now, func(d retention.Decision) error {
		switch d.Action {
		case retention.Delete:
			res.Delete = append(res.Delete, d)
		case retention.Review:
			res.Review = append(res.Review, d)
		}
		return nil
	})
	if err != nil {
		e.errorf("%s: %v", path, err)
		return exitError
	}
	slices.SortStableFunc(res.Delete, func(a, b retention.Decision) int { return b.OverdueDays - a.OverdueDays })
	slices.SortStableFunc(res.Review, func(a, b retention.Decision) int { return b.OverdueDays - a.OverdueDays })
	if code := e.emit(res); code != exitClean {
		return code
	}
	for _, b := range res.BadRowErrors {
		e.errorf("%s: %s", path, b)
	}
	switch {
	case e.strict && res.BadRows > 0:
		return exitError
	case res.Counts.Delete+res.Counts.Review > 0:
		return exitFound
	}
	return exitClean
}

// retentionResult is the JSON output of the retention command. Records
// to keep are counted, not listed.
type retentionResult struct {
	Input         string               `json:"input"`
	AsOf          string               `json:"as_of"`
	CatalogueAsOf string               `json:"catalogue_as_of"`
	Counts        retention.Counts     `json:"counts"`
	Delete        []retention.Decision `json:"delete"`
	Review        []retention.Decision `json:"review"`
	BadRows       int                  `json:"bad_rows"`
	BadLines      []int                `json:"bad_lines"`
	BadRowErrors  []string             `json:"bad_row_errors"`
}

func (r *retentionResult) json() any { return r }

func (r *retentionResult) text(w io.Writer) error {
	c := r.Counts
	fmt.Fprintf(w, "Retention as of %s: %s, %d records (catalogue as of %s; not legal advice)\n", r.AsOf, r.Input, c.Total, r.CatalogueAsOf)
	fmt.Fprintf(w, "  delete today %d, review %d, keep %d", c.Delete, c.Review, c.Keep)
	if r.BadRows > 0 {
		fmt.Fprintf(w, ", %s skipped (see standard error)", plural(r.BadRows, "bad row"))
	}
	fmt.Fprintln(w)
	if len(r.Delete) > 0 {
		fmt.Fprintf(w, "\nDELETE TODAY\n")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  ID\tCATEGORY\tDUE SINCE\tOVERDUE DAYS")
		for _, d := range r.Delete {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\n", d.ID, d.Category, d.DeleteFrom.Format(time.DateOnly), d.OverdueDays)
		}
		tw.Flush()
	}
	if len(r.Review) > 0 {
		fmt.Fprintf(w, "\nREVIEW\n")
		for _, d := range r.Review {
			fmt.Fprintf(w, "  %s (%s): %s\n", d.ID, d.Category, d.Explanation)
		}
	}
	return nil
}

func (r *retentionResult) markdown(w io.Writer) error {
	c := r.Counts
	fmt.Fprintf(w, "# Retention sweep\n\n%s as of %s: %d records; delete %d, review %d, keep %d.\n\n", mdEscape(r.Input), r.AsOf, c.Total, c.Delete, c.Review, c.Keep)
	if len(r.Delete) > 0 {
		fmt.Fprintf(w, "| id | category | due since | overdue days | why |\n|---|---|---|---:|---|\n")
		for _, d := range r.Delete {
			fmt.Fprintf(w, "| %s | %s | %s | %d | %s |\n", mdEscape(d.ID), d.Category, d.DeleteFrom.Format(time.DateOnly), d.OverdueDays, mdEscape(d.Explanation))
		}
		fmt.Fprintln(w)
	}
	for _, d := range r.Review {
		fmt.Fprintf(w, "- review %s (%s): %s\n", mdEscape(d.ID), d.Category, mdEscape(d.Explanation))
	}
	if r.BadRows > 0 {
		fmt.Fprintf(w, "\n%s skipped (lines %s).\n", plural(r.BadRows, "bad row"), intsList(r.BadLines, 10))
	}
	fmt.Fprintf(w, "\n_Catalogue as of %s. Not legal advice._\n", r.CatalogueAsOf)
	return nil
}

// retentionDecision is what SARIF groups decisions by.
type retentionDecision struct{ action, category string }

func decisions(ds []retention.Decision) []retentionDecision {
	out := make([]retentionDecision, len(ds))
	for i, d := range ds {
		out[i] = retentionDecision{string(d.Action), d.Category}
	}
	return out
}
