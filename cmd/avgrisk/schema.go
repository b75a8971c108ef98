package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
	"text/tabwriter"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/classify/exportfs"
	"github.com/avgrisk/avgrisk/classify/salesforce"
)

func runSchema(e *env, args []string) int {
	fs := e.flags("Judges the fields of a schema: a Salesforce DX project folder, a Metadata API\n" +
		"folder, a describe JSON (a file or a folder of them), a zip of any of these, or\n" +
		"the header of a CSV export. Prints the flagged fields per object with their\n" +
		"evidence (which rule and data line decided). Exit 1 when a field holds a\n" +
		"special category.")
	minConf := fs.Float64("min-confidence", -1, "report findings of at least this confidence, 0 to 1")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	path, ok := e.oneArg(fs, pos, "schema path")
	if !ok {
		return exitError
	}
	c, err := e.cfg.classifier(*minConf)
	if err != nil {
		e.errorf("%v", err)
		return exitError
	}
	objs, format, err := loadSchema(e, c, path)
	if err != nil {
		e.errorf("%v", err)
		return exitError
	}
	res := &schemaResult{Tool: newToolInfo(), Input: path, Format: format, Objects: []schemaObject{}}
	var sup suppressions
	for _, r := range c.Schema(objs) {
		res.Fields += len(r.Fields)
		so := schemaObject{Name: r.Object, Kind: string(r.Kind), Categories: r.Categories, Fields: []schemaField{}}
		for _, f := range r.Flagged() {
			if ig := e.cfg.ignoredField(r.Object, f.Field); ig != nil {
				sup.add(ig, 1)
				continue
			}
			sf := schemaField{Name: f.Field, Categories: []classify.Category{}, Kinds: []classify.Kind{}, Evidence: []schemaEvidence{}}
			for _, fd := range f.Findings {
				if fd.Category.Special() && !containsCat(sf.Categories, fd.Category) {
					sf.Categories = append(sf.Categories, fd.Category)
				}
				if fd.Kind != classify.Term && !containsKind(sf.Kinds, fd.Kind) {
					sf.Kinds = append(sf.Kinds, fd.Kind)
				}
				sf.Confidence = max(sf.Confidence, fd.Confidence)
			}
			for _, ev := range f.Evidence {
				sf.Evidence = append(sf.Evidence, schemaEvidence{Source: string(ev.Source), Rule: ev.Rule, Line: ev.Line, Category: ev.Category, Weight: ev.Weight, Against: ev.Against})
			}
			if len(sf.Categories) > 0 {
				res.Special++
			}
			so.Fields = append(so.Fields, sf)
		}
		if len(so.Fields) > 0 || len(so.Categories) > 0 {
			res.Objects = append(res.Objects, so)
		}
		res.ObjectsRead++
	}
	res.Suppressed = sup.list()
	if code := e.emit(res); code != exitClean {
		return code
	}
	if res.Special > 0 {
		return exitFound
	}
	return exitClean
}

func containsKind(ks []classify.Kind, k classify.Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// loadSchema reads the objects of a schema and says which format it was.
func loadSchema(e *env, c *classify.Classifier, path string) ([]classify.Object, string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, "", fmt.Errorf("%s: no such file or folder", path)
	}
	if fi.IsDir() {
		objs, err := salesforce.Load(os.DirFS(path))
		return objs, "salesforce metadata folder", schemaError(path, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("%s: cannot read it", path)
	}
	d := classify.DetectFormat(data)
	switch {
	case d.Container == classify.ContainerZip:
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return nil, "", fmt.Errorf("%s: not a valid zip archive", path)
		}
		objs, err := salesforce.Load(zr)
		return objs, "salesforce metadata zip", schemaError(path, err)
	case strings.EqualFold(filepath.Ext(path), ".json") || strings.HasPrefix(strings.TrimSpace(string(data[:min(len(data), 64)])), "{"):
		objs, err := salesforce.LoadDescribe(fstest.MapFS{filepath.Base(path): {Data: data}})
		return objs, "describe JSON", schemaError(path, err)
	case strings.HasSuffix(strings.ToLower(path), ".object") || strings.HasSuffix(strings.ToLower(path), ".xml"):
		objs, err := salesforce.Load(fstest.MapFS{"objects/" + filepath.Base(path): {Data: data}})
		return objs, "metadata file", schemaError(path, err)
	}
	return csvHeaderSchema(e, c, path)
}

// csvHeaderSchema reads the header of a CSV export as the fields of one
// object, named after the file. The header goes through classify's export
// scanner, so a header that looks like data is named by position, as a
// scan names it.
func csvHeaderSchema(e *env, c *classify.Classifier, path string) ([]classify.Object, string, error) {
	var obj *classify.Object
	headerIsData := false
	err := exportfs.Walk(e.ctx, []string{path}, nil, func(in exportfs.Input, r io.Reader) error {
		if in.Err != nil {
			return in.Err
		}
		if in.Detection.Container != classify.ContainerExport || in.Detection.Format != classify.CSV {
			return errors.New("not a schema: want a Salesforce metadata folder, a describe JSON, a zip or a CSV export")
		}
		// The header only: the first line, as the scanner reads it.
		head, _ := io.ReadAll(io.LimitReader(r, classify.DetectLen))
		if i := bytes.IndexByte(head, '\n'); i >= 0 {
			head = head[:i+1]
		}
		sum, err := c.ScanExport(e.ctx, bytes.NewReader(head), classify.CSV, nil)
		if err != nil {
			return fmt.Errorf("header: %v", err)
		}
		if sum.HeaderLooksLikeData {
			headerIsData = true
		}
		obj = &classify.Object{Name: in.Object, Fields: []classify.Field{}}
		for _, col := range sum.Columns {
			obj.Fields = append(obj.Fields, classify.Field{Object: in.Object, Name: col.Name})
		}
		return nil
	})
	if err != nil {
		return nil, "", fmt.Errorf("%s: %v", path, strings.TrimPrefix(err.Error(), "exportfs: "))
	}
	if headerIsData {
		return []classify.Object{*obj}, "CSV without a header (the first line looked like data; columns named by position)", nil
	}
	return []classify.Object{*obj}, "CSV header", nil
}

