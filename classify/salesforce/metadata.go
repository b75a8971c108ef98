package salesforce

import (
	"io/fs"

	"github.com/avgrisk/avgrisk/classify"
)

const objectSuffix = ".object"

// LoadMetadata reads Metadata API files: every <Object>.object under the
// root of fsys, a CustomObject with its label, description and inline
// <fields> (fullName, label, type, description, inlineHelpText, and
// picklist values both in the valueSet form of API 38 and later and in
// the older picklist/picklistValues form). The object is named after its
// file. Order and merging are as for Load.
func LoadMetadata(fsys fs.FS) ([]classify.Object, error) {
	files, err := walk(fsys)
	if err != nil {
		return nil, err
	}
	objs, err := loadMetadata(fsys, files.metadata, files.globals)
	if err != nil {
		return nil, err
	}
	return merge(objs), nil
}

func loadMetadata(fsys fs.FS, paths []string, globalPaths map[string]string) ([]classify.Object, error) {
	globals := newGlobalSets(fsys, globalPaths)
	objs := make([]classify.Object, 0, len(paths))
	for _, p := range paths {
		data, err := readFile(fsys, p)
		if err != nil {
			return nil, err
		}
		o, err := decodeObjectFile(p, data, globals)
		if err != nil {
			return nil, err
		}
		objs = append(objs, o)
	}
	return objs, nil
}

// decodeObjectFile reads one .object file.
func decodeObjectFile(p string, data []byte, globals *globalSets) (classify.Object, error) {
	name := objectName(p, objectSuffix)
	o := classify.Object{Name: name, Custom: isCustom(name), Fields: []classify.Field{}}
	root, err := parseXML(p, data)
	if err != nil {
		return o, err
	}
	if root.name != "CustomObject" {
		return o, errorf(p, root.line, wrongRoot("CustomObject"))
	}
	o.Label = root.textOf("label")
	o.Description = root.textOf("description")
	for _, k := range root.kids {
		if k.name != "fields" {
			continue
		}
		f, err := decodeField(p, k, name, "", globals)
		if err != nil {
			return o, err
		}
		o.Fields = append(o.Fields, f)
	}
	return o, nil
}
