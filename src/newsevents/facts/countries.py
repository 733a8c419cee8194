"""Countries, CAMEO regions, organisations and armed groups: names, demonyms, seats -> codes.
Facts we keep ourselves (no pycountry, no GPL country-converter); indexes are built once at import."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from newsevents.model import Actor

# Conventions
# - Country codes are ISO 3166-1 alpha-3 (``Country.iso3``). CAMEO departs from ISO for a few; those
#   are in ``CAMEO_OVERRIDES`` and exposed as ``Country.cameo``: Kosovo is ISO-style ``XKX`` (World
#   Bank/EU, GeoNames) but ``KSV`` in Phoenix/CountryInfo; Timor-Leste is ``TLS`` but ``TMP`` in
#   ICEWS->CAMEO and CountryInfo. (GDELT's own lookup is said to use ``ROM`` for Romania; not
#   overridden here, Phoenix and ICEWS->CAMEO use ``ROU``.)
# - Ambiguous names, resolved on purpose:
#   "Congo"/"Congolese" -> COD (Democratic Republic), as AP/Reuters write it; Phoenix maps bare
#   "Congo" to COG. "Korea"/"Korean" -> KOR. "Dominican" -> DOM (Dominica keeps it, un-indexed).
#   "Guinea" -> GIN. "Georgia" -> the country GEO, never the US state. "Congress" -> the US Congress.
#   "Macedonia" -> MKD. "Micronesia" -> FSM. "Emirates" -> ARE.
# - An alias written with a leading "~" in the tables is kept on the record but not indexed: another
#   entry owns that string. Two records claiming the same indexed string is an import error.
# - Lookups: case-insensitive, accents and curly quotes folded, dots dropped ("U.S." = "US"), hyphens
#   read as spaces, a leading "the" ignored. Two exceptions keep common words out: an all-capitals
#   key of at most 3 letters ("US", "UK", "UAE", "WHO", "IS", ISO-3 codes) matches only when written in
#   capitals ("us" is a pronoun), and a few names that are also English words (``LOWERCASE_WORDS``:
#   "china", "turkey", "polish", "chad", "amnesty" ...) do not match when written all in lower case.
# - Capitals are a field only: "Moscow said" (the government) and "in Moscow" (a place) need context,
#   which the caller has and this module does not.

__all__ = [
    "CAMEO_OVERRIDES",
    "COUNTRIES",
    "LOWERCASE_WORDS",
    "ORGANISATIONS",
    "REGIONS",
    "Country",
    "Organisation",
    "Region",
    "country_by_capital",
    "country_by_demonym",
    "country_by_iso2",
    "country_by_iso3",
    "country_by_legislature",
    "country_by_name",
    "country_by_seat",
    "normalise",
    "organisation_by_name",
    "region_by_demonym",
    "region_by_name",
    "us_state",
]

# ISO-3 -> CAMEO country code, where CAMEO dictionaries (Phoenix, CountryInfo, ICEWS->CAMEO) differ.
CAMEO_OVERRIDES: dict[str, str] = {
    "XKX": "KSV",
    "TLS": "TMP",
    # dependencies: parent country + own code, as in CountryInfo and ICEWS->CAMEO
    "GRL": "DNKGRL",
    "PRI": "USAPRI",
    "GUM": "USAGUM",
    "FLK": "GBRFLK",
    "GIB": "GBRGIB",
    "NCL": "FRANCL",
}


@dataclass(frozen=True)
class Country:
    """A state or a commonly coded territory."""

    iso3: str
    iso2: str
    name: str
    names: tuple[str, ...]  # other names and short forms: "U.S.", "USA", "America", "the United States"
    demonyms: tuple[str, ...]  # adjective and people, plurals where they differ: "Israeli", "Israelis"
    capital: str  # ambiguous as a metonym ("Moscow said" vs "in Moscow"): the caller decides
    seats: tuple[str, ...] = ()  # metonyms for the executive: "Kremlin", "White House", "Downing Street"
    legislature: tuple[str, ...] = ()  # proper names only: "Knesset", "Duma"; not "Parliament"

    @property
    def cameo(self) -> str:
        """The CAMEO country code: ISO-3 except for ``CAMEO_OVERRIDES``."""
        return CAMEO_OVERRIDES.get(self.iso3, self.iso3)


@dataclass(frozen=True)
class Region:
    """A region CAMEO uses in the country slot of an actor code ("the West" -> WST)."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()


OrganisationKind = Literal["IGO", "NGO", "group", "state"]


@dataclass(frozen=True)
class Organisation:
    """An international organisation, NGO, non-state armed/political group, or a named state body
    (an army, a spy agency) whose role its name does not say ("IDF", "Mossad"), with its CAMEO code."""

    code: str  # full CAMEO code: "IGOUNO", "IGOWSTNAT" (NATO), "IGOEUREEC" (EU), "LBNREB" (Hezbollah)
    name: str
    names: tuple[str, ...]  # "UN", "U.N.", "United Nations" ... as written in text
    kind: OrganisationKind
    note: str = ""  # where the code comes from, or why it may need care


