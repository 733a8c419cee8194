"""Modality (round 33): a negated act under a noun of pressing is asked to be left undone, not told
as not done ("under pressure from its allies not to renege on the deal"); an act whose subject says
none did it is negated ("neither the president nor any official ever ordered …", "no country has
recognized …"); a saying joined to a verb of accusing is a statement of its own, not part of the
charge ("to accuse X of lying and to say the US would not endorse …"). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from helpers import events_on


def modalities(reading, trigger: str) -> list[str]:
    return [e.modality for e in events_on(reading, trigger)]


def test_a_negated_act_under_a_noun_of_pressing_is_asked_not_told_as_not_done(read_every):
    reading = read_every("Maybe Trump blinks on China; he'll be under tremendous pressure from farmers to not renege on the trade deal.")
    assert modalities(reading, "renege") == ["hypothetical"]


@pytest.mark.parametrize("text, trigger", [
    ("Neither Russia nor China has recognized the new government in Kiev.", "recognized"),
    ("A Pentagon spokesman said neither the defense secretary nor any of his aides ever ordered surveillance on American journalists.", "ordered"),
])
def test_an_act_whose_subject_says_none_did_it_is_negated(read, text, trigger):
    found = modalities(read(text), trigger)
    assert found and set(found) == {"negated"}


def test_a_saying_joined_to_an_accusation_is_no_part_of_the_charge(read):
    reading = read("The criticism prompted Erdogan to accuse Macron of lying and to say Turkey would not endorse the NATO communique.")
    assert "alleged" not in modalities(reading, "endorse")
    assert modalities(reading, "endorse")
