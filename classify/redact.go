package classify

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// RedactMode says what Redact puts in place of a finding's span.
type RedactMode int

const (
	// RedactPlaceholder replaces a span by its placeholder: the category
	// of a term ("[health]"), the kind of an identifier ("[bsn]",
	// "[email]").
	RedactPlaceholder RedactMode = iota
	// RedactMask replaces an identifier by its masked form (see Mask:
	// "NL** **** **** **** 00", "*******33") and a term by its
	// placeholder.
	RedactMask
	// RedactNeutral replaces every span by "[redacted]". A category
	// placeholder still tells the reader what was there ("[health]" says
	// the customer has a health condition, which is itself special data:
	// CJEU C-184/20); the neutral form does not.
	RedactNeutral
)

// Redacted is what RedactNeutral puts in place of a span.
const Redacted = "[redacted]"

// String returns "placeholder", "mask" or "neutral".
func (m RedactMode) String() string {
	switch m {
	case RedactPlaceholder:
		return "placeholder"
	case RedactMask:
		return "mask"
	case RedactNeutral:
		return "neutral"
	}
	return "RedactMode(" + itoaSmall(int(m)) + ")"
}

// Redact returns text with the span of each finding replaced, as mode
// says, and every byte outside the spans unchanged. Spans that overlap
// are merged into one, whose placeholder names each category or kind
// once ("[health+bsn]"). A span that ends or starts inside a UTF-8
// sequence is widened to the whole character; a finding whose offsets do
// not fit text (negative, past the end, Start >= End, as for the
// field-level findings of Field and Record) is ignored. Redact does not
// look at Finding.Field: pass the findings of this text only (see
// RedactRecord for records).
func Redact(text string, findings []Finding, mode RedactMode) string {
	return replaceSpans(text, findings, func(fs []Finding, span string) string {
		switch {
		case mode == RedactNeutral:
			return Redacted
		case mode == RedactMask && len(fs) == 1 && fs[0].Kind != Term:
			return Mask(fs[0].Kind, span)
		}
		return mergedPlaceholder(fs)
	})
}

// RedactRecord returns a copy of r with the findings of each field
// redacted as Redact does, matched by Finding.Field. A finding about the
// whole field (Start = End = 0 with a "field-" rule, from Record or Field:
// the field's name says it holds special data) replaces the whole value
// by its placeholder: "astma" in Diagnose__c becomes "[health]" even
// when the text rules found nothing in it. Fields without findings are
// copied unchanged; findings for fields that r does not have are ignored.
func RedactRecord(r map[string]string, findings []Finding, mode RedactMode) map[string]string {
	return rewriteRecord(r, findings, func(text string, fs []Finding) string {
		return Redact(text, fs, mode)
	}, func(value string, f Finding) string {
		if mode == RedactNeutral {
			return Redacted
		}
		return placeholder(f)
	})
}

// rewriteRecord copies r, rewriting each value that has findings: whole
// replaces a value that a field-level finding covers, span rewrites the
// spans of the others.
func rewriteRecord(r map[string]string, findings []Finding, span func(string, []Finding) string, whole func(string, Finding) string) map[string]string {
	out := make(map[string]string, len(r))
	for k, v := range r {
		out[k] = v
	}
	byField := map[string][]Finding{}
	for _, f := range findings {
		if _, ok := r[f.Field]; !ok {
			continue
		}
		byField[f.Field] = append(byField[f.Field], f)
	}
	for k, fs := range byField {
		v := r[k]
		if i := slices.IndexFunc(fs, isFieldFinding); i >= 0 {
			if !isBlank(v) {
				out[k] = whole(v, fs[i])
			}
			continue
		}
		out[k] = span(v, fs)
	}
	return out
}

// isFieldFinding reports whether f is about a whole field rather than a
// span: the findings of Field, and those of Record from a field's name.
func isFieldFinding(f Finding) bool {
	return f.Start == 0 && f.End == 0 &&
		(strings.HasPrefix(f.Rule, RuleFieldName) || strings.HasPrefix(f.Rule, RuleFieldLabel) || strings.HasPrefix(f.Rule, RuleFieldValues))
}

// mergedPlaceholder names each category (of a term) or kind (of an
// identifier) of fs once: "[health]", "[health+bsn]".
func mergedPlaceholder(fs []Finding) string {
	if len(fs) == 1 {
		return placeholder(fs[0])
	}
	var names []string
	for _, f := range fs {
		p := placeholder(f)
		p = p[1 : len(p)-1]
		if !slices.Contains(names, p) {
			names = append(names, p)
		}
	}
	return "[" + strings.Join(names, "+") + "]"
}

// replaceSpans returns text with the spans of findings replaced by what
// repl returns for each merged span (the findings it merges, in order of
// start, and the text they cover). Findings whose offsets do not fit
// text are ignored; spans are widened to whole UTF-8 sequences.
func replaceSpans(text string, findings []Finding, repl func([]Finding, string) string) string {
	type span struct {
		start, end int
		f          Finding
	}
	spans := make([]span, 0, len(findings))
	for _, f := range findings {
		s, e := f.Start, f.End
		if s < 0 || e > len(text) || s >= e {
			continue
		}
		for s > 0 && !utf8.RuneStart(text[s]) {
			s--
		}
		for e < len(text) && !utf8.RuneStart(text[e]) {
			e++
		}
		spans = append(spans, span{s, e, f})
	}
	if len(spans) == 0 {
		return text
	}
	slices.SortStableFunc(spans, func(a, b span) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	var b strings.Builder
	b.Grow(len(text))
	pos := 0
	group := make([]Finding, 0, 4)
	for i := 0; i < len(spans); {
		start, end := spans[i].start, spans[i].end
		group = append(group[:0], spans[i].f)
		j := i + 1
		for ; j < len(spans) && spans[j].start < end; j++ {
			end = max(end, spans[j].end)
			group = append(group, spans[j].f)
		}
		b.WriteString(text[pos:start])
		b.WriteString(repl(group, text[start:end]))
		pos = end
		i = j
	}
	b.WriteString(text[pos:])
	return b.String()
}

func itoaSmall(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
