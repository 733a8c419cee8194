"""Everyday verbs the dictionary reads a political act into (round 15): growth of what is no force,
pressure increased, bans by companies, searches, learning, meetings called off, rescues of
captives, ousters celebrated, persons honoured, aid aimed at. Sentences written for these tests."""

from helpers import coded


def test_funding_increased_for_security_is_no_show_of_force(read):
    found = coded(read("Germany will boost funding for cyber security by 20 percent next year, the finance minister said."))
    assert not any(code.startswith("15") for code, _, _ in found), found


def test_security_boosted_around_an_embassy_is_still_police_power(read):
    found = coded(read("Egypt boosted security around the Israeli embassy in Cairo on Friday."))
    assert ("150", "EGY", None) in found, found


def test_military_presence_increased_is_still_a_show_of_force(read):
    found = coded(read("Russia increased its military presence along the Ukrainian border this week."))
    assert any(code.startswith("15") for code, _, _ in found), found


def test_pressure_increased_is_no_demand(read):
    found = coded(read("The European Union vowed to increase pressure on Moscow after the poisoning."))
    assert not any(code.startswith("10") for code, _, _ in found), found


def test_attacks_not_increased_are_no_threat_but_the_promise_stays(read):
    found = coded(read("The Taliban promised they would not increase attacks on Afghan cities."))
    assert not any(code.startswith("13") for code, _, _ in found), found
    assert any(code.startswith("03") for code, _, _ in found), found


def test_a_platform_banning_an_activist_is_no_coercion(read):
    found = coded(read("Twitter banned the far-right activist Tommy Robinson from its platform on Wednesday."))
    assert not any(code.startswith("17") for code, _, _ in found), found


def test_a_government_banning_a_movement_is_still_a_ban(read):
    found = coded(read("The Egyptian government banned the Muslim Brotherhood in 2013."))
    assert any(code.startswith("172") and source == "EGYGOV" for code, source, _ in found), found


def test_police_hunting_for_gunmen_is_no_cooperation_or_threat(read):
    found = coded(read("French police were hunting for two gunmen who fled after the attack."))
    assert not any(code[:2] in {"06", "13", "17"} for code, _, _ in found), found


def test_agreeing_to_cancel_a_summit_is_no_intent_to_cooperate(read):
    found = coded(read("Trump and Kim agreed to cancel their planned summit in Hanoi."))
    assert not any(code.startswith("03") for code, _, _ in found), found


def test_agreeing_to_resume_talks_is_still_coded(read):
    found = coded(read("Iran and the European Union agreed to resume talks on the nuclear deal."))
    assert any(code.startswith("03") for code, _, _ in found), found


def test_rescuing_a_hostage_is_no_humanitarian_aid(read):
    found = coded(read("Navy SEALs rescued an American hostage held by gunmen in Nigeria."))
    assert not any(code.startswith("07") for code, _, _ in found), found


def test_rescuing_migrants_at_sea_is_still_humanitarian_aid(read):
    found = coded(read("The Italian coast guard rescued 300 migrants off the coast of Libya."))
    assert any(code == "073" for code, _, _ in found), found


def test_honouring_a_soldier_is_praise_not_diplomatic_recognition(read):
    found = coded(read("Obama recognized Army Ranger Cory Remsburg, who was badly wounded in Afghanistan, during the speech."))
    assert not any(code == "054" for code, _, _ in found), found
    assert any(code == "051" and source == "USAGOV" for code, source, _ in found), found


def test_recognising_a_state_stays_diplomatic_recognition(read):
    found = coded(read("Sweden recognized Palestine as a state in 2014."))
    assert ("054", "SWE", "PSE") in found, found


def test_an_aim_to_increase_military_aid_is_an_intent_to_give_aid(read):
    found = coded(read("Officials said the administration was looking for ways to increase its military aid to the rebels."))
    assert any(code == "0332" for code, _, _ in found), found
    assert not any(code == "032" for code, _, _ in found), found


def test_proposing_fee_increases_is_no_intent_to_meet(read):
    found = coded(read("The Defense Department has proposed significant increases in Tricare fees for working-age retirees."))
    assert not any(code == "036" for code, _, _ in found), found


def test_proposing_talks_is_still_an_intent_to_meet(read):
    found = coded(read("Russia proposed talks with Ukraine in Istanbul next week."))
    assert ("036", "RUS", "UKR") in found, found


def test_agreeing_to_scrap_a_planned_get_together_is_no_intent_to_cooperate(read):
    found = coded(read("Putin said he and the Turkish president had agreed to scrap their planned get together in Sochi."))
    assert not any(code.startswith("03") for code, _, _ in found), found


def test_agreeing_to_scrap_tariffs_is_still_an_intent(read):
    found = coded(read("The two leaders agreed to scrap the tariffs on steel."))
    assert any(code.startswith("03") for code, _, _ in found), found
