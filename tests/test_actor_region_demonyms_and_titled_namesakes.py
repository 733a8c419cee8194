"""A demonym after a compass word is a region's, not the country's ("Central American migrants"
are not American); "Ms. X" after "Bruce X" is another person, not him. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending


def test_central_american_migrants_are_no_americans(read):
    reading = read("Mexican police stopped a caravan of Central American migrants near the border.")
    assert actor_ending(reading, "migrants").country != "USA"


def test_latin_american_leaders_are_the_regions(read):
    reading = read("Latin American leaders criticised the tariffs on Monday.")
    assert actor_ending(reading, "leaders").country == "LAM"


def test_south_korean_troops_stay_south_korean(read):
    reading = read("South Korean troops fired warning shots at the boat.")
    assert actor_ending(reading, "troops").code == "KORMIL"


def test_a_woman_titled_ms_is_not_the_man_of_her_surname(read):
    reading = read("Bruce Ohr met the agents in July. Ms. Ohr said on Friday that she had written the report.")
    ms = next(m.actor for m in reading.mentions if m.text == "Ohr")
    bruce = next(m.actor for m in reading.mentions if m.text == "Bruce Ohr")
    assert ms is not bruce