# --- countries ----------------------------------------------------------------------------------
# iso3 | iso2 | name | other names ; ... | demonyms ; ... | capital | seats ; ... | legislature ; ...
# All 193 UN member states, then the Holy See, Palestine, Taiwan, Kosovo, Hong Kong, Western Sahara,
# and dependencies often in the news (Greenland, Puerto Rico, Guam, the Falklands, Gibraltar, New
# Caledonia), which CAMEO codes as parent + own code (CountryInfo: DNKGRL, USAPRI ...).
_COUNTRY_TABLE = """
AFG | AF | Afghanistan | Islamic Republic of Afghanistan; Islamic Emirate of Afghanistan | Afghan; Afghans | Kabul
ALB | AL | Albania | Republic of Albania | Albanian; Albanians | Tirana
DZA | DZ | Algeria | People's Democratic Republic of Algeria | Algerian; Algerians | Algiers | El Mouradia
AND | AD | Andorra | Principality of Andorra | Andorran; Andorrans | Andorra la Vella
AGO | AO | Angola | Republic of Angola | Angolan; Angolans | Luanda
ATG | AG | Antigua and Barbuda | Antigua; Antigua & Barbuda | Antiguan; Antiguans; Barbudan; Barbudans | St. John's
ARG | AR | Argentina | Argentine Republic | Argentine; Argentines; Argentinian; Argentinians; Argentinean; Argentineans | Buenos Aires | Casa Rosada
ARM | AM | Armenia | Republic of Armenia | Armenian; Armenians | Yerevan
AUS | AU | Australia | Commonwealth of Australia | Australian; Australians | Canberra
AUT | AT | Austria | Republic of Austria | Austrian; Austrians | Vienna | Ballhausplatz
AZE | AZ | Azerbaijan | Republic of Azerbaijan | Azerbaijani; Azerbaijanis; Azeri; Azeris | Baku
BHS | BS | Bahamas | The Bahamas; Commonwealth of The Bahamas | Bahamian; Bahamians | Nassau
BHR | BH | Bahrain | Kingdom of Bahrain | Bahraini; Bahrainis | Manama
BGD | BD | Bangladesh | People's Republic of Bangladesh | Bangladeshi; Bangladeshis | Dhaka | | Jatiya Sangsad
BRB | BB | Barbados | | Barbadian; Barbadians; Bajan; Bajans | Bridgetown
BLR | BY | Belarus | Republic of Belarus; Byelorussia; Belorussia | Belarusian; Belarusians; Belarussian; Belarussians; Byelorussian | Minsk
BEL | BE | Belgium | Kingdom of Belgium | Belgian; Belgians | Brussels
BLZ | BZ | Belize | | Belizean; Belizeans | Belmopan
BEN | BJ | Benin | Republic of Benin; Dahomey | Beninese; Beninois | Porto-Novo
BTN | BT | Bhutan | Kingdom of Bhutan | Bhutanese | Thimphu
BOL | BO | Bolivia | Plurinational State of Bolivia | Bolivian; Bolivians | Sucre
BIH | BA | Bosnia and Herzegovina | Bosnia; Bosnia-Herzegovina; Bosnia & Herzegovina; BiH | Bosnian; Bosnians; Bosniak; Bosniaks; Herzegovinian; Herzegovinians | Sarajevo
BWA | BW | Botswana | Republic of Botswana | Motswana; Batswana; Botswanan; Botswanans | Gaborone
BRA | BR | Brazil | Federative Republic of Brazil; Brasil | Brazilian; Brazilians | Brasilia | Planalto; Planalto Palace; Palacio do Planalto
BRN | BN | Brunei | Brunei Darussalam; Nation of Brunei | Bruneian; Bruneians | Bandar Seri Begawan
BGR | BG | Bulgaria | Republic of Bulgaria | Bulgarian; Bulgarians | Sofia
BFA | BF | Burkina Faso | Burkina; Upper Volta | Burkinabe; Burkinabè | Ouagadougou
BDI | BI | Burundi | Republic of Burundi | Burundian; Burundians | Gitega
CPV | CV | Cabo Verde | Cape Verde; Republic of Cabo Verde | Cape Verdean; Cape Verdeans; Cape Verdian; Cabo Verdean; Cabo Verdeans | Praia
KHM | KH | Cambodia | Kingdom of Cambodia; Kampuchea | Cambodian; Cambodians | Phnom Penh
CMR | CM | Cameroon | Republic of Cameroon | Cameroonian; Cameroonians | Yaounde
CAN | CA | Canada | | Canadian; Canadians | Ottawa | | Parliament Hill
CAF | CF | Central African Republic | CAR; Centrafrique | Central African; Central Africans | Bangui
TCD | TD | Chad | Republic of Chad; Tchad | Chadian; Chadians | N'Djamena
CHL | CL | Chile | Republic of Chile | Chilean; Chileans | Santiago | La Moneda
CHN | CN | China | People's Republic of China; PRC; mainland China | Chinese | Beijing | Zhongnanhai | National People's Congress; NPC
COL | CO | Colombia | Republic of Colombia | Colombian; Colombians | Bogota | Casa de Nariño
COM | KM | Comoros | Union of the Comoros; The Comoros | Comorian; Comorians; Comoran; Comorans | Moroni
COG | CG | Republic of the Congo | Republic of Congo; Congo Republic; Congo-Brazzaville | ~Congolese | Brazzaville
COD | CD | Democratic Republic of the Congo | Democratic Republic of Congo; DR Congo; D.R. Congo; DRC; Congo-Kinshasa; Congo; Zaire | Congolese | Kinshasa
CRI | CR | Costa Rica | Republic of Costa Rica | Costa Rican; Costa Ricans | San Jose
CIV | CI | Côte d'Ivoire | Cote d'Ivoire; Ivory Coast; Republic of Côte d'Ivoire | Ivorian; Ivorians | Yamoussoukro
HRV | HR | Croatia | Republic of Croatia; Hrvatska | Croatian; Croatians; Croat; Croats | Zagreb | | Sabor
CUB | CU | Cuba | Republic of Cuba | Cuban; Cubans | Havana
CYP | CY | Cyprus | Republic of Cyprus | Cypriot; Cypriots | Nicosia
CZE | CZ | Czechia | Czech Republic | Czech; Czechs | Prague
DNK | DK | Denmark | Kingdom of Denmark | Danish; Dane; Danes | Copenhagen | | Folketing
DJI | DJ | Djibouti | Republic of Djibouti | Djiboutian; Djiboutians | Djibouti
DMA | DM | Dominica | Commonwealth of Dominica | ~Dominican; ~Dominicans | Roseau
DOM | DO | Dominican Republic | | Dominican; Dominicans | Santo Domingo
ECU | EC | Ecuador | Republic of Ecuador | Ecuadorian; Ecuadorians; Ecuadorean; Ecuadoreans | Quito | Carondelet Palace
EGY | EG | Egypt | Arab Republic of Egypt | Egyptian; Egyptians | Cairo | Ittihadiya Palace
SLV | SV | El Salvador | Republic of El Salvador | Salvadoran; Salvadorans; Salvadorean; Salvadoreans | San Salvador
GNQ | GQ | Equatorial Guinea | Republic of Equatorial Guinea | Equatorial Guinean; Equatorial Guineans; Equatoguinean; Equatoguineans | Malabo
ERI | ER | Eritrea | State of Eritrea | Eritrean; Eritreans | Asmara
EST | EE | Estonia | Republic of Estonia | Estonian; Estonians | Tallinn | | Riigikogu
SWZ | SZ | Eswatini | Swaziland; Kingdom of Eswatini | Swazi; Swazis; Emaswati | Mbabane
ETH | ET | Ethiopia | Federal Democratic Republic of Ethiopia; Abyssinia | Ethiopian; Ethiopians | Addis Ababa
FJI | FJ | Fiji | Republic of Fiji | Fijian; Fijians | Suva
FIN | FI | Finland | Republic of Finland; Suomi | Finnish; Finn; Finns | Helsinki | | Eduskunta
FRA | FR | France | French Republic | French; Frenchman; Frenchmen; Frenchwoman; Frenchwomen | Paris | Élysée; Élysée Palace; Matignon; Hôtel Matignon; Quai d'Orsay | Assemblée nationale
GAB | GA | Gabon | Gabonese Republic | Gabonese | Libreville
GMB | GM | Gambia | The Gambia; Republic of The Gambia | Gambian; Gambians | Banjul
GEO | GE | Georgia | Sakartvelo | Georgian; Georgians | Tbilisi
DEU | DE | Germany | Federal Republic of Germany; Deutschland | German; Germans | Berlin | German Chancellery; Kanzleramt | Bundestag
GHA | GH | Ghana | Republic of Ghana | Ghanaian; Ghanaians | Accra | Jubilee House
GRC | GR | Greece | Hellenic Republic; Hellas | Greek; Greeks; Hellenic | Athens | Maximos Mansion
GRD | GD | Grenada | | Grenadian; Grenadians | St. George's
GTM | GT | Guatemala | Republic of Guatemala | Guatemalan; Guatemalans | Guatemala City
GIN | GN | Guinea | Republic of Guinea; Guinea-Conakry | Guinean; Guineans | Conakry
GNB | GW | Guinea-Bissau | Republic of Guinea-Bissau | Bissau-Guinean; Bissau-Guineans; Guinea-Bissauan; Guinea-Bissauans | Bissau
GUY | GY | Guyana | Co-operative Republic of Guyana | Guyanese | Georgetown
HTI | HT | Haiti | Republic of Haiti | Haitian; Haitians | Port-au-Prince
HND | HN | Honduras | Republic of Honduras | Honduran; Hondurans | Tegucigalpa
HUN | HU | Hungary | | Hungarian; Hungarians | Budapest
ISL | IS | Iceland | | Icelandic; Icelander; Icelanders | Reykjavik | | Althing; Althingi
IND | IN | India | Republic of India; Bharat | Indian; Indians | New Delhi | Rashtrapati Bhavan; South Block | Lok Sabha; Rajya Sabha
IDN | ID | Indonesia | Republic of Indonesia | Indonesian; Indonesians | Jakarta
IRN | IR | Iran | Islamic Republic of Iran; Persia | Iranian; Iranians | Tehran | | Majlis
IRQ | IQ | Iraq | Republic of Iraq | Iraqi; Iraqis | Baghdad
IRL | IE | Ireland | Republic of Ireland; Eire; Éire | Irish; Irishman; Irishmen; Irishwoman; Irishwomen | Dublin | | Dáil; Dáil Éireann; Oireachtas
ISR | IL | Israel | State of Israel | Israeli; Israelis | Jerusalem | | Knesset
ITA | IT | Italy | Italian Republic | Italian; Italians | Rome | Palazzo Chigi; Quirinale; Quirinal Palace
JAM | JM | Jamaica | | Jamaican; Jamaicans | Kingston
JPN | JP | Japan | Nippon; Nihon | Japanese | Tokyo | Kantei | Diet; National Diet
JOR | JO | Jordan | Hashemite Kingdom of Jordan | Jordanian; Jordanians | Amman
KAZ | KZ | Kazakhstan | Republic of Kazakhstan; Kazakstan | Kazakh; Kazakhs; Kazakhstani; Kazakhstanis | Astana | Akorda; Ak Orda
KEN | KE | Kenya | Republic of Kenya | Kenyan; Kenyans | Nairobi
KIR | KI | Kiribati | Republic of Kiribati | I-Kiribati | Tarawa
PRK | KP | North Korea | Democratic People's Republic of Korea; DPRK | North Korean; North Koreans | Pyongyang
KOR | KR | South Korea | Republic of Korea; ROK; Korea | South Korean; South Koreans; Korean; Koreans | Seoul | Blue House; Cheong Wa Dae
KWT | KW | Kuwait | State of Kuwait | Kuwaiti; Kuwaitis | Kuwait City
KGZ | KG | Kyrgyzstan | Kyrgyz Republic; Kirghizia | Kyrgyz; Kyrgyzstani; Kyrgyzstanis; Kirghiz | Bishkek
LAO | LA | Laos | Lao PDR; Lao People's Democratic Republic | Lao; Laotian; Laotians | Vientiane
LVA | LV | Latvia | Republic of Latvia | Latvian; Latvians | Riga | | Saeima
LBN | LB | Lebanon | Lebanese Republic | Lebanese | Beirut | Baabda Palace; Grand Serail
LSO | LS | Lesotho | Kingdom of Lesotho | Basotho; Mosotho; Lesothan | Maseru
LBR | LR | Liberia | Republic of Liberia | Liberian; Liberians | Monrovia
LBY | LY | Libya | State of Libya; Libyan Arab Jamahiriya | Libyan; Libyans | Tripoli
LIE | LI | Liechtenstein | Principality of Liechtenstein | Liechtensteiner; Liechtensteiners | Vaduz
LTU | LT | Lithuania | Republic of Lithuania | Lithuanian; Lithuanians | Vilnius | | Seimas
LUX | LU | Luxembourg | Grand Duchy of Luxembourg | Luxembourgish; Luxembourger; Luxembourgers | Luxembourg
MDG | MG | Madagascar | Republic of Madagascar | Malagasy; Madagascan; Madagascans | Antananarivo
MWI | MW | Malawi | Republic of Malawi; Nyasaland | Malawian; Malawians | Lilongwe
MYS | MY | Malaysia | | Malaysian; Malaysians | Kuala Lumpur
MDV | MV | Maldives | Republic of Maldives; The Maldives | Maldivian; Maldivians | Male
MLI | ML | Mali | Republic of Mali | Malian; Malians | Bamako | Koulouba
MLT | MT | Malta | Republic of Malta | Maltese | Valletta
MHL | MH | Marshall Islands | Republic of the Marshall Islands | Marshallese | Majuro
MRT | MR | Mauritania | Islamic Republic of Mauritania | Mauritanian; Mauritanians | Nouakchott
MUS | MU | Mauritius | Republic of Mauritius | Mauritian; Mauritians | Port Louis
MEX | MX | Mexico | United Mexican States; México | Mexican; Mexicans | Mexico City
FSM | FM | Micronesia | Federated States of Micronesia | Micronesian; Micronesians | Palikir
MDA | MD | Moldova | Republic of Moldova; Moldavia | Moldovan; Moldovans | Chisinau
MCO | MC | Monaco | Principality of Monaco | Monegasque; Monegasques; Monacan; Monacans | Monaco
MNG | MN | Mongolia | | Mongolian; Mongolians; Mongol; Mongols | Ulaanbaatar
MNE | ME | Montenegro | Crna Gora | Montenegrin; Montenegrins | Podgorica
MAR | MA | Morocco | Kingdom of Morocco | Moroccan; Moroccans | Rabat | Makhzen
MOZ | MZ | Mozambique | Republic of Mozambique | Mozambican; Mozambicans | Maputo
MMR | MM | Myanmar | Burma; Republic of the Union of Myanmar | Burmese | Naypyidaw
NAM | NA | Namibia | Republic of Namibia | Namibian; Namibians | Windhoek
NRU | NR | Nauru | Republic of Nauru | Nauruan; Nauruans | Yaren
NPL | NP | Nepal | Federal Democratic Republic of Nepal | Nepali; Nepalis; Nepalese | Kathmandu | Singha Durbar
NLD | NL | Netherlands | The Netherlands; Holland; Kingdom of the Netherlands | Dutch; Dutchman; Dutchmen; Dutchwoman; Netherlander; Netherlanders | Amsterdam | | Tweede Kamer
NZL | NZ | New Zealand | Aotearoa | New Zealander; New Zealanders | Wellington
NIC | NI | Nicaragua | Republic of Nicaragua | Nicaraguan; Nicaraguans | Managua
NER | NE | Niger | Republic of the Niger; Republic of Niger | Nigerien; Nigeriens | Niamey
NGA | NG | Nigeria | Federal Republic of Nigeria | Nigerian; Nigerians | Abuja | Aso Rock; Aso Villa
MKD | MK | North Macedonia | Macedonia; Republic of North Macedonia; FYROM; Former Yugoslav Republic of Macedonia | Macedonian; Macedonians; North Macedonian; North Macedonians | Skopje | | Sobranie
NOR | NO | Norway | Kingdom of Norway; Norge | Norwegian; Norwegians | Oslo | | Storting; Stortinget
OMN | OM | Oman | Sultanate of Oman | Omani; Omanis | Muscat
PAK | PK | Pakistan | Islamic Republic of Pakistan | Pakistani; Pakistanis | Islamabad | Aiwan-e-Sadr
PLW | PW | Palau | Republic of Palau; Belau | Palauan; Palauans | Ngerulmud
PAN | PA | Panama | Republic of Panama; Panamá | Panamanian; Panamanians | Panama City
PNG | PG | Papua New Guinea | PNG | Papua New Guinean; Papua New Guineans | Port Moresby
PRY | PY | Paraguay | Republic of Paraguay | Paraguayan; Paraguayans | Asuncion
PER | PE | Peru | Republic of Peru; Perú | Peruvian; Peruvians | Lima
PHL | PH | Philippines | The Philippines; Republic of the Philippines | Filipino; Filipinos; Filipina; Filipinas; Philippine | Manila | Malacañang; Malacañang Palace
POL | PL | Poland | Republic of Poland; Polska | Polish; Pole; Poles | Warsaw | | Sejm
PRT | PT | Portugal | Portuguese Republic | Portuguese | Lisbon
QAT | QA | Qatar | State of Qatar | Qatari; Qataris | Doha
ROU | RO | Romania | Rumania; Roumania | Romanian; Romanians | Bucharest | Cotroceni Palace
RUS | RU | Russia | Russian Federation; Rossiya | Russian; Russians | Moscow | Kremlin | Duma; State Duma; Federation Council
RWA | RW | Rwanda | Republic of Rwanda | Rwandan; Rwandans; Rwandese | Kigali | Urugwiro Village
KNA | KN | Saint Kitts and Nevis | St Kitts and Nevis; St. Kitts and Nevis; St Kitts & Nevis; Federation of Saint Christopher and Nevis | Kittitian; Kittitians; Nevisian; Nevisians | Basseterre
LCA | LC | Saint Lucia | St Lucia; St. Lucia | Saint Lucian; Saint Lucians; St Lucian; St Lucians | Castries
VCT | VC | Saint Vincent and the Grenadines | St Vincent and the Grenadines; Saint Vincent; St Vincent | Vincentian; Vincentians; Saint Vincentian; Saint Vincentians | Kingstown
WSM | WS | Samoa | Independent State of Samoa; Western Samoa | Samoan; Samoans | Apia
SMR | SM | San Marino | Republic of San Marino | Sammarinese | San Marino
STP | ST | Sao Tome and Principe | São Tomé and Príncipe; Sao Tome | Santomean; Santomeans; Sao Tomean; Sao Tomeans | Sao Tome
SAU | SA | Saudi Arabia | Kingdom of Saudi Arabia; KSA | Saudi; Saudis; Saudi Arabian; Saudi Arabians | Riyadh
SEN | SN | Senegal | Republic of Senegal | Senegalese | Dakar
SRB | RS | Serbia | Republic of Serbia | Serbian; Serbians; Serb; Serbs | Belgrade
SYC | SC | Seychelles | Republic of Seychelles; The Seychelles | Seychellois | Victoria
SLE | SL | Sierra Leone | Republic of Sierra Leone | Sierra Leonean; Sierra Leoneans | Freetown
SGP | SG | Singapore | Republic of Singapore | Singaporean; Singaporeans | Singapore | Istana
SVK | SK | Slovakia | Slovak Republic | Slovak; Slovaks; Slovakian; Slovakians | Bratislava
SVN | SI | Slovenia | Republic of Slovenia | Slovenian; Slovenians; Slovene; Slovenes | Ljubljana
SLB | SB | Solomon Islands | Solomons | Solomon Islander; Solomon Islanders | Honiara
SOM | SO | Somalia | Federal Republic of Somalia | Somali; Somalis | Mogadishu | Villa Somalia
ZAF | ZA | South Africa | Republic of South Africa; RSA | South African; South Africans | Pretoria | Union Buildings
SSD | SS | South Sudan | Republic of South Sudan | South Sudanese | Juba
ESP | ES | Spain | Kingdom of Spain; España | Spanish; Spaniard; Spaniards | Madrid | Moncloa; Moncloa Palace | Cortes; Cortes Generales
LKA | LK | Sri Lanka | Democratic Socialist Republic of Sri Lanka; Ceylon | Sri Lankan; Sri Lankans | Colombo
SDN | SD | Sudan | Republic of the Sudan; The Sudan | Sudanese | Khartoum
SUR | SR | Suriname | Surinam; Republic of Suriname | Surinamese; Surinamer; Surinamers | Paramaribo
SWE | SE | Sweden | Kingdom of Sweden; Sverige | Swedish; Swede; Swedes | Stockholm | Rosenbad | Riksdag
CHE | CH | Switzerland | Swiss Confederation; Confoederatio Helvetica; Schweiz; Suisse | Swiss | Bern
SYR | SY | Syria | Syrian Arab Republic | Syrian; Syrians | Damascus
TJK | TJ | Tajikistan | Republic of Tajikistan | Tajik; Tajiks; Tajikistani; Tajikistanis; Tadzhik | Dushanbe
TZA | TZ | Tanzania | United Republic of Tanzania | Tanzanian; Tanzanians | Dodoma
THA | TH | Thailand | Kingdom of Thailand; Siam | Thai; Thais | Bangkok
TLS | TL | Timor-Leste | East Timor; Democratic Republic of Timor-Leste | Timorese; East Timorese | Dili
TGO | TG | Togo | Togolese Republic | Togolese | Lome
TON | TO | Tonga | Kingdom of Tonga | Tongan; Tongans | Nuku'alofa
TTO | TT | Trinidad and Tobago | Trinidad; Trinidad & Tobago | Trinidadian; Trinidadians; Tobagonian; Tobagonians; Trinbagonian; Trinbagonians | Port of Spain
TUN | TN | Tunisia | Tunisian Republic | Tunisian; Tunisians | Tunis | Carthage Palace
TUR | TR | Turkey | Türkiye; Republic of Turkey; Republic of Türkiye | Turkish; Turk; Turks | Ankara | | Grand National Assembly
TKM | TM | Turkmenistan | Turkmenia | Turkmen; Turkmens; Turkmenistani | Ashgabat
TUV | TV | Tuvalu | | Tuvaluan; Tuvaluans | Funafuti
UGA | UG | Uganda | Republic of Uganda | Ugandan; Ugandans | Kampala
UKR | UA | Ukraine | The Ukraine | Ukrainian; Ukrainians | Kyiv | Bankova | Verkhovna Rada; Rada
ARE | AE | United Arab Emirates | UAE; U.A.E.; Emirates | Emirati; Emiratis | Abu Dhabi
GBR | GB | United Kingdom | UK; U.K.; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland; England; Scotland; Wales; Northern Ireland | British; Briton; Britons; Brit; Brits; Scottish; Welsh; Northern Irish | London | Downing Street; 10 Downing Street; Number 10; No. 10; Number Ten; Whitehall | Westminster; House of Lords
USA | US | United States | United States of America; US; U.S.; USA; U.S.A.; America | American; Americans | Washington | White House; Oval Office; West Wing; State Department; Foggy Bottom | Congress; U.S. Congress; Capitol Hill; Capitol
URY | UY | Uruguay | Oriental Republic of Uruguay | Uruguayan; Uruguayans | Montevideo
UZB | UZ | Uzbekistan | Republic of Uzbekistan | Uzbek; Uzbeks; Uzbekistani; Uzbekistanis | Tashkent
VUT | VU | Vanuatu | Republic of Vanuatu; New Hebrides | Ni-Vanuatu | Port Vila
VEN | VE | Venezuela | Bolivarian Republic of Venezuela | Venezuelan; Venezuelans | Caracas | Miraflores Palace
VNM | VN | Vietnam | Viet Nam; Socialist Republic of Vietnam | Vietnamese | Hanoi
YEM | YE | Yemen | Republic of Yemen | Yemeni; Yemenis; Yemenite; Yemenites | Sanaa
ZMB | ZM | Zambia | Republic of Zambia; Northern Rhodesia | Zambian; Zambians | Lusaka
ZWE | ZW | Zimbabwe | Republic of Zimbabwe; Rhodesia | Zimbabwean; Zimbabweans | Harare
VAT | VA | Holy See | Vatican; Vatican City; Vatican City State | Vatican | Vatican City
PSE | PS | Palestine | State of Palestine; Palestinian territories; Occupied Palestinian Territory; occupied Palestinian territories; West Bank; Gaza; Gaza Strip | Palestinian; Palestinians; Gazan; Gazans | Ramallah | Palestinian Authority; Palestinian National Authority; Muqata; Muqataa; Mukataa | Palestinian Legislative Council
TWN | TW | Taiwan | Republic of China; ROC; Chinese Taipei; Formosa | Taiwanese | Taipei | | Legislative Yuan
XKX | XK | Kosovo | Republic of Kosovo; Kosova | Kosovar; Kosovars; Kosovan; Kosovans | Pristina
HKG | HK | Hong Kong | Hong Kong SAR; HKSAR; Hongkong | Hong Konger; Hong Kongers; Hongkonger; Hongkongers | Hong Kong | | Legislative Council; LegCo
ESH | EH | Western Sahara | Sahrawi Arab Democratic Republic; SADR; Spanish Sahara | Sahrawi; Sahrawis; Saharawi; Saharawis | Laayoune
GRL | GL | Greenland | Kalaallit Nunaat | Greenlander; Greenlanders; Greenlandic | Nuuk | | Inatsisartut
PRI | PR | Puerto Rico | Commonwealth of Puerto Rico | Puerto Rican; Puerto Ricans | San Juan
GUM | GU | Guam | | Guamanian; Guamanians | Hagatna
FLK | FK | Falkland Islands | Falklands; Malvinas; Islas Malvinas | Falkland Islander; Falkland Islanders; Falklander; Falklanders | Stanley
GIB | GI | Gibraltar | | Gibraltarian; Gibraltarians | Gibraltar
NCL | NC | New Caledonia | Kanaky | New Caledonian; New Caledonians; Kanak; Kanaks | Noumea
"""
# Notes on single rows: Israel's capital is as Israel states it (contested; most embassies are in Tel
# Aviv). Palestine's "capital" is Ramallah, the seat of the Palestinian Authority (East Jerusalem is
# the claimed capital); the Authority is listed as a seat, so it codes as PSE + GOV. Bolivia's
# constitutional capital is Sucre, the government sits in La Paz. "State Department" is a ministry
# and codes GOV like the executive; the Pentagon is the US military (USAMIL, as in Phoenix) and is
# listed with the state bodies below.

