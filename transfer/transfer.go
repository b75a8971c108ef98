package transfer

import (
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/internal/answer"
)

// Role is the part a party plays in the processing. The values are stable
// IDs.
type Role string

// The roles.
const (
	Controller   Role = "controller"    // verwerkingsverantwoordelijke
	Processor    Role = "processor"     // verwerker
	SubProcessor Role = "sub-processor" // subverwerker
)

// Valid reports whether r is one of the defined roles.
func (r Role) Valid() bool {
	switch r {
	case Controller, Processor, SubProcessor:
		return true
	}
	return false
}

func (r Role) processing() bool { return r == Processor || r == SubProcessor }

// Mechanism is a transfer instrument that the parties say they rely on. The
// values are the IDs of reference §11; data/mechanisms.json holds each one's
// validity window, roles and sources.
type Mechanism string

// The mechanisms.
const (
	DPF                            Mechanism = "dpf"               // EU-US Data Privacy Framework (Art. 45)
	PrivacyShield                  Mechanism = "privacy-shield"    // invalid from 16 Jul 2020
	SafeHarbour                    Mechanism = "safe-harbour"      // invalid from 6 Oct 2015
	SCC2021Module1                 Mechanism = "scc-2021-module-1" // controller to controller
	SCC2021Module2                 Mechanism = "scc-2021-module-2" // controller to processor only
	SCC2021Module3                 Mechanism = "scc-2021-module-3" // processor to (sub-)processor
	SCC2021Module4                 Mechanism = "scc-2021-module-4" // processor to controller
	SCC2010C2P                     Mechanism = "scc-2010-c2p"      // Decision 2010/87/EU, no basis after 27 Dec 2022
	SCC2002C2P                     Mechanism = "scc-2002-c2p"      // Decision 2002/16/EC, repealed from 15 May 2010
	SCC2001C2C                     Mechanism = "scc-2001-c2c"      // Decision 2001/497/EC, no basis after 27 Dec 2022
	BCRController                  Mechanism = "bcr-controller"    // BCR-C (Art. 47)
	BCRProcessor                   Mechanism = "bcr-processor"     // BCR-P (Art. 47)
	ConsentArt49                   Mechanism = "consent-art49"     // Art. 49(1)(a)
	ContractArt49                  Mechanism = "contract-art49"    // Art. 49(1)(b)
	ContractThirdPartyArt49        Mechanism = "contract-third-party-art49"
	PublicInterestArt49            Mechanism = "public-interest-art49" // Art. 49(1)(d)
	LegalClaimsArt49               Mechanism = "legal-claims-art49"    // Art. 49(1)(e)
	VitalInterestsArt49            Mechanism = "vital-interests-art49" // Art. 49(1)(f)
	PublicRegisterArt49            Mechanism = "public-register-art49" // Art. 49(1)(g)
	CompellingLegitimateInterest49 Mechanism = "compelling-legitimate-interests-art49"
)

// PublicAuthorityBarred reports whether m is a derogation that public
// authorities cannot use in the exercise of their public powers: Art.
// 49(1)(a) to (c) and the compelling legitimate interests of the second
// subparagraph (GDPR Art. 49(3)).
func (m Mechanism) PublicAuthorityBarred() bool {
	d, err := loadData()
	if err != nil {
		return false
	}
	return d.mechanisms[m].PublicAuthorityBarred
}

// Valid reports whether m is one of the defined mechanisms.
func (m Mechanism) Valid() bool {
	d, err := loadData()
	if err != nil {
		return false
	}
	_, ok := d.mechanisms[m]
	return ok
}

// Measure is a supplementary measure or a documented assessment in place
// for the flow. The values are the IDs of reference §11; data/measures.json
// says which EDPB use case each one fits.
type Measure string

