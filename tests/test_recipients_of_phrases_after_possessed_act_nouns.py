"""Round 33: whom an act named by a possessed noun is aimed at. A noun of an act whose doer is its
possessive ("its recognition of X", "its support of X") has its "of" phrase free for the one the act
is aimed at; judged draws leave such named recipients null. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def test_suspending_its_recognition_of_a_government_aims_at_that_government(read):
    found = coded(read("Egypt suspended its recognition of the new government in Libya."))
    assert any(code.startswith("16") and source == "EGY" and target == "LBYGOV" for code, source, target in found), found


def test_reiterating_its_support_of_a_country_aims_at_that_country(read):
    found = coded(read("China reiterated its support of Pakistan on Monday."))
    assert any(code.startswith("05") and source == "CHN" and target == "PAK" for code, source, target in found), found


def test_expressing_its_support_of_a_government_aims_at_that_government(read):
    found = coded(read("The EU expressed its support of the Ukrainian government."))
    assert any(code.startswith("05") and target == "UKRGOV" for code, _, target in found), found


def test_a_threat_to_revoke_its_recognition_of_a_state_names_that_state(read):
    found = coded(read("The Palestinian Authority said it would revoke its recognition of Israel."))
    assert any(target == "ISR" for _, _, target in found), found


def test_stepping_up_its_aid_of_a_government_aims_at_that_government(read):
    found = coded(read("Russia stepped up its aid of the Assad government."))
    assert any(code.startswith("07") and source == "RUS" and target == "SYRGOV" for code, source, target in found), found

