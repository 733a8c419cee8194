"""Codes (issue 12, round 51): a meeting, call or visit whose counterpart is an outlet or a
reporter is an interview, the speaker's statement (010), not a consultation (04x); a document's
release is its publication, no release of persons or property (084); "contain the fallout" is
an idiom, no coercion (17x)."""

from __future__ import annotations

import pytest
from helpers import codes

CONTACT_ROOT = "04"


def _contacts(reading) -> list[str]:
    return [c for c in codes(reading) if c.startswith(CONTACT_ROOT)]


def test_talking_with_a_newspaper_is_no_consultation(read):
    reading = read("In a long interview with The New York Times last spring, the Swedish foreign minister "
                   "talked about her country's bid to join NATO.")
    assert not _contacts(reading)


def test_touring_the_studios_is_no_visit(read):
    reading = read("German cabinet ministers toured the studios of the BBC on Sunday to defend the budget.")
    assert not _contacts(reading)


def test_meeting_a_minister_stays_a_consultation(read):
    reading = read("The Swedish foreign minister met her Finnish counterpart in Helsinki on Monday.")
    assert _contacts(reading)


RELEASE = "084"


def _releases(reading) -> list[str]:
    return [c for c in codes(reading) if c.startswith(RELEASE)]


def test_a_documents_release_frees_no_one(read):
    reading = read("The Dutch government has tightly controlled the release of guidance and information "
                   "about the outbreak, with the prime minister himself leading the briefings.")
    assert not _releases(reading)


def test_a_reports_release_frees_no_one(read):
    reading = read("The Swedish minister told reporters after the inquiry's findings' release that the day "
                   "had vindicated him.")
    assert not _releases(reading)


def test_prisoners_released_stay_a_release(read):
    reading = read("Venezuela released two Colombian soldiers on Tuesday after talks in Caracas.")
    assert _releases(reading)


@pytest.mark.parametrize("text", [
    "The Dutch foreign minister struggled on Tuesday to contain the fallout from the Belgian prime minister's remarks.",
    "The Dutch foreign minister struggled on Tuesday to contain the damage from the Belgian prime minister's remarks.",
    "Critics in Kyiv say Moscow is pulling a fast one on Ukraine over the gas deal.",
])
def test_containing_the_fallout_or_pulling_a_fast_one_coerces_no_one(read, text):
    assert not [c for c in codes(read(text)) if c.startswith("17")]


def test_police_containing_protesters_still_coerce(read):
    assert [c for c in codes(read("Egyptian police contained the protesters in Tahrir Square on Friday.")) if c.startswith("17")]
