package classify_test

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
)

// Which fields of a schema hold special-category data? Field judges the
// API name, the label and sample values together.
func ExampleClassifier_Field() {
	c := classify.Default()
	for _, f := range []classify.Field{
		{Object: "Contact", Name: "Vakbondslid__c", Label: "Vakbondslid"},
		{Object: "Contact", Name: "Geloofsovertuiging__c", Label: "Geloofsovertuiging"},
		{Object: "Account", Name: "Account_Health_Score__c", Label: "Health score"},
		{Object: "Account", Name: "UnionPay_Card_Accepted__c"},
		{Object: "Contact", Name: "BSN__c", Label: "BSN"},
		{Object: "Contact", Name: "Email", Label: "Email"},
	} {
		fmt.Printf("%s:", f.Name)
		for _, x := range c.Field(f) {
			// x.Rule is an opaque ID ("field-name:f-09de396cd9");
			// LookupRule names the lexicon entry behind it.
			rule, _ := c.LookupRule(x.Rule)
			fmt.Printf(" %s/%s (%s %s)", x.Category, x.Kind, rule.Source, rule.Pattern)
		}
		fmt.Println()
	}
	// Output:
	// Vakbondslid__c: trade-union-membership/term (field-name vakbondslid)
	// Geloofsovertuiging__c: religious-beliefs/term (field-name geloofsovertuiging)
	// Account_Health_Score__c:
	// UnionPay_Card_Accepted__c:
	// BSN__c: national-id/term (field-name bsn)
	// Email: ordinary/email (field-name email)
}

// Sample values vote: a free-text field with a bland name holds health
// data when its samples mention a diagnosis.
func ExampleClassifier_Field_values() {
	c := classify.Default()
	f := classify.Field{
		Object: "Contact",
		Name:   "Opmerkingen__c",
		Label:  "Opmerkingen",
		Values: []string{"Heeft diabetes type 2", "Belt liever na 17:00"},
	}
	for _, x := range c.Field(f) {
		fmt.Println(x.Category, strings.HasPrefix(x.Rule, classify.RuleFieldValues))
	}
	// Output:
	// health true
}

// Which records hold special data, and where? Record reports what each
// field's name says (at [0:0]) and what each value says, with offsets
// into that value.
func ExampleClassifier_Record() {
	r := map[string]string{
		"Vakbondslid__c": "true",
		"BSN__c":         "111222333",
		"Email":          "jan@example.nl",
		"LastName":       "Kerkhof",
	}
	for _, f := range classify.Default().Record(r) {
		fmt.Printf("%s %s/%s [%d:%d]\n", f.Field, f.Category, f.Kind, f.Start, f.End)
	}
	// Output:
	// BSN__c national-id/term [0:0]
	// BSN__c national-id/bsn [0:9]
	// Email ordinary/email [0:14]
	// Vakbondslid__c trade-union-membership/term [0:0]
}

// ScanExport streams a CSV or JSON Lines export: rows with findings and
// bad rows go to the callback, columns are summarised at the end.
func ExampleClassifier_ScanExport() {
	export := `Id,Diagnose__c,Email,Notes
1,astma,jan@example.nl,belt terug
2,,,
3,too,few
4,,sanne@example.nl,
`
	sum, err := classify.Default().ScanExport(context.Background(), strings.NewReader(export), classify.CSV,
		func(r classify.RowResult) error {
			if r.Err != nil {
				fmt.Printf("row %d: %v\n", r.Row, r.Err)
				return nil
			}
			var fields []string
			for _, f := range r.Findings {
				if !slices.Contains(fields, f.Field) {
					fields = append(fields, f.Field)
				}
			}
			fmt.Printf("row %d (line %d): %s\n", r.Row, r.Line, strings.Join(fields, ", "))
			return nil
		})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d rows, %d bad\n", sum.Rows, sum.BadRows)
	for _, c := range sum.Columns {
		if c.Rows > 0 {
			fmt.Printf("%s: %v %v in %.0f%% of rows\n", c.Name, c.Categories, c.Kinds, 100*c.Share)
		}
	}
	// Output:
	// row 1 (line 2): Diagnose__c, Email
	// row 3: classify: export line 4 (row 3): wrong number of fields
	// row 4 (line 5): Email
	// 3 rows, 1 bad
	// Diagnose__c: [health] [term] in 33% of rows
	// Email: [] [email] in 67% of rows
}

// Redact replaces what was found and keeps everything else byte for byte.
func ExampleRedact() {
	note := "Mw. de Vries, BSN 111222333, betaalt van NL91ABNA0417164300."
	fs := classify.Default().Text(note)
	fmt.Println(classify.Redact(note, fs, classify.RedactPlaceholder))
	fmt.Println(classify.Redact(note, fs, classify.RedactMask))
	// Output:
	// Mw. de Vries, BSN [bsn], betaalt van [iban].
	// Mw. de Vries, BSN *******33, betaalt van NL** **** **** **** 00.
}

// A record is redacted per field; a field whose name says it holds
// special data is redacted whole.
func ExampleRedactRecord() {
	r := map[string]string{"Diagnose__c": "astma", "Email": "jan@example.nl"}
	out := classify.RedactRecord(r, classify.Default().Record(r), classify.RedactMask)
	fmt.Println(out["Diagnose__c"], out["Email"])
	// Output:
	// [health] j***@e***.nl
}

// Mask shows enough of an identifier to recognise it, not to read it.
func ExampleMask() {
	fmt.Println(classify.Mask(classify.IBAN, "NL91ABNA0417164300"))
	fmt.Println(classify.Mask(classify.Email, "jan.jansen@example.nl"))
	fmt.Println(classify.Mask(classify.BSN, "111222333"))
	// Output:
	// NL** **** **** **** 00
	// j***@e***.nl
	// *******33
}

// A Pseudonymiser replaces identifiers by keyed tokens: the same BSN,
// however written, gives the same token, so records still join.
func ExamplePseudonymiser() {
	key := bytes.Repeat([]byte{0x42}, classify.MinKeyLen) // use a secret random key
	p, err := classify.NewPseudonymiser(key)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := p.Token(classify.BSN, "111.222.333")
	b := p.Token(classify.BSN, "111222333")
	fmt.Println(a == b, strings.HasPrefix(a, "bsn_"), len(a))
	fmt.Println(p) // the key is never shown

	r := map[string]string{"BSN__c": "111222333", "Notes": "Bel terug"}
	out := p.Record(r, classify.Default().Record(r))
	fmt.Println(out["BSN__c"] == a, out["Notes"])

	_, err = classify.NewPseudonymiser([]byte("too short"))
	fmt.Println(err)
	// Output:
	// true true 36
	// classify.Pseudonymiser{key: [redacted]}
	// true Bel terug
	// classify: pseudonymiser key is shorter than 32 bytes
}
