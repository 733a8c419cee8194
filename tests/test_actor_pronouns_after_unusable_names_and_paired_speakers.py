"""Whom a subject "he"/"they" stands for when the person meant is someone the coder cannot read as
one actor: a name it could not take as a person (a given name alone, a name tagged as a body) as
the subject just before is the one meant, so a person named paragraphs earlier is not taken; and
"they" after two people named together as the speakers is the two of them, no one actor.
Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on, pronoun_actor


def test_he_after_an_unreadable_name_subject_is_not_a_person_named_paragraphs_before(read):
    reading = read("Senator Lindsey Graham spoke about the war in Iraq in 2010.\n\n"
                   "Beto's campaign is a step away from that doctrine. Beto could have stayed in Texas. "
                   "And he has shown that he will attack the party leadership.")
    he = pronoun_actor(reading, "he")
    assert he is None or "Graham" not in he.name, he
    assert all(e.source is None or "Graham" not in e.source.name for e in events_on(reading, "attack")), coded(reading)


def test_he_after_a_named_subject_just_before_is_still_that_person(read):
    reading = read("Senator Lindsey Graham spoke about the war in Iraq in 2010.\n\n"
                   "Prime Minister Justin Trudeau arrived in Washington on Monday. He will praise the new pipeline.")
    he = pronoun_actor(reading, "He")
    assert he is not None and "Trudeau" in he.name, he


def test_they_said_by_two_people_named_together_is_no_one_body(read):
    reading = read("The administration briefed lawmakers on the strike on Wednesday.\n\n"
                   "Senators Tim Kaine and Todd Young said they will support an effort to limit the president's "
                   "war powers.")
    they = pronoun_actor(reading, "they")
    assert they is None, they
    assert all(e.source is None or e.source.name != "administration" for e in events_on(reading, "support")), coded(reading)


def test_they_said_by_one_body_is_still_that_body(read):
    reading = read("The European Union said on Monday it was worried. Russia and China said they would veto "
                   "the resolution.")
    they = pronoun_actor(reading, "they")
    assert they is None or they.name in {"Russia", "China"}, they
