package pipeline

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/sorted"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// differentStories is the cross-reference pass that doubts conflicts of
// the lead event between articles that may tell different stories.
var differentStories = rules.Info{Stage: "cross-reference", Name: "different-stories",
	Doc: `A conflict between two articles that name no person or organisation in common besides the conflict's subject (among those named in at most 20 articles or 5% of the folder) and share few words (TF-IDF cosine of their content words below 0.10) is uncertain: in a folder of several stories, two leads' prices or tolls may be of different events.`}

// storySimilarityFloor is the cosine below which two articles naming no
// person or organisation in common may tell different stories. Chosen on
// real text (BENCHMARKS.md): 3.1% of the article pairs of one event in the
// ecbplus-dev clusters fall below it with no shared name, against every
// unrelated pair of a lead-event error in the 2,225 BBC articles.
const storySimilarityFloor = 0.10

// storyDoubts marks uncertain, with the reason, the conflicts of the
// lead event or of a place (no one story's subject: "US seats") between
// articles that may tell different stories (differentStories).
// Article vectors are built only when such a conflict exists.
func storyDoubts(stories *storyIndex, contra []claims.Contradiction, off rules.Off) {
	if !off.Enabled(differentStories) {
		return
	}
	var todo []int
	for i, c := range contra {
		if !c.Uncertain && c.A.Article != c.B.Article {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return
	}
	names, sim := stories.storyNames(), stories.similarity()
	for _, i := range todo {
		c := &contra[i]
		subject, named := stories.entity(c.Subject)
		if !named {
			subject = -1 // the lead event: no entity
		}
		if sharesNameBut(names[c.A.Article], names[c.B.Article], subject) {
			continue
		}
		if s := sim.cosine(c.A.Article, c.B.Article); s < storySimilarityFloor {
			c.Uncertain = true
			c.Reason = fmt.Sprintf("the articles name no person or organisation in common and share few words (similarity %.2f): they may be about different events", s)
		}
	}
}

// storyIndex is what the story tests read of one batch (the kept
// articles and the report's entities), each part built on first use and
// shared by the passes that ask: differentStories and spellingsApart.
type storyIndex struct {
	arts  []corpus.Article
	lx    *lexicon.Lexicon
	ents  []report.Entity
	index map[string]int
	sim   *storySimilarity
	names map[string][]int
}

// entity is the index of the entity named name in ents.
func (x *storyIndex) entity(name string) (int, bool) {
	if x.index == nil {
		x.index = map[string]int{}
		for i, e := range x.ents {
			x.index[e.Name] = i
		}
	}
	i, ok := x.index[name]
	return i, ok
}

// similarity compares the batch's articles by their words.
func (x *storyIndex) similarity() *storySimilarity {
	if x.sim == nil {
		x.sim = newStorySimilarity(x.arts, x.lx)
	}
	return x.sim
}

// storyNames maps each article to the people and organisations that may
// name its story (see peopleAndOrgsIn).
func (x *storyIndex) storyNames() map[string][]int {
	if x.names == nil {
		x.names = peopleAndOrgsIn(x.ents, max(20, len(x.arts)/20))
	}
	return x.names
}

// peopleAndOrgsIn maps each article to the indexes (ascending) of the
// people and organisations it names, leaving out those named in more than
// limit articles: in a folder of many stories, "BBC" or a party names no
// one story.
func peopleAndOrgsIn(ents []report.Entity, limit int) map[string][]int {
	out := map[string][]int{}
	for i, e := range ents {
		if e.Type != span.Person && e.Type != span.Org || len(e.Articles) > limit {
			continue
		}
		for _, a := range e.Articles {
			out[a] = append(out[a], i)
		}
	}
	return out
}

// sharesNameBut reports a common index of two ascending lists other
// than but (the conflict's own subject, which both name).
func sharesNameBut(a, b []int, but int) bool {
	return sharesNameExcept(a, b, func(x int) bool { return x == but })
}

// sharesNameExcept reports a common index of two ascending lists that
// skip does not leave out.
func sharesNameExcept(a, b []int, skip func(int) bool) bool {
	shared := false
	sorted.Each(a, b, func(x int) bool { shared = !skip(x); return !shared })
	return shared
}

// storySimilarity compares articles by the TF-IDF cosine of their content
// words (letters only, three or more, not a stopword, lower case), with
// document frequencies of the whole batch.
type storySimilarity struct {
	arts  map[string]*corpus.Article
	df    map[string]int
	n     int
	stops map[string]struct{}
	vecs  map[string][]weighted
}

func newStorySimilarity(arts []corpus.Article, lx *lexicon.Lexicon) *storySimilarity {
	s := &storySimilarity{arts: map[string]*corpus.Article{}, df: map[string]int{}, n: len(arts),
		stops: lx.Set(lexicon.StopwordsEnSv), vecs: map[string][]weighted{}}
	for i := range arts {
		s.arts[arts[i].ID] = &arts[i]
		for w := range s.counts(arts[i].Source) {
			s.df[w]++
		}
	}
	return s
}

// counts are the content words of text with their counts.
func (s *storySimilarity) counts(text string) map[string]int {
	out := map[string]int{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 3 {
			continue
		}
		w = strings.ToLower(w)
		if _, stop := s.stops[w]; !stop {
			out[w]++
		}
	}
	return out
}

// vector is the unit TF-IDF vector of an article (sublinear counts,
// smoothed IDF), built once, sorted by word so that sums run in one order
// (the same input gives the same similarity, to the last bit).
func (s *storySimilarity) vector(id string) []weighted {
	if v, ok := s.vecs[id]; ok {
		return v
	}
	var v []weighted
	if a := s.arts[id]; a != nil {
		for w, c := range s.counts(a.Source) {
			v = append(v, weighted{w, (1 + math.Log(float64(c))) * (math.Log(float64(s.n+1)/float64(s.df[w]+1)) + 1)})
		}
		sort.Slice(v, func(i, j int) bool { return v[i].word < v[j].word })
		norm := 0.0
		for _, x := range v {
			norm += x.weight * x.weight
		}
		norm = math.Sqrt(norm)
		for i := range v {
			v[i].weight /= norm
		}
	}
	s.vecs[id] = v
	return v
}

// weighted is a word of a vector and its weight.
type weighted struct {
	word   string
	weight float64
}

// cosine is the cosine of two articles' vectors.
func (s *storySimilarity) cosine(a, b string) float64 {
	va, vb := s.vector(a), s.vector(b)
	sum := 0.0
	for i, j := 0, 0; i < len(va) && j < len(vb); {
		switch {
		case va[i].word == vb[j].word:
			sum += va[i].weight * vb[j].weight
			i++
			j++
		case va[i].word < vb[j].word:
			i++
		default:
			j++
		}
	}
	return sum
}
