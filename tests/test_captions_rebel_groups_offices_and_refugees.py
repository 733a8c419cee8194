"""Round fifteen: whose a mention is. A caption's label is no part of a name; "the rebels" are the
rebel group just named, not the country fighting them; "as chairman of a Senate committee" gives
the office of that clause only; an aide to a country's leader is of that country; a stateless
people's fighters are that people's; refugees and migrants are not the country that holds them;
"authorities" take the country the story names for its authorities. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending, actor_of, coded, events_on


def test_a_caption_label_is_no_part_of_the_name(read):
    reading = read("Hide caption Police officers detained dozens of students in Moscow on Saturday.")
    names = [m.actor.name for m in reading.mentions]
    assert not any("caption" in name.lower() for name in names)
    assert "Police officers" in names


def test_the_rebels_are_the_rebel_group_just_named(read):
    reading = read("Saudi-led jets struck Houthi positions near Hodeidah on Friday, hours after the rebels "
                   "fired a missile at the Saudi capital.")
    assert actor_of(reading, "the rebels").code == "YEMREB"


def test_the_rebels_with_no_group_named_keep_the_old_rule(read):
    reading = read("Government troops shelled the old city of Homs on Monday. The rebels said nine civilians died.")
    assert actor_of(reading, "The rebels").code != "YEMREB"


def test_acting_as_chairman_gives_that_clause_the_office(read):
    reading = read("Secretary of State John Kerry landed in Muscat on Monday. As chairman of the Senate Foreign "
                   "Relations Committee, Kerry had met the Sultan of Oman in 2011.")
    met = events_on(reading, "met")
    assert met and met[0].source is not None and met[0].source.code == "USALEG"
    assert actor_of(reading, "John Kerry").code == "USAGOV"  # his other mentions keep his office


def test_an_aide_to_a_countrys_leader_is_of_that_country(read_all):
    reading = read_all("President Trump said on Tuesday that the United States was ready for the summit in Washington. "
                   "Ri Son Gwon, a veteran negotiator and close aide to North Korea's leader, will meet "
                   "Secretary of State Mike Pompeo in New York, the White House said.")
    assert actor_ending(reading, "Gwon").country == "PRK"  # the small model may tag the surname alone


def test_an_envoy_to_a_country_does_not_take_it(read_all):
    reading = read_all("President Trump said on Tuesday that the United States would not back down. Brian Hook, "
                   "a special envoy to Iran, met European diplomats in London, the State Department said.")
    assert actor_of(reading, "Brian Hook").country != "IRN"


def test_kurdish_fighters_are_kurds_wherever_they_fight(read):
    reading = read("Turkish jets bombed Kurdish fighters near the Syrian town of Qamishli on Sunday.")
    assert actor_of(reading, "Kurdish fighters").code == "KURREB"
    assert ("195", "TUR", "KURREB") in coded(reading)


def test_kurdish_officials_are_no_kurdish_fighters(read):
    reading = read("Kurdish officials in Erbil said on Monday that the referendum would go ahead.")
    assert not actor_of(reading, "Kurdish officials").code.startswith("KUR")


def test_a_country_given_in_the_phrase_comes_first(read_all):
    reading = read_all("Iraqi Kurdish fighters recaptured the town of Sinjar on Friday.")
    assert actor_of(reading, "Iraqi Kurdish fighters").country == "IRQ"


def test_refugees_are_not_the_countrys_that_turns_them_away(read):
    reading = read("The Trump administration asked a federal judge in Seattle to restore its limits on refugees.")
    assert actor_of(reading, "refugees").country is None


def test_refugees_detained_are_not_the_detaining_countrys(read):
    reading = read("Turkish police detained hundreds of refugees in Istanbul on Monday.")
    assert all(event.target is None or event.target.country != "TUR" for event in reading.events)


def test_migrants_detained_are_not_the_detaining_countrys(read):
    reading = read("Mexican police detained migrants from Honduras near Tapachula on Tuesday.")
    assert reading.events
    assert all(event.target is None or event.target.code != "MEXCVL" for event in reading.events)


def test_journalists_detained_at_home_are_still_the_states(read):
    reading = read("Belarusian police arrested a group of journalists in Minsk on Saturday.")
    assert any(event.target is not None and event.target.code == "BLRMED" for event in reading.events)


def test_authorities_take_the_country_the_story_names_for_its_authorities(read):
    reading = read(
        "French police raided homes in Paris on Monday. French prosecutors said the Paris attackers had "
        "planned more attacks in France. France's president spoke to the French parliament.\n\n"
        "The raids capped a tense weekend that saw troops patrolling and authorities hunting for two suspects.\n\n"
        "Belgian authorities said more raids in Brussels yielded arrests. Belgian police detained five men "
        "in Brussels and Liege, and Belgium raised its alert level.")
    assert actor_of(reading, "authorities").country == "BEL"


def test_refugees_fleeing_a_country_are_its_refugees(read_all):
    reading = read_all("The United Nations will send food to refugees fleeing the fighting in Sudan, the World Food "
                       "Program said on Tuesday.")
    assert actor_of(reading, "refugees").code == "SDNREF"


def test_refugees_arriving_somewhere_are_not_its_refugees(read_all):
    reading = read_all("Thousands of refugees arriving in Germany were housed in schools, officials in Berlin said.")
    assert actor_of(reading, "refugees").country is None
