"""Round fifty-one, no event: what the writer says someone should or must do, in the writer's own
words, is an opinion or a rule, no one's demand (events/prescribed.py); a speaker's "should" or
"must" stays that speaker's demand. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


def _codes(events) -> list[tuple[str, str]]:
    return [(e.cameo, e.modality) for e in events]


def test_the_writers_must_is_no_demand(read) -> None:
    reading = read("In the end, Washington must impose new sanctions on Venezuela.")
    assert not events_on(reading, "sanctions"), _codes(events_on(reading, "sanctions"))


def test_the_writers_should_over_a_purpose_is_no_demand(read) -> None:
    reading = read("The European Union should use its leverage with Ankara to negotiate the release of the jailed reporters.")
    assert not events_on(reading, "negotiate"), _codes(events_on(reading, "negotiate"))


def test_a_speakers_must_stays_a_demand(read) -> None:
    impose = events_on(read("Washington must impose new sanctions on Venezuela, Senator Marco Rubio said on Tuesday."),
                       "sanctions")
    assert impose and all(e.modality == "demanded" for e in impose), _codes(impose)


@pytest.mark.parametrize("text", [
    # a quote carried from an earlier paragraph, closed in the next sentence
    "Washington must impose new sanctions on Venezuela. The time for talk is over,\u201d Senator Marco Rubio said on Tuesday.",
    # a sentence inside a quotation of several
    "\u201cWe have waited long enough. Washington must impose new sanctions on Venezuela. The time for talk is over,\u201d "
    "Senator Marco Rubio said.",
    # an account given by "according to"
    "Washington must impose new sanctions on Venezuela, according to Senator Marco Rubio.",
])
def test_a_quoted_or_credited_must_is_the_speakers(read, text) -> None:
    impose = events_on(read(text), "sanctions")
    assert impose and all(e.modality == "demanded" for e in impose), _codes(impose)


def test_a_must_in_a_conjunct_of_saying_is_the_speakers(read) -> None:
    lift = events_on(read("The Venezuelan foreign minister said Washington can join the talks, but must lift its sanctions first."),
                     "lift")
    assert lift and all(e.modality == "demanded" for e in lift), _codes(lift)


def test_an_owned_act_under_the_writers_should_is_still_told(read) -> None:
    # The regime's attacks are its act, told as done; only what the UN should do is the writer's.
    attacks = events_on(read("The United Nations should impose a no-fly zone over Idlib to stop the Syrian regime's attacks "
                             "against rebels."), "attacks")
    assert attacks, attacks


def test_the_writers_should_over_the_doers_own_inquiry_is_no_demand(read) -> None:
    reading = read("The Justice Department and the Senate committees should continue their investigations into the payments.")
    assert not events_on(reading, "investigations"), _codes(events_on(reading, "investigations"))
