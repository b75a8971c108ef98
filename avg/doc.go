// Package avg assesses a whole system that holds personal data against the
// AVG (the Dutch name of the GDPR), answers the question whether a DPIA is
// required, and writes the report and a DPIA draft in Dutch and English.
//
// The other packages answer one question each: classify finds special
// categories in fields and records, transfer judges an international
// transfer, retention decides what to keep. avg runs them over one System
// (the vendor and its sub-processors, the schema, sample records, the
// security controls, the retention configuration, the facts behind the DPIA
// criteria, a DPIA done) and adds the checks every adviser lists for a CRM in
// the cloud. The checks, in report order:
//
//	special-categories    no special categories (Art. 9, 10 AVG, BSN) in the schema or samples
//	storage-location      the data is stored in the EEA
//	transfer-basis        every restricted transfer has a lawful Chapter V basis
//	foreign-jurisdiction  no third-country law (CLOUD Act, FISA 702) reaches the data, or the vendor holds ciphertext only, keys in the EEA
//	encryption            encrypted at rest and in transit; keys out of a foreign vendor's reach
//	two-factor            two-factor authentication for every user
//	retention             a period for every category of records, enforced
//	dpia                  a DPIA where one is required, reviewed in the last three years
//
// Each Check says what it found (fields, categories, parties, countries and
// counts, never values), why it matters, what to do, and its legal sources.
// The overall risk follows the likelihood × impact matrix of the Model DPIA
// Rijksdienst.
//
// # Usage
//
//	r, err := avg.Assess(system, time.Now())
//	if err != nil {
//		return err // invalid input: names the transfer, category or field
//	}
//	r.WriteMarkdown(os.Stdout, language.Dutch)   // or WriteJSON, or language.English
//	avg.WriteDraft(file, system, r, language.Dutch) // the DPIA draft
//	changes := avg.Diff(lastMonth, r)              // what changed
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
// see; it cannot check purposes, the legal basis or whether a data subject
// was informed, and the DPIA draft leaves those to a person. It reads no
// network, never logs or prints, and never puts personal data in a report,
// an error or a draft.
//
// Assess, the renderers and Diff are safe for concurrent use. The embedded
// data is as of DataAsOf; each report records the data versions of all
// packages it used (Report.Data).
package avg
