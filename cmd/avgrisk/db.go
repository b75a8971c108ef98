package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	// Drivers, here and nowhere in the library: pgx is the maintained
	// pure-Go PostgreSQL driver (database/sql through its stdlib
	// package); modernc.org/sqlite is SQLite translated to Go, so the
	// tool stays one static binary without cgo.
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/classify/sqlscan"
)

func runDB(e *env, args []string) int {
	fs := e.flags("Samples every table of a database: column names and types, then a bounded\n" +
		"sample of rows per table, read in a read-only transaction. It never writes\n" +
		"and never prints a value.\n\n" +
		"  postgres://user@host:5432/db?sslmode=disable   PostgreSQL (pgx)\n" +
		"  sqlite://path/to/file.db                       SQLite (pure Go, opened read-only)")
	sample := fs.Int("sample", sqlscan.DefaultSample, "rows to read per table")
	minConf := fs.Float64("min-confidence", -1, "report findings of at least this confidence, 0 to 1")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	raw, ok := e.oneArg(fs, pos, "database URL")
	if !ok {
		return exitError
	}
	if *sample < 0 {
		e.errorf("--sample: must not be negative")
		return exitError
	}
	c, err := e.cfg.classifier(*minConf)
	if err != nil {
		e.errorf("%v", err)
		return exitError
	}
	db, dialect, name, err := openDB(raw)
	if err != nil {
		e.errorf("%v", err)
		return exitError
	}
	defer db.Close()
	res := &scanResult{
		Tool:          newToolInfo(),
		MinConfidence: e.cfg.minConfidence(*minConf),
		Inputs:        []scanInput{},
		Skipped:       []skippedInput{},
		Errors:        []string{},
	}
	var sup suppressions
	opts := sqlscan.Options{Dialect: dialect, Sample: *sample}
	if *sample == 0 {
		opts.Sample = -1
	}
	err = sqlscan.Scan(e.ctx, db, c, opts, func(t sqlscan.TableSummary) error {
		res.Inputs = append(res.Inputs, tableInput(e.cfg, &sup, name, t))
		return nil
	})
	switch {
	case err == nil:
	case errors.Is(err, context.Canceled):
		res.Interrupted = true
	default:
		// Driver errors name hosts and tables, not row values; the
		// password of a URL is never echoed (see openDB).
		res.Errors = append(res.Errors, err.Error())
	}
	res.finish(sup.list())
	if code := e.emit(res); code != exitClean {
		return code
	}
	for _, msg := range res.Errors {
		e.errorf("%s", msg)
	}
	return res.exitCode(e.strict)
}

// openDB opens a database URL read-only where the driver allows it, and
// returns a name for it without a password.
func openDB(raw string) (*sql.DB, sqlscan.Dialect, string, error) {
	switch {
	case strings.HasPrefix(raw, "postgres://"), strings.HasPrefix(raw, "postgresql://"):
		u, err := url.Parse(raw)
		if err != nil {
			return nil, "", "", errors.New("not a valid postgres:// URL")
		}
		name := u.Redacted()
		db, err := sql.Open("pgx", raw)
		if err != nil {
			return nil, "", "", fmt.Errorf("%s: %v", name, err)
		}
		return db, sqlscan.Postgres, name, nil
	case strings.HasPrefix(raw, "sqlite://"), strings.HasPrefix(raw, "sqlite:"):
		path := strings.TrimPrefix(strings.TrimPrefix(raw, "sqlite:"), "//")
		if path == "" {
			return nil, "", "", errors.New("sqlite: want sqlite://path/to/file.db")
		}
		fi, err := os.Stat(path)
		if err != nil || fi.IsDir() {
			return nil, "", "", fmt.Errorf("%s: no such database file", path)
		}
		// mode=ro: SQLite refuses every write on this connection.
		db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
		if err != nil {
			return nil, "", "", fmt.Errorf("%s: %v", path, err)
		}
		return db, sqlscan.SQLite, path, nil
	}
	return nil, "", "", errors.New("want a postgres:// or sqlite:// URL")
}

// tableInput turns a table's summary into an input of the scan result, so
// that every renderer shows a database as it shows an export: one table
// per input, one column per column.
func tableInput(cfg *config, sup *suppressions, db string, t sqlscan.TableSummary) scanInput {
	name := t.Name
	if t.Schema != "" {
		name = t.Schema + "." + t.Name
	}
	in := scanInput{
		Name:       db + " " + name,
		Object:     t.Name,
		Format:     "sql",
		Encoding:   "",
		Rows:       t.SampledRows,
		Columns:    []scanColumn{},
		Riskiest:   []riskyRow{},
		BadLines:   []int{},
		BadRowList: []string{},
		Categories: []categoryN{},
		Kinds:      []kindN{},
		Truncated:  t.Truncated,
	}
	special := 0
	for _, col := range t.Columns {
		if ig := cfg.ignoredColumn(t.Name, col.Name); ig != nil {
			sup.add(ig, col.Rows+len(col.Field))
			continue
		}
		sc := scanColumn{Name: col.Name, Type: col.Type, Rows: col.Rows, Found: []found{}, SchemaCategories: []classify.Category{}}
		if t.SampledRows > 0 {
			sc.Share = float64(col.Rows) / float64(t.SampledRows)
		}
		for _, f := range col.Field {
			if f.Category.Special() && !containsCat(sc.SchemaCategories, f.Category) {
				sc.SchemaCategories = append(sc.SchemaCategories, f.Category)
			}
		}
		for _, f := range col.Found {
			fd := found{Category: f.Category, Kind: f.Kind, Rows: f.Rows}
			if t.SampledRows > 0 {
				fd.Share = float64(f.Rows) / float64(t.SampledRows)
			}
			sc.Found = append(sc.Found, fd)
		}
		switch {
		case len(sc.SchemaCategories) > 0:
			sc.Evidence = "column name"
			special++
		case col.Rows > 0:
			sc.Evidence = "values"
		}
		in.Columns = append(in.Columns, sc)
	}
	in.RowsWithFindings = t.RowsWithFindings
	in.RowsWithSpecial = t.RowsWithSpecial
	in.SchemaSpecial = special
	// Rows per category over the table: the largest column count is a
	// lower bound of the rows with that category; sqlscan counts per
	// column, and a row with a category in two columns counts once here.
	cats := map[classify.Category]int{}
	kinds := map[classify.Kind]int{}
	for _, c := range in.Columns {
		for _, f := range c.Found {
			if f.Category != "" {
				cats[f.Category] = max(cats[f.Category], f.Rows)
			} else {
				kinds[f.Kind] = max(kinds[f.Kind], f.Rows)
			}
		}
	}
	for _, c := range classify.Categories() {
		if n := cats[c]; n > 0 {
			in.Categories = append(in.Categories, categoryN{c, n})
		}
	}
	for _, k := range classify.Kinds() {
		if n := kinds[k]; n > 0 {
			in.Kinds = append(in.Kinds, kindN{k, n})
		}
	}
	return in
}

func containsCat(cs []classify.Category, c classify.Category) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}
