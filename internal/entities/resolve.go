package entities

import (
	"sort"
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// resolver is one run of ResolveWith: the mentions kept, their forms, and
// the union-find over forms that the spelling tests and the merge passes
// join.
type resolver struct {
	vocab
	off rules.Off

	// cuts are the mentions while the name passes run; heads the names
	// known-name-tail cut off them and keeps (see keepHead), names the
	// keys of the names the mentions had before it (see writtenAlone).
	cuts     []nameCut
	heads    []nameCut
	names    map[string]bool
	surnames map[string]bool // the last words of fullNames
	prefixes map[string]bool // the keys of the first words of longer names (opensName)
	bodies   map[string]bool // the keys of "place head" runs place-body found (keepBody)
	eponyms  map[string]bool // the keys of the bodies eponym-place joined a person's name to
	// givenRuns holds the keys of the persons' names known-name-tail left
	// whole after given names no list holds (midSentenceGivenNames).
	givenRuns map[string]bool
	// formGroups maps each form of a given name to its name_forms groups
	// (see nameFormGroups), read once when a spelling test needs it.
	formGroups map[string][]int
	// listJoints are a list's joints, a comma first, then
	// list_conjunctions_en (built once; see cutListJoint).
	listJoints []string
	// ms are the mentions kept, with their names cut; toks[i] are the
	// fields of ms[i]'s name.
	ms   []Mention
	toks [][]string
	// fullNames holds the keys of person full names (see fullNameSet).
	fullNames map[string]bool
	// longer maps the key of a person's full name to the longer persons'
	// names that end in it after given names or initials (see longerNames).
	longer map[string][]*form
	// particleTails holds the keys of the surnames with a name particle
	// that end a longer person's name (see particleSurname).
	particleTails map[string]bool
	// ownPossessive holds the keys of names whose "'s" is their own
	// (possessive-names).
	ownPossessive map[string]bool
	// ownPossessiveWords holds the one-word names whose "'s", written
	// after the mention, is their own (possessive-names).
	ownPossessiveWords map[string]bool
	// conditionWords holds those of them that name a condition after a
	// person ("Quillan's disease"), MISC (possessive-names).
	conditionWords map[string]bool
	// acronyms holds the acronyms written alone (owner-possessive).
	acronyms map[string]bool
	// personEnds holds, by article, the end offsets of the mentions of
	// people's names of two words or more (non-person-cues).
	personEnds map[string]map[int]bool
	// orgEnds holds, by article, the end offsets of the mentions typed
	// an organisation (unplaced-name's orgOf).
	orgEnds map[string]map[int]bool
	// placed holds the names the texts write as places (placedName).
	placed map[string]bool

	// forms by key, and their keys sorted. A one-word name is a form per
	// article (key "article\x00word"), so that a surname can join
	// different people in different articles.
	forms map[string]*form
	order []string
	// wordTotal counts the mentions of each one-word name (lower case,
	// accents folded) and wordArts the articles using it.
	wordTotal map[string]int
	wordArts  map[string]map[string]bool

	parent   map[string]string // union-find over form keys
	srcCount map[*form]int

	// persons are the full names of people, best supported first.
	persons []*form
	// misspelt maps a misspelt form's key to its dominant form's key;
	// firstNameVar marks the misspellings by another first name.
	misspelt     map[string]string
	firstNameVar map[string]bool
	// otherWords marks the forms joined as names that differ only in
	// their lower-case words (see otherLinkWords).
	otherWords map[string]bool
	// bySurname and byFirst index the persons left unjoined by the
	// spelling tests and the name merges (see indexPersons).
	bySurname, byFirst map[string][]*form
	// fullNameArts holds the articles of each cluster's full names, by
	// root (see pickByFullNames).
	fullNameArts map[string]map[string]bool
	// claimed marks the one-word forms a word merge has decided.
	claimed map[*form]bool
	// blocks index the forms by the keys the merges look them up by.
	blocks blocks
}

// form is one name: the mentions whose names have one key.
type form struct {
	key      string   // lower-case joined tokens
	tokens   []string // original-case tokens
	mentions []int
	arts     map[string]bool // the articles of the mentions, once asked (see inArticleOf)
}

// inArticleOf reports whether the form has a mention in an article where
// g has one. A form's mentions are fixed once the forms are built, so
// its articles are found once: a surname in every article of a folder
// looks a much-named person up per article.
func (f *form) inArticleOf(ms []Mention, g *form) bool {
	if f.arts == nil {
		f.arts = map[string]bool{}
		for _, i := range f.mentions {
			f.arts[ms[i].Article] = true
		}
	}
	for _, i := range g.mentions {
		if f.arts[ms[i].Article] {
			return true
		}
	}
	return false
}

// buildForms groups the mentions by name.
func (r *resolver) buildForms() {
	r.forms = map[string]*form{}
	r.wordTotal = map[string]int{}
	r.wordArts = map[string]map[string]bool{}
	r.parent = map[string]string{}
	r.srcCount = map[*form]int{}
	r.claimed = map[*form]bool{}
	for i := range r.ms {
		if len(r.toks[i]) == 1 {
			w := key(r.toks[i])
			r.wordTotal[w]++
			if r.wordArts[w] == nil {
				r.wordArts[w] = map[string]bool{}
			}
			r.wordArts[w][r.ms[i].Article] = true
		}
	}
	for i := range r.ms {
		k := key(r.toks[i])
		if len(r.toks[i]) == 1 {
			k = r.ms[i].Article + "\x00" + k
		}
		f := r.forms[k]
		if f == nil {
			f = &form{key: k, tokens: r.toks[i]}
			r.forms[k] = f
			r.order = append(r.order, k)
		} else if allCapitals(f.tokens) && !allCapitals(r.toks[i]) {
			// A headline's "BAILEY" is no acronym when the text also
			// writes "Bailey".
			f.tokens = r.toks[i]
		}
		f.mentions = append(f.mentions, i)
	}
	sort.Strings(r.order)
}

// find returns the root of form key k.
func (r *resolver) find(k string) string {
	if p, ok := r.parent[k]; ok && p != k {
		root := r.find(p)
		r.parent[k] = root
		return root
	}
	return k
}

// union joins the set of child to the set of root.
func (r *resolver) union(child, root string) { r.parent[r.find(child)] = r.find(root) }

// sameRoot reports forms all in one set.
func (r *resolver) sameRoot(fs []*form) bool {
	root := r.find(fs[0].key)
	for _, f := range fs[1:] {
		if r.find(f.key) != root {
			return false
		}
	}
	return true
}

// sources counts the articles using a form (the forms' mentions are fixed
// once built; the count is kept, as sorting and comparing forms ask for it
// many times).
func (r *resolver) sources(f *form) int {
	if n, ok := r.srcCount[f]; ok {
		return n
	}
	set := map[string]bool{}
	for _, i := range f.mentions {
		set[r.ms[i].Article] = true
	}
	r.srcCount[f] = len(set)
	return len(set)
}

// typeOf is the type most of a form's mentions have.
func (r *resolver) typeOf(f *form) string { return majorityType(r.ms, f.mentions) }

// findPersons lists the full names of people: two to four words, mostly
// typed a person, ordered by support. A name holding a place or ending in
// an organisation's head ("Las Vegas Microsoft") is none, and takes no
// surname ("Microsoft").
func (r *resolver) findPersons() {
	for _, k := range r.order {
		f := r.forms[k]
		if len(f.tokens) >= 2 && len(f.tokens) <= 4 && r.typeOf(f) == span.Person && !pluralInitialism(f.tokens[len(f.tokens)-1]) &&
			!r.holdsPlace(f.tokens) && !r.orgNamed(f) {
			r.persons = append(r.persons, f)
		}
	}
	sort.SliceStable(r.persons, func(i, j int) bool {
		si, sj := r.nameSources(r.persons[i]), r.nameSources(r.persons[j])
		if si != sj {
			return si > sj
		}
		return len(r.persons[i].mentions) > len(r.persons[j].mentions)
	})
}

// indexPersons indexes the persons that no spelling test or name merge
// has joined to another, by surname and by first name (lower case). The
// index is built once, when a word merge first asks for it: after the
// merges of multi-word names before the word merges, and before
// truncated-org joins multi-word names again.
func (r *resolver) indexPersons() {
	if r.bySurname != nil {
		return
	}
	r.bySurname = map[string][]*form{}
	r.byFirst = map[string][]*form{}
	for _, p := range r.persons {
		if r.find(p.key) != p.key {
			continue
		}
		last := p.tokens[len(p.tokens)-1]
		if isAcronym(last) || pluralInitialism(last) {
			continue
		}
		r.bySurname[strings.ToLower(last)] = append(r.bySurname[strings.ToLower(last)], p)
		r.byFirst[strings.ToLower(p.tokens[0])] = append(r.byFirst[strings.ToLower(p.tokens[0])], p)
	}
}

// withSurname returns the indexed persons with surname w (lower case).
func (r *resolver) withSurname(w string) []*form {
	r.indexPersons()
	return r.bySurname[w]
}

// withFirstName returns the indexed persons with first name w (lower
// case).
func (r *resolver) withFirstName(w string) []*form {
	r.indexPersons()
	return r.byFirst[w]
}

// result collects the clusters into entities and misspellings, sorted,
// and runs the entity passes.
func (r *resolver) result() Result {
	clusters := map[string][]*form{}
	for _, k := range r.order {
		root := r.find(k)
		clusters[root] = append(clusters[root], r.forms[k])
	}
	roots := make([]string, 0, len(clusters))
	for root := range clusters {
		roots = append(roots, root)
	}
	sort.Strings(roots)
	var res Result
	for _, root := range roots {
		fs := clusters[root]
		e := r.buildEntity(fs)
		res.Entities = append(res.Entities, e)
		res.Misspellings = append(res.Misspellings, r.misspellingsOf(e, fs)...)
	}
	sort.Slice(res.Entities, func(i, j int) bool {
		a, b := res.Entities[i], res.Entities[j]
		if len(a.Mentions) != len(b.Mentions) {
			return len(a.Mentions) > len(b.Mentions)
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Type < b.Type
	})
	sort.Slice(res.Misspellings, func(i, j int) bool {
		a, b := res.Misspellings[i], res.Misspellings[j]
		if a.Entity != b.Entity {
			return a.Entity < b.Entity
		}
		return a.Variant < b.Variant
	})
	for _, p := range entityPasses {
		if r.off.Enabled(p.Info) {
			p.Run(r.vocab, res.Entities)
		}
	}
	return res
}

// shareArticle reports an article writing both forms a and b: only there
// does one spelling written more often outweigh the other (one source
// repeating its spelling is still one source).
func (r *resolver) shareArticle(a, b *form) bool {
	arts := map[string]bool{}
	for _, i := range a.mentions {
		arts[r.ms[i].Article] = true
	}
	for _, i := range b.mentions {
		if arts[r.ms[i].Article] {
			return true
		}
	}
	return false
}

// misspellingsOf lists the misspelt forms of entity e's cluster fs.
func (r *resolver) misspellingsOf(e Entity, fs []*form) []Misspelling {
	var out []Misspelling
	for _, f := range fs {
		dom, ok := r.misspelt[f.key]
		if !ok {
			continue
		}
		d := r.forms[dom]
		mm := Misspelling{Entity: e.Name, Dominant: strings.Join(d.tokens, " "),
			DominantSources: r.nameSources(d), Variant: strings.Join(f.tokens, " "), FirstName: r.firstNameVar[f.key], OtherWords: r.otherWords[f.key],
			Tie: r.nameSources(d) == r.sources(f) && (len(d.mentions) == len(f.mentions) || !r.shareArticle(d, f))}
		for _, i := range f.mentions {
			mm.Evidence = append(mm.Evidence, r.ms[i])
		}
		sortMentions(mm.Evidence)
		out = append(out, mm)
	}
	return out
}
