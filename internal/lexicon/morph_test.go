package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSingular(t *testing.T) {
	l := Default()
	for _, c := range []struct {
		w, want string
		plural  bool
	}{
		{"lawyers", "lawyer", true},
		{"parties", "party", true},
		{"ties", "tie", true},
		{"witnesses", "witness", true},
		{"churches", "church", true},
		{"boxes", "box", true},
		{"axes", "axe", true},
		{"policemen", "policeman", false},
		{"men", "man", false},
		{"children", "child", false},
		{"witness", "witness", false},
		{"campus", "campus", false},
		{"bus", "bus", false},
		{"its", "its", false},
		{"orioles", "oriole", true},
		{"lawyer", "lawyer", false},
		{"", "", false},
	} {
		if got := l.Singular(c.w); got != c.want {
			t.Errorf("Singular(%q) = %q, want %q", c.w, got, c.want)
		}
		if got := l.PluralS(c.w); got != c.plural {
			t.Errorf("PluralS(%q) = %v, want %v", c.w, got, c.plural)
		}
	}
}

func FuzzSingular(f *testing.F) {
	for _, s := range []string{"parties", "witnesses", "men", "s", "ies", "é's", "\xff"} {
		f.Add(s)
	}
	l := Default()
	f.Fuzz(func(t *testing.T, w string) {
		s := l.Singular(w)
		if s == w {
			return
		}
		if utf8.RuneCountInString(s) < minSingular && utf8.ValidString(w) {
			t.Errorf("Singular(%q) = %q keeps fewer than %d letters", w, s, minSingular)
		}
		for _, e := range l.Stemmer(PluralEndingsEn, minSingular).rules {
			if stem, ok := strings.CutSuffix(w, e.from); ok && s == stem+e.to {
				return
			}
		}
		t.Errorf("Singular(%q) = %q by no rule of plural_endings_en", w, s)
	})
}

func TestStemmers(t *testing.T) {
	l := Default()
	claims, stance := l.Stemmer(StemEndingsEn, 4), l.Stemmer(StanceStemEndingsEn, 3)
	for _, c := range []struct{ w, claims, stance string }{
		{"denies", "deny", "deny"}, {"denied", "deni", "deny"}, {"deny", "deny", "deny"},
		{"killed", "kill", "kill"}, {"killing", "kill", "kill"}, {"kills", "kill", "kill"},
		{"properties", "property", "property"}, {"jointly", "joint", "jointly"},
		{"refuses", "refus", "refuse"}, {"witness", "witness", "witness"}, {"campus", "campus", "campus"},
		{"thing", "thing", "thing"}, {"lies", "lies", "lie"}, {"ties", "ties", "tie"},
	} {
		if got := claims.Stem(c.w); got != c.claims {
			t.Errorf("claims stem %q = %q, want %q", c.w, got, c.claims)
		}
		if got := stance.Stem(c.w); got != c.stance {
			t.Errorf("stance stem %q = %q, want %q", c.w, got, c.stance)
		}
	}
}
