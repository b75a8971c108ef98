package classify

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func gzipped(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func encode(t *testing.T, s string, e interface{ Bytes([]byte) ([]byte, error) }) string {
	t.Helper()
	out, err := e.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestDetectFormat(t *testing.T) {
	csvNL := "Id;Naam;Opmerking\n1;Jansen;belt terug\n2;Kaya;geen\n"
	tests := []struct {
		name   string
		in     string
		want   Detection
		reason string
	}{
		{"empty", "", Detection{Container: ContainerEmpty}, "nothing to scan"},
		{"blank", " \n\t\n", Detection{Container: ContainerEmpty}, "white space only"},
		{"csv comma", "Id,Name,Email\n1,a,b\n2,c,d\n", Detection{Container: ContainerExport, Format: CSV, Comma: ',', Encoding: UTF8}, "every line has two commas"},
		{"csv semicolon", csvNL, Detection{Container: ContainerExport, Format: CSV, Comma: ';', Encoding: UTF8}, "Dutch Excel writes ';'"},
		{"tsv", "Id\tNaam\n1\tJansen\n", Detection{Container: ContainerExport, Format: CSV, Comma: '\t', Encoding: UTF8}, "TAB separated"},
		{"csv quoted newline", "Id,Note\n1,\"two\nlines\"\n2,x\n", Detection{Container: ContainerExport, Format: CSV, Comma: ',', Encoding: UTF8}, "a quoted line break is inside a field"},
		{"csv bom", "\ufeffId,Name\n1,a\n", Detection{Container: ContainerExport, Format: CSV, Comma: ',', Encoding: UTF8, BOM: true}, "Excel's UTF-8 BOM"},
		{"header only", "Id,Name,Email\n", Detection{Container: ContainerExport, Format: CSV, Comma: ',', Encoding: UTF8}, "one line with two separators is a header"},
		{"jsonl", "{\"a\":1}\n{\"a\":2}\n", Detection{Container: ContainerExport, Format: JSONLines, Encoding: UTF8}, "an object per line"},
		{"json array", " [\n  {\"a\": 1}\n]", Detection{Container: ContainerExport, Format: JSONArray, Encoding: UTF8}, "an array of objects"},
		{"json document", "{\n  \"Id\": \"1\",\n  \"Note\": \"x\"\n}\n", Detection{Container: ContainerExport, Format: JSONArray, Encoding: UTF8}, "a pretty-printed object is one document, not JSON Lines"},
		{"json empty array", "[]", Detection{Container: ContainerExport, Format: JSONArray, Encoding: UTF8}, "an empty array of objects"},
		{"text", "Mevrouw belde, ze is zwanger.\nZe belt morgen terug.\n", Detection{Container: ContainerText, Encoding: UTF8}, "prose: the comma is not on every line"},
		{"text one line", "Hallo, dit is een notitie.", Detection{Container: ContainerText, Encoding: UTF8}, "one comma on one line is prose"},
		{"gzip", gzipped("Id,Name\n1,a\n"), Detection{Container: ContainerGzip}, "gzip magic 1f 8b"},
		{"zip", "PK\x03\x04rest", Detection{Container: ContainerZip}, "zip local header"},
		{"binary nul", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Detection{Container: ContainerBinary}, "NUL bytes are not text"},
		{"binary controls", strings.Repeat("\x01\x02\x03abc", 50), Detection{Container: ContainerBinary}, "control characters"},
		{"windows-1252", encode(t, "Id;Naam;Opmerking\n1;Müller;café, één\n2;Ærø;crème\n", charmap.Windows1252.NewEncoder()), Detection{Container: ContainerExport, Format: CSV, Comma: ';', Encoding: Windows1252}, "not UTF-8: Dutch Excel's code page"},
		{"utf-16le", encode(t, "Id\tNaam\n1\tJansen\n", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()), Detection{Container: ContainerExport, Format: CSV, Comma: '\t', Encoding: UTF16LE, BOM: true}, "Excel's 'Unicode text' is UTF-16LE with a BOM"},
		{"utf-16be", encode(t, "{\"a\":1}\n", unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder()), Detection{Container: ContainerExport, Format: JSONLines, Encoding: UTF16BE, BOM: true}, "BOM FE FF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DetectFormat([]byte(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DetectFormat (%s) (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestDetectFormatCutRune(t *testing.T) {
	// A prefix of DetectLen bytes that cuts a UTF-8 rune in two is still
	// UTF-8.
	line := "Id,Naam\n" + strings.Repeat("1,Müller\n", DetectLen/9+1)
	head := []byte(line)
	for len(head) > DetectLen {
		head = head[:DetectLen]
	}
	for head[len(head)-1] < 0x80 {
		line = " " + line
		head = []byte(line)[:DetectLen]
	}
	if got := DetectFormat(head); got.Encoding != UTF8 {
		t.Errorf("encoding = %s, want utf-8", got.Encoding)
	}
}

func TestDetectReadsWindows1252(t *testing.T) {
	// A Dutch Excel export in Windows-1252: the decoded values classify
	// like UTF-8 ones ("één" and "ziekte" survive transcoding).
	raw := encode(t, "Id;Opmerking\n1;Cliënt heeft één ziekte: diabetes\n", charmap.Windows1252.NewEncoder())
	d, r, err := Detect(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if d.Encoding != Windows1252 || d.Format != CSV {
		t.Fatalf("detection = %v", d)
	}
	text, _ := io.ReadAll(r)
	if !strings.Contains(string(text), "Cliënt heeft één") {
		t.Errorf("decoded text is not the original")
	}
	_, r, _ = Detect(strings.NewReader(raw))
	sum, err := Default().ScanExport(context.Background(), r, d.Format, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rows != 1 || sum.RowsWithFindings != 1 {
		t.Errorf("rows %d with findings %d, want 1 and 1", sum.Rows, sum.RowsWithFindings)
	}
}

func TestDetectionString(t *testing.T) {
	for _, tt := range []struct {
		d    Detection
		want string
	}{
		{Detection{Container: ContainerExport, Format: CSV, Comma: ';', Encoding: Windows1252}, "CSV (separator ';', windows-1252)"},
		{Detection{Container: ContainerExport, Format: CSV, Comma: '\t', Encoding: UTF8}, "CSV (separator TAB, utf-8)"},
		{Detection{Container: ContainerExport, Format: JSONArray, Encoding: UTF8}, "JSON array (utf-8)"},
		{Detection{Container: ContainerText, Encoding: UTF16LE}, "plain text (utf-16le)"},
		{Detection{Container: ContainerBinary}, "binary"},
	} {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func FuzzDetectFormat(f *testing.F) {
	for _, s := range []string{"", "Id,Name\n1,a\n", "[{\"a\":1}]", "{\"a\":1}\n", "\xff\xfeI\x00d\x00", "\x1f\x8b", "PK\x03\x04", "a\x00b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := DetectFormat(b)
		if d != DetectFormat(b) {
			t.Fatal("not deterministic")
		}
		if (d.Container == ContainerExport) != (d.Format != 0) {
			t.Fatalf("container %s with format %d", d.Container, d.Format)
		}
	})
}
