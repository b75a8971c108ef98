package classify

import (
	"context"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
)

// Templates for the generated benchmark corpus: CRM notes, half Dutch and
// half English, with an identifier about every 200 bytes and a
// special-category phrase in about 15% of the notes.
var (
	plainNL = []string{
		"Klant belde over de factuur van maart; het bedrag van EUR 129,95 is inmiddels bijgeschreven en de aanmaning is ingetrokken.",
		"Offerte 2024-0117 verstuurd voor het onderhoudscontract, levering verwacht in week 14, contactpersoon is de inkoper.",
		"Mevrouw wil haar abonnement omzetten naar de jaarvariant; korting van tien procent toegepast en bevestiging gemaild.",
		"Monteur komt dinsdag tussen 08:00 en 12:00 voor de storing aan de cv-ketel, sleutel ligt bij de buren op nummer 12.",
		"Klant vraagt naar de status van bestelling 88123; pakket staat klaar bij het afhaalpunt en wordt morgen opgehaald.",
	}
	plainEN = []string{
		"Customer called about the March invoice; the amount of EUR 129.95 has been credited and the reminder was withdrawn.",
		"Sent quote 2024-0117 for the maintenance contract, delivery expected in week 14, the buyer is our contact.",
		"She wants to switch her subscription to the annual plan; applied a ten percent discount and emailed the confirmation.",
		"Engineer visits Tuesday between 8 and 12 for the boiler fault, the key is with the neighbours at number 12.",
		"Customer asks for the status of order 88123; the parcel is ready at the pick-up point and will be collected tomorrow.",
	}
	specialNL = []string{
		"Klant meldt dat hij diabetes heeft en vraagt om aangepaste maaltijden.",
		"Mevrouw is lid van de vakbond en wil de contributie via de werkgever betalen.",
		"Kandidaat heeft een strafblad en kan daarom geen VOG krijgen.",
		"Klant is zwanger en heeft zwangerschapsverlof vanaf juni.",
	}
	specialEN = []string{
		"The customer mentioned she is being treated for depression and asked for a quiet room.",
		"He is a trade union member and asked to be contacted through the union rep.",
		"The applicant has a criminal record for fraud, see the screening report.",
		"She told us her wife will join her on the trip.",
	}
	identNL = []string{
		"Terugbetaling naar NL91ABNA0417164300.", "Bereikbaar op 06-12345678.", "Mail naar j.devries@example.nl.",
		"Geboren op 14 juli 2004.", "BSN 111222333 staat in het dossier.",
	}
	identEN = []string{
		"Refund to NL91 ABNA 0417 1643 00.", "Call back on +31 20 123 4567.", "Email jane.doe@example.com.",
		"Date of birth 1980-03-14.", "Login from 192.0.2.44 flagged.",
	}
)

// mixedCorpus returns about n bytes of generated CRM notes, the same for
// the same n.
func mixedCorpus(n int) string {
	rng := rand.New(rand.NewSource(42))
	var b strings.Builder
	b.Grow(n + 512)
	for note := 0; b.Len() < n; note++ {
		plain, special, ident := plainNL, specialNL, identNL
		if note%2 == 1 {
			plain, special, ident = plainEN, specialEN, identEN
		}
		b.WriteString(plain[rng.Intn(len(plain))])
		b.WriteByte(' ')
		b.WriteString(ident[rng.Intn(len(ident))])
		b.WriteByte(' ')
		if rng.Intn(100) < 15 {
			b.WriteString(special[rng.Intn(len(special))])
			b.WriteByte(' ')
		}
		b.WriteString(plain[rng.Intn(len(plain))])
		b.WriteString("\n")
	}
	return b.String()
}

// BenchmarkText measures the full default rule set over the mixed corpus.
func BenchmarkText(b *testing.B) {
	benchmarkText(b, Default(), mixedCorpus(1<<20))
}

