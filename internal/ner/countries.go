package ner

import (
	"strings"

	"github.com/nec-analyse/nec-analyse/internal/textutil"
)

// countries are names of countries and a few of their usual short forms,
// in English and Swedish (lower case). A mention spelled like one is a
// place, unless it was found as a person and is also a given name
// ("Chad", "Jordan"; see placeNotPerson): the taggers' organisation labels
// never override it.
var countries = countrySet(`afghanistan albania algeria andorra angola argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
brazil brunei bulgaria burkina_faso burundi cambodia cameroon canada chad chile china colombia comoros congo
costa_rica croatia cuba cyprus czech_republic czechia denmark djibouti dominica dominican_republic ecuador egypt
el_salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands
new_zealand nicaragua niger nigeria north_korea north_macedonia norway oman pakistan palau palestine panama
papua_new_guinea paraguay peru philippines poland portugal qatar romania russia rwanda samoa san_marino
saudi_arabia senegal serbia seychelles sierra_leone singapore slovakia slovenia somalia south_africa
south_korea south_sudan spain sri_lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine united_arab_emirates
united_kingdom united_states uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
britain great_britain england scotland wales northern_ireland america u.s. u.k. usa uk us
sverige norge danmark finland island tyskland frankrike storbritannien england skottland irland spanien
italien grekland ryssland kina japan indien polen nederländerna belgien schweiz österrike ungern ukraina
turkiet egypten kanada brasilien mexiko australien sydafrika estland lettland litauen`)

// countrySet reads white-space separated names, "_" standing for a space.
func countrySet(names string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(names) {
		m[strings.ReplaceAll(n, "_", " ")] = true
	}
	return m
}

// givenNameCountries are countries that are also given names.
var givenNameCountries = textutil.Set("chad jordan georgia india israel")

// placeNotPerson reports whether a mention typed typ that names a country
// is the country: anything but a person named like a given name.
func placeNotPerson(text, typ string) bool {
	return isCountry(text) && !(typ == Person && givenNameCountries[strings.ToLower(text)])
}

// isCountry reports whether a mention's text names a country.
func isCountry(text string) bool {
	return countries[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s"))]
}
