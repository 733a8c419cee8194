"""WARC and ARC archives (Common Crawl news, wget --warc, Heritrix): one document per HTML page.

Records are streamed with warcio, so a multi-GB archive is never held in memory: each page body
is read up to the size limit and the rest of the record is skipped in small blocks.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsevents.model import RawDocument, Skip, printable

WARC_SUFFIXES = {".warc", ".arc"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}


class _GzipStream:
    """A .gz archive read through Python's gzip, which (unlike warcio) also reads a WARC gzipped
    whole rather than record by record. A cut-off end reads as EOF, and warcio would take EOF
    for the end of the archive without a word, so it is noted here instead."""

    def __init__(self, path: Path) -> None:
        self._file = gzip.open(path, "rb")
        self.cut_short = False

    def read(self, size: int = -1) -> bytes:
        try:
            # read1: one decompressed block at a time, so the bytes before a cut are not lost with it
            return self._file.read1(size)
        except EOFError:
            self.cut_short = True
            return b""

    def tell(self) -> int:
        return self._file.tell()

    def close(self) -> None:
        self._file.close()


def read_warc(path: Path, max_bytes: int) -> Iterator[RawDocument | Skip]:
    """Each 200 HTML response in the archive; other records (requests, metadata, images, CSS,
    redirects) are not articles and pass without a Skip, or a crawl would bury real skips."""
    origin = printable(str(path))
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    is_arc, is_gz = ".arc" in suffixes, suffixes[-1:] == [".gz"]
    records, pages, last, pending, problem = 0, 0, None, None, ""
    stream: _GzipStream | BinaryIO | None = None
    try:
        stream = _GzipStream(path) if is_gz else path.open("rb")
        archive = ArchiveIterator(stream, arc2warc=True)
        # Parse as the suffix says: warcio's guess would take any line of text for an ARC record.
        archive.known_format = "arc" if is_arc else "warc"
        for record in archive:
            if is_arc and not records and record.rec_type != "warcinfo":
                raise ValueError("no filedesc:// header: not an ARC file")
            # A page is yielded only once warcio has read its record to the end, so a
            # truncated record becomes a "malformed WARC" skip, not half an article.
            if _owed(last):
                break
            if pending is not None:
                pages += 1
                yield pending
            records += 1
            last, pending = record, _page(record, f"{origin}#{_record_id(record, archive.offset, is_arc)}", max_bytes)
        if isinstance(stream, _GzipStream) and stream.cut_short:
            problem = "truncated: the gzip stream ends mid-record"
        elif not is_gz and records and archive.offset < (size := path.stat().st_size):
            # warcio also ends quietly on a record cut inside its headers
            problem = f"truncated: {size - archive.offset:,} bytes after the last whole record could not be read"
    except Exception as error:  # warcio raises assorted types on bad bytes (even AttributeError)
        detail = " ".join(str(error).split())[:300]  # warcio's messages run over several lines
        problem = f"{type(error).__name__}: {detail}"
    finally:
        if stream is not None:
            stream.close()
    if _owed(last):
        problem = f"truncated: a record ends {_owed(last):,} bytes short"
    elif pending is not None:
        pages += 1
        yield pending
    if problem:
        yield Skip(origin, "malformed WARC", problem)
    elif records == 0:
        yield Skip(origin, "malformed WARC", "no WARC or ARC records found")
    elif pages == 0:  # every file is accounted for: an archive of requests or images says so
        yield Skip(origin, "no articles", f"{records:,} WARC records, none an HTML page")


def _owed(record: Any) -> int:
    """Bytes the record declared but the file did not hold (warcio drains each record it passes)."""
    return getattr(record.raw_stream, "limit", 0) if record is not None else 0


def _record_id(record: Any, offset: int, is_arc: bool) -> str:
    # An ARC record has no id (warcio makes up a fresh uuid each read): its offset is what stays put
    # (in the decompressed stream, for a .gz, since Python's gzip does the decompressing).
    record_id = None if is_arc else record.rec_headers.get_header("WARC-Record-ID")
    return record_id.strip("<>") if record_id else str(offset)


def _page(record: Any, origin: str, max_bytes: int) -> RawDocument | Skip | None:
    """The record's page, a Skip for an HTML page we cannot take, or None for a non-article."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or headers.get_statuscode() != "200":
            return None
        content_type = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.content_type or ""
    else:
        return None
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    try:
        # content_stream() undoes chunked and gzip/deflate transfer; read one byte past the limit.
        body = record.content_stream().read(max_bytes + 1)
    except Exception as error:  # a bad Content-Encoding is one page's problem, not the archive's
        return Skip(origin, "unreadable", f"{type(error).__name__}: {error}")
    if len(body) > max_bytes:
        return Skip(origin, "too large", f"HTML record over {max_bytes:,} bytes ({url})")
    if not body.strip():
        return Skip(origin, "empty", f"HTML record with no body ({url})")
    return RawDocument(origin=origin, content=body, media_type="html", url=url)
