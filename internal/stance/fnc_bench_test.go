package stance

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
)

// fncPairs reads up to n (headline, body) pairs of FNC-1's training split
// from ../shared/data (FNC_DATA to override), or skips the benchmark.
func fncPairs(b *testing.B, n int) [][2]string {
	dir := os.Getenv("FNC_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "fnc-1")
	}
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			b.Skipf("FNC-1 data not found: %v", err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			b.Fatal(err)
		}
		return rows[1:]
	}
	bodies := map[string]string{}
	for _, r := range read("train_bodies.csv") {
		bodies[r[0]] = r[1]
	}
	var out [][2]string
	for _, r := range read("train_stances.csv") {
		if len(out) == n {
			break
		}
		out = append(out, [2]string{r[0], bodies[r[1]]})
	}
	return out
}

// BenchmarkClassifyFNC measures single-goroutine speed on real FNC-1
// pairs (bodies of 370 words on average); run with -cpu 1.
func BenchmarkClassifyFNC(b *testing.B) {
	m := mustLoad(b)
	pairs := fncPairs(b, 2000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		m.Classify(p[0], p[1])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}
