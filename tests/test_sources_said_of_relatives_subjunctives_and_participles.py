"""Who does the act, round 32: the noun a relative clause of saying is on does what it is said to
do ("fighters, who police say planted the bomb": the fighters, not the police); the one asked in a
bare subjunctive the parse took for an object does its act ("requested Kyiv refuse to sign"); a
participle of judging after a report with a modal is the speaker's ("said that the
secretary should not be a scapegoat, criticizing Trump"); a participle's doer is not a name that
only modifies an object of its clause ("the weather disrupted the plans of Senate Republicans,
forcing them"). Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on


def _sources(reading, word: str) -> list[str]:
    return [event.source.code for event in events_on(reading, word) if event.source is not None]


def test_the_noun_of_a_relative_clause_of_saying_does_the_act_said(read):
    reading = read("Two Taliban fighters, who police say planted the bomb near the embassy, were arrested on Monday.")
    planted = events_on(reading, "planted")
    assert planted and all(event.source is not None and event.source.role != "COP" for event in planted)
    assert all("Taliban" in event.source.name for event in planted if event.source is not None)


def test_the_one_asked_in_a_bare_subjunctive_does_its_act(read):
    reading = read("The Kremlin requested Kyiv refuse to sign the agreement with NATO.")
    assert _sources(reading, "refuse") == ["UKRGOV"]
    assert set(_sources(reading, "sign")) <= {"UKRGOV"}
    assert _sources(reading, "requested") == ["RUSGOV"]


def test_a_participle_of_judging_after_a_report_with_a_modal_is_the_speakers(read):
    reading = read("Rep. Sylvia Garcia said in a statement that the secretary should not be a scapegoat, "
                   "criticizing Trump for his cruel policies.")
    assert _sources(reading, "criticizing") == ["USALEG"]


def test_a_participle_is_not_done_by_a_name_inside_its_clauses_object(read):
    reading = read("The bad weather has disrupted the plans of several Senate Republicans, forcing them to cancel their rallies.")
    assert _sources(reading, "forcing") == []

