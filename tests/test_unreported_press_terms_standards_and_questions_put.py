"""Lines that report no event (round 41, events/unreported.py): a source's terms for talking to the
press ("requested anonymity", "asked not to be named", "was not authorized to talk to the press"),
how the news was gathered and no request, demand, refusal or talk with anyone. What the source
says is kept. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events_on

# --- a source's terms for talking to the press ---------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("The two diplomats insisted on anonymity because they were not allowed to brief the press.", "insisted"),
    ("The Saudi officials insisted on anonymity because the talks were still going on.", "insisted"),
    ("A senior Turkish diplomat requested anonymity to describe the closed meeting.", "requested"),
    ("The Iranian negotiator declined to be identified.", "declined"),
    ("The commanders spoke on condition of anonymity because they were not authorized to talk to the media.", "talk"),
    ("Both envoys spoke to the Guardian on condition of anonymity because they were not authorized to talk "
     "to the media.", "spoke"),
    ("Both envoys spoke to the Guardian on condition of anonymity because they were not authorized to talk "
     "to the media.", "talk"),
])
def test_a_sources_terms_for_talking_to_the_press_are_no_event(read, text, word):
    assert events_on(read(text), word) == []


@pytest.mark.parametrize("text, event", [
    # what the source said is the news: its content clause is coded
    ("A senior commander said on condition of anonymity that Syrian troops shelled the Turkish border post.",
     ("195", "SYRMIL", "TUR")),
    ("Two diplomats, who asked not to be named, said Egypt had expelled the Qatari ambassador.",
     ("166", "EGY", "QATGOV")),
])
def test_what_an_unnamed_source_says_is_kept(read, text, event):
    assert event in coded(read(text))


def test_leave_withheld_to_talk_to_a_side_is_no_press_term(read):
    # the leave to talk to another party, not to the press: a negated meeting (04), kept
    text = "The Houthi negotiator is not authorized to talk to the Saudi government."
    assert [e.cameo[:2] for e in events_on(read(text), "talk")] == ["04"]


def test_a_request_that_is_no_press_term_is_kept(read):
    # anonymity is not what is asked for: an appeal by one state to another
    assert [e.cameo[:2] for e in events_on(read("Poland requested military aid from Germany on Monday."), "requested")] == ["02"]


# --- an event noun as the standard a thing is measured by ---------------------------------------


@pytest.mark.parametrize("text, word", [
    ("\"Editing the transcript was not in keeping with the Pentagon's commitment to honesty,\" the spokesman said.",
     "commitment"),
    ("The cabinet failed to measure up to the protesters' demands.", "demands"),
    ("The budget falls short and does not measure up to the IMF's demands.", "demands"),
])
def test_an_event_noun_as_a_standard_is_no_event(read, text, word):
    assert events_on(read(text), word) == []


@pytest.mark.parametrize("text, word, root", [
    # a standard told with a clause of its own is an act reported; complying is an act of yielding
    ("The strike is consistent with the threats Tehran made last week.", "threats", "13"),
    ("The ministry agreed to comply with the committee's subpoena.", "comply", "08"),
])
def test_a_standard_told_or_complied_with_is_kept(read, text, word, root):
    assert [e.cameo[:2] for e in events_on(read(text), word)] == [root]


# --- a question put to someone, nothing asked for -------------------------------------------------


@pytest.mark.parametrize("text", [
    "\"Were you there in 2014?\" Senator Ratcliffe asked Haspel.",
    "\"Why now?\" Senator Kaine asked Esper.",
    "Senator Ratcliffe asked Haspel.",
])
def test_a_question_put_to_someone_is_no_appeal(read, text):
    assert events_on(read(text), "asked") == []


@pytest.mark.parametrize("text", [
    "Turkey asked NATO for two Patriot batteries.",
    "The Iraqi government asked them for help.",
])
def test_asking_someone_for_something_is_still_an_appeal(read, text):
    assert [e.cameo[:2] for e in events_on(read(text), "asked")] == ["02"]
