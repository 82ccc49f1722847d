package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// nameCut is one mention's name as the name passes cut it: the kept name
// is m.Text[start:end] (byte offsets), read as fields.
type nameCut struct {
	m          Mention
	fields     []string
	start, end int
	// ownS marks a name whose "'s" is its own (possessive-names).
	ownS bool
}

// live reports a cut that still holds a name; the others are dropped.
func (c *nameCut) live() bool { return len(c.fields) > 0 && c.start < c.end }

// namePass is a name pass: it cuts one mention's name.
type namePass func(r *resolver, c *nameCut)

// namePasses run in order, each over every mention, before the mentions
// are grouped into forms.
var namePasses = []rules.Pass[namePass]{
	{Info: info("leading-titles", `Strips honorifics and, from a person's name, titles before it, and a rank or title of a speaker's (speaker_title_words, no given name) before two words or more: "Ms Ada Quill", "Prime Minister Ada Quill", "Lt. Ada Quill" -> "Ada Quill".`), Run: stripLeadingTitles},
	{Info: info("role-names", `Drops a name of two words or more made of titles and roles alone, no one's name: "General Secretary", "Prime Minister".`), Run: dropRoleNames},
	{Info: info("owner-possessive", `Cuts an owner's possessive off the start of a name of three words or more when the owner is a known place, an acronym or a weekday, unless two words ending in a kind of body are left: "London's Tarnby Museum" is "Tarnby Museum" (and "London" a place), "Sunday's Tarnby Mail" is "Tarnby Mail"; "Tarnland's Finance Ministry" stays.`), Run: cutOwner},
	{Info: info("possessive-names", `Keeps the "'s" of a name of two words or more written with it in two mentions or more, never without it, once before punctuation (where no possessive stands) and mostly typed no person: "Quill & Lind's, which ..." is "Quill & Lind's"; so for a one-word name mostly typed no person and once an organisation, no known place nor given name, that no mention but a person's writes without it, and the name takes the "'s" back: "Quillby's, the grocer" is "Quillby's", "Mr Quillby" another entity. A one-word name some mention writes with "'s" before a condition's noun (eponym_condition_nouns) is a condition named after a person, MISC, in every mention written with it: "Quillan's disease", "victims of Quillan's".`), Run: keepPossessiveNames},
	{Info: info("possessive", `Strips a possessive ending: "Ada Quill's" -> "Ada Quill".`), Run: stripPossessive},
	{Info: info("lower-case-tail", `Cuts the words in lower case off the end of a name, untyped, in English (Swedish names keep them: "Stockholms universitet"; a person written all in lower case keeps them: "amy quorvane"): "Harbour ferry" of a headline is "Harbour".`), Run: dropLowerCaseTail},
	{Info: info("non-names", `Drops what names no one: party tags ("D-Nev"), plural groups ("MPs", "Harbour Unions"), sides and movements ("the Left", "Brexit", "Quillite"), pronouns contracted with a verb ("I've").`), Run: dropNonNames},
	{Info: info("nickname", `Drops a nickname in brackets or quotes from inside a name: "Ada (Dee) Quill", "Ada 'Dee' Quill" are the form "Ada Quill".`), Run: dropNickname},
	{Info: info("name-suffix", `Drops a generational suffix from a name of three words or more: "Ada Quill Jr." is the form "Ada Quill", a person; and a numeral from a surname alone of a person named in full: "Quill II" beside "Ada Quill" is "Quill"; and the letters of an office or an honour after a person's name of three words or more (post_nominals): "Ada Quill MP" is "Ada Quill".`), Run: dropNameSuffix},
	{Info: info("middle-initial", `Drops one middle initial from a person's name: "Priya K. Lal" is the form "Priya Lal".`), Run: dropMiddleInitial},
	{Info: info("known-name-head", `Cuts a longer run to the person's full name it opens, unless it ends in an organisation's or a place's head: "Ada Quill Cruises Again" of a title-case headline -> "Ada Quill"; "Ada Quill Foundation" stays.`), Run: cutToKnownHead},
	{Info: info("known-surname-head", `Cuts a run of a title-case line to the surname of a person's full name it opens when the words after it open another name, and it ends in no organisation's or place's head: "Flips Quill Harbour Ferries Ruling" beside "Ada Quill" and "Harbour Ferries Act" -> "Quill".`), Run: cutToKnownSurnameHead},
	{Info: info("titled-surname", `Cuts the titles off a name not typed a person when a surname of a person's full name is left that is no organisation's head: "Sheriff Deputy Quill" beside "Ada Quill" is "Quill", a person; "General Tarnworks" stays.`), Run: cutTitledSurname},
	{Info: info("known-name-tail", `Cuts a longer run to the person's full name it ends in: "Tidewatch Ada Quill" -> "Ada Quill" (a person); the words cut off stay a name when they end in an organisation's head (a rank after it left out: "Tidewatch Police Sgt. Ada Quill") or are written alone elsewhere ("Tidewatch"); a surname with a name particle is no full name ("De Quill" beside "Ada de Quill", or written "de Quill"); a person's run whose cut-off words are given names or initials is one longer name and stays whole ("Ada Quill Lind" beside "Quill Lind": a double surname), and so is one whose one cut-off word is a name the news capitalises (news_capitalised_words; no place, demonym, title, role, acronym, nor a name written alone) before a full name that opens with no given name and ends in no organisation's head ("Odila Quill Lind" beside "Mrs Quill Lind": a given name no list holds), and one whose one or two cut-off words, of letters and written alone nowhere, stand inside the sentence before such a full name, where the news would not capitalise an ordinary word ("winners included Corvina Talmo Quirante" beside "Talmo Quirante").`), Run: cutToKnownName},
}

