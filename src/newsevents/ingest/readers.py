"""Find input files and yield one `RawDocument` per article, or a `Skip` with the reason.

Readers never raise on bad input: an unreadable file becomes a counted, logged `Skip`. Memory
stays bounded by MAX_DOCUMENT_BYTES whatever the input: sizes are checked before reading, and
JSONL, WARC and gzip are streamed.
"""

from __future__ import annotations

import glob
import gzip
import io
import itertools
import json
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from newsevents.ingest.feeds import FEED_SUFFIXES, is_feed, read_feed, root_element
from newsevents.ingest.warc import WARC_SUFFIXES, read_warc
from newsevents.model import RawDocument, Skip, printable

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
XML_SUFFIXES = {".xml"}  # a feed when its root is rss/feed/RDF
SUPPORTED = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | XML_SUFFIXES | WARC_SUFFIXES
# A single article page (or feed, or JSONL line) is far below this; beyond it is a dump, not an article.
MAX_DOCUMENT_BYTES = 20_000_000
LINE_BLOCK = 1 << 20
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
READ_ERRORS = (OSError, EOFError, zlib.error)  # gzip.BadGzipFile is an OSError


class TooLarge(Exception):
    pass


@dataclass(frozen=True)
class JsonlFields:
    """Which JSONL keys hold what (corpora disagree on names)."""

    text: str = "text"
    html: str = "html"
    url: str = "url"
    title: str = "title"
    outlet: str = "outlet"
    published: str = "published"


def expand_paths(paths: Iterable[str]) -> Iterator[Path]:
    """Files named, entries under folders (recursive, sorted) and glob matches, each once.
    Everything under a folder that is not itself a folder comes out (FIFOs, sockets, dangling
    or looping symlinks too), so `read_file` can count it as a skip instead of dropping it."""
    seen: set[Path] = set()
    for spec in paths:
        matches = [Path(p) for p in sorted(glob.glob(spec, recursive=True))] if glob.has_magic(spec) else [Path(spec)]
        for path in matches:
            for file in _entries(path) if _is_folder(path) else [path]:
                if file.name.startswith("."):
                    continue
                key = _identity(file)
                if key in seen:
                    continue
                seen.add(key)
                yield file


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):  # missing, dangling, a symlink loop, a NUL in the name
        return False


def _entries(folder: Path) -> list[Path]:
    """Every non-folder entry under `folder`, sorted. Symlinked folders are read once: a folder
    already walked (a symlink loop back up the tree) is not walked again."""
    found: list[Path] = []
    walked: set[str] = set()
    for root, folders, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in walked:
            folders.clear()
            continue
        walked.add(real)
        found.extend(Path(root) / name for name in files)
    return sorted(found)


def _identity(path: Path) -> Path:
    """The real path, to read a file once however it is named; the path itself when it cannot be
    resolved (a symlink loop), so the reader can say why."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop before Python 3.13
        return path.absolute()


def origin_of(path: Path) -> str:
    """A path as stored and printed: bytes that are not UTF-8 become backslash escapes."""
    return printable(str(path))


def _suffix(path: Path) -> str:
    """The format suffix, looking through a trailing .gz ("a.html.gz" → ".html")."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _open(path: Path) -> BinaryIO:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")  # type: ignore[return-value]


