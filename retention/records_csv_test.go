package retention

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestReadCSV(t *testing.T) {
	in := "\ufeffRecord ID;x\n" // not a records header
	err := Netherlands().ReadCSV(strings.NewReader(in), time.UTC, nil, nil)
	var re *RecordError
	if !errors.As(err, &re) || re.Line != 1 || !errors.Is(err, ErrCSVHeader) {
		t.Fatalf("err = %v, want ErrCSVHeader at line 1", err)
	}

	in = "Legal_Hold,ID,Category,Event Date\n" +
		"no,hr-1/id,payroll-id-copy,2020-06-30\n" +
		"ja,hr-2/id,payroll-id-copy,\n" +
		"no,,payroll-id-copy,2020-06-30\n" +
		"no,hr-3,no-such-category,2020-06-30\n" +
		"no,hr-4,payroll-id-copy,30-06-2020\n" +
		"maybe,hr-5,payroll-id-copy,2020-06-30\n" +
		"no,hr-6,payroll-id-copy\n" +
		"no,hr-7,payroll-id-copy,2021-01-01\n"
	type got struct {
		Line   int
		ID     string
		Hold   bool
		Column int
		Err    error
	}
	var rows []got
	err = Netherlands().ReadCSV(strings.NewReader(in), time.UTC, func(r CSVRecord) error {
		rows = append(rows, got{Line: r.Line, ID: r.ID, Hold: r.LegalHold})
		return nil
	}, func(e *RecordError) error {
		rows = append(rows, got{Line: e.Line, Column: e.Column, Err: e.Err})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []got{
		{Line: 2, ID: "hr-1/id"},
		{Line: 3, ID: "hr-2/id", Hold: true},
		{Line: 4, Column: 2, Err: ErrBadID},
		{Line: 5, Column: 3, Err: ErrUnknownCategory},
		{Line: 6, Column: 4, Err: ErrBadDate},
		{Line: 7, Column: 1, Err: ErrBadHold},
		{Line: 8, Err: ErrFields},
		{Line: 9, ID: "hr-7"},
	}
	if diff := cmp.Diff(want, rows, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) })); diff != "" {
		t.Errorf("ReadCSV (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		e    *RecordError
		want string
	}{
		{&RecordError{Line: 5, Column: 3, Err: ErrUnknownCategory}, "retention: records line 5, column 3: unknown category"},
		{&RecordError{Line: 6, Err: ErrFields, Fields: 2, Want: 4}, "retention: records line 6: 2 fields, the header has 4"},
		{&RecordError{Line: 1, Err: ErrCSVHeader}, "retention: records line 1: " + ErrCSVHeader.Error()},
	} {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}
