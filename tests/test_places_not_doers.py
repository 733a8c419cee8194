"""Places are not doers: a subject that is a thing or an act named with where it is ("violence in
Mexico forced …", "jailbreaks in Iraq freed …") takes no country from that place; a place joined
to an object ("into the towers and the Pentagon") is not the doer of a participle after it. A capital or country that acts
("Washington imposed sanctions", "Iraq attacked Kuwait") still does. A role that belongs where it
is ("police in Istanbul") takes that city's country (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place", [
    ("Violence in Mexico has forced thousands of families to flee their homes.", "MEX"),
    ("Clashes across Yemen killed at least 40 people on Sunday.", "YEM"),
    ("Massive jailbreaks in Syria and Yemen have freed hundreds of militants this month.", "SYR"),
])
def test_an_act_in_a_country_is_not_the_country_acting(read, text, place):
    reading = read(text)
    assert all(e.source is None or e.source.country != place for e in reading.events)


def test_an_act_done_in_a_country_is_still_aimed_at_it(read):
    reading = read("The United States condemned the crackdown in Syria on Monday.")
    assert any(e.cameo.startswith("11") and e.target is not None and e.target.country == "SYR" for e in reading.events)


def test_people_counted_in_a_country_are_its_people(read):
    reading = read("Thousands across Iraq protested against the government on Friday.")
    assert any(e.cameo.startswith("14") and e.source is not None and e.source.country == "IRQ" for e in reading.events)


def test_a_place_joined_to_an_object_does_not_do_the_participle(read):
    reading = read("Hijackers crashed planes into the World Trade Center and the Pentagon, killing nearly 3,000 people.")
    assert all(e.source is None or e.source.name != "Pentagon" for e in reading.events)


@pytest.mark.parametrize("text, source, target", [
    ("Washington imposed new sanctions on Caracas on Monday.", "USA", "VEN"),
    ("Iraq invaded Kuwait in August 1990.", "IRQ", "KWT"),
])
def test_a_country_or_capital_that_acts_is_still_the_doer(read, text, source, target):
    reading = read(text)
    assert any(e.source is not None and e.source.country == source and e.target is not None and e.target.country == target
               for e in reading.events)


def test_police_in_a_city_are_that_city_country(read):
    reading = read("The United States condemned the crackdown on Monday. Police in Istanbul clashed with hundreds "
                   "of demonstrators on Tuesday, Turkish media reported.")
    clashes = [e for e in reading.events if e.trigger.endswith("clashed")]
    assert clashes and all(e.source is not None and e.source.code == "TURCOP" for e in clashes)


def test_officials_in_a_city_take_no_country_from_it_alone(read):
    # officials or diplomats in a capital may be foreigners posted there: the city does not say whose
    reading = read("Germany criticised the plan. Diplomats in Geneva welcomed the agreement with Iran on Sunday.")
    welcomed = [e for e in reading.events if e.trigger.endswith("welcomed")]
    assert all(e.source is None or e.source.country != "CHE" for e in welcomed)


def test_police_in_a_capital_are_that_country_not_the_story_country(read):
    reading = read("The White House condemned the crackdown. Police in Cairo arrested dozens of protesters on Friday.")
    arrests = [e for e in reading.events if e.trigger.endswith("arrested")]
    assert arrests and all(e.source is not None and e.source.country == "EGY" for e in arrests)
    assert all(e.target is None or e.target.country != "USA" for e in arrests)


def test_a_dateline_place_does_not_do_the_participle(read):
    # the dateline's country is where the story was filed; the parse makes it a subject, and the
    # participle's doer is guessed as the nearest actor before it (precision draw, seed 38)
    reading = read("NAIROBI, Kenya — Armed terrorists stormed a university in northern Kenya on Thursday, killing "
                   "147 people, wounding dozens and taking hostages during a 15-hour siege until four militants "
                   "were killed by security forces.")
    assert all(e.source is None or e.source.code != "KEN" for e in reading.events)
    assert any(e.trigger == "killed" and e.source is not None and e.source.code == "KENCOP" for e in reading.events)


def test_a_dateline_does_not_stop_the_subject_after_it(read):
    reading = read("CAIRO — An Egyptian court dropped murder charges Saturday against former Egyptian president Hosni Mubarak.")
    assert any(e.trigger == "dropped" and e.source is not None and e.source.code == "EGYJUD" for e in reading.events)


def test_a_place_after_a_passive_agent_is_not_the_doer(read):
    # "killed by drones in Pakistan": the drones' place, not the country striking (seed 44)
    reading = read("One possible reason for the decline of drone strikes in Pakistan is that the CIA is simply running "
                   "out of targets; at least 36 militant leaders have been reported killed by drones in Pakistan since "
                   "Obama took office, according to the New America Foundation data")
    assert all(e.source is None or e.source.code != "PAK" for e in reading.events)
