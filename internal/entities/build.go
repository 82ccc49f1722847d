package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// nameChoice may name an entity by another of its variants (sorted best
// first) than the first: it returns that variant's index and true.
type nameChoice func(r *resolver, vs []Variant) (int, bool)

// nameChoices run in order on each entity's variants once they are
// sorted.
var nameChoices = []rules.Pass[nameChoice]{
	{Info: info("acronym-name", `Names an entity by its acronym written alone when each of its longer names is that acronym and more words, a division's or an outlet's: "TBC" beside "TBC Radio" and "TBC News".`), Run: acronymName},
}

// acronymName: an organisation written as its acronym alone and as the
// acronym with a division's or a programme's words after it ("TBC",
// "TBC Radio", "TBC News") goes by the acronym, its plain form, not by
// whichever division the corpus names most.
func acronymName(r *resolver, vs []Variant) (int, bool) {
	first := strings.Fields(vs[0].Text)
	if len(first) < 2 || !isAcronym(first[0]) || vs[0].Misspelling {
		return 0, false
	}
	acr := -1
	for i, v := range vs {
		ws := strings.Fields(v.Text)
		switch {
		case v.Text == first[0] && !v.Misspelling:
			acr = i
		case len(ws) < 2 || ws[0] != first[0]:
			return 0, false // "NFU" beside "Northmoor Ferry Union"
		}
	}
	return acr, acr > 0
}

// buildEntity assembles one cluster of forms.
func (r *resolver) buildEntity(fs []*form) Entity {
	ms := r.ms
	var e Entity
	type vstat struct {
		arts  map[string]bool
		count int
		miss  bool
	}
	vs := map[string]*vstat{}
	var idx []int
	for _, f := range fs {
		idx = append(idx, f.mentions...)
		_, miss := r.misspelt[f.key]
		for _, i := range f.mentions {
			e.Mentions = append(e.Mentions, ms[i])
			// A name broken over a Windows line end reads flat with two
			// spaces: one spelling with the name on one line.
			text := textutil.OneSpace(ms[i].Text)
			v := vs[text]
			if v == nil {
				v = &vstat{arts: map[string]bool{}}
				vs[text] = v
			}
			v.arts[ms[i].Article] = true
			v.count++
			v.miss = v.miss || miss
		}
	}
	sortMentions(e.Mentions)
	for text, v := range vs {
		arts := make([]string, 0, len(v.arts))
		for a := range v.arts {
			arts = append(arts, a)
		}
		sort.Strings(arts)
		e.Variants = append(e.Variants, Variant{Text: text, Articles: arts, Count: v.count, Misspelling: v.miss})
	}
	// Name: the best-supported spelling that is not a misspelling,
	// preferring multi-word names (but a party's, which goes by its
	// short name: see fullName).
	sort.Slice(e.Variants, func(i, j int) bool {
		a, b := e.Variants[i], e.Variants[j]
		if a.Misspelling != b.Misspelling {
			return !a.Misspelling
		}
		wa, wb := r.fullName(a.Text), r.fullName(b.Text)
		if wa != wb {
			return wa
		}
		// A spelling with a nickname in it ("Ada (Dee) Quill") names the
		// entity only when no other does.
		if na, nb := strings.ContainsAny(a.Text, "()\"“”"), strings.ContainsAny(b.Text, "()\"“”"); na != nb {
			return nb
		}
		// So does one opening with an initial ("A de Quill") beside
		// the first name written out.
		if ia, ib := initialFirst(a.Text), initialFirst(b.Text); ia != ib {
			return ib
		}
		// So does one ending in the letters of an office or an honour
		// ("Ada Quill MP").
		if pa, pb := r.postNominal(a.Text), r.postNominal(b.Text); pa != pb {
			return pb
		}
		// So does one ending in a word in lower case ("Tarnby police",
		// which place-body reads).
		if la, lb := lowerLast(a.Text), lowerLast(b.Text); la != lb {
			return lb
		}
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		// On a tie, "Mitchell" over a headline's "MITCHELL".
		if ca, cb := allCapitals([]string{a.Text}), allCapitals([]string{b.Text}); ca != cb {
			return cb
		}
		// On a tie the spelling with its accents says more ("Inés").
		if aa, ba := textutil.FoldAccents(a.Text) != a.Text, textutil.FoldAccents(b.Text) != b.Text; aa != ba {
			return aa
		}
		return a.Text < b.Text
	})
	e.Name = e.Variants[0].Text
	for _, p := range nameChoices {
		if r.off.Enabled(p.Info) {
			if i, ok := p.Run(r, e.Variants); ok {
				e.Name = e.Variants[i].Text
			}
		}
	}
	e.Type = r.clusterType(fs, idx)
	if e.Type == span.Person {
		var rs []Role
		for _, m := range e.Mentions {
			rs = append(rs, r.rolesOf(m, r.off)...)
		}
		e.Roles = groupRoles(rs)
	}
	return e
}

func sortMentions(ms []Mention) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Article != ms[j].Article {
			return ms[i].Article < ms[j].Article
		}
		return ms[i].Start < ms[j].Start
	})
}

// fullName reports a name of several words that names its entity in
// full, preferred as its name: not a party's name with its head ("Harbour
// Party"), which news writes in short ("Harbour"), nor a surname that
// opens with a name particle ("De Quill" beside "Ada de Quill":
// particleSurname).
func (r *resolver) fullName(name string) bool {
	fs := strings.Fields(name)
	return len(fs) > 1 && !(len(fs) == 2 && r.lx.Has(lexicon.PartyNameHeads, strings.ToLower(fs[1]))) && !r.particleSurname(fs)
}

// initialFirst reports a name of two words or more that opens with one
// initial and a word ("A de Quill", a line-up's "A Quill"; not "U. S.
// Tidal Survey").
func initialFirst(name string) bool {
	fs := strings.Fields(name)
	return len(fs) > 1 && isInitial(fs[0]) && !isInitial(fs[1])
}

// isInitial reports a word of one letter, with or without a full stop
// ("A", "A.").
func isInitial(w string) bool { return utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1 }

// postNominal reports a name of three words or more ending in the
// letters of an office or an honour ("Ada Quill MP": post_nominals).
func (v vocab) postNominal(name string) bool {
	fs := strings.Fields(name)
	if len(fs) < 3 {
		return false
	}
	last := fs[len(fs)-1]
	return isAcronym(last) && v.lx.Has(lexicon.PostNominals, strings.ToLower(last))
}

// lowerLast reports a name of several words whose last word starts in
// lower case.
func lowerLast(text string) bool {
	fs := strings.Fields(text)
	if len(fs) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(fs[len(fs)-1])
	return unicode.IsLower(r)
}
