"""The scope of modality markers over the clause tree, on sentences written for
these tests: a condition over a future, the futurate present, an attempted blow, a denial that
follows the claim (after a comma, in a "but" clause or in the next sentence) and a definite event
noun whose verb's "could" or "not" is not its own."""

from __future__ import annotations

import pytest
from helpers import modalities_on


@pytest.mark.parametrize("text, word", [
    ("The Azerbaijani defence ministry said its army will retreat from the border posts if Armenia shells them again.", "retreat"),
    ("Turkey will send more troops to Idlib if Syrian forces attack its posts, Erdogan said.", "send"),
])
def test_a_condition_makes_a_future_hypothetical(read, word, text):
    modalities = modalities_on(read(text), word)
    assert "planned" not in modalities and "happened" not in modalities


@pytest.mark.parametrize("text, word", [
    ("The Brazilian foreign minister is travelling to Beijing on Thursday to meet Chinese officials.", "travelling"),
    ("The Kenyan president is hosting the Ethiopian prime minister on Saturday.", "hosting"),
    ("Macron meets Scholz in Berlin next week to discuss the budget.", "meets"),
])
def test_the_futurate_present_is_planned(read, word, text):
    assert modalities_on(read(text), word) == {"planned"}


def test_the_progressive_without_a_time_ahead_stays_told(read):
    reading = read("The Kenyan president is hosting the Ethiopian prime minister in Nairobi.")
    assert modalities_on(reading, "hosting") == {"happened"}


def test_an_attempted_blow_is_not_told_as_struck(read_every):
    reading = read_every("Pakistan tried to shoot down two Indian jets over Kashmir, the Indian air force said.")
    assert modalities_on(reading, "shoot") == {"hypothetical"}
    assert modalities_on(read_every("Pakistan shot down two Indian jets over Kashmir, the Indian air force said."), "shot") == {"happened"}


@pytest.mark.parametrize("text, word", [
    ("Syrian government troops shelled the hospital in Idlib, which Damascus denies.", "shelled"),
    ("Ethiopian jets bombed the market in Mekelle, the Tigrayan authorities said, but Addis Ababa denied it.", "bombed"),
    ("Ethiopian jets bombed the market in Mekelle, the Tigrayan authorities said. Addis Ababa denied the claim.", "bombed"),
])
def test_a_denial_after_the_claim_makes_it_alleged(read, word, text):
    assert modalities_on(read(text), word) == {"alleged"}


def test_the_claim_itself_was_made(read):
    reading = read("Tigrayan authorities accused Ethiopian jets of bombing the market. Addis Ababa denied the claim.")
    assert "alleged" not in modalities_on(reading, "accused")


def test_rejecting_it_after_an_offer_is_no_denial(read):
    reading = read("Iran offered talks to Saudi Arabia on Monday. Riyadh rejected it.")
    assert modalities_on(reading, "offered") == {"happened"}


@pytest.mark.parametrize("text", [
    "Diplomats say the talks between Serbia and Kosovo could ease tension in the north.",
    "The talks between Serbia and Kosovo did not produce an agreement on the border.",
])
def test_a_definite_event_noun_keeps_its_own_modality(read, text):
    assert modalities_on(read(text), "talks") == {"happened"}


@pytest.mark.parametrize("text, expected", [
    ("The talks between Serbia and Kosovo will focus on the border.", "planned"),
    ("The talks between Serbia and Kosovo did not take place.", "negated"),
])
def test_a_subject_noun_of_its_own_verb_or_a_future_is_not_presupposed(read, text, expected):
    assert modalities_on(read(text), "talks") == {expected}


def test_a_denial_of_other_claims_leaves_the_writers_act_told(read):
    reading = read("The European Union imposed sanctions on Belarusian officials this week. Minsk denied the claims of vote rigging.")
    assert "alleged" not in modalities_on(reading, "imposed")


def test_a_credited_act_denied_in_the_next_sentence_is_alleged(read):
    reading = read("According to activists, Myanmar jets bombed a village in Sagaing. The junta denied the report.")
    assert modalities_on(reading, "bombed") == {"alleged"}

