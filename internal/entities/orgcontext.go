package entities

import (
	"strings"
	"unicode"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// voteHolderRoles: a name the taggers took for a person's that is
// followed, or its possessive is, by a role only an organisation has (a
// leader, a president, members: holder_roles), role modifiers between
// allowed ("the Harbour Alliance leader", "Tidewatch's former
// President", "Tidewatch members"), names an organisation, unless a
// form of it opens with a given name or an honorific stands before a
// mention ("Ms Quill's deputy leader" is a person's).
func voteHolderRoles(c *cluster, t string) (string, bool) {
	if t != span.Person || c.isTitled() {
		return t, false
	}
	for _, f := range c.fs {
		if c.givenNameOnly(f.tokens[0]) || c.lx.GivenName(f.tokens[0]) {
			return t, false
		}
	}
	for _, i := range c.idx {
		if c.holderRoleAfter(c.ms[i].After) {
			return span.Org, true
		}
	}
	return t, false
}

// holderRoleAfter reports a role of holder_roles (one or two words) at
// the start of a, past a possessive and up to two role modifiers, within
// one clause.
func (v vocab) holderRoleAfter(a string) bool {
	for _, p := range []string{"'s ", "’s ", "' ", "’ "} {
		if rest, ok := strings.CutPrefix(a, p); ok {
			a = rest
			break
		}
	}
	var ws []string
	for _, w := range strings.Fields(a) {
		tw := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		ws = append(ws, strings.ToLower(tw))
		if len(ws) == 4 || tw != w {
			break // punctuation ends the phrase
		}
	}
	for k := 0; k < len(ws) && k <= 2; k++ {
		if v.lx.Has(lexicon.HolderRoles, ws[k]) || k+1 < len(ws) && v.lx.Has(lexicon.HolderRoles, ws[k]+" "+ws[k+1]) {
			return true
		}
		if !v.lx.Has(lexicon.RoleModifiers, ws[k]) && !v.lx.Has(lexicon.RoleFieldModifiers, ws[k]) {
			return false
		}
	}
	return false
}

// voteOrgKind: a one-word name written in half its mentions or more
// before a noun of a shop chain, a party or a union (org_kind_after: "a
// Tidewatch store") or after a body's speaker ("a statement from
// Tidewatch": org_speaker_cues) names an organisation, unless an
// honorific stands before a mention.
func voteOrgKind(c *cluster, t string) (string, bool) {
	if c.isTitled() {
		return t, false
	}
	for _, f := range c.fs {
		if len(f.tokens) != 1 {
			return t, false
		}
	}
	n := 0
	for _, i := range c.idx {
		if c.orgKindAround(c.ms[i]) {
			n++
		}
	}
	if n > 0 && n*2 >= len(c.idx) {
		return span.Org, true
	}
	return t, false
}

// orgKindAround reports a noun of org_kind_after right after the mention
// or a phrase of org_speaker_cues right before it.
func (v vocab) orgKindAround(m Mention) bool {
	next, _, _ := strings.Cut(strings.TrimLeft(m.After, " "), " ")
	if v.lx.Has(lexicon.OrgKindAfter, strings.ToLower(strings.TrimRight(next, ".,;:!?"))) && !strings.HasPrefix(m.After, "'") {
		return true
	}
	b := strings.ToLower(strings.TrimSpace(m.Before))
	for c := range v.lx.Set(lexicon.OrgSpeakerCues) {
		if strings.HasSuffix(b, " "+c) || b == c {
			return true
		}
	}
	return false
}
