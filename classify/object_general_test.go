package classify

import "testing"

// TestObjectUnseenClasses covers error classes found on sources that
// nobody tuned on (issue 10: apollo, opendental, the pending sources),
// written as an org that none of them is would show them: each class
// with an object that must change and a near miss that must not. The
// reason names the class and the data line or rule.
func TestObjectUnseenClasses(t *testing.T) {
	c := Default()
	bpf := func(name string) Object {
		return Object{Name: name, Fields: probeFields(
			"businessprocessflowinstanceid", "Lab Order Flow", "uniqueidentifier",
			"bpf_name", "Name", "nvarchar",
			"bpf_duration", "Duration", "int",
			"activestageid", "Active Stage", "lookup",
			"activestagestartedon", "Active Stage Started On", "datetime",
			"completedon", "Completed On", "datetime",
			"traversedpath", "Traversed Path", "nvarchar",
			"bpf_contoso_labresultid", "Lab Result", "lookup",
		)}
	}
	cases := []objectCase{
		{
			name:   "a Dataverse business process flow table on a clinical table",
			obj:    bpf("contoso_labresultbpf"),
			kind:   ObjectConfiguration,
			reason: "schema.tsv sibling business process flow instance id: the flow's progress through its stages, not the lab result",
		},
		{
			name: "near miss: the clinical table a flow runs on keeps its kind and content",
			obj: Object{Name: "contoso_labresult", Label: "Lab Result", Fields: probeFields(
				"contoso_labresultid", "Lab Result", "uniqueidentifier",
				"contoso_findings", "Findings", "nvarchar",
				"processid", "Process", "uniqueidentifier",
				"traversedpath", "Traversed Path", "nvarchar",
				"contoso_patient", "Patient", "lookup",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"contoso_findings": {Health}},
			reason: "the flow's columns on the main table (processid, traversedpath) are system fields; only the flow table's own key makes a table a flow",
		},
	}
	runObjectCases(t, c, cases)
}
