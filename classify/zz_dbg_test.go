package classify

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestZZDbg(t *testing.T) {
	cases := readSchemaSet(t)
	c := Default()
	for _, g := range schemaObjects(cases) {
		if g.obj.Name != "DataImport__c" && g.obj.Name != "Attribute__c" {
			continue
		}
		r := c.Object(g.obj)
		for i, f := range r.Fields {
			if f.Field == "Donation_Membership_Origin__c" || f.Field == "Subject_Area__c" {
				b, _ := json.Marshal(f)
				fmt.Println(string(b), g.obj.Fields[i].Picklist, g.obj.Fields[i].Description)
				for _, e := range f.Evidence {
					p, _ := LookupRule(e.Rule)
					fmt.Printf("   %+v\n", p)
				}
			}
		}
	}
}
