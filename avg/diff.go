package avg

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"time"

	"golang.org/x/text/language"
)

// Changes is what changed between two reports of the same system, such
// as last month's and today's. It compares the language-neutral parts only
// (IDs, statuses, levels, facts), so two reports in different languages
// compare as equal when nothing changed.
type Changes struct {
	System   string    `json:"system"`
	From     time.Time `json:"from"`
	To       time.Time `json:"to"`
	RiskFrom Level     `json:"risk_from"`
	RiskTo   Level     `json:"risk_to"`
	// DPIAFrom and DPIATo are the screening outcomes.
	DPIAFrom       Outcome          `json:"dpia_from"`
	DPIATo         Outcome          `json:"dpia_to"`
	Checks         []CheckChange    `json:"checks"`          // in report order
	AddedReasons   []string         `json:"added_reasons"`   // DPIA reason IDs
	RemovedReasons []string         `json:"removed_reasons"` // DPIA reason IDs
	Transfers      []TransferChange `json:"transfers"`
}

// CheckChange is a check whose status or facts changed. A check present
// in only one report has the empty status on the other side.
type CheckChange struct {
	ID           CheckID `json:"id"`
	From         Status  `json:"from"`
	To           Status  `json:"to"`
	AddedFacts   []Fact  `json:"added_facts"`
	RemovedFacts []Fact  `json:"removed_facts"`
}

// TransferChange is a recipient of a transfer (by name, country and how it
// reaches the data) whose basis or lawfulness changed, or that appeared
// (FromExists false) or disappeared (ToExists false).
type TransferChange struct {
	Recipient  string         `json:"recipient"`
	Country    string         `json:"country"`
	Via        string         `json:"via"`
	From       TransferStatus `json:"from"`
	To         TransferStatus `json:"to"`
	FromExists bool           `json:"from_exists"`
	ToExists   bool           `json:"to_exists"`
}

// TransferStatus is the part of a TransferSummary that Diff follows.
type TransferStatus struct {
	Restricted bool   `json:"restricted"`
	Basis      string `json:"basis"`
	Lawful     bool   `json:"lawful"`
}

// Empty reports whether nothing changed.
func (c Changes) Empty() bool {
	return c.RiskFrom == c.RiskTo && c.DPIAFrom == c.DPIATo && len(c.Checks) == 0 &&
		len(c.AddedReasons) == 0 && len(c.RemovedReasons) == 0 && len(c.Transfers) == 0
}

// Diff returns what changed from old to new: checks whose status changed
// or that found new facts or lost some, DPIA reasons added and removed,
// the overall risk, the DPIA outcome and the transfers' bases.
func Diff(old, new Report) Changes {
	ch := Changes{
		System: new.System, From: old.AsOf, To: new.AsOf,
		RiskFrom: old.Risk, RiskTo: new.Risk,
		DPIAFrom: old.DPIA.Outcome, DPIATo: new.DPIA.Outcome,
		Checks: []CheckChange{}, AddedReasons: []string{}, RemovedReasons: []string{},
		Transfers: []TransferChange{},
	}
	ids := CheckIDs()
	for _, c := range slices.Concat(old.Checks, new.Checks) {
		if !slices.Contains(ids, c.ID) {
			ids = append(ids, c.ID)
		}
	}
	for _, id := range ids {
		o, _ := old.Check(id)
		n, _ := new.Check(id)
		cc := CheckChange{ID: id, From: o.Status, To: n.Status,
			AddedFacts: factsMinus(n.Facts, o.Facts), RemovedFacts: factsMinus(o.Facts, n.Facts)}
		if cc.From != cc.To || len(cc.AddedFacts) > 0 || len(cc.RemovedFacts) > 0 {
			ch.Checks = append(ch.Checks, cc)
		}
	}
	oldReasons, newReasons := reasonIDs(old), reasonIDs(new)
	for _, id := range newReasons {
		if !slices.Contains(oldReasons, id) {
			ch.AddedReasons = append(ch.AddedReasons, id)
		}
	}
	for _, id := range oldReasons {
		if !slices.Contains(newReasons, id) {
			ch.RemovedReasons = append(ch.RemovedReasons, id)
		}
	}
	ot, nt := transferStatuses(old), transferStatuses(new)
	var keys []recipientKey
	for _, t := range slices.Concat(old.Transfers, new.Transfers) {
		if k := keyOf(t); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		o, oOK := ot[k]
		n, nOK := nt[k]
		if oOK != nOK || o != n {
			ch.Transfers = append(ch.Transfers, TransferChange{Recipient: k.name, Country: k.country, Via: k.via,
				From: o, To: n, FromExists: oOK, ToExists: nOK})
		}
	}
	return ch
}

