package lexicon

import (
	"testing"
	"time"
)

func TestMonthWords(t *testing.T) {
	ms := Default().MonthWords("en", "sv")
	for _, tc := range []struct {
		w      string
		month  int
		abbrev bool
	}{
		{"january", 1, false}, {"januari", 1, false}, {"jan", 1, true}, {"mar", 3, true}, {"mars", 3, false},
		{"may", 5, false}, {"maj", 5, false}, {"sep", 9, true}, {"sept", 9, true}, {"oct", 10, true},
		{"okt", 10, true}, {"oktober", 10, false}, {"dec", 12, true}, {"december", 12, false},
	} {
		if got := ms[tc.w]; got.Month != tc.month || got.Abbrev != tc.abbrev {
			t.Errorf("MonthWords[%q] = %+v, want month %d abbrev %v", tc.w, got, tc.month, tc.abbrev)
		}
	}
	if len(ms) != 12+8+11+2 { // en, sv names not in en, shared abbreviations, oct and okt
		t.Errorf("MonthWords has %d words, want 33", len(ms))
	}
	if _, ok := Default().MonthWords("en")["okt"]; ok {
		t.Error(`MonthWords("en") holds the Swedish "okt"`)
	}
}

func TestWeekdayWords(t *testing.T) {
	ws := Default().WeekdayWords("en", "sv")
	for w, want := range map[string]time.Weekday{"monday": time.Monday, "sunday": time.Sunday, "måndag": time.Monday,
		"lördag": time.Saturday, "söndag": time.Sunday} {
		if got, ok := ws[w]; !ok || got != want {
			t.Errorf("WeekdayWords[%q] = %v, %v; want %v", w, got, ok, want)
		}
	}
	if len(ws) != 14 {
		t.Errorf("WeekdayWords has %d words, want 14", len(ws))
	}
}

func TestInOrder(t *testing.T) {
	got := Default().InOrder(MonthAbbreviationsEn)
	if len(got) != 12 || got[0] != "oct" || got[1] != "jan" {
		t.Errorf("InOrder(month_abbreviations_en) = %q, want oct first, then the shared ones in file order", got)
	}
}
