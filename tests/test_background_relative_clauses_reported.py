"""Relative clauses that report an act of their own (events/extract.py, `_reported_relative`): a
past, perfect or past progressive active verb with a phrase of time or someone named ("the
minister, who met Xi on Monday", "Seoul, which has called on Tokyo to …") is news and codes; a
habit ("who have long attacked"), a view held ("who supported X"), a future, a present, a
passive, or an act on a thing with no time ("the ceasefire that Colombia signed") stays
background. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word, event", [
    # a past with a day
    ("Kenyan Foreign Minister Amina Odhiambo, who met Chinese President Xi Jinping on Monday, said the talks had gone well.",
     "met", ("040", "KENGOV", "CHNGOV")),
    ("Ethiopian troops clashed with Somali forces, who had attacked a border post on Sunday.",
     "attacked", ("190", "SOMMIL", None)),
    # a perfect with a named object
    ("Colombian President Iván Duque, who has visited Venezuela twice this year, said the border would stay open.",
     "visited", ("042", "COLGOV", "VEN")),
    # someone named after "on" or "with" (the call framing its act as "urged" does: an apology asked, 022)
    ("South Korea, which has called on Japan to apologise for wartime labour, recalled its ambassador.",
     "called", ("022", "KOR", "JPN")),
    ("Australian Foreign Minister Penny Wong, who has spoken with Chinese Premier Li Qiang about trade, arrived in Beijing.",
     "spoken", ("040", "AUSGOV", "CHNGOV")),
    # a simple past at a named place
    ("Kenyan President William Ruto was visiting London, where he asked for more British aid to fight the drought.",
     "asked", ("023", "KENGOV", "GBR")),
    # its doer is the noun it hangs on: two leaders quarrel in words, no force
    ("Canadian Prime Minister Justin Trudeau, who clashed with Trump at the G7 summit in June, flew home.",
     "clashed", ("111", "CANGOV", "USAGOV")),
    # a past progressive with a named object
    ("The Turkish army shelled Kurdish militants who were fighting Syrian government forces near Manbij.",
     "fighting", ("190", "KURREB", "SYRMIL")),
])
def test_reported_relative_clause_codes(read, text, word, event):
    reading = read(text)
    found = events_on(reading, word)
    assert [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in found] == [event]
    assert {e.modality for e in found} == {"happened"}


@pytest.mark.parametrize("text, word", [
    # a habit
    ("The militia, which has long fought against Syrian forces, withdrew from the town.", "fought"),
    ("Colombian officials said the rebels, who have long attacked Venezuelan troops on the border, crossed the river.",
     "attacked"),
    # a view held
    ("Labour members who supported Britain's entry into the European Union in 1975 met in Leeds.", "supported"),
    ("Egyptian parties that opposed President Mohamed Morsi said they wanted new elections.", "opposed"),
    # anyone of a kind
    ("Haley is not a Texas senator, or someone who praised Putin in 2014.", "praised"),
    # a future
    ("The Venezuelan minister, who will meet Colombian President Iván Duque next week, said the border would stay open.",
     "meet"),
    # a perfect at a place: a standing story
    ("Kenya has long relied on Britain, where Kenyan ministers have asked for aid.", "asked"),
    # a present
    ("Colombia condemned the militia, which attacks Venezuelan troops every week.", "attacks"),
    # an act on a thing, with no time
    ("The ceasefire that Colombia signed was praised by Cuba.", "signed"),
    # a passive
    ("Israel defended the treaty, which was signed by Egypt in 1979.", "signed"),
])
def test_background_relative_clause_codes_nothing(read, text, word):
    assert events_on(read(text), word) == []