# --- CAMEO regions -------------------------------------------------------------------------------
# code | name | other names ; ... | demonyms ; ...
# The regional country codes of the CAMEO manual (1.1b3, "regions"); the ones Phoenix uses in codes
# include AFR, CAS, CRB, EAF, EEU, EUR, LAM, MEA, NMR, PGS, SAF, SAM, SAS, SEA, WAF and WST
# (IGOWSTNAT = NATO). There is no CAMEO region for "the Arab world": "Arab" is CAMEO's ethnic code
# ARB, which Phoenix also puts in the region slot of a few IGO/NGO codes (IGOARB...). "Central
# African" is left to the Central African Republic (CAF), so the region CFR has no demonym.
_REGION_TABLE = """
AFR | Africa | Sub-Saharan Africa | African; Africans
ASA | Asia | Asia-Pacific; Asia Pacific | Asian; Asians
BLK | Balkans | The Balkans; Western Balkans | Balkan
CRB | Caribbean | The Caribbean | Caribbean
CAU | Caucasus | The Caucasus; South Caucasus; North Caucasus |
CFR | Central Africa | |
CAS | Central Asia | | Central Asian; Central Asians
CEU | Central Europe | | Central European; Central Europeans
EIN | East Indies | The East Indies |
EAF | East Africa | Eastern Africa; Horn of Africa | East African; East Africans
EEU | Eastern Europe | | Eastern European; Eastern Europeans
EUR | Europe | Continental Europe | European; Europeans
LAM | Latin America | Latin American countries | Latin American; Latin Americans
MEA | Middle East | The Middle East; Mideast; Mid-East | Middle Eastern
MDT | Mediterranean | The Mediterranean |
NAF | North Africa | Northern Africa; Maghreb; The Maghreb | North African; North Africans
NMR | North America | | North American; North Americans
PGS | Persian Gulf | The Persian Gulf; Arabian Gulf; Gulf; Gulf states; Gulf countries; Gulf Arab states |
SCN | Scandinavia | Nordic countries; Nordics; The Nordics | Scandinavian; Scandinavians; Nordic
SAM | South America | | South American; South Americans
SAS | South Asia | | South Asian; South Asians
SEA | Southeast Asia | South-East Asia; South East Asia | Southeast Asian; Southeast Asians; South-East Asian; South East Asian
SAF | Southern Africa | | Southern African; Southern Africans
WAF | West Africa | Western Africa | West African; West Africans
WST | The West | West; Western countries; Western powers; Western nations; Western governments; Western allies | Western; Westerners
"""

