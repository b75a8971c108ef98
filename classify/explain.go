package classify

import "strconv"

// trace records, for one term hit, the context that judge saw: the
// cues, anti-cues and blocks near it, every reason that cancels it, the
// penalties, and the confidence it would have had. A nil *trace records
// nothing.
type trace struct {
	cues, antis []hit
	cancel      []cancelBy
	penalties   []Penalty
	conf        float64
}

// cancelBy is one reason that rules a hit out, with the entry that gave
// it (-1 for a rule of the engine) and where.
type cancelBy struct {
	reason     string
	entry      int32
	start, end int
}

func (t *trace) penalty(reason string, amount float64, entry int32) {
	if t == nil {
		return
	}
	t.penalties = append(t.penalties, Penalty{Reason: reason, Amount: amount, entry: entry})
}

// word records a cancellation by a word of a word list, when the word is
// of type typ.
func (t *trace) word(v *vocabulary, reason, word string, bits uint16, typ entryType) {
	if bits&typ.bit() == 0 {
		return
	}
	t.cancel = append(t.cancel, cancelBy{reason: reason, entry: v.wordEntry(foldKey(word), typ), start: -1, end: -1})
}

// Explanation says how a classifier judged a text: every vocabulary
// candidate with the lines of the vocabulary that decided it, and the
// findings that were reported. It holds offsets into the text, never the
// text itself, so it can be logged and stored like a Finding.
type Explanation struct {
	Candidates []Candidate `json:"candidates"` // every term hit, in the order of its end
	Findings   []Finding   `json:"findings"`   // what Text returns for the same text
}

// Candidate is one hit of a vocabulary term and what became of it.
type Candidate struct {
	Category Category  `json:"category"`
	Rule     string    `json:"rule"` // the term's rule ID
	Line     VocabLine `json:"line"` // the term's line in its vocabulary file
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Weight   float64   `json:"weight"` // the weight of the term's line
	// Cues are the person cues that counted, AntiCues the anti-cues in
	// the same sentence, Cancelled every reason that ruled the hit out.
	Cues      []ContextHit `json:"cues"`
	AntiCues  []ContextHit `json:"anti_cues"`
	Cancelled []ContextHit `json:"cancelled"`
	Penalties []Penalty    `json:"penalties"`
	// Confidence is the weight less the penalties: what the hit would
	// score had nothing cancelled it.
	Confidence float64 `json:"confidence"`
	Outcome    Outcome `json:"outcome"`
}

// Outcome is what became of a candidate.
type Outcome string

// The outcomes of a candidate.
const (
	Reported    Outcome = "reported"     // a finding of Text has its rule and span (and the highest confidence of the candidates it covers)
	BelowMin    Outcome = "below-min"    // its confidence is below the classifier's minimum
	Cancelled   Outcome = "cancelled"    // a block, a word list or an engine rule ruled it out
	Contained   Outcome = "contained"    // another finding of its category covers its span (the same word in both files, or a longer phrase)
	CategoryOff Outcome = "category-off" // its category is not enabled (WithCategories)
)

// ContextHit is a vocabulary line, or an engine rule, that acted on a
// candidate. Reason names the rule: "cue", "anti-cue", "block", "title",
// "org-before", "org-after", "street-after", "after", "street-suffix",
// "placeholder", "address" (a word inside an e-mail or web address),
// "surname" (a capitalised word that a title introduces elsewhere in the
// text), "first-name" (a capitalised word between a person cue and a
// capitalised word: "Klant Gay Jansen"), "owner" (a term such as "husband" that needs the
// possessor's title to have a gender), "pair" (a term that needs two
// titles of one gender), "name" (a term such as "zijn verloofde" that
// needs a first name of one gender after it), "pct" (a term such as
// "Nigerian" that needs a share in per cent before it), "speaker" (a
// term such as "mijn vrouw" that needs its sentence to speak of people
// of one gender), "same" (a term such as "getrouwd met" that needs a
// first name after it of the gender its sentence speaks of), "link" (a
// party's bare name with no word in its sentence that ties a person to
// it), or "initial" (a
// person
// named by initial and
// surname). Start and End are -1 when the rule is about a word next to
// the hit.
type ContextHit struct {
	Reason string    `json:"reason"`
	Rule   string    `json:"rule,omitempty"`
	Line   VocabLine `json:"line,omitzero"`
	Start  int       `json:"start"`
	End    int       `json:"end"`
}

