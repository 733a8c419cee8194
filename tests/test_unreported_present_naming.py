"""A thing named in the writer's present (events/unreported.py `present_naming`): "the party calls
this budget a disgrace" tells a standing view, no criticism or praise voiced on a day. The naming
in the past, of a person, by the speaker himself or in a headline is kept. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word", [
    ("The opposition party calls the new budget a reckless disaster for working families.", "calls"),
    ("The Kremlin describes the sanctions as a shameful act of economic aggression.", "describes"),
])
def test_thing_named_in_the_present_is_no_event(read, text, word):
    assert events_on(read(text), word) == []


@pytest.mark.parametrize("text, word, code", [
    ("The opposition party called the new budget a reckless disaster for working families.", "called", "111"),
    ("The Kremlin described the sanctions as a shameful act of economic aggression on Monday.", "described", "111"),
    ("The opposition party calls Finance Minister Philip Hammond a reckless liar.", "calls", "111"),
])
def test_past_naming_or_a_person_named_is_kept(read, text, word, code):
    found = events_on(read(text), word)
    assert found and found[0].cameo == code
