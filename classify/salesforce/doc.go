// Package salesforce loads the schema of a Salesforce org (its objects,
// fields, labels, descriptions, help texts and picklist values) from
// metadata files, as the input of classify's schema-level checks.
//
// Three formats are read, each from an fs.FS, so that a folder
// (os.DirFS), a zip file (archive/zip's Reader) and an embedded tree
// (embed.FS) all work:
//
//   - the Salesforce DX source format of a project (sf project retrieve):
//     objects/<Object>/<Object>.object-meta.xml and
//     objects/<Object>/fields/<Field>.field-meta.xml, in any package
//     directory, with global value sets resolved when they are in the tree;
//   - the Metadata API format (a retrieved package, an older project):
//     objects/<Object>.object with the fields inline;
//   - REST describe results (GET /services/data/vXX.X/sobjects/<Object>/describe)
//     saved as JSON files.
//
// Load detects the layout; LoadSource, LoadMetadata and LoadDescribe read
// one format. The result is a []classify.Object sorted by name.
//
// Usage:
//
//	objs, err := salesforce.Load(os.DirFS("my-sfdx-project"))
//	if err != nil {
//		log.Fatal(err) // a *salesforce.ParseError names the file and line
//	}
//	for _, o := range objs {
//		fmt.Println(o.Name, len(o.Fields))
//	}
//
// Bad input is an error, never a panic: a file that is not well-formed
// XML or JSON, has the wrong root element, nests too deep or is larger
// than MaxFileSize gives a *ParseError with the file's path and line.
// Errors never quote the files' contents. XML files may not declare a
// DTD, so no entity can be defined, let alone expanded.
//
// The package reads metadata only, never records: it does not connect to
// an org. The loaders hold no state; they are safe for concurrent use.
package salesforce
