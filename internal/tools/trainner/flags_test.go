package main

import (
	"strings"
	"testing"
)

func TestEnglishOnlyLexicon(t *testing.T) {
	for _, tc := range []struct {
		lang    string
		set     map[string]bool
		wantErr bool
		wantLex bool
	}{
		{"en", nil, false, true},
		{"en", map[string]bool{"lexicon": true}, false, true},
		{"sv", nil, false, false},
		{"sv", map[string]bool{"lexicon": true}, true, true},
		{"sv", map[string]bool{"lexnames": true}, true, true},
	} {
		o := options{lang: tc.lang}
		o.opts.Lexicon = true
		err := englishOnlyLexicon(&o, tc.set)
		if (err != nil) != tc.wantErr || o.opts.Lexicon != tc.wantLex {
			t.Errorf("-lang %s, set %v: err %v, lexicon %v; want error %v, lexicon %v", tc.lang, tc.set, err, o.opts.Lexicon, tc.wantErr, tc.wantLex)
		}
	}
}

// TestRecaseNeedsOut: -recase without -out fails before reading the model
// (a path that does not exist would fail otherwise).
func TestRecaseNeedsOut(t *testing.T) {
	err := recase(options{recase: "/nonexistent/model.gob"})
	if err == nil || !strings.Contains(err.Error(), "-out") {
		t.Errorf("recase without -out: %v; want an error naming -out", err)
	}
}
