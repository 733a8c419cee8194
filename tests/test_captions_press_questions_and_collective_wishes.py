"""Round eighteen: text that reports no event. A picture's caption inside a scraped page (a
gallery's "Hide Caption 3 of 12" run, a slideshow's "Hide caption …", a video's "Media caption …")
and a related link ("More: <headline>", "Related: <headline>") are page furniture, dropped by the clean stage; the press
asking for comment is no appeal; what a document contains is no act; a wish held by several sides
in general is no intent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.clean.text import extract_text

HEADLINE = "Parliament passes emergency budget after all-night session"
BODY = [
    "Lawmakers approved the emergency budget early on Friday after a session that ran through the "
    "night, ending a standoff that had threatened to shut down public services next week.",
    "The finance minister told reporters the package would fund hospitals and schools until the "
    "spring, when a full budget is due to be debated in the chamber.",
    "Opposition parties voted against the bill, saying it raised taxes on small businesses while "
    "leaving the defence budget untouched, and promised to amend it in committee.",
    "The newspaper apologised for a photo caption that misnamed the finance minister, its editor said "
    "on Friday in a statement to readers, and corrected the page online.",
]
GALLERY = (
    "Photos: Flooding in the delta Photos: Flooding in the delta Rescue workers carry an elderly man "
    "through a flooded street in the delta on Tuesday. Soldiers evacuated three villages after the river "
    "burst its banks. Hide Caption 1 of 12 Photos: Flooding in the delta Troops clash with looters near "
    "the harbour on Wednesday. Police arrested dozens of people. Hide Caption 2 of 12"
)
SLIDESHOW = (
    "Hide caption Protesters wave flags outside the parliament building on Sunday as riot police look on "
    "from behind a row of armoured vans parked along the avenue leading to the square. Previous Next Jane Roe/AP"
)
VIDEO = "Media playback is unsupported on your device Media caption Ministers clash over the budget in the chamber"
RELATED = "More:Parliament rejects the budget for a second time"
LINK = "Related: Opposition vows to take the budget to the constitutional court"


def test_captions_and_related_links_inside_the_body_are_dropped() -> None:
    paragraphs = extract_text("\n".join([HEADLINE, BODY[0], GALLERY, BODY[1], SLIDESHOW, VIDEO, BODY[2], RELATED,
                                         LINK, BODY[3]])).paragraphs
    assert [p for p in paragraphs if p in BODY] == BODY
    assert not {GALLERY, SLIDESHOW, VIDEO, RELATED, LINK} & set(paragraphs)


def test_a_paragraph_that_mentions_a_caption_is_kept() -> None:
    assert BODY[3] in extract_text("\n".join([HEADLINE, *BODY])).paragraphs


def _events(reading) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger) for e in reading.events]


@pytest.mark.parametrize("text", [
    # the press asking for comment
    "NBC News asked the White House for a statement on the attacks.",
    # what a document holds
    "The Senate bill contains provisions on sanctions against Russia.",
    # a wish held by both sides in general
    "Democrats and Republicans want to stop future cyber attacks on the United States, but they are far apart "
    "on how to do it.",
])
def test_text_that_reports_no_event_codes_nothing(read, text):
    assert _events(read(text)) == []


def test_a_wish_held_by_both_sides_codes_neither_the_wish_nor_the_act(read):
    reading = read("Republicans and Democrats in Congress want to punish Saudi Arabia over the killing.")
    assert _events(reading) == []


@pytest.mark.parametrize(("text", "trigger"), [
    # an outlet's editorial asks with a word of its own: kept
    ("The Washington Post editorial board urged Congress to impeach the president.", "urged"),
    # containing what is no document's contents restrains it: kept
    ("Chinese troops contained the protests in Lhasa on Friday.", "contained"),
    # one side's wish, said now: kept
    ("The French president wants to meet the Russian president next month.", "wants"),
])
def test_acts_beside_the_class_are_kept(read, text, trigger):
    assert any(t == trigger for _, t in _events(read(text))), _events(read(text))
