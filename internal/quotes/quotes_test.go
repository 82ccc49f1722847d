package quotes

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/lexicon"
	"github.com/nec-analyse/nec-analyse/internal/rules"
	"github.com/nec-analyse/nec-analyse/internal/span"
)

// render shows a quote as "kind|speaker|attribution|text".
func render(q Quote) string {
	return strings.Join([]string{q.Kind, q.Speaker, q.Attribution, q.Text}, "|")
}

// checkOffsets fails unless the quote's texts are the source at its
// offsets.
func checkOffsets(t *testing.T, src string, qs []Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.End > len(src) || q.Start >= q.End || src[q.Start:q.End] != q.Text {
			t.Errorf("quote %d: offsets %d-%d do not give %q", i, q.Start, q.End, q.Text)
		}
		if q.Attribution == "" && (q.AttrStart != 0 || q.AttrEnd != 0) ||
			q.Attribution != "" && (q.AttrStart < 0 || q.AttrEnd > len(src) || src[q.AttrStart:q.AttrEnd] != q.Attribution) {
			t.Errorf("quote %d: attribution offsets %d-%d do not give %q", i, q.AttrStart, q.AttrEnd, q.Attribution)
		}
		if i > 0 && qs[i-1].Start > q.Start {
			t.Errorf("quote %d not sorted by Start", i)
		}
	}
}

var (
	okoro = []ent{person("Daniel Okoro", ""), person("Mr Okoro", "Daniel Okoro"), person("Okoro", "Daniel Okoro")}
	lal   = person("Priya Lal", "")
	osei  = person("Amira Osei", "")
)

