"""The stage contract: a pipeline is a list of named steps over an `Analysis`; one can be
replaced, and any coder's events get their context from the shared steps."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.events.context import EventContext
from newsevents.model import Analysis, CodedEvent
from newsevents.petrarch.dictionaries import Dictionaries
from newsevents.pipeline import Pipeline
from newsevents.steps import (
    BUILT_IN_STEPS,
    CodeEvents,
    default_steps,
    registered_steps,
    resolve_steps,
)

TEXT = ("Russian President Vladimir Putin will meet Israeli Prime Minister Benjamin Netanyahu on Monday "
        "in Moscow, the Kremlin said.")


class MeetingCoder:
    """A coder of one word, written for this test: "meet" is CAMEO 040 (consult) between the
    nearest actors before and after it. It fills no modality, date or place."""

    name = "events"
    parse_words = frozenset({"meet"})

    def __call__(self, analysis: Analysis) -> None:
        for offset, sentence in analysis.parsed.sentences():
            for token in sentence:
                if token.lemma_ != "meet":
                    continue
                start = offset + token.idx
                before = [m for m in analysis.mentions if m.end <= start and m.start >= offset + sentence.start_char]
                after = [m for m in analysis.mentions if m.start > start and m.end <= offset + sentence.end_char]
                analysis.coded.append(CodedEvent(
                    start, start + len(token), "040",
                    before[-1].actor if before else None, after[0].actor if after else None))


def meeting_coder(_dictionaries: Dictionaries) -> MeetingCoder:
    """The factory an entry point names: a step for a run, given the run's dictionaries."""
    return MeetingCoder()


@pytest.fixture
def installed_meeting_coder(tmp_path, monkeypatch):
    """A package installed for this test alone that registers `meeting_coder` as the step
    "meeting" (what `pip install` of a plugin declaring the entry point leaves on the path)."""
    info = tmp_path / "newsevents_meeting-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newsevents-meeting\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[newsevents.steps]\nmeeting = test_steps:meeting_coder\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    return info


@pytest.fixture(scope="module")
def replaced() -> Pipeline:
    steps = [MeetingCoder() if isinstance(step, CodeEvents) else step for step in default_steps()]
    return Pipeline(steps=steps)


def test_a_replaced_coder_s_events_get_modality_date_and_place_from_the_shared_steps(replaced):
    assert [step.name for step in replaced.steps] == [
        "actors", "places", "events", "event_context", "stored_modalities", "attributions", "attribution_link", "tone"]
    reading = replaced.read_text(TEXT, published=date(2015, 9, 17), clean=False)
    [event] = reading.events
    assert (event.trigger, event.cameo, event.root) == ("meet", "040", "04")
    assert (event.source.code, event.target.code) == ("RUSGOV", "ISRGOV")
    assert event.modality == "planned"  # "will meet"
    assert (event.date, event.date_precision) == (date(2015, 9, 21), "day")  # the Monday after
    assert event.place is not None and event.place.name == "Moscow"
    assert event.sentence == TEXT and event.goldstein == 1.0 and event.quad_class == 1
    assert event.attribution is not None and event.attribution.speaker.code == "RUSGOV"  # the Kremlin said
    assert event.tone is not None


def test_the_default_steps_read_the_same_sentence_with_the_built_in_coder(replaced, pipeline):
    [context] = [step for step in default_steps() if isinstance(step, EventContext)]
    assert context.name == "event_context"  # in the default list it waits for coded events
    [meeting] = [e for e in pipeline.read_text(TEXT, published=date(2015, 9, 17), clean=False).events
                 if e.trigger == "meet" and e.cameo == "040"]  # the Kremlin's announcement (036) is shown on "meet" too
    ours = replaced.read_text(TEXT, published=date(2015, 9, 17), clean=False).events[0]
    assert (meeting.modality, meeting.date, meeting.place.name) == (ours.modality, ours.date, ours.place.name)


def test_the_built_in_steps_are_known_by_their_own_names():
    assert [step.name for step in default_steps()] == list(BUILT_IN_STEPS)
    assert "meeting" not in registered_steps()
    with pytest.raises(ValueError, match="no step named 'meeting'.*attribution_link"):
        resolve_steps(["actors", "meeting"])


def test_a_coder_registered_as_an_entry_point_is_used_by_name(installed_meeting_coder):
    assert registered_steps()["meeting"] is meeting_coder
    names = ["meeting" if name == "events" else name for name in BUILT_IN_STEPS]
    pipeline = Pipeline(steps=names)
    assert isinstance(pipeline.step("events"), MeetingCoder)
    [event] = pipeline.read_text(TEXT, published=date(2015, 9, 17), clean=False).events
    assert (event.trigger, event.cameo, event.modality, event.place.name) == ("meet", "040", "planned", "Moscow")


def test_a_registered_name_cannot_take_a_built_in_one(installed_meeting_coder):
    (installed_meeting_coder / "entry_points.txt").write_text("[newsevents.steps]\nevents = test_steps:meeting_coder\n")
    with pytest.raises(ValueError, match="'events' is registered twice"):
        registered_steps()
