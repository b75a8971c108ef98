package salesforce_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/classify/salesforce"
)

func TestZZFlagged(t *testing.T) {
	want := os.Getenv("ZZORG")
	if want == "" {
		t.Skip()
	}
	c := classify.Default()
	for _, org := range flagOrgs {
		if repoDir(org.repo) != want {
			continue
		}
		fsys, _ := mirrorFS(t, org.repo, org.dir)
		objs, _ := salesforce.Load(fsys)
		for i, r := range c.Schema(objs) {
			for _, f := range r.Flagged() {
				var fl classify.Field
				for _, x := range objs[i].Fields {
					if x.Name == f.Field {
						fl = x
					}
				}
				var cats []string
				for _, x := range f.Findings {
					if x.Category.Special() {
						info, _ := classify.LookupRule(x.Rule)
						cats = append(cats, fmt.Sprintf("%s(%s:%d %s)", x.Category, info.File, info.Line, info.Pattern))
					}
				}
				fmt.Printf("%s.%s [%s] %q kind=%s %v pick=%v\n", r.Object, f.Field, fl.Type, fl.Label, r.Kind, cats, fl.Picklist)
			}
		}
	}
}
