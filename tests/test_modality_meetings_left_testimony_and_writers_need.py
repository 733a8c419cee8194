"""Modality on real news, round 22: a meeting one may still pull out of is ahead (planned); "a set
of sanctions" plans nothing; a timetable or a path to an act plans it; what a witness testifies
is alleged; the writer's own "need to" is a view, not a demand; "was slow to comply" tells the
compliance; "the fear is that …" is a guess; a participle joined to a modal's verb is told beside it."""

from __future__ import annotations

import pytest
from helpers import events_on, modalities_on

from newsevents.events.modality import _modality


@pytest.mark.parametrize(("text", "meeting"), [
    ("Iran threatened to pull out of the talks with the European Union.", "talks"),
    ("The Kremlin said Putin could back out of the meeting with Biden.", "meeting"),
])
def test_a_meeting_one_may_pull_out_of_is_planned(read, text, meeting):
    assert modalities_on(read(text), meeting) == {"planned"}


def test_only_a_meeting_one_may_still_leave_is_ahead(read):
    assert modalities_on(read("Pakistan may withdraw from the summit with India in Delhi."), "summit") == {"planned"}
    assert modalities_on(read("Pakistan pulled out of the summit with India in Delhi."), "summit") == {"happened"}


def test_a_set_of_sanctions_is_no_plan(read):
    reading = read("Moscow condemned the new set of sanctions imposed by the European Union in March.")
    assert modalities_on(reading, "sanctions") == {"happened"}


@pytest.mark.parametrize("text", [
    "The agreement lays out a timetable for the withdrawal of Turkish troops from Cyprus.",
    "The accord lays out a path to the withdrawal of Russian forces from Moldova.",
])
def test_a_timetable_or_path_to_an_act_plans_it(read, text):
    assert modalities_on(read(text), "withdrawal") == {"planned"}


def test_a_path_the_verb_lays_out_plans_the_act(read):
    reading = read("Serbian and Kosovar leaders signed the accord in Brussels on Monday. "
                   "It lays out a phased path to the withdrawal of Serbian police from northern Kosovo.")
    assert modalities_on(reading, "withdrawal") == {"planned"}  # "to" hung on "lays", not on "path"


@pytest.mark.parametrize(("text", "act"), [
    ("The former envoy testified that Russian agents had threatened Ukrainian officials.", "threatened"),
    ("Ms. Hill told a House Intelligence Committee hearing on Thursday that Ukrainian officials were trying "
     "to set up meetings with the Trump campaign.", "set"),
])
def test_what_a_witness_testifies_is_alleged(read, text, act):
    assert modalities_on(read(text), act) == {"alleged"}


def test_the_writers_own_need_is_no_demand(read):
    assert read("The European Union needs to impose new sanctions on Russia over the poisoning.").events == []
    said = read("The minister said the European Union needs to impose new sanctions on Russia.")
    assert [e.modality for e in said.events if e.cameo == "163"] == ["demanded"]  # the minister's demand


def test_the_writers_need_to_persuade_is_asked_of_no_one(read_every):
    reading = read_every("Washington needs to persuade Turkey to drop its objections to Sweden joining NATO.")
    assert modalities_on(reading, "persuade") == {"hypothetical"}


def test_slow_to_comply_tells_the_compliance(read):
    reading = read("The ministry said it was slow to comply because of the number of requests.")
    assert [e.modality for e in events_on(reading, "comply")] == ["happened"]


def test_a_passive_need_is_still_asked_of_its_doer(read):
    reading = read("Even as Macron hails the accord, the treaty still needs to be ratified by the French Senate.")
    assert [e.modality for e in reading.events if e.cameo == "057"] == ["demanded"]


def test_the_fear_is_that_is_a_guess(pipeline):
    doc = pipeline.nlp("The fear is that Russia will resume its assault on Kyiv in the spring.")
    resume = next(t for t in doc if t.text == "resume")
    assert _modality(resume, None, "190") == "hypothetical"


def test_a_participle_beside_a_modal_is_told(read):
    reading = read("Premier Li refused to step down, warning Hong Kong protesters of consequences should they "
                   "occupy government offices but pledging that Hong Kong police would show restraint.")
    assert modalities_on(reading, "pledging") == {"happened"}
