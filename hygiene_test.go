package avgrisk_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestDirectRequirements keeps the module's dependencies to the ones the
// project allows: the standard library, golang.org/x/text, go-cmp and
// testify; and, for cmd/avgrisk only, the database drivers pgx and
// modernc.org/sqlite (TestLibraryDeps keeps them out of the library).
func TestDirectRequirements(t *testing.T) {
	data, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	var direct []string
	inBlock := false
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "require (":
			inBlock = true
			continue
		case inBlock && line == ")":
			inBlock = false
			continue
		case strings.HasPrefix(line, "require "):
			line = strings.TrimPrefix(line, "require ")
		case !inBlock:
			continue
		}
		if line == "" || strings.HasSuffix(line, "// indirect") {
			continue
		}
		direct = append(direct, strings.Fields(line)[0])
	}
	want := []string{"github.com/google/go-cmp", "github.com/jackc/pgx/v5", "github.com/stretchr/testify", "golang.org/x/text", "modernc.org/sqlite"}
	if diff := cmp.Diff(want, direct); diff != "" {
		t.Errorf("direct requirements in go.mod (-want +got):\n%s", diff)
	}
}

// TestGoDirective keeps the module importable by toolchains back to Go 1.24.
func TestGoDirective(t *testing.T) {
	data, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "go "); ok {
			v = strings.TrimSpace(v)
			if v != "1.24" && !strings.HasPrefix(v, "1.24.") && v > "1.24" {
				t.Errorf("go directive %s is newer than 1.24", v)
			}
			return
		}
	}
	t.Error("go.mod has no go directive")
}

// TestLibraryDeps keeps the library packages at the standard library and
// golang.org/x/text: drivers and other dependencies enter through cmd/
// only. classify/sqlscan and classify/exportfs are library packages too.
func TestLibraryDeps(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}",
		"./classify/...", "./transfer/...", "./retention/...", "./avg/...", "./internal/...").Output()
	require.NoError(t, err)
	for _, p := range strings.Fields(string(out)) {
		if strings.HasPrefix(p, "github.com/avgrisk/avgrisk/") || strings.HasPrefix(p, "golang.org/x/text/") {
			continue
		}
		t.Errorf("a library package depends on %s", p)
	}
}
