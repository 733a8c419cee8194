"""Country and role codes of named actors the judged draws found wrong: a chamber's committee is
Congress's, never a spy agency or the courts ("House Intelligence Chairman X" USALEG); floor leaders
and whips sit in the legislature; a US party named in full in a US story is USAPTY; law enforcement
officers are police; a title's hyphenated compound is read whole ("Russian-Canadian
boxer-turned-jihadist"); a campaign's spokesman speaks for a party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actor_ending, actor_of

from newsevents.facts.agents import role_of


@pytest.mark.parametrize(("title", "role"), [
    ("Minority Leader", "LEG"),
    ("Senate Majority Leader", "LEG"),
    ("House Majority Whip", "LEG"),
    ("law enforcement officers", "COP"),
    ("campaign spokeswoman", "PTY"),
    ("opposition leader", "OPP"),  # a leader of another kind keeps its own row
    ("supreme leader", "GOV"),
])
def test_a_title_s_role(title, role):
    assert role_of(title) == role


@pytest.mark.parametrize(("text", "name", "code"), [
    ("House Intelligence Chairman Daniel Marsh accused the White House of hiding the report on Tuesday.",
     "Daniel Marsh", "LEG"),
    ("House Judiciary Chairman Ellen Brody said the committee would subpoena the documents.",
     "Ellen Brody", "LEG"),
    ("Minority Leader Gary Holt criticized the Speaker's decision on Wednesday.", "Gary Holt", "LEG"),
])
def test_a_chamber_s_office_holder_sits_in_the_legislature(read, text, name, code):
    assert actor_of(read(text), name).role == code


def test_a_chamber_s_committee_is_not_what_its_subject_names(read):
    reading = read("The chairman of the House Foreign Affairs Committee on Friday criticized the State Department.")
    assert actor_ending(reading, "Foreign Affairs").role == "LEG"


def test_the_white_house_is_no_chamber(read):
    reading = read("House Republicans and the White House disagreed on Monday over the spending bill.")
    assert actor_of(reading, "White House").code == "USAGOV"


def test_a_us_party_named_in_full_in_a_us_story_is_the_us_party(read):
    reading = read("The Republican Party met in Ohio on Monday. Officials in Washington said the Republican "
                   "Party wants to open talks with President Obama on the budget.")
    assert actor_ending(reading, "Republican Party").code == "USAPTY"


def test_law_enforcement_officers_are_police(read):
    reading = read("French law enforcement officers detained two men near the station in Lyon on Sunday.")
    assert actor_ending(reading, "law enforcement officers").code == "FRACOP"


def test_a_hyphenated_title_is_read_whole(read):
    reading = read("Investigators said the suspect had met Russian-Canadian boxer-turned-militant Pavel Sorokin "
                   "in Boston in 2011.")
    assert actor_of(reading, "Pavel Sorokin").country == "RUS"
