"""Targets named in the sentence but attached by the parse away from the trigger, as judges found
them left out in stored events (bench/data/precision_sample_seed*.jsonl), on sentences written for
these tests: the recipient of the message that carries an act ("appealed in a letter to X")."""

from __future__ import annotations

from helpers import coded


def test_recipient_of_a_letter_carrying_an_appeal_is_its_target(read):
    found = coded(read("The Iranian president urged restraint in a letter to the Saudi king on Sunday."))
    assert any(code.startswith("02") and source == "IRNGOV" and target == "SAUGOV" for code, source, target in found), found


def test_recipient_of_a_letter_after_a_light_verb_and_its_noun(read):
    found = coded(read("Senator Chuck Schumer made his appeal in a letter to Senate Majority Leader Mitch McConnell."))
    assert any(code.startswith("02") and target == "USALEG" for code, _, target in found), found


def test_an_object_named_outright_outranks_the_letter_recipient(read):
    found = coded(read("The Iranian president urged Saudi Arabia to show restraint in a letter to the United Nations."))
    assert any(code.startswith("02") and target == "SAU" for code, _, target in found), found
    assert all(target != "IGOUNO" for _, _, target in found if target), found


def test_a_speech_to_an_audience_names_no_recipient(read):
    found = coded(read("The Iranian president urged restraint in a speech to the Saudi king's guests."))
    assert all(target != "SAUGOV" for _, _, target in found), found


def test_recipient_of_a_call_parsed_on_the_object(read):
    found = coded(read("Chancellor Angela Merkel pledged support in a phone call to Japanese Prime Minister Shinzo Abe."))
    assert any(code.startswith("03") and target == "JPNGOV" for code, _, target in found), found
