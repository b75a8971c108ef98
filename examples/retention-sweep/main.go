// Command retention-sweep reads a list of records and says, as of a date,
// which to delete today, which to review and why, by the Dutch retention
// catalogue of package retention.
//
// Usage:
//
//	retention-sweep [-now YYYY-MM-DD] [-json] [file.csv | -]
//	retention-sweep -categories
//
// The input is CSV with a header naming the columns id, category,
// event_date and legal_hold (in any order; "event" and "hold" also do).
// category is a catalogue ID (see -categories); event_date is the date of
// the category's start event in YYYY-MM-DD form, empty when it has not
// happened yet; legal_hold is yes/no (also ja/nee, true/false, 1/0, or
// empty for no). Without a file argument the sweep runs on an embedded
// sample (testdata/records.csv); "-" reads standard input.
//
// Exit codes, for scripts: 0 nothing to delete or review, 1 records to
// delete or review, 2 an error (bad flags, an unreadable file, a malformed
// row). A malformed row stops the sweep before any decision is printed:
// a deletion list is never built from half an input.
//
// The sweep only reports; it deletes nothing. It is not legal advice.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	_ "embed"

	"github.com/avgrisk/avgrisk/retention"
)

//go:embed testdata/records.csv
var sample []byte

// sampleName is how the embedded sample is named in the output.
const sampleName = "embedded sample (testdata/records.csv)"

// maxErrors is how many bad rows are listed before the rest are counted.
const maxErrors = 10

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, so that tests can call it: it returns the exit
// code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("retention-sweep", flag.ContinueOnError)
	fs.SetOutput(stderr)
	nowFlag := fs.String("now", "", "the date of the sweep, YYYY-MM-DD (default: today)")
	asJSON := fs.Bool("json", false, "write the decisions as JSON")
	list := fs.Bool("categories", false, "list the catalogue's categories and exit")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: retention-sweep [-now YYYY-MM-DD] [-json] [file.csv | -]\n"+
			"       retention-sweep -categories\n\n"+
			"Reads records (CSV: id, category, event_date, legal_hold) and prints what to\n"+
			"delete today and what to review, by the Dutch retention catalogue.\n"+
			"Without a file it runs on an embedded sample. Exit: 0 nothing to do,\n"+
			"1 records to delete or review, 2 error.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "retention-sweep: at most one file argument")
		fs.Usage()
		return 2
	}

	schedule := retention.Netherlands()
	if *list {
		writeCategories(stdout, schedule)
		return 0
	}

	now, err := parseNow(*nowFlag)
	if err != nil {
		fmt.Fprintln(stderr, "retention-sweep:", err)
		return 2
	}

	name, in, closeIn, err := open(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "retention-sweep:", err)
		return 2
	}
	defer closeIn()

	records, err := readRecords(in, schedule)
	if err != nil {
		fmt.Fprintf(stderr, "retention-sweep: %s: %v\n", name, err)
		return 2
	}

	var s sweep
	s.Counts, err = schedule.DecideSeq(slices.Values(records), now, func(d retention.Decision) error {
		switch d.Action {
		case retention.Delete:
			s.Delete = append(s.Delete, d)
		case retention.Review:
			s.Review = append(s.Review, d)
		default:
			s.Keep = append(s.Keep, d)
		}
		return nil
	})
	if err != nil {
		// readRecords checked every category, so this is unexpected.
		fmt.Fprintln(stderr, "retention-sweep:", err)
		return 2
	}
	s.AsOf = now.Format(time.DateOnly)
	s.CatalogueAsOf = retention.CatalogueAsOf
	s.Input = name
	// Most overdue first: that is the order in which to work.
	slices.SortStableFunc(s.Delete, func(a, b retention.Decision) int { return b.OverdueDays - a.OverdueDays })
	slices.SortStableFunc(s.Review, func(a, b retention.Decision) int { return b.OverdueDays - a.OverdueDays })

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(s); err != nil {
			fmt.Fprintln(stderr, "retention-sweep:", err)
			return 2
		}
	} else {
		s.write(stdout, now)
	}
	if s.Counts.Delete+s.Counts.Review > 0 {
		return 1
	}
	return 0
}

// sweep is the outcome of a sweep, and the JSON output.
type sweep struct {
	AsOf          string               `json:"as_of"`
	CatalogueAsOf string               `json:"catalogue_as_of"`
	Input         string               `json:"input"`
	Counts        retention.Counts     `json:"counts"`
	Delete        []retention.Decision `json:"delete"`
	Review        []retention.Decision `json:"review"`
	Keep          []retention.Decision `json:"keep"`
}

