"""A paragraph's quotations, read from its word ids with no Token made.

The actors step reads a paragraph's quotations, and the events step asks again for each pronoun it
resolves there: the marks are found in the paragraph's word ids, and a question asked again gets
the same answer. A span, or another paragraph, is read for its own. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from newsevents.grammar import quotations, quote_of


class _TokensUnread:
    """A parsed paragraph whose tokens must not be made: only its vocabulary and word ids."""

    def __init__(self, doc) -> None:
        self.vocab, self.doc = doc.vocab, doc

    def __iter__(self):
        raise AssertionError("the paragraph's tokens were read")


@pytest.fixture(scope="module")
def parse(pipeline):
    return pipeline.nlp


def test_quotation_marks_are_found_in_the_word_ids(parse):
    doc = parse("“We will rebuild the harbour,” the governor told reporters in Durres.")
    assert quotations(_TokensUnread(doc)) == [(1, 6)]


def test_the_same_paragraph_asked_again_gets_the_quotations_it_got(parse):
    doc = parse('The minister called the plan "a betrayal" and said she would "fight it in court".')
    first = quotations(doc)
    assert first == [(6, 7), (14, 17)]
    assert quotations(doc) == first
    assert quote_of(doc[15]) == (14, 17)


def test_a_span_and_another_paragraph_are_read_for_their_own(parse):
    quoted = parse("“The border stays closed,” the colonel said. Trade will resume in May.")
    assert quotations(quoted) == [(1, 5)]
    assert quotations(quoted[11:]) == []
    plain = parse("Trade between the two ports will resume in May, the customs office said.")
    assert quotations(plain) == []
    assert quotations(parse("He said the talks were “going well")) == [(6, 7)]  # left open: to the end
