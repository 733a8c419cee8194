"""A running inquiry named by its owner and taken by a preposition (round 43, events/background.py):
"grew out of the attorney general's probe", "questions about the Senate committee's
investigation" name a known inquiry the news is about; no inquiry is opened or done that day, and
none is stored. Each is paired with a near sentence whose inquiry is kept: one told with what it
looks into (after it, or as a name before it), and one with a verb of its own. Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on


def _codes(reading, word: str) -> list[str]:
    return [e.cameo for e in events_on(reading, word)]


def test_an_owned_inquiry_after_a_preposition_is_background(read_every):
    for text, word in (("The charges against the two lobbyists grew out of the FBI's probe, prosecutors said.", "probe"),
                       ("The senator refused to answer questions about the Senate committee's investigation on Tuesday.", "investigation"),
                       ("Lawyers for the bank have cooperated throughout the FBI's inquiry, a spokesman said.", "inquiry")):
        assert _codes(read_every(text), word) == [], text


def test_an_owned_inquiry_told_with_its_matter_or_a_verb_is_kept(read_every):
    matter = read_every("The charges against the two lobbyists grew out of the FBI's probe into bribes paid to officials in Kenya.")
    assert _codes(matter, "probe") != []
    named = read_every("The charges against the two lobbyists grew out of the FBI's Kenya probe, prosecutors said.")
    assert _codes(named, "probe") != []
    own_verb = read_every("The Senate committee's investigation into the leaks ended on Tuesday, the FBI said.")
    assert _codes(own_verb, "investigation") != []
