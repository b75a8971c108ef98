package classify

import (
	"bytes"
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mergeRows are JSON Lines rows of every sort ScanExport meets: findings
// in several columns, keys in varying order, blank lines, bad rows.
var mergeRows = []string{
	`{"id":"1","email":"jan.jansen@example.nl","note":"klant heeft diabetes type 2"}`,
	`{"note":"belt morgen terug","id":"2"}`,
	``,
	`{"id":"3","bsn":"111222333","note":"BSN 111222333 gecontroleerd"}`,
	`not json at all`,
	`["an","array"]`,
	`{"id":"4","iban":"NL91ABNA0417164300","religie":"katholiek"}`,
	`   `,
	`{"id":"5","note":"lid van de FNV sinds 2019","extra":{"nested":true}}`,
	`{"id":"6","email":"a.de.vries@example.com","note":"zwanger, uitgerekend in mei"}`,
	`{"id":"7","telefoon":"06-12345678"}`,
}

func TestMergeExportSummariesEqualsWhole(t *testing.T) {
	c := Default()
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 40 {
		n := 5 + rng.IntN(60)
		lines := make([]string, n)
		for i := range lines {
			lines[i] = mergeRows[rng.IntN(len(mergeRows))]
		}
		whole := strings.Join(lines, "\n")
		if rng.IntN(2) == 0 {
			whole += "\n"
		}
		want, err := c.ScanExport(context.Background(), strings.NewReader(whole), JSONLines, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Split at random line starts.
		var parts []ExportSummary
		data := []byte(whole)
		for len(data) > 0 {
			cut := len(data)
			if rng.IntN(3) > 0 {
				nl := 0
				for k := rng.IntN(6); k >= 0; k-- {
					j := bytes.IndexByte(data[nl:], '\n')
					if j < 0 {
						nl = len(data)
						break
					}
					nl += j + 1
				}
				cut = nl
			}
			p, err := c.ScanExport(context.Background(), bytes.NewReader(data[:cut]), JSONLines, nil)
			if err != nil {
				t.Fatal(err)
			}
			parts = append(parts, p)
			data = data[cut:]
		}
		got, err := MergeExportSummaries(parts)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("trial %d, %d parts: merged summary differs from the whole (-want +got):\n%s", trial, len(parts), d)
		}
	}
}

func TestMergeExportSummariesFormats(t *testing.T) {
	_, err := MergeExportSummaries([]ExportSummary{{Format: CSV}, {Format: JSONLines}})
	if err == nil {
		t.Fatal("parts of two formats merged without an error")
	}
	got, err := MergeExportSummaries(nil)
	if err != nil || got.Columns == nil || got.BadLines == nil {
		t.Fatalf("empty merge = %+v, %v; want empty non-nil slices and no error", got, err)
	}
}

// TestMergeExportSummariesKnowsEveryField fails when ExportSummary or
// ColumnSummary gains a field: MergeExportSummaries must then be taught
// how to merge it (and this list updated).
func TestMergeExportSummariesKnowsEveryField(t *testing.T) {
	known := map[reflect.Type][]string{
		reflect.TypeFor[ExportSummary](): {"Format", "Rows", "RowsWithFindings", "BadRows", "BadLines", "Lines", "Bytes", "Columns", "ExtraColumns", "HeaderLooksLikeData"},
		reflect.TypeFor[ColumnSummary](): {"Name", "Categories", "Kinds", "Rows", "Share", "Rule", "Confidence", "Positional", "CategoryRows", "KindRows"},
	}
	for typ, names := range known {
		var got []string
		for i := range typ.NumField() {
			got = append(got, typ.Field(i).Name)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(names))
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%v has fields MergeExportSummaries does not merge (-merged +declared):\n%s", typ, d)
		}
	}
}
