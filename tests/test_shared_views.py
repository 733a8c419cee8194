"""Agreeing that something is so is a view shared, no intent to cooperate (030): one rule,
`events.senses._shares_a_view`, for a clause that says how a thing is ("would be long") or what
it is ("would be a crime"); a clause of what will be done ("talks would resume") is an agreement.
Sentences from articles of ../shared/data/news-corpus."""

from __future__ import annotations

import pytest

from newsevents.events.senses import _shares_a_view


@pytest.fixture(scope="module")
def parse(pipeline):
    return pipeline.nlp


def _agree(doc):
    return next(t for t in doc if t.lemma_ == "agree")


def test_agreeing_what_a_thing_is_is_a_view(parse):
    doc = parse("The conspirators all agreed that it would be a crime for any of them to reveal the conspiracy.")
    assert _shares_a_view(_agree(doc))


def test_agreeing_on_what_will_be_done_is_no_view(parse):
    doc = parse("In their conversation, they noted the long history of friendship and cooperation between the "
                "two nations, and agreed that the two governments would continue to work together closely.")
    assert not _shares_a_view(_agree(doc))
