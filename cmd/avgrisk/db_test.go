package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// postgresEnv names the variable that enables the PostgreSQL tests: the
// URL of a server with testdata/crm-fixture.sql loaded (.ci/run starts
// one). Without it they skip, so go test ./... passes on a laptop.
const postgresEnv = "AVGRISK_TEST_POSTGRES_URL"

func sqliteFixture(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "crm.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	script, err := os.ReadFile("testdata/crm-fixture.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range strings.Split(string(script), ";") {
		var lines []string
		for _, l := range strings.Split(stmt, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), "--") {
				lines = append(lines, l)
			}
		}
		if q := strings.TrimSpace(strings.Join(lines, "\n")); q != "" {
			if _, err := db.Exec(q); err != nil {
				t.Fatalf("fixture: %v", err)
			}
		}
	}
	return path
}

// checkDBScan checks a db scan of the fixture, whatever the database.
func checkDBScan(t *testing.T, url string) {
	t.Helper()
	r := avgrisk(t, "", "", "db", "--format", "json", url)
	if r.code != exitFound {
		t.Fatalf("exit %d, want 1; stderr %s", r.code, r.stderr)
	}
	noLeak(t, "db json", r.stdout+r.stderr)
	res := scanJSON(t, r)
	var tables []string
	found := map[string]string{}
	for _, in := range res.Inputs {
		tables = append(tables, in.Object)
		for _, c := range in.Columns {
			for _, f := range c.Found {
				found[in.Object+"."+c.Name] += f.label() + " "
			}
			for _, cat := range c.SchemaCategories {
				found[in.Object+"."+c.Name] += "name:" + string(cat) + " "
			}
		}
	}
	if got := strings.Join(tables, ","); got != "account,contact,meterstand" {
		t.Errorf("tables %s", got)
	}
	for col, want := range map[string]string{
		"contact.bsn": "national-id", "contact.religie": "religious-beliefs", "contact.notitie": "health",
		"contact.email": "email", "contact.geboortedatum": "date-of-birth",
	} {
		if !strings.Contains(found[col], want) {
			t.Errorf("%s: found %q, want %s", col, found[col], want)
		}
	}
	for _, f := range []string{"text", "markdown", "html", "sarif"} {
		r := avgrisk(t, "", "", "db", "--format", f, url)
		noLeak(t, "db "+f, r.stdout+r.stderr)
		if r.code != exitFound {
			t.Errorf("--format %s: exit %d", f, r.code)
		}
	}
	// --sample bounds the rows read per table.
	res = scanJSON(t, avgrisk(t, "", "", "db", "--format", "json", "--sample", "1", url))
	for _, in := range res.Inputs {
		if in.Object == "contact" && (in.Rows != 1 || !in.Truncated) {
			t.Errorf("--sample 1: contact rows %d truncated %v", in.Rows, in.Truncated)
		}
	}
}

func TestDBSQLite(t *testing.T) {
	path := sqliteFixture(t)
	before, _ := os.Stat(path)
	checkDBScan(t, "sqlite://"+path)
	after, _ := os.Stat(path)
	if !after.ModTime().Equal(before.ModTime()) || after.Size() != before.Size() {
		t.Errorf("the database file changed: the scan must not write")
	}
	if r := avgrisk(t, "", "", "db", "sqlite:///no/such.db"); r.code != exitError {
		t.Errorf("missing database: exit %d", r.code)
	}
	if r := avgrisk(t, "", "", "db", "mysql://x"); r.code != exitError {
		t.Errorf("unknown scheme: exit %d", r.code)
	}
}

func TestDBPostgres(t *testing.T) {
	url := os.Getenv(postgresEnv)
	if url == "" {
		t.Skipf("set %s to a PostgreSQL URL with testdata/crm-fixture.sql loaded to run (.ci/run does)", postgresEnv)
	}
	checkDBScan(t, url)
	// A password in the URL never reaches the output.
	r := avgrisk(t, "", "", "db", "postgres://reader:s3cr3t-pw@127.0.0.1:1/none?connect_timeout=2")
	if r.code != exitError || strings.Contains(r.stdout+r.stderr, "s3cr3t-pw") {
		t.Errorf("unreachable server: exit %d, or the password was printed", r.code)
	}
}
