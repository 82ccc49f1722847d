// Command genclaims writes a synthetic JSON Lines corpus of short wire
// articles that all report one event (a fire, its toll, its date, the
// firm whose yard burned and its staff), for measuring how the
// corpus-level stages grow when many articles give a figure for the same
// claim. Every text is invented; the figures vary as wire copy does (a
// later, higher toll, a hedged figure, now and then a misread one), so
// that every status of a claim occurs. The output depends only on the
// flags.
//
// Usage:
//
//	go run ./internal/tools/genclaims [-n 10000] [-seed 1] [-out FILE]
//
// then, for instance:
//
//	/usr/bin/time -v nec-analyse report -q --no-cache -f json -j 2 FILE >/dev/null
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"time"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	seed := flag.Uint64("seed", 1, "seed of the variations")
	out := flag.String("out", "", "output file (default standard output)")
	flag.Parse()
	var w io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "genclaims:", err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	if err := generate(bw, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "genclaims:", err)
		os.Exit(1)
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genclaims:", err)
		os.Exit(1)
	}
}

// record is one JSON Lines article (the default field names).
type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Text      string `json:"text"`
}

// generate writes n articles.
func generate(w io.Writer, n int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, 17))
	outlets := []string{"Carrow Courier", "Northfield Wire", "The Valley Ledger", "Harbour News Service"}
	officers := []string{"Nadia Brell", "Tomas Ekwall", "Ruth Onyango"}
	day0 := time.Date(2025, time.March, 10, 0, 0, 0, 0, time.UTC)
	enc := json.NewEncoder(w)
	for i := range n {
		pub := rng.IntN(4) // published on the day of the fire or up to three days after
		toll := "killed 12 people"
		switch r := rng.IntN(100); {
		case r < 10 && pub > 0:
			toll = "killed 14 people, after the death toll rose to 14"
		case r < 15:
			toll = "killed about 12 people"
		case r < 18:
			toll = "killed 21 people"
		}
		staff := 240
		if rng.IntN(20) == 0 {
			staff = 420
		}
		officer := officers[rng.IntN(len(officers))]
		text := fmt.Sprintf("A fire at the Harbour Street timber yard in Carrow %s on %s, the Carrow Fire Service said.\n\n"+
			"Chief fire officer %s said %d crews had fought the blaze for %d hours before it was brought under control.\n\n"+
			"The yard, owned by Kestrel Timber, employs %d staff and had been inspected in %s.\n\n"+
			"\"We are doing everything we can to support the families,\" %s said.",
			toll, day0.Format("Monday"), officer, 6+rng.IntN(3), 4+rng.IntN(5), staff, []string{"January", "February"}[rng.IntN(2)],
			officer)
		rec := record{
			ID:        fmt.Sprintf("wire-%05d", i+1),
			Title:     fmt.Sprintf("Fire at Carrow timber yard: %d staff employed at Kestrel Timber site", staff),
			Outlet:    outlets[rng.IntN(len(outlets))],
			Published: day0.AddDate(0, 0, pub).Format("2006-01-02"),
			Language:  "en",
			Text:      text,
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}
