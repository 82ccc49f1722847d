package ner

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// openerNames takes an ordinary word opening a sentence off the name it
// runs into, when the text names that name elsewhere on its own:
// "Choosing Quill, known for ..." is "Quill" where the text
// names "Quill" (or "Ada Quill"), and "Considering Tidewatch
// recently absorbed ..." finds "Tidewatch" where the taggers dropped the
// run. An ordinary word is one the text writes in lower case, or the
// English casing lexicon knows in lower case, a function word, a
// participle or a sentence adverb ("choosing", "per", "luckily":
// openerWord) or a word the text never
// capitalises mid-sentence that is no person-name word (plainOpener:
// "Legitimate", "Fellow"), and no given name or name particle ("Rose
// Wood", "De Witt", "Breathe Hallbridge" stay whole). A plain opener is
// cut only before a name the text never types a person (nor a person's
// surname), and then off a person's name too ("Fellow Tarnby" beside
// the side "Tarnby"; "Rich Quill" beside "Ada Quill" stays whole). The
// name must be a mention's whole text, or a person's last word, found
// away from a sentence start, so "General Tarnworks" (no "Tarnworks" alone)
// keeps its first word, and neither does a run the text names whole
// elsewhere ("Red Sox" beside "the Red Sox"), nor one whose next word
// is an ordinary word too ("Commuters First"), unless a function word
// opens the sentence before a known name of two words ("Some High Quay"
// beside "High Quay" is cut); names opening a sentence
// with an ordinary word are not taken as names the text uses.
func openerNames(d *doc) {
	if d.e == nil || d.e.english == nil || len(d.ms) == 0 {
		return
	}
	typeOf := usedNames(d)
	if len(typeOf) == 0 {
		return
	}
	sort.Slice(d.ms, func(i, j int) bool { return d.ms[i].Start < d.ms[j].Start })
	var extra []span.Mention
	for si, s := range d.sents {
		at, restAt, ok := d.openerAt(s)
		if !ok {
			continue
		}
		opener := d.src[at : restAt-1]
		name, typ := nameAt(d.src[restAt:s.End], typeOf)
		plain := !d.openerWord(opener)
		if name == "" || d.ordinaryWord(leadingWord(name)) && (plain || !strings.Contains(name, " ")) {
			continue // "Commuters First": an ordinary word capitalised after the opener is the name's too; not "Some High Street"
		}
		if plain && (typ == span.Person || personNamed(d.ms, name, at)) {
			continue // "Rich Quill": a plain opener may be a given name
		}
		if whole, _ := nameAt(d.src[at:s.End], typeOf); whole != "" {
			continue // "Red Sox" named so mid-sentence too
		}
		k := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].End > at })
		switch {
		case k < len(d.ms) && d.ms[k].Start == at && d.ms[k].End == restAt+len(name):
			if d.ms[k].Type == span.Person && !isAllCaps(name) && !plain && !d.sentenceAdverb(opener) {
				continue // a person's first name and surname ("Will Quill"; not "Luckily Quill")
			}
			// "Choosing Quill" -> "Quill"
			d.ms[k].Start, d.ms[k].Text = restAt, name
			if typ != "" {
				d.ms[k].Type = typ
			}
		case k == len(d.ms) || d.ms[k].Start >= restAt+len(name):
			extra = append(extra, span.Mention{Text: name, Type: typ, Start: restAt, End: restAt + len(name), Sentence: si})
		}
	}
	if len(extra) > 0 {
		d.ms = append(d.ms, extra...)
		sort.Slice(d.ms, func(i, j int) bool { return d.ms[i].Start < d.ms[j].Start })
	}
}

