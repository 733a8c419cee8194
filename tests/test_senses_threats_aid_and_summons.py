"""Sub-codes and senses that hold up on real news (issue 12, round 13): CAMEO's threat of
repression (137) is for jailing and crushing dissent, not for penalties; a summons to testify is a
demand, not a telephone call; a wish only supposed or told as past announces no intent; the kind
of aid asked for, promised or given gives its sub-code; an intent to retaliate is a threat; secrets
told, grades given, posts approved. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on

from newsevents.events.framing import framed_code


# --- threats by what is threatened (CAMEO's parallel 13x codes) ---------------------------------
@pytest.mark.parametrize("embedded, threat", [
    ("170", "130"),   # coerce, not specified: a threat not specified
    ("171", "130"),   # seize property
    ("173", "137"),   # arrest: a threat to jail is repression
    ("175", "137"),   # violent repression
    ("1723", "1323"),  # impose a curfew
    ("163", "1312"),  # sanctions
])
def test_threat_takes_the_sub_code_of_what_is_threatened(embedded, threat):
    assert framed_code("threat", embedded) == threat


@pytest.mark.parametrize("text, code", [
    ("Prime Minister Boris Johnson threatened to impose penalties on Iran over the seized tanker.", "1312"),
    ("President Recep Tayyip Erdogan threatened to arrest the opposition leaders in Istanbul.", "137"),
    ("President Emmanuel Macron threatened to impose a curfew on the capital.", "1323"),
])
def test_threatened_penalties_are_sanctions_not_repression(read, text, code):
    assert code in [e.cameo for e in events_on(read(text), "threatened")]


def test_penalties_imposed_are_sanctions(read):
    assert ("163", "GBRGOV", "IRN") in coded(read("Prime Minister Boris Johnson imposed penalties on Iran over the seized tanker."))


# --- a summons is a demand, a call with someone a consultation ---------------------------------
@pytest.mark.parametrize("text", [
    "The Senate Foreign Relations Committee called the former ambassador to testify on Thursday.",
    "The House Oversight Committee called the acting defense secretary to testify about the strike.",
])
def test_called_to_testify_is_a_demand(read, text):
    found = [e.cameo for e in events_on(read(text), "called")]
    assert found and all(c.startswith("10") for c in found), found


def test_called_someone_to_discuss_stays_a_telephone_call(read):
    found = [e.cameo for e in events_on(read("Putin called Erdogan to discuss the crisis in Syria."), "called")]
    assert found == ["041"]


# --- a wish supposed or past is no intent ------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ('"If the government wants to go to war against Iran, it must first come to parliament," Labour leader Jeremy Corbyn told reporters.', "wants"),
    ('"We wanted to send a second team to secure the embassy," said Britain\'s defence secretary.', "wanted"),
    ("What would President Macron do if he wants to send troops to Mali again?", "wants"),
])
def test_a_wish_supposed_or_past_codes_no_intent_or_threat(read, text, word):
    found = [e.cameo for e in events_on(read(text), word)]
    assert not any(c.startswith(("03", "13")) for c in found), found


def test_a_past_wish_reported_by_its_speaker_stays(read):
    reading = read("President Donald Trump said he wanted to ban all transgender recruits from the army.")
    found = [e.cameo for e in events_on(reading, "wanted")]
    assert found and found[0].startswith("13"), found


def test_a_wish_said_now_stays(read):
    found = [e.cameo for e in events_on(read("Russia wants to expel the British diplomats, the foreign ministry said."), "wants")]
    assert found and found[0].startswith("13"), found


# --- the kind of aid gives the sub-code --------------------------------------------------------
@pytest.mark.parametrize("text, word, code", [
    ("U.S. Health Secretary Kathleen Sebelius sought financial support from the insurers.", "sought", "0231"),
    ("The Kenyan government sought military support from Britain.", "sought", "0232"),
    ("Ukraine asked the European Union for financial assistance.", "asked", "0231"),
    ("Germany pledged humanitarian aid to Syria.", "pledged", "0333"),
])
def test_kind_of_aid_gives_the_sub_code(read, text, word, code):
    assert code in [e.cameo for e in events_on(read(text), word)]


def test_support_of_no_told_kind_stays_policy_support(read):
    found = [e.cameo for e in events_on(read("The Kenyan government sought support from Britain for its bid."), "sought")]
    assert "0231" not in found and "0232" not in found


# --- an intent to retaliate is a threat ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Beijing vowed to retaliate if Washington imposes new tariffs on Chinese steel.",
    "Beijing vowed to take countermeasures if Washington imposes new tariffs on Chinese steel.",
])
def test_vow_to_retaliate_is_a_threat(read, text):
    found = [e.cameo for e in events_on(read(text), "vowed")]
    assert found and all(c.startswith("13") for c in found), found


def test_vow_to_cooperate_stays_an_intent(read):
    found = [e.cameo for e in events_on(read("Beijing vowed to cooperate with Washington on trade."), "vowed")]
    assert found and all(c.startswith("03") for c in found), found


def test_promise_not_to_retaliate_is_no_threat(read):
    assert not any(e.cameo.startswith("13") for e in read("Tehran promised not to retaliate against Israel.").events)


# --- secrets told, grades given, posts approved, staff withdrawn ------------------------------
def test_secrets_told_to_someone_are_intelligence_shared(read):
    found = [e.cameo for e in events_on(read("President Donald Trump divulged classified information to the Russian ambassador."), "divulged")]
    assert found == ["064"], found


def test_a_grade_given_is_no_aid(read):
    assert not events_on(read("Senator Lindsey Graham gives the president an A-plus for his handling of the talks."), "gives")


def test_posts_approved_are_no_cooperation(read):
    reading = read("Senator Marco Rubio expects the Senate to approve President Donald Trump's Cabinet appointments.")
    assert not any(e.cameo.startswith("06") for e in reading.events)


def test_staff_withdrawn_from_an_embassy_is_no_retreat(read):
    reading = read("The British government said it had temporarily withdrawn all staff from its embassy in Yemen.")
    assert not any(e.cameo.startswith(("087", "161")) for e in reading.events)


def test_troops_withdrawn_from_a_country_stay_a_retreat(read):
    assert any(e.cameo.startswith("087") for e in read("President Vladimir Putin withdrew troops from Syria.").events)
