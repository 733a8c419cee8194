"""Targets the grammar hid, counted on news text (round 47): a recipient after a phrasal verb whose
preposition the parse hangs on the particle ("hit back at", "took back from"), read as the verb's
own; and a medium of words ("on social media") on the particle or on the verb's object is where
the act is made, not whom it aims at. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def test_a_preposition_hung_on_the_particle_names_the_target(read):
    found = coded(read("Kurdish fighters said they had taken three villages back from the Islamic State."))
    assert any(code.startswith("19") and target == "IMGMOS" for code, _, target in found), found


def test_the_particle_target_comes_before_a_medium_of_words(read):
    found = coded(read("Joshua Wong, a pro-democracy activist in Hong Kong, shot back at the government on social media."))
    assert any(code.startswith("11") and target is not None and target.endswith("GOV") for code, _, target in found), found
    assert not any(target is not None and target.endswith("MED") for _, _, target in found), found


def test_pushing_back_against_a_named_senator_targets_him(read):
    found = coded(read("Senator Chuck Schumer pushed back against Mitch McConnell on the Senate floor on Tuesday."))
    assert any(code.startswith("12") and target == "USALEG" for code, _, target in found), found


def test_a_time_after_the_particle_names_no_one(read):
    found = coded(read("Erdogan fought back on Monday, saying the opposition would lose."))
    assert all(target is None for _, _, target in found), found


def test_social_media_after_the_object_is_where_the_attack_is_made(read):
    found = coded(read("President Trump criticized the latest ruling on social media."))
    assert any(code.startswith("11") for code, _, _ in found), found
    assert not any(target is not None and target.endswith("MED") for _, _, target in found), found


def test_social_media_on_the_particle_is_no_target(read):
    found = coded(read("German Chancellor Angela Merkel hit back on social media at the decision."))
    assert not any(target is not None and target.endswith("MED") for _, _, target in found), found
