"""A role noun whose own of/from/across phrase names several states or sides, a region or an
international body ("ambassadors of EU states", "officials from both countries", "the spokesmen of
the rebel groups", "mayors from across Europe") takes no country the story or the doer lends it;
the one country that phrase gives it is its own ("governors of Mexican states": Mexico's). Near
misses keep their old reading: "governors of the states" and "governors of several states" (a
federation's own parts) stay the story's, "officials from both sides" (sides and groups are others only
when a country is named), "ambassadors of Russia" are Russia's, "mayors from across
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
    ("President Barack Obama spoke with the spokesmen of the Syrian rebel groups on Wednesday.", "the spokesmen", "USA"),
    ("Prime Minister Shinzo Abe met with ministers from ASEAN countries in Tokyo.", "ministers", "JPN"),
    ("President Emmanuel Macron met officials from both countries in Paris on Friday.", "officials", "FRA"),
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


def test_a_meeting_with_envoys_of_other_states_is_a_meeting_with_a_countryless_government(read):
    reading = read("Chancellor Olaf Scholz met with the envoys of the Gulf states in Berlin.", published=PUBLISHED)
    assert actor_of(reading, "the envoys").code == "GOV"
    assert ("040", "DEUGOV", "GOV") in coded(reading), coded(reading)


def test_a_later_mention_of_officials_from_both_sides_keeps_not_the_first_ones_country(read):
    text = ("French officials said on Thursday that the talks on the fishing dispute would resume in Paris.\n\n"
            "President Emmanuel Macron met officials from both countries on Friday to press for a deal.")
    reading = read(text, published=PUBLISHED)
    later = [m.actor for m in reading.mentions if m.text == "officials"]
    assert later and later[-1].country != "FRA", [(m.text, m.actor.code) for m in reading.mentions]


@pytest.mark.parametrize(("text", "role_noun", "code"), [
    ("President Obama met governors of the states at the White House on Monday.", "governors", "USAGOV"),
    ("President Donald Trump met governors of several states at the White House.", "governors", "USAGOV"),
    ("Chancellor Angela Merkel met ambassadors of Russia in Berlin on Tuesday.", "ambassadors", "RUSGOV"),
    ("Prime Minister Justin Trudeau met mayors from across the country in Ottawa on Monday.", "mayors", "CANGOV"),
    ("The German government withdrew its envoys from both countries on Friday.", "its envoys", "DEUGOV"),
    ("President Emmanuel Macron met officials from both sides in Paris on Friday.", "officials", "FRAGOV"),
])
def test_near_misses_keep_their_country(read, text, role_noun, code):
    assert actor_of(read(text, published=PUBLISHED), role_noun).code == code


# Round 59 review mends (findings 2a-2d). The sentences with "from around the world", "recalled
# ambassadors", "US states", "Indigenous groups", "both sides in Congress", "both countries", "EU
# states met" and "the United Nations and the African Union" are the round-59 reviewer's own; the
# rest are written for these tests.

def test_a_from_phrase_on_the_verb_is_the_with_objects_own(read):
    """2a: "met with X from ...": the parser hangs "from" on the verb; X is the pobj of "with"."""
    for text, noun in [
        ("German Chancellor Angela Merkel met with ambassadors from around the world in Berlin on Monday.", "ambassadors"),
        ("President Xi Jinping met with ministers from Gulf states in Beijing on Thursday.", "ministers"),
    ]:
        actor = actor_of(read(text, published=PUBLISHED), noun)
        assert actor.role == "GOV" and actor.country is None, (text, actor)


@pytest.mark.parametrize(("text", "noun", "code", "event"), [
    ("Russia recalled ambassadors from European countries on Friday after the expulsions.", "ambassadors", "RUSGOV",
     ("161", "RUS", "RUSGOV")),
    ("Moscow withdrew diplomats from Baltic states on Thursday amid the dispute.", "diplomats", "RUSGOV", None),
])
def test_a_from_phrase_of_whence_keeps_the_doers_own_envoys(read, text, noun, code, event):
    """2b: recall/withdraw/evacuate "from" says whence they are taken, not whose they are."""
    reading = read(text, published=PUBLISHED)
    assert actor_of(reading, noun).code == code
    if event:
        assert event in coded(reading), coded(reading)


@pytest.mark.parametrize("text", [
    "Governors of US states criticized President Trump on Tuesday over his response to the pandemic.",
    "President Trump met governors of US states at the White House on Monday.",
])
def test_us_states_are_the_us(read, text):
    """2c: "US" is a name, no demonym; both sides of the verb read it alike."""
    reading = read(text, published=PUBLISHED)
    actor = next(m.actor for m in reading.mentions if m.text.lower() == "governors")
    assert actor.code == "USAGOV", actor


@pytest.mark.parametrize(("text", "noun", "country"), [
    ("Canadian Prime Minister Justin Trudeau met leaders of Indigenous groups in Ottawa on Tuesday.", "leaders", "CAN"),
    ("President Obama urged leaders of both sides in Congress on Friday to reach a budget deal.", "leaders", "USA"),
    ("Prime Minister Narendra Modi met leaders of farmer groups in New Delhi on Sunday.", "leaders", "IND"),
])
def test_groups_and_sides_without_a_country_keep_the_storys(read, text, noun, country):
    """2d: groups or sides no word of which names a country may be the story's own."""
    assert actor_of(read(text, published=PUBLISHED), noun).country == country


def test_groups_a_demonym_names_are_that_countrys(read):
    reading = read("President Emmanuel Macron met leaders of Malian opposition groups in Paris on Friday.",
                   published=PUBLISHED)
    assert actor_of(reading, "leaders").country == "MLI"


@pytest.mark.parametrize(("text", "noun", "code", "event"), [
    ("Turkish President Recep Tayyip Erdogan hosted officials from both countries in Istanbul on Saturday to push for a"
     " ceasefire.", "officials", "GOV", None),
    ("Ambassadors of EU states met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.", "Ambassadors", "GOV",
     None),
    ("Envoys from the United Nations and the African Union met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on"
     " Tuesday.", "Envoys", "GOV", None),
    ("Russia pulled diplomats out of Kyiv while the Kremlin met ambassadors from European countries.", "ambassadors",
     "GOV", None),
])
def test_the_reviewers_right_readings_stay(read, text, noun, code, event):
    assert actor_of(read(text, published=PUBLISHED), noun).code == code
