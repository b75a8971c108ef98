package main

import (
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
)

// The HTML reports are one self-contained file each: inline CSS, inline
// SVG, no script, no external asset, so a compliance officer can mail it
// to the DPO and it opens anywhere. html/template escapes every text; the
// data in them is what the other formats show (names of columns and
// checks, counts, masked excerpts), never a value read.

const htmlStyle = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;color:#1b1b1b;max-width:72rem}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}
td.num{text-align:right}
td.heat{text-align:center;min-width:4rem}
.light{display:inline-block;width:1.1rem;height:1.1rem;border-radius:50%;vertical-align:middle;border:1px solid #444}
.pass{background:#2e9e44} .warn{background:#f2b705} .fail{background:#d1342f} .na{background:#bbb}
.check{border:1px solid #ccc;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}
.check h3{margin:.2rem 0;font-size:1.05rem}
.sources{font-size:.85rem;color:#444}
.total{font-size:1.1rem;margin:.8rem 0}
footer{margin-top:2rem;color:#666;font-size:.8rem}
`

var htmlFuncs = template.FuncMap{
	"pct":   func(f float64) string { return percent(f) },
	"size":  func(n int64) string { return size(n) },
	"label": func(f found) string { return f.label() },
	"heat": func(f float64) template.CSS {
		// White to red by share; at least a tint for any finding.
		a := 0.12 + 0.88*f
		if f == 0 {
			a = 0
		}
		return template.CSS(fmt.Sprintf("background:rgba(209,52,47,%.2f)", a))
	},
	"upper": strings.ToUpper,
	"share": columnShare,
	"light": lightClass,
}

var scanHTML = template.Must(template.New("scan").Funcs(htmlFuncs).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>avgrisk scan</title>
<style>` + htmlStyle + `</style></head><body>
<h1>avgrisk scan: personal data found</h1>
<p class="meta">{{.R.Totals.Inputs}} inputs, {{.R.Totals.Rows}} rows, {{size .R.Totals.Bytes}}; vocabulary as of {{.R.Tool.VocabularyAsOf}}, minimum confidence {{printf "%.2f" .R.MinConfidence}}. Values are never shown.</p>
<p class="total"><strong>{{.R.Totals.RowsWithSpecial}}</strong> rows with special categories of personal data (AVG art. 9 and 10, BSN); {{.R.Totals.RowsWithFindings}} rows with personal data.</p>
{{if .R.Interrupted}}<p><strong>Interrupted:</strong> this covers what was read before the scan was stopped.</p>{{end}}
<h2>Rows per category</h2>
{{if .Bars}}<svg xmlns="http://www.w3.org/2000/svg" width="760" height="{{.BarsHeight}}" role="img" aria-label="rows per category">
{{range $i, $b := .Bars}}<text x="0" y="{{$b.Y}}" font-size="13" dominant-baseline="middle">{{$b.Label}}</text>
<rect x="230" y="{{$b.Top}}" width="{{$b.Width}}" height="18" fill="{{$b.Color}}"></rect>
<text x="{{$b.End}}" y="{{$b.Y}}" font-size="13" dominant-baseline="middle">{{$b.N}}</text>
{{end}}</svg>{{else}}<p>Nothing found.</p>{{end}}
{{range .R.Inputs}}<h2>{{.Name}}</h2>
<p class="meta">{{upper .Format}}{{if .Separator}} (separator {{.Separator}}){{end}}, {{.Encoding}}, {{size .Bytes}}; {{.Rows}} rows, {{.RowsWithSpecial}} with special categories{{if .BadRows}}, {{.BadRows}} bad rows skipped{{end}}.</p>
{{if .HeaderIsData}}<p>The first line looked like data, not a header: columns are named by position.</p>{{end}}
{{if .Text}}<table><tr><th>found</th><th>findings</th></tr>{{range .Text.Found}}<tr><td>{{label .}}</td><td class="num">{{.Findings}}</td></tr>{{end}}</table>
{{else}}{{$cats := $.Cats}}<table><tr><th>column</th><th>evidence</th>{{range $cats}}<th>{{.}}</th>{{end}}</tr>
{{range .Columns}}{{if .Rows}}<tr><td>{{.Name}}</td><td>{{.Evidence}}</td>{{$col := .}}{{range $cats}}{{$s := share $col .}}<td class="heat" style="{{heat $s}}">{{if $s}}{{pct $s}}{{end}}</td>{{end}}</tr>{{end}}{{end}}
</table>
{{if .Riskiest}}<p>Riskiest rows (values masked):</p><table><tr><th>row</th><th>line</th><th>column</th><th>found</th><th>excerpt</th></tr>
{{range .Riskiest}}{{$r := .}}{{range .Findings}}<tr><td class="num">{{$r.Row}}</td><td class="num">{{$r.Line}}</td><td>{{.Field}}</td><td>{{.Category}}/{{.Kind}}</td><td><code>{{.Excerpt}}</code></td></tr>{{end}}{{end}}
</table>{{end}}{{end}}{{end}}
{{if .R.Suppressed}}<h2>Ignored by the configuration</h2><ul>{{range .R.Suppressed}}<li>{{.What}}: {{.Reason}} ({{.Count}} findings)</li>{{end}}</ul>{{end}}
{{if .R.Errors}}<h2>Inputs that could not be read</h2><ul>{{range .R.Errors}}<li>{{.}}</li>{{end}}</ul>{{end}}
<footer>avgrisk {{.R.Tool.Version}} · not legal advice · a finding is evidence to look at, not a verdict</footer>
</body></html>
`))

// bar is one bar of the chart of rows per category.
type bar struct {
	Label              string
	N                  int
	Y, Top, Width, End int
	Color              string
}

func (r *scanResult) html(w io.Writer) error {
	var cats []string
	seen := map[string]bool{}
	for _, in := range r.Inputs {
		for _, c := range in.Columns {
			for _, f := range c.Found {
				seen[f.label()] = true
			}
		}
	}
	for _, c := range classify.Categories() {
		if seen[string(c)] {
			cats = append(cats, string(c))
		}
	}
	for _, k := range classify.Kinds() {
		if seen[string(k)] {
			cats = append(cats, string(k))
		}
	}
	var bars []bar
	maxN := 1
	for _, c := range r.Totals.Categories {
		bars = append(bars, bar{Label: string(c.Category), N: c.Rows, Color: "#d1342f"})
		maxN = max(maxN, c.Rows)
	}
	for _, k := range r.Totals.Kinds {
		bars = append(bars, bar{Label: string(k.Kind), N: k.Rows, Color: "#5b7fb5"})
		maxN = max(maxN, k.Rows)
	}
	for i := range bars {
		bars[i].Top = 6 + 26*i
		bars[i].Y = bars[i].Top + 9
		bars[i].Width = max(2, bars[i].N*460/maxN)
		bars[i].End = 236 + bars[i].Width
	}
	return scanHTML.Execute(w, map[string]any{"R": r, "Cats": cats, "Bars": bars, "BarsHeight": 12 + 26*len(bars)})
}

// assessText holds the fixed texts of the assessment page per language.
var assessText = map[string]map[string]string{
	"en": {"title": "AVG assessment", "risk": "Overall risk", "dpia": "DPIA required", "do": "What to do", "sources": "Sources",
		"pass": "pass", "warn": "warning", "fail": "fail", "not-applicable": "not applicable", "yes": "yes", "no": "no", "asof": "as of",
		"foot": "not legal advice; every finding names fields, categories, parties and counts, never values"},
	"nl": {"title": "AVG-toets", "risk": "Totaalrisico", "dpia": "DPIA verplicht", "do": "Wat te doen", "sources": "Bronnen",
		"pass": "voldoet", "warn": "waarschuwing", "fail": "voldoet niet", "not-applicable": "niet van toepassing", "yes": "ja", "no": "nee", "asof": "per",
		"foot": "geen juridisch advies; elke bevinding noemt velden, categorieën, partijen en aantallen, nooit waarden"},
}

var assessHTML = template.Must(template.New("assess").Funcs(htmlFuncs).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.T.title}}: {{.R.System}}</title>
<style>` + htmlStyle + `</style></head><body>
<h1>{{.T.title}}: {{.R.System}}</h1>
<p class="meta">{{.T.asof}} {{.AsOf}} · {{.T.risk}}: <strong>{{.R.Risk}}</strong> · {{.T.dpia}}: <strong>{{if .R.DPIARequired}}{{.T.yes}}{{else}}{{.T.no}}{{end}}</strong></p>
<table><tr><th></th><th>check</th><th>status</th><th>risk</th></tr>
{{range .R.Checks}}<tr><td><span class="light {{light .Status}}" title="{{.Status}}"></span></td><td>{{.Title}} <span class="meta">({{.ID}})</span></td><td>{{index $.T (print .Status)}}</td><td>{{.Risk}}</td></tr>
{{end}}</table>
{{range .R.Checks}}<div class="check"><h3><span class="light {{light .Status}}"></span> {{.Title}} <span class="meta">{{.ID}}</span></h3>
{{range .Detail}}<p>{{.}}</p>{{end}}
<p class="meta">{{.Why}}</p>
{{if .Mitigations}}<p><strong>{{$.T.do}}:</strong></p><ul>{{range .Mitigations}}<li>{{.Text}}</li>{{end}}</ul>{{end}}
{{if .Sources}}<p class="sources">{{$.T.sources}}: {{range $i, $s := .Sources}}{{if $i}}; {{end}}{{if $s.URL}}<a href="{{$s.URL}}">{{$s.Citation}}</a>{{else}}{{$s.Citation}}{{end}}{{end}}</p>{{end}}
</div>{{end}}
<footer>avgrisk · {{.T.foot}}</footer>
</body></html>
`))

// columnShare is the share of rows of a column with a category or kind.
func columnShare(c scanColumn, label string) float64 {
	for _, f := range c.Found {
		if f.label() == label {
			return f.Share
		}
	}
	return 0
}

// lightClass is the traffic light of a status.
func lightClass(s avg.Status) string {
	switch s {
	case avg.Pass:
		return "pass"
	case avg.Warn:
		return "warn"
	case avg.Fail:
		return "fail"
	}
	return "na"
}

func (r *assessResult) html(w io.Writer) error {
	l := "en"
	if r.lang == language.Dutch {
		l = "nl"
	}
	return assessHTML.Execute(w, map[string]any{"R": r.report, "T": assessText[l], "Lang": l, "AsOf": r.report.AsOf.Format(time.DateOnly)})
}

var transferHTML = template.Must(template.New("transfer").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Transfer assessment</title>
<style>` + htmlStyle + `</style></head><body>
<h1>Transfer assessment</h1>
<p class="meta">{{.Input}} · as of {{.Assessment.AsOf}} · transfer data as of {{.Assessment.DataAsOf}}</p>
<table><tr><th>restricted</th><td>{{.Assessment.Restricted}}</td></tr><tr><th>basis</th><td>{{.Assessment.Basis}}</td></tr>
<tr><th>lawful</th><td><span class="light {{if .Assessment.Lawful}}pass{{else}}fail{{end}}"></span> {{.Assessment.Lawful}}</td></tr><tr><th>TIA required</th><td>{{.Assessment.TIARequired}}</td></tr></table>
<h2>Recipients</h2><table><tr><th>recipient</th><th>country</th><th>via</th><th>basis</th><th>lawful</th></tr>
{{range .Assessment.Recipients}}<tr><td>{{.Name}}</td><td>{{.Country}}</td><td>{{.Via}}</td><td>{{.Basis}}</td><td><span class="light {{if .Lawful}}pass{{else}}fail{{end}}"></span></td></tr>{{end}}</table>
{{if .Assessment.Risks}}<h2>Risks</h2>{{range .Assessment.Risks}}<div class="check"><h3><span class="light warn"></span> {{.ID}} ({{.Severity}})</h3><p>{{.Explanation}}</p>
<p class="sources">{{range $i, $s := .Sources}}{{if $i}}; {{end}}{{$s.Title}}{{end}}</p></div>{{end}}{{end}}
<footer>avgrisk · not legal advice</footer></body></html>
`))

