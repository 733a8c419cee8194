"""Modality on real news, round 43, on sentences written for these tests: talks whose parties are
named after them ("between Kenya and Uganda", "with the Ugandan delegation") were held, whatever
a negated verb they hang on denies of something else; a to-infinitive with a time ahead of its own
("to attend next week's summit") is still to come."""

from __future__ import annotations

import pytest
from helpers import modalities_on


@pytest.mark.parametrize(("text", "noun"), [
    ("The ministry wasn't included in the early discussions between Kenya and Uganda about the border.", "discussions"),
    ("France did not send observers to the talks between Russia and Ukraine in Istanbul.", "talks"),
    ("Officials did not mention Taiwan at the summit with Xi in Beijing.", "summit"),
])
def test_talks_with_their_parties_named_are_held_under_a_negated_verb(read_every, text, noun):
    assert modalities_on(read_every(text), noun) == {"happened"}


def test_a_negated_part_in_the_talks_still_denies_them(read_every):
    """A verb of taking part: the subject's own part in the talks is what the negation denies."""
    assert modalities_on(read_every("Ukraine did not take part in the talks with Russia."), "talks") == {"negated"}


def _modality_of(text: str, verb: str, code: str) -> str:
    """Read on the parse: the modality `_modality` gives the event of `verb`."""
    from newsevents.events.modality import _modality
    from newsevents.nlp import load_pipeline

    token = next(t for t in load_pipeline()(text) if t.lower_ == verb)
    return _modality(token, token.head, code)


@pytest.mark.parametrize("text", [
    "Maduro has received a visa to attend next week's climate summit in Glasgow.",
    "The Kenyan president flew to Addis Ababa on Sunday to attend tomorrow's African Union summit.",
])
def test_an_infinitive_with_a_time_ahead_is_planned(text):
    assert _modality_of(text, "attend", "042") == "planned"


@pytest.mark.parametrize("text", [
    "Maduro has received a visa to attend the climate summit in Glasgow.",
    "Kenya was forced to cancel next week's state visit by the Ugandan president.",
])
def test_an_infinitive_without_a_time_of_its_own_ahead_is_left_as_told(text):
    verb = "attend" if "attend" in text else "cancel"
    assert _modality_of(text, verb, "042") != "planned"
