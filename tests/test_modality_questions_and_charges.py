"""Modality on real-looking news, each class on sentences written for these tests: a direct
question stores no event (it reports none, rhetorical or not); a reported question ("asked
whether …") frames no appeal; news credited to a charge ("according to the lawsuit", "the
indictment says") is alleged; a bare role saying another will strike ("Officials said Iran
would retaliate") is a forecast, not that country's threat; and an act asked of another is
stored as the asking only."""

from __future__ import annotations

import pytest
from helpers import coded as coded_fields

ROW = ("trigger", "cameo", "modality", "source", "target")


def coded(reading):
    """(trigger, code, modality, source code, target code) of the events."""
    return coded_fields(reading, ROW)


# --- direct questions: no event -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Will Moscow send more tanks across the border before the winter sets in?",
    "Did the Houthi rebels fire the missile that struck the tanker off Yemen?",
    "Who ordered the air strike on the wedding party in Helmand province, and why was Kabul not told?",
    "Which emergency powers would the president invoke if he wanted to deploy troops to Mexico?",
    "Does Washington really want new curbs on Iranian missile tests?",
    "Is North Korea behind the cyber attack on the South Korean banks?",
    "What if the ceasefire collapses and Azerbaijan shells Stepanakert again?",
])
def test_a_direct_question_stores_no_event(read, text):
    assert coded(read(text)) == []


def test_a_statement_joined_to_a_question_is_still_told(read):
    found = coded(read("Russia invaded Ukraine in February, so why is Europe still buying its gas?"))
    assert [(code, modality, source, target) for _, code, modality, source, target in found] == [("190", "happened", "RUS", "UKR")]


def test_a_quoted_question_is_its_own_sentence_and_its_asker_is_not_dropped(read):
    found = coded(read('"Why should we negotiate with terrorists?" the Israeli prime minister asked. Israel later bombed Gaza.'))
    assert [code[:2] for _, code, _, _, _ in found] == ["19"]  # a state bombing is aerial (195), not 183


# --- reported questions: no appeal --------------------------------------------------------------
def test_asking_whether_another_will_act_is_no_appeal_and_the_act_is_hypothetical(read):
    found = coded(read("The Turkish foreign minister asked whether Greece would deploy troops to the islands."))
    assert all(not code.startswith("02") for _, code, _, _, _ in found), found
    assert all(modality == "hypothetical" for _, _, modality, _, _ in found), found


# --- credited to a charge: alleged --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Saudi jets bombed a school bus in Yemen, according to the lawsuit filed in Virginia.",
    "According to the indictment, Russian military intelligence officers hacked the computers of the Ukrainian army.",
    "The complaint says Chinese police beat Uighur dissidents in Kazakhstan.",
])
def test_news_credited_to_a_charge_is_alleged(read, text):
    found = coded(read(text))
    assert found and all(modality == "alleged" for _, _, modality, _, _ in found), found


def test_news_credited_to_a_minister_stays_told(read):
    found = coded(read("Saudi jets bombed a school bus in Yemen, according to the Yemeni health minister."))
    assert found and all(modality == "happened" for _, _, modality, _, _ in found), found


# --- a bare role forecasting another's force ----------------------------------------------------
def test_officials_saying_another_country_would_strike_is_no_threat_by_it(read):
    found = coded(read("Officials said Iran would retaliate against Israel within days."))
    assert not any(code.startswith("13") for _, code, _, _, _ in found), found
    assert all(modality == "hypothetical" for _, _, modality, _, _ in found), found


def test_a_country_own_officials_saying_it_would_strike_is_its_threat(read):
    found = coded(read("Iranian officials said Iran would retaliate against Israel within days."))
    assert any(code.startswith("13") and source == "IRN" and target == "ISR" for _, code, _, source, target in found), found


# --- an act asked of another: the asking only ---------------------------------------------------
def test_an_act_urged_on_another_is_stored_as_the_appeal_only(read):
    found = coded(read("Germany urged Russia on Tuesday to withdraw its troops from the Ukrainian border."))
    assert [(code[:2], source, target) for _, code, _, source, target in found] == [("02", "DEU", "RUS")], found


# --- generic statements: no event ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Most voters ignore or reject campaign promises that contradict what they already believe.",
    "All Indian pensioners may request a free copy of the ministry's report.",
])
def test_a_generic_statement_about_a_kind_of_people_stores_no_event(read, text):
    assert coded(read(text)) == []


def test_a_quantified_subject_in_the_past_is_still_an_event(read):
    found = coded(read("Many Indian students protested against the Chinese embassy on Friday."))
    assert [(code[:2], modality) for _, code, modality, _, _ in found] == [("14", "happened")], found


# --- a finite verb beside a governing verb is told, not governed --------------------------------
def test_a_finite_verb_joined_to_a_verb_of_intent_is_told(read):
    found = coded(read("Colonel Ahmed, who agreed to disband his militia in 2011, was later killed by Syrian rebels."))
    assert ("190", "happened") in [(code, modality) for _, code, modality, _, _ in found], found


def test_a_finite_verb_joined_to_a_denial_is_told(read):
    found = coded(read("Moscow has denied the reports and has attacked the Ukrainian port of Odesa again."))
    assert [modality for trigger, code, modality, _, _ in found if trigger == "attacked"] == ["happened"], found


def test_a_verb_inside_the_denial_stays_denied(read):
    found = coded(read("Moscow denied that its jets bombed the market and killed civilians in Idlib."))
    assert found and all(modality == "denied" for _, code, modality, _, _ in found if code.startswith(("18", "19"))), found


# --- not told either way: a power held, an implication denied ----------------------------------
def test_an_act_a_power_allows_is_not_done(read):
    found = coded(read("The Kenyan government argued that it had the power under the emergency law to deploy soldiers to Somalia."))
    assert all(modality != "happened" for trigger, _, modality, _, _ in found if trigger == "deploy"), found


def test_what_a_deal_does_not_mean_is_not_told(read):
    found = coded(read("The truce does not mean Turkey is withdrawing its troops from northern Syria."))
    assert all(modality == "hypothetical" for _, _, modality, _, _ in found), found
