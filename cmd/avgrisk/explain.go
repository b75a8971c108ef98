package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
)

func runExplain(e *env, args []string) int {
	fs := e.flags("Shows why a text did or did not fire: every vocabulary candidate with the\n" +
		"line of the vocabulary that matched, the cues, anti-cues and blocks that acted\n" +
		"on it, its penalties and confidence, and the findings. For people tuning their\n" +
		"own vocabulary (add it with the config's \"vocabulary\"). Spans are given as\n" +
		"byte offsets into the text, which is not printed again.")
	minConf := fs.Float64("min-confidence", -1, "report findings of at least this confidence, 0 to 1")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		e.errorf("want a text to explain (in quotes), or - for standard input")
		return exitError
	}
	text := strings.Join(pos, " ")
	if text == "-" {
		b, err := io.ReadAll(io.LimitReader(e.stdin, 1<<20))
		if err != nil {
			e.errorf("read standard input: %v", err)
			return exitError
		}
		text = string(b)
	}
	c, err := e.cfg.classifier(*minConf)
	if err != nil {
		e.errorf("%v", err)
		return exitError
	}
	res := &explainResult{Explanation: c.Explain(text), Length: len(text)}
	if code := e.emit(res); code != exitClean {
		return code
	}
	for _, f := range res.Explanation.Findings {
		if f.Category.Special() {
			return exitFound
		}
	}
	return exitClean
}

// explainResult is the JSON output of explain: classify's Explanation
// (offsets and vocabulary lines, never the text).
type explainResult struct {
	Length      int                  `json:"length"` // of the text, in bytes
	Explanation classify.Explanation `json:"explanation"`
}

func (r *explainResult) json() any { return r }

func hits(hs []classify.ContextHit) string {
	var s []string
	for _, h := range hs {
		x := h.Reason
		if h.Line.File != "" {
			x += " " + h.Line.String()
		}
		if h.Start >= 0 {
			x += fmt.Sprintf(" @%d-%d", h.Start, h.End)
		}
		s = append(s, x)
	}
	return strings.Join(s, ", ")
}

func (r *explainResult) text(w io.Writer) error {
	x := r.Explanation
	fmt.Fprintf(w, "%s in %d bytes of text\n", plural(len(x.Candidates), "vocabulary candidate"), r.Length)
	for _, c := range x.Candidates {
		fmt.Fprintf(w, "\n  %s @%d-%d: %s (%s, weight %.2f, confidence %.2f)\n", c.Category, c.Start, c.End, c.Outcome, c.Line, c.Weight, c.Confidence)
		if len(c.Cues) > 0 {
			fmt.Fprintf(w, "    cues: %s\n", hits(c.Cues))
		}
		if len(c.AntiCues) > 0 {
			fmt.Fprintf(w, "    anti-cues: %s\n", hits(c.AntiCues))
		}
		if len(c.Cancelled) > 0 {
			fmt.Fprintf(w, "    cancelled by: %s\n", hits(c.Cancelled))
		}
		for _, p := range c.Penalties {
			line := ""
			if p.Line.File != "" {
				line = " (" + p.Line.String() + ")"
			}
			fmt.Fprintf(w, "    penalty %s -%.2f%s\n", p.Reason, p.Amount, line)
		}
	}
	fmt.Fprintf(w, "\n%s:\n", plural(len(x.Findings), "finding"))
	for _, f := range x.Findings {
		fmt.Fprintf(w, "  %s @%d-%d confidence %.2f rule %s\n", findingLabel(f.Category, f.Kind), f.Start, f.End, f.Confidence, f.Rule)
	}
	return nil
}

func (r *explainResult) markdown(w io.Writer) error {
	x := r.Explanation
	fmt.Fprintf(w, "# Explanation\n\n| category | span | outcome | line | weight | confidence | cues | anti-cues | cancelled |\n|---|---|---|---|---:|---:|---|---|---|\n")
	for _, c := range x.Candidates {
		fmt.Fprintf(w, "| %s | %d-%d | %s | %s | %.2f | %.2f | %s | %s | %s |\n", c.Category, c.Start, c.End, c.Outcome, c.Line, c.Weight, c.Confidence, hits(c.Cues), hits(c.AntiCues), hits(c.Cancelled))
	}
	fmt.Fprintf(w, "\nFindings: %d.\n", len(x.Findings))
	return nil
}

func (r *explainResult) sarif() *sarifLog {
	b := newSARIF()
	for _, f := range r.Explanation.Findings {
		rule := categoryRule(f.Category, f.Kind)
		b.rule(rule)
		level := "note"
		if f.Category.Special() {
			level = "error"
		}
		b.result(rule.ID, level, fmt.Sprintf("%s at bytes %d-%d (confidence %.2f).", findingLabel(f.Category, f.Kind), f.Start, f.End, f.Confidence), "text", 0, nil)
	}
	return b.log
}
