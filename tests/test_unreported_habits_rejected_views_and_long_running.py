"""Text that tells of no event of the day (events/unreported.py, lang/en/data): words told as a
habit in the present, a view rejected as such, a poll's finding joined to another, words or a way
"given", and where someone "hails from". The plain act beside each is kept. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word", [
    # an act of words told as a habit in the present
    ("Pyongyang regularly threatens to destroy Seoul and its ally Japan.", "threatens"),
    ("Tehran constantly accuses Riyadh of funding militants in Yemen.", "accuses"),
    # a view rejected as such
    ("We reject the belief that Britain has to pick between Europe and America, the prime minister said.", "reject"),
    ("Iran rejected the idea that its missiles threaten Europe.", "rejected"),
    # a poll's finding joined to another inside what the poll says
    ("Most surveys say Germans distrust Moscow and that they back sanctions against Russia.", "back"),
    # words or a way given
    ("Macron gave a national security address in Marseille, outlining a tougher line on Moscow.", "gave"),
    ("Beijing is giving Pyongyang a way to save face in the talks, a diplomat said.", "giving"),
    # an event noun told as going on for years
    ("She has held firm views about Russia's military threat for years and wants higher spending.", "threat"),
    # where someone comes from
    ("The family hails from Syria and fled to Germany in 2015.", "hails"),
])
def test_no_event_of_the_day(read, text, word):
    assert events_on(read(text), word) == []


@pytest.mark.parametrize("text, word, code", [
    ("Pyongyang threatened on Tuesday to destroy Seoul.", "threatened", "13"),
    ("Iran repeatedly accused Israel of sabotage on Tuesday.", "accused", "11"),
    ("Iran rejected the proposal from France on Monday.", "rejected", "12"),
    ("Germany gave Ukraine tanks last week.", "gave", "07"),
    ("Merkel hailed the agreement with Turkey.", "hailed", "05"),
])
def test_plain_act_kept(read, text, word, code):
    found = events_on(read(text), word)
    assert found and found[0].cameo.startswith(code)


def test_habit_needs_a_plain_present():
    """A modal or a past is no habit of the writer's present: "will always defend" is a pledge."""
    from newsevents.events.unreported import habitual_present
    from newsevents.nlp import load_pipeline

    doc = load_pipeline()("Iran regularly accuses Israel of sabotage.")
    assert habitual_present(next(t for t in doc if t.lower_ == "accuses"), "112")
    doc = load_pipeline()("Iran accused Israel of sabotage.")
    assert not habitual_present(next(t for t in doc if t.lower_ == "accused"), "112")