// benchmarkText measures c.Text over text, with its bytes, allocations
// and CPU time.
func benchmarkText(b *testing.B, c *Classifier, text string) {
	// The first Text of a process makes the rule IDs of the terms it
	// finds (ruleID: 18 here, two allocations each), once, not per
	// finding: left out, as the build of Default is.
	c.Text(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, len(text))()
	for b.Loop() {
		c.Text(text)
	}
}

// reportCPU, deferred at the start of a benchmark's loop, reports the
// process's CPU time per operation and the bytes per CPU second: on a
// shared machine the wall-clock MB/s also counts the time spent waiting
// for a core, the CPU figures do not.
func reportCPU(b *testing.B, bytes int) func() {
	c0 := processCPU()
	return func() {
		cpu := processCPU() - c0
		if cpu <= 0 || b.N == 0 {
			return
		}
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(bytes)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkTextLines measures the same corpus as BenchmarkText, one Text
// call per line (a note of about 250 bytes): issue 14 wants it within 20%
// of the whole text's speed.
func BenchmarkTextLines(b *testing.B) {
	c := Default()
	text := mixedCorpus(1 << 20)
	lines := strings.SplitAfter(text, "\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, len(text))()
	for b.Loop() {
		for _, l := range lines {
			c.Text(l)
		}
	}
}

var writeMixed = flag.String("write-mixed-corpus", "", "write BenchmarkText's corpus to this file (for the peer comparison) and stop")

// TestWriteMixedCorpus writes BenchmarkText's corpus to a file, for
// classify/internal/perfdiff/peer.mjs: go test ./classify -run
// TestWriteMixedCorpus -write-mixed-corpus=/tmp/mixed.txt.
func TestWriteMixedCorpus(t *testing.T) {
	if *writeMixed == "" {
		t.Skip("no -write-mixed-corpus")
	}
	if err := os.WriteFile(*writeMixed, []byte(mixedCorpus(1<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkTextDense measures BenchmarkText's corpus with a special
// category in every note instead of 15%: the context windows of the term
// hits merge into long ones, as in a file of case notes.
func BenchmarkTextDense(b *testing.B) {
	c := Default()
	var sb strings.Builder
	for i, l := range strings.SplitAfter(mixedCorpus(1<<20), "\n") {
		sb.WriteString(specialEN[i%len(specialEN)])
		sb.WriteByte(' ')
		sb.WriteString(l)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, len(text))()
	for b.Loop() {
		c.Text(text)
	}
}

// BenchmarkTextNote measures one note without findings: no allocations.
func BenchmarkTextNote(b *testing.B) {
	c := Default()
	note := plainNL[0] + " " + plainNL[3]
	b.SetBytes(int64(len(note)))
	b.ReportAllocs()
	defer reportCPU(b, len(note))()
	for b.Loop() {
		c.Text(note)
	}
}

// BenchmarkScan streams 100 MB from a generated reader; memory stays flat.
func BenchmarkScan(b *testing.B) {
	c := Default()
	unit := []byte(mixedCorpus(1 << 20))
	const size = 100 << 20
	b.SetBytes(size)
	b.ReportAllocs()
	defer reportCPU(b, size)()
	for b.Loop() {
		r := &repeatReader{unit: unit, left: size}
		if err := c.Scan(context.Background(), r, func(Finding) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNoAllocationsWithoutFindings(t *testing.T) {
	c := Default()
	for _, note := range append(append([]string{}, plainNL...), plainEN...) {
		if fs := c.Text(note); len(fs) != 0 {
			t.Fatalf("plain note has findings: %v", fs)
		}
		if n := testing.AllocsPerRun(100, func() { c.Text(note) }); n != 0 {
			t.Errorf("Text made %v allocations on a note without findings", n)
		}
	}
}

func TestMixedCorpusHasFindings(t *testing.T) {
	fs := Default().Text(mixedCorpus(20000))
	kinds := map[Kind]int{}
	for _, f := range fs {
		kinds[f.Kind]++
	}
	if kinds[Term] == 0 {
		t.Errorf("generated corpus yields no term findings: %v", fmt.Sprint(kinds))
	}
}
