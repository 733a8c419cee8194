"""Support verbs whose object noun, not the verb, says what was done (round 18): a gesture given
is no aid, "lead" hands its event to the noun it leads, and a noun of force that a verb of words
carries is the words' topic, no attack by the one who issues them."""

from helpers import coded


def test_a_thumbs_up_given_is_no_aid(read):
    found = coded(read("The French president gave Merkel a thumbs up as the two leaders left the hall."))
    assert not any(code.startswith("07") for code, _, _ in found), found


def test_a_hug_and_a_wink_are_no_aid(read):
    found = coded(read("The Turkish president gave Putin a warm hug and a wink before the summit in Sochi."))
    assert not any(code.startswith("07") for code, _, _ in found), found


def test_weapons_given_are_still_aid(read):
    found = coded(read("Britain gave Ukraine anti-tank missiles last month, the defence ministry said."), happened_only=True)
    assert ("070", "GBR", "UKR") in found or ("072", "GBR", "UKR") in found, found


def test_a_wave_of_attacks_is_no_gesture(read):
    found = coded(read("Russia launched a wave of attacks on Ukrainian cities overnight."))
    assert any(code.startswith("19") for code, _, _ in found), found


def test_led_airstrikes_are_air_strikes_not_talks(read):
    found = coded(read("Turkey has led airstrikes against Kurdish militants in northern Iraq since Sunday."))
    assert not any(code.startswith("04") for code, _, _ in found), found
    assert any(code == "195" and source == "TUR" for code, source, _ in found), found


def test_led_talks_are_talks(read):
    found = coded(read("Qatar led talks with the Taliban in Doha on Tuesday."))
    assert any(code.startswith("04") and source == "QAT" for code, source, _ in found), found


def test_a_statement_blasting_attacks_is_no_attack_by_its_issuer(read):
    found = coded(read("The Mexican embassy issued a statement blasting attacks on migrants in Texas."))
    assert not any(code.startswith(("18", "19")) for code, _, _ in found), found


def test_attacks_a_group_carried_out_are_still_force(read):
    found = coded(read("The Pakistani army carried out attacks on militant hideouts near the Afghan border."))
    assert any(code.startswith("19") for code, _, _ in found), found


def test_an_apology_offered_is_an_apology(read):
    found = coded(read("Japan's foreign minister offered an apology to South Korea for the wartime abuses on Friday."))
    assert any(code == "055" for code, _, _ in found), found
    assert not any(code.startswith("03") for code, _, _ in found), found


def test_steps_taken_are_no_act_of_taking(read):
    found = coded(read("The Chinese government took measures against foreign journalists last week."))
    assert not any(code.startswith("17") for code, _, _ in found), found


def test_control_taken_is_still_an_occupation(read):
    found = coded(read("Iraqi forces have taken control of the village of al-Maibdi, an army source said."))
    assert any(code == "192" for code, _, _ in found), found
