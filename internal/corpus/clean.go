package corpus

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/nec-analyse/nec-analyse/internal/dates"
	"github.com/nec-analyse/nec-analyse/internal/lexicon"
)

// Cleaning rules that hold no vocabulary.
var (
	// Wire-service credit lines closing a report, names only: "Reporting
	// by A; editing by B", "(Additional reporting by C in Oslo)".
	reWireCredit = regexp.MustCompile(`^\s*\(?\s*(?i:(additional )?reporting|writing|editing|compiled) by\s+\p{Lu}[\p{L}.'’-]*(\s+(and\s+)?\p{Lu}[\p{L}.'’-]*){0,4}(\s+in\s+\p{Lu}[\p{L}-]*)?(\s*[;,]\s*(?i:(additional )?reporting|writing|editing|compiled) by\s+\p{Lu}[\p{L}.'’-]*(\s+(and\s+)?\p{Lu}[\p{L}.'’-]*){0,4}(\s+in\s+\p{Lu}[\p{L}-]*)?)*\s*\)?\.?\s*$`)
	// "Firstname Lastname/Agency" or "Agency/Agency".
	reCreditSlash = regexp.MustCompile(`^\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*/\s*\p{Lu}[\p{L}&.'’ -]{0,40}$`)
	// Trailing headline-list separators.
	reSeparator = regexp.MustCompile(`^\s*[-–—•*·|_=~>]{1,5}\s*$`)
	// Markdown images and horizontal rules.
	reMDImage = regexp.MustCompile(`^\s*!\[[^\]]*\]\([^)]*\)\s*$`)
	reMDRule  = regexp.MustCompile(`^\s*(\*\s*){3,}$|^\s*(_\s*){3,}$|^\s*(-\s*){3,}$`)
)

// cleaner holds the cleaning rules built from a lexicon's news
// vocabulary (generic web boilerplate, never text from a particular
// outlet). Build one with cleanerFor.
type cleaner struct {
	// Lines made only of share/follow buttons.
	reShare *regexp.Regexp
	// Explicit credit labels and the copyright sign.
	reCreditLabel *regexp.Regexp
	// A label opening a line of links to other stories ("Related: ...",
	// "Read more: ...", "Läs också: ..."), or, alone on its line, the
	// heading of such a list.
	reRelatedLabel, reRelatedHeading *regexp.Regexp
	// Lines ending with a picture-agency word ("... Images", "... Getty").
	reCreditTail *regexp.Regexp
	// Newsletter and subscription promotion.
	rePromo *regexp.Regexp
	// Second-person / imperative cues that make a promo line an advert
	// rather than reporting about newsletters, and the imperative part
	// alone.
	rePromoCue, rePromoImperative *regexp.Regexp
	// Bylines and publication stamps; a stamp opening the line
	// ("Published 3 hours ago.").
	reByline, reStamp, reStampStart *regexp.Regexp
	// Date labels at the top of an article; a label opening a sentence
	// with a category or author before the stamp ("... LLP. posted in
	// Crime on Friday, May 3, 2019").
	reDateLabel, reFiledIn *regexp.Regexp
	// Function words of the languages the analysis has models for.
	enFunction, svFunction map[string]struct{}
	// stamps reads publication stamp lines.
	stamps stampVocab
}

// cleaners memoises one cleaner per lexicon (lexicons are immutable).
var cleaners sync.Map // *lexicon.Lexicon -> *cleaner

// cleanerFor returns the cleaner of lexicon lx (nil: the default).
func cleanerFor(lx *lexicon.Lexicon) *cleaner {
	if lx == nil {
		lx = lexicon.Default()
	}
	if c, ok := cleaners.Load(lx); ok {
		return c.(*cleaner)
	}
	c, _ := cleaners.LoadOrStore(lx, newCleaner(lx))
	return c.(*cleaner)
}

