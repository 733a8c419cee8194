"""RSS, Atom and RDF feeds: one document per entry, with the entry's link, title and date."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import date
from html import escape
from typing import Any

import feedparser

from newsevents.model import MediaType, RawDocument, Skip

FEED_SUFFIXES = {".rss", ".atom", ".rdf"}
FEED_ROOTS = {"rss", "feed", "rdf"}
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_PAGE = re.compile(r"<html[\s>]", re.I)
_MARKUP = re.compile(r"<(?:[A-Za-z][\w:-]*|/[A-Za-z][\w:-]*)(?:\s[^>]*)?/?>")


def root_element(head: bytes) -> str:
    """Local name of the first element, past the XML declaration, comments and doctype."""
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<![^>]*>", b"", head[:4096], flags=re.S)
    match = _ROOT.search(head)
    return match.group(1).decode("ascii", "replace").split(":")[-1].lower() if match else ""


def is_feed(head: bytes) -> bool:
    return root_element(head) in FEED_ROOTS


def read_feed(data: bytes, origin: str) -> Iterator[RawDocument | Skip]:
    try:
        # A stream, not bytes or str: feedparser fetches a str that looks like a URL or a file name.
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as error:  # feedparser reports bad XML as "bozo", but it is third-party code on any bytes
        yield Skip(origin, "malformed feed", f"{type(error).__name__}: {error}")
        return
    if not parsed.entries:
        if parsed.get("bozo"):
            yield Skip(origin, "malformed feed", f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}")
        elif not parsed.get("version"):  # well-formed XML or HTML, but no feed vocabulary
            yield Skip(origin, "malformed feed", "not an RSS, Atom or RDF feed")
        else:
            yield Skip(origin, "empty", "feed has no entries")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry(entry, f"{origin}#{entry.get('id') or number}", outlet)


def _entry(entry: Any, origin: str, outlet: str | None) -> RawDocument | Skip:
    # content:encoded / atom:content is the full article; the summary is often a teaser.
    contents = [c.get("value", "") for c in entry.get("content", []) if (c.get("value") or "").strip()]
    body = contents[0] if contents else entry.get("summary") or ""
    if not body.strip():
        return Skip(origin, "empty", "feed entry has no content or summary")
    title = (entry.get("title") or "").strip() or None
    media: MediaType = "html" if _MARKUP.search(body) else "text"
    if media == "html" and not _PAGE.search(body[:4096]):
        # trafilatura finds nothing in a bare one-paragraph fragment: give it a page to read.
        head = f"<head><title>{escape(title)}</title></head>" if title else ""
        body = f"<html>{head}<body><article>{body}</article></body></html>"
    elif media == "text" and title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"  # the text cleaner takes the first line as the title
    return RawDocument(
        origin=origin,
        content=body.encode("utf-8"),
        media_type=media,
        url=entry.get("link") or None,
        outlet=outlet,
        title=title,
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def _date(value: time.struct_time | None) -> date | None:
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday) if value else None
    except ValueError:
        return None
