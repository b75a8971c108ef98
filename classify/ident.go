package classify

// appendIdents appends the identifier findings in text to dst.
func (c *Classifier) appendIdents(dst []Finding, text string) []Finding {
	return dst
}