func (r *transferResult) html(w io.Writer) error { return transferHTML.Execute(w, r) }

var retentionHTML = template.Must(template.New("retention").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Retention sweep</title>
<style>` + htmlStyle + `</style></head><body>
<h1>Retention sweep</h1>
<p class="meta">{{.Input}} · as of {{.AsOf}} · catalogue as of {{.CatalogueAsOf}}</p>
<p class="total"><span class="light fail"></span> delete {{.Counts.Delete}} · <span class="light warn"></span> review {{.Counts.Review}} · <span class="light pass"></span> keep {{.Counts.Keep}}{{if .BadRows}} · {{.BadRows}} bad rows skipped{{end}}</p>
{{if .Delete}}<h2>Delete today</h2><table><tr><th>id</th><th>category</th><th>due since</th><th>overdue days</th><th>why</th></tr>
{{range .Delete}}<tr><td>{{.ID}}</td><td>{{.Category}}</td><td>{{.DeleteFrom.Format "2006-01-02"}}</td><td class="num">{{.OverdueDays}}</td><td>{{.Explanation}}</td></tr>{{end}}</table>{{end}}
{{if .Review}}<h2>Review</h2><table><tr><th>id</th><th>category</th><th>why</th></tr>
{{range .Review}}<tr><td>{{.ID}}</td><td>{{.Category}}</td><td>{{.Explanation}}</td></tr>{{end}}</table>{{end}}
<footer>avgrisk · not legal advice · it deletes nothing</footer></body></html>
`))

func (r *retentionResult) html(w io.Writer) error { return retentionHTML.Execute(w, r) }

var schemaHTML = template.Must(template.New("schema").Funcs(htmlFuncs).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Schema: {{.Input}}</title>
<style>` + htmlStyle + `</style></head><body>
<h1>Schema: flagged fields</h1>
<p class="meta">{{.Input}} · {{.Format}} · {{.ObjectsRead}} objects, {{.Fields}} fields · field lexicon {{.Tool.FieldLexicon}}</p>
<p class="total"><strong>{{.Special}}</strong> fields hold special categories of personal data.</p>
{{range .Objects}}<h2>{{.Name}} <span class="meta">({{.Kind}})</span></h2>
{{if .Categories}}<p>Every record reveals: {{range $i, $c := .Categories}}{{if $i}}, {{end}}{{$c}}{{end}}</p>{{end}}
<table><tr><th></th><th>field</th><th>found</th><th>confidence</th><th>evidence</th></tr>
{{range .Fields}}<tr><td><span class="light {{if .Categories}}fail{{else}}warn{{end}}"></span></td><td>{{.Name}}</td><td>{{.What}}</td><td class="num">{{printf "%.2f" .Confidence}}</td><td>{{.Because}}</td></tr>{{end}}
</table>{{end}}
<footer>avgrisk · not legal advice</footer></body></html>
`))

