"""Codes that read a sense the sentence does not have (issue 12, round 20; events.senses,
reread_verb and reread_noun): words sent are no aid, a consequence invited is no meeting, a
finding is no concession, more time is no ultimatum, a weapon carried is no military aid, a
refusal of no aid is no 122, a leader's own country protected is no peacekeeping, the content of
a commitment is no act, a figurative "overcame" is no force, a campaign rally is no protest and
an office holder's protests are complaints. Each class beside a sentence whose code stands.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, codes


def roots(reading) -> set[str]:
    return {code[:2] for code in codes(reading)}


# --- words sent or handed over are no aid --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russia sent Ukraine a series of messages through diplomatic channels.",
    "The Kremlin sent Washington signals that it was ready to talk.",
    "Iran sent the United States a letter on Monday.",
])
def test_words_sent_are_no_aid(read, text):
    assert "07" not in roots(read(text))


@pytest.mark.parametrize("text", [
    "Russia sent weapons to the rebels in Syria.",
    "Germany sent Ukraine tanks and ammunition.",
])
def test_arms_sent_stay_military_aid(read, text):
    assert "072" in codes(read(text))


def test_a_weapon_carried_is_no_aid(read):
    assert "07" not in roots(read("The Israeli army carried weapons into the village."))


# --- a consequence invited is no invitation --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "He said the policy of the White House invited the crisis with Iran.",
    "Congress has invited a crisis with China by passing the law.",
])
def test_a_crisis_invited_is_no_meeting(read, text):
    assert "036" not in codes(read(text))


def test_a_guest_invited_stays_an_invitation(read):
    assert ("036", "USAGOV", "USAGOV") in coded(read("Obama invited Trump to a meeting in the Oval Office."))


# --- a finding is no concession ----------------------------------------------------------------------
def test_no_evidence_found_is_no_yield(read):
    assert "08" not in roots(read("Investigators found no evidence of Iranian involvement in the attack."))


# --- more time given is no ultimatum ------------------------------------------------------------------
def test_more_days_given_are_no_ultimatum(read):
    reading = read("The United States needs to give the Saudis a few more days to investigate the killing.")
    assert not {"139", "090"} & set(codes(reading))  # nor is the Saudis' inquiry the giver's


def test_hours_to_act_stay_an_ultimatum(read):
    assert "139" in codes(read("The United Nations gave Assad 48 hours to end the violence."))


# --- a refusal of no aid is a plain rejection ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "McConnell has resisted the idea of calling witnesses from the State Department.",
    "The Kremlin rejected calls for the release of Navalny.",
])
def test_a_refusal_of_no_aid_is_no_122(read, text):
    found = codes(read(text))
    assert "120" in found and "122" not in found


def test_a_refusal_to_send_arms_stays_one_of_military_aid(read):
    assert "1222" in codes(read("Germany resisted calls to send tanks to Ukraine."))


# --- a leader protecting his own country gives no protection -------------------------------------------
def test_the_nation_protected_is_no_peacekeeping(read):
    found = codes(read("Biden said he wants to protect the nation from another attack."))
    assert not {"074", "0334"} & set(found)


def test_another_country_protected_stays_protection(read):
    assert ("074", "USA", "TWN") in coded(read("The United States has pledged to protect Taiwan from a Chinese invasion."))


# --- what a commitment commits to is no act of its own --------------------------------------------------
def test_a_use_committed_against_is_no_use(read):
    assert "20" not in roots(read("Syria must abide by the agreements it made to not use chemical weapons."))


def test_a_use_reported_stays_one(read):
    assert "2041" in codes(read("Syria used chemical weapons against civilians in Douma."))


# --- figurative force -------------------------------------------------------------------------------------
def test_resistance_overcome_is_no_force(read):
    assert "19" not in roots(read("Russia overcame resistance from Ukraine in the Security Council."))


def test_positions_overwhelmed_stay_force(read):
    assert "190" in codes(read("Russian forces overwhelmed the Ukrainian positions near Bakhmut."))


# --- rallies and protests --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Trump will hold a campaign rally in Florida on Friday.",
    "The opposition will hold an election rally in Caracas on Sunday.",
])
def test_a_campaign_rally_is_no_protest(read, text):
    assert "14" not in roots(read(text))


def test_a_rally_against_a_law_stays_a_protest(read):
    assert "141" in codes(read("Thousands of students held a rally in Hong Kong against the law."))


def test_an_office_holders_protests_are_complaints(read):
    found = codes(read("Trump dismissed the complaint despite the prime minister's protests that the tariffs were unfair."))
    assert "111" in found and "140" not in found


def test_an_opposition_leaders_protests_stay_protests(read):
    assert "140" in codes(read("Navalny's protests drew tens of thousands across Russia."))


# --- a verb joined to another shares its subject: aircraft strike from the air -----------------------------
@pytest.mark.parametrize("text", [
    "American aircraft destroyed or damaged five Taliban trucks and a bunker in strikes near Kandahar on Sunday, the Pentagon said.",
    "British jets destroyed or damaged two ISIS vehicles and several fighting positions in strikes near Raqqa.",
])
def test_joined_verbs_of_aircraft_are_air_strikes(read, text):
    found = codes(read(text))
    assert "195" in found and "180" not in found


# --- arms given up are no aid ------------------------------------------------------------------------------
def test_arms_given_up_are_no_aid(read):
    found = codes(read("The rebels agreed to give up their weapons to the United Nations."))
    assert "072" not in found
