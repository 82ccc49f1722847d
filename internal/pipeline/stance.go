package pipeline

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/claims"
	"github.com/nec-analyse/nec-analyse/internal/corpus"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/stance"
)

// maxHeadlineStance is the largest corpus for which every article is
// classified against every other article's headline when the user gives
// no --claim (n*(n-1) pairs).
const maxHeadlineStance = 30

// MaxHeadlineStance is maxHeadlineStance, for the command to say when
// stance was left out.
const MaxHeadlineStance = maxHeadlineStance

// stanceClaims are the claims each article is classified against: the
// user's, else the corpus's key claim (KeyClaim, in its main language,
// applied to every article), else the articles' headlines (small corpora
// only).
func stanceClaims(arts []corpus.Article, user []string, ents []report.Entity, found []report.Claim, lx *lexicon.Lexicon) []stanceClaim {
	var out []stanceClaim
	for _, c := range user {
		out = append(out, stanceClaim{text: c})
	}
	if len(out) == 0 {
		if kc, ok := KeyClaim(arts, ents, found, lx); ok {
			return []stanceClaim{{text: kc, key: mainLanguage(arts)}}
		}
	}
	if len(out) == 0 && len(arts) <= maxHeadlineStance {
		seen := map[string]bool{}
		for _, a := range arts {
			// Articles sharing a headline give one claim (the first's).
			if a.Title != "" && !seen[a.Title] {
				seen[a.Title] = true
				out = append(out, stanceClaim{text: a.Title, from: a.ID, lang: a.Language})
			}
		}
	}
	return out
}

type stanceClaim struct {
	text string
	from string // article whose headline it is ("" for a user claim)
	lang string // language of that article ("" for a user claim)
	key  string // the language of the corpus's key claim ("" otherwise)
}

// otherLanguage reports a headline in another known language than the
// article: word overlap cannot measure stance across languages, so such
// pairs are not classified (they would read as confidently unrelated).
func otherLanguage(c stanceClaim, a *corpus.Article) bool {
	known := func(l string) bool { return l != "" && l != "unknown" }
	return known(c.lang) && known(a.Language) && c.lang != a.Language
}

