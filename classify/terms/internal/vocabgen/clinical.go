package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// clinicalRoots are the WordNet 3.0 noun senses whose hyponym trees give
// the clinical names of schema names (clinical.tsv), with the kind each
// line states: diseases, disorders and injuries; symptoms; medical
// procedures, diagnostic procedures and tests, therapies and medical
// care; medicines; and the vital signs, the clinical measurements.
var clinicalRoots = []struct {
	kind, lemma string
	sense       int
	self        bool // the synset's own lemmas too: a named measurement, not a general word
}{
	{"disease", "disease", 1, false},
	{"disease", "illness", 1, false},
	{"disease", "disorder", 1, false},
	{"disease", "mental_disorder", 1, false},
	{"disease", "injury", 1, false},
	{"symptom", "symptom", 1, false},
	{"procedure", "medical_procedure", 1, false},
	{"test", "diagnostic_procedure", 1, false},
	{"test", "diagnostic_test", 1, false},
	{"therapy", "therapy", 1, false},
	{"therapy", "medical_care", 1, false},
	{"medicine", "medicine", 2, false},
	{"measurement", "vital_sign", 1, false},
	// Laboratory and clinical measurements, which WordNet files under
	// general words (count, rate, ratio, glucose, blood, sterol): each
	// synset with its hyponyms.
	{"measurement", "blood_count", 1, true},
	{"measurement", "body_mass_index", 1, true},
	{"measurement", "blood_sugar", 1, true},
	{"measurement", "sedimentation_rate", 1, true},
	{"measurement", "hematocrit", 1, true},
	{"measurement", "blood_group", 1, true},
	{"measurement", "hemoglobin", 1, true},
	{"measurement", "bilirubin", 1, true},
	{"measurement", "triglyceride", 1, true},
	{"measurement", "cholesterol", 1, true},
	{"measurement", "intraocular_pressure", 1, true},
	{"measurement", "vital_capacity", 1, true},
}

// clinicalWeight is the weight of a line per kind: what a field named by
// such a name holds on a person's record. A disease, symptom, procedure,
// test or therapy named in a field of a person's record is that
// person's (an "Apnea Index", a "Chemo Cycle"); a medicine (a "Methadone
// Dose") and a measurement (a "Blood Pressure") a little less sure.
var clinicalWeight = map[string]float64{
	"disease": 0.8, "symptom": 0.8, "procedure": 0.8, "test": 0.75, "therapy": 0.8, "medicine": 0.75, "measurement": 0.75,
}

