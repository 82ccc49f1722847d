package lexicon

// NewsOutlets names newspapers, broadcasters, news sites and platforms
// (internal/ner's outlets passes): organisations, never places or people.
const NewsOutlets Name = "news_outlets"
