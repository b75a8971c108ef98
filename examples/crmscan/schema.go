package main

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/classify/salesforce"
)

// Schema mode (-schema PATH): crmscan reads a Salesforce schema instead
// of an export (an SFDX project folder, a Metadata API folder of .object
// files, a folder of describe JSON files, a zip of any of these, or a
// single .object or describe .json file) with salesforce.Load, judges
// every object with its fields by (*classify.Classifier).Schema, and
// prints the flagged fields per object with the evidence that decided
// (rule IDs and data lines, never a picklist value or a description).

// maxEvidence is how many pieces of evidence are shown per field.
const maxEvidence = 3

// schemaResult is what schema mode prints, and its JSON.
type schemaResult struct {
	Path    string                  `json:"path"`
	Objects int                     `json:"objects"`
	Fields  int                     `json:"fields"`
	Flagged int                     `json:"flagged_fields"`
	Results []classify.ObjectResult `json:"results"` // objects with a flagged field, only those fields
	Special bool                    `json:"special"`
}

// runSchema is schema mode; it returns the exit code (0 nothing
// flagged, 1 special categories flagged, 2 error).
func runSchema(c *classify.Classifier, path string, asJSON bool, stdout, stderr io.Writer) int {
	fsys, closeFS, err := openSchema(path)
	if err != nil {
		fmt.Fprintf(stderr, "crmscan: %v\n", err)
		return 2
	}
	defer closeFS()
	objs, err := salesforce.Load(fsys)
	if err != nil {
		fmt.Fprintf(stderr, "crmscan: %s: %v\n", path, err)
		return 2
	}
	if len(objs) == 0 {
		fmt.Fprintf(stderr, "crmscan: %s: no Salesforce objects found (an SFDX project, .object files or describe JSON)\n", path)
		return 2
	}
	res := judgeSchema(c, path, objs)
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "crmscan: %v\n", err)
			return 2
		}
	} else {
		res.write(stdout)
	}
	if res.Special {
		return 1
	}
	return 0
}

// judgeSchema classifies the objects and keeps the flagged fields.
func judgeSchema(c *classify.Classifier, path string, objs []classify.Object) schemaResult {
	res := schemaResult{Path: path, Objects: len(objs), Results: []classify.ObjectResult{}}
	for _, r := range c.Schema(objs) {
		res.Fields += len(r.Fields)
		flagged := r.Flagged()
		if len(flagged) == 0 {
			continue
		}
		r.Fields = flagged
		res.Flagged += len(flagged)
		res.Results = append(res.Results, r)
		res.Special = true
	}
	return res
}

// openSchema opens PATH as a file system for salesforce.Load: a folder
// as it is, a .zip through archive/zip, and any other file as a folder
// holding only that file.
func openSchema(path string) (fs.FS, func(), error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if st.IsDir() {
		return os.DirFS(path), func() {}, nil
	}
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		return zr, func() { zr.Close() }, nil
	}
	return oneFile{os.DirFS(filepath.Dir(path)), filepath.Base(path)}, func() {}, nil
}

// oneFile is a folder in which only one file is seen: fs.WalkDir lists
// directories through ReadDir, so the loader finds that file alone.
type oneFile struct {
	fs.FS
	name string
}

// ReadDir lists the root as holding only the one file.
func (o oneFile) ReadDir(dir string) ([]fs.DirEntry, error) {
	if dir != "." {
		return nil, &fs.PathError{Op: "readdir", Path: dir, Err: fs.ErrNotExist}
	}
	ents, err := fs.ReadDir(o.FS, ".")
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(ents, func(e fs.DirEntry) bool { return e.Name() != o.name }), nil
}

// write prints the flagged fields per object with their evidence.
func (r schemaResult) write(w io.Writer) {
	fmt.Fprintf(w, "crmscan schema %s: %d objects, %d fields, %d flagged\n", r.Path, r.Objects, r.Fields, r.Flagged)
	for _, o := range r.Results {
		fmt.Fprintf(w, "\n%s (%s)", o.Object, o.Kind)
		if len(o.Categories) > 0 {
			fmt.Fprintf(w, "  object holds: %s", joinCategories(o.Categories))
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, f := range o.Fields {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", f.Field, findingsText(f.Findings), evidenceText(f.Evidence))
		}
		tw.Flush()
	}
	if r.Flagged == 0 {
		fmt.Fprintln(w, "\nno field holds special categories of personal data")
	}
}

func joinCategories(cs []classify.Category) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// findingsText lists the special categories of a field with confidence.
func findingsText(fs []classify.Finding) string {
	var parts []string
	for _, f := range fs {
		if f.Category.Special() {
			parts = append(parts, fmt.Sprintf("%s %.2f", f.Category, f.Confidence))
		}
	}
	return strings.Join(parts, ", ")
}

// evidenceText names the strongest evidence for: its source and the
// data line of its rule, never the text it matched.
func evidenceText(ev []classify.Evidence) string {
	var for_ []classify.Evidence
	for _, e := range ev {
		if !e.Against && e.Weight > 0 {
			for_ = append(for_, e)
		}
	}
	slices.SortStableFunc(for_, func(a, b classify.Evidence) int {
		switch {
		case a.Weight > b.Weight:
			return -1
		case a.Weight < b.Weight:
			return 1
		}
		return 0
	})
	var parts []string
	for i, e := range for_ {
		if i == maxEvidence {
			parts = append(parts, fmt.Sprintf("+%d more", len(for_)-maxEvidence))
			break
		}
		s := string(e.Source)
		if e.Line != "" {
			s += " " + e.Line
		} else if e.Rule != "" {
			s += " " + e.Rule
		}
		parts = append(parts, s)
	}
	return "evidence: " + strings.Join(parts, "; ")
}
