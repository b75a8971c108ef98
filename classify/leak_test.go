package classify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// leakCase is a value of one kind in a note, and the forms of it that
// must never appear in output about its finding.
type leakCase struct {
	kind  Kind
	cat   Category
	text  string   // the note
	value string   // the personal data in it
	forms []string // other forms of the value
	ctx   []string // other personal data in the note, kept by Redact
}

func leakCases() []leakCase {
	return []leakCase{
		{Email, Ordinary, "Mail naar jan.jansen@example.nl graag.", "jan.jansen@example.nl", []string{"jan.jansen", "example.nl"}, nil},
		{Phone, Ordinary, "Bel mw. Jansen op 06-12345678 terug.", "06-12345678", []string{"12345678", "0612345678"}, nil},
		{IBAN, Ordinary, "Betaalt van NL91ABNA0417164300 vanaf mei.", "NL91ABNA0417164300", []string{"0417164300", "NL91ABNA"}, nil},
		{BSN, NationalID, "Klant gaf BSN 111222333 door.", "111222333", []string{"111222333", "111.222.333"}, nil},
		{CreditCard, Ordinary, "Card 4111 1111 1111 1111 was declined.", "4111 1111 1111 1111", []string{"4111111111111111", "4111 1111 1111"}, nil},
		{IPAddress, Ordinary, "Login from 192.168.10.23 at night.", "192.168.10.23", []string{"192.168.10.23", "168.10"}, nil},
		{DateOfBirth, Ordinary, "Klant is geboren op 14-07-1980 in Delft.", "14-07-1980", []string{"14-07-1980", "1980"}, nil},
		{Term, Health, "Mw. Jansen is diabetespatiënt en belde.", "diabetespatiënt", []string{"diabetespatiënt", "diabetespatient"}, []string{"Jansen"}},
		// Issue 13 finding 1: the rule itself must not name the
		// condition ("nl:hiv positief", "nl:methadon*").
		{Term, Health, "Mw. Jansen is hiv positief, zegt haar dossier.", "hiv positief", []string{"hiv", "positief"}, []string{"Jansen"}},
		{Term, Health, "Klant krijgt methadon van de kliniek.", "methadon", []string{"methadon"}, nil},
	}
}

// leakFinding returns the classifier's finding of the case's kind that
// covers the value, or a finding made by hand that points at it, so the
// test runs whatever the rules find.
func leakFinding(t *testing.T, lc leakCase) Finding {
	t.Helper()
	start := strings.Index(lc.text, lc.value)
	if start < 0 {
		t.Fatalf("value %q not in %q", lc.value, lc.text)
	}
	end := start + len(lc.value)
	for _, f := range Default().Text(lc.text) {
		if f.Kind == lc.kind && f.Start <= start && f.End >= end {
			return f
		}
	}
	return Finding{Category: lc.cat, Kind: lc.kind, Rule: "test:" + string(lc.kind), Start: start, End: end, Confidence: 0.9, Field: "Notes"}
}

// checkNoLeak fails when out holds the value, one of its forms or the
// other personal data of the note.
func checkNoLeak(t *testing.T, what, out string, lc leakCase) {
	t.Helper()
	checkNoValue(t, what, out, lc)
	for _, s := range lc.ctx {
		if strings.Contains(out, s) {
			t.Errorf("%s of a %s finding shows %q: %s", what, lc.kind, s, out)
		}
	}
}

// checkNoValue fails when out holds the value or one of its forms.
func checkNoValue(t *testing.T, what, out string, lc leakCase) {
	t.Helper()
	for _, s := range append([]string{lc.value}, lc.forms...) {
		if strings.Contains(out, s) || strings.Contains(strings.ToLower(out), strings.ToLower(s)) {
			t.Errorf("%s of a %s finding shows %q: %s", what, lc.kind, s, out)
		}
	}
}

// leakHandlers make the slog handlers, text and JSON, whose output must
// not show a finding's value. They leave out the time: a timestamp's
// digits ("19:53:31.419804716") can hold a value's ("1980").
var leakHandlers = func() []func(*bytes.Buffer) slog.Handler {
	noTime := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 && a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}
	return []func(*bytes.Buffer) slog.Handler{
		func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, noTime) },
		func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, noTime) },
	}
}()

