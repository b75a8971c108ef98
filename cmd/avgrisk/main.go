// Command avgrisk checks files, folders, Salesforce exports and schemas,
// databases and whole systems for AVG (GDPR) risks, with the packages of
// github.com/avgrisk/avgrisk. It is a thin shell: the parsing and the
// judgement live in the library; the command reads flags, picks a
// source, and renders one result.
//
// Install:
//
//	go install github.com/avgrisk/avgrisk/cmd/avgrisk@latest
//
// Usage:
//
//	avgrisk scan PATH...            files, folders, globs, "-", .zip (Salesforce Data Export), .gz
//	avgrisk schema PATH             an SFDX project, a Metadata API folder, a describe JSON, a CSV header
//	avgrisk db URL                  postgres://… or sqlite://file.db: a bounded sample per table
//	avgrisk assess system.json      an avg.System → the report (and --dpia FILE, the DPIA draft)
//	avgrisk assess --example        the seed's case
//	avgrisk transfer flow.json      a transfer.Flow → the assessment
//	avgrisk retention records.csv   id,category,event_date,legal_hold → what to delete today
//	avgrisk explain "text"          why a text did or did not fire
//
// Every command takes --format text|json|sarif|markdown|html and writes
// to standard output (or --output FILE). Exit codes: 0 nothing found or
// every check passes; 1 special categories found, a check fails, or
// records are due; 2 a usage or I/O error. Bad rows are reported with
// their line numbers and do not turn 1 into 2 unless --strict.
//
// avgrisk never prints a value it read: findings are shown as category,
// kind, column and line, with a masked excerpt at most.
//
// A configuration file .avgrisk.json, found in the working folder or
// above it (or named by --config), sets the minimum confidence, the
// columns, fields and rules to ignore (each with a reason) and extra
// vocabulary files; see config.go.
//
// It is not legal advice.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitClean = 0 // nothing found, every check passes
	exitFound = 1 // special categories found, a check fails, records due
	exitError = 2 // usage or I/O error
)

// command is one subcommand.
type command struct {
	name    string
	args    string // usage after the name
	summary string
	run     func(e *env, args []string) int
}

// commands returns the command table. A function, not a variable: the
// commands refer to usage, which refers to the table.
func commands() []command {
	return []command{
		{"scan", "PATH...", "scan files, folders, globs, - (stdin), zip and gzip for personal data", runScan},
		{"schema", "PATH", "flag fields of a Salesforce schema (SFDX, Metadata API, describe JSON) or a CSV header", runSchema},
		{"db", "URL", "sample every table of a PostgreSQL or SQLite database, read-only", runDB},
		{"assess", "system.json | --example", "assess a whole system: report and DPIA draft", runAssess},
		{"transfer", "flow.json", "evaluate an international transfer", runTransfer},
		{"retention", "records.csv", "decide which records to delete or review", runRetention},
		{"explain", "TEXT", "show why a text did or did not fire", runExplain},
	}
}

// env is what every command gets: its streams, the signal context, and
// the common flags once parsed.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	name   string // the command's name, for messages

	format  string
	output  string
	strict  bool
	config  string
	lang    string
	quiet   bool
	cfg     *config
	cfgPath string
}

// run is the whole program, so that tests can call it: it returns the
// exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitError
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return exitClean
	case "version", "--version":
		fmt.Fprintln(stdout, versionString())
		return exitClean
	}
	for _, c := range commands() {
		if c.name == args[0] {
			e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, name: c.name}
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "avgrisk: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitError
}

func usage(w io.Writer) {
	fmt.Fprint(w, "usage: avgrisk COMMAND [flags] ARGS\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %-24s %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprint(w, "\nEvery command: --format text|json|sarif|markdown|html, --output FILE, --config FILE.\n"+
		"Exit: 0 nothing found / all checks pass, 1 found / a check fails, 2 error.\n"+
		"Run 'avgrisk COMMAND -h' for a command's flags. Not legal advice.\n")
}

// flags returns a flag set with the common flags of every command.
func (e *env) flags(summary string) *flag.FlagSet {
	fs := flag.NewFlagSet("avgrisk "+e.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&e.format, "format", "text", "output format: text, json, sarif, markdown or html")
	fs.StringVar(&e.output, "output", "", "write the output to this file instead of standard output")
	fs.StringVar(&e.config, "config", "", "configuration file (default: .avgrisk.json in this folder or above)")
	fs.StringVar(&e.lang, "lang", "en", "language of reports: en or nl")
	fs.BoolVar(&e.strict, "strict", false, "exit 2 when any row is bad, even if findings were made")
	fs.BoolVar(&e.quiet, "quiet", false, "no progress line, even on a terminal")
	var cmdArgs string
	for _, c := range commands() {
		if c.name == e.name {
			cmdArgs = c.args
		}
	}
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: avgrisk %s [flags] %s\n\n%s\n\nFlags:\n", e.name, cmdArgs, summary)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags that may come before, between or after the
// positional arguments ("avgrisk scan a.csv --format json"), then loads
// the configuration. It returns the positional arguments, or an exit
// code when it printed an error or the help.
func (e *env) parse(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitClean, false
			}
			return nil, exitError, false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			pos = append(pos, args[1:]...)
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	switch e.format {
	case "text", "json", "sarif", "markdown", "md", "html":
	default:
		e.errorf("--format: want text, json, sarif, markdown or html")
		return nil, exitError, false
	}
	if e.format == "md" {
		e.format = "markdown"
	}
	switch e.lang {
	case "en", "nl":
	default:
		e.errorf("--lang: want en or nl")
		return nil, exitError, false
	}
	cfg, path, err := loadConfig(e.config)
	if err != nil {
		e.errorf("%v", err)
		return nil, exitError, false
	}
	e.cfg, e.cfgPath = cfg, path
	return pos, 0, true
}

// errorf prints an error on standard error, prefixed with the command.
func (e *env) errorf(format string, a ...any) {
	fmt.Fprintf(e.stderr, "avgrisk %s: %s\n", e.name, fmt.Sprintf(format, a...))
}

// renderer is a command's result: it renders in every format and says
// its exit code.
type renderer interface {
	text(w io.Writer) error
	markdown(w io.Writer) error
	html(w io.Writer) error
	sarif() *sarifLog
	json() any // the value written as JSON
}

// emit writes r in the chosen format to standard output or --output.
func (e *env) emit(r renderer) int {
	w := e.stdout
	var f *os.File
	if e.output != "" && e.output != "-" {
		var err error
		if f, err = os.Create(e.output); err != nil {
			e.errorf("--output: cannot create %s", e.output)
			return exitError
		}
		w = f
	}
	var err error
	switch e.format {
	case "json":
		err = writeJSON(w, r.json())
	case "sarif":
		err = writeJSON(w, r.sarif())
	case "markdown":
		err = r.markdown(w)
	case "html":
		err = r.html(w)
	default:
		err = r.text(w)
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		e.errorf("write output: %v", err)
		return exitError
	}
	return exitClean
}

// oneArg checks that exactly one positional argument was given.
func (e *env) oneArg(fs *flag.FlagSet, pos []string, what string) (string, bool) {
	if len(pos) != 1 {
		e.errorf("want one %s, got %d arguments", what, len(pos))
		fs.Usage()
		return "", false
	}
	return pos[0], true
}

// plural returns "1 row" or "3 rows".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") && !strings.HasSuffix(word, "ey") {
		return fmt.Sprint(n) + " " + strings.TrimSuffix(word, "y") + "ies"
	}
	return fmt.Sprint(n) + " " + word + "s"
}
