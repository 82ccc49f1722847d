package entities

import (
	"sort"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/span"
)

// m builds a mention; offsets are synthetic but distinct.
func m(article, text, typ string, start int) Mention {
	return Mention{Mention: span.Mention{Text: text, Type: typ, Start: start, End: start + len(text)}, Article: article}
}

// inSentence sets the sentence of a mention, starting at offset start of
// its article.
func inSentence(x Mention, text string, start int) Mention {
	x.SentenceText, x.SentenceStart = text, start
	return x
}

// before sets the text before a mention.
func before(x Mention, text string) Mention {
	x.Before = text
	return x
}

// clusters renders the result as "Name[TYPE]: variant|variant" lines, sorted.
func clusters(r Result) []string {
	var out []string
	for _, e := range r.Entities {
		var vs []string
		for _, v := range e.Variants {
			vs = append(vs, v.Text)
		}
		sort.Strings(vs)
		out = append(out, e.Name+"["+e.Type+"]: "+strings.Join(vs, "|"))
	}
	sort.Strings(out)
	return out
}

func TestResolve(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    []Mention
		want  []string
		wantM []string // "variant->dominant"
	}{
		{
			name: "surname and honorific join the full name",
			in: []Mention{m("a", "Amira Osei", span.Person, 0), m("a", "Osei", span.GPE, 20), m("b", "Ms Osei", span.Person, 5),
				m("b", "Amira Osei's", span.Person, 40)},
			want: []string{"Amira Osei[PERSON]: Amira Osei|Osei"},
		},
		{
			name: "a headline's surname in capitals joins the full name",
			in: []Mention{m("a", "OSEI", span.GPE, 0), m("a", "Amira Osei", span.Person, 20), m("a", "Osei", span.Org, 60),
				m("a", "Osei", span.GPE, 90)},
			want: []string{"Amira Osei[PERSON]: Amira Osei|OSEI|Osei"},
		},
		{
			name: "misspelt first name and surname are variants",
			in: []Mention{m("a", "Daniel Okoro", span.Person, 0), m("b", "Daniel Okoro", span.Person, 0), m("c", "Daniel Okoro", span.Person, 0),
				m("d", "Danial Okoro", span.Person, 0), m("e", "Daniel Okorro", span.Person, 0)},
			want:  []string{"Daniel Okoro[PERSON]: Danial Okoro|Daniel Okoro|Daniel Okorro"},
			wantM: []string{"Danial Okoro->Daniel Okoro", "Daniel Okorro->Daniel Okoro"},
		},
		{
			name: "same first name, different surname: two people",
			in:   []Mention{m("a", "John Harlow", span.Person, 0), m("b", "John Harlow", span.Person, 0), m("c", "John Mertens", span.Person, 0)},
			want: []string{"John Harlow[PERSON]: John Harlow", "John Mertens[PERSON]: John Mertens"},
		},
		{
			name: "near names both well used in one article stay apart",
			in: []Mention{m("a", "Joan Pike", span.Person, 0), m("a", "Joan Pike", span.Person, 50), m("a", "John Pike", span.Person, 100),
				m("a", "John Pike", span.Person, 150), m("b", "Joan Pike", span.Person, 0)},
			want: []string{"Joan Pike[PERSON]: Joan Pike", "John Pike[PERSON]: John Pike"},
		},
		{
			name: "ambiguous surname stays alone unless one candidate shares the article",
			in: []Mention{m("a", "Sara Lind", span.Person, 0), m("b", "Olof Lind", span.Person, 0), m("c", "Lind", span.Person, 0),
				m("a", "Lind", span.Person, 30)},
			want: []string{"Lind[PERSON]: Lind", "Olof Lind[PERSON]: Olof Lind", "Sara Lind[PERSON]: Lind|Sara Lind"},
		},
		{
			name: "a middle initial is the same person, and the surname joins",
			in: []Mention{m("a", "Rosa M. Pell", span.Person, 0), m("b", "Rosa Pell", span.Person, 0), m("b", "Pell", span.Person, 30),
				m("c", "Ms Pell", span.Person, 0)},
			want: []string{"Rosa M. Pell[PERSON]: Pell|Rosa M. Pell|Rosa Pell"},
		},
		{
			name: "two people who share a surname and a first-name prefix, each in two sources, stay apart",
			in: []Mention{m("a", "Mark Denby", span.Person, 0), m("b", "Mark Denby", span.Person, 0), m("c", "Martin Denby", span.Person, 0),
				m("d", "Martin Denby", span.Person, 0)},
			want: []string{"Mark Denby[PERSON]: Mark Denby", "Martin Denby[PERSON]: Martin Denby"},
		},
		{
			name: "a name with and without its accents is one name, no variant",
			in: []Mention{m("a", "Inés Carbonell", span.Person, 0), m("b", "Ines Carbonell", span.Person, 0), m("c", "Åsa Öberg", span.Person, 0),
				m("d", "Asa Oberg", span.Person, 0)},
			want: []string{"Inés Carbonell[PERSON]: Ines Carbonell|Inés Carbonell", "Åsa Öberg[PERSON]: Asa Oberg|Åsa Öberg"},
		},
		{
			name: "a city does not join an organisation named after it, and a country is a place",
			in: []Mention{m("a", "London Newsroom", span.Person, 0), m("a", "London", span.Org, 40), m("a", "London", span.GPE, 60), m("a", "London", span.GPE, 80),
				m("b", "U.S.", span.Org, 0), m("b", "U.S.", span.Org, 20)},
			want: []string{"London Newsroom[ORG]: London Newsroom", "London[GPE]: London", "U.S.[GPE]: U.S."},
		},
		{
			name: "two initials are another person than one",
			in:   []Mention{m("a", "George H. W. Bush", span.Person, 0), m("b", "George W. Bush", span.Person, 0), m("c", "George W. Bush", span.Person, 0)},
			want: []string{"George H. W. Bush[PERSON]: George H. W. Bush", "George W. Bush[PERSON]: George W. Bush"},
		},
		{
			name: "a brother named in the same article is another person",
			in: []Mention{m("a", "Kevin Okoro", span.Person, 0), m("a", "Kevin Okoro", span.Person, 100), m("b", "Kevin Okoro", span.Person, 0),
				{Mention: span.Mention{Text: "Kelvin Okoro", Type: span.Person, Start: 200, End: 212}, Article: "a", Before: "and his brother "}},
			want: []string{"Kelvin Okoro[PERSON]: Kelvin Okoro", "Kevin Okoro[PERSON]: Kevin Okoro"},
		},
		{
			name:  "a surname spelled without its accents and with a letter changed",
			in:    []Mention{m("a", "Åsa Lindqvist", span.Person, 0), m("b", "Åsa Lindqvist", span.Person, 0), m("c", "Asa Lindquist", span.Person, 0)},
			want:  []string{"Åsa Lindqvist[PERSON]: Asa Lindquist|Åsa Lindqvist"},
			wantM: []string{"Asa Lindquist->Åsa Lindqvist"},
		},
		{
			name: "a plural -s on the last word is one name and no misspelling",
			in:   []Mention{m("a", "Harbour Harriers", span.Person, 0), m("b", "Harbour Harriers", span.Person, 0), m("c", "Harbour Harrier", span.Person, 0)},
			want: []string{"Harbour Harriers[ORG]: Harbour Harrier|Harbour Harriers"}, // a club and its member (plural-name)
		},
		{
			name: "first name alone joins the only full name with it",
			in:   []Mention{m("a", "Priya Raman", span.Person, 0), m("a", "Priya", span.GPE, 30)},
			want: []string{"Priya Raman[PERSON]: Priya|Priya Raman"},
		},
		{
			name: "acronym joins its expansion, typed ORG",
			in: []Mention{m("a", "Transit Workers Union", span.Person, 0), m("a", "TWU", span.GPE, 40), m("b", "TWU", span.GPE, 0),
				m("b", "TWU", span.GPE, 30)},
			want: []string{"Transit Workers Union[ORG]: TWU|Transit Workers Union"},
		},
		{
			name: "an acronym with an ampersand joins its expansion",
			in:   []Mention{m("a", "Tarvell & Brisk", span.Org, 0), m("a", "T&B", span.Org, 40), m("b", "T&B", span.Org, 0)},
			want: []string{"Tarvell & Brisk[ORG]: T&B|Tarvell & Brisk"},
		},
		{
			name: "run cut to the known name at its end",
			in:   []Mention{m("a", "Amira Osei", span.Person, 0), m("b", "Harbourside Amira Osei", span.Person, 10)},
			want: []string{"Amira Osei[PERSON]: Amira Osei"},
		},
		{
			name: "organisation cue before the name",
			in: []Mention{Mention{Mention: span.Mention{Text: "Tidewatch", Type: span.GPE, Start: 30, End: 39}, Article: "a", Before: "the pressure group "},
				m("b", "Tidewatch", span.Person, 0)},
			want: []string{"Tidewatch[ORG]: Tidewatch"},
		},
		{
			name: "company words after the name or its possessive",
			in: []Mention{Mention{Mention: span.Mention{Text: "Corvalis", Type: span.GPE, Start: 0, End: 8}, Article: "a", After: "'s cables division grew"},
				Mention{Mention: span.Mention{Text: "Corvalis", Type: span.GPE, Start: 40, End: 48}, Article: "a", After: " will build a plant"},
				Mention{Mention: span.Mention{Text: "Tarnfed", Type: span.GPE, Start: 70, End: 77}, Article: "a", After: " chairman Ada Quill said"},
				Mention{Mention: span.Mention{Text: "Holloway", Type: span.GPE, Start: 90, End: 98}, Article: "a", After: " said the plant was ready"}},
			want: []string{"Corvalis[ORG]: Corvalis", "Holloway[MISC]: Holloway", "Tarnfed[ORG]: Tarnfed"},
		},
		{
			name: "a person has a spokesman but is not one",
			in: []Mention{Mention{Mention: span.Mention{Text: "Ada Quill", Type: span.Person, Start: 0, End: 9}, Article: "a", After: "'s spokesman said"},
				Mention{Mention: span.Mention{Text: "Tarnway Air", Type: span.Person, Start: 40, End: 51}, Article: "a", After: " workers marched"},
				Mention{Mention: span.Mention{Text: "Tarnway Air", Type: span.Person, Start: 80, End: 91}, Article: "a", After: " spokesman Bo Lind said"}},
			want: []string{"Ada Quill[PERSON]: Ada Quill", "Tarnway Air[ORG]: Tarnway Air"},
		},
		{
			name: "company endings with full stops",
			in:   []Mention{m("a", "Tarnway S.A.", span.Person, 0), m("b", "Valmora SpA", span.Person, 0), m("c", "Kestrel Bros", span.Person, 0)},
			want: []string{"Kestrel Bros[ORG]: Kestrel Bros", "Tarnway S.A.[ORG]: Tarnway S.A.", "Valmora SpA[ORG]: Valmora SpA"},
		},
		{
			name: "said it would: an organisation; said it is possible: no cue",
			in: []Mention{Mention{Mention: span.Mention{Text: "Tarnway", Type: span.GPE, Start: 0, End: 7}, Article: "a", After: " said it would close two plants"},
				Mention{Mention: span.Mention{Text: "Ada Quill", Type: span.Person, Start: 0, End: 9}, Article: "b", After: " said it is possible"},
				Mention{Mention: span.Mention{Text: "Valmora", Type: span.GPE, Start: 20, End: 27}, Article: "c", Before: "Tarn Group of ", After: " said it has agreed"},
				Mention{Mention: span.Mention{Text: "Kestrel", Type: span.GPE, Start: 0, End: 7}, Article: "d", After: " said it almost doubled its output"},
				Mention{Mention: span.Mention{Text: "Bo Lind", Type: span.Person, Start: 0, End: 7}, Article: "e", After: " said it seemed likely"}},
			want: []string{"Ada Quill[PERSON]: Ada Quill", "Bo Lind[PERSON]: Bo Lind", "Kestrel[ORG]: Kestrel", "Tarnway[ORG]: Tarnway", "Valmora[MISC]: Valmora"},
		},
		{
			name: "a name holding a place is an organisation, not a person",
			in: []Mention{m("a", "Air France", span.Org, 0), m("a", "Gulf of Mexico", span.GPE, 40),
				m("a", "Jordan Pickett", span.Person, 60), m("a", "Los Angeles Herons", span.Person, 80), m("a", "Sofia Berg", span.Person, 100),
				m("a", "Bo Wellington", span.Person, 120), m("a", "Baroness Scotland", span.Person, 140), m("a", "Jason Ireland", span.Person, 160),
				m("a", "London Breed", span.Person, 180), m("a", "Leeds United", span.Person, 200)},
			want: []string{"Air France[ORG]: Air France", "Baroness Scotland[PERSON]: Baroness Scotland", "Bo Wellington[PERSON]: Bo Wellington",
				"Gulf of Mexico[GPE]: Gulf of Mexico", "Jason Ireland[PERSON]: Jason Ireland", "Jordan Pickett[PERSON]: Jordan Pickett",
				"Leeds United[ORG]: Leeds United", "London Breed[PERSON]: London Breed", "Los Angeles Herons[ORG]: Los Angeles Herons",
				"Sofia Berg[PERSON]: Sofia Berg"},
		},
		{
			name: "buildings and grounds are places",
			in:   []Mention{m("a", "Tarnwell Tennis Stadium", span.Person, 0), m("a", "Lilac Falls Motel", span.Person, 30), m("a", "Valmora Prison", span.Person, 60)},
			want: []string{"Lilac Falls Motel[LOC]: Lilac Falls Motel", "Tarnwell Tennis Stadium[LOC]: Tarnwell Tennis Stadium", "Valmora Prison[LOC]: Valmora Prison"},
		},
		{
			name: "newspapers are organisations and a place is not their short form",
			in: []Mention{m("a", "Tarnwell Zeitung", span.Person, 0), m("a", "Hong Kong Standard", span.Person, 30), m("a", "Hong Kong", span.GPE, 60),
				Mention{Mention: span.Mention{Text: "Valmora", Type: span.Person, Start: 90, End: 97}, Article: "a", Before: "the daily "}},
			want: []string{"Hong Kong Standard[ORG]: Hong Kong Standard", "Hong Kong[GPE]: Hong Kong", "Tarnwell Zeitung[ORG]: Tarnwell Zeitung", "Valmora[ORG]: Valmora"},
		},
		{
			name: "a full name makes a surname spelled like a city a person's",
			in: []Mention{m("a", "Tanya Washington", span.Person, 0), m("a", "Washington", span.GPE, 30), m("a", "Washington", span.GPE, 60),
				m("a", "Washington", span.GPE, 90)},
			want: []string{"Tanya Washington[PERSON]: Tanya Washington|Washington"},
		},
		{
			name: "a compass word before a place makes a place",
			in:   []Mention{m("a", "East Jerusalem", span.Person, 0), m("a", "Northern Ontario", span.Person, 30)},
			want: []string{"East Jerusalem[GPE]: East Jerusalem", "Northern Ontario[GPE]: Northern Ontario"},
		},
		{
			name: "a final -a makes another name, no misspelling",
			in: []Mention{m("a", "Daniel Okoro", span.Person, 0), m("b", "Daniel Okoro", span.Person, 0), m("c", "Daniela Okoro", span.Person, 0),
				m("d", "Tarn Kong", span.Person, 0), m("e", "Tarn Konga", span.Person, 0)},
			want: []string{"Daniel Okoro[PERSON]: Daniel Okoro", "Daniela Okoro[PERSON]: Daniela Okoro", "Tarn Kong[PERSON]: Tarn Kong",
				"Tarn Konga[PERSON]: Tarn Konga"},
		},
		{
			name: "a surname spelled like a country joins the full name it follows when it speaks",
			in: []Mention{m("a", "Mark Ireland", span.Person, 0), Mention{Mention: span.Mention{Text: "Ireland", Type: span.GPE, Start: 40, End: 47}, Article: "a", After: " said the deal was done"},
				m("b", "Ireland", span.GPE, 0)},
			want: []string{"Ireland[GPE]: Ireland", "Mark Ireland[PERSON]: Ireland|Mark Ireland"},
		},
		{
			name: "a place is no surname and no first name",
			in: []Mention{m("a", "Tarnway France", span.Person, 0), m("a", "France", span.GPE, 30), m("a", "Jordan", span.Person, 50), m("a", "Ada Jordan", span.Person, 70),
				m("a", "Toronto Bond Traders", span.Person, 90), m("a", "TORONTO", span.GPE, 120)},
			want: []string{"Ada Jordan[PERSON]: Ada Jordan|Jordan", "France[GPE]: France", "TORONTO[GPE]: TORONTO", "Tarnway France[PERSON]: Tarnway France",
				"Toronto Bond Traders[ORG]: Toronto Bond Traders"},
		},
		{
			name: "a person's full name outweighs a weak cue",
			in: []Mention{Mention{Mention: span.Mention{Text: "Ada Quill", Type: span.Person, Start: 20, End: 29}, Article: "a", Before: "Documentary maker "},
				Mention{Mention: span.Mention{Text: "Holt", Type: span.Person, Start: 3, End: 7}, Article: "b", Before: "Mr ", After: " said it has agreed"}},
			want: []string{"Ada Quill[PERSON]: Ada Quill", "Holt[PERSON]: Holt"},
		},
		{
			name: "a side, a club and its owner",
			in: []Mention{Mention{Mention: span.Mention{Text: "Valmora", Type: span.GPE, Start: 0, End: 7}, Article: "a", Before: "first division side "},
				Mention{Mention: span.Mention{Text: "Kestrels", Type: span.Person, Start: 30, End: 38}, Article: "a", After: " owner Bo Lind said"}},
			want: []string{"Kestrels[ORG]: Kestrels", "Valmora[ORG]: Valmora"},
		},
		{
			name: "a place whose name ends in an organisation head stays a place",
			in:   []Mention{m("a", "West Bank", span.Org, 0), m("a", "West Bank", span.Org, 30), m("b", "Harbour Bank", span.Org, 0)},
			want: []string{"Harbour Bank[ORG]: Harbour Bank", "West Bank[GPE]: West Bank"},
		},
		{
			name: "a church's head with no person's name word in it: an organisation, its pastor's role notwithstanding",
			in: []Mention{before(m("a", "Quarnby Bible Church", span.Org, 40), "Bo Lind, pastor of the "),
				m("b", "Quarnby Bible Church", span.Org, 0), m("c", "Ada Church", span.Person, 0)},
			want: []string{"Ada Church[PERSON]: Ada Church", "Quarnby Bible Church[ORG]: Quarnby Bible Church"},
		},
		{
			name: "word used more on its own is not a first name",
			in: []Mention{m("a", "Harbour Police", span.Person, 0), m("a", "Harbour", span.GPE, 30), m("b", "Harbour", span.GPE, 0),
				m("c", "Harbour", span.GPE, 0)},
			want: []string{"Harbour Police[ORG]: Harbour Police", "Harbour[MISC]: Harbour"},
		},
		{
			name: "one-word short form joins the organisation it begins",
			in: []Mention{m("a", "Tarnwell Logistics", span.GPE, 0), m("a", "Tarnwell", span.GPE, 40), m("b", "Tarnwell Logistics", span.Location, 0),
				m("b", "Tarnwell", span.Person, 60)},
			want: []string{"Tarnwell Logistics[ORG]: Tarnwell|Tarnwell Logistics"},
		},
		{
			name: "a short form written as a place stays a place",
			in:   []Mention{m("a", "Tarnwell Council", span.Org, 0), before(m("a", "Tarnwell", span.GPE, 40), "the bridge in ")},
			want: []string{"Tarnwell Council[ORG]: Tarnwell Council", "Tarnwell[GPE]: Tarnwell"},
		},
		{
			name: "a name mostly after 'in' is a place, not a person",
			in: []Mention{before(m("a", "Port Kessel", span.Person, 30), "a warehouse in "), before(m("b", "Port Kessel", span.Person, 10), "flooding in "),
				m("b", "Port Kessel", span.Person, 80)},
			want: []string{"Port Kessel[GPE]: Port Kessel"},
		},
		{
			name: "a name after 'the town of' or 'staden' is a place",
			in: []Mention{before(m("a", "Ostrava Nova", span.Person, 30), "from the town of "), before(m("b", "Ostrava Nova", span.Person, 10), "nära staden "),
				m("b", "Ostrava Nova", span.Person, 80)},
			want: []string{"Ostrava Nova[GPE]: Ostrava Nova"},
		},
		{
			name: "the mayor of a town: a place, not an organisation",
			in:   []Mention{before(m("a", "Esterby", span.Org, 30), "the former mayor of "), m("b", "Esterby", span.GPE, 10)},
			want: []string{"Esterby[GPE]: Esterby"},
		},
		{
			name: "an honorific keeps a person a person",
			in:   []Mention{before(m("a", "Lindqvist", span.Person, 30), "a meeting in "), before(m("a", "Lindqvist", span.Person, 90), "said Mr ")},
			want: []string{"Lindqvist[PERSON]: Lindqvist"},
		},
		{
			name: "a road is a place",
			in:   []Mention{m("a", "Mill Road", span.Person, 0), m("b", "Mill Road", span.Person, 0)},
			want: []string{"Mill Road[LOC]: Mill Road"},
		},
		{
			name: "transliterations of one name join",
			in:   []Mention{m("a", "Heidar Quillvandi", span.Person, 0), m("b", "Heydar Quillbandi", span.Person, 0)},
			want: []string{"Heidar Quillvandi[PERSON]: Heidar Quillvandi|Heydar Quillbandi"},
		},
		{
			name: "near names in one article are two people, not a transliteration",
			in:   []Mention{m("a", "Heidar Quillvandi", span.Person, 0), m("a", "Heydar Quillbandi", span.Person, 40)},
			want: []string{"Heidar Quillvandi[PERSON]: Heidar Quillvandi", "Heydar Quillbandi[PERSON]: Heydar Quillbandi"},
		},
		{
			name: "a surname slip joins the one person it misspells",
			in:   []Mention{m("a", "Ada Quinlton", span.Person, 0), m("b", "Quilnton", span.Person, 0)},
			want: []string{"Ada Quinlton[PERSON]: Ada Quinlton|Quilnton"},
		},
		{
			name: "a surname slip near two people's surnames stays alone",
			in:   []Mention{m("a", "Ada Quinlton", span.Person, 0), m("b", "Bo Quilntom", span.Person, 0), m("c", "Quilnton", span.Person, 0)},
			want: []string{"Ada Quinlton[PERSON]: Ada Quinlton", "Bo Quilntom[PERSON]: Bo Quilntom", "Quilnton[PERSON]: Quilnton"},
		},
		{
			name: "an acronym with an omitted head joins only a name the head fits",
			in: []Mention{m("a", "Tarnby Police", span.Org, 0), m("b", "TPD", span.Org, 0), m("c", "Tarnby Post", span.Org, 0),
				m("d", "TPC", span.Org, 0)},
			want: []string{"TPC[ORG]: TPC", "Tarnby Police[ORG]: TPD|Tarnby Police", "Tarnby Post[ORG]: Tarnby Post"},
		},
		{
			name: "a surname shared by several joins the one named in its article by another full name",
			in: []Mention{m("b", "Bo Quill", span.Person, 0), m("b", "Bo Quill", span.Person, 50), m("c", "Ada (Dee) Quill", span.Person, 0),
				m("d", "Dee Quill", span.Person, 0), m("e", "Dee Quill", span.Person, 0), m("c", "Quill", span.Person, 60)},
			want: []string{"Bo Quill[PERSON]: Bo Quill", "Dee Quill[PERSON]: Ada (Dee) Quill|Dee Quill|Quill"},
		},
		{
			name: "a given name typed an organisation joins the one person with it",
			in:   []Mention{m("a", "Craig Quillon", span.Person, 0), m("a", "Craig Quillon", span.Person, 40), m("b", "Craig", span.Org, 0)},
			want: []string{"Craig Quillon[PERSON]: Craig|Craig Quillon"},
		},
		{
			name: "a given name that is a place typed an organisation stays apart",
			in:   []Mention{m("a", "Victoria Quillon", span.Person, 0), m("a", "Victoria Quillon", span.Person, 40), m("b", "Victoria", span.Org, 0)},
			want: []string{"Victoria Quillon[PERSON]: Victoria Quillon", "Victoria[ORG]: Victoria"},
		},
		{
			name: "a name born to someone is a parent's, no birth name",
			in: []Mention{m("a", "Mirelle Quill", span.Person, 0), before(m("a", "Ada Quill", span.Person, 40), "She was born to "),
				m("b", "Ada Quill", span.Person, 0)},
			want: []string{"Ada Quill[PERSON]: Ada Quill", "Mirelle Quill[PERSON]: Mirelle Quill"},
		},
		{
			name: "a birth name joins the article's one person with the surname",
			in: []Mention{m("a", "Mirelle Quill", span.Person, 0), before(m("a", "Mira Mae Quill", span.Person, 40), "She was born "),
				m("b", "Mira Mae Quill", span.Person, 0)},
			want: []string{"Mira Mae Quill[PERSON]: Mira Mae Quill|Mirelle Quill"},
		},
		{
			name: "MP is a title",
			in:   []Mention{m("a", "MP Daniel Okoro", span.Person, 0), m("b", "Daniel Okoro", span.Person, 0)},
			want: []string{"Daniel Okoro[PERSON]: Daniel Okoro"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Resolve(tc.in)
			if got := clusters(r); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("clusters:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			var gotM []string
			for _, x := range r.Misspellings {
				gotM = append(gotM, x.Variant+"->"+x.Dominant)
				if len(x.Evidence) == 0 {
					t.Errorf("misspelling %s has no evidence", x.Variant)
				}
			}
			if strings.Join(gotM, ",") != strings.Join(tc.wantM, ",") {
				t.Errorf("misspellings = %v, want %v", gotM, tc.wantM)
			}
		})
	}
}

