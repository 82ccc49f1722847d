package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/report"
)

// goldMention is one line of an ecbplus-dev mentions file.
type goldMention struct {
	Tag        string `json:"tag"`
	Start      int    `json:"start"` // characters (code points)
	End        int    `json:"end"`
	ChainType  string `json:"chain_type"`
	InstanceID string `json:"instance_id"`
	Text       string `json:"text"`
}

// nameMention is a gold mention of a person or organisation chain
// written as a name, with byte offsets into its article.
type nameMention struct {
	article    string // article id as the report gives it (file name)
	start, end int    // bytes
	chain      string
	text       string
}

// goldChains reads the cross-document person and organisation chains of
// one cluster: the mentions written as names (see isName), keyed by
// article.
func goldChains(data, cluster string) ([]nameMention, error) {
	var out []nameMention
	err := readGold(data, cluster, func(g goldLine) {
		m := g.m
		if m.ChainType != "CROSS_DOC_COREF" || m.Tag != "HUMAN_PART_PER" && m.Tag != "HUMAN_PART_ORG" || !isName(m.Text, g.lower) {
			return
		}
		out = append(out, nameMention{article: g.base + ".txt", start: g.start, end: g.end, chain: m.InstanceID, text: m.Text})
	})
	return out, err
}

// goldLine is one gold mention with a valid span, its article's text and
// byte offsets, and the words the cluster writes in lower case.
type goldLine struct {
	m          goldMention
	base, text string // article file name without .txt, and its text
	start, end int    // bytes
	lower      map[string]bool
}

// readGold calls each for every gold mention of one cluster whose span
// lies inside its article, in file and line order.
func readGold(data, cluster string, each func(goldLine)) error {
	dir := filepath.Join(data, "ecbplus-dev", "mentions", cluster)
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	texts := map[string]string{}
	lower := map[string]bool{} // over the whole cluster
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		text, err := os.ReadFile(filepath.Join(data, "ecbplus-dev", "clusters", cluster, base+".txt"))
		if err != nil {
			return err
		}
		texts[base] = string(text)
		for w := range lowerWords(string(text)) {
			lower[w] = true
		}
	}
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		byteAt := runeOffsets(texts[base])
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var m goldMention
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				fh.Close()
				return fmt.Errorf("%s: %w", f, err)
			}
			if m.Start < 0 || m.End >= len(byteAt) || m.Start >= m.End {
				continue
			}
			each(goldLine{m: m, base: base, text: texts[base], start: byteAt[m.Start], end: byteAt[m.End], lower: lower})
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	return nil
}

// runeOffsets maps each code-point offset of s (and len) to its byte
// offset.
func runeOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// lowerWords are the words the text writes in lower case.
func lowerWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			m[w] = true
		}
	}
	return m
}

// isName tells a gold mention written as a name ("Ada Quill", "Quill",
// "Red Sox") from pronouns, role nouns and ordinary words opening a
// sentence ("She", "Police", "Actress"): some word starts with a capital
// letter, and a one-word mention is neither one letter long, nor a
// demonym, nor a word the cluster writes in lower case.
func isName(text string, lower map[string]bool) bool {
	t := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(text), "'s"), "'")
	words := strings.Fields(t)
	if len(words) == 0 {
		return false
	}
	capital := false
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital = true
		}
	}
	if !capital {
		return false
	}
	if len(words) == 1 {
		w := words[0]
		if utf8.RuneCountInString(w) < 2 || lexicon.Default().IsDemonym(w) || lower[strings.ToLower(w)] {
			return false
		}
		if k := strings.IndexAny(w, "'’"); k > 0 && lower[strings.ToLower(w[:k])] {
			return false // "I'm", "She's"
		}
	}
	return true
}

// fairGold is gold without the mentions the report is not asked to find
// (the fair score; scoreChains on all of gold is the strict one): those
// in an article the report counts once as a copy of another
// (DuplicateOf: its names are the other article's), and those that name
// a person by a common noun a headline or a sentence start capitalises
// ("Lifer", "Gang Member", "Dozens", "CEO": commonNoun), which a careful
// reader would not list as names.
func fairGold(rep *report.Report, gold []nameMention) []nameMention {
	dup := map[string]bool{}
	for _, a := range rep.Articles {
		if a.DuplicateOf != "" {
			dup[a.ID] = true
		}
	}
	var out []nameMention
	for _, m := range gold {
		if !dup[m.article] && !commonNoun(m.text) {
			out = append(out, m)
		}
	}
	return out
}

