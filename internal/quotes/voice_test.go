package quotes

import (
	"slices"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// voiceRuns is the own voice as runs of words with their offsets, built
// the plain way (a slice per run): what the compact ownVoice must give.
func voiceRuns(mt *matcher, src string, quoted []span.Span) [][]wtok {
	ps := []span.Span{{Start: 0, End: len(src)}}
	for _, q := range ExtractWith(src, ps, nil, nil, "", mt.opts) {
		quoted = append(quoted, span.Span{Start: q.Start, End: q.End})
	}
	var runs [][]wtok
	var run []wtok
	ws, _ := normWords(src, 0, len(src))
	for _, w := range ws {
		if slices.ContainsFunc(quoted, func(q span.Span) bool { return w.s < q.End && w.e > q.Start }) {
			if len(run) > 0 {
				runs = append(runs, run)
			}
			run = nil
			continue
		}
		run = append(run, w)
	}
	if len(run) > 0 {
		runs = append(runs, run)
	}
	return runs
}

func TestOwnVoiceCompact(t *testing.T) {
	mt := &matcher{lx: Options{}.lexicon()}
	texts := []string{
		`The ferry timetable is a mess, the council said on Monday. "We will fix it," said Ada Quill. Passengers wait an hour.`,
		`No quotes here at all, only the paper's own words about the harbour and its boats.`,
		`"Everything is quoted," she said.`,
		`Short. "Quoted words here," a b. Two words. Über café prices rose 5%.`,
		``,
	}
	for _, src := range texts {
		want := voiceRuns(mt, src, nil)
		ov := mt.ownVoiceOf(src, nil, nil)
		runs, first := ov.runs()
		if len(runs) != len(want) {
			t.Fatalf("%q: %d runs, want %d", src, len(runs), len(want))
		}
		grams := map[string]bool{}
		for r, run := range want {
			for i, w := range run {
				if runs[r][i] != w.w {
					t.Errorf("%q: run %d word %d = %q, want %q", src, r, i, runs[r][i], w.w)
				}
				if s, e := int(ov.offs[2*(first[r]+i)]), int(ov.offs[2*(first[r]+i)+1]); s != w.s || e != w.e {
					t.Errorf("%q: run %d word %d at %d-%d, want %d-%d", src, r, i, s, e, w.s, w.e)
				}
			}
			words := make([]string, len(run))
			for i, w := range run {
				words[i] = w.w
			}
			if len(words) >= 3 {
				for g := range trigrams(words) {
					grams[g] = true
				}
			}
		}
		// has answers for exactly the trigrams within one run.
		all, _ := normWords(src, 0, len(src))
		for i := 0; i+3 <= len(all); i++ {
			g := all[i].w + " " + all[i+1].w + " " + all[i+2].w
			if ov.has(g) != grams[g] {
				t.Errorf("%q: has(%q) = %t, want %t", src, g, ov.has(g), grams[g])
			}
		}
		for g := range grams {
			if !ov.has(g) {
				t.Errorf("%q: has(%q) false", src, g)
			}
		}
	}
}

func TestGramIndex(t *testing.T) {
	mt := &matcher{lx: Options{}.lexicon()}
	voices := []ownVoice{
		mt.ownVoiceOf("the ferry timetable is a mess", nil, nil),
		mt.ownVoiceOf(`"the ferry timetable" is a mess and the ferry timetable is late`, nil, nil),
		mt.ownVoiceOf("nothing shared", nil, nil),
	}
	ix := newGramIndex(voices)
	for _, c := range []struct {
		gram string
		want []int32
	}{
		{"the ferry timetable", []int32{0, 1}},
		{"is a mess", []int32{0, 1}},
		{"timetable is a", []int32{0}}, // article 1 quotes "the ferry timetable": a break before "is"
		{"timetable is late", []int32{1}},
		{"nothing shared", nil}, // a run under three words has no trigram
		{"not there at", nil},
	} {
		var got []int32
		for _, e := range ix.articles(gramHash(c.gram)) {
			got = append(got, e.art)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("articles(%q) = %v, want %v", c.gram, got, c.want)
		}
		if gramHash(c.gram) != gramHash(strings.Fields(c.gram)...) {
			t.Errorf("gramHash(%q) differs by words", c.gram)
		}
	}
}

// TestOwnUnattributed: words are an article's own voice only with no
// reporting verb or source phrase in their sentence or the next, in
// English and in Swedish ("enligt" names a source after it).
func TestOwnUnattributed(t *testing.T) {
	mt := &matcher{lx: Options{}.lexicon()}
	for _, c := range []struct {
		src, words string
		want       bool
	}{
		{"The ferry timetable is a mess. Nobody disputes it.", "The ferry timetable is a mess", true},
		{"The ferry timetable is a mess, the harbour master says.", "The ferry timetable is a mess", false},
		{"The ferry timetable is a mess. So says the harbour master.", "The ferry timetable is a mess", false},
		{"The ferry timetable is a mess, according to the harbour master.", "The ferry timetable is a mess", false},
		{"Färjans tidtabell är ett kaos. Ingen bestrider det.", "Färjans tidtabell är ett kaos", true},
		{"Färjans tidtabell är ett kaos, enligt hamnkaptenen.", "Färjans tidtabell är ett kaos", false},
		{"Färjans tidtabell är ett kaos, säger hamnkaptenen.", "Färjans tidtabell är ett kaos", false},
		{"Det var en lång vinter. Färjans tidtabell är ett kaos. Ingen bestrider det. Enligt hamnkaptenen var det värre förr.", "Färjans tidtabell är ett kaos", true},
	} {
		s := strings.Index(c.src, c.words)
		paras := []span.Span{{Start: 0, End: len(c.src)}}
		if got := ownUnattributed(mt, c.src, paras, s, s+len(c.words)); got != c.want {
			t.Errorf("ownUnattributed(%q in %q) = %v, want %v", c.words, c.src, got, c.want)
		}
	}
}

// TestSameWordsSpelt: edits that change no word are no alteration.
func TestSameWordsSpelt(t *testing.T) {
	for _, c := range []struct {
		del, ins string
		want     bool
	}{
		{"realised", "realized", true},
		{"11th", "eleventh", true},
		{"act", "fact", false},
		{"prisoner", "citizen", false},
		{"the harbour", "harbour the", false},
	} {
		if got := sameWordsSpelt(strings.Fields(c.del), strings.Fields(c.ins)); got != c.want {
			t.Errorf("sameWordsSpelt(%q, %q) = %v, want %v", c.del, c.ins, got, c.want)
		}
	}
}

// TestSameCompound: one word written as two is the same word unless the
// two mean otherwise.
func TestSameCompound(t *testing.T) {
	mt := &matcher{lx: Options{}.lexicon()}
	for _, c := range []struct {
		del, ins string
		want     bool
	}{
		{"health care", "healthcare", true},
		{"counterterrorism", "counter terrorism", true},
		{"cannot", "can not", true},
		{"us", "u s", true},
		{"health", "care", false},
		{"apart", "a part", false},
		{"maybe", "may be", false},
		{"everyone", "every one", false},
	} {
		e := edit{del: strings.Fields(c.del), ins: strings.Fields(c.ins)}
		if got := sameCompound(mt, e, false, "", ""); got != c.want {
			t.Errorf("sameCompound(%q, %q) = %v, want %v", c.del, c.ins, got, c.want)
		}
	}
}