// The review of the clinical candidates, as rules. A name counts in a
// schema name only on an object about a person, so the rules keep out
// what names no clinical fact in a field name: words of everyday English
// that a WordNet tree holds in a clinical sense only among others
// (general: "operation", "section", "correction", "transfer"; in the
// general word list of Debian's wamerican and not in the medical word
// list of hunspell-en-med), names of a person's whole state that the
// field lexicon judges already ("pregnancy"), and figures of speech.
var (
	// clinicalStop are lemmas thrown out whole: senses that are not a
	// clinical fact in a name ("correction", "refrigeration"), states
	// and words that name business facts ("shock", "pain" stays),
	// first names and words of another field ("medication" is a
	// record).
	clinicalStop = map[string]bool{
		"correction": true, "refrigeration": true, "medication": true, "insolation": true, "irradiation": true,
		"radiation": true, "galvanism": true, "inflation therapy": true, "shock": true, "plague": true,
		"attack": true, "fit": true, "spasm": true, "trauma": true, "wound": true,
		"injury": true, "hurt": true, "harm": true, "lesion": true, "burn": true, "cut": true, "scratch": true,
		"bruise": true, "sting": true, "bite": true, "break": true, "strain": true,
		"pull": true, "crick": true, "twist": true, "wrench": true, "scrape": true, "abrasion": true, "graze": true,
		"operation": true, "surgery": true, "surgical operation": true, "surgical procedure": true, "section": true,
		"transplant": true, "implant": true, "ablation": true, "extraction": true, "excision": true, "removal": true,
		"resection": true, "repair": true, "reduction": true, "fixation": true, "fusion": true, "exploration": true,
		"drainage": true, "catheterization": true, "injection": true, "shot": true, "jab": true, "infusion": true,
		"irrigation": true, "lavage": true, "douche": true,
		"stripping": true, "dressing": true, "bandage": true, "splint": true, "cast": true,
		"application": true, "administration": true, "delivery": true, "induction": true, "abortion": true,
		"cupping":  true,
		"bleeding": true, "cutting": true, "scarification": true, "conization": true, "massage": true, "rub": true,
		"rubdown": true, "manipulation": true, "stimulation": true, "suction": true, "aspiration": true,
		"scan": true, "screening": true, "test": true, "assay": true, "check": true, "checkup": true, "examination": true,
		"exam": true, "physical": true, "reading": true, "count": true, "culture": true, "smear": true, "swab": true,
		"probe": true, "palpation": true, "percussion": true, "auscultation": true, "inspection": true,
		"pulse": true, "temperature": true, "rate": true, "pressure": true, "respiration": true, "breathing": true,
		"rest": true, "bed rest": true, "rest cure": true, "diet": true, "regimen": true, "nursing": true,
		"care": true, "treatment": true, "intervention": true, "therapy": true, "cure": true, "healing": true,
		"first aid": true, "aid": true, "attention": true, "medical care": true, "medical aid": true,
		"isolation": true, "quarantine": true, "confinement": true, "detention": true,
		"tenderness": true, "soreness": true, "rawness": true, "sign": true, "signs": true, "complaint": true,
		"distress": true, "discomfort": true, "pang": true, "twinge": true, "stitch": true, "ache": true, "aching": true,
		"sickness": true, "illness": true, "disease": true, "disorder": true, "upset": true, "condition": true,
		"pathology": true, "affection": true, "ailment": true, "malady": true, "complication": true,
		"defect": true, "deformity": true, "malformation": true, "abnormality": true, "anomaly": true,
		"mania": true, "hysteria": true, "hallucination": true,
		"fixation on": true, "obsession": true, "compulsion": true, "dependence": true,
		"habit": true, "craving": true, "withdrawal": true, "tolerance": true, "sensitivity": true, "reaction": true,
		"growth": true, "lump": true, "mass": true,
		"block": true, "blockage": true, "obstruction": true, "occlusion": true, "stoppage": true, "closure": true,
		"collapse": true, "failure": true, "arrest": true, "insufficiency": true, "deficiency": true, "inadequacy": true,
		"flux": true, "discharge": true, "flow": true, "emission": true, "secretion": true, "rupture": true,
		"tear": true, "hole": true, "perforation": true, "puncture": true, "displacement": true, "dislocation": true,
		"eruption": true, "spot": true, "mark": true, "blemish": true, "pit": true, "scar": true,
		"weakness": true, "fatigue": true, "tiredness": true, "exhaustion": true, "lassitude": true,
		"chill": true, "shiver": true, "shivering": true, "cold": true, "heat": true, "flush": true, "blush": true,
		"congestion": true, "yawn": true,
		"murmur": true, "heave": true, "gag": true, "retch": true, "sick": true, "nausea": true,
		"pain": true, "hurting": true, "agony": true, "torment": true, "suffering": true, "anguish": true,
		"stress": true, "tension": true, "anxiety": true, "fear": true, "panic": true, "worry": true,
		"giddiness": true, "faint": true, "swoon": true, "blackout": true,
		"confusion": true, "disorientation": true, "forgetfulness": true, "stupor": true,
		"sign of the zodiac": true, "symptom": true, "syndrome": true, "evidence": true, "indication": true,
		// the review of single words of general English kept by the
		// first-sense rule: animal diseases, other senses in a
		// business record (a company's founder, a floater, a slash),
		// attitudes that are no health fact (xenophobia)
		"creeps": true, "heaves": true, "staggers": true, "strangles": true, "trembles": true, "scours": true,
		"warble": true, "mange": true, "distemper": true, "cowpox": true, "endemic": true, "contagion": true,
		"founder": true, "smart": true, "smartness": true, "smarting": true, "spots": true, "floater": true,
		"altering": true, "flooding": true, "drugging": true, "downer": true, "hardening": true, "furring": true,
		"looseness": true, "throb": true, "throe": true, "chafe": true, "chafing": true, "lichen": true, "bends": true,
		"shiner": true, "singe": true, "slash": true, "stigmata": true, "wheal": true, "clubbing": true,
		"squeamishness": true, "maladjustment": true, "xenophobia": true, "fugue": true, "indisposition": true,
		"prostration": true, "neutering": true, "spaying": true, "vivisection": true, "bloat": true, "piles": true,
		"pestilence": true, "hydrophobia": true, "extirpation": true, "evisceration": true, "aftercare": true,
		"bandaging": true, "stammer": true, "stutter": true, "choking": true, "scald": true, "callus": true,
	}
	// clinicalAlso are single words of general English whose clinical
	// synset is not their first noun sense, kept by review: in a field
	// of a person's record they are the clinical fact.
	clinicalAlso = map[string]bool{
		"headache": true, "amputation": true, "ultrasound": true, "rehabilitation": true, "vaccination": true,
		"sunburn": true, "anemia": true, "anaemia": true, "palsy": true, "detoxification": true,
		"hospitalization": true, "sedation": true, "implantation": true,
	}
	// clinicalWordStop are words that leave a multi-word lemma out:
	// animals, plants, food and drink, places and persons' names.
	clinicalWordStop = map[string]bool{
		"fowl": true, "hog": true, "cattle": true, "sheep": true, "swine": true, "horse": true, "equine": true,
		"canine": true, "bovine": true, "avian": true, "dog": true, "cat": true, "bird": true, "plant": true,
		"tree": true, "leaf": true, "root": true, "fruit": true, "potato": true, "tomato": true, "wine": true,
		"beer": true, "whiskey": true, "whisky": true, "tobacco": true, "dutch": true, "elm": true, "oak": true,
		"chestnut": true, "peach": true, "apple": true, "corn": true, "wheat": true, "rice": true, "bean": true,
		"love": true, "spring": true, "summer": true, "winter": true, "autumn": true, "monday": true, "sunday": true,
		"devil": true, "saint": true, "st": true, "black": true, "white": true, "blue": true, "green": true,
		"yellow": true, "red": true, "grey": true, "gray": true, "pink": true, "purple": true,
	}
)

