package salesforce_test

import (
	"archive/zip"
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/avgrisk/avgrisk/classify"
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

// Large real orgs, mostly business objects, whose flagged fields were
// reviewed by hand (classify/testdata/orgflags). Their mirrors lack some
// large blobs, so the files are read one by one (mirrorFS) and missing
// ones skipped. maxFlagged is a ceiling a little above the count
// measured when it was last changed.
var flagOrgs = []struct {
	repo, dir  string // owner/name; the folder that holds the objects
	maxFlagged int
}{
	{"vcuarental/PernodRicard", "objects", 15},
	{"GalloGio/IATA", "src/objects", 2},
	{"AntonioBarossa/sfdc-hera-devw1", "force-app/main/default/objects", 2},
	{"CRMBNBHotels/HotelbbSalesforce", "force-app/main/default/objects", 5},
	{"CityofToronto/EDC-Salesforce", "force-app/main/default/objects", 6},
}

// mirrorFS returns the files under dir of a mirrored repository at HEAD
// as an in-memory file system, skipping the blobs the mirror lacks, or
// skips the test when there is no mirror.
func mirrorFS(t *testing.T, repo, dir string) (fstest.MapFS, int) {
	t.Helper()
	root := os.Getenv("AVGRISK_MIRRORS")
	if root == "" {
		root = "/work/.mirror"
	}
	gitDir := filepath.Join(root, filepath.FromSlash(repoDir(repo)), "repo")
	if _, err := os.Stat(gitDir); err != nil {
		t.Skipf("no mirror of %s in %s; fetch it to run this test", repo, root)
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	list, err := exec.Command("git", "--git-dir="+gitDir, "ls-tree", "-r", "HEAD", "--", dir).Output()
	if err != nil {
		t.Fatalf("git ls-tree %s: %v", repo, err)
	}
	var paths, shas []string
	for _, l := range strings.Split(strings.TrimSpace(string(list)), "\n") {
		meta, p, ok := strings.Cut(l, "\t")
		f := strings.Fields(meta)
		if !ok || len(f) != 3 || f[1] != "blob" {
			continue
		}
		paths, shas = append(paths, p), append(shas, f[2])
	}
	cmd := exec.Command("git", "--git-dir="+gitDir, "cat-file", "--batch")
	cmd.Stdin = strings.NewReader(strings.Join(shas, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git cat-file %s: %v", repo, err)
	}
	fsys := fstest.MapFS{}
	missing := 0
	r := bufio.NewReader(bytes.NewReader(out))
	for _, p := range paths {
		head, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("git cat-file %s: %v", repo, err)
		}
		f := strings.Fields(head)
		if len(f) == 2 && f[1] == "missing" {
			missing++
			continue
		}
		if len(f) != 3 {
			t.Fatalf("git cat-file %s: bad header", repo)
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("git cat-file %s: %v", repo, err)
		}
		data := make([]byte, n+1) // the content and a newline
		if _, err := io.ReadFull(r, data); err != nil {
			t.Fatalf("git cat-file %s: %v", repo, err)
		}
		fsys[p] = &fstest.MapFile{Data: data[:n]}
	}
	return fsys, missing
}

// TestRealOrgFlagged loads whole public orgs from their mirrors and logs
// how many of their fields Schema flags (flagged/total): an unlabelled
// measure of false alarms on orgs that are mostly business objects. It
// fails above each org's ceiling. It is slow (tens of thousands of
// fields), so -short skips it.
func TestRealOrgFlagged(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: loads whole orgs")
	}
	c := classify.Default()
	for _, org := range flagOrgs {
		t.Run(repoDir(org.repo), func(t *testing.T) {
			fsys, missing := mirrorFS(t, org.repo, org.dir)
			objs, err := salesforce.Load(fsys)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			fields, flagged := 0, 0
			for _, r := range c.Schema(objs) {
				fields += len(r.Fields)
				flagged += len(r.Flagged())
			}
			t.Logf("%s: %d objects, %d fields (%d files missing from the mirror); flagged %d/%d", org.repo, len(objs), fields, missing, flagged, fields)
			if flagged > org.maxFlagged {
				t.Errorf("%s: %d fields flagged, ceiling %d", org.repo, flagged, org.maxFlagged)
			}
		})
	}
}
