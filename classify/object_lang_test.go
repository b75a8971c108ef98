package classify

import (
	"slices"
	"strings"
	"testing"
)

// englishVolunteerOrg is a nonprofit's English org in the manner of the
// scored English sources (npsp, wecanride): contacts, volunteer shifts
// and an event object, whose names and labels are English throughout.
func englishVolunteerOrg(extra ...Field) []Object {
	contact := Object{Name: "Contact", Label: "Contact", Fields: probeFields(
		"FirstName", "First Name", "Text",
		"LastName", "Last Name", "Text",
		"Birthdate", "Birthdate", "Date",
		"MailingStreet", "Mailing Street", "Text",
		"MailingCity", "Mailing City", "Text",
		"Email", "Email", "Email",
		"HomePhone", "Home Phone", "Phone",
		"Emergency_Contact_Name__c", "Emergency Contact Name", "Text",
		"Emergency_Contact_Phone__c", "Emergency Contact Phone", "Phone",
		"Preferred_Language__c", "Preferred Language", "Picklist",
		"Volunteer_Status__c", "Volunteer Status", "Picklist",
		"Volunteer_Availability__c", "Volunteer Availability", "Picklist",
		"Number_of_Hours__c", "Number of Hours", "Number",
		"Last_Shift_Date__c", "Last Shift Date", "Date",
		"Newsletter_Opt_In__c", "Newsletter Opt In", "Checkbox",
		"Description", "Description", "TextArea",
	)}
	shift := Object{Name: "Volunteer_Shift__c", Label: "Volunteer Shift", Custom: true, Fields: probeFields(
		"Start_Date_Time__c", "Start Date Time", "DateTime",
		"Duration__c", "Duration", "Number",
		"Total_Volunteers__c", "Total Volunteers", "Number",
		"Description__c", "Description", "TextArea",
		"Job__c", "Job", "Lookup",
	)}
	event := Object{Name: "Riding_Lesson__c", Label: "Riding Lesson", Custom: true, Fields: append(probeFields(
		"Lesson_Date__c", "Lesson Date", "Date",
		"Instructor__c", "Instructor", "Lookup",
		"Student__c", "Student", "Lookup",
		"Notes__c", "Notes", "LongTextArea",
	), extra...)}
	task := Object{Name: "Volunteer_Task__c", Label: "Volunteer Task", Custom: true, Fields: probeFields(
		"Priority__c", "Priority", "Picklist",
		"Assigned_To__c", "Assigned To", "Lookup",
		"Created_On__c", "Created On", "Date",
		"Updated_On__c", "Updated On", "Date",
		"Closed_On__c", "Closed On", "Date",
		"Approved__c", "Approved", "Checkbox",
		"Signed__c", "Signed Waiver", "Checkbox",
		"Message__c", "Message", "TextArea",
		"Reminder_Sent__c", "Reminder Sent", "Checkbox",
		"Invoice__c", "Invoice", "Lookup",
		"Paid__c", "Paid", "Checkbox",
	)}
	return []Object{contact, shift, event, task}
}

