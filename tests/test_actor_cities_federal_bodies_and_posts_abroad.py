"""Where a role noun's own phrase or its story says whose it is, read by the places it names:
a city the gazetteer places clearly ("police in Lyon", "a Liverpool court", with the city tagged a
body or a place) gives its country, not the story's; a body written "federal" is no unitary
state's ("a federal judge" in a story of French officials); an embassy named by where it stands
("the embassy in Baghdad") is not the host's, nor are the state's agents who inspect it. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import actor_of

from newsevents.actors.gazetteer import shared_gazetteer


@pytest.mark.parametrize(("city", "story", "country"), [
    ("Marseille", (), "FRA"),
    ("Edinburgh", (), "GBR"),
    ("Manchester", ("GBR",), "GBR"),
    ("Manchester", (), None),  # Manchester, New Hampshire is not far smaller: no one country
    ("Birmingham", (), None),
])
def test_the_gazetteer_places_a_city_only_when_no_namesake_elsewhere_comes_near(city, story, country):
    assert shared_gazetteer().city_country(city, story) == country


def test_police_in_a_city_are_of_its_country_not_the_story_s(read):
    reading = read("Washington urged calm after the shooting. Police in Lyon detained two suspects on Sunday.")
    assert actor_of(reading, "Police").code == "FRACOP"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Spain asked for the man's extradition last year. A Marseille court sentenced the smuggler to eight years on Friday.",
     "court", "FRAJUD"),
    ("Ireland's government welcomed the verdict. A Liverpool court jailed the gang leader for 12 years on Monday.",
     "court", "GBRJUD"),
])
def test_a_court_named_by_its_city_is_of_the_city_s_country(read, text, mention, code):
    assert actor_of(read(text), mention).code == code


def test_a_federal_body_is_no_unitary_state_s(read):
    reading = read("After the attacks in Paris, French officials tightened security at schools. A federal judge "
                   "on Tuesday refused the defence lawyers' request to delay the trial.")
    assert actor_of(reading, "A federal judge").country != "FRA"


def test_a_federation_s_federal_body_keeps_its_country(read):
    reading = read("Berlin tightened its rules on Monday. German federal police detained three men at the border.")
    assert actor_of(reading, "German federal police").code == "DEUCOP"


def test_an_embassy_inspected_is_not_the_host_s_nor_are_its_inspectors(read):
    reading = read("The State Department published the audit on Tuesday. When investigators inspected the "
                   "embassy in Baghdad, they found broken alarms and missing supplies.")
    assert actor_of(reading, "investigators").country != "IRQ"
    assert actor_of(reading, "the embassy").country != "IRQ"