// commonNoun reports a mention that is a common noun for a person or a
// group of people, or a role, written with capitals: the lower-case
// mention without a possessive or an article before it, or its singular,
// is in the lexicon's person_common_nouns or role_nouns ("Party Girl",
// "GI's", "All-Star", "A man"); or a pronoun contracted with a verb
// ("I'm", "I’d").
func commonNoun(text string) bool {
	lx := lexicon.Default()
	t := strings.ToLower(strings.Trim(strings.TrimSpace(text), "\"“”"))
	if k := strings.IndexAny(t, "'’"); k > 0 && lx.Has(lexicon.ContractedSubjectsEn, t[:k]) {
		return true
	}
	t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s"), "'")
	if w, rest, ok := strings.Cut(t, " "); ok && lx.Has(lexicon.ArticlesEnSv, w) {
		t = rest
	}
	for _, w := range []string{t, strings.TrimSuffix(t, "s")} {
		if lx.Has(lexicon.PersonCommonNouns, w) || lx.Has(lexicon.RoleNouns, w) {
			return true
		}
	}
	return false
}

// chainScore is the result of comparing a report's entities with the
// gold chains of one cluster.
type chainScore struct {
	// Chains named in two or more articles; Whole of them held by one
	// report entity with every named mention found; Split over several
	// entities; Missed has a named mention no entity covers.
	Chains, Whole, Split, Missed int
	// Merges counts report entities holding mentions of two or more
	// chains; Merged lists them.
	Merges int
	Notes  []string
}

func (c *chainScore) add(o chainScore) {
	c.Chains += o.Chains
	c.Whole += o.Whole
	c.Split += o.Split
	c.Missed += o.Missed
	c.Merges += o.Merges
	c.Notes = append(c.Notes, o.Notes...)
}

// scoreChains compares rep's entities (person and organisation) with the
// gold name mentions.
func scoreChains(cluster string, rep *report.Report, gold []nameMention) chainScore {
	type span struct {
		start, end int
		entity     int
	}
	spans := map[string][]span{}
	for i, e := range rep.Entities {
		for _, s := range e.Spans {
			spans[s.Article] = append(spans[s.Article], span{s.Start, s.End, i})
		}
	}
	// entityOf is the entity of the report mention overlapping most of m.
	entityOf := func(m nameMention) int {
		best, bestN := -1, 0
		for _, s := range spans[m.article] {
			if n := min(s.end, m.end) - max(s.start, m.start); n > bestN {
				best, bestN = s.entity, n
			}
		}
		return best
	}
	byChain := map[string][]nameMention{}
	var chains []string
	for _, m := range gold {
		if byChain[m.chain] == nil {
			chains = append(chains, m.chain)
		}
		byChain[m.chain] = append(byChain[m.chain], m)
	}
	var sc chainScore
	chainsOf := map[int]map[string]bool{}
	for _, c := range chains {
		ms := byChain[c]
		arts := map[string]bool{}
		ents := map[int]bool{}
		missed := false
		for _, m := range ms {
			arts[m.article] = true
			e := entityOf(m)
			if e < 0 {
				missed = true
				continue
			}
			ents[e] = true
			if chainsOf[e] == nil {
				chainsOf[e] = map[string]bool{}
			}
			chainsOf[e][c] = true
		}
		if len(arts) < 2 {
			continue
		}
		sc.Chains++
		switch {
		case len(ents) > 1:
			sc.Split++
			said := map[int][]string{}
			for _, m := range ms {
				if e := entityOf(m); e >= 0 && !slices.Contains(said[e], m.text) {
					said[e] = append(said[e], m.text)
				}
			}
			var names []string
			for e := range ents {
				names = append(names, fmt.Sprintf("%s (%s) for %q", rep.Entities[e].Name, rep.Entities[e].Type, said[e]))
			}
			sort.Strings(names)
			sc.Notes = append(sc.Notes, fmt.Sprintf("%s: chain %q split over %s", cluster, ms[0].text, strings.Join(names, ", ")))
		case missed:
			sc.Missed++
			var texts []string
			for _, m := range ms {
				if entityOf(m) < 0 {
					texts = append(texts, fmt.Sprintf("%q in %s", m.text, m.article))
				}
			}
			sc.Notes = append(sc.Notes, fmt.Sprintf("%s: chain %q has mentions no entity covers: %s", cluster, ms[0].text, strings.Join(texts[:min(len(texts), 3)], ", ")))
		default:
			sc.Whole++
		}
	}
	var ents []int
	for e := range chainsOf {
		ents = append(ents, e)
	}
	sort.Ints(ents)
	for _, e := range ents {
		if len(chainsOf[e]) > 1 {
			sc.Merges++
			var texts []string
			for c := range chainsOf[e] {
				texts = append(texts, fmt.Sprintf("%q", byChain[c][0].text))
			}
			sort.Strings(texts)
			sc.Notes = append(sc.Notes, fmt.Sprintf("%s: entity %s (%s) merges chains %s", cluster, rep.Entities[e].Name, rep.Entities[e].Type, strings.Join(texts, ", ")))
		}
	}
	return sc
}
