"""Wording that names no event of the day: a kind of people's habit or duty ("police often arrest",
"state police do not have to cooperate"), people rallied rather than forces moved ("students are
mobilizing"), a problem eased rather than a measure ("could ease the predicament"), and a plan put
forward ("Biden's economic proposals"), which is no intent to meet (036)."""

import pytest
from helpers import coded, codes


@pytest.mark.parametrize("text", [
    "In the northern provinces, police often arrest opposition activists in the weeks before a vote.",
    "Foreign governments usually condemn such attacks within hours, diplomats in Nairobi say.",
    "Under the 1994 statute, Mexican state police do not have to cooperate with federal immigration agents.",
    "Israeli troops routinely detain Palestinian teenagers at the checkpoint, rights groups say.",
])
def test_a_kind_of_peoples_habit_or_duty_is_no_event(read, text):
    assert not any(code[:2] in {"05", "11", "17"} for code in codes(read(text))), coded(read(text))


@pytest.mark.parametrize("text, root", [
    ("Police in Harare arrested twelve opposition activists on Saturday, their lawyer said.", "17"),
    ("Mexican police cooperated with American drug agents in three raids last week.", "05"),
])
def test_named_people_and_a_past_deed_still_give_events(read, text, root):
    assert any(code.startswith(root) for code in codes(read(text))), coded(read(text))


@pytest.mark.parametrize("text", [
    "Across the country, young Chilean students are mobilizing against the pension reform.",
    "Thousands of nurses mobilised outside the health ministry in Lisbon on Thursday.",
])
def test_people_rallied_are_no_military_posture(read, text):
    assert not any(code.startswith("15") for code in codes(read(text))), coded(read(text))


@pytest.mark.parametrize("text", [
    "The Russian army is mobilizing reservists near the Ukrainian border, Kyiv said.",
    "Iran is mobilizing near the Iraqi border, according to satellite images.",
])
def test_forces_or_a_state_mobilising_are_a_posture(read, text):
    assert any(code.startswith("15") for code in codes(read(text))), coded(read(text))


def test_easing_a_problem_concedes_nothing(read):
    found = coded(read("The Egyptian army could ease the American predicament, analysts said."))
    assert not any(code.startswith("08") for code, _, _ in found), found


def test_easing_a_restriction_is_still_a_concession(read):
    found = coded(read("Iran eased restrictions on foreign journalists on Sunday."))
    assert any(code.startswith("08") for code, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Senate Republicans said they were not ready to accept the governor's budget proposal.",
    "The French president said the German chancellor's economic proposals were reckless.",
])
def test_a_plan_put_forward_is_no_intent_to_meet(read, text):
    assert "036" not in codes(read(text)), coded(read(text))


@pytest.mark.parametrize("text, code", [
    ("A Taliban suicide bombing killed 14 Afghan civilians at a wedding hall in Kabul on Friday.", "1831"),
    ("A Taliban car bomb killed six Afghan soldiers at a checkpoint in Helmand on Tuesday.", "1832"),
])
def test_a_bombing_that_kills_is_non_military_bombing(read, text, code):
    found = codes(read(text))
    assert code in found and not any(c.startswith("19") for c in found), coded(read(text))


def test_troops_that_kill_still_fight(read):
    assert any(c.startswith("19") for c in codes(read("Syrian government troops killed 20 rebels near Idlib on Monday."))), \
        coded(read("Syrian government troops killed 20 rebels near Idlib on Monday."))


@pytest.mark.parametrize("text", [
    "The Iraqi prime minister asked the Iranian ambassador how the border talks were going.",
    "The Iraqi prime minister asked the Iranian ambassador whether Tehran would attend the summit.",
])
def test_a_question_put_to_someone_is_no_appeal(read, text):
    assert not any(c.startswith("02") for c in codes(read(text))), coded(read(text))


def test_asking_someone_to_act_is_still_an_appeal(read):
    found = codes(read("The Iraqi prime minister asked Iran to release the detained fishermen."))
    assert any(c.startswith("02") for c in found), found


def test_prices_pushed_down_are_no_demand(read):
    found = codes(read("Beijing pushed down American soybean prices last year, the farm bureau said."))
    assert not any(c[:2] in {"02", "10"} for c in found), found


def test_pressing_someone_is_still_a_demand(read):
    found = codes(read("The European Union pushed Turkey to release the jailed journalists."))
    assert any(c[:2] in {"02", "10"} for c in found), found



def test_a_place_described_by_a_participle_is_no_occupation(read):
    found = codes(read("Hundreds of Palestinians protested in occupied East Jerusalem on Friday."))
    assert not any(c.startswith("19") for c in found), found


def test_a_place_occupied_by_someone_is_still_an_occupation(read):
    found = codes(read("Israel occupied East Jerusalem in 1967."))
    assert any(c.startswith("19") for c in found), found


@pytest.mark.parametrize("text", [
    "The French president was accompanied by his foreign minister and the French defence minister.",
    "The German foreign minister accompanied the chancellor on Monday.",
])
def test_going_along_with_someone_is_no_visit_to_them(read, text):
    assert not any(c.startswith("04") for c in codes(read(text))), coded(read(text))


def test_a_government_that_withdraws_from_nothing_named_moves_no_forces(read):
    found = codes(read("The Trump administration withdrew in May 2018, the Iranian foreign ministry said."))
    assert not any(c.startswith("087") for c in found), found


def test_troops_that_withdraw_still_de_escalate(read):
    found = codes(read("Russian troops withdrew on Friday, the Ukrainian army said."))
    assert any(c.startswith("087") for c in found), found


def test_going_along_to_a_place_is_still_a_visit_there(read):
    found = coded(read("The Israeli army chief will accompany the prime minister to Moscow next week."))
    assert any(code.startswith("04") and target == "RUS" for code, _, target in found), found
