"""People of a sector named with no country (journalists, civilians, the police) whom police,
rebels, gunmen or criminals of one country act on are of that country: such doers act where they
live, whatever the act (`extract._people_at_home`, HOME_DOERS). A state's army, a group of no
country, and people called foreign keep no country: missing beats wrong. Sentences written for
these tests, each told after a sentence about other countries, so that the story lends none."""

from __future__ import annotations

from helpers import coded, events_on


def test_journalists_beaten_by_a_countrys_police_are_of_that_country(read):
    reading = read("American and British officials met in Geneva on Monday. "
                   "Afghan police arrested the protesters and beat reporters outside the ministry.")
    beaten = events_on(reading, "beat")
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in beaten] \
        == [("AFGCOP", "AFGMED")], coded(reading)


def test_journalists_kidnapped_by_a_countrys_rebels_are_of_that_country(read):
    reading = read("American and British officials met in Geneva on Monday. "
                   "Taliban fighters kidnapped two journalists on the road.")
    assert ("181", "AFGREB", "AFGMED") in coded(reading), coded(reading)


def test_journalists_shot_by_a_states_troops_keep_no_country(read):
    found = coded(read("American and British officials met in Geneva on Monday. "
                       "Russian troops shot two journalists near the front line."))
    assert all(target is None for code, _, target in found if code.startswith("19")), found


def test_foreign_journalists_beaten_by_police_keep_no_country(read):
    found = coded(read("Washington and London condemned the crackdown on Monday. "
                       "In Lagos, police beat several foreign journalists who covered the rally."))
    assert all(target is None for code, _, target in found if code.startswith("18")), found


def test_journalists_kidnapped_by_a_group_of_no_country_keep_none(read):
    found = coded(read("American and British officials met in Geneva on Monday. "
                       "Islamic State militants kidnapped two journalists near the border."))
    assert all(target is None for code, _, target in found if code.startswith("18")), found


def test_journalists_kidnapped_by_rebels_of_no_state_keep_none(read):
    found = coded(read("American and British officials met in Geneva on Monday. "
                       "Kurdish rebels kidnapped two journalists near the border."))
    assert all(target is None for code, _, target in found if code.startswith("18")), found
