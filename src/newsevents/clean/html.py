"""Main-content extraction from HTML pages: article paragraphs and the page's metadata.

trafilatura finds the article, in two passes (precise and balanced); `html_rules` drops the
news-page furniture both let through (bylines, captions, "Read more", pitches...) and merges the
passes. Pages are decoded here, not by trafilatura, because many declare the wrong charset.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from itertools import islice

import lxml.html
import trafilatura
import trafilatura.utils
from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import (
    AUTHOR_DISCARD_XPATHS,
    META_URL,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
    normalize_authors,
    prune_unwanted_nodes,
)
from trafilatura.settings import Document, set_date_params
from trafilatura.utils import load_html

from newsevents.clean.charset import decode
from newsevents.clean.html_rules import clean_lines, merge_passes
from newsevents.clean.passes import FOLLOWED_VERSION, body_lines, both_passes
from newsevents.model import parse_date

# The charset a page declares, in its first bytes: <meta charset>, http-equiv or an XML prolog.
DECLARED_CHARSET = re.compile(rb"""<(?:meta[^>]+charset|\?xml[^>]+encoding)\s*=\s*["']?\s*([\w.:-]+)""", re.I)
SNIFF_BYTES = 4096
# charset_normalizer's mess ratio of a page's non-ASCII words: right codepages score 0, wrong 0.3-1.3.
MOJIBAKE_SAMPLE, MOJIBAKE_RATIO = 2000, 0.2
# Sibling chunks of one article body share an ancestor this close; longer <p> texts are prose.
CHUNK_DEPTH, PROSE_CHARS = 3, 100
# "Headline | Site", "Headline - Site": the separators between a headline and the site's name.
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
TITLE_TAIL = re.compile(r"\s*[|·-]\s*$")
LANG_CODE = re.compile(r"^[a-zA-Z]{2,3}(?=$|[-_])")


def html_class_lookup() -> etree.ElementNamespaceClassLookup:
    """lxml.html's element classes (HtmlElement; FormElement, InputElement... by tag; HtmlComment
    and the rest by node type) from lxml's own C lookups. lxml.html's `HtmlElementClassLookup` is a
    Python method lxml calls for every element object it makes, hundreds of thousands a page set:
    trafilatura's passes and the metadata cost 1 CPU ms a Zyte page less without it. HTML tag
    names come lower case from the parser, as that method lowers them."""
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity))
    by_tag = lookup.get_namespace(None)
    for tag, element_class in lxml.html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = element_class
    return lookup


# trafilatura's `load_html` parses every page with its one HTML parser: it makes the same classes
# with the C lookup.
trafilatura.utils.HTML_PARSER.set_element_class_lookup(html_class_lookup())


@dataclass
class HtmlExtraction:
    title: str | None
    paragraphs: list[str]
    published: date | None
    site_name: str | None
    url: str | None
    author: str | None = None
    language: str | None = None  # ISO 639 code the page declares, lower case
    canonical_url: str | None = None
    description: str | None = None


def extract_html(html: bytes | str, url: str | None = None) -> HtmlExtraction:
    """The article on a page; an empty extraction (never an error) for anything unreadable."""
    try:
        return _extract(html, url)
    except Exception:  # lxml, htmldate and trafilatura raise assorted types on odd bytes: one page's problem
        return HtmlExtraction(None, [], None, None, url)


def _extract(html: bytes | str, url: str | None) -> HtmlExtraction:
    text = html if isinstance(html, str) else decode_html(bytes(html))
    tree = load_html(text) if text.strip() else None
    if tree is None:
        return HtmlExtraction(None, [], None, None, url)
    h1s = [" ".join(h1.text_content().split()) for h1 in tree.iter("h1")]
    # Two passes: favor_precision drops most side blocks (FINDINGS: 0.964 vs 0.960 balanced on
    # the Zyte benchmark) but also some of the story, which the balanced pass gives back. Both run
    # `fast` (no readability/jusText fallback): the same Zyte F1 (0.978) as a balanced pass with
    # the fallback, a third less time. One pass alone scores at most 0.973.
    paragraphs = [(p, _squash(p.text_content())) for p in tree.iter("p")]  # read once for both passes
    passes = [_with_split_chunks(tree, url, lines, paragraphs) for lines in both_passes(tree, url)]
    language = page_language(tree)
    # The metadata last: htmldate may prune the tree it reads, and nothing reads the tree after
    # (before, it read a copy of the page made for it).
    meta = _metadata(tree, url)
    site_name = (meta.sitename or "").strip() or None
    title = headline(meta.title or "", h1s, site_name)
    headlines = [meta.title or "", title or "", *h1s]
    kinds: dict[str, str | None] = {}  # most lines are in both passes: each classified once
    precise, balanced = (clean_lines(lines, headlines, kinds) for lines in passes)
    body = merge_passes(precise, balanced)
    canonical = (meta.url or "").strip() or None
    return HtmlExtraction(
        title=title,
        paragraphs=body,
        published=parse_date(meta.date),
        site_name=site_name,
        url=canonical or url,
        author=(meta.author or "").strip() or None,
        language=language,
        canonical_url=canonical,
        description=(meta.description or "").strip() or None,
    )