def _read_bytes(path: Path) -> bytes:
    """The whole file, decompressed; refused (TooLarge) before more than the limit is held."""
    if path.suffix.lower() != ".gz":
        size = path.stat().st_size  # checked before reading: a 100 MB page never enters memory
        if size > MAX_DOCUMENT_BYTES:
            raise TooLarge(f"{size:,} bytes; the limit is {MAX_DOCUMENT_BYTES:,}")
    with _open(path) as handle:
        data = handle.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise TooLarge(f"over {MAX_DOCUMENT_BYTES:,} bytes decompressed")
    return data


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Each line, or None for a line over the limit. Read in blocks (readline(limit) would buffer
    twice the limit), so an oversized line is dropped as it passes the limit, never held whole."""
    while True:
        parts: list[bytes] = []
        size = 0
        while block := stream.readline(LINE_BLOCK):
            parts.append(block)
            size += len(block)
            if block.endswith(b"\n") or size > MAX_DOCUMENT_BYTES:
                break
        if not parts:
            return
        if size <= MAX_DOCUMENT_BYTES:
            yield parts[0] if len(parts) == 1 else b"".join(parts)
            continue
        parts.clear()
        while block and not block.endswith(b"\n"):
            block = stream.readline(LINE_BLOCK)
        yield None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: an image, PDF, archive..."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p>" in head


def parse_date(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_file(path: Path, fields: JsonlFields = JsonlFields()) -> Iterator[RawDocument | Skip]:
    origin = origin_of(path)
    suffix = _suffix(path)
    if suffix not in SUPPORTED:
        yield Skip(origin, "unsupported format", f"'{printable(suffix)}' is not one of {sorted(SUPPORTED - {''})}")
        return
    try:
        status = os.stat(path)  # follows a symlink: a dangling one or a loop fails here
    except (OSError, ValueError) as error:
        yield Skip(origin, "unreadable", printable(f"{type(error).__name__}: {error}"))
        return
    if not stat.S_ISREG(status.st_mode):  # a FIFO would block the run forever on open()
        yield Skip(origin, "not a file", "a FIFO, socket, device or folder, not a regular file")
    elif status.st_size == 0:
        yield Skip(origin, "empty", "no content")
    elif suffix in WARC_SUFFIXES:
        yield from read_warc(path, MAX_DOCUMENT_BYTES)
    elif suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, fields)
    else:
        yield from _read_document(path, suffix)


def _read_document(path: Path, suffix: str) -> Iterator[RawDocument | Skip]:
    """A page, a text or a feed: one file read whole (within the limit)."""
    origin = origin_of(path)
    try:
        data = _read_bytes(path)
    except TooLarge as error:
        yield Skip(origin, "too large", str(error))
        return
    except READ_ERRORS as error:
        yield Skip(origin, "unreadable", printable(f"{type(error).__name__}: {error}"))
        return
    if not data.strip():
        yield Skip(origin, "empty", "no content")
        return
    if looks_binary(data):
        yield Skip(origin, "binary", "not text (NUL or control bytes)")
        return
    if suffix in FEED_SUFFIXES or (suffix in XML_SUFFIXES and is_feed(data)):
        yield from read_feed(data, origin)
        return
    if suffix in XML_SUFFIXES and root_element(data) != "html":
        yield Skip(origin, "unsupported format", f"XML with root <{root_element(data)}> is not an RSS, Atom or RDF feed")
        return
    media = "html" if suffix in HTML_SUFFIXES | XML_SUFFIXES or looks_like_html(data) else "text"
    yield RawDocument(origin=origin, content=data, media_type=media)


def _read_jsonl_file(path: Path, fields: JsonlFields) -> Iterator[RawDocument | Skip]:
    """Streamed line by line: a corpus file may be far larger than any one document."""
    origin = origin_of(path)
    try:
        with _open(path) as handle:
            if looks_binary(handle.peek(8192)[:8192]):
                yield Skip(origin, "binary", "not text (NUL or control bytes)")
                return
            yield from read_jsonl(handle, origin, fields)
    except READ_ERRORS as error:  # e.g. a cut-off .jsonl.gz: the lines before it still count
        yield Skip(origin, "unreadable", printable(f"{type(error).__name__}: {error}"))


def read_jsonl(source: bytes | BinaryIO, origin: str, fields: JsonlFields) -> Iterator[RawDocument | Skip]:
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    yield from _jsonl_records(_lines(stream), origin, fields)


def _jsonl_records(lines: Iterable[bytes | None], origin: str, fields: JsonlFields) -> Iterator[RawDocument | Skip]:
    blank = True
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if line is None:
            blank = False
            yield Skip(where, "too large", f"line over {MAX_DOCUMENT_BYTES:,} bytes")
        elif line.strip():
            blank = False
            yield _isolated_record(line, where, fields)
    if blank:
        yield Skip(origin, "empty", "no content")


def _isolated_record(line: bytes, where: str, fields: JsonlFields) -> RawDocument | Skip:
    """One line, whatever it holds: a bug or an odd value ends that line, never the file."""
    try:
        return _jsonl_record(line, where, fields)
    except Exception as error:
        log.exception("reading %s failed", where)
        return Skip(where, "malformed JSON", printable(f"{type(error).__name__}: {error}")[:300])


def _text_field(value: object) -> str | None:
    """A string field with lone surrogates ("\\ud800": valid JSON, not valid text) replaced by
    U+FFFD, as a browser's JSON reader does; anything not a string is absent."""
    return LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else None


