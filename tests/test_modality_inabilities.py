"""Modality: an act one was unable or powerless to do was not done (negated, as "failed to"); an
inability a modal puts ahead or supposes tells the act neither way. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from helpers import modalities_on


@pytest.mark.parametrize("text, trigger", [
    ("The administration has been unable to free other Americans still held in Iranian jails.", "free"),
    ("Kenyan police were powerless to stop the attack on the mall.", "stop"),
])
def test_an_act_one_was_unable_to_do_is_negated(read_every, text, trigger):
    assert modalities_on(read_every(text), trigger) == {"negated"}


def test_an_inability_under_a_modal_is_no_act_told(read_every):
    reading = read_every("The minister warned that the administration would be unable to free the Americans held in Iran.")
    assert modalities_on(reading, "free") == {"hypothetical"}


def test_an_able_subject_still_does_the_act(read_every):
    reading = read_every("The administration was able to free three Americans held in Iranian jails.")
    assert modalities_on(reading, "free") == {"happened"}
