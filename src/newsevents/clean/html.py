"""Main-content extraction from HTML pages with trafilatura (body, title, date, site name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import trafilatura

from newsevents.ingest.readers import parse_date


@dataclass
class HtmlExtraction:
    title: str | None
    paragraphs: list[str]
    published: date | None
    site_name: str | None
    url: str | None


def extract_html(html: bytes | str, url: str | None = None) -> HtmlExtraction:
    # Comments are not the article (FINDINGS: include_comments=False scores higher on news).
    extracted = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True
    )
    result = extracted.as_dict() if extracted is not None else None
    if not result or not (result.get("text") or "").strip():
        return HtmlExtraction(None, [], None, None, url)
    paragraphs = [p.strip() for p in result["text"].split("\n") if p.strip()]
    title = (result.get("title") or "").strip() or None
    # trafilatura keeps the <h1> headline as the first line of the text; it is the title, not body.
    while title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return HtmlExtraction(
        title=title,
        paragraphs=paragraphs,
        published=parse_date(result.get("date")),
        site_name=(result.get("sitename") or "").strip() or None,
        url=result.get("url") or url,
    )
