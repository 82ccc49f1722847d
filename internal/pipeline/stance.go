package pipeline

import (
	"sort"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
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
// user's, else the articles' headlines (small corpora only).
func stanceClaims(arts []corpus.Article, user []string) []stanceClaim {
	var out []stanceClaim
	for _, c := range user {
		out = append(out, stanceClaim{text: c})
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
// article is not classified against its own headline).
func classifyStance(m *stance.Model, arts []corpus.Article, user []string) []report.Stance {
	out := []report.Stance{}
	claims := stanceClaims(arts, user)
	for i := range arts {
		a := &arts[i]
		body := blanked(a)
		for _, c := range claims {
			if c.from == a.ID || c.from != "" && c.text == a.Title || otherLanguage(c, a) {
				continue
			}
			label, score := m.ClassifyLang(c.text, body, a.Language)
			st := report.Stance{Article: a.ID, Claim: c.text, Label: label, Score: round3(score), Evidence: []report.StanceEvidence{}}
			for _, sp := range stance.Explain(c.text, body, a.Language, label) {
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

// frameArticles reads each article's register and its tone toward the
// entities it mentions.
func frameArticles(fr *stance.Framer, arts []corpus.Article, ents []report.Entity) []report.Framing {
	out := []report.Framing{}
	for i := range arts {
		a := &arts[i]
		var targets []stance.Target
		for _, e := range ents {
			var spans []span.Span
			for _, s := range e.Spans {
				if s.Article == a.ID {
					spans = append(spans, span.Span{Start: s.Start, End: s.End})
				}
			}
			if len(spans) > 0 {
				targets = append(targets, stance.Target{Name: e.Name, Mentions: spans})
			}
		}
		f := fr.Frame(blanked(a), a.Language, targets)
		rf := report.Framing{Article: a.ID, Register: f.Register, Reason: f.Reason, Targets: []report.FramingTarget{}}
		for _, t := range f.Targets {
			if len(t.Evidence) == 0 {
				continue // nothing loaded or evaluative said about it
			}
			ft := report.FramingTarget{Entity: t.Name, Tone: round3(t.Tone)}
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
