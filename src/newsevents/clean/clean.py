"""The clean stage: raw bytes → `Document` with title, clean body and paragraph offsets."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Collection

from charset_normalizer import from_bytes

from newsevents.actors.agents import outlet_by_domain, outlet_by_name, outlet_mentioned_in
from newsevents.clean.html import extract_html
from newsevents.clean.text import extract_text
from newsevents.model import Document, RawDocument, Skip, content_id

MIN_BODY_WORDS = 25


def decode(data: bytes) -> str:
    """UTF-8 when it is (BOM or not); otherwise the charset that fits the bytes best."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        matches = from_bytes(data)
        best = matches.best()
        if best is None:
            return data.decode("cp1252", errors="replace")
        # charset_normalizer often ranks cp1250/cp1257/cp775 level with or just ahead of
        # windows-1252 on Western text ("à" → "ą"); take windows-1252 (the web's legacy default,
        # which WHATWG also reads "latin-1" as) when it fits the bytes about as well.
        for match in matches:
            if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.02:
                return str(match)
        return str(best)


def join_paragraphs(paragraphs: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Body text with paragraphs separated by a blank line, and each paragraph's span."""
    spans, position = [], 0
    for paragraph in paragraphs:
        spans.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    return "\n\n".join(paragraphs), spans


SiteMemory = Callable[[str | None], Collection[str]]  # outlet → its known boilerplate lines


def clean_document(raw: RawDocument, site_memory: SiteMemory | None = None) -> Document | Skip:
    """Main content, title, date and outlet of a raw page. For text-only input, `site_memory`
    gives the lines already learned to be the outlet's boilerplate, which never count as body."""
    if raw.media_type == "html":
        extraction = extract_html(raw.content, raw.url)
        title, paragraphs = raw.title or extraction.title, extraction.paragraphs
        published, url = raw.published or extraction.published, raw.url or extraction.url
        site_name, raw_text, author = extraction.site_name, "", extraction.author
    else:
        raw_text = decode(raw.content)
        extraction = extract_text(raw_text)
        if site_memory is not None:
            # The outlet (given, or named in the furniture) decides which memory applies.
            outlet = find_outlet(raw.outlet, None, raw.url, raw_text, "\n\n".join(extraction.paragraphs))
            known = site_memory(outlet) if outlet else ()
            if known:
                extraction = extract_text(raw_text, boilerplate=known)
        title, paragraphs = raw.title or extraction.title, extraction.paragraphs
        published, url, site_name, author = raw.published or extraction.published, raw.url, None, None
    if sum(len(p.split()) for p in paragraphs) < MIN_BODY_WORDS:
        return Skip(raw.origin, "no article text", f"fewer than {MIN_BODY_WORDS} words of main content")
    body, spans = join_paragraphs(paragraphs)
    outlet = find_outlet(raw.outlet, site_name, url, raw_text, body)
    return Document(
        id=content_id(body),
        origin=raw.origin,
        body=body,
        title=title,
        url=url,
        outlet=outlet,
        published=published,
        author=author,
        raw_text=raw_text,
        paragraphs=spans,
    )


# "MOSCOW, August 5. /TASS/.", "BEIJING, Aug. 5 (Xinhua) --", "(CNN) —": the wire or outlet
# that filed the story, credited in the dateline at the top of the body.
DATELINE_CREDIT = re.compile(r"^[^\n]{0,80}?(?:\((?P<paren>[^()\n]{2,40})\)\s*[-–—:]|/(?P<slash>[^/\n]{2,30})/)")
# "© 2019 TASS", "Copyright 2019 Reuters. All rights reserved.": the page's own name, said once.
COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(?P<name>[^.|\n]{2,60})", re.IGNORECASE)
# Photo and picture credits name whoever took the picture (often a wire), not the page's outlet.
PICTURE_CREDIT = re.compile(r"\b(photo|photograph|picture|pic|image|file|getty|video|footage)\b", re.IGNORECASE)


def find_outlet(given: str | None, site_name: str | None, url: str | None, raw_text: str, body: str) -> str | None:
    """The caller's word, else the page's site name, the URL's domain, the dateline's credit, a
    copyright line, or the outlet most named in the page furniture (picture credits left out)."""
    if given:
        return given
    known = (site_name and outlet_by_name(site_name)) or (url and outlet_by_domain(url))
    if known:
        return known.name
    if site_name:
        return site_name
    credit = DATELINE_CREDIT.match(body)
    if credit:
        named = outlet_by_name((credit.group("paren") or credit.group("slash")).strip())
        if named:
            return named.name
    furniture = raw_text.replace(body, " ") if raw_text else ""
    for paragraph in body.split("\n\n"):
        furniture = furniture.replace(paragraph, " ")
    furniture = "\n".join(line for line in furniture.splitlines() if not PICTURE_CREDIT.search(line))
    for match in COPYRIGHT.finditer(furniture):
        named = outlet_by_name(re.sub(r"\s+(all rights reserved|ltd|inc|llc|plc)\b.*$", "", match.group("name"),
                                      flags=re.IGNORECASE).strip(" ,"))
        if named:
            return named.name
    named = outlet_mentioned_in(furniture) if furniture.strip() else None
    return named.name if named else None
