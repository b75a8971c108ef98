package sqlscan_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	_ "modernc.org/sqlite" // the test's driver; the package imports none

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/classify/sqlscan"
)

// fixture creates a small CRM database in SQLite. Every value is invented.
func fixture(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "crm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, q := range []string{
		`CREATE TABLE contact (id INTEGER PRIMARY KEY, achternaam TEXT, email TEXT, bsn TEXT, geboortedatum DATE, notitie TEXT, foto BLOB)`,
		`INSERT INTO contact VALUES (1, 'Jansen', 'jan@example.nl', '111222333', '1961-03-17', 'Heeft diabetes, belt terug', x'89504E470D0A1A0A00')`,
		`INSERT INTO contact VALUES (2, 'Kaya', 's.kaya@example.com', NULL, NULL, 'Vraagt naar de factuur', NULL)`,
		`INSERT INTO contact VALUES (3, 'de Vries', NULL, NULL, NULL, 'Is zwanger', NULL)`,
		`CREATE TABLE "order" (id INTEGER PRIMARY KEY, amount REAL)`,
		`INSERT INTO "order" VALUES (1, 12.5)`,
		`CREATE VIEW v AS SELECT notitie FROM contact`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return db
}

type brief struct {
	Table   string
	Rows    int
	Special int
	Cut     bool
	Columns map[string]string
}

func scanBrief(t *testing.T, db *sql.DB, sample int) []brief {
	t.Helper()
	var out []brief
	err := sqlscan.Scan(context.Background(), db, classify.Default(), sqlscan.Options{Dialect: sqlscan.SQLite, Sample: sample}, func(s sqlscan.TableSummary) error {
		b := brief{Table: s.Name, Rows: s.SampledRows, Special: s.RowsWithSpecial, Cut: s.Truncated, Columns: map[string]string{}}
		for _, c := range s.Columns {
			var parts []string
			for _, f := range c.Found {
				parts = append(parts, fmt.Sprintf("%s%s:%d", f.Category, f.Kind, f.Rows))
			}
			if c.Skipped > 0 {
				parts = append(parts, fmt.Sprintf("skipped:%d", c.Skipped))
			}
			if len(parts) > 0 {
				b.Columns[c.Name] = strings.Join(parts, ",")
			}
		}
		out = append(out, b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestScanSQLite(t *testing.T) {
	db := fixture(t)
	got := scanBrief(t, db, 0)
	want := []brief{
		{Table: "contact", Rows: 3, Special: 2, Columns: map[string]string{
			"bsn":           "national-id:1,bsn:1",
			"email":         "email:2",
			"geboortedatum": "date-of-birth:1",
			"notitie":       "health:2",
			"foto":          "skipped:1",
		}},
		{Table: "order", Rows: 1, Columns: map[string]string{}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Scan (-want +got):\n%s", diff)
	}
	// The sample bounds the read and says the table was cut.
	got = scanBrief(t, db, 2)
	if got[0].Rows != 2 || !got[0].Cut || got[1].Cut {
		t.Errorf("sample 2: %+v", got)
	}
	// The connection accepts writes again afterwards: query_only was
	// for the scan's transaction.
	if _, err := db.Exec(`INSERT INTO "order" VALUES (2, 1)`); err != nil {
		t.Errorf("write after scan: %v", err)
	}
}

func TestScanNeverReturnsValues(t *testing.T) {
	db := fixture(t)
	var all []sqlscan.TableSummary
	sqlscan.Scan(context.Background(), db, nil, sqlscan.Options{Dialect: sqlscan.SQLite}, func(s sqlscan.TableSummary) error {
		all = append(all, s)
		return nil
	})
	b, _ := json.Marshal(all)
	for _, v := range []string{"111222333", "jan@example.nl", "diabetes", "zwanger", "1961-03-17"} {
		if strings.Contains(string(b), v) {
			t.Errorf("summary holds a value it read")
		}
	}
}

func TestScanErrors(t *testing.T) {
	db := fixture(t)
	if err := sqlscan.Scan(context.Background(), db, nil, sqlscan.Options{}, nil); !errors.Is(err, sqlscan.ErrDialect) {
		t.Errorf("no dialect: %v", err)
	}
	stop := errors.New("stop")
	n := 0
	err := sqlscan.Scan(context.Background(), db, nil, sqlscan.Options{Dialect: sqlscan.SQLite}, func(sqlscan.TableSummary) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("fn error: %v after %d tables", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := sqlscan.Scan(ctx, db, nil, sqlscan.Options{Dialect: sqlscan.SQLite}, func(sqlscan.TableSummary) error { return nil }); err == nil {
		t.Error("cancelled context: no error")
	}
}
