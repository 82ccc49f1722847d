// Package nerdata reads the gold named-entity corpora the project trains
// and evaluates on (CoNLL-2003, WikiANN, the Swedish NER corpus, Universal
// NER, WNUT-17, the Broad Twitter Corpus and wikigold) into documents of
// tokenised sentences with entity spans.
package nerdata

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// TokenSpan is a token span [Start, End) (token indexes, not bytes) of one sentence with its label
// (PER, LOC, ORG, MISC, ...), without any B-/I- prefix.
type TokenSpan struct {
	Start, End int
	Label      string
}

// Sentence is one gold sentence: its tokens and entities.
type Sentence struct {
	Tokens []string
	// Text is the sentence's own running text when the corpus gives it
	// (Universal Dependencies' "# text =" line), else "". The tokens come
	// from the token lines; nerrun.SentenceText aligns them to it.
	Text string
	// Gold holds the PER, LOC and ORG entities, which are scored.
	Gold []TokenSpan
	// Excluded holds entities of other types (MISC), which are not scored:
	// they are not gold, and a prediction on exactly their span is
	// ignored rather than counted as a false positive.
	Excluded []TokenSpan
}

// Document is a group of sentences resolved together.
type Document struct {
	ID    string
	Sents []Sentence
}

// Scheme names how a tag column encodes entities.
type Scheme int

const (
	// BIO covers IOB2 (B- opens every entity) and IOB1 (I- opens an entity
	// unless it follows a token of the same type; B- only separates two
	// adjacent entities of the same type). One decoder reads both: B-X
	// always opens an entity, I-X continues one of type X or opens one.
	BIO Scheme = iota
	// IO tags are bare types; a stretch of tokens tagged with one type is
	// one entity.
	IO
)

func outside(tag string) bool { return tag == "" || tag == "O" || tag == "0" }

// Decode turns a tag sequence into entity spans.
func Decode(tags []string, scheme Scheme) []TokenSpan {
	var out []TokenSpan
	cur := -1 // index into out of the open entity
	for i, tag := range tags {
		if outside(tag) {
			cur = -1
			continue
		}
		label, begin := tag, false
		if scheme == BIO {
			switch {
			case strings.HasPrefix(tag, "B-"):
				label, begin = tag[2:], true
			case strings.HasPrefix(tag, "I-"):
				label = tag[2:]
			}
		}
		if !begin && cur >= 0 && out[cur].Label == label && out[cur].End == i {
			out[cur].End = i + 1
			continue
		}
		out = append(out, TokenSpan{Start: i, End: i + 1, Label: label})
		cur = len(out) - 1
	}
	return out
}

// Labels are the entity types that are scored; others (MISC) are kept
// apart as excluded spans.
var Labels = [...]string{"PER", "LOC", "ORG"}

// scored reports whether a gold label is one of those scored.
func scored(label string) bool {
	for _, l := range Labels {
		if l == label {
			return true
		}
	}
	return false
}

// builder accumulates tokens and tags into sentences and documents.
type builder struct {
	scheme Scheme
	prefix string // document ID prefix
	docs   []Document
	toks   []string
	tags   []string
	// text is the running text of the sentence being read ("# text =").
	text string
	// perSentence makes every sentence its own document.
	perSentence bool
	// skipped counts malformed lines that were ignored.
	skipped int
	// mapLabel, when set, maps each decoded entity label to a scored
	// label (PER, LOC, ORG) or to the corpus's own name for an excluded
	// one.
	mapLabel func(string) string
}

func (b *builder) add(tok, tag string) {
	b.toks = append(b.toks, tok)
	b.tags = append(b.tags, tag)
}

func (b *builder) endSentence() {
	if len(b.toks) == 0 {
		return
	}
	s := Sentence{Tokens: b.toks, Text: b.text}
	for _, sp := range Decode(b.tags, b.scheme) {
		if b.mapLabel != nil {
			sp.Label = b.mapLabel(sp.Label)
		}
		if scored(sp.Label) {
			s.Gold = append(s.Gold, sp)
		} else {
			s.Excluded = append(s.Excluded, sp)
		}
	}
	b.toks, b.tags, b.text = nil, nil, ""
	if b.perSentence || len(b.docs) == 0 {
		b.newDoc("")
	}
	d := &b.docs[len(b.docs)-1]
	d.Sents = append(d.Sents, s)
}

// newDoc opens a new document unless the current one is still empty.
func (b *builder) newDoc(id string) {
	b.endSentence()
	b.text = ""
	if n := len(b.docs); n > 0 && len(b.docs[n-1].Sents) == 0 {
		if id != "" {
			b.docs[n-1].ID = id
		}
		return
	}
	if id == "" {
		id = fmt.Sprintf("%s%d", b.prefix, len(b.docs)+1)
	}
	b.docs = append(b.docs, Document{ID: id})
}

func (b *builder) finish() []Document {
	b.endSentence()
	if n := len(b.docs); n > 0 && len(b.docs[n-1].Sents) == 0 {
		b.docs = b.docs[:n-1]
	}
	return b.docs
}

// lines calls fn with each line of r, without its line ending, and the
// 1-based line number.
func lines(r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(n, strings.TrimRight(sc.Text(), "\r")); err != nil {
			return err
		}
	}
	return sc.Err()
}

// ReadCoNLL reads CoNLL-2003 (`token POS chunk NER` lines, IOB1 tags,
// blank lines between sentences, -DOCSTART- lines between documents).
func ReadCoNLL(r io.Reader) ([]Document, error) { return readTokenLines(r, "conll-") }

