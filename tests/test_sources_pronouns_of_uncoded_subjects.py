"""Who does an event (round 48, events/sources.py), on sentences written for these tests after the
judged sources of draws 70-82: a "he" or "they" in a clause hung on one whose own subject is a
person or a team the coder leaves uncoded ("a former engineer …, when he accused …") goes on with
that subject, not with someone named sentences before; its act keeps no doer rather than a wrong
one. A subject phrase that names the pronoun's actor ("a group of farmers …, saying they") stays.
And a gerund on an infinitive asked of someone ("warned Russia to stop threatening Ukraine") is
the act of the one asked, as the infinitive is."""

from __future__ import annotations

from helpers import coded


def _sources(reading, trigger: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in reading.events if e.trigger == trigger}


def test_he_after_an_uncoded_person_is_not_a_leader_named_before(read_all):
    reading = read_all("President Emmanuel Macron defended the new pension law on Monday. In 2019, a former "
                       "railway technician made headlines when he accused the state operator of hiding safety "
                       "reports.")
    assert "FRAGOV" not in _sources(reading, "accused"), coded(reading)


def test_they_after_an_uncoded_team_is_not_a_body_named_in_between(read_all):
    reading = read_all("The campaign team admitted that aides met the Chinese ambassador the week the State "
                       "Department imposed new sanctions on Beijing, but they denied any wrongdoing.")
    assert "USAGOV" not in _sources(reading, "denied"), coded(reading)


def test_a_coded_speaker_keeps_his_pronoun(read_all):
    reading = read_all("Prime Minister Justin Trudeau said on Friday that he would visit Kyiv next month.")
    assert "CANGOV" in _sources(reading, "visit"), coded(reading)


def test_a_gerund_on_an_asked_infinitive_is_the_act_of_the_one_asked(read_every):
    reading = read_every("President Biden warned Russia to stop threatening Ukraine with troops on its border.")
    threatening = [e for e in reading.events if e.trigger == "threatening"]
    assert threatening and all(e.source is not None and e.source.code == "RUS" for e in threatening), coded(reading)
