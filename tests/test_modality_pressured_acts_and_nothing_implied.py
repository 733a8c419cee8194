"""Modality by construction (round 28): what someone is pressured to do is pressed for (demanded),
not told as done, as with "told to" or "advised to"; what "nothing suggests" is told neither way,
as with "does not suggest". Sentences from real articles (the precision draws' articles)."""

from __future__ import annotations

from helpers import events_on


def test_what_companies_are_pressured_to_share_is_pressed_for(read):
    reading = read("There are heavy restrictions on foreign investment, and foreign companies are pressured to "
                   "share their technologies.")
    shares = events_on(reading, "share")
    assert shares
    assert all(e.modality == "demanded" for e in shares)


def test_what_nothing_suggests_is_not_planned(read):
    reading = read("More significantly, the charge of irrationality just doesn’t stick – nothing in their recent "
                   "behavior suggests that Iran’s rulers have a death wish or are willing to trade Tehran for Tel Aviv.")
    assert all(e.modality not in {"planned", "happened"} for e in reading.events)
