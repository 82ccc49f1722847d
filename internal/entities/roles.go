package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// Role is a phrase that says who a person is ("Manchester councillor",
// "founder of Tidewatch"), found in a pre-modifier or an apposition.
type Role struct {
	// Text is the phrase as written (leading article dropped).
	Text string
	// Key groups the same role across sources: lower case, and for
	// "<role> of <...> Name" the role and the final name only.
	Key        string
	Article    string
	Start, End int // byte offsets of Text in the article
}

// RoleGroup is one role of an entity with every source stating it.
type RoleGroup struct {
	// Text is the role as the first source (by article id) writes it,
	// shortened to its key form for "<role> of <Name>" phrases.
	Text     string
	Articles []string // sorted
	Evidence []Role   // sorted by article and Start
}

// isRoleNoun reports a word (punctuation trimmed, any case) that heads a
// role phrase: a role noun, or a Swedish role compound ending in one of
// role_suffixes_sv ("fackföreningschefen"; "chef" and "kock" only after
// a hyphen).
func (v vocab) isRoleNoun(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,;:'’\"“”()"))
	if v.lx.Has(lexicon.RoleNouns, w) {
		return true
	}
	for suf := range v.lx.Set(lexicon.RoleSuffixesSv) {
		if w == suf || strings.HasSuffix(w, "-"+suf) || len(w) > len(suf)+3 && strings.HasSuffix(w, suf) && !strings.Contains(w, "-") && !v.lx.Has(lexicon.RoleSuffixesSvHyphened, suf) {
			return true
		}
	}
	return false
}

type tok struct {
	text       string
	start, end int // offsets within the phrase source
}

func fieldsWithOffsets(s string) []tok {
	var out []tok
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
		out = append(out, tok{s[i:j], i, j})
		i = j
	}
	return out
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// roleFinder is a role finder: the roles stated for mention m, with
// offsets in m.SentenceText.
type roleFinder func(v vocab, m Mention) []Role

// roleFinders run in order on each mention of a person.
var roleFinders = []rules.Pass[roleFinder]{
	{Info: info("role-before", `Reads a role phrase right before a person's name: "Harbour councillor Ada Quill", "founder of Tidewatch Ada Quill".`), Run: findRoleBefore},
	{Info: info("role-after", `Reads roles in an apposition after a person's name: "Ada Quill, the founder of Tidewatch and a ferry pilot, said"; not a capacity after a name the taggers did not type a person that follows a preposition ("worked at Brindle Press, as a writer").`), Run: findRolesAfter},
}

// entityPass is an entity pass: it rewrites the entities Resolve found.
type entityPass func(v vocab, ents []Entity)

// entityPasses run in order once the entities are sorted.
var entityPasses = []rules.Pass[entityPass]{
	{Info: info("owned-roles", `Names the organisation of a role given by a possessive noun when the article names one such organisation: "the union's general secretary" -> "general secretary of Dock Workers' Union".`), Run: ownedRoles},
}

// rolesOf finds the roles stated for the mention m (offsets in the
// article) from its sentence, with the role finders that off leaves on.
func (v vocab) rolesOf(m Mention, off rules.Off) []Role {
	if m.SentenceText == "" || m.Start < m.SentenceStart || m.End > m.SentenceStart+len(m.SentenceText) {
		return nil
	}
	var out []Role
	for _, p := range roleFinders {
		if !off.Enabled(p.Info) {
			continue
		}
		for _, r := range p.Run(v, m) {
			r.Article = m.Article
			r.Start += m.SentenceStart
			r.End += m.SentenceStart
			out = append(out, r)
		}
	}
	return out
}

// findRoleBefore reads the role phrase ending right before m.
func findRoleBefore(v vocab, m Mention) []Role {
	if r, ok := v.roleBefore(m.SentenceText[:m.Start-m.SentenceStart]); ok {
		return []Role{r}
	}
	return nil
}

// findRolesAfter reads the appositions after m.
func findRolesAfter(v vocab, m Mention) []Role {
	roles := v.rolesAfter(m.SentenceText, m.End-m.SentenceStart)
	if len(roles) == 0 || m.Start <= m.SentenceStart || m.Type == span.Person {
		return roles // "the appointment of Bo Lind, as chief executive": his role
	}
	before := strings.Fields(m.SentenceText[:m.Start-m.SentenceStart])
	after := strings.Fields(m.SentenceText[m.End-m.SentenceStart:])
	if len(before) > 0 && v.lx.Has(lexicon.PrepositionsEn, strings.ToLower(before[len(before)-1])) &&
		len(after) > 1 && v.lx.Has(lexicon.CapacityWordsEn, strings.ToLower(after[1])) {
		return nil // "worked at Brindle Press, as a writer": the subject's capacity
	}
	return roles
}