func TestResolveKeepsOffsetsOnSource(t *testing.T) {
	src := "Yesterday Mr Amira Osei's office said Harbourside Amira Osei won."
	in := []Mention{
		{Mention: span.Mention{Text: "Mr Amira Osei's", Type: span.Person, Start: 10, End: 25}, Article: "a"},
		{Mention: span.Mention{Text: "Harbourside Amira Osei", Type: span.Person, Start: 38, End: 60}, Article: "a"},
	}
	for _, e := range Resolve(in).Entities {
		for _, x := range e.Mentions {
			if src[x.Start:x.End] != x.Text {
				t.Errorf("mention %q at [%d,%d] points at %q", x.Text, x.Start, x.End, src[x.Start:x.End])
			}
			if x.Text != "Amira Osei" {
				t.Errorf("mention text %q, want Amira Osei", x.Text)
			}
		}
	}
}

// TestResolveHardWrappedName: a name a hard-wrapped text breaks over two
// lines is the same spelling as the one written on one line, and its
// offsets still point into the source.
func TestResolveHardWrappedName(t *testing.T) {
	for _, brk := range []string{"\n", "\r\n"} {
		wrapped := "Harbour Transit" + brk + "Authority"
		src := "Yesterday the " + wrapped + " said the Harbour Transit Authority would meet."
		var in []Mention
		for _, name := range []string{wrapped, "Harbour Transit Authority"} {
			at := strings.Index(src, name)
			in = append(in, NewMention("a", src, span.Org, at, at+len(name), 0, len(src)))
		}
		ents := Resolve(in).Entities
		if len(ents) != 1 || ents[0].Name != "Harbour Transit Authority" || len(ents[0].Mentions) != 2 || len(ents[0].Variants) != 1 {
			t.Fatalf("break %q: entities = %+v, want one Harbour Transit Authority with two mentions of one spelling", brk, ents)
		}
		// Each mention keeps its offsets, the break read as spaces.
		flat := "Harbour Transit" + strings.Repeat(" ", len(brk)) + "Authority"
		for _, x := range ents[0].Mentions {
			if x.Text != flat && x.Text != "Harbour Transit Authority" || x.End-x.Start != len(x.Text) || src[x.Start:x.End] != wrapped && src[x.Start:x.End] != "Harbour Transit Authority" {
				t.Errorf("break %q: mention %q at [%d,%d], want %q or the one-line name", brk, x.Text, x.Start, x.End, flat)
			}
		}
	}
}