// dutchYouthOrg is a Dutch youth-care org in the manner of the scored
// Dutch sources (screenit, vektis, mediwe): Dutch names and labels.
func dutchYouthOrg(extra ...Field) []Object {
	jongere := Object{Name: "Jongere__c", Label: "Jongere", Custom: true, Fields: append(probeFields(
		"Voornaam__c", "Voornaam", "Text",
		"Achternaam__c", "Achternaam", "Text",
		"Geboortedatum__c", "Geboortedatum", "Date",
		"Straat__c", "Straat", "Text",
		"Huisnummer__c", "Huisnummer", "Text",
		"Woonplaats__c", "Woonplaats", "Text",
		"Telefoonnummer__c", "Telefoonnummer", "Phone",
		"School__c", "School", "Text",
		"Mentor__c", "Mentor", "Lookup",
		"Datum_aanmelding__c", "Datum aanmelding", "Date",
		"Opmerkingen__c", "Opmerkingen", "LongTextArea",
		"Ouder_verzorger__c", "Ouder of verzorger", "Text",
		"Begeleider__c", "Begeleider", "Lookup",
		"Einddatum_traject__c", "Einddatum traject", "Date",
	), extra...)}
	traject := Object{Name: "Traject__c", Label: "Traject", Custom: true, Fields: probeFields(
		"Leeftijd_bij_start__c", "Leeftijd bij start", "Number",
		"Beroep_ouder__c", "Beroep ouder", "Text",
		"Woning__c", "Woning", "Lookup",
		"Taak__c", "Taak", "Text",
		"Bericht__c", "Bericht", "TextArea",
		"Versie__c", "Versie", "Number",
		"Tarief__c", "Tarief", "Currency",
		"Subsidie__c", "Subsidie", "Lookup",
		"Eenheid__c", "Eenheid", "Picklist",
		"Kwartaal__c", "Kwartaal", "Picklist",
		"Sessie__c", "Sessie", "Number",
		"Niet_verschenen__c", "Niet verschenen", "Checkbox",
	)}
	declaratie := Object{Name: "Declaratie__c", Label: "Declaratie", Custom: true, Fields: probeFields(
		"Tarief_per_uur__c", "Uurtarief", "Currency",
		"Korting__c", "Korting op tarief", "Percent",
		"Aankoopdatum__c", "Datum van aankoop", "Date",
		"Kwartaal_declaratie__c", "Declaratie over kwartaal", "Picklist",
		"Versienummer__c", "Versie van de declaratie", "Number",
		"Subsidieregeling__c", "Subsidie regeling", "Lookup",
		"Prijs_per_eenheid__c", "Prijs per eenheid", "Currency",
		"Bericht_verzonden__c", "Bericht verzonden", "Checkbox",
	)}
	return []Object{jongere, traject, declaratie}
}

// TestOrgLanguage checks the language Schema reads an org in: English or
// Dutch when its own names and labels say so, unknown when they are too
// few or mixed (object_lang.go).
func TestOrgLanguage(t *testing.T) {
	lx := fieldLex()
	mixed := append(englishVolunteerOrg(), dutchYouthOrg()...)
	tests := []struct {
		name   string
		objs   []Object
		want   string
		reason string
	}{
		{"English org", englishVolunteerOrg(), "en", "enough words of English-only lexicon lines, no Dutch ones"},
		{"Dutch org", dutchYouthOrg(), "nl", "enough words of Dutch-only lexicon lines, few English ones"},
		{"Dutch and English objects in one org", mixed, "", "a mixed org is read with the whole lexicon"},
		{"a small object", []Object{{Name: "Contact", Fields: probeFields("Halt__c", "Halt", "Checkbox")}}, "", "too few words to say: unknown"},
		{"no objects", nil, "", "nothing to go by: unknown"},
	}
	for _, tc := range tests {
		if got := lx.orgLanguage(tc.objs); got != tc.want {
			t.Errorf("%s: orgLanguage = %q, want %q (%s)", tc.name, got, tc.want, tc.reason)
		}
	}
}

