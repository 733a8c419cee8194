"""Round 40, doers named beside someone else: a role phrase a person's name follows in
apposition ("the German foreign minister, Heiko Maas,") is that person, not the holder of some
title the story named before; and a "he" or "she" whose verb carries a participle clause with no
subject ("Addressing delegates including X and Y, he …") is neither of the people that clause
names, whom its unsaid subject, the pronoun, addresses, unless as an owner or after "as".
Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending, coded, events_on, pronoun_actor


def test_a_minister_named_in_apposition_is_not_the_leader_named_before(read):
    reading = read("Chancellor Angela Merkel spoke in Brussels on Monday. "
                   "The German foreign minister, Heiko Maas, said Berlin would act.")
    minister = actor_ending(reading, "foreign minister")
    assert minister.name == "Heiko Maas", [(m.text, m.actor.name) for m in reading.mentions]
    assert minister.code == "DEUGOV"


def test_a_secretary_named_in_apposition_does_the_act(read):
    reading = read("President Joe Biden has weighed sending more missiles to Kyiv. "
                   "The American defence secretary, Lloyd Austin, will fly to Warsaw on Thursday.")
    fly = events_on(reading, "fly")
    assert fly, coded(reading)
    assert all(e.source is not None and e.source.name == "Lloyd Austin" for e in fly), coded(reading)


def test_a_president_named_in_apposition_is_not_another_president(read):
    reading = read("President Donald Trump spoke to reporters on Monday. "
                   "Later on Monday the president, Cyril Ramaphosa, met the unions in Pretoria.")
    met = events_on(reading, "met")
    assert met, coded(reading)
    assert all(e.source is not None and e.source.code == "ZAFGOV" for e in met), coded(reading)


def test_he_is_not_one_of_those_his_participle_clause_addresses(read):
    reading = read("Prime Minister Justin Trudeau opened the climate summit in Ottawa. "
                   "Greeting delegates in the hall, including Indian Prime Minister Narendra Modi and Chinese "
                   "President Xi Jinping, he warned of rising seas.")
    he = pronoun_actor(reading, "he")
    assert he is not None and he.name == "Justin Trudeau", [(m.text, m.actor.name) for m in reading.mentions]


def test_he_is_not_the_one_his_participle_clause_meets(read):
    reading = read("Prime Minister Justin Trudeau flew to Tokyo on Sunday. "
                   "Meeting Chinese President Xi Jinping at the summit, he raised the detained Canadians.")
    he = pronoun_actor(reading, "he")
    assert he is not None and he.name == "Justin Trudeau", [(m.text, m.actor.name) for m in reading.mentions]
