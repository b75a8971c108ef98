package avg

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/internal/civil"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
	"golang.org/x/text/language"
)

// ErrNoSystem is returned by Assess for a System that names nothing: no
// name, so no report could say what it is about.
var ErrNoSystem = errors.New("avg: system has no name")

// Assess runs every check on s as of asOf, answers the DPIA question and
// returns the report, with its texts in English (use Report.In for Dutch).
//
// Invalid input is an error, never a half report: a system without a name
// (ErrNoSystem), a zero asOf, an invalid flow (the error names the
// transfer and wraps the error of transfer.Evaluate), an unknown retention
// category (wrapping retention.ErrUnknownCategory), a value outside a
// closed vocabulary (key custody, two-factor scope, answers, grounds,
// exceptions), a negative number of data subjects, a DPIA dated after
// asOf. Errors name the part of the system, never a value of its records.
func Assess(s System, asOf time.Time) (Report, error) {
	if s.Name == "" {
		return Report{}, ErrNoSystem
	}
	if asOf.IsZero() {
		return Report{}, errors.New("avg: asOf is the zero time")
	}
	d, err := data()
	if err != nil {
		return Report{}, err
	}
	a := &assessment{s: s, asOf: asOf, today: civil.FromTime(asOf), d: d}
	if err := a.validate(); err != nil {
		return Report{}, err
	}
	a.classify()
	if err := a.transfers(); err != nil {
		return Report{}, err
	}
	if err := a.retention(); err != nil {
		return Report{}, err
	}
	a.screening = screen(d, s.Processing, a.cats)

	r := Report{
		System:       s.Name,
		AsOf:         asOf,
		DPIARequired: a.screening.Outcome == Required,
		DPIA:         a.screening,
		Transfers:    a.summaries(),
		Data: DataVersions{
			Avg:       DataAsOf,
			Classify:  classify.VocabularyAsOf,
			Transfer:  transfer.AsOf,
			Retention: retention.CatalogueAsOf,

			TransferStale: len(s.Transfers) > 0 && transfer.Stale(asOf),
		},
	}
	r.Risk = Low
	for _, chk := range checks {
		st, facts := chk.run(a)
		c := a.newCheck(chk.id, st, facts)
		if rank(c.Risk) > rank(r.Risk) {
			r.Risk = c.Risk
		}
		r.Checks = append(r.Checks, c)
	}
	return r.In(language.English), nil
}

// assessment holds the intermediate results of Assess.
type assessment struct {
	s     System
	asOf  time.Time
	today civil.Date // asOf's calendar date
	d     *dataSet

	cats          []classify.Category // special categories found or declared, in classify order
	fieldFacts    []Fact
	recordFacts   []Fact
	flows         []transfer.Flow
	assessments   []transfer.Assessment
	retentionFact []Fact
	retentionSt   Status
	screening     Screening
}

