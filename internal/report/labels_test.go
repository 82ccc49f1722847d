package report

import (
	"reflect"
	"testing"
)

func TestSourceLabels(t *testing.T) {
	day := func(s string) *string { return &s }
	for _, tc := range []struct {
		name string
		arts []Article
		want []string
	}{
		{"file names", []Article{{ID: "01-riverside-herald.txt"}, {ID: "sub/notes.md"}},
			[]string{"01-riverside-herald", "notes"}},
		{"hash parts dropped", []Article{{ID: "000_43a8eeb2a4dbee24.txt"}, {ID: "042bb7b5fedab6a1c2d3e4f5a6b7c8d9e0f17856.html"}},
			[]string{"000", "042bb7b5"}},
		{"outlet and day", []Article{{ID: "a.md", Outlet: "City Wire", Published: day("2026-03-10")}, {ID: "b.md", Outlet: "Harbour  Post"}},
			[]string{"City Wire 10 Mar", "Harbour Post"}},
		{"year when the dates span years", []Article{{ID: "a.md", Outlet: "City Wire", Published: day("2025-12-30")}, {ID: "b.md", Outlet: "City Wire", Published: day("2026-01-02")}},
			[]string{"City Wire 30 Dec 2025", "City Wire 2 Jan 2026"}},
		{"same outlet and day: the time", []Article{{ID: "a.md", Outlet: "Wire", Published: day("2026-03-10"), PublishedTime: "09:00"}, {ID: "b.md", Outlet: "Wire", Published: day("2026-03-10"), PublishedTime: "14:30"}},
			[]string{"Wire 10 Mar 09:00", "Wire 10 Mar 14:30"}},
		{"same outlet and day, no time: numbered", []Article{{ID: "a.md", Outlet: "Wire", Published: day("2026-03-10")}, {ID: "b.md", Outlet: "Wire", Published: day("2026-03-10")}},
			[]string{"Wire 10 Mar", "Wire 10 Mar (2)"}},
		{"same file name in two folders: the path", []Article{{ID: "x/a.txt"}, {ID: "y/a.txt"}},
			[]string{"x/a", "y/a"}},
		{"JSON Lines records", []Article{{ID: "feed.jsonl#17"}, {ID: "feed.jsonl#18"}},
			[]string{"feed#17", "feed#18"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := SourceLabels(tc.arts); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("SourceLabels(%+v) = %q, want %q", tc.arts, got, tc.want)
			}
		})
	}
}

func TestLabellerText(t *testing.T) {
	lb := newLabeller(map[string]string{"a.txt": "Wire 10 Mar", "aa.txt": "aa"})
	if got, want := lb.text("aa.txt says 3, a.txt says 4"), "aa says 3, Wire 10 Mar says 4"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}
