"""Round 40 (actors40): what CAMEO code a noun phrase gets. The president of a named body of no
known role heads that body, no state (its country only); bare police or investigators acting in a
city the gazetteer places are that city's country's, even a city the recogniser tagged a body;
"the U.S.-led coalition" is the leading state's forces, never the story's country's; hostages are
theirs only by their own phrase, not the captor's. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending, actor_of


def test_the_president_of_a_body_of_no_known_role_is_no_officer_of_state(read):
    reading = read("Jean Blanc, president of the French Football Federation, criticized the ruling on Monday.")
    assert actor_of(reading, "Jean Blanc").code == "FRA"
    # a minister of a state is still its government's
    assert actor_ending(read("Ali Hassan, the Iraqi oil minister, criticized the ruling."), "Ali Hassan").code == "IRQGOV"


def test_police_acting_in_a_city_are_of_its_country(read):
    reading = read("Investigators searched the suspect's flat in Hamburg on Tuesday.")
    assert actor_of(reading, "Investigators").code == "DEUCOP"
    # a city the recogniser tagged a body is still where they act
    assert actor_of(read("Police arrested two men in Marseille on Friday."), "Police").code == "FRACOP"


def test_a_coalition_a_state_leads_is_that_state_s_forces(read):
    text = "Syria's army advanced on Monday. Syrian officials said the U.S.-led coalition struck a bridge near the city."
    assert actor_ending(read(text), "led coalition").code == "USAMIL"
    other = read("Syrian officials said the Saudi-led coalition struck a bridge.")
    assert actor_ending(other, "led coalition").code == "SAUMIL"


def test_hostages_are_not_their_captor_s_people(read):
    reading = read("The president welcomed the hostages released by North Korea.")
    assert actor_ending(reading, "hostages").code == "CVL"
    assert actor_ending(read("The militants freed two Japanese hostages on Monday."), "hostages").code == "JPNCVL"