# --- organisations and groups --------------------------------------------------------------------
# code | kind | name | other names ; ... | note
# Codes are those of the Phoenix international / non-state actor dictionaries (PETRARCH2, MIT) unless
# the note says otherwise. Several UN bodies share IGOUNO, as they do there.
_ORGANISATION_TABLE = """
IGOUNO | IGO | United Nations | UN; U.N.; United Nations Organization; UN Secretariat; United Nations Secretariat
IGOUNO | IGO | United Nations Security Council | UN Security Council; U.N. Security Council; UNSC; Security Council | IGOUNO as in Phoenix
IGOUNO | IGO | United Nations General Assembly | UN General Assembly; U.N. General Assembly; UNGA | IGOUNO as in Phoenix
IGOUNO | IGO | United Nations Human Rights Council | UN Human Rights Council; U.N. Human Rights Council; UNHRC; Human Rights Council | IGOUNO: Phoenix has no own code for the Council
IGOUNOHRIHCH | IGO | Office of the UN High Commissioner for Human Rights | OHCHR; UN High Commissioner for Human Rights; UN human rights office; U.N. human rights office; UN rights office
IGOUNOREFHCR | IGO | United Nations High Commissioner for Refugees | UNHCR; UN High Commissioner for Refugees; UN refugee agency; U.N. refugee agency; Office of the UN High Commissioner for Refugees
IGOUNOREF | IGO | UN Relief and Works Agency for Palestine Refugees | UNRWA; United Nations Relief and Works Agency; UN Relief and Works Agency; UN agency for Palestinian refugees | not in Phoenix: IGOUNO + REF, by analogy with UNHCR
IGOUNOKID | IGO | United Nations Children's Fund | UNICEF; Unicef; UN Children's Fund; U.N. Children's Fund; UN children's agency | KID is Phoenix's own sector code, not in the CAMEO 1.1b3 list
IGOUNOHLHWHO | IGO | World Health Organization | WHO; World Health Organisation; UN health agency; World Health Assembly
IGOUNOIAE | IGO | International Atomic Energy Agency | IAEA; UN nuclear watchdog; U.N. nuclear watchdog
IGOUNOWFP | IGO | World Food Programme | WFP; World Food Program; UN food agency; U.N. food agency
IGOUNODEV | IGO | United Nations Development Programme | UNDP; UN Development Programme; UN Development Program
IGOUNOAGRFAO | IGO | Food and Agriculture Organization | FAO; Food and Agriculture Organisation; UN Food and Agriculture Organization
IGOUNOLABILO | IGO | International Labour Organization | ILO; International Labor Organization; International Labour Organisation
IGOUNOJUDICJ | IGO | International Court of Justice | ICJ; World Court
IGOUNOENV | IGO | Intergovernmental Panel on Climate Change | IPCC; UN climate panel
IGOUNODEVWBK | IGO | World Bank | World Bank Group; International Bank for Reconstruction and Development; IBRD | Phoenix files it under the UN (IGOUNO...WBK)
IGOBUSIMF | IGO | International Monetary Fund | IMF
IGOBUSWTO | IGO | World Trade Organization | WTO; World Trade Organisation
IGOWSTNAT | IGO | North Atlantic Treaty Organization | NATO; Nato; North Atlantic Treaty Organisation; Atlantic Alliance; North Atlantic Alliance
IGOEUREEC | IGO | European Union | EU; E.U.; European Community; European Communities; EEC
IGOEUREEC | IGO | European Commission | EU Commission; E.U. Commission
IGOEUREEC | IGO | European Parliament | EU Parliament; E.U. Parliament
IGOEUREEC | IGO | European Council | Council of the European Union; Council of the EU; EU Council
IGOEURCOE | IGO | Council of Europe | CoE
IGOEURSCE | IGO | Organization for Security and Co-operation in Europe | OSCE; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe; Organisation for Security and Cooperation in Europe | SCE as in Phoenix's 'Council of Security and Cooperation in Europe'; Phoenix codes the OSCE's full name only as IGO
IGOAFRAFU | IGO | African Union | AU; A.U.; AU Commission; African Union Commission
IGOMEAARL | IGO | Arab League | League of Arab States
IGOSEAASN | IGO | Association of Southeast Asian Nations | ASEAN; Asean; Association of South East Asian Nations; Association of South-East Asian Nations
IGOOPC | IGO | Organization of the Petroleum Exporting Countries | OPEC; Opec; Organization of Petroleum Exporting Countries; Organisation of the Petroleum Exporting Countries | Phoenix: IGOOPC for OPEC itself (IGOBUSOPC for one official)
IGOPGSGCC | IGO | Gulf Cooperation Council | GCC; Cooperation Council for the Arab States of the Gulf; Gulf Co-operation Council
IGOOAS | IGO | Organization of American States | OAS; Organisation of American States
IGOMOSOIC | IGO | Organisation of Islamic Cooperation | OIC; Organization of Islamic Cooperation; Organization of the Islamic Conference; Organisation of the Islamic Conference
IGOWAFWAS | IGO | Economic Community of West African States | ECOWAS; Ecowas
IGOSAFSAD | IGO | Southern African Development Community | SADC
IGOCAS | IGO | Shanghai Cooperation Organisation | SCO; Shanghai Cooperation Organization
IGOSASSAA | IGO | South Asian Association for Regional Cooperation | SAARC
IGOJUDICC | IGO | International Criminal Court | ICC | the letters ICC also name the International Cricket Council and Chamber of Commerce
IGOGOS | IGO | Group of Seven | G7; G-7; G 7 | Phoenix code (excludes Russia)
IGOGOE | IGO | Group of Eight | G8; G-8 | Phoenix code; the G8 became the G7 again in 2014
IGO | IGO | Group of Twenty | G20; G-20 | no CAMEO/Phoenix code of its own: generic IGO
NGOHLHIRC | NGO | International Committee of the Red Cross | ICRC; Red Cross; International Red Cross; International Federation of Red Cross and Red Crescent Societies; IFRC; Red Cross and Red Crescent | Phoenix codes ICRC and IFRC alike; national Red Crescent societies would rather be country NGOs
NGOHRIAMN | NGO | Amnesty International | Amnesty
NGOHRI | NGO | Human Rights Watch | HRW
NGOHLHMSF | NGO | Médecins Sans Frontières | MSF; Medecins Sans Frontieres; Doctors Without Borders
PSEREBHMS | group | Hamas | Islamic Resistance Movement; Harakat al-Muqawama al-Islamiya | Phoenix; Hamas has governed Gaza since 2007, which a coder may prefer to treat as PSEGOV there
LBNREB | group | Hezbollah | Hizbollah; Hizbullah; Hizballah | Phoenix; also a party in Lebanon's parliament and cabinets
AFGREB | group | Taliban | Taleban | Phoenix (2013). De facto government since August 2021: post-2021 events may rather be AFGGOV
IMGMOS | group | Islamic State | IS; ISIS; ISIL; Daesh; Islamic State group; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State of Iraq and al-Sham | not in Phoenix (2013): international militarised group (IMG) + Muslim (MOS), as for al-Qaeda
IMGMOSALQ | group | al-Qaeda | al-Qaida; al-Qa'ida; al-Qa'eda; al Qaeda; Al Qaeda; Al-Qaeda | CAMEO manual's example code; Phoenix writes IMGMUSALQ
YEMREB | group | Houthis | Houthi; Houthi rebels; Houthi movement; Huthis; Huthi; Ansar Allah; Ansarallah | not in Phoenix (its ANSAR_ALLAH_ is a Lebanese group): Yemeni rebels. Control Sanaa since 2014
TURREB | group | Kurdistan Workers' Party | PKK; Kurdistan Workers Party; Kongra-Gel | Phoenix
COLREB | group | Revolutionary Armed Forces of Colombia | FARC; FARC-EP | Phoenix; disarmed in 2017, dissident factions since
NGAREB | group | Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad | Phoenix
SOMREB | group | al-Shabaab | al-Shabab; Shabaab; Al-Shabaab; Harakat al-Shabaab al-Mujahideen | Phoenix
ISRMIL | state | Israel Defense Forces | IDF; Israel Defence Forces; Israeli Defense Forces; Israeli Defence Forces; Tsahal | Phoenix ISRAEL_DEFENCE_FORCES
ISRSPY | state | Mossad | Israeli Secret Intelligence Service | Phoenix
ISRSPY | state | Shin Bet | Shabak; Israel Security Agency; Shin Beth | Phoenix
USAMIL | state | Pentagon | US Department of Defense; U.S. Department of Defense; Department of Defense; Defense Department; DoD; CENTCOM; US Central Command; U.S. Central Command | Phoenix UNITED_STATES_MILITARY
USASPY | state | Central Intelligence Agency | CIA | Phoenix
USACOP | state | Federal Bureau of Investigation | FBI | Phoenix
USASPY | state | National Security Agency | NSA | SPY, as the CIA
USACOP | state | Secret Service | U.S. Secret Service; US Secret Service; United States Secret Service | COP, as the FBI: a federal law-enforcement agency
USAGOV | state | Justice Department | Department of Justice; U.S. Justice Department; US Justice Department; U.S. Department of Justice; US Department of Justice; DOJ | Phoenix
USAGOV | state | Treasury Department | U.S. Treasury; US Treasury; U.S. Treasury Department; US Treasury Department; Department of the Treasury | Phoenix
USAGOV | state | Department of Homeland Security | Homeland Security Department; DHS; U.S. Department of Homeland Security | Phoenix
USAGOV | state | Department of Health and Human Services | HHS; Health and Human Services Department | Phoenix USAGOVHLH: a state body here is its country and one role
USAGOV | state | Commerce Department | U.S. Commerce Department; US Commerce Department; U.S. Department of Commerce | Phoenix USAGOVBUS: a state body here is its country and one role
USAGOV | state | Office of the U.S. Trade Representative | U.S. Trade Representative; USTR; Office of the US Trade Representative | Phoenix USAGOVBUS: a state body here is its country and one role
USAGOV | state | Environmental Protection Agency | EPA | Phoenix USAGOVENV: a state body here is its country and one role
USAPTY | group | Democratic National Committee | DNC | the US Democratic Party's governing body
USAPTY | group | Republican National Committee | RNC | the US Republican Party's governing body
RUSCOP | state | Federal Security Service | FSB | Phoenix (noted there as COP or SPY)
GBRSPY | state | MI6 | Secret Intelligence Service; MI5; GCHQ | SPY, as Phoenix codes other intelligence services
UKRSPY | state | Security Service of Ukraine | SBU | SPY; Ukraine's domestic security and counter-intelligence service
CHNMIL | state | People's Liberation Army | PLA; Peoples Liberation Army; PLA Navy; People's Liberation Army Navy | Phoenix
IRNMIL | state | Islamic Revolutionary Guard Corps | IRGC; Revolutionary Guards; Revolutionary Guard; Iranian Revolutionary Guard Corps; Revolutionary Guard Corps | Phoenix REVOLUTIONARY_GUARD
DEUMIL | state | Bundeswehr | | the German armed forces
"""