// cutNames runs the name passes over in and keeps the mentions left with
// a name, with their fields, in r.ms and r.toks.
func (r *resolver) cutNames(in []Mention) {
	cuts := make([]nameCut, len(in))
	for i, m := range in {
		cuts[i] = nameCut{m: m, fields: strings.Fields(m.Text), end: len(m.Text)}
	}
	r.cuts = cuts
	for _, p := range namePasses {
		if !r.off.Enabled(p.Info) {
			continue
		}
		for i := range cuts {
			if c := &cuts[i]; c.live() {
				p.Run(r, c)
			}
		}
	}
	r.fullNameSet()     // (unless known-name-tail has read it already)
	r.particleTailSet() // before the cuts go: entity names read it
	cuts = append(cuts, r.heads...)
	r.cuts, r.heads, r.names, r.surnames, r.ownPossessive, r.ownPossessiveWords, r.conditionWords, r.acronyms = nil, nil, nil, nil, nil, nil, nil, nil
	r.ms = make([]Mention, 0, len(in))
	r.toks = make([][]string, 0, len(in))
	for _, c := range cuts {
		if !c.live() {
			continue
		}
		m := c.m
		m.Start, m.End = c.m.Start+c.start, c.m.Start+c.end
		m.Text = c.m.Text[c.start:c.end]
		r.ms = append(r.ms, m)
		r.toks = append(r.toks, c.fields)
	}
}

// fullNameSet holds the keys of the person full names (two to four
// fields, typed PERSON) among the mentions as the name passes before
// known-name-tail left them, but the surnames that open with a name
// particle (particleSurname), so "Ada de Quill" is never cut to "De
// Quill".
func (r *resolver) fullNameSet() map[string]bool {
	if r.fullNames == nil {
		r.fullNames = map[string]bool{}
		for i := range r.cuts {
			c := &r.cuts[i]
			if c.live() && c.m.Type == span.Person && len(c.fields) >= 2 && len(c.fields) <= 4 && !r.particleSurname(c.fields) {
				r.fullNames[key(c.fields)] = true
			}
		}
	}
	return r.fullNames
}

