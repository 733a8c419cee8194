"""The object of a naming verb that gives it a name is the thing named, no act of the namer:
"called the inquiry a witch hunt" is no inquiry, 'called the attack on the weekly, "a
terrorist attack"' no force (the name's sign makes it criticism or praise, characterise.py).
Sentences from the judged draws' articles and the news corpus."""

from __future__ import annotations

from helpers import codes


def test_an_attack_called_a_terrorist_attack_is_no_force(read):
    reading = read("With a manhunt on, French President Francois Hollande called the attack on the Charlie Hebdo weekly, "
                   "whose caricatures of the Prophet Muhammed have frequently drawn condemnation from Muslims, \"a "
                   "terrorist attack without a doubt.\"")
    assert not [c for c in codes(reading) if c[:2] in {"18", "19", "20"}]


def test_an_inquiry_called_a_witch_hunt_is_criticism(read):
    reading = read("Trump has called the inquiry a partisan “witch hunt,” and released a summary transcript of his "
                   "July 25 phone call with Ukraine President Volodymyr Zelenskiy in a bid at damage control.")
    assert "111" in codes(reading)
    assert not [c for c in codes(reading) if c.startswith("09")]
