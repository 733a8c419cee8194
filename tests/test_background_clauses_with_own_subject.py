"""A clause after a preposition that names its own doer (events/extract.py, `_background`):
"testified about how Russian officials rejected his requests", "with Iran accusing Israel of the
attack" tell that doer's act and code; a gerund with no doer of its own after a preposition ("the
officials responsible for blocking the convoys") stays a nameless topic. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, word, event", [
    # "about how" with a finite clause of its own
    ("The Polish envoy testified on Tuesday about how Russian officials rejected his requests for a meeting.",
     "rejected", ("120", "RUSGOV")),
    # "with" and a subject of its own: the absolute construction
    ("Tensions rose in the region on Sunday, with Iran accusing Israel of the attack.",
     "accusing", ("1123", "IRN")),
    ("The vote split the council, with Hungary condemning the sanctions on Russia.",
     "condemning", ("111", "HUN")),
])
def test_clause_with_its_own_doer_after_a_preposition_codes(read, text, word, event):
    found = events_on(read(text), word)
    assert [(e.cameo, e.source.code if e.source else None) for e in found] == [event]


@pytest.mark.parametrize("text, word", [
    ("Aid groups criticised the Sudanese officials responsible for blocking the convoys.", "blocking"),
    ("The Kenyan minister is known for attacking the press.", "attacking"),
    # a gerund with a doer of its own, after a preposition other than "with": an act talked of
    ("Greek officials worry about Turkey attacking Kurdish fighters in Syria.", "attacking"),
])
def test_gerund_with_no_doer_after_a_preposition_stays_background(read, text, word):
    assert events_on(read(text), word) == []
