"""Recipients and doers the coder had no actor code for: ethnic and religious groups (CAMEO's
codes in the country slot: KUR, MOSSHI ...), a people of one state with no code of its own (the
Rohingya), bare US federal agencies and sports leagues, and "the House" of a story's country."""

from __future__ import annotations

import pytest
from helpers import actor_of, coded

from newsevents.facts.countries import people_by_name


# --- the table ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("Kurds", "KUR"), ("the Kurds", "KUR"), ("Shia Muslims", "MOSSHI"), ("Sunnis", "MOSSUN"),
    ("Uyghurs", "UIG"), ("Coptic Christians", "CHRCPT"), ("Rohingya", "MMRCVL"),
])
def test_peoples_are_found_by_their_nouns(text, code):
    people = people_by_name(text)
    assert people is not None and people.code == code


@pytest.mark.parametrize("text", ["Kurdish", "Palestinians", "Serbs", "Muslim countries"])
def test_adjectives_and_a_countrys_people_are_no_group(text):
    assert people_by_name(text) is None  # "Palestinians" are Palestine's (countries.txt)


# --- groups as recipients and doers ---------------------------------------------------------------
def test_a_threatened_people_is_the_target(read):
    reading = read("Erdogan threatened the Kurds on Sunday in a speech to party members in Ankara.")
    assert ("130", "TURGOV", "KUR") in coded(reading)


def test_a_peoples_country_comes_from_its_own_phrase(read):
    reading = read("Turkish warplanes bombed Iraqi Kurds near the mountain border on Friday.")
    assert actor_of(reading, "Kurds").code == "IRQKUR"
    assert any(target == "IRQKUR" for _, _, target in coded(reading))


def test_no_country_is_guessed_from_the_sentence(read):
    # the Shiites of the Saudi east, but the sentence does not call them Saudi: no SAUMOSSHI
    reading = read("Saudi police arrested dozens of Shiites in the eastern city of Qatif on Monday.")
    assert actor_of(reading, "Shiites").code == "MOSSHI"


def test_a_religious_group_with_its_country_acts(read):
    reading = read("Iraqi Shiites protested against the government in Basra on Friday.")
    assert actor_of(reading, "Shiites").code == "IRQMOSSHI"


def test_a_group_the_model_leaves_untagged_is_found(read):
    reading = read("Chinese authorities detained thousands of Uighurs in camps last year.")
    assert actor_of(reading, "Uighurs").code == "UIG"


def test_a_people_of_one_state_is_its_civilians(read_all):
    reading = read_all("Myanmar's army drove the Rohingya out of their villages in Rakhine.")
    assert actor_of(reading, "Rohingya").code == "MMRCVL"


def test_a_role_of_a_people_takes_the_peoples_code(read):
    reading = read("Rohingya refugees crossed into Bangladesh on boats this week.")
    assert actor_of(reading, "Rohingya refugees").code == "MMRREF"  # not Bangladesh's refugees


def test_they_can_stand_for_a_people(read):
    reading = read("Erdogan warned the Kurds on Saturday, saying they would pay a heavy price.")
    pronouns = [m.actor.code for m in reading.mentions if m.text == "they"]
    assert pronouns == ["KUR"]


def test_an_adjective_of_a_people_is_no_ethnic_code(read):
    reading = read("Kurdish officials in Erbil criticized the Iraqi government on Tuesday.")
    assert not actor_of(reading, "Kurdish officials").code.startswith("KUR")


# --- bare agencies, leagues and chambers ------------------------------------------------------------
@pytest.mark.parametrize(("text", "name", "code"), [
    ("The FCC fined the broadcaster $2 million on Tuesday.", "FCC", "USAGOV"),
    ("FEMA sent trailers to the flooded towns on Friday.", "FEMA", "USAGOV"),
    ("Vice President Pence criticized the NBA for its ties to China.", "NBA", "USABUS"),
])
def test_federal_agencies_and_leagues_have_codes(read, text, name, code):
    assert actor_of(read(text), name).code == code


def test_a_league_criticized_is_the_target(read):
    assert ("111", "USAGOV", "USABUS") in coded(read("Vice President Pence criticized the NBA for its ties to China."))


def test_a_house_committee_takes_the_storys_country(read):
    reading = read("Mulvaney and Duffey defied subpoenas from a House committee, the White House said.")
    assert actor_of(reading, "House").code == "USALEG"


def test_a_chamber_acting_on_its_own_president_is_the_storys(read):
    reading = read("The House voted on Tuesday to condemn Trump's remarks. "
                   "Speaker Nancy Pelosi said the vote sent a message to the White House.")
    assert ("111", "USALEG", "USAGOV") in coded(reading)


def test_a_house_in_a_name_is_no_chamber(read):
    reading = read("Chatham House published a report on Russia's army on Monday.")
    assert all(m.actor.role != "LEG" for m in reading.mentions)


# --- people who come from somewhere -----------------------------------------------------------------
def test_people_counted_by_a_quantity_take_the_country_they_come_from(read):
    reading = read("Guatemalan police detained hundreds of migrants from Honduras at a checkpoint on Monday.")
    assert actor_of(reading, "migrants").code == "HNDCVL"  # not Guatemala's
