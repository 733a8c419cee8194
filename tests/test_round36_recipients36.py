"""Recipients (round 36, recipients): a verb that lays a thing at someone's door ("blamed X on Y",
"pinned X on Y") has for its target the one named after its preposition, not the place the
thing happened in nor the victim of an attack it names. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

SPRING_2023 = date(2023, 4, 18)


def _events(reading) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in reading.events]


def test_blamed_a_crisis_in_a_place_on_another_is_aimed_at_the_other(read):
    events = _events(read("The Turkish foreign minister blamed the violence in Syria on Iran.", published=SPRING_2023))
    assert ("blamed", "TURGOV", "IRN") in events
    assert not [e for e in events if e[2] == "SYR"]  # Syria is only where the violence is
    # a country blamed outright stays the target ("on Monday" names no one)
    events = _events(read("The Saudi foreign minister blamed Iran on Monday for the drone strikes.", published=SPRING_2023))
    assert [e[2] for e in events if e[0] == "blamed"] == ["IRN"]


def test_blamed_an_attack_on_a_group_names_the_group_blamed(read):
    events = _events(read("Afghan officials blamed the bombing in Kabul on the Taliban.", published=SPRING_2023))
    assert [e[2] for e in events if e[0] == "blamed"] == ["AFGREB"]


def test_the_last_of_two_on_phrases_is_the_one_blamed(read):
    events = _events(read("Lebanese officials blamed the attack on the embassy on Hezbollah.", published=SPRING_2023))
    assert [e[2] for e in events if e[0] == "blamed"] == ["LBNREB"]
