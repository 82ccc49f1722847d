package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// An attribution conflict is a warning only between two speakers that are
// confidently different people: both entities of the corpus named in an
// attribution (not a name only written there, not a pronoun), whose
// names are not two forms of one name ("Dick Durbin" and "Richard J.
// Durbin") or a slip of one ("Lis Sith" and "Smith"). Anything else is
// an uncertain conflict, info with its reason.

// doubtFunc gives the reason the speakers names of a conflict (with its
// instances ev: those naming a speaker, then the group's unnamed ones)
// may not be different people, or "".
type doubtFunc func(mt *matcher, names []string, ev []Instance) string

var (
	infoDoubtResolved = info("conflict-resolved-speakers", `An attribution conflict is a warning only when every speaker is an entity of the corpus named in some article's attribution (a mention; not a pronoun's antecedent, a guess by position); else it is info, uncertain.`)
	infoDoubtForms    = info("conflict-name-forms", `Speakers sharing a surname, or with surnames one letter apart, and given names that may be one (equal, an initial, a slip, or forms of one name) may be one person under two name forms or a slip ("Dick Durbin", "Richard J. Durbin"; "Lis Sith", "Smith"; not "Tom Reyes", "Ana Reyes"): the conflict is info, uncertain.`)
)

var infoDoubtMember = info("conflict-member", `A speaker whose attribution calls them one of the other speaker, in lower case ("Quill - a senior harbour commissioner - said" against "the Harbour Commissioners said"), may speak for that body: the conflict is info, uncertain.`)

var infoDoubtBody = info("conflict-body-speaker", `A person and an organisation among the speakers may be one voice when the entity stage gives the person a role that speaks for a body (spokesperson_words) or names the organisation ("harbour board spokeswoman"), or a third article gives the words to an unnamed spokesperson ("a board spokesman said"): one article credits the body ("the board said"), another its spokeswoman by name. The conflict is info, uncertain; a person with no such role against an organisation stays a warning.`)

var infoDoubtNamedInside = info("conflict-speaker-named-inside", `A speaker whose name some article writes inside the words it gives them ("“… Harbour master Ada Quill met the press …”," Quill said) may be named in words written about them, by a website or a rival, and given to them by a misread attribution: the conflict is info, uncertain.`)

var doubtPasses = []rules.Pass[doubtFunc]{
	{Info: infoDoubtResolved, Run: doubtUnresolved},
	{Info: infoDoubtForms, Run: doubtNameForms},
	{Info: infoDoubtMember, Run: doubtMember},
	{Info: infoDoubtBody, Run: doubtBody},
	{Info: infoDoubtNamedInside, Run: doubtNamedInside},
}

// doubtNamedInside: an instance's words hold its own speaker's surname,
// capitalised, as a word: they speak of the speaker.
func doubtNamedInside(_ *matcher, _ []string, ev []Instance) string {
	for _, in := range ev {
		if in.Speaker == Unknown || in.Speaker == "" {
			continue
		}
		sn := surname(in.Speaker)
		if utf8.RuneCountInString(sn) < 3 {
			continue
		}
		ws, _ := normWords(in.Text, 0, len(in.Text))
		for _, w := range ws {
			if r, _ := utf8.DecodeRuneInString(in.Text[w.s:]); w.w == sn && unicode.IsUpper(r) {
				return "the words " + in.Article + " gives " + in.Speaker + " name " + in.Speaker + " inside them: they may be words about them, given to them by a misread attribution"
			}
		}
	}
	return ""
}

