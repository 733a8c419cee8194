"""Aid (07), yield (08) and threat (13) events that judged real-news draws found almost never
right, fixed by class: a particle that undoes the giving ("give up their weapons"), a project
funded through a relative clause, a threat or promise kept (the commitment is no new event), and
a decision to leave an agreement told as a plan, not a threat. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, codes


# --- "give up": arms laid down or a programme abandoned, never aid ----------------------------
@pytest.mark.parametrize("text", [
    "Rebel commanders in Donetsk agreed on Tuesday to give up their weapons under the ceasefire deal.",
    "The separatists gave up their weapons on Friday.",
])
def test_giving_up_weapons_is_no_military_aid(read, text):
    found = codes(read(text))
    assert not any(code.startswith("07") for code in found)
    assert "0873" in found  # demobilize armed forces


def test_refusing_to_give_up_weapons_is_a_refusal_to_yield(read):
    # the refusal is stored alone (a refused act is no negated 0873 too: judged a wrong code)
    found = codes(read("The militia refused to give up its heavy weapons."))
    assert not any(code.startswith("07") or code.startswith("08") for code in found)
    assert any(code.startswith("124") for code in found)  # refuse to yield


def test_giving_weapons_to_someone_stays_military_aid(read):
    assert ("072", "USA", "UKR") in coded(read("The United States will give more weapons to Ukraine."))


# --- funding a thing named before a relative clause ------------------------------------------
def test_a_project_they_will_not_fund_is_no_aid(read):
    text = "Republicans called the high-speed rail line a boondoggle that they will never agree to fund."
    assert not any(code.startswith(("07", "12")) for code in codes(read(text)))


def test_people_someone_agreed_to_fund_stay_aid(read):
    text = "The rebels that Washington agreed to fund were routed near Aleppo."
    assert "070" in codes(read(text))


# --- a threat kept: the commitment noun is no new threat -------------------------------------
@pytest.mark.parametrize("text", [
    "Senator Rand Paul followed through on his threat to block the nomination on Thursday.",
    "Turkey carried out its threat to launch an offensive against Kurdish fighters in Syria.",
    "President Trump made good on his threat to impose tariffs on Chinese steel.",
    "President Trump delivered on his threat to impose tariffs on Chinese steel.",
])
def test_a_threat_carried_out_is_no_new_threat(read, text):
    assert not any(code.startswith("13") for code in codes(read(text)))


def test_a_threat_made_stays_a_threat(read):
    assert ("130", "KENGOV", "GBRGOV") in coded(read("The Kenyan president made a threat to expel the British ambassador."))


# --- a decision to leave an agreement, told: planned, no threat to anyone ---------------------
@pytest.mark.parametrize("text", [
    "Chancellor Merkel said on Monday she would pull Germany out of the arms control treaty.",
    "The French president said on Monday he would withdraw France from the climate treaty.",
])
def test_saying_one_will_leave_a_treaty_is_no_threat(read, text):
    reading = read(text)
    assert not any(code.startswith("13") for code in codes(reading))
    assert any(e.cameo.startswith("16") and e.modality == "planned" for e in reading.events)


def test_saying_one_will_cut_ties_with_someone_stays_a_threat(read):
    assert ("1313", "SAUGOV", "QAT") in coded(read("The Saudi government said it would cut diplomatic ties with Qatar."))


def test_saying_one_will_impose_sanctions_stays_a_threat(read):
    # Only leaving a treaty or a body (160) is a decision told; sanctions said to come are CAMEO's 1312.
    assert any(code == "1312" for code in codes(read('"We will impose new sanctions on the regime," the chancellor told reporters.')))