// usedNames returns the names the text uses on their own, with their
// types: the mentions' texts (but those opening a sentence with an
// ordinary word, "Choosing Quill" itself) and the people's surnames.
func usedNames(d *doc) map[string]string {
	typeOf := map[string]string{}
	for _, m := range d.ms {
		if m.Sentence >= 0 && m.Sentence < len(d.sents) && strings.TrimLeft(d.src[d.sents[m.Sentence].Start:m.Start], " \"'“‘([«„") == "" &&
			(d.ordinaryWord(leadingWord(m.Text)) || d.sentenceAdverb(leadingWord(m.Text))) {
			continue
		}
		if utf8.RuneCountInString(m.Text) >= 2 && hasUpper(m.Text) && m.Type != "" {
			typeOf[m.Text] = m.Type
		}
		if i := strings.LastIndexByte(m.Text, ' '); m.Type == span.Person && i > 0 {
			if last := m.Text[i+1:]; utf8.RuneCountInString(last) >= 3 {
				if _, ok := typeOf[last]; !ok {
					typeOf[last] = span.Person
				}
			}
		}
	}
	return typeOf
}

// openerAt returns the offsets of sentence s's first word and of the
// word after it when the first is an opener that may be cut off a name
// (see openerNames); ok is false when it is none.
func (d *doc) openerAt(s span.Span) (at, restAt int, ok bool) {
	text := d.src[s.Start:s.End]
	at = s.Start + len(text) - len(strings.TrimLeft(text, " \"'“‘([«„"))
	w := leadingWord(d.src[at:s.End])
	if w == "" || !unicode.IsUpper([]rune(w)[0]) || !d.ordinaryWord(w) && !d.sentenceAdverb(w) || d.lx.IsGivenName(w) || d.lx.Has(lexicon.NameParticles, strings.ToLower(w)) || !d.openerWord(w) && !d.plainOpener(w) {
		return 0, 0, false // "Rose Wood" keeps its given name, "De Witt" its particle, "Breathe Hallbridge" its verb
	}
	restAt = at + len(w)
	if restAt >= s.End || d.src[restAt] != ' ' {
		return 0, 0, false
	}
	return at, restAt + 1, true
}

// ordinaryWord reports a capitalised word that is an ordinary word: the
// text writes it in lower case, or the English casing lexicon knows it
// mostly in lower case.
func (d *doc) ordinaryWord(w string) bool {
	lw := strings.ToLower(w)
	return d.lower[lw] || d.e.english.Ordinary(lw)
}

// isAllCaps reports a word without lower-case letters ("THR").
func isAllCaps(w string) bool { return !strings.ContainsFunc(w, unicode.IsLower) }

// personNamed reports a name that a person's mention is, or ends in
// ("Quill" of "Ada Quill"), but the mention opening at offset at.
func personNamed(ms []span.Mention, name string, at int) bool {
	for _, m := range ms {
		if m.Type == span.Person && m.Start != at && (m.Text == name || strings.HasSuffix(m.Text, " "+name)) {
			return true
		}
	}
	return false
}

// plainOpener reports an ordinary word by the casing lexicon that the
// text never capitalises mid-sentence and that is no person-name word,
// given or learnt ("Legitimate"; not "Will", "Rich").
func (d *doc) plainOpener(w string) bool {
	return d.e.english.Ordinary(strings.ToLower(w)) && d.capCount[w] == 0 && !d.lx.IsPersonNameWord(w)
}

// openerWord reports a word that opens sentences but no names: a
// function word (stopwords_en, title_case_small_words: "The", "Per",
// "Both"), a participle (progressive_suffixes_en: "Choosing",
// "Considering") or a sentence adverb (adverb_suffixes_en: "Luckily").
func (d *doc) openerWord(w string) bool {
	lw := strings.ToLower(w)
	return d.lx.Has(lexicon.StopwordsEn, lw) || d.lx.Has(lexicon.TitleCaseSmallWords, lw) ||
		len(lw) > 5 && d.lx.EndsWithAny(lexicon.ProgressiveSuffixesEn, lw) || d.sentenceAdverb(w)
}

