package avg_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"golang.org/x/text/language"
)

// FuzzAssess feeds arbitrary text to the field and record of a system.
// Properties: no panic, no error, and the value never appears in the
// report, its renderings or the draft.
func FuzzAssess(f *testing.F) {
	for _, s := range []string{secretHealth1, secretHealth2, secretRecord, "BSN 111222333", "", "\xff\xfe", "vakbondslid bij FNV"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		// The marker makes the value distinctive, so that finding it in the
		// output is a leak and not a coincidence.
		v := "QXJ" + value + "JXQ"
		s := avg.System{
			Name:    "fuzz",
			Fields:  []classify.Field{{Object: "Contact", Name: "Notes__c", Values: []string{v}}},
			Records: []map[string]string{{"Notes__c": v, "Description": v}},
		}
		r, err := avg.Assess(s, seedAsOf)
		if err != nil {
			t.Fatalf("Assess: %v", err)
		}
		var b bytes.Buffer
		for _, lang := range []language.Tag{language.English, language.Dutch} {
			if err := r.WriteMarkdown(&b, lang); err != nil {
				t.Fatal(err)
			}
			if err := r.WriteJSON(&b, lang); err != nil {
				t.Fatal(err)
			}
			if err := avg.WriteDraft(&b, s, r, lang); err != nil {
				t.Fatal(err)
			}
		}
		if strings.Contains(b.String(), v) {
			t.Errorf("the output holds the value")
		}
	})
}

// TestConcurrentAssess: Assess and the renderers are safe for concurrent
// use (run with -race).
func TestConcurrentAssess(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := avg.Assess(seedSystem(), seedAsOf)
			if err != nil {
				t.Error(err)
				return
			}
			var b bytes.Buffer
			if err := r.WriteMarkdown(&b, language.Dutch); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}
