package salesforce

import (
	"io/fs"

	"github.com/avgrisk/avgrisk/classify"
)

// globalSets resolves global value sets by name, reading each file once.
type globalSets struct {
	fsys  fs.FS
	paths map[string]string
	cache map[string][]string
}

func newGlobalSets(fsys fs.FS, paths map[string]string) *globalSets {
	return &globalSets{fsys: fsys, paths: paths, cache: map[string][]string{}}
}

// values returns the labels of the global value set called name, nil
// when the tree does not hold it (it may live in another project or be a
// standard value set).
func (g *globalSets) values(name string) ([]string, error) {
	if v, ok := g.cache[name]; ok {
		return v, nil
	}
	p, ok := g.paths[name]
	if !ok {
		return nil, nil
	}
	data, err := readFile(g.fsys, p)
	if err != nil {
		return nil, err
	}
	root, err := parseXML(p, data)
	if err != nil {
		return nil, err
	}
	if root.name != "GlobalValueSet" {
		return nil, errorf(p, root.line, wrongRoot("GlobalValueSet"))
	}
	var v []string
	for _, k := range root.kids {
		if k.name == "customValue" {
			v = appendValue(v, k)
		}
	}
	g.cache[name] = v
	return v, nil
}

// appendValue adds a picklist value's label, or its API name when it has
// no label.
func appendValue(v []string, n *node) []string {
	s := n.textOf("label")
	if s == "" {
		s = n.textOf("fullName")
	}
	if s == "" {
		return v
	}
	return append(v, s)
}

// decodeField reads a field from a CustomField element (an SFDX
// *.field-meta.xml root, or a <fields> element of a .object file).
// fallback names the field when the element has no fullName.
func decodeField(file string, n *node, object, fallback string, globals *globalSets) (classify.Field, error) {
	f := classify.Field{
		Object:      object,
		Name:        n.textOf("fullName"),
		Label:       n.textOf("label"),
		Type:        n.textOf("type"),
		Description: n.textOf("description"),
		HelpText:    n.textOf("inlineHelpText"),
	}
	if f.Name == "" {
		f.Name = fallback
	}
	if f.Name == "" {
		return f, errorf(file, n.line, errNoName)
	}
	for _, k := range n.kids {
		switch k.name {
		case "fields":
			return f, errorf(file, k.line, errNestedFields)
		case "valueSet":
			for _, d := range k.kids {
				switch d.name {
				case "valueSetDefinition":
					for _, v := range d.kids {
						if v.name == "value" {
							f.Picklist = appendValue(f.Picklist, v)
						}
					}
				case "valueSetName":
					vs, err := globals.values(d.text)
					if err != nil {
						return f, err
					}
					f.Picklist = append(f.Picklist, vs...)
				}
			}
		case "picklist": // before API 38
			for _, v := range k.kids {
				if v.name == "picklistValues" {
					f.Picklist = appendValue(f.Picklist, v)
				}
			}
		}
	}
	return f, nil
}
