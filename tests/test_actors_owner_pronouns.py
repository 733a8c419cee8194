"""A "his"/"her" (or a "him"/"her" after a preposition) that its own sentence gives no one to stand
for is resolved by the actors step, as a subject "he"/"she" is: the one the text before has called
by that pronoun's gender ("… and she pledged to run. Donors lined up behind her": the senator). One
its own sentence may give someone to stand for (a person named before it, or its clause's own
subject) is left to the events step. Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on, pronoun_actor

SCHOLZ = "Chancellor Olaf Scholz arrived in Warsaw on Thursday, and he met the Polish president."
WARREN = "Senator Elizabeth Warren spoke in Boston on Monday, and she pledged to run for president."


def test_an_owner_pronoun_stands_for_the_one_called_so_before(read):
    visit = pronoun_actor(read(f"{SCHOLZ} Critics dismissed his visit as a photo opportunity."), "his")
    assert visit is not None and visit.name.endswith("Scholz")
    behind = pronoun_actor(read(f"{WARREN} Union leaders held talks with her on Tuesday."), "her")
    assert behind is not None and behind.name.endswith("Warren")


def test_an_owner_pronoun_its_own_sentence_may_explain_is_left_to_the_events_step(read):
    assert pronoun_actor(read(f"{SCHOLZ} President Andrzej Duda praised his visit."), "his") is None
    assert pronoun_actor(read(f"{SCHOLZ} After his visit, he flew to Prague."), "his") is None
    assert pronoun_actor(read(f"{SCHOLZ} Critics dismissed her visit."), "her") is None  # he is no "her"


def test_the_owner_is_the_one_the_earlier_she_was(read):
    # "she" was read as the senator: "her" goes with it, as a later "she" would
    reading = read("Senator Elizabeth Warren met Governor Charlie Baker on Monday, and she pledged to run. "
                   "Party leaders rejected her plan on Tuesday.")
    [event] = events_on(reading, "rejected")
    assert event.target is not None and event.target.name.endswith("Warren")
