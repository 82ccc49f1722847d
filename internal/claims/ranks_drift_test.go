package claims

import (
	"strings"
	"testing"
)

// nameEntities resolves each mention to the text it covers, typed by a
// fixed table, as the corpus-level entities would.
type nameEntities struct {
	src   map[string]string // article -> source
	types map[string]string // name -> type
}

func (n nameEntities) At(article string, start, end int) (string, string, bool) {
	name := n.src[article][start:end]
	typ, ok := n.types[name]
	return name, typ, ok
}
func (nameEntities) WithHead(string, string, int) (string, bool) { return "", false }
func (nameEntities) MainOrg(string) (string, bool)               { return "", false }
func (nameEntities) Named(string) (string, bool)                 { return "", false }

// A rank given with any verb of placing the quantity parser reads is a
// rank claim: two sources that place one runner differently conflict,
// whether she "finished", "ended" or "placed" fifth.
func TestRankVerbsConflict(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Ada Quill finished fifth in the Harbour Marathon on Sunday.", "Ada Quill finished third in the Harbour Marathon on Sunday."},
		{"Ada Quill ended fifth in the Harbour Marathon on Sunday.", "Ada Quill finished third in the Harbour Marathon on Sunday."},
		{"Ada Quill ended fifth in the Harbour Marathon on Sunday.", "Ada Quill ended third in the Harbour Marathon on Sunday."},
		{"Ada Quill slutade femte i Hamnmaran i söndags.", "Ada Quill placerade sig tredje i Hamnmaran i söndags."},
	} {
		t.Run(tc.a+" / "+tc.b, func(t *testing.T) {
			ents := nameEntities{src: map[string]string{"a.txt": tc.a, "b.txt": tc.b}, types: map[string]string{"Ada Quill": "PERSON"}}
			var found []Found
			for _, art := range []string{"a.txt", "b.txt"} {
				src, sents, ms := article([]string{ents.src[art]}, []string{"Ada Quill"}, nil)
				lang := "en"
				if strings.Contains(src, "Hamnmaran") {
					lang = "sv"
				}
				for _, r := range Extract(src, sents, sents, ms, lang, DefaultLexicon()) {
					found = append(found, Found{Article: art, Raw: r})
				}
			}
			cs, contra := CrossReference(found, ents)
			var got []string
			for _, c := range cs {
				got = append(got, c.Subject+"/"+c.Measure+"="+c.Status)
			}
			if strings.Join(got, ";") != "Ada Quill/rank=conflict" || len(contra) != 1 {
				t.Errorf("claims %q, %d contradictions; want Ada Quill/rank=conflict and one contradiction", got, len(contra))
			}
		})
	}
}
