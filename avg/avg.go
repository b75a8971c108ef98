package avg

import (
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/transfer"
)

// Status is the outcome of a check.
type Status string

// The outcomes of a check.
const (
	Pass          Status = "pass"
	Fail          Status = "fail"
	Warn          Status = "warn"
	NotApplicable Status = "not-applicable"
)

// Level is a level of severity, likelihood or risk, on the three-level
// scale of the Model DPIA Rijksdienst (laag, midden, hoog).
type Level string

// The levels.
const (
	Low    Level = "low"
	Medium Level = "medium"
	High   Level = "high"
)

// Check is the outcome of one check of a system. Its ID, Status, Severity,
// Risk and Facts are language-neutral; Title, Detail, Why and the texts of
// Mitigations and Sources are in the report's language (Report.In).
type Check struct {
	ID       CheckID `json:"id"`
	Status   Status  `json:"status"`
	Severity Level   `json:"severity"` // the impact on data subjects if the risk materialises
	Risk     Level   `json:"risk"`     // Severity × likelihood (from Status), Model DPIA Rijksdienst § 16
	Title    string  `json:"title"`
	// Detail says what the check found, one sentence a fact: fields,
	// categories, parties, countries and counts, never values.
	Detail []string `json:"detail"`
	// Why says why it matters; the sources are in Sources.
	Why         string       `json:"why"`
	Facts       []Fact       `json:"facts"`
	Mitigations []Mitigation `json:"mitigations"` // empty when the check passes
	Sources     []Source     `json:"sources"`
}

// Fact is one finding of a check in language-neutral form: a message ID and
// its arguments. It holds names of fields, categories, parties and
// countries, counts, IDs and dates; never personal data.
type Fact struct {
	ID         string              `json:"id"`
	Field      string              `json:"field,omitempty"`
	Categories []classify.Category `json:"categories,omitempty"`
	Party      string              `json:"party,omitempty"`
	Countries  []string            `json:"countries,omitempty"`
	Count      int                 `json:"count,omitempty"`
	Via        string              `json:"via,omitempty"`    // how a recipient reaches the data: "storage", "remote-access"
	Value      string              `json:"value,omitempty"`  // an ID: a basis, a measure, a catalogue category
	Date       string              `json:"date,omitempty"`   // YYYY-MM-DD
	Period     string              `json:"period,omitempty"` // ISO 8601, such as "P7Y"; reports write it in words
}

// Mitigation is a concrete measure that resolves a failed or warned check.
type Mitigation struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Sources []Source `json:"sources"`
}

// Source is a legal source: an article, a ruling, a guideline.
type Source struct {
	ID       string `json:"id"`
	Citation string `json:"citation"`
	URL      string `json:"url,omitempty"`
}

// Outcome is the answer to "is a DPIA required?".
type Outcome string

// The outcomes of the DPIA screening.
const (
	// Required: Art. 35(3), an AP-list item, or two or more WP248 criteria.
	Required Outcome = "required"
	// Recommended: exactly one WP248 criterion ("in some cases").
	Recommended Outcome = "recommended"
	// NotRequired: no criterion met, or Art. 35(10). Record the screening
	// anyway (WP248).
	NotRequired Outcome = "not-required"
)

// Screening is the answer to the DPIA question with its reasons.
type Screening struct {
	Outcome Outcome  `json:"outcome"`
	Text    string   `json:"text"`
	Reasons []Reason `json:"reasons"`
	// WP248Count is the number of WP248 rev.01 criteria met.
	WP248Count int `json:"wp248_count"`
}

// Reason is one reason of the DPIA screening: a criterion met (its ID from
// the data, such as "art35-3b", "wp248-sensitive-data",
// "ap-2019-64418-07") or the rule that decided ("wp248-two-or-more").
type Reason struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Sources []Source `json:"sources"`
}

// TransferSummary is the outcome of transfer.Evaluate for one recipient of
// a flow: the importer, an onward party, or the importer's group reaching
// the data from a third country (storage or remote access there). Storage
// in the EEA is no transfer; the restricted transfers are the recipients in
// third countries (EDPB Guidelines 05/2021, criterion 3), each on its own
// basis.
type TransferSummary struct {
	// Flow is the position of the flow in System.Transfers, from 1.
	Flow int `json:"flow"`
	// Recipient is the recipient's name; for the importer's group reaching
	// the data from a third country (Via "storage" or "remote-access") it
	// is the importer's name.
	Recipient   string             `json:"recipient"`
	Country     string             `json:"country"`
	Role        transfer.Role      `json:"role"`
	Via         string             `json:"via"` // "importer", "onward", "storage", "remote-access"
	Restricted  bool               `json:"restricted"`
	Basis       transfer.Basis     `json:"basis"`
	Mechanism   transfer.Mechanism `json:"mechanism,omitempty"`
	Lawful      bool               `json:"lawful"`
	TIARequired bool               `json:"tia_required"`
	// Risks are the IDs of the flow's risks that concern this recipient.
	Risks []transfer.RiskID `json:"risks"`
}

// DataVersions holds the as_of date of each package's embedded data that
// the report rests on.
type DataVersions struct {
	Avg       string `json:"avg"`
	Classify  string `json:"classify"`
	Transfer  string `json:"transfer"`
	Retention string `json:"retention"`
	// TransferStale reports that the assessment date is past the date of
	// the transfer data (transfer.Stale): adequacy decisions or judgments
	// may have changed since.
	TransferStale bool `json:"transfer_stale,omitempty"`
}

// Report is the assessment of one system as of a date.
type Report struct {
	System       string            `json:"system"`
	AsOf         time.Time         `json:"as_of"`
	Language     string            `json:"language"` // of the texts: "en" or "nl"
	Risk         Level             `json:"risk"`     // the highest risk of any check
	Checks       []Check           `json:"checks"`
	DPIARequired bool              `json:"dpia_required"`
	DPIA         Screening         `json:"dpia"`
	Transfers    []TransferSummary `json:"transfers"`
	Data         DataVersions      `json:"data"`
}

// Check returns the check with the given ID and whether it is there.
func (r Report) Check(id CheckID) (Check, bool) {
	for _, c := range r.Checks {
		if c.ID == id {
			return c, true
		}
	}
	return Check{}, false
}
