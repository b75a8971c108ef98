package avg

import (
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// System is one system that holds personal data, described by the facts
// that the checks need: where the data goes, what it stores, how it is
// protected, how long it is kept and what the processing does.
type System struct {
	Name       string              // the system's name, shown in the report
	Transfers  []transfer.Flow     // the vendor and its sub-processors
	Fields     []classify.Field    // the schema: what the system stores
	Records    []map[string]string // optional sample records
	Controls   Controls            // encryption, key custody, two-factor authentication
	Retention  []RetentionUse      // which catalogue categories apply, with their configured rules
	Processing Processing          // the facts behind the DPIA criteria
	DPIA       *DPIA               // a DPIA done: date, last review; nil: none
}

// KeyCustody says who holds the keys that encrypt the stored data.
type KeyCustody string

// The key custody arrangements. The zero value means ProviderKeys.
const (
	// ProviderKeys: the vendor holds the keys, so it can be compelled to
	// decrypt (18 U.S.C. § 2713 for a US-parented vendor).
	ProviderKeys KeyCustody = "provider"
	// CustomerKeysInEEA: the organisation, or a key service in the EEA out
	// of the vendor's reach, holds the keys (bring-your-own-key with an EEA
	// HSM, double-key encryption). This is the supplementary measure of
	// EDPB Recommendations 01/2020 and of the SLM Rijk DPIAs.
	CustomerKeysInEEA KeyCustody = "customer-eea"
)

// Controls are the security measures of a system (Art. 32(1) AVG).
type Controls struct {
	EncryptionAtRest    bool       // stored data, backups included, is encrypted
	EncryptionInTransit bool       // every connection uses TLS or a VPN
	KeyCustody          KeyCustody // who holds the keys of EncryptionAtRest
	TwoFactor           bool       // two-factor authentication is enforced for every user
}

// RetentionUse says that a category of the Dutch retention catalogue
// (retention.Netherlands) applies to the system's records, with the rule the
// organisation configured for it.
type RetentionUse struct {
	// Category is a catalogue ID, such as "customer-account".
	Category string
	// Rule is the organisation's own rule for Category; nil means the
	// catalogue's rule. A category without a fixed period (kind "none")
	// needs one. Its Category may be left empty.
	Rule *retention.Rule
	// Enforced reports that a deletion job applies the rule to the
	// system's records; a period on paper only is a warning.
	Enforced bool
}

// Processing holds the facts behind the DPIA criteria: Art. 35(3) AVG, the
// nine criteria of WP248 rev.01 and the AP list (Stcrt. 2019, 64418). The
// special categories themselves come from the classification of the
// system's fields and records, and from Categories.
type Processing struct {
	// Purposes are the purposes of the processing, in the words of the
	// organisation; they go into the DPIA draft.
	Purposes []string
	// Subjects is the approximate number of data subjects. 10,000 or more
	// counts as large scale (a heuristic of the Pre-scan DPIA v2.0).
	Subjects int
	// LargeScale marks the processing as large scale whatever Subjects says
	// (WP248 factors: number, volume, duration, geographical extent).
	LargeScale bool
	// Occasional marks the processing as ad hoc rather than stelselmatig.
	// Processing built into the organisation's systems is systematic (AP
	// Q&A of 10 November 2020), so a CRM leaves this false.
	Occasional bool
	// IndividualPractitioner: an individual physician, health professional
	// or lawyer; never large scale (Recital 91 AVG).
	IndividualPractitioner bool
	// LegislativeDPIA: the processing rests on a legal obligation or public
	// task whose law was adopted with a DPIA (Art. 35(10) AVG).
	LegislativeDPIA bool
	// WP248Rebutted: the controller has documented, with the data
	// protection officer's view, why the WP248 criteria met do not make
	// the processing likely to result in a high risk (WP248 rev.01). It
	// turns a DPIA required by the count of WP248 criteria alone into not
	// required; it never overrides Art. 35(3) or the AP list.
	WP248Rebutted bool
	// Categories are special categories processed that the schema and
	// samples do not show.
	Categories []classify.Category

	Scoring                bool // evaluation or scoring: lead scoring, profiling, segmentation
	AutomatedDecisions     bool // decisions with legal or similarly significant effect
	Monitoring             bool // observing or influencing behaviour: web, e-mail or app tracking
	EmployeeMonitoring     bool // monitoring the activities of employees
	PublicAreaMonitoring   bool // monitoring a publicly accessible area (cameras)
	FlexibleCameras        bool // body-worn or vehicle cameras
	FinancialData          bool // income, assets or spending can be derived
	LocationData           bool // location of or traceable to persons
	CommunicationData      bool // communication content or metadata
	Matching               bool // combining datasets beyond reasonable expectations
	VulnerableSubjects     bool // children, patients, employees, other vulnerable people
	InnovativeTechnology   bool // new technology, such as biometrics or AI features
	PreventsService        bool // the processing can block a right, service or contract
	SharedBlacklist        bool // warning or bad-payer lists shared with third parties
	FraudDetection         bool // fraud prevention
	CreditScoring          bool // assessments of creditworthiness
	PublicPartnership      bool // a cooperation of public bodies exchanging sensitive data
	IoT                    bool // data from connected devices
	CovertInvestigation    bool // investigation without informing the data subject first
	BehaviouralAdvertising bool // online behavioural advertising
}

// DPIA records a data protection impact assessment carried out for the
// system.
type DPIA struct {
	Date      time.Time // the day it was adopted
	Reviewed  time.Time // the day of the last review; zero: not since Date
	DPOAdvice bool      // the data protection officer's advice was sought and recorded (Art. 35(2))
}

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
	ID       string `json:"id"`
	Status   Status `json:"status"`
	Severity Level  `json:"severity"` // the impact on data subjects if the risk materialises
	Risk     Level  `json:"risk"`     // Severity × likelihood (from Status), Model DPIA Rijksdienst § 16
	Title    string `json:"title"`
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
	Via        string              `json:"via,omitempty"`   // how a recipient reaches the data: "storage", "remote-access"
	Value      string              `json:"value,omitempty"` // an ID: a basis, a measure, a catalogue category
	Date       string              `json:"date,omitempty"`  // YYYY-MM-DD
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
	Risks []string `json:"risks"`
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
func (r Report) Check(id string) (Check, bool) {
	for _, c := range r.Checks {
		if c.ID == id {
			return c, true
		}
	}
	return Check{}, false
}
