package classify_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
)

func ExampleClassifier_Text() {
	note := "Mw. de Vries belde, is zwanger en heeft vakbondsoverleg met FNV, BSN 111222333"
	for _, f := range classify.Default().Text(note) {
		fmt.Printf("%s %s %q\n", f.Category, f.Kind, note[f.Start:f.End])
	}
	// Output:
	// health term "zwanger"
	// trade-union-membership term "vakbondsoverleg"
	// trade-union-membership term "FNV"
	// national-id bsn "111222333"
}

func ExampleNew() {
	c, err := classify.New(
		classify.WithCategories(classify.Health),
		classify.WithMinConfidence(0.8),
		classify.WithVocabulary("clinic", strings.NewReader("term\tfysiotherap*\thealth\t0.9\n")),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	note := "Customer books physio sessions; fysiotherapie twice a week, she is a union member."
	for _, f := range c.Text(note) {
		// The rule is an opaque ID, safe to log; LookupRule says which
		// vocabulary line it is, for debugging.
		rule, _ := c.LookupRule(f.Rule)
		fmt.Println(f.Category, f.Rule, note[f.Start:f.End], rule.File, rule.Line, rule.Pattern)
	}
	// Output:
	// health v-5690b21240 fysiotherapie clinic 1 fysiotherap*
}

func ExampleClassifier_Scan() {
	export := strings.NewReader("Klant meldt diabetes.\nRefund to NL91ABNA0417164300 please.\n")
	err := classify.Default().Scan(context.Background(), export, func(f classify.Finding) error {
		fmt.Println(f) // a Finding prints no personal data
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// health/term rule=v-74464a0161 [12:20] conf=0.85
	// ordinary/iban rule=iban-mod97:example [32:50] conf=0.95
}
