package salesforce

import (
	"io/fs"
	"path"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
)

const (
	objectMetaSuffix = ".object-meta.xml"
	fieldMetaSuffix  = ".field-meta.xml"
)

// LoadSource reads the Salesforce DX source format: every
// objects/<Object>/<Object>.object-meta.xml (label, description) and
// objects/<Object>/fields/<Field>.field-meta.xml (fullName, label, type,
// description, inlineHelpText, and the picklist values of valueSet,
// including a global value set named by valueSetName when its
// globalValueSets/<Name>.globalValueSet-meta.xml is in the tree) found
// anywhere under the root of fsys. An object folder without an
// object-meta file (a standard object with custom fields) still yields
// the object, named after the folder. Order and merging are as for Load.
func LoadSource(fsys fs.FS) ([]classify.Object, error) {
	files, err := walk(fsys)
	if err != nil {
		return nil, err
	}
	objs, err := loadSource(fsys, files)
	if err != nil {
		return nil, err
	}
	return merge(objs), nil
}

// loadSource reads the SFDX files that walk found; one object per
// objects/<Object> folder, in path order.
func loadSource(fsys fs.FS, files found) ([]classify.Object, error) {
	globals := newGlobalSets(fsys, files.globals)
	var objs []classify.Object
	at := map[string]int{} // object folder → index in objs
	folder := func(p string) (dir, name string) {
		if strings.HasSuffix(p, fieldMetaSuffix) {
			dir = path.Dir(path.Dir(p))
		} else {
			dir = path.Dir(p)
		}
		return dir, path.Base(dir)
	}
	get := func(dir, name string) *classify.Object {
		i, ok := at[dir]
		if !ok {
			i = len(objs)
			at[dir] = i
			objs = append(objs, classify.Object{Name: name, Custom: isCustom(name), Fields: []classify.Field{}})
		}
		return &objs[i]
	}
	for _, p := range files.source {
		dir, name := folder(p)
		data, err := readFile(fsys, p)
		if err != nil {
			return nil, err
		}
		root, err := parseXML(p, data)
		if err != nil {
			return nil, err
		}
		o := get(dir, name)
		if strings.HasSuffix(p, objectMetaSuffix) {
			if objectName(p, objectMetaSuffix) != name {
				continue // not this folder's object file; SFDX has exactly one
			}
			if root.name != "CustomObject" {
				return nil, errorf(p, root.line, wrongRoot("CustomObject"))
			}
			o.Label = root.textOf("label")
			o.Description = root.textOf("description")
			continue
		}
		if root.name != "CustomField" {
			return nil, errorf(p, root.line, wrongRoot("CustomField"))
		}
		f, err := decodeField(p, root, name, objectName(p, fieldMetaSuffix), globals)
		if err != nil {
			return nil, err
		}
		o.Fields = append(o.Fields, f)
	}
	return objs, nil
}