def headline(title: str, h1s: list[str], site_name: str | None) -> str | None:
    """The page title without the site's name tacked on ("Pact agreed | The Coast Times")."""
    title = TITLE_TAIL.sub("", " ".join(title.split()))
    for separator in TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and (head in h1s or site_name and _same_name(tail, site_name)):
            return head
    return title or None


def _same_name(tail: str, site_name: str) -> bool:
    """"Coast Times" and "The Coast Times" name the same site: one's words are all in the other."""
    tail_words, site_words = (set(re.findall(r"\w+", name.casefold())) for name in (tail, site_name))
    return bool(tail_words and site_words) and (tail_words <= site_words or site_words <= tail_words)


def _with_split_chunks(tree: HtmlElement, url: str | None, lines: list[str],
                       paragraphs: list[tuple[HtmlElement, str]] | None = None) -> list[str]:
    """The article with the rest of its body when the page cuts it into sibling chunks between
    ads (same tag and class, side by side): trafilatura keeps the first chunk only.
    `paragraphs`: the page's <p> elements with their `_squash`ed text, when already read."""
    kept = {_squash(line) for line in lines}
    if paragraphs is None:
        paragraphs = [(p, _squash(p.text_content())) for p in tree.iter("p")]
    holders = Counter(p.getparent() for p, text in paragraphs if text in kept)
    if not holders:
        return lines
    container = holders.most_common(1)[0][0]
    css_class = container.get("class")
    near = set(islice(container.iterancestors(), CHUNK_DEPTH))
    chunks = []
    for element in tree.iter(container.tag) if css_class else ():
        if element is container or element.get("class") != css_class:
            continue
        prose = _prose_keys(element)
        if len(prose) >= 2 and not kept & set(prose) and near & set(islice(element.iterancestors(), CHUNK_DEPTH)):
            chunks.append(element)
    if not chunks:
        return lines
    page = lxml.html.fromstring("<html><body><article></article></body></html>")
    page[0][0].extend(deepcopy(chunk) for chunk in chunks)
    more = body_lines(page, url, favor_precision=True)
    # The chunks go after the container's last paragraph among the lines kept.
    ours = set(_prose_keys(container))
    last = max((i for i, line in enumerate(lines) if _squash(line) in ours), default=len(lines) - 1)
    return lines[: last + 1] + more + lines[last + 1:]


def _prose_keys(element: HtmlElement) -> list[str]:
    """Its paragraphs long enough to be prose, as `_key`s."""
    texts = (p.text_content() for p in element.iter("p"))
    return [_squash(text) for text in texts if len(text) >= PROSE_CHARS]


def _squash(text: str) -> str:
    return " ".join(text.split())


def _metadata(tree: HtmlElement, url: str | None) -> Document:
    """The page's metadata, read from `tree` itself: htmldate may prune it, so read it last."""
    try:
        return page_metadata(tree, url)
    except Exception:  # bugs in metadata parsing (JSON-LD, dates) must not cost the article
        return Document()


