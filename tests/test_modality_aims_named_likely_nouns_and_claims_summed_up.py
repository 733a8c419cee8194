"""Modality: bringing someone round named only as an aim ("the goal is getting Seoul to sign") tells
the act asked of them, not done (demanded); an event noun that "remains likely" is a guess; a clause
summed up after a comma as a charge another denies keeps its accusing as done, and any other act it
tells as one side's account; what a "for … to" clause said to be overdue is for is asked for too.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import modalities_on


@pytest.mark.parametrize("text, trigger", [
    ("The administration's main goal is getting Pyongyang to give up its nuclear weapons.", "give"),
    ("Diplomats kept their focus at the conference in Geneva on getting Turkey and Greece to agree on a maritime border.", "agree"),
])
def test_an_act_one_aims_to_bring_another_round_to_is_asked_of_them(read_every, text, trigger):
    assert modalities_on(read_every(text), trigger) == {"demanded"}


def test_bringing_someone_round_told_as_done_still_tells_the_act(read_every):
    reading = read_every("The senator took credit for getting Mexico to deploy troops to its southern border.")
    assert modalities_on(reading, "deploy") == {"happened"}


def test_an_event_noun_that_remains_likely_is_a_guess(read_every):
    reading = read_every("A new missile test by Pyongyang remains highly likely, analysts in Seoul said on Tuesday.")
    assert modalities_on(reading, "test") == {"hypothetical"}


def test_an_accusation_summed_up_as_a_charge_another_denies_was_made(read_every):
    reading = read_every("Kenya accuses Somalia of harbouring the militants, a charge Somalia denies.")
    assert modalities_on(reading, "accuses") == {"happened"}
    assert modalities_on(reading, "denies") == {"denied"}


def test_an_act_summed_up_as_a_claim_another_denies_is_an_account(read_every):
    reading = read_every("Syrian troops shelled the village, a claim Damascus denies.")
    assert modalities_on(reading, "shelled") == {"alleged"}


def test_what_an_overdue_act_is_for_is_asked_for(read_every):
    reading = read_every("The time has come for Berlin and Paris to act together to pressure Ankara to release the journalists.")
    assert modalities_on(reading, "pressure") == {"demanded"}
