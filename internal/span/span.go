// Package span holds the domain types every extraction stage shares: a
// byte span of an article's text, an entity type, and an entity mention.
// Offsets are 0-based, half-open byte offsets [Start, End) into the
// article's text as decoded to UTF-8.
package span

// Span is a byte range [Start, End) of an article's text.
type Span struct{ Start, End int }

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share a byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// EntityType is the type of a named entity.
type EntityType = string

// Entity types. An empty type is unknown.
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	// GPE is a geo-political entity: a country, city or region.
	GPE EntityType = "GPE"
	// Location is a place that is not a political unit (a road, a river,
	// a bridge).
	Location EntityType = "LOC"
	// Facility is a building or other structure.
	Facility EntityType = "FAC"
	// Misc is an event or another name of no type above ("World Cup").
	Misc EntityType = "MISC"
)

// Mention is one entity mention in one article.
type Mention struct {
	// Text is the article's text of the mention, Source[Start:End].
	Text       string
	Type       EntityType
	Start, End int
	// Sentence is the index of the sentence holding the mention, within
	// its article (set by NER).
	Sentence int
	// Entity is the name of the corpus entity the mention was resolved to
	// ("Ada Quill" for a "Ms Quill" mention); "" before resolution.
	Entity string
}

// Span is the mention's byte range.
func (m Mention) Span() Span { return Span{m.Start, m.End} }
