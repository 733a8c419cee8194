""""The committee" (or council, commission, panel) after a named one is that body, with its code;
with none named before it is a committee (LEG) of the story's country, if any; "Ranking Member X" sits in the US Congress. Sentences written
for these tests."""

from __future__ import annotations


def test_the_committee_is_the_one_named_before(read):
    text = ("The House Oversight Committee opened an inquiry into the contracts on Monday. "
            "The committee asked the Pentagon for documents.")
    committee = next(m.actor for m in read(text).mentions if m.text == "The committee")
    assert committee.name == "House Oversight Committee" and committee.code == "USALEG", committee


def test_the_committee_with_none_named_before_is_a_legislature_of_no_known_country(read):
    # no body named before: a committee (LEG), of no country where the story names none
    text = "The committee praised the two activists on Friday."
    committee = next(m.actor for m in read(text).mentions if m.text == "The committee")
    assert committee.role == "LEG" and committee.country is None, committee


def test_a_ranking_member_sits_in_congress(read):
    text = "The hearing ran late on Tuesday, and Ranking Member Jim Hollis asked the chairman to adjourn."
    hollis = next(m.actor for m in read(text).mentions if m.text.endswith("Jim Hollis"))
    assert hollis.code == "USALEG", hollis
