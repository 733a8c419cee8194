"""Actor codes of two kinds the judged draws found wrong: titles of a government's executive office
("White House acting chief of staff", "Kremlin chief of staff" are GOV, not the MIL of an army's
chief of staff; "acting" and "interim" do not end a title), and well-known companies, which are
their home country's business (BUS), platforms included. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actor_of

from newsevents.facts.agents import role_of


@pytest.mark.parametrize(("title", "role"), [
    ("White House acting chief of staff", "GOV"),
    ("Kremlin chief of staff", "GOV"),
    ("Downing Street spokeswoman", "GOV"),
    ("interim defence minister", "GOV"),
    ("Army chief of staff", "MIL"),  # an army's own chief of staff stays military
])
def test_an_executive_office_s_titles_are_government(title, role):
    assert role_of(title) == role


@pytest.mark.parametrize(("text", "name", "code"), [
    ("White House acting Chief of Staff Jane Holloway told reporters on Friday that she would not testify.",
     "Jane Holloway", "USAGOV"),
    ("Kremlin chief of staff Pavel Orlov received the Serbian envoy on Thursday.", "Pavel Orlov", "RUSGOV"),
    ("Army Chief of Staff Gen. Robert Hale visited troops in Poland on Monday.", "Robert Hale", "MIL"),
])
def test_a_titled_person_takes_the_office_s_role(read, text, name, code):
    actor = actor_of(read(text), name)
    assert actor.role == code[-3:] and (len(code) == 3 or actor.country == code[:3]), actor


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Novartis agreed on Wednesday to pay a fine to settle the bribery case in Greece.", "Novartis", "CHEBUS"),
    ("Gazprom cut gas deliveries to Moldova on Saturday after talks broke down.", "Gazprom", "RUSBUS"),
    ("Twitter suspended the account of the Iranian state broadcaster on Tuesday.", "Twitter", "USABUS"),
    ("Huawei denied on Monday that it had shared data with Beijing.", "Huawei", "CHNBUS"),
])
def test_a_known_company_is_its_country_s_business(read, text, name, code):
    assert actor_of(read(text), name).code == code


def test_a_platform_attacked_is_a_company_not_a_person(read):
    reading = read("The senator attacked Twitter on Monday, accusing the company of bias.")
    twitter = actor_of(reading, "Twitter")
    assert (twitter.kind, twitter.code) == ("organisation", "USABUS")


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Hong Kong Chief Executive Grace Wong met student leaders on Monday.", "Grace Wong", "HKGGOV"),
    ("Carmaker Chief Executive Tom Barra met union leaders in Detroit on Monday.", "Tom Barra", "BUS"),
])
def test_a_place_s_chief_executive_governs_it(read, text, name, code):
    actor = actor_of(read(text), name)
    assert actor.role == code[-3:] and (len(code) == 3 or actor.country == code[:3]), actor


def test_leaders_from_both_sides_of_the_aisle_are_legislators(read):
    reading = read("Leaders from both sides of the aisle urged Venezuela on Thursday to free the detained "
                   "journalists, the White House said.")
    assert actor_of(reading, "Leaders").role == "LEG"
