"""Round seventeen, recipients: an event aimed at someone the sentence names but the coder cannot
code is not stored; the recipient gate now reads an event noun's of-object, the recipient of the
act a frame verb is coded over, and a name in apposition. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on


def test_uncoded_of_object_of_an_event_noun_drops_the_criticism(read) -> None:
    # "criticism of X": X is whom the criticism is aimed at; with no code, no target would be wrong
    reading = read("Prime Minister Benjamin Netanyahu's sharp criticism of Dalia Moreno dominated the cabinet session on Tuesday.")
    assert events_on(reading, "criticism") == []


def test_coded_of_object_keeps_the_criticism(read) -> None:
    reading = read("Prime Minister Benjamin Netanyahu's sharp criticism of Russia dominated the cabinet session on Tuesday.")
    assert [(e.cameo, e.target.code if e.target else None) for e in events_on(reading, "criticism")] == [("111", "RUS")]


def test_uncoded_recipient_of_a_threatened_act_drops_the_threat(read) -> None:
    # the threat is aimed at whom the threatened act is: an uncoded name there leaves it unstored
    reading = read("The Turkish government threatened to sue Dalia Moreno over the leaked memo.")
    assert events_on(reading, "threatened") == []


def test_coded_recipient_of_a_threatened_act_keeps_the_threat(read) -> None:
    reading = read("The Turkish government threatened to sue Germany over the leaked memo.")
    assert ("130", "TURGOV", "DEU") in coded(reading)


def test_uncoded_recipient_of_a_refused_act_drops_the_refusal(read) -> None:
    reading = read("The Kenyan government refused to meet Dalia Moreno on Friday.")
    assert events_on(reading, "refused") == []


def test_name_in_apposition_to_the_object_drops_the_arrest(read) -> None:
    # "a blogger, Karim Mansour": the arrested one is named, and has no code
    reading = read("Egyptian police arrested a prominent blogger, Karim Mansour, in Cairo on Sunday.")
    assert events_on(reading, "arrested") == []


def test_unnamed_object_keeps_the_arrest(read) -> None:
    reading = read("Egyptian police arrested a prominent blogger in Cairo on Sunday.")
    assert [e.cameo for e in events_on(reading, "arrested")] == ["173"]


def test_object_pronoun_taken_for_the_doer_drops_the_thanks(read) -> None:
    # "him" cannot be the president who thanks; with Rood uncoded, the thanks would have no target
    reading = read("President Donald Trump wished Vernon Rood well on Wednesday and thanked him for his service.")
    assert events_on(reading, "thanked") == []


def test_coded_conjunct_is_the_target_when_the_first_has_no_code(read) -> None:
    # "attacked Dalia Moreno and Ilhan Omar": Omar is coded, Moreno is not
    reading = read("President Donald Trump has repeatedly attacked both Dalia Moreno and Senator Bernie Sanders.")
    assert [(e.cameo[:2], e.target.code if e.target else None) for e in events_on(reading, "attacked")] == [("11", "USALEG")]
