"""Codes that hold up on real news (issue 12, round 49): street clashes with protesters are a riot
or repression, not a battle; a crackdown on a practice or a good is policy, no repression; a travel
warning advises, no threat; an aborted strike de-escalates; a vow that one will retaliate threatens;
"grappling with" and "breaking from" are figures. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded


def _codes(reading) -> list[str]:
    return [code for code, _, _ in coded(reading)]


# --- street clashes: the protesters' riot (145), the police's repression (175) ---------------------
@pytest.mark.parametrize("text, event", [
    ("Riot police in Ankara clashed with several hundred demonstrators on Saturday.", ("175", "TURCOP", "TURCVL")),
    ("Protesters clashed with police outside the parliament in Kiev overnight.", ("145", "UKRCVL", "UKRCOP")),
])
def test_street_clashes_with_protesters_are_no_battle(read, text, event):
    codes = coded(read(text))
    assert event in codes
    assert not any(code.startswith(("18", "19")) for code, _, _ in codes)


def test_clashes_of_armed_forces_stay_force(read):
    assert "190" in _codes(read("Turkish troops clashed with Kurdish fighters near the Syrian border."))


# --- a crackdown on a practice or a good ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The new administration is cracking down on illegal immigration.",
    "Beijing cracked down on money flowing out of the country last year.",
    "The agency announced a crackdown on flavored e-cigarette products.",
])
def test_crackdown_on_a_practice_is_no_repression(read, text):
    assert "175" not in _codes(read(text))


def test_crackdown_on_people_stays_repression(read):
    assert "175" in _codes(read("The Egyptian army cracked down on protesters in Cairo on Friday."))


# --- a travel warning advises travellers, it threatens no country ---------------------------------
def test_travel_warning_is_no_threat(read):
    assert not any(code.startswith("13") for code in _codes(read(
        "The British Foreign Office issued a travel warning for Egypt on Monday.")))


def test_a_warning_to_a_state_stays_a_threat(read):
    assert any(code.startswith("13") for code in _codes(read(
        "The United States issued a stern warning to North Korea on Monday.")))


# --- calling off one's own attack de-escalates ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The president said he aborted a planned military strike on Syria at the last minute.",
    "Israel cancelled the planned raid on the Gaza tunnels.",
])
def test_aborted_attack_is_de_escalation(read, text):
    assert "087" in _codes(read(text))


def test_a_cancelled_labour_strike_is_no_de_escalation(read):
    assert "087" not in _codes(read("The transport union cancelled the strike after a new wage offer."))


# --- a vow that one will retaliate is a threat ----------------------------------------------------
def test_vow_that_one_will_retaliate_is_a_threat(read):
    codes = _codes(read("Moscow vowed on Friday that it would retaliate."))
    assert any(code.startswith("13") for code in codes) and not any(code.startswith("03") for code in codes)


# --- figures of speech ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The government in London has grappled with the crisis in Libya for months.",
    "Breaking from his holiday in Scotland, the prime minister spoke about the floods.",
])
def test_grappling_with_and_breaking_from_are_figures(read, text):
    assert not any(code.startswith(("05", "19")) for code in _codes(read(text)))
