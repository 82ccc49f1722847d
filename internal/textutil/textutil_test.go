package textutil

import (
	"strings"
	"testing"
)

func TestLower(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Monday", "monday"},
		{"already lower", "already lower"},
		{"Örebro ÅÄÖ", "örebro åäö"},
		{"İzmir yesterday", "İzmir yesterday"}, // İ lowers to a shorter sequence: kept
		{"ȺȺ Yes", "ȺȺ yes"},                   // Ⱥ lowers to a longer one: kept
		{"\xff Bad", "\xff bad"},
	} {
		got := Lower(tc.in)
		if got != tc.want || len(got) != len(tc.in) {
			t.Errorf("Lower(%q) = %q, want %q of the same length", tc.in, got, tc.want)
		}
	}
}

func FuzzLower(f *testing.F) {
	f.Add("İzmir ȺȺ Tuesday’s")
	f.Fuzz(func(t *testing.T, s string) {
		got := Lower(s)
		if len(got) != len(s) {
			t.Fatalf("Lower(%q) changed the length: %q", s, got)
		}
		if strings.ToLower(s) == s && got != s {
			t.Fatalf("Lower(%q) = %q, changed a lower-case text", s, got)
		}
	})
}

func TestSet(t *testing.T) {
	s := Set("a b\n\tc  a")
	if len(s) != 3 || !s["a"] || !s["c"] {
		t.Errorf("Set = %v", s)
	}
}

func TestFoldAccents(t *testing.T) {
	for in, want := range map[string]string{
		"Inés Carbonell": "Ines Carbonell", "Åsa Öberg": "Asa Oberg", "Göran Ärlebäck": "Goran Arleback",
		"plain": "plain", "Søren": "Søren", "": "",
		"Ada O’Quill": "Ada O'Quill", "Tarnby‘s": "Tarnby's", "Ya\u02bcalon": "Ya'alon",
	} {
		if got := FoldAccents(in); got != want {
			t.Errorf("FoldAccents(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzFoldAccents(f *testing.F) {
	f.Add("Inés")
	f.Add("Åsa Öberg")
	f.Fuzz(func(t *testing.T, s string) {
		out := FoldAccents(s)
		if FoldAccents(out) != out {
			t.Errorf("FoldAccents not idempotent on %q: %q then %q", s, out, FoldAccents(out))
		}
	})
}

func TestFoldKey(t *testing.T) {
	words := []string{"Kari", "KARI", "kari", "\u212aari", "Straße", "STRASSE", "Åsa", "åsa", "ÅSA", "Ǆemal", "ǅemal", "ǆemal",
		"σοφία", "ΣΟΦΊΑ", "ςοφία", "a\xffb", "a\uFFFDb", "", "İstanbul", "istanbul"}
	for _, a := range words {
		for _, b := range words {
			if eq, same := strings.EqualFold(a, b), FoldKey(a) == FoldKey(b); eq != same {
				t.Errorf("%q, %q: EqualFold %t, FoldKey equal %t", a, b, eq, same)
			}
		}
	}
}

func TestCutSuffixFold(t *testing.T) {
	for _, tc := range []struct {
		s, suffix, want string
		ok              bool
	}{
		{"People.com", ".com", "People", true},
		{"PEOPLE.COM", ".com", "PEOPLE", true},
		{"ȺȺȺȺȺȺ.com", ".com", "ȺȺȺȺȺȺ", true},
		{"People.co", ".com", "People.co", false},
		{"om", ".com", "om", false},
		{"", ".com", "", false},
	} {
		got, ok := CutSuffixFold(tc.s, tc.suffix)
		if got != tc.want || ok != tc.ok {
			t.Errorf("CutSuffixFold(%q, %q) = %q, %v; want %q, %v", tc.s, tc.suffix, got, ok, tc.want, tc.ok)
		}
	}
}

func TestFlatLines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Harbour Transit Authority", "Harbour Transit Authority"},
		{"Harbour Transit\nAuthority", "Harbour Transit Authority"},
		{"Board\r\nof\tDirectors", "Board  of Directors"},
		{"Quill\u00a0said\n", "Quill\u00a0said "}, // only ASCII breaks: offsets hold
	} {
		got := FlatLines(tc.in)
		if got != tc.want || len(got) != len(tc.in) {
			t.Errorf("FlatLines(%q) = %q, want %q of the same length", tc.in, got, tc.want)
		}
	}
}

func TestOneSpace(t *testing.T) {
	for in, want := range map[string]string{
		"":                             "",
		"Ada Quill":                    "Ada Quill",
		"Ada  Quill":                   "Ada Quill",
		"Harbour Transit\r\nAuthority": "Harbour Transit Authority",
		" Ada Quill":                   "Ada Quill",
		"Ada Quill ":                   "Ada Quill",
		"Ada\u00a0Quill":               "Ada Quill",
		"  ":                           "",
	} {
		if got := OneSpace(in); got != want {
			t.Errorf("OneSpace(%q) = %q, want %q", in, got, want)
		}
	}
}
