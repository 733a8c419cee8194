"""Background mentions (round 37, events/background.py): a past act that a sentence only refers to,
as what a dated document does ("breached a 2017 resolution banning …") or as a free relative of
what was done before ("beyond what it offered …"), or schooling told as a life's story ("attended a
boarding school"), is no new event and is not stored; the sentence's own news is kept. Sentences
written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events]


def test_what_a_dated_resolution_bans_is_no_ban_of_the_day(read):
    reading = read("The Security Council said Pyongyang had breached a 2017 resolution banning its coal exports to China.")
    assert not [e for e in reading.events if e.trigger == "banning"]


def test_a_free_relative_of_an_earlier_offer_is_no_offer_made(read):
    reading = read("Colombia refused to go beyond what it offered the rebels in talks in Havana.")
    assert not [e for e in reading.events if e.trigger == "offered"]
    assert ("refused", "120") in _made(reading)  # the refusal is the news


def test_the_earlier_agreement_in_a_free_relative_is_dropped_with_the_news_kept(read_every):
    reading = read_every("The government refused to go beyond what it had agreed with the rebels in talks that ended three years ago.")
    assert not [e for e in reading.events if e.trigger == "agreed"]
    assert [e for e in reading.events if e.trigger == "refused"]


def test_attending_a_school_is_no_visit(read):
    reading = read("Kim Jong Un attended a boarding school in Switzerland as a teenager.")
    assert not [e for e in reading.events if e.trigger == "attended"]
    trained = read("The Saudi prince attended a military college in Britain.")
    assert not [e for e in trained.events if e.trigger == "attended"]
