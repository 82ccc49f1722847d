package lexicon

// The calendar concepts: month and weekday names per language.
const (
	MonthsEn               Name = "months_en"
	MonthsEnExceptMay      Name = "months_en_except_may"
	MonthsSv               Name = "months_sv"
	MonthAbbreviations     Name = "month_abbreviations"
	MonthAbbreviationsEn   Name = "month_abbreviations_en"
	MonthAbbreviationsSv   Name = "month_abbreviations_sv"
	WeekdaysEn             Name = "weekdays_en"
	WeekdaysSv             Name = "weekdays_sv"
	WeekdayAbbreviationsEn Name = "weekday_abbreviations_en"
	WeekdayAbbreviationsSv Name = "weekday_abbreviations_sv"
	MonthNouns             Name = "month_nouns"
)

// TimeUnitsEn are the English units of time.
const TimeUnitsEn Name = "time_units_en"
