package corpus

import (
	"errors"
	"fmt"
)

// Article is one news article, loaded and cleaned.
type Article struct {
	// ID is the article's path relative to the folder it was found in,
	// with forward slashes (the file name for a file given directly).
	ID string
	// Path is the path as given on the command line joined with ID,
	// with forward slashes.
	Path string
	// Source is the text every offset refers to. For a text or Markdown
	// file it is the decoded file (front matter included); for an HTML
	// page, the extracted main text (title first, paragraphs separated by
	// blank lines); for a JSON Lines record, its text field (preceded by
	// the record's title and a blank line when the text does not start
	// with it).
	Source string
	// Format is the input format: "text", "markdown", "html" or "jsonl".
	Format string
	// Extractor names the HTML main-text extractor used ("trafilatura",
	// "readability"); "" for other formats.
	Extractor string
	// Encoding names the encoding Source was decoded from ("utf-8",
	// "utf-16le", "windows-1252", ...).
	Encoding string

	Title  string
	Outlet string
	URL    string
	// Author is the byline from an HTML page's metadata, or "".
	Author string
	// Published is the publication date as YYYY-MM-DD, or "" when the
	// article does not state one. It is never guessed.
	Published string
	// PublishedTime is the time of day of the publication, "15:04" on a
	// 24-hour clock in the page's own time zone, when a stamp line gives
	// it; "" otherwise.
	PublishedTime string
	// Language is an ISO 639-1 code ("en", "sv"), or "unknown" when the
	// text is too short or too ambiguous to tell.
	Language string
	// DetectedLanguage is what the detector named ("unknown") when the
	// analysis took Language from the batch instead; "" otherwise.
	DetectedLanguage string

	// Blocks are the spans of Source kept after cleaning, in order. Each is
	// a unit of running text: sentences never cross a block boundary.
	Blocks []Block
	// Removed lists every span cleaning took out, in order of Start.
	Removed []Removed
	// Problems are non-fatal issues met while reading the article (for
	// example unreadable front matter); the article is still analysed.
	Problems []error
}

// Block is a kept span of running text in Article.Source.
type Block struct {
	Start, End int
	// Kind is "title" for the headline, "body" otherwise.
	Kind string
	// Para is the 0-based index of the paragraph (blank-line separated)
	// the block belongs to.
	Para int
}

// Removed is a span that cleaning took out of an article, kept so that
// nothing disappears silently.
type Removed struct {
	// Kind is one of the Kind* constants.
	Kind       string
	Start, End int
	Text       string
}

// Kinds of removed spans.
const (
	KindPromo       = "promo"             // newsletter / subscription promotion
	KindRelated     = "related-headlines" // trailing list of unrelated headlines
	KindCredit      = "photo-credit"      // "Name/Agency", "... Images"
	KindCaption     = "caption"           // image caption paired with a credit
	KindDuplicate   = "duplicate"         // paragraph repeated (identical up to whitespace)
	KindShare       = "share"             // share / follow buttons
	KindDateline    = "dateline"          // "Posted on: <date>" lines read as metadata
	KindFrontMatter = "front-matter"      // YAML front matter of a Markdown file
	KindMarkup      = "markup"            // Markdown images and rules
)

// Sentinel errors for unreadable input; ArticleError wraps one of them or
// an operating-system error.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary content (NUL bytes or control characters)")
	ErrEncoding    = errors.New("not valid UTF-8, UTF-16, Windows-1252 or Latin-1 text")
	ErrTooLarge    = errors.New("file too large")
	ErrSymlinkLoop = errors.New("symlink loop")
	ErrNoArticles  = errors.New("no articles found")
	ErrDuplicateID = errors.New("duplicate article id")
	// ErrNotRegular is a named pipe, a device or a socket where an
	// article file was expected; it is never read.
	ErrNotRegular = errors.New("not a regular file")
)

// ArticleError reports a file that could not be loaded as an article.
type ArticleError struct {
	Path string
	Err  error
}

func (e *ArticleError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Err) }

// Unwrap returns the underlying error.
func (e *ArticleError) Unwrap() error { return e.Err }
