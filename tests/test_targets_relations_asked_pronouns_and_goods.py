"""Targets judges found wrong or left out in stored real-news events (round 30; the notes in
bench/data/precision_sample_seed36.jsonl, seed40, seed46 and seed47), on sentences written for
these tests: others named by their relation to a country after "of" ("the enemies of Iran" are not
Iran), a pronoun standing for the one asked to act ("urging them to …", "demanded she resign"),
goods a demonym says whose they are ("tariffs on Chinese goods" bear on China), a measure whose
participle says whom it bears on ("lifted the sanctions imposed on Iran"), and an object two doers
direct at one another ("threatened tit-for-tat tariffs", "expelled each other's diplomats")."""

from __future__ import annotations

from helpers import coded


def test_the_enemies_of_a_country_are_not_that_country(read):
    found = coded(read("Hezbollah's leader accused the enemies of Lebanon of stoking the unrest."))
    assert all(target != "LBN" for _, _, target in found), found


def test_the_allies_of_a_country_are_not_that_country(read):
    found = coded(read("Pakistan's foreign ministry condemned the allies of India on Monday."))
    assert all(target != "IND" for _, _, target in found), found


def test_an_object_pronoun_of_an_urging_stands_for_whom_the_letter_went_to(read):
    found = coded(read("Human Rights Watch wrote to British lawmakers, urging them to block the arms sale."))
    assert ("020", "NGOHRI", "GBRLEG") in found, found


def test_the_subject_of_a_demanded_clause_is_the_one_criticised_before_it(read):
    found = coded(read("Thousands of students in Belgrade criticized Serbia's prime minister and demanded she resign."))
    # a resignation asked for is a demand for a change in leadership (1041; round 35, was the broader 104)
    assert ("1041", "SRBEDU", "SRBGOV") in found, found


def test_the_demanded_subject_stands_only_for_an_object_it_agrees_with(read):
    found = coded(read("Students in Nairobi criticized Kenya's ministers and demanded he resign."))
    assert all(target != "KENGOV" for code, _, target in found if code.startswith("10")), found


def test_tariffs_on_an_amount_of_a_countrys_goods_threaten_that_country(read):
    found = coded(read("Washington threatened to hike tariffs on $50 billion worth of Brazilian goods."))
    assert ("1312", "USAGOV", "BRA") in found, found  # tariffs hiked are sanctions (163, round 35): threatened, 1312


def test_raised_tariffs_on_a_countrys_imports_bear_on_that_country(read):
    found = coded(read("Trump threatened to raise tariffs on Mexican imports."))
    assert ("1312", "USAGOV", "MEX") in found, found  # tariffs raised are sanctions (163, round 35): threatened, 1312


def test_lifting_sanctions_imposed_on_a_country_is_aimed_at_it(read):
    found = coded(read("The European Union lifted the sanctions imposed on Belarus."))
    assert ("085", "IGOEUREEC", "BLR") in found, found


def test_an_agreed_end_to_an_embargo_placed_on_a_country_is_aimed_at_it(read):
    found = coded(read("Under the accord, Washington agreed to end the trade embargo placed on Cuba."))
    assert any(code.startswith("08") and target == "CUB" for code, _, target in found), found


def test_tit_for_tat_tariffs_threatened_by_two_are_aimed_at_each_other(read):
    found = coded(read("Brazil and Argentina have threatened tit-for-tat tariffs on steel."))
    assert ("1312", "BRA", "ARG") in found and ("1312", "ARG", "BRA") in found, found


def test_expelling_each_others_diplomats_is_aimed_at_each_other(read):
    found = coded(read("India and Pakistan expelled each other's diplomats on Friday."))
    assert ("166", "IND", "PAK") in found and ("166", "PAK", "IND") in found, found
