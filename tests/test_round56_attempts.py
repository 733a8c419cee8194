"""A cooperative act done only when it succeeds (an agreement signed, material cooperation, aid
given, a concession made) is not told as done when it is only tried (`modality._achieved_only`,
`achieved_only_codes`): "tried to free the hostages" freed no one. A verbal act or a talk is made in
the trying, and stays as told. Sentences written for these tests."""

import pytest
from helpers import events_on


@pytest.mark.parametrize(("text", "word"), [
    ("The Nigerian government tried to free the hostages held by Boko Haram.", "free"),
    ("Norway attempted to deliver medical aid to the besieged city of Aleppo.", "deliver"),
    ("Moscow attempted to sign a gas agreement with Kyiv before the winter.", "sign"),
    ("Qatar tried to broker a deal between Hamas and Fatah.", "deal"),
])
def test_a_tried_cooperative_result_is_not_stored_as_done(read, text, word):
    assert [(e.cameo, e.modality) for e in events_on(read(text), word)] == []


@pytest.mark.parametrize(("text", "word"), [
    ("The Nigerian government freed the hostages held by Boko Haram.", "freed"),
    ("Moscow signed a gas agreement with Kyiv before the winter.", "signed"),
])
def test_the_same_act_done_is_still_stored(read, text, word):
    assert [e.modality for e in events_on(read(text), word)] == ["happened"]


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Egypt tried to mediate between Israel and Hamas.", "mediate", "045"),
    ("Pompeo tried to persuade Pyongyang to give up its nuclear weapons.", "persuade", "0256"),
])
def test_a_tried_mediation_or_appeal_is_made_in_the_trying(read, text, word, code):
    assert [(e.cameo[:3], e.modality) for e in events_on(read(text), word)][:1] == [(code[:3], "happened")]