// blanked returns the article source with removed spans replaced by
// spaces (same length, so offsets hold), so that boilerplate does not
// count toward stance or register.
func blanked(a *corpus.Article) string {
	b := []byte(a.Source)
	for _, r := range a.Removed {
		for i := r.Start; i < r.End && i < len(b); i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// classifyStance classifies every article against every key claim (an
// article is not classified against its own headline): from the
// sentences about the claim (stance.Judge), with the corpus entities the
// claim names and the figures of claims and articles compared by subject
// and measure. A cancelled ctx stops it before the next article.
func classifyStance(ctx context.Context, m *stance.Model, arts []corpus.Article, user []string, ents []report.Entity, found []report.Claim, lx *lexicon.Lexicon) []report.Stance {
	out := []report.Stance{}
	sc := stanceClaims(arts, user, ents, found, lx)
	facts := make([]stance.ClaimFacts, len(sc))
	for k, c := range sc {
		facts[k] = claimFacts(c.text, ents)
	}
	figs := articleFigures(found)
	for i := range arts {
		if ctx.Err() != nil {
			return out // interrupted: the caller returns the context's error
		}
		a := &arts[i]
		body := blanked(a)
		for k, c := range sc {
			if c.from == a.ID || c.from != "" && c.text == a.Title || otherLanguage(c, a) {
				continue
			}
			j := m.Judge(c.text, body, a.Language, facts[k], stance.ArticleFacts{Figures: figs[a.ID]})
			label, score, reason := j.Label, j.Score, j.Reason
			if named := namedIn(a.ID, facts[k].Names, ents); label == stance.Unrelated && c.key != "" && a.Language != c.key && len(named) > 0 {
				// The key claim is in the corpus's main language: an
				// article in another one that names its people or bodies
				// is about it, its stance unread.
				label, score = stance.Discuss, 0.3
				reason = "the article (" + a.Language + ") names " + strings.Join(named, ", ") + " of the key claim (" + c.key + "); its words are not compared across languages"
			}
			switch {
			case c.key != "":
				reason = "the corpus's key claim, built from the agreed claims and entities: " + reason
			case c.from != "":
				reason = "another article's headline (no key claim could be built from the agreed claims): " + reason
			}
			st := report.Stance{Article: a.ID, Claim: c.text, Label: label, Score: round3(score), Reason: reason, Evidence: []report.StanceEvidence{}}
			for _, sp := range j.Evidence {
				st.Evidence = append(st.Evidence, report.StanceEvidence{
					Evidence: report.Evidence{Article: a.ID, Start: sp.Start, End: sp.End, Text: a.Source[sp.Start:sp.End]},
					Kind:     sp.Kind, Cue: sp.Cue, CueStart: sp.CueStart, CueEnd: sp.CueEnd,
				})
			}
			out = append(out, st)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Article != out[j].Article {
			return out[i].Article < out[j].Article
		}
		return out[i].Claim < out[j].Claim
	})
	return out
}

// namedIn lists the entities of names that article id mentions.
func namedIn(id string, names []string, ents []report.Entity) []string {
	var out []string
	for _, e := range ents {
		if !slices.Contains(names, e.Name) {
			continue
		}
		if slices.ContainsFunc(e.Spans, func(s report.Evidence) bool { return s.Article == id }) {
			out = append(out, e.Name)
		}
	}
	return out
}

// claimFacts finds the corpus entities a claim names (by full name or a
// variant, whole words) and the figures the claims stage reads in it.
func claimFacts(text string, ents []report.Entity) stance.ClaimFacts {
	var cf stance.ClaimFacts
	var ments []span.Mention
	for _, e := range ents {
		for _, v := range append([]string{e.Name}, variantTexts(e)...) {
			if at := wordIndex(text, v); at >= 0 {
				cf.Names = append(cf.Names, e.Name)
				ments = append(ments, span.Mention{Text: v, Type: e.Type, Start: at, End: at + len(v), Entity: e.Name})
				break
			}
		}
	}
	// The claims stage reads mentions in order, without overlaps: the
	// longer of two overlapping names wins.
	sort.Slice(ments, func(i, j int) bool {
		if ments[i].Start != ments[j].Start {
			return ments[i].Start < ments[j].Start
		}
		return ments[i].End > ments[j].End
	})
	kept := ments[:0]
	for _, mt := range ments {
		if n := len(kept); n > 0 && mt.Start < kept[n-1].End {
			if mt.End-mt.Start <= kept[n-1].End-kept[n-1].Start {
				continue
			}
			kept = kept[:n-1]
		}
		kept = append(kept, mt)
	}
	ments = kept
	whole := []span.Span{{Start: 0, End: len(text)}}
	for _, r := range claims.Extract(text, whole, whole, ments, "en", claims.DefaultLexicon()) {
		for _, sub := range r.Subjects {
			for _, mt := range ments {
				if mt.Start == sub.Start && mt.End == sub.End {
					cf.Figures = append(cf.Figures, stance.Figure{Subject: mt.Entity, Measure: r.Measure, Low: r.Low, High: r.High,
						Text: r.Text, Start: r.Start, End: r.End})
				}
			}
		}
	}
	return cf
}

// variantTexts returns an entity's spellings of two or more letters.
func variantTexts(e report.Entity) []string {
	var out []string
	for _, v := range e.Variants {
		if len(v.Text) > 2 {
			out = append(out, v.Text)
		}
	}
	return out
}

// wordIndex is the byte offset of the first whole-word occurrence of w in
// text, or -1 (also for an empty w).
func wordIndex(text, w string) int {
	if w == "" {
		return -1
	}
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isWordByte(text[i-1])
		after := i+len(w) == len(text) || !isWordByte(text[i+len(w)])
		if before && after {
			return i
		}
		off = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// articleFigures groups the cross-referenced figures by article.
func articleFigures(found []report.Claim) map[string][]stance.Figure {
	out := map[string][]stance.Figure{}
	for _, c := range found {
		for _, v := range c.Values {
			if claims.IsDate(c.Measure) || claims.Guessed(v.SubjectFrom) {
				continue
			}
			out[v.Article] = append(out[v.Article], stance.Figure{Subject: c.Subject, Measure: c.Measure, Low: v.Low, High: v.High,
				Text: v.Text, Start: v.Start, End: v.End})
		}
	}
	return out
}

// frameArticles reads each article's register and its tone toward the
// entities it mentions. A cancelled ctx stops it before the next article.
func frameArticles(ctx context.Context, fr *stance.Framer, arts []corpus.Article, ents []report.Entity) []report.Framing {
	out := []report.Framing{}
	// Each article's targets, in entity order, from one pass over the
	// entities' spans (not a pass per article).
	byArticle := map[string][]stance.Target{}
	lastEntity := map[string]int{}
	for ei, e := range ents {
		for _, s := range e.Spans {
			ts := byArticle[s.Article]
			if k, ok := lastEntity[s.Article]; ok && k == ei {
				ts[len(ts)-1].Mentions = append(ts[len(ts)-1].Mentions, span.Span{Start: s.Start, End: s.End})
				continue
			}
			lastEntity[s.Article] = ei
			byArticle[s.Article] = append(ts, stance.Target{Name: e.Name, Mentions: []span.Span{{Start: s.Start, End: s.End}}})
		}
	}
	for i := range arts {
		if ctx.Err() != nil {
			return out // interrupted: the caller returns the context's error
		}
		a := &arts[i]
		f := fr.Frame(blanked(a), a.Language, byArticle[a.ID])
		rf := report.Framing{Article: a.ID, Register: f.Register, Reason: f.Reason, Targets: []report.FramingTarget{}}
		for _, t := range f.Targets {
			if len(t.Evidence) == 0 {
				continue // nothing loaded or evaluative said about it
			}
			ft := report.FramingTarget{Entity: t.Name, Tone: round3(t.Tone), Label: t.Label}
			for _, ev := range t.Evidence {
				ft.Evidence = append(ft.Evidence, report.Evidence{Article: a.ID, Start: ev.Start, End: ev.End, Text: ev.Term})
			}
			rf.Targets = append(rf.Targets, ft)
		}
		out = append(out, rf)
	}
	return out
}

// round3 rounds to three decimals, so JSON stays short and stable.
func round3(x float64) float64 {
	if x < 0 {
		return -float64(int64(-x*1000+0.5)) / 1000
	}
	return float64(int64(x*1000+0.5)) / 1000
}
