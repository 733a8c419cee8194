"""Readings made cheaper in round 42 (issue 12's speed floor) give what they gave before.

A paragraph with no word opening a quote holds no quotation, so it is not read token by token
(its word ids say so; since round 43 its quotations are found in them too); appositions are looked for at the words of mentions only; the next paragraph is read for a denial only when the paragraph's
last sentence tells an act as done; an outlet's name is looked up once per text; a document's
outlet key is made once, not once per mention; the tone asks whether a capitalised word opens a
sentence only for a word with a valence. Each is checked against what it skips, on sentences
written for these tests.
"""

from __future__ import annotations

import pytest

import newsevents.events.extract as extract
import newsevents.model as model
import newsevents.tone as tone
from newsevents.actors.coding import ActorCoder, ActorRegistry
from newsevents.attribution.sources import Sources
from newsevents.events.extract import _denied_next
from newsevents.facts.agents import outlet_by_name
from newsevents.grammar import quotations, quote_of
from newsevents.model import Actor, Document, Event, Mention


class _Unread:
    """A paragraph whose tokens must not be read: only its text, and the parsed Doc whose word ids
    (read in C, with no Token made) may be read."""

    def __init__(self, text: str, doc=None) -> None:
        self.text = text
        if doc is not None:
            self.vocab, self.doc = doc.vocab, doc

    def __iter__(self):
        raise AssertionError("the paragraph's tokens were read")


@pytest.fixture(scope="module")
def parse(pipeline):
    return pipeline.nlp


def test_a_paragraph_without_quote_marks_is_not_read_for_quotations(parse):
    text = "The mayor of Tirana opened the new bridge on Friday, officials said."
    assert quotations(_Unread(text, parse(text))) == []


def test_a_paragraph_with_quote_marks_is_read_from_its_word_ids(parse):
    text = "“We will rebuild the harbour,” the governor told reporters in Durres."
    assert quotations(_Unread(text, parse(text))) == [(1, 6)]  # round 43: no Token made here either


def test_a_span_is_read_for_its_own_quotations(parse):
    doc = parse("“The border stays closed,” the colonel said. Trade will resume in May.")
    assert quotations(doc) == [(1, 5)]
    assert quotations(doc[11:]) == []
    named = parse('The minister called the plan "a betrayal" and said she would "fight it in court".')
    assert quotations(named) == [(6, 7), (14, 17)]
    assert quote_of(named[15]) == (14, 17)


@pytest.mark.parametrize("text, expected", [
    ("The mayor said the bridge would open on Friday.", []),
    ("“We will open the bridge,” the mayor said.", [(1, 6)]),
    ('He called it "a disgrace" and left.', [(4, 5)]),
    ("“The talks will go on", [(1, 5)]),  # left open: to the paragraph's end
])
def test_quotations_are_found_as_before(parse, text, expected):
    assert quotations(parse(text)) == expected


def test_appositions_are_looked_for_at_the_words_of_mentions_only():
    ActorCoder._appositions(_Unread("The port of Durres reopened on Tuesday after the storm."), {}, ActorRegistry())


def _event(modality: str) -> Event:
    return Event(document_id="d", sentence="Rebels shelled the market.", start=0, end=26, trigger="shelled",
                 trigger_start=7, trigger_end=14, source=None, target=None, cameo="190", root="19",
                 quad_class=4, goldstein=-10.0, plover=None, modality=modality)


@pytest.mark.parametrize("events", [[], [_event("negated")], [_event("planned")]])
def test_the_next_paragraph_is_read_for_a_denial_only_after_an_act_told_as_done(parse, monkeypatch, events):
    read: list[str] = []
    monkeypatch.setattr(extract, "tells_an_account", lambda sentence: read.append(sentence.text) or False)
    paragraph, following = parse("Rebels shelled the market."), parse("The army denied it. Talks resumed.")
    _denied_next(events, paragraph, 0, following)
    assert read == []
    _denied_next([_event("happened")], paragraph, 0, following)
    assert read  # an act told as done: the next paragraph is read, as before


def test_an_outlet_name_is_looked_up_once_per_text():
    outlet_by_name.cache_clear()
    first = outlet_by_name("The Guardian")
    assert outlet_by_name("The Guardian") is first
    assert outlet_by_name.cache_info().hits == 1
    assert outlet_by_name("the guardian") is first and first is not None


def test_a_documents_outlet_key_is_made_once_not_per_mention(monkeypatch):
    made: list[str] = []
    normalise = model.normalise_text
    monkeypatch.setattr(model, "normalise_text", lambda text: made.append(text) or normalise(text))
    people = [Actor(name, "person", "ALB") for name in ("Edi Rama", "Erion Veliaj", "Ilir Meta", "Lulzim Basha")]
    mentions = [Mention(10 * i, 10 * i + 8, actor.name, actor, "PERSON") for i, actor in enumerate(people)]
    document = Document(id="d", origin="o", body="", outlet="Balkan Insight")
    outlet = Sources(document, mentions).outlet
    assert outlet is not None and outlet.kind == "outlet"
    assert len(made) == len(mentions) + 1  # each mention's key, and the outlet's once


def test_the_tone_reads_back_for_a_sentence_start_only_for_words_with_a_valence(monkeypatch):
    asked: list[int] = []
    starts = tone._starts_sentence
    monkeypatch.setattr(tone, "_starts_sentence", lambda text, start: asked.append(start) or starts(text, start))
    text = "Officials in Valletta met Maria Borg on Tuesday near Hope Street."
    measured = tone.measure(text)
    assert asked == [text.index("Hope")]  # the one capitalised word with a valence
    assert measured.positive == 0  # "Hope Street" is a name, as before
