// Command perfdiff checks that two versions of the classify package find
// exactly the same in a generated corpus, and reports the speed of each:
// the old-versus-new differential of issue 14, kept in the benchmark
// tooling rather than in CI (it builds two trees and reads 50 MB three
// times with each).
//
//	go run ./classify/internal/perfdiff -old main -new . -mb 50
//
// -old and -new each name a directory holding a source tree of this
// module or a git revision of the repository the command runs in (taken
// with git archive). In each tree perfdiff builds a small program
// (dumper.go.txt) that uses only the public API: one Text call per line,
// Text on blocks of 64 KiB, Scan over the whole corpus, and ScanExport
// over a CSV export made of the corpus lines, every finding written one a
// line. The corpus is generated from the new tree's
// vocabulary files (every pattern, in varied case, with diacritics,
// compounds and inflections), filler words, identifiers, names, quotes,
// separator runs, other scripts and the odd invalid byte, the same for the
// same -seed. The findings must be equal byte for byte; the command
// prints the first differences (synthetic text, no personal data) and
// exits 1 if there are any.
//
// Compare trees that differ in the engine only: vocabulary changes make
// legitimate differences.
package main

import (
	"archive/tar"
	"bufio"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

//go:embed dumper.go.txt
var dumperSource []byte

func main() {
	oldSpec := flag.String("old", "HEAD~1", "the old tree: a directory or a git revision")
	newSpec := flag.String("new", ".", "the new tree: a directory or a git revision")
	mb := flag.Int("mb", 50, "corpus size in MB")
	seed := flag.Uint64("seed", 1, "corpus seed")
	keep := flag.Bool("keep", false, "keep the work directory")
	flag.Parse()
	if err := run(*oldSpec, *newSpec, *mb, *seed, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "perfdiff:", err)
		os.Exit(1)
	}
}

func run(oldSpec, newSpec string, mb int, seed uint64, keep bool) error {
	work, err := os.MkdirTemp("", "perfdiff")
	if err != nil {
		return err
	}
	if keep {
		fmt.Println("work directory:", work)
	} else {
		defer os.RemoveAll(work)
	}
	var bins [2]string
	var trees [2]string
	for i, spec := range []string{oldSpec, newSpec} {
		name := [2]string{"old", "new"}[i]
		if trees[i], err = tree(spec, filepath.Join(work, name+"-src")); err != nil {
			return fmt.Errorf("%s tree %s: %w", name, spec, err)
		}
		bins[i] = filepath.Join(work, name+"-dump")
		if err := build(trees[i], bins[i]); err != nil {
			return fmt.Errorf("%s tree %s: %w", name, spec, err)
		}
	}
	data, err := corpus(filepath.Join(trees[1], "classify", "terms"), mb<<20, seed)
	if err != nil {
		return err
	}
	corpusFile := filepath.Join(work, "corpus.txt")
	if err := os.WriteFile(corpusFile, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("corpus: %.1f MB, seed %d\n", float64(len(data))/1e6, seed)
	var outs [2]string
	for i := range bins {
		outs[i] = filepath.Join(work, [2]string{"old", "new"}[i]+".findings")
		cmd := exec.Command(bins[i], corpusFile, outs[i])
		cmd.Stderr = os.Stderr
		speed, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("%s dump: %w", [2]string{"old", "new"}[i], err)
		}
		fmt.Printf("%s (%s): %s", [2]string{"old", "new"}[i], []string{oldSpec, newSpec}[i], speed)
	}
	return compare(outs[0], outs[1])
}

// tree returns a directory holding the source tree spec names: spec
// itself if it is a directory, else the git revision spec extracted into
// dir.
func tree(spec, dir string) (string, error) {
	if st, err := os.Stat(spec); err == nil && st.IsDir() {
		return filepath.Abs(spec)
	}
	cmd := exec.Command("git", "archive", "--format=tar", spec)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", err
	}
	if err := cmd.Start(); err != nil {
		return "", err
	}
	if err := untar(out, dir); err != nil {
		cmd.Wait()
		return "", err
	}
	return dir, cmd.Wait()
}

func untar(r io.Reader, dir string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		name := filepath.Join(dir, filepath.FromSlash(h.Name))
		if !strings.HasPrefix(name, filepath.Clean(dir)+string(filepath.Separator)) {
			return fmt.Errorf("archive entry %q leaves the directory", h.Name)
		}
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(name, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				return err
			}
			f, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
			if err != nil {
				return err
			}
			_, err = io.Copy(f, tr)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}
	}
}

// build writes the dumper into a fresh package directory of the tree,
// builds it to bin and removes the directory again.
func build(tree, bin string) error {
	pkg, err := os.MkdirTemp(filepath.Join(tree, "classify"), "perfdiffdump")
	if err != nil {
		return err
	}
	defer os.RemoveAll(pkg)
	if err := os.WriteFile(filepath.Join(pkg, "main.go"), dumperSource, 0o644); err != nil {
		return err
	}
	rel, err := filepath.Rel(tree, pkg)
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-o", bin, "./"+filepath.ToSlash(rel))
	cmd.Dir = tree
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

// compare reports the lines where two findings files differ.
func compare(oldFile, newFile string) error {
	fo, err := os.Open(oldFile)
	if err != nil {
		return err
	}
	defer fo.Close()
	fn, err := os.Open(newFile)
	if err != nil {
		return err
	}
	defer fn.Close()
	so, sn := bufio.NewScanner(fo), bufio.NewScanner(fn)
	lines, diffs := 0, 0
	for {
		okO, okN := so.Scan(), sn.Scan()
		if !okO && !okN {
			break
		}
		lines++
		lo, ln := so.Text(), sn.Text()
		if !okO {
			lo = "(none)"
		}
		if !okN {
			ln = "(none)"
		}
		if lo != ln {
			if diffs < 10 {
				fmt.Printf("differs at finding %d:\n  old %s\n  new %s\n", lines, lo, ln)
			}
			diffs++
		}
	}
	if err := errors.Join(so.Err(), sn.Err()); err != nil {
		return err
	}
	if diffs > 0 {
		return fmt.Errorf("%d of %d findings differ", diffs, lines)
	}
	fmt.Printf("identical: %d findings\n", lines)
	return nil
}
