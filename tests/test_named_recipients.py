"""Recipients named in the sentence as bare roles or groups ("members of the public", "family
members", "investigators", "the committee", "his colleagues", "journalists") are coded actors:
the role their head word gives (facts/data/roles.txt) and the country their own phrase gives,
else the sentence's, else the clause subject's own where a possessive says so, else the story's
leading country; none where nothing is sure. A country name the small model left untagged is a
country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actor_ending, coded


@pytest.mark.parametrize(("text", "expected"), [
    ("British police urged members of the public to stay away from the station on Sunday.",
     ("020", "GBRCOP", "GBRCVL")),
    ("Ukrainian officials asked family members to provide DNA samples to identify the victims.",
     ("020", "UKRGOV", "UKRCVL")),
    ("The Kenyan minister met investigators on Tuesday in Nairobi.", ("040", "KENGOV", "KENCOP")),
])
def test_a_bare_group_named_as_recipient_takes_its_role_and_the_sentences_country(read, text, expected):
    assert expected in coded(read(text))


def test_members_of_the_public_are_civilians(read):
    reading = read("Belgian police asked members of the public to report the van.")
    assert actor_ending(reading, "public").code == "BELCVL"


def test_his_colleagues_are_his_own_countrys_not_the_country_they_act_on(read):
    reading = read("Senator Mark Udall, a Democrat from Colorado, called on his congressional colleagues "
                   "to impose sanctions on Russia.")
    assert ("020", "USALEG", "USALEG") in coded(reading)
    assert actor_ending(reading, "colleagues").code == "USALEG"


def test_the_committee_a_member_urges_is_a_legislature_of_the_story(read):
    reading = read("The hearing in Washington ran late. Ranking Member Jim Hollis urged the committee to adjourn.")
    assert ("020", "USALEG", "USALEG") in coded(reading)


def test_journalists_who_act_take_the_country_their_sentence_gives(read):
    reading = read("In Cairo, journalists protested against the new press law on Monday.")
    assert ("140", "EGYMED", None) in coded(reading)


def test_journalists_a_state_acts_on_keep_only_a_country_of_their_own(read):
    # expelled journalists are as often foreigners: no country borrowed from the expelling state
    reading = read("Egypt's interior ministry expelled journalists on Sunday.")
    assert actor_ending(reading, "journalists").country is None


def test_a_bare_group_in_a_story_of_two_countries_stays_without_a_country(read):
    # a wrong country is worse than none: no recipient rather than a guessed one
    reading = read("Officials in Paris and Berlin disagreed on the plan. Police asked residents to stay indoors.")
    assert actor_ending(reading, "residents").country is None
    assert ("020", "COP", None) in coded(reading)


def test_a_country_the_model_left_untagged_is_a_recipient(read):
    found = coded(read("Norway offered to pay Denmark $20 million for the fishing rights."))
    assert any(target == "DNK" for _, source, target in found if source == "NOR"), found


def test_a_country_name_inside_a_longer_name_is_no_country(read):
    reading = read("The band played on Denmark Street in London on Friday night.")
    assert not [m for m in reading.mentions if m.text == "Denmark"]
