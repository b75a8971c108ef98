package main

import (
	"encoding/json"
	"io"
	"runtime/debug"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// toolInfo names the tool and the data versions behind a result.
type toolInfo struct {
	Name              string `json:"name"`
	Version           string `json:"version"`
	VocabularyAsOf    string `json:"vocabulary_as_of"`
	FieldLexicon      string `json:"field_lexicon"`
	TransferAsOf      string `json:"transfer_as_of"`
	RetentionAsOf     string `json:"retention_as_of"`
	AssessmentAsOf    string `json:"assessment_as_of"`
	InformationURI    string `json:"information_uri"`
	NotLegalAdviceURI string `json:"-"`
}

// toolURI is where the tool is documented.
const toolURI = "https://github.com/avgrisk/avgrisk"

func newToolInfo() toolInfo {
	return toolInfo{
		Name:           "avgrisk",
		Version:        version(),
		VocabularyAsOf: classify.VocabularyAsOf,
		FieldLexicon:   classify.FieldLexiconVersion,
		TransferAsOf:   transfer.AsOf,
		RetentionAsOf:  retention.CatalogueAsOf,
		AssessmentAsOf: avg.DataAsOf,
		InformationURI: toolURI,
	}
}

// version is the module version the binary was built from ("(devel)"
// from a clone).
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

func versionString() string {
	return "avgrisk " + version() + " (vocabulary " + classify.VocabularyAsOf + ", transfer data " + transfer.AsOf +
		", retention catalogue " + retention.CatalogueAsOf + ", assessment data " + avg.DataAsOf + ")"
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