// The measures.
const (
	TIADocumented                Measure = "tia-documented"
	EncryptionInTransit          Measure = "encryption-in-transit"
	EncryptionAtRestProviderKeys Measure = "encryption-at-rest-provider-keys"
	EncryptionAtRestKeysInEEA    Measure = "encryption-at-rest-keys-in-eea"
	PseudonymisationKeysInEEA    Measure = "pseudonymisation-keys-in-eea"
	SplitProcessing              Measure = "split-processing"
	DoubleKeyEncryption          Measure = "double-key-encryption"
	TransparencyReport           Measure = "transparency-report"
	ChallengeRequestsCommitment  Measure = "challenge-requests-commitment"
	AccessLogging                Measure = "access-logging"
	JustInTimeAccessApproval     Measure = "just-in-time-access-approval"
)

// Valid reports whether m is one of the defined measures.
func (m Measure) Valid() bool {
	d, err := loadData()
	if err != nil {
		return false
	}
	_, ok := d.measures[m]
	return ok
}

// Frequency says how often the data is transferred. It matters for the
// Art. 49 derogations, which are for occasional transfers only (GDPR
// Recital 111; EDPB Guidelines 2/2018). The empty value means not stated.
type Frequency string

// The frequencies.
const (
	Systematic Frequency = "systematic" // regular, repetitive, within a stable relationship
	Occasional Frequency = "occasional" // one-off or occasional, not repetitive
)

// Valid reports whether f is a defined frequency or empty (not stated).
func (f Frequency) Valid() bool { return f == "" || f == Systematic || f == Occasional }

// Basis is the Chapter V ground on which a transfer rests.
type Basis string

// The bases, in the precedence of reference §11.2.
const (
	BasisAdequacy      Basis = "adequacy"       // Art. 45 decision valid on the date, recipient in scope
	BasisDPF           Basis = "dpf"            // Art. 45, Decision (EU) 2023/1795, recipient on the DPF List
	BasisSCC           Basis = "scc"            // Art. 46(2)(c)
	BasisBCR           Basis = "bcr"            // Art. 46(2)(b) and 47
	BasisDerogation    Basis = "derogation"     // Art. 49
	BasisNone          Basis = "none"           // no instrument covers the transfer
	BasisNotApplicable Basis = "not-applicable" // no restricted transfer
)

// Sector narrows a recipient for the adequacy decisions whose scope is
// limited (Canada: commercial organisations only; Japan and Korea: listed
// exclusions; none but the UK's covers law enforcement). The empty value
// means a private organisation acting commercially, the common case.
type Sector string

// The sectors.
const (
	SectorCommercial        Sector = "commercial"         // private organisation acting commercially
	SectorPublic            Sector = "public"             // public authority or body (overheid)
	SectorNonProfit         Sector = "non-profit"         // non-profit acting non-commercially
	SectorNonCommercial     Sector = "non-commercial"     // any other activity outside commerce
	SectorLawEnforcement    Sector = "law-enforcement"    // police, justice (Directive (EU) 2016/680)
	SectorPress             Sector = "press"              // press and professional writers (Japan)
	SectorAcademic          Sector = "academic"           // academia (Japan)
	SectorReligious         Sector = "religious"          // religious bodies (Japan, Korea)
	SectorPolitical         Sector = "political"          // political bodies and parties (Japan, Korea)
	SectorCreditInformation Sector = "credit-information" // FSC-supervised credit information (Korea)
)

// Valid reports whether s is a defined sector or empty.
func (s Sector) Valid() bool {
	switch s {
	case "", SectorCommercial, SectorPublic, SectorNonProfit, SectorNonCommercial, SectorLawEnforcement,
		SectorPress, SectorAcademic, SectorReligious, SectorPolitical, SectorCreditInformation:
		return true
	}
	return false
}