# Keys (after ``normalise`` and casefolding) that are also ordinary English words: they match only
# when the text is not written entirely in lower case ("Turkey", "TURKEY", not "turkey").
LOWERCASE_WORDS: frozenset[str] = frozenset(
    {
        "afghan", "afghans", "amnesty", "brazil", "capitol", "chad", "chile", "china", "congress",
        "diet", "french", "guinea", "gulf", "japan", "panama", "pole", "poles", "polish",
        "red cross", "security council", "swede", "swedes", "turkey", "welsh", "west", "western",
    }
)


# --- US states ---------------------------------------------------------------------------------------
# Sub-national names that place an actor or a place in the US ("Texas Governor Greg Abbott" -> USA).
# Georgia is left out on purpose: it is the country (GEO) unless the text says otherwise.
_US_STATE_TABLE = """
AL Alabama; AK Alaska; AZ Arizona; AR Arkansas; CA California; CO Colorado; CT Connecticut;
DE Delaware; FL Florida; HI Hawaii; ID Idaho; IL Illinois; IN Indiana; IA Iowa; KS Kansas;
KY Kentucky; LA Louisiana; ME Maine; MD Maryland; MA Massachusetts; MI Michigan; MN Minnesota;
MS Mississippi; MO Missouri; MT Montana; NE Nebraska; NV Nevada; NH New Hampshire; NJ New Jersey;
NM New Mexico; NY New York State; NC North Carolina; ND North Dakota; OH Ohio; OK Oklahoma;
OR Oregon; PA Pennsylvania; RI Rhode Island; SC South Carolina; SD South Dakota; TN Tennessee;
TX Texas; UT Utah; VT Vermont; VA Virginia; WA Washington State; WV West Virginia; WI Wisconsin;
WY Wyoming; DC District of Columbia; GA Georgia state
"""