func TestRoles(t *testing.T) {
	for _, tc := range []struct {
		name     string
		sentence string
		mention  string
		want     []string // role keys
	}{
		{"pre-modifier with place", "Harbourside councillor Amira Osei voted against.", "Amira Osei", []string{"harbourside councillor"}},
		{"role of organisation before name", "Long-time ally and founder of Tidewatch Amira Osei spoke.", "Amira Osei", []string{"founder of tidewatch"}},
		{"apposition split on and", "Daniel Okoro, the close ally and General Secretary of the Ferry Union (the largest union), spoke.", "Daniel Okoro",
			[]string{"close ally", "general secretary of ferry union"}},
		{"a name with 'and' is one organisation", "Dermot Quill, general secretary of the Ferry and Dock Workers' Union, spoke.", "Dermot Quill",
			[]string{"general secretary of ferry and dock workers' union"}},
		{"apposition with modifiers before of", "Amira Osei, the founder of the coastal pressure group Tidewatch.", "Amira Osei", []string{"founder of tidewatch"}},
		{"verb before name is not a role", "Voters including Amira Osei left.", "Amira Osei", nil},
		{"determiner dropped", "The comedian Amira Osei came fourth.", "Amira Osei", []string{"comedian"}},
		{"swedish compound", "Bland dem finns Hamn-veteranen Amira Osei i år.", "Amira Osei", []string{"hamn-veteranen"}},
		{"no apposition without role noun", "Amira Osei, who lives nearby, agreed.", "Amira Osei", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(tc.sentence, tc.mention)
			m := Mention{Mention: span.Mention{Text: tc.mention, Type: span.Person, Start: 100 + start, End: 100 + start + len(tc.mention)}, Article: "a", SentenceText: tc.sentence, SentenceStart: 100}
			var got []string
			for _, r := range testVocab.rolesOf(m, nil) {
				got = append(got, r.Key)
				if tc.sentence[r.Start-100:r.End-100] != r.Text {
					t.Errorf("role %q offsets [%d,%d] point at %q", r.Text, r.Start, r.End, tc.sentence[r.Start-100:r.End-100])
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("roles of %q in %q = %q, want %q", tc.mention, tc.sentence, got, tc.want)
			}
		})
	}
}

