"""A stance or a tie named as a state, voiced by no one (round 44, events/unreported.py
`stance_held`): "commitment" or "cooperation" as a noun, or "committed" after a copula, says what
holds between parties, no intent to cooperate expressed (03) nor cooperation begun (05) on a day.
Each dropped sentence is paired with a near one where the stance is voiced, or the verb is an act,
and the event is kept. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


def _codes(reading, word: str) -> list[str]:
    return [e.cameo for e in events_on(reading, word)]


@pytest.mark.parametrize("text, word", [
    # the noun as what another verb acts on or is about
    ("Several senators in Washington openly doubt Egypt's commitment to the ceasefire with Israel.", "commitment"),
    ("The new tariffs are a sign of Japan's commitment to its farmers.", "commitment"),
    ("Cooperation between Venezuela and Cuba will weaken the opposition, the minister said.", "Cooperation"),
    # the participle after a copula, as a reason or the writer's own description
    ("The vote will be close, because Ireland is committed to blocking the pipeline through its waters.", "committed"),
    ("Mexico is cautious, pragmatic and committed to a free trade deal with Canada.", "committed"),
])
def test_a_stance_named_as_a_state_is_no_event(read, text, word):
    assert _codes(read(text), word) == []


@pytest.mark.parametrize("kept, word", [
    # voiced: a verb of voicing takes the noun, or a participle of one stands on it
    ("On Monday the Egyptian foreign minister reaffirmed Egypt's commitment to the ceasefire with Israel.", "commitment"),
    ("The Turkish president stressed Turkey's commitment to the talks with Greece during the meeting.", "commitment"),
    ("The pact was proof of the commitment Germany made to Poland in March.", "commitment"),
    # the state as what someone says
    ("Trudeau said Canada was still committed to a free trade deal with Mexico.", "committed"),
    # the verb: an act of committing
    ("Iran committed on Tuesday to new limits on its enrichment program.", "committed"),
])
def test_a_stance_voiced_or_committed_to_is_kept(read, kept, word):
    assert _codes(read(kept), word) != []