func ents(groups ...[]ent) []ent {
	var out []ent
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

func TestExtract(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lang  string
		paras []string
		ents  []ent
		want  []string
	}{
		// Quote styles.
		{"straight double, said X after", "en",
			[]string{`"The new timetable starts on Monday," said Daniel Okoro.`}, okoro,
			[]string{"speech|Daniel Okoro|said Daniel Okoro|The new timetable starts on Monday"}},
		{"curly double, outlet after without comma", "en",
			[]string{`“The ferry timetable is a mess” says Harbour Radio.`}, []ent{org("Harbour Radio")},
			[]string{"speech|Harbour Radio|says Harbour Radio|The ferry timetable is a mess"}},
		{"curly single quotes for speech", "en",
			[]string{`‘We will rebuild the harbour wall,’ Okoro said.`}, okoro,
			[]string{"speech|Daniel Okoro|Okoro said|We will rebuild the harbour wall"}},
		{"straight single quotes for speech", "en",
			[]string{`'We will rebuild the harbour wall,' Mr Okoro said.`}, okoro,
			[]string{"speech|Daniel Okoro|Mr Okoro said|We will rebuild the harbour wall"}},
		{"nested quotes stay inside", "en",
			[]string{`‘He called it “rubbish” in public,’ said Priya Lal.`}, []ent{lal},
			[]string{"speech|Priya Lal|said Priya Lal|He called it “rubbish” in public"}},
		{"swedish same-mark quotes and pronoun", "sv",
			[]string{`Maria Lind var kritisk. ”Det här är fel väg att gå”, sa hon.`}, []ent{person("Maria Lind", "")},
			[]string{"speech|Maria Lind|sa hon|Det här är fel väg att gå"}},
		{"swedish inverted subject before a prepositional phrase", "sv",
			[]string{`”Jag har alltid agerat i god tro”, skriver Osei i sitt avskedsbrev.`}, []ent{osei, person("Osei", "Amira Osei")},
			[]string{"speech|Amira Osei|skriver Osei|Jag har alltid agerat i god tro"}},
		{"swedish pronoun before a prepositional phrase", "sv",
			[]string{`Amira Osei var kritisk. ”Det handlar om förtroende”, sade hon till journalister.`}, []ent{osei},
			[]string{"speech|Amira Osei|sade hon|Det handlar om förtroende"}},
		{"a pronoun goes to the name after a party tag and a title, opening a clause", "en",
			[]string{`Earlier, Daniel Okoro said the summary was fair. "That is what I say," Mr Okoro told his news conference.`,
				`On the question of the papers, Tory MP Priya Lal, who sat on the committee for many years and led its inquiry into the port, told the radio station the papers stay shut. "That holds as a rule." He said other cases had come up.`},
			append(append([]ent{}, okoro...), lal),
			[]string{"speech|Daniel Okoro|Mr Okoro told his news conference|That is what I say",
				"speech|Priya Lal|He said other cases had come up|That holds as a rule."}},
		{"a pronoun goes to the titled subject of an apposition, not to the man before", "en",
			[]string{`Its manager, Daniel Okoro, declined to comment. Dr Priya Lal, director of health protection at the agency, said the rise was expected.`,
				`"We are seeing people who were exposed before the towers were shut," she said.`},
			ents(okoro, []ent{lal}),
			[]string{"speech|Priya Lal|she said|We are seeing people who were exposed before the towers were shut"}},
		{"an age between the name and the verb", "en",
			[]string{`Daniel Okoro, 67, told the committee: "I have seen this bill before."`}, okoro,
			[]string{"speech|Daniel Okoro|Daniel Okoro, 67, told the committee:|I have seen this bill before."}},
		{"a role owned by a name between the name and the verb", "en",
			[]string{`Priya Lal, Halvard's chief executive, said: "We have turned a corner."`}, []ent{lal},
			[]string{"speech|Priya Lal|Priya Lal, Halvard's chief executive, said:|We have turned a corner."}},
		{"he after a possessor is the unnamed noun's", "en",
			[]string{`Priya Lal spoke first. Okoro's lawyer said his client had repaid the money.`,
				`"Mr Okoro accepts he did wrong," he said.`}, ents(okoro, []ent{lal}),
			[]string{"speech|unknown|he said|Mr Okoro accepts he did wrong"}},
		{"she is not the person in an apposition after her", "en",
			[]string{`Priya Lal resigned as leader on Monday. Standing beside her deputy, Daniel Okoro, she said: "I take full responsibility."`}, ents(okoro, []ent{lal}),
			[]string{"speech|Priya Lal|she said:|I take full responsibility."}},
		{"a Swedish title before the name and a party tag before the verb", "sv",
			[]string{`– Vi satsar på välfärden, säger ordföranden Priya Lal (S).`, `Oppositionsrådet Daniel Okoro (M) är kritisk.`,
				`– Det här är en budget som bygger på önsketänkande, säger han.`}, ents(okoro, []ent{lal}),
			[]string{"speech|Priya Lal|säger ordföranden Priya Lal|Vi satsar på välfärden", "speech|Daniel Okoro|säger han|Det här är en budget som bygger på önsketänkande"}},
		{"a quote ended by a full stop takes no speaker from a later clause", "en",
			[]string{`Earlier, Okoro accused Lal of telling lies. He told the radio: "If you lie about that, you will lie about anything." The row came after Lal told members the plan was sound.`},
			ents(okoro, []ent{lal}),
			[]string{"speech|Daniel Okoro|He told the radio:|If you lie about that, you will lie about anything."}},
		{"he is the name closing a role phrase, not the party named in it", "en",
			[]string{`Harbour Party home affairs spokesman Daniel Okoro has called the plan flawed. He said: "This bears every mark of a rushed policy."`},
			ents(okoro, []ent{person("Harbour Party", "Harbour Party")}),
			[]string{"speech|Daniel Okoro|He said:|This bears every mark of a rushed policy."}},
		{"a party named after an adjective is the speaker's, not the speaker", "en",
			[]string{`Daniel Okoro of the conservative Harbour Party said: "We will vote against it."`}, ents(okoro, []ent{org("Harbour Party")}),
			[]string{"speech|Daniel Okoro|Daniel Okoro of the conservative Harbour Party said:|We will vote against it."}},
		{"she is not a man named with Mr", "en",
			[]string{`An executive spokeswoman insisted Mr Okoro had meant adults. "It simply accepted that people will drink," she said.`},
			okoro, []string{"speech|unknown|she said|It simply accepted that people will drink"}},
		{"a prepositional phrase before the speaker", "en",
			[]string{`In a statement Priya Lal said: "We will appeal."`}, []ent{lal},
			[]string{"speech|Priya Lal|Priya Lal said:|We will appeal."}},
		{"a common noun opening the sentence is no speaker", "en",
			[]string{`Friends said she was "exhausted but relieved" after the vote.`}, nil,
			[]string{"speech|unknown|Friends said she was|exhausted but relieved"}},
		{"a preposition inside the speaker's name", "en",
			[]string{`"Rates will stay where they are," said the Bank of England.`}, []ent{org("Bank of England")},
			[]string{"speech|Bank of England|said the Bank of England|Rates will stay where they are"}},
		{"according to a role and a name", "en",
			[]string{`According to chief executive Daniel Okoro, the offer was "the best we can afford".`}, okoro,
			[]string{"speech|Daniel Okoro|According to chief executive Daniel Okoro|the best we can afford"}},
		{"plural possessive inside an organisation's name", "en",
			[]string{`Priya Lal, general secretary of the Dock Workers' Union, insisted the ballot was "watertight".`},
			[]ent{lal, org("Dock Workers' Union")},
			[]string{"speech|Priya Lal|Priya Lal, general secretary of the Dock Workers' Union, insisted the ballot was|watertight"}},
		{"swedish guillemets, outlet not a mention", "sv",
			[]string{`»Styrelsen har gjort sitt jobb«, skriver Västposten.`}, nil,
			[]string{"speech|Västposten|skriver Västposten|Styrelsen har gjort sitt jobb"}},
		{"swedish dialogue dashes", "sv",
			[]string{`– Vi är nöjda med resultatet, säger Maria Lind.`, `– Nu ska vi jobba vidare.`,
				`– Det blir svårt, säger hon. – Men vi försöker.`, `Hon fick medhåll.`,
				`– Vi har inget att tillägga.`, `Det säger Erik Holm.`},
			[]ent{person("Maria Lind", ""), person("Erik Holm", "")},
			[]string{"speech|Maria Lind|säger Maria Lind|Vi är nöjda med resultatet",
				"speech|Maria Lind|säger Maria Lind|Nu ska vi jobba vidare.",
				"speech|Maria Lind|säger hon|Det blir svårt",
				"speech|Maria Lind|säger hon|Men vi försöker.",
				"speech|Erik Holm|Det säger Erik Holm|Vi har inget att tillägga."}},
		{"dash list without attribution is not speech", "sv",
			[]string{`Förslaget innehåller:`, `– nya regler för valen`, `– fler platser i styrelsen`}, nil, nil},
		{"english dashes are never dialogue", "en",
			[]string{`– We are pleased, says Anna Berg.`}, []ent{person("Anna Berg", "")}, nil},
		// Attribution before the quote.
		{"X said: before", "en",
			[]string{`Amira Osei said: "The pier will reopen on Friday morning."`}, []ent{osei},
			[]string{"speech|Amira Osei|Amira Osei said:|The pier will reopen on Friday morning."}},
		{"pronoun told me: resolves to the last person", "en",
			[]string{`At the front of the queue was Daniel Okoro.`, `He told me: "I have waited here since dawn for a ticket."`}, okoro,
			[]string{"speech|Daniel Okoro|He told me:|I have waited here since dawn for a ticket."}},
		{"X told the outlet: the listener is not the speaker", "en",
			[]string{`Okoro told the Northern Post: "We are ready for the fight."`}, ents(okoro, []ent{org("Northern Post")}),
			[]string{"speech|Daniel Okoro|Okoro told the Northern Post:|We are ready for the fight."}},
		{"as X tells me, mid-sentence", "en",
			[]string{`The change might come quickly (perhaps, as Okoro tells me, by "a vote at the spring assembly").`}, okoro,
			[]string{"speech|Daniel Okoro|Okoro tells me|a vote at the spring assembly"}},
		{"X said she hoped Y: the subject, not the object", "en",
			[]string{`Priya Lal, treasurer of the rowing club Tidewatch, said she hoped Mr Okoro "will keep the boathouse open all winter".`},
			ents(okoro, []ent{lal, org("Tidewatch")}),
			[]string{"speech|Priya Lal|Priya Lal, treasurer of the rowing club Tidewatch, said she hoped Mr Okoro|will keep the boathouse open all winter"}},
		{"inverted speaker with a role before the quote", "en",
			[]string{`In the end, says ferry captain Amira Osei, the crossing is "safe again after the repairs to the pier".`}, []ent{osei},
			[]string{"speech|Amira Osei|says ferry captain Amira Osei|safe again after the repairs to the pier"}},
		{"according to", "en",
			[]string{`"The count was flawed from the start," according to Tidewatch.`}, []ent{org("Tidewatch")},
			[]string{"speech|Tidewatch|according to Tidewatch|The count was flawed from the start"}},
		{"swedish enligt before", "sv",
			[]string{`Enligt Erik Holm är det ”en katastrof för partiet”.`}, []ent{person("Erik Holm", "")},
			[]string{"speech|Erik Holm|Enligt Erik Holm|en katastrof för partiet"}},
		{"swedish X säger: before", "sv",
			[]string{`Erik Holm säger: ”Det är dags att byta ledning.”`}, []ent{person("Erik Holm", "")},
			[]string{"speech|Erik Holm|Erik Holm säger:|Det är dags att byta ledning."}},
		// Attribution after the quote.
		{"appositive between name and verb", "en",
			[]string{`“The pier needed fixing years ago,” Okoro, the harbour master, recently told the Northern Post. “Now the money is finally here.” Good news.`},
			ents(okoro, []ent{org("Northern Post")}),
			[]string{"speech|Daniel Okoro|Okoro, the harbour master, recently told the Northern Post|The pier needed fixing years ago",
				"speech|Daniel Okoro|Okoro, the harbour master, recently told the Northern Post|Now the money is finally here."}},
		{"split quote around the attribution", "en",
			[]string{`“People on the quay,” the Northern Post reported, “were cheering when the ferry arrived.”`}, []ent{org("Northern Post")},
			[]string{"speech|Northern Post|the Northern Post reported|People on the quay",
				"speech|Northern Post|the Northern Post reported|were cheering when the ferry arrived."}},
		{"outlet name not a mention, the dropped", "en",
			[]string{`Worse still, “the new fares will price out every pensioner on the island”, says the Northern Evening Post.`}, nil,
			[]string{"speech|Northern Evening Post|says the Northern Evening Post|the new fares will price out every pensioner on the island"}},
		{"person preferred over the outlet before it", "en",
			[]string{`“Nobody expected the storm to last three days,” says Harbour Radio reporter Lena Moss.`},
			[]ent{org("Harbour Radio"), person("Lena Moss", "")},
			[]string{"speech|Lena Moss|says Harbour Radio reporter Lena Moss|Nobody expected the storm to last three days"}},
		{"name after role without mentions", "en",
			[]string{`“Nobody expected the storm to last three days,” says Harbour Radio reporter Lena Moss.`}, nil,
			[]string{"speech|Lena Moss|says Harbour Radio reporter Lena Moss|Nobody expected the storm to last three days"}},
		{"object pronoun not the antecedent", "en",
			[]string{`Priya Lal said she hoped Mr Okoro "will answer her letter soon".`, `She said: "Everyone on the island saw this coming."`},
			ents(okoro, []ent{lal}),
			[]string{"speech|Priya Lal|Priya Lal said she hoped Mr Okoro|will answer her letter soon",
				"speech|Priya Lal|She said:|Everyone on the island saw this coming."}},
		{"pronoun: the speaker of the previous sentence, not a later person", "en",
			[]string{`Harbour master Priya Lal said the ferry had been sent to meet Daniel Okoro at the pier.`, `"The engine failed within an hour," she told reporters.`},
			ents(okoro, []ent{lal}),
			[]string{"speech|Priya Lal|she told reporters|The engine failed within an hour"}},
		{"an organisation's name before its kind noun speaks", "en",
			[]string{`The Tidewatch union said on Monday that the closure was "a disaster waiting to happen".`},
			[]ent{org("Tidewatch")},
			[]string{"speech|Tidewatch|The Tidewatch union said on Monday that the closure was|a disaster waiting to happen"}},
		{"pronoun chain: the same pronoun's speaker before, no one named between", "en",
			[]string{`Daniel Okoro spoke on the quay. "The tide is late," he said.`, `The crowd waited. The rain came. The ferry left. The lights went out.`, `"We go again at dawn," he added.`},
			okoro,
			[]string{"speech|Daniel Okoro|he said|The tide is late", "speech|Daniel Okoro|he added|We go again at dawn"}},
		{"pronoun chain: a person named last is someone else", "en",
			[]string{`Daniel Okoro met Priya Lal on the quay. "The tide is late," he said.`, `The crowd waited. The rain came. The ferry left. The lights went out.`, `"We go again at dawn," he added.`},
			ents(okoro, []ent{lal}),
			[]string{"speech|Daniel Okoro|he said|The tide is late", "speech|unknown|he added|We go again at dawn"}},
		// Unknown speakers.
		{"pronoun with no person before", "en",
			[]string{`The rain fell all day.`, `"It's over now," she said.`}, nil,
			[]string{"speech|unknown|she said|It's over now"}},
		{"pronoun antecedent too far back", "en",
			[]string{`Daniel Okoro arrived. The hall was full. The lights were low. The band played. The crowd sang.`, `"It's over now," he said.`}, okoro,
			[]string{"speech|unknown|he said|It's over now"}},
		{"first person is never resolved", "en",
			[]string{`Daniel Okoro waved.`, `"I agree with all of it," I said.`}, okoro,
			[]string{"speech|unknown|I said|I agree with all of it"}},
		{"unnamed source", "en",
			[]string{`"We won the vote fair and square," said a spokesperson.`, `"Nothing to add," the mayor's office said.`}, nil,
			[]string{"speech|unknown|said a spokesperson|We won the vote fair and square",
				"speech|unknown|the mayor's office said|Nothing to add"}},
		{"possessive is not the speaker", "en",
			[]string{`Okoro's spokesman said: "We will appeal against the ruling."`}, okoro,
			[]string{"speech|unknown|Okoro's spokesman said:|We will appeal against the ruling."}},
		{"organisation modifying a noun is not the speaker", "en",
			[]string{`A Harbour Party source said: "We expect a challenge soon."`}, []ent{org("Harbour Party")},
			[]string{"speech|unknown|A Harbour Party source said:|We expect a challenge soon."}},
		{"no attribution", "en",
			[]string{`Everyone agreed that "the old rules no longer work for anyone" in the end.`}, nil,
			[]string{"speech|unknown||the old rules no longer work for anyone"}},
		// Scare quotes.
		{"scare quotes", "en",
			[]string{`The café sells ‘artisan’ and ‘heritage’ buns to so-called "day trippers" in summer.`}, nil,
			[]string{"scare|unknown||artisan", "scare|unknown||heritage", "scare|unknown||day trippers"}},
		{"short fragment far from the verb is scare", "en",
			[]string{`Mr Okoro has said that he wants the ferry to become a "community-owned" service.`}, okoro,
			[]string{"scare|unknown||community-owned"}},
		{"short fragment close to the verb is speech", "en",
			[]string{`Mr Okoro has said he wants a "community-owned" ferry, and declared the pier was "finally" safe.`}, okoro,
			[]string{"speech|Daniel Okoro|Mr Okoro has said he wants a|community-owned",
				"speech|Daniel Okoro|declared the pier was|finally"}},
		{"short clause is speech", "en",
			[]string{`"We won!" Fans cheered. The banner read "It's over" and "Don't panic".`}, nil,
			[]string{"speech|unknown||We won!", "speech|unknown||It's over", "speech|unknown||Don't panic"}},
		// Apostrophes.
		{"apostrophes are not quote marks", "en",
			[]string{`Okoro's plan isn't final, the '90s are over, rock 'n' roll lives, and the members' votes don't count.`,
				`The club’s ’90s rules aren’t coming back, and the rowers’ votes won’t either.`}, okoro, nil},
		{"inch mark is not a quote", "en",
			[]string{`They ordered a 12" pizza for the count.`}, nil, nil},
		// Paragraph-spanning quotes.
		{"paragraph-spanning quote, attribution first", "en",
			[]string{`She said: "The storm closed the pier for a week. Nobody could leave.`, `"We hope the repairs hold."`, `Priya Lal left early.`},
			[]ent{lal},
			[]string{"speech|unknown|She said:|The storm closed the pier for a week. Nobody could leave.",
				"speech|unknown|She said:|We hope the repairs hold."}},
		{"paragraph-spanning quote, attribution last", "en",
			[]string{`Priya Lal spoke on the quay.`, `“The first part of a long statement.`, `“And the second part,” she said.`},
			[]ent{lal},
			[]string{"speech|Priya Lal|she said|The first part of a long statement.",
				"speech|Priya Lal|she said|And the second part"}},
		{"single-quoted quote over paragraphs", "en",
			[]string{`‘We fought hard for this.`, `‘And we won it,’ said Priya Lal.`}, []ent{lal},
			[]string{"speech|Priya Lal|said Priya Lal|We fought hard for this.",
				"speech|Priya Lal|said Priya Lal|And we won it"}},
		{"unclosed double quote runs to the paragraph end", "en",
			[]string{`"An unclosed quote that just runs on to the end`, `The next paragraph.`}, nil,
			[]string{"speech|unknown||An unclosed quote that just runs on to the end"}},
		{"previous paragraph ends with a colon", "en",
			[]string{`Amira Osei said:`, `"The pier will reopen on Friday morning."`}, []ent{osei},
			[]string{"speech|Amira Osei|Amira Osei said:|The pier will reopen on Friday morning."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, ps, ss, ms := build(tc.paras, tc.ents...)
			qs := Extract(src, ps, ss, ms, tc.lang)
			checkOffsets(t, src, qs)
			var got []string
			for _, q := range qs {
				got = append(got, render(q))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestExtractEdges(t *testing.T) {
	if qs := Extract("", nil, nil, nil, "en"); len(qs) != 0 {
		t.Errorf("empty source: %v", qs)
	}
	// Spans outside the source are clamped, not a panic.
	src := `"We are ready for anything," she said.`
	qs := Extract(src, []span.Span{{Start: -5, End: 3}, {Start: 3, End: 1000}}, []span.Span{{Start: 50, End: 10}}, []span.Mention{{Start: -1, End: 2000, Type: span.Person}}, "xx")
	checkOffsets(t, src, qs)
	// nil paragraphs: the whole source is one paragraph.
	qs = Extract(src, nil, nil, nil, "en")
	if len(qs) != 1 || qs[0].Text != "We are ready for anything" {
		t.Errorf("nil paragraphs: got %v", qs)
	}
}

// inst builds an instance of a quote at Start 0.
func inst(article, text, speaker, kind string) Instance {
	return Instance{Article: article, Quote: Quote{Start: 0, End: len(text), Text: text, Kind: kind, Speaker: speaker}}
}

func renderGroup(g Group) string {
	return fmt.Sprintf("%s|%s|%s|%s", strings.Join(g.Articles, ","), g.Speaker, g.Kind, g.Text)
}

func TestMatchGroups(t *testing.T) {
	const long = "We will keep the night ferry running until the new bridge is open to traffic"
	for _, tc := range []struct {
		name string
		in   []Instance
		want []string
	}{
		{"identical after normalising marks, case, spaces and punctuation", []Instance{
			inst("a", "The ferry timetable is a mess.", "Harbour Radio", KindSpeech),
			inst("b", "the ferry  timetable is a MESS", "Harbour Radio", KindSpeech),
			inst("c", "Something else entirely was said here", "Daniel Okoro", KindSpeech),
		}, []string{"a,b|Harbour Radio|speech|The ferry timetable is a mess.",
			"c|Daniel Okoro|speech|Something else entirely was said here"}},
		{"partial fragment of five words joins, four words does not", []Instance{
			inst("a", long, "Daniel Okoro", KindSpeech),
			inst("b", "the new bridge is open", "Daniel Okoro", KindSpeech),
			inst("c", "is open to traffic", "Daniel Okoro", KindSpeech),
		}, []string{"a,b|Daniel Okoro|speech|" + long, "c|Daniel Okoro|speech|is open to traffic"}},
		{"ellipsis skips words", []Instance{
			inst("a", long, "Daniel Okoro", KindSpeech),
			inst("b", "We will keep the night ferry … open to traffic", "", KindSpeech),
		}, []string{"a,b|Daniel Okoro|speech|" + long}},
		{"one word edit in a long quote", []Instance{
			inst("a", "The harbour has always been the beating heart of this small and stubborn town", "Lena Moss", KindSpeech),
			inst("b", "The harbour has always been the heart of this small and stubborn town", "Lena Moss", KindSpeech),
		}, []string{"a,b|Lena Moss|speech|The harbour has always been the beating heart of this small and stubborn town"}},
		{"majority speaker, ties alphabetical, unknown ignored", []Instance{
			inst("a", "The count was flawed from the start", "Tidewatch", KindSpeech),
			inst("b", "The count was flawed from the start", "Priya Lal", KindSpeech),
			inst("c", "The count was flawed from the start", Unknown, KindSpeech),
			inst("d", "independent", Unknown, KindScare),
			inst("e", "Independent", Unknown, KindScare),
		}, []string{"a,b,c|Priya Lal|speech|The count was flawed from the start", "d,e|unknown|scare|independent"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gs, _ := Match(tc.in, nil, nil)
			var got []string
			for _, g := range gs {
				got = append(got, renderGroup(g))
				for i := 1; i < len(g.Instances); i++ {
					if lessInst(g.Instances[i], g.Instances[i-1]) {
						t.Errorf("group %q: instances not sorted", g.Text)
					}
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// corpus extracts the quotes of invented articles (paragraphs joined by
// blank lines) and returns them with the sources.
func corpus(t *testing.T, arts map[string][]string, es ...ent) ([]Instance, map[string]string, map[string][]span.Span) {
	t.Helper()
	var ins []Instance
	srcs := map[string]string{}
	paras := map[string][]span.Span{}
	for id, ps := range arts {
		src, p, s, m := build(ps, es...)
		srcs[id], paras[id] = src, p
		for _, q := range Extract(src, p, s, m, "en") {
			ins = append(ins, Instance{id, q})
		}
	}
	return ins, srcs, paras
}

func renderFinding(f Finding) string {
	var ev []string
	for _, e := range f.Evidence {
		ev = append(ev, fmt.Sprintf("%s:%s:%q", e.Article, e.Kind, e.Text))
	}
	out := f.Kind + " " + f.Message + " [" + strings.Join(ev, " ") + "]"
	if f.Uncertain {
		out += " (uncertain: " + f.Reason + ")"
	}
	return out
}

func TestMatchFindings(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts map[string][]string
		ents []ent
		want []string
	}{
		{"attribution conflict", map[string][]string{
			"a": {`"The count was flawed from the start," said Priya Lal.`},
			"b": {`"The count was flawed from the start," Daniel Okoro said.`},
			"c": {`"The count was flawed from the start," said a source.`},
		}, ents(okoro, []ent{lal}), []string{
			`quote-attribution-conflict "The count was flawed from the start" is attributed to different speakers: Daniel Okoro (b); Priya Lal (a) ` +
				`[a:speech:"The count was flawed from the start" b:speech:"The count was flawed from the start"]`,
		}},
		{"a short common phrase given to two people is no conflict", map[string][]string{
			"a": {`Priya Lal said she was "very happy" with the result.`},
			"b": {`Daniel Okoro said he was "very happy" to win.`},
		}, ents(okoro, []ent{lal}), nil},
		{"words relayed inside a quote are no conflict", map[string][]string{
			"a": {`"I will not resign over paperwork," said Priya Lal.`},
			"b": {`"The minister told me, and I quote, 'I will not resign over paperwork', and that was that," said Daniel Okoro.`},
		}, ents(okoro, []ent{lal}), nil},
		{"a surname misspelt by one letter names the same speaker", map[string][]string{
			"a": {`"The members have spoken and I will serve," said Tobias Renwick.`},
			"b": {`Renwik said he accepted the result. "The members have spoken and I will serve," he said.`},
		}, []ent{person("Tobias Renwick", ""), person("Renwik", "")}, nil},
		{"a slogan repeated inside another's quote is no conflict", map[string][]string{
			"a": {`"A fair start for every street is our promise to the city," said Priya Lal.`},
			"b": {`Daniel Okoro praised the campaign and repeated the slogan. "A fair start for every street," Okoro said.`},
		}, ents(okoro, []ent{lal}), nil},
		{"a slogan two people repeat is no conflict", map[string][]string{
			"a": {`Daniel Okoro said the party's slogan would be "Harbour is working, do not let them wreck it."`},
			"b": {`Campaign spokeswoman Priya Lal responded: "Harbour is working, do not let them wreck it."`},
		}, ents(okoro, []ent{lal}), nil},
		{"an echo in one article is no disagreement with another", map[string][]string{
			"a": {`"The results surprised us all," said Priya Lal.`},
			"b": {`"The results surprised us all," said Priya Lal. Daniel Okoro agreed: "The results surprised us all."`},
		}, ents(okoro, []ent{lal}), nil},
		{"short and full name are one speaker", map[string][]string{
			"a": {`"The count was flawed from the start," says Harbour.`},
			"b": {`"The count was flawed from the start," says Harbour Radio.`},
		}, nil, nil},
		{"quote-source: outlet quoted, words in the other article's own voice", map[string][]string{
			"a": {`Ferry news`, `“The ferry timetable is a mess,” says Harbour Radio.`},
			"b": {`Island timetable row`, `The ferry timetable is a mess. They know what is coming.`},
		}, []ent{org("Harbour Radio")}, []string{
			`quote-source a's quote from Harbour Radio ("The ferry timetable is a mess") appears unattributed in b's own voice; b is the likely original ` +
				`[a:speech:"The ferry timetable is a mess" b:own-voice:"The ferry timetable is a mess"]`,
		}},
		{"no quote-source when the other article quotes the same speaker", map[string][]string{
			"a": {`“The ferry timetable is a mess,” says Harbour Radio.`},
			"b": {`The ferry timetable is a mess, and “everyone knows it”, Harbour Radio said.`},
		}, []ent{org("Harbour Radio")}, nil},
		{"no quote-source when the words are quoted in the other article", map[string][]string{
			"a": {`“The ferry timetable is a mess,” says Harbour Radio.`},
			"b": {`Everyone agreed: "The ferry timetable is a mess".`},
		}, []ent{org("Harbour Radio")}, nil},
		{"no quote-source when the other article reports the speaker indirectly", map[string][]string{
			"a": {`“The pier repairs have taken far too long,” said Daniel Okoro.`},
			"b": {`Okoro argued that the pier repairs have taken far too long.`},
		}, okoro, nil},
		{"no quote-source under five words", map[string][]string{
			"a": {`“Timetable is a mess,” says Harbour Radio.`},
			"b": {`Timetable is a mess.`},
		}, []ent{org("Harbour Radio")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ins, srcs, paras := corpus(t, tc.arts, tc.ents...)
			_, fs := Match(ins, srcs, paras)
			var got []string
			for _, f := range fs {
				got = append(got, renderFinding(f))
				for _, e := range f.Evidence {
					if src := srcs[e.Article]; src[e.Start:e.End] != e.Text {
						t.Errorf("evidence %s %d-%d is not %q", e.Article, e.Start, e.End, e.Text)
					}
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestMatchOrder(t *testing.T) {
	in := []Instance{
		inst("b", "Zebra crossings are a matter for the council", "Okoro", KindSpeech),
		inst("a", "Apples are grown on the hill above the harbour", "Lal", KindSpeech),
		inst("c", "Zebra crossings are a matter for the council", "Okoro", KindSpeech),
	}
	gs, _ := Match(in, nil, nil)
	if len(gs) != 2 || len(gs[0].Articles) != 2 || gs[1].Articles[0] != "a" {
		t.Fatalf("groups not sorted by article count then text: %v", gs)
	}
	if !reflect.DeepEqual(gs[0].Articles, []string{"b", "c"}) {
		t.Errorf("articles not sorted: %v", gs[0].Articles)
	}
}

// TestExtractWithLexicon checks that a user's extension of the lexicon
// reaches the rules: a new reporting verb attributes a quote, in the
// extension only, and a new slogan word excuses a conflict.
func TestExtractWithLexicon(t *testing.T) {
	lx, err := lexicon.Default().Extend(strings.NewReader("reporting_verbs_en: [grumbled]\nslogan_words: [refrain]\n"), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src, ps, ss, ms := build([]string{`"The ferry is late again," grumbled Tom Reyes.`}, person("Tom Reyes", ""))
	for _, tc := range []struct {
		name string
		opts Options
		want string
	}{
		{"default", Options{}, "speech|unknown||The ferry is late again"},
		{"extended", Options{Lexicon: lx}, "speech|Tom Reyes|grumbled Tom Reyes|The ferry is late again"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs := ExtractWith(src, ps, ss, ms, "en", tc.opts)
			if len(qs) != 1 || render(qs[0]) != tc.want {
				t.Errorf("got %v, want %q", qs, tc.want)
			}
		})
	}
	in := []Instance{
		{"a", Quote{Text: "A fair start for every street", Kind: KindSpeech, Speaker: "Lina Brand", Attribution: "said Lina Brand"}},
		{"b", Quote{Text: "A fair start for every street", Kind: KindSpeech, Speaker: "Tom Reyes", Attribution: "Tom Reyes sang the refrain"}},
	}
	if _, fs := MatchWith(in, nil, nil, Options{}); len(fs) != 1 {
		t.Errorf("default lexicon: %d findings, want a conflict", len(fs))
	}
	if _, fs := MatchWith(in, nil, nil, Options{Lexicon: lx}); len(fs) != 0 {
		t.Errorf("extended lexicon: %v, want no conflict (a refrain is a slogan)", fs)
	}
}

// TestByRoleEvidence checks that a speaker named by a role another
// article of the batch gives carries that role's evidence.
func TestByRoleEvidence(t *testing.T) {
	src, ps, ss, ms := build([]string{"Ada Quill walked the quay.", "\"The wall holds,\" the port director said."},
		ent{"Ada Quill", "Ada Quill", "PERSON"})
	batch := []Role{{Entity: "Ada Quill", Text: "Port director", Start: 0, End: 13, Article: "other"}}
	qs := ExtractWith(src, ps, ss, ms, "en", Options{BatchRoles: NewRoleIndex(batch, nil)})
	if len(qs) != 1 || qs[0].Speaker != "Ada Quill" || qs[0].ByRole == nil ||
		*qs[0].ByRole != (RoleEvidence{Text: "Port director", Article: "other", Start: 0, End: 13}) {
		t.Fatalf("got %+v", qs)
	}
	qs = ExtractWith(src, ps, ss, ms, "en", Options{Off: rules.Off{infoRoleAnaphor.ID(): true}})
	if len(qs) != 1 || qs[0].Speaker != Unknown || qs[0].ByRole != nil {
		t.Fatalf("without batch roles: got %+v", qs)
	}
	// role-anaphor names the story's one person, without role evidence.
	qs = ExtractWith(src, ps, ss, ms, "en", Options{})
	if len(qs) != 1 || qs[0].Speaker != "Ada Quill" || qs[0].ByRole != nil {
		t.Fatalf("role-anaphor without batch roles: got %+v", qs)
	}
}