// parseNow reads the -now flag; empty means today in the local time zone.
func parseNow(s string) (time.Time, error) {
	if s == "" {
		y, m, d := time.Now().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.Local), nil
	}
	t, err := time.ParseInLocation(time.DateOnly, s, time.Local)
	if err != nil {
		return time.Time{}, errors.New("-now: want a date as YYYY-MM-DD")
	}
	return t, nil
}

// open returns the input named by arg: the embedded sample when arg is
// empty, standard input for "-", a file otherwise.
func open(arg string, stdin io.Reader) (name string, r io.Reader, closeFn func(), err error) {
	switch arg {
	case "":
		return sampleName, bytes.NewReader(sample), func() {}, nil
	case "-":
		return "standard input", stdin, func() {}, nil
	}
	f, err := os.Open(arg)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", nil, nil, fmt.Errorf("%s: no such file", arg)
		}
		return "", nil, nil, err
	}
	return arg, f, func() { f.Close() }, nil
}

// readRecords reads and checks every row with retention's CSV reader. It
// reports every bad row by line (up to maxErrors) and never quotes a
// value: a record's fields may be personal data.
func readRecords(in io.Reader, schedule *retention.Schedule) ([]retention.Record, error) {
	var (
		records []retention.Record
		bad     []string
		nbad    int
	)
	err := schedule.ReadCSV(in, time.Local, func(r retention.CSVRecord) error {
		records = append(records, r.Record)
		return nil
	}, func(e *retention.RecordError) error {
		nbad++
		if nbad <= maxErrors {
			bad = append(bad, strings.TrimPrefix(e.Error(), "retention: records "))
		}
		return nil
	})
	if err != nil {
		var re *retention.RecordError
		if errors.As(err, &re) {
			return nil, errors.New(strings.TrimPrefix(re.Error(), "retention: records "))
		}
		return nil, err
	}
	if nbad > 0 {
		if nbad > maxErrors {
			bad = append(bad, fmt.Sprintf("and %d more bad rows", nbad-maxErrors))
		}
		return nil, fmt.Errorf("%d bad rows, nothing decided:\n  %s", nbad, strings.Join(bad, "\n  "))
	}
	return records, nil
}

