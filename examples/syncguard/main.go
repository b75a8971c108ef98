// Command syncguard shows a CRM sync that refuses or pseudonymises records
// holding special categories of personal data before they go to a vendor
// in the United States.
//
// Usage:
//
//	syncguard [-now YYYY-MM-DD] [batch.jsonl | -]
//
// Without a file it syncs an embedded batch of invented CRM records
// (sample/batch.jsonl) to a fake vendor in memory and prints, per record,
// whether it was sent, pseudonymised or refused, and why. It prints field
// names, categories and masked tokens; never a value of a record. A file
// holds one JSON object per line, with string values.
//
// Pseudonymisation uses the key in the environment variable SYNCGUARD_KEY
// (at least 64 hexadecimal digits, 32 bytes). Without it, syncguard uses a
// random key for this run only, so tokens differ between runs. In
// production the key lives in the EEA, in a key vault the vendor cannot
// reach; that is what makes the tokens a supplementary measure.
//
// The policy is in guard.go: copy it, with guard_test.go, into your own
// integration. It is not legal advice.
//
// Exit codes: 0 the batch was synced (refusals are part of a normal sync),
// 2 an error: bad input, a bad key, or a transfer that is not lawful.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	_ "embed"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/transfer"
)

//go:embed sample/batch.jsonl
var sample []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// vendorFlow is the transfer to the vendor: a Dutch controller, a US
// e-mail campaign processor certified under the EU-US Data Privacy
// Framework, data stored in the US; the pseudonymisation key stays in the
// EEA.
var vendorFlow = transfer.Flow{
	Exporter:         transfer.Party{Name: "Fietsfabriek Noord B.V.", Country: "NL", Role: transfer.Controller},
	Importer:         transfer.Party{Name: "Acme Campaigns Inc.", Country: "US", Role: transfer.Processor, DPFCertified: true},
	StorageCountries: []string{"US"},
	Mechanisms:       []transfer.Mechanism{transfer.DPF},
	Measures:         []transfer.Measure{transfer.EncryptionInTransit, transfer.PseudonymisationKeysInEEA},
	Frequency:        transfer.Systematic,
}

// newGuard returns the policy of this sync: which CRM fields go to the
// vendor, which vendor fields it needs as they are, and what never leaves.
func newGuard(p *classify.Pseudonymiser) *Guard {
	return &Guard{
		Pseudonymiser: p,
		Fields: map[string]string{
			"Id":          "external_id",
			"Email":       "email",
			"FirstName":   "first_name",
			"MailingCity": "city",
			"Segment__c":  "segment",
			"Description": "notes",
		},
		Verbatim: []string{"external_id", "email", "segment"},
		Refuse:   []classify.Category{classify.Criminal},
	}
}

// memVendor is a fake vendor that keeps what it receives, as a test
// double would.
type memVendor struct {
	mu       sync.Mutex
	received []map[string]string
}

func (v *memVendor) Upsert(_ context.Context, r map[string]string) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.received = append(v.received, maps.Clone(r))
	return nil
}

// run is the whole program, so that tests can call it: it returns the exit
// code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("syncguard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	nowFlag := fs.String("now", "", "the date the transfer is assessed as of, YYYY-MM-DD (default: today)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: syncguard [-now YYYY-MM-DD] [batch.jsonl | -]\n\n"+
			"Syncs CRM records to a fake US vendor, refusing or pseudonymising those with\n"+
			"special categories of personal data. Without a file it syncs an embedded batch.\n"+
			"The key for tokens comes from SYNCGUARD_KEY (64+ hex digits), else a random one.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "syncguard: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() > 1 {
		return fail("at most one file argument")
	}
	now := time.Now()
	if *nowFlag != "" {
		t, err := time.Parse(time.DateOnly, *nowFlag)
		if err != nil {
			return fail("-now: want a date as YYYY-MM-DD")
		}
		now = t
	}

	name, data := "sample/batch.jsonl (embedded)", sample
	switch arg := fs.Arg(0); arg {
	case "":
	case "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return fail("standard input: %v", err)
		}
		name, data = "standard input", b
	default:
		b, err := os.ReadFile(arg)
		if errors.Is(err, os.ErrNotExist) {
			return fail("%s: no such file", arg)
		}
		if err != nil {
			return fail("%v", err)
		}
		name, data = arg, b
	}
	records, err := readBatch(data)
	if err != nil {
		return fail("%s: %v", name, err)
	}

	key, keyNote, err := pseudonymKey()
	if err != nil {
		return fail("%v", err)
	}
	p, err := classify.NewPseudonymiser(key)
	clear(key)
	if err != nil {
		return fail("SYNCGUARD_KEY: %v", err)
	}

	vendor := &memVendor{}
	rep, err := Sync(context.Background(), newGuard(p), vendorFlow, vendor, "Id", records, now)
	if err != nil {
		return fail("%v", err)
	}
	write(stdout, name, now, keyNote, rep, vendor)
	return 0
}

