"""Find input files and yield one `RawDocument` per article, or a `Skip` with the reason.

Readers never raise on bad input: an unreadable file becomes a counted, logged `Skip`.
"""

from __future__ import annotations

import glob
import gzip
import json
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsevents.model import RawDocument, Skip

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES
# A single article page is far below this; beyond it a file is a dump, not an article.
MAX_DOCUMENT_BYTES = 20_000_000


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
    """Files named, files under folders (recursive, sorted) and glob matches, each once."""
    seen: set[Path] = set()
    for spec in paths:
        matches = [Path(p) for p in sorted(glob.glob(spec, recursive=True))] if glob.has_magic(spec) else [Path(spec)]
        for path in matches:
            files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for file in files:
                if file.name.startswith(".") or file.resolve() in seen:
                    continue
                seen.add(file.resolve())
                yield file


def _suffix(path: Path) -> str:
    """The format suffix, looking through a trailing .gz ("a.html.gz" → ".html")."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_bytes(path: Path) -> bytes:
    if path.suffix.lower() == ".gz":
        with gzip.open(path, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    else:
        with path.open("rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ValueError(f"larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB")
    return data


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
    origin = str(path)
    suffix = _suffix(path)
    if suffix not in SUPPORTED:
        yield Skip(origin, "unsupported format", f"'{suffix}' is not one of {sorted(SUPPORTED - {''})}")
        return
    try:
        data = _read_bytes(path)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as error:
        yield Skip(origin, "unreadable", f"{type(error).__name__}: {error}")
        return
    if not data.strip():
        yield Skip(origin, "empty", "no content")
        return
    if looks_binary(data):
        yield Skip(origin, "binary", "not text (NUL or control bytes)")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(data, origin, fields)
        return
    media = "html" if suffix in HTML_SUFFIXES or looks_like_html(data) else "text"
    yield RawDocument(origin=origin, content=data, media_type=media)


def read_jsonl(data: bytes, origin: str, fields: JsonlFields) -> Iterator[RawDocument | Skip]:
    for number, line in enumerate(data.splitlines(), start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            yield Skip(where, "malformed JSON", str(error))
            continue
        if not isinstance(record, dict):
            yield Skip(where, "malformed JSON", "a line is not a JSON object")
            continue
        html, text = record.get(fields.html), record.get(fields.text)
        body = html if isinstance(html, str) and html.strip() else text
        if not isinstance(body, str) or not body.strip():
            yield Skip(where, "empty", f"no '{fields.text}' or '{fields.html}' field")
            continue
        title = record.get(fields.title)
        if body is text and isinstance(title, str) and title.strip() and not body.lstrip().startswith(title.strip()):
            body = f"{title.strip()}\n\n{body}"  # the text cleaner takes the first line as the title
        yield RawDocument(
            origin=str(record.get("id") or where),
            content=body.encode("utf-8"),
            media_type="html" if body is html else "text",
            url=record.get(fields.url) or None,
            outlet=record.get(fields.outlet) or None,
            title=title.strip() if isinstance(title, str) and title.strip() else None,
            published=parse_date(record.get(fields.published)),
        )


def read_stdin(fields: JsonlFields = JsonlFields()) -> Iterator[RawDocument | Skip]:
    data = sys.stdin.buffer.read()
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        yield from read_jsonl(data, "<stdin>", fields)
    elif stripped:
        yield RawDocument("<stdin>", data, "html" if looks_like_html(data) else "text")
    else:
        yield Skip("<stdin>", "empty", "no content on standard input")


def read_paths(paths: Iterable[str], fields: JsonlFields = JsonlFields()) -> Iterator[RawDocument | Skip]:
    """Every document under `paths` ("-" reads standard input); missing paths become skips.
    A file named twice (or also found under a folder or glob given) is read once."""
    seen: set[Path] = set()
    for spec in paths:
        if spec == "-":
            yield from read_stdin(fields)
            continue
        if not glob.has_magic(spec) and not Path(spec).exists():
            yield Skip(spec, "not found", "no such file or folder")
            continue
        for file in expand_paths([spec]):
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            yield from read_file(file, fields)
