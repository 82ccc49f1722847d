package lexicon

// NewsOutlets names newspapers, broadcasters, news sites and platforms
// (internal/ner's outlets passes): organisations, never places or people.
const NewsOutlets Name = "news_outlets"

// PartyNameHeads are the head words a party's short name leaves out
// ("Harbour Party" is "Harbour"; internal/entities' party-name merge).
const PartyNameHeads Name = "party_name_heads"

// SiteDomains are the endings of a website's address written as a name
// ("People.com": internal/ner's site-names pass, internal/entities'
// site-name merge).
const SiteDomains Name = "site_domains"
