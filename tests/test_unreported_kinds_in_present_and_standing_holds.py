"""Text that reports no event (round 42, events/unreported.py): what a kind of people says or does
as a rule, told in the present ("lobbyists urge lawmakers to …": no one's act of a day), and a
place held as a standing state ("the militia still controls the port": no seizure). Each dropped
sentence is paired with a near one whose event is kept. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


def _codes(reading, word: str) -> list[str]:
    return [e.cameo for e in events_on(reading, word)]


# --- a kind of people in the present -------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("In Spain, young politicians blame the European Commission for rising prices.", "blame"),
    ("Farmers in Ireland and Denmark criticize the quota system at every opportunity.", "criticize"),
    ("Mayors who praise the president and criticize the governor rarely lose elections.", "criticize"),
    ("Diplomats want to meet the Iranian foreign minister.", "meet"),
])
def test_a_kind_of_people_in_the_present_is_no_event(read, text, word):
    assert _codes(read(text), word) == []


@pytest.mark.parametrize("kept, word", [
    # in the past: an act that was done
    ("In Spain, young politicians blamed the European Commission for rising prices.", "blamed"),
    # someone in particular: their act is news
    ("In Spain, the young politicians blame the European Commission for rising prices, their leader said.", "blame"),
    # a day of its own: a scheduled act
    ("Diplomats meet the Iranian foreign minister in Geneva next week.", "meet"),
    # a headline's present (no full stop)
    ("In Spain, young politicians blame the European Commission for rising prices", "blame"),
])
def test_a_particular_or_dated_act_in_the_present_is_kept(read, kept, word):
    assert _codes(read(kept), word) != []


# --- a standing hold of territory -----------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("The army has retaken several towns, but the militia still controls a wide stretch of land along the coast.", "controls"),
    ("Israel occupies the Golan Heights.", "occupies"),
])
def test_a_place_held_now_is_no_seizure(read, text, word):
    assert _codes(read(text), word) == []


def test_a_place_taken_is_a_seizure(read):
    assert _codes(read("The militia captured three villages near the border on Tuesday."), "captured") == ["192"]