// TestFalseFriendLines checks that a lexicon line marked as one
// language's only (lang "nl!", FIELDS.md) fires in an org of that
// language or of unknown language, and is quiet in an org of the other
// language, where the word means something else.
func TestFalseFriendLines(t *testing.T) {
	c := Default()
	flagged := func(objs []Object, object, field string) []Category {
		var out []Category
		for _, r := range c.Schema(objs) {
			if r.Object != object {
				continue
			}
			for _, f := range r.Flagged() {
				if f.Field != field {
					continue
				}
				for _, x := range f.Findings {
					if x.Category.Special() && !slices.Contains(out, x.Category) {
						out = append(out, x.Category)
					}
				}
			}
		}
		return out
	}
	lessonHalt := Object{Name: "Lesson_Halt__c", Label: "Lesson Halt", Custom: true, Fields: probeFields(
		"Lesson__c", "Lesson", "Lookup",
		"Reason__c", "Reason", "Text",
		"Halt_Date__c", "Halt Date", "Date",
	)}
	haltReferral := Object{Name: "Halt_verwijzing__c", Label: "HALT-verwijzing", Custom: true, Fields: probeFields(
		"Jongere__c", "Jongere", "Lookup",
		"Reden__c", "Reden", "Text",
		"Datum_verwijzing__c", "Datum verwijzing", "Date",
	)}
	tests := []struct {
		name          string
		objs          []Object
		object, field string
		want          []Category
		reason        string
	}{
		{
			name: "an English org's halt of a lesson", objs: append(englishVolunteerOrg(), lessonHalt),
			object: "Lesson_Halt__c", field: "Reason__c", want: nil,
			reason: "schema.tsv object halt is nl! (the Dutch HALT-afdoening, Wetboek van Strafrecht art. 77e): in an English org a halt is a stop, its reason no offence",
		},
		{
			name: "an English org's Halt flag", objs: englishVolunteerOrg(probeFields("Halt__c", "Halt", "Checkbox")...),
			object: "Riding_Lesson__c", field: "Halt__c", want: nil,
			reason: "fields.tsv halt is nl!: in an English org a halt is a stop",
		},
		{
			name: "a Dutch org's HALT referral", objs: append(dutchYouthOrg(), haltReferral),
			object: "Halt_verwijzing__c", field: "Reden__c", want: []Category{Criminal},
			reason: "schema.tsv object halt (nl!) fires in a Dutch org: the reason of a referral to HALT is about a youth offence",
		},
		{
			name: "a Dutch org's HALT-afdoening", objs: dutchYouthOrg(probeFields("HALT_afdoening__c", "HALT-afdoening", "Text")...),
			object: "Jongere__c", field: "HALT_afdoening__c", want: []Category{Criminal},
			reason: "fields.tsv halt (nl!) fires in a Dutch org: a youth offence's out-of-court sanction",
		},
		{
			name: "an English org's RAS score", objs: englishVolunteerOrg(probeFields("RAS_Score__c", "RAS Score", "Number")...),
			object: "Riding_Lesson__c", field: "RAS_Score__c", want: nil,
			reason: "fields.tsv ras is nl! (Dutch for race): in English RAS is an acronym, a rating scale's score",
		},
		{
			name: "a Dutch org's ras", objs: dutchYouthOrg(probeFields("Ras__c", "Ras", "Text")...),
			object: "Jongere__c", field: "Ras__c", want: []Category{RacialEthnicOrigin},
			reason: "fields.tsv ras (nl!) fires in a Dutch org: a person's race",
		},
		{
			name: "a Dutch org's judgment of the Hoge Raad", objs: dutchYouthOrg(probeFields("Arrest_Hoge_Raad__c", "Arrest Hoge Raad", "Text")...),
			object: "Jongere__c", field: "Arrest_Hoge_Raad__c", want: nil,
			reason: "fields.tsv arrest is en!: a Dutch arrest is a higher court's judgment, civil or tax as often as criminal; en.tsv's arrest is left out of the name's text terms with it",
		},
		{
			name: "an English org's arrest date", objs: englishVolunteerOrg(probeFields("Arrest_Date__c", "Arrest Date", "Date")...),
			object: "Riding_Lesson__c", field: "Arrest_Date__c", want: []Category{Criminal},
			reason: "fields.tsv arrest (en!) fires in an English org: AVG art. 10",
		},
		{
			name: "a Dutch org's kinderpardon", objs: dutchYouthOrg(probeFields("Kinderpardon__c", "Kinderpardon", "Checkbox")...),
			object: "Jongere__c", field: "Kinderpardon__c", want: nil,
			reason: "fields.tsv pardon is en!: a Dutch pardon is an amnesty of residence (kinderpardon) or an apology, a criminal pardon is gratie",
		},
		{
			name: "an English org's pardon", objs: englishVolunteerOrg(probeFields("Pardon__c", "Pardon", "Checkbox")...),
			object: "Riding_Lesson__c", field: "Pardon__c", want: []Category{Criminal},
			reason: "fields.tsv pardon (en!) fires in an English org: a pardon of a conviction",
		},
		{
			name: "a HALT referral in an org of unknown language", objs: []Object{haltReferral},
			object: "Halt_verwijzing__c", field: "Reden__c", want: []Category{Criminal},
			reason: "too few words to tell the language: every line fires",
		},
	}
	for _, tc := range tests {
		got := flagged(tc.objs, tc.object, tc.field)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %s.%s flagged %v, want %v (%s)", tc.name, tc.object, tc.field, got, tc.want, tc.reason)
		}
	}
}