func (r *schemaResult) html(w io.Writer) error {
	type row struct {
		schemaField
		What, Because string
	}
	type obj struct {
		schemaObject
		Fields []row
	}
	var objs []obj
	for _, o := range r.Objects {
		x := obj{schemaObject: o}
		for _, f := range o.Fields {
			x.Fields = append(x.Fields, row{f, f.what(), f.because()})
		}
		objs = append(objs, x)
	}
	return schemaHTML.Execute(w, map[string]any{"Input": r.Input, "Format": r.Format, "ObjectsRead": r.ObjectsRead, "Fields": r.Fields,
		"Special": r.Special, "Tool": r.Tool, "Objects": objs})
}

var explainHTML = template.Must(template.New("explain").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Explanation</title>
<style>` + htmlStyle + `</style></head><body>
<h1>Why the text did or did not fire</h1>
<p class="meta">{{.Length}} bytes; spans are byte offsets, the text is not repeated.</p>
<table><tr><th>category</th><th>span</th><th>outcome</th><th>vocabulary line</th><th>weight</th><th>confidence</th></tr>
{{range .Explanation.Candidates}}<tr><td>{{.Category}}</td><td>{{.Start}}-{{.End}}</td><td>{{.Outcome}}</td><td>{{.Line}}</td><td class="num">{{printf "%.2f" .Weight}}</td><td class="num">{{printf "%.2f" .Confidence}}</td></tr>{{end}}
</table>
<footer>avgrisk · not legal advice</footer></body></html>
`))

func (r *explainResult) html(w io.Writer) error { return explainHTML.Execute(w, r) }
