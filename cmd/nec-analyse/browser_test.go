package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browserNames are the executables tried for the browser tests, in order
// (Debian's chromium package first; .ci/run installs it when missing).
var browserNames = []string{"chromium", "chromium-browser", "chromium-headless-shell", "headless-shell", "google-chrome", "google-chrome-stable"}

// findBrowser returns the path of a Chromium, or skips the test saying
// how to get one.
func findBrowser(t *testing.T) string {
	t.Helper()
	for _, n := range browserNames {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Skipf("no Chromium to check the HTML page in (looked for %s): install Debian's chromium (apt-get install chromium), as .ci/run does", strings.Join(browserNames, ", "))
	return ""
}

// browser is a headless Chromium tab that records every network request
// and every console error of the pages it loads.
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	requests []string // URLs
	errors   []string // console errors, exceptions, browser log errors
}

// newBrowser starts the browser at exe; it is closed when the test ends.
func newBrowser(t *testing.T, exe string) *browser {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.WindowSize(1366, 860),
		chromedp.Flag("disable-dev-shm-usage", true))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root with its sandbox
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	b := &browser{}
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithListener(b.listen))
	t.Cleanup(bcancel)
	b.ctx = bctx
	enable := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, cdplog.Enable, cdp.Empty{})
		return err
	})
	if err := chromedp.Do(bctx, enable); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	return b
}

// listen records requests and errors; it runs in the tab's loop.
func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		b.requests = append(b.requests, ev.Request.URL)
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			b.errors = append(b.errors, fmt.Sprintf("console.%s", ev.Type))
		}
	case *runtime.EventExceptionThrown:
		b.errors = append(b.errors, "exception: "+ev.ExceptionDetails.Text)
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
			b.errors = append(b.errors, fmt.Sprintf("%s %s: %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text))
		}
	}
}

// load opens a page from a file and checks that it asked for nothing but
// itself and logged no error.
func (b *browser) load(t *testing.T, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	b.mu.Lock()
	b.requests, b.errors = nil, nil
	b.mu.Unlock()
	url := "file://" + filepath.ToSlash(abs)
	if err := chromedp.Do(b.ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS("#findings"))); err != nil {
		t.Fatalf("load %s: %v", url, err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, r := range b.requests {
		if r != url {
			t.Errorf("the page requested %s: it must be self-contained", r)
		}
	}
	for _, e := range b.errors {
		t.Errorf("browser error loading %s: %s", path, e)
	}
}

// eval evaluates a JavaScript expression in the page into a T.
func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// matrixCell is a claim-matrix cell as the browser shows it.
type matrixCell struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Class  string `json:"class"`
	// Background is the computed background colour, "rgb(r, g, b)".
	Background string `json:"bg"`
}

// matrixRow is a claim-matrix row as the browser shows it.
type matrixRow struct {
	Subject string       `json:"subject"`
	Measure string       `json:"measure"`
	Status  string       `json:"status"`
	Cells   []matrixCell `json:"cells"`
}

const matrixJS = `[...document.querySelectorAll('table.matrix tbody tr')].map(r => ({
	subject: r.dataset.subject, measure: r.dataset.measure,
	status: r.querySelector('td.status').textContent,
	cells: [...r.querySelectorAll('td.cell, td.empty')].map(c => ({
		source: c.dataset.source, text: (c.querySelector('.v') || {textContent: ''}).textContent,
		class: c.className, bg: getComputedStyle(c).backgroundColor}))}))`

// row returns the matrix row of a subject and measure.
func row(t *testing.T, rows []matrixRow, subject, measure string) matrixRow {
	t.Helper()
	for _, r := range rows {
		if r.Subject == subject && r.Measure == measure {
			return r
		}
	}
	t.Fatalf("no matrix row %s / %s in %+v", subject, measure, rows)
	return matrixRow{}
}

// red reports a colour "rgb(r, g, b)" that is clearly red.
func red(css string) bool {
	var r, g, b int
	if _, err := fmt.Sscanf(css, "rgb(%d, %d, %d)", &r, &g, &b); err != nil {
		return false
	}
	return r > g+25 && r > b+25
}

