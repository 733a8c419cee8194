"""Recipients named through a word of amount ("all of", "many of", "both of", "several of"), on
sentences written for these tests: a part of what the "of" phrase names is named by that phrase,
so whom an act on the part is aimed at is who the phrase names, or whose thing it is, as without
the word of amount (`participants.partitive_whole`). The doer's own forces stay what is moved,
not whom the act is aimed at ("withdrew all of its soldiers")."""

from __future__ import annotations

from helpers import coded, events_on


def _targets(reading, word: str) -> list[str | None]:
    return [e.target.code if e.target else None for e in events_on(reading, word)]


def test_many_of_the_senators_are_whom_the_criticism_is_aimed_at(read):
    reading = read("President Trump sharply criticized many of the Democratic senators on Friday.")
    assert _targets(reading, "criticized") == ["USALEG"], coded(reading)


def test_both_of_the_reporters_are_whom_the_accusation_is_aimed_at(read):
    reading = read("The Kremlin on Monday accused both of the American reporters of spying for the CIA.")
    assert _targets(reading, "accused") == ["USAMED"], coded(reading)


def test_all_of_a_countrys_tariffs_name_that_country_after_a_preposition(read):
    reading = read("Beijing vowed to retaliate against all of Washington's new tariffs on steel.")
    assert [target for _, _, target in coded(reading)] == ["USAGOV"], coded(reading)


def test_some_of_a_countrys_banks_receive_the_sanctions(read):
    reading = read("The European Union imposed new sanctions on several of Russia's largest banks.")
    assert ("163", "IGOEUREEC", "RUSBUS") in coded(reading), coded(reading)


def test_all_of_its_own_soldiers_are_what_is_withdrawn(read):
    reading = read("The Pentagon withdrew all of its soldiers from the base last year.")
    assert all(target is None or not target.endswith("MIL") for _, _, target in coded(reading)), coded(reading)
