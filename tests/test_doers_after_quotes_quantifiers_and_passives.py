"""Which mention is an event's doer (round fifteen): a narrative "he" after a quotation whose speaker
talks of another "he" is not taken for the speaker; "Some said they …" is the unnamed "some", not
a group named before; a participle that tells what a passive's act did ("rockets were fired …,
killing …") has that act's agent as its doer, or no one, never an actor named further back.
Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def _sources(reading, word: str) -> list[str]:
    return [e.source.name for e in events_on(reading, word) if e.source is not None]


def test_a_speaker_quoted_on_another_he_is_not_the_next_he(read):
    reading = read("Republicans in the state senate praised Governor Ellen Hart's plan to cut property taxes.\n\n"
                   '"He has shown that he is ready to lead on this," said state Senator Mark Daines of Montana.\n\n'
                   "The loudest applause came near the end, when he condemned the attack on the US embassy in Nairobi.")
    assert all("Daines" not in name for name in _sources(reading, "condemned")), coded(reading)


def test_a_speaker_whose_quote_names_no_other_he_is_still_the_next_he(read):
    reading = read('"We will not give up on this bill," said Senator Tom Rickert of Ohio.\n\n'
                   "He condemned the attack on the US embassy in Nairobi.")
    assert any("Rickert" in name for name in _sources(reading, "condemned")), coded(reading)


def test_some_said_they_is_not_the_group_named_before(read):
    reading = read("Farm groups fear that rural voters may punish the senators who skipped the Israeli prime "
                   "minister's address to Congress. Some said they boycotted the address because it was a breach "
                   "of protocol.")
    assert all("voters" not in name for name in _sources(reading, "boycotted")), coded(reading)


def test_several_said_they_is_not_the_group_named_before(read):
    reading = read("Teachers' unions said the students who walked out of the lecture would face no penalty. "
                   "Several said they criticized the minister for his remarks.")
    assert all("students" not in name for name in _sources(reading, "criticized")), coded(reading)


def test_a_participle_after_a_passive_without_agent_has_no_doer_named_before(read):
    reading = read("Leaders of the militia, who sheltered the fighters as they planned the raid, cheered as rockets "
                   "were fired into the town, killing four Israeli soldiers.")
    assert not _sources(reading, "killing"), coded(reading)


def test_a_participle_after_a_passive_with_its_agent_is_the_agents_act(read):
    reading = read("A convoy was ambushed by Taliban fighters in Helmand, killing six Afghan soldiers.")
    killers = [e.source for e in events_on(reading, "killing") if e.source is not None]
    assert killers and all(s.code == "AFGREB" for s in killers), coded(reading)


def test_a_participle_after_an_active_verb_keeps_its_subject(read):
    reading = read("Taliban fighters ambushed a convoy in Helmand, killing six Afghan soldiers.")
    assert any(e.source is not None and e.source.code == "AFGREB" for e in events_on(reading, "ambushed")), coded(reading)
