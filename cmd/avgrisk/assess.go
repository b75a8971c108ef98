package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"golang.org/x/text/language"

	"github.com/avgrisk/avgrisk/avg"
)

// exampleSystem is the seed's case (examples/salesforce): a Dutch energy
// supplier's CRM at a US vendor's Irish subsidiary, every name and value
// invented.
//
//go:embed testdata/seed-system.json
var exampleSystem []byte

func runAssess(e *env, args []string) int {
	fs := e.flags("Assesses a whole system described in a JSON file (an avg.System: transfers,\n" +
		"fields, sample records, controls, retention, processing, DPIA) and writes the\n" +
		"report with its checks; --dpia FILE also writes the DPIA draft.")
	example := fs.Bool("example", false, "assess the seed's case (a Dutch CRM at a US vendor) instead of a file")
	dpia := fs.String("dpia", "", "write the DPIA draft (Markdown) to this file")
	asOfFlag := fs.String("as-of", "", "assess as of this date, YYYY-MM-DD (default: today)")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if e.cfg.Language != "" && !flagSet(fs, "lang") {
		e.lang = e.cfg.Language
	}
	asOf, err := parseDate(*asOfFlag)
	if err != nil {
		e.errorf("--as-of: %v", err)
		return exitError
	}
	var data []byte
	name := "the seed's example"
	switch {
	case *example && len(pos) == 0:
		data = exampleSystem
	case *example:
		e.errorf("--example takes no file")
		return exitError
	default:
		path, ok := e.oneArg(fs, pos, "system file (or --example)")
		if !ok {
			return exitError
		}
		if data, err = readInput(path, e.stdin); err != nil {
			e.errorf("%v", err)
			return exitError
		}
		name = path
	}
	sys, err := avg.DecodeSystem(bytes.NewReader(data))
	if err != nil {
		e.errorf("%s: %v", name, err)
		return exitError
	}
	rep, err := avg.Assess(sys, asOf)
	if err != nil {
		e.errorf("%s: %v", name, err)
		return exitError
	}
	tag := langTag(e.lang)
	res := &assessResult{report: rep.In(tag), lang: tag, name: name}
	for _, c := range rep.Checks {
		if ig := e.cfg.ignoredRule(string(c.ID)); ig != nil && c.Status != avg.Pass {
			res.sup.add(ig, 1)
			res.ignored = append(res.ignored, string(c.ID))
		}
	}
	if *dpia != "" {
		var buf bytes.Buffer
		if err := avg.WriteDraft(&buf, sys, rep, tag); err != nil {
			e.errorf("dpia draft: %v", err)
			return exitError
		}
		if err := os.WriteFile(*dpia, buf.Bytes(), 0o644); err != nil {
			e.errorf("--dpia: cannot write %s", *dpia)
			return exitError
		}
	}
	if code := e.emit(res); code != exitClean {
		return code
	}
	return res.exitCode()
}

// readInput reads a whole file, or standard input for "-".
func readInput(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(stdin, 64<<20))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file", path)
		}
		return nil, fmt.Errorf("%s: cannot read it", path)
	}
	return data, nil
}

// parseDate reads a YYYY-MM-DD flag; empty is today.
// datedInput parses the flags and the one positional argument of a
// command that reads one file (or "-") as of a date given by --as-of, and
// reads the file. On failure it has reported the problem and returns the
// exit code; ok is false.
func (e *env) datedInput(fs *flag.FlagSet, args []string, asOf *string, what string) (path string, now time.Time, data []byte, code int, ok bool) {
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return "", time.Time{}, nil, code, false
	}
	if path, ok = e.oneArg(fs, pos, what); !ok {
		return "", time.Time{}, nil, exitError, false
	}
	now, err := parseDate(*asOf)
	if err != nil {
		e.errorf("--as-of: %v", err)
		return "", time.Time{}, nil, exitError, false
	}
	if data, err = readInput(path, e.stdin); err != nil {
		e.errorf("%v", err)
		return "", time.Time{}, nil, exitError, false
	}
	return path, now, data, exitClean, true
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		y, m, d := time.Now().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.Local), nil
	}
	t, err := time.ParseInLocation(time.DateOnly, s, time.Local)
	if err != nil {
		return time.Time{}, errors.New("want a date as YYYY-MM-DD")
	}
	return t, nil
}

func langTag(l string) language.Tag {
	if l == "nl" {
		return language.Dutch
	}
	return language.English
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// assessResult is an assessment report, rendered.
type assessResult struct {
	report  avg.Report
	lang    language.Tag
	name    string
	sup     suppressions
	ignored []string // failing check IDs the configuration ignores
}

func (r *assessResult) isIgnored(id string) bool {
	for _, x := range r.ignored {
		if x == id {
			return true
		}
	}
	return false
}

// exitCode: 1 when a check fails that the configuration does not ignore.
func (r *assessResult) exitCode() int {
	for _, c := range r.report.Checks {
		if c.Status == avg.Fail && !r.isIgnored(string(c.ID)) {
			return exitFound
		}
	}
	return exitClean
}

func (r *assessResult) json() any {
	var buf bytes.Buffer
	if err := r.report.WriteJSON(&buf, r.lang); err != nil {
		return map[string]string{"error": err.Error()}
	}
	return json.RawMessage(buf.Bytes())
}

func (r *assessResult) markdown(w io.Writer) error { return r.report.WriteMarkdown(w, r.lang) }

func (r *assessResult) text(w io.Writer) error {
	rep := r.report
	fmt.Fprintf(w, "%s: risk %s, DPIA required: %v (as of %s)\n\n", rep.System, rep.Risk, rep.DPIARequired, rep.AsOf.Format(time.DateOnly))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CHECK\tSTATUS\tRISK\tTITLE")
	for _, c := range rep.Checks {
		st := string(c.Status)
		if r.isIgnored(string(c.ID)) {
			st += " (ignored)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.ID, st, c.Risk, c.Title)
	}
	tw.Flush()
	for _, c := range rep.Checks {
		if c.Status == avg.Pass || len(c.Mitigations) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", c.ID)
		for _, d := range c.Detail {
			fmt.Fprintf(w, "  - %s\n", d)
		}
		for _, m := range c.Mitigations {
			fmt.Fprintf(w, "  do: %s\n", m.Text)
		}
	}
	for _, s := range r.sup.list() {
		fmt.Fprintf(w, "\nignored %s (%s), by the configuration\n", s.What, s.Reason)
	}
	fmt.Fprintf(w, "\nNot legal advice. --format markdown for the full report, --dpia FILE for the DPIA draft.\n")
	return nil
}
