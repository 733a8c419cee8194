"""Five readings of modality from plain English grammar: "nor" before an auxiliary put ahead of
its subject negates the clause ("Nor did the minister meet …"); a "should" run on after a noun
opens a condition ("will recall its ambassador should the parliament pass …"); an act ahead in the
clause of a noun of fear is dreaded, not planned ("raised fears that Russia is going to invade");
a definite event noun whose claim or belief is only about what it was ("believes the airstrike
was a provocation") is a known event, not an alleged one; and one who "was moved to" act, stirred
to it, acted."""

from __future__ import annotations

import pytest
from helpers import events_on, modalities_on


@pytest.mark.parametrize("text, word", [
    ("Nor did the Turkish foreign minister meet with his Greek counterpart during the summit in Brussels.", "meet"),
    ("Obama did not call Putin, nor did he meet the Russian envoy during the summit.", "meet"),
])
def test_a_clause_opened_by_nor_and_an_inverted_auxiliary_is_negated(read_every, text, word):
    assert modalities_on(read_every(text), word) == {"negated"}


def test_nor_negates_only_its_own_clause(read_every):
    reading = read_every("Nor did Erdogan criticize Putin when Russian jets bombed the rebels in Idlib.")
    assert modalities_on(reading, "criticize") == {"negated"}
    assert modalities_on(reading, "bombed") == {"happened"}


@pytest.mark.parametrize("text, word", [
    ("The Philippines will impose tighter entry restrictions on American citizens should Washington "
     "enforce sanctions over the detention, a spokesman said.", "impose"),
    ("Ankara will recall its ambassador from Berlin should the German parliament pass the resolution, "
     "the minister said.", "recall"),
])
def test_a_should_run_on_after_a_noun_is_a_condition(read_every, text, word):
    assert modalities_on(read_every(text), word) == {"hypothetical"}


def test_an_act_ahead_under_a_noun_of_fear_is_not_planned(read_every):
    reading = read_every("The buildup has raised fears that Russia is going to invade Ukraine this winter.")
    assert "planned" not in modalities_on(reading, "invade")


@pytest.mark.parametrize("text, word", [
    ("Russian officials believe the Israeli airstrike on the Syrian airport was a deliberate provocation.", "airstrike"),
    ("Damascus claimed that the American bombing of the convoy was a war crime.", "bombing"),
])
def test_what_a_known_event_was_called_is_claimed_not_the_event(read_every, text, word):
    assert modalities_on(read_every(text), word) == {"happened"}


def test_an_act_told_in_a_claim_is_still_alleged(read_every):
    reading = read_every("Damascus claimed that American jets bombed the convoy near Deir ez-Zor.")
    assert [event.modality for event in events_on(reading, "bombed")] == ["alleged"]


def test_one_stirred_to_act_acted_but_one_moving_to_act_aims(read_every):
    stirred = read_every("The president was moved to send missiles into Syria by images of dead children he saw on television.")
    assert modalities_on(stirred, "send") == {"happened"}
    aiming = read_every("Putin is moving to tighten his grip on the country's internet access.")
    assert modalities_on(aiming, "tighten") == {"planned"}
