package classify_test

import (
	"fmt"

	"github.com/avgrisk/avgrisk/classify"
)

// Explain shows, for every vocabulary candidate, the line of the
// vocabulary that matched, the cues, anti-cues and blocks that acted on
// it, the penalties and the outcome: offsets only, never the text.
func ExampleClassifier_Explain() {
	c := classify.Default()
	ex := c.Explain("Ik word ziek van die wachtmuziek. Klant heeft diabetes.")
	for _, cd := range ex.Candidates {
		fmt.Printf("%s %s [%d:%d] weight %.2f conf %.2f %s\n", cd.Category, cd.Line.File, cd.Start, cd.End, cd.Weight, cd.Confidence, cd.Outcome)
		for _, x := range cd.Cancelled {
			fmt.Printf("  cancelled by %s (%s)\n", x.Reason, x.Line.File)
		}
		for _, p := range cd.Penalties {
			fmt.Printf("  -%.1f %s\n", p.Amount, p.Reason)
		}
	}
	fmt.Println(len(ex.Findings), "finding(s)")
	// Output:
	// health nl [8:12] weight 0.70 conf 0.70 cancelled
	//   cancelled by block (nl)
	//   cancelled by block (nl)
	// health en [46:54] weight 0.85 conf 0.85 contained
	// health nl [46:54] weight 0.85 conf 0.85 contained
	// health nl [46:54] weight 0.75 conf 0.75 reported
	// 1 finding(s)
}
