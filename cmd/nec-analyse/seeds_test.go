package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// seedRun holds the one `report --format json` run on $NEC_SEEDS that the
// seed tests share (the report is deterministic: running it once per test
// only cost time).
var seedRun struct {
	sync.Mutex
	dir string
	r   result
}

// seedsDir is the seed folder $NEC_SEEDS names; the test is skipped when
// it is not set. A relative path is taken from the module root when it
// does not exist from the package folder (make passes it as written on
// its command line: NEC_SEEDS=../shared/seeds); a missing folder fails
// the test, saying so.
func seedsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("NEC_SEEDS")
	if dir == "" {
		t.Skip("NEC_SEEDS not set; seed acceptance tests skipped")
	}
	if _, err := os.Stat(dir); err != nil && !filepath.IsAbs(dir) {
		if root := filepath.Join("..", "..", dir); dirExists(root) {
			dir = root
		}
	}
	if !dirExists(dir) {
		t.Fatalf("NEC_SEEDS=%s: no such folder (from cmd/nec-analyse or the module root)", os.Getenv("NEC_SEEDS"))
	}
	return dir
}

func dirExists(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}

// seedJSON returns the result of `report --format json` on $NEC_SEEDS,
// running it once per test binary, and skips the test when NEC_SEEDS is
// not set.
func seedJSON(t *testing.T) result {
	t.Helper()
	dir := seedsDir(t)
	seedRun.Lock()
	defer seedRun.Unlock()
	if seedRun.dir != dir {
		seedRun.r, seedRun.dir = runCmd(t, []string{"report", "--format", "json", dir}, false), dir
	}
	return seedRun.r
}

// seedReport parses the shared seed report's articles and entities.
func seedReport(t *testing.T) (map[string]seedArticle, []seedEntity) {
	t.Helper()
	r := seedJSON(t)
	if r.code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	var rep struct {
		Articles []seedArticle `json:"articles"`
		Entities []seedEntity  `json:"entities"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	byPrefix := map[string]seedArticle{}
	for _, a := range rep.Articles {
		byPrefix[a.ID[:3]] = a
	}
	return byPrefix, rep.Entities
}

type seedArticle struct {
	ID        string  `json:"id"`
	Language  string  `json:"language"`
	Published *string `json:"published"`
	Removed   []struct {
		Kind string `json:"kind"`
		Text string `json:"text"`
	} `json:"removed"`
}

type seedEntity struct {
	Name     string `json:"name"`
	Variants []struct {
		Text string `json:"text"`
	} `json:"variants"`
	Spans []struct {
		Article string `json:"article"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Text    string `json:"text"`
	} `json:"spans"`
}

func TestSeedsSkeleton(t *testing.T) {
	arts, ents := seedReport(t)
	if len(arts) != 5 {
		t.Fatalf("%d articles, want 5", len(arts))
	}
	for prefix, a := range arts {
		want := "en"
		if prefix == "003" {
			want = "sv"
		}
		if a.Language != want {
			t.Errorf("%s language = %s, want %s", a.ID, a.Language, want)
		}
	}
	if p := arts["001"].Published; p == nil || *p != "2018-01-15" {
		t.Errorf("001 published = %v, want 2018-01-15", p)
	}
	kinds := func(a seedArticle) map[string]int {
		m := map[string]int{}
		for _, r := range a.Removed {
			m[r.Kind]++
		}
		return m
	}
	k4 := kinds(arts["004"])
	if k4["promo"] == 0 || k4["related-headlines"] != 1 {
		t.Errorf("004 removed kinds = %v, want promo and one related-headlines block", k4)
	}
	if k2 := kinds(arts["002"]); k2["duplicate"] != 1 {
		t.Errorf("002 removed kinds = %v, want exactly one duplicate", k2)
	}
	names := map[string]bool{}
	var all []string
	for _, e := range ents {
		for _, v := range e.Variants {
			names[v.Text] = true
			all = append(all, v.Text)
		}
	}
	for _, want := range []string{"Jon Lansman", "Yasmine Dar", "Rachel Garnham", "Eddie Izzard", "Jeremy Corbyn", "Len McCluskey"} {
		if !names[want] {
			t.Errorf("no entity spelled %q", want)
		}
	}
	joined := strings.Join(all, "|")
	for _, leak := range []string{"Trump", "Starmer", "Reeves", "Mandelson", "Myanmar"} {
		if strings.Contains(joined, leak) {
			t.Errorf("entity from the removed tail leaked: %s", leak)
		}
	}
}