// doubtBody: one speaker is a person whose role speaks for a body or
// names another speaker, an organisation (the entity types and roles the
// options hold).
func doubtBody(mt *matcher, names []string, ev []Instance) string {
	types := mt.opts.SpeakerTypes
	unnamedSpokesperson := slices.ContainsFunc(ev, func(in Instance) bool {
		if in.Speaker != Unknown && in.Speaker != "" {
			return false
		}
		ws, _ := normWords(in.Attribution, 0, len(in.Attribution))
		return slices.ContainsFunc(ws, func(w wtok) bool { return mt.lx.Has(lexicon.SpokespersonWords, w.w) })
	})
	for _, p := range names {
		if types[p] != span.Person {
			continue
		}
		for _, o := range names {
			if types[o] == span.Org && (unnamedSpokesperson || mt.speaksFor(p, o)) {
				return p + " may speak for " + o + " (a spokesperson's role, or the words given to an unnamed spokesperson elsewhere): the words may be the body's, given by its spokesperson"
			}
		}
	}
	return ""
}

// speaksFor reports a role of person p (the options' SpeakerRoles) that
// holds a spokesperson word or every word of the organisation's name
// org.
func (mt *matcher) speaksFor(p, org string) bool {
	ow, _ := normWords(org, 0, len(org))
	for _, r := range mt.opts.SpeakerRoles[p] {
		rw, _ := normWords(r, 0, len(r))
		all := len(ow) > 0
		for _, o := range ow {
			all = all && slices.ContainsFunc(rw, func(w wtok) bool { return w.w == o.w })
		}
		if all || slices.ContainsFunc(rw, func(w wtok) bool { return mt.lx.Has(lexicon.SpokespersonWords, w.w) }) {
			return true
		}
	}
	return false
}

// doubtMember: one speaker's attribution, in some article, holds the
// other speaker's name as lower-case words, its last word singular or
// plural ("a senior harbour commissioner" for "Harbour Commissioners"):
// a member speaking for the body.
func doubtMember(mt *matcher, names []string, ev []Instance) string {
	for _, in := range ev {
		if in.Speaker == Unknown || in.Speaker == "" {
			continue
		}
		attr, _ := normWords(in.Attribution, 0, len(in.Attribution))
		for _, body := range names {
			if mt.sameSpeaker(body, in.Speaker) {
				continue
			}
			bw, _ := normWords(body, 0, len(body))
			if len(bw) > 0 && lowerNameIn(in.Attribution, attr, bw) {
				return in.Speaker + " is called one of " + body + ": the words may be the body's, spoken by a member"
			}
		}
	}
	return ""
}

