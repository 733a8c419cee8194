"""Round 39 (actors39): what CAMEO code a noun phrase gets. A state's armed service named
by its name ("the Navy") is the story's country's even beside a clause naming other states; a
defence or rights lawyer is no court (JUD); a capital owning its residents ("Washington's Jewish
community") is the city, not the government; "the US President" with no name after it is the
US's president (USAGOV), not the country. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending


def test_the_navy_is_the_story_s_own_beside_a_clause_on_other_states(read):
    text = ("American officials said the Navy moved an aircraft carrier closer to Venezuela while the "
            "United States and Colombia discussed the crisis.")
    assert actor_ending(read(text), "Navy").code == "USAMIL"


def test_a_defence_lawyer_is_no_court(read):
    reading = read("Defense attorneys for the former mayor accused prosecutors of hiding evidence.")
    assert not any(m.actor.role == "JUD" for m in reading.mentions if "attorneys" in m.text)
    # prosecutors stay the judiciary
    assert actor_ending(reading, "prosecutors").role == "JUD"


def test_a_capital_owning_its_residents_is_the_city_not_the_government(read):
    reading = read("The couple faced a cold reception from Washington's Jewish community after the remarks.")
    assert not any(m.actor.code == "USAGOV" for m in reading.mentions if m.text.startswith("Washington"))
    # a capital owning its leaders still speaks for its government
    assert actor_ending(read("Beijing's leaders condemned the visit."), "leaders").code == "CHNGOV"


def test_a_capitalised_office_after_its_country_s_name_is_that_state_s(read):
    reading = read("The US President also hailed the plan as a breakthrough.")
    assert actor_ending(reading, "President").code == "USAGOV"
    # a longer title ("Secretary of State") is left to the title reader
    other = read("The Iran Foreign Minister met the US Secretary of State on Monday.")
    assert actor_ending(other, "Foreign Minister").code == "IRNGOV"
