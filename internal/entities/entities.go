// Package entities is the corpus-level stage that resolves entity
// mentions from all articles into entities: one row per real person or
// organisation, with every spelling seen, the spellings that look like
// misspellings flagged, a voted type and, for people, the roles the
// sources give them.
//
// ResolveWith runs named passes (Rules lists them, in run order), each
// switchable off by ID ("entities/surname") for the evaluation harnesses:
//   - name passes cut each mention's name: honorifics, titles and
//     possessives are stripped ("Ms Quill", "Quill's"), a middle initial
//     dropped, and a longer run whose tail is a known full name is cut to
//     it ("Tidewatch Ada Quill" -> "Ada Quill");
//   - mentions with the same name (lower case, accents folded) are one
//     form; a one-word name is a form per article;
//   - spelling tests join a full name differing from a better-supported
//     full name in one token by one or two letters ("Jon Landsman"), or by
//     another form of the first name ("Mark" for "Marcus"), as a
//     misspelling;
//   - merge passes join forms: a surname alone joins the one full name
//     with that surname (preferring the same article when several share
//     it), a first name alone only when exactly one full name in the
//     corpus has it, an acronym the one multi-word name whose initials it
//     spells, a short form the one organisation name it begins, ...;
//   - type votes decide each cluster's type, from the taggers' majority,
//     the lexicon's places and head words, and cues around the mentions;
//   - role finders read who a person is from the words around each
//     mention, and entity passes rewrite roles across entities.
//
// Each pass reads its words from Options.Lexicon.
//
// Offsets are the byte offsets of the mentions given, unchanged except
// when a name is cut (Start moves forward past a title, End back before a
// possessive).
package entities

import (
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Mention is one entity mention in one article, with the context
// resolution reads (the shared span.Mention, its Type PERSON, ORG, GPE,
// LOC, FAC, or "" when unknown).
type Mention struct {
	span.Mention
	Article string
	// Lang is the ISO 639-1 code of the article's language ("" when not
	// known): some name passes hold for one language only.
	Lang string
	// Before is up to 40 bytes of the sentence before the mention, used
	// for type cues ("the pressure group ...").
	Before string
	// After is up to 60 bytes of the sentence after the mention.
	After string
	// SentenceText is the text of the sentence holding the mention,
	// starting at byte offset SentenceStart of the article; used for
	// roles.
	SentenceText  string
	SentenceStart int
}

// NewMention builds the mention of src[start:end] in the sentence
// src[sentStart:sentEnd] of an article (its text, context and sentence
// with line breaks and tabs read as spaces), with the context Resolve reads:
// up to 40 bytes before it and 60 after it in its sentence (never cutting
// a character) and the sentence itself.
func NewMention(article, src, typ string, start, end, sentStart, sentEnd int) Mention {
	from := max(sentStart, start-40)
	for from < start && !utf8.RuneStart(src[from]) {
		from++
	}
	to := min(sentEnd, end+60)
	for to > end && to < len(src) && !utf8.RuneStart(src[to]) {
		to--
	}
	// A line break inside the sentence reads as a space (hard-wrapped
	// text): the offsets hold, and a name broken over two lines is one
	// spelling of it. (Callers with many mentions pass src so read once,
	// textutil.FlatLines, and nothing is copied here.)
	sent := textutil.FlatLines(src[sentStart:sentEnd])
	at := func(i, j int) string { return sent[i-sentStart : j-sentStart] }
	return Mention{Mention: span.Mention{Text: at(start, end), Type: typ, Start: start, End: end}, Article: article,
		Before: at(from, start), After: at(end, to), SentenceText: sent, SentenceStart: sentStart}
}

// Entity is one resolved entity.
type Entity struct {
	Name string
	Type string
	// Mentions are sorted by article and Start.
	Mentions []Mention
	// Variants are the distinct spellings (honorifics and possessives
	// stripped), most sources first.
	Variants []Variant
	// Roles say who a person is, most sources first.
	Roles []RoleGroup
}

// Variant is one spelling of an entity's name.
type Variant struct {
	Text     string
	Articles []string // sorted
	Count    int
	// Misspelling is set when the spelling is a near-miss of the
	// dominant full name rather than a legitimate short form.
	Misspelling bool
}

// Misspelling is a spelling of a name that looks like an error for the
// dominant spelling.
type Misspelling struct {
	Entity   string
	Dominant string
	// DominantSources is the number of articles using the dominant form.
	DominantSources int
	Variant         string
	// FirstName marks a variant that differs only by another form of the
	// first name ("Mark" for "Marcus"), not by a typing slip.
	FirstName bool
	// OtherWords marks a variant that differs only in its lower-case
	// words ("Board for Harbour Works" for "Board of Harbour Works"):
	// which one is right, the count of sources does not tell.
	OtherWords bool
	// Tie marks a variant as well supported as the dominant spelling: as
	// many sources, and as many mentions when one article writes both
	// (the one seen first is called dominant).
	Tie bool
	// Evidence lists the variant's mentions, sorted.
	Evidence []Mention
}

// Result is the outcome of Resolve.
type Result struct {
	// Entities are sorted by mention count (descending), then name.
	Entities []Entity
	// Misspellings are sorted by entity, then variant.
	Misspellings []Misspelling
}

// Resolve groups mentions into entities, with the embedded lexicon and
// every pass on.
func Resolve(in []Mention) Result { return ResolveWith(in, Options{}) }

// ResolveWith groups mentions into entities with the given options: the
// name passes cut each mention's name, the spelling tests and the merge
// passes join the forms, and each cluster becomes an entity whose type
// the type votes decide.
func ResolveWith(in []Mention, opts Options) Result {
	r := &resolver{vocab: newVocab(opts.Lexicon), off: opts.Off}
	if len(opts.Texts) > 0 {
		for _, p := range textPasses {
			if r.off.Enabled(p.Info) {
				in = p.Run(r, in, opts.Texts)
			}
		}
	}
	r.cutNames(in)
	r.buildForms()
	r.findPersons()
	r.findMisspellings()
	for _, p := range merges {
		if r.off.Enabled(p.Info) {
			p.Run(r)
		}
	}
	return r.result()
}

// Rules lists every pass of the stage in run order: text passes, name passes, spelling
// tests, merge passes, type votes, role finders, entity passes.
func Rules() []rules.Info {
	var out []rules.Info
	out = append(out, rules.Infos(textPasses)...)
	out = append(out, rules.Infos(namePasses)...)
	out = append(out, rules.Infos(spellingTests)...)
	out = append(out, rules.Infos(merges)...)
	out = append(out, rules.Infos(nameChoices)...)
	out = append(out, rules.Infos(typeVotes)...)
	out = append(out, rules.Infos(roleFinders)...)
	out = append(out, rules.Infos(entityPasses)...)
	out = append(out, rules.Infos(conflictDoubts)...)
	out = append(out, conflictGuards...)
	return out
}

// info names a pass of this stage.
func info(name, doc string) rules.Info { return rules.Info{Stage: "entities", Name: name, Doc: doc} }
