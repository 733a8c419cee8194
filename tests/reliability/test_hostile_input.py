"""Hostile input: one run over every kind of bad file a crawl or an attacker can produce, beside
one good article, exits 0, stores the good article, and records each bad input as a skip."""

from __future__ import annotations

import json
import sqlite3

from .corpus import GOOD_URL, write_good_article, write_hostile_corpus
from .runs import finish, newsevents


def test_a_run_over_the_hostile_corpus_stores_the_good_article_and_records_every_input(tmp_path):
    folder = tmp_path / "corpus"
    inputs = write_hostile_corpus(folder)
    good = write_good_article(folder)
    db = tmp_path / "hostile.db"

    code, output = finish(newsevents("ingest", str(folder), "--db", f"sqlite:///{db}"), timeout=240)

    assert code == 0, output
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT origin, url FROM documents").fetchall()
        skips = connection.execute("SELECT origin, reason, detail FROM skips").fetchall()
    assert stored == [(good, GOOD_URL)]  # a URL urllib cannot split loses nothing
    assert len(skips) == inputs, skips
    assert all(reason and detail for _, reason, detail in skips), skips
    origins = {origin for origin, _, _ in skips}
    assert any("caf\\udce9" in origin for origin in origins)  # the non-UTF-8 name, escaped
    reasons = {origin.rsplit("/", 1)[-1]: reason for origin, reason, _ in skips}
    assert reasons["pipe.txt"] == "not a file"
    assert reasons["dangling.txt"] == reasons["loop-a.txt"] == reasons["loop-b.txt"] == "unreadable"
    assert reasons["bomb.txt.gz"] == "too large" and reasons["truncated.txt.gz"] == "unreadable"


def test_a_lone_surrogate_loses_only_its_own_line(tmp_path, pipeline):
    from newsevents.ingest import read_paths

    text = (tmp_path / "good.jsonl")
    write_good_article(tmp_path)
    good = text.read_text(encoding="utf-8")
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"id": "bad", "text": "Broken \ud800 emoji " * 10}) + "\n" + good, encoding="utf-8")
    text.unlink()

    items = list(read_paths([str(path)]))

    assert [item.origin for item in items] == ["bad", "good-article"]
    assert "\ufffd" in items[0].content.decode("utf-8")  # replaced, as a browser's JSON reader does


def test_a_text_past_spacys_limit_is_skipped_before_spacy_and_the_batch_goes_on(pipeline):
    from newsevents.model import Document, RawDocument, Skip

    paragraph = "The minister said the talks would resume in Geneva next week after a pause. "
    huge = "\n\n".join(f"In session {n}, the delegates from {n} towns met again. " + paragraph * 40
                       for n in range(600))  # 1.8 million characters in ordinary paragraphs
    assert len(huge) > pipeline.nlp.max_length

    too_long = pipeline.prepare(RawDocument("huge.txt", ("Talks resume\n\n" + huge).encode(), "text"))
    as_is = pipeline.read_text(huge, clean=False)
    # Past the check, spaCy's own error (E088) ends only that document, not its batch.
    body = paragraph * 14_000
    unchecked = Document("x" * 16, "unchecked", body, language="en", paragraphs=[(0, len(body))])
    fine_body = paragraph * 3
    fine = Document("y" * 16, "fine", fine_body, language="en", paragraphs=[(0, len(fine_body))])
    results = pipeline.read_or_skip([unchecked, fine])

    assert isinstance(too_long, Skip) and too_long.reason == "too long"
    assert isinstance(as_is, Skip) and as_is.reason == "too long"
    assert isinstance(results[0], Skip) and results[0].reason == "reading failed" and "E088" in results[0].detail
    assert not isinstance(results[1], Skip)
