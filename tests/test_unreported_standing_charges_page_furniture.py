"""Text that reports no event (round 24): a standing habit ("have long accused", "has always
opposed"), two sides doing the same to each other in the present, a known act characterised by a
passive with "as", an event named as the source of what an earlier act left ("documents from the
FBI's investigation"), and aid whose gift is a figure of speech ("gave the public a clearer
picture") (events/unreported.py); and page furniture both cleaners now share (clean/furniture.py):
"Read More" promo blocks and newsletter pitches at any length, link labels and captions on the
HTML path too. The plain
report beside each is kept. Sentences and pages written for these tests."""

from __future__ import annotations

import pytest
from helpers import STORY_BODY, STORY_HEADLINE, events_on, story_with

from newsevents.clean.html_rules import clean_lines, line_kind
from newsevents.clean.text import extract_text

# --- events from text that reports none -------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("Palestinians have long accused Israel of stealing their land.", "accused"),
    ("Farmers' unions have long criticized the European Commission over its trade deal with Brazil.", "criticized"),
    ("Democrats accuse Republicans of suppressing the vote; Republicans accuse Democrats of flooding the polls "
     "with fake ballots.", "accuse"),
    ("Russia's invasion of Georgia was widely seen as a warning to NATO.", "invasion"),
    ("Lawmakers gave the public a clearer picture of the deal.", "gave"),
    ("Prosecutors asked for documents from the FBI's investigation of the senator, saying they were relevant.",
     "investigation"),
])
def test_background_habit_and_figure_of_speech_code_nothing(read, text, word):
    assert events_on(read(text), word) == []


@pytest.mark.parametrize("text, word", [
    # the act of the day beside each: a dated accusation, one side's act, a past exchange, a plain
    # report of force, a gift of goods, an investigation announced
    ("Palestinian officials accused Israel on Monday of stealing their land.", "accused"),
    ("Greece has long opposed Turkey's drilling near Cyprus.", "opposed"),  # a stance held now
    ("Russia accused Ukraine of shelling the plant; Ukraine accused Russia of staging the attack.", "accused"),
    ("Russia invaded Georgia in August, and NATO warned Moscow.", "invaded"),
    ("Germany gave Ukraine tanks.", "gave"),
    ("The FBI opened an investigation of the senator on Tuesday.", "investigation"),
])
def test_the_act_of_the_day_is_kept(read, text, word):
    assert events_on(read(text), word) != []


def test_a_pledge_with_always_is_kept(read):
    # "will always" is a modal: a threat of the day, not a habit
    assert [e.cameo[:2] for e in events_on(read("Iran said it will always retaliate against Israel."), "said")] == ["13"]


# --- page furniture: the same rules for text and HTML -----------------------------------------

PROMO = ("Read More How a Shipping Cartel Raised Prices at Every Port on the Coast Our reporters followed "
         "the money through three continents and found that the companies had agreed on rates for years, "
         "while regulators looked away and the navy seized a rival's tanker.")


PITCH = ("The Harbour Post is an independent newsroom that covers the ports and the people who work "
         "in them. Sign up to receive our best stories as soon as they are published. This story was "
         "co-published with the Coast Herald.")


def test_a_read_more_promo_block_is_dropped_at_any_length():
    assert extract_text(story_with(PROMO)).paragraphs == STORY_BODY


def test_a_newsletter_pitch_is_dropped_at_any_length():
    assert extract_text(story_with(PITCH)).paragraphs == STORY_BODY


def test_a_paragraph_about_signing_up_is_kept():
    line = ("Thousands of dock workers can sign up for the new pension plan from Monday, the union said, "
            "after the companies agreed to pay half of its cost for the next ten years.")
    assert line in extract_text(story_with(line)).paragraphs


def test_a_paragraph_that_begins_with_read_more_about_is_kept():
    line = ("Read More about the talks in the union's own statement, which says the companies agreed on "
            "Friday to meet the union again before the end of the month to discuss the night shifts.")
    assert line in extract_text(story_with(line)).paragraphs


@pytest.mark.parametrize("line", [
    "Related Coverage Minister says the army will protect the northern ports",
    "Opinion: Why the government should sanction the shipping cartel",
    "LATEST: Navy escorts the first convoy through the strait",
    "Watch: Dock workers cheer as the strike ends",
    "Image caption Dock workers voted at the union's hall on Wednesday after a long night of talks with "
    "the companies, which had refused any rise at first and then offered six percent.",
    PROMO,
    PITCH,
])
def test_the_html_cleaner_drops_the_text_cleaners_link_labels_and_captions(line):
    assert line_kind(line) is not None
    assert clean_lines([*STORY_BODY[:2], line, STORY_BODY[2]], [STORY_HEADLINE]) == STORY_BODY


@pytest.mark.parametrize("line", [
    "Opinion polls showed most voters backing the dock workers in their strike against the companies.",
    "Related talks between the union and the port authority broke down in March, the union said.",
])
def test_the_html_cleaner_keeps_prose_that_begins_like_a_label(line):
    assert line_kind(line) is None
