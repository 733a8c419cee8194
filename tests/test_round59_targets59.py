"""A role noun whose own of/from/across phrase names several states or sides, a region or an
international body ("ambassadors of EU states", "officials from both countries", "the spokesmen of
the rebel groups", "mayors from across Europe") takes no country the story or the doer lends it;
the one country that phrase gives it is its own ("governors of Mexican states": Mexico's). Near
misses keep their old reading: "governors of the states" and "governors of several states" (a
federation's own parts) stay the story's, "ambassadors of Russia" are Russia's, "mayors from across
the country" the story's, "its envoys from both countries" the owner's. The sentences with "EU states", "Gulf states", "rebel groups", "ASEAN
countries", "both countries/sides", "across Europe", "Gulf countries" and "Mexican states" are the round-58
reviewer's own; the rest are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import actor_of, coded

PUBLISHED = date(2016, 5, 10)


@pytest.mark.parametrize(("text", "role_noun", "lent"), [
    ("German Chancellor Angela Merkel met ambassadors of EU states in Berlin on Tuesday.", "ambassadors", "DEU"),
    ("Chancellor Olaf Scholz met with the envoys of the Gulf states in Berlin.", "the envoys", "DEU"),
    ("President Barack Obama spoke with the spokesmen of the rebel groups on Wednesday.", "the spokesmen", "USA"),
    ("Prime Minister Shinzo Abe met with ministers from ASEAN countries in Tokyo.", "ministers", "JPN"),
    ("President Emmanuel Macron met officials from both countries in Paris on Friday.", "officials", "FRA"),
    ("President Emmanuel Macron met officials from both sides in Paris on Friday.", "officials", "FRA"),
    ("President Macron praised mayors from across Europe for taking in refugees.", "mayors", "FRA"),
    ("Foreign Minister Wang Yi received the envoys of the two nations in Beijing on Monday.", "the envoys", "CHN"),
    ("President Biden met the ambassadors of Ukraine's allies at the White House.", "the ambassadors", "USA"),
    ("President Vladimir Putin met envoys from NATO and the UN in Moscow on Thursday.", "envoys", "RUS"),
    ("President Biden met ambassadors from Gulf countries at the White House on Monday.", "ambassadors", "USA"),
])
def test_a_role_noun_of_other_states_borrows_no_country(read, text, role_noun, lent):
    actor = actor_of(read(text, published=PUBLISHED), role_noun)
    assert actor.role == "GOV" and actor.country != lent, actor


def test_governors_of_mexican_states_are_mexicos(read):
    reading = read("President Obama met governors of Mexican states at the border on Tuesday.", published=PUBLISHED)
    assert actor_of(reading, "governors").code == "MEXGOV"
    assert ("040", "USAGOV", "MEXGOV") in coded(reading)


def test_a_meeting_with_envoys_of_other_states_is_no_meeting_with_ones_own(read):
    reading = read("Chancellor Olaf Scholz met with the envoys of the Gulf states in Berlin.", published=PUBLISHED)
    assert not any(source == target for _, source, target in coded(reading)), coded(reading)


def test_a_later_mention_of_officials_from_both_sides_keeps_not_the_first_ones_country(read):
    text = ("French officials said on Thursday that the talks on the fishing dispute would resume in Paris.\n\n"
            "President Emmanuel Macron met officials from both sides on Friday to press for a deal.")
    reading = read(text, published=PUBLISHED)
    later = [m.actor for m in reading.mentions if m.text == "officials"]
    assert later and later[-1].country != "FRA", [(m.text, m.actor.code) for m in reading.mentions]


@pytest.mark.parametrize(("text", "role_noun", "code"), [
    ("President Obama met governors of the states at the White House on Monday.", "governors", "USAGOV"),
    ("President Donald Trump met governors of several states at the White House.", "governors", "USAGOV"),
    ("Chancellor Angela Merkel met ambassadors of Russia in Berlin on Tuesday.", "ambassadors", "RUSGOV"),
    ("Prime Minister Justin Trudeau met mayors from across the country in Ottawa on Monday.", "mayors", "CANGOV"),
    ("The German government withdrew its envoys from both countries on Friday.", "its envoys", "DEUGOV"),
])
def test_near_misses_keep_their_country(read, text, role_noun, code):
    assert actor_of(read(text, published=PUBLISHED), role_noun).code == code