func TestRoleConflicts(t *testing.T) {
	g := func(art, text string) RoleGroup {
		r := Role{Text: text, Key: testVocab.roleKey(text), Article: art}
		return RoleGroup{Text: text, Articles: []string{art}, Evidence: []Role{r}}
	}
	for _, tc := range []struct {
		name   string
		groups []RoleGroup
		want   int
	}{
		{"leader of two parties", []RoleGroup{g("a", "leader of the Harbour Party"), g("b", "leader of Tidewatch")}, 1},
		{"same organisation", []RoleGroup{g("a", "leader of Tidewatch"), g("b", "leader of Tidewatch")}, 0},
		{"member of two bodies is fine", []RoleGroup{g("a", "member of Tidewatch"), g("b", "member of the Harbour Board")}, 0},
		{"one article", []RoleGroup{g("a", "chair of Tidewatch"), g("a", "chair of the Harbour Board")}, 0},
		{"different roles", []RoleGroup{g("a", "chair of Tidewatch"), g("b", "leader of the Harbour Party")}, 0},
		{"a former leader of one, leader of another", []RoleGroup{g("a", "former leader of the Harbour Party"), g("b", "leader of Tidewatch")}, 0},
		{"an organisation written in lower case names none", []RoleGroup{g("a", "director of health protection at the agency"),
			g("b", "director of health protection at the Northmoor Health Agency")}, 0},
		{"leader of a party and of the opposition", []RoleGroup{g("a", "Leader of the Opposition"), g("b", "leader of the Harbour Party")}, 0},
		{"one person chairs two bodies", []RoleGroup{g("a", "chair of the Harbour Trust"), g("b", "chair of Tidewatch")}, 0},
		{"one organisation spelt otherwise and widened", []RoleGroup{g("a", "leader of al Tarab"), g("b", "leader of the al-Taraab group in Vesh")}, 0},
		{"a longer name holding another's word is another organisation", []RoleGroup{g("a", "leader of Tidewatch"), g("b", "leader of the Tide Party")}, 1},
		{"one place in two spellings", []RoleGroup{g("a", "rebel leader of Tarn Avel"), g("b", "rebel leader of Torn Avel")}, 0},
		{"two short names a letter apart are two", []RoleGroup{g("a", "leader of Vesh"), g("b", "leader of Vash")}, 1},
		{"a former leader is grouped apart", []RoleGroup{g("a", "former leader of Tidewatch"), g("b", "leader of Tidewatch"), g("c", "leader of the Harbour Party")}, 1},
	} {
		if got := RoleConflicts("Amira Osei", tc.groups); len(got) != tc.want {
			t.Errorf("%s: %d conflicts, want %d: %+v", tc.name, len(got), tc.want, got)
		}
	}
}

