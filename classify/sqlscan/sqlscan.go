// Package sqlscan samples a relational database for personal data through
// database/sql: it lists every table with its columns and declared types,
// judges each column by its name and type (classify's Field), then reads a
// bounded sample of rows per table and classifies their values as records
// (classify's Record), inside one read-only transaction. It never writes
// and never returns a value it read: a TableSummary holds names, types,
// counts and findings (categories, kinds, rules, confidences).
//
// # Usage
//
//	db, err := sql.Open("pgx", "postgres://reader@db/crm") // your driver
//	err = sqlscan.Scan(ctx, db, classify.Default(), sqlscan.Options{Dialect: sqlscan.Postgres},
//		func(t sqlscan.TableSummary) error {
//			fmt.Println(t.Name, t.SampledRows, t.RowsWithSpecial)
//			return nil
//		})
//
// The package imports no driver: the caller opens the database with the
// driver it trusts (cmd/avgrisk uses github.com/jackc/pgx/v5 and the pure-Go
// modernc.org/sqlite). Dialect says how to list tables: PostgreSQL through
// information_schema (base tables of every schema but the system ones),
// SQLite through sqlite_schema and pragma_table_info.
//
// The sample is the first Options.Sample rows the database returns
// (DefaultSample): no ORDER BY, so no sort of a large table, and LIMIT
// bounds the read. It is a sample, not a census: a category held only in
// rows past the sample is not seen, and the summary says when a table was
// cut (Truncated).
//
// Scan is safe for concurrent use with different databases or the same
// one; it keeps no state.
package sqlscan

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/avgrisk/avgrisk/classify"
)

// Dialect is the SQL dialect of a database: how its tables are listed and
// its names quoted.
type Dialect string

// The dialects Scan knows.
const (
	Postgres Dialect = "postgres"
	SQLite   Dialect = "sqlite"
)

// DefaultSample is the number of rows Scan reads per table unless
// Options.Sample says otherwise.
const DefaultSample = 10_000

// maxValue is the longest value, in bytes, that Scan classifies; longer
// values are cut (documents in a text column).
const maxValue = 64 << 10

// ErrDialect is returned for a Dialect Scan does not know.
var ErrDialect = errors.New("sqlscan: unknown dialect")

// Options configure Scan.
type Options struct {
	Dialect Dialect
	// Sample is the number of rows read per table; 0 means
	// DefaultSample, a negative number no rows (columns only).
	Sample int
}

// TableSummary is what Scan found in one table.
type TableSummary struct {
	Schema           string          `json:"schema,omitempty"` // PostgreSQL schema; empty for SQLite
	Name             string          `json:"name"`
	Columns          []ColumnSummary `json:"columns"` // in declared order
	SampledRows      int             `json:"sampled_rows"`
	RowsWithFindings int             `json:"rows_with_findings"`
	RowsWithSpecial  int             `json:"rows_with_special"`
	Truncated        bool            `json:"truncated"` // the table may have more rows than the sample
}

// ColumnSummary is what Scan found in one column: what its name and type
// say, and what its sampled values hold.
type ColumnSummary struct {
	Name string `json:"name"`
	Type string `json:"type"` // as the database declares it
	// Field holds the findings of the column's name and type judged as a
	// schema field (classify's Field with the table as object).
	Field []classify.Finding `json:"field"`
	// Found counts sampled rows per special category and identifier kind
	// found in the column's values (and name, as Record reports it).
	Found []Count `json:"found"`
	Rows  int     `json:"rows"` // sampled rows with any finding in this column
	// Skipped is the number of values not classified: binary data.
	Skipped int `json:"skipped,omitempty"`
}

// Count is a number of sampled rows with a category or kind.
type Count struct {
	Category classify.Category `json:"category,omitempty"` // a special category
	Kind     classify.Kind     `json:"kind,omitempty"`     // or an identifier kind
	Rows     int               `json:"rows"`
}

// table is a table and its columns, as listed.
type table struct {
	schema, name string
	cols, types  []string
}

// Scan lists the tables of db, judges their columns and samples their
// rows, calling fn once per table in schema and table order. Everything
// is read in one read-only transaction, which Scan rolls back at the end.
// It stops at the first error of fn, of the database, or when ctx is
// done; the error names the table, never a value.
func Scan(ctx context.Context, db *sql.DB, c *classify.Classifier, opts Options, fn func(TableSummary) error) error {
	if opts.Dialect != Postgres && opts.Dialect != SQLite {
		return ErrDialect
	}
	if opts.Sample == 0 {
		opts.Sample = DefaultSample
	}
	if c == nil {
		c = classify.Default()
	}
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("sqlscan: begin read-only transaction: %w", err)
	}
	defer tx.Rollback()
	if opts.Dialect == SQLite {
		// modernc.org/sqlite and others ignore TxOptions.ReadOnly:
		// make the connection refuse writes for the transaction.
		if _, err := tx.ExecContext(ctx, "PRAGMA query_only = ON"); err != nil {
			return fmt.Errorf("sqlscan: set query_only: %w", err)
		}
		defer tx.ExecContext(context.Background(), "PRAGMA query_only = OFF")
	}
	tables, err := listTables(ctx, tx, opts.Dialect)
	if err != nil {
		return err
	}
	for _, t := range tables {
		if err := ctx.Err(); err != nil {
			return err
		}
		sum, err := scanTable(ctx, tx, c, t, opts)
		if err != nil {
			return err
		}
		if err := fn(sum); err != nil {
			return err
		}
	}
	return nil
}

