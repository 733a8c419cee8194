"""A bare group doer ("police", "rebels" with no country): kept in a lone sentence, where CAMEO
codes it so; in a story of several paragraphs, which says whose the group is, a group still left
without a country is no doer we can store, so its act is left out rather than stored with a
doer that drops its country. Its statements stay. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded

# Two countries named as often as each other: no one country the story is about.
TWO_COUNTRIES = "Russia and Turkey held talks in Sochi on Monday.\n\n"


def test_a_lone_sentence_keeps_its_bare_group(read):
    assert ("190", "REB", None) in coded(read("Rebels attacked an army post near the border."))


def test_a_story_leaves_out_the_act_of_a_group_it_left_without_a_country(read):
    reading = read(TWO_COUNTRIES + "Rebels attacked an army post near the border on Tuesday.")
    assert not [event for event in coded(reading) if event[0].startswith("19")], coded(reading)


def test_a_story_keeps_the_act_of_a_group_it_placed(read):
    text = "Hong Kong's leader spoke to reporters on Monday.\n\nPolice fired tear gas at protesters on Sunday."
    assert ("175", "HKGCOP", "HKGCVL") in coded(read(text))


def test_a_story_keeps_the_statements_of_a_group_it_left_without_a_country(read):
    reading = read(TWO_COUNTRIES + "Police denied responsibility for the deaths on Tuesday.")
    assert ("016", "COP", None) in coded(reading), coded(reading)


def test_a_story_keeps_the_act_of_attackers_no_one_has_identified(read):
    """Unidentified attackers (UAF) have no country anyone could give: CAMEO codes them bare."""
    reading = read(TWO_COUNTRIES + "Unidentified gunmen killed nine villagers in an overnight raid on Tuesday.")
    assert [event for event in coded(reading) if event[1] == "UAF" and event[0].startswith("18")], coded(reading)
