package classify

import "slices"

// Category is a class of personal data that the AVG treats apart. The values
// are the stable IDs of the labelling guide (docs/labeling.md) and never change.
type Category string

// The categories. All but Ordinary are special: Art. 9(1) AVG (bijzondere
// persoonsgegevens), Art. 10 AVG (strafrechtelijke gegevens) or the
// burgerservicenummer (Art. 87 AVG, UAVG art. 46).
const (
	RacialEthnicOrigin   Category = "racial-ethnic-origin"   // ras of etnische afkomst
	PoliticalOpinions    Category = "political-opinions"     // politieke opvattingen
	ReligiousBeliefs     Category = "religious-beliefs"      // religieuze of levensbeschouwelijke overtuigingen
	TradeUnionMembership Category = "trade-union-membership" // lidmaatschap van een vakbond
	Genetic              Category = "genetic"                // genetische gegevens
	Biometric            Category = "biometric"              // biometrische gegevens voor unieke identificatie
	Health               Category = "health"                 // gezondheid
	SexLifeOrientation   Category = "sex-life-orientation"   // seksueel gedrag of seksuele gerichtheid
	Criminal             Category = "criminal"               // strafrechtelijke gegevens
	NationalID           Category = "national-id"            // burgerservicenummer (BSN)
	Ordinary             Category = "ordinary"               // gewone persoonsgegevens
)

// categoryInfo is the legal source and the names of one category.
type categoryInfo struct {
	article string // the legal source, Dutch citation
	source  string // the legal source, English citation
	nl, en  string // display names
}

var categoryInfos = map[Category]categoryInfo{
	RacialEthnicOrigin:   {"AVG art. 9 lid 1", "GDPR Art. 9(1)", "ras of etnische afkomst", "racial or ethnic origin"},
	PoliticalOpinions:    {"AVG art. 9 lid 1", "GDPR Art. 9(1)", "politieke opvattingen", "political opinions"},
	ReligiousBeliefs:     {"AVG art. 9 lid 1", "GDPR Art. 9(1)", "religieuze of levensbeschouwelijke overtuigingen", "religious or philosophical beliefs"},
	TradeUnionMembership: {"AVG art. 9 lid 1", "GDPR Art. 9(1)", "lidmaatschap van een vakbond", "trade union membership"},
	Genetic:              {"AVG art. 9 lid 1; art. 4 onder 13", "GDPR Art. 9(1); Art. 4(13)", "genetische gegevens", "genetic data"},
	Biometric:            {"AVG art. 9 lid 1; art. 4 onder 14", "GDPR Art. 9(1); Art. 4(14)", "biometrische gegevens", "biometric data"},
	Health:               {"AVG art. 9 lid 1; art. 4 onder 15", "GDPR Art. 9(1); Art. 4(15)", "gezondheid", "health"},
	SexLifeOrientation:   {"AVG art. 9 lid 1", "GDPR Art. 9(1)", "seksueel gedrag of seksuele gerichtheid", "sex life or sexual orientation"},
	Criminal:             {"AVG art. 10; UAVG art. 31-33", "GDPR Art. 10; UAVG Arts. 31-33", "strafrechtelijke gegevens", "criminal convictions and offences"},
	NationalID:           {"AVG art. 87; UAVG art. 46", "GDPR Art. 87; UAVG Art. 46", "burgerservicenummer", "citizen service number (BSN)"},
	Ordinary:             {"AVG art. 4 onder 1", "GDPR Art. 4(1)", "gewone persoonsgegevens", "ordinary personal data"},
}

// Categories returns every category in a fixed order: the special
// categories of Art. 9(1), criminal data, the BSN, then Ordinary.
func Categories() []Category { return slices.Clone(categoryOrder[:]) }

var categoryOrder = [...]Category{
	RacialEthnicOrigin, PoliticalOpinions, ReligiousBeliefs,
	TradeUnionMembership, Genetic, Biometric, Health,
	SexLifeOrientation, Criminal, NationalID, Ordinary,
}

// Valid reports whether c is one of the defined categories.
func (c Category) Valid() bool {
	_, ok := categoryInfos[c]
	return ok
}

// Special reports whether c is special personal data in the wide sense of
// this library: an Art. 9(1) category, criminal data (Art. 10) or the BSN.
func (c Category) Special() bool { return c.Valid() && c != Ordinary }

// Article returns the legal source of c as a Dutch citation, such as
// "AVG art. 9 lid 1". It is empty for an unknown category.
func (c Category) Article() string { return categoryInfos[c].article }

// Source returns the legal source of c as an English citation, such as
// "GDPR Art. 9(1)". It is empty for an unknown category.
func (c Category) Source() string { return categoryInfos[c].source }

// Name returns the category's display name in Dutch ("nl") or English (any
// other value of lang).
func (c Category) Name(lang string) string {
	if lang == "nl" {
		return categoryInfos[c].nl
	}
	return categoryInfos[c].en
}

// bit returns c's position in a categorySet.
func (c Category) bit() categorySet {
	// A switch, not a loop over categoryOrder: filter asks it twice a
	// finding. TestCategoryBits checks it against categoryOrder.
	switch c {
	case RacialEthnicOrigin:
		return 1 << 0
	case PoliticalOpinions:
		return 1 << 1
	case ReligiousBeliefs:
		return 1 << 2
	case TradeUnionMembership:
		return 1 << 3
	case Genetic:
		return 1 << 4
	case Biometric:
		return 1 << 5
	case Health:
		return 1 << 6
	case SexLifeOrientation:
		return 1 << 7
	case Criminal:
		return 1 << 8
	case NationalID:
		return 1 << 9
	case Ordinary:
		return 1 << 10
	}
	return 0
}

// categorySet is a set of categories as a bit mask.
type categorySet uint16

func (s categorySet) has(c Category) bool { return s&c.bit() != 0 }