// clinicalLine is a candidate for clinical.tsv.
type clinicalLine struct {
	pattern, kind, source string
	first                 bool // the synset is the lemma's first noun sense in WordNet: its most frequent sense
}

// clinicalCandidates reads WordNet from dir and returns the lemmas of the
// clinical roots' hyponym trees (the root synset itself left out: its
// lemmas are the general words, "symptom", "therapy"), first root first,
// each with its kind and its synset.
func clinicalCandidates(dir string) ([]clinicalLine, error) {
	index, data, err := readNouns(dir)
	if err != nil {
		return nil, err
	}
	var out []clinicalLine
	seen := map[string]bool{}
	for _, r := range clinicalRoots {
		root, err := rootOffset(index, r.lemma, r.sense)
		if err != nil {
			return nil, err
		}
		stack := append([]string(nil), data[root].hypo...)
		visited := map[string]bool{root: true}
		if r.self {
			stack, visited = []string{root}, map[string]bool{}
		}
		var rows []clinicalLine
		walkHyponyms(data, stack, visited, func(off string, s synset) {
			for _, l := range s.lemmas {
				if i := strings.IndexByte(l, '('); i >= 0 {
					l = l[:i] // "Actifed(a)": a syntactic marker
				}
				lemma := strings.ToLower(strings.ReplaceAll(l, "_", " "))
				if l != strings.ToLower(l) {
					continue // a name or a brand written with a capital: eponyms and trade names need the text vocabulary's cues
				}
				if !seen[lemma] {
					seen[lemma] = true
					senses := index[strings.ToLower(l)]
					first := len(senses) > 0 && senses[0] == off
					rows = append(rows, clinicalLine{lemma, r.kind, fmt.Sprintf("WordNet 3.0 n%s (%s.%d)", off, r.lemma, r.sense), first})
				}
			}
		})
		sort.Slice(rows, func(i, j int) bool { return rows[i].pattern < rows[j].pattern })
		out = append(out, rows...)
	}
	return out, nil
}

// wordList reads a Debian word list (one word a line; hunspell's .dic
// with its flags after a slash), lower case.
func wordList(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), "/")
		w = strings.TrimSpace(w)
		if first {
			first = false
			if _, err := strconv.Atoi(w); err == nil {
				continue // a .dic file's count
			}
		}
		out[strings.ToLower(w)] = true
	}
	return out, sc.Err()
}

