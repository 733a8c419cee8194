"""Who does an event (round 52, actors/coding.py), on sentences written for these tests after the
judged sources of draws 12-90: a "he" that is the subject of what a named person says ("… Senator
Maria Lopez said he would …") is that speaker, not whoever an earlier "he" in the same sentence
stood for; a sentence that goes on about one "he" with no speaker of its own keeps him."""

from __future__ import annotations

from helpers import coded


def _sources(reading, trigger: str) -> set[str | None]:
    return {e.source.name if e.source else None for e in reading.events if e.trigger == trigger}


def test_a_named_speakers_he_is_the_speaker_not_an_earlier_he(read_all):
    reading = read_all("Former special counsel Robert Mueller spoke for ten minutes on Wednesday. He made clear he "
                       "would rather not testify, although House Judiciary Committee Chairman Jerrold Nadler said "
                       "he still expects to hear from the special counsel.")
    sources = _sources(reading, "expects")
    assert sources and all(s is not None and "Nadler" in s for s in sources), coded(reading)


def test_an_earlier_he_still_goes_on_without_a_speaker(read_all):
    reading = read_all("President Donald Trump spoke to reporters on Monday. He left the deal his predecessor signed, "
                       "and he demanded new talks with Tehran.")
    sources = _sources(reading, "demanded")
    assert sources and all(s is not None and "Trump" in s for s in sources), coded(reading)
