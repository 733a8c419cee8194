"""Targets judges found wrong or left out in stored real-news events (round 30; the notes in
bench/data/precision_sample_seed36.jsonl, seed40, seed46 and seed47), on sentences written for
these tests: others named by their relation to a country after "of" ("the enemies of Iran" are not
Iran), a pronoun standing for the one asked to act ("urging them to …", "demanded she resign"),
goods a demonym says whose they are ("tariffs on Chinese goods" bear on China), and a measure whose
participle says whom it bears on ("lifted the sanctions imposed on Iran")."""

from __future__ import annotations

from helpers import coded


def test_the_enemies_of_a_country_are_not_that_country(read):
    found = coded(read("Hezbollah's leader accused the enemies of Lebanon of stoking the unrest."))
    assert all(target != "LBN" for _, _, target in found), found


def test_the_allies_of_a_country_are_not_that_country(read):
    found = coded(read("Pakistan's foreign ministry condemned the allies of India on Monday."))
    assert all(target != "IND" for _, _, target in found), found
