package salesforce

import (
	"cmp"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
)

// MaxFileSize is the largest single metadata file the loaders read: 32
// MiB, several times the largest describe result Salesforce returns. A
// larger file is an error wrapping ErrTooLarge.
const MaxFileSize = 32 << 20

// Load reads every object it finds under the root of fsys, whatever the
// layout:
//
//   - Salesforce DX source format: objects/<Object>/<Object>.object-meta.xml
//     and objects/<Object>/fields/*.field-meta.xml, in any folder (every
//     package directory of a project, force-app/main/default, src, …);
//   - Metadata API files: objects/<Object>.object, fields inline;
//   - when neither is present, REST describe results: every *.json file
//     (see LoadDescribe) that has a describe result's shape; other
//     well-formed JSON (package.json, sfdx-project.json) is skipped.
//
// An object found in several places (an SFDX project splits an object's
// fields across package directories; a repository may hold both forms)
// is returned once, with the union of its fields; the first occurrence
// in path order wins for the object's label and description and for a
// field found twice. Objects are sorted by name, fields in the order of
// their files (SFDX: by file name; .object and describe: as written).
// Folders whose names begin with "." and node_modules are skipped.
//
// A file that cannot be read is an error (a *ParseError naming the file
// and line); nothing found is an empty result.
func Load(fsys fs.FS) ([]classify.Object, error) {
	files, err := walk(fsys)
	if err != nil {
		return nil, err
	}
	if len(files.source) == 0 && len(files.metadata) == 0 {
		return loadDescribe(fsys, files.json, false)
	}
	var objs []classify.Object
	src, err := loadSource(fsys, files)
	if err != nil {
		return nil, err
	}
	objs = append(objs, src...)
	md, err := loadMetadata(fsys, files.metadata, files.globals)
	if err != nil {
		return nil, err
	}
	objs = append(objs, md...)
	return merge(objs), nil
}

// found is what walk collects: paths by kind, in lexical order.
type found struct {
	source   []string          // *.object-meta.xml and *.field-meta.xml under an objects folder
	metadata []string          // *.object
	json     []string          // *.json
	globals  map[string]string // global value set name → path of its *.globalValueSet-meta.xml or *.globalValueSet
}

// walk lists the metadata files under the root of fsys.
func walk(fsys fs.FS) (found, error) {
	f := found{globals: map[string]string{}}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return &ParseError{File: p, Err: err}
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(name, ".") || name == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case strings.HasSuffix(name, objectMetaSuffix), strings.HasSuffix(name, fieldMetaSuffix):
			if inObjects(p) {
				f.source = append(f.source, p)
			}
		case strings.HasSuffix(name, ".object"):
			f.metadata = append(f.metadata, p)
		case strings.HasSuffix(name, ".globalValueSet-meta.xml"):
			addGlobal(f.globals, strings.TrimSuffix(name, ".globalValueSet-meta.xml"), p)
		case strings.HasSuffix(name, ".globalValueSet"):
			addGlobal(f.globals, strings.TrimSuffix(name, ".globalValueSet"), p)
		case strings.HasSuffix(name, ".json"):
			f.json = append(f.json, p)
		}
		return nil
	})
	return f, err
}

// addGlobal records the first file found for a global value set.
func addGlobal(m map[string]string, name, p string) {
	if _, ok := m[name]; !ok {
		m[name] = p
	}
}

// inObjects reports whether p lies in an "objects" folder of the SFDX
// source format: objects/<Object>/<file> or objects/<Object>/fields/<file>.
func inObjects(p string) bool {
	parts := strings.Split(p, "/")
	n := len(parts)
	if strings.HasSuffix(p, fieldMetaSuffix) {
		return n >= 4 && parts[n-4] == "objects" && parts[n-2] == "fields"
	}
	return n >= 3 && parts[n-3] == "objects"
}

// readFile reads one file of fsys, refusing any above MaxFileSize.
func readFile(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, &ParseError{File: p, Err: err}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return nil, &ParseError{File: p, Err: ErrTooLarge}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &ParseError{File: p, Err: err}
	}
	if len(data) > MaxFileSize {
		return nil, &ParseError{File: p, Err: ErrTooLarge}
	}
	return data, nil
}

// merge joins objects of the same name (fields in order of first
// appearance, a field name seen twice kept once) and sorts them by name.
func merge(objs []classify.Object) []classify.Object {
	out := make([]classify.Object, 0, len(objs))
	at := map[string]int{}
	seen := map[string]map[string]bool{}
	for _, o := range objs {
		i, ok := at[o.Name]
		if !ok {
			at[o.Name] = len(out)
			seen[o.Name] = map[string]bool{}
			o.Fields = dedupeFields(o.Fields, seen[o.Name])
			out = append(out, o)
			continue
		}
		m := &out[i]
		if m.Label == "" {
			m.Label = o.Label
		}
		if m.Description == "" {
			m.Description = o.Description
		}
		m.Custom = m.Custom || o.Custom
		m.Fields = append(m.Fields, dedupeFields(o.Fields, seen[o.Name])...)
	}
	slices.SortStableFunc(out, func(a, b classify.Object) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

func dedupeFields(fs []classify.Field, seen map[string]bool) []classify.Field {
	out := make([]classify.Field, 0, len(fs))
	for _, f := range fs {
		if seen[f.Name] {
			continue
		}
		seen[f.Name] = true
		out = append(out, f)
	}
	return out
}

// isCustom reports whether an API name is that of a custom object:
// anything with a Salesforce suffix (__c, __mdt, __e, __x, __b, …).
func isCustom(name string) bool {
	return strings.Contains(name, "__")
}

// objectName returns the object name of a file named "<Object><suffix>".
func objectName(p, suffix string) string {
	return strings.TrimSuffix(path.Base(p), suffix)
}

// errorf builds a ParseError for a line of a file.
func errorf(file string, line int, err error) error {
	return &ParseError{File: file, Line: line, Err: err}
}