def _jsonl_record(line: bytes, where: str, fields: JsonlFields) -> RawDocument | Skip:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as error:  # RecursionError: "[[[[…" nested past the stack
        return Skip(where, "malformed JSON", f"{type(error).__name__}: {error}"[:300])
    if not isinstance(record, dict):
        return Skip(where, "malformed JSON", "a line is not a JSON object")
    html, text = _text_field(record.get(fields.html)), _text_field(record.get(fields.text))
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str) or not body.strip():
        return Skip(where, "empty", f"no '{fields.text}' or '{fields.html}' field")
    title = _text_field(record.get(fields.title))
    if body is text and isinstance(title, str) and title.strip() and not body.lstrip().startswith(title.strip()):
        body = f"{title.strip()}\n\n{body}"  # the text cleaner takes the first line as the title
    identifier = record.get("id")
    return RawDocument(
        origin=printable(str(identifier)) if identifier not in (None, "") else where,
        content=body.encode("utf-8"),
        media_type="html" if body is html else "text",
        url=_text_field(record.get(fields.url)) or None,
        outlet=_text_field(record.get(fields.outlet)) or None,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        published=parse_date(record.get(fields.published)),
    )


def read_stdin(fields: JsonlFields = JsonlFields()) -> Iterator[RawDocument | Skip]:
    """JSONL (streamed) when the first non-blank line starts with '{'; otherwise one page or text."""
    stream, origin = sys.stdin.buffer, "<stdin>"
    lines = _lines(stream)
    leading: list[bytes] = []  # blank lines before the first content, kept for line numbers
    for first in lines:
        if first is None or first.strip():
            break
        leading.append(first)
    else:
        yield Skip(origin, "empty", "no content on standard input")
        return
    if first is not None and first.lstrip().startswith(b"{"):
        yield from _jsonl_records(itertools.chain(leading, [first], lines), origin, fields)
        return
    data = b"".join(leading) + (first or b"")
    if first is not None:
        data += stream.read(MAX_DOCUMENT_BYTES + 1 - len(data))
    if first is None or len(data) > MAX_DOCUMENT_BYTES:
        yield Skip(origin, "too large", f"over {MAX_DOCUMENT_BYTES:,} bytes")
    elif looks_binary(data):
        yield Skip(origin, "binary", "not text (NUL or control bytes)")
    else:
        yield RawDocument(origin, data, "html" if looks_like_html(data) else "text")


def read_paths(paths: Iterable[str], fields: JsonlFields = JsonlFields()) -> Iterator[RawDocument | Skip]:
    """Every document under `paths` ("-" reads standard input); missing paths become skips.
    A file named twice (or also found under a folder or glob given) is read once."""
    seen: set[Path] = set()
    for spec in paths:
        if spec == "-":
            yield from _guarded(read_stdin(fields), "<stdin>")
            continue
        if not glob.has_magic(spec) and not os.path.lexists(spec):
            yield Skip(printable(spec), "not found", "no such file or folder")
            continue
        for file in expand_paths([spec]):
            if _identity(file) in seen:
                continue
            seen.add(_identity(file))
            yield from _guarded(read_file(file, fields), origin_of(file))


def _guarded(items: Iterator[RawDocument | Skip], origin: str) -> Iterator[RawDocument | Skip]:
    """The last line of defence: a reader bug on one input ends that input, never the run."""
    try:
        yield from items
    except Exception as error:
        log.exception("reader failed on %s", origin)  # a bug, so the traceback is shown
        yield Skip(origin, "unreadable", printable(f"reader error: {type(error).__name__}: {error}"))

