"""Round 50, modality: a verb of allowing whose subject is a standing instrument tells a power
granted, not an act done, also when the instrument is a directive or a regulation, or is named by
the subject's "of" object ("the state of emergency", "the terms of the deal"). A state or a person
allowing an act is an act, read as told. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize("text, act", [
    ("The state of emergency allows the cabinet to deploy the army along the southern border.", "deploy"),
    ("A new directive allows the border police to arrest migrants who cross the river.", "arrest"),
    ("The new regulation allows the navy to seize ships that carry weapons to Yemen.", "seize"),
])
def test_an_act_a_standing_instrument_allows_is_not_done(read_every, text, act):
    events = events_on(read_every(text), act)
    assert not any(e.modality in {"happened", "planned"} for e in events), [(e.cameo, e.modality) for e in events]


def test_a_state_allowing_an_act_tells_the_act(read_every):
    strike = events_on(read_every("Turkey allowed American jets to use its base to strike Islamic State."), "strike")
    assert strike and all(e.modality == "happened" for e in strike)