// Party is an organisation in the flow. Country and ParentCountry are ISO
// 3166-1 alpha-2 codes in upper case ("NL", "US"); "EL" is read as "GR" and
// "UK" as "GB".
//
// SameGroup on the importer says whether it is in the exporter's group of
// undertakings; on an onward party, whether it is in the importer's group:
// yes, no, or not stated (absent). It decides whether binding corporate
// rules can cover the transfer (GDPR Art. 4(20)). It is never inferred from
// names or parent countries: not stated, the group is unknown, BCRs are
// not established as a basis, and the assessment names the fact to confirm
// (see OpenFact); no says the BCRs do not cover the transfer, with nothing
// to confirm. In JSON the booleans true and false of older files read as
// yes and no.
//
// PublicPowers on the exporter means that it transfers in the exercise of
// its public powers. GDPR Art. 49(3) then bars the derogations of
// Art. 49(1)(a) to (c) and the compelling-legitimate-interests derogation
// of its second subparagraph. The bar follows the exercise of public
// powers, not the sector: a public body acting as any market party would
// (Sector "public" without PublicPowers) is not barred, and the assessment
// says which fact to confirm.
type Party struct {
	Name          string `json:"name"`
	Country       string `json:"country"` // ISO 3166-1 alpha-2
	Role          Role   `json:"role"`
	ParentCountry string `json:"parent_country,omitempty"` // ultimate parent
	DPFCertified  bool   `json:"dpf_certified,omitempty"`
	SubjectToGDPR bool   `json:"subject_to_gdpr,omitempty"` // via Art. 3(2)
	SameGroup     Answer `json:"same_group,omitempty"`      // in the sender's group: yes, no, or not stated
	Sector        Sector `json:"sector,omitempty"`          // empty: commercial
	PublicPowers  bool   `json:"public_powers,omitempty"`   // acts in the exercise of its public powers
}

// Answer is a legal fact a Flow states: yes, no, or not stated (the zero
// value), which Evaluate never reads as no. It is the same type as
// avg.Answer. In JSON it is "yes", "no" or absent; true and false read as
// yes and no.
type Answer = answer.Answer

// The answers.
const (
	NotStated = answer.NotStated
	Yes       = answer.Yes
	No        = answer.No
)

// Access says whether the importer (its staff, its support, its group)
// reaches the personal data in the clear. It decides whether a technical
// measure can be effective: EDPB Recommendations 01/2020 (v2.0), Annex 2,
// finds no effective technical measure where the importer needs the data
// in the clear (use case 6, a cloud service that processes it; use case
// 7, remote access for business or support purposes), and an effective one
// where it holds ciphertext only, the keys out of its reach (use case 1).
type Access string

// The access values.
const (
	// AccessUnknown: not stated. A recipient that hosts or supports the
	// service is taken to reach the data in the clear, the conservative
	// reading; the assessment names the fact to confirm (see OpenFact).
	AccessUnknown Access = ""
	// AccessClear: the importer or its support staff process or reach the
	// data in the clear (EDPB Recommendations 01/2020 Annex 2, use cases 6
	// and 7). No technical measure is effective then.
	AccessClear Access = "clear"
	// AccessEncryptedOnly: the importer holds ciphertext only, and the keys
	// are held in the EEA (or an adequate country) out of its reach (use
	// case 1); for pseudonymised data, the additional information likewise
	// stays out of its reach (use case 2).
	AccessEncryptedOnly Access = "encrypted-only"
)

// Valid reports whether a is a defined access value or empty (not stated).
func (a Access) Valid() bool {
	return a == AccessUnknown || a == AccessClear || a == AccessEncryptedOnly
}

// Flow is one flow of personal data from an exporter to an importer and on
// to the importer's sub-processors.
//
// StorageCountries are where the data is stored; AccessCountries are the
// countries from which the importer's organisation (its group, its support
// staff) reaches the data remotely. Each third country in either list that
// no listed party sits in is treated as a recipient in the importer's group
// (EDPB Recommendations 01/2020 para. 13; EDPB Guidelines 05/2021). The
// exporter's own staff travelling abroad make no transfer: leave them out,
// or set the importer to the exporter itself.
//
// ImporterAccess says whether the importer and everyone reached through it
// (its group, its support staff, its sub-processors) see the data in the
// clear; see Access.
type Flow struct {
	Exporter         Party               `json:"exporter"`
	Importer         Party               `json:"importer"`
	Onward           []Party             `json:"onward"`            // sub-processors reached through the importer
	StorageCountries []string            `json:"storage_countries"` // where the data is stored
	AccessCountries  []string            `json:"access_countries"`  // remote access from other countries
	Mechanisms       []Mechanism         `json:"mechanisms"`
	Measures         []Measure           `json:"measures"`
	Categories       []classify.Category `json:"categories"` // any special one raises the stakes
	Frequency        Frequency           `json:"frequency"`
	ImporterAccess   Access              `json:"importer_access,omitempty"` // empty: not stated, taken as clear
}

