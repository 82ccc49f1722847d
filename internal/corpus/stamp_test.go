package corpus_test

import (
	"strings"
	"testing"

	"github.com/nec-analyse/nec-analyse/internal/corpus"
)

func TestParseStamp(t *testing.T) {
	for _, tc := range []struct {
		line       string
		ok         bool
		date       string
		hour, mins int
	}{
		{"First Published: June 18, 2024 3: 41 PM EDT", true, "2024-06-18", 15, 41},
		{"May 6, 2024 1: 22 pm.", true, "2024-05-06", 13, 22},
		{"9: 05 a. m. Dec. 3, 2023", true, "2023-12-03", 9, 5},
		{"November 21, 2023 at 02: 48 pm", true, "2023-11-21", 14, 48},
		{"Posted: May 24, 2005", true, "2005-05-24", -1, -1},
		{"WEDNESDAY, MARCH 6, 2024, 10: 26 AM", true, "2024-03-06", 10, 26},
		{"Sat Nov 9 2024, 01: 47 hrs", true, "2024-11-09", 1, 47},
		{"on April 22, 2024 at 4: 12 AM, updated April 22, 2024 at 8: 46 AM", true, "2024-04-22", 4, 12},
		{"Posted on Thu Jun 20, 2024 12:17 PM EDT", true, "2024-06-20", 12, 17},
		{"Updated 12:17 pm", true, "", 12, 17},
		{"Publicerad 16 januari 2018 kl 12.40", true, "2018-01-16", 12, 40},
		{"Dec. 7, 2009", true, "2009-12-07", -1, -1},
		{"12:12 am, 3 March 2026", true, "2026-03-03", 0, 12},
		{"Posted on March 15, 2026 6: 09: 44 PM GMT+01: 0", true, "2026-03-15", 18, 9},
		{"ABC Mar 12, 2026, 05.51AM IST HARBOURTOWN:", true, "2026-03-12", 5, 51},
		{"Published time: March 12, 2026 02: 03", true, "2026-03-12", 2, 3},
		{"published: 2026-04-04 11: 47: 35", true, "2026-04-04", 11, 47},
		{"Posted 2 years, 41 days ago [downloaded on 9 October 2026]", true, "", -1, -1},
		{"April 7th, 2026 12: 30pm EDT", true, "2026-04-07", 12, 30},
		{"Sunday, November 27-2025 at 16: 12", true, "2025-11-27", 16, 12},
		{"Harbourtown, Nov 11 -", true, "", -1, -1},
		{"04/28/26 07: 35 PM ET", true, "2026-04-28", 19, 35},
		{"05/02/2026", true, "", -1, -1},
		{"POSTED: 0937 GMT (1737 HKT), April 10, 2026", true, "2026-04-10", 9, 37},
		{"Friday, Sep 10, 2026 | Updated 8: 52 PM EDT", true, "2026-09-10", 20, 52},
		{"Friday August 2, 2026 @ 8: 13am PDT", true, "2026-08-02", 8, 13},
		{"HARBOURTOWN, ND, April 28, 2026", true, "2026-04-28", -1, -1},
		{"HARBOURTOWN-April 27 -", true, "", -1, -1},
		{"Published: 2026.08.08 09: 01 AM", true, "2026-08-08", 9, 1},
		{"Originally published 05/13/2026 at 10: 20 AM EDT", true, "2026-05-13", 10, 20},
		{"The fire started on June 13, 2013 at 4 pm.", false, "", 0, 0},
		{"FLOODS HIT HARBOURTOWN JUNE 13, 2026", false, "", 0, 0},
		{"Harbour board votes on May 2, 2013", false, "", 0, 0},
		{"12:17 pm", false, "", 0, 0},
		{"June 13, 2013 25:70", false, "", 0, 0},
		{"", false, "", 0, 0},
	} {
		st, ok := corpus.ParseStamp(tc.line)
		if ok != tc.ok {
			t.Errorf("ParseStamp(%q) ok = %v, want %v", tc.line, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		got := ""
		if st.Date.Valid() {
			got = st.Date.String()
		}
		if got != tc.date || st.Hour != tc.hour || st.Minute != tc.mins {
			t.Errorf("ParseStamp(%q) = %s %d:%d, want %s %d:%d", tc.line, got, st.Hour, st.Minute, tc.date, tc.hour, tc.mins)
		}
	}
}

// TestStampLinesRemoved checks that publication stamps under the
// headline are removed as datelines and give the publication date and
// time, so that no later stage reads them as an event's date.
func TestStampLinesRemoved(t *testing.T) {
	for _, tc := range []struct {
		name, text, published, time string
	}{
		{"first published", "Harbour pier closes\nFirst Published: March 9, 2026 4: 59 PM EDT\nThe harbour board closed the old pier on Monday.\n", "2026-03-09", "16:59"},
		{"time before date", "Harbour pier closes\n7: 15 a. m. Mar. 10, 2026\nThe harbour board closed the old pier on Monday.\n", "2026-03-10", "07:15"},
		{"byline with a stamp", "Harbour pier closes\nBy Ada Quill, March 9, 2026\nThe harbour board closed the old pier on Monday.\n", "2026-03-09", ""},
		{"filed in a category", "Harbour pier closes\nOn behalf of Quill, Reed, Marsh & Tarn, Attorneys at Law, LLP. posted in Harbour News and Notices on Monday, March 9, 2026.\nThe harbour board closed the old pier on Monday.\n", "2026-03-09", ""},
		{"posted by an author", "Harbour pier closes\nPosted by harbourdesk on March 9, 2026 at 8: 33 AM\nThe harbour board closed the old pier on Monday.\n", "2026-03-09", "08:33"},
		{"posted and updated", "Harbour pier closes\non March 9, 2026 at 4: 31 AM, updated March 9, 2026 at 8: 33 AM\nThe harbour board closed the old pier on Monday.\n", "2026-03-09", "04:31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := corpus.Parse("a.txt", "a.txt", []byte(tc.text), false)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tc.published || a.PublishedTime != tc.time {
				t.Errorf("published %q %q, want %q %q", a.Published, a.PublishedTime, tc.published, tc.time)
			}
			lines := strings.Split(tc.text, "\n")
			found := false
			for _, r := range a.Removed {
				if r.Kind == corpus.KindDateline && strings.TrimSpace(r.Text) == lines[1] {
					found = true
				}
			}
			if !found {
				t.Errorf("the stamp line %q was not removed as a dateline: %+v", lines[1], a.Removed)
			}
			if strings.Contains(a.Text(), "2026") {
				t.Errorf("the stamp is still in the text: %q", a.Text())
			}
		})
	}
	// A news sentence near the top with a label word inside is no stamp.
	a, err := corpus.Parse("b.txt", "b.txt", []byte("Harbour pier closes\nThe video was posted in full on Monday, March 9, 2026.\nThe board closed it.\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "" || !strings.Contains(a.Text(), "posted in full") {
		t.Errorf("a news sentence was read as a stamp: published %q, text %q", a.Published, a.Text())
	}
}

func FuzzParseStamp(f *testing.F) {
	for _, s := range []string{"First Published: June 18, 2024 3: 41 PM EDT", "9: 05 a. m. Dec. 3, 2023", "Updated 12:17 pm",
		"Sat Nov 9 2024, 01: 47 hrs", "Publicerad 16 januari 2018 kl 12.40", "99:99", "12: 00 p. m.", "on 1 May"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, ok := corpus.ParseStamp(s)
		if !ok {
			return
		}
		if st.Hour < -1 || st.Hour > 23 || st.Minute < -1 || st.Minute > 59 || (st.Hour < 0) != (st.Minute < 0) {
			t.Errorf("ParseStamp(%q) time %d:%d", s, st.Hour, st.Minute)
		}
		if !st.Date.Valid() && st.Date.Year != 0 {
			t.Errorf("ParseStamp(%q) gave an invalid date %+v", s, st.Date)
		}
	})
}
