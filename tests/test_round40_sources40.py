"""Round 40, doers named beside someone else: a role phrase in apposition with a person's name
("the German foreign minister, Heiko Maas,", "Heiko Maas, the German foreign minister,") is
that person, not the holder of some title the story named before; and a "he" or "she" whose
verb carries a participle clause with no subject ("Addressing delegates including X and Y, he
…") is neither of the people that clause names, whom its unsaid subject, the pronoun,
addresses. Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_ending, coded, events_on, pronoun_actor


def test_a_minister_named_in_apposition_is_not_the_leader_named_before(read):
    reading = read("Chancellor Angela Merkel spoke in Brussels on Monday. "
                   "The German foreign minister, Heiko Maas, said Berlin would act.")
    minister = actor_ending(reading, "foreign minister")
    assert minister.name == "Heiko Maas", [(m.text, m.actor.name) for m in reading.mentions]
    assert minister.code == "DEUGOV"


def test_a_minister_described_in_apposition_after_his_name_is_not_the_leader(read):
    reading = read("Chancellor Angela Merkel spoke in Brussels on Monday. "
                   "Heiko Maas, the German foreign minister, said Berlin would act.")
    minister = actor_ending(reading, "foreign minister")
    assert minister.name == "Heiko Maas", [(m.text, m.actor.name) for m in reading.mentions]
    assert actor_ending(reading, "Heiko Maas").code == "DEUGOV"


def test_a_secretary_named_in_apposition_does_the_act(read):
    reading = read("Donald Trump's policy on Syria has confused his allies. "
                   "The US secretary of state, Rex Tillerson, is to fly to Moscow on Tuesday.")
    fly = events_on(reading, "fly")
    assert fly, coded(reading)
    assert all(e.source is not None and e.source.name == "Rex Tillerson" for e in fly), coded(reading)


def test_a_president_named_in_apposition_is_not_another_president(read):
    reading = read("President Donald Trump spoke to reporters on Monday. "
                   "Later on Monday the president, Cyril Ramaphosa, met the unions in Pretoria.")
    met = events_on(reading, "met")
    assert met, coded(reading)
    assert all(e.source is not None and e.source.code == "ZAFGOV" for e in met), coded(reading)


def test_he_is_not_one_of_those_his_participle_clause_addresses(read):
    reading = read("French President Emmanuel Macron urged world leaders to reject nationalism. "
                   "Addressing leaders in Paris, including US President Donald Trump and Russian President "
                   "Vladimir Putin, he called it a betrayal.")
    he = pronoun_actor(reading, "he")
    assert he is not None and he.name == "Emmanuel Macron", [(m.text, m.actor.name) for m in reading.mentions]


def test_he_is_not_the_one_his_participle_clause_meets(read):
    reading = read("Prime Minister Justin Trudeau flew to Tokyo on Sunday. "
                   "Meeting Chinese President Xi Jinping at the summit, he raised the detained Canadians.")
    he = pronoun_actor(reading, "he")
    assert he is not None and he.name == "Justin Trudeau", [(m.text, m.actor.name) for m in reading.mentions]