// TestNeverLeak proves, for every kind and a term, that a finding's
// String, JSON and slog output (text and JSON handlers, as an attribute
// and in a group), its Excerpt, its redaction and what the export scanner
// says about it hold no matched value (issue 2, "Never leak").
func TestNeverLeak(t *testing.T) {
	covered := map[Kind]bool{}
	for _, lc := range leakCases() {
		covered[lc.kind] = true
		t.Run(string(lc.kind), func(t *testing.T) {
			f := leakFinding(t, lc)
			if got := lc.text[f.Start:f.End]; !strings.Contains(got, lc.value) && !strings.Contains(lc.value, got) {
				t.Fatalf("finding %v does not point at the value", f)
			}
			checkNoLeak(t, "String()", f.String(), lc)
			checkNoLeak(t, "%v", fmt.Sprintf("%v %+v %s", f, f, f), lc)
			j, err := json.Marshal(f)
			if err != nil {
				t.Fatal(err)
			}
			checkNoLeak(t, "JSON", string(j), lc)
			for _, h := range leakHandlers {
				var buf bytes.Buffer
				log := slog.New(h(&buf))
				log.Info("found", "finding", f)
				log.Info("found", slog.Any("finding", f), slog.Group("g", "f", f))
				log.With("finding", f).Info("again")
				if buf.Len() == 0 || !strings.Contains(buf.String(), string(f.Kind)) {
					t.Fatalf("slog wrote %q", buf.String())
				}
				checkNoLeak(t, "slog", buf.String(), lc)
			}
			checkNoLeak(t, "Excerpt", Excerpt(lc.text, f), lc)
			for _, mode := range []RedactMode{RedactPlaceholder, RedactMask} {
				out := Redact(lc.text, []Finding{f}, mode)
				checkNoValue(t, "Redact("+mode.String()+")", out, lc)
			}
			p, _ := NewPseudonymiser(bytes.Repeat([]byte{1}, MinKeyLen))
			checkNoValue(t, "Pseudonymiser.Text", p.Text(lc.text, []Finding{f}), lc)

			// The export scanner: its row results and summary as JSON,
			// and the errors of bad rows that hold the value.
			data := "Notes,Id\n" + csvQuote(lc.text) + ",1\n" + csvQuote(lc.value) + "\n" + csvQuote(lc.value) + ",\"x\"y\"\n"
			jl := `{"Notes": ` + jsonQuote(lc.text) + "}\n" + `{"Notes": ` + jsonQuote(lc.value) + "\n" + `[` + jsonQuote(lc.value) + "]\n"
			for _, in := range []struct {
				format ExportFormat
				data   string
			}{{CSV, data}, {JSONLines, jl}} {
				var out strings.Builder
				bad := 0
				sum, err := Default().ScanExport(context.Background(), strings.NewReader(in.data), in.format, func(r RowResult) error {
					b, _ := json.Marshal(r)
					out.Write(b)
					fmt.Fprintf(&out, "%v %+v", r, r)
					if r.Err != nil {
						bad++
						out.WriteString(r.Err.Error())
						out.WriteString(fmt.Sprint(errors.Unwrap(r.Err)))
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if bad != 2 {
					t.Errorf("%s: %d bad rows reported, want 2", in.format, bad)
				}
				b, _ := json.Marshal(sum)
				out.Write(b)
				fmt.Fprintf(&out, "%v %+v", sum, sum)
				checkNoLeak(t, "ScanExport("+in.format.String()+")", out.String(), lc)
			}
		})
	}
	for _, k := range Kinds() {
		if !covered[k] {
			t.Errorf("kind %s has no leak case", k)
		}
	}
}

// TestErrorsNeverLeak collects the error texts of the package for inputs
// that hold personal data and checks that none repeats it.
func TestErrorsNeverLeak(t *testing.T) {
	const bsn, mail = "111222333", "jan.jansen@example.nl"
	lc := leakCase{kind: BSN, value: bsn, forms: []string{mail, "jan.jansen"}}
	var errs []error
	_, err := NewPseudonymiser([]byte(bsn + mail))
	errs = append(errs, err)
	// Vocabulary errors are left out: a vocabulary is configuration
	// written by the user, not personal data, and its errors quote the
	// bad column so that it can be found.
	for _, in := range []struct {
		format ExportFormat
		data   string
	}{
		{CSV, "a,b\n" + bsn + "\n"},
		{CSV, "a,b\n\"" + mail + "\"" + bsn + ",x\n"},
		{CSV, "\"" + bsn + "\"" + mail + "\n"}, // a malformed header
		{JSONLines, "{\"a\": \"" + mail + "\"\n"},
		{JSONLines, "[\"" + bsn + "\"]\n"},
		{JSONLines, bsn + mail + "\n"},
	} {
		_, err := Default().ScanExport(context.Background(), strings.NewReader(in.data), in.format, func(r RowResult) error {
			if r.Err != nil {
				errs = append(errs, r.Err)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	failing := errors.New("reader failed")
	errs = append(errs, Default().Scan(context.Background(), errLeakReader{failing}, func(Finding) error { return nil }))
	n := 0
	for _, err := range errs {
		if err == nil {
			continue
		}
		n++
		checkNoLeak(t, "error", err.Error(), lc)
		checkNoLeak(t, "error %+v", fmt.Sprintf("%+v %#v", err, err), lc)
	}
	if n < 7 {
		t.Errorf("only %d errors collected; the inputs should fail", n)
	}
}

type errLeakReader struct{ err error }

func (e errLeakReader) Read([]byte) (int, error) { return 0, e.err }

func csvQuote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func jsonQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestNeverLeakFromNames extends TestNeverLeak to values placed where
// names belong (issue 13 finding 2): CSV header cells, JSON keys, the
// keys of a record, a field's name and label, next to text that fires
// the rules. No output path shows them: row results and summaries (JSON,
// %v, %+v), findings (String, JSON, slog text and JSON), errors.
func TestNeverLeakFromNames(t *testing.T) {
	values := []string{"jan.jansen@example.nl", "111222333", "NL91ABNA0417164300", "diabetes type 2", "hiv positief", "0612345678"}
	var out strings.Builder
	logf := func(fs ...Finding) {
		for _, f := range fs {
			out.WriteString(f.String())
			fmt.Fprintf(&out, " %v %+v %s ", f, f, f)
			b, _ := json.Marshal(f)
			out.Write(b)
			for _, h := range leakHandlers {
				var buf bytes.Buffer
				slog.New(h(&buf)).Info("found", "finding", f)
				out.Write(buf.Bytes())
			}
		}
	}
	exports := []struct {
		format ExportFormat
		data   string
	}{
		{CSV, strings.Join(values, ",") + "\nheeft hiv positief,x,y,z,1,2\n3\n"},
		{CSV, "Id,\"jan.jansen@example.nl\",Notes\n1,2,\"Mw. is hiv positief\"\n"},
		{JSONLines, `{"jan.jansen@example.nl": "heeft hiv positief", "111222333": "x", "diabetes type 2": "ja"}` + "\n" + `{"NL91ABNA0417164300": 1` + "\n"},
		{JSONArray, `[{"0612345678": "BSN 111222333", "hiv positief": "ja"}, 3]`},
	}
	for _, e := range exports {
		sum, err := Default().ScanExport(t.Context(), strings.NewReader(e.data), e.format, func(r RowResult) error {
			b, _ := json.Marshal(r)
			out.Write(b)
			fmt.Fprintf(&out, "%v %+v", r, r)
			logf(r.Findings...)
			if r.Err != nil {
				out.WriteString(r.Err.Error())
			}
			return nil
		})
		if err != nil {
			out.WriteString(err.Error())
		}
		b, _ := json.Marshal(sum)
		out.Write(b)
		fmt.Fprintf(&out, "%v %+v", sum, sum)
		if !sum.HeaderLooksLikeData {
			t.Errorf("%s export %q: header not taken for data", e.format, e.data[:20])
		}
	}
	rec := map[string]string{"jan.jansen@example.nl": "heeft hiv positief", "111222333": "BSN 111222333", "Notes": "diabetes type 2"}
	logf(Default().Record(rec)...)
	logf(Default().Field(Field{Name: "jan.jansen@example.nl", Label: "diabetes type 2", Values: []string{"hiv positief"}})...)
	logf(Default().Text("Mw. Jansen is hiv positief, mail jan.jansen@example.nl")...)
	if out.Len() < 1000 {
		t.Fatalf("too little output to check: %q", out.String())
	}
	for _, v := range values {
		if strings.Contains(strings.ToLower(out.String()), v) {
			i := strings.Index(strings.ToLower(out.String()), v)
			t.Errorf("output shows %q: …%s…", v, out.String()[max(0, i-80):min(out.Len(), i+40)])
		}
	}
}
