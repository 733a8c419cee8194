"""Who did what to whom on real-looking news (issue 12, the actors' side): targets behind
objects, possessors, conditions and coordination; subjects through passive control; the
country a bare role noun may take. Sentences written for these tests."""

from __future__ import annotations

import pytest


def coded(reading, happened_only: bool = True):
    """(code, source code, target code) of the events, happened ones only by default."""
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in reading.events if not happened_only or e.modality == "happened"]


# --- targets -------------------------------------------------------------------------------
def test_by_on_an_object_names_whose_call_is_rejected(read):
    found = coded(read("Germany rejected demands by Poland's government for reparations."))
    assert ("120", "DEU", "POLGOV") in found


def test_the_possessor_of_a_criticised_thing_is_the_target(read):
    found = coded(read("Republican senators blasted Obama's decision on Tuesday."))
    assert any(c.startswith("11") and s == "USALEG" and t and t.startswith("USA") for c, s, t in found), found


def test_a_target_behind_part_of(read):
    found = coded(read("France suspended part of an aid program for Mali."))
    assert any(c.startswith("16") and s == "FRA" and t == "MLI" for c, s, t in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Iran threatened to close the strait unless the United States lifted its sanctions.", "IRN", "USA"),
    ("Russia has threatened to halt the negotiations if Britain expels its diplomats.", "RUS", "GBR"),
])
def test_a_threat_is_made_against_whom_its_condition_is_about(read, text, source, target):
    found = coded(read(text))
    assert any(c.startswith("13") and s == source and t == target for c, s, t in found), found


def test_each_coordinated_target_gets_its_event(read):
    found = coded(read("Al-Qaeda has threatened to deliver devastating blows to the United States and Israel."))
    targets = {t for c, s, t in found if c.startswith("13")}
    assert {"USA", "ISR"} <= targets, found


# --- sources -------------------------------------------------------------------------------
def test_a_passive_control_verb_hands_its_subject_down(read):
    found = coded(read("Obama is scheduled to attend a summit in Switzerland next week."), happened_only=False)
    assert any(c.startswith("04") and s == "USAGOV" and t == "CHE" for c, s, t in found), found


def test_is_expected_to_is_no_intent_of_the_subject(read):
    reading = read("The US secretary of state is expected to discuss the war in Moscow.")
    assert not any(e.cameo.startswith("03") for e in reading.events), coded(reading, False)


def test_a_role_noun_does_not_take_the_country_it_acts_on(read):
    found = coded(read("The prime minister condemned Iran's missile test as dangerous."))
    assert found and all(s is None or not s.startswith("IRN") for c, s, t in found), found


def test_a_role_noun_acted_on_may_take_the_sentences_country(read):
    found = coded(read("Israel on Wednesday released the mayor of the West Bank city of Nablus, Palestinian officials said."))
    assert ("084", "ISR", "PSEGOV") in found or ("084", "ISR", "PSE") in found, found
