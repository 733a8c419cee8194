"""Word senses: force that is words, intents that are threats, weapons shown, category
errors (a veto, a parliament suspended, a pattern written for another verb). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import coded, codes, events_on

# --- (1) verbal, not physical -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Mr Trump has also clashed with the World Health Organization, accusing the body of mismanaging the outbreak.",
    "Senate Democrats began to attack Representative Jeff Van Drew on Sunday after he left the party.",
    "President Trump launched an attack on Nancy Pelosi at a rally in Ohio.",
])
def test_force_between_civilians_is_criticism(read, text):
    found = codes(read(text))
    assert found and all(code == "111" for code in found), found


@pytest.mark.parametrize("text", [
    "Turkish troops clashed with Kurdish fighters near the Syrian border.",
    "Israeli troops engaged Hamas militants in a firefight near Gaza.",
    "Syria engaged Israeli warplanes over Damascus on Monday.",
])
def test_force_by_armed_forces_stays_force(read, text):
    found = codes(read(text))
    assert found and all(code.startswith("19") for code in found), found


def test_a_man_with_a_knife_is_no_critic(read):
    # a weapon in the sentence: never words
    assert "111" not in codes(read("A man attacked Senator Rand Paul with a knife outside his home in Kentucky."))


@pytest.mark.parametrize("text", [
    "Past presidents engaged Beijing in good faith on trade and human rights.",
    "Chancellor Merkel engaged with the students at the university in Berlin.",
])
def test_engaging_someone_is_no_fighting(read, text):
    assert not any(code.startswith("19") for code in codes(read(text)))


def test_a_challenge_given_is_no_aid(read):
    reading = read("Former Senator Rick Santorum gave Mitt Romney his toughest challenge in the Republican primary.")
    assert not any(code.startswith("07") for code in codes(reading))


# --- (2) intents whose aim is hostile -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Israel has vowed to act alone if necessary to prevent Iran from obtaining a nuclear weapon.",
    "Netanyahu vowed to stop Iran from building a nuclear bomb.",
    "President Erdogan pledged to punish Syria for the attack on Turkish soldiers.",
])
def test_a_vow_against_someone_is_a_threat(read, text):
    found = [e.cameo for e in read(text).events if e.trigger in {"vowed", "pledged"}]
    assert found and all(code.startswith("13") for code in found), found


def test_stopping_someone_from_acting_is_no_de_escalation(read):
    assert not any(code.startswith("087") for code in codes(read("Netanyahu vowed to stop Iran from building a nuclear bomb.")))


def test_a_vow_to_cooperate_stays_an_intent(read):
    found = [e.cameo for e in read("Iran pledged to cooperate with the International Atomic Energy Agency.").events
             if e.trigger == "pledged"]
    assert found and all(code.startswith("03") for code in found), found


def test_a_vow_not_to_punish_is_no_threat(read):
    found = codes(read("The Turkish president vowed not to punish Syria for the incident."))
    assert not any(code.startswith("13") for code in found), found


def test_crushing_militants_is_no_easing_of_dissent(read):
    # CAMEO.2.0's "MILITANT [082]" was written for "disarm"
    found = codes(read("President Erdogan vowed to crush the Kurdish militants."))
    assert not any(code.startswith("08") for code in found), found


# --- (3) categories: weapons shown, vetoes, parliaments -----------------------------------------


@pytest.mark.parametrize("text", [
    "North Korea fired a ballistic missile into the sea on Tuesday.",
    "Iran tested a new ballistic missile on Sunday, state television said.",
])
def test_a_missile_at_no_one_is_a_show_of_force(read, text):
    reading = read(text)
    found = [(e.cameo, e.target) for e in reading.events if e.trigger in {"fired", "tested"}]
    assert found and all(code == "150" and target is None for code, target in found), found


def test_a_missile_fired_at_a_country_is_an_air_strike(read):
    assert ("195", "PRK", "KOR") in coded(read("North Korea fired two missiles at South Korea on Tuesday."))


def test_a_veto_is_cameo_veto(read):
    reading = read("President Trump vetoed the resolution on Friday.")
    assert [e.cameo for e in events_on(reading, "vetoed")] == ["129"]


@pytest.mark.parametrize("text", [
    "Prime Minister Boris Johnson suspended Parliament for five weeks.",
    "Prime Minister Boris Johnson announced that he would suspend Parliament for five weeks.",
    "Prime Minister Boris Johnson said he would suspend — or “prorogue” — Parliament for five weeks.",
])
def test_suspending_parliament_reduces_no_relations(read, text):
    assert not any(code.startswith("16") or code.startswith("131") for code in codes(read(text)))


def test_suspending_ties_still_reduces_relations(read):
    assert any(code.startswith("16") for code in codes(read("Qatar suspended diplomatic ties with Egypt on Monday.")))


# --- force by people who bear no arms is unconventional violence ---------------------------------


def test_protesters_attacking_offices_is_no_military_force(read):
    found = codes(read("Iraqi protesters attacked the offices of Iran-backed parties in Basra on Friday."))
    assert found and not any(code.startswith("19") for code in found), found
    assert any(code.startswith("18") for code in found), found


def test_troops_killing_protesters_stays_military_force(read):
    found = codes(read("Israeli troops killed three Palestinian protesters in Gaza on Friday."))
    assert any(code.startswith("19") for code in found), found
