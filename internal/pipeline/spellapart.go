package pipeline

import (
	"fmt"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/entities"
	"github.com/nec-analyse/nec-analyse/internal/report"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// spellingsApart is the pass that doubts a spelling variant whose two
// spellings are written only in articles telling different stories.
var spellingsApart = rules.Info{Stage: "entities", Name: "spellings-apart",
	Doc: `A spelling variant ("Ada Quil" for "Ada Quill") is uncertain, info, when no article writing one spelling tells the same story as an article writing the other: they name no person or organisation in common besides the name (among those named in at most 20 articles or 5% of the folder; an organisation named by one word only, as "Rangers" may be two clubs, does not count) and share few words (TF-IDF cosine below 0.10); the dominant spelling counts its articles alone and after given names ("Ada Quill" in "Mira Ada Quill"). In a folder of many stories, two near names may be two people.`}

// spellingDoubt gives the reason the variant of m may name another
// person than its dominant spelling, or "": no article writing one
// spelling tells the story of an article writing the other (stories
// holds the batch's articles and the report's entities).
func spellingDoubt(m entities.Misspelling, stories *storyIndex) string {
	ei, ok := stories.entity(m.Entity)
	if !ok {
		return ""
	}
	var va, da []string
	for _, v := range stories.ents[ei].Variants {
		switch {
		case v.Text == m.Variant:
			va = v.Articles
		case v.Text == m.Dominant, strings.HasSuffix(v.Text, " "+m.Dominant):
			da = append(da, v.Articles...) // the dominant alone or after given names ("Ada Quill Lind")
		}
	}
	if len(va) == 0 || len(da) == 0 {
		return ""
	}
	names, sim := stories.storyNames(), stories.similarity()
	best := 0.0
	for _, a := range va {
		for _, b := range da {
			if a == b || sharesSpecificName(names[a], names[b], ei, stories.ents) {
				return ""
			}
			c := sim.cosine(a, b)
			if c >= storySimilarityFloor {
				return ""
			}
			best = max(best, c)
		}
	}
	return fmt.Sprintf("the articles writing %q and those writing %q name no person or organisation in common and share few words (similarity at most %.2f): they may be two people", m.Variant, m.Dominant, best)
}

// sharesSpecificName reports a person or organisation other than but
// that both article name lists hold, leaving out organisations named by
// one word only: "Rangers", "City" or "United" in two sports reports may
// be two clubs, so they tell nothing of one story.
func sharesSpecificName(a, b []int, but int, ents []report.Entity) bool {
	return sharesNameExcept(a, b, func(x int) bool { return x == but || oneWordOrg(ents[x]) })
}

// oneWordOrg reports an organisation whose every spelling is one word.
func oneWordOrg(e report.Entity) bool {
	if e.Type != span.Org {
		return false
	}
	for _, v := range e.Variants {
		if strings.Contains(strings.TrimSpace(v.Text), " ") {
			return false
		}
	}
	return true
}

// spellingFinding is the finding of misspelling m: a warning, or info
// with its reason when spellingDoubt doubts it (stories nil: no doubt is
// tested).
func spellingFinding(m entities.Misspelling, stories *storyIndex) report.Finding {
	f := report.Finding{
		Kind: report.FindingSpellingVariant, Severity: report.Warning,
		Message: fmt.Sprintf("%q looks like a misspelling of %q (%s)", m.Variant, m.Dominant, plural(m.DominantSources, "source")),
	}
	if m.Tie && !m.FirstName {
		f.Message = fmt.Sprintf("%q and %q look like two spellings of one name (%s each)", m.Variant, m.Dominant, plural(m.DominantSources, "source"))
	}
	if m.OtherWords {
		f.Message = fmt.Sprintf("%q and %q look like two spellings of one name, apart from small words (%s write %q)", m.Variant, m.Dominant, plural(m.DominantSources, "source"), m.Dominant)
	}
	if m.FirstName {
		verb := "write"
		if m.DominantSources == 1 {
			verb = "writes"
		}
		f.Message = fmt.Sprintf("%q may be %q under another first name (same surname; %s %s %q)",
			m.Variant, m.Dominant, plural(m.DominantSources, "source"), verb, m.Dominant)
	}
	for _, ev := range m.Evidence {
		f.Evidence = append(f.Evidence, report.Evidence{Article: ev.Article, Start: ev.Start, End: ev.End, Text: ev.Text})
	}
	if stories != nil {
		if reason := spellingDoubt(m, stories); reason != "" {
			f.Severity, f.Uncertain, f.Reason = report.Info, true, reason
			f.Message += " (uncertain: " + strings.TrimSuffix(reason, ".") + ")"
		}
	}
	return f
}

// sharedSurname is the pass that doubts another first name under a
// surname several people of the batch share.
var sharedSurname = rules.Info{Stage: "entities", Name: "shared-surname",
	Doc: `A first-name variant ("Jon Quill" for "Jonathan Quill") is uncertain, info, when the batch names two or more other people, by a full given name, under the same surname: a surname that common is no evidence that another first name is the same person.`}

// sharedSurnameMin is the number of other people under one surname from
// which a first-name variant is doubted.
const sharedSurnameMin = 2

// surnameDoubt gives the reason the first-name variant m may name
// another person than its dominant spelling, or "": fewer than
// sharedSurnameMin other people of ents (not m's entity) are written with
// a full given name (not an initial, neither of m's two first names)
// before m's surname.
func surnameDoubt(m entities.Misspelling, ents []report.Entity) string {
	if !m.FirstName {
		return ""
	}
	dw, vw := strings.Fields(m.Dominant), strings.Fields(m.Variant)
	if len(dw) < 2 || len(vw) < 2 {
		return ""
	}
	surname := dw[len(dw)-1]
	var others []string
	for _, e := range ents {
		if e.Type != span.Person || e.Name == m.Entity {
			continue
		}
		for _, v := range e.Variants {
			w := strings.Fields(v.Text)
			if len(w) < 2 || w[len(w)-1] != surname || len([]rune(strings.TrimSuffix(w[0], "."))) < 2 || w[0] == dw[0] || w[0] == vw[0] {
				continue
			}
			others = append(others, e.Name)
			break
		}
	}
	if len(others) < sharedSurnameMin {
		return ""
	}
	shown := others
	if len(shown) > 3 {
		shown = shown[:3]
	}
	more := ""
	if len(others) > len(shown) {
		more = ", ..."
	}
	return fmt.Sprintf("the batch names %d other people called %s (%s%s): another first name may be another person", len(others), surname, strings.Join(shown, ", "), more)
}
