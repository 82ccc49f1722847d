package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// titleWords: "Mr", "The Rev", "Gov.": a mention made only of titles and
// honorifics (an article first allowed) is no name; the name they
// introduce is its own mention.
func titleWords(d *doc, c *candidate) verdict {
	if onlyWordsOf(d.lx, c.Text, lexicon.SpeakerTitles) {
		return drop
	}
	return keep
}

// functionWords: "The", "It's": a mention made only of function words is
// no name; a single letter is left to lone-initials, and capitals are an
// acronym ("US", "IT").
func functionWords(d *doc, c *candidate) verdict {
	if len(c.Text) > 1 && strings.ToUpper(c.Text) != c.Text && onlyWordsOf(d.lx, c.Text, lexicon.StopwordsEn) {
		return drop
	}
	return keep
}

// addressesAndFiles drops a one-word mention that is an e-mail address
// (letters before an "@" and a full stop after it: "ada@tarnby.example",
// or the domain after such an "@" alone: "tarnby.example";
// not a user name, "@Quill", nor a mail system's "Ada Quill@TARNBY") or
// a file's name (a full stop and a file_extensions ending after letters:
// "Quillstock.pdf"): mail and forum text quotes them, the taggers read
// their capitals as a name's.
func addressesAndFiles(d *doc, c *candidate) verdict {
	if strings.ContainsAny(c.Text, " \n\t") {
		return keep
	}
	if at := strings.IndexByte(c.Text, '@'); at > 0 && strings.Contains(c.Text[at+1:], ".") {
		return drop
	}
	// The domain of an address the tokeniser split at its "@".
	if before := d.src[:c.Start]; strings.HasSuffix(before, "@") && strings.Contains(c.Text, ".") {
		r, _ := utf8.DecodeLastRuneInString(before[:len(before)-1])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return drop
		}
	}
	if dot := strings.LastIndexByte(c.Text, '.'); dot > 0 && d.lx.Has(lexicon.FileExtensions, strings.ToLower(c.Text[dot+1:])) {
		return drop
	}
	return keep
}

// placeHeadsAlone handles the one-word mentions that are only the final
// word of a place's name, left when the words before were cut or never
// found: after a number ("117th Street", "52nd St.") the number is taken
// back, and before one ("Highway 214"; not in "Queens Park 3", a score)
// it is taken on, and the name is a place; before "of" ("Gulf of Aden")
// or after an article ("the Gulf") the word stays; else it is no name
// ("Avenue").
func placeHeadsAlone(d *doc) {
	out := d.ms[:0]
	for _, m := range d.ms {
		if strings.ContainsAny(m.Text, " \n\t") || !onlyWordsOf(d.lx, m.Text, lexicon.LocHeads) ||
			afterArticle(d.lx, d.src, m.Start) || m.End > len(d.src) || strings.HasPrefix(d.src[m.End:], " of ") {
			out = append(out, m)
			continue
		}
		if n := numberBefore(d.src, m.Start); n >= 0 {
			m.Start, m.Text, m.Type = n, d.src[n:m.End], span.Location
			out = append(out, m)
		} else if n := numberAfter(d.src, m.End); n >= 0 && !capitalised(lastWord(d.src, m.Start)) {
			m.End, m.Text, m.Type = n, d.src[m.Start:n], span.Location
			out = append(out, m)
		}
	}
	d.ms = out
}

// numberBefore returns the start of a number or an ordinal ("117th",
// "52nd", "9") one space before offset at in src, or -1.
func numberBefore(src string, at int) int {
	if at < 2 || at > len(src) || src[at-1] != ' ' {
		return -1
	}
	i := at - 1
	for i > 0 && (src[i-1] >= 'a' && src[i-1] <= 'z') {
		i--
	}
	if !ordinalEnding(src[i : at-1]) {
		return -1
	}
	j := i
	for j > 0 && src[j-1] >= '0' && src[j-1] <= '9' {
		j--
	}
	if j == i || j > 0 && src[j-1] != ' ' && src[j-1] != '\n' && src[j-1] != '(' {
		return -1
	}
	return j
}

// numberAfter returns the end of a number of digits one space after
// offset at in src ("Highway 214"), when no word character is glued to
// it and no other number or name follows it, or -1.
func numberAfter(src string, at int) int {
	if at < 0 || at+1 >= len(src) || src[at] != ' ' {
		return -1
	}
	j := at + 1
	for j < len(src) && src[j] >= '0' && src[j] <= '9' {
		j++
	}
	if j == at+1 || j < len(src) && (unicode.IsLetter(rune(src[j])) || src[j] == ',' && j+1 < len(src) && src[j+1] >= '0' && src[j+1] <= '9') {
		return -1
	}
	if j+1 < len(src) && src[j] == ' ' && (src[j+1] >= '0' && src[j+1] <= '9' || src[j+1] >= 'A' && src[j+1] <= 'Z') {
		return -1 // a row of results: "Harbour Park 1 Tarnby 4", "Park 3 1 1"
	}
	return j
}

// afterArticle reports whether the word before offset at in src is an
// article ("the Gulf").
func afterArticle(lx *lexicon.Lexicon, src string, at int) bool {
	return lx.Has(lexicon.ArticlesEnSv, wordBefore(src, at))
}

// onlyWordsOf reports whether every word of text, but for an article
// first, is in the lexicon list n (lower-cased, with or without a full
// stop), and there is one at least.
func onlyWordsOf(lx *lexicon.Lexicon, text string, n lexicon.Name) bool {
	ws := strings.Fields(text)
	if len(ws) > 1 && lx.Has(lexicon.ArticlesEnSv, strings.ToLower(ws[0])) {
		ws = ws[1:]
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !lx.Has(n, lw) && !lx.Has(n, strings.TrimSuffix(lw, ".")) {
			return false
		}
	}
	return len(ws) > 0
}

// companySuffixes joins a company's suffix written after a comma to the
// name before it ("Harbour Freight, Inc.", "Quill Partners, L.P."), an
// organisation, and drops such a suffix found alone elsewhere.
func companySuffixes(d *doc) {
	out := d.ms[:0]
	for _, m := range d.ms {
		if !suffixOnly(d.lx, m.Text) {
			out = append(out, m)
			continue
		}
		if n := len(out); n > 0 && out[n-1].End <= m.Start && strings.TrimSpace(d.src[out[n-1].End:m.Start]) == "," {
			p := &out[n-1]
			p.Text, p.End, p.Type = d.src[p.Start:m.End], m.End, span.Org
		}
	}
	d.ms = out
}

// suffixOnly reports a mention that is only a company suffix ("Inc.",
// "L.P."), its full stops aside.
func suffixOnly(lx *lexicon.Lexicon, text string) bool {
	return !strings.Contains(text, " ") && lx.Has(lexicon.CompanySuffixes, strings.ToLower(strings.ReplaceAll(text, ".", "")))
}

// officeBodies: "the Cabinet", "the Lords", "Senate": a one-word name
// of a body a person may lead or sit in (offices) is an organisation,
// never a place or a person.
func officeBodies(d *doc, c *candidate) verdict {
	if !strings.Contains(c.Text, " ") && c.Type != span.Org && d.lx.Has(lexicon.Offices, strings.ToLower(c.Text)) {
		c.Type = span.Org
	}
	return keep
}