// schemaError says what went wrong loading metadata, by file and line.
func schemaError(path string, err error) error {
	if err == nil {
		return nil
	}
	var pe *salesforce.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", path, pe)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: no metadata found", path)
	}
	return fmt.Errorf("%s: %v", path, err)
}

// schemaResult is the JSON output of the schema command.
type schemaResult struct {
	Tool        toolInfo       `json:"tool"`
	Input       string         `json:"input"`
	Format      string         `json:"format"`
	ObjectsRead int            `json:"objects_read"`
	Fields      int            `json:"fields"`
	Special     int            `json:"special_fields"` // flagged fields with a special category
	Objects     []schemaObject `json:"objects"`        // objects with flagged fields or categories
	Suppressed  []suppressed   `json:"suppressed"`
}

type schemaObject struct {
	Name       string              `json:"name"`
	Kind       string              `json:"kind"`
	Categories []classify.Category `json:"categories"` // what every record of the object reveals
	Fields     []schemaField       `json:"fields"`     // flagged fields
}

type schemaField struct {
	Name       string              `json:"name"`
	Categories []classify.Category `json:"categories"`
	Kinds      []classify.Kind     `json:"kinds"`
	Confidence float64             `json:"confidence"`
	Evidence   []schemaEvidence    `json:"evidence"`
}

// schemaEvidence is one reason for a verdict: where, which rule and data
// line, how strong. It names rules and lines, never sample values.
type schemaEvidence struct {
	Source   string            `json:"source"`
	Rule     string            `json:"rule,omitempty"`
	Line     string            `json:"line,omitempty"`
	Category classify.Category `json:"category,omitempty"`
	Weight   float64           `json:"weight"`
	Against  bool              `json:"against,omitempty"`
}

func (r *schemaResult) json() any { return r }

func (f schemaField) what() string {
	var parts []string
	for _, c := range f.Categories {
		parts = append(parts, string(c))
	}
	for _, k := range f.Kinds {
		parts = append(parts, string(k))
	}
	return strings.Join(parts, ", ")
}

func (f schemaField) because() string {
	var parts []string
	for _, ev := range f.Evidence {
		if ev.Against {
			continue
		}
		s := ev.Source
		if ev.Line != "" {
			s += " (" + ev.Line + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func (r *schemaResult) text(w io.Writer) error {
	fmt.Fprintf(w, "%s: %s, %s, %s; %s with special categories\n", r.Input, r.Format, plural(r.ObjectsRead, "object"), plural(r.Fields, "field"), plural(r.Special, "field"))
	for _, o := range r.Objects {
		fmt.Fprintf(w, "\n%s (%s)", o.Name, o.Kind)
		if len(o.Categories) > 0 {
			fmt.Fprintf(w, ": every record reveals %s", join(o.Categories))
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, f := range o.Fields {
			fmt.Fprintf(tw, "  %s\t%s\t%.2f\t%s\n", f.Name, f.what(), f.Confidence, f.because())
		}
		tw.Flush()
	}
	for _, s := range r.Suppressed {
		fmt.Fprintf(w, "\nignored %s (%s), by the configuration\n", s.What, s.Reason)
	}
	fmt.Fprintf(w, "\nfield lexicon %s; not legal advice\n", r.Tool.FieldLexicon)
	return nil
}

func (r *schemaResult) markdown(w io.Writer) error {
	fmt.Fprintf(w, "# Schema: %s\n\n%s, %s, %s; **%s with special categories**.\n\n", mdEscape(r.Input), r.Format, plural(r.ObjectsRead, "object"), plural(r.Fields, "field"), plural(r.Special, "field"))
	for _, o := range r.Objects {
		fmt.Fprintf(w, "## %s (%s)\n\n| field | found | confidence | evidence |\n|---|---|---:|---|\n", mdEscape(o.Name), o.Kind)
		for _, f := range o.Fields {
			fmt.Fprintf(w, "| %s | %s | %.2f | %s |\n", mdEscape(f.Name), f.what(), f.Confidence, mdEscape(f.because()))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "_Field lexicon %s. Not legal advice._\n", r.Tool.FieldLexicon)
	return nil
}

func (r *schemaResult) sarif() *sarifLog {
	b := newSARIF()
	for _, o := range r.Objects {
		for _, f := range o.Fields {
			for _, c := range f.Categories {
				rule := categoryRule(c, "")
				b.rule(rule)
				b.result(rule.ID, "error", fmt.Sprintf("Field %s.%s holds %s (confidence %.2f); evidence: %s.", o.Name, f.Name, c, f.Confidence, f.because()), r.Input, 0, nil)
			}
			for _, k := range f.Kinds {
				rule := categoryRule("", k)
				b.rule(rule)
				b.result(rule.ID, "note", fmt.Sprintf("Field %s.%s holds %s.", o.Name, f.Name, k), r.Input, 0, nil)
			}
		}
	}
	return b.log
}