func newCleaner(lx *lexicon.Lexicon) *cleaner {
	share := `(?:` + lx.Pattern(lexicon.ShareButtons) + `|share (?:on|via) \w+)`
	related := lx.Pattern(lexicon.RelatedLabels)
	stamp := `(` + lx.Pattern(lexicon.StampWords) + `|\d+ (minutes?|hours?|days?) ago)\b`
	imperative := `^\s*` + lx.Pattern(lexicon.PromoImperatives) + `\b`
	return &cleaner{
		reShare:          regexp.MustCompile(`(?i)^\s*` + share + `(\s*[|/·•,:-]?\s*` + share + `)*\s*$`),
		reCreditLabel:    regexp.MustCompile(`(?i)^\s*` + lx.Pattern(lexicon.CreditLabels) + `( (by|credits?|source))?\s*[:©]|©|\((photo|foto|bild)\b`),
		reRelatedLabel:   regexp.MustCompile(`(?i)^\s*` + related + `\s*[:：]\s*\S`),
		reRelatedHeading: regexp.MustCompile(`(?i)^\s*` + related + `\s*[:：]?\s*$`),
		reCreditTail:     regexp.MustCompile(`(?i)(^|\s)` + lx.Pattern(lexicon.PictureAgencyWords) + `\s*$`),
		rePromo: regexp.MustCompile(`(?i)(\b` + lx.Pattern(lexicon.PromoWords) + `\b|\b` + lx.Pattern(lexicon.PromoStems) +
			`|\bsign(ed)?[ -]?up ` + lx.Pattern(lexicon.SignupObjects) + `\b|^\s*sign[ -]?up\b)`),
		rePromoCue:        regexp.MustCompile(`(?i)(\b` + lx.Pattern(lexicon.PromoSecondPerson) + `\b|` + imperative + `)`),
		rePromoImperative: regexp.MustCompile(`(?i)` + imperative),
		reByline:          regexp.MustCompile(`(?i)^\s*` + lx.Pattern(lexicon.BylineWords) + `\s+\p{Lu}`),
		reStamp:           regexp.MustCompile(`(?i)\b` + stamp),
		reStampStart:      regexp.MustCompile(`(?i)^\s*` + stamp),
		reDateLabel:       regexp.MustCompile(`(?i)^\s*` + lx.Pattern(lexicon.DateLabels) + `(\s+on)?\s*:?\s*`),
		reFiledIn:         regexp.MustCompile(`(?i)(?:^|[.|·•]\s+)` + lx.Pattern(lexicon.DateLabels) + `\s+` + lx.Pattern(lexicon.StampLinkWords) + `\s+`),
		enFunction:        lx.Set(lexicon.FunctionWordsEn),
		svFunction:        lx.Set(lexicon.FunctionWordsSv),
		stamps:            newStampVocab(lx),
	}
}

// cleanResult is what cleaning finds in an article body.
type cleanResult struct {
	lines     []line
	titleLine int // index into lines, -1 if none
	published dates.Date
	// stamp is the publication stamp the date came from (its time).
	stamp Stamp
}

// cleanBody classifies each line of src[from:] as kept or removed.
func (c *cleaner) cleanBody(src string, from int, markdown bool) cleanResult {
	ls := splitLines(src, from)
	res := cleanResult{lines: ls, titleLine: -1}
	nonBlank := make([]int, 0, len(ls))
	for i := range ls {
		if !ls[i].blank {
			nonBlank = append(nonBlank, i)
		}
	}
	if len(nonBlank) == 0 {
		return res
	}
	if markdown {
		for _, i := range nonBlank {
			if reMDImage.MatchString(ls[i].text) || reMDRule.MatchString(ls[i].text) {
				ls[i].kind = KindMarkup
			}
		}
	}
	res.titleLine = c.firstKept(ls, nonBlank)
	res.stamp = c.markDatelines(ls, nonBlank, res.titleLine)
	res.published = res.stamp.Date
	// A labelled dateline above the headline ("Posted on:" + date) is
	// metadata, not the title: take the first line left.
	res.titleLine = c.firstKept(ls, nonBlank)
	c.markShareCreditPromo(ls, nonBlank, res.titleLine)
	markDuplicates(ls, res.titleLine)
	c.markRelatedTail(ls, nonBlank)
	c.markRelatedLabels(ls, nonBlank, res.titleLine)
	return res
}

// markRelatedLabels removes lines of links to other stories: a line
// opening with a label ("Related: ...", "Read more: ...", "Läs också:
// ..."), and a heading alone on its line ("Related", "See also:") with the
// headlines under it.
func (c *cleaner) markRelatedLabels(ls []line, nonBlank []int, title int) {
	for n := 0; n < len(nonBlank); n++ {
		i := nonBlank[n]
		if ls[i].kind != "" || i == title {
			continue
		}
		t := ls[i].text
		if c.reRelatedLabel.MatchString(t) && wordCount(t) <= 30 {
			ls[i].kind = KindRelated
			continue
		}
		if !c.reRelatedHeading.MatchString(t) || n+1 == len(nonBlank) {
			continue
		}
		ls[i].kind = KindRelated
		// Under the heading: to the end when the six lines or fewer left
		// are short headlines (a closing list of links), else only the headlines right under
		// it (short lines that end no sentence).
		tail := len(nonBlank)-n-1 <= 6
		for _, j := range nonBlank[n+1:] {
			tail = tail && (ls[j].kind != "" || wordCount(ls[j].text) <= 20 && !endsSentence(ls[j].text))
		}
		for k := n + 1; k < len(nonBlank); k++ {
			j := nonBlank[k]
			if ls[j].kind != "" {
				continue
			}
			if !tail && (wordCount(ls[j].text) > 20 || endsSentence(ls[j].text)) {
				break
			}
			ls[j].kind = KindRelated
			n = k
		}
	}
}

