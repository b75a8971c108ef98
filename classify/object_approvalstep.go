package classify

import (
	"slices"
	"strings"
)

// RuleApprovalStep is the rule of the evidence against a numbered
// comment that belongs to the step of an approval workflow with the
// same number (approvalStep).
const RuleApprovalStep = "approval-step"

// commentWords are the words of a field named for a free comment alone.
var commentWords = []string{"comment", "comments", "remark", "remarks"}

// approvalStep marks a numbered comment ("Comment 3") of an object one
// of whose other fields is a step of an approval workflow with the same
// number ("Approval Level 3", "Date Of Approval 3"): a multi-level
// approval keeps each approver's comment beside the level and the date,
// so the comment is the approval's, its handling (schema.tsv handling
// approval; the labelling rule: approval workflow comments are
// negative), not a note on the record's content (pending elixir
// Treatment_Plan__c.Comment_1__c .. Comment_5__c beside
// Approval_Level_1__c .. Approval_Level_5__c). A numbered comment with
// no such sibling stays content (Health Cloud DiagnosticSummary
// ImageComments1 .. ImageComments5).
func (j *fieldJudge) approvalStep(f Field) {
	if j.handling || len(j.nameBases) == 0 || slices.ContainsFunc(j.nameBases, func(w string) bool { return !slices.Contains(commentWords, w) }) {
		return
	}
	n := trailingNumber(f.Name)
	if n == "" {
		return
	}
	for _, s := range j.v.sib.fields {
		if s.Name == f.Name || trailingNumber(s.Name) != n {
			continue
		}
		if slices.Contains(j.lx.bases(j.sc.name(s.Name)), "approval") {
			j.handling = true
			j.against = append(j.against, Evidence{Source: EvidenceSiblings, Rule: RuleApprovalStep, Against: true})
			return
		}
	}
}

// trailingNumber returns the digits that end a field's name, its
// platform suffix cut ("Comment_3__c": "3"), or "".
func trailingNumber(name string) string {
	base, _ := stripSalesforce(name)
	base = strings.TrimRight(base, "_ ")
	i := len(base)
	for i > 0 && '0' <= base[i-1] && base[i-1] <= '9' {
		i--
	}
	return base[i:]
}
