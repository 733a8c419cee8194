"""Storming out of a meeting is leaving in anger, no assault nor criticism
(figurative_phrases.txt), while storming a place by force stays force; and `bench/events.py
--misses` records the triggers it shows for each missed record (the coder's trigger finder reads
a sentence's tokens, not the sentence). Sentences written for these tests, from no gold set."""

from __future__ import annotations

import sys
from pathlib import Path

from helpers import events_on

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import events as bench  # noqa: E402


def test_storming_out_of_a_meeting_is_no_assault(read):
    reading = read("Japan's foreign minister stormed out of a meeting with the South Korean president on Thursday.")
    assert events_on(reading, "stormed") == []
    assert [e.cameo for e in events_on(reading, "meeting")] == ["040"]


def test_storming_out_of_talks_keeps_the_talks_only(read):
    reading = read("The Japanese delegation stormed out of talks with South Korean officials in Seoul.")
    assert events_on(reading, "stormed") == []


def test_storming_a_ship_is_still_force(read):
    reading = read("Turkish commandos stormed a Greek cargo ship in the Aegean on Monday.")
    assert [e.cameo[:2] for e in events_on(reading, "stormed")] == ["19"]


def test_misses_record_the_triggers_of_each_sentence(pipeline):
    extractor = pipeline.step("events").extractor
    seen = bench._record_triggers(pipeline)
    try:
        pipeline.read_text("Chile expelled two Bolivian diplomats on Monday. Peru recalled its ambassador.", clean=False)
    finally:
        del extractor._triggers  # the shared pipeline's own finder again
    assert seen["Chile expelled two Bolivian diplomats on Monday."] == ["expelled:166"]
    assert seen["Peru recalled its ambassador."][0].startswith("recalled:")
