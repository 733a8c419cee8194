"""Tests for the readers: files, folders, globs, gzip, JSONL, WARC, feeds and stdin → RawDocument or Skip."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.ingest import readers
from newsevents.ingest.readers import JsonlFields, expand_paths, read_file, read_paths
from newsevents.model import RawDocument, Skip

FIXTURES = Path(__file__).parent / "fixtures"
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


def test_jsonl_line_nested_past_the_stack_is_malformed(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", "[" * 200_000, {"text": "After."})
    results = read_all(path)
    assert [type(r) for r in results] == [Skip, RawDocument]
    assert results[0].reason == "malformed JSON"


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


def test_oversized_file_is_skipped_as_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 100)
    path = tmp_path / "dump.txt"
    path.write_text("word " * 100)
    result = only(read_all(path))
    assert isinstance(result, Skip)
    assert result.reason == "too large"
    assert "500 bytes" in result.detail


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "d.txt").write_text(ARTICLE)
    results = {Path(r.origin).name: r for r in read_all(tmp_path)}
    assert isinstance(results["a.txt"], RawDocument) and isinstance(results["d.txt"], RawDocument)
    assert results["b.txt"].reason == "empty"
    assert results["c.pdf"].reason == "unsupported format"


def test_a_reader_bug_ends_that_file_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: bytes, origin: str) -> Iterator[RawDocument | Skip]:
        raise KeyError("a bug")
        yield  # pragma: no cover

    monkeypatch.setattr(readers, "read_feed", broken)
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "a.atom")
    (tmp_path / "b.txt").write_text(ARTICLE)
    results = read_all(tmp_path)
    assert [type(r) for r in results] == [Skip, RawDocument]
    assert results[0].reason == "unreadable" and "KeyError" in results[0].detail


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


# --- WARC and ARC ---------------------------------------------------------------------------

PROSE_A = ("The mayor of the coastal town opened a new lifeboat station on Saturday, saying the volunteers who "
           "crew it had rescued more than forty people from the sea in the past two years alone.")
PROSE_B = ("Farmers in the northern valley began the wheat harvest a week early this year after an unusually "
           "warm spring, and the cooperative expects yields to be the highest recorded since it was founded.")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n\x78\x9c\x00\x01\x02\x03\x04"
# (record type, URL, HTTP status, content type, body); status 0: not an HTTP response
WarcRecord = tuple[str, str, int, str, bytes]


def html_page(title: str, prose: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{prose}</p></article></body></html>").encode()


def write_warc(path: Path, records: list[WarcRecord], gz: bool = True, encoding: str = "") -> list[int]:
    """Write the records with warcio; returns the offset where each one ends (to cut a file inside one)."""
    ends = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for kind, url, status, content_type, body in records:
            if kind == "response":
                headers = [("Content-Type", content_type)]
                if encoding == "gzip":
                    headers.append(("Content-Encoding", "gzip"))
                    body = gzip.compress(body)
                http = StatusAndHeaders(f"{status} {'OK' if status == 200 else 'Other'}", headers, protocol="HTTP/1.1")
                record = writer.create_warc_record(url, kind, payload=io.BytesIO(body), http_headers=http)
            else:
                record = writer.create_warc_record(url, kind, payload=io.BytesIO(body), warc_content_type=content_type)
            writer.write_record(record)
            ends.append(out.tell())
    return ends


def crawl() -> list[WarcRecord]:
    """What a crawl holds around two articles: a request, an image, a stylesheet, a 404, a redirect."""
    return [
        ("request", "https://news.example/a", 0, "application/http; msgtype=request",
         b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
        ("response", "https://news.example/a", 200, "text/html; charset=utf-8", html_page("Lifeboat station opens", PROSE_A)),
        ("response", "https://news.example/logo.png", 200, "image/png", PNG),
        ("response", "https://news.example/site.css", 200, "text/css", b"body { color: black }"),
        ("response", "https://news.example/gone", 404, "text/html", html_page("Not found", "Nothing here.")),
        ("response", "https://news.example/old", 301, "text/html", b""),
        ("metadata", "https://news.example/a", 0, "application/warc-fields", b"fetchTimeMs: 120\r\n"),
        ("response", "https://news.example/b", 200, "application/xhtml+xml", html_page("Early harvest", PROSE_B)),
    ]


def test_an_archive_without_one_html_page_is_counted_as_a_skip(tmp_path: Path) -> None:
    """A crawl of only requests, images and metadata still answers for its file (found by the
    property test: a two-byte file warcio reads as one record)."""
    path = tmp_path / "assets.warc.gz"
    write_warc(path, [record for record in crawl() if "text/html" not in record[3] and "xhtml" not in record[3]])

    (skip,) = read_all(path)

    assert isinstance(skip, Skip) and skip.reason == "no articles"
    assert skip.detail == "4 WARC records, none an HTML page"


@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_yields_exactly_the_html_pages(tmp_path: Path, name: str, gz: bool) -> None:
    path = tmp_path / name
    write_warc(path, crawl(), gz=gz)
    docs = read_all(path)
    assert all(isinstance(d, RawDocument) for d in docs), docs
    assert [d.url for d in docs] == ["https://news.example/a", "https://news.example/b"]
    assert [d.media_type for d in docs] == ["html", "html"]
    assert docs[0].content == html_page("Lifeboat station opens", PROSE_A)
    assert all(d.origin.startswith(f"{path}#urn:uuid:") for d in docs)
    assert docs[0].origin != docs[1].origin


def test_warc_gzipped_whole_rather_than_per_record_is_read(tmp_path: Path) -> None:
    plain = tmp_path / "crawl.warc"
    write_warc(plain, crawl(), gz=False)
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))  # what `gzip crawl.warc` makes
    assert [d.url for d in read_all(path)] == ["https://news.example/a", "https://news.example/b"]


def test_warc_http_content_encoding_is_undone(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("response", "https://news.example/a", 200, "text/html", html_page("Lifeboat", PROSE_A))],
               encoding="gzip")
    assert only(read_all(path)).content == html_page("Lifeboat", PROSE_A)


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_yields_whole_records_then_one_skip(tmp_path: Path, gz: bool) -> None:
    records = [("response", f"https://news.example/{n}", 200, "text/html", html_page(f"Story {n}", PROSE_A + f" ({n})"))
               for n in range(3)]
    full = tmp_path / "full.warc"
    ends = write_warc(full, records, gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(full.read_bytes()[: (ends[1] + ends[2]) // 2])  # inside the third record
    results = read_all(path)
    assert [type(r) for r in results] == [RawDocument, RawDocument, Skip], results
    assert [r.url for r in results[:2]] == ["https://news.example/0", "https://news.example/1"]
    assert results[2].reason == "malformed WARC"
    assert "truncated" in results[2].detail


def test_file_that_is_not_a_warc_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("These are meeting notes, saved with the wrong name.\n")
    result = only(read_all(path))
    assert isinstance(result, Skip)
    assert result.reason == "malformed WARC"
    assert result.detail


def test_arc_gz_is_read(tmp_path: Path) -> None:
    body = html_page("Lifeboat station opens", PROSE_A)
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    info = b"1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://crawl.arc 0.0.0.0 20240101000000 text/plain %d\n" % len(info) + info + b"\n"
    record = b"https://news.example/a 192.0.2.1 20240101000000 text/html %d\n" % len(http) + http + b"\n"
    path = tmp_path / "crawl.arc.gz"
    path.write_bytes(gzip.compress(header) + gzip.compress(record))  # one gzip member per record, as ARCs are
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument)
    assert (doc.url, doc.content) == ("https://news.example/a", body)
    assert doc.origin == f"{path}#{len(header)}"  # ARC records have no id: the (decompressed) offset is stable


# --- RSS, Atom and RDF feeds ----------------------------------------------------------------


def test_rss_items_become_documents() -> None:
    full, teaser = read_all(FIXTURES / "feed.rss")
    assert isinstance(full, RawDocument) and isinstance(teaser, RawDocument)
    # content:encoded wins over the teaser in <description>
    assert full.media_type == "html" and b"three river states" in full.content and b"teaser" not in full.content
    assert (full.url, full.title, full.outlet, full.published) == (
        "https://harbour-gazette.example/2024/05/water-accord", "River states sign water accord", "Harbour Gazette",
        date(2024, 5, 14))
    assert full.origin == f"{FIXTURES / 'feed.rss'}#https://harbour-gazette.example/?p=101"
    # a plain-text description is text, titled on its first line for the text cleaner
    assert teaser.media_type == "text"
    assert teaser.content.decode("utf-8").startswith("Port workers end strike\n\nDock workers")
    assert teaser.published == date(2024, 5, 15)


def test_atom_entry_becomes_a_document() -> None:
    doc = only(read_all(FIXTURES / "feed.atom"))
    assert isinstance(doc, RawDocument)
    # a bare fragment is wrapped in a page, or trafilatura finds no article in it
    assert doc.media_type == "html" and doc.content.startswith(b"<html>")
    assert b"<article><p>The town council voted" in doc.content
    assert (doc.url, doc.title, doc.outlet, doc.published) == (
        "https://valley-courier.example/news/bridge", "Council approves new bridge", "Valley Courier", date(2024, 6, 2))


def test_rdf_feed_in_an_xml_file_is_read_as_a_feed() -> None:
    doc = only(read_all(FIXTURES / "feed-rdf.xml"))
    assert isinstance(doc, RawDocument)
    assert (doc.url, doc.outlet, doc.published) == ("https://plains-herald.example/grain", "Plains Herald", date(2024, 7, 9))


def test_gzipped_feed_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss.gz"
    path.write_bytes(gzip.compress((FIXTURES / "feed.rss").read_bytes()))
    assert [d.title for d in read_all(path)] == ["River states sign water accord", "Port workers end strike"]


def test_xml_that_is_not_a_feed_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?>\n<urlset><url><loc>https://news.example/a</loc></url></urlset>\n')
    result = only(read_all(path))
    assert isinstance(result, Skip)
    assert result.reason == "unsupported format" and "<urlset>" in result.detail


@pytest.mark.parametrize("content", [b"this is not a feed at all\n", PAGE.encode("utf-8"), b"<rss><channel><title>Cut"])
def test_malformed_feed_is_one_skip(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "news.rss"
    path.write_bytes(content)
    assert skip_reason(read_all(path)) == "malformed feed"


def test_feed_without_entries_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "quiet.rss"
    path.write_text('<rss version="2.0"><channel><title>Quiet Times</title></channel></rss>')
    assert skip_reason(read_all(path)) == "empty"


def test_feed_entry_without_content_is_skipped_and_others_come_through(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text('<rss version="2.0"><channel><title>T</title>'
                    '<item><title>Headline only</title><link>https://news.example/h</link></item>'
                    '<item><title>Story</title><description>A story body.</description></item></channel></rss>')
    results = read_all(path)
    assert [type(r) for r in results] == [Skip, RawDocument]
    assert results[0].reason == "empty"


# --- bad input, with bounded memory ---------------------------------------------------------

MB = 1_000_000


def peak_memory(read: Callable[[], list[RawDocument | Skip]]) -> tuple[list[RawDocument | Skip], int]:
    """What `read` returns, and the peak bytes Python allocated while it ran."""
    tracemalloc.start()
    try:
        results = read()
        return results, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def write_chunks(handle: BinaryIO, total: int, chunk: bytes) -> None:
    for _ in range(total // len(chunk)):
        handle.write(chunk)


def test_100_mb_page_is_skipped_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.html"
    with path.open("wb") as handle:
        write_chunks(handle, 100 * MB, b"<p>filler words </p>\n" * 50_000)
    results, peak = peak_memory(lambda: read_all(path))
    result = only(results)
    assert isinstance(result, Skip) and result.reason == "too large"
    assert peak < 5 * MB


def test_100_mb_gzipped_page_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "dump.html.gz"
    with gzip.open(path, "wb", compresslevel=1) as handle:
        write_chunks(handle, 100 * MB, b"<p>filler words </p>\n" * 50_000)
    results, peak = peak_memory(lambda: read_all(path))
    assert skip_reason(results) == "too large"
    assert peak < 2 * readers.MAX_DOCUMENT_BYTES  # a document's worth (and a copy), not the file's 100 MB


def test_100_mb_jsonl_line_is_skipped_and_the_lines_around_it_read(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"text": "Before."}\n{"text": "')
        write_chunks(handle, 100 * MB, b"filler " * 100_000)
        handle.write(b'"}\n{"text": "After."}\n')
    results, peak = peak_memory(lambda: read_all(path))
    assert [type(r) for r in results] == [RawDocument, Skip, RawDocument]
    assert (results[1].reason, results[1].origin) == ("too large", f"{path}:2")
    assert results[2].content == b"After."
    assert peak < 2 * readers.MAX_DOCUMENT_BYTES


@pytest.mark.parametrize("name, gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_oversized_warc_record_is_skipped_and_not_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       name: str, gz: bool) -> None:
    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 1 * MB)
    big = b"<html><body>" + b"<p>filler words </p>" * (30 * MB // 20) + b"</body></html>"
    path = tmp_path / name
    write_warc(path, [("response", "https://news.example/big", 200, "text/html", big),
                      ("response", "https://news.example/b", 200, "text/html", html_page("Early harvest", PROSE_B))],
               gz=gz)
    del big
    results, peak = peak_memory(lambda: read_all(path))
    assert [type(r) for r in results] == [Skip, RawDocument]
    assert results[0].reason == "too large" and "https://news.example/big" in results[0].detail
    assert results[1].url == "https://news.example/b"
    assert peak < 5 * MB  # the limit plus warcio's buffers, not the 30 MB record


def test_pdf_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    path.write_bytes(PDF)
    assert skip_reason(read_all(path)) == "binary"


@pytest.mark.parametrize("name", ["empty.warc", "empty.warc.gz", "empty.rss", "empty.jsonl", "empty.html.gz", "empty.xml"])
def test_empty_file_of_any_format_is_empty(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert skip_reason(read_all(path)) == "empty"


def test_blank_jsonl_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n\n")
    assert skip_reason(read_all(path)) == "empty"


def test_binary_jsonl_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.jsonl"
    path.write_bytes(PNG)
    assert skip_reason(read_all(path)) == "binary"


def test_truncated_jsonl_gz_yields_the_lines_before_then_unreadable(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"text": f"Story number {n} about the harvest."}) + "\n" for n in range(2000))
    path = tmp_path / "wire.jsonl.gz"
    data = gzip.compress(lines.encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])
    results = read_all(path)
    assert isinstance(results[0], RawDocument) and len(results) > 10
    assert isinstance(results[-1], Skip) and results[-1].reason == "unreadable"
    assert all(isinstance(r, RawDocument) for r in results[:-1])


def test_unreadable_stdin_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(PNG))
    assert skip_reason(read_all("-")) == "binary"
    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", FakeStdin(ARTICLE.encode("utf-8") * 5))
    assert skip_reason(read_all("-")) == "too large"


def test_stdin_jsonl_streams_past_a_long_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 100)
    data = b'\n{"text": "One."}\n{"text": "' + b"x" * 500 + b'"}\n{"text": "Three."}\n'
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    results = read_all("-")
    assert [type(r) for r in results] == [RawDocument, Skip, RawDocument]
    assert [r.origin for r in results] == ["<stdin>:2", "<stdin>:3", "<stdin>:4"]


# --- end to end through the CLI -------------------------------------------------------------


def test_cli_ingests_every_input_form_and_lists_the_skips(pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    import newsevents.pipeline
    from newsevents.cli import app

    monkeypatch.setattr(newsevents.pipeline, "Pipeline", lambda **_: pipeline)  # spaCy is loaded once per session
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_warc(folder / "crawl.warc.gz", crawl()[:3])  # request, one article, one image
    shutil.copy(FIXTURES / "feed.atom", folder / "courier.atom")
    write_jsonl(folder / "wire.jsonl", {"text": PROSE_B, "title": "Early harvest", "url": "https://wire.example/harvest"})
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.html").write_bytes(PDF)
    from conftest import database_url

    db = database_url(tmp_path, 'cli')
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    assert "skipped: empty" in result.output and "skipped: binary" in result.output
    exported = json.loads(runner.invoke(app, ["export", "--format", "json", "--db", db]).stdout)
    assert {d["url"] for d in exported["documents"]} == {
        "https://news.example/a", "https://valley-courier.example/news/bridge", "https://wire.example/harvest"}