// roleBefore finds a role phrase ending right before the name:
// "Manchester councillor", "comedian", "founder of Tidewatch".
func (v vocab) roleBefore(before string) (Role, bool) {
	if strings.TrimRight(before, " \u00a0") == before && before != "" {
		return Role{}, false // no space between phrase and name
	}
	cut := 0
	for _, sep := range []string{",", ";", ":", "(", "\"", "“", "”", " - ", " – ", " — "} {
		if i := strings.LastIndex(before, sep); i >= 0 && i+len(sep) > cut {
			cut = i + len(sep)
		}
	}
	for w := range v.lx.Set(lexicon.AndWordsEnSv) {
		if i := strings.LastIndex(before, " "+w+" "); i >= 0 && i+len(w)+2 > cut {
			cut = i + len(w) + 2
		}
	}
	toks := fieldsWithOffsets(before[cut:])
	for i := range toks {
		toks[i].start += cut
		toks[i].end += cut
	}
	if len(toks) == 0 {
		return Role{}, false
	}
	// Find the role noun: the last token, or "<role> of <Cap...>".
	r := len(toks) - 1
	if !v.isRoleNoun(toks[r].text) {
		k := r
		for k >= 0 && isCap(toks[k].text) {
			k--
		}
		if k < 1 || k == r || strings.ToLower(toks[k].text) != "of" || !v.isRoleNoun(toks[k-1].text) {
			return Role{}, false
		}
		r = k - 1
	}
	// Extend left over modifiers: capitalised words or lower-case words
	// that are not function words, at most three.
	l := r
	for l > 0 && r-l < 3 {
		w := toks[l-1].text
		if strings.ContainsAny(w, ".!?") || !isCap(w) && !v.lx.Has(lexicon.RoleFieldModifiers, strings.ToLower(w)) {
			break
		}
		l--
	}
	for l < r && (v.lx.Has(lexicon.RoleArticles, strings.ToLower(toks[l].text)) || v.lx.Has(lexicon.SentenceLinks, strings.ToLower(toks[l].text))) {
		l++ // "the", and "But", "Meanwhile" opening the sentence
	}
	start, end := toks[l].start, toks[len(toks)-1].end
	text := before[start:end]
	return Role{Text: text, Key: v.roleKey(text), Start: start, End: end}, true
}

// roleArticle reports an English article opening an apposition ("the",
// "a", "an"), in lower case or with a capital first letter ("The").
func (v vocab) roleArticle(w string) bool {
	if w == "" {
		return false
	}
	lw := strings.ToLower(w[:1]) + w[1:]
	return v.lx.Has(lexicon.DefiniteArticlesEn, lw) || v.lx.Has(lexicon.IndefiniteArticlesEn, lw)
}

// rolesAfter finds appositions after the name: ", the founder of X," or
// " - Tidewatch's head -", split on " and ".
func (v vocab) rolesAfter(sent string, at int) []Role {
	rest := sent[at:]
	var open string
	switch {
	case strings.HasPrefix(rest, ", "):
		open = ", "
	case strings.HasPrefix(rest, " - "), strings.HasPrefix(rest, " – "), strings.HasPrefix(rest, " — "):
		open = rest[:strings.IndexRune(rest[1:], ' ')+2]
	default:
		return nil
	}
	body := rest[len(open):]
	end := len(body)
	for _, stop := range []string{",", ";", " - ", " – ", " — ", "(", ")", ". "} {
		if i := strings.Index(body, stop); i >= 0 && i < end {
			end = i
		}
	}
	for w := range v.lx.Set(lexicon.RoleEndVerbs) {
		if i := strings.Index(body, " "+w); i >= 0 && i < end {
			end = i
		}
	}
	body = strings.TrimRight(body[:end], ". ")
	base := at + len(open)
	var out []Role
	for _, part := range splitRoles(body) {
		text := part.text
		off := part.start
		if w, rest, ok := strings.Cut(text, " "); ok && v.roleArticle(w) {
			text, off = rest, off+len(w)+1
		}
		toks := strings.Fields(text)
		if len(toks) == 0 || len(toks) > 10 {
			continue
		}
		has := false
		for _, t := range toks[:min(len(toks), 4)] {
			if v.isRoleNoun(t) {
				has = true
				break
			}
		}
		if !has {
			continue
		}
		out = append(out, Role{Text: text, Key: v.roleKey(text), Start: base + off, End: base + off + len(text)})
	}
	return out
}

