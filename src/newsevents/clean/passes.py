"""trafilatura's two passes over one page (precise and balanced), the raw tree prepared once.

`bare_extraction` copies the page, looks for a forum thread and prunes the raw tree (appended
articles, comment sections) before anything its options change: the same work in both passes,
2.9 of their 21 CPU ms a Zyte page. Here that work is done once and each pass goes on from the
shared tree, step for step as trafilatura's `bare_extraction` and `trafilatura_sequence` go for
our options (python output, `fast`, comments off), which read that tree and never change it.

The steps are those of trafilatura 2.3.1; under any other version, and on a forum thread (where
the balanced pass keeps the comment containers), the passes run as plain `bare_extraction`
calls. tests/test_speed_shared_trafilatura_passes_and_line_kinds.py checks both ways give the
same lines on every Zyte page.
"""

from __future__ import annotations

import re
from copy import copy
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import Document
from trafilatura.settings import Extractor

# The version whose steps `_shared_passes` follows: its private helpers, read only under it.
FOLLOWED_VERSION = "2.3.1"
try:
    from trafilatura import xpaths
    from trafilatura.baseline import BASIC_CLEAN_XPATH, _spaced_text, baseline, html2txt
    from trafilatura.core import (
        ESCALATION_ACCEPT_RATIO,
        ESCALATION_MAX_LENGTH,
        ESCALATION_PAGE_SHARE,
        _extract_and_compare,
        _forum_thread_page,
        _prepare_tree,
        _recall_retry,
    )
    from trafilatura.htmlprocessing import (
        convert_tags,
        delete_element,
        prune_unwanted_nodes,
        tree_cleaning,
    )
    from trafilatura.main_extractor import extract_content
    from trafilatura.xml import xmltotxt
    from trafilatura.xpaths import (
        RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH,
        REMOVE_COMMENTS_XPATH,
    )
    SHARED_STEPS = trafilatura.__version__ == FOLLOWED_VERSION
except ImportError:  # another trafilatura: the plain passes
    SHARED_STEPS = False

# trafilatura's `html2txt` cleaning XPath (`baseline.BASIC_CLEAN_XPATH`) as tests of one element:
# these tags, a <div> whose first class or id attribute names a footer, and any element whose class
# or id matches the cookie-notice pattern (case aside). `_text_length` checks the XPath reads so.
BASIC_CLEAN_TAGS = ("aside", "fencedframe", "footer", "script", "style", "svg", "template")
COOKIE_NOTICE = (r"cookie[-_]?(?:banner|bar|consent|law|notice|policy|description)|notice[-_]{0,2}cookie|"
                 r"consent[-_]?(?:banner|manager|sdk)|borlabs|cookiebot|cmplz|onetrust|moove[-_]?gdpr")
BASIC_CLEAN_PATH = (".//aside|.//div[contains(@class|@id, 'footer')]|" + "|".join(f".//{tag}" for tag in BASIC_CLEAN_TAGS[1:])
                    + f"|.//*[re:test(@class, '{COOKIE_NOTICE}', 'i') or re:test(@id, '{COOKIE_NOTICE}', 'i')]")
COOKIE_NOTICE_TEST = re.compile(COOKIE_NOTICE, re.IGNORECASE)
# What the cleaning XPath can match (its tags; a footer <div> or a cookie notice has a class or an
# id), in document order, found in C in one walk: each then tested in Python.
BASIC_CLEAN_CANDIDATES = etree.XPath(".//*[" + " or ".join(f"self::{tag}" for tag in BASIC_CLEAN_TAGS) + " or @class or @id]")

# Both passes skip trafilatura's readability/jusText fallback: see html._extract.
PRECISE: dict[str, Any] = {"favor_precision": True, "fast": True}
BALANCED: dict[str, Any] = {"fast": True}


def body_lines(tree: HtmlElement, url: str | None, **options: Any) -> list[str]:
    """The non-empty lines of trafilatura's text of the page (no comments; tables can be the
    article: sports results, polls)."""
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False, **options)
    return _lines(document.text if isinstance(document, Document) else "")


def both_passes(tree: HtmlElement, url: str | None) -> tuple[list[str], list[str]]:
    """`body_lines` of the precise pass and of the balanced pass."""
    if SHARED_STEPS:
        shared = _shared_passes(tree, url)
        if shared is not None:
            return shared
    return body_lines(tree, url, **PRECISE), body_lines(tree, url, **BALANCED)


def _shared_passes(tree: HtmlElement, url: str | None) -> tuple[list[str], list[str]] | None:
    """None where the plain passes must run: a forum thread, or a tree-size limit configured.
    A TypeError or ValueError is a page trafilatura discards (as `bare_extraction` does: no
    text); other errors go to the caller, as they do from it."""
    precise, balanced = (_options(url, keywords) for keywords in (PRECISE, BALANCED))
    if precise.max_tree_size or balanced.max_tree_size:
        return None
    try:
        raw = copy(tree)
        if _forum_thread_page(raw):
            return None
        raw = prune_unwanted_nodes(raw, RAW_TREE_PRUNE_XPATH)
        raw = prune_unwanted_nodes(raw, REMOVE_COMMENTS_AND_LISTS_XPATH)
    except (TypeError, ValueError):
        return [], []
    return _pass(raw, url, precise), _pass(raw, url, balanced)


