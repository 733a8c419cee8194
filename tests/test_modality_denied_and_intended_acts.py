"""Modality of acts told beside a denial, of accounts denied afterwards, and of aims, on
sentences written for these tests: a past-tense act joined to a verb of denial is a
second act, done ("dismissed the report and arrested two journalists"), not denied;
an account summed up after a comma as a claim another denies ("…, a claim the police denied")
is alleged, as is a past act under a noun of suspicion ("concerns that the envoy shared"); "look
to" with an act is an aim, planned; an act advocated ("favors sending arms") is asked for; an
intent inside a condition is supposed; "does not have to" owes nothing."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize(("text", "word"), [
    ("The Turkish government dismissed the report as propaganda and arrested two Kurdish journalists in Ankara.", "arrested"),
    ("The Syrian army rejected the ceasefire offer and instead shelled rebel positions near Aleppo.", "shelled"),
])
def test_an_act_joined_to_a_denial_happened(read, text, word):
    events = events_on(read(text), word)
    assert events and {e.modality for e in events} == {"happened"}


def test_what_is_denied_stays_denied(read):
    # the complement of the denial is still denied: only a verb joined to "denied" is beside it
    events = events_on(read("Iran denied it had seized the British tanker and detained its crew in the Gulf."), "seized")
    assert events and {e.modality for e in events} == {"denied"}


@pytest.mark.parametrize("text", [
    "Witnesses said Iranian security forces opened fire on protesters in Tehran, a claim the police denied.",
    "Iranian security forces opened fire on protesters in Tehran, witnesses said, an account the police denied.",
])
def test_an_account_denied_afterwards_is_alleged(read, text):
    events = events_on(read(text), "opened")
    assert events and {e.modality for e in events} == {"alleged"}


def test_an_appositive_that_denies_nothing_leaves_the_act_told(read):
    events = events_on(read("Syrian jets bombed a hospital in Idlib, the worst attack on the province this month."), "bombed")
    assert events and {e.modality for e in events} == {"happened"}


def test_looking_to_act_is_an_aim(read):
    events = events_on(read("House Democrats are looking to investigate the Pentagon's contracts with Saudi Arabia."), "investigate")
    assert events and {e.modality for e in events} == {"planned"}


@pytest.mark.parametrize(("text", "word"), [
    ("Pompeo said the United States would lift sanctions if Iran agreed to enter negotiations with Saudi Arabia.", "enter"),
    ("Pompeo said that if Iran is ready to negotiate with Washington, sanctions could be eased.", "negotiate"),
])
def test_an_intent_inside_a_condition_is_supposed(read_every, text, word):
    events = events_on(read_every(text), word)
    assert events and {e.modality for e in events} == {"hypothetical"}


def test_no_obligation_is_no_demand(read):
    reading = read("The minister said Mexico does not have to cooperate with American immigration agents.")
    assert {e.modality for e in events_on(reading, "cooperate")} <= {"hypothetical"}
    assert not [e for e in reading.events if e.cameo.startswith("10")]


def test_an_obligation_is_still_demanded(read):
    events = events_on(read("The minister said Mexico has to cooperate with American immigration agents."), "cooperate")
    assert events and {e.modality for e in events} == {"demanded"}


@pytest.mark.parametrize(("text", "word"), [
    ("The Pentagon chief favors sending more troops to Iraq.", "sending"),
    ("Several senators support imposing new sanctions on Russia over the poisoning.", "sanctions"),
])
def test_an_act_advocated_is_asked_for(read, text, word):
    events = events_on(read(text), word)
    assert events and {e.modality for e in events} == {"demanded"}


def test_an_act_begun_is_done(read):
    events = events_on(read("Iran began sending drones to Russia last summer."), "sending")
    assert events and {e.modality for e in events} == {"happened"}


def test_a_past_act_under_a_noun_of_suspicion_is_alleged(read):
    events = events_on(read("The report raises concerns the Chinese embassy funded the protests in Hong Kong."), "funded")
    assert events and {e.modality for e in events} == {"alleged"}


def test_an_act_a_concern_is_about_stays_told(read):
    events = events_on(read("Concerns over Russia's shelling of the plant grew on Monday."), "shelling")
    assert events and {e.modality for e in events} == {"happened"}