// particleSurname reports a name that opens with a name particle
// (name_particles) and is a surname, not a full name: the particle is
// written in lower case ("van Quill") or a longer person's name ends in
// it ("De Quill" beside "Ada de Quill"); "Van Quill" or "Al Quill" alone
// is a given name and a surname.
func (r *resolver) particleSurname(fields []string) bool {
	if len(fields) < 2 || !r.lx.Has(lexicon.NameParticles, strings.ToLower(fields[0])) {
		return false
	}
	if c, _ := utf8.DecodeRuneInString(fields[0]); unicode.IsLower(c) {
		return true
	}
	return r.particleTailSet()[key(fields)]
}

// particleTailSet holds the keys of the surnames with a name particle that
// end a longer person's name, from the cuts as the name passes leave them
// (built once: cutNames builds it before it lets the cuts go, so the
// entity names read the same set).
func (r *resolver) particleTailSet() map[string]bool {
	if r.particleTails == nil {
		r.particleTails = map[string]bool{}
		for i := range r.cuts {
			if c := &r.cuts[i]; c.live() && c.m.Type == span.Person {
				if t, ok := r.particleTail(c.fields); ok {
					r.particleTails[t] = true
				}
			}
		}
	}
	return r.particleTails
}

// particleTail returns the key of the surname with a name particle that
// ends a name of three words or more ("de quill" of "Ada de Quill").
func (v vocab) particleTail(tokens []string) (string, bool) {
	for k := 1; k+1 < len(tokens); k++ {
		if v.lx.Has(lexicon.NameParticles, strings.ToLower(tokens[k])) {
			return key(tokens[k:]), true
		}
	}
	return "", false
}

// stripLeadingTitles strips honorifics ("Ms", "Dr.") and, from a person's
// name, titles ("President", "Prime Minister") before the name, keeping
// at least one word: "Prime Minister" alone stays.
func stripLeadingTitles(r *resolver, c *nameCut) {
	for len(c.fields) > 1 {
		honorific := r.lx.Has(lexicon.Honorifics, strings.ToLower(c.fields[0]))
		n := r.titleWords(c.fields)
		switch {
		case honorific && n < len(c.fields):
			c.skip(1)
		case !honorific && c.m.Type == span.Person && n > 0 && n < len(c.fields):
			c.skip(n) // "President X", "Prime Minister X", "Foreign Minister X"
		case !honorific && c.m.Type == span.Person && n == 0 && len(c.fields) > 2 && r.rankBefore(c.fields[0]):
			c.skip(1) // "Lt. Ada Quill", "Admiral Ada Quill": a rank before a full name
		default:
			return
		}
	}
}

// rankBefore reports a word that opens a speaker's name as a title or a
// rank and is no part of it (speaker_title_words: "Lt.", "Lieutenant",
// "Admiral", "Deputy"), no peer's title (a peer is known by it:
// "Baroness Ada Quill" is also "Baroness Quill") and no given name
// ("Earl").
func (r *resolver) rankBefore(w string) bool {
	lw := strings.ToLower(w)
	return isCapitalWord(w) && r.lx.Has(lexicon.SpeakerTitles, lw) && !r.lx.Has(lexicon.PeerTitles, lw) && !r.lx.IsGivenName(w)
}

// dropRoleNames drops a name of two words or more that is all title or
// role ("General Secretary", "Harbour MP", "Deputy Chief Executive": when
// every word is a title, a role noun or a role's modifier): no name
// followed it, so leading-titles left it whole.
func dropRoleNames(r *resolver, c *nameCut) {
	n := len(c.fields)
	if n < 2 {
		return
	}
	if t := r.titleWords(c.fields); t == n || r.lx.Has(lexicon.RoleNouns, strings.ToLower(strings.Join(c.fields, " "))) {
		c.fields = nil
		return
	}
	for _, f := range c.fields {
		lw := strings.ToLower(f)
		if !r.lx.Has(lexicon.PersonTitles, lw) && !r.lx.Has(lexicon.RoleNouns, lw) && !r.lx.Has(lexicon.RoleModifiers, lw) {
			return
		}
	}
	c.fields = nil
}

