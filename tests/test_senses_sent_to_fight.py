"""Forces sent to do force themselves are no military aid (072): no one is helped."""

from helpers import coded


def test_warplanes_sent_to_bomb_are_no_aid(read):
    found = coded(read("Turkey sent six warplanes on Monday to bomb Kurdish militant positions in northern Iraq."))
    assert not any(code.startswith("07") for code, _, _ in found), found


def test_bombers_sent_to_strike_are_no_aid(read):
    found = coded(read("Russia sent two bombers to strike rebel bases near Idlib, the Syrian army said."))
    assert not any(code.startswith("07") for code, _, _ in found), found


def test_jets_sent_to_an_ally_to_bolster_it_are_still_aid(read):
    found = coded(read("The United States sent 20 fighter jets to Poland to bolster NATO defences."))
    assert ("072", "USA", "POL") in found, found
