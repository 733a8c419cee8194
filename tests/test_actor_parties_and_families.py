"""Parties and families by their own words: "the GOP" is the US Republican Party (USAPTY), not a
body of no code; a party's people in an office of state hold it ("Labour MPs" GBRLEG, "Likud
ministers" ISRGOV), its leader and spokesman are its own; "Republican leaders" and "the Democratic
leadership" lead a party (USAPTY), not a government, and with a chamber before them ("House
Republican leaders") they lead in Congress (USALEG); a lower-case "democratic leaders" of a region
is no party. A family named by its plural surname ("the Bidens") is of the person of that surname
the story names. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import actor_ending, actor_of, coded


def test_the_gop_is_the_us_republican_party(read):
    reading = read("The president lashed out at the GOP on Friday over its failure to pass the farm bill.")
    assert actor_of(reading, "GOP").code == "USAPTY"


def test_the_gop_s_lawmakers_sit_in_congress(read):
    reading = read("GOP lawmakers criticized the Pentagon over the cost of the new aircraft carrier.")
    assert coded(reading) == [("111", "USALEG", "USAMIL")]


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Labour MPs criticised the Home Office over the new visa rules.", "MPs", "GBRLEG"),
    ("Likud ministers criticised the attorney general on Sunday.", "ministers", "ISRGOV"),
    ("The Labour leader criticised the Home Office over the new visa rules.", "leader", "GBRPTY"),
    ("A Labour spokesman criticised the Home Office over the new visa rules.", "spokesman", "GBRPTY"),
])
def test_a_party_s_people_in_an_office_of_state_hold_it(read, text, phrase, code):
    assert actor_ending(read(text), phrase).code == code


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Republican leaders rejected the White House budget plan on Thursday.", "Republican leaders", "USAPTY"),
    ("Democratic leadership urged the Treasury to delay the new rules.", "Democratic leadership", "USAPTY"),
    ("The Democratic leader criticized the Justice Department over the pardons.", "Democratic leader", "USAPTY"),
    ("Senate Democratic leaders blocked a vote on the spending package.", "Democratic leaders", "USALEG"),
])
def test_a_us_party_s_leaders_lead_the_party(read, text, phrase, code):
    assert actor_ending(read(text), phrase).code == code


def test_a_region_s_democratic_leaders_are_no_party(read):
    reading = read("Africa's democratic leaders condemned the coup in Niger on Thursday.")
    assert actor_ending(reading, "democratic leaders").role == "GOV"


@pytest.mark.parametrize(("text", "family", "code"), [
    ("Vice President Joe Biden visited Kyiv on Monday.\n\nRepublicans attacked the Bidens over the gas company.",
     "Bidens", "USAGOV"),
    ("President Barack Obama met the Pope on Friday.\n\nThe Obamas hosted the Japanese prime minister at the White House.",
     "Obamas", "USAGOV"),
])
def test_a_family_named_by_its_plural_surname_is_its_coded_member_s(read, text, family, code):
    assert actor_of(read(text, published=date(2014, 10, 3)), family).code == code


def test_a_plural_surname_of_no_one_named_is_no_family(read):
    reading = read("Republicans attacked the Hendersons over the gas company on Monday.", published=date(2014, 10, 3))
    assert all(not mention.text.endswith("Hendersons") or not mention.actor.code for mention in reading.mentions)
