"""Recipients named on a path the coder did not read, or read wrongly (issue 12, round 38): the
ones harmed in a force event told by a noun ("nine soldiers were killed in an ambush"), whom a
trip's purpose meets ("flew to Camp David to discuss the raid with Biden", not a co-traveller),
the owner of things another's act was done to ("criticized the seizure of CNN's records": CNN
underwent it, no target of the criticism), and a building one is moved into ("directed into the
mosque by police": where, not whom), and whom a statement is aimed at ("a letter aimed at Hungary,
criticizing its media law"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word, harmed", [
    ("Nine Kenyan soldiers were killed in an ambush launched by Shabaab fighters.", "ambush", "KENMIL"),
    ("Twelve Turkish soldiers were wounded during a rocket attack by PKK militants.", "attack", "TURMIL"),
])
def test_the_harmed_are_the_target_of_the_force_noun(read_every, text, word, harmed):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == harmed for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, met", [
    ("Defense Secretary Austin, Secretary of State Blinken and General Brown flew Monday to Camp David "
     "to discuss the raid with Biden.", "flew", "Biden"),
])
def test_a_trip_visits_whom_its_purpose_meets_not_a_co_traveller(read_every, text, word, met):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.name == met for e in found), [(e.source, e.target) for e in found]


def test_the_owner_of_things_seized_is_no_target_of_the_judgement(read_every):
    text = "Senate Minority Leader Chuck Schumer sharply criticized the covert seizure of CNN email records."
    found = events_on(read_every(text), "criticized")
    assert found, text
    assert all(e.target is None for e in found), [(e.cameo, e.target) for e in found]
    # whose seizure it is, when named, is the one judged
    kept = events_on(read_every("Schumer condemned the Justice Department's seizure of CNN email records."), "condemned")
    assert kept and all(e.target is not None and e.target.code == "USAGOV" for e in kept), [(e.cameo, e.target) for e in kept]


@pytest.mark.parametrize("text, moved", [
    # (round 38 also reads police directing people as no event at all: "summoned" stays a meeting, 040)
    ("Members of the public were summoned into the church by British police, a councillor said.", "GBRCVL"),
    ("Members of the public were summoned into the mosque by French police.", "FRACVL"),
])
def test_a_building_one_is_moved_into_is_no_target(read_every, text, moved):
    found = events_on(read_every(text), "summoned")
    assert found, text
    assert all(e.target is not None and e.target.code == moved for e in found), [(e.cameo, e.target) for e in found]


@pytest.mark.parametrize("text, word, aimed", [
    ("Germany and France published a letter aimed at Hungary, criticizing its new media law.", "criticizing", "HUN"),
    # not the owner of the ships seized either
    ("The foreign ministers of Canada and Mexico released a joint statement on Friday plainly aimed at Russia, "
     "condemning the seizure of Ukrainian ships.", "condemning", "RUS"),
])
def test_a_statement_aimed_at_someone_aims_what_it_tells(read_every, text, word, aimed):
    found = events_on(read_every(text), word)
    assert found, text
    assert all(e.target is not None and e.target.code == aimed for e in found), [(e.source, e.target) for e in found]