// splitRoles splits an apposition into roles at " and ", except inside a
// name ("of the Dock and Harbour Workers' Union").
func splitRoles(body string) []part {
	var out []part
	pos, from := 0, 0
	for {
		i := strings.Index(body[from:], " and ")
		if i < 0 {
			return append(out, part{body[pos:], pos})
		}
		i += from
		from = i + len(" and ")
		if isCap(textutil.LastField(body[:i])) && isCap(body[from:]) {
			continue // "Dock and Harbour": one name
		}
		out = append(out, part{body[pos:i], pos})
		pos = from
	}
}

type part struct {
	text  string
	start int
}

// roleKey normalises a role for grouping across sources.
func (v vocab) roleKey(text string) string {
	lower := textutil.Lower(text)
	i := strings.LastIndex(lower, " of ")
	if i < 0 {
		if role, org, ok := v.ownerFirst(text); ok {
			return role + " of " + org // "Tarn chief executive", "Tarn's chief executive"
		}
		return lower
	}
	// Keep only the role noun phrase before "of" (drop leading modifiers
	// that are not role nouns or capitalised titles), but keep a
	// qualifier: a "former leader" is not the leader.
	words := strings.Fields(text[:i])
	if len(words) == 0 {
		return lower // " of the board": no role before "of"
	}
	k := len(words) - 1
	for k > 0 && (v.isRoleNoun(words[k-1]) || isCap(words[k-1]) || v.lx.Has(lexicon.SingleHolderRoles, strings.ToLower(words[k-1]+" "+words[k]))) {
		k--
	}
	head := strings.ToLower(strings.Join(words[k:], " "))
	for _, w := range words[:k] {
		if q := strings.ToLower(w); v.lx.Has(lexicon.RoleQualifiers, q) {
			head = q + " " + head
			break
		}
	}
	// Keep only the final capitalised run after "of".
	after := strings.Fields(text[i+4:])
	j := len(after)
	for j > 0 && (isCap(after[j-1]) || j > 1 && v.lx.Has(lexicon.AndForms, after[j-1]) && isCap(after[j-2]) && j < len(after)) {
		j--
	}
	if j == len(after) {
		return lower
	}
	return head + " of " + strings.ToLower(strings.Join(after[j:], " "))
}

// ownerFirst reads a single-holder role written after its organisation's
// name: "Tarn chief executive", "Tarn's chief executive" give
// ("chief executive", "halvard").
func (v vocab) ownerFirst(text string) (role, org string, ok bool) {
	words := strings.Fields(text)
	k := 0
	for k < len(words) && isCap(words[k]) {
		k++
	}
	if k == 0 || k == len(words) {
		return "", "", false
	}
	role = textutil.Lower(strings.Join(words[k:], " "))
	if !v.lx.Has(lexicon.SingleHolderRoles, role) {
		return "", "", false
	}
	org = strings.Join(words[:k], " ")
	for _, suf := range []string{"'s", "’s"} {
		org = strings.TrimSuffix(org, suf)
	}
	if v.lx.Has(lexicon.RoleOwnerStops, textutil.Lower(words[0])) || len(org) < 2 || k == 1 && v.lx.Has(lexicon.GenericOwners, textutil.Lower(org)) {
		return "", "", false // "Its chief executive", "New chief executive", "Committee chairman"
	}
	return role, textutil.Lower(org), true
}