// Penalty is an amount subtracted from a candidate's weight, and why:
// "no-cue", "anti-cue", "quoted" or "name-like". For an anti-cue, Line
// is the first anti-cue's line.
type Penalty struct {
	Reason string    `json:"reason"`
	Amount float64   `json:"amount"`
	Line   VocabLine `json:"line,omitzero"`
	entry  int32
}

// VocabLine is a line of a vocabulary file: "nl.tsv:812".
type VocabLine struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

// String returns "file:line".
func (l VocabLine) String() string {
	if l.File == "" {
		return ""
	}
	return l.File + ":" + strconv.Itoa(l.Line)
}

// Explain returns how c judges text: every vocabulary candidate, the
// vocabulary lines of the cues, anti-cues and blocks that acted on it,
// its penalties and confidence, and the findings that Text returns. The
// explanation never contains the text, only offsets into it.
func (c *Classifier) Explain(text string) Explanation {
	var cands []Candidate
	if c.kinds&Term.bit() != 0 {
		c.termsAbout(nil, text, false, &cands)
	}
	ex := Explanation{Candidates: cands, Findings: c.Text(text)}
	if ex.Candidates == nil {
		ex.Candidates = []Candidate{}
	}
	// Mark what was reported, and what a longer finding contains.
	for i := range ex.Candidates {
		cd := &ex.Candidates[i]
		if cd.Outcome != "" {
			continue
		}
		if cd.Confidence < c.minConf {
			cd.Outcome = BelowMin
			continue
		}
		cd.Outcome = Contained
		for _, f := range ex.Findings {
			if f.Kind == Term && f.Category == cd.Category && f.Rule == cd.Rule && f.Start == cd.Start && f.End == cd.End {
				cd.Outcome = Reported
				break
			}
		}
	}
	return ex
}

// candidate builds the explanation of one hit from its trace.
func (v *vocabulary) candidate(e *entry, h hit, start, end int, tr *trace, on bool) Candidate {
	cd := Candidate{
		Category: e.category, Rule: v.ruleID(h.entry), Line: v.line(e), Start: start, End: end, Weight: e.weight,
		Cues: []ContextHit{}, AntiCues: []ContextHit{}, Cancelled: []ContextHit{}, Penalties: []Penalty{},
		Confidence: tr.conf,
	}
	for _, x := range tr.cues {
		reason := "cue"
		if x.entry < 0 {
			reason = "initial" // J. Okafor: a person by initial and surname
		}
		cd.Cues = append(cd.Cues, v.contextHit(reason, x.entry, x.start, x.end))
	}
	for _, x := range tr.antis {
		cd.AntiCues = append(cd.AntiCues, v.contextHit("anti-cue", x.entry, x.start, x.end))
	}
	for _, x := range tr.cancel {
		cd.Cancelled = append(cd.Cancelled, v.contextHit(x.reason, x.entry, x.start, x.end))
	}
	for _, p := range tr.penalties {
		if p.entry >= 0 {
			p.Line = v.line(&v.entries[p.entry])
		}
		cd.Penalties = append(cd.Penalties, p)
	}
	switch {
	case !on:
		cd.Outcome = CategoryOff
	case len(cd.Cancelled) > 0:
		cd.Outcome = Cancelled
	}
	return cd
}

func (v *vocabulary) contextHit(reason string, entry int32, start, end int) ContextHit {
	x := ContextHit{Reason: reason, Start: start, End: end}
	if entry >= 0 && int(entry) < len(v.entries) {
		e := &v.entries[entry]
		x.Rule, x.Line = v.ruleID(entry), v.line(e)
	}
	return x
}

func (v *vocabulary) line(e *entry) VocabLine { return VocabLine{File: e.file, Line: int(e.line)} }

// wordEntry returns the entry that listed a folded word as typ, or -1.
func (v *vocabulary) wordEntry(word string, typ entryType) int32 {
	if i, ok := v.lineOf[wordKey{word, typ}]; ok {
		return i
	}
	return -1
}
