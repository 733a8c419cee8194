"""A verb of asking (`events.framing.asking_verb`): one test for the three places that ask it, the
recipient an intent joined to an asking passes on (extract), the party asked (extract), and an act
asked to be left undone (modality: hypothetical since round 28, neither negated nor demanded). A verb asks by its frame ("urged",
"demanded") or through its own preposition ("calling on him", "calls upon Iran"). Sentences from
articles of ../shared/data/news-corpus."""

from __future__ import annotations

import pytest

from newsevents.events.framing import asked_words, asking_verb
from newsevents.events.modality import _asked_not_to

LETTER = ("McCain, the Arizona Republican and chairman of the Armed Services Committee, co-wrote a "
          "letter to Carter last week calling on him not to demote Petraeus.")
RESOLUTION = ("The U.N. Security Council lifted its ban on such testing when the deal was struck, but "
              "passed a resolution that calls upon Iran not to undertake any activity related to ballistic missiles.")


@pytest.fixture(scope="module")
def parse(pipeline):
    return pipeline.nlp


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, verb, asked, act", [
    (LETTER, "calling", "him", "demote"),
    (RESOLUTION, "calls", "Iran", "undertake"),
])
def test_asking_through_a_preposition(parse, text, verb, asked, act):
    doc = parse(text)
    assert asking_verb(_word(doc, verb))
    assert [w.text for w in asked_words(_word(doc, verb))] == [asked]
    # the act the asked party is asked not to do is asked to be left undone (hypothetical), not denied
    assert _asked_not_to(_word(doc, act))


def test_a_verb_that_asks_no_one_is_no_asking(parse):
    doc = parse(LETTER)
    assert not asking_verb(_word(doc, "wrote"))
    assert not asking_verb(_word(doc, "demote"))