// groupRoles aggregates roles by key; the display text is the shortest
// phrasing of the key among sources, ties broken alphabetically.
func groupRoles(rs []Role) []RoleGroup {
	byKey := map[string][]Role{}
	for _, r := range rs {
		byKey[r.Key] = append(byKey[r.Key], r)
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]RoleGroup, 0, len(keys))
	for _, k := range keys {
		ev := byKey[k]
		sort.Slice(ev, func(i, j int) bool {
			if ev[i].Article != ev[j].Article {
				return ev[i].Article < ev[j].Article
			}
			return ev[i].Start < ev[j].Start
		})
		g := RoleGroup{Evidence: ev}
		arts := map[string]bool{}
		for _, r := range ev {
			arts[r.Article] = true
			if g.Text == "" || len(r.Text) < len(g.Text) || len(r.Text) == len(g.Text) && r.Text < g.Text {
				g.Text = r.Text
			}
		}
		for a := range arts {
			g.Articles = append(g.Articles, a)
		}
		sort.Strings(g.Articles)
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Articles) > len(out[j].Articles) })
	return out
}

// RoleConflict is a person given the same unique role of two different
// organisations by two sources ("leader of X" here, "leader of Y" there).
type RoleConflict struct {
	Person string
	A, B   Role
	// Doubt is why the two may speak of different times ("" when
	// nothing says so; see the conflict doubt passes).
	Doubt string
}

// RoleConflicts finds, for one person's role groups, pairs of "<role> of
// <organisation>" roles from different articles with the same role and
// different organisations.
func RoleConflicts(person string, groups []RoleGroup) []RoleConflict {
	return RoleConflictsWith(person, groups, Options{})
}

// RoleConflictsWith is RoleConflicts with the word lists of
// opts.Lexicon.
func RoleConflictsWith(person string, groups []RoleGroup, opts Options) []RoleConflict {
	v := newVocab(opts.Lexicon)
	type ofRole struct {
		role, org string
		ev        Role
	}
	var rs []ofRole
	for _, g := range groups {
		i := strings.LastIndex(g.Evidence[0].Key, " of ")
		if i < 0 || v.qualifiedRole(g.Evidence[0].Text) || !v.namesOrganisation(g.Evidence[0]) ||
			!strings.Contains(textutil.Lower(g.Evidence[0].Text), " of ") {
			// "former leader of X" does not contradict "leader of Y";
			// nor do names written before the role ("Tory leader",
			// "Conservative leader"): sources abbreviate and use synonyms.
			continue
		}
		role := g.Evidence[0].Key[:i]
		words := strings.Fields(role)
		if len(words) == 0 || !v.lx.Has(lexicon.UniqueRoles, strings.ReplaceAll(words[len(words)-1], " ", "-")) {
			continue
		}
		org := g.Evidence[0].Key[i+4:]
		if v.lx.Has(lexicon.Offices, strings.TrimPrefix(org, "the ")) {
			continue // "Leader of the Opposition" is an office, held beside a party's lead
		}
		rs = append(rs, ofRole{role, org, g.Evidence[0]})
	}
	var out []RoleConflict
	for i := range rs {
		for j := i + 1; j < len(rs); j++ {
			a, b := rs[i], rs[j]
			if a.role == b.role && a.org != b.org && a.ev.Article != b.ev.Article &&
				!strings.Contains(a.org, b.org) && !strings.Contains(b.org, a.org) && !(opts.Off.Enabled(spelledAlikeRole) && spelledAlike(a.org, b.org)) &&
				!(opts.Off.Enabled(widenedOrgRole) && v.widenedOrg(textOrg(a.ev.Text), textOrg(b.ev.Text))) {
				out = append(out, RoleConflict{Person: person, A: a.ev, B: b.ev, Doubt: doubtOf(a.ev, b.ev, opts)})
			}
		}
	}
	return out
}

// spelledAlike reports two organisations (or places) of roles written one
// or two letters apart, a letter per six at most: one name in two
// spellings ("leader of Tal Afar" and "leader of Tel Afar"), which the
// spelling findings report, not a second role; never names with digits.
func spelledAlike(a, b string) bool {
	if strings.ContainsFunc(a+b, unicode.IsDigit) {
		return false // "Unit 7" and "Unit 8" are two
	}
	n := min(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	d := textutil.EditDistance(a, b)
	return d > 0 && d <= 2 && d*6 <= n
}

// qualifiedRole reports a qualifier among the words of a role phrase
// before its "of".
func (v vocab) qualifiedRole(text string) bool {
	head := strings.ToLower(text)
	if i := strings.LastIndex(head, " of "); i >= 0 {
		head = head[:i]
	}
	for _, w := range strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == '-' }) {
		if v.lx.Has(lexicon.RoleQualifiers, w) {
			return true
		}
	}
	return false
}

