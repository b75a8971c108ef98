package exportfs

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type seen struct {
	Name, Object, Kind string
	Given              bool
	Err                string
	Bytes              int
}

func walkAll(t *testing.T, paths []string, stdin io.Reader) []seen {
	t.Helper()
	var got []seen
	err := Walk(context.Background(), paths, stdin, func(in Input, r io.Reader) error {
		s := seen{Name: filepath.ToSlash(in.Name), Object: in.Object, Given: in.Given, Kind: in.Detection.String()}
		if in.Err != nil {
			s.Err = in.Err.Error()
			s.Kind = ""
		} else {
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			s.Bytes = len(b)
		}
		got = append(got, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// dataExport writes a zip laid out as Salesforce's weekly Data Export:
// one CSV per object at the top, a split object in parts, attachments in
// a folder.
func dataExport(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, m := range []struct{ name, body string }{
		{"Account.csv", "\"Id\",\"Name\"\n\"0011\",\"Voorbeeld BV\"\n"},
		{"Contact.csv", "\"Id\",\"LastName\",\"Religie__c\"\n\"0031\",\"Mulder\",\"Joods\"\n"},
		{"Contact-2.csv", "\"Id\",\"LastName\",\"Religie__c\"\n\"0032\",\"Kaya\",\"\"\n"},
		{"Attachments/", ""},
		{"Attachments/00P1", "\x89PNG\r\n\x1a\n\x00\x00"},
		{"Notes.csv.gz", string(gz("Id,Body\n1,belt terug\n"))},
	} {
		w, err := zw.Create(m.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(m.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	dataExport(t, filepath.Join(dir, "WE_00D_1.zip"))
	os.MkdirAll(filepath.Join(dir, "notes", ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, "notes", "a.txt"), []byte("Mevrouw belde, ze is zwanger.\nZe belt terug.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes", "b.jsonl"), []byte("{\"a\":1}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes", ".git", "HEAD"), []byte("ref"), 0o644)
	os.WriteFile(filepath.Join(dir, "dump"), gz("[{\"a\":1}]"), 0o644) // gzip without its extension
	os.WriteFile(filepath.Join(dir, "header.csv"), []byte("Id"), 0o644)

	got := walkAll(t, []string{
		filepath.Join(dir, "WE_00D_1.zip"),
		filepath.Join(dir, "notes"),
		filepath.Join(dir, "du*"),
		filepath.Join(dir, "header.csv"),
		"-",
		filepath.Join(dir, "missing.csv"),
		filepath.Join(dir, "nothing*"),
	}, strings.NewReader("Id;Naam\n1;x\n"))
	for i := range got {
		got[i].Name = strings.TrimPrefix(got[i].Name, filepath.ToSlash(dir)+"/")
		got[i].Err = strings.ReplaceAll(got[i].Err, dir+string(filepath.Separator), "")
	}
	want := []seen{
		{Name: "WE_00D_1.zip/Account.csv", Object: "Account", Kind: "CSV (separator ',', utf-8)", Bytes: 34},
		{Name: "WE_00D_1.zip/Contact.csv", Object: "Contact", Kind: "CSV (separator ',', utf-8)", Bytes: 53},
		{Name: "WE_00D_1.zip/Contact-2.csv", Object: "Contact", Kind: "CSV (separator ',', utf-8)", Bytes: 46},
		{Name: "WE_00D_1.zip/Attachments/00P1", Object: "00P1", Kind: "binary", Bytes: 10},
		{Name: "WE_00D_1.zip/Notes.csv", Object: "Notes", Kind: "CSV (separator ',', utf-8)", Bytes: 21},
		{Name: "notes/a.txt", Object: "a", Kind: "plain text (utf-8)", Bytes: 45},
		{Name: "notes/b.jsonl", Object: "b", Kind: "JSON Lines (utf-8)", Bytes: 8},
		{Name: "dump", Object: "dump", Kind: "JSON array (utf-8)", Bytes: 9},
		{Name: "header.csv", Object: "header", Given: true, Kind: "CSV (separator ',', utf-8)", Bytes: 2},
		{Name: "-", Given: true, Kind: "CSV (separator ';', utf-8)", Bytes: 12},
		{Name: "missing.csv", Object: "missing", Given: true, Err: "exportfs: no such file or folder: missing.csv"},
		{Name: "nothing*", Object: "nothing*", Given: true, Err: "exportfs: pattern matches no file: nothing*"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Walk (-want +got):\n%s", diff)
	}
}

func TestWalkZipFromStdin(t *testing.T) {
	got := walkAll(t, []string{"-"}, strings.NewReader("PK\x03\x04"))
	if len(got) != 1 || !strings.Contains(got[0].Err, "standard input") {
		t.Errorf("got %+v, want ErrZipStdin", got)
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	dataExport(t, filepath.Join(dir, "e.zip"))
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{dir}, nil, func(Input, io.Reader) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d inputs, want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{dir}, nil, func(Input, io.Reader) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestObjectName(t *testing.T) {
	for in, want := range map[string]string{
		"Contact.csv": "Contact", "x/Contact-2.csv": "Contact", "Case.csv.gz": "Case",
		"My_Object__c.csv": "My_Object__c", "report-final.csv": "report-final", "-": "",
	} {
		if got := objectName(in); got != want {
			t.Errorf("objectName(%q) = %q, want %q", in, got, want)
		}
	}
}
