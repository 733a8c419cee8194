"""Words read at the wrong CAMEO root (issue 12, round 33): a prepositional phrase set before its
verb taken as the verb's particle ("On that point, X insisted …" read as "insist on", a demand),
"be going to" read as a going to war, ministers agreeing on a need read as an intent to cooperate,
and a hostile name read as praise for the warm words of what it tramples. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on


@pytest.mark.parametrize("text, word", [
    ("On that point, Chinese Foreign Minister Wang Yi insisted that the talks had gone well.", "insisted"),
    ("On the question of tariffs, German Chancellor Angela Merkel insisted that her government had done nothing wrong.",
     "insisted"),
])
def test_a_fronted_phrase_is_no_particle_of_its_verb(read, text, word):
    assert [e.cameo for e in events_on(read(text), word) if e.cameo.startswith("10")] == []
    # a particle after the verb still makes the demand
    found = coded(read("The European Union insisted on the return of the refugees to their homes."))
    assert any(code.startswith("10") for code, _, _ in found), found


@pytest.mark.parametrize("text, word", [
    ('"We are going to fight for every last job in this country," Canadian Prime Minister Justin Trudeau '
     "told factory workers.", "going"),
    ("The senator said Democrats were going to fight for the bill until the end.", "going"),
])
def test_be_going_to_is_no_going_to_war(read, text, word):
    assert events_on(read(text), word) == []
    # going to war is still a war
    found = coded(read("The president has decided to go to war against Iraq, the White House said."))
    assert any(code.startswith("19") for code, _, _ in found), found


@pytest.mark.parametrize("text", [
    "French cabinet ministers agreed on the need to take action in Mali, the Elysee said.",
    "The European leaders agreed on the necessity of a common response, the summit statement said.",
])
def test_agreeing_on_a_need_is_no_intent(read, text):
    assert events_on(read(text), "agreed") == []
    # agreeing to act is still an intent
    found = coded(read("Russia and Turkey agreed to hold joint patrols in northern Syria."))
    assert any(code.startswith("03") for code, _, _ in found), found


def test_a_name_that_tramples_efforts_is_no_praise(read):
    reading = read("Prime Minister Shinzo Abe called the test a challenge to the world that tramples "
                   "international efforts to resolve the crisis peacefully.")
    assert "051" not in [e.cameo for e in events_on(reading, "called")]