// clinicalKeep is the review of one candidate: every word a word of the
// medical list (hunspell-en-med) or of general English (wamerican), none
// on a stop list, and one of: a word that only the medical list has; the
// clinical synset being the lemma's first noun sense in WordNet (its
// most frequent: "asthma", "blood pressure", not "mouse", a black eye
// in a rarer sense); a first or last word of a clinical form (the
// disease tails of wordnet_terms.go, or a procedure's -ectomy, -otomy,
// -ostomy, -plasty, -scopy, -therapy tail). A medicine must be a single
// name that is no drug class (drugName) or a phrase with a medical
// word. The reason is returned for a rejected one.
func clinicalKeep(c clinicalLine, med, general map[string]bool) (bool, string) {
	p := c.pattern
	if clinicalStop[p] {
		return false, "stop"
	}
	if len(p) < 5 || strings.ContainsAny(p, "'0123456789.,()") {
		return false, "short or not a word"
	}
	words := strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) > 3 {
		return false, "long"
	}
	onlyMed := false
	for _, w := range words {
		if clinicalWordStop[w] || notPerson[w] {
			return false, "word stop"
		}
		if !med[w] && !general[w] {
			return false, "not a word of either list"
		}
		if med[w] && !general[w] {
			onlyMed = true
		}
	}
	if c.kind == "medicine" && len(words) == 1 && !drugName(p) {
		return false, "drug class or stop"
	}
	if c.kind == "medicine" && len(words) > 1 && !onlyMed {
		return false, "medicine phrase of general words" // "sleeping capsule", "buffered aspirin"
	}
	if onlyMed || c.first || clinicalAlso[p] || clinicalForm(words[len(words)-1]) || clinicalForm(words[0]) {
		return true, ""
	}
	return false, "general word, clinical only in a rarer sense"
}

// procedureTails are the endings of a procedure's or a therapy's name.
var procedureTails = []string{"ectomy", "otomy", "ostomy", "plasty", "scopy", "therapy", "graphy", "pexy", "rrhaphy", "centesis", "lysis"}

// medTails are the word endings by which a word of hunspell-en-med
// that WordNet lacks enters clinical.tsv, with the kind they give.
var medTails = []struct{ tail, kind string }{
	{"itis", "disease"}, {"ectomy", "procedure"}, {"otomy", "procedure"}, {"ostomy", "procedure"},
	{"plasty", "procedure"}, {"scopy", "test"}, {"aemia", "disease"}, {"emia", "disease"}, {"plegia", "disease"},
	{"therapy", "therapy"},
}

// medTailStop are words of those forms that are no clinical fact: the
// diminutive -itis of a joke and the study of a subject.
var medTailStop = map[string]bool{"senioritis": true, "microscopy": true, "spectroscopy": true, "telescopy": true, "stereoscopy": true, "bibliotherapy": true}

// dutchTails are the Dutch spellings of medTails that the words of
// wdutch must end in.
var dutchTails = []struct{ tail, kind string }{
	{"itis", "disease"}, {"ectomie", "procedure"}, {"otomie", "procedure"}, {"ostomie", "procedure"},
	{"plastiek", "procedure"}, {"scopie", "test"}, {"plegie", "disease"}, {"therapie", "therapy"},
}

// dutchTailStop are Dutch words of those forms that are no clinical fact
// of a person: jokes (-itis of a meeting or a rule), a bird (fitis),
// fingerprinting (dactyloscopie is biometric), optics and crafts, and the
// training of therapists (leertherapie).
var dutchTailStop = map[string]bool{
	"aanstelleritis": true, "fitis": true, "hollanditis": true, "regulitis": true, "vergaderitis": true, "regelitis": true,
	"dactyloscopie": true, "microscopie": true, "spectroscopie": true, "stereoscopie": true, "diascopie": true, "episcopie": true,
	"galvanoplastiek": true, "draadplastiek": true, "kleiplastiek": true, "leertherapie": true,
}

// clinicalForm reports whether a single word has a clinical form.
func clinicalForm(w string) bool {
	for _, s := range reviewStop {
		if strings.Contains(w, s) && len(w) == len(s) {
			return false
		}
	}
	for _, t := range append(diseaseTails, procedureTails...) {
		if strings.HasSuffix(w, t) && len(w) > len(t)+3 {
			return true
		}
	}
	return false
}

