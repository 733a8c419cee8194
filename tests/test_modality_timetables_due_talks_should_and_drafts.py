"""Modality (round 34): a trip or a meeting told in the present with a day named or "this week" is
a timetable's, ahead ("flies to Kabul on Tuesday", "is heading to Riyadh this week"); an event noun
whose own taking place is told ahead is ahead ("talks are due to resume", "negotiations are set to
begin"); "should" asks for its act (advice), it does not suppose it; what a draft text says is not
done, nor is an act judged hard or easy with "it" ("making it hard to restructure its debt").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


def modalities(reading, trigger: str) -> list[str]:
    return [e.modality for e in events_on(reading, trigger)]


@pytest.mark.parametrize("text, trigger", [
    ("Mattis flies to Kabul on Tuesday for talks with Afghan leaders.", "flies"),
    ("Mattis flies to Kabul on Tuesday for talks with Afghan leaders.", "talks"),
    ("Secretary of State Blinken is heading to Egypt and Qatar this week to meet regional leaders.", "heading"),
    ("Gulf leaders welcome the French president at a summit in Riyadh this week.", "welcome"),
])
def test_a_trip_or_meeting_in_the_present_with_a_day_ahead_is_planned(read, text, trigger):
    found = modalities(read(text), trigger)
    assert found and set(found) == {"planned"}


def test_the_day_makes_a_meeting_ahead_only_in_the_present(read):
    assert modalities(read("Macron meets Erdogan in Ankara on Thursday."), "meets") == ["planned"]
    assert modalities(read("Macron on Thursday met Erdogan in Ankara."), "met") == ["happened"]


def test_talks_due_to_resume_are_planned(read):
    found = modalities(read("Talks between Armenia and Azerbaijan are due to resume in Moscow."), "Talks")
    assert found and set(found) == {"planned"}


def test_should_asks_for_the_act(read):
    found = modalities(read("The defense minister said Japan and South Korea should continue to cooperate on missile warnings."),
                       "cooperate")
    assert found and set(found) == {"demanded"}


def test_a_drafted_text_does_not_condemn(read):
    found = modalities(read("A draft resolution circulated by France condemns the chemical attack."), "condemns")
    assert "happened" not in found


def test_an_act_judged_hard_with_it_is_not_told(read_every):
    # a hypothetical act: read so (read_every), left out of the default store (round 35)
    found = modalities(read_every("Economists say the sanctions have hurt the government by making it hard to restructure its debt."),
                             "restructure")
    assert found and "happened" not in found