// Severity grades a risk.
type Severity string

// The severities, from least to most serious.
const (
	Low    Severity = "low"
	Medium Severity = "medium"
	High   Severity = "high"
)

func (s Severity) rank() int {
	switch s {
	case Low:
		return 1
	case Medium:
		return 2
	case High:
		return 3
	}
	return 0
}

// Source is a legal or guidance source: an instrument, an article, a
// decision, a ruling or a supervisory authority's guidance.
type Source struct {
	ID    string `json:"id"`   // stable, such as "cjeu-c-311-18"
	Kind  string `json:"kind"` // "instrument", "article", "decision", "ruling", "guidance", "report" (a reported event, such as an announcement)
	Title string `json:"title"`
	Date  string `json:"date,omitempty"` // YYYY-MM-DD
	URL   string `json:"url,omitempty"`
}

// Risk is a risk that remains for the flow. IDs are those of reference
// §11.5 plus "adequacy-review-risk" and "insufficient-supplementary-measures"
// (see the data README).
type Risk struct {
	ID          RiskID   `json:"id"`
	Severity    Severity `json:"severity"`
	Explanation string   `json:"explanation"` // English
	Parties     []string `json:"parties"`     // names of the recipients concerned
	Sources     []Source `json:"sources"`
}

// RiskID identifies a risk (Risk.ID). The values are stable IDs, written
// as plain strings in JSON.
type RiskID string

// The risk IDs, in the order an Assessment lists them: reference §11.5 and
// two more.
const (
	RiskNoTransferTool               RiskID = "no-transfer-tool"                    // no valid Chapter V instrument (Art. 44)
	RiskInvalidatedFramework         RiskID = "invalidated-framework"               // Safe Harbour or Privacy Shield after its invalidation
	RiskExpiredMechanism             RiskID = "expired-mechanism"                   // old SCCs after 27 Dec 2022
	RiskDerogationMisuse             RiskID = "derogation-misuse"                   // Art. 49 used for systematic transfers
	RiskMissingTIA                   RiskID = "missing-tia"                         // SCC or BCR without a documented TIA
	RiskInsufficientMeasures         RiskID = "insufficient-supplementary-measures" // laws impinge, no effective measure (C-311/18)
	RiskAdequacyScopeGap             RiskID = "adequacy-scope-gap"                  // adequate country, recipient outside the decision
	RiskThirdCountryGovernmentAccess RiskID = "third-country-government-access"     // recipient not covered by adequacy or the DPF
	RiskParentCompanyJurisdiction    RiskID = "parent-company-jurisdiction"         // parent under CLOUD Act-type law, even with EEA storage
	RiskRemoteAccess                 RiskID = "remote-access"                       // any third-country remote access
	RiskSpecialCategoryData          RiskID = "special-category-data"               // Art. 9 or 10 data (or the BSN) in scope
	RiskAdequacyUnderLegalChallenge  RiskID = "adequacy-under-legal-challenge"      // a case against the decision is pending
	RiskAdequacyReview               RiskID = "adequacy-review-risk"                // the DPF, and the EO 14086 safeguards SCC and BCR transfers to the US rely on, after the PCLOB lost its quorum (27 Jan 2025)
	RiskAdequacySunset               RiskID = "adequacy-sunset"                     // the decision has a fixed expiry date (UK)
	RiskInterimArrangement           RiskID = "interim-arrangement"                 // the EU-UK TCA bridge
)

