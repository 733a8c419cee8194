"""Round 19, the right root and sub-code: sanctions lifted are eased (085) toward whose they were,
weapons of mass destruction are 204, a promise of elections or an interim government is one of
political reform (034), joining an ally in force is military cooperation with it (062, its intent
0312), and an averted clash is no event. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, codes


def test_lifting_a_countrys_sanctions_eases_them_toward_that_country(read):
    reading = read("The United Nations Security Council lifted most of Pyongyang's sanctions on Tuesday.")
    assert ("085", "IGOUNO", "PRKGOV") in coded(reading)
    assert "163" not in codes(reading)  # the sanctions lifted are imposed by no one here
    assert "081" not in codes(reading)


def test_lifting_an_embargo_is_easing_economic_sanctions(read):
    reading = read("Washington lifted its embargo on Cuba after five decades.")
    assert ("085", "USAGOV", "CUB") in coded(reading)


def test_imposing_sanctions_stays_a_sanction(read):
    reading = read("Britain imposed new sanctions on Moscow.")
    assert [code for code in codes(reading) if code.startswith("16")] == ["163"]


def test_an_attack_with_a_nerve_agent_or_sarin_is_mass_destruction(read):
    assert "2041" in codes(read("Government forces attacked the village with sarin, opposition activists said."))
    assert "2041" in codes(read("Syrian troops launched a chemical attack on the town of Saraqeb on Sunday."))


def test_tear_gas_is_no_weapon_of_mass_destruction(read):
    found = codes(read("Riot police fired tear gas at the crowd in the capital."))
    assert found and not any(code.startswith("204") for code in found)


def test_a_promise_of_an_interim_government_is_political_reform(read):
    reading = read("The army pledged it would set up a transitional government within a month.")
    assert "034" in codes(reading)
    assert "030" not in codes(reading)


def test_a_promise_to_cooperate_is_no_reform(read):
    found = codes(read("Iran pledged to cooperate with the inspectors."))
    assert found and "034" not in found


def test_joining_an_ally_in_airstrikes_is_military_cooperation_with_it(read_every):
    # a hypothetical act: read so (read_every), left out of the default store (round 35)
    reading = read_every("Britain would be willing to join the United States in a campaign of airstrikes against the militants.")
    assert ("0312", "GBR", "USA") in coded(reading)
    assert not any(code.startswith("138") for code in codes(reading))  # no threat against the ally


def test_an_averted_clash_is_no_event(read):
    found = codes(read("The army took action to avert clashes between the rival parties."))
    assert not any(code.startswith(("03", "19")) for code in found)
