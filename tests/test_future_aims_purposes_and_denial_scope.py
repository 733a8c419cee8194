"""Future and intended acts told as happened, the modality of a denial
itself, a "which X denies" that denies only its own clause, and "but not that …" (a saying denied,
the act left open). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_on


@pytest.mark.parametrize(("text", "word"), [
    # the typographic apostrophe of news text: "he’ll" is "he will"
    ("The French president, Emmanuel Macron, said he’ll hold talks with Chinese President Xi Jinping next week.", "talks"),
    ("Germany’s chancellor Olaf Scholz will travel to Kyiv on Friday, and he’ll meet President Volodymyr Zelensky there.", "meet"),
])
def test_a_future_with_a_typographic_apostrophe_is_not_told_as_done(read, text, word):
    events = events_on(read(text), word)
    assert events and all(e.modality == "planned" for e in events), [(e.cameo, e.modality) for e in events]


def test_an_act_one_is_moving_to_do_is_intended_not_done(read):
    events = events_on(read("The Treasury Department is moving to impose new sanctions on Venezuelan oil officials."), "sanctions")
    assert events and all(e.modality == "planned" for e in events), [(e.cameo, e.modality) for e in events]


def test_a_denial_is_stored_as_denied(read):
    # The project's convention, fixed by the seed's expected Kremlin denial: a user filters
    # denials by modality.
    denials = [e for e in read("Pakistan's foreign ministry denied the Indian reports on Tuesday.").events if e.cameo == "016"]
    assert denials and all(e.modality == "denied" for e in denials), [(e.cameo, e.modality) for e in denials]


def test_what_a_denial_denies_stays_denied(read):
    events = events_on(read("Syria denied that its jets had bombed the market in Idlib."), "bombed")
    assert all(e.modality == "denied" for e in events), [(e.cameo, e.modality) for e in events]


def test_which_x_denies_denies_its_own_clause_not_the_probe_that_took_it_up(read):
    text = "The FBI's probe has grown to take in whether the Russian ambassador bribed Senate staff, which the embassy denies."
    probes = events_on(read(text), "probe")
    assert probes and all(e.modality == "happened" for e in probes), [(e.cameo, e.modality) for e in probes]


def test_which_x_denies_still_denies_the_act_before_it(read):
    events = events_on(read("Iraqi militias fired rockets at the American embassy in Baghdad, which Tehran denies."), "fired")
    assert events and all(e.modality == "alleged" for e in events), [(e.cameo, e.modality) for e in events]


def test_but_not_that_leaves_the_act_open(read):
    text = "The Chinese envoy said Beijing would not send troops to Myanmar, but not that it would withdraw its warships from the strait if asked."
    reading = read(text)
    assert all(e.modality != "negated" for e in events_on(reading, "withdraw"))
    sent = events_on(reading, "send")
    assert sent and all(e.modality == "negated" for e in sent)  # the "not" of its own clause still negates


def test_a_purpose_put_first_is_an_aim_not_an_act(read):
    reading = read("To resolve the dispute with Japan, South Korea needs to negotiate with Tokyo.")
    assert not [e for e in events_on(reading, "resolve") if e.modality == "happened"]


def test_a_purpose_put_first_under_a_frame_is_its_intent(read):
    events = events_on(read("To end the war, Russia vowed to withdraw its troops from Ukraine."), "withdraw")
    assert events and all(e.modality == "planned" for e in events)


def test_a_day_of_another_verb_makes_no_progressive_future(read):
    text = ("Huge rallies are rocking Iraq, with state television saying Tuesday that clashes between students and "
            "Iraqi police had killed 20 people.")
    clashes = events_on(read(text), "clashes")
    assert clashes and all(e.modality == "happened" for e in clashes), [(e.cameo, e.modality) for e in clashes]


def test_a_progressive_with_a_day_ahead_is_still_planned(read):
    events = events_on(read("The German chancellor is visiting Moscow next week."), "visiting")
    assert events and all(e.modality == "planned" for e in events)