// firstKept returns the first line not yet removed that is not a row of
// share buttons: the headline. It returns -1 when there is none.
func (c *cleaner) firstKept(ls []line, nonBlank []int) int {
	for _, i := range nonBlank {
		if ls[i].kind == "" && !c.reShare.MatchString(ls[i].text) {
			return i
		}
	}
	return -1
}

// markDatelines removes lines that only state the publication date
// ("Posted on:" + date, or a lone date near the top) and returns the first
// such date. The title line is only removed when it carries a date label.
func (c *cleaner) markDatelines(ls []line, nonBlank []int, title int) Stamp {
	found := Stamp{Hour: -1, Minute: -1}
	take := func(st Stamp) {
		if !found.Date.Valid() && st.Date.Valid() {
			found = st
		}
	}
	for n, i := range nonBlank {
		if ls[i].kind != "" {
			continue
		}
		text := strings.TrimSpace(ls[i].text)
		if wordCount(text) > 16 {
			// A long line is a stamp only when a label closes it with
			// its category or author ("On behalf of ... posted in
			// Local News on Friday, September 20, 2013.").
			if st, ok := c.filedInStamp(text); ok && n <= 6 && i != title {
				ls[i].kind = KindDateline
				take(st)
			}
			continue
		}
		loc := c.reDateLabel.FindStringIndex(text)
		if i == title && loc == nil {
			continue
		}
		rest := text
		if loc != nil {
			rest = strings.TrimSpace(text[loc[1]:])
		}
		if loc != nil && rest == "" && n+1 < len(nonBlank) {
			// Label alone; the date is on the next line.
			j := nonBlank[n+1]
			if st, ok := c.stamps.parse(ls[j].text); ok {
				ls[i].kind, ls[j].kind = KindDateline, KindDateline
				take(st)
			}
			continue
		}
		// A labelled stamp anywhere; an unlabelled one only near the top.
		if loc == nil && n > 6 {
			continue
		}
		if st, ok := c.stamps.parse(text); ok && (n <= 2 || st.Date.Valid()) {
			// Below the headline and its stamp, one without a date ("Updated 5 hours
			// ago") belongs to a list of other stories' teasers.
			ls[i].kind = KindDateline
			take(st)
			continue
		}
		if st, ok := c.bylineStamp(text); ok && n <= 6 {
			// "By Jane Doe, June 18, 2024": a byline carrying the stamp.
			ls[i].kind = KindDateline
			take(st)
			continue
		}
		if st, ok := c.filedInStamp(text); ok && n <= 6 {
			ls[i].kind = KindDateline
			take(st)
		}
	}
	return found
}