// namesOrganisation reports a role whose organisation is a name: written
// with a capitalised final word ("director of the Harbour Trust"), or read
// from a possessive noun (ownedRoles), or written after the name
// ("Tarn chief executive"). "director of health protection at
// the agency" names none, and never conflicts.
func (v vocab) namesOrganisation(r Role) bool {
	if _, _, ok := v.ownerFirst(r.Text); ok {
		return true // "Tarn chief executive"
	}
	return isCap(textutil.LastField(r.Text)) || r.Key != v.roleKey(r.Text)
}

// HolderConflict is one role of one organisation given to two people by
// two sources ("chair of X" is A here, B there). Role and Org are lower
// case; A is from the article that sorts first.
type HolderConflict struct {
	Role, Org        string
	PersonA, PersonB string
	A, B             Role
	// Doubt is why the two may speak of different times ("" when
	// nothing says so; see the conflict doubt passes).
	Doubt string
}

// HolderConflicts finds single-holder roles ("<role> of <organisation>")
// that sources give to different people, each pair once, in a stable
// order. people maps each person to their role groups.
func HolderConflicts(people map[string][]RoleGroup) []HolderConflict {
	return HolderConflictsWith(people, Options{})
}

// HolderConflictsWith is HolderConflicts with the word lists of
// opts.Lexicon.
func HolderConflictsWith(people map[string][]RoleGroup, opts Options) []HolderConflict {
	v := newVocab(opts.Lexicon)
	type holder struct {
		person string
		ev     Role
	}
	byRole := map[[2]string][]holder{}
	names := make([]string, 0, len(people))
	for name := range people {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, g := range people[name] {
			key := g.Evidence[0].Key
			i := strings.LastIndex(key, " of ")
			if i < 0 || !v.lx.Has(lexicon.SingleHolderRoles, strings.ToLower(key[:i])) || v.qualifiedRole(g.Evidence[0].Text) || !v.namesOrganisation(g.Evidence[0]) {
				continue
			}
			k := [2]string{strings.ToLower(key[:i]), strings.ToLower(key[i+4:])}
			byRole[k] = append(byRole[k], holder{name, g.Evidence[0]})
		}
	}
	keys := make([][2]string, 0, len(byRole))
	for k := range byRole {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+"|"+keys[i][1] < keys[j][0]+"|"+keys[j][1] })
	var out []HolderConflict
	for _, k := range keys {
		hs := byRole[k]
		for i := range hs {
			for j := i + 1; j < len(hs); j++ {
				a, b := hs[i], hs[j]
				if a.person == b.person || a.ev.Article == b.ev.Article ||
					opts.Off.Enabled(shortNameHolder) && v.shortNameOf(a.person, b.person) {
					continue
				}
				if b.ev.Article < a.ev.Article {
					a, b = b, a
				}
				out = append(out, HolderConflict{Role: k[0], Org: k[1], PersonA: a.person, PersonB: b.person, A: a.ev, B: b.ev, Doubt: doubtOf(a.ev, b.ev, opts)})
			}
		}
	}
	return out
}

// ownedRoles rewrites roles that name their organisation by a possessive
// common noun ("the union's general secretary", "its chief executive" is
// left alone) as "<role> of <organisation>", when the article names
// exactly one organisation whose name ends in that noun ("... Workers'
// Union"), and regroups the roles of each person so changed. A role
// given this way can then meet the same role written with the name, and
// a second holder of it (HolderConflicts).
func ownedRoles(v vocab, ents []Entity) {
	owners := map[string]map[string][]string{} // article -> head noun -> organisation names
	for _, e := range ents {
		if e.Type != span.Org {
			continue
		}
		words := strings.Fields(e.Name)
		if len(words) < 2 {
			continue
		}
		head := textutil.Lower(strings.Trim(words[len(words)-1], "'’"))
		name := strings.TrimPrefix(e.Name, "The ")
		for _, m := range e.Mentions {
			byHead := owners[m.Article]
			if byHead == nil {
				byHead = map[string][]string{}
				owners[m.Article] = byHead
			}
			if !slices.Contains(byHead[head], name) {
				byHead[head] = append(byHead[head], name)
			}
		}
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != span.Person || len(e.Roles) == 0 {
			continue
		}
		var flat []Role
		changed := false
		for _, g := range e.Roles {
			for _, r := range g.Evidence {
				if noun, role, ok := possessiveRole(r.Text); ok {
					if names := owners[r.Article][noun]; len(names) == 1 {
						r.Key = v.roleKey(role + " of " + names[0])
						changed = true
					}
				}
				flat = append(flat, r)
			}
		}
		if changed {
			e.Roles = groupRoles(flat)
		}
	}
}