// clinicalTerms writes clinical.tsv: the reviewed candidates, each with
// its kind, weight and synset.
func clinicalTerms(w io.Writer, dir string, review bool) error {
	rows, err := clinicalCandidates(dir)
	if err != nil {
		return err
	}
	med, err := wordList("/usr/share/hunspell/en_med_glut.dic")
	if err != nil {
		return fmt.Errorf("hunspell-en-med: %w", err)
	}
	general, err := wordList("/usr/share/dict/american-english")
	if err != nil {
		return fmt.Errorf("wamerican: %w", err)
	}
	if !review {
		fmt.Fprint(w, clinicalHeader)
	}
	kept, dropped := 0, 0
	seen := map[string]bool{}
	for _, r := range rows {
		pat := fold(r.pattern)
		if seen[pat] {
			continue
		}
		seen[pat] = true
		ok, why := clinicalKeep(clinicalLine{pat, r.kind, r.source, r.first}, med, general)
		if review {
			mark := "keep"
			if !ok {
				mark = "drop: " + why
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", mark, pat, r.kind, r.source)
			continue
		}
		if !ok {
			dropped++
			continue
		}
		kept++
		fmt.Fprintf(w, "%s\t%s\t%.2g\t%s\n", pat, r.kind, clinicalWeight[r.kind], r.source)
	}
	// hunspell-en-med's words of an unmistakably clinical form that
	// WordNet lacks: inflammations, excisions, incisions, stomas,
	// plastic repairs, endoscopies, blood conditions, pareses and
	// therapies.
	var extra []string
	for m := range med {
		for _, t := range medTails {
			if strings.HasSuffix(m, t.tail) && len(m) >= len(t.tail)+4 && !seen[m] && !medTailStop[m] && !strings.ContainsAny(m, "'-0123456789") {
				extra = append(extra, m+"\t"+t.kind+"\t"+t.tail)
				break
			}
		}
	}
	sort.Strings(extra)
	for _, x := range extra {
		c := strings.Split(x, "\t")
		seen[c[0]] = true
		kept++
		if review {
			fmt.Fprintf(w, "keep\t%s\t%s\thunspell-en-med (-%s)\n", c[0], c[1], c[2])
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%.2g\thunspell-en-med en_med_glut.dic (form -%s)\n", c[0], c[1], clinicalWeight[c[1]], c[2])
	}
	// Dutch: Debian has no Dutch medical word list (hunspell-nl and
	// wdutch are general), so the words of wdutch (OpenTaal) of the
	// same unmistakably clinical forms in their Dutch spelling.
	dutch, err := wordList("/usr/share/dict/dutch")
	if err != nil {
		return fmt.Errorf("wdutch: %w", err)
	}
	extra = extra[:0]
	for d := range dutch {
		for _, t := range dutchTails {
			if strings.HasSuffix(d, t.tail) && len(d) >= len(t.tail)+4 && !seen[d] && !dutchTailStop[d] && d == strings.ToLower(d) && !strings.ContainsAny(d, "'-0123456789") {
				extra = append(extra, d+"\t"+t.kind+"\t"+t.tail)
				break
			}
		}
	}
	sort.Strings(extra)
	for _, x := range extra {
		c := strings.Split(x, "\t")
		if fold(c[0]) != c[0] {
			continue
		}
		seen[c[0]] = true
		kept++
		if review {
			fmt.Fprintf(w, "keep\t%s\t%s\twdutch (-%s)\n", c[0], c[1], c[2])
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%.2g\twdutch (OpenTaal) /usr/share/dict/dutch (form -%s)\n", c[0], c[1], clinicalWeight[c[1]], c[2])
	}
	if !review {
		fmt.Fprintf(w, "# %d candidates kept, %d left out by the review rules.\n", kept, dropped)
	}
	return nil
}

const clinicalHeader = `# avgrisk classify schema vocabulary: English clinical names for the
# names of schema fields and objects (generated; do not edit).
# as_of: 2026-12-07
#
# Written by: go run ./classify/terms/internal/vocabgen clinical-terms > classify/terms/clinical.tsv
# from Debian's wordnet-base (WordNet 3.0, Princeton University; WordNet
# licence): the hyponyms of disease, illness, disorder, mental disorder,
# injury (kind disease), symptom, medical procedure, diagnostic procedure
# and test, therapy and medical care, medicine (sense 2), vital sign and
# named laboratory measurements (blood count, body mass index, blood
# sugar, sedimentation rate, hematocrit, blood group, hemoglobin,
# bilirubin, triglyceride, cholesterol, intraocular pressure, vital
# capacity: kind measurement); reviewed against Debian's hunspell-en-med (the
# medical word list) and wamerican (general English) by the rules of
# vocabgen's clinical.go: a single word must be a medical word that
# general English lacks or have a clinical form (-itis, -ectomy, -scopy,
# ...); a phrase must hold such a word. Names written with a capital
# (eponyms, brands) are left out. Each line cites its synset. Then the
# words of hunspell-en-med that WordNet lacks and that have an
# unmistakably clinical form (-itis, -ectomy, -otomy, -ostomy, -plasty,
# -scopy, -emia, -plegia, -therapy), each citing the list and its form.
# Debian has no Dutch medical word list: Dutch lines are the words of
# wdutch (OpenTaal's general list) of the same forms in Dutch spelling
# (-itis, -ectomie, -otomie, -ostomie, -plastiek, -scopie, -plegie,
# -therapie), each citing the list and its form.
# These names count only in the names and labels of fields and objects
# about a person (classify/object_clinical.go); Text never reads them.
# Columns: pattern, kind, weight, source.
`
