package salesforce

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// Limits on one XML file. Salesforce metadata is shallow (a CustomObject
// is four levels deep) and an object with 800 fields and their picklists
// has some 100,000 elements; anything far beyond is not metadata.
const (
	maxXMLDepth    = 64
	maxXMLElements = 2_000_000
)

// node is one element of a parsed metadata file: its local name, its
// character data (trimmed) and its child elements, with the line it
// starts on for error messages.
type node struct {
	name string
	text string
	line int
	kids []*node
}

// child returns the first child element called name, or nil.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// textOf returns the text of the first child called name, or "".
func (n *node) textOf(name string) string {
	if k := n.child(name); k != nil {
		return k.text
	}
	return ""
}

// lineCounter turns the decoder's byte offsets into line numbers without
// rescanning the file: offsets only grow.
type lineCounter struct {
	data []byte
	off  int
	line int
}

func (c *lineCounter) at(off int64) int {
	o := min(int(off), len(c.data))
	if o > c.off {
		c.line += bytes.Count(c.data[c.off:o], []byte{'\n'})
		c.off = o
	}
	return c.line
}

// parseXML reads one metadata file into a tree. It refuses deep nesting,
// too many elements, DTDs (so no entity can be declared, let alone
// expanded) and anything after the root element but comments and space.
// Errors carry the file and the line; they never quote the file's text.
func parseXML(file string, data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	// No entities beyond XML's five predefined ones: the decoder's
	// default already refuses undefined entities in strict mode, and
	// d.Entity stays nil so none is ever defined.
	lc := &lineCounter{data: data, line: 1}
	var (
		root  *node
		stack []*node
		text  []*strings.Builder
		count int
	)
	for {
		start := d.InputOffset()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := lc.at(start)
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				line = se.Line
			}
			return nil, &ParseError{File: file, Line: line, Err: errMalformedXML}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			count++
			line := lc.at(start)
			if len(stack) >= maxXMLDepth {
				return nil, &ParseError{File: file, Line: line, Err: errTooDeep}
			}
			if count > maxXMLElements {
				return nil, &ParseError{File: file, Line: line, Err: errTooMany}
			}
			if root != nil && len(stack) == 0 {
				return nil, &ParseError{File: file, Line: line, Err: errTwoRoots}
			}
			n := &node{name: t.Name.Local, line: line}
			if len(stack) == 0 {
				root = n
			} else {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			}
			stack = append(stack, n)
			text = append(text, new(strings.Builder))
		case xml.EndElement:
			n := stack[len(stack)-1]
			n.text = strings.TrimSpace(text[len(text)-1].String())
			stack = stack[:len(stack)-1]
			text = text[:len(text)-1]
		case xml.CharData:
			if len(stack) == 0 {
				if len(bytes.TrimSpace(t)) > 0 {
					return nil, &ParseError{File: file, Line: lc.at(start), Err: errMalformedXML}
				}
				continue
			}
			// Only the text directly inside an element with no child
			// elements matters; mixed content is kept but unused.
			text[len(text)-1].Write(t)
		case xml.Directive:
			return nil, &ParseError{File: file, Line: lc.at(start), Err: errDirective}
		}
	}
	if root == nil {
		return nil, &ParseError{File: file, Line: lc.at(int64(len(data))), Err: errEmpty}
	}
	if len(stack) != 0 {
		return nil, &ParseError{File: file, Line: lc.at(int64(len(data))), Err: errMalformedXML}
	}
	return root, nil
}
