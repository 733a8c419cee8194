"""Asking frames and statement verbs read at the wrong CAMEO root (issue 12, round 34): "called on X
to V" dropped V as the calling's purpose, so the appeal never took V's sub-code; "appealed to X to
V" was read as an aim asked of no one, and made no event at all; and a dictionary pattern written
for another verb of the block moved a verb of saying out of the statements ("echoed warnings" 130,
"explained the resistance" 110). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on


@pytest.mark.parametrize("text, code, source, target", [
    ("The Danish government on Thursday called on Belarus to withdraw its troops from Ukraine.",
     "0256", "DNKGOV", "BLR"),
    ("Canada has called upon Myanmar to free the jailed reporters without delay.", "0253", "CAN", "MMR"),
])
def test_call_on_takes_the_asked_acts_code(read, text, code, source, target):
    assert coded(read(text)) == [(code, source, target)]


@pytest.mark.parametrize("text, source, target", [
    ("The Red Cross appealed to Ethiopia to reconsider its decision on the convoys.", "NGOHLHIRC", "ETH"),
    ("Pope Francis appealed to Armenia and Azerbaijan to seek a lasting peace.", "VATREL", "ARM"),
])
def test_appealed_to_someone_is_an_appeal(read, text, source, target):
    found = coded(read(text))
    assert found and found[0] == ("020", source, target), found


@pytest.mark.parametrize("text, word", [
    ("Spain echoed warnings from Portugal about the fishing quotas.", "echoed"),
    ("The Finnish envoy explained the opposition of Norway to the pipeline.", "explained"),
])
def test_a_statement_verb_takes_no_other_verbs_pattern(read, text, word):
    assert [e.cameo for e in events_on(read(text), word) if not e.cameo.startswith("01")] == []
    # a statement verb's own patterns still code: "expressed concern" is 012
    found = coded(read("Germany expressed concern over the arrests in Turkey."))
    assert any(code == "012" for code, _, _ in found), found