def _options(url: str | None, keywords: dict[str, Any]) -> Extractor:
    """The options `bare_extraction` makes of `body_lines`' keywords."""
    return Extractor(output_format="python", fast=keywords["fast"], precision=keywords.get("favor_precision", False),
                     comments=False, url=url)


def _pass(raw: HtmlElement, url: str | None, options: Extractor) -> list[str]:
    """The rest of one pass from the pruned raw tree: `trafilatura_sequence` after its prunes,
    then `bare_extraction`'s size check and text."""
    try:
        if options.fast:
            # `_prepare_tree` without its backup copy of the cleaned tree (a copy of the page a
            # pass): only the comparison with external extractors reads it, which `fast` skips.
            cleaned = convert_tags(tree_cleaning(copy(raw), options), options, url)
        else:
            cleaned, backup = _prepare_tree(raw, options, url)
        if options.focus == "precision":
            cleaned = prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
        # `_extract_and_compare`: under `fast`, the main extractor alone
        body, text = extract_content(cleaned, options) if options.fast else _extract_and_compare(cleaned, backup, raw, options)
        # the baseline rescue, balanced pass only
        if len(text) < options.min_extracted_size and options.focus != "precision":
            rescued, rescued_text, rescued_length = baseline(raw)
            if rescued_length > len(text):
                body, text = rescued, rescued_text
        # the recall escalation of a short balanced extraction (no jusText candidate: `fast`)
        if (options.focus == "balanced" and 0 < len(text) < ESCALATION_MAX_LENGTH
                and len(text) < ESCALATION_PAGE_SHARE * _text_length(raw)):
            recall = copy(options)
            recall.focus = "recall"
            retried = ""
            try:
                retried_body, retried = _recall_retry(raw, recall, url)
            except Exception:  # as trafilatura: a failed retry keeps the first extraction
                pass
            if len(retried) >= options.min_extracted_size and len(retried) > ESCALATION_ACCEPT_RATIO * len(text):
                body, text = retried_body, retried
        # no comments are read: their size is 0
        if len(text) < options.min_output_size and 0 < options.min_output_comm_size:
            return []
        return _lines(xmltotxt(body, options.formatting))
    except (TypeError, ValueError):
        return []


def _text_length(raw: HtmlElement) -> int:
    """`len(html2txt(raw))` with its cleaning XPath's matches found by a plain XPath and tests in
    Python: that XPath (a regular expression tried on every element's class and id through a
    call into Python) was 2.9 of html2txt's 4.3 CPU ms a Zyte page. The same steps otherwise:
    a copy of the tree, the matches deleted in document order (tails kept), the spaced text."""
    if BASIC_CLEAN_XPATH.path != BASIC_CLEAN_PATH:
        return len(html2txt(raw))
    tree = copy(raw)
    body = tree.find(".//body")
    if body is None:  # `html2txt` of an element without <body>: the element is the content
        body = tree
    for element in [e for e in BASIC_CLEAN_CANDIDATES(body) if _basic_clean(e)]:
        delete_element(element)
    return len(_spaced_text(body))


def _basic_clean(element: HtmlElement) -> bool:
    """Whether `BASIC_CLEAN_XPATH` matches a descendant element."""
    tag = element.tag
    if tag in BASIC_CLEAN_TAGS:
        return True
    if tag == "div" and "footer" in next((value for name, value in element.items() if name in ("class", "id")), ""):
        return True  # XPath's string of "@class|@id": the first of the two in the tag
    return any(COOKIE_NOTICE_TEST.search(element.get(name) or "") for name in ("class", "id"))


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").split("\n") if line.strip()]


# EXSLT's re:test(@id|@class, 'pattern'[, 'i']) in trafilatura's XPaths: lxml answers it by a call
# into Python for every element the XPath walks, an element without the attributes too (the test
# of an empty string, which none of their patterns matches).
EXSLT_REGEX_TEST = re.compile(r"re:test\(\s*(@[\w-]+(?:\s*\|\s*@[\w-]+)*)\s*,\s*'([^']*)'\s*(,\s*'[^']*'\s*)?\)")


def _attribute_guarded(expression: etree.XPath) -> etree.XPath:
    """The same XPath with each re:test of attributes asked only where one of them is there:
    `(@id|@class and re:test(@id|@class, '…'))`. Where the attributes are absent, re:test reads
    an empty string; a pattern that matches one keeps its plain test. The same elements in the
    same order, found without most of the calls into Python (the XPaths that prune a page's
    sections were a fifth of the clean stage)."""

    def guarded(test: re.Match[str]) -> str:
        flags = re.IGNORECASE if test[3] and "i" in test[3] else 0
        return test[0] if re.search(test[2], "", flags) else f"(({test[1]}) and {test[0]})"

    path = EXSLT_REGEX_TEST.sub(guarded, expression.path)
    return expression if path == expression.path else etree.XPath(path, namespaces={"re": xpaths.REGEXP_NS})


if SHARED_STEPS:  # trafilatura's modules hold these lists themselves: each expression replaced in its list
    for _expressions in vars(xpaths).values():
        if isinstance(_expressions, list) and all(isinstance(e, etree.XPath) for e in _expressions):
            _expressions[:] = [_attribute_guarded(e) for e in _expressions]
