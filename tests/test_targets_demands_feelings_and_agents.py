"""Targets and sources judges found wrong or left out in stored real-news events (round 13; the
notes in bench/data/precision_sample_seed24.jsonl), on sentences written for these tests: the
subject of a demanded that-clause, what a demand or request is for (no recipient), a phrase fronted
before the subject (a circumstance), verbs of feeling (who feels is the source), the "by" agent of
a participle, and the recipient of a gerund after a pledge."""

from __future__ import annotations

from helpers import coded


def test_subject_of_a_demanded_clause_is_the_demand_target(read):
    found = coded(read("The talks began without any demand by Washington that the Taliban accept a ceasefire first."))
    assert ("100", "USAGOV", "AFGREB") in found, found


def test_what_a_demand_asks_to_reform_is_not_its_recipient(read):
    found = coded(read("Ottawa has largely ignored demands by the Trump administration to reform the World Trade Organization."))
    assert found and all(target != "IGOBUSWTO" for code, _, target in found if code.startswith("10")), found


def test_what_requested_weapons_are_for_is_not_asked(read):
    found = coded(read("Syrian rebels requested anti-aircraft missiles to hold off Assad's forces, officials said."))
    assert any(code.startswith("02") and source == "SYRREB" for code, source, _ in found), found
    assert all(target != "SYRMIL" for code, _, target in found if code.startswith("02")), found


def test_a_country_in_a_fronted_phrase_is_the_setting_not_the_target(read):
    found = coded(read("At the start of Yemen's civil war, the State Department pushed hard for Britain to "
                       "provide support for the government."))
    assert all(target != "YEM" for _, _, target in found), found


def test_who_is_saddened_by_a_decision_disapproves_of_whose_it_is(read):
    found = coded(read("Germany was deeply saddened by the Turkish decision."))
    assert ("110", "DEU", "TUR") in found, found
    assert ("110", "TUR", "DEU") not in found, found


def test_a_decision_that_disappointed_a_country_is_disapproved_by_it(read):
    found = coded(read("Turkey's decision disappointed Germany, officials in Berlin said."))
    assert any(code.startswith("11") and source == "DEU" and target == "TUR" for code, source, target in found), found
    assert all(source != "TUR" for code, source, _ in found if code.startswith("11")), found


def test_the_agent_of_a_participle_describing_strikes_is_their_source(read):
    found = coded(read("The airstrikes, carried out by Russian jets, hit a market in Idlib on Tuesday."))
    assert any(code.startswith("19") and source == "RUS" for code, source, _ in found), found


def test_recipient_of_a_gerund_after_a_pledge_is_its_target(read):
    found = coded(read("Pelosi would not commit to sending the articles of impeachment to the Senate."), ("cameo", "target", "modality"))
    assert ("030", "USALEG", "negated") in found, found


def test_an_object_named_outright_still_outranks_the_clause(read):
    found = coded(read("Britain urged Iran to release the tanker seized by the Revolutionary Guards."))
    assert any(code.startswith("02") and source == "GBR" and target == "IRN" for code, source, target in found), found


def test_him_or_her_is_no_one_named_earlier(read):
    found = coded(read("President Trump attacked the inquiry on Monday. House Republicans kept trying to unmask "
                       "the anonymous whistleblower and summon him or her to testify."))
    assert all(target != "USAGOV" for _, _, target in found), found


def test_a_lone_him_keeps_whom_it_was_resolved_to(read):
    found = coded(read("President Trump attacked the inquiry on Monday. House Republicans said they would "
                       "summon him to testify."))
    # A summons to testify is a demand (round 50); the target test is that "him" stays Trump.
    assert any(code.startswith("10") and target == "USAGOV" for code, _, target in found), found


def test_the_partner_of_a_call_in_a_fronted_phrase_is_still_a_target(read):
    found = coded(read("In a phone call with Vladimir Putin, Trump urged Russia to withdraw its troops."))
    assert any(code.startswith("04") and target == "RUSGOV" for code, _, target in found), found


def test_a_new_government_promised_is_what_is_promised_not_to_whom(read):
    found = coded(read("The speaker of the Ukrainian parliament has promised a new interim government by Tuesday."))
    assert any(code.startswith("03") for code, _, _ in found), found
    assert all(target != "UKRGOV" for code, _, target in found if code.startswith("03")), found


def test_a_recipient_named_before_a_promised_thing_stays(read):
    found = coded(read("The Iranian president promised the Iraqi prime minister that Tehran would help."))
    assert any(code.startswith("03") and target == "IRQGOV" for code, _, target in found), found
