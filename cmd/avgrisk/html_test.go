package main

import (
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/avg"
)

// chromium returns the path of a Chromium or Chrome binary, or skips.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on PATH: install Debian's chromium (.ci/run does) to render the HTML reports")
	return ""
}

// render opens an HTML file in headless Chromium, offline, and returns
// the screenshot's path and the DOM as the browser built it.
func render(t *testing.T, browser, page string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	shot := filepath.Join(dir, "shot.png")
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1200,1600"}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	url := "file://" + page
	cmd := exec.CommandContext(ctx, browser, append(flags, "--screenshot="+shot, url)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium --screenshot: %v\n%s", err, lastLines(string(out), 10))
	}
	cmd = exec.CommandContext(ctx, browser, append(flags, "--dump-dom", url)...)
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	return shot, string(dom)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// nonBlank returns the share of pixels of a PNG that are not the page's
// white background.
func nonBlank(t *testing.T, path string) float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	b := img.Bounds()
	if b.Dx() < 100 || b.Dy() < 100 {
		t.Fatalf("screenshot is %dx%d", b.Dx(), b.Dy())
	}
	ink, colours := 0, map[[3]uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				ink++
			}
			colours[[3]uint32{r >> 12, g >> 12, bl >> 12}] = true
		}
	}
	if len(colours) < 4 {
		t.Errorf("screenshot has %d colours: blank or one flat colour", len(colours))
	}
	return float64(ink) / float64((b.Dx()/2)*(b.Dy()/2))
}

func TestHTMLInBrowser(t *testing.T) {
	browser := chromium(t)
	dir := t.TempDir()
	zipPath := dataExport(t, filepath.Join(dir, "export.zip"))
	pages := []struct {
		name  string
		args  []string
		names []string // what the rendered page must say
	}{
		{"scan", []string{"scan", zipPath}, []string{"Rows per category", "religious-beliefs", "national-id", "Religie__c", "BSN__c"}},
		{"assess-en", []string{"assess", "--example", "--as-of", "2026-11-30", "--lang", "en"}, nil},
		{"assess-nl", []string{"assess", "--example", "--as-of", "2026-11-30", "--lang", "nl"}, []string{"Wat te doen", "Bronnen"}},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			page := filepath.Join(dir, p.name+".html")
			r := avgrisk(t, dir, "", append(p.args, "--format", "html", "--output", page)...)
			if r.code == exitError {
				t.Fatalf("exit 2: %s", r.stderr)
			}
			html, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			noLeak(t, p.name+" HTML", string(html))
			for _, ext := range []string{"<script", "src=\"http", "href=\"http://", "@import", "url("} {
				if strings.Contains(string(html), ext) {
					t.Errorf("not self-contained: %s", ext)
				}
			}
			shot, dom := render(t, browser, page)
			if share := nonBlank(t, shot); share < 0.01 {
				t.Errorf("screenshot is blank: %.4f of pixels inked", share)
			} else {
				t.Logf("%s: %.1f%% of pixels inked", p.name, 100*share)
			}
			names := p.names
			if strings.HasPrefix(p.name, "assess") {
				// Every check, by its title in the report's language.
				rep := assessReport(t, p.args)
				for _, c := range rep.Checks {
					names = append(names, c.Title)
				}
			}
			for _, n := range names {
				if !strings.Contains(dom, htmlEscape(n)) {
					t.Errorf("the rendered page does not name %q", n)
				}
			}
		})
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// assessReport runs the same assessment as JSON, for the check titles.
func assessReport(t *testing.T, args []string) avg.Report {
	t.Helper()
	r := avgrisk(t, "", "", append(args, "--format", "json")...)
	var rep avg.Report
	if err := jsonUnmarshal(r.stdout, &rep); err != nil {
		t.Fatalf("assess JSON: %v", err)
	}
	if len(rep.Checks) < 8 {
		t.Fatalf("%d checks", len(rep.Checks))
	}
	return rep
}