def page_metadata(tree: HtmlElement, url: str | None) -> Document:
    """trafilatura's `extract_metadata`, step for step, for the fields newsevents keeps (title,
    author, URL, date, site name, description): its categories, tags, licence and host name are
    left out: half its time (5.6 -> 2.9 CPU ms a page on the 181 Zyte pages, every kept field
    the same on each)."""
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # bugs in trafilatura's JSON-LD reading: the meta tags stand
        pass
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or page_author(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    metadata.date = find_date(tree, **{**set_date_params(True), "url": metadata.url})
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")  # a Twitter handle
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (host := META_URL.match(metadata.url)):
        metadata.sitename = host[1]
    metadata.clean_and_trim()
    return metadata


# trafilatura 2.3.1's author XPaths (AUTHOR_XPATHS, AUTHOR_DISCARD_XPATHS), as tests of one element.
AUTHOR_TAGS = ({"a", "address", "div", "link", "p", "span", "strong"}, {"a", "div", "h3", "h4", "p", "span"})
AUTHOR_CLASS = (re.compile("author-?name|AuthorName|authorName"),
                re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"),
                re.compile("[Aa]uthor|screenname|writer|[Bb]yline"))
AUTHOR_ID = (re.compile("author|zuozhe|bianji|xiaobian"), re.compile("[Aa]uthor"))
DISCARD_TAGS = {"a", "div", "section", "span"}
DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
DISCARD_CLASS = re.compile("^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
                           "article-(?:share|support)|print|category|meta-date|meta-reviewer")
AUTHOR_LENGTH = 120  # `extract_author`'s limit on the byline's characters


def page_author(tree: HtmlElement) -> str | None:
    """trafilatura's `extract_author` without copying and pruning the whole page and running four
    XPaths over it (2.1% of a Zyte run's CPU time): one walk over the page's elements finds the
    ones its three author XPaths and its discard XPaths match; an author element counts where no
    discarded element holds it, and its text is read from a pruned copy of it alone. Under
    another trafilatura, or on a page with a <rel> element (an XPath term reads its text), its
    own `extract_author`. tests/test_speed_page_author_text_length_and_name_keys.py checks both
    give the same on every Zyte page."""
    if trafilatura.__version__ != FOLLOWED_VERSION:
        return extract_author(tree)
    found: tuple[list[HtmlElement], list[HtmlElement], list[HtmlElement]] = ([], [], [])
    discarded = set()
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue  # comments and processing instructions: no element for `//*`
        if tag == "rel":
            return extract_author(tree)
        if tag in ("time", "figure") or tag in DISCARD_TAGS and _discarded(element):
            discarded.add(element)
        get = element.get
        css, ident, itemprop = get("class") or "", get("id") or "", get("itemprop") or ""
        if tag == "author" or tag in AUTHOR_TAGS[0] and (
                get("rel") == "author" or ident == "author" or css == "author" or itemprop == "author name"
                or get("data-testid") in ("AuthorCard", "AuthorURL") or AUTHOR_CLASS[0].search(css)):
            found[0].append(element)
        if tag in AUTHOR_TAGS[1] and (css in ("byline", "username", "byl", "BBL") or "author" in itemprop
                                      or AUTHOR_ID[0].search(ident) or AUTHOR_CLASS[1].search(css)):
            found[1].append(element)
        if ("Byline" in (get("data-component") or "") or "author" in itemprop or AUTHOR_ID[1].search(ident)
                or AUTHOR_CLASS[2].search(css)):
            found[2].append(element)
    discarded.discard(tree)  # the root is never removed (`.//*` leaves it out; it has no parent)
    for elements in found:
        for element in elements:
            if element in discarded or any(a in discarded for a in element.iterancestors()):
                continue
            kept = prune_unwanted_nodes(deepcopy(element), AUTHOR_DISCARD_XPATHS)
            content = trafilatura.utils.trim(" ".join(kept.itertext()))
            if content and 2 < len(content) < AUTHOR_LENGTH:
                return normalize_authors(None, content)
    return None


def _discarded(element: HtmlElement) -> bool:
    """The first of `AUTHOR_DISCARD_XPATHS`' tests past the tag (a, div, section, span)."""
    get = element.get
    ident, css = get("id") or "", get("class") or ""
    return (ident == "comments" or css in ("comments", "title", "date") or bool(DISCARD_ID.search(ident))
            or bool(DISCARD_CLASS.search(css)) or "Figure" in (get("data-component") or ""))


def page_language(tree: HtmlElement) -> str | None:
    """The language the page declares: <html lang>, then Content-Language or og:locale."""
    candidates = tree.xpath(
        "/html/@lang | /html/@xml:lang"
        " | //meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content"
        " | //meta[@property='og:locale']/@content",
        namespaces={"xml": "http://www.w3.org/XML/1998/namespace"},
    )
    for value in candidates:
        match = LANG_CODE.match(str(value).strip())
        if match:
            return match.group(0).lower()
    return None


def decode_html(data: bytes) -> str:
    """Bytes → text: valid UTF-8 wins over any declaration; then the declared charset when it reads
    cleanly and sensibly; then detection (pages often declare the wrong charset, or none)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _declared_codec(data)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = None
        if text is not None and not _looks_misdecoded(text):
            return text
    return decode(data)


def _declared_codec(data: bytes) -> str | None:
    declared = DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    try:
        codec = codecs.lookup(declared.group(1).decode("ascii")).name if declared else None
    except LookupError:
        return None
    # An ASCII-readable <meta> cannot be UTF-16/32; browsers read "latin-1" and "ascii" as windows-1252.
    if codec is None or codec.startswith(("utf-16", "utf-32")):
        return None
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def _looks_misdecoded(text: str) -> bool:
    """Single-byte codepages decode any bytes "cleanly"; the wrong one shows as mojibake in the
    words outside ASCII ("Ðîññèÿ", "franзais")."""
    from charset_normalizer.md import mess_ratio

    foreign = " ".join(islice((word for word in text.split() if not word.isascii()), MOJIBAKE_SAMPLE))
    return bool(foreign) and mess_ratio(foreign) > MOJIBAKE_RATIO
