"""Word senses that name no CAMEO event on real news (issue 12, round 9): a death or an injury
from an accident or an illness with no one who caused it, a reporter asking for comment, a thing
withheld, a right upheld. And the senses next to them that stay events. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import coded, codes


def roots(reading) -> set[str]:
    return {e.root for e in reading.events}


# --- mishaps: a death in a crash, from an illness, is no force ---------------------------------
@pytest.mark.parametrize("text", [
    "The family of a Pakistani student killed in a car crash with a Saudi diplomat's driver met the Pakistani prime minister on Friday.",
    "The parents of a Mexican boy killed in a crash with a US border patrol vehicle met Mexico's foreign minister.",
])
def test_a_death_in_a_mishap_is_no_force(read, text):
    assert not roots(read(text)) & {"18", "19", "20"}


def test_a_killing_in_a_raid_stays_force(read):
    assert ("190", "ISRMIL", "PSEUAF") in coded(read("Israeli troops killed three Palestinian gunmen in a raid on Jenin."))


# --- reporters asking for comment ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Reuters asked the Kenyan interior ministry and the police for comment on Monday.",
    "The Associated Press asked the Turkish embassy for a response but received none.",
])
def test_asking_for_comment_is_no_appeal(read, text):
    assert "02" not in roots(read(text))


def test_asking_for_aid_stays_an_appeal(read):
    assert "02" in roots(read("Kenya asked the United Nations for emergency food aid after the floods."))


# --- a thing withheld is no coercion; aid withheld is a cut in aid ----------------------------
def test_a_report_withheld_is_no_coercion(read):
    assert "17" not in roots(read("The Pentagon withheld the audit report from Congress for two years."))


def test_aid_withheld_stays_a_cut_in_aid(read):
    assert "162" in codes(read("The Pentagon withheld aid from Ukraine for two months."))


# --- keeping a right is a threat only when it is a right to act -------------------------------
def test_upholding_human_rights_is_no_threat(read):
    reading = read("A Republican senator pressed the Secretary of State on whether he believed that "
                   "Cuba's president is upholding basic human rights.")
    assert "13" not in roots(reading)


def test_reserving_the_right_to_respond_stays_a_threat(read):
    assert "130" in codes(read("China reserves the right to respond to Japan, the Chinese foreign ministry said."))


# --- statistics and watching -----------------------------------------------------------------
def test_a_share_of_a_group_is_a_statistic(read):
    assert "08" not in roots(read("Nearly 40 percent of Turkey's senior diplomats resigned after the purge, according to a union count."))


def test_a_minister_resigning_stays_an_event(read):
    assert "083" in codes(read("Turkey's foreign minister resigned on Tuesday after weeks of protests."))


def test_monitoring_developments_is_no_investigation(read):
    assert "09" not in roots(read("The Nigerian army is monitoring developments on the border with Cameroon."))


# --- envoys withdrawn are relations reduced, troops withdrawn a retreat ------------------------
def test_a_withdrawal_of_diplomats_is_a_recall(read):
    reading = read("The withdrawal of some Canadian diplomatic personnel from neighbouring Iran has raised fears of a clash.")
    assert "161" in codes(reading) and "087" not in codes(reading)


def test_a_withdrawal_of_troops_stays_a_retreat(read):
    assert "087" in codes(read("The withdrawal of Canadian troops from Mali was completed on Friday."))
