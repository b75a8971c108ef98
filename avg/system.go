package avg

import (
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/internal/answer"
	"github.com/avgrisk/avgrisk/internal/civil"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// System is one system that holds personal data, described by the facts
// that the checks need: where the data goes, what it stores, how it is
// protected, how long it is kept, what the processing does and how the
// organisation meets its duties around it.
//
// A System is a plain value that marshals to and from JSON with
// snake_case keys, as transfer.Flow does, so a system description can be a
// file kept beside the code; DecodeSystem reads one strictly. Facts an
// organisation states as Answer are yes, no, or not stated: a check whose
// facts are not stated warns and says what to confirm, it never passes on
// silence.
type System struct {
	Name      string              `json:"name"`      // the system's name, shown in the report
	Transfers []transfer.Flow     `json:"transfers"` // the vendor and its sub-processors
	Fields    []classify.Field    `json:"fields"`    // the schema: what the system stores
	Records   []map[string]string `json:"records"`   // optional sample records
	// RecordCategories are the categories of the Dutch retention catalogue
	// (retention.Netherlands) of the records the system holds, such as
	// "customer-account", and "fiscal-records" for invoices and payment
	// plans (AWR art. 52). The retention check verifies that each one with
	// a statutory minimum or maximum is configured compatibly. Empty: not
	// stated; the categories of Retention are then taken as all there is,
	// and the check warns.
	RecordCategories []string       `json:"record_categories"`
	Controls         Controls       `json:"controls"`  // encryption, key custody, authentication, logging
	Retention        []RetentionUse `json:"retention"` // the retention configured per catalogue category
	Processing       Processing     `json:"processing"`
	// ProcessorAgreements are the agreements with the processors, by the
	// processor's name as in Transfers (Art. 28(3) AVG).
	ProcessorAgreements []ProcessorAgreement `json:"processor_agreements"`
	Register            Register             `json:"register"`     // the record of processing activities (Art. 30)
	LegalBasis          LegalBasis           `json:"legal_basis"`  // Arts. 6 and 9(2), UAVG
	Transparency        Transparency         `json:"transparency"` // Arts. 13 and 14
	Rights              Rights               `json:"rights"`       // Arts. 12 and 15–22
	Breach              Breach               `json:"breach"`       // Arts. 33 and 34
	// DPODesignated says whether the organisation has designated a data
	// protection officer (Art. 37); Art. 35(2) asks for the DPO's advice on
	// a DPIA only where one is designated.
	DPODesignated Answer `json:"dpo_designated"`
	// PublicBody says whether the processing is carried out by a public
	// authority or body (overheidsinstantie of overheidsorgaan), which must
	// designate a DPO (Art. 37(1)(a)). Not stated: an exporter of
	// Transfers with sector "public" answers yes; otherwise the check
	// data-protection-officer asks to confirm it where it matters.
	PublicBody Answer `json:"public_body"`
	DPIA       *DPIA  `json:"dpia,omitempty"` // a DPIA done; nil: none
}

// Answer is a fact the organisation states: yes, no, or not stated (the
// zero value, which a check reads as "confirm"). It is the same type as
// transfer.Answer. In JSON it is "yes", "no" or "" (or absent); the JSON
// booleans true and false are read as yes and no, so files written when a
// fact such as dpia.dpo_advice was a boolean still decode. Valid reports
// whether it is one of the three.
type Answer = answer.Answer

// The answers.
const (
	NotStated = answer.NotStated
	Yes       = answer.Yes
	No        = answer.No
)

// Date is a calendar date, written YYYY-MM-DD in JSON; the zero Date means
// no date.
type Date = civil.Date

// KeyCustody says who holds the keys that encrypt the stored data.
type KeyCustody string

// The key custody arrangements. The zero value means ProviderKeys.
const (
	// ProviderKeys: the vendor holds the keys, so it can be compelled to
	// decrypt (18 U.S.C. § 2713 for a US-parented vendor).
	ProviderKeys KeyCustody = "provider"
	// CustomerKeysInEEA: the organisation, or a key service in the EEA out
	// of the vendor's reach, holds the keys (bring-your-own-key with an EEA
	// HSM, double-key encryption). It keeps the data out of a foreign
	// law's reach only where the vendor holds ciphertext only
	// (transfer.AccessEncryptedOnly; EDPB Recommendations 01/2020, Annex 2,
	// use case 1).
	CustomerKeysInEEA KeyCustody = "customer-eea"
)

// TwoFactor says for which accounts two-factor authentication is enforced.
type TwoFactor string

// The two-factor scopes. The zero value means not stated.
const (
	TwoFactorAllUsers       TwoFactor = "all-users"      // every user, administrators included
	TwoFactorAdministrators TwoFactor = "administrators" // administrators only
	TwoFactorNone           TwoFactor = "none"           // no account
)

// Controls are the security measures of a system (Art. 32(1) AVG).
type Controls struct {
	EncryptionAtRest    bool       `json:"encryption_at_rest"`    // stored data, backups included, is encrypted
	EncryptionInTransit bool       `json:"encryption_in_transit"` // every connection uses TLS or a VPN
	KeyCustody          KeyCustody `json:"key_custody,omitempty"` // who holds the keys of EncryptionAtRest
	TwoFactor           TwoFactor  `json:"two_factor"`            // for which accounts two-factor authentication is enforced
	// RoleBasedAccess: users reach only the records their role needs
	// (authorisation on a need-to-know basis).
	RoleBasedAccess Answer `json:"role_based_access"`
	// AccessLogging: who read or changed which record is logged.
	AccessLogging Answer `json:"access_logging"`
	// LogReview: the logs are reviewed regularly; the AP fined
	// HagaZiekenhuis for lacking it (decision of 18 June 2019).
	LogReview Answer `json:"log_review"`
}

// RetentionUse says that a category of the Dutch retention catalogue
// (retention.Netherlands) applies to the system's records, with the rule the
// organisation configured for it.
type RetentionUse struct {
	// Category is a catalogue ID, such as "customer-account".
	Category string `json:"category"`
	// Rule is the organisation's own rule for Category; nil means the
	// catalogue's rule. A category without a fixed period (kind "none")
	// needs one. Its Category may be left empty.
	Rule *retention.Rule `json:"rule,omitempty"`
	// Enforced reports that a deletion job applies the rule to the
	// system's records; a period on paper only is a warning.
	Enforced bool `json:"enforced"`
}

// Processing holds the facts behind the DPIA criteria: Art. 35(3) AVG, the
// nine criteria of WP248 rev.01 and the AP list (Stcrt. 2019, 64418). The
// special categories themselves come from the classification of the
// system's fields and records, and from Categories.
type Processing struct {
	// Purposes are the purposes of the processing, in the words of the
	// organisation; they go into the DPIA draft.
	Purposes []string `json:"purposes"`
	// Subjects is the approximate number of data subjects of the whole
	// system. 10,000 or more counts as large scale for the WP248 criterion
	// (a heuristic of the Pre-scan DPIA v2.0).
	Subjects int `json:"subjects"`
	// SpecialCategorySubjects is the approximate number of people the
	// special-category processing itself concerns: the customers with a
	// health remark, not the whole CRM. Art. 35(3)(b) and AP list item 7
	// measure large scale on it (WP243 § 2.1.3; WP248). Zero: not stated;
	// the screening then names the signal and asks to confirm it, and does
	// not state that Art. 35(3)(b) applies.
	SpecialCategorySubjects int `json:"special_category_subjects"`
	// LargeScale marks the processing as large scale whatever Subjects says
	// (WP248 factors: number, volume, duration, geographical extent).
	LargeScale bool `json:"large_scale"`
	// Occasional marks the processing as ad hoc rather than stelselmatig.
	// Processing built into the organisation's systems is systematic (AP
	// Q&A of 10 November 2020), so a CRM leaves this false.
	Occasional bool `json:"occasional"`
	// IndividualPractitioner: the patient or client records of an
	// individual physician, health professional or lawyer. They are never
	// large scale, and WP248 names them as processing that needs no DPIA
	// even where two criteria meet (Recital 91 AVG).
	IndividualPractitioner bool `json:"individual_practitioner"`
	// CoreActivity says whether this processing is part of the
	// organisation's core activities (kernactiviteiten): the key
	// operations necessary to achieve its goals, such as a hospital's
	// processing of health data, as opposed to ancillary ones such as
	// paying staff or IT support (WP243 rev.01 § 2.1.2). Art. 37(1)(b)
	// and (c) require a DPO only for core activities. Not stated: the
	// check data-protection-officer asks to confirm it where it matters.
	CoreActivity Answer `json:"core_activity"`
	// JudicialCapacity: the processing is a court's acting in its judicial
	// capacity, which Art. 37(1)(a) excepts from the duty of a public body
	// to designate a DPO.
	JudicialCapacity bool `json:"judicial_capacity"`
	// LegislativeDPIA: the processing rests on a legal obligation or public
	// task whose law was adopted with a DPIA (Art. 35(10) AVG).
	LegislativeDPIA bool `json:"legislative_dpia"`
	// WP248Rebutted: the controller has documented, with the data
	// protection officer's view, why the WP248 criteria met do not make
	// the processing likely to result in a high risk (WP248 rev.01). It
	// turns a DPIA required by the count of WP248 criteria alone into not
	// required; it never overrides Art. 35(3) or the AP list.
	WP248Rebutted bool `json:"wp248_rebutted"`
	// Categories are special categories processed that the schema and
	// samples do not show.
	Categories []classify.Category `json:"categories"`

	Scoring                bool `json:"scoring"`                 // evaluation or scoring: lead scoring, profiling, segmentation
	AutomatedDecisions     bool `json:"automated_decisions"`     // decisions with legal or similarly significant effect
	Monitoring             bool `json:"monitoring"`              // observing or influencing behaviour: web, e-mail or app tracking
	EmployeeMonitoring     bool `json:"employee_monitoring"`     // monitoring the activities of employees
	PublicAreaMonitoring   bool `json:"public_area_monitoring"`  // monitoring a publicly accessible area (cameras)
	FlexibleCameras        bool `json:"flexible_cameras"`        // body-worn or vehicle cameras
	FinancialData          bool `json:"financial_data"`          // income, assets or spending can be derived
	LocationData           bool `json:"location_data"`           // location of or traceable to persons
	CommunicationData      bool `json:"communication_data"`      // communication content or metadata
	Matching               bool `json:"matching"`                // combining datasets beyond reasonable expectations
	VulnerableSubjects     bool `json:"vulnerable_subjects"`     // children, patients, employees, other vulnerable people
	InnovativeTechnology   bool `json:"innovative_technology"`   // new technology, such as biometrics or AI features
	PreventsService        bool `json:"prevents_service"`        // the processing can block a right, service or contract
	SharedBlacklist        bool `json:"shared_blacklist"`        // warning or bad-payer lists shared with third parties
	FraudDetection         bool `json:"fraud_detection"`         // fraud prevention
	CreditScoring          bool `json:"credit_scoring"`          // assessments of creditworthiness
	PublicPartnership      bool `json:"public_partnership"`      // a cooperation of public bodies exchanging sensitive data
	IoT                    bool `json:"iot"`                     // data from connected devices
	CovertInvestigation    bool `json:"covert_investigation"`    // investigation without informing the data subject first
	BehaviouralAdvertising bool `json:"behavioural_advertising"` // online behavioural advertising
	// EnergySupplier: the organisation supplies electricity or gas to
	// small consumers; the Regeling afsluitbeleid (Stcrt. 2011, 11579)
	// protects vulnerable customers from disconnection, and the report
	// advises recording that status rather than the diagnosis.
	EnergySupplier bool `json:"energy_supplier"`
}

// DPIA records a data protection impact assessment carried out for the
// system.
type DPIA struct {
	Date     Date `json:"date"`              // the day it was adopted
	Reviewed Date `json:"reviewed,omitzero"` // the day of the last review; zero: not since Date
	// DPOAdvice: the DPO's advice was sought and recorded (Art. 35(2)).
	// Not stated (absent) is asked where a DPO is designated, never read
	// as no; true and false of older files read as yes and no.
	DPOAdvice Answer `json:"dpo_advice"`
}

// ProcessorAgreement is what the agreement with one processor settles
// (Art. 28 AVG; EDPB Opinion 22/2024 on processors and sub-processors).
type ProcessorAgreement struct {
	// Processor is the processor's name, as the importer of a flow in
	// System.Transfers names it.
	Processor string `json:"processor"`
	// Signed: a contract or other legal act in writing binds the processor
	// (Art. 28(3) and (9)).
	Signed Answer `json:"signed"`
	// DeletionOrReturn: at the end of the service the processor deletes or
	// returns all the data, copies included (Art. 28(3)(g)).
	DeletionOrReturn Answer `json:"deletion_or_return"`
	// Audits: the processor makes available the information needed to
	// demonstrate compliance and allows for audits and inspections
	// (Art. 28(3)(h)).
	Audits Answer `json:"audits"`
	// SubProcessorAuthorisation: the processor engages sub-processors only
	// with the controller's prior specific or general written
	// authorisation, tells it of changes and lets it object (Art. 28(2)),
	// and passes on the same obligations (Art. 28(4)).
	SubProcessorAuthorisation Answer `json:"sub_processor_authorisation"`
	// SubProcessorList: the controller holds the current list of
	// sub-processors, down the chain (EDPB Opinion 22/2024).
	SubProcessorList Answer `json:"sub_processor_list"`
	// OwnUse: the vendor uses the data for purposes of its own (product
	// analytics, training models, marketing), as a controller outside the
	// instructions; "yes" is a finding (Art. 28(10)).
	OwnUse Answer `json:"own_use"`
}

// Register is what the record of processing activities holds for the
// system (Art. 30 AVG).
type Register struct {
	Recorded          Answer `json:"recorded"`           // the processing is in the record (Art. 30(1))
	TransfersRecorded Answer `json:"transfers_recorded"` // with its transfers and their safeguards (Art. 30(1)(e))
	PeriodsRecorded   Answer `json:"periods_recorded"`   // with the time limits for erasure, where possible (Art. 30(1)(f))
}

// LawfulGround is a ground of Art. 6(1) AVG.
type LawfulGround string

// The grounds of Art. 6(1) AVG.
const (
	Consent             LawfulGround = "consent"              // (a)
	Contract            LawfulGround = "contract"             // (b)
	LegalObligation     LawfulGround = "legal-obligation"     // (c)
	VitalInterests      LawfulGround = "vital-interests"      // (d)
	PublicTask          LawfulGround = "public-task"          // (e)
	LegitimateInterests LawfulGround = "legitimate-interests" // (f)
)

// LegalBasis is the legal basis of the processing: the ground of Art. 6(1)
// and, for each special category, the exception relied on.
type LegalBasis struct {
	// Grounds are the grounds of Art. 6(1) the processing rests on. Empty:
	// not stated.
	Grounds []LawfulGround `json:"grounds"`
	// BalancingTest: for legitimate interests, the balancing of interests
	// is documented (Art. 6(1)(f); CJEU C-621/22, KNLTB).
	BalancingTest Answer `json:"balancing_test"`
	// Special names, for each special category processed, the exception
	// relied on (Art. 9(2), Art. 10, UAVG); see Exceptions.
	Special []SpecialException `json:"special"`
}

// SpecialException is the exception relied on for one special category.
type SpecialException struct {
	Category  classify.Category `json:"category"`
	Exception string            `json:"exception"` // an ID of Exceptions, such as "avg-9-2-a" or "uavg-30"
}

// Transparency is what the organisation tells data subjects (Arts. 13 and
// 14 AVG).
type Transparency struct {
	Notice    Answer `json:"notice"`    // a privacy notice with the information of Arts. 13 and 14, given at collection
	Transfers Answer `json:"transfers"` // it names the transfers to third countries and their safeguards (Arts. 13(1)(f), 14(1)(f))
	Retention Answer `json:"retention"` // it states the retention periods or their criteria (Arts. 13(2)(a), 14(2)(a))
}

// Rights is how the organisation handles data subjects' requests (Arts. 12
// and 15–22 AVG).
type Rights struct {
	// Procedure: a procedure handles requests for access, rectification,
	// erasure, restriction, portability and objection (Arts. 15–22).
	Procedure Answer `json:"procedure"`
	// OneMonth: requests are answered within one month of receipt,
	// extended by two months only where needed and with notice (Art.
	// 12(3)).
	OneMonth Answer `json:"one_month"`
	// VendorErasure: erasure and rectification reach the vendor's copies,
	// and the processor assists with requests (Arts. 17, 19, 28(3)(e)).
	VendorErasure Answer `json:"vendor_erasure"`
}

// Breach is how the organisation handles personal data breaches (Arts. 33
// and 34 AVG).
type Breach struct {
	// Procedure: breaches are assessed and notified to the AP within 72
	// hours (Art. 33(1)) and to data subjects where the risk is high
	// (Art. 34).
	Procedure Answer `json:"procedure"`
	// Register: every breach is documented, notified or not (Art. 33(5)).
	Register Answer `json:"register"`
	// ProcessorNotice: the processor notifies the controller without undue
	// delay after becoming aware of a breach (Art. 33(2)), as its agreement
	// says.
	ProcessorNotice Answer `json:"processor_notice"`
}
