"""Round 37 (actors37): the CAMEO code a noun phrase gets.

A region of one country named before a role noun gives the role that country ("Kurdistan's
regional government" is Iraq's); an embassy a possessive pronoun owns is the owner's post abroad,
never the host's; a named body or a firm the parser hangs beside a person's name is not who the
person is; a capitalised role noun after a people's adjective ("Saudi Forces") is that state's role.
Sentences written for these tests.
"""

from __future__ import annotations

from helpers import actor_ending


def test_a_regions_government_takes_its_country(read):
    reading = read("Kurdistan's regional government thanked Germany for the medical supplies on Tuesday.")
    assert actor_ending(reading, "government").code == "IRQGOV"


def test_a_region_named_as_a_compound_gives_its_country(read):
    reading = read("Xinjiang officials detained dozens of activists after the protest.")
    assert actor_ending(reading, "officials").code == "CHNGOV"



def test_its_embassy_in_a_country_is_not_the_hosts(read):
    reading = read("The US is pulling more than half of its staff from its embassy in Chile after a string of "
                   "unexplained illnesses among its diplomats.")
    assert actor_ending(reading, "embassy").country != "CHL"



def test_a_firm_beside_a_persons_name_is_not_his_country_or_role(read):
    reading = read("Reed said the target was Mark Dolan and the Swiss trading company that employed him, Glencore.")
    dolan = actor_ending(reading, "Dolan")
    assert dolan.country != "CHE" and dolan.role != "BUS"



def test_capitalised_special_forces_of_two_states_are_each_ones_military(read):
    reading = read("Several hundred Jordanian and Saudi Arabian Special Forces are preparing to deploy in the port city.")
    codes = {m.actor.code for m in reading.mentions}
    assert "SAUMIL" in codes
