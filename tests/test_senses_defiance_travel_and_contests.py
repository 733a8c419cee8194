"""Word senses (round 30): classes of wrong codes in the judged real-news draws (a vow of
defiance, travel to talks, prisoners identified, someone confronted over a matter, aid to an
election, support for fighters, an examination in print). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes, events_on

# --- (1) a vow to carry on or never to yield: defiance, no 030 ---------------------------------


@pytest.mark.parametrize("text", [
    "Iranian President Hassan Rouhani vowed to press ahead with more satellite launches in the Gulf.",
    "Prime Minister Netanyahu vowed to push on with the offensive in Gaza.",
    "The Iranian president vowed that his country would not be intimidated by the sanctions.",
    "Prime Minister Modi vowed that India would never bow to terrorism.",
    'At the Tuesday meeting, the governor promised "there would be no caving" to Republicans.',
    "Chancellor Merkel promised there would be no surrender to the rebels.",
    # the parser hangs the quote under the clause after the dash
    'At the Monday meeting, the governor promised "there would be no caving" to Republicans — the state government'
    ' would remain shut down until the budget was passed.',
])
def test_a_vow_of_defiance_is_no_intent_to_cooperate(read, text):
    assert not any(code.startswith("03") for code in codes(read(text)))


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Shinzo Abe vowed to raise the issue with the G-7 leaders this week.",
    "The Taliban committed not to allow Afghan soil to be used against American interests.",
])
def test_a_vow_to_act_stays_an_intent(read, text):
    assert any(code.startswith("03") for code in codes(read(text)))


# --- (2) heading somewhere for talks: the trip, the talks yet to come ----------------------------


def test_heading_to_a_capital_for_talks_is_a_visit(read):
    reading = read("Colombian and Venezuelan delegations headed to Havana on Friday for talks on the border dispute.")
    assert {e.cameo for e in events_on(reading, "headed")} == {"042"}


# --- (3) identifying prisoners seizes no one ------------------------------------------------------


def test_identifying_prisoners_is_no_abduction(read):
    reading = read("The Syrian statement did not identify the hostages, and Jordanian officials declined to comment.")
    assert not any(code.startswith("18") for code in codes(reading))


# --- (4) confronting someone over a matter: words, no meeting ------------------------------------


def test_confronting_someone_over_a_matter_is_criticism(read):
    reading = read("Chancellor Merkel confronted Vladimir Putin about the poisoning in a phone call on Tuesday.")
    assert {e.cameo for e in events_on(reading, "confronted")} == {"111"}


def test_confronting_a_crisis_is_no_criticism(read):
    assert "111" not in codes(read("Chancellor Merkel confronted a crisis over the euro in 2011."))


# --- (5) aid to an election or a candidacy: meddling, no aid -------------------------------------


@pytest.mark.parametrize("text", [
    "Officials said China was aiding the senator's reelection campaign.",
    "Moscow aided the governor's presidential bid, the report said.",
])
def test_aiding_a_contest_is_no_aid(read, text):
    assert not any(code.startswith("07") for code in codes(read(text)))


def test_aiding_a_military_campaign_stays_aid(read):
    reading = read("Saudi Arabia aided the Yemeni government's campaign against the Houthis.")
    assert any(code.startswith("07") for code in codes(reading))


# --- (6) support by forces or to an armed group: aid, no praise ----------------------------------


def test_support_by_warplanes_is_military_aid(read):
    reading = read("Russian warplanes support Assad in his war against the rebels in Idlib.")
    assert {e.cameo for e in events_on(reading, "support")} == {"072"}


def test_support_given_to_an_armed_group_is_aid(read):
    reading = read("Tehran has long provided support to Hezbollah.")
    assert {e.cameo[:2] for e in events_on(reading, "provided")} == {"07"}


@pytest.mark.parametrize("text", [
    "Germany voiced support for Macron's plan on Tuesday.",
    "Iran voiced support for the Houthi rebels on Sunday.",
    "The army voiced support for the president on state television.",
])
def test_support_voiced_stays_praise(read, text):
    found = codes(read(text))
    assert "051" in found and not any(code.startswith("07") for code in found), found



# --- (7) an examination by a newspaper or a document: reporting, no inquiry ----------------------


@pytest.mark.parametrize("text", [
    "The Guardian examined the minister's expense claims over five years, interviewing dozens of officials.",
    "The review, ordered by Macron in March and started in May, will examine threats from Iran and Russia.",
])
def test_an_examination_in_print_is_no_inquiry(read, text):
    assert not any(code.startswith("09") for code in codes(read(text)))


def test_an_examination_by_police_stays_an_inquiry(read):
    assert any(code.startswith("09") for code in codes(read("Police examined the car for explosives.")))