// validate checks the closed vocabularies and the numbers and dates of
// the system. Errors name the part, and quote a value only when it is one
// of a vocabulary's words gone wrong (bounded by civil.Quote).
func (a *assessment) validate() error {
	s := a.s
	q := civil.Quote
	switch s.Controls.KeyCustody {
	case "", ProviderKeys, CustomerKeysInEEA:
	default:
		return fmt.Errorf("avg: controls: unknown key custody %s", q(string(s.Controls.KeyCustody)))
	}
	switch s.Controls.TwoFactor {
	case "", TwoFactorAllUsers, TwoFactorAdministrators, TwoFactorNone:
	default:
		return fmt.Errorf("avg: controls: unknown two-factor scope %s", q(string(s.Controls.TwoFactor)))
	}
	answers := map[string]Answer{
		"controls.role_based_access": s.Controls.RoleBasedAccess, "controls.access_logging": s.Controls.AccessLogging,
		"controls.log_review": s.Controls.LogReview,
		"register.recorded":   s.Register.Recorded, "register.transfers_recorded": s.Register.TransfersRecorded,
		"register.periods_recorded":  s.Register.PeriodsRecorded,
		"legal_basis.balancing_test": s.LegalBasis.BalancingTest,
		"transparency.notice":        s.Transparency.Notice, "transparency.transfers": s.Transparency.Transfers,
		"transparency.retention": s.Transparency.Retention,
		"rights.procedure":       s.Rights.Procedure, "rights.one_month": s.Rights.OneMonth, "rights.vendor_erasure": s.Rights.VendorErasure,
		"breach.procedure": s.Breach.Procedure, "breach.register": s.Breach.Register, "breach.processor_notice": s.Breach.ProcessorNotice,
		"dpo_designated": s.DPODesignated, "public_body": s.PublicBody,
		"processing.core_activity": s.Processing.CoreActivity,
	}
	if s.DPIA != nil {
		answers["dpia.dpo_advice"] = s.DPIA.DPOAdvice
	}
	for i, pa := range s.ProcessorAgreements {
		if pa.Processor == "" {
			return fmt.Errorf("avg: processor_agreements[%d]: no processor named", i)
		}
		for name, v := range map[string]Answer{
			"signed": pa.Signed, "deletion_or_return": pa.DeletionOrReturn, "audits": pa.Audits,
			"sub_processor_authorisation": pa.SubProcessorAuthorisation, "sub_processor_list": pa.SubProcessorList, "own_use": pa.OwnUse,
		} {
			answers[fmt.Sprintf("processor_agreements[%d].%s", i, name)] = v
		}
	}
	names := make([]string, 0, len(answers))
	for name := range answers {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if v := answers[name]; !v.Valid() {
			return fmt.Errorf("avg: %s: unknown answer %s (want yes, no or empty)", name, q(string(v)))
		}
	}
	for i, g := range s.LegalBasis.Grounds {
		switch g {
		case Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests:
		default:
			return fmt.Errorf("avg: legal_basis.grounds[%d]: unknown ground %s", i, q(string(g)))
		}
	}
	for i, e := range s.LegalBasis.Special {
		if !e.Category.Valid() || !e.Category.Special() {
			return fmt.Errorf("avg: legal_basis.special[%d]: %s is not a special category", i, q(string(e.Category)))
		}
		if _, ok := a.d.exception(e.Exception); !ok {
			return fmt.Errorf("avg: legal_basis.special[%d]: unknown exception %s", i, q(e.Exception))
		}
	}
	if s.Processing.Subjects < 0 || s.Processing.SpecialCategorySubjects < 0 {
		return errors.New("avg: processing: negative number of data subjects")
	}
	for _, c := range s.Processing.Categories {
		if !c.Valid() {
			return fmt.Errorf("avg: processing: unknown category %s", q(string(c)))
		}
	}
	if p := s.DPIA; p != nil {
		switch {
		case p.Date.IsZero():
			return errors.New("avg: dpia: zero date")
		case !p.Date.IsValid() || (!p.Reviewed.IsZero() && !p.Reviewed.IsValid()):
			return errors.New("avg: dpia: invalid date")
		case p.Date.After(a.today):
			return errors.New("avg: dpia: date after asOf")
		case !p.Reviewed.IsZero() && p.Reviewed.After(a.today):
			return errors.New("avg: dpia: review date after asOf")
		case !p.Reviewed.IsZero() && p.Reviewed.Before(p.Date):
			return errors.New("avg: dpia: review date before the DPIA's date")
		}
	}
	return nil
}

// classify finds the special categories in the schema and the sample
// records. Facts name fields and categories and count records; they never
// hold a value.
func (a *assessment) classify() {
	c := classify.Default()
	found := map[classify.Category]bool{}
	for _, f := range a.s.Fields {
		cats := specialOf(c.Field(f), found)
		if len(cats) > 0 {
			a.fieldFacts = append(a.fieldFacts, Fact{ID: "special-field", Field: fieldName(f), Categories: cats})
		}
	}
	type agg struct {
		cats    map[classify.Category]bool
		records int
	}
	byField := map[string]*agg{}
	var order []string
	for _, rec := range a.s.Records {
		seen := map[string]bool{}
		for _, fd := range c.Record(rec) {
			if !fd.Category.Special() {
				continue
			}
			found[fd.Category] = true
			g := byField[fd.Field]
			if g == nil {
				g = &agg{cats: map[classify.Category]bool{}}
				byField[fd.Field] = g
				order = append(order, fd.Field)
			}
			g.cats[fd.Category] = true
			if !seen[fd.Field] {
				seen[fd.Field] = true
				g.records++
			}
		}
	}
	slices.Sort(order)
	for _, name := range order {
		g := byField[name]
		a.recordFacts = append(a.recordFacts, Fact{ID: "special-record-field", Field: name, Categories: ordered(g.cats), Count: g.records})
	}
	for _, cat := range a.s.Processing.Categories {
		if cat.Special() {
			found[cat] = true
		}
	}
	a.cats = ordered(found)
}

// specialOf adds the special categories of findings to found and returns
// them in order.
func specialOf(findings []classify.Finding, found map[classify.Category]bool) []classify.Category {
	cats := map[classify.Category]bool{}
	for _, f := range findings {
		if f.Category.Special() {
			cats[f.Category] = true
			found[f.Category] = true
		}
	}
	return ordered(cats)
}

