// Package gazetteer holds the place names every stage shares: countries
// (with their usual short forms), large cities and well-known regions, in
// English and Swedish.
// A name spelled like one is a place unless it was found as a person and
// is also a given name ("Chad", "Sofia").
package gazetteer

import "strings"

// countries are names of countries, a few of their usual short forms and
// the Palestinian territories, in English and Swedish (lower case, "_"
// for a space).
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
papua_new_guinea paraguay peru philippines poland portugal puerto_rico qatar romania russia rwanda samoa san_marino
saudi_arabia senegal serbia seychelles sierra_leone singapore slovakia slovenia somalia south_africa
south_korea south_sudan spain sri_lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine united_arab_emirates
united_kingdom united_states uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
britain great_britain england scotland wales northern_ireland america u.s. u.k. usa uk us west_bank gaza_strip
sverige norge danmark finland island tyskland frankrike storbritannien england skottland irland spanien
italien grekland ryssland kina japan indien polen nederländerna belgien schweiz österrike ungern ukraina
turkiet egypten kanada brasilien mexiko australien sydafrika estland lettland litauen`)

// cities are capitals and large cities, in English and in Swedish where
// the name differs (lower case, "_" for a space).
var cities = countrySet(`abu_dhabi abuja accra addis_ababa algiers almaty amman amsterdam ankara antwerp
asuncion athens atlanta auckland baghdad baku bamako bangkok barcelona basra beijing beirut belfast belgrade
berlin bern bogota bombay bonn boston bratislava brisbane brussels bucharest budapest buenos_aires cairo
calcutta canberra cape_town caracas cardiff casablanca chennai chicago colombo copenhagen dakar damascus dhaka
delhi doha dubai dublin dushanbe edinburgh frankfurt gaza geneva glasgow gothenburg guangzhou hamburg hanoi
harare havana helsinki ho_chi_minh_city hong_kong islamabad istanbul jakarta jerusalem johannesburg kabul
kampala karachi kathmandu khartoum kiev kyiv kigali kinshasa kuala_lumpur kuwait_city lagos lahore la_paz
leeds las_vegas lima lisbon liverpool ljubljana london los_angeles luanda lusaka luxembourg_city lyon madrid managua
manchester manila maputo marseille melbourne mexico_city miami milan minsk mogadishu monrovia montevideo
montreal moscow mumbai munich nairobi naples new_delhi new_orleans new_york nicosia osaka oslo ottawa
paramaribo paris philadelphia phnom_penh prague pretoria pristina pyongyang quito rabat reykjavik riga riyadh rome
rotterdam san_diego san_jose st_louis detroit pittsburgh minneapolis baltimore san_francisco santiago sao_paulo sarajevo seattle seoul shanghai singapore skopje sofia stockholm
strasbourg stuttgart sydney taipei tallinn tashkent tbilisi tehran tel_aviv the_hague tirana tokyo toronto tripoli
tunis turin ulan_bator vancouver vienna vilnius warsaw washington wellington yangon yerevan zagreb zurich
göteborg malmö uppsala västerås örebro linköping helsingborg jönköping norrköping lund umeå gävle borås
södertälje eskilstuna karlstad täby växjö halmstad sundsvall luleå trollhättan östersund kalmar falun
köpenhamn helsingfors moskva peking bryssel aten rom wien prag warszawa genève`)

// regions are well-known regions within countries or across them: US
// states, Canadian provinces, Australian states, contested territories
// and continents (lower case, "_" for a space).
var regions = countrySet(`alabama alaska arizona arkansas california colorado connecticut delaware florida
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico north_carolina north_dakota
ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
virginia west_virginia wisconsin wyoming ontario quebec alberta british_columbia manitoba saskatchewan
nova_scotia new_south_wales queensland tasmania victoria chechnya dagestan kashmir kurdistan tibet xinjiang
crimea donbas catalonia bavaria siberia punjab darfur sinai golan_heights
northern_cyprus transnistria abkhazia south_ossetia nagorno-karabakh kosova europe asia africa
north_america south_america latin_america antarctica oceania middle_east balkans caucasus scandinavia
skåne norrland lappland gotland`)

// givenNames are countries, cities and regions in the lists that are
// also people's names.
var givenNames = countrySet(`chad jordan georgia india israel sofia santiago washington virginia victoria
carolina dakota montana indiana florida kansas paris sydney milan`)

// countrySet reads white-space separated names, "_" standing for a space.
func countrySet(names string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(names) {
		m[strings.ReplaceAll(n, "_", " ")] = true
	}
	return m
}

// norm lower-cases a name and drops a possessive ending.
func norm(text string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s"))
}

// IsCountry reports whether text names a country ("Britain's", "Storbritannien").
func IsCountry(text string) bool { return countries[norm(text)] }

// IsLocality reports whether text names a place within a country: a
// large city or a well-known region.
func IsLocality(text string) bool { return cities[norm(text)] || regions[norm(text)] }

// IsPlace reports whether text names a country or a large city.
func IsPlace(text string) bool { return IsCountry(text) || IsLocality(text) }

// GivenName reports a place name that is also a given name ("Chad",
// "Sofia"): found as a person, it stays a person.
func GivenName(text string) bool { return givenNames[norm(text)] }

// demonyms are the English adjectives of nationality, and a few of
// region and faith, that news writes before names ("American Dennis
// Moore", "Kurdish leader"), with the nouns for one of a nation ("the Dane
// J. M. Haraldsen", "the Scots").
var demonyms = countrySet(`afghan albanian algerian american andorran angolan argentine argentinian armenian
australian austrian azerbaijani azeri bahraini bangladeshi barbadian belarusian belgian belizean beninese
bhutanese bolivian bosnian botswanan brazilian british briton bruneian bulgarian burkinabe burmese burundian
cambodian cameroonian canadian chadian chilean chinese colombian congolese costa_rican croatian cuban cypriot
czech danish djiboutian dominican dutch ecuadorean ecuadorian egyptian emirati english eritrean estonian
ethiopian fijian filipino finnish french gabonese gambian georgian german ghanaian greek grenadian guatemalan
guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian
ivorian jamaican japanese jordanian kazakh kenyan kosovan kosovar korean kuwaiti kyrgyz lao laotian latvian lebanese
liberian libyan liechtensteiner lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian
malian maltese mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan mozambican
namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian
paraguayan peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan saudi scottish
senegalese serb serbian sierra_leonean singaporean slovak slovakian slovenian somali south_african
south_korean north_korean spanish sri_lankan sudanese surinamese swazi swedish swiss syrian taiwanese tajik
tanzanian thai togolese tongan trinidadian tunisian turkish turkmen ugandan ukrainian uruguayan uzbek
venezuelan vietnamese welsh yemeni yugoslav zairean zambian zimbabwean soviet european african asian arab
latin_american kurdish basque catalan chechen flemish walloon tibetan uighur uyghur hutu tutsi dane danes swede
swedes pole poles turk turks scot scots brit brits britons aussie aussies kiwi kiwis`)

// IsDemonym reports an adjective of nationality ("American", "Kurdish").
func IsDemonym(text string) bool { return demonyms[norm(text)] }
