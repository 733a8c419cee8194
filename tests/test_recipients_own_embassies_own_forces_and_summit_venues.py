"""Recipients that are the doer's own or only the beneficiary (issue 12, round 37): the doer's own
embassy or consulate read as whom it acts on ("withdrew staff at its embassy in Havana" coded as
Cuba's government), the doer's own troops or police moved as the recipient ("Britain mobilized
troops"), whom an appeal or demand asks something for ("demanded justice for the families")
taken for whom it is asked of, and the country two
leaders hold a summit in taken for whom they met. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word", [
    ("Germany is withdrawing half of its staff at its embassy in Venezuela after a wave of threats.", "withdrawing"),
    ("Canada is withdrawing most of its staff at its embassy in Caracas, the foreign ministry said.", "withdrawing"),
])
def test_the_doers_own_embassy_is_no_recipient(read_every, text, word):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is None for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, own", [
    ("Britain mobilized troops to counter the threat along the coast.", "mobilized", "GBR"),
    # the country they leave may be the target (round 47: Iraq), never the troops themselves
    ("Obama pulled American troops out of Iraq in 2011.", "pulled", "USA"),
    ("India mobilized police to break up the protests in the capital.", "mobilized", "IND"),
])
def test_the_doers_own_forces_moved_are_no_recipient(read_every, text, word, own):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is None or e.target.country != own for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("kept, kept_word, kept_target", [
    ("Britain called for Iran to release the sailors.", "called", "IRN"),  # one who is to act after "for" is asked
    ("Kiev called for Germany's help in the crisis.", "called", "DEU"),  # whose help is asked for is asked
    ("Kushner pushed for the firing of FBI Director James Comey.", "pushed", "USACOP"),  # an act asked for keeps its own
])
def test_whom_a_demand_is_for_is_not_whom_it_asks(read_every, kept, kept_word, kept_target):
    found = events_on(read_every("Trudeau demanded justice for the families of the victims."), "demanded")
    assert found
    assert all(e.target is None for e in found), [(e.cameo, e.target) for e in found]
    asked = events_on(read_every(kept), kept_word)
    assert any(e.target is not None and e.target.code == kept_target for e in asked), [(e.cameo, e.target) for e in asked]


def test_the_country_a_summit_is_held_in_is_its_venue(read_every):
    found = events_on(read_every("Putin and Xi held a two-day summit in Kazakhstan."), "summit")
    assert found
    assert all(e.target is not None and e.target.code != "KAZ" for e in found), [(e.source, e.target) for e in found]
    assert {(e.source.code, e.target.code) for e in found if e.source and e.target} == {("RUSGOV", "CHNGOV"), ("CHNGOV", "RUSGOV")}
