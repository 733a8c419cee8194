"""A passive participle clause with no agent names no doer: "were expelled, accused of plotting
attacks" tells who is accused, not who accuses, so the accused is never stored as the source
(sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two Iranian diplomats were expelled from Albania on Friday, accused of plotting attacks on exiled dissidents.",
    "Five Russian officers were indicted in Washington, charged with hacking the Democratic Party's servers.",
])
def test_the_one_acted_on_is_not_the_doer(read, text):
    reading = read(text)
    for event in reading.events:
        if event.cameo.startswith("11"):
            assert event.source is None or event.source.country not in {"IRN", "RUS"}


def test_an_active_participle_keeps_its_subject(read):
    reading = read("Having accused Iran of sabotage, Saudi Arabia recalled its ambassador from Tehran.")
    assert any(e.cameo.startswith("11") and e.source is not None and e.source.country == "SAU" for e in reading.events)
