package nerdata

import (
	"fmt"
	"io"
	"strings"
)

// WNUTLabel maps a WNUT-17 entity type to a scored label: person -> PER,
// location -> LOC, group and corporation -> ORG (CoNLL-2003 types teams,
// bands and companies as organisations too). product and creative-work
// keep their names, so they are excluded from scoring as MISC is.
func WNUTLabel(l string) string {
	switch l {
	case "person":
		return "PER"
	case "location":
		return "LOC"
	case "group", "corporation":
		return "ORG"
	}
	return l
}

// ReadWNUT reads WNUT-17 (`token<TAB>tag` lines, IOB2 over person,
// location, group, corporation, product and creative-work). Any
// whitespace-only line ends a sentence (the train split separates many
// sentences with a lone tab). Types are mapped by WNUTLabel. Every
// sentence is its own document.
func ReadWNUT(r io.Reader) ([]Document, error) {
	return readTabbed(r, &builder{scheme: BIO, prefix: "wnut-", perSentence: true, mapLabel: WNUTLabel}, nil)
}

// ReadBTC reads the Broad Twitter Corpus (`token<TAB>tag` lines, IOB2 PER,
// LOC, ORG; one tweet per sentence and document). Only an empty line ends
// a tweet: a line without a tab is the first part of a token that held a
// line break, continued by the next line. Tokens that are empty or white
// space are dropped when tagged O (they carry nothing to score) and kept
// as "_" otherwise, so tokens joined by spaces stay aligned.
func ReadBTC(r io.Reader) ([]Document, error) {
	b := &builder{scheme: BIO, prefix: "btc-", perSentence: true}
	pending := ""
	err := lines(r, func(n int, line string) error {
		if line == "" && pending == "" {
			b.endSentence()
			return nil
		}
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			pending += line + "\n"
			return nil
		}
		tok, tag := strings.TrimSpace(pending+line[:i]), strings.TrimSpace(line[i+1:])
		pending = ""
		switch {
		case tok == "" && outside(tag):
		case tok == "":
			b.add("_", tag)
		default:
			b.add(strings.Join(strings.Fields(tok), "_"), tag)
		}
		return nil
	})
	return b.finish(), err
}

// ReadWikigold reads wikigold (`token<SPACE>tag` lines, IO tags with an
// I- prefix over PER, LOC, ORG and MISC, blank lines between sentences,
// `-DOCSTART- O` between articles). Adjacent tokens of one type form one
// entity. Every article is a document.
func ReadWikigold(r io.Reader) ([]Document, error) { return readTokenLines(r, "wikigold-") }

// Part names one of the fixed parts of a corpus that has no split of its
// own.
type Part int

// The parts of wikigold and of UNER en_ewt dev.
const (
	// Train is what the tagger trains on.
	Train Part = iota
	// Dev is held out from training, for choices.
	Dev
	// Test is held out from training and from every choice.
	Test
)

// WikigoldPart is the fixed part of wikigold that the article with
// 0-based index i (in file order, 146 articles) belongs to: every tenth
// article, from the tenth on (i % 10 == 9, 14 articles), is Test, never
// trained on; the article before each of those (i % 10 == 8) is Dev; the
// other eight in ten are Train.
func WikigoldPart(i int) Part {
	switch i % 10 {
	case 9:
		return Test
	case 8:
		return Dev
	}
	return Train
}

// EWTDevPart is the part of UNER en_ewt dev that its document with
// 0-based index i belongs to. The English-EWT train split is missing from
// shared/data, so the tagger trains on the even-numbered documents of the
// dev split and choices are made on the odd-numbered ones (Dev). The
// en_ewt test split is never trained on.
func EWTDevPart(i int) Part {
	if i%2 == 1 {
		return Dev
	}
	return Train
}

// SelectEWT keeps the documents of UNER en_ewt dev that split puts in
// part p (Train or Dev). split "odd" is EWTDevPart, the split the
// embedded typing model and make train-ner-honest's tagger train on;
// the others are dev-only proxies of a test set written apart from the
// text trained on (adjacent documents of one thread or site share names,
// which the odd documents' row rewards): "first-half" and "second-half"
// score one contiguous half of the documents (training on the other),
// "genre:G" scores the documents whose id starts with "G-" (answers,
// email, newsgroup, reviews, weblog).
func SelectEWT(docs []Document, split string, p Part) ([]Document, error) {
	var dev func(i int, d Document) bool
	switch {
	case split == "" || split == "odd":
		dev = func(i int, _ Document) bool { return EWTDevPart(i) == Dev }
	case split == "first-half":
		dev = func(i int, _ Document) bool { return i < len(docs)/2 }
	case split == "second-half":
		dev = func(i int, _ Document) bool { return i >= len(docs)/2 }
	case strings.HasPrefix(split, "genre:") && len(split) > len("genre:"):
		g := strings.TrimPrefix(split, "genre:") + "-"
		dev = func(_ int, d Document) bool { return strings.HasPrefix(d.ID, g) }
	default:
		return nil, fmt.Errorf("en_ewt split %q: want odd, first-half, second-half or genre:NAME", split)
	}
	var out []Document
	for i, d := range docs {
		if dev(i, d) == (p == Dev) {
			out = append(out, d)
		}
	}
	return out, nil
}

// SelectPart keeps the documents whose index part gives p.
func SelectPart(docs []Document, part func(int) Part, p Part) []Document {
	var out []Document
	for i, d := range docs {
		if part(i) == p {
			out = append(out, d)
		}
	}
	return out
}
