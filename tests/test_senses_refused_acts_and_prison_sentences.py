"""Event codes (round 32): classes of wrong codes in the judged real-news draws (seeds 12-49): an
act someone refused to do stored beside the refusal as a negated act of its own, a prison
sentence coded as an administrative sanction (172). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import codes, events_on

# --- (1) "refused to X": the refusal (12x) alone, no negated X beside it -------------------------


@pytest.mark.parametrize(("text", "act"), [
    ("President Duterte on Monday refused to commit to meeting the Chinese delegation.", "commit"),
    ("Ankara has refused to hand over the two journalists to Greek authorities.", "hand"),
    ("Hungary declined to sign the agreement with Brussels on Thursday.", "sign"),
    ("Poland's refusal to meet the Russian envoy angered Moscow.", "meet"),
])
def test_a_refused_act_is_stored_as_the_refusal_only(read, text, act):
    reading = read(text)
    assert not events_on(reading, act)
    assert any(code.startswith("12") for code in codes(reading))


@pytest.mark.parametrize(("text", "act"), [
    ("The Kremlin rejected releasing the detained sailors before the talks.", "releasing"),
    ("The ministry said Egypt was unwilling to release the detained reporters.", "release"),
    ("The Mexican president would not commit to meeting Trump.", "commit"),
])
def test_an_act_not_refused_by_a_verb_with_an_infinitive_keeps_its_negated_event(read, text, act):
    # a refused gerund is the thing rejected, an unwillingness or a plain "would not" no refusal verb
    assert [e.modality for e in events_on(read(text), act)] == ["negated"]


# --- (2) a prison sentence is legal action (173), no administrative sanction (172) -----------------


@pytest.mark.parametrize("text", [
    "A Cairo court sentenced three activists to prison in 2016 for the protest.",
    "An Iranian court has sentenced the British aid worker to five years in jail.",
])
def test_a_court_sentence_is_legal_action(read, text):
    found = codes(read(text))
    assert "173" in found and "172" not in found
