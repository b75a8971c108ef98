package classify

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// The schema lexicon, terms/schema.tsv: the evidence that an object and
// its other fields give about a field (see terms/FIELDS.md).

// SchemaLexiconVersion is the as_of date of the built-in schema lexicon,
// terms/schema.tsv.
const SchemaLexiconVersion = "2026-12-07"

//go:embed terms/schema.tsv
var schemaTSV string

// Scopes of schema.tsv: where a pattern is looked for.
const (
	scopeObject        = "object"         // words of an object's name, label or description
	scopeObjectSuffix  = "object-suffix"  // the API suffix of an object's name ("__mdt")
	scopeObjectPrefix  = "object-prefix"  // the first word of a table's name before others ("dim" of DimCustomer)
	scopeSibling       = "sibling"        // the whole name of another field of the object
	scopeSiblingSuffix = "sibling-suffix" // the API suffix of another field ("__pc")
	scopeSystem        = "system"         // the whole name of a platform field that holds no content
	scopeRecordID      = "record-id"      // the last words of a field name that make it the record's own number or provenance
	scopeStructure     = "structure"      // a segment of a dotted path that is the record's administrative structure
	scopeCodeReference = "code-reference" // the last word of a lookup's name that makes it the record's content: a code
	scopeValue         = "value"          // words of a picklist value
	scopeContext       = "context"        // a category word and the words around it that make it something else
	scopeTopic         = "topic"          // words of a field that hold a category when the object's words name the topic
	scopeHandling      = "handling"       // words of a field that make it the handling of a record, not its content
	scopeContainer     = "container"      // a word of an object's name that makes it a case file holding many kinds of facts
	scopeCodeKey       = "code-key"       // the words before a record-id word that make the field a coded value ("condition_concept_id")
	scopeChecklist     = "checklist"      // a word of a field's name or label that makes its picklist values checks, not values
	scopeIDType        = "id-type"        // words of a field that says which kind of identification number a sibling holds ("ID Type")
	scopeIDNumber      = "id-number"      // words of a field that holds the number an id-type sibling names ("ID No")
	scopeStateValue    = "state-value"    // a whole picklist value that names a step of a record's workflow ("Draft", "Signed")
	scopeUnitValue     = "unit-value"     // a whole picklist value that names a unit of measure ("minutes", "mL/hour")
	scopeKinValue      = "kin-value"      // a whole picklist value that names a relative ("Mother", "Paternal")
	scopeGradeValue    = "grade-value"    // a whole picklist value that grades a test of a skill ("Pass", "Remediation")
)

// schemaEntry is one line of schema.tsv.
type schemaEntry struct {
	fieldEntry
	scope   string
	kind    ObjectKind   // object, suffix and sibling scopes
	also    Category     // a second category every record of the object reveals ("clinical:genetic+health")
	suffix  string       // the suffix scopes: lower case, with its underscores
	context []string     // the context scope: folded base words
	unless  []ObjectKind // the handling scope: the kinds of object on which the words are content, not handling
	of      []string     // the handling scope ("of:<words>"): the line holds only for a field named by its pattern alone, on an object one of whose words is one of these
	sibling bool         // the topic scope: the topic words count in the names and labels of the object's other fields too
	first   bool         // the topic scope ("first"): the pattern must open the field's name or label ("Weight (Kg)", not "Gross Vehicle Weight")
	alone   bool         // the topic scope ("alone"): the pattern must be the field's whole name or label ("PAN", not "PAN Validation Date")
	ownOnly bool         // the context scope ("@own"): the context words count in the field and its object's own words, not in the object's other fields
	field   bool         // the context scope ("@field"): the context words count in the field's own words only, not its object's ("Religious referee email", not a religious field of Kids Help Phone)
	text    bool         // the handling scope ("text"): the words are the record's handling only in a field of free text; a field that lists its values or holds a number holds the record's answer
	content []string     // the system scope ("content:<words>"): on a clinical object whose name ends in one of these words the field is the record's content, not the platform's
}

