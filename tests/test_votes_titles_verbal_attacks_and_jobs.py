"""Everyday words the coder took in a political sense (issue 12). A vote
called, a show's title, verbal attacks on people the recogniser half knows, protesters round a
building, a job overseeing an operation, what a symbol stands for, self-rule granted, a participle
of character. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on


@pytest.mark.parametrize("text, word", [
    ("Prime Minister Boris Johnson said on Tuesday he will call a snap election for December.", "call"),
    ("Italian Prime Minister Giuseppe Conte said he would call a referendum on the reform.", "call"),
])
def test_calling_a_vote_is_no_appeal(read, text, word):
    assert events_on(read(text), word) == []


def test_calling_for_elections_is_still_an_appeal(read):
    found = coded(read("The opposition called for early elections after the vote."))
    assert any(code.startswith("02") for code, _, _ in found), found


def test_a_word_in_a_quoted_show_title_is_no_trigger(read):
    reading = read('Vice President Mike Pence told "Meet the Press" host Chuck Todd that the country would reopen soon.')
    assert events_on(reading, "Meet") == []


def test_a_meeting_outside_a_title_is_kept(read):
    found = coded(read("Obama will meet Chinese President Xi Jinping at the summit, the White House said."))
    assert ("040", "USAGOV", "CHNGOV") in found, found


def test_attacking_two_named_people_is_words(read):
    # names with no actor code beside a person are people: words, never force; with no code for
    # them no target can be given, so nothing is stored (events/recipient_gate.py)
    reading = read("Senator Lindsey Graham has repeatedly attacked both Pressley and Omar, telling them to apologise.")
    codes = [e.cameo for e in events_on(reading, "attacked")]
    assert codes in ([], ["111"]), codes
    titled = read("Senator Lindsey Graham has repeatedly attacked both Rep. Ayanna Pressley and Rep. Ilhan Omar.")
    assert {e.cameo for e in events_on(titled, "attacked")} == {"111"}


@pytest.mark.parametrize("text", [
    "Trump attacked the Federal Reserve in a television interview on Monday.",
    "President Trump attacked Iran on Twitter on Sunday.",
])
def test_an_attack_made_in_a_medium_of_words_is_criticism(read, text):
    codes = [e.cameo for e in events_on(read(text), "attacked")]
    assert codes == ["111"], codes


def test_attacking_two_towns_is_still_force(read):
    found = coded(read("Israeli forces attacked both Gaza and Rafah on Tuesday."))
    assert any(code.startswith("19") for code, _, _ in found), found


def test_protesters_surrounding_an_embassy_demonstrate(read):
    reading = read("Hundreds of protesters surrounded the Israeli embassy in Amman on Friday, chanting slogans.")
    assert [e.cameo for e in events_on(reading, "surrounded")] == ["141"]


def test_overseeing_a_communications_operation_is_no_force(read):
    reading = read("Former aide Kellyanne Conway will oversee the communications operation at the White House.")
    assert events_on(reading, "oversee") == []


def test_an_operation_against_a_group_keeps_its_force(read):
    found = coded(read("The Pentagon oversees the operation against the Islamic State."))
    assert any(code.startswith("19") for code, _, _ in found), found


@pytest.mark.parametrize("text, word", [
    ("The Chinese-built railway, a symbol of economic cooperation between Beijing and Nairobi, opened on Monday.",
     "cooperation"),
    ("The project is an example of military cooperation between Russia and Turkey, the minister said.", "cooperation"),
])
def test_what_a_symbol_stands_for_is_no_event(read, text, word):
    assert events_on(read(text), word) == []


def test_a_pledge_to_grant_autonomy_is_an_intent_to_reform(read):
    found = coded(read("The Spanish government pledged to grant Catalonia greater autonomy over its own affairs."))
    codes = [code for code, _, _ in found]
    assert "0344" in codes and "033" not in codes, found


def test_granting_powers_over_a_domain_is_no_aid(read):
    found = coded(read("Britain granted Scotland new powers over taxation in 2016."))
    assert [code for code, _, _ in found] == ["0834"], found


def test_granting_aid_is_still_aid(read):
    found = coded(read("Germany granted Ukraine 500 million euros in aid on Monday."))
    assert any(code.startswith("07") for code, _, _ in found), found


def test_a_participle_of_character_is_no_act(read):
    reading = read("The filing was so weak that even the appeals court, though famously accommodating of "
                   "prosecutors' requests, refused to sign off on it.")
    assert events_on(reading, "accommodating") == []


def test_too_eager_to_act_is_an_opinion_not_an_intent(read):
    found = coded(read("Republicans say Obama was too eager to grant concessions to Iran."))
    assert not any(code.startswith("03") for code, _, _ in found), found


def test_eager_to_act_is_still_an_intent(read):
    found = coded(read("Republicans say Obama was eager to grant concessions to Iran."))
    assert any(code.startswith("03") for code, _, _ in found), found


def test_uniting_against_something_is_no_meeting(read):
    reading = read("Democrats and Republicans united against the president's veto on Thursday.")
    assert events_on(reading, "united") == []


@pytest.mark.parametrize("text, word", [
    ("Gina Haspel, the CIA nominee, supervised a secret prison in Thailand in 2002.", "supervised"),
    ("The Egyptian interior minister oversees the Tora prison south of Cairo.", "oversees"),
])
def test_running_a_prison_is_a_job_not_an_arrest(read, text, word):
    assert events_on(read(text), word) == []


def test_supervising_an_arrest_is_still_one(read):
    found = coded(read("The colonel supervised the arrest of the opposition leader in Harare."))
    assert any(code.startswith("17") for code, _, _ in found), found
