package classify

// RiskScore ranks what a row, a record or a text reveals, from its
// findings: each special category counts ten times its strongest
// confidence, each identifier kind once its strongest confidence, so a
// diagnosis next to a BSN outranks any number of e-mail addresses. Tools
// use it to list the riskiest rows of an export first. It allocates
// nothing; findings of unknown categories or kinds count for nothing.
func RiskScore(fs []Finding) float64 {
	var bestCat [numCats]float64
	var bestKind [numKinds]float64
	for _, f := range fs {
		if f.Category.Special() {
			if i := catIndex(f.Category); i >= 0 {
				bestCat[i] = max(bestCat[i], f.Confidence)
			}
		}
		if f.Kind != Term {
			if i := kindIndex(f.Kind); i >= 0 {
				bestKind[i] = max(bestKind[i], f.Confidence)
			}
		}
	}
	var score float64
	for _, c := range bestCat {
		score += 10 * c
	}
	for _, k := range bestKind {
		score += k
	}
	return score
}