// filedInStamp reads a line closed by a labelled stamp naming where or by
// whom the page was filed: "posted in Harbour Crime on Friday,
// May 3, 2019", "Posted by admin on May 3, 2012", after a
// sentence or at the line's start. The words between the link word and
// the stamp are a category or a name, and what
// follows them is a stamp with a date, nothing else.
func (c *cleaner) filedInStamp(text string) (Stamp, bool) {
	loc := c.reFiledIn.FindStringIndex(text)
	if loc == nil || loc[1] >= len(text) {
		return Stamp{}, false
	}
	rest := text[loc[1]:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !unicode.IsLower(r) {
		return Stamp{}, false
	}
	fields := strings.Fields(rest)
	for k := 1; k < len(fields) && k <= 8; k++ {
		tail := strings.Join(fields[k:], " ")
		if st, ok := c.stamps.parse(tail); ok && st.Date.Valid() {
			return st, true
		}
	}
	return Stamp{}, false
}

// reBylineName is a byline's name part: "By Jane Doe", "By Jane Doe and
// John Roe", "Av Anna Berg", up to the stamp after it.
var reBylineName = regexp.MustCompile(`^\s*\S+\s+\p{Lu}[\p{L}.'’-]*(\s+(and|och|&)?\s*\p{Lu}[\p{L}.'’-]*){0,5}\s*[,|·•–-]?\s*`)

// bylineStamp reads a byline followed by a stamp ("By Jane Doe, June 18,
// 2024, 3:41 PM").
func (c *cleaner) bylineStamp(text string) (Stamp, bool) {
	if !c.reByline.MatchString(text) {
		return Stamp{}, false
	}
	loc := reBylineName.FindStringIndex(text)
	if loc == nil || loc[1] >= len(text) {
		return Stamp{}, false
	}
	st, ok := c.stamps.parse(text[loc[1]:])
	return st, ok && st.Date.Valid()
}

// isCredit reports whether a line is a photo credit.
func (c *cleaner) isCredit(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || wordCount(t) > 7 || utf8.RuneCountInString(t) > 70 {
		return false
	}
	if c.reCreditLabel.MatchString(t) {
		return true
	}
	if endsSentence(t) || strings.ContainsAny(t, "\"“”") {
		return false
	}
	if reCreditSlash.MatchString(t) {
		return true
	}
	return c.reCreditTail.MatchString(t) && allCapitalised(t)
}

// allCapitalised reports whether every word of s starts with an upper-case
// letter or is an initialism.
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isPromo reports whether a line advertises a newsletter or subscription.
func (c *cleaner) isPromo(s string) bool {
	if wordCount(s) > 35 || !c.rePromo.MatchString(s) {
		return false
	}
	if !endsSentence(s) {
		return true
	}
	// In reported speech "you" is the speaker's: only an imperative
	// opening makes a quoting line an advert.
	if strings.ContainsAny(s, "\"“”„«»") {
		return c.rePromoImperative.MatchString(s)
	}
	return c.rePromoCue.MatchString(s)
}

// markShareCreditPromo marks share rows, photo credits with their
// captions, and promotions with their teaser lines. The title line is
// never marked.
func (c *cleaner) markShareCreditPromo(ls []line, nonBlank []int, title int) {
	c.markShareCredit(ls, nonBlank, title)
	c.markPromos(ls, nonBlank, title)
	byPara := map[int][]int{}
	for _, i := range nonBlank {
		byPara[ls[i].para] = append(byPara[ls[i].para], i)
	}
	for n, i := range nonBlank {
		switch ls[i].kind {
		case KindCredit:
			markCaption(ls, byPara[ls[i].para], i)
		case KindPromo:
			c.markTeasers(ls, nonBlank, n)
		}
	}
}

// markShareCredit marks share-button lines and photo or wire credits.
func (c *cleaner) markShareCredit(ls []line, nonBlank []int, title int) {
	for _, i := range nonBlank {
		if ls[i].kind != "" || i == title {
			continue
		}
		switch t := ls[i].text; {
		case c.reShare.MatchString(t):
			ls[i].kind = KindShare
		case c.isCredit(t):
			ls[i].kind = KindCredit
		case reWireCredit.MatchString(t) && wordCount(t) <= 20:
			ls[i].kind = KindCredit
		}
	}
}

// markPromos marks promotion lines. Promotion is judged per run of lines
// that soft wraps join into one block, so a wrapped news sentence is
// judged as a whole.
func (c *cleaner) markPromos(ls []line, nonBlank []int, title int) {
	wrapped := wrapProfile(ls)
	for n := 0; n < len(nonBlank); {
		m := n + 1
		for m < len(nonBlank) && ls[nonBlank[m]].para == ls[nonBlank[n]].para &&
			ls[nonBlank[m-1]].kind == "" && ls[nonBlank[m]].kind == "" && nonBlank[m-1] != title &&
			wrapped.soft(ls[nonBlank[m-1]].text, ls[nonBlank[m]].text, ls[nonBlank[n]].para) {
			m++
		}
		if ls[nonBlank[n]].kind == "" && nonBlank[n] != title {
			parts := make([]string, 0, m-n)
			for _, i := range nonBlank[n:m] {
				parts = append(parts, ls[i].text)
			}
			if c.isPromo(strings.Join(parts, " ")) {
				for _, i := range nonBlank[n:m] {
					ls[i].kind = KindPromo
				}
			}
		}
		n = m
	}
}

// markTeasers marks the teaser lines of the promotion heading
// nonBlank[n]: a promo heading ("Sign up for our newsletter") carries its
// teaser lines in the same paragraph; a heading that only names a
// newsletter does not.
func (c *cleaner) markTeasers(ls []line, nonBlank []int, n int) {
	i := nonBlank[n]
	if endsSentence(ls[i].text) || !c.rePromoCue.MatchString(ls[i].text) {
		return
	}
	for k := n + 1; k < len(nonBlank) && k <= n+3; k++ {
		j := nonBlank[k]
		if ls[j].para == ls[i].para && ls[j].kind == KindPromo {
			continue
		}
		if ls[j].para != ls[i].para || ls[j].kind != "" || wordCount(ls[j].text) > 35 ||
			strings.ContainsAny(ls[j].text, "\"“”„«»") || reSeparator.MatchString(ls[j].text) {
			break
		}
		ls[j].kind = KindPromo
	}
}

// markCaption marks the caption paired with the credit at line i: the
// only other line of a two-line paragraph. same lists the non-blank lines
// of i's paragraph.
func markCaption(ls []line, same []int, i int) {
	if len(same) != 2 {
		return
	}
	other := same[0]
	if other == i {
		other = same[1]
	}
	if ls[other].kind == "" && wordCount(ls[other].text) <= 40 {
		ls[other].kind = KindCaption
	}
}

// markDuplicates removes a paragraph, or a long line, that repeats an
// earlier one identical up to white space.
func markDuplicates(ls []line, title int) {
	seenPara := map[string]bool{}
	seenLine := map[string]bool{}
	titleText := ""
	if title >= 0 {
		titleText = normSpace(ls[title].text)
	}
	for start := 0; start < len(ls); {
		end := start
		for end < len(ls) && ls[end].para == ls[start].para {
			end++
		}
		var parts []string
		for i := start; i < end; i++ {
			if !ls[i].blank && ls[i].kind == "" {
				parts = append(parts, ls[i].text)
			}
		}
		key := normSpace(strings.Join(parts, " "))
		switch {
		case key == "":
		case seenPara[key] && wordCount(key) >= 6:
			for i := start; i < end; i++ {
				if !ls[i].blank && ls[i].kind == "" {
					ls[i].kind = KindDuplicate
				}
			}
		default:
			seenPara[key] = true
			for i := start; i < end; i++ {
				if ls[i].blank || ls[i].kind != "" {
					continue
				}
				k := normSpace(ls[i].text)
				if i != title && (seenLine[k] && wordCount(k) >= 8 || k == titleText && wordCount(k) >= 3) {
					ls[i].kind = KindDuplicate
					continue
				}
				seenLine[k] = true
			}
		}
		start = end
	}
}

// isStampLine reports whether a line closes a teaser item: a byline
// ("By Name, Outlet") or a publication stamp.
func (c *cleaner) isStampLine(s string) bool {
	if wordCount(s) > 16 {
		return false
	}
	if endsSentence(s) {
		// A sentence is a stamp only when it opens with the stamp or is a
		// byline carrying one: "The report was published in May." is news.
		return c.reStampStart.MatchString(s) || c.reByline.MatchString(s) && c.reStamp.MatchString(s)
	}
	return c.reByline.MatchString(s) || c.reStamp.MatchString(s)
}

// markRelatedTail removes a trailing list of teaser items: each item is a
// few short lines (headline, teaser) closed by a byline or publication
// stamp, optionally between separator lines. Two items at least.
func (c *cleaner) markRelatedTail(ls []line, nonBlank []int) {
	n := len(nonBlank) - 1
	var items int
	maxSize := 0 // lines in the largest item so far
	tailStart := -1
	for n >= 0 {
		for n >= 0 && reSeparator.MatchString(ls[nonBlank[n]].text) && ls[nonBlank[n]].kind == "" {
			n--
		}
		if n < 0 || ls[nonBlank[n]].kind != "" || !c.isStampLine(ls[nonBlank[n]].text) {
			break
		}
		limit := 3
		if items > 0 {
			limit = min(limit, maxSize)
		}
		k := n - 1
		taken := 0
		for k >= 0 && taken < limit {
			t := ls[nonBlank[k]].text
			if ls[nonBlank[k]].kind != "" || reSeparator.MatchString(t) || c.isStampLine(t) || wordCount(t) > 40 {
				break
			}
			k--
			taken++
		}
		if taken == 0 {
			break
		}
		items++
		maxSize = max(maxSize, taken)
		tailStart = k + 1
		n = k
	}
	if items < 2 {
		return
	}
	// Separators directly above the first item belong to the list.
	for tailStart > 0 && reSeparator.MatchString(ls[nonBlank[tailStart-1]].text) && ls[nonBlank[tailStart-1]].kind == "" {
		tailStart--
	}
	for _, i := range nonBlank[tailStart:] {
		if ls[i].kind == "" {
			ls[i].kind = KindRelated
		}
	}
}