// recipientKey identifies a recipient across two reports.
type recipientKey struct{ name, country, via string }

func keyOf(t TransferSummary) recipientKey { return recipientKey{t.Recipient, t.Country, t.Via} }

// factsMinus returns the facts of a that b does not hold.
func factsMinus(a, b []Fact) []Fact {
	out := []Fact{}
	for _, f := range a {
		if !slices.ContainsFunc(b, f.equal) {
			out = append(out, f)
		}
	}
	return out
}

// equal reports whether two facts say the same.
func (f Fact) equal(g Fact) bool {
	return f.ID == g.ID && f.Field == g.Field && slices.Equal(f.Categories, g.Categories) && f.Party == g.Party &&
		slices.Equal(f.Countries, g.Countries) && f.Count == g.Count && f.Via == g.Via && f.Value == g.Value && f.Date == g.Date
}

func reasonIDs(r Report) []string {
	ids := make([]string, len(r.DPIA.Reasons))
	for i, rs := range r.DPIA.Reasons {
		ids[i] = rs.ID
	}
	return ids
}

func transferStatuses(r Report) map[recipientKey]TransferStatus {
	m := map[recipientKey]TransferStatus{}
	for _, t := range r.Transfers {
		m[keyOf(t)] = TransferStatus{Restricted: t.Restricted, Basis: string(t.Basis), Lawful: t.Lawful}
	}
	return m
}

// WriteMarkdown writes the changes as a Markdown list in the language
// closest to lang.
func (c Changes) WriteMarkdown(w io.Writer, lang language.Tag) error {
	l, err := newLocalizer(lang)
	if err != nil {
		return err
	}
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "## %s\n\n", l.text("changes.title", c.System, c.From.Format(time.DateOnly), c.To.Format(time.DateOnly)))
	if c.Empty() {
		fmt.Fprintf(b, "%s\n", l.text("changes.none"))
		return b.Flush()
	}
	if c.RiskFrom != c.RiskTo {
		fmt.Fprintf(b, "- %s\n", l.text("changes.risk", l.text("level."+string(c.RiskFrom)), l.text("level."+string(c.RiskTo))))
	}
	if c.DPIAFrom != c.DPIATo {
		fmt.Fprintf(b, "- %s\n", l.text("changes.dpia", l.outcome(c.DPIAFrom), l.outcome(c.DPIATo)))
	}
	for _, cc := range c.Checks {
		title := l.text("check." + string(cc.ID) + ".title")
		if cc.From != cc.To {
			fmt.Fprintf(b, "- %s\n", l.text("changes.check", title, l.statusOrNone(cc.From), l.statusOrNone(cc.To)))
		} else {
			fmt.Fprintf(b, "- %s\n", l.text("changes.check-facts", title))
		}
		for _, f := range cc.AddedFacts {
			fmt.Fprintf(b, "  - %s\n", l.text("changes.added-fact", title, l.fact(f)))
		}
		for _, f := range cc.RemovedFacts {
			fmt.Fprintf(b, "  - %s\n", l.text("changes.removed-fact", title, l.fact(f)))
		}
	}
	for _, id := range c.AddedReasons {
		fmt.Fprintf(b, "- %s\n", l.text("changes.added-reason", l.reason(Reason{ID: id}).Text))
	}
	for _, id := range c.RemovedReasons {
		fmt.Fprintf(b, "- %s\n", l.text("changes.removed-reason", l.reason(Reason{ID: id}).Text))
	}
	for _, t := range c.Transfers {
		from, to := l.text("md.none"), l.text("md.none")
		if t.FromExists {
			from = l.value(t.From.Basis) + ", " + l.text("md.col.lawful") + ": " + l.yesNo(t.From.Lawful)
		}
		if t.ToExists {
			to = l.value(t.To.Basis) + ", " + l.text("md.col.lawful") + ": " + l.yesNo(t.To.Lawful)
		}
		fmt.Fprintf(b, "- %s\n", l.text("changes.transfer", l.recipient(t.Recipient, t.Via), from, to))
	}
	return b.Flush()
}

func (l *localizer) outcome(o Outcome) string {
	if o == "" {
		return l.text("md.none")
	}
	return l.text("outcome." + string(o))
}

func (l *localizer) statusOrNone(s Status) string {
	if s == "" {
		return l.text("md.none")
	}
	return l.status(s)
}