// lowerNameIn reports the words of name in a row among attr (the words of
// src), each written in lower case there, the last one also without a
// plural "s" ("harbour commissioner" for "Harbour Commissioners").
func lowerNameIn(src string, attr, name []wtok) bool {
	for i := 0; i+len(name) <= len(attr); i++ {
		ok := true
		for j, w := range name {
			a := attr[i+j]
			if r, _ := utf8.DecodeRuneInString(src[a.s:]); !unicode.IsLower(r) {
				ok = false
				break
			}
			if a.w != w.w && (j < len(name)-1 || a.w+"s" != w.w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// doubt runs the doubt passes until one gives a reason.
func (mt *matcher) doubt(names []string, ev []Instance) string {
	for _, p := range doubtPasses {
		if mt.on(p.Info) {
			if r := p.Run(mt, names, ev); r != "" {
				return r
			}
		}
	}
	return ""
}

// doubtUnresolved: a speaker no article resolves to an entity.
func doubtUnresolved(mt *matcher, names []string, ev []Instance) string {
	for _, n := range names {
		ok := false
		for _, in := range ev {
			ok = ok || in.Resolved && mt.sameSpeaker(n, in.Speaker)
		}
		if !ok {
			return "the speaker " + n + " is not an entity of the corpus named in an attribution (a written name, or a pronoun's guessed antecedent)"
		}
	}
	return ""
}

// surname is the last word of a name, lower case.
func surname(name string) string {
	ws, _ := normWords(name, 0, len(name))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1].w
}

// doubtNameForms: two speakers share a surname or have surnames one
// letter apart, and their given names (when both are written) may be one
// name: equal, one an initial or a slip of the other, or two forms of one
// given name (lexicon name_forms). "Tom Reyes" and "Ana Reyes" are two
// people.
func doubtNameForms(mt *matcher, names []string, _ []Instance) string {
	for i, a := range names {
		for _, b := range names[i+1:] {
			sa, sb := surname(a), surname(b)
			if sa == "" || sb == "" || !mt.givenNamesMayMatch(a, b) {
				continue
			}
			if sa == sb || utf8.RuneCountInString(sa) >= 4 && utf8.RuneCountInString(sb) >= 4 && edlib.OSADamerauLevenshteinDistance(sa, sb) <= 1 {
				return "the speakers " + strings.Join([]string{a, b}, " and ") + " may be one person under two name forms"
			}
		}
	}
	return ""
}

// givenName is the first word of a name of two words or more, lower
// case, without a full stop; "" for a one-word name.
func givenName(name string) string {
	ws, _ := normWords(name, 0, len(name))
	if len(ws) < 2 {
		return ""
	}
	return strings.TrimSuffix(ws[0].w, ".")
}

// givenNamesMayMatch reports two names whose given names may be one:
// either missing, equal, an initial of the other, one letter apart, or
// forms of one given name ("Dick", "Richard").
func (mt *matcher) givenNamesMayMatch(a, b string) bool {
	ga, gb := givenName(a), givenName(b)
	switch {
	case ga == "" || gb == "" || ga == gb:
		return true
	case utf8.RuneCountInString(ga) == 1 || utf8.RuneCountInString(gb) == 1:
		r, _ := utf8.DecodeRuneInString(ga)
		q, _ := utf8.DecodeRuneInString(gb)
		return r == q
	case edlib.OSADamerauLevenshteinDistance(ga, gb) <= 1:
		return true
	}
	for _, line := range mt.lx.Words(lexicon.NameForms) {
		fa, fb := false, false
		for _, f := range strings.Fields(line) {
			fa, fb = fa || f == ga, fb || f == gb
		}
		if fa && fb {
			return true
		}
	}
	return false
}

// vetoJoint: one attribution names two of the speakers: the words are
// theirs together ("said Quill and Tarrant"), no conflict.
func vetoJoint(mt *matcher, _ Group, ev []Instance) bool {
	var names []string
	for _, in := range ev {
		known := false
		for _, s := range names {
			known = known || mt.sameSpeaker(s, in.Speaker)
		}
		if !known {
			names = append(names, in.Speaker)
		}
	}
	return jointAttribution(names, ev) != ""
}

// jointAttribution is the attribution of ev that names two of names, or "".
func jointAttribution(names []string, ev []Instance) string {
	for _, in := range ev {
		n := 0
		attr := strings.ToLower(in.Attribution)
		aws := " " + strings.Join(strings.FieldsFunc(attr, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }), " ") + " "
		for _, name := range names {
			if partOfOther(names, name) {
				continue // "Harbour" beside "Harbour Radio": one name
			}
			// The given name too, when it has one and another speaker
			// shares the surname: "Tom Reyes told" names Tom Reyes, not
			// Ana Reyes; "said Quill and Tarrant" names Ada Quill.
			sn := surname(name)
			if sn != "" && strings.Contains(aws, " "+sn+" ") && (givenName(name) == "" || !sharedSurname(names, name) || strings.Contains(aws, " "+givenName(name)+" ")) {
				n++
			}
		}
		if n >= 2 {
			return in.Attribution
		}
	}
	return ""
}

// sharedSurname reports another name among names with the surname of
// name.
func sharedSurname(names []string, name string) bool {
	for _, o := range names {
		if o != name && surname(o) == surname(name) {
			return true
		}
	}
	return false
}

// partOfOther reports a name whose words are all words of another of
// names.
func partOfOther(names []string, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for _, o := range names {
		if o == name {
			continue
		}
		ow := " " + strings.ToLower(o) + " "
		all := true
		for _, w := range ws {
			all = all && strings.Contains(ow, " "+w+" ")
		}
		if all {
			return true
		}
	}
	return false
}
