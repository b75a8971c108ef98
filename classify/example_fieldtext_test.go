package classify_test

import (
	"fmt"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
)

// A field whose words the field lexicon does not know is asked of the
// text vocabulary: a treatment named in a person's custom field is
// health data, and the evidence names the vocabulary line. The same
// label on a product says nothing of a person.
func ExampleClassifier_Object_vocabulary() {
	c := classify.Default()
	for _, o := range []classify.Object{
		{Name: "Contact", Label: "Contact", Fields: []classify.Field{
			{Name: "CPAP_Compliance__c", Label: "CPAP Compliance", Type: "Percent"},
			{Name: "Dialyse_frequentie__c", Label: "Dialyse frequentie", Type: "Picklist"},
		}},
		{Name: "Product2", Label: "Product", Fields: []classify.Field{
			{Name: "CPAP_Compliance__c", Label: "CPAP Compliance", Type: "Percent"},
		}},
	} {
		r := c.Object(o)
		for _, f := range r.Fields {
			fmt.Printf("%s.%s:", r.Object, f.Field)
			for _, e := range f.Evidence {
				if !e.Against {
					file, _, _ := strings.Cut(e.Line, ":") // "en:805"
					info, _ := classify.LookupRule(e.Rule)
					fmt.Printf(" %s %s %s %q %.2f", e.Category, e.Source, file, info.Pattern, e.Weight)
				}
			}
			fmt.Println()
		}
	}
	// Output:
	// Contact.CPAP_Compliance__c: health label en "cpap" 0.72
	// Contact.Dialyse_frequentie__c: health label nl "dialyse" 0.77
	// Product2.CPAP_Compliance__c:
}