// ordered returns the categories of a set in the order of
// classify.Categories.
func ordered(set map[classify.Category]bool) []classify.Category {
	var out []classify.Category
	for _, c := range classify.Categories() {
		if set[c] {
			out = append(out, c)
		}
	}
	return out
}

func fieldName(f classify.Field) string {
	if f.Object != "" {
		return f.Object + "." + f.Name
	}
	return f.Name
}

// transfers evaluates every flow, with the special categories found added
// to the flow's own: the vendor stores them.
func (a *assessment) transfers() error {
	for i, f := range a.s.Transfers {
		f.Categories = slices.Clone(f.Categories)
		for _, c := range a.cats {
			if !slices.Contains(f.Categories, c) {
				f.Categories = append(f.Categories, c)
			}
		}
		res, err := transfer.Evaluate(f, a.asOf)
		if err != nil {
			return fmt.Errorf("avg: transfer %d (%s): %w", i+1, partyName(f.Importer, i), err)
		}
		nf, err := transfer.NormalizeFlow(f)
		if err != nil {
			return fmt.Errorf("avg: transfer %d (%s): %w", i+1, partyName(f.Importer, i), err)
		}
		a.flows = append(a.flows, nf)
		a.assessments = append(a.assessments, res)
	}
	return nil
}

// partyName is the importer's name, or "#n" for the n-th transfer when it
// has none.
func partyName(p transfer.Party, i int) string {
	if p.Name != "" {
		return p.Name
	}
	return fmt.Sprintf("#%d", i+1)
}

// summaries lists every recipient of every flow as transfer.Evaluate found
// it: storage in the EEA is no transfer, and each recipient in a third
// country has its own basis.
func (a *assessment) summaries() []TransferSummary {
	out := []TransferSummary{}
	for i, res := range a.assessments {
		for _, rc := range res.Recipients {
			out = append(out, TransferSummary{
				Flow: i + 1, Recipient: a.recipientName(i, rc), Country: rc.Country, Role: rc.Role, Via: rc.Via,
				Restricted: rc.Restricted, Basis: rc.Basis, Mechanism: rc.Mechanism, Lawful: rc.Lawful,
				TIARequired: rc.TIARequired, Risks: recipientRisks(res, rc),
			})
		}
	}
	return out
}

// recipientName is the name a report gives a recipient: its own, or for
// the importer's group reaching the data from a third country the
// importer's (the report says how it reaches the data, in its language).
func (a *assessment) recipientName(i int, rc transfer.Recipient) string {
	if rc.Via == "storage" || rc.Via == "remote-access" || rc.Name == "" {
		return partyName(a.flows[i].Importer, i)
	}
	return rc.Name
}