// readBatch reads JSON Lines of flat records. Errors name the line, never
// its content.
func readBatch(data []byte) ([]map[string]string, error) {
	var out []map[string]string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var r map[string]string
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("line %d: not a JSON object of string values", line)
		}
		if strings.TrimSpace(r["Id"]) == "" {
			return nil, fmt.Errorf("line %d: no Id", line)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// pseudonymKey returns the key from SYNCGUARD_KEY, or a random one with a
// note saying so.
func pseudonymKey() (key []byte, note string, err error) {
	if s := os.Getenv("SYNCGUARD_KEY"); s != "" {
		key, err := hex.DecodeString(strings.TrimSpace(s))
		if err != nil {
			return nil, "", errors.New("SYNCGUARD_KEY: not hexadecimal")
		}
		return key, "key from SYNCGUARD_KEY", nil
	}
	key = make([]byte, classify.MinKeyLen)
	if _, err := rand.Read(key); err != nil {
		return nil, "", err
	}
	return key, "random key for this run (set SYNCGUARD_KEY, 64 hex digits, for stable tokens)", nil
}

// write prints the sync for a person: decisions by action, with reasons,
// and what the vendor received, masked.
func write(w io.Writer, input string, now time.Time, keyNote string, rep Report, v *memVendor) {
	a := rep.Transfer
	fmt.Fprintf(w, "syncguard: %d CRM records from %s\n", len(rep.Decisions), input)
	fmt.Fprintf(w, "  to %s (%s), as of %s\n", vendorFlow.Importer.Name, vendorFlow.Importer.Country, now.Format(time.DateOnly))
	fmt.Fprintf(w, "  transfer: lawful on basis %s; risks: %s\n", a.Basis, orNone(a.RiskIDs()))
	fmt.Fprintf(w, "  tokens: %s\n\n", keyNote)
	fmt.Fprintf(w, "  sent as is     %3d\n  pseudonymised  %3d\n  refused        %3d\n", rep.Sent, rep.Pseudo, rep.Refused)

	section := func(title string, act Action) {
		var ds []Decision
		for _, d := range rep.Decisions {
			if d.Action == act {
				ds = append(ds, d)
			}
		}
		fmt.Fprintf(w, "\n%s (%d)\n", title, len(ds))
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, d := range ds {
			reasons := d.Reasons
			if len(reasons) == 0 {
				reasons = []string{"no special categories, no identifiers in free text"}
			}
			for i, r := range reasons {
				id, cats := d.ID, join(d.Categories)
				if i > 0 {
					id, cats = "", ""
				}
				fmt.Fprintf(tw, "  %s\t%s\t%s\n", id, cats, r)
			}
		}
		tw.Flush()
	}
	section("REFUSED: stay in the CRM, flagged for review", Refused)
	section("PSEUDONYMISED: sent with special data removed, identifiers as tokens", Pseudonymised)
	section("SENT AS IS", Sent)

	dropped := map[string]int{}
	for _, d := range rep.Decisions {
		for _, f := range d.Dropped {
			dropped[f]++
		}
	}
	if len(dropped) > 0 {
		var parts []string
		for _, f := range slices.Sorted(maps.Keys(dropped)) {
			parts = append(parts, fmt.Sprintf("%s (%d)", f, dropped[f]))
		}
		fmt.Fprintf(w, "\nNever sent, not in the field mapping: %s\n", strings.Join(parts, ", "))
	}

	// What the vendor holds, masked: the e-mail address, the tokens and
	// placeholders in the notes; other values only by their length.
	fmt.Fprintf(w, "\nTHE VENDOR RECEIVED (%d records, masked)\n", len(v.received))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  external_id\temail\tnotes: what was replaced")
	for _, r := range v.received {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", r["external_id"], classify.Mask(classify.Email, r["email"]), markers(r["notes"]))
	}
	tw.Flush()
	special := 0
	for _, r := range v.received {
		for _, f := range classify.Default().Record(r) {
			if f.Category.Special() {
				special++
			}
		}
	}
	fmt.Fprintf(w, "Checked again after sending: %d special-category findings in what the vendor holds.\n", special)
}

// markers lists the placeholders and tokens in a pseudonymised text, the
// tokens cut short: "[health]", "bsn_4f2a5c1e…". The rest of the text is
// not shown.
func markers(s string) string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '.' }) {
		switch {
		case strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]"):
			out = append(out, w)
		case isToken(w):
			out = append(out, w[:strings.IndexByte(w, '_')+9]+"…")
		}
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, " ")
}

// isToken reports whether w looks like a token of classify.Pseudonymiser:
// a kind, "_", and 2*TokenBytes hexadecimal digits.
func isToken(w string) bool {
	i := strings.IndexByte(w, '_')
	if i <= 0 || len(w)-i-1 != 2*classify.TokenBytes {
		return false
	}
	_, err := hex.DecodeString(w[i+1:])
	return err == nil && classify.Kind(w[:i]).Valid()
}

func join(cs []classify.Category) string {
	if len(cs) == 0 {
		return "-"
	}
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

func orNone(ids []transfer.RiskID) string {
	if len(ids) == 0 {
		return "none"
	}
	xs := make([]string, len(ids))
	for i, id := range ids {
		xs[i] = string(id)
	}
	return strings.Join(xs, ", ")
}
