"""Word senses (round 53): a protest a state's office makes is words. A state, a government or a
legislature that protests "against" a thing, and protests made "by" ministers or a legislature,
are complaints (111, as "China protested the visit" and "the president's protests" already were),
not political dissent (14x); crowds, workers and students protesting stay demonstrations. An
invitation extended is an offer to meet (036, as "invited"), no appeal for mediation (028).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes


@pytest.mark.parametrize("text", [
    "Tokyo protested against the Chinese naval drills near the disputed islands.",
    "The foreign ministry in Hanoi protested against the deployment of Chinese missiles to the Paracel Islands.",
])
def test_a_state_protesting_against_a_thing_objects_in_words(read, text):
    found = codes(read(text))
    assert "111" in found and not [c for c in found if c.startswith("14")], found


@pytest.mark.parametrize("text", [
    "The summit went ahead despite protests by German and French ministers.",
    "The pipeline was approved despite protests by the Senate.",
])
def test_protests_made_by_office_holders_are_complaints(read, text):
    found = codes(read(text))
    assert "111" in found and not [c for c in found if c.startswith("14")], found


@pytest.mark.parametrize("text", [
    "Thousands of workers protested against the pension reform in Paris.",
    "The summit went ahead despite protests by students and unions.",
    "The summit went ahead despite protests by thousands of residents.",
])
def test_crowds_protesting_still_demonstrate(read, text):
    assert [c for c in codes(read(text)) if c.startswith("14")]


@pytest.mark.parametrize("text", [
    "Germany extended an invitation to the Chinese president to visit Berlin.",
    "The Kremlin extended an invitation to the Turkish president to attend the summit in Sochi.",
    "Macron extended invitations to the leaders of Italy and Spain.",
])
def test_an_invitation_extended_is_an_offer_to_meet(read, text):
    found = codes(read(text))
    assert "036" in found and "028" not in found, found


def test_condolences_extended_stay_condolences(read):
    assert "018" in codes(read("The White House extended its condolences to the families."))


@pytest.mark.parametrize("text", [
    "Teachers protested against low pay outside the education ministry in Nairobi on Monday.",
    "Nurses protested against staff shortages outside hospitals across Britain on Tuesday.",
])
def test_a_trade_protesting_against_a_thing_still_demonstrates(read, text):
    """Only a state or one who holds office protests "against" a thing in words; a trade marches."""
    found = codes(read(text))
    assert [c for c in found if c.startswith("14")] and "111" not in found, found