// readTokenLines reads `token ... tag` lines (the tag last), blank lines
// between sentences and -DOCSTART- lines between documents, into
// documents whose ids start with prefix.
func readTokenLines(r io.Reader, prefix string) ([]Document, error) {
	b := &builder{scheme: BIO, prefix: prefix}
	err := lines(r, func(n int, line string) error {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			b.endSentence()
		case f[0] == "-DOCSTART-":
			b.newDoc("")
		case len(f) < 2:
			return fmt.Errorf("line %d: want token and tag, got %q", n, line)
		default:
			b.add(f[0], f[len(f)-1])
		}
		return nil
	})
	return b.finish(), err
}

// ReadWikiANN reads WikiANN (`en:token<TAB>tag` lines, IOB2, blank lines
// between sentences). Every sentence is its own document.
func ReadWikiANN(r io.Reader) ([]Document, error) {
	return readTabbed(r, &builder{scheme: BIO, prefix: "wikiann-", perSentence: true}, func(tok string) string {
		if j := strings.IndexByte(tok, ':'); j >= 0 && j <= 3 {
			tok = tok[j+1:] // language prefix "en:"
		}
		return tok
	})
}

// readTabbed reads `token<TAB>tag` lines into b, a whitespace-only line
// ending a sentence; token (nil: none) rewrites each token.
func readTabbed(r io.Reader, b *builder, token func(string) string) ([]Document, error) {
	err := lines(r, func(n int, line string) error {
		if strings.TrimSpace(line) == "" {
			b.endSentence()
			return nil
		}
		i := strings.LastIndexByte(line, '\t')
		if i < 0 {
			return fmt.Errorf("line %d: no tab in %q", n, line)
		}
		tok := line[:i]
		if token != nil {
			tok = token(tok)
		}
		b.add(tok, strings.TrimSpace(line[i+1:]))
		return nil
	})
	return b.finish(), err
}

// ReadIO reads the Swedish NER corpus (`token<spaces>tag` lines, IO tags,
// `0` outside, blank lines between sentences). Every sentence is its own
// document.
func ReadIO(r io.Reader) ([]Document, error) {
	b := &builder{scheme: IO, prefix: "sner-", perSentence: true}
	err := lines(r, func(n int, line string) error {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			b.endSentence()
		case len(f) < 2:
			// The train split has a few lines with a token and no tag;
			// they are skipped (counted in skipped lines on the builder).
			b.skipped++
		default:
			b.add(strings.Join(f[:len(f)-1], " "), f[len(f)-1])
		}
		return nil
	})
	return b.finish(), err
}

// ReadUNER reads Universal NER (`# newdoc id = X` and other comment lines,
// then `idx<TAB>token<TAB>tag<TAB>-<TAB>-`, IOB2, blank lines between
// sentences). `# newdoc` opens a document; `# text = ...` gives the next
// sentence's own text (Sentence.Text).
func ReadUNER(r io.Reader) ([]Document, error) {
	b := &builder{scheme: BIO, prefix: "uner-"}
	err := lines(r, func(n int, line string) error {
		switch {
		case strings.TrimSpace(line) == "":
			b.endSentence()
		case strings.HasPrefix(line, "#"):
			if rest, ok := strings.CutPrefix(line, "# newdoc id ="); ok {
				b.newDoc(strings.TrimSpace(rest))
			} else if strings.HasPrefix(line, "# newdoc") {
				b.newDoc("")
			} else if rest, ok := strings.CutPrefix(line, "# text ="); ok {
				b.endSentence()
				b.text = strings.TrimSpace(rest)
			}
		default:
			f := strings.Split(line, "\t")
			if len(f) < 3 {
				return fmt.Errorf("line %d: want idx, token, tag, got %q", n, line)
			}
			b.add(f[1], f[2])
		}
		return nil
	})
	return b.finish(), err
}

// LimitSentences keeps the first n sentences (all when n <= 0).
func LimitSentences(docs []Document, n int) []Document {
	if n <= 0 {
		return docs
	}
	var out []Document
	for _, d := range docs {
		if n <= 0 {
			break
		}
		if len(d.Sents) > n {
			d.Sents = d.Sents[:n]
		}
		n -= len(d.Sents)
		out = append(out, d)
	}
	return out
}

// IOB2 returns the sentence's gold entities as IOB2 tags, one per token;
// excluded (MISC) entities are tagged O.
func (s *Sentence) IOB2() []string {
	tags := make([]string, len(s.Tokens))
	for i := range tags {
		tags[i] = "O"
	}
	for _, sp := range s.Gold {
		for i := sp.Start; i < sp.End && i < len(tags); i++ {
			if i == sp.Start {
				tags[i] = "B-" + sp.Label
			} else {
				tags[i] = "I-" + sp.Label
			}
		}
	}
	return tags
}

// SwedishHeldOut is how many sentences at the end of the Swedish NER
// corpus train split are held out from training, as its dev set (the
// corpus has no dev split).
const SwedishHeldOut = 1000

// SplitSwedishHeldOut splits the Swedish NER corpus train split (one
// document per sentence) into the part to train on and the held-out tail.
func SplitSwedishHeldOut(docs []Document) (train, heldOut []Document) {
	n := max(len(docs)-SwedishHeldOut, 0)
	return docs[:n], docs[n:]
}