func TestSpelledAlike(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"tarn avel", "torn avel", true},
		{"vesh", "vash", false},
		{"harbour unit 7", "harbour unit 8", false},
		{"tidewatch", "tidewatch", false},
		{"the harbour party", "the tide party", false},
	} {
		if got := spelledAlike(tc.a, tc.b); got != tc.want {
			t.Errorf("spelledAlike(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestOwnedRoles(t *testing.T) {
	role := func(art, text string) RoleGroup {
		r := Role{Text: text, Key: testVocab.roleKey(text), Article: art}
		return RoleGroup{Text: text, Articles: []string{art}, Evidence: []Role{r}}
	}
	union := Entity{Name: "Ferry and Dock Workers' Union", Type: span.Org, Mentions: []Mention{{Article: "a"}, {Mention: span.Mention{}, Article: "b"}}}
	ents := []Entity{
		union,
		{Name: "Beatrix Tolland", Type: span.Person, Roles: []RoleGroup{role("b", "union's general secretary")}},
		{Name: "Dermot Quill", Type: span.Person, Roles: []RoleGroup{role("a", "general secretary of the Ferry and Dock Workers' Union")}},
		{Name: "Ann Lee", Type: span.Person, Roles: []RoleGroup{role("c", "union's general secretary")}}, // no union named in c
	}
	ownedRoles(testVocab, ents)
	if got := ents[1].Roles[0].Evidence[0].Key; got != "general secretary of ferry and dock workers' union" {
		t.Errorf("owned role key = %q", got)
	}
	if got := ents[3].Roles[0].Evidence[0].Key; got != "union's general secretary" {
		t.Errorf("role without an owner in its article rewritten to %q", got)
	}
	people := map[string][]RoleGroup{}
	for _, e := range ents[1:] {
		people[e.Name] = e.Roles
	}
	hc := HolderConflicts(people)
	if len(hc) != 1 || hc[0].PersonA != "Dermot Quill" || hc[0].PersonB != "Beatrix Tolland" {
		t.Errorf("HolderConflicts = %+v, want Dermot Quill (a) against Beatrix Tolland (b)", hc)
	}
	for _, tc := range []struct{ in, noun, role string }{
		{"union's general secretary", "union", "general secretary"},
		{"Unite's general secretary", "", ""}, // a name: roleKey reads it
		{"general secretary", "", ""},
	} {
		noun, r, _ := possessiveRole(tc.in)
		if noun != tc.noun || r != tc.role {
			t.Errorf("possessiveRole(%q) = %q, %q; want %q, %q", tc.in, noun, r, tc.noun, tc.role)
		}
	}
}

func TestRoleKeyKeepsQualifiers(t *testing.T) {
	if a, b := testVocab.roleKey("former leader of Tidewatch"), testVocab.roleKey("leader of Tidewatch"); a == b {
		t.Errorf("roleKey groups %q with the current leader", a)
	}
	// "İ" lowers to fewer bytes: offsets into a lowered copy used to
	// slice outside the text.
	if got := testVocab.roleKey("ȺȺȺȺ leader of İzmir Rowing"); !strings.HasSuffix(got, " of izmir rowing") && !strings.HasSuffix(got, " of i̇zmir rowing") {
		t.Errorf("roleKey with Ⱥ and İ = %q", got)
	}
}

func TestHolderConflicts(t *testing.T) {
	g := func(art, text string) RoleGroup {
		r := Role{Text: text, Key: testVocab.roleKey(text), Article: art}
		return RoleGroup{Text: text, Articles: []string{art}, Evidence: []Role{r}}
	}
	for _, tc := range []struct {
		name   string
		people map[string][]RoleGroup
		want   []string // "role|org|A|B"
	}{
		{"two chairs of one trust", map[string][]RoleGroup{
			"Ruth Adeyemi": {g("b", "chair of the Harbour Trust")}, "Maria Okafor": {g("a", "chair of the Harbour Trust")}},
			[]string{"chair|harbour trust|Maria Okafor|Ruth Adeyemi"}},
		{"members of one trust are many", map[string][]RoleGroup{
			"Ruth Adeyemi": {g("a", "member of the Harbour Trust")}, "Maria Okafor": {g("b", "member of the Harbour Trust")}}, nil},
		{"a former chair is another role", map[string][]RoleGroup{
			"Ruth Adeyemi": {g("a", "former chair of the Harbour Trust")}, "Maria Okafor": {g("b", "chair of the Harbour Trust")}}, nil},
		{"same article: both may be quoted as such", map[string][]RoleGroup{
			"Ruth Adeyemi": {g("a", "chair of the Harbour Trust")}, "Maria Okafor": {g("a", "chair of the Harbour Trust")}}, nil},
		{"a role written after the organisation's name", map[string][]RoleGroup{
			"Ruth Adeyemi": {g("a", "Halvard chief executive")}, "Maria Okafor": {g("b", "Halvard's chief executive")}},
			[]string{"chief executive|halvard|Ruth Adeyemi|Maria Okafor"}},
		{"a new leader is another role", map[string][]RoleGroup{
			"Ruth Adeyemi": {g("a", "new leader of the Harbour Party")}, "Maria Okafor": {g("b", "leader of the Harbour Party")}}, nil},
		{"chairs of two trusts", map[string][]RoleGroup{
			"Ruth Adeyemi": {g("a", "chair of the Harbour Trust")}, "Maria Okafor": {g("b", "chair of Tidewatch")}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range HolderConflicts(tc.people) {
				got = append(got, c.Role+"|"+c.Org+"|"+c.PersonA+"|"+c.PersonB)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("HolderConflicts = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTitlesStripped(t *testing.T) {
	in := []Mention{
		{Mention: span.Mention{Text: "President Amira Osei", Type: span.Person, Start: 0, End: 20}, Article: "a"},
		{Mention: span.Mention{Text: "Prime Minister Amira Osei", Type: span.Person, Start: 0, End: 25}, Article: "b"},
		{Mention: span.Mention{Text: "General Motors", Type: span.Org, Start: 0, End: 14}, Article: "c"},
		{Mention: span.Mention{Text: "Prime Minister", Type: span.Person, Start: 0, End: 14}, Article: "d"},
	}
	var got []string
	for _, e := range Resolve(in).Entities {
		for _, m := range e.Mentions {
			got = append(got, m.Text)
		}
	}
	want := map[string]bool{"Amira Osei": true, "General Motors": true, "Prime Minister": true}
	for _, g := range got {
		if !want[g] {
			t.Errorf("mention %q: title not stripped, or stripped from a non-person", g)
		}
	}
}

func TestCompanyShortForms(t *testing.T) {
	r := Resolve([]Mention{
		m("a", "Brisk Beverages", span.Person, 0), m("a", "Brisk", span.GPE, 40), m("a", "Brisk", span.GPE, 80),
		m("b", "Brisk Beverages", span.Person, 0), m("b", "Brisk", span.GPE, 40), m("b", "Brisk", span.GPE, 90),
	})
	if got := clusters(r); strings.Join(got, "\n") != "Brisk Beverages[ORG]: Brisk|Brisk Beverages" {
		t.Errorf("clusters = %q: a company head makes an ORG and its short name, used more often, joins it", got)
	}
	// A short form prose typed a person joins too, unless a person has it
	// as a surname or an honorific stands before it.
	r = Resolve([]Mention{m("a", "Tarnway Corp", span.Org, 0), m("a", "Tarnway", span.Person, 40), m("a", "Tarnway", span.Person, 80)})
	if got := clusters(r); strings.Join(got, "\n") != "Tarnway Corp[ORG]: Tarnway|Tarnway Corp" {
		t.Errorf("clusters = %q, want the short form in the company", got)
	}
	r = Resolve([]Mention{m("a", "Ada Holt", span.Person, 0), m("a", "Holt Motor Co", span.Org, 20), m("a", "Holt", span.Person, 60)})
	if got := clusters(r); strings.Join(got, "\n") != "Ada Holt[PERSON]: Ada Holt|Holt\nHolt Motor Co[ORG]: Holt Motor Co" {
		t.Errorf("clusters = %q, want the surname with the person", got)
	}
	r = Resolve([]Mention{m("a", "Holt Motor Co", span.Org, 20), before(m("a", "Holt", span.Person, 60), "said Mr ")})
	if got := clusters(r); strings.Join(got, "\n") != "Holt Motor Co[ORG]: Holt Motor Co\nHolt[PERSON]: Holt" {
		t.Errorf("clusters = %q, want Mr Holt apart from the company", got)
	}
}

func TestVariantOnATie(t *testing.T) {
	r := Resolve([]Mention{m("a", "Lena Åkesson", span.Person, 0), m("b", "Lena Åkeson", span.Person, 0)})
	if len(r.Entities) != 1 || len(r.Misspellings) != 1 || !r.Misspellings[0].Tie {
		t.Errorf("entities %v, misspellings %+v: want one entity and one variant marked as a tie", clusters(r), r.Misspellings)
	}
}

// One source writing its spelling three times is still one source: a
// tie with a spelling another source writes once.
func TestVariantOnATieAcrossArticles(t *testing.T) {
	r := Resolve([]Mention{m("a", "Lena Åkesson", span.Person, 0), m("a", "Lena Åkesson", span.Person, 40), m("a", "Lena Åkesson", span.Person, 80),
		m("b", "Lena Åkeson", span.Person, 0)})
	if len(r.Entities) != 1 || len(r.Misspellings) != 1 || !r.Misspellings[0].Tie {
		t.Errorf("entities %v, misspellings %+v: want one entity and one variant marked as a tie", clusters(r), r.Misspellings)
	}
}

func TestRoleKeyEdges(t *testing.T) {
	for in, want := range map[string]string{
		" of the board's head":    " of the board's head",
		"Its chief executive":     "its chief executive",
		"New chief executive":     "new chief executive",
		"Halvard chief executive": "chief executive of halvard",
	} {
		if got := testVocab.roleKey(in); got != want {
			t.Errorf("testVocab.roleKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzRoles(f *testing.F) {
	f.Add("Amira Osei,  of the board's head, said the vote was fair.", 0, 10)
	f.Add("Harbourside councillor Amira Osei voted.", 23, 33)
	f.Add("Varnell 's aide , Tilde Quorrane , chair of the board 's union , said .", 16, 30)
	f.Add("CHAIR OF THE KELMOUTH BOARD AND HARBOUR UNION OSKAR VARNELL SAID", 46, 59)
	f.Fuzz(func(t *testing.T, sentence string, start, end int) {
		if start < 0 || end > len(sentence) || start >= end {
			return
		}
		m := Mention{Mention: span.Mention{Text: sentence[start:end], Type: span.Person, Start: start, End: end}, Article: "a", SentenceText: sentence}
		for _, r := range testVocab.rolesOf(m, nil) {
			if r.Start < 0 || r.End > len(sentence) || r.Start > r.End {
				t.Fatalf("role %+v out of the sentence", r)
			}
			_ = testVocab.roleKey(r.Text)
		}
	})
}

func TestNameHoldingAPlaceTakesNoSurname(t *testing.T) {
	r := Resolve([]Mention{m("a", "Las Vegas Tarnsoft", span.Person, 0), m("a", "Tarnsoft", span.Org, 40), m("b", "Tarnsoft", span.Org, 0)})
	for _, c := range clusters(r) {
		if strings.Contains(c, "Las Vegas Tarnsoft") && strings.Contains(c, "|Tarnsoft") {
			t.Errorf("a company's name joined a name holding a place as its surname: %s", c)
		}
	}
}

// testVocab reads the embedded lexicon.
var testVocab = newVocab(nil)

func TestBlendParts(t *testing.T) {
	for _, tc := range []struct {
		w, a, b string
		ok      bool
	}{
		{"LiLo", "li", "lo", true}, {"JLo", "j", "lo", true}, {"ScarJo", "scar", "jo", true},
		{"DeGeneres", "", "", false}, {"NYPD", "", "", false}, {"Tarrant", "", "", false}, {"MacFarlane", "", "", false},
	} {
		a, b, ok := blendParts(tc.w)
		if a != tc.a || b != tc.b || ok != tc.ok {
			t.Errorf("blendParts(%q) = %q, %q, %v; want %q, %q, %v", tc.w, a, b, ok, tc.a, tc.b, tc.ok)
		}
	}
}