// listTables lists the base tables and their columns.
func listTables(ctx context.Context, tx *sql.Tx, d Dialect) ([]table, error) {
	var q string
	switch d {
	case Postgres:
		q = `SELECT c.table_schema, c.table_name, c.column_name, c.data_type
FROM information_schema.columns c
JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.table_schema NOT LIKE 'pg_toast%'
ORDER BY c.table_schema, c.table_name, c.ordinal_position`
	case SQLite:
		q = `SELECT '', m.name, p.name, p.type
FROM sqlite_master m JOIN pragma_table_info(m.name) p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, p.cid`
	}
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("sqlscan: list tables: %w", err)
	}
	defer rows.Close()
	var out []table
	for rows.Next() {
		var schema, name, col, typ string
		if err := rows.Scan(&schema, &name, &col, &typ); err != nil {
			return nil, fmt.Errorf("sqlscan: list tables: %w", err)
		}
		if n := len(out); n == 0 || out[n-1].schema != schema || out[n-1].name != name {
			out = append(out, table{schema: schema, name: name})
		}
		t := &out[len(out)-1]
		t.cols = append(t.cols, col)
		t.types = append(t.types, typ)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlscan: list tables: %w", err)
	}
	return out, nil
}

// quote quotes an identifier for both dialects.
func quote(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// scanTable judges a table's columns and samples its rows.
func scanTable(ctx context.Context, tx *sql.Tx, c *classify.Classifier, t table, opts Options) (TableSummary, error) {
	sum := TableSummary{Schema: t.schema, Name: t.name, Columns: make([]ColumnSummary, len(t.cols))}
	object := t.name
	for i, col := range t.cols {
		sum.Columns[i] = ColumnSummary{
			Name:  col,
			Type:  t.types[i],
			Field: c.Field(classify.Field{Object: object, Name: col, Type: t.types[i]}),
			Found: []Count{},
		}
	}
	if opts.Sample < 0 {
		return sum, nil
	}
	from := quote(t.name)
	if t.schema != "" {
		from = quote(t.schema) + "." + from
	}
	cols := make([]string, len(t.cols))
	for i, col := range t.cols {
		cols[i] = quote(col)
	}
	// One row more than the sample tells whether the table was cut.
	q := "SELECT " + strings.Join(cols, ", ") + " FROM " + from + " LIMIT " + strconv.Itoa(opts.Sample+1)
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return sum, fmt.Errorf("sqlscan: table %s: %w", tableName(t), err)
	}
	defer rows.Close()
	vals := make([]any, len(t.cols))
	ptrs := make([]any, len(t.cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	rec := make(map[string]string, len(t.cols))
	index := make(map[string]int, len(t.cols))
	for i, col := range t.cols {
		index[col] = i
	}
	counts := make([]map[string]int, len(t.cols))
	for rows.Next() {
		if sum.SampledRows == opts.Sample {
			sum.Truncated = true
			break
		}
		if err := rows.Scan(ptrs...); err != nil {
			return sum, fmt.Errorf("sqlscan: table %s: read row: %w", tableName(t), err)
		}
		sum.SampledRows++
		clear(rec)
		for i, v := range vals {
			s, ok := text(v)
			if !ok {
				sum.Columns[i].Skipped++
				continue
			}
			if s != "" {
				rec[t.cols[i]] = s
			}
		}
		fs := c.Record(rec)
		clear(rec) // drop the values at once
		if len(fs) == 0 {
			continue
		}
		sum.RowsWithFindings++
		special := false
		seen := map[[2]string]bool{} // column, category or kind
		hit := map[int]bool{}        // columns with a finding
		for _, f := range fs {
			special = special || f.Category.Special()
			i, ok := index[f.Field]
			if !ok {
				continue
			}
			hit[i] = true
			key := string(f.Kind)
			if f.Kind == classify.Term {
				key = string(f.Category)
			}
			if seen[[2]string{f.Field, key}] {
				continue
			}
			seen[[2]string{f.Field, key}] = true
			if counts[i] == nil {
				counts[i] = map[string]int{}
			}
			counts[i][key]++
		}
		for i := range hit {
			sum.Columns[i].Rows++
		}
		if special {
			sum.RowsWithSpecial++
		}
	}
	if err := rows.Err(); err != nil {
		return sum, fmt.Errorf("sqlscan: table %s: %w", tableName(t), err)
	}
	for i := range sum.Columns {
		for _, cat := range classify.Categories() {
			if n := counts[i][string(cat)]; n > 0 && cat.Special() {
				sum.Columns[i].Found = append(sum.Columns[i].Found, Count{Category: cat, Rows: n})
			}
		}
		for _, k := range classify.Kinds() {
			if n := counts[i][string(k)]; n > 0 && k != classify.Term {
				sum.Columns[i].Found = append(sum.Columns[i].Found, Count{Kind: k, Rows: n})
			}
		}
	}
	return sum, nil
}

func tableName(t table) string {
	if t.schema != "" {
		return t.schema + "." + t.name
	}
	return t.name
}

// text turns a scanned value into the text classify reads: NULL as
// empty, a date as YYYY-MM-DD (so a date of birth reads as one), bytes
// when they are UTF-8 text; binary data is not text.
func text(v any) (string, bool) {
	switch v := v.(type) {
	case nil:
		return "", true
	case string:
		return cut(v), true
	case []byte:
		if !utf8.Valid(v) {
			return "", false
		}
		return cut(string(v)), true
	case time.Time:
		if v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 && v.Nanosecond() == 0 {
			return v.Format(time.DateOnly), true
		}
		return v.Format(time.RFC3339), true
	case int64:
		return strconv.FormatInt(v, 10), true
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(v), true
	}
	return cut(fmt.Sprint(v)), true
}

func cut(s string) string {
	if len(s) <= maxValue {
		return s
	}
	s = s[:maxValue]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}
