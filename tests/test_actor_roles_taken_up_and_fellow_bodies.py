"""Whose a bare state role noun is when its own sentence does not say: a state's body acting on its
fellow departments in a story of one country is of that country. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending


def test_a_state_body_acting_on_a_fellow_body_is_of_the_story_s_country(read):
    text = ("The U.S. government has found software written abroad in the HealthCare.gov network, American "
            "officials said in Washington on Monday. Security officials urged the Department of Health "
            "and Human Services to inspect the network at once.")
    officials = actor_ending(read(text), "Security officials")
    assert officials.code == "USAGOV", officials


def test_a_state_body_acting_on_a_country_by_its_name_stays_foreign(read):
    text = ("The U.S. government has found software written abroad in the HealthCare.gov network, American "
            "officials said in Washington on Monday. Security officials warned the United States not to "
            "blame others.")
    officials = actor_ending(read(text), "Security officials")
    assert officials.country is None, officials
