"""Quoted rhetoric (round 34, which events are stored): an act inside a speaker's quotation that the
speaker says could, would, did not or supposedly happen is the speaker's argument, not an event
told, and is not stored; the same act in the writer's own words, and a plan or call in a
quotation, are kept. Sentences written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str, str]]:
    return [(e.trigger, e.cameo, e.modality) for e in reading.events]


def test_a_conditional_act_in_a_quotation_is_not_stored(read_every):
    quoted = read_every('"If Moscow sent troops across the border, we would respond with force," the Polish defence minister said.')
    assert not [e for e in quoted.events if e.trigger == "sent"]
    told = read_every("If Moscow sent troops across the border, Poland would respond with force, the Polish defence minister said.")
    assert ("sent", "154", "hypothetical") in _made(told)


def test_an_act_a_speaker_says_was_not_done_is_not_stored(read):
    quoted = read('"Colombia never bombed the camps in Venezuela," the Colombian defence minister said.')
    assert not [e for e in quoted.events if e.trigger == "bombed"]


def test_a_quoted_refusal_to_attack_is_not_stored(read):
    quoted = read('"We do not want to attack Venezuela," the Colombian president told reporters.')
    assert not [e for e in quoted.events if e.trigger == "attack"]
    told = read("The Colombian president said Colombia did not attack Venezuela.")
    assert ("attack", "190", "negated") in _made(told)


def test_a_quoted_plan_is_kept_beside_a_quoted_act_not_done(read):
    # only the quoted negated act goes: the plan in the same quotation stays
    reading = read('"Beijing will send a trade envoy to Canberra next month, but it never threatened Australia," '
                   "the Chinese foreign ministry said.")
    assert not [e for e in reading.events if e.trigger == "threatened"]
    assert ("send", "042", "planned") in _made(reading)
