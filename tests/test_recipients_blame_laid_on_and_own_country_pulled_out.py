"""Recipients (round 36, recipients): a verb that lays a thing at someone's door ("blamed X on Y",
"pinned X on Y") has for its target the one named after its preposition, not the place the
thing happened in nor the victim of an attack it names; the doer's own country that a verb takes
out of something ("pulled the United States out of the accord") is its own side moved, no target.
Sentences written for these tests."""

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


def test_own_country_pulled_out_of_an_accord_is_no_target(read):
    events = _events(read("In 2019 President Bolsonaro pulled Brazil out of the regional migration pact.", published=SPRING_2023))
    pulled = [e for e in events if e[0] == "pulled"]
    assert pulled and all(e[2] != "BRA" for e in pulled)
    # its people kept from something are others: whom the ban is aimed at
    events = _events(read("The Kremlin barred Russians from travelling to Georgia.", published=SPRING_2023))
    assert ("barred", "RUSGOV", "RUS") in events


def test_own_country_withdrawn_from_a_deal_leaves_the_deal_partner(read):
    events = _events(read("The Kremlin withdrew Russia from the grain deal with Ukraine last summer.", published=SPRING_2023))
    assert ("withdrew", "RUSGOV", "UKR") in events
    assert not [e for e in events if e[2] == "RUS"]
    # another's country suspended from a body stays the target
    events = _events(read("The UN General Assembly suspended Russia from the Human Rights Council in April.", published=SPRING_2023))
    assert [e[2] for e in events if e[0] == "suspended"] == ["RUS"]
