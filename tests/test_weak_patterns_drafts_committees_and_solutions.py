"""Dictionary patterns of CAMEO.2.0 that the judged real-news draws found seldom right (round 20b):
a committee or police named as a passive's agent, "ahead" and
"answers" read as coercion or an appeal to settle a dispute, a rejected solution as a refusal to
de-escalate, a letter sent as a consultation. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded

from newsevents.lang.en.events import WEAK_DICTIONARY_PATTERNS


def codes(reading) -> set[str]:
    return {e.cameo for e in reading.events}


@pytest.mark.parametrize("row", [
    ("DRAFT", "police", "153"),
    ("CONSTRUCT", "committee", "030"),
    ("DEMAND", "ahead", "170"),
    ("DEMAND", "solution", "027"),
    ("DEMAND", "solution", "101"),
    ("REFUSE", "solution", "1246"),
    ("SEND", "letter", "040"),
])
def test_round_20b_rows_are_read(row):
    assert row in WEAK_DICTIONARY_PATTERNS


@pytest.mark.parametrize("text, wrong", [
    ("The report was produced by the Senate Intelligence Committee after a two-year inquiry.", "030"),
    ("Opposition lawmakers have been pressing the interior ministry for answers about the shooting.", "027"),
    ("The lawyer sent a letter to the Senate Judiciary Committee on Friday.", "040"),
])
def test_weak_pattern_codes_no_longer(read, text, wrong):
    assert wrong not in codes(read(text))


def test_a_demanded_solution_stays_a_demand(read):
    reading = read("Iran demanded a solution to the dispute from the United Nations.")
    assert ("100", "IRN", "IGOUNO") in coded(reading)


def test_patterns_left_trusted_still_code(read):
    """The rows drop only their own patterns: a curfew imposed still codes."""
    assert any(c.startswith("17") for c in codes(read("The army imposed a curfew on the northern city of Gao.")))
