"""Denials, rejections and comments: a charge or someone's account turned down is
denied (CAMEO 016), an offer or a call turned down is coded by what it asks for (12x), and a
rebuttal or a claim with a clause is no disapproval (11x)."""

from __future__ import annotations

import pytest
from helpers import coded, codes


# --- a charge or an account turned down is a denial ---------------------------------------------
@pytest.mark.parametrize("text", [
    "The Turkish defence ministry rejected the allegations, saying its drones had struck only militants.",
    "Senate Republicans dismissed the notion that the aid freeze was linked to the inquiry.",
    "The Kremlin spokesman brushed off the accusations by Estonia as fantasy.",
    "Beijing rebuffed the report that its navy had rammed a Philippine boat.",
])
def test_a_charge_turned_down_is_denied(read, text):
    found = codes(read(text))
    assert "016" in found, found
    assert not [c for c in found if c.startswith("12")], found


def test_a_denial_holds_its_saying(read):
    reading = read("The Turkish defence ministry rejected the allegations, saying its drones had struck only militants.")
    assert "010" not in codes(reading)


@pytest.mark.parametrize("text", [
    "China rejected Vietnam's claims to the Paracel Islands on Tuesday.",  # a claim to land is a demand
    "The Senate rejected the budget proposal on Thursday.",
    "A federal court dismissed the charges against the former mayor.",  # a ruling, no one denies
])
def test_no_charge_no_denial(read, text):
    assert "016" not in codes(read(text))


def test_the_accuser_of_a_denied_report_is_its_outlet(read):
    reading = read("The Iranian foreign ministry dismissed the Reuters report on Sunday.")
    assert ("016", "IRNGOV") in [(c, s) for c, s, _ in coded(reading)]


# --- an offer or a call turned down, by what it asks for ---------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("Tehran rejected an offer to negotiate directly with Washington.", "125"),
    ("Hamas rejected Egypt's demands to release the two hostages.", "1243"),
    ("The Thai army rejected calls to lift the curfew in Bangkok.", "1241"),
    ("Erdogan has resisted calls to halt the offensive in northern Syria.", "124"),
])
def test_a_request_turned_down_by_what_it_asks(read, text, code):
    assert code in codes(read(text))


def test_a_request_for_a_thing_is_not_coded_by_its_use(read):
    found = codes(read("Senate Democrats rejected the governor's demand for $2 billion to help build the dam."))
    assert "120" in found and "122" not in found, found


def test_a_deal_turned_down_keeps_its_code(read):
    assert "127" in codes(read("Lawmakers rejected the prime minister's Brexit deal on Tuesday."))


# --- a rebuttal or a claim with a clause is no disapproval ---------------------------------------
@pytest.mark.parametrize("text", [
    "The governor's spokesman countered that the state had already spent the money on schools.",
    "Throughout the campaign, the senator kept claiming that Canada would pay for the pipeline.",
])
def test_a_rebuttal_or_claim_is_no_disapproval(read, text):
    assert not [c for c in codes(read(text)) if c.startswith("11")]


def test_a_hostile_act_claimed_of_another_stays_an_accusation(read):
    found = codes(read("Syrian state media claimed on Monday that Turkish jets bombed a village near Kobani."))
    assert "112" in found, found


def test_a_demand_in_the_subjunctive_stays_a_demand(read):
    assert [c for c in codes(read("The protesters demanded that the junta resign.")) if c.startswith("10")]


# --- someone dismissed as something is run down in words ---------------------------------------
@pytest.mark.parametrize("text", [
    "Erdogan dismissed the Kurdish militia as a terrorist gang.",
    "The Chinese foreign ministry dismissed the Dalai Lama as a wolf in monk's robes.",
])
def test_someone_dismissed_as_something_is_criticised(read, text):
    found = codes(read(text))
    assert "111" in found and not [c for c in found if c.startswith("12")], found


def test_a_proposal_dismissed_as_something_stays_rejected(read):
    found = codes(read("German Chancellor Angela Merkel dismissed the French proposal as unworkable."))
    assert "120" in found, found


# --- an aim denied is the denial alone ----------------------------------------------------------
def test_an_aim_denied_is_no_intent(read):
    found = codes(read("Pakistani officials have long denied seeking to acquire long-range missiles from China."))
    assert "016" in found and not [c for c in found if c.startswith("03")], found


def test_an_aim_announced_stays_an_intent(read):
    found = codes(read("The Pakistani government is seeking to buy fighter jets from China."))
    assert [c for c in found if c.startswith("03") or c.startswith("06")], found
