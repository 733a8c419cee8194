"""A photo's caption closed or opened by its credit ("FILE PHOTO: … REUTERS/Jane Doe", "… (AP
Photo/Jane Doe)", "… Photo: Jane Doe for The Wall Street Journal", "… Photograph: Jane Doe/Reuters")
is page furniture: the clean stage drops it, so the scene it shows codes nothing and its person is
no one the next paragraph's "he said" resolves to. Sentences written for this test."""

from __future__ import annotations

import pytest

from newsevents.clean.furniture import furniture_at_any_length
from newsevents.clean.text import extract_text

HEADLINE = "Fishing nations trade blame over quota breaches"
BODY = [
    "Norway and Iceland accused each other on Tuesday of breaking a shared fishing quota, days before "
    "the two governments were due to meet in Bergen to set next year's catch limits.",
    "Norway's fisheries minister, Lars Eide, accused two Icelandic trawler firms of hiding part of their "
    "catch and said both companies were working against the spirit of the agreement.",
    "\u201cThis was arranged between the two firms to empty the sea before the talks,\u201d he told reporters "
    "in Oslo, adding that he would raise the matter with his Icelandic counterpart.",
    "Iceland's government rejected the charge and said its inspectors had found no sign of hidden catches "
    "on any vessel in the past year.",
]
CAPTIONS = [  # as long as real ones: a short line with a credit was dropped before
    "FILE PHOTO: Swedish Prime Minister Erik Holm speaks to reporters after a meeting with fishing industry "
    "leaders at the government offices in Stockholm, Sweden, May 4, 2021. REUTERS/Jane Doe/File Photo",
    "A trawler unloads its catch in the harbour of Reykjavik, Iceland, on Monday, as inspectors from the "
    "fisheries directorate check the hold for undeclared fish. Photo: John Roe for The Wall Street Journal",
    "Fishermen gather at the quayside in Bergen, Norway, to protest against the cut in the cod quota that the "
    "government announced last week, on March 2, 2021. (AP Photo/Jane Doe)",
    "Lars Eide, Norway's fisheries minister, arrives at a news conference in Oslo in March, where he set out "
    "the government's plan for the coming season. Photograph: John Roe/Reuters",
    "JANE DOE/REUTERS A fisherman mends a net in the harbour of Tromso while his crew waits for the weather "
    "to clear before the boats head out for the winter season.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_credited_caption_between_paragraphs_is_dropped_and_the_story_kept(caption: str) -> None:
    paragraphs = extract_text("\n\n".join([HEADLINE, BODY[0], BODY[1], caption, BODY[2], BODY[3]])).paragraphs
    assert paragraphs == BODY


@pytest.mark.parametrize("line", [
    "A Reuters/Ipsos poll released on Monday found that most voters in both countries back the quota.",
    "The minister showed reporters a photo of the trawler taken by a coast guard pilot on Sunday.",
    "Photo: the minister's office released a picture of the two ministers shaking hands in Bergen, and "
    "said the meeting would go ahead.",
])
def test_prose_that_names_a_wire_or_a_photo_is_no_caption(line: str) -> None:
    assert not furniture_at_any_length(line, line.lower())


def test_he_after_a_caption_is_the_paragraph_before_it_not_the_pictured_man(pipeline) -> None:
    text = "\n\n".join([HEADLINE, BODY[0], BODY[1], CAPTIONS[0], BODY[2], BODY[3]])
    reading = pipeline.read_text(text)
    told = [event for event in reading.events if event.trigger == "told"]
    assert told and all(event.source is not None and event.source.name.endswith("Eide") for event in told)
    assert not any("Holm" in actor.name for event in reading.events for actor in (event.source, event.target) if actor)
