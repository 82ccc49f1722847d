package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportOverlappingRoots: `report D D/a.txt` analyses a.txt once,
// and two folders named articles are both analysed under distinct ids.
func TestReportOverlappingRoots(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"D/a.txt":                []byte(goodArticle),
		"2024-01/articles/a.txt": []byte(goodArticle),
		"2024-02/articles/a.txt": []byte(strings.Replace(goodArticle, "Tuesday", "Monday", 1)),
	})
	d := filepath.Join(dir, "D")
	for _, tc := range []struct {
		name  string
		args  []string
		ids   []string
		state string
	}{
		{"folder and a file in it", []string{d, filepath.Join(d, "a.txt")}, []string{"D/a.txt"}, ""},
		{"file spelt two ways", []string{d, d + "/./a.txt"}, []string{"D/a.txt"},
			"info: " + d + "/./a.txt is the same file as " + d + "/a.txt (analysed once)\n"},
		{"two folders named articles", []string{filepath.Join(dir, "2024-01", "articles"), filepath.Join(dir, "2024-02", "articles")},
			[]string{"2024-01/articles/a.txt", "2024-02/articles/a.txt"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCmd(t, append([]string{"report", "-f", "json"}, tc.args...), false)
			if r.code != exitOK || r.stderr != tc.state {
				t.Fatalf("exit %d, stderr %q; want 0 and %q", r.code, r.stderr, tc.state)
			}
			var rep struct{ Articles []struct{ ID string } }
			if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range rep.Articles {
				got = append(got, a.ID)
			}
			if strings.Join(got, " ") != strings.Join(tc.ids, " ") {
				t.Errorf("articles %q, want %q", got, tc.ids)
			}
		})
	}
}
