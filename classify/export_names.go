package classify

import (
	"slices"
	"strings"
	"unicode"
	"unsafe"
)

// Column names are data, too. A CSV export without its header row makes
// the first row's BSN, e-mail address and "diabetes type 2" column names,
// and a JSON key can be a personal value ({"jan@example.nl": …}). Every
// header cell and key is therefore read as a value first; one that looks
// like data never becomes a column name in any output.

// MaxColumnName is the longest column name, in bytes, that ScanExport
// takes as a name: a longer header cell or JSON key is data (a
// Salesforce API name has at most 40 characters plus a namespace; a
// label at most 80 characters, nearly all of them well below this).
const MaxColumnName = 64

// NameLooksLikeData reports whether a column or field name, taken from
// data (a CSV header cell, a JSON key, a record's key), reads as a value
// rather than a name, so that a program must not print it: see
// ExportSummary.HeaderLooksLikeData for the rule. A name it accepts is
// safe to show as a name; one it rejects is shown by position.
func NameLooksLikeData(name string) bool { return nameLooksLikeData(name) }

// nameLooksLikeData reports whether a header cell or JSON key reads as a
// value rather than a name: longer than MaxColumnName, or holding an
// identifier (an e-mail address, a phone number, an IBAN, a number that
// passes the 11-proef, a date) or a special category, as the default
// classifier sees it. A header "Diagnose" or "Religie" names a category
// without a person in sight and stays a name, and so does a single word
// that the field lexicon reads as a field of the category the term is
// evidence for ("Vakbondslid__c", "Diabetes"); "diabetes type 2" and
// "jan@example.nl" do not. One cell that looks like data is enough to
// take a whole CSV header for a row, so a headerless row whose diagnosis
// is one word is still caught by its other cells. The check is the built-in one whatever the
// scanning classifier's options, so that restricting a classifier to one
// category never lets a header full of BSNs through.
func nameLooksLikeData(name string) bool {
	if len(name) > MaxColumnName {
		return true
	}
	if isBlank(name) {
		return false
	}
	d := defaultClassifier()
	var buf [8]Finding
	var named *nameAnalysis
	for _, f := range d.appendText(buf[:0], name) {
		if f.Kind != Term {
			return true
		}
		if !f.Category.Special() {
			continue
		}
		if strings.IndexFunc(strings.TrimSpace(name), unicode.IsSpace) >= 0 {
			return true
		}
		if named == nil {
			named = fieldLex().analyseName(name)
		}
		if !slices.ContainsFunc(named.nameFindings, func(n Finding) bool { return n.Category == f.Category }) {
			return true
		}
	}
	// A column of BSNs or dates names its values only in the header; the
	// header cell itself must not be one.
	for _, f := range d.appendValueIdents(buf[:0], name, true, true) {
		if f.Kind != Term {
			return true
		}
	}
	return false
}

// positionalName is the name of column i (0-based) when its header cell
// or key looked like data.
func positionalName(i int) string { return "column " + itoaSmall(i+1) }

// nameCacheBytes bounds what one scan's name cache holds: each entry
// counts its name and its analysis (about 900 bytes), so about 1,000
// names.
const nameCacheBytes = 1 << 20

// nameEntryBytes is what an entry of the name cache costs besides its
// name: the analysis and the map's slot.
const nameEntryBytes = int(unsafe.Sizeof(nameAnalysis{})) + 64

// nameCache holds the analyses of names for one scan: JSON keys beyond
// the column cap come back row after row. It holds names of at most
// MaxColumnName bytes and at most nameCacheBytes of them, then starts
// afresh; it lives as long as the scan, so no name outlives it.
type nameCache struct {
	m     map[string]*nameAnalysis
	bytes int
}

func (nc *nameCache) analyse(name string) *nameAnalysis {
	if a, ok := nc.m[name]; ok {
		return a
	}
	a := fieldLex().analyseName(name)
	if len(name) > MaxColumnName {
		return a
	}
	cost := len(name) + nameEntryBytes
	if nc.m == nil || nc.bytes+cost > nameCacheBytes {
		nc.m, nc.bytes = map[string]*nameAnalysis{}, 0
	}
	nc.m[name] = a
	nc.bytes += cost
	return a
}