// schemaLexicon is the parsed schema.tsv.
type schemaLexicon struct {
	entries          []*schemaEntry
	asOf             string
	objects          map[string][]*schemaEntry // first base word → object entries, longest first
	digitObjects     []*schemaEntry            // object entries of one word of letters and digits ("k10", "gad7"), longest first
	values           map[string][]*schemaEntry // first base word → picklist value entries
	contexts         map[string][]*schemaEntry // first base word → context entries
	siblings         map[string]*schemaEntry   // the joined base words of a whole name → sibling entry
	clinicalSiblings int                       // the number of sibling entries of kind clinical: the parts of a SOAP note (soapSiblings)
	system           map[string]*schemaEntry   // the joined base words of a whole name → system entry
	recordIDs        map[string][]*schemaEntry // the last base word → record-id entries, longest first
	structure        map[string]*schemaEntry   // the joined base words of a path segment → structure entry
	codeRefs         map[string][]*schemaEntry // the last base word → code-reference entries, longest first
	prefixes         map[string]*schemaEntry   // the first base word of a table name → object-prefix entry
	topics           map[string][]*schemaEntry // first base word → topic entries
	handling         map[string][]*schemaEntry // first base word → handling entries
	container        map[string]*schemaEntry   // base word → container entry
	codeKeys         map[string][]*schemaEntry // the last base word → code-key entries, longest first
	checklist        map[string]*schemaEntry   // base word → checklist entry
	idTypes          map[string][]*schemaEntry // first base word → id-type entries
	idNumbers        map[string][]*schemaEntry // first base word → id-number entries
	idTypeLast       []string                  // the last words of the id-type entries, for a quick test (mayHold)
	stateValues      map[string]*schemaEntry   // the joined base words of a whole value → state-value entry
	unitValues       map[string]*schemaEntry   // the joined base words of a whole value → unit-value entry
	kinValues        map[string]*schemaEntry   // the joined base words of a whole value → kin-value entry
	gradeValues      map[string]*schemaEntry   // the joined base words of a whole value → grade-value entry
	suffixes         []*schemaEntry            // object and sibling suffixes, longest first
}