// sentenceAdverb reports a sentence adverb (lexicon SentenceAdverbEn:
// "Luckily", "Reportedly") that is no person-name word nor place
// ("Cecily", "Sicily"): an ordinary word, though the casing lexicon
// mostly sees it capitalised, opening sentences.
func (d *doc) sentenceAdverb(w string) bool {
	return d.lx.SentenceAdverbEn(w) && !d.lx.IsPersonNameWord(w) && !d.lx.IsPlace(w)
}

// leadingWord returns the letters opening s ("" when s opens with none).
func leadingWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// nameAt returns the longest name of typeOf that s opens with, ending at
// a word's end and not running into another capitalised word, and its
// type.
func nameAt(s string, typeOf map[string]string) (string, string) {
	best, typ := "", ""
	for name, t := range typeOf {
		if len(name) <= len(best) || !strings.HasPrefix(s, name) {
			continue
		}
		if wordByteAfter(s, len(name)) || capitalAfter(s, len(name)) {
			continue
		}
		best, typ = name, t
	}
	return best, typ
}

// hyphenWords cuts a name at a hyphen joining it to an ordinary
// lower-case word (lowerTail: "Bush-era" is "Bush", "Quillon-was" is "Quillon", "anti-Quill"
// is "Quill"; "Quill T-shirts" is "Quill"), unless the lower-case part is a name particle ("al-Quill"),
// and extends a person leftwards over the capitalised part of a word
// that a lower-case word and a hyphen open ("man-Ola Mae Quillon"
// gives "Ola Mae Quillon").
func hyphenWords(d *doc) {
	out := d.ms[:0]
	for _, m := range d.ms {
		// The tail: "Bush-era", "Quillon-was".
		if i := strings.LastIndexByte(m.Text, '-'); i > 0 && lowerTail(d, m.Text[i+1:]) {
			m.Text = m.Text[:i]
			// A part of one or two letters is no name: the whole word
			// goes ("T-shirts", "Co-workers").
			if w := m.Text[strings.LastIndexByte(m.Text, ' ')+1:]; utf8.RuneCountInString(w) < 3 {
				m.Text = strings.TrimRight(m.Text[:len(m.Text)-len(w)], " ")
			}
			m.End = m.Start + len(m.Text)
		}
		// The head: "anti-Quill", "man-Ola".
		if i := strings.IndexByte(m.Text, '-'); i > 0 && !strings.Contains(m.Text[:i], " ") && lowerPart(d, m.Text[:i]) {
			m.Start += i + 1
			m.Text = m.Text[i+1:]
		} else if m.Type == span.Person && m.Start > 0 && d.src[m.Start-1] == ' ' {
			// "man-Ola" before "Mae Quillon"
			j := m.Start - 1
			k := strings.LastIndexAny(d.src[:j], " \n\t\"'“‘(") + 1
			word := d.src[k:j]
			if h := strings.LastIndexByte(word, '-'); h > 0 && lowerPart(d, word[:h]) && h+1 < len(word) && unicode.IsUpper([]rune(word[h+1:])[0]) &&
				!strings.ContainsFunc(word[h+1:], func(r rune) bool { return !unicode.IsLetter(r) }) {
				m.Start = k + h + 1
				m.Text = d.src[m.Start:m.End]
			}
		}
		if m.Text != "" && hasUpper(m.Text) {
			out = append(out, m)
		}
	}
	d.ms = out
}

// lowerTail reports a part after a hyphen that is an ordinary word of
// three letters or more (lowerPart, and the text writes it in lower
// case or the casing lexicon knows it so: "era", "was", "based"), not a
// syllable of a name ("Kim In-so", "Chen Chun-yeh").
func lowerTail(d *doc, w string) bool {
	return utf8.RuneCountInString(w) >= 3 && lowerPart(d, w) && (d.lower[w] || d.e != nil && d.e.english != nil && d.e.english.Ordinary(w))
}