# --- normalisation --------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans("", "", "'’‘`´ʼ")
_NON_WORD = re.compile(r"[^\w\s]")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def normalise(text: str) -> str:
    """Fold accents and quotes, drop dots and apostrophes, read other punctuation as spaces, drop "the".

    Keeps case: "the U.S." -> "US", "Côte d’Ivoire" -> "Cote dIvoire", "Guinea-Bissau" -> "Guinea Bissau".
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.translate(_APOSTROPHES).replace(".", "").replace("&", " and ")
    s = " ".join(_NON_WORD.sub(" ", s).split())
    return _LEADING_THE.sub("", s)


def _is_short_caps(s: str) -> bool:
    return len(s) <= 3 and s.isalpha() and s.isupper()


def _key(text: str) -> str:
    """Index key: short all-caps forms keep their case ("US"), everything else is casefolded."""
    s = normalise(text)
    return s if _is_short_caps(s) else s.casefold()


def _query_key(text: str) -> str | None:
    s = normalise(text)
    if not s:
        return None
    if _is_short_caps(s):
        return s
    key = s.casefold()
    if key in LOWERCASE_WORDS and s == s.lower():
        return None
    return key


# --- parsing and indexes ----------------------------------------------------------------------------

T = TypeVar("T")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _rows(table: str, width: int) -> Iterable[list[str]]:
    for line in table.strip().splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) > width:
            raise ValueError(f"too many columns: {line!r}")
        yield cells + [""] * (width - len(cells))


def _aliases(cell: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(all aliases, indexed aliases): a leading "~" keeps an alias on the record but out of the index."""
    parts = _split(cell)
    return tuple(p.lstrip("~").strip() for p in parts), tuple(p for p in parts if not p.startswith("~"))


