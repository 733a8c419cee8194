"""Round 54: a group of several countries by its own words ("world leaders", "migrants") keeps its
acts in a story of several paragraphs: it is bare by what it is, not because the coder misread
whose it is (`sources.of_several_countries`). A group bare for any other reason ("police",
"foreign companies") still does no stored act there (`sources.unplaced_group`). Sentences written
for these tests."""

from __future__ import annotations

from helpers import coded

# Two countries named as often as each other: no one country the story is about.
TWO_COUNTRIES = "Russia and Turkey held talks in Sochi on Monday.\n\n"


def bare_acts(text: str, read) -> list[tuple[str | None, ...]]:
    """The events of a story's second paragraph that a doer with no country does (not the talks)."""
    return [event for event in coded(read(TWO_COUNTRIES + text)) if event[0] != "040"]


def test_world_leaders_keep_their_appeal_in_a_story(read):
    assert bare_acts("World leaders appealed for calm after the border clashes on Tuesday.", read) == [("020", "GOV", None)]


def test_global_leaders_keep_their_pledge_in_a_story(read):
    assert bare_acts("Global leaders pledged aid to the flooded villages on Tuesday.", read) == [("033", "GOV", None)]


def test_migrants_keep_their_blockade_in_a_story(read):
    assert bare_acts("Hundreds of migrants blocked a motorway near the border crossing on Tuesday.", read) == [("144", "CVL", None)]


def test_police_still_do_no_stored_act_in_a_story(read):
    """The near miss: the same act by a group whose country the coder failed to find."""
    assert bare_acts("Police blocked a motorway near the border crossing on Tuesday.", read) == []


def test_foreign_companies_are_one_other_countrys_and_do_no_stored_act(read):
    """"foreign" is one other country's, which the story mostly names: still left out."""
    assert bare_acts("Foreign companies blocked a motorway near the border crossing on Tuesday.", read) == []
