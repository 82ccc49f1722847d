package entities

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// voteNonPersonCues: a name the taggers alone make a person's (see
// barePerson and unnamedFull) is an organisation's when the text gives
// it an organisation's cue and, at another mention, what no person's
// name takes ("Ada Quill, which ...", "economist at Ada Quill").
func voteNonPersonCues(c *cluster, t string) (string, bool) {
	if t == span.Person && c.nonPersonCues() && (c.barePerson() || c.unnamedFull()) {
		return span.Org, true
	}
	return t, false
}

// nonPersonCues reports a person's cluster with an organisation's cue
// at one mention or more (a weak cue too, even beside a full name: "the
// mortgage company Ada Quill") and, counting it, two mentions or more
// that a person's name cannot have: an organisation's cue, "which" after
// it ("Ada Quill, which ..."), a role "at" it ("chief economist at Ada
// Quill") or a person's name "at" it ("said Bo Lind at Ada Quill").
func (c *cluster) nonPersonCues() bool {
	org, not := 0, 0
	contexts := c.orgContexts()
	for k, i := range c.idx {
		m := c.ms[i]
		switch {
		case contexts[k] != noCue:
			org++
		case whichAfter(m.After) || c.roleAtCue(strings.ToLower(strings.TrimSpace(m.Before))) || c.personAt(m):
			not++
		}
	}
	return org > 0 && org+not >= 2
}

// whichAfter reports a relative "which" right after a mention, past a
// comma or a dash if any ("Tidewatch, which ...", "Tidewatch - which
// ...", "Tidewatch which ..."): a person is "who".
func whichAfter(a string) bool {
	a = strings.TrimLeft(a, " ")
	if strings.HasPrefix(a, "which ") {
		return true // "Tidewatch which has ..."
	}
	for _, p := range []string{",", "-", "–", "—"} {
		if rest, ok := strings.CutPrefix(a, p); ok {
			return strings.HasPrefix(strings.TrimLeft(rest, " "), "which ")
		}
	}
	return false
}

// roleAtCue reports a role noun (or its plural) and "at" right before
// the mention ("chief economist at X", "executives at X"): one works at
// an organisation, never at a person.
func (v vocab) roleAtCue(b string) bool {
	words := strings.Fields(b)
	if len(words) < 2 || words[len(words)-1] != "at" {
		return false
	}
	w := words[len(words)-2]
	return v.isRoleNoun(w) || v.isRoleNoun(v.lx.Singular(w))
}

// unnamedFull reports a cluster with a name of two words or more that
// nothing but the taggers' types make a person's, though it may open
// with a given name: no honorific before a mention, no role beside one,
// and no form alone that is the last word of a longer form (people are
// named by their surname after the first mention; "Ada Quill" ...
// "Quill said").
func (c *cluster) unnamedFull() bool {
	if c.isTitled() {
		return false
	}
	full, alone := false, map[string]bool{}
	for _, f := range c.fs {
		if len(f.tokens) == 1 {
			alone[strings.ToLower(f.tokens[0])] = true
		}
	}
	for _, f := range c.fs {
		if n := len(f.tokens); n >= 2 {
			full = true
			if alone[strings.ToLower(f.tokens[n-1])] {
				return false
			}
		}
	}
	if !full {
		return false
	}
	for _, i := range c.idx {
		if len(c.rolesOf(c.ms[i], c.off)) > 0 {
			return false
		}
	}
	return true
}

// personAt reports a person's name and " at " right before m ("said Bo
// Lind at X"): one works at an organisation, never at a person.
func (c *cluster) personAt(m Mention) bool {
	if !strings.HasSuffix(m.Before, " at ") {
		return false
	}
	if c.personEnds == nil {
		c.personEnds = map[string]map[int]bool{}
		for _, p := range c.ms {
			if p.Type == span.Person && strings.ContainsRune(p.Text, ' ') {
				if c.personEnds[p.Article] == nil {
					c.personEnds[p.Article] = map[int]bool{}
				}
				c.personEnds[p.Article][p.End] = true
			}
		}
	}
	return c.personEnds[m.Article][m.Start-len(" at ")]
}