class _Index(Generic[T]):
    """Key -> record; a key claimed by two different records is an error in our tables."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._records: dict[str, T] = {}

    def __len__(self) -> int:
        return len(self._records)

    def add(self, text: str, record: T) -> None:
        key = _key(text)
        if not key:
            return
        other = self._records.get(key)
        if other is not None and other is not record:
            raise ValueError(f"{self.what} {text!r} claimed twice: {other!r} and {record!r}")
        self._records[key] = record

    def find(self, text: str) -> T | None:
        key = _query_key(text)
        return None if key is None else self._records.get(key)


def _parse_countries() -> tuple[tuple[Country, ...], dict[str, _Index[Country]]]:
    countries: list[Country] = []
    index: dict[str, _Index[Country]] = {
        field: _Index(field) for field in ("name", "demonym", "seat", "legislature", "capital")
    }
    for iso3, iso2, name, names, demonyms, capital, seats, legislature in _rows(_COUNTRY_TABLE, 8):
        all_names, indexed_names = _aliases(names)
        all_demonyms, indexed_demonyms = _aliases(demonyms)
        all_seats, indexed_seats = _aliases(seats)
        all_legislature, indexed_legislature = _aliases(legislature)
        country = Country(
            iso3=iso3,
            iso2=iso2,
            name=name,
            names=all_names,
            demonyms=all_demonyms,
            capital=capital,
            seats=all_seats,
            legislature=all_legislature,
        )
        countries.append(country)
        for text in (name, *indexed_names, iso3, country.cameo):
            index["name"].add(text, country)
        for text in indexed_demonyms:
            index["demonym"].add(text, country)
        for text in indexed_seats:
            index["seat"].add(text, country)
        for text in indexed_legislature:
            index["legislature"].add(text, country)
        if capital:
            index["capital"].add(capital, country)
    return tuple(countries), index


def _parse_regions() -> tuple[tuple[Region, ...], _Index[Region], _Index[Region]]:
    regions: list[Region] = []
    by_name: _Index[Region] = _Index("region name")
    by_demonym: _Index[Region] = _Index("region demonym")
    for code, name, names, demonyms in _rows(_REGION_TABLE, 4):
        region = Region(code=code, name=name, names=tuple(_split(names)), demonyms=tuple(_split(demonyms)))
        regions.append(region)
        for text in (name, *region.names, code):
            by_name.add(text, region)
        for text in region.demonyms:
            by_demonym.add(text, region)
    return tuple(regions), by_name, by_demonym


def _parse_organisations() -> tuple[tuple[Organisation, ...], _Index[Organisation]]:
    organisations: list[Organisation] = []
    by_name: _Index[Organisation] = _Index("organisation name")
    for code, kind, name, names, note in _rows(_ORGANISATION_TABLE, 5):
        if kind not in ("IGO", "NGO", "group", "state"):
            raise ValueError(f"unknown organisation kind {kind!r} for {name!r}")
        organisation = Organisation(code=code, name=name, names=tuple(_split(names)), kind=kind, note=note)  # type: ignore[arg-type]
        organisations.append(organisation)
        for text in (name, *organisation.names):
            by_name.add(text, organisation)
    return tuple(organisations), by_name


COUNTRIES, _COUNTRY_INDEX = _parse_countries()
_US_STATES: dict[str, str] = {
    _key(name): code
    for code, name in (item.strip().split(" ", 1) for item in _US_STATE_TABLE.replace("\n", " ").split(";"))
}
REGIONS, _REGION_BY_NAME, _REGION_BY_DEMONYM = _parse_regions()
ORGANISATIONS, _ORGANISATION_BY_NAME = _parse_organisations()
_BY_ISO2: dict[str, Country] = {c.iso2: c for c in COUNTRIES}
_BY_ISO3: dict[str, Country] = {c.iso3: c for c in COUNTRIES} | {c.cameo: c for c in COUNTRIES}


# --- lookups ----------------------------------------------------------------------------------------


def country_by_name(text: str) -> Country | None:
    """A country from its name, another name or short form, or ISO-3/CAMEO code: "the U.S." -> USA."""
    return _COUNTRY_INDEX["name"].find(text)


def country_by_demonym(text: str) -> Country | None:
    """A country from its demonym, adjective or people, singular or plural: "Israelis" -> ISR."""
    return _COUNTRY_INDEX["demonym"].find(text)


def country_by_seat(text: str) -> Country | None:
    """A country from a metonym for its executive: "the Kremlin" -> RUS, "Downing Street" -> GBR."""
    return _COUNTRY_INDEX["seat"].find(text)


def country_by_legislature(text: str) -> Country | None:
    """A country from the proper name of its legislature: "the Knesset" -> ISR, "Duma" -> RUS."""
    return _COUNTRY_INDEX["legislature"].find(text)


def country_by_capital(text: str) -> Country | None:
    """A country from its capital's name: "Beijing" -> CHN. Whether "Beijing" means the city or the
    government ("Beijing said") is for the caller to decide from the sentence."""
    return _COUNTRY_INDEX["capital"].find(text)


def us_state(text: str) -> str | None:
    """The two-letter code of a US state (or DC) from its name: "Texas" -> "TX"; None otherwise.
    Georgia is the country (see the conventions above), never the state, unless written "Georgia state"."""
    key = _query_key(text)
    return None if key is None else _US_STATES.get(key)


def country_by_iso2(code: str) -> Country | None:
    """A country from its ISO 3166-1 alpha-2 code (GeoNames' ``countrycode``); case-insensitive."""
    return _BY_ISO2.get(code.strip().upper())


def country_by_iso3(code: str) -> Country | None:
    """A country from its ISO-3 or CAMEO country code ("XKX" or "KSV"); case-insensitive."""
    return _BY_ISO3.get(code.strip().upper())


def region_by_name(text: str) -> Region | None:
    """A CAMEO region from its name: "the West" -> WST, "the Middle East" -> MEA."""
    return _REGION_BY_NAME.find(text)


def region_by_demonym(text: str) -> Region | None:
    """A CAMEO region from its adjective: "Western" -> WST, "African" -> AFR."""
    return _REGION_BY_DEMONYM.find(text)


def organisation_by_name(text: str) -> Organisation | None:
    """An IGO, NGO or armed group from its name or acronym: "U.N." -> IGOUNO, "NATO" -> IGOWSTNAT."""
    return _ORGANISATION_BY_NAME.find(text)


def country_actor(country: Country) -> Actor:
    """A country as an actor: its name and ISO-3 code."""
    return Actor(country.name, "country", country.iso3)
