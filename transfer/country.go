package transfer

import (
	"fmt"
	"time"

	"github.com/avgrisk/avgrisk/internal/civil"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// NormalizeCountry checks an ISO 3166-1 alpha-2 code and returns it in the
// form the data uses: two upper-case letters that golang.org/x/text/language
// knows as a country. "EL" (the EU's code for Greece) becomes "GR" and "UK"
// becomes "GB". It returns an error for anything else.
func NormalizeCountry(code string) (string, error) {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return "", fmt.Errorf("malformed country code %q (want ISO 3166-1 alpha-2, upper case)", code)
	}
	if d, err := loadData(); err == nil {
		if to, ok := d.aliases[code]; ok {
			code = to
		}
	}
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() || r.String() != code {
		return "", fmt.Errorf("unknown country %q", code)
	}
	return code, nil
}

// CountryName returns the name of the country with the ISO 3166-1 alpha-2
// code in the language lang, such as "Verenigde Staten" for "US" in Dutch
// (language.Dutch) and "United States" in English. It returns code itself
// when the code or the language is unknown.
func CountryName(code string, lang language.Tag) string {
	c, err := NormalizeCountry(code)
	if err != nil {
		return code
	}
	r, _ := language.ParseRegion(c)
	n := display.Regions(lang)
	if n == nil {
		return code
	}
	if name := n.Name(r); name != "" {
		return name
	}
	return code
}

// InEEA reports whether the country with the ISO 3166-1 alpha-2 code was in
// the European Economic Area on the calendar date of asOf: the EU member
// states (the United Kingdom until 31 December 2020, the end of the
// transition period) and Iceland, Liechtenstein and Norway. Territories
// outside the EU (the Faroe Islands, Greenland, the Caribbean parts of the
// Kingdom of the Netherlands) are not.
func InEEA(code string, asOf time.Time) bool {
	c, err := NormalizeCountry(code)
	if err != nil {
		return false
	}
	d, err := loadData()
	if err != nil {
		return false
	}
	return d.inEEA(c, civil.FromTime(asOf))
}
