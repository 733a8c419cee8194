"""Modality of acts that are only possible, talked over, advised, meant, failed, or under way with
a scheduled end (round 11: the seed-22 judge's modality classes, on sentences written here)."""

from __future__ import annotations

from functools import cache

import pytest
from helpers import events_on
from spacy.language import Language


@cache
def _parser() -> Language:
    from newsevents.nlp import load_pipeline

    return load_pipeline()


def _modality_of(text: str, word: str, code: str = "190") -> str:
    """The modality the coder reads for the word's event, on the parse alone."""
    from newsevents.events.modality import _modality

    token = next(t for t in _parser()(text) if t.lower_ == word)
    return _modality(token, token, code)


# --- adjectives of possibility ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Fresh clashes between the army and rebels in Darfur are likely, the monitors warned.",
    "Renewed clashes between riot police and farmers in Brussels are possible next week.",
])
def test_an_event_said_to_be_possible_has_not_happened(read, text):
    """Someone's warning keeps it as a guess; the writer's own guess is not stored at all."""
    assert all(e.modality == "hypothetical" for e in events_on(read(text), "clashes"))
    assert _modality_of(text, "clashes") == "hypothetical"


def test_clashes_that_broke_out_still_happened(read):
    events = events_on(read("Violent clashes between riot police and farmers in Brussels left six injured."), "clashes")
    assert events and all(e.modality == "happened" for e in events)


# --- an act only discussed -------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Ministers discussed imposing sanctions on Belarus.", "imposing"),
    ("The cabinet debated expelling the Iranian diplomats.", "expelling"),
    ("The Kremlin weighed sending more troops to the Finnish border.", "sending"),
])
def test_an_act_only_discussed_is_not_told_as_done(read, text, word):
    assert not any(e.modality == "happened" for e in read(text).events)
    assert _modality_of(text, word, "163") == "hypothetical"


def test_a_discussion_of_a_thing_done_keeps_the_deed(read):
    """The gerund rule is about the discussed act only: an act told beside it still happened."""
    assert _modality_of("Ministers discussed the crisis after police arrested the opposition leader.", "arrested", "173") == "happened"


# --- advice, and wishing another to act ------------------------------------------------------
def test_advice_to_act_is_a_demand_not_a_deed(read):
    events = events_on(read("Officials advised the president to expel the Russian ambassador."), "expel")
    assert events and all(e.modality == "demanded" for e in events)


def test_advice_that_states_a_fact_is_no_demand():
    assert _modality_of("Police advised that the army had shelled the bridge overnight.", "shelled", "195") != "demanded"


def test_wanting_another_to_act_stays_wished_for_under_can_confirm(read_every):
    """"We can confirm that …" asserts; its "can" makes nothing a supposition: the act is wanted."""
    events = events_on(read_every("We can confirm that the mayor wants the FBI to investigate her deputy."), "investigate")
    assert events and all(e.modality == "desired" for e in events)


def test_cannot_confirm_still_negates(read_every):
    """What they cannot confirm is told neither way: not done, nor denied (hypothetical, not stored)."""
    events = events_on(read_every("Police said they can not confirm that the army shelled the village."), "shelled")
    assert events and all(e.modality == "hypothetical" for e in events)


# --- purpose: "was meant to" -----------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("The treaty was meant to prevent Iran from acquiring a nuclear weapon.", "prevent"),
    ("The troop deployment was designed to deter Russia from attacking Estonia.", "deter"),
    ("The raid was intended to capture the rebel commander.", "capture"),
])
def test_what_a_thing_is_meant_for_is_no_deed(text, word):
    assert _modality_of(text, word, "120") == "hypothetical"


# --- an act under way whose end is scheduled -------------------------------------------------
def test_drills_scheduled_to_end_are_under_way(read):
    events = events_on(read("Military drills by Russia and Belarus are scheduled to end on Sunday."), "drills")
    assert events and all(e.modality == "happened" for e in events)


def test_drills_scheduled_for_a_day_are_planned(read):
    events = events_on(read("Military drills by Russia and Belarus are scheduled for Sunday."), "drills")
    assert events and all(e.modality == "planned" for e in events)


# --- a failed or abandoned plan --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The opposition's plan to impeach the president was a total failure.",
    "The plan to impose sanctions on Russia collapsed in March.",
    "Diplomats described the scrapped plan as a blow to the alliance.",
])
def test_a_plan_that_failed_did_not_happen(text):
    assert _modality_of(text, "plan", "137") == "negated"


def test_a_plan_announced_is_no_failure():
    assert _modality_of("The government's plan to impose sanctions on Russia was announced in March.", "plan", "137") != "negated"


# --- a negation inside a condition -----------------------------------------------------------
def test_a_negated_condition_is_a_condition_not_a_denial():
    text = "The senator will block the nomination if the White House does not hand over the documents."
    assert _modality_of(text, "hand", "064") == "hypothetical"
    assert _modality_of("Russia will retaliate if NATO does not withdraw its troops.", "withdraw", "0874") == "hypothetical"
