"""Whom a role noun stands for (round 52, actors/coding.py), on sentences written for these tests
after the corpus's misreadings: a country's leader by any word for the office ("the Russian
leader") may be the head of government the story named, but another office never is ("the
Russian ambassador" is not Putin, "a U.S. official" is not Trump); and "the president" of a
later day is the leader in office then, not a minister of that government."""

from __future__ import annotations

from datetime import date

from helpers import coded


def _sources(reading, trigger: str) -> set[str | None]:
    return {e.source.name if e.source else None for e in reading.events if e.trigger == trigger}


def test_the_ambassador_is_not_the_president_named_before(read_all):
    reading = read_all("Russian President Vladimir Putin spoke to reporters in Moscow on Monday.\n\n"
                       "Later the Russian ambassador accused the British government of staging a provocation.")
    sources = _sources(reading, "accused")
    assert sources and "Vladimir Putin" not in sources, coded(reading)


def test_the_leader_is_still_the_head_of_government_named_before(read_all):
    reading = read_all("Russian President Vladimir Putin spoke to reporters in Moscow on Monday.\n\n"
                       "Later the Russian leader accused the British government of staging a provocation.")
    assert "Vladimir Putin" in _sources(reading, "accused"), coded(reading)


def test_the_president_is_not_a_minister_in_office(read_all):
    reading = read_all("Attorney General Jeff Sessions defended the new travel rules on Saturday, which replace "
                       "those of President Obama.\n\nThe president accused the media of lying about the rules.",
                       published=date(2017, 3, 4))
    assert _sources(reading, "accused") and "Jeff Sessions" not in _sources(reading, "accused"), coded(reading)
