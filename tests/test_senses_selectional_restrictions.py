"""Round 44: an act's code holds only for the doers and the things it can have (events/senses.py):
a withdrawal named by its noun reads what is left as the verb does, and an agreement or an
international organisation left is reduced relations (160), no military de-escalation; markets
and prices do no protest or force; an aspect verb ("continued to attack") takes the sense of the
act it carries; criminals' force is unconventional violence (18x)."""

from helpers import coded


def codes(reading) -> set[str]:
    return {code for code, _, _ in coded(reading)}


def test_withdrawal_from_a_treaty_named_by_its_noun_reduces_relations(read):
    found = codes(read("Berlin sharply regretted Moscow's withdrawal from the arms control treaty on Tuesday."))
    assert "160" in found, found
    assert not any(code.startswith("087") for code in found), found


def test_withdrawal_of_troops_from_a_country_stays_de_escalation(read):
    found = codes(read("Ankara announced the withdrawal of Turkish troops from northern Iraq on Monday."))
    assert any(code.startswith("087") for code in found), found


def test_stocks_that_rally_hold_no_demonstration(read):
    found = codes(read("Japanese stocks rallied on Tuesday after the Bank of Japan left its rates unchanged."))
    assert not any(code.startswith("14") for code in found), found


def test_protesters_that_rally_demonstrate(read):
    found = codes(read("Venezuelan opposition supporters rallied in Caracas on Sunday against President Nicolas Maduro."))
    assert any(code.startswith("14") for code in found), found


def test_continuing_to_attack_a_policy_is_no_military_force(read):
    found = codes(read("Macron continued to attack the trade policies of the Trump administration on Sunday."))
    assert not any(code.startswith("19") for code in found), found


def test_continuing_to_attack_a_base_stays_military_force(read):
    found = coded(read("Taliban fighters continued to attack the army base in Kunduz on Sunday."))
    assert any(code.startswith("19") for code, _, _ in found), found


def test_force_by_criminal_gangs_is_unconventional_violence(read):
    found = codes(read("Armed gangs attacked a convoy of trucks near the border with Niger on Friday."))
    assert any(code.startswith("18") for code in found), found
    assert not any(code.startswith("19") for code in found), found


def test_leaving_an_international_organisation_reduces_relations(read):
    found = codes(read("Argentina withdrew from the World Health Organization on Monday, its foreign minister said."))
    assert "160" in found, found
    assert not any(code.startswith("087") for code in found), found
