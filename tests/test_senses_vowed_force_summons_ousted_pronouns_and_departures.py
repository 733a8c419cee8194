"""Word senses (round 50): a vow whose object is force is a threat, a summons to testify is a
demand, a person ousted from a post (named by a pronoun) is no expulsion, and a resignation told
beside dismissals counts departures. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes, events_on

# --- a vow of force -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Al-Shabaab promised a surge in attacks on Kenyan towns during the election.",
    "The militia vowed new attacks on government troops in the north.",
])
def test_a_vow_of_attacks_is_a_threat_of_force(read, text):
    found = [e.cameo for e in read(text).events if e.trigger in {"vowed", "promised"}]
    assert found and all(code.startswith("138") for code in found), found


def test_a_vow_to_end_attacks_is_no_threat(read):
    found = codes(read("President Ashraf Ghani pledged an end to attacks on civilians after meeting the elders."))
    assert not any(code.startswith("13") for code in found), found


def test_a_vow_to_carry_on_to_a_city_is_no_intent_to_cooperate(read):
    reading = read("A Taliban commander vowed that his fighters would continue on to Kabul.")
    assert not any(e.cameo.startswith("03") for e in events_on(reading, "vowed")), reading.events


def test_a_vow_to_cooperate_stays_an_intent(read):
    found = [e.cameo for e in read("Iran pledged to cooperate with the International Atomic Energy Agency.").events
             if e.trigger == "pledged"]
    assert found and all(code.startswith("03") for code in found), found


# --- summoned to testify --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The House Judiciary Committee summoned Attorney General William Barr to testify next week.",
    "Senator Lindsey Graham summoned the FBI director to appear before his committee.",
])
def test_a_summons_to_testify_is_a_demand(read, text):
    found = [e.cameo for e in events_on(read(text), "summoned")]
    assert found and all(code.startswith("10") for code in found), found


def test_an_envoy_summoned_to_hear_a_protest_is_still_told_off(read):
    found = [e.cameo for e in events_on(read("Turkey summoned the German ambassador to protest the vote."), "summoned")]
    assert found and all(code.startswith("11") for code in found), found


# --- ousted from a post ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a named ouster, so that the pronoun is the only thing keeping the event out (with "the
    # president" the event had no source and the test passed without the rule)
    "The former ambassador said President Trump ousted her after a smear campaign.",
    "General Mark Dalton complained that he was ousted by Defense Secretary Jim Mattis last spring.",
])
def test_a_person_ousted_from_a_post_is_not_expelled(read, text):
    assert not any(code.startswith("174") for code in codes(read(text)))


def test_an_army_that_ousts_a_leader_stages_a_coup(read):
    assert "174" in codes(read("The Iraqi army ousted the prime minister in a coup."))


# --- departures counted ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Several senior Pentagon officials have resigned or been pushed out since March.",
    "Dozens of senior State Department officials have resigned or been fired since January.",
])
def test_resignations_beside_dismissals_are_a_count_of_departures(read, text):
    assert not any(code.startswith("083") for code in codes(read(text)))


def test_a_resignation_alone_stays(read):
    assert "083" in codes(read("Defense Secretary Jim Mattis resigned in December."))


# --- met "by" a thing ------------------------------------------------------------------------------


def _passive_met_by(agent: str, label: str | None) -> bool:
    """`_met_with_a_thing` on "They will be met by <agent>", a parse built by hand as the small
    model makes it (the agent's head under "by")."""
    from spacy.tokens import Doc, Span

    from newsevents.events.senses import _met_with_a_thing
    from newsevents.nlp import load_pipeline

    words = ["They", "will", "be", "met", "by", agent]
    doc = Doc(load_pipeline().vocab, words=words, heads=[3, 3, 3, 3, 3, 4],
              deps=["nsubjpass", "aux", "auxpass", "ROOT", "agent", "pobj"],
              pos=["PRON", "AUX", "AUX", "VERB", "ADP", "PROPN" if label else "NOUN"],
              lemmas=["they", "will", "be", "meet", "by", agent.lower()])
    if label:
        doc.ents = [Span(doc, 5, 6, label=label)]
    return _met_with_a_thing(doc[3], lambda token: None)


def test_met_by_force_is_a_reception_not_a_meeting():
    assert _passive_met_by("force", None) is True


def test_met_by_someone_is_a_meeting():
    assert _passive_met_by("Pompeo", "PERSON") is False


def test_met_by_the_holder_of_an_office_is_a_meeting():
    assert _passive_met_by("governor", None) is False
