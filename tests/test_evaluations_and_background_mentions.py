"""Opinion, evaluation and background mentions that tell of no new event (events/unreported.py):
a judgement of the doer's act ("X was right to …"), opposition to things no one owns ("defies
norms"), an event noun named again by how it came about ("the deal struck last year") and an
event noun weighed by "be" ("the threat is serious"). The plain reports beside them still code.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word", [
    # a judgement of the doer's act, the doer as subject
    ("Critics say the Justice Department was right to investigate the leak of classified cables.", "investigate"),
    ("The senator said Britain was wrong to expel the Russian diplomats last year.", "expel"),
    ("Analysts said Ankara was foolish to attack the Kurdish militia in Syria.", "attack"),
    # opposition to things no one owns
    ("Erdogan defies norms and expectations at every turn.", "defies"),
    # an event noun named again by how it came about
    ("The minister criticised the sanctions imposed by Washington in 2018.", "sanctions"),
    ("The opposition welcomed the deal struck by the two leaders last year.", "deal"),
    # an event noun weighed by "be"
    ("Moscow's threat is serious, the NATO commander told reporters.", "threat"),
    ("The Saudi airstrikes on the port were a mistake, the senator said.", "airstrikes"),
    ("Israel's attack on the convoy was the result of a failure of intelligence, the report said.", "attack"),
])
def test_no_new_event(read, text, word):
    assert events_on(read(text), word) == []


@pytest.mark.parametrize("text, word, code", [
    # readiness and speed are no judgement: intent, or the act done
    ("Iran is ready to resume talks with the European Union.", "talks", "04"),
    ("Russia was quick to condemn the American strike on Syria.", "condemn", "11"),
    # defying someone is an act against them
    ("Kurdish militants defied the Turkish army and crossed the border.", "defied", "12"),
    # the event itself, reported
    ("Russia's troops attacked the Ukrainian port on Tuesday, officials said.", "attacked", "19"),
    ("The European Union imposed sanctions on Belarus on Monday.", "sanctions", "16"),
    # "be" with a time or place tells of the event
    ("The talks between Iran and the European Union were in their third day on Friday.", "talks", "04"),
    ("The visit by Merkel to Washington was the first since 2018.", "visit", "04"),
])
def test_reported_event_kept(read, text, word, code):
    found = events_on(read(text), word)
    assert found and found[0].cameo.startswith(code)


def test_indefinite_deal_is_not_restated():
    """"a deal reached on Tuesday" may be the news; only a definite noun refers back."""
    import spacy
    from spacy.tokens import Doc

    from newsevents.events.unreported import restated_event

    nlp = spacy.blank("en")
    words = ["The", "deal", "reached", "yesterday"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2], deps=["det", "ROOT", "acl", "npadvmod"],
              pos=["DET", "NOUN", "VERB", "NOUN"], tags=["DT", "NN", "VBN", "NN"])
    assert restated_event(doc[1])
    words[0] = "A"
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2], deps=["det", "ROOT", "acl", "npadvmod"],
              pos=["DET", "NOUN", "VERB", "NOUN"], tags=["DT", "NN", "VBN", "NN"])
    assert not restated_event(doc[1])


@pytest.mark.parametrize("text, word", [
    ("The collapse of talks between Washington and Pyongyang has alarmed Seoul.", "talks"),
    ("Thousands marched in Kiev on the anniversary of the Russian invasion of Ukraine.", "invasion"),
])
def test_background_after_of(read, text, word):
    """An event noun held by a noun of its passing or memory is background."""
    assert events_on(read(text), word) == []


def test_series_of_meetings_kept(read):
    found = events_on(read("Trump described a series of meetings between Pompeo and Kim Jong Un."), "meetings")
    assert found and found[0].cameo.startswith("04")



def test_event_noun_beside_a_name():
    """"NAFTA, the trade agreement between …": what a standing treaty is, no signing; the same
    noun as a verb's object is kept."""
    import spacy
    from spacy.tokens import Doc

    from newsevents.events.unreported import standing_name

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Mercosur", ",", "the", "trade", "pact", ",", "lowered", "tariffs"],
              heads=[6, 0, 4, 4, 0, 0, 6, 6], deps=["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "dobj"],
              pos=["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "NOUN"])
    assert standing_name(doc[4])
    doc = Doc(nlp.vocab, words=["Brazil", "signed", "the", "pact"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "det", "dobj"], pos=["PROPN", "VERB", "DET", "NOUN"])
    assert not standing_name(doc[3])
