"""Countries, CAMEO regions, organisations and armed groups: names, demonyms, seats -> codes.
Facts we keep ourselves (no pycountry, no GPL country-converter) in `data/*.txt`, each file with its
columns, source and licence in its header; indexes are built once at import."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from newsevents.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

# Conventions
# - Country codes are ISO 3166-1 alpha-3 (``Country.iso3``). CAMEO departs from ISO for a few; those
#   are in ``CAMEO_OVERRIDES`` (``data/cameo_overrides.txt``) and exposed as ``Country.cameo``: Kosovo is ISO-style ``XKX`` (World
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
# - A capital may have other names (``Country.capital_names``: "Kiev" for Kyiv), indexed like it.
# - Former states (``FORMER_STATES``, ``data/former_states.txt``: the Soviet Union SUN, Yugoslavia YUG,
#   East Germany DDR ...) are found by name, demonym and code like countries, but are not in
#   ``COUNTRIES`` (today's states, each with an ISO-2 code and a capital): never their successors.

__all__ = [
    "CAMEO_OVERRIDES",
    "COUNTRIES",
    "FORMER_STATES",
    "LOWERCASE_WORDS",
    "ORGANISATIONS",
    "PEOPLES",
    "REGIONS",
    "Country",
    "Organisation",
    "People",
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
    "people_by_adjective",
    "people_by_name",
    "region_by_demonym",
    "region_by_name",
    "us_state",
]

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
    capital_names: tuple[str, ...] = ()  # the capital's other names, still in the news: "Kiev" for Kyiv
    until: str = ""  # a state that no longer exists: the year it ended ("1991" for the Soviet Union)

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


@dataclass(frozen=True)
class People:
    """An ethnic or religious group CAMEO codes in the country slot ("the Kurds" -> KUR, "Shiites"
    -> MOSSHI); a country its phrase gives goes before the code ("Iraqi Kurds" -> IRQKUR)."""

    code: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...] = ()  # "Kurdish": members in "Kurdish fighters", not in "Kurdish officials"


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


# Keys (after ``normalise`` and casefolding) that are also ordinary English words: they match only
# when the text is not written entirely in lower case ("Turkey", "TURKEY", not "turkey").
LOWERCASE_WORDS: frozenset[str] = frozenset(
    {
        "afghan", "afghans", "amnesty", "brazil", "capitol", "chad", "chile", "china", "congress",
        "diet", "french", "guinea", "gulf", "japan", "labour", "panama", "pole", "poles", "polish",
        "red cross", "security council", "swede", "swedes", "turkey", "welsh", "west", "western",
    }
)


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


@lru_cache(maxsize=1 << 16)  # a pure reading of a string, asked of every name and word of a mention again and again
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
    """The rows of a table file under `facts/data/` (its header, '#' lines, names its source and
    licence), each cut at '|' into `width` cells."""
    text = resources.files("newsevents.facts").joinpath(f"data/{table}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) > width:
            raise ValueError(f"too many columns: {line!r}")
        yield cells + [""] * (width - len(cells))


# ISO-3 -> CAMEO country code, where CAMEO dictionaries (Phoenix, CountryInfo, ICEWS->CAMEO) differ.
CAMEO_OVERRIDES: dict[str, str] = {iso3: cameo for iso3, cameo in _rows("cameo_overrides.txt", 2)}


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
    for iso3, iso2, name, names, demonyms, capital_cell, seats, legislature in _rows("countries.txt", 8):
        capital, *capital_names = _split(capital_cell) or [""]
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
            capital_names=tuple(capital_names),
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
        for text in (capital, *capital_names):
            if text:
                index["capital"].add(text, country)
    return tuple(countries), index


def _parse_former_states(index: dict[str, _Index[Country]]) -> tuple[Country, ...]:
    """States that no longer exist but are still named (history, background): their names and
    demonyms go into the same indexes, so "the Soviet Union" codes SUN; no ISO-2 code, no capital of
    their own (a capital names today's state: "Moscow" stays RUS)."""
    states: list[Country] = []
    for code, name, names, demonyms, until in _rows("former_states.txt", 5):
        all_names, indexed_names = _aliases(names)
        all_demonyms, indexed_demonyms = _aliases(demonyms)
        state = Country(iso3=code, iso2="", name=name, names=all_names, demonyms=all_demonyms, capital="", until=until)
        states.append(state)
        for text in (name, *indexed_names, code):
            index["name"].add(text, state)
        for text in indexed_demonyms:
            index["demonym"].add(text, state)
    return tuple(states)


def _parse_regions() -> tuple[tuple[Region, ...], _Index[Region], _Index[Region]]:
    regions: list[Region] = []
    by_name: _Index[Region] = _Index("region name")
    by_demonym: _Index[Region] = _Index("region demonym")
    for code, name, names, demonyms in _rows("regions.txt", 4):
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
    for code, kind, name, names, note in _rows("organisations.txt", 5):
        if kind not in ("IGO", "NGO", "group", "state"):
            raise ValueError(f"unknown organisation kind {kind!r} for {name!r}")
        organisation = Organisation(code=code, name=name, names=tuple(_split(names)), kind=kind, note=note)  # type: ignore[arg-type]
        organisations.append(organisation)
        for text in (name, *organisation.names):
            by_name.add(text, organisation)
    return tuple(organisations), by_name


def _parse_peoples() -> tuple[tuple[People, ...], _Index[People], _Index[People]]:
    peoples: list[People] = []
    by_name: _Index[People] = _Index("people name")
    by_adjective: _Index[People] = _Index("people adjective")
    for code, name, names, adjectives in _rows("peoples.txt", 4):
        people = People(code=code, name=name, names=tuple(_split(names)), adjectives=tuple(_split(adjectives)))
        peoples.append(people)
        for text in (name, *people.names):
            by_name.add(text, people)
        for text in people.adjectives:
            by_adjective.add(text, people)
    return tuple(peoples), by_name, by_adjective


COUNTRIES, _COUNTRY_INDEX = _parse_countries()
# Former states (facts/data/former_states.txt): found by name, demonym and code, never listed among
# COUNTRIES (which are today's states and territories, each with its ISO-2 code and capital).
FORMER_STATES = _parse_former_states(_COUNTRY_INDEX)
# Cities where international bodies sit that are not a seat of government (facts/data/seat_cities.txt):
# every name of each, in lower case.
SEAT_CITIES = frozenset(
    name.strip().lower() for city, others, _ in _rows("seat_cities.txt", 3) for name in [city, *others.split(";")] if name.strip())
_US_STATES: dict[str, str] = {_key(name): code for code, name in _rows("us_states.txt", 2)}
# Federations (facts/data/federal_countries.txt): the only countries whose bodies are written "federal".
FEDERAL_COUNTRIES = frozenset(code for code, _ in _rows("federal_countries.txt", 2))
REGIONS, _REGION_BY_NAME, _REGION_BY_DEMONYM = _parse_regions()
ORGANISATIONS, _ORGANISATION_BY_NAME = _parse_organisations()
PEOPLES, _PEOPLE_BY_NAME, _PEOPLE_BY_ADJECTIVE = _parse_peoples()
_BY_ISO2: dict[str, Country] = {c.iso2: c for c in COUNTRIES}
_BY_ISO3: dict[str, Country] = {c.iso3: c for c in COUNTRIES} | {c.cameo: c for c in COUNTRIES} \
    | {c.iso3: c for c in FORMER_STATES}


# --- lookups ----------------------------------------------------------------------------------------


def country_by_name(text: str) -> Country | None:
    """A country from its name, another name or short form, or ISO-3/CAMEO code: "the U.S." -> USA."""
    return _COUNTRY_INDEX["name"].find(text)


def country_by_demonym(text: str) -> Country | None:
    """A country from its demonym, adjective or people, singular or plural: "Israelis" -> ISR."""
    return _COUNTRY_INDEX["demonym"].find(text)


def demonym_country(word: Token) -> Country | None:
    """The country an adjective names with the words it takes before it: "the North Korean
    capital" is North Korea's, though "Korean" alone is South Korea's."""
    before = [child.text for child in word.children if child.dep_ in {"amod", "compound"} and child.i < word.i]
    return country_by_demonym(" ".join([*before, word.text])) or country_by_demonym(word.text)


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


def people_by_name(text: str) -> People | None:
    """An ethnic or religious group from a noun for its people: "Kurds" -> KUR, "Shia Muslims" -> MOSSHI."""
    return _PEOPLE_BY_NAME.find(text)


def people_by_adjective(text: str) -> People | None:
    """An ethnic group from the adjective its members are named by: "Kurdish" (fighters) -> KUR."""
    return _PEOPLE_BY_ADJECTIVE.find(text)


def country_actor(country: Country) -> Actor:
    """A country as an actor: its name and ISO-3 code."""
    return Actor(country.name, "country", country.iso3)
