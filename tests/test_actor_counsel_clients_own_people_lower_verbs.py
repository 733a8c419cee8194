"""Which country and role a role noun takes on real news (round 24): a lawyer for a state body
speaks as that body ("an attorney for House Republicans" LEG, not a court); officials of the
story's own country who act on its own people or parties are still its own (only a state they act
on makes them foreign); a role noun acted on takes no country from what another verb acts on
("delayed the administration from carrying out its Iraq policy"), and one named as the partner
of an event noun never takes the doers' ("sanctions on the Kim regime" are not the sanctioners').
Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_of


def test_a_lawyer_for_lawmakers_speaks_for_the_legislature(read):
    text = "An attorney for House Republicans demanded access to the documents on Tuesday."
    attorney = actor_of(read(text), "An attorney")
    assert attorney.code == "USALEG", attorney


def test_a_lawyer_for_protesters_is_still_a_lawyer(read):
    text = "A lawyer for the protesters accused the police of brutality."
    lawyer = actor_of(read(text), "A lawyer")
    assert lawyer.role == "JUD", lawyer


def test_officials_acting_on_their_own_opposition_keep_the_story_s_country(read):
    text = ("Turkey's courts have closed dozens of newspapers in Ankara and Istanbul this year. "
            "Officials detained leaders of the Kurdish opposition party HDP on Friday.")
    officials = actor_of(read(text), "Officials")
    assert officials.code == "TURGOV", officials


def test_officials_acting_on_a_state_are_not_that_state_s(read):
    text = ("Turkey's courts have closed dozens of newspapers in Ankara and Istanbul this year. "
            "Officials condemned the Turkish government on Friday.")
    officials = actor_of(read(text), "Officials")
    assert officials.country is None, officials


def test_a_country_another_verb_acts_on_is_not_the_object_s(read):
    text = ("The Senate committee in Washington delayed the administration for months from carrying "
            "out its Iraq policy, senators said.")
    administration = actor_of(read(text), "the administration")
    assert administration.code == "USAGOV", administration


def test_a_regime_under_sanctions_is_not_the_sanctioners(read):
    # a story about both countries, neither leading by far (the regime is known by its other name)
    text = ("The North Korean regime tested a long-range missile in March, and Pyongyang said more tests "
            "would follow. On Tuesday, Democrats and Republicans in Congress voted to impose new "
            "sanctions on the Kim regime.")
    regime = actor_of(read(text), "regime")
    assert regime.code == "PRKGOV", regime
