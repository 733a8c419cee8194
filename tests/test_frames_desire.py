"""Trying to do harm is no threat ("sought to block the resolution"), and a wish or attempt coded
only by the bare default ("wanted to delete commitments") no intent; the act only wished or tried
is not stored. A specific intent ("wants to meet") stays."""

from helpers import coded, codes


def test_seeking_to_block_a_resolution_is_no_event(read):
    assert codes(read("China sought to block the resolution at the Security Council.")) == []


def test_seeking_to_surround_a_neighbour_is_no_threat(read):
    found = codes(read("Russia sought to surround Ukraine with troops."))
    assert not any(code.startswith(("13", "19")) for code in found), found


def test_trying_to_ease_concerns_is_no_threat(read):
    found = codes(read("The CIA director sought to ease the concerns of lawmakers."))
    assert not any(code.startswith("13") for code in found), found


def test_a_bare_wish_is_no_intent_to_cooperate(read):
    assert "030" not in codes(read("Beijing wanted to delete earlier commitments from the trade text."))


def test_wanting_to_meet_is_still_an_intent_to_meet(read):
    assert ("036", "FRAGOV", "RUSGOV") in coded(read("The French president wants to meet the Russian president next month."))


def test_a_vow_to_attack_is_still_a_threat(read):
    assert ("1384", "PRK", "KOR") in coded(read("North Korea vowed to attack South Korea."))
