"""Tests for the readers: files, folders, globs, gzip, JSONL and stdin → RawDocument or Skip."""

from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from newsevents.ingest import readers
from newsevents.ingest.readers import JsonlFields, expand_paths, read_file, read_paths
from newsevents.model import RawDocument, Skip

ARTICLE = (
    "Ministers agree new trade pact\n\n"
    "Trade ministers from twelve countries agreed on Tuesday to cut tariffs on farm goods.\n"
)
PAGE = "<html><body><article><h1>Pact agreed</h1><p>Trade ministers agreed on Tuesday.</p></article></body></html>"


def read_all(*paths: object, fields: JsonlFields = JsonlFields()) -> list[RawDocument | Skip]:
    return list(read_paths([str(p) for p in paths], fields))


def only(results: list[RawDocument | Skip]) -> RawDocument | Skip:
    assert len(results) == 1, results
    return results[0]


def skip_reason(results: list[RawDocument | Skip]) -> str:
    result = only(results)
    assert isinstance(result, Skip), result
    return result.reason


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    return path


# --- files, folders, globs ------------------------------------------------------------------


def test_text_file_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "text"
    assert doc.content == ARTICLE.encode("utf-8")
    assert doc.origin == str(path)


def test_html_file_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "html"


def test_text_file_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html>\n" + PAGE, encoding="utf-8")
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "html"


def test_folder_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    nested = tmp_path / "2025" / "03"
    nested.mkdir(parents=True)
    (nested / "b.html").write_text(PAGE)
    (nested / "c.txt").write_text(ARTICLE)
    origins = {Path(d.origin).name for d in read_all(tmp_path)}
    assert origins == {"a.txt", "b.html", "c.txt"}


def test_glob_pattern_matches_files(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt", "three.html"):
        (tmp_path / name).write_text(ARTICLE)
    origins = sorted(Path(d.origin).name for d in read_all(tmp_path / "*.txt"))
    assert origins == ["one.txt", "two.txt"]


def test_html_gz_file_is_decompressed_and_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "html"
    assert doc.content == PAGE.encode("utf-8")


def test_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE)
    assert len(read_all(path, path)) == 1
    assert list(expand_paths([str(path), str(tmp_path)])) == [path]


def test_file_named_and_inside_a_folder_given_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE)
    assert len(read_all(tmp_path, path, tmp_path / "*.txt")) == 1


def test_file_given_relative_and_absolute_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    assert len(read_all("article.txt", tmp_path / "article.txt")) == 1


def test_hidden_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    (tmp_path / ".DS_Store").write_text(ARTICLE)
    (tmp_path / ".notes.txt").write_text(ARTICLE)
    assert [p.name for p in expand_paths([str(tmp_path)])] == ["article.txt"]


# --- JSONL ----------------------------------------------------------------------------------


def test_jsonl_with_default_fields(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        {"text": "First story body about the talks.", "title": "Talks open"},
        {"text": "Second story body about the vote."},
    )
    docs = read_all(path)
    assert [type(d) for d in docs] == [RawDocument, RawDocument]
    first, second = docs
    assert first.media_type == "text"
    assert first.title == "Talks open"
    assert first.content.decode("utf-8") == "Talks open\n\nFirst story body about the talks."
    assert second.content == b"Second story body about the vote."
    assert first.origin == f"{path}:1" and second.origin == f"{path}:2"


