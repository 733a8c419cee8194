"""A hostile feeling expressed ("expressed outrage at", "voiced anger that") is disapproval (111)
of the one it is held against: the doer of the act named, not its victims, and not what a clause
after it goes on to say; worry stays a pessimistic comment (012)."""

from helpers import coded


def test_outrage_at_a_strike_criticises_its_doer(read):
    found = coded(read("The Lebanese government expressed outrage at the Israeli strike on Beirut."))
    assert ("111", "LBNGOV", "ISR") in found, found


def test_anger_at_a_killing_criticises_the_killers_not_the_dead(read):
    found = coded(read("The Jordanian king expressed anger at the killing of two soldiers by Syrian militants."))
    assert ("111", "JORGOV", "SYRREB") in found, found
    assert ("111", "JORGOV", "JORMIL") not in found, found


def test_anger_that_a_raid_was_planned_is_no_intent(read):
    found = coded(read("Several senators expressed anger that the Pentagon was planning a raid without consulting Congress."))
    assert ("111", "USALEG", "USAMIL") in found, found
    assert not any(code.startswith("03") for code, _, _ in found), found


def test_concern_stays_a_pessimistic_comment(read):
    found = coded(read("The Kenyan president expressed concern over the fighting in Somalia."))
    assert ("012", "KENGOV", None) in found, found
