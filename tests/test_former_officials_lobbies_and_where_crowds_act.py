"""The role and the country a sentence gives a source. A former official or aide is
an elite (CAMEO's ELI), not the office once held; politicians are party people (Phoenix: PTY); a
named lobby of an industry is business; a bare plural of people ("protesters", "students") names
new people each time, whose country is where their own clause has them act (a city's, not an
embassy's owner's). Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of, events_on


def test_a_former_aide_in_an_apposition_is_an_elite(read):
    reading = read("Republicans said a budget deal was unlikely before Christmas. Mark Weller, a former chief of "
                   "staff to Pelosi, countered that Democrats were ready to bargain.")
    assert actor_of(reading, "Mark Weller").code == "USAELI"


def test_a_serving_chief_of_staff_to_a_politician_is_no_general(read):
    reading = read("Tom Baxter, chief of staff to Pelosi, told reporters the vote would be held on Friday.")
    assert actor_of(reading, "Tom Baxter").role != "MIL"


def test_a_former_official_of_a_body_is_an_elite_of_its_country(read):
    reading = read("A former Pentagon official accused the administration of hiding the cost of the war.")
    event = events_on(reading, "accused")[0]
    assert event.source is not None and event.source.code == "USAELI"


def test_a_serving_official_of_a_body_keeps_the_body_role(read):
    reading = read("A Pentagon official accused Iran of arming the rebels in Yemen.")
    event = events_on(reading, "accused")[0]
    assert event.source is not None and event.source.code == "USAMIL"


def test_politicians_are_party_people(read):
    reading = read("British politicians of all parties condemned the attack on the embassy in Tehran.")
    assert actor_of(reading, "British politicians").code == "GBRPTY"


def test_a_named_industry_lobby_is_business(read):
    reading = read("The Canadian Steel Producers Association criticised the tariffs announced in Washington on Friday.")
    assert actor_of(reading, "The Canadian Steel Producers Association").code == "CANBUS"


def test_a_body_that_represents_producers_is_business(read):
    reading = read("The Pacific Lumber Council, which represents major producers, condemned the export ban.")
    assert actor_of(reading, "The Pacific Lumber Council").role == "BUS"


def test_a_think_tank_council_is_no_business(read):
    reading = read("The German Council on Foreign Relations said the sanctions would fail.")
    assert all(m.actor.role != "BUS" for m in reading.mentions)


def test_protesters_at_an_embassy_are_of_the_city_not_the_embassy(read):
    reading = read("Protesters rallied outside the White House on Friday over the police killing in Ohio.\n\n"
                   "Protesters also surrounded the US Embassy in Paris on Saturday, chanting slogans.")
    event = events_on(reading, "surrounded")[0]
    assert event.source is not None and event.source.code == "FRACVL"


def test_students_take_the_country_of_where_they_act(read):
    reading = read("Students pelted police with stones from inside a dormitory at Cairo's Ain Shams University on Sunday.")
    event = events_on(reading, "pelted")[0]
    assert event.source is not None and event.source.code == "EGYEDU"


def test_students_acting_in_an_unplaced_city_get_no_guess(read):
    reading = read("Britain and France discussed the crisis. Students pelted police with stones in Smallville on Sunday.")
    event = events_on(reading, "pelted")[0]
    assert event.source is not None and event.source.country is None


def test_a_title_written_before_a_comma_counts_for_the_president(read):
    reading = read("Turkey's President, Recep Tayyip Erdogan, opened a new bridge in Istanbul on Monday.\n\n"
                   "On Friday US President Donald Trump approved new tariffs on steel from Asia.\n\n"
                   "Erdogan met bankers in Ankara on Saturday. The president is firmly against higher interest rates.")
    assert actor_of(reading, "The president").name == "Recep Tayyip Erdogan"


def test_a_former_post_beside_a_present_one_is_no_elite(read):
    reading = read("Pak Song Il, a former army general and close adviser to North Korea's leader, met Chinese officials in Beijing.")
    assert actor_of(reading, "Pak Song Il").role != "ELI"


def test_a_former_head_of_state_is_left_to_the_office_dates(read):
    reading = read("The report recalled Niger's former president, Mamadou Tandja, who was ousted by soldiers in 2010.")
    assert all(m.actor.role != "ELI" for m in reading.mentions)


def test_students_back_from_abroad_are_not_of_where_they_came_from(read):
    reading = read("Students returned from France on Sunday and pelted police with stones.")
    assert all(m.actor.country != "FRA" for m in reading.mentions if m.actor.role == "EDU")
