package classify

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Rule IDs.
//
// A Finding's Rule must be safe to log, so it never carries the text that
// matched or the vocabulary pattern that fired: "nl:hiv positief" in a log
// line says which diagnosis a person has. A vocabulary or field-lexicon
// rule is therefore named by an opaque ID, a short hash of where the entry
// lives and what it says:
//
//	v-<10 hex>   a term of a vocabulary file: SHA-256 of the file's name
//	             ("nl", "en", "groups", or the name given to
//	             WithVocabulary), the pattern as written and the category
//	f-<10 hex>   an entry of the field lexicon (terms/fields.tsv): SHA-256
//	             of "fields", the pattern as written and the target
//	s-<10 hex>   an entry of the schema lexicon (terms/schema.tsv): SHA-256
//	             of "schema", the scope, the pattern as written and the
//	             target
//
// The ID stays the same across versions as long as the entry's file,
// pattern and category do (moving it to another line or changing its
// weight keeps it), so an ignore list or a dashboard keyed by rule keeps
// working. Identifier rules ("bsn-11proef", "iban-mod97:example",
// "phone-nl-mobile") name a check, not data, and stay readable. Findings
// of Field and Record prefix the rule with where the evidence came from:
// RuleFieldName, RuleFieldLabel or RuleFieldValues.
//
// LookupRule resolves an ID to its file, line, category and pattern for
// someone debugging their own data. The pattern is vocabulary, never the
// caller's data; it is only returned on that explicit request.

// ruleHexLen is the number of hex digits of a rule ID's hash: 40 bits,
// so that the 12,000 built-in terms and a user's own few thousand are
// unlikely to collide (a collision is a load error, never a silent mix).
const ruleHexLen = 10

// vocabRuleID returns the rule ID of a vocabulary term.
func vocabRuleID(file, pattern string, cat Category) string {
	var id [2 + ruleHexLen]byte // one string, not a hash and a concatenation
	copy(id[:], "v-")
	ruleHashTo(id[2:], file, pattern, string(cat))
	return string(id[:])
}

// fieldRuleID returns the rule ID of a field-lexicon entry.
func fieldRuleID(pattern, target string) string {
	return "f-" + ruleHash("fields", pattern, target)
}

func ruleHash(parts ...string) string {
	var hx [ruleHexLen]byte
	ruleHashTo(hx[:], parts...)
	return string(hx[:])
}

// ruleHashTo writes the first len(dst) hex digits of the hash of parts
// to dst, at most 64.
func ruleHashTo(dst []byte, parts ...string) {
	// On the stack for the usual short parts: LookupRule's first call
	// hashes every term line.
	var buf [256]byte
	b := buf[:0]
	for _, p := range parts {
		b = append(b, p...)
		b = append(b, 0)
	}
	sum := sha256.Sum256(b)
	var hx [2 * sha256.Size]byte
	hex.Encode(hx[:], sum[:])
	copy(dst, hx[:])
}

// RuleInfo is what LookupRule knows of a rule: where it is written and
// what it says. Pattern is vocabulary text (a word such as "diabet*"),
// never data that was scanned; still, a pattern can name a condition, so
// keep RuleInfo out of logs about people.
type RuleInfo struct {
	ID       string   `json:"id"`                 // the ID looked up, without its field prefix
	Source   string   `json:"source"`             // "field-name", "field-label", "field-values" or "" for a span of text
	File     string   `json:"file"`               // "nl", "en", "groups", "fields", or the name given to WithVocabulary; "" for an identifier check
	Line     int      `json:"line"`               // 1-based line in File; 0 for an identifier check
	Category Category `json:"category,omitempty"` // the category the entry is evidence for
	Kind     Kind     `json:"kind,omitempty"`     // the identifier kind of a field-lexicon entry
	Pattern  string   `json:"pattern"`            // the pattern as written in File; the check's name for an identifier check
}

// LookupRule resolves a Finding's Rule to the vocabulary or field-lexicon
// entry that fired, for the built-in vocabulary. See
// (*Classifier).LookupRule.
func LookupRule(rule string) (RuleInfo, bool) { return Default().LookupRule(rule) }

// LookupRule resolves a Finding's Rule to the entry that fired: a term of
// the classifier's vocabulary (built-in or added with WithVocabulary), an
// entry of the field lexicon, or an identifier check. A rule with a field
// prefix ("field-values:v-…") resolves to the rule after the prefix, with
// Source set. It reports false for a rule it does not know.
func (c *Classifier) LookupRule(rule string) (RuleInfo, bool) {
	var info RuleInfo
	for _, p := range [...]string{RuleFieldName, RuleFieldLabel, RuleFieldValues, RuleFieldDescription, RuleFieldHelp, RuleFieldPicklist} {
		if rest, ok := strings.CutPrefix(rule, p); ok {
			info.Source = strings.TrimSuffix(p, ":")
			rule = rest
			break
		}
	}
	info.ID = rule
	switch {
	case strings.HasPrefix(rule, "v-"):
		v := c.orDefault().vocab
		if v == nil { // an identifier-only classifier: the built-in rules
			v = builtinVocabulary()
		}
		i, ok := v.ruleIndex()[rule]
		if !ok {
			return RuleInfo{}, false
		}
		e := v.entries[i]
		info.File, info.Line, info.Category, info.Pattern = e.file, int(e.line), e.category, e.pattern
		return info, true
	case strings.HasPrefix(rule, "f-"):
		for _, e := range fieldLex().entries {
			if e.id == rule {
				info.File, info.Line, info.Category, info.Kind, info.Pattern = "fields", e.line, e.cat, e.kind, e.pattern
				return info, true
			}
		}
		return RuleInfo{}, false
	case strings.HasPrefix(rule, "s-"):
		for _, e := range fieldLex().schema.entries {
			if e.id == rule {
				info.File, info.Line, info.Category, info.Pattern = "schema", e.line, e.cat, e.pattern
				return info, true
			}
		}
		if cn := clinicalLex(); cn != nil {
			for _, e := range cn.entries {
				if e.id == rule {
					info.File, info.Line, info.Category, info.Pattern = "clinical", e.line, e.cat, e.pattern
					return info, true
				}
			}
		}
		return RuleInfo{}, false
	}
	if identRule(rule) {
		info.Pattern = rule
		if k := Kind(rule); k.Valid() && k != Term {
			info.Kind = k
		}
		return info, true
	}
	return RuleInfo{}, false
}

// identChecks are the families of identifier rules: a check's name, then
// ":example" for a documentation or test value.
var identChecks = [...]string{"bsn-11proef", "card-luhn", "phone-", "iban-mod97", "email", "ipv4", "ipv6", "dob-"}

// identRule reports whether rule names an identifier check, or an
// identifier kind (the rule of a field's values: "field-values:email").
func identRule(rule string) bool {
	if k := Kind(rule); k.Valid() && k != Term {
		return true
	}
	name := strings.TrimSuffix(rule, ":example")
	for _, c := range identChecks {
		if strings.HasPrefix(name, c) {
			return true
		}
	}
	return false
}
