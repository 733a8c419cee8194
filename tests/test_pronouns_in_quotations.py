"""Whom he/she/they stand for, by where the words sit: a pronoun inside a quotation is the speaker's
word for someone else (never the speaker, never a name the narrative gave outside the quote); a
pronoun outside quotations does not take a name a speaker said inside one; and when the last
sentences name two people who could be "he" and neither is a subject near, he is left unresolved.
Sentences written for these tests."""

from __future__ import annotations

from helpers import coded, events_on, pronoun_actor


def test_a_quoted_he_is_not_the_speaker_of_the_quote(read):
    reading = read('Texas Senator Ted Cruz spoke to reporters on Tuesday. "The president has been weak from the start. '
                   'He dismissed every warning from his generals," Cruz said.')
    he = pronoun_actor(reading, "He")
    assert he is None or "Cruz" not in he.name, he
    assert all(e.source is None or "Cruz" not in e.source.name for e in events_on(reading, "dismissed")), coded(reading)


def test_a_quoted_he_takes_the_person_named_in_the_quote(read):
    reading = read('"Prime Minister Boris Johnson has lost control of his party. He ignored every warning," '
                   'opposition leader Keir Starmer said on Monday.')
    he = pronoun_actor(reading, "He")
    assert he is not None and "Johnson" in he.name, he


def test_a_quoted_they_is_not_the_lone_witness_who_speaks(read):
    reading = read('Police broke up the rally in the square. A protester who was injured told the BBC: '
                   '"They started to beat us with sticks, and then they started to shoot."')
    they = pronoun_actor(reading, "They")
    assert they is None or they.role != "CVL", they
    assert all(e.source is None or e.source.role != "CVL" for e in events_on(reading, "beat")), coded(reading)


def test_he_outside_a_quote_is_not_whom_the_speaker_addresses_in_it(read):
    reading = read('Radio host Mark Levin attacked the Democrats on Tuesday night. '
                   '"Mr. Schiff, why don\'t you release your own phone records?" he said.')
    he = pronoun_actor(reading, "he")
    assert he is not None and "Levin" in he.name, he


def test_he_after_a_subject_in_the_sentence_before_is_that_subject(read):
    # the control: the subject of the sentence before is whom "he" stands for
    reading = read("Canadian Prime Minister Justin Trudeau met workers in Ottawa on Monday. "
                   "He criticized the new steel tariffs.")
    he = pronoun_actor(reading, "He")
    assert he is not None and "Trudeau" in he.name, he


def test_he_is_left_unresolved_between_two_men_named_sentences_before(read):
    reading = read("French President Emmanuel Macron hosted Canadian Prime Minister Justin Trudeau in Paris. "
                   "Their aides declined to comment. The meeting lasted an hour. The weather was cold. "
                   "He later criticized the new steel tariffs.")
    assert pronoun_actor(reading, "He") is None, [(m.text, m.actor.name) for m in reading.mentions]
    assert all(e.source is None for e in events_on(reading, "criticized")), coded(reading)


def test_he_goes_on_with_an_earlier_he_left_unresolved_not_a_name_before_it(read):
    reading = read("Republican Senator Lindsey Graham spoke to reporters on Monday. "
                   "The former contractor says he gave the documents to a newspaper. He also criticized the agency.")
    he = pronoun_actor(reading, "He")
    assert he is None or "Graham" not in he.name, he
    assert all(e.source is None or "Graham" not in e.source.name for e in events_on(reading, "criticized")), coded(reading)