// dropNickname drops the fields of a nickname in brackets or quotes
// between the first and the last field of a name ("Ada (Dee) Quill").
func dropNickname(_ *resolver, c *nameCut) {
	n := len(c.fields)
	for i := 1; i < n-1; i++ {
		if !strings.ContainsAny(c.fields[i][:1], "(\"'“‘") {
			continue
		}
		for j := i; j < n-1; j++ {
			if f := c.fields[j]; len(f) > 1 && strings.ContainsAny(f[len(f)-1:], ")\"'") || strings.HasSuffix(f, "”") || strings.HasSuffix(f, "’") {
				c.fields = append(append([]string{}, c.fields[:i]...), c.fields[j+1:]...)
				return
			}
		}
		return
	}
}

// skip drops the first n fields from the cut name, with the spaces after
// them.
func (c *nameCut) skip(n int) {
	text := c.m.Text
	for k := 0; k < n; k++ {
		i := strings.Index(text[c.start:], c.fields[0]) + c.start + len(c.fields[0])
		for i < len(text) && text[i] == ' ' {
			i++
		}
		c.start = i
		c.fields = c.fields[1:]
	}
}

// stripPossessive strips a possessive ending (possessiveEnd: "'s", "’s"
// or a bare apostrophe) from the last word.
func stripPossessive(_ *resolver, c *nameCut) {
	if c.ownS {
		return
	}
	n := len(c.fields)
	if suf := possessiveEnd(c.fields[n-1]); suf != "" {
		c.fields[n-1] = strings.TrimSuffix(c.fields[n-1], suf)
		c.end -= len(suf)
	}
}

// dropMiddleInitial drops a single middle initial from a person's name.
func dropMiddleInitial(_ *resolver, c *nameCut) {
	if c.m.Type == span.Person {
		c.fields = withoutMiddleInitials(c.fields)
	}
}

// cutToKnownName cuts a run of three words or more to the longest person
// full name (see fullNameSet) it ends in, and types it a person; a
// person's run whose cut-off words are given names or initials is one
// longer name ("Ada Quill Lind" beside "Quill Lind": a double surname or
// a middle name, "H. Quill Lind" an initial) and stays whole.
func cutToKnownName(r *resolver, c *nameCut) {
	full := r.fullNameSet()
	t := c.fields
	for k := 1; len(t)-k >= 2; k++ {
		if !full[key(t[k:])] {
			continue
		}
		if r.midSentenceGivenNames(c, t[:k], t[k:]) {
			if r.givenRuns == nil {
				r.givenRuns = map[string]bool{}
			}
			r.givenRuns[key(t)] = true
			return
		}
		if !(c.m.Type == span.Person && r.givenNamesBefore(t[:k], t[k:])) {
			off := tokenOffset(c.m.Text[c.start:c.end], k)
			h := k
			for h > 2 && r.rankBefore(t[h-1]) {
				h-- // "Tarnby Police Sgt." before "Ada Quill": the head is "Tarnby Police"
			}
			r.keepHead(c, t[:h], tokenOffset(c.m.Text[c.start:c.end], h))
			c.start += off
			c.m.Type = span.Person
			c.fields = t[k:]
			return
		}
	}
}