// Recipient is the outcome for one party that receives or reaches the data:
// the importer, an onward party, or a third country of storage or remote
// access that no listed party sits in.
type Recipient struct {
	Name        string    `json:"name"`
	Country     string    `json:"country"`
	Role        Role      `json:"role"`
	Via         string    `json:"via"` // "importer", "onward", "storage", "remote-access"
	Restricted  bool      `json:"restricted"`
	Basis       Basis     `json:"basis"`
	Mechanism   Mechanism `json:"mechanism,omitempty"` // the instrument relied on, if any
	Decision    string    `json:"decision,omitempty"`  // adequacy decision ID, such as "adq-ca"
	Lawful      bool      `json:"lawful"`
	TIARequired bool      `json:"tia_required"`
	Reasons     []string  `json:"reasons"`
	Sources     []Source  `json:"sources"`
}

// MeasureAdvice is a need for a measure: any one of Measures meets it.
type MeasureAdvice struct {
	Measures []Measure `json:"measures"` // any one of these
	Reason   string    `json:"reason"`
	Sources  []Source  `json:"sources"`
}

// LawExposure is a third-country law that can reach the data because a
// recipient or its parent sits under it.
type LawExposure struct {
	ID      string   `json:"id"` // "fisa-702", "eo-12333", "cloud-act"
	Country string   `json:"country"`
	Name    string   `json:"name"`
	Reach   string   `json:"reach"`
	Note    string   `json:"note,omitempty"`
	Parties []string `json:"parties"` // names of the parties under it
	Sources []Source `json:"sources"`
}

// OpenFact is a fact that the Flow does not state and on which the
// assessment depends: Evaluate took the conservative reading and says so.
// Field is the JSON path of the Flow field that settles it, such as
// "importer_access" or "importer.same_group".
type OpenFact struct {
	Field       string   `json:"field"`
	Party       string   `json:"party,omitempty"` // the recipient concerned, if one
	Assumed     string   `json:"assumed"`         // the reading taken, such as "clear"
	Explanation string   `json:"explanation"`
	Sources     []Source `json:"sources"`
}

// Conclusion explains one of the Assessment's top-level answers.
type Conclusion struct {
	ID          string   `json:"id"` // "restricted", "basis", "lawful", "tia-required"
	Value       string   `json:"value"`
	Explanation string   `json:"explanation"`
	Sources     []Source `json:"sources"`
}

// Assessment is the outcome of Evaluate. Lawful concerns Chapter V only;
// Arts. 6, 9, 28 and 35 are separate checks.
type Assessment struct {
	AsOf        string `json:"as_of"`      // the date evaluated, YYYY-MM-DD
	DataAsOf    string `json:"data_as_of"` // AsOf, the data's date
	Stale       bool   `json:"stale"`      // the date is past the data's
	Restricted  bool   `json:"restricted"`
	Basis       Basis  `json:"basis"`
	Lawful      bool   `json:"lawful"`
	TIARequired bool   `json:"tia_required"`
	Risks       []Risk `json:"risks"`

	Recipients          []Recipient     `json:"recipients"`
	EffectiveMeasures   []Measure       `json:"effective_measures"` // measures in place that EDPB Recommendations 01/2020 Annex 2 accepts for this flow
	OpenFacts           []OpenFact      `json:"open_facts"`         // facts the Flow does not state that the outcome depends on
	RequiredMeasures    []MeasureAdvice `json:"required_measures"`
	RecommendedMeasures []MeasureAdvice `json:"recommended_measures"`
	USLaw               []LawExposure   `json:"us_law"`      // US laws, when a recipient or its parent is American
	ForeignLaw          []LawExposure   `json:"foreign_law"` // every third-country law in reach, the US ones included
	Conclusions         []Conclusion    `json:"conclusions"`
}

// HasRisk reports whether the assessment has a risk with the given ID.
func (a Assessment) HasRisk(id RiskID) bool {
	for _, r := range a.Risks {
		if r.ID == id {
			return true
		}
	}
	return false
}

// RiskIDs returns the IDs of the assessment's risks in order.
func (a Assessment) RiskIDs() []RiskID {
	ids := make([]RiskID, 0, len(a.Risks))
	for _, r := range a.Risks {
		ids = append(ids, r.ID)
	}
	return ids
}
