"""Round 23, word sense from what a word acts on (issue 12): a plea answering a charge in court,
ground watched, a reporter's request turned down, code sent out by computer, a project halted.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def codes(reading) -> list[str]:
    """The CAMEO code of every event read, whatever its modality."""
    return [e.cameo for e in reading.events]


# --- a plea in court is no appeal (020) --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Russian spy's guilty plea was welcomed by the Justice Department.",
    "After the former national security adviser's guilty plea, the White House said nothing.",
])
def test_a_guilty_plea_is_no_appeal(read, text):
    assert not any(c.startswith("02") for c in codes(read(text))), read(text).events


def test_a_plea_to_colleagues_stays_an_appeal(read):
    assert "020" in codes(read("Pence's last plea to the senators failed."))


# --- ground watched is surveillance, no investigation (09x) ------------------------------------
@pytest.mark.parametrize("text", [
    "Germany has hired a private firm to monitor parts of eastern Chad and northern Sudan.",
    "Italy has paid a Maltese company to monitor parts of southern Libya and northern Niger.",
])
def test_watching_a_stretch_of_ground_is_no_inquiry(read, text):
    assert not any(c.startswith("09") for c in codes(read(text))), read(text).events


def test_police_investigating_an_attack_stay_an_inquiry(read):
    assert "090" in codes(read("Police are investigating the attack on the mosque."))


# --- a reporter's request turned down is no comment (011), no rejection (12x) ------------------
@pytest.mark.parametrize("text", [
    "The ministry's spokesmen declined several requests for interviews on Monday.",
    "Gazprom managers turned down several requests for an interview.",
])
def test_declining_interview_requests_is_declining_comment(read, text):
    found = codes(read(text))
    assert "011" in found and not any(c.startswith("12") for c in found), found


def test_a_request_for_talks_turned_down_stays_a_rejection(read):
    assert "120" in codes(read("The ministry declined a request from Kiev for talks."))


# --- code sent out by computer moves no forces (15x) -------------------------------------------
def test_a_computer_worm_deployed_is_no_mobilisation(read):
    found = codes(read("Stuxnet, the malicious computer worm, was built and deployed by Israel."))
    assert not any(c.startswith("15") for c in found), found


# --- a project halted is no strike (143) -------------------------------------------------------
def test_stopping_the_repair_work_is_no_strike(read):
    found = codes(read("But the Indian government did not stop the repair work at the dam."))
    assert "143" not in found, found


def test_workers_stopping_work_stay_a_strike(read):
    assert "143" in codes(read("Dock workers stopped work on Monday to protest the new contracts."))


# --- a purchase with no seller named cooperates with no one (06x) ------------------------------
def test_buying_weapons_from_no_one_is_no_cooperation(read):
    found = codes(read("The air force keeps buying weapons designed for the last century."))
    assert not any(c.startswith("06") for c in found), found


def test_buying_missiles_from_a_country_stays_cooperation(read):
    assert "062" in codes(read("Saudi Arabia purchased missiles from the United States in May."))


# --- a thing welcomed is no guest (043 host a visit) -------------------------------------------
def test_a_decision_welcomed_in_the_passive_hosts_no_visit(read):
    found = codes(read("Iran's decision to free the sailors was welcomed by Britain."))
    assert "043" not in found, found


def test_a_premier_welcomed_in_the_passive_stays_a_hosted_visit(read):
    assert "043" in codes(read("The Chinese premier was welcomed by Merkel in Berlin on Monday."))


# --- an act defended is upheld, no disapproval (11x) -------------------------------------------
def test_defending_a_killing_is_no_disapproval(read):
    found = codes(read("Riyadh defended the killing of the journalist at a press conference on Sunday."))
    assert not any(c.startswith("11") for c in found), found


def test_criticising_a_crackdown_stays_disapproval(read):
    assert "111" in codes(read("Germany criticized the crackdown in Belarus."))


def test_buying_a_countrys_goods_stays_trade(read):
    assert "061" in codes(read("The EU plans to buy more American soybeans and gas."))
