package salesforce_test

import (
	"fmt"
	"log"
	"testing/fstest"

	"github.com/avgrisk/avgrisk/classify/salesforce"
)

// A project folder would be os.DirFS("my-project"), a zip
// archive/zip's *Reader; here a tree in memory holds one SFDX field.
func ExampleLoad() {
	project := fstest.MapFS{
		"force-app/main/default/objects/Contact/fields/Religie__c.field-meta.xml": {Data: []byte(`<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Religie__c</fullName>
    <label>Religie</label>
    <type>Picklist</type>
    <valueSet>
        <valueSetDefinition>
            <value><fullName>Katholiek</fullName><label>Katholiek</label></value>
            <value><fullName>Islamitisch</fullName><label>Islamitisch</label></value>
        </valueSetDefinition>
    </valueSet>
</CustomField>
`)},
	}
	objs, err := salesforce.Load(project)
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range objs {
		for _, f := range o.Fields {
			fmt.Printf("%s.%s (%s, %s): %v\n", o.Name, f.Name, f.Label, f.Type, f.Picklist)
		}
	}
	// Output:
	// Contact.Religie__c (Religie, Picklist): [Katholiek Islamitisch]
}

// Errors name the file and line, never the file's contents.
func ExampleParseError() {
	_, err := salesforce.Load(fstest.MapFS{
		"objects/Contact/fields/Notes__c.field-meta.xml": {Data: []byte("<CustomField>\n<label>unfinished")},
	})
	fmt.Println(err)
	// Output:
	// salesforce: objects/Contact/fields/Notes__c.field-meta.xml:2: malformed XML
}
