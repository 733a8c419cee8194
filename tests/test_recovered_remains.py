"""Things recovered after an attack (round 27, verb_object_codes): remains, bodies, fragments or
flight recorders found are evidence or the dead, no property confiscated (1711); stolen weapons
recovered from someone still are. Sentence from a judged draw's article (seed 40)."""

from __future__ import annotations

from helpers import codes


def test_bomb_remains_recovered_are_no_confiscation(read):
    reading = read("But news reports indicate that the FBI believes it may have recovered enough physical remains of the "
                   "bombs to start the crucial business of reconstructing where parts came from and how they were assembled.")
    assert not [c for c in codes(reading) if c.startswith("171")]


def test_stolen_weapons_recovered_are_still_confiscated(read):
    assert "1711" in codes(read("Police recovered the stolen weapons from the militants."))
