package main

import (
	"fmt"
	"io"
	"strings"
)

// The review of the WordNet health candidates, as rules, so that the
// selection is reproducible: a disease-tree lemma enters when its form is
// clinical (diseaseTails, diseaseWords) and no stop word of the review
// holds it; a drug-tree lemma enters when it is a single name, not a drug
// class (classTails) and not on the review's stop list. Classes, drinks,
// plant and animal diseases and everyday words were what the review
// threw out.
var (
	diseaseTails = []string{"ia", "osis", "itis", "oma", "emia", "aemia", "pathy", "plegia", "trophy", "rrhea", "rrhoea", "uria", "ism", "iasis", "syndrome", "ectasis", "cele"}
	diseaseWords = []string{"syndrome", "aphasia", "ataxia", "dysentery", "influenza", "plague", "palsy", "fever", "edema", "oedema", "embolism", "shock", "block", "obstruction"}
	reviewStop   = []string{
		// veterinary, plant and historical
		"camelpox", "cowpox", "bluetongue", "distemper", "bighead", "anaplasmosis", "enterotoxemia", "distomatosis", "glanders",
		"fowl", "hog", "cattle", "sheep", "swine", "horse", "equine", "canine", "bovine", "avian", "ergot", "black death",
		"blackwater", "broken wind", "hairy root", "halo spot", "cotton ball", "crown wart", "bull nose", "black knot", "black spot",
		// everyday and figurative words
		"breakdown", "consumption", "contagion", "disturbance", "fugue", "folie", "flutter", "endemic", "coronary", "excrescence",
		"impaction", "mania", "hysteria", "nostalgia", "euphoria", "utopia", "militia", "criteria", "media", "magnolia", "pneumonia",
		"insomnia", "anemia", "anaemia", "leukemia", "leukaemia", "dementia", "dyslexia", "anorexia", "bulimia", "hernia", "phobia",
		"mongolism", "idiocy", "cretinism", "dwarfism", "gigantism", "albinism", "alcoholism", "autism", "heroism",
	}
	drugStop = []string{
		"alcohol", "cannabis", "cocaine", "crack", "ecstasy", "cigarette", "capsule", "elixir", "chalk", "collins", "corona",
		"cristal", "bishop", "circle", "claro", "cordial", "draft", "draught", "bordeaux", "burgundy", "dragee", "bolus",
		"booster", "balsam", "botanical", "curative", "antidote", "dosage", "placebo", "bitter", "arnica", "camphor", "castor",
		"catholicon", "agonist", "antagonist", "depressant", "dilator", "astringent", "aperient", "cathartic", "emetic", "tonic",
		"remedy", "nostrum", "panacea", "medication", "medicine", "drug", "pill", "tablet", "lozenge", "powder", "ointment",
		"salve", "lotion", "syrup", "tincture", "vaccine", "serum", "toxoid", "antiseptic", "aphrodisiac", "anodyne", "analgesic",
		"anesthetic", "anaesthetic", "acoustic", "chloroform", "curare", "peyote", "opium", "heroin", "morphine", "codeine",
		"aspirin", "ephedrine", "atropine", "belladonna", "quinine", "caffeine", "nicotine", "amphetamine", "barbiturate",
		"absinthe", "arrack", "blackwash", "cure all", "counterpoison", "collyrium", "eyewash", "filler", "febrifuge", "cerate",
	}
	// exactStop are lemmas thrown out whole: figures of speech, drinks,
	// tobacco, cosmetics, first names and words of another sense.
	exactStop = map[string]bool{
		"plague": true, "shock": true, "brain fever": true, "geneva": true, "hashish": true, "iodine": true, "iodoform": true,
		"martini": true, "menthol": true, "porter": true, "talcum": true, "tobacco": true, "unction": true, "maleate": true,
		"locoweed": true, "versed": true, "cure all": true, "alexia": true, "shipping fever": true, "texas fever": true,
		"swamp fever": true, "locoism": true, "melanism": true, "tarantism": true, "white plague": true, "black plague": true,
		"psilocin": true, "laudanum": true, "opiate": true, "morphia": true, "tempra": true, "mountain fever": true,
	}
	classTails = []string{"ic", "ant", "ive", "al", "ent", "ide", "drug", "inhibitor", "blocker", "agent", "compound", "oid", "ine oil", "powder", "oil"}
)

// wordnetTerms writes the reviewed WordNet health terms as a vocabulary
// file, each line after a comment that cites its synset, leaving out
// what nl.tsv, en.tsv, groups.tsv or forms.tsv already hold.
func wordnetTerms(w io.Writer, dir, terms string) error {
	rows, err := candidates(dir)
	if err != nil {
		return err
	}
	seen, err := existing(terms, "nl.tsv", "en.tsv", "groups.tsv", "forms.tsv")
	if err != nil {
		return err
	}
	fmt.Fprint(w, wordnetHeader)
	for _, r := range rows {
		if r.cat != "health" {
			continue
		}
		var weight float64
		switch r.root {
		case "disease.1", "illness.1", "disorder.1", "mental_disorder.1":
			if !clinical(r.lemma) {
				continue
			}
			weight = 0.75
		case "drug.1", "medicine.2":
			if !drugName(r.lemma) {
				continue
			}
			weight = 0.7
		default:
			continue
		}
		pat := fold(r.lemma)
		if exactStop[pat] {
			continue
		}
		if seen[pat+"\x00health"] || covered(pat, "health", true) {
			continue
		}
		seen[pat+"\x00health"] = true
		flags := ""
		if r.capital {
			flags = "\tcap"
		}
		fmt.Fprintf(w, "# WordNet 3.0 n%s (%s)\nterm\t%s\thealth\t%.2g%s\n", r.off, r.root, pat, weight, flags)
	}
	return nil
}

func clinical(lemma string) bool {
	for _, s := range reviewStop {
		if strings.Contains(lemma, s) {
			return false
		}
	}
	for _, t := range diseaseTails {
		if strings.HasSuffix(lemma, t) {
			return true
		}
	}
	for _, w := range strings.Fields(lemma) {
		for _, d := range diseaseWords {
			if w == d {
				return true
			}
		}
	}
	return false
}

func drugName(lemma string) bool {
	if strings.Contains(lemma, " ") || len(lemma) < 6 {
		return false
	}
	for _, s := range drugStop {
		if strings.Contains(lemma, s) {
			return false
		}
	}
	for _, t := range classTails {
		if strings.HasSuffix(lemma, t) {
			return false
		}
	}
	return true
}

const wordnetHeader = `# avgrisk classify vocabulary: English disease and medicine names from
# WordNet 3.0 (generated; do not edit).
# as_of: 2026-11-28
#
# Written by: go run ./classify/terms/internal/vocabgen wordnet-terms > classify/terms/wordnet.tsv
# from Debian's wordnet-base (WordNet 3.0, Princeton University; WordNet
# licence) and hunspell-en-med (the medical word list that health
# candidates must belong to). Each term cites its synset. The review that
# chose them is written as rules in vocabgen's wordnet_terms.go. Weights:
# diseases 0.75 and medicines 0.7, so that both need a person cue.
# Format: README.md in this folder.
`
