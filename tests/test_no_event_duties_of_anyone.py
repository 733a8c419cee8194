"""Round fifty-three, no event: a duty laid on anyone of a kind ("leaders must …", "people should
be allowed to …", "a country has to …") is a norm, no one's act and no demand of anyone
(events/general.py, duty_of_anyone), told by the writer or by a speaker; a duty laid on someone in particular
stays that speaker's demand. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


def _codes(events) -> list[tuple[str, str, str | None]]:
    return [(e.cameo, e.modality, e.target.name if e.target else None) for e in events]


@pytest.mark.parametrize(("text", "word"), [
    ("A retired general said people should be allowed to voice their anger at the government in peaceful protests.", "voice"),
    ("\u201cPoliticians must stop attacking the courts,\u201d the bishop said.", "attacking"),
    ("Governments should cooperate fully with the tribunal, the rights group said.", "cooperate"),
    ("People need to protest against the new law, the activist told supporters.", "protest"),
])
def test_a_duty_of_anyone_of_a_kind_is_no_event(read_every, text, word) -> None:
    reading = read_every(text)
    assert not events_on(reading, word), _codes(events_on(reading, word))


@pytest.mark.parametrize("text", [
    "\u201cPoliticians must stop attacking the courts,\u201d the bishop said.",
    "Sometimes leaders have to break with their closest allies, the former president said in the interview.",
])
def test_the_speaker_of_a_norm_demands_nothing(read, text) -> None:
    # No demand (10) of "politicians" or "leaders" in general: the statement stays a statement.
    reading = read(text)
    assert not [e for e in reading.events if e.cameo.startswith("10")], _codes(reading.events)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The minister said Iranian leaders must stop threatening Israel.", "threatening", "130"),  # one country's leaders
    ("The protesters said the country's leaders must resign.", "resign", "083"),  # whose leaders: named
    ("World leaders must act now to help the refugees, the UN chief said.", "help", "070"),  # a body of leaders in the news
    ("Lawmakers must condemn the attack on the embassy, the ambassador said.", "condemn", "112"),  # one legislature
])
def test_a_duty_of_someone_in_particular_stays_a_demand(read_every, text, word, code) -> None:
    found = events_on(read_every(text), word)
    assert [(e.cameo, e.modality) for e in found] == [(code, "demanded")], _codes(found)


@pytest.mark.parametrize(("text", "modality"), [
    ("People had to protest for weeks before the government listened.", "happened"),  # a duty met in the past
    ("Citizens have yet to protest against the new law.", "negated"),  # "have yet to": not done so far, no duty
])
def test_a_past_duty_or_an_act_not_yet_done_is_still_told(read_every, text, modality) -> None:
    found = events_on(read_every(text), "protest")
    assert [(e.cameo, e.modality) for e in found] == [("140", modality)], _codes(found)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Politicians who took bribes must resign, the protesters said.", "resign", "083"),  # a relative clause says which
    ("Corrupt leaders must step down now, the protesters said.", "step", "083"),  # due at once: a demand, not a norm
])
def test_a_duty_of_the_people_picked_out_or_due_now_stays_a_demand(read_every, text, word, code) -> None:
    found = events_on(read_every(text), word)
    assert [(e.cameo, e.modality) for e in found] == [(code, "demanded")], _codes(found)
