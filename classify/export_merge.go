package classify

import "fmt"

// MergeExportSummaries merges the summaries of consecutive parts of one
// export into the summary that ScanExport gives for the whole, so that an
// export split at line boundaries can be scanned in parallel (on several
// goroutines, or on several machines as the beam module does) and still be
// reported as one.
//
// parts must be in the order of the export, each part beginning where the
// one before ended, at the start of a line; for CSV, each part must carry
// the header (every part after the first then reads the header again, so
// callers usually split only JSON Lines). Line numbers of the later parts
// are shifted by the lines of the parts before them; counts are summed;
// columns are listed in order of first appearance, a column's strongest
// finding is the first of the highest confidence, as in ScanExport, and
// its share is recomputed over the merged rows. Of the bad lines, the
// first 100 are listed, as in ScanExport.
//
// It returns an error if the parts are of different formats.
func MergeExportSummaries(parts []ExportSummary) (ExportSummary, error) {
	out := ExportSummary{BadLines: []int{}, Columns: []ColumnSummary{}}
	if len(parts) == 0 {
		return out, nil
	}
	out.Format = parts[0].Format
	index := map[string]int{}
	type colAcc struct {
		cats  categorySet
		kinds kindSet
	}
	var accs []colAcc
	for _, p := range parts {
		if p.Format != out.Format {
			return ExportSummary{}, fmt.Errorf("classify: merge: part of format %v after part of format %v", p.Format, out.Format)
		}
		for _, l := range p.BadLines {
			if len(out.BadLines) < maxBadLines {
				out.BadLines = append(out.BadLines, l+out.Lines)
			}
		}
		out.Rows += p.Rows
		out.RowsWithFindings += p.RowsWithFindings
		out.BadRows += p.BadRows
		out.Lines += p.Lines
		out.Bytes += p.Bytes
		out.ExtraColumns += p.ExtraColumns
		out.HeaderLooksLikeData = out.HeaderLooksLikeData || p.HeaderLooksLikeData
		for _, c := range p.Columns {
			i, ok := index[c.Name]
			if !ok {
				i = len(out.Columns)
				index[c.Name] = i
				out.Columns = append(out.Columns, ColumnSummary{Name: c.Name, Positional: c.Positional,
					CategoryRows: map[Category]int{}, KindRows: map[Kind]int{}})
				accs = append(accs, colAcc{})
			}
			m := &out.Columns[i]
			m.Rows += c.Rows
			m.Positional = m.Positional || c.Positional
			for cat, n := range c.CategoryRows {
				m.CategoryRows[cat] += n
			}
			for k, n := range c.KindRows {
				m.KindRows[k] += n
			}
			for _, cat := range c.Categories {
				if j := catIndex(cat); j >= 0 {
					accs[i].cats |= 1 << j
				}
			}
			for _, k := range c.Kinds {
				if j := kindIndex(k); j >= 0 {
					accs[i].kinds |= 1 << j
				}
			}
			if c.Rule != "" && (m.Rule == "" || c.Confidence > m.Confidence) {
				m.Rule, m.Confidence = c.Rule, c.Confidence
			}
		}
	}
	for i := range out.Columns {
		m := &out.Columns[i]
		m.Categories, m.Kinds = []Category{}, []Kind{}
		for j, cat := range fieldCats {
			if accs[i].cats&(1<<j) != 0 {
				m.Categories = append(m.Categories, cat)
			}
		}
		for j, k := range fieldKinds {
			if accs[i].kinds&(1<<j) != 0 {
				m.Kinds = append(m.Kinds, k)
			}
		}
		if out.Rows > 0 {
			m.Share = float64(m.Rows) / float64(out.Rows)
		}
	}
	return out, nil
}
