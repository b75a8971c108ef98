// Package avgrisk is the front door of a library of AVG (GDPR) risk checks
// for organisations that keep their customers in a US CRM.
//
// The module's packages:
//
//   - classify finds special categories of personal data (Art. 9 and 10 AVG,
//     the BSN) and ordinary identifiers in Dutch and English text, CRM
//     records, schemas and exports.
//   - transfer evaluates an international transfer as of a date: whether it
//     is restricted, on which basis, whether it is lawful, which risks remain.
//   - retention holds the Dutch retention periods with their legal sources
//     and decides, calendar-correct, whether to keep, delete or review.
//   - avg assesses a whole system, answers the DPIA question and writes the
//     report in Dutch and English; avg/avgtest has helpers for users' tests.
//
// avgrisk is not legal advice. It reads no network and never logs or prints
// the personal data it finds.
package avgrisk
