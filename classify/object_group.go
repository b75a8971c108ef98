package classify

import (
	"strings"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// Named parties and unions in a schema's names. The text vocabulary
// (terms/groups.tsv) names political parties and trade unions; in
// running text a bare name needs a person tied to it, because a party
// is news, a customer or a supplier as often. In a schema the record
// ties it: a flag named for a party on a council member's or a
// candidate's record ("shas": is the person of that party), a
// "<party>_representative" flag on a voter, and an object of people's
// roles for a party ("shas_representatives", "city_shas_roles_by_voters")
// say that the person works for or stands for the party.
const (
	// groupNameMin is the least weight of a groups.tsv line whose name
	// counts in a schema: the names written for a party or union alone
	// (0.7–0.75); names with a second sense (0.45–0.65) and names that
	// are common words (flag upper) do not.
	groupNameMin = 0.7
	// groupFieldWeight is the weight of a flag named for a party or
	// union on a person's record.
	groupFieldWeight = 0.85
	// groupObjectWeight is the weight of the membership kind of an
	// object of people named for a party or union.
	groupObjectWeight = 0.8
	// groupMaxWords is the longest group name read in a schema name.
	groupMaxWords = 4
)

// groupCats are the categories whose named groups count in a schema:
// the parties and the unions of groups.tsv. Faith communities are left
// to the field lexicon, whose words (catholic, jewish) already say it.
var groupCats = [...]Category{PoliticalOpinions, TradeUnionMembership}

// groupNames returns the table of the party and union names of
// groups.tsv that count in a schema (groupNameMin), by their folded
// words joined by spaces, to the index of their entry, made on first
// use.
func (v *vocabulary) groupNames() map[string]int32 {
	v.groupsOnce.Do(func() {
		v.groups = map[string]int32{}
		for i := range v.entries {
			e := &v.entries[i]
			if e.typ != typeTerm || e.file != "groups" || e.weight < groupNameMin || e.upper || e.upperLast || e.leftOpen || e.rightOpen {
				continue
			}
			ok := false
			for _, c := range groupCats {
				ok = ok || e.category == c
			}
			if !ok || e.core == "" {
				continue
			}
			k := strings.Join(strings.Fields(e.core), " ")
			if _, dup := v.groups[k]; !dup {
				v.groups[k] = int32(i)
			}
		}
	})
	return v.groups
}

// groupMatch is a party or union name found in a schema name.
type groupMatch struct {
	entry *entry
	rule  string // its rule ID, "groups:…" as Text reports it
}

// groupAt returns the longest party or union name that starts at
// tokens[i] and the index after it, or nil.
func (c *Classifier) groupAt(tokens []string, i int) (*groupMatch, int) {
	if c == nil || c.vocab == nil {
		return nil, i
	}
	g := c.vocab.groupNames()
	for n := min(groupMaxWords, len(tokens)-i); n > 0; n-- {
		words := make([]string, n)
		for k := range n {
			words[k] = fold.String(strings.ToLower(tokens[i+k]))
		}
		if idx, ok := g[strings.Join(words, " ")]; ok {
			return &groupMatch{entry: &c.vocab.entries[idx], rule: c.vocab.ruleID(idx)}, i + n
		}
	}
	return nil, i
}

// line is the vocabulary line of the match, "groups:461".
func (m *groupMatch) line() string {
	return VocabLine{File: m.entry.file, Line: int(m.entry.line)}.String()
}

// evidence is the evidence of the match at weight: the groups.tsv line.
func (m *groupMatch) evidence(weight float64) evidence {
	e := m.entry
	return evidence{conf: weight, rule: RuleFieldName + m.rule, entry: &fieldEntry{id: m.rule, pattern: e.pattern,
		words: strings.Fields(e.core), target: targetCategory, cat: e.category, weight: e.weight, file: e.file, line: int(e.line)}}
}

// groupField gives a field of a record about a person the category of
// the party or union its name is: a field named for the group alone
// (a flag "shas", "is_shas", whether a flag or a MySQL tinyint) or for
// the group and a person word ("shas_representative", "likud_member":
// fields.tsv object:person).
// A flag of a thing (a ballot box in a party's stronghold) or of a
// catalogue of parties is no person's.
func (c *Classifier) groupField(j *fieldJudge, f Field) {
	if !j.v.kind.about() || j.lookup || j.system || j.identity {
		return
	}
	tokens := j.sc.name(f.Name)
	if len(tokens) > 0 && strings.EqualFold(tokens[0], "is") {
		tokens = tokens[1:]
	}
	m, end := c.groupAt(tokens, 0)
	if m == nil {
		return
	}
	rest := tokens[end:]
	if len(rest) > 1 || len(rest) == 1 && j.lx.objects[j.lx.base(strings.ToLower(rest[0]))] != objectPerson {
		return
	}
	i := catIndex(m.entry.category)
	if ev := m.evidence(groupFieldWeight); ev.conf > j.obj[i].conf {
		j.obj[i] = ev
	}
}

// groupKind makes an object whose name holds a party or union name and
// ends in a person word ("shas_representatives",
// "city_shas_roles_by_voters") a membership of the group's category:
// its records are people's roles for the party. A catalogue of those
// roles ends in another word ("shas_representative_roles") and is not.
func (c *Classifier) groupKind(lx *fieldLexicon, nameTokens []string) *Evidence {
	if len(nameTokens) < 2 || lx.objects[lx.base(strings.ToLower(nameTokens[len(nameTokens)-1]))] != objectPerson {
		return nil
	}
	for i := range len(nameTokens) - 1 {
		if m, _ := c.groupAt(nameTokens[:len(nameTokens)-1], i); m != nil {
			return &Evidence{Source: EvidenceObject, Rule: m.rule, Line: m.line(), Kind: ObjectMembership, Category: m.entry.category, Weight: groupObjectWeight}
		}
	}
	return nil
}