// cutToKnownHead cuts a run of three words or more in a title-case line
// (a headline: every word capitalised but the small ones) to the longest
// person full name (see fullNameSet) it opens, and types it a person,
// unless its last word is an organisation's or a place's head ("Ada
// Quill Foundation", "Ada Quill Street") or a name suffix. In running
// text the run is a name of its own ("Human Rights Watch").
func cutToKnownHead(r *resolver, c *nameCut) {
	t := c.fields
	n := len(t)
	if n < 3 || !r.titleCaseLine(c.m.SentenceText) {
		return
	}
	last := strings.ToLower(strings.Trim(t[n-1], ".,"))
	if r.orgHead(t[n-1]) || r.lx.Has(lexicon.LocHeads, last) || r.lx.Has(lexicon.NameSuffixes, last) {
		return
	}
	full := r.fullNameSet()
	for k := n - 1; k >= 2; k-- {
		if full[key(t[:k])] {
			c.end = c.start + len(strings.TrimRight(c.m.Text[c.start:c.start+tokenOffset(c.m.Text[c.start:c.end], k)], " \u00a0"))
			c.m.Type = span.Person
			c.fields = t[:k]
			return
		}
	}
}

// titleCaseLine reports a line of three words or more written in title
// case: every word with a letter capitalised, but the small words
// (title_case_small_words).
func (v vocab) titleCaseLine(line string) bool {
	n := 0
	for _, w := range strings.Fields(line) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘(["))
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLower(r) && !v.lx.Has(lexicon.TitleCaseSmallWords, strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()"))):
			return false
		}
	}
	return n >= 3
}

// cutTitledSurname cuts the titles, honorifics and role words off a name
// the taggers did not type a person ("Sheriff Deputy Quill", typed an
// organisation) when what is
// left is one word, the surname of a person's full name among the
// mentions (see fullNameSet) and no organisation's head ("General Tarnworks"
// beside a "Tarn Motors" typed a person stays), and types it a person.
func cutTitledSurname(r *resolver, c *nameCut) {
	if c.m.Type == span.Person || len(c.fields) < 2 {
		return
	}
	k := 0
	for k < len(c.fields)-1 {
		n := r.titleWords(c.fields[k:])
		if lw := strings.ToLower(strings.TrimSuffix(c.fields[k], ".")); n == 0 && (r.lx.Has(lexicon.Honorifics, lw) ||
			r.lx.Has(lexicon.RoleNouns, lw) || r.lx.Has(lexicon.RoleModifiers, lw) || r.lx.Has(lexicon.SpeakerTitles, lw)) {
			n = 1
		}
		if n == 0 {
			break
		}
		k += n
	}
	if k == 0 || k != len(c.fields)-1 || !r.surnameOfFullName(c.fields[k]) || r.orgHead(c.fields[k]) {
		return
	}
	c.skip(k)
	c.m.Type = span.Person
}

// surnameOfFullName reports w as the last word of a person's full name
// among the mentions (see fullNameSet).
func (r *resolver) surnameOfFullName(w string) bool {
	if r.surnames == nil {
		r.surnames = map[string]bool{}
		for k := range r.fullNameSet() {
			r.surnames[k[strings.LastIndexByte(k, ' ')+1:]] = true
		}
	}
	return r.surnames[key([]string{w})]
}

// keepHead keeps the words that known-name-tail cuts off a name (head,
// the first off bytes of the cut) as a mention of their own when they
// name an organisation: they end in an organisation's head ("Harbour
// Policy Forum Ada Quill"), typed so, or the corpus writes them alone and
// the run was not typed a person ("Tidewatch Ada Quill", an organisation,
// beside "Tidewatch"), untyped.
func (r *resolver) keepHead(c *nameCut, head []string, off int) {
	typ := ""
	switch {
	case len(head) >= 2 && r.orgHead(head[len(head)-1]):
		typ = span.Org
	case c.m.Type == span.Person || !r.writtenAlone(head):
		return // "Ada Ada Quill" typed a person: a slip, no second name
	}
	text := strings.TrimRight(c.m.Text[c.start:c.start+off], " \u00a0")
	m := c.m
	m.Start += c.start
	m.End = m.Start + len(text)
	m.Text, m.Type = text, typ
	r.heads = append(r.heads, nameCut{m: m, fields: head, end: len(text)})
}

// writtenAlone reports a name some mention is named by alone (as the
// name passes before known-name-tail left it).
func (r *resolver) writtenAlone(fields []string) bool {
	if r.names == nil {
		r.names = map[string]bool{}
		for i := range r.cuts {
			if c := &r.cuts[i]; c.live() {
				r.names[key(c.fields)] = true
			}
		}
	}
	return r.names[key(fields)]
}

// givenNamesBefore reports head, cut off a person's run before its
// tail, as given names or initials of one longer name (givenNamesOnly),
// or a given name no list holds (unlistedGivenNames) that the batch
// never writes as a name alone: cutToKnownName keeps such a run whole
// and longerNames counts it as the longer name of its tail.
func (r *resolver) givenNamesBefore(head, tail []string) bool {
	return r.givenNamesOnly(head) || r.unlistedGivenNames(head, tail) && !r.writtenAlone(head)
}

// withoutMiddleInitials drops a single-letter middle initial between a
// first name and a surname ("Priya K. Lal" is Priya Lal),
// so both spellings are one form. Two initials or more are kept.
func withoutMiddleInitials(fields []string) []string {
	if len(fields) < 3 {
		return fields
	}
	out := []string{fields[0]}
	initials := 0
	for _, f := range fields[1 : len(fields)-1] {
		core := strings.TrimSuffix(f, ".")
		if r, n := utf8.DecodeRuneInString(core); n == len(core) && unicode.IsUpper(r) {
			initials++
			continue
		}
		out = append(out, f)
	}
	if initials > 1 {
		return fields // "George H. W. Bush" is not George W. Bush
	}
	return append(out, fields[len(fields)-1])
}

// tokenOffset returns the byte offset in s of its k-th whitespace field.
func tokenOffset(s string, k int) int {
	i, n := 0, 0
	inField := false
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		sp := unicode.IsSpace(r)
		if !sp && !inField {
			if n == k {
				return i
			}
			n++
		}
		inField = !sp
		i += w
	}
	return len(s)
}

