"""Whose an armed group is when its own phrase names no country: not the country of a story (or
of the doers of its sentence) whose news names rebels fighting elsewhere only ("militants" a US
drone hit are not American rebels: data/rebel_free_countries.txt), while a story about a country
at war at home still gives its rebels that country; a backed group is of the place the act on it
is done ("aiding pro-Russian rebels in eastern Ukraine"). Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending, actor_of, coded


def test_militants_a_us_strike_hit_are_not_american_rebels(read):
    text = ("The Pentagon said on Wednesday that a U.S. drone strike had killed four militants near the "
            "border. American officials said the strike was approved by the White House.")
    reading = read(text)
    militants = actor_ending(reading, "militants")
    assert militants.role == "REB" and militants.country is None, militants
    assert all(target is None or not target.endswith("REB") for _, _, target in coded(reading)), coded(reading)


def test_militants_in_a_story_the_us_leads_take_no_country(read):
    text = ("Washington and London said on Monday they would help Kurdish forces battle the militants. "
            "The United States will send advisers, U.S. officials said, and the U.S. Navy will move "
            "two ships to the Gulf.")
    militants = actor_ending(read(text), "the militants")
    assert militants.role == "REB" and militants.country is None, militants


def test_rebels_in_a_story_about_their_own_country_keep_it(read):
    text = ("Syrian government troops shelled the town of Saraqeb on Monday, Syria's state media said. "
            "The rebels fired mortars at an army checkpoint in reply, Syrian officials said.")
    rebels = actor_of(read(text), "The rebels")
    assert rebels.code == "SYRREB", rebels


def test_backed_rebels_are_of_the_place_where_they_are_helped(read):
    text = "Moscow has been arming and aiding pro-Russian rebels in eastern Ukraine since the spring, the report said."
    rebels = actor_ending(read(text), "rebels")
    assert rebels.code == "UKRREB", rebels