// writeHTML runs `report -f html` on the paths and writes the page.
func writeHTML(t *testing.T, name string, paths ...string) string {
	t.Helper()
	r := runCmd(t, append([]string{"report", "-q", "-f", "html"}, paths...), false)
	if r.code != exitOK {
		t.Fatalf("report -f html %v: exit %d\n%s", paths, r.code, r.stderr)
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// plantedDemo copies the demo into a folder with a copy of one article
// whose figure is changed (planted), an identical copy of another, and
// an article whose title is markup.
func plantedDemo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(demoDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(demoDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, e.Name()), string(b))
	}
	roundup, _ := os.ReadFile(filepath.Join(demoDir, "06-weekly-roundup.txt"))
	if !strings.Contains(string(roundup), "18,240 votes") {
		t.Fatal("the demo's weekly roundup no longer gives 18,240 votes: update the planted copy")
	}
	write(t, filepath.Join(dir, "08-planted.txt"), strings.Replace(string(roundup), "18,240 votes", "18,420 votes", 1))
	herald, _ := os.ReadFile(filepath.Join(demoDir, "01-riverside-herald.txt"))
	write(t, filepath.Join(dir, "07-copy.txt"), string(herald))
	write(t, filepath.Join(dir, "09-markup.txt"), "<script>alert('x')</script> Ferry <b>vote</b> & \"costs\"\n\n"+
		"The harbour board met on Monday. Its chair, Ada Quill, said the new ferry would run from May.\n")
	return dir
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHTMLInBrowser loads the demo's HTML page in headless Chromium and
// checks the claim matrix, the sentence behind a value, the console and
// the network; then a planted copy's conflict shows in red in its own
// column, a copy is a duplicate, and markup in an article is text.
func TestHTMLInBrowser(t *testing.T) {
	exe := findBrowser(t)
	b := newBrowser(t, exe)

	demo := writeHTML(t, "demo.html", demoDir)
	b.load(t, demo)
	rows := eval[[]matrixRow](t, b, matrixJS)
	seats := row(t, rows, "Riverside Transit Authority Board", "seats")
	if seats.Status != "agree" {
		t.Errorf("demo: board seats status %q, want agree", seats.Status)
	}
	filled := 0
	for _, c := range seats.Cells {
		if c.Text != "" {
			filled++
			if c.Text != "21" || !strings.Contains(c.Class, "agree") || red(c.Background) {
				t.Errorf("demo: board seats cell %+v, want 21, agreeing, not red", c)
			}
		}
	}
	if filled != 4 {
		t.Errorf("demo: board seats in %d sources, want 4: %+v", filled, seats.Cells)
	}
	sources := eval[[]string](t, b, `[...document.querySelectorAll('table.matrix thead th.src')].map(th => th.textContent)`)
	if !slices.Contains(sources, "City Wire 10 Mar") || !slices.Contains(sources, "01-riverside-herald") {
		t.Errorf("demo: matrix sources %q, want outlet labels (City Wire 10 Mar) and file labels", sources)
	}
	// The sentence behind a value shows when the value is clicked.
	eval[bool](t, b, `(() => { window.scrollTo(0, document.querySelector('#claims').offsetTop - 8); return true; })()`)
	cellSel := `table.matrix tr[data-subject="Thomas Wheeler"][data-measure="votes"] td.cell[data-source="City Wire 10 Mar"]`
	if err := chromedp.Do(b.ctx, chromedp.Click(chromedp.CSS(cellSel))); err != nil {
		t.Fatalf("click %s: %v", cellSel, err)
	}
	tip := eval[struct {
		Display string `json:"display"`
		Text    string `json:"text"`
	}](t, b, `(() => { const tip = document.querySelector('`+cellSel+` .tip'); return {display: getComputedStyle(tip).display, text: tip.innerText}; })()`)
	if tip.Display == "none" || !strings.Contains(tip.Text, "finished fourth with 18,240 votes") {
		t.Errorf("demo: clicking a value shows %+v, want the sentence it comes from", tip)
	}
	// Screenshots: the whole page, and the screen a reader sees with the
	// clicked value's sentence open.
	dir := os.Getenv("NEC_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	screen, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	full, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	write(t, filepath.Join(dir, "demo-page.png"), string(full))
	write(t, filepath.Join(dir, "demo-claims.png"), string(screen))
	t.Logf("screenshots of the demo's page in %s: demo-page.png, demo-claims.png, planted-claims.png", dir)

	checkPlantedPage(t, b, dir)
}

// checkPlantedPage loads the page of the demo with a planted copy, an
// identical copy and markup: the planted value is red in its column and
// its sentence shows on click, the copy is a duplicate, the markup text.
func checkPlantedPage(t *testing.T, b *browser, dir string) {
	t.Helper()
	planted := writeHTML(t, "planted.html", plantedDemo(t))
	b.load(t, planted)
	rows := eval[[]matrixRow](t, b, matrixJS)
	votes := row(t, rows, "Thomas Wheeler", "votes")
	if votes.Status != "conflict" || rows[0].Subject != "Thomas Wheeler" || rows[0].Measure != "votes" {
		t.Errorf("planted: Thomas Wheeler votes %q (first row %s / %s), want a conflict, first", votes.Status, rows[0].Subject, rows[0].Measure)
	}
	for _, c := range votes.Cells {
		switch {
		case c.Source == "08-planted":
			if c.Text != "18,420" || !strings.Contains(c.Class, "conflict") || !red(c.Background) {
				t.Errorf("planted: the planted copy's cell %+v, want 18,420 in red", c)
			}
		case c.Text != "" && red(c.Background):
			t.Errorf("planted: %s's cell %+v is red, but it gives what most sources give", c.Source, c)
		case c.Source == "07-copy":
			t.Errorf("planted: the identical copy has a column: %+v", c)
		}
	}
	// The planted value's sentence shows when it is clicked.
	eval[bool](t, b, `(() => { window.scrollTo(0, document.querySelector('#claims').offsetTop - 8); return true; })()`)
	plantedSel := `table.matrix tr[data-subject="Thomas Wheeler"][data-measure="votes"] td.cell[data-source="08-planted"]`
	if err := chromedp.Do(b.ctx, chromedp.Click(chromedp.CSS(plantedSel))); err != nil {
		t.Fatalf("click %s: %v", plantedSel, err)
	}
	plantedTip := eval[string](t, b, `document.querySelector('`+plantedSel+` .tip').innerText`)
	if !strings.Contains(plantedTip, "18,420 votes") {
		t.Errorf("planted: clicking the planted value shows %q, want its sentence", plantedTip)
	}
	shot, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	write(t, filepath.Join(dir, "planted-claims.png"), string(shot))
	findings := eval[string](t, b, `document.querySelector('#findings').innerText`)
	if !strings.Contains(findings, "duplicate-article") || !strings.Contains(findings, "07-copy repeats 01-riverside-herald") {
		t.Errorf("planted: no duplicate-article finding for the copy:\n%s", findings)
	}
	scripts := eval[int](t, b, `document.querySelectorAll('script').length`)
	title := eval[string](t, b, `document.querySelector('#sources').innerText`)
	if scripts != 0 || !strings.Contains(title, "<script>alert('x')</script> Ferry <b>vote</b> & \"costs\"") {
		t.Errorf("planted: markup in an article's title is not shown as text (%d elements made of it):\n%s", scripts, title)
	}
}

// TestSeedsHTMLInBrowser: on the seed articles the page shows the 39-seat
// and 600,000-member rows agreeing across their sources and the spelling
// variants, and a planted copy's different figure in red in its column.
func TestSeedsHTMLInBrowser(t *testing.T) {
	seeds := seedsDir(t)
	exe := findBrowser(t)
	b := newBrowser(t, exe)
	b.load(t, writeHTML(t, "seeds.html", seeds))
	rows := eval[[]matrixRow](t, b, matrixJS)
	for _, tc := range []struct {
		subject, measure string
		values           []string
	}{
		{"National Executive Committee", "seats", []string{"39"}},
		{"Labour", "members", []string{"600,000", "nearly 600,000"}},
	} {
		r := row(t, rows, tc.subject, tc.measure)
		n := 0
		for _, c := range r.Cells {
			if c.Text == "" {
				continue
			}
			n++
			if !slices.Contains(tc.values, c.Text) || !strings.Contains(c.Class, "agree") {
				t.Errorf("seeds: %s %s cell %+v, want one of %q, agreeing", tc.subject, tc.measure, c, tc.values)
			}
		}
		if r.Status != "agree" || n < 2 {
			t.Errorf("seeds: %s %s: status %q in %d sources, want agree in 2 or more", tc.subject, tc.measure, r.Status, n)
		}
	}
	entities := eval[string](t, b, `document.querySelector('#entities').innerText`)
	for _, v := range []string{"John Lansman", "Jon Landsman", "Jermemy Corbyn"} {
		if !strings.Contains(entities, v) {
			t.Errorf("seeds: the entities do not show the spelling %q", v)
		}
	}

	dir := t.TempDir()
	entries, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	planted := ""
	for _, e := range entries {
		text, err := os.ReadFile(filepath.Join(seeds, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, e.Name()), string(text))
		if planted == "" && strings.Contains(string(text), "39-seat") {
			planted = strings.Replace(string(text), "39-seat", "41-seat", 1)
		}
	}
	if planted == "" {
		t.Fatal("no seed article says 39-seat")
	}
	write(t, filepath.Join(dir, "planted.txt"), planted)
	b.load(t, writeHTML(t, "seeds-planted.html", dir))
	rows = eval[[]matrixRow](t, b, matrixJS)
	seats := row(t, rows, "National Executive Committee", "seats")
	if seats.Status != "conflict" {
		t.Errorf("seeds planted: seats status %q, want conflict", seats.Status)
	}
	for _, c := range seats.Cells {
		if c.Source == "planted" {
			if c.Text != "41" || !red(c.Background) {
				t.Errorf("seeds planted: the planted cell %+v, want 41 in red", c)
			}
		} else if c.Text != "" && red(c.Background) {
			t.Errorf("seeds planted: %s's cell %+v is red, but it gives what most sources give", c.Source, c)
		}
	}
}
