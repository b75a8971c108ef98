// Package avg assesses a whole system that holds personal data against the
// AVG (the Dutch name of the GDPR), answers the question whether a DPIA is
// required, and writes the report and a DPIA draft in Dutch and English.
//
// The other packages answer one question each: classify finds special
// categories in fields and records, transfer judges an international
// transfer, retention decides what to keep. avg runs them over one System
// (the vendor and its sub-processors, the schema, sample records, the
// record categories held, the security controls, the retention
// configuration, the facts behind the DPIA criteria, the organisation's
// agreements, register, notices and procedures, a DPIA done) and adds the
// checks every adviser lists for a CRM in the cloud. The checks, in report
// order (CheckIDs):
//
//	special-categories       no special categories (Art. 9, 10 AVG, BSN) in the schema or samples
//	storage-location         the data is stored in the EEA
//	transfer-basis           every recipient in a third country has a lawful Chapter V mechanism
//	foreign-jurisdiction     no third-country law (CLOUD Act, FISA 702) reaches the data, or the vendor holds ciphertext only, keys in the EEA
//	encryption               encrypted at rest and in transit; keys out of a foreign vendor's reach
//	two-factor               two-factor authentication for every user, not administrators only
//	retention                a period for every category of records held, compatible with statutory minimums and maximums, enforced
//	dpia                     a DPIA where one is required, reviewed in the last three years, with the DPO's advice where one is designated
//	data-protection-officer  a DPO designated where Art. 37(1) requires one: a public body, or core activities of large-scale monitoring or special categories
//	processor-agreement      Art. 28(3) incl. deletion or return and audits; sub-processors authorised and listed; no own use by the vendor
//	records-of-processing    the processing is in the record of processing activities (Art. 30)
//	legal-basis              a ground of Art. 6(1), and per special category the exception relied on (Art. 9(2), UAVG)
//	transparency             a privacy notice naming the transfers and the retention periods (Arts. 13, 14)
//	data-subject-rights      a procedure for Arts. 15–22, answered within one month (Art. 12(3))
//	breach-process           notification within 72 hours, a breach register, processors that notify (Arts. 33, 34)
//	access-control           need-to-know access, logging and regular log review (Art. 32; HagaZiekenhuis)
//
// Facts an organisation states (Answer: yes, no, or not stated) are never
// guessed: a check whose facts are not stated warns and says what to
// confirm.
//
// Each Check says what it found (fields, categories, parties, countries and
// counts, never values), why it matters, what to do, and its legal sources.
// The overall risk follows the likelihood × impact matrix of the Model DPIA
// Rijksdienst.
//
// # Usage
//
// A System is a plain value, or a JSON file with snake_case keys read by
// DecodeSystem (unknown keys are errors):
//
//	system, err := avg.DecodeSystem(file)
//	r, err := avg.Assess(system, time.Now())
//	if                       err != nil {
//		return err // invalid input: names the transfer, category or field
//	}
//	r.WriteMarkdown(os.Stdout, language.Dutch)   // or WriteJSON, or language.English
//	avg.WriteDraft(file, system, r, language.Dutch) // the DPIA draft
//	changes                  := avg.Diff(lastMonth, r)              // what changed
//
// # The DPIA question
//
// Report.DPIA holds the outcome (required, recommended, not required) and
// its reasons: the cases of Art. 35(3) AVG, the nine criteria of the WP29
// guidelines WP248 rev.01 (two or more: required; one: recommended) and the
// seventeen processing types of the Autoriteit Persoonsgegevens' list
// (Stcrt. 2019, 64418). The criteria are embedded data with their sources
// (data/dpia.json; data/README.md says where the encoding interprets).
// WriteDraft writes a draft following the Model DPIA Rijksdienst v3.0 (parts
// A–D, points 1–17) with the findings filled in and every question a person
// must still answer marked [TO ANSWER] or [TE BEANTWOORDEN].
//
// # The DPO question
//
// The check data-protection-officer decides from the system's facts
// whether Art. 37(1) AVG makes a data protection officer (functionaris
// voor gegevensbescherming) mandatory: (a) a public authority or body
// (System.PublicBody, or an exporter whose sector is "public"), except a
// court in its judicial capacity; (b) core activities of regular and
// systematic monitoring on a large scale (the monitoring facts of
// Processing, not Occasional, large scale, Processing.CoreActivity); (c)
// core activities of large-scale processing of Art. 9 or Art. 10 data
// (measured on Processing.SpecialCategorySubjects). Mandatory and not
// designated fails; a fact that decides it and is not stated warns and is
// named; otherwise the check passes and says why. The rule is embedded
// data with its sources (data/dpo.json, after WP243 rev.01 § 2.1); large
// scale uses the same figure as the DPIA screening.
//
// # Languages
//
// Reports and drafts are rendered from message catalogues
// (golang.org/x/text/message) in Dutch and English; a report's
// language-neutral content (IDs, statuses, levels, facts) does not depend
// on the language, so Diff compares reports in any language and a report
// read back from JSON can be rendered again in the other.
//
// # Scope
//
// avg is not legal advice. It checks what it is told and what classify can
// see; whether the purposes are legitimate, the ground fits them or the
// notice is clear remains for a person, and the DPIA draft marks those
// questions. It reads no
// network, never logs or prints, and never puts personal data in a report,
// an error or a draft.
//
// Assess, the renderers and Diff are safe for concurrent use. The embedded
// data is as of DataAsOf; each report records the data versions of all
// packages it used (Report.Data).
package avg
