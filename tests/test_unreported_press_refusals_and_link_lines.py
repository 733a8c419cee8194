"""Text that reports no event (round 23): a press request turned down ("declined requests for
interviews", events/unreported.py), and page furniture that reached the coder as body text: a link
block's heading before another story's headline ("Related Coverage …", "PHOTOS: …", "Opinion: …"),
a linked video's caption and an editor's note (clean/text.py). The plain report beside each is
kept. Sentences and pages written for these tests."""

from __future__ import annotations

import pytest
from helpers import STORY_BODY, events_on, story_with

from newsevents.clean.text import extract_text

# --- a press request turned down --------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("Executives of the pipeline operator declined repeated requests for interviews.", "declined"),
    ("The shipping firm declined an interview request from Reuters on Friday.", "declined"),
    ("Officials at the ministry turned down questions from reporters after the briefing.", "turned"),
    ("The embassy rejected several requests for comment on the expulsions.", "rejected"),
])
def test_a_press_request_turned_down_is_no_rejection(read, text, word):
    # no rejection (12x) of anyone's proposal: no event, or CAMEO's "decline comment" (011), which
    # the word senses give "declined requests for comment" and "declined requests for interviews"
    assert all(e.cameo == "011" for e in events_on(read(text), word)), events_on(read(text), word)


@pytest.mark.parametrize("text, word", [
    # a request from a state, for something other than comment, is a rejection (12x) still
    ("Moscow rejected Kyiv's request for talks on Tuesday.", "rejected"),
    ("The Hungarian government turned down the European Commission's request for more time.", "turned"),
    # words someone said are no press request
    ("Beijing rejected the comments made by the Japanese defence minister on Monday.", "rejected"),
])
def test_a_state_request_turned_down_is_still_a_rejection(read, text, word):
    assert [e.cameo[:2] for e in events_on(read(text), word)] == ["12"]


# --- page furniture before the coder ----------------------------------------------------------

FURNITURE = [
    "Related Coverage Minister says the army will protect the northern ports",
    "PHOTOS: Ten warships that guard the strait",
    "Opinion: Why the government should sanction the shipping cartel",
    "Related Video The navy seized a tanker off the coast last spring after a long chase. Our "
    "correspondent explains what happened next and why the shipping firms were worried about more attacks.",
    "Related Five things to know about the naval blockade",
    "Editor's note: An earlier version of this story said the union had rejected the offer from the "
    "shipping companies; the union accepted it, and the story has been corrected to say so.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_a_link_label_caption_or_editors_note_inside_the_body_is_dropped(line):
    paragraphs = extract_text(story_with(line)).paragraphs
    assert paragraphs == STORY_BODY


@pytest.mark.parametrize("line", [
    # a paragraph that only begins with the same words is the story's own
    "Related talks between the union and the port authority broke down in March, and the port's "
    "owners said on Friday they would meet the union again before the end of the month.",
    "related to the pay talks, the union's leader said, adding that the port's owners had agreed to meet "
    "the union again before the end of the month to discuss the night shifts.",
    "Photos taken by dock workers showed police removing pickets from the main gate on Tuesday, a "
    "day before the union voted on the offer from the shipping companies.",
])
def test_a_paragraph_that_begins_like_a_label_is_kept(line):
    paragraphs = extract_text(story_with(line)).paragraphs
    assert line in paragraphs


def test_another_storys_headline_in_the_page_codes_no_event_and_lends_no_country(read):
    text = story_with("Related Coverage Spain says it will expel two Russian diplomats")
    reading = read(text, clean=True)
    assert events_on(reading, "expel") == []
    # the union's country is none the page gives, not that of the diplomats in the link (with no
    # country, its own act is left out of a story: `sources.unplaced_group`)
    unions = {m.actor.country for m in reading.mentions if m.text.lower().endswith("union")}
    assert unions == {None}, unions