// cutToKnownSurnameHead cuts a run of a title-case line to the surname
// of a person's full name it opens when the words after it open another
// name of the corpus, and it ends in no organisation's or place's head:
// "Flips Quill Harbour Ferries Ruling" beside "Ada Quill" and "Harbour
// Ferries Act" -> "Quill", a person.
func cutToKnownSurnameHead(r *resolver, c *nameCut) {
	t := c.fields
	n := len(t)
	if n < 3 || !r.titleCaseLine(c.m.SentenceText) || !r.surnameOfFullName(t[0]) || r.fullNameSet()[key(t[:2])] {
		return
	}
	last := strings.ToLower(strings.Trim(t[n-1], ".,"))
	if r.orgHead(t[n-1]) || r.lx.Has(lexicon.LocHeads, last) || r.lx.Has(lexicon.NameSuffixes, last) || !r.opensName(t[1:]) {
		return
	}
	c.end = c.start + len(strings.TrimRight(c.m.Text[c.start:c.start+tokenOffset(c.m.Text[c.start:c.end], 1)], " \u00a0"))
	c.m.Type = span.Person
	c.fields = t[:1]
}

// opensName reports words that open a longer name of the mentions (as
// cut so far): "Endangered Species" of "Endangered Species Act".
func (r *resolver) opensName(words []string) bool {
	if r.prefixes == nil {
		r.prefixes = map[string]bool{}
		for i := range r.cuts {
			if c := &r.cuts[i]; c.live() {
				for k := 2; k < len(c.fields); k++ {
					r.prefixes[key(c.fields[:k])] = true
				}
			}
		}
	}
	return r.prefixes[key(words)]
}

// givenNamesOnly reports words that are each a given name (listed or
// learnt, no place) or an initial: what opens a person's longer name.
func (r *resolver) givenNamesOnly(words []string) bool {
	for _, w := range words {
		if !isInitial(w) && !r.learntGivenNameOnly(w) {
			return false
		}
	}
	return true
}