// write prints the sweep for a person.
func (s *sweep) write(w io.Writer, now time.Time) {
	c := s.Counts
	fmt.Fprintf(w, "Retention sweep as of %s\n", s.AsOf)
	fmt.Fprintf(w, "Input:     %s, %d records\n", s.Input, c.Total)
	fmt.Fprintf(w, "Catalogue: Dutch retention periods as of %s (not legal advice)\n\n", s.CatalogueAsOf)
	fmt.Fprintf(w, "  delete today  %3d\n  review        %3d\n  keep          %3d\n", c.Delete, c.Review, c.Keep)

	fmt.Fprintf(w, "\nDELETE TODAY (%d)\n", c.Delete)
	if len(s.Delete) == 0 {
		fmt.Fprintln(w, "  nothing is due")
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, d := range s.Delete {
		if i == 0 {
			fmt.Fprintln(tw, "  ID\tCATEGORY\tDUE SINCE\tOVERDUE")
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", d.ID, d.Category, d.DeleteFrom.Format(time.DateOnly), days(d.OverdueDays))
	}
	tw.Flush()
	writeWhy(w, s.Delete)

	fmt.Fprintf(w, "\nREVIEW (%d)\n", c.Review)
	if len(s.Review) == 0 {
		fmt.Fprintln(w, "  nothing to review")
	}
	for _, d := range s.Review {
		fmt.Fprintf(w, "  %s (%s): %s\n", d.ID, d.Category, d.Reason)
		wrap(w, "      ", "      ", d.Explanation, 80)
	}

	fmt.Fprintf(w, "\nKEEP (%d)\n", c.Keep)
	byReason := map[retention.Reason]int{}
	for _, d := range s.Keep {
		byReason[d.Reason]++
	}
	for _, r := range []retention.Reason{retention.ReasonBeforeEnd, retention.ReasonLegalHold, retention.ReasonNotStarted,
		retention.ReasonNoPeriod, retention.ReasonExpiredMinimum, retention.ReasonExpiredMaximum, retention.ReasonExpiredJustification} {
		if n := byReason[r]; n > 0 {
			fmt.Fprintf(w, "  %-16s %3d  %s\n", r, n, keepNote[r])
		}
	}
	// A legal hold that blocks a deletion already due is worth a look:
	// holds are easily forgotten once the dispute is over.
	for _, d := range s.Keep {
		if d.Reason == retention.ReasonLegalHold && !d.DeleteFrom.IsZero() && !now.Before(d.DeleteFrom) {
			wrap(w, "  ! ", "    ", fmt.Sprintf("%s (%s) is held past its deletion date %s: lift the hold when the matter is closed",
				d.ID, d.Category, d.DeleteFrom.Format(time.DateOnly)), 80)
		}
	}
	var soon []retention.Decision
	for _, d := range s.Keep {
		if d.Reason == retention.ReasonBeforeEnd && d.DeleteFrom.Sub(now) <= 90*24*time.Hour {
			soon = append(soon, d)
		}
	}
	slices.SortStableFunc(soon, func(a, b retention.Decision) int { return a.DeleteFrom.Compare(b.DeleteFrom) })
	if len(soon) > 0 {
		fmt.Fprintf(w, "\nCOMING UP (next 90 days)\n")
		for _, d := range soon {
			fmt.Fprintf(w, "  %s  %s  from %s\n", d.DeleteFrom.Format(time.DateOnly), d.ID, d.Category)
		}
	}
}

// keepNote says what each reason to keep means.
var keepNote = map[retention.Reason]string{
	retention.ReasonBeforeEnd:            "the period is still running",
	retention.ReasonLegalHold:            "under legal hold (AVG art. 17(3)(e))",
	retention.ReasonNotStarted:           "the start event has not happened yet",
	retention.ReasonNoPeriod:             "no period, never deleted automatically (suppression list)",
	retention.ReasonExpiredMinimum:       "minimum over; the rule says keep",
	retention.ReasonExpiredMaximum:       "maximum over; the rule says keep",
	retention.ReasonExpiredJustification: "reason to keep over (limitation period); the rule says keep",
}

// writeWhy prints, under the delete table, the explanation of each distinct
// category once: the rows of one category share their rule.
func writeWhy(w io.Writer, ds []retention.Decision) {
	seen := map[string]bool{}
	first := true
	for _, d := range ds {
		if seen[d.Category] {
			continue
		}
		seen[d.Category] = true
		if first {
			fmt.Fprintln(w, "  Why:")
			first = false
		}
		wrap(w, "  - "+d.Category+": ", "      ", ruleWhy(d), 80)
	}
}

// ruleWhy describes a delete decision's rule without the record's own
// dates, which the table shows.
func ruleWhy(d retention.Decision) string {
	r, ok := retention.Netherlands().Rule(d.Category)
	if !ok {
		return d.Explanation
	}
	title := r.TitleEN
	if title == "" {
		title = r.Category
	}
	s := fmt.Sprintf("%s, %s %s from the %s", title, r.Kind, r.Period, shortEvent(r.StartEvent))
	if len(r.Sources) > 0 {
		s += " (" + strings.Join(r.Sources, "; ") + ")"
	}
	return s
}

// shortEvent cuts a rule's start event before its first remark: "employment
// end date", not the note on how to compute it.
func shortEvent(ev string) string {
	if i := strings.IndexAny(ev, ";("); i > 0 {
		ev = strings.TrimSpace(ev[:i])
	}
	return strings.TrimSuffix(ev, ",")
}

// days formats a number of days overdue.
func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// wrap writes text in lines of at most width characters, the first one
// after lead and the others after indent.
func wrap(w io.Writer, lead, indent, text string, width int) {
	fmt.Fprint(w, lead)
	n := len(lead)
	for i, word := range strings.Fields(text) {
		switch {
		case i == 0:
			fmt.Fprint(w, word)
			n += len(word)
		case n+1+len(word) > width:
			fmt.Fprint(w, "\n", indent, word)
			n = len(indent) + len(word)
		default:
			fmt.Fprint(w, " ", word)
			n += 1 + len(word)
		}
	}
	fmt.Fprintln(w)
}

// writeCategories lists the catalogue.
func writeCategories(w io.Writer, s *retention.Schedule) {
	fmt.Fprintf(w, "Dutch retention catalogue as of %s\n\n", retention.CatalogueAsOf)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CATEGORY\tPERIOD\tKIND\tSTART EVENT")
	for _, r := range s.Rules() {
		p := r.Period.String()
		if r.Kind == retention.None {
			p = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Category, p, r.Kind, shortEvent(r.StartEvent))
	}
	tw.Flush()
}
