// Package classify finds personal data in Dutch and English text, CRM
// records and schemas: the special categories of Art. 9(1) AVG (health,
// religion, ethnic origin, political opinions, trade-union membership, sex
// life or orientation, genetic and biometric data), criminal data (Art. 10
// AVG), the burgerservicenummer (BSN, UAVG art. 46) and ordinary
// identifiers (e-mail, phone, IBAN, credit card, IP address, date of
// birth).
//
// # Usage
//
//	for _, f := range classify.Default().Text(note) {
//		fmt.Println(f.Category, f.Kind, f.Rule, f.Start, f.End)
//	}
//
// A Finding says where (byte offsets, field name) and what (category,
// kind, rule, confidence), never the matched text itself, so findings can
// be logged and stored without leaking the data they point at. Its rule
// is an opaque, version-stable ID ("v-74464a0161"), never the vocabulary
// word that fired; LookupRule resolves it for debugging. Mask and
// Excerpt give a masked excerpt for display.
//
// For CRM data:
//
//   - Field judges a schema field by its API name, label and sample values
//     together: Vakbondslid__c holds trade-union membership,
//     Account_Health_Score__c holds nothing (terms/fields.tsv, FIELDS.md).
//   - Object and Schema judge whole objects of a schema (a Salesforce org,
//     FHIR profiles, a municipal data model) at once: the object's kind
//     (person, person account, clinical, criminal-justice, membership,
//     configuration, catalogue, thing) and the other fields count, and
//     each verdict lists the evidence that decided with its data line
//     (terms/schema.tsv, FIELDS.md). Clinical names that no lexicon
//     line knows (terms/clinical.tsv, generated from WordNet and
//     hunspell-en-med: "Apnea Index", "Gingivitis Grade") count only
//     on an object about a person or one that points to a person's
//     record, never on a catalogue, a product or a setting. Schema,
//     given a whole org, then reads each object of unknown kind in the
//     org's context (object_org.go): one that points to a person or a
//     clinical, criminal-justice or membership object of the org is a
//     person's record, and in an org mostly of such objects its long
//     free-text fields hold their category (a visit's findings in a
//     clinic's org), with evidence rule RuleOrgContext. Schema also
//     reads an object whose fields point only to catalogues of the org
//     (an alert rule between drug and disease definitions) as reference
//     data, and a field declared as an ORM association to another
//     entity of the org (JPA ManyToOne, OneToMany) as a lookup. Object,
//     which sees one object, does none of this.
//   - Record classifies the values of one record and its field names; each
//     finding's Field says where it came from.
//   - ScanExport streams a CSV or JSON Lines export of any size and reports
//     per row and per column; a bad row is reported with its line number
//     and skipped. Memory stays bounded by ExportLimits whatever the input
//     (an unterminated quote costs one bad row, not the rest of the file);
//     a header cell or JSON key that reads as data is never used as a
//     name; binary input is refused with ErrBinary.
//   - Redact and RedactRecord replace the findings by placeholders
//     ("[health]") or masks; a Pseudonymiser replaces identifiers by keyed
//     HMAC-SHA-256 tokens ("bsn_4f2a…") so records can still be joined.
//
// New builds a classifier with options: restrict it to some categories or
// kinds, raise or lower the minimum confidence, or add your own vocabulary
// in the format of the built-in files (see terms/README.md). Scan reads
// an io.Reader of any size in bounded memory and yields exactly what Text
// yields on the whole input.
//
// # How it decides
//
// Vocabulary terms (terms/nl.tsv, terms/en.tsv, and terms/groups.tsv for
// named parties, unions and faith communities) are matched in one pass over
// the text, folded for case and diacritics with golang.org/x/text; patterns
// may match Dutch compounds and inflections, and may let one free word
// stand at a gap ("liep * mee in de": "liep zondag mee in de …"; the
// automaton matches the words after the gap and the words before it are
// checked where those are found). Context, also kept as
// vocabulary data, decides: a cue that a person is meant keeps a term's
// confidence, its absence lowers it; an anti-cue (a product, a job, a
// sector) in the same sentence lowers it, and so does a short quotation,
// where CRM notes put figures of speech; blocks cancel customer-success and
// figurative senses ("account health", "ik word er ziek van"); a term in a
// street name, a surname after a title, or an organisation's name does
// not count. Identifiers are validated: the 11-proef for the BSN (only
// when the text names it as one), mod-97 for the IBAN, Luhn and issuer
// prefix for cards, net/netip for IP addresses, a calendar date with birth
// context for a date of birth.
//
// The labelling rules follow docs/labeling.md; the development
// corpus in testdata runs as a test, which logs precision and recall per
// category.
//
// # Scope
//
// This package is not legal advice. It finds evidence that text reveals a
// special category; whether processing it is lawful is a question for the
// controller, and the other packages of avgrisk help with that. It reads no
// network and never logs or prints.
//
// # Concurrency and data version
//
// A Classifier is immutable once built and safe for concurrent use;
// Default is built once, on first use; a Pseudonymiser is safe for
// concurrent use too. The built-in text vocabulary was last reviewed on
// VocabularyAsOf, the field lexicon on FieldLexiconVersion, the schema
// lexicon on SchemaLexiconVersion.
package classify
