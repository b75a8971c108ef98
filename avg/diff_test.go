package avg_test

import (
	"bytes"
	"testing"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestDiff compares last month's report (the seed) with today's (after
// the mitigations).
func TestDiff(t *testing.T) {
	old, err := avg.Assess(seedSystem(), seedAsOf.AddDate(0, -1, 0))
	require.NoError(t, err)
	cur, err := avg.Assess(mitigatedSystem(), seedAsOf)
	require.NoError(t, err)
	ch := avg.Diff(old, cur)
	defer func() {
		// The golden files render the changes between the fixtures.
		ch := avg.Diff(fixture(t, "seed", seedSystem()), fixture(t, "mitigated", mitigatedSystem()))
		for _, lang := range langs {
			var b bytes.Buffer
			require.NoError(t, ch.WriteMarkdown(&b, lang.tag))
			out := b.String()
			assertNoSecrets(t, "changes", out)
			if m := rawKey.FindString(out); m != "" {
				t.Errorf("changes print the message key %q", m)
			}
			golden(t, "changes."+lang.name+".md.golden", b.Bytes())
		}
	}()

	if ch.Empty() {
		t.Fatal("Diff found no changes between the seed and the mitigated system")
	}
	type change struct{ From, To avg.Status }
	got := map[avg.CheckID]change{}
	for _, c := range ch.Checks {
		got[c.ID] = change{c.From, c.To}
	}
	for _, id := range []avg.CheckID{"special-categories", "two-factor", "retention", "dpia"} {
		if got[id] != (change{avg.Fail, avg.Pass}) {
			t.Errorf("check %s changed %v, want fail → pass (the mitigation resolved it)", id, got[id])
		}
	}
	if ch.RiskFrom != avg.High || ch.DPIAFrom != avg.Required {
		t.Errorf("from risk %s, DPIA %s; want high, required", ch.RiskFrom, ch.DPIAFrom)
	}
	if len(ch.RemovedReasons) == 0 {
		t.Errorf("no DPIA reason removed, though the special categories are gone (art35-3b)")
	}

	// The other way round, the changes mirror.
	back := avg.Diff(cur, old)
	if len(back.Checks) != len(ch.Checks) || !cmp.Equal(back.AddedReasons, ch.RemovedReasons) {
		t.Errorf("Diff(new, old) does not mirror Diff(old, new)")
	}

}

// TestDiffSame: a report compared with itself, or with its translation,
// has no changes.
func TestDiffSame(t *testing.T) {
	r, err := avg.Assess(seedSystem(), seedAsOf)
	require.NoError(t, err)
	for _, other := range []avg.Report{r, r.In(language.Dutch)} {
		if ch := avg.Diff(r, other); !ch.Empty() {
			t.Errorf("Diff of equal reports: %+v", ch)
		}
	}
	var b bytes.Buffer
	require.NoError(t, avg.Diff(r, r).WriteMarkdown(&b, language.English))
	if !bytes.Contains(b.Bytes(), []byte("No changes.")) {
		t.Errorf("empty changes render as %q", b.String())
	}
}
