"""bench/events.py's "realnews in article" protocol: a gold sentence is coded inside its whole
article, and only the events of that sentence are scored for it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import events as bench  # noqa: E402

# A made-up wire story (not from any gold set): three paragraphs, five sentences, events in most.
SENTENCES = [
    "Germany recalled its ambassador to Turkey on Tuesday after Ankara detained a German journalist, "
    "the Foreign Office said.",
    "Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Wednesday to discuss the dispute.",
    "She criticized the Turkish government for the arrest.",
    "Turkey rejected the criticism and accused Berlin of meddling in its internal affairs.",
    "The European Union urged both countries to resume talks.",
]
RECORD = {
    "id": "wire-1", "outlet": "Example Wire", "published": "2019-03-05",
    "title": "Germany recalls ambassador as row with Turkey deepens",
    "text": f"{SENTENCES[0]}\n\n{SENTENCES[1]} {SENTENCES[2]}\n\n{SENTENCES[3]} {SENTENCES[4]}",
}


def _raw():
    from newsevents.ingest.readers import JsonlFields, read_jsonl

    return next(read_jsonl(json.dumps(RECORD).encode("utf-8"), "wire.jsonl", JsonlFields()))


def test_each_sentence_gets_exactly_the_events_of_its_own_sentence(pipeline):
    article = bench.code_article(pipeline, _raw())
    assert len(article.events) >= 4  # the story holds events in several sentences
    picked = {}
    for sentence in SENTENCES:
        start, end = bench.locate(sentence, article.body)
        picked[sentence] = bench.events_in_span(article.events, start, end)
        for event in picked[sentence]:
            assert event.sentence == sentence and start <= event.trigger_start < end
    # Every event of the article belongs to exactly one sentence: none lost, none shared.
    ids = [id(e) for events in picked.values() for e in events]
    assert sorted(ids) == sorted(id(e) for e in article.events)
    # The sentence between two others with events takes its own criticism and nothing else.
    assert [e.trigger for e in picked[SENTENCES[2]]] == ["criticized"]
    assert [e.trigger for e in picked[SENTENCES[1]]] == ["met"]
    # Two events in one sentence both count; the next sentence's appeal, same paragraph, does not.
    assert sorted(e.trigger for e in picked[SENTENCES[3]]) == ["accused", "rejected"]
    assert "urged" not in {e.trigger for e in picked[SENTENCES[3]]}


def test_in_article_reads_each_article_once_and_scores_its_sentences_events(pipeline):
    coder = bench.InArticle(pipeline, {"wire-1": _raw()})
    item = lambda n, text: bench.Item(n, f"x{n}", text, [], article="wire-1")  # noqa: E731
    coded = [coder.code(item(n, sentence)) for n, sentence in enumerate(SENTENCES)]
    absent = coder.code(item(9, "Nobody in this story said anything about Brazil at all."))
    assert len(coder.articles) == 1  # five sentences, one article read
    article = coder.articles["wire-1"]
    for sentence, got in zip(SENTENCES, coded):
        # the same scoring rule as the sentence-alone row, over this sentence's events only
        assert got == bench.scored_events(bench.events_in_span(article.events, *bench.locate(sentence, article.body)))
    assert [c.code for c in coded[2]] == ["111"]
    assert absent == [] and coder.missing == {"x9"} and coder.found == {f"x{n}" for n in range(5)}


def _event(start, end, trigger_start, trigger_end):
    return SimpleNamespace(start=start, end=end, trigger_start=trigger_start, trigger_end=trigger_end)


def test_a_sentence_split_or_joined_by_the_parser_keeps_its_events_only():
    gold = (100, 200)
    split_first, split_second = _event(100, 150, 110, 118), _event(151, 200, 160, 166)
    joined_inside, joined_outside = _event(20, 200, 120, 128), _event(20, 200, 40, 47)
    before, after = _event(20, 99, 30, 35), _event(202, 260, 210, 215)
    events = [split_first, split_second, joined_inside, joined_outside, before, after]
    assert bench.events_in_span(events, *gold) == [split_first, split_second, joined_inside]


def test_locate_matches_whitespace_loosely_takes_the_first_occurrence_and_misses_cleaned_text():
    body = "A said X.  Then  B\nmet C. A said X."
    assert bench.locate("Then B met C.", body) == (11, 25)
    assert bench.locate("A said X.", body) == (0, 9)
    assert bench.locate("Photo: Reuters", body) is None
