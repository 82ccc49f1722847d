package entities

import (
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// TestMergeRefusals: the new merges leave apart what they cannot tell.
func TestMergeRefusals(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		apart    []string // variants that must stay in different entities
	}{
		{"main-bearer: two bearers as well supported",
			[]string{"[Ada Quill|PERSON] and [Bo Quill|PERSON] won.\nLater [Quill|PERSON] spoke.", "[Ada Quill|PERSON] and [Bo Quill|PERSON] left."},
			[]string{"Quill", "Ada Quill", "Bo Quill"}},
		{"main-bearer: the surname before the first full name",
			[]string{"[Quill|PERSON] spoke first.\n[Ada Quill|PERSON] and her son [Bo Quill|PERSON] won.", "[Ada Quill|PERSON] left.", "[Ada Quill|PERSON] came back."},
			[]string{"Quill", "Ada Quill"}},
		{"the-word: two organisations end in the word",
			[]string{"She told the [Herald|ORG] so.", "The [Tarnby Herald|ORG] and the [Quay Herald|ORG] agreed."},
			[]string{"Herald", "Tarnby Herald", "Quay Herald"}},
		{"party-name: the short word is a surname",
			[]string{"The [Quill Party|ORG] won.", "[Ada Quill|PERSON] spoke.\n[Quill|PERSON] said so."},
			[]string{"Quill Party", "Ada Quill"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []Mention
			for i, a := range tc.articles {
				ms = append(ms, markedMentions(string(rune('a'+i)), a)...)
			}
			owner := map[string]string{}
			for _, e := range Resolve(ms).Entities {
				for _, v := range e.Variants {
					owner[v.Text] = e.Name
				}
			}
			seen := map[string]string{}
			for _, v := range tc.apart {
				if o, ok := seen[owner[v]]; ok {
					t.Errorf("%q and %q in one entity %q; owners %v", o, v, owner[v], owner)
				}
				seen[owner[v]] = v
			}
		})
	}
}

// TestAcronymWithThe: an acronym spelling "The" and a name written after
// a capitalised "The" mid-sentence joins it (in another article of the
// story, naming the same person).
func TestAcronymWithThe(t *testing.T) {
	ms := append(markedMentions("a", "[Ross Hallenby|PERSON] spoke to The [Tarnby Courier|ORG] on Monday."),
		markedMentions("b", "Per [TTC|ORG], [Ross Hallenby|PERSON] and the talks go on.")...)
	owner := map[string]string{}
	for _, e := range Resolve(ms).Entities {
		for _, v := range e.Variants {
			owner[v.Text] = e.Name
		}
	}
	if owner["TTC"] != owner["Tarnby Courier"] {
		t.Errorf("TTC in %q, Tarnby Courier in %q: want one entity", owner["TTC"], owner["Tarnby Courier"])
	}
}

// TestCorpusTypeVotes: one entity has one type in the whole corpus,
// decided from all its mentions: a surname the taggers typed an
// organisation in most articles follows the person's full name, and a
// speech verb or "Mr" outvotes a lone organisation guess.
func TestCorpusTypeVotes(t *testing.T) {
	ms := markedMentions("a", "[Ada Quillon|PERSON] vetoed the bill.")
	for i, line := range []string{"[Quillon|ORG] vetoed it.", "[Quillon|ORG] signed nothing.", "The [Quillon|ORG] veto stood.", "[Bo Tarrant|ORG] said the vote was close.", "Mr [Lind|ORG] agreed."} {
		ms = append(ms, markedMentions(string(rune('b'+i)), line)...)
	}
	got := map[string]string{}
	for _, e := range Resolve(ms).Entities {
		for _, v := range e.Variants {
			got[v.Text] = e.Name + "/" + e.Type
		}
	}
	for v, want := range map[string]string{"Quillon": "Ada Quillon/PERSON", "Bo Tarrant": "Bo Tarrant/PERSON", "Lind": "Lind/PERSON"} {
		if got[v] != want {
			t.Errorf("%q in %q, want %q (all: %v)", v, got[v], want, got)
		}
	}
}

// TestAcronymEvidence: an acronym in an article without the one name
// spelling it joins that name only on evidence: the folder writes the
// two together somewhere, or the acronym's article shares a person's or
// an organisation's name with the name's (one story).
func TestAcronymEvidence(t *testing.T) {
	name := m("a", "Vellmar Media Centre", span.Org, 0)
	for _, tc := range []struct {
		why   string
		other []Mention
		join  bool
	}{
		{"other stories", []Mention{m("b", "VMC", span.Org, 0), m("b", "VMC", span.Org, 30), m("c", "VMC", span.Org, 0)}, false},
		{"the pair written together", []Mention{m("a", "VMC", span.Org, 40), m("b", "VMC", span.Org, 0)}, true},
		{"one story", []Mention{m("a", "Oskerby Tolland", span.Person, 40), m("b", "VMC", span.Org, 0), m("b", "Oskerby Tolland", span.Person, 30)}, true},
		{"defined before the brackets, the name cut by the taggers", []Mention{
			m("b", "Quellmoor Vellmar", span.GPE, 12), m("b", "Media Centre", span.Org, 30),
			inSentence(m("b", "VMC", span.Org, 44), "Visitors to Quellmoor Vellmar Media Centre (VMC) queued.", 0)}, true},
		{"defined in the brackets", []Mention{inSentence(m("b", "VMC", span.Org, 0), "VMC (Vellmar Media Centre) opened late.", 0)}, true},
		{"defined by another name", []Mention{inSentence(m("b", "VMC", span.Org, 31), "Shares in Vellmar Mining Corp (VMC) fell.", 0)}, false},
		{"brackets that spell no name", []Mention{inSentence(m("b", "VMC", span.Org, 0), "VMC (the mining firm) fell.", 0)}, false},
	} {
		owner := map[string]string{}
		for _, e := range Resolve(append([]Mention{name}, tc.other...)).Entities {
			for _, v := range e.Variants {
				owner[v.Text] = e.Name
			}
		}
		if got := owner["VMC"] == owner["Vellmar Media Centre"]; got != tc.join {
			t.Errorf("%s: VMC joined %v, want %v (owners %v)", tc.why, got, tc.join, owner)
		}
	}
}
