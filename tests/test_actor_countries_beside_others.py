"""Actors the events step cannot code: role nouns set beside others ("other
officials") take the story's country only where the story has one leading country and their
sentence names none; where the sentence names another country they stay nobody's. Sentences
written for these tests."""

from __future__ import annotations

from helpers import actor_of


def test_other_officials_in_a_one_country_story_are_that_country_s(read):
    text = ("Kenya's finance ministry cut its growth forecast on Monday, blaming drought in the north. "
            "Kenyan lenders expect rates to stay high, and Nairobi traders braced for dearer maize. "
            "Other officials warned that the shilling could weaken further before the rains.")
    officials = actor_of(read(text), "Other officials")
    assert officials.country == "KEN", officials


def test_other_leaders_beside_a_foreign_leader_stay_nobody_s(read):
    text = ("Kenya's finance ministry cut its growth forecast on Monday, blaming drought in the north. "
            "Kenyan lenders expect rates to stay high, and Nairobi traders braced for dearer maize. "
            "The summit in Addis Ababa drew Ethiopia's prime minister and other leaders on Friday.")
    leaders = actor_of(read(text), "other leaders")
    assert leaders.country is None, leaders


def test_a_well_known_office_holder_named_by_surname_alone_has_his_office(read):
    text = ("Farmers in the Rift Valley say fertiliser prices have doubled since March. "
            "Ruto told a rally in Eldoret that subsidies would reach every county by June.")
    ruto = actor_of(read(text), "Ruto")
    assert ruto.code == "KENGOV", ruto
