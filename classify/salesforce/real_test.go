package salesforce_test

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/avgrisk/avgrisk/classify/salesforce"
)

// Real metadata from public orgs. The files are not committed (they are
// other projects' code); the test reads them from a local bare mirror
// when one exists and skips otherwise. AVGRISK_MIRRORS overrides the
// folder that holds the mirrors (default /work/.mirror, with one
// "<owner>+<name>/repo" bare repository per project).
var realOrgs = []struct {
	repo string // owner/name on GitHub
	// minimum figures, below which the loader has lost something
	minObjects, minFields int
}{
	{"SalesforceFoundation/EDA", 30, 450},  // SFDX source format
	{"SalesforceFoundation/NPSP", 70, 950}, // SFDX source, and Metadata API .object files under unpackaged/
}

// mirrorZip returns the metadata files of a mirrored repository as a zip
// (git archive), read through archive/zip's fs.FS, or skips the test.
func mirrorZip(t *testing.T, repo string) *zip.Reader {
	t.Helper()
	root := os.Getenv("AVGRISK_MIRRORS")
	if root == "" {
		root = "/work/.mirror"
	}
	dir := filepath.Join(root, filepath.FromSlash(repoDir(repo)), "repo")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no mirror of %s in %s; fetch it to run this test", repo, root)
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	list, err := exec.Command("git", "--git-dir="+dir, "ls-tree", "-r", "--name-only", "HEAD").Output()
	if err != nil {
		t.Fatalf("git ls-tree %s: %v", repo, err)
	}
	// The folders that hold metadata, so that the archive stays small.
	args := []string{"--git-dir=" + dir, "archive", "--format=zip", "HEAD", "--"}
	seen := map[string]bool{}
	for _, p := range strings.Split(string(list), "\n") {
		parts := strings.Split(p, "/")
		for i, part := range parts[:max(len(parts)-1, 0)] {
			if part == "objects" || part == "globalValueSets" {
				d := strings.Join(parts[:i+1], "/")
				if !seen[d] {
					seen[d] = true
					args = append(args, d)
				}
				break
			}
		}
	}
	out, err := exec.Command("git", args...).Output()
	if err != nil {
		t.Fatalf("git archive %s: %v", repo, err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatalf("zip of %s: %v", repo, err)
	}
	return zr
}

func repoDir(repo string) string {
	b := []byte(repo)
	for i, c := range b {
		if c == '/' {
			b[i] = '+'
		}
	}
	return string(b)
}

func TestRealOrgs(t *testing.T) {
	for _, org := range realOrgs {
		t.Run(repoDir(org.repo), func(t *testing.T) {
			zr := mirrorZip(t, org.repo)
			objs, err := salesforce.Load(zr)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			src, err := salesforce.LoadSource(zr)
			if err != nil {
				t.Fatalf("LoadSource: %v", err)
			}
			md, err := salesforce.LoadMetadata(zr)
			if err != nil {
				t.Fatalf("LoadMetadata: %v", err)
			}
			fields, picklists, described, custom := 0, 0, 0, 0
			for _, o := range objs {
				fields += len(o.Fields)
				if o.Custom {
					custom++
				}
				for _, f := range o.Fields {
					if len(f.Picklist) > 0 {
						picklists++
					}
					if f.Description != "" || f.HelpText != "" {
						described++
					}
				}
			}
			t.Logf("%s: %d objects (%d custom), %d fields (%d with picklist values, %d with a description or help text); SFDX source %d objects, Metadata API %d objects",
				org.repo, len(objs), custom, fields, picklists, described, len(src), len(md))
			if len(objs) < org.minObjects || fields < org.minFields {
				t.Errorf("%s: %d objects, %d fields; want at least %d and %d", org.repo, len(objs), fields, org.minObjects, org.minFields)
			}
		})
	}
}
