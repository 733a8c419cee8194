"""Acts told as happened that did not: a counterfactual ("would have vetoed", "should
have armed") is no intent and no act; a passive verb of saying or belief ("is believed to have
supplied") hands the act to others' word (alleged); "nearly bombed" did not happen; "will not stop
firing" announces the firing goes on (planned, not negated); and a denial later in the next
paragraph, with no other account told before it, makes the account alleged."""

from __future__ import annotations

import pytest
from helpers import coded, events_on

FIELDS = ("cameo", "source", "target", "modality")


def test_a_counterfactual_veto_a_senator_reports_is_no_threat(read_every):
    reading = read_every("The majority leader blocked both bills, saying Trump would have vetoed them anyway.")
    vetoes = events_on(reading, "vetoed")
    assert [e.modality for e in vetoes] == ["hypothetical"]
    assert not any(e.cameo.startswith("13") for e in reading.events)


def test_a_should_have_in_a_critics_statement_is_no_demand(read_every):
    reading = read_every("Critics say Obama should have armed the Syrian rebels years ago.")
    assert [e.modality for e in events_on(reading, "armed")] == ["hypothetical"]


def test_a_writers_counterfactual_stores_nothing(read):
    assert coded(read("Obama could have bombed Syria in 2013.")) == []


def test_a_plain_future_in_a_statement_is_still_an_intent(read):
    # the counterfactual rule leaves "said it will" alone: a threat told
    reading = read("Hamas said it will fire rockets at Israel.")
    assert any(e.cameo.startswith("13") and e.modality == "happened" for e in reading.events)


@pytest.mark.parametrize("text, trigger", [
    ("Iran is believed to have supplied drones to Russia.", "supplied"),
    ("Chinese hackers are thought to have stolen data from the Pentagon.", "stolen"),
    ("Turkish forces are believed to be shelling Kurdish villages.", "shelling"),
])
def test_an_act_others_are_said_or_believed_to_have_done_is_alleged(read, text, trigger):
    assert [e.modality for e in events_on(read(text), trigger)] == ["alleged"]


@pytest.mark.parametrize("text, trigger, modality", [
    ("Iran is known to have supplied drones to Russia.", "supplied", "happened"),
    ("Iran is expected to supply drones to Russia.", "supply", "planned"),
])
def test_known_and_expected_are_no_hearsay(read, text, trigger, modality):
    assert [e.modality for e in events_on(read(text), trigger)] == [modality]


def test_a_strike_that_nearly_happened_is_negated(read):
    reading = read("Obama nearly bombed Syria in 2013.")
    assert coded(reading, FIELDS) == [("195", "USAGOV", "SYR", "negated")]  # a state's bombing is aerial


def test_nearly_before_a_number_leaves_the_strike_happened(read):
    reading = read("Israeli jets struck almost every Hamas position in Gaza.")
    assert [e.modality for e in events_on(reading, "struck")] == ["happened"]


def test_will_not_stop_firing_is_firing_planned(read):
    reading = read("Hamas will not stop firing rockets at Israel.")
    assert [e.modality for e in events_on(reading, "firing")] == ["planned"]


def test_never_stopped_shelling_still_happened(read):
    reading = read("Russian forces never stopped shelling Kharkiv.")
    assert all(e.modality == "happened" for e in events_on(reading, "shelling"))


WITNESSES = "Witnesses said Kenyan police opened fire on protesters in Nairobi."


def test_a_denial_after_background_in_the_next_paragraph_makes_the_account_alleged(read):
    reading = read(WITNESSES + "\n\nThe protest had been called by the opposition. Police denied the claim.")
    assert [e.modality for e in events_on(reading, "opened")] == ["alleged"]


def test_a_denial_after_another_account_answers_that_one(read):
    reading = read(WITNESSES + "\n\nThe governor said three people died. Police denied the claim.")
    assert [e.modality for e in events_on(reading, "opened")] == ["happened"]


def test_a_bare_verb_cut_off_from_its_plan_is_no_act_told(read):
    # "send" and "provide" belong to "a plan to", though the parse joins them to "announced"
    reading = read("The Kenyan government announced a plan to build new roads, send food to the north and provide aid to Somali refugees.")
    assert not [e for e in reading.events if e.trigger in {"send", "provide"} and e.modality == "happened"]


def test_two_past_acts_joined_are_both_told(read):
    reading = read("Russian troops shelled Ukrainian positions and seized two villages.")
    assert [e.modality for e in reading.events if e.trigger in {"shelled", "seized"}] == ["happened", "happened"]
