package lexicon

// Concepts of the news domain (cleaning web and wire boilerplate) and of
// the function domain (language identification).
const (
	ShareButtons       Name = "share_buttons"
	CreditLabels       Name = "credit_labels"
	RelatedLabels      Name = "related_labels"
	PictureAgencyWords Name = "picture_agency_words"
	PromoImperatives   Name = "promo_imperatives"
	PromoSecondPerson  Name = "promo_second_person"
	PromoWords         Name = "promo_words"
	PromoStems         Name = "promo_stems"
	SignupObjects      Name = "signup_objects"
	StampWords         Name = "stamp_words"
	DateLabels         Name = "date_labels"
	BylineWords        Name = "byline_words"

	FunctionWordsEn Name = "function_words_en"
	FunctionWordsSv Name = "function_words_sv"
)

// StampLinkWords link a date label to the category or author before a
// stamp ("posted in Local News on ...").
const StampLinkWords Name = "stamp_link_words"

// StampLineWords are the words a publication stamp line may hold.
const StampLineWords Name = "stamp_line_words"

// Words of relative publication stamps ("3 hours ago").
const (
	StampAgoWords      Name = "stamp_ago_words"
	StampRelativeWords Name = "stamp_relative_words"
)
