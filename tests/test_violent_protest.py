"""Violent protest (round 27, senses): protesters or a crowd storming, ransacking or torching a
building riot (CAMEO 145); they use no armed assault (180) or military force (190). Troops or
police storming a place still use force. Sentences from news-corpus articles."""

from __future__ import annotations

from helpers import codes, events_on

FORCE_ROOTS = {"18", "19", "20"}


def test_protesters_storming_an_embassy_riot(read):
    reading = read("The embassy's statement was released before protesters stormed the American embassy in Cairo on Tuesday.")
    assert [(e.cameo, e.target.code if e.target else None) for e in events_on(reading, "stormed")] == [("145", "USAGOV")]
    assert not [c for c in codes(reading) if c[:2] in FORCE_ROOTS]


def test_protesters_storming_a_consulate_riot(read):
    reading = read("On Friday, protesters stormed Iran’s consulate in Basra, tearing down the Iranian flag and putting up an "
                   "Iraqi flag in its place.")
    assert [e.cameo for e in events_on(reading, "stormed")] == ["145"]


def test_soldiers_storming_a_stronghold_is_still_force(read):
    reading = read("Soldiers stormed the rebel stronghold.")
    assert [c for c in codes(reading) if c[:2] in FORCE_ROOTS]
    assert "145" not in codes(reading)
