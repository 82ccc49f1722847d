package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/ner"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// writeArticles writes each text under its file name in a new
// temporary folder and returns the folder.
func writeArticles(t *testing.T, texts map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// mapCache is an in-memory ExtractionCache.
type mapCache map[string][]byte

func (c mapCache) Get(k string) ([]byte, bool) { b, ok := c[k]; return b, ok }
func (c mapCache) PutAll(kv map[string][]byte) error {
	for k, v := range kv {
		c[k] = v
	}
	return nil
}

// TestBatchLanguage: an article whose language cannot be told (a short
// table of figures, invented) is read with the entity model of the
// batch's main language and a note says so; alone, it has no batch
// language and is read by capitalisation, and the cached result of that
// run is not reused in the batch.
func TestBatchLanguage(t *testing.T) {
	texts := map[string]string{
		"a.txt": "Harbour council approves bridge\n\nThe Harbour council voted 7 to 2 on Tuesday to build the new bridge over the river, said Mayor Ana Ruiz after the meeting in Porto Vell.\n",
		"b.txt": "Bridge vote splits town\n\nCouncillors backed the bridge by 7 votes to 2 at the meeting, Mayor Ana Ruiz said on Tuesday, and work on it will start in the spring.\n",
		"t.txt": "Brellcorp Inc results\n\nBRELLCORP INC 1ST QTR NET\nShr 37 cts against 21 cts\nNet 8.27 mln against 6.13 mln\nRevs 93.4 mln against 88.6 mln\n",
	}
	dir := writeArticles(t, texts)
	model, err := ner.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	cache := mapCache{}
	run := func(paths ...string) *report.Report {
		t.Helper()
		b, err := corpus.Load(paths, corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		r, err := Run(context.Background(), b, model, Options{Workers: 1, Cache: cache})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	kinds := func(r *report.Report) map[string]int {
		n := map[string]int{}
		for _, f := range r.Findings {
			n[f.Kind]++
		}
		return n
	}
	for _, c := range []struct {
		name    string
		paths   []string
		wantNER string
		batch   int // language-from-batch findings
		noNER   int // ner-unsupported-language findings
	}{
		{"alone", []string{filepath.Join(dir, "t.txt")}, nerCapitalised, 0, 1},
		{"in the batch", []string{dir}, nerEnglish, 1, 0},
	} {
		r := run(c.paths...)
		for _, a := range r.Articles {
			if a.ID != "t.txt" {
				continue
			}
			if a.Language != "unknown" || a.NER != c.wantNER {
				t.Errorf("%s: language %q, NER %q; want unknown, %s", c.name, a.Language, a.NER, c.wantNER)
			}
		}
		if k := kinds(r); k[report.FindingBatchLanguage] != c.batch || k[report.FindingNoNER] != c.noNER {
			t.Errorf("%s: findings %v", c.name, k)
		}
	}
}

// TestTakesBatchLanguage: only an unnamed language, and only in Latin
// letters (invented words).
func TestTakesBatchLanguage(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"unknown", "Brellcorp Inc Qtr Shr 37 cts against 21 cts", true},
		{"en", "Brellcorp Inc Qtr Shr 37 cts against 21 cts", false},
		{"fr", "Brellcorp Inc Qtr Shr 37 cts against 21 cts", false},
		{"unknown", "Брелкорп Инк квартал 12 против 10", false},
		{"unknown", "12 10 4.5", false},
	} {
		a := corpus.Article{Language: c.lang, Source: c.text, Blocks: []corpus.Block{{Start: 0, End: len(c.text), Kind: "body"}}}
		if got := takesBatchLanguage(&a); got != c.want {
			t.Errorf("takesBatchLanguage(%s, %q) = %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}
