"""Whose a bare state role noun is when its own sentence does not say: "the official" takes up the
official named last before it (of that one's country, or of none), and a state's body acting on
its fellow bodies in a story of one country is of that country. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending


def test_the_official_is_the_official_named_last_before_it(read):
    text = ("Russia denied on Tuesday that its troops had crossed into Ukraine. A senior U.S. defense "
            "official told reporters that Russian artillery had fired on Ukrainian positions. "
            "\"This has happened before,\" the official said.")
    official = actor_ending(read(text), "the official")
    assert official.code == "USAGOV", official


def test_the_spokesman_is_the_spokesman_named_last_before_it(read):
    text = ("\"The talks have gone nowhere,\" a North Korean foreign ministry spokesman said in a statement "
            "on Sunday, after the United States asked North Korea for more inspections. \"We still trust "
            "the American president,\" the spokesman said.")
    spokesman = actor_ending(read(text), "the spokesman")
    assert spokesman.code == "PRKGOV", spokesman


def test_the_official_stays_nobody_s_when_the_last_one_named_is(read):
    text = ("Japan and China traded accusations over the islands on Monday. A senior official told "
            "reporters that the patrols had to stop. \"Enough is enough,\" the official said.")
    official = actor_ending(read(text), "the official")
    assert official.country is None, official


def test_a_state_body_acting_on_a_fellow_body_is_of_the_story_s_country(read):
    text = ("The U.S. government has found software written abroad in the HealthCare.gov network, American "
            "officials said in Washington on Monday. Security officials urged the Health and Human Services "
            "Department to inspect the network at once.")
    officials = actor_ending(read(text), "Security officials")
    assert officials.code == "USAGOV", officials


def test_a_state_body_acting_on_a_country_by_its_name_stays_foreign(read):
    text = ("The U.S. government has found software written abroad in the HealthCare.gov network, American "
            "officials said in Washington on Monday. Security officials warned the United States not to "
            "blame others.")
    officials = actor_ending(read(text), "Security officials")
    assert officials.country is None, officials
