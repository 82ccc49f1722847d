package claims

import (
	"strings"
	"testing"
)

// TestDatelineDate: the date of a wire dateline opening the sentence is
// read as one, a date elsewhere in the sentence is not.
func TestDatelineDate(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       bool
	}{
		{"HARBOURTON, March 5 - Valmora Foods said it would close a plant.", "March 5", true},
		{"SPRINGFIELD, Ill., Dec. 6 (Wirenews) -- The council voted 7 to 2.", "Dec. 6", true},
		{"Port Ellis, Dec 6, 2023 (Wirenews) – Two people died.", "Dec 6", true},
		{"NEW HARBOUR, 6 December — The strike ended.", "6 December", true},
		{"The council met on March 5 - a Tuesday - and voted.", "March 5", false},
		{"Officials said March 5 - the day of the vote - was chosen.", "March 5", false},
		{"HARBOURTON, March 5 Valmora Foods said it would close a plant.", "March 5", false},
		{"Valmora Foods, the grocer, said on March 5 - a Tuesday - it would close.", "March 5", false},
	} {
		i := strings.Index(tc.text, tc.date)
		if got := datelineDate(tc.text, i, i+len(tc.date)); got != tc.want {
			t.Errorf("datelineDate(%q, %q) = %v, want %v", tc.text, tc.date, got, tc.want)
		}
	}
}