// possessiveRole splits "union's general secretary" into the owner noun
// ("union") and the role ("general secretary"); ok is false for any other
// shape, or when the owner is capitalised (a name, which roleKey reads).
func possessiveRole(text string) (noun, role string, ok bool) {
	for _, mark := range []string{"'s ", "’s "} {
		if i := strings.Index(text, mark); i > 0 {
			noun, role = text[:i], strings.TrimSpace(text[i+len(mark):])
			if strings.Contains(noun, " ") || isCap(noun) || role == "" {
				return "", "", false
			}
			return textutil.Lower(noun), role, true
		}
	}
	return "", "", false
}

// widenedOrgRole is the guard that reads two spellings of one
// organisation, one widened, as one role.
var widenedOrgRole = info("widened-org-role", `Two "<role> of <organisation>" roles of one person are one role, no conflict, when the organisations fold alike (case, hyphens, "the", doubled letters: "al Tarab", "the al-Taraab") and one holds the other's words ("leader of al Tarab", "leader of the al-Taraab group in Vesh").`)

// shortNameHolder is the guard that reads a shorter form of a name as
// the same holder.
var shortNameHolder = info("short-name-holder", `One single-holder role given to two names is no conflict when one name is the other's first or last words (case and hyphens folded: "Abu Tarik" and "Abu Tarik al-Vesh", "Quill" and "Ada Quill"): a shorter name of one person, not a second holder.`)

// spelledAlikeRole is the guard that reads an organisation or place
// written one or two letters apart as one role.
var spelledAlikeRole = info("spelled-alike-role", `Two "<role> of <name>" roles of one person are one role, no conflict, when the names are one or two letters apart, a letter per six at most and no digit ("rebel leader of Tarn Avel", "rebel leader of Torn Avel"): one name in two spellings, which the spelling findings report; not "Vesh" and "Vash".`)

// conflictGuards are the guards that keep one role, or one holder,
// written two ways from being a conflict.
var conflictGuards = []rules.Info{widenedOrgRole, shortNameHolder, spelledAlikeRole}

// foldName folds a name for the conflict guards: lower case, accents
// folded, hyphens as spaces, a leading definite article dropped
// (definite_articles_en), doubled letters written once ("al-Taraab" and
// "al Tarab" fold alike).
func (v vocab) foldName(s string) []string {
	s = textutil.FoldAccents(textutil.Lower(strings.ReplaceAll(s, "-", " ")))
	ws := strings.Fields(s)
	if len(ws) > 0 && v.lx.Has(lexicon.DefiniteArticlesEn, ws[0]) {
		ws = ws[1:]
	}
	for i, w := range ws {
		var b strings.Builder
		var last rune
		for _, r := range w {
			if r != last {
				b.WriteRune(r)
			}
			last = r
		}
		ws[i] = b.String()
	}
	return ws
}

// textOrg is the words of a role's text after its last "of" (the
// organisation as written, where the role's key may keep only a part).
func textOrg(text string) string {
	low := textutil.Lower(text)
	if i := strings.LastIndex(low, " of "); i >= 0 {
		return low[i+4:]
	}
	return ""
}

// foldedShortLong folds two names (foldName) and returns the one of
// fewer words first.
func (v vocab) foldedShortLong(a, b string) (short, long []string) {
	x, y := v.foldName(a), v.foldName(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	return x, y
}

// widenedOrg reports two organisation names that fold alike, one's words
// found in order within the other's.
func (v vocab) widenedOrg(a, b string) bool {
	x, y := v.foldedShortLong(a, b)
	if len(x) == 0 {
		return false
	}
	for i := 0; i+len(x) <= len(y); i++ {
		if slices.Equal(x, y[i:i+len(x)]) {
			return true
		}
	}
	return false
}

// shortNameOf reports two names, one the other's first or last words
// (case and hyphens folded), or both alike once folded.
func (v vocab) shortNameOf(a, b string) bool {
	x, y := v.foldedShortLong(a, b)
	if len(x) == 0 {
		return false
	}
	return slices.Equal(x, y[:len(x)]) || slices.Equal(x, y[len(y)-len(x):])
}
