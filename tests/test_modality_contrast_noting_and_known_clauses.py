"""Modality on real news, round 23: an act set against a negated one ("not X but instead Y") is
told as done, and so is one after "not only"; a participle of noting or saying after the main
clause (", noting that …", ", saying that …") states its clause as a point made, out of reach of
what the main verb asks for or plans; a clause the sentence takes as known (an embedded "why" or
"how" question, a past "when" clause, "except that …") keeps its own modality, not the supposing
verb's above it."""

from __future__ import annotations

import pytest
from helpers import modalities_on

from newsevents.events.modality import _modality


@pytest.mark.parametrize(("text", "act", "negated"), [
    ("Officials said Moscow is not bombing the militants but instead shelling the villages near Hama.",
     "shelling", "bombing"),
    ("The Sudanese army is not negotiating with the rebels but instead attacking their positions in Darfur.",
     "attacking", "negotiating"),
])
def test_an_act_set_against_a_negated_one_is_done(read, text, act, negated):
    reading = read(text)
    assert modalities_on(reading, act) == {"happened"}
    assert modalities_on(reading, negated) <= {"negated"}  # the first verb keeps its "not"
    # a conjunct joined by "and" still shares the negation
    assert modalities_on(read("Turkish forces did not shell the town and attack the Kurdish fighters."), "attack") == {"negated"}


def test_not_just_tells_the_act(read):
    reading = read("Turkey did not just criticize the Dutch government, it expelled the Dutch ambassador.")
    assert modalities_on(reading, "criticize") == {"happened"}


@pytest.mark.parametrize(("text", "act"), [
    ("The Emir called for Gulf states to end the blockade, noting that Riyadh has been arresting "
     "Qatari citizens for months.", "arresting"),
    ("The foreign minister urged Iran to free the tanker's crew, saying Iranian commandos had seized "
     "the ship in Omani waters.", "seized"),
])
def test_a_point_made_in_a_participle_is_not_asked_for(read, pipeline, text, act):
    assert modalities_on(read(text), act) == {"happened"}
    # a participle of demanding still asks for its clause
    doc = pipeline.nlp("The envoy spoke to reporters in Ankara, demanding that Turkey pull its troops out of Syria.")
    pull = next(t for t in doc if t.text == "pull")
    assert _modality(pull, None, "0874") == "demanded"


def test_a_point_made_is_out_of_reach_of_the_main_future(read):
    reading = read("The senator said the hearings will resume in March, suggesting that the Pentagon's "
                   "inquiry is meant to embarrass the White House.")
    assert modalities_on(reading, "inquiry") == {"happened"}


def test_a_past_when_clause_under_a_supposition_is_known(read):
    reading = read("The senators cannot explain why they stayed silent when Obama declined to send weapons to Ukraine.")
    assert modalities_on(reading, "declined") == {"happened"}
    # a "when" clause ahead is no known act
    assert "happened" not in modalities_on(read("Israel could retaliate when Hezbollah attacks the northern towns."), "attacks")


def test_an_asserted_that_clause_after_except(pipeline):
    doc = pipeline.nlp("\"I cannot see how anyone could reach any other verdict except that Serbia abused its "
                       "power and attacked Kosovo,\" the prosecutor told reporters.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert _modality(attacked, None, "190") == "happened"