// TestFalseFriendObjects checks the object lines of fields.tsv marked
// as one language's: an English org's object named "kind" is a type, a
// Dutch org's a child.
func TestFalseFriendObjects(t *testing.T) {
	c := Default()
	kindOf := func(objs []Object, name string) ObjectKind {
		for _, r := range c.Schema(objs) {
			if r.Object == name {
				return r.Kind
			}
		}
		return ""
	}
	activityKind := Object{Name: "Activity_Kind__c", Label: "Activity Kind", Custom: true, Fields: probeFields(
		"Description__c", "Description", "TextArea",
		"Age_Group__c", "Age Group", "Picklist",
	)}
	if got := kindOf(append(englishVolunteerOrg(), activityKind), activityKind.Name); got == ObjectPerson {
		t.Errorf("an English org's Activity_Kind__c: kind %s, want no person (fields.tsv kind is nl!: an English kind is a type)", got)
	}
	for _, name := range []string{"Burger__c", "Lid__c"} {
		item := Object{Name: name, Label: strings.TrimSuffix(name, "__c"), Custom: true, Fields: probeFields(
			"Description__c", "Description", "TextArea",
			"Price__c", "Price", "Currency",
		)}
		if got := kindOf(append(englishVolunteerOrg(), item), name); got == ObjectPerson {
			t.Errorf("an English org's %s: kind %s, want no person (fields.tsv burger and lid are nl!: an English burger is food, a lid a cover)", name, got)
		}
	}
	burger := Object{Name: "Burger__c", Label: "Burger", Custom: true, Fields: probeFields(
		"Voornaam__c", "Voornaam", "Text",
		"Allergie__c", "Allergie", "Text",
	)}
	if got := kindOf(append(dutchYouthOrg(), burger), burger.Name); got != ObjectPerson {
		t.Errorf("a Dutch org's Burger__c: kind %s, want %s (fields.tsv burger (nl!) is a citizen in a Dutch org)", got, ObjectPerson)
	}
	kindObj := Object{Name: "Kind__c", Label: "Kind", Custom: true, Fields: probeFields(
		"Voornaam__c", "Voornaam", "Text",
		"Geboortedatum__c", "Geboortedatum", "Date",
	)}
	if got := kindOf(append(dutchYouthOrg(), kindObj), kindObj.Name); got != ObjectPerson {
		t.Errorf("a Dutch org's Kind__c: kind %s, want %s (fields.tsv kind (nl!) is a child in a Dutch org)", got, ObjectPerson)
	}
}

// TestFalseFriendLexicons checks the lexicons of one language: the
// other language's false friends are left out, every line keeps its
// data line, and no line is marked for a language other than nl or en.
func TestFalseFriendLexicons(t *testing.T) {
	has := func(lx *fieldLexicon, pattern string) bool {
		for _, e := range lx.entries {
			if e.pattern == pattern && e.target == targetCategory {
				return true
			}
		}
		return false
	}
	if !has(fieldLex(), "halt") || !has(fieldLexFor("nl"), "halt") || has(fieldLexFor("en"), "halt") {
		t.Errorf("fields.tsv halt (nl!): want it in the whole and the Dutch lexicon, not in the English one")
	}
	line := func(lx *fieldLexicon, pattern string) int {
		for _, e := range lx.entries {
			if e.pattern == pattern {
				return e.line
			}
		}
		return -1
	}
	if a, b := line(fieldLex(), "vakbond"), line(fieldLexFor("en"), "vakbond"); a != b || a < 0 {
		t.Errorf("fields.tsv vakbond: line %d in the whole lexicon, %d in the English one; want the same data line", a, b)
	}
	for name, src := range map[string]string{"fields.tsv": fieldsTSV, "schema.tsv": schemaTSV} {
		col := 3
		if name == "schema.tsv" {
			col = 4
		}
		for i, l := range strings.Split(src, "\n") {
			if strings.HasPrefix(l, "#") {
				continue
			}
			if lang, only := lineLanguage(l, col); only && lang == "" {
				t.Errorf("%s:%d: lang %q: a false friend is marked nl! or en!", name, i+1, strings.Split(l, "\t")[col])
			}
		}
	}
}
