"""A video player's playlist inside a scraped text page ("JUST WATCHED <title> Replay More Videos
... MUST WATCH <title> 02:12", one line a video) is page furniture: the clean stage drops it, so
its titles (other stories' headlines) code nothing and its button label is no person a later "she"
resolves to. Sentences written for this test."""

from __future__ import annotations

from newsevents.clean.text import extract_text

HEADLINE = "Flood relief convoy reaches stranded river towns"
BODY = [
    "A convoy of army trucks carrying food and medicine reached three towns cut off by floodwaters on "
    "Thursday, local officials said, after a week in which roads across the valley were closed.",
    "Residents had been rationing drinking water since the weekend, and the regional hospital was "
    "treating dozens of people for infections caught in the flooded streets.",
    "\"We waited six days for anyone to come,\" she said, standing outside a school turned into a shelter.",
]
PLAYLIST = [
    "JUST WATCHED Minister rejects calls to resign over flood response Replay More Videos ... "
    "MUST WATCH Minister rejects calls to resign over flood response 02:41",
    "JUST WATCHED Rescuers pull family from rooftop Replay More Videos ... MUST WATCH Rescuers pull "
    "family from rooftop 01:15",
]


def test_playlist_lines_are_dropped_and_the_story_kept() -> None:
    paragraphs = extract_text("\n\n".join([HEADLINE, BODY[0], *PLAYLIST, BODY[1], BODY[2]])).paragraphs
    assert [p for p in paragraphs if p in BODY] == BODY
    assert not any("Replay More Videos" in p or p.startswith("JUST WATCHED") for p in paragraphs)


def test_a_sentence_about_watching_a_video_is_kept() -> None:
    line = ("Officials who just watched the footage of the rescue said they would replay more videos of "
            "the flooding at a briefing for aid groups on Friday, according to the regional governor.")
    assert line in extract_text("\n\n".join([HEADLINE, BODY[0], line, BODY[1]])).paragraphs


STORY = [
    "The storm destroyed hundreds of homes along the coast on Monday, emergency officials said, and left "
    "tens of thousands of people without power or running water for a third day.",
    "Growing up in the fishing town, Amira's family ensured she finished school. She trained as a nurse "
    "and began working at the harbour clinic.",
    "When the water began to rise on Sunday night, Amira joined the neighbours who carried the elderly up "
    "to the church on the hill.",
    "\"We carried them on doors and tables. We sang to keep the children calm,\" she said.",
]
STORY_PLAYLIST = [
    "JUST WATCHED Moreau: 'We will rebuild the port' Replay More Videos ... MUST WATCH Moreau: 'We will "
    "rebuild the port' 02:21",
    "JUST WATCHED Survivor describes the night of the storm Replay More Videos ... MUST WATCH Survivor "
    "describes the night of the storm 03:04",
    "JUST WATCHED Floods in the delta leave thousands homeless Replay More Videos ... MUST WATCH Floods in "
    "the delta leave thousands homeless 03:14",
]


def test_no_actor_is_named_after_the_playlist_button(pipeline) -> None:
    # the button label, read as a person's name, was what "she said" resolved to
    reading = pipeline.read_text("\n\n".join([HEADLINE, STORY[0], STORY[1], *STORY_PLAYLIST, STORY[2], STORY[3]]))
    names = {actor.name for event in reading.events for actor in (event.source, event.target) if actor}
    assert reading.events and not any("Replay" in name or "WATCH" in name for name in names)
