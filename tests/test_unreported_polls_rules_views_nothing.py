"""Text that reports no event (round 25, events/unreported.py): a poll's finding counted as a bare
share ("61 percent say", "seven in 10 said") or found by a poll ("a new poll shows"), a rule for a
kind of people ("migrants are supposed to apply for asylum at the border"), a view agreed on
("agreed that the battle would be long") and an act of nothing ("agree to nothing"). Each dropped
sentence is paired with a near one whose event is kept. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


def _codes(reading, word: str) -> list[str]:
    return [e.cameo for e in events_on(reading, word)]


# --- a poll's finding -------------------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("Fifty-four percent say Washington should impose new tariffs on Chinese steel.", "impose"),
    ("More than seven in 10 said Israel should negotiate with the Palestinians.", "negotiate"),
    ("A new poll shows voters blame Beijing for the trade war.", "blame"),
    ("The survey found that most Germans want Berlin to expel the Russian ambassador.", "expel"),
])
def test_a_poll_finding_is_no_event(read, text, word):
    assert _codes(read(text), word) == []
    # not counted by a poll: the senator's claim about voters stays an accusation
    assert [c[:2] for c in _codes(read("Voters blame Beijing for the trade war, the senator said."), "blame")] == ["11"]


# --- a rule for a kind of people --------------------------------------------------------------


@pytest.mark.parametrize("kept, word", [
    # a time of its own, or people in particular: their act (or its failure) is news (a past
    # "were supposed to" is left to modality, which reads a norm's act as not told)
    ("The migrants were required to apply for asylum at the border post on Monday.", "apply"),
    ("Under the deal, the rebels are required to surrender their weapons to Russian troops.", "surrender"),
])
def test_a_rule_for_a_kind_of_people_is_no_event(read, kept, word):
    assert _codes(read("Migrants are supposed to apply for asylum at official border crossings."), "apply") == []
    assert _codes(read(kept), word) != []


# --- a view agreed on ------------------------------------------------------------------------


@pytest.mark.parametrize("kept", [
    # agreeing on what will be done is an agreement
    "Kenya agreed that the talks with Somalia would resume in Nairobi.",
    "The two leaders agreed that talks would resume in Geneva next month.",
])
def test_agreeing_what_a_thing_is_is_no_intent(read, kept):
    text = "Michael Kofman, a Russia analyst at CNA, agreed that the battle for Bakhmut would be long and costly."
    assert _codes(read(text), "agreed") == []
    assert _codes(read(kept), "agreed") == ["030"]


# --- an act of nothing -----------------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("In the end, Erdogan and Assad agree to nothing.", "agree"),
    ("Iran promised nothing to the inspectors.", "promised"),
    ("The European Union offered Serbia nothing in return.", "offered"),
])
def test_an_act_of_nothing_is_no_event(read, text, word):
    assert _codes(read(text), word) == []
    # something agreed to is an agreement
    assert _codes(read("Erdogan and Assad agreed to a ceasefire."), "agreed") != []
