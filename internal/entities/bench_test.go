package entities

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// syllables build invented names for the synthetic corpus.
var syllables = strings.Fields("ka lo mi ra ten vu sel dor an bri cas fen gol hur ist jen mar nol pev qui ros tav ul wen")

// inventedWord is a capitalised word of two or three syllables.
func inventedWord(rng *rand.Rand) string {
	n := 2 + rng.IntN(2)
	var sb strings.Builder
	for range n {
		sb.WriteString(syllables[rng.IntN(len(syllables))])
	}
	w := sb.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// syntheticMentions builds n mentions over n/10 articles, as an article
// writes them: people by full name then by surname (now and then by
// first name, with an honorific, or misspelt), organisations by full name,
// acronym and short form, and one-word names. The pools of people and
// organisations grow with n, so the corpus stays as varied per mention.
func syntheticMentions(n int) []Mention { return mentionsOfPools(n, max(n/25, 4), max(n/50, 2)) }

// recurringMentions builds n mentions as syntheticMentions does, but of
// 40 people (two of them sharing a surname) and 20 organisations
// whatever n: a folder of one run of news, where the same names recur in
// article after article, so the forms of one word (one per article) and
// the mentions of each name grow with n.
func recurringMentions(n int) []Mention { return mentionsOfPools(n, 40, 20) }

// mentionsOfPools builds n mentions of nPeople people and nOrgs
// organisations (see syntheticMentions).
func mentionsOfPools(n, nPeople, nOrgs int) []Mention {
	rng := rand.New(rand.NewPCG(17, uint64(n)))
	type person struct{ first, last string }
	people := make([]person, nPeople)
	for i := range people {
		people[i] = person{inventedWord(rng), inventedWord(rng)}
	}
	if nPeople == 40 {
		people[1].last = people[0].last
	}
	orgs := make([][]string, nOrgs)
	for i := range orgs {
		orgs[i] = []string{inventedWord(rng), inventedWord(rng), "Board"}
	}
	var out []Mention
	for a := 0; len(out) < n; a++ {
		art := fmt.Sprintf("art%05d", a)
		var src strings.Builder
		add := func(name, typ, before string) {
			src.WriteString(before)
			start := src.Len()
			src.WriteString(name)
			end := src.Len()
			src.WriteString(" said on Monday. ")
			text := src.String()
			sentStart := start - len(before)
			out = append(out, NewMention(art, text, typ, start, end, sentStart, end+len(" said on Monday.")))
		}
		for len(out) < n && src.Len() < 1500 {
			switch k := rng.IntN(10); {
			case k < 5:
				p := people[rng.IntN(len(people))]
				full := p.first + " " + p.last
				if rng.IntN(50) == 0 {
					full = p.first + " " + p.last[:len(p.last)-1] + "e" // a slip
				}
				add(full, span.Person, "The minister ")
				add(p.last, span.Person, "Then ")
				if rng.IntN(4) == 0 {
					add(p.last, span.Person, "Mr ")
				}
				if rng.IntN(8) == 0 {
					add(p.first, span.Person, "Later ")
				}
			case k < 8:
				o := orgs[rng.IntN(len(orgs))]
				add(strings.Join(o, " "), span.Org, "The ")
				if rng.IntN(2) == 0 {
					add(o[0][:1]+o[1][:1]+"B", span.Org, "The ")
				}
				if rng.IntN(3) == 0 {
					add(o[0], span.Org, "At ")
				}
			default:
				add(inventedWord(rng), span.GPE, "In ")
			}
		}
	}
	return out[:n]
}

// BenchmarkResolve resolves synthetic corpora of 1k and 10k mentions:
// the time per mention should stay about the same (no work over all pairs
// of names), with varied names and with recurring ones (no work per
// article over every mention of a name).
func BenchmarkResolve(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		ms := syntheticMentions(n)
		b.Run(fmt.Sprintf("mentions=%d", n), func(b *testing.B) {
			for b.Loop() {
				Resolve(ms)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/mention")
		})
	}
	for _, n := range []int{1000, 10000} {
		ms := recurringMentions(n)
		b.Run(fmt.Sprintf("recurring/mentions=%d", n), func(b *testing.B) {
			for b.Loop() {
				Resolve(ms)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/mention")
		})
	}
}
