"""Word senses of round 48: an armed group's violence on unarmed people, a suicide bombing, a greeting
(hosting), a vow of force or retaliation, cooperation in strikes, crowds that close in while they
protest, "surrounding" as "nearby", rockets intercepted, a request called something. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes, events_on

# --- an armed group outside any state, on unarmed people: unconventional violence (18x) ----------


@pytest.mark.parametrize("text", [
    "Rebels killed three villagers in an attack on a market in eastern Congo.",
    "Boko Haram fighters killed about forty farmers near the border with Chad on Sunday.",
    "The Islamic State has beheaded two American journalists.",
])
def test_an_armed_group_killing_unarmed_people_is_unconventional_violence(read, text):
    found = codes(read(text))
    assert found and all(code.startswith("18") for code in found), found


@pytest.mark.parametrize("text", [
    "Hamas fighters attacked Israeli soldiers near the border.",
    "The Taliban frequently target Afghan and U.S. forces.",
])
def test_an_armed_group_fighting_forces_stays_military_force(read, text):
    found = codes(read(text))
    assert found and all(code.startswith("19") for code in found), found


def test_blowing_oneself_up_is_a_suicide_bombing(read):
    reading = read("An Islamic State militant blew himself up at the gate of the Iranian embassy.")
    assert [e.cameo for e in events_on(reading, "blew")] == ["1831"]


# --- a greeting of a visitor hosts a visit ------------------------------------------------------


def test_greeting_a_visiting_president_is_hosting(read):
    reading = read("The US president was greeted by Governor Jerry Brown at the airport in Sacramento.")
    assert [e.cameo for e in events_on(reading, "greeted")] == ["043"]


# --- vows of force or retaliation are threats ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "The European Union vowed to react firmly with countermeasures against the new steel duties.",
    "President Trump has promised to unleash fire and fury on North Korea.",
    "President Obama promised to rain down fire on the Syrian government.",
])
def test_a_vow_of_force_or_retaliation_is_a_threat(read, text):
    found = [e.cameo for e in read(text).events if e.trigger in {"vowed", "promised"}]
    assert found and all(code.startswith("13") for code in found), found


def test_a_vow_to_unleash_a_thing_is_no_threat(read):
    found = codes(read("The governor promised to unleash the full potential of the state's economy."))
    assert not any(code.startswith("13") for code in found), found


# --- cooperation in strikes is military ---------------------------------------------------------


def test_collaborating_in_strikes_is_military_cooperation(read):
    reading = read("France, Britain and the United States collaborated in air strikes on Syria this month.")
    found = [e.cameo for e in events_on(reading, "collaborated")]
    assert found and all(code == "062" for code in found), found


def test_cooperating_with_a_country_stays_cooperation(read):
    reading = read("South Korea will cooperate with the United States on the talks.")
    assert not any(code == "062" for code in codes(reading))


# --- closing in, nearby, intercepted, a request named -------------------------------------------


def test_a_crowd_surrounding_an_embassy_while_protesting_demonstrates(read):
    reading = read("Germans surrounded the US Embassy in Berlin on Saturday, protesting against racism.")
    assert [e.cameo for e in events_on(reading, "surrounded")] == ["141"]


def test_surrounding_villages_counted_are_no_siege(read):
    reading = read("The militants entered the city after capturing more than 200 surrounding villages.")
    assert not events_on(reading, "surrounding")


def test_rockets_intercepted_are_no_seizure(read):
    reading = read("Israel's Iron Dome system intercepted two rockets over Tel Aviv on Tuesday.")
    assert not any(code.startswith("171") for code in codes(reading))


def test_requests_called_unfair_are_no_appeal(read):
    reading = read("Senior Democrats called the requests, made to several charities, unfair and improper.")
    assert not any(code.startswith("02") for code in codes(reading))