// recipientRisks returns the IDs of the risks of res that name rc, and of
// those that name no party when rc is a restricted transfer.
func recipientRisks(res transfer.Assessment, rc transfer.Recipient) []transfer.RiskID {
	ids := []transfer.RiskID{}
	for _, r := range res.Risks {
		if slices.Contains(r.Parties, rc.Name) || (len(r.Parties) == 0 && rc.Restricted) {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// retention checks the retention configuration. An unknown category, or a
// rule the catalogue cannot take for another reason than the law, is an
// error; a rule that shortens a legal minimum or lengthens a maximum is a
// failed check, and so is a category the system holds with a statutory
// minimum or maximum that no rule configures (AWR art. 52's seven years
// for invoices are not kept by a two-year period for customer accounts).
func (a *assessment) retention() error {
	cat := retention.Netherlands()
	a.retentionSt = Pass
	held := map[string]bool{}
	for i, c := range a.s.RecordCategories {
		if _, ok := cat.Rule(c); !ok {
			return fmt.Errorf("avg: record_categories[%d]: category %s: %w", i, civil.Quote(c), retention.ErrUnknownCategory)
		}
		if held[c] {
			return fmt.Errorf("avg: record_categories[%d]: category %s twice", i, civil.Quote(c))
		}
		held[c] = true
	}
	if len(a.s.Retention) == 0 && len(held) == 0 {
		a.add(Fail, Fact{ID: "retention-none"})
		return nil
	}
	seen := map[string]bool{}
	for i, use := range a.s.Retention {
		if use.Category == "" {
			return fmt.Errorf("avg: retention use %d: empty category", i+1)
		}
		if seen[use.Category] {
			return fmt.Errorf("avg: retention use %d: category %s twice", i+1, civil.Quote(use.Category))
		}
		seen[use.Category] = true
		if _, ok := cat.Rule(use.Category); !ok {
			return fmt.Errorf("avg: retention use %d: category %s: %w", i+1, civil.Quote(use.Category), retention.ErrUnknownCategory)
		}
		sched := cat
		if use.Rule != nil {
			r := *use.Rule
			if r.Category == "" {
				r.Category = use.Category
			}
			if r.Category != use.Category {
				return fmt.Errorf("avg: retention use %d: rule for %s under category %s", i+1, civil.Quote(r.Category), civil.Quote(use.Category))
			}
			var err error
			sched, err = cat.With(r)
			switch {
			case errors.Is(err, retention.ErrShortensMinimum):
				a.add(Fail, Fact{ID: "retention-below-minimum", Value: use.Category})
				continue
			case errors.Is(err, retention.ErrExtendsMaximum):
				a.add(Fail, Fact{ID: "retention-above-maximum", Value: use.Category})
				continue
			case err != nil:
				return fmt.Errorf("avg: retention use %d (%s): %w", i+1, use.Category, err)
			}
		}
		rule, _ := sched.Rule(use.Category)
		if rule.Kind == retention.None {
			a.add(Fail, Fact{ID: "retention-no-period", Value: use.Category})
			continue
		}
		a.add(Pass, Fact{ID: "retention-period", Value: use.Category, Period: rule.Period.String()})
		if !use.Enforced {
			a.add(Warn, Fact{ID: "retention-not-enforced", Value: use.Category})
		}
	}
	if len(held) == 0 {
		a.add(Warn, Fact{ID: "record-categories-not-stated"})
	}
	for _, c := range a.s.RecordCategories {
		if seen[c] {
			continue
		}
		rule, _ := cat.Rule(c)
		switch rule.Kind {
		case retention.Minimum:
			a.add(Fail, Fact{ID: "retention-minimum-not-configured", Value: c, Period: rule.Period.String()})
		case retention.Maximum:
			a.add(Fail, Fact{ID: "retention-maximum-not-configured", Value: c, Period: rule.Period.String()})
		case retention.Guidance:
			a.add(Warn, Fact{ID: "retention-guidance-not-configured", Value: c, Period: rule.Period.String()})
		case retention.Justification:
			// A limitation period (contract-evidence) is a reason to keep,
			// neither a minimum nor a maximum: no configuration can be
			// incompatible with it (BW 3:307, 3:310).
		default:
			a.add(Fail, Fact{ID: "retention-no-period", Value: c})
		}
	}
	return nil
}

func (a *assessment) add(st Status, f Fact) {
	a.retentionSt = worst(a.retentionSt, st)
	a.retentionFact = append(a.retentionFact, f)
}

// newCheck builds a check from its outcome and the definition in the data.
func (a *assessment) newCheck(id CheckID, st Status, facts []Fact) Check {
	def := a.d.check(id)
	sev := def.Severity
	if def.RaiseWithSpecial && len(a.cats) > 0 {
		sev = High
	}
	c := Check{ID: id, Status: st, Severity: sev, Risk: riskLevel(sev, st), Facts: nonNil(facts),
		Sources: sourceRefs(def.Sources), Mitigations: []Mitigation{}}
	if st == Fail || st == Warn {
		for _, m := range def.Mitigations {
			has := func(ids []string) bool {
				return slices.ContainsFunc(facts, func(f Fact) bool { return slices.Contains(ids, f.ID) })
			}
			if (len(m.Facts) > 0 && !has(m.Facts)) || has(m.Unless) {
				continue
			}
			c.Mitigations = append(c.Mitigations, Mitigation{ID: m.ID, Sources: sourceRefs(m.Sources)})
		}
	}
	return c
}

// riskLevel is the risk of a check: its severity (impact) against the
// likelihood its status implies (fail: high, warn: medium, otherwise low),
// by the matrix of the Model DPIA Rijksdienst § 16: low when either is low,
// medium for medium × medium, high otherwise.
func riskLevel(severity Level, st Status) Level {
	likelihood := Low
	switch st {
	case Fail:
		likelihood = High
	case Warn:
		likelihood = Medium
	}
	switch {
	case severity == Low || likelihood == Low:
		return Low
	case severity == Medium && likelihood == Medium:
		return Medium
	}
	return High
}

func rank(l Level) int {
	switch l {
	case Medium:
		return 1
	case High:
		return 2
	}
	return 0
}

// worst combines two statuses: fail, then warn, then pass, then
// not-applicable.
func worst(a, b Status) Status {
	order := []Status{NotApplicable, Pass, Warn, Fail}
	if slices.Index(order, b) > slices.Index(order, a) {
		return b
	}
	return a
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
