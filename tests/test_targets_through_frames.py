"""Recipients named only inside the action a frame word or event noun carries: whom a demand is made
of in its that-clause ("demanded that the United States seek approval"), whom an offer coded on
its own reaches through its infinitive ("proposed to lend Egypt $3 billion"), whom an act done as
the purpose of talks reaches ("talk to Moscow to try to improve relations"), whom a hostile event
noun acts on in its own relative clause ("airstrikes that destroyed Hamas positions"), each
only where that recipient is a coded actor. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def test_a_demand_is_made_of_the_subject_of_its_that_clause(read):
    found = coded(read("On Sunday, the Iraqi government demanded that the United States seek its approval "
                       "before sending any troops."))
    assert any(code.startswith("10") and source == "IRQGOV" and target == "USA" for code, source, target in found), found


def test_a_demand_on_a_thing_names_no_target(read):
    found = coded(read("The Saudi ministry demanded on Monday that the report be withdrawn at once."))
    assert all(target is None for code, _, target in found if code.startswith("10")), found


def test_an_offer_coded_on_its_own_reaches_its_infinitives_recipient(read):
    found = coded(read("Last year Qatar proposed to lend Egypt $3 billion."))
    assert any(code.startswith("03") and source == "QAT" and target == "EGY" for code, source, target in found), found


def test_an_offer_of_something_done_at_home_has_no_target(read):
    found = coded(read("Japan proposed to raise its tariffs on steel next year."))
    assert all(target is None for code, _, target in found if code.startswith("03")), found


def test_a_readiness_to_talk_is_aimed_at_the_one_talked_to(read):
    found = coded(read("North Korea said it was willing to talk to Seoul about the family reunions."))
    assert any(code.startswith("03") and source == "PRK" and target == "KOR" for code, source, target in found), found


def test_airstrikes_act_on_the_group_their_relative_clause_strikes(read):
    found = coded(read("The Israeli airstrikes that destroyed Hamas positions in Gaza drew protests in Jordan."))
    assert any(code.startswith("19") and source == "ISR" and (target or "").startswith("PSE")
               for code, source, target in found), found


def test_a_relative_clause_with_its_own_subject_names_no_target(read):
    found = coded(read("The Israeli airstrikes that Iran condemned on Sunday hit a depot near Damascus."))
    assert all(target != "IRN" for code, _, target in found if code.startswith("19")), found


def test_a_purpose_of_talks_takes_the_partner_talked_to(read):
    found = coded(read("Moldova is ready to talk to Moscow to try to improve relations."))
    assert any(code.startswith("05") and source == "MDA" and target == "RUS" for code, source, target in found), found


def test_a_purpose_takes_no_partner_from_a_place_that_is_no_actor(read):
    found = coded(read("The Bolivian president travelled to Santiago to try to improve relations."))
    assert all(target is None for code, _, target in found if code.startswith("05")), found
