"""Economic measures, approvals and mentions read as force, aid or intent (round 17, senses17):
a sanction, tariff or duty that a verb imposes, threatens, answers or wields makes its act an
economic one (163, 1312), never force or a threat of force; "gave X the green light" is an
approval (051), no aid; "match" equals, it does not fight; mentioning a package offers nothing.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, codes

FORCE_ROOTS = ("13", "15", "17", "18", "19", "20")


def _roots(codes_found: list[str]) -> set[str]:
    return {code[:2] for code in codes_found}


# --- economic measures are economic acts ---------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    # a dictionary pattern read "attack" far after the verb: 138, a threat of military force
    ("The prime minister said Britain would increase sanctions on Moscow over the attack in Salisbury.", "GBR", "RUSGOV"),
    # "retaliate" defaults to force (190); its weapon here is a duty
    ("Mexico retaliated on Friday with new duties on American pork and cheese.", "MEX", "USA"),
    ("India retaliated against the American tariffs with its own duties on almonds.", "IND", "USA"),
])
def test_an_economic_measure_imposed_is_a_sanction_not_force(read_every, text, source, target):
    # "said Britain would increase": read as hypothetical, so left out of the default store (round 35)
    reading = read_every(text)
    assert ("163", source, target) in coded(reading)
    assert not _roots(codes(reading)) & {"13", "18", "19", "20"}


@pytest.mark.parametrize("text", [
    "Canada and Mexico have threatened retaliatory tariffs on American whiskey.",
])
def test_a_threat_of_tariffs_is_1312(read, text):
    found = codes(read(text))
    assert found and set(found) == {"1312"}


@pytest.mark.parametrize("text, code", [
    ("Trump attacked the tariffs imposed by Canada.", None),  # words about a measure: no sanction
    ("The European Union imposed sanctions on Belarusian officials on Monday.", "163"),
    ("Russian jets struck rebel positions in Idlib on Sunday.", "195"),  # force on a body stays force
])
def test_force_verbs_on_measures_and_bodies_keep_their_own_reading(read, text, code):
    found = codes(read(text))
    assert "163" not in found if code is None else code in found


# --- an approval handed over is no aid ------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("The White House gave Seoul the green light for the new reactor deal.", "USAGOV", "KORGOV"),
    ("Washington gave Ankara the go-ahead for the purchase of the fighter jets.", "USAGOV", "TURGOV"),
])
def test_a_green_light_given_is_an_approval(read, text, source, target):
    reading = read(text)
    assert ("051", source, target) in coded(reading)
    assert not _roots(codes(reading)) & {"07"}


# --- "match" equals; a mention offers nothing -----------------------------------------------
@pytest.mark.parametrize("text", [
    "China matched the American move with levies of its own.",
    "Paris matched Berlin's offer of a loan to Athens.",
])
def test_matching_is_no_fighting(read, text):
    assert not _roots(codes(read(text))) & set(FORCE_ROOTS)


def test_mentioning_a_package_is_no_offer_of_aid(read):
    found = codes(read("When the senator mentions the $2 billion aid package for Kiev, he adds that it saves jobs."))
    assert not _roots(found) & {"03", "07"}


def test_the_new_tables_are_data():
    from newsevents.events.senses import tables

    assert {"sanction", "tariff", "duty"} <= tables()["economic_measures"]
    assert "green_light" in tables()["approval_gifts"]
    assert "mention" in tables()["referring_verbs"]


# --- commerce in its everyday senses ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The militia has invested heavily in policing the towns it holds.",
    "In short floor speeches, Democrats and Republicans traded bitter accusations over the budget.",
    "The senator said cable networks traded credibility for advertising money.",
])
def test_trading_words_time_or_effort_is_no_economic_cooperation(read, text):
    assert not any(code.startswith("06") for code in codes(read(text)))


@pytest.mark.parametrize("text, code", [
    ("China invested over $40 billion in Angola, mostly in oil-backed loans.", "061"),
    ("Qatar buys most of its weapons from France and the United States.", "062"),
])
def test_goods_and_money_still_trade(read, text, code):
    assert code in codes(read(text))