func TestSeedsOffsetsPointAtSource(t *testing.T) {
	_, ents := seedReport(t)
	dir := seedsDir(t)
	src := map[string]string{}
	for _, e := range ents {
		for _, s := range e.Spans {
			if _, ok := src[s.Article]; !ok {
				b, err := os.ReadFile(dir + "/" + s.Article)
				if err != nil {
					t.Fatal(err)
				}
				src[s.Article] = string(b)
			}
			if got := src[s.Article][s.Start:s.End]; got != s.Text {
				t.Errorf("%s [%d,%d] = %q, want %q", s.Article, s.Start, s.End, got, s.Text)
			}
		}
	}
}

func TestSeedsEntityResolution(t *testing.T) {
	r := seedJSON(t)
	var rep struct {
		Entities []struct {
			Name     string   `json:"name"`
			Type     string   `json:"type"`
			Articles []string `json:"articles"`
			Variants []struct {
				Text        string `json:"text"`
				Misspelling bool   `json:"misspelling"`
			} `json:"variants"`
			Roles []struct {
				Text     string   `json:"text"`
				Articles []string `json:"articles"`
			} `json:"roles"`
		} `json:"entities"`
		Findings []struct {
			Kind     string `json:"kind"`
			Message  string `json:"message"`
			Evidence []struct {
				Article string `json:"article"`
				Text    string `json:"text"`
			} `json:"evidence"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{} // variant -> entity name
	roles := map[string]int{}    // "entity: role" -> sources
	types := map[string]string{}
	sources := map[string]int{}
	for _, e := range rep.Entities {
		types[e.Name] = e.Type
		sources[e.Name] = len(e.Articles)
		for _, v := range e.Variants {
			owner[v.Text] = e.Name
		}
		for _, r := range e.Roles {
			roles[e.Name+": "+r.Text] = len(r.Articles)
		}
	}
	for role, min := range map[string]int{"Jon Lansman: founder of Momentum": 2, "Yasmine Dar: Manchester councillor": 1,
		"Len McCluskey: General Secretary of Unite": 1} {
		if roles[role] < min {
			t.Errorf("role %q from %d sources, want >= %d; roles: %v", role, roles[role], min, roles)
		}
	}
	for variant, want := range map[string]string{
		"John Lansman": "Jon Lansman", "Jon Landsman": "Jon Lansman", "Lansman": "Jon Lansman",
		"Jermemy Corbyn": "Jeremy Corbyn", "Izzard": "Eddie Izzard", "NEC": "National Executive Committee",
	} {
		if owner[variant] != want {
			t.Errorf("%q belongs to %q, want %q", variant, owner[variant], want)
		}
	}
	if sources["Jon Lansman"] != 5 {
		t.Errorf("Jon Lansman in %d articles, want 5", sources["Jon Lansman"])
	}
	if owner["John Mills"] == "Jon Lansman" || owner["John Mills"] == "Jeremy Corbyn" {
		t.Errorf("John Mills merged into %s", owner["John Mills"])
	}
	for name, want := range map[string]string{"Jon Lansman": "PERSON", "Jeremy Corbyn": "PERSON", "Momentum": "ORG", "Unite": "ORG", "National Executive Committee": "ORG"} {
		if types[name] != want {
			t.Errorf("%s typed %q, want %s", name, types[name], want)
		}
	}
	flagged := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Kind == "spelling-variant" && len(f.Evidence) > 0 {
			flagged[f.Evidence[0].Text+"@"+f.Evidence[0].Article[:3]] = true
		}
	}
	for _, want := range []string{"John Lansman@000", "Jon Landsman@003", "Jermemy Corbyn@003"} {
		if !flagged[want] {
			t.Errorf("no spelling-variant finding for %s; got %v", want, flagged)
		}
	}
}

func TestSeedsClaims(t *testing.T) {
	r := seedJSON(t)
	var rep struct {
		Claims []struct {
			Subject, Measure, Status string
			Values                   []struct {
				Article   string
				Value     string
				Low, High float64
			}
		} `json:"claims"`
		Findings []struct{ Kind string } `json:"findings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	type want struct {
		status    string
		low, high float64
		articles  string // article prefixes, sorted, joined
	}
	got := map[string]want{}
	for _, c := range rep.Claims {
		var arts []string
		seen := map[string]bool{}
		w := want{status: c.Status, low: c.Values[0].Low, high: c.Values[0].High}
		for _, v := range c.Values {
			if !seen[v.Article[:3]] {
				seen[v.Article[:3]] = true
				arts = append(arts, v.Article[:3])
			}
		}
		w.articles = strings.Join(arts, ",")
		got[c.Subject+"/"+c.Measure] = w
	}
	for key, w := range map[string]want{
		"National Executive Committee/seats":     {Agree, 39, 39, "003,004"},
		"National Executive Committee/new seats": {Agree, 3, 3, "002,003"},
		"(lead event)/winners":                   {Agree, 3, 3, "001,002,004"},
		"Labour/members":                         {Agree, 600000, 600000, "000,003"},
		"Eddie Izzard/votes":                     {"single", 39508, 39508, "002"},
		"Eddie Izzard/rank":                      {Agree, 4, 4, "002,004"},
		"Yasmine Dar/votes":                      {"single", 60000, 70000, "002"},
		"Jon Lansman/votes":                      {"single", 60000, 70000, "002"},
		"Rachel Garnham/votes":                   {"single", 60000, 70000, "002"},
	} {
		if got[key] != w {
			t.Errorf("%s = %+v, want %+v", key, got[key], w)
		}
	}
	for _, f := range rep.Findings {
		if f.Kind == "conflict" {
			t.Errorf("conflict finding on the seeds, which agree on their figures")
		}
	}
	dates := map[string]string{}
	for _, c := range rep.Claims {
		if c.Measure == "date" {
			for _, v := range c.Values {
				dates[v.Article[:3]] = v.Value
			}
		}
	}
	for art, want := range map[string]string{"000": "Monday", "002": "yesterday (unresolved)", "004": "yesterday (unresolved)"} {
		if dates[art] != want {
			t.Errorf("event date of %s = %q, want %q", art, dates[art], want)
		}
	}
}

// Agree is the claim status for compatible sources.
const Agree = "agree"

func TestSeedsQuotes(t *testing.T) {
	r := seedJSON(t)
	var rep struct {
		Quotes []struct {
			Text, Speaker, Kind string
			Instances           []struct {
				Article, Speaker string
				AttributionText  string `json:"attribution_text"`
			}
		} `json:"quotes"`
		Findings []struct {
			Kind     string
			Evidence []struct{ Article, Text string }
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	speaker := func(prefix, article string) (string, string) {
		for _, q := range rep.Quotes {
			for _, in := range q.Instances {
				if strings.HasPrefix(q.Text, prefix) && strings.HasPrefix(in.Article, article) {
					return in.Speaker, q.Kind
				}
			}
		}
		return "", ""
	}
	for _, tc := range []struct{ prefix, article, speaker, kind string }{
		{"I think members need", "000", "Jon Lansman", "speech"},
		{"the power of digital democracy", "000", "Jon Lansman", "speech"},
		{"The result of these NEC", "001", "Stephanie Lloyd", "speech"},
		{"My hope is that Jon", "001", "Stephanie Lloyd", "speech"},
		{"The election of Yasmine, Rachel", "001", "Jon Lansman", "speech"},
		{"one solitary fleck of grit", "004", "Sky", "speech"},
		{"That worries plenty of Labour", "004", "Sky News", "speech"},
		{"independent", "002", "unknown", "scare"},
	} {
		if sp, kind := speaker(tc.prefix, tc.article); sp != tc.speaker || kind != tc.kind {
			t.Errorf("%q in %s: speaker %q (%s), want %q (%s)", tc.prefix, tc.article, sp, kind, tc.speaker, tc.kind)
		}
	}
	sources := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Kind == "quote-source" && len(f.Evidence) == 2 {
			sources[f.Evidence[0].Article[:3]+">"+f.Evidence[1].Article[:3]+":"+f.Evidence[0].Text[:20]] = true
		}
	}
	for _, want := range []string{"004>000:one solitary fleck o", "004>000:That worries plenty "} {
		if !sources[want] {
			t.Errorf("no quote-source finding %s; got %v", want, sources)
		}
	}
}

func TestSeedsStanceAndFraming(t *testing.T) {
	dir := seedsDir(t)
	r := runCmd(t, []string{"report", "--format", "json", "--claim", "Left-wing candidates backed by Jeremy Corbyn won the NEC election", dir}, false)
	var rep struct {
		Stance []struct {
			Article, Label string
			Evidence       []struct {
				Start, End      int
				Text, Kind, Cue string
			}
		} `json:"stance"`
		Framing []struct {
			Article, Register string
			Targets           []struct {
				Entity   string
				Evidence []struct{ Text string }
			}
		} `json:"framing"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	labels := map[string]string{}
	for _, s := range rep.Stance {
		labels[s.Article[:3]] = s.Label
		src, err := os.ReadFile(filepath.Join(dir, s.Article))
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Evidence) == 0 {
			t.Errorf("stance of %s (%s) has no evidence", s.Article, s.Label)
		}
		for _, ev := range s.Evidence {
			if ev.End > len(src) || string(src[ev.Start:ev.End]) != ev.Text {
				t.Errorf("stance evidence of %s: offsets [%d,%d) do not give %q", s.Article, ev.Start, ev.End, ev.Text)
			}
		}
		if s.Article[:3] == "003" && (len(s.Evidence) == 0 || s.Evidence[0].Kind != "hedge") {
			t.Errorf("stance of 003 is not backed by a hedge: %+v", s.Evidence)
		}
	}
	// 001 quotes a critic at length (negations, no refuting word): the
	// model must not read that as disagreement.
	for art, want := range map[string]string{"000": "agree", "001": "agree", "002": "agree", "003": "discuss", "004": "agree"} {
		if labels[art] != want {
			t.Errorf("stance of %s = %q, want %q", art, labels[art], want)
		}
	}
	register := map[string]string{}
	terms := map[string]string{}
	for _, f := range rep.Framing {
		register[f.Article[:3]] = f.Register
		for _, tg := range f.Targets {
			for _, ev := range tg.Evidence {
				terms[f.Article[:3]] += "|" + strings.ToLower(ev.Text)
			}
		}
	}
	for art, want := range map[string]string{"001": "report", "002": "opinion", "004": "report"} {
		if register[art] != want {
			t.Errorf("register of %s = %q, want %q", art, register[art], want)
		}
	}
	if !strings.Contains(terms["001"], "|far left") || !strings.Contains(terms["003"], "hårdvänster") {
		t.Errorf("framing evidence lacks the loaded labels: 001 %q, 003 %q", terms["001"], terms["003"])
	}
}

// TestSeedsWithDemoNoFalseConflicts analyses two unrelated events together:
// figures from one must never contradict the other.
func TestSeedsWithDemoNoFalseConflicts(t *testing.T) {
	dir := seedsDir(t)
	r := runCmd(t, []string{"report", "-q", "--format", "json", dir, demoDir}, false)
	var rep struct {
		Findings []struct{ Kind, Message string } `json:"findings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		if f.Kind == "conflict" || f.Kind == "quote-attribution-conflict" || f.Kind == "role-conflict" {
			t.Errorf("false %s across two events: %s", f.Kind, f.Message)
		}
	}
}
