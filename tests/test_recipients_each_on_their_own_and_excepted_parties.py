"""Recipients the grammar rules out (issue 12, round 41): coordinated doers marked one by one ("both
X and Y", "X and Y each") did the act each on their own, so neither is the other's recipient
(unless the act says so, "each accused the other"); and someone set off by "except" (or by "but"
after an all-word, "everyone but X") is left out of the act, not its recipient. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on


@pytest.mark.parametrize("text, word", [
    ("Both Merkel and Macron have talked about closer ties with Africa.", "talked"),
    ("Both Putin and Erdogan have talked about the need for a ceasefire in Syria.", "talked"),
    ("Putin and Erdogan each talked about the need for a ceasefire in Syria.", "talked"),
])
def test_doers_marked_one_by_one_are_not_each_others_recipients(read_every, text, word):
    found = events_on(read_every(text), word)
    doers = {e.source.code for e in found if e.source is not None}
    assert not any(e.target is not None and e.target.code in doers for e in found), [(e.source, e.target) for e in found]


def test_each_with_the_other_still_acts_on_one_another(read_every):
    reading = read_every("Germany and France each accused the other of stalling the talks.")
    assert set(coded(reading)) >= {("112", "DEU", "FRA"), ("112", "FRA", "DEU")}


@pytest.mark.parametrize("text, word, left_out", [
    ("Chancellor Angela Merkel asked everyone but the French ambassador to leave the room.", "asked", "FRA"),
    ("President Vladimir Putin asked everyone but Sergei Lavrov to leave the room.", "asked", "Sergei Lavrov"),
])
def test_someone_excepted_is_not_the_recipient(read_every, text, word, left_out):
    found = events_on(read_every(text), word)
    assert found, text
    assert not any(e.target is not None and left_out in {e.target.name, e.target.country} for e in found), \
        [e.target for e in found]


def test_but_after_a_negated_object_still_names_the_recipient(read_every):
    reading = read_every("Chancellor Angela Merkel criticised not Russia but China for the delay.")
    assert ("111", "DEUGOV", "CHN") in coded(reading)