def test_jsonl_record_id_becomes_origin(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", {"id": "story-42", "text": "A story body."})
    assert only(read_all(path)).origin == "story-42"


def test_jsonl_html_field_is_read_as_html(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", {"html": PAGE, "text": "ignored when html is present"})
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "html"
    assert doc.content == PAGE.encode("utf-8")


def test_jsonl_custom_field_names(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "corpus.ndjson",
        {"body": "The story body.", "headline": "The headline", "source": "Example Wire", "link": "https://x.example/1", "date": "2025-03-11"},
    )
    fields = JsonlFields(text="body", title="headline", outlet="source", url="link", published="date")
    doc = only(read_all(path, fields=fields))
    assert isinstance(doc, RawDocument)
    assert doc.title == "The headline"
    assert doc.outlet == "Example Wire"
    assert doc.url == "https://x.example/1"
    assert doc.published == date(2025, 3, 11)
    assert b"The story body." in doc.content


def test_jsonl_published_timestamp_is_parsed_to_a_date(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", {"text": "Body.", "published": "2025-02-09T11:30:00Z"})
    assert only(read_all(path)).published == date(2025, 2, 9)


def test_jsonl_unparseable_published_is_none(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", {"text": "Body.", "published": "last Tuesday"})
    assert only(read_all(path)).published is None


def test_jsonl_outlet_and_url_are_carried(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", {"text": "Body.", "outlet": "Meridian Wire", "url": "https://wire.example/a"})
    doc = only(read_all(path))
    assert doc.outlet == "Meridian Wire"
    assert doc.url == "https://wire.example/a"


def test_jsonl_malformed_line_is_skipped_and_others_come_through(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", {"text": "First."}, '{"text": "broken', {"text": "Third."})
    results = read_all(path)
    assert [type(r) for r in results] == [RawDocument, Skip, RawDocument]
    assert results[1].reason == "malformed JSON"
    assert results[1].origin == f"{path}:2"


def test_jsonl_line_that_is_not_an_object_is_malformed(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", "[1, 2, 3]")
    assert skip_reason(read_all(path)) == "malformed JSON"


def test_jsonl_line_without_text_is_skipped_as_empty(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", {"title": "Headline only", "url": "https://x.example/"}, {"text": "   "})
    results = read_all(path)
    assert [r.reason for r in results] == ["empty", "empty"]


def test_jsonl_blank_lines_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text('{"text": "One."}\n\n   \n{"text": "Two."}\n')
    assert [type(r) for r in read_all(path)] == [RawDocument, RawDocument]


# --- bad input ------------------------------------------------------------------------------


def test_empty_file_is_skipped_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(" \n\n ")
    assert skip_reason(read_all(path)) == "empty"


def test_binary_file_is_skipped_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    assert skip_reason(read_all(path)) == "binary"


def test_truncated_gzip_is_skipped_as_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress((PAGE * 50).encode("utf-8"))[:40])
    assert skip_reason(read_all(path)) == "unreadable"


def test_missing_path_is_skipped_as_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = only(read_all(missing))
    assert isinstance(result, Skip)
    assert (result.reason, result.origin) == ("not found", str(missing))


@pytest.mark.parametrize("name", ["report.pdf", "notes.md"])
def test_unsupported_suffix_is_skipped(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(ARTICLE)
    assert skip_reason(read_all(path)) == "unsupported format"


def test_oversized_file_is_skipped_as_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 100)
    path = tmp_path / "dump.txt"
    path.write_text("word " * 100)
    result = only(read_all(path))
    assert isinstance(result, Skip)
    assert result.reason == "unreadable"


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "d.txt").write_text(ARTICLE)
    results = {Path(r.origin).name: r for r in read_all(tmp_path)}
    assert isinstance(results["a.txt"], RawDocument) and isinstance(results["d.txt"], RawDocument)
    assert results["b.txt"].reason == "empty"
    assert results["c.pdf"].reason == "unsupported format"


def test_read_file_yields_for_a_single_path(tmp_path: Path) -> None:
    path = tmp_path / "article.text"
    path.write_text(ARTICLE)
    assert isinstance(only(list(read_file(path))), RawDocument)


# --- stdin ----------------------------------------------------------------------------------


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(ARTICLE.encode("utf-8")))
    doc = only(read_all("-"))
    assert isinstance(doc, RawDocument)
    assert (doc.origin, doc.media_type) == ("<stdin>", "text")
    assert doc.content == ARTICLE.encode("utf-8")


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(PAGE.encode("utf-8")))
    assert only(read_all("-")).media_type == "html"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"text": "One.", "outlet": "Example Wire"}\n{"text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    docs = read_all("-")
    assert [type(d) for d in docs] == [RawDocument, RawDocument]
    assert docs[0].outlet == "Example Wire"


def test_empty_stdin_is_skipped_as_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"\n"))
    assert skip_reason(read_all("-")) == "empty"
