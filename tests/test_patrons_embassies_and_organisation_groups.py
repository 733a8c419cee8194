"""Round 18 (actors18): the wrong country or kind for an actor.

A patron named by "pro-X" is not the group's country; rebels backed from abroad are of the country
whose government their own clause fights; a country that a role noun's own possession names does
not say whose the role noun is; an embassy in a capital is
another country's; a country's organisations are its NGOs, not its state. Sentences written for
these tests.
"""

from __future__ import annotations

from helpers import actor_ending, coded


def test_pro_country_rebels_are_not_that_countrys(read):
    reading = read("Ukraine's army said on Tuesday that the pro-Moscow separatists had shelled a village near Donetsk.")
    assert actor_ending(reading, "separatists").country != "RUS"


def test_pro_prefix_names_no_owner_in_a_role_phrase(read):
    reading = read("Government troops clashed with pro-Turkish militias in the north overnight.")
    assert actor_ending(reading, "militias").country != "TUR"


def test_backed_rebels_take_the_country_of_the_government_they_toppled(read):
    reading = read("Egypt has sent warships against Iranian-backed rebels who have overthrown the Yemeni government.")
    assert actor_ending(reading, "rebels").code == "YEMREB"


def test_backed_rebels_with_no_government_in_their_clause_stay_uncoded(read):
    reading = read("Qatar condemned the Iranian-backed rebels on Monday.")
    assert actor_ending(reading, "rebels").country != "IRN"


def test_what_the_administration_owns_does_not_say_whose_it_is(read):
    text = ("The Obama administration has been weighing its options for months. "
            "The Senate panel signed off on the administration's plan to train the Syrian opposition, officials said.")
    reading = read(text)
    administrations = [m.actor for m in reading.mentions if m.text == "the administration"]
    assert administrations and all(actor.country != "SYR" for actor in administrations)


def test_an_embassy_in_a_capital_is_not_the_host_countrys(read):
    text = ("Mexico's foreign minister said Mexico would protect its citizens. Mexico has asked for an inquiry, and "
            "Mexican officials met the families in Mexico City. "
            "The country's embassy in Washington issued a statement condemning the shooting.")
    reading = read(text)
    embassy = actor_ending(reading, "embassy")
    assert embassy.country != "USA"
    assert embassy.code == "MEXGOV"


def test_an_embassy_in_a_capital_with_no_leading_foreign_country_stays_uncoded(read):
    reading = read("The embassy in Washington issued a statement on Friday.")
    assert actor_ending(reading, "embassy").country != "USA"


def test_a_countrys_organizations_are_its_ngos_not_its_state(read):
    reading = read("A coalition of American organizations has filed a lawsuit against the Department of Homeland Security.")
    events = [event for event in coded(reading) if event[0].startswith("11")]
    assert events and all(source != "USA" for _, source, _ in events)


def test_a_group_of_country_organizations_is_coded_ngo(read):
    reading = read("A group of Canadian organizations have filed a lawsuit against the Canadian government over the new rules.")
    sources = [source for _, source, _ in coded(reading)]
    assert "CAN" not in sources
    assert "NGOCAN" in sources


def test_pro_person_militias_keep_the_persons_country(read):
    reading = read("President Robert Mugabe spoke in Harare. Pro-Mugabe militias attacked opposition supporters in Harare on Sunday.")
    assert actor_ending(reading, "militias").code == "ZWEREB"


def test_an_embassy_opened_abroad_is_not_the_openers_target(read):
    # only an embassy that acts is another country's; one opened in a capital names the host as the partner
    reading = read("Portugal set up diplomatic relations with Vietnam last year and this week opened its new embassy there, its foreign ministry said.")
    assert all(target != "PRTGOV" for _, _, target in coded(reading))