// lowerPart reports a part of a hyphenated word that is a lower-case
// word and no name particle ("era", "was", "man"; not "al", "van").
func lowerPart(d *doc, w string) bool {
	return w != "" && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) && !d.lx.Has(lexicon.NameParticles, w)
}

// openingSurnames finds the surname of a person the text names in full
// where it opens a sentence and the taggers missed it ("Quill hosted the
// show" after "Ada Quill"), unless it is an ordinary word (ordinaryWord)
// or runs into another capitalised word. (same-name-again spreads no
// one-word name to a sentence's start, where any word is capitalised.)
func openingSurnames(d *doc) {
	if d.e == nil || d.e.english == nil {
		return
	}
	surnames := map[string]bool{}
	for _, m := range d.ms {
		if m.Type != span.Person {
			continue
		}
		if i := strings.LastIndexByte(m.Text, ' '); i > 0 {
			if last := m.Text[i+1:]; utf8.RuneCountInString(last) >= 3 && unicode.IsUpper([]rune(last)[0]) && leadingWord(last) == last {
				surnames[last] = true
			}
		}
	}
	if len(surnames) == 0 {
		return
	}
	sort.Slice(d.ms, func(i, j int) bool { return d.ms[i].Start < d.ms[j].Start })
	var extra []span.Mention
	for si, s := range d.sents {
		text := d.src[s.Start:s.End]
		at := s.Start + len(text) - len(strings.TrimLeft(text, " \"'“‘([«„"))
		w := leadingWord(d.src[at:s.End])
		if !surnames[w] || d.ordinaryWord(w) || capitalAfter(d.src[:s.End], at+len(w)) || wordByteAfter(d.src[:s.End], at+len(w)) {
			continue
		}
		k := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].End > at })
		if k < len(d.ms) && d.ms[k].Start < at+len(w) {
			continue // covered
		}
		extra = append(extra, span.Mention{Text: w, Type: span.Person, Start: at, End: at + len(w), Sentence: si})
	}
	if len(extra) > 0 {
		d.ms = append(d.ms, extra...)
		sort.Slice(d.ms, func(i, j int) bool { return d.ms[i].Start < d.ms[j].Start })
	}
}

// hyphenNamesAgain finds a name of the text again where a hyphen joins
// it to a lower-case word and the taggers missed it ("an eleventh-hour
// Quill-era rule" where the text names Quill elsewhere), with its type;
// same-name-again spreads no name into a hyphenated word.
func hyphenNamesAgain(d *doc) {
	typeOf := map[string]string{}
	for _, m := range d.ms {
		if !strings.ContainsAny(m.Text, " -") && utf8.RuneCountInString(m.Text) >= 3 && hasUpper(m.Text) && m.Type != "" {
			if _, ok := typeOf[m.Text]; !ok {
				typeOf[m.Text] = m.Type
			}
		}
	}
	if len(typeOf) == 0 {
		return
	}
	sort.Slice(d.ms, func(i, j int) bool { return d.ms[i].Start < d.ms[j].Start })
	var extra []span.Mention
	for si, s := range d.sents {
		for _, w := range sentenceWords(d.src, s) {
			h := strings.IndexByte(w.text, '-')
			if h <= 0 || !lowerTail(d, w.text[h+1:]) || strings.Contains(w.text[h+1:], "-") {
				continue
			}
			name := w.text[:h]
			typ, ok := typeOf[name]
			if !ok {
				continue
			}
			a, b := w.start, w.start+h
			k := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].End > a })
			if k < len(d.ms) && d.ms[k].Start < b {
				continue
			}
			extra = append(extra, span.Mention{Text: name, Type: typ, Start: a, End: b, Sentence: si})
		}
	}
	if len(extra) > 0 {
		d.ms = append(d.ms, extra...)
		sort.Slice(d.ms, func(i, j int) bool { return d.ms[i].Start < d.ms[j].Start })
	}
}
