"""Who does the act, round 45: in a relative clause with no pronoun told through a speaker set
inside it ("the militants he says bombed the station"), the noun the clause is on does the act, not
the speaker or the main clause's subject; in a cleft ("it was Russia that invaded"), the named one
after "it was" does it; a possessive gerund whose "of" names what it is done to is the possessor's
act ("responded to Turkey's shelling of its positions": Turkey shells, not the one who responds).
Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on


def _sources(reading, word: str) -> list[str]:
    return [event.source.code for event in events_on(reading, word) if event.source is not None]


def test_the_noun_of_a_relative_clause_with_no_pronoun_told_by_a_speaker_does_the_act(read):
    reading = read("Erdogan condemned the Kurdish militants he says bombed the police station in Diyarbakir.")
    assert _sources(reading, "bombed") == ["KURREB"]
    assert _sources(reading, "condemned") == ["TURGOV"]


def test_the_saying_verb_hung_on_the_noun_and_the_act_on_the_main_clause(read):
    reading = read("Kyiv expelled the Russian officers it says attacked a Ukrainian patrol boat.")
    assert _sources(reading, "attacked") == ["RUS"]
    assert _sources(reading, "expelled") == ["UKRGOV"]


def test_a_passive_told_through_a_speaker_keeps_its_agent(read):
    reading = read("Police freed the tourists they said had been kidnapped by the rebels.")
    assert _sources(reading, "kidnapped") == ["REB"]


def test_a_speaker_set_off_by_commas_leaves_the_subject_the_doer(read):
    reading = read("The militants, he says, bombed the police station.")
    assert _sources(reading, "bombed") == ["REB"]


def test_the_focus_of_a_cleft_does_the_act(read):
    assert _sources(read("It was Russia that invaded Ukraine in 2014."), "invaded") == ["RUS"]
    assert _sources(read("Officials said it was Iran that had attacked the tankers in the Gulf."), "attacked") == ["IRN"]


def test_a_cleft_on_no_actor_names_no_doer(read):
    assert events_on(read("It was the economy that hurt the president in the polls."), "hurt") == []


def test_a_denied_cleft_focus_is_no_doer(read):
    assert _sources(read("It was not Russia that invaded Ukraine in 2014."), "invaded") == []


def test_a_possessive_gerund_with_an_of_object_is_the_possessors_act(read):
    reading = read("The militia has responded forcefully to Turkey’s shelling on Friday of its positions near Afrin.")
    assert _sources(reading, "shelling") == ["TUR"]