// parseSchemaLexicon parses schema.tsv: "# as_of: DATE" in the header,
// then lines of scope, pattern, target, weight (for the context scope: the
// context words), lang and source, separated by tabs.
func parseSchemaLexicon(src string) (*schemaLexicon, error) {
	sl := &schemaLexicon{}
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	seen := map[string]int{}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") {
			if v, ok := strings.CutPrefix(line, "# as_of:"); ok {
				sl.asOf = strings.TrimSpace(v)
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		e, err := parseSchemaLine(line, lineNo)
		if err != nil {
			return nil, err
		}
		key := e.scope + "\t" + strings.Join(e.words, " ") + e.suffix + "\t" + string(e.kind) + string(e.cat)
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("schema.tsv:%d: duplicate of line %d", lineNo, prev)
		}
		seen[key] = lineNo
		sl.entries = append(sl.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if sl.asOf == "" {
		return nil, fmt.Errorf("schema.tsv: no as_of header")
	}
	return sl, nil
}

// parseSchemaLine parses one data line of schema.tsv.
func parseSchemaLine(line string, lineNo int) (*schemaEntry, error) {
	cols := strings.Split(line, "\t")
	if len(cols) < 6 {
		return nil, fmt.Errorf("schema.tsv:%d: want scope, pattern, target, weight, lang, source", lineNo)
	}
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	if cols[5] == "" {
		return nil, fmt.Errorf("schema.tsv:%d: no source", lineNo)
	}
	e := &schemaEntry{scope: cols[0], fieldEntry: fieldEntry{file: "schema.tsv", line: lineNo}}
	target := cols[2]
	switch e.scope {
	case scopeObjectSuffix, scopeSiblingSuffix:
		e.suffix = strings.ToLower(cols[1])
		if !strings.HasPrefix(e.suffix, "__") || len(e.suffix) < 3 {
			return nil, fmt.Errorf("schema.tsv:%d: a suffix begins with __", lineNo)
		}
	default:
		pattern := fold.String(cols[1])
		if pattern == "" {
			return nil, fmt.Errorf("schema.tsv:%d: empty pattern", lineNo)
		}
		e.words = strings.Split(pattern, " ")
	}
	e.pattern = cols[1]
	e.id = schemaRuleID(e.scope, e.pattern, target)
	e.lang, e.only = lineLanguage(line, 4)
	switch e.scope {
	case scopeObject, scopeObjectSuffix, scopeObjectPrefix, scopeSibling, scopeSiblingSuffix:
		also := ""
		if main, second, ok := strings.Cut(target, "+"); ok && e.scope == scopeObject {
			target, also = main, second
		}
		k, cat, err := parseObjectTarget(target)
		if err != nil {
			return nil, fmt.Errorf("schema.tsv:%d: %v", lineNo, err)
		}
		e.kind, e.cat = k, cat
		if also != "" {
			e.also = Category(also)
			if cat == "" || !e.also.Special() || e.also == cat {
				return nil, fmt.Errorf("schema.tsv:%d: a second category follows a first and is another special category", lineNo)
			}
		}
	case scopeSystem, scopeRecordID, scopeStructure, scopeCodeReference, scopeHandling, scopeContainer, scopeCodeKey, scopeChecklist, scopeIDType, scopeIDNumber, scopeStateValue, scopeUnitValue, scopeKinValue, scopeGradeValue:
		if target != "system" {
			return nil, fmt.Errorf("schema.tsv:%d: a %s line has target system", lineNo, e.scope)
		}
	case scopeValue, scopeContext, scopeTopic:
		e.cat = Category(target)
		if !e.cat.Special() {
			return nil, fmt.Errorf("schema.tsv:%d: unknown category %q", lineNo, target)
		}
		e.target = targetCategory
	default:
		return nil, fmt.Errorf("schema.tsv:%d: unknown scope %q", lineNo, e.scope)
	}
	switch e.scope {
	case scopeContext:
		// "@own" among the words: they say what the field itself is
		// about (a pharmacy's address beside a prescription); another
		// field named so does not take the object's kind away (a
		// prescription names its pharmacy)
		raw := strings.Fields(cols[3])
		e.ownOnly = slices.Contains(raw, "@own")
		// "@field": the words count in the field's own name, label,
		// picklist and description only, not in its object's (the
		// contact words of a referee: a helpline named Kids Help
		// Phone does not make its fields contact details)
		e.field = slices.Contains(raw, "@field")
		raw = slices.DeleteFunc(raw, func(w string) bool { return w == "@own" || w == "@field" })
		e.context = strings.Fields(fold.String(strings.Join(raw, " ")))
		if len(e.context) == 0 {
			return nil, fmt.Errorf("schema.tsv:%d: a context line lists its context words", lineNo)
		}
	case scopeTopic:
		// weight, then the topic words after a colon: "0.8: wmo jeugdwet";
		// "0.8 siblings: phq gad" finds them in the names and labels of
		// the object's fields too
		// the object's kind too: "@membership" counts on an object of
		// that kind whose records reveal the line's category; "@person"
		// on a person's own record (a person or a person account)
		// "0.8 first: @person" holds only where the pattern opens the
		// field's name or label: a modifier before it names another
		// thing's measure ("Gross Vehicle Weight")
		ws, topic, ok := strings.Cut(cols[3], ":")
		ws, e.sibling = strings.CutSuffix(strings.TrimSpace(ws), " siblings")
		ws, e.first = strings.CutSuffix(strings.TrimSpace(ws), " first")
		// "0.9 alone siblings: aadhaar" holds only where the pattern
		// is the field's whole name or label ("PAN", not "PAN
		// Seeding Status")
		ws, e.alone = strings.CutSuffix(strings.TrimSpace(ws), " alone")
		w, err := strconv.ParseFloat(strings.TrimSpace(ws), 64)
		var words []string
		for _, t := range strings.Fields(topic) {
			if k, isKind := strings.CutPrefix(t, "@"); isKind {
				if ObjectKind(k) != ObjectMembership && ObjectKind(k) != ObjectPerson {
					return nil, fmt.Errorf("schema.tsv:%d: a topic line names the kind %q; only @membership (which takes its category from its line) and @person are kinds of a topic", lineNo, k)
				}
				words = append(words, t)
				continue
			}
			words = append(words, strings.Fields(fold.String(t))...)
		}
		if !ok || err != nil || w <= 0 || w > 1 || len(words) == 0 {
			return nil, fmt.Errorf("schema.tsv:%d: a topic line has a weight in (0, 1], a colon and the topic words", lineNo)
		}
		e.weight, e.context = w, words
	case scopeHandling:
		// "-", or "unless:<kind>": the words are the record's handling
		// except on an object of that kind ("charge" is money billed,
		// but on a criminal-justice object the charge against a person).
		// "of:<words>": the field named by the pattern alone is the
		// record's handling on an object one of whose words is one of
		// these ("Type" of a MedicationRequest is its intent: order,
		// plan, proposal), and content elsewhere ("Type" of an
		// AllergyIntolerance).
		// "text": the words are the handling only in a field of free
		// text ("Question 1" holds the question's text; "Question 1"
		// with the values Not True, Somewhat True holds the answer).
		if cols[3] == "text" {
			e.text = true
		} else if ks, ok := strings.CutPrefix(cols[3], "unless:"); ok {
			// one kind or several, comma-separated
			// ("unless:membership,criminal-justice")
			for _, k := range strings.Split(ks, ",") {
				kind := ObjectKind(k)
				if !kind.Valid() || kind == ObjectUnknown {
					return nil, fmt.Errorf("schema.tsv:%d: unknown object kind %q", lineNo, k)
				}
				e.unless = append(e.unless, kind)
			}
		} else if of, ok := strings.CutPrefix(cols[3], "of:"); ok {
			e.of = strings.Fields(fold.String(of))
			if len(e.of) == 0 {
				return nil, fmt.Errorf("schema.tsv:%d: a handling line with of: lists the object words", lineNo)
			}
		} else if cols[3] != "-" {
			return nil, fmt.Errorf("schema.tsv:%d: a handling line has weight -, text, unless:<object kind> or of:<object words>", lineNo)
		}
	case scopeSystem:
		// "-", or "content:<words>": the field named so is the
		// platform's on every object but a clinical one whose name
		// ends in one of the words, where it names what the record
		// is about ("name" of a client's medication is the medicine)
		if c, ok := strings.CutPrefix(cols[3], "content:"); ok {
			e.content = strings.Fields(fold.String(c))
			if len(e.content) == 0 {
				return nil, fmt.Errorf("schema.tsv:%d: a system line with content: lists the object words", lineNo)
			}
		} else if cols[3] != "-" {
			return nil, fmt.Errorf("schema.tsv:%d: a system line has weight - or content:<object words>", lineNo)
		}
	case scopeRecordID, scopeStructure, scopeCodeReference, scopeContainer, scopeCodeKey, scopeChecklist, scopeIDType, scopeIDNumber, scopeStateValue, scopeUnitValue, scopeKinValue, scopeGradeValue:
		if cols[3] != "-" {
			return nil, fmt.Errorf("schema.tsv:%d: a %s line has weight -", lineNo, e.scope)
		}
	default:
		w, err := strconv.ParseFloat(cols[3], 64)
		if err != nil || w <= 0 || w > 1 {
			return nil, fmt.Errorf("schema.tsv:%d: weight %q is not in (0, 1]", lineNo, cols[3])
		}
		e.weight = w
	}
	return e, nil
}

// schemaRuleID returns the rule ID of a schema-lexicon entry: like
// fieldRuleID, a short hash that names the entry without saying its
// pattern ("s-<10 hex>").
func schemaRuleID(scope, pattern, target string) string {
	return "s-" + ruleHash("schema", scope, pattern, target)
}

// parseObjectTarget parses the target of an object line: an object kind,
// and for membership the category the membership reveals
// ("membership:trade-union-membership").
func parseObjectTarget(t string) (ObjectKind, Category, error) {
	k, c, _ := strings.Cut(t, ":")
	kind := ObjectKind(k)
	if !kind.Valid() || kind == ObjectUnknown {
		return "", "", fmt.Errorf("unknown object kind %q", k)
	}
	cat := kind.category()
	switch {
	case kind == ObjectMembership || (kind == ObjectPerson || kind == ObjectClinical) && c != "":
		// A membership reveals its category; a person's attribute
		// ("person:racial-ethnic-origin" for an ethnicity record) and a
		// clinical record of another category than health
		// ("clinical:genetic" for a variant) too.
		cat = Category(c)
		if !cat.Special() {
			return "", "", fmt.Errorf("%s of unknown category %q", k, c)
		}
	case c != "":
		return "", "", fmt.Errorf("object kind %q takes no category", k)
	}
	return kind, cat, nil
}

// index maps the words of every entry to the base words of lx and builds
// the lookup tables. lx has registered the words already.
func (sl *schemaLexicon) index(lx *fieldLexicon) {
	sl.objects = map[string][]*schemaEntry{}
	sl.values = map[string][]*schemaEntry{}
	sl.contexts = map[string][]*schemaEntry{}
	sl.siblings = map[string]*schemaEntry{}
	sl.system = map[string]*schemaEntry{}
	sl.recordIDs = map[string][]*schemaEntry{}
	sl.structure = map[string]*schemaEntry{}
	sl.codeRefs = map[string][]*schemaEntry{}
	sl.prefixes = map[string]*schemaEntry{}
	sl.topics = map[string][]*schemaEntry{}
	sl.handling = map[string][]*schemaEntry{}
	sl.container = map[string]*schemaEntry{}
	sl.codeKeys = map[string][]*schemaEntry{}
	sl.checklist = map[string]*schemaEntry{}
	sl.idTypes = map[string][]*schemaEntry{}
	sl.idNumbers = map[string][]*schemaEntry{}
	sl.stateValues = map[string]*schemaEntry{}
	sl.unitValues = map[string]*schemaEntry{}
	sl.kinValues = map[string]*schemaEntry{}
	sl.gradeValues = map[string]*schemaEntry{}
	for _, e := range sl.entries {
		for i, w := range e.words {
			e.words[i] = lx.base(w)
		}
		for i, w := range e.context {
			e.context[i] = lx.base(w)
		}
		for i, w := range e.of {
			e.of[i] = lx.base(w)
		}
		switch e.scope {
		case scopeObject:
			sl.objects[e.words[0]] = append(sl.objects[e.words[0]], e)
			if len(e.words) == 1 && strings.ContainsAny(e.words[0], "0123456789") {
				sl.digitObjects = append(sl.digitObjects, e)
			}
		case scopeValue:
			sl.values[e.words[0]] = append(sl.values[e.words[0]], e)
		case scopeContext:
			sl.contexts[e.words[0]] = append(sl.contexts[e.words[0]], e)
		case scopeSibling:
			sl.siblings[strings.Join(e.words, " ")] = e
			if e.kind == ObjectClinical {
				sl.clinicalSiblings++
			}
		case scopeSystem:
			sl.system[strings.Join(e.words, " ")] = e
		case scopeRecordID:
			last := e.words[len(e.words)-1]
			sl.recordIDs[last] = append(sl.recordIDs[last], e)
		case scopeStructure:
			sl.structure[strings.Join(e.words, " ")] = e
		case scopeCodeReference:
			last := e.words[len(e.words)-1]
			sl.codeRefs[last] = append(sl.codeRefs[last], e)
		case scopeObjectPrefix:
			sl.prefixes[e.words[0]] = e
		case scopeTopic:
			sl.topics[e.words[0]] = append(sl.topics[e.words[0]], e)
		case scopeHandling:
			sl.handling[e.words[0]] = append(sl.handling[e.words[0]], e)
		case scopeContainer:
			sl.container[e.words[0]] = e
		case scopeIDType:
			sl.idTypes[e.words[0]] = append(sl.idTypes[e.words[0]], e)
			if last := e.pattern[strings.LastIndexByte(e.pattern, ' ')+1:]; !slices.Contains(sl.idTypeLast, strings.ToLower(last)) {
				sl.idTypeLast = append(sl.idTypeLast, strings.ToLower(last))
			}
		case scopeIDNumber:
			sl.idNumbers[e.words[0]] = append(sl.idNumbers[e.words[0]], e)
		case scopeChecklist:
			sl.checklist[e.words[0]] = e
		case scopeStateValue:
			sl.stateValues[strings.Join(e.words, " ")] = e
		case scopeUnitValue:
			sl.unitValues[strings.Join(e.words, " ")] = e
		case scopeKinValue:
			sl.kinValues[strings.Join(e.words, " ")] = e
		case scopeGradeValue:
			sl.gradeValues[strings.Join(e.words, " ")] = e
		case scopeCodeKey:
			last := e.words[len(e.words)-1]
			sl.codeKeys[last] = append(sl.codeKeys[last], e)
		case scopeObjectSuffix, scopeSiblingSuffix:
			sl.suffixes = append(sl.suffixes, e)
		}
	}
	// Handling lines longest first too: "added by" and "step completed"
	// say more than "added" and "steps" at the same place, and are the
	// evidence cited.
	for _, m := range []map[string][]*schemaEntry{sl.objects, sl.values, sl.contexts, sl.recordIDs, sl.topics, sl.codeRefs, sl.codeKeys, sl.idTypes, sl.idNumbers, sl.handling} {
		for _, es := range m {
			slices.SortStableFunc(es, func(a, b *schemaEntry) int { return len(b.words) - len(a.words) })
		}
	}
	slices.SortStableFunc(sl.suffixes, func(a, b *schemaEntry) int { return len(b.suffix) - len(a.suffix) })
	slices.SortStableFunc(sl.digitObjects, func(a, b *schemaEntry) int { return len(b.words[0]) - len(a.words[0]) })
}

// matchSeq calls fn for every entry of m whose words occur in bases.
func matchSeq(m map[string][]*schemaEntry, bases []string, fn func(e *schemaEntry, i, j int)) {
	for i := range bases {
		for _, e := range m[bases[i]] {
			j := i + len(e.words)
			if j <= len(bases) && slices.Equal(bases[i:j], e.words) {
				fn(e, i, j)
			}
		}
	}
}

// recordID returns the record-id entry whose words end bases, the
// longest first, or nil.
func (sl *schemaLexicon) recordID(bases []string) *schemaEntry {
	return endMatch(sl.recordIDs, bases)
}

// keyWords are the record-id words that name a technical key, which a
// name may also put first ("idExtern", "uuidZaak"); a number or a
// reference put first is something else ("Number_of_Visits__c").
var keyWords = []string{"id", "guid", "uuid",
	// Dutch names a number before what it numbers: "nummerPotjeMonster",
	// "volgnummerLaesie", "identificatieOnderzoek", "tnummerLaboratorium"
	// (a pathology lab's T-nummer).
	"nummer", "volgnummer", "identificatie", "tnummer", "cnummer"}

// keyFirst returns the one-word record-id entry of a key word that
// begins bases, when more words follow, or nil.
func (sl *schemaLexicon) keyFirst(bases []string) *schemaEntry {
	if len(bases) < 2 || !slices.Contains(keyWords, bases[0]) {
		return nil
	}
	for _, e := range sl.recordIDs[bases[0]] {
		if len(e.words) == 1 {
			return e
		}
	}
	return nil
}

// codeRef returns the code-reference entry whose words end bases, the
// longest first, or nil.
func (sl *schemaLexicon) codeRef(bases []string) *schemaEntry {
	return endMatch(sl.codeRefs, bases)
}

// endMatch returns the entry of m, indexed by its last word, whose words
// end bases, the longest first, or nil.
func endMatch(m map[string][]*schemaEntry, bases []string) *schemaEntry {
	if len(bases) == 0 {
		return nil
	}
	for _, e := range m[bases[len(bases)-1]] {
		if n := len(e.words); n <= len(bases) && slices.Equal(bases[len(bases)-n:], e.words) {
			return e
		}
	}
	return nil
}

// suffix returns the suffix entry of scope that ends name, or nil.
func (sl *schemaLexicon) suffix(scope, name string) *schemaEntry {
	lower := strings.ToLower(strings.TrimSpace(name))
	for _, e := range sl.suffixes {
		if e.scope == scope && len(lower) > len(e.suffix) && strings.HasSuffix(lower, e.suffix) {
			return e
		}
	}
	return nil
}

// bases returns the base words of tokens.
func (lx *fieldLexicon) bases(tokens []string) []string {
	out := make([]string, len(tokens))
	for i, t := range tokens {
		out[i] = lx.base(t)
	}
	return out
}
