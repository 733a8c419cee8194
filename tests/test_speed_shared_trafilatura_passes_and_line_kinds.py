"""Round 34 speed: the clean stage's shortcuts give what the plain steps give.

trafilatura's two passes share their raw-tree preparation (`clean.passes.both_passes`), the
passes' lines are classified once (`clean_lines`' memo) and the page's paragraphs are read once
for the split-chunk search: each checked against the plain way on pages of our own and on every
Zyte benchmark page.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from newsevents.clean.html import _squash, _with_split_chunks, decode_html, extract_html
from newsevents.clean.html_rules import classify, clean_lines, line_kind
from newsevents.clean.passes import (
    BALANCED,
    FOLLOWED_VERSION,
    PRECISE,
    SHARED_STEPS,
    _shared_passes,
    body_lines,
    both_passes,
)

ZYTE = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "zyte-article-benchmark" / "html"

STORY = [
    "Farmers in the northern valley blocked the main highway with tractors on Tuesday, demanding that "
    "the agriculture ministry pay the drought relief it promised in the spring.",
    "The blockade stretched for six kilometres and left hundreds of lorries stranded near the border "
    "crossing, police in the provincial capital said.",
    "A ministry spokeswoman said the first payments would reach farmers within two weeks, but union "
    "leaders said they would stay on the road until the money arrived.",
]
HEADLINE = "Farmers block highway over unpaid drought relief"


def page(body: str, head: str = "") -> str:
    return (f"<html><head><title>{HEADLINE} | Valley Herald</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/farming'>Farming</a></nav>"
            f"{body}<footer>Contact · Advertise · Jobs</footer></body></html>")


ARTICLE = page(
    f"<article><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    "<div id='comments'><p>What a mess on the road this morning, took me three hours to get home.</p></div>"
    "<aside class='related'><ul><li><a href='/a'>Grain prices rise again</a></li></ul></aside>"
)
# Under trafilatura's 250 characters: the balanced pass tries its baseline rescue.
SHORT = page(f"<article><h1>{HEADLINE}</h1><p>{STORY[0]}</p></article>")
# A short story on a page of other text: the balanced pass tries its recall escalation.
CROWDED = page(
    f"<article><h1>{HEADLINE}</h1><p>{STORY[1]}</p></article>"
    + "".join(f"<div class='teaser'><span>{p} {p}</span></div>" for p in STORY * 6)
)
# A forum thread (schema.org DiscussionForumPosting): its balanced pass keeps the comment sections.
FORUM = page(
    "<div class='thread'>" + "".join(f"<div class='comment'><p>{p}</p></div>" for p in STORY) + "</div>",
    head='<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Road blocked"}</script>',
)
PAGES = [ARTICLE, SHORT, CROWDED, FORUM, page("<p>Too short.</p>")]


def zyte_pages() -> list[str]:
    return [decode_html(gzip.decompress(path.read_bytes())) for path in sorted(ZYTE.glob("*.html.gz"))]


def plain_passes(text: str) -> tuple[list[str], list[str]]:
    tree = load_html(text)
    return body_lines(tree, None, **PRECISE), body_lines(tree, None, **BALANCED)


@pytest.mark.parametrize("text", PAGES)
def test_shared_passes_give_the_plain_passes_lines(text: str) -> None:
    assert both_passes(load_html(text), None) == plain_passes(text)


def test_the_shared_preparation_runs_under_the_followed_version() -> None:
    if not SHARED_STEPS:
        pytest.skip(f"trafilatura {trafilatura.__version__}, not {FOLLOWED_VERSION}: the plain passes run")
    precise, balanced = _shared_passes(load_html(ARTICLE), None) or ([], [])
    assert set(STORY) <= set(precise) and set(STORY) <= set(balanced)
    assert _shared_passes(load_html(FORUM), None) is None  # a forum thread: the plain passes


def test_shared_passes_leave_the_page_tree_as_it_was() -> None:
    tree = load_html(ARTICLE)
    before = etree.tostring(tree)
    both_passes(tree, None)
    assert etree.tostring(tree) == before


@pytest.mark.skipif(not ZYTE.is_dir(), reason="the Zyte benchmark is not here")
def test_shared_passes_on_every_zyte_page() -> None:
    for text in zyte_pages():
        assert both_passes(load_html(text), None) == plain_passes(text)


def test_line_kinds_read_once_for_both_passes() -> None:
    furniture = ["By Anna Kowalczyk", "Read more: Grain prices rise again", "Sign up for our newsletter."]
    precise = [HEADLINE, STORY[0], furniture[0], STORY[1]]
    balanced = [furniture[1], HEADLINE, STORY[0], furniture[0], STORY[1], furniture[2], "Related", "- Grain prices rise"]
    memo: dict[str, str | None] = {}
    assert clean_lines(precise, [HEADLINE], memo) == clean_lines(precise, [HEADLINE])
    assert clean_lines(balanced, [HEADLINE], memo) == clean_lines(balanced, [HEADLINE])
    assert memo == {line: line_kind(line) for line in set(precise + balanced)}
    # the teaser list under "Related" still reads its neighbour, not the memo
    assert classify(balanced, memo) == classify(balanced)


def test_paragraphs_read_once_for_the_split_chunks() -> None:
    chunk = "<div class='story-part'>{}</div>"
    text = page(
        f"<article><h1>{HEADLINE}</h1><div class='parts'>" + chunk.format("".join(f"<p>{p}</p>" for p in STORY[:2]))
        + "<div class='ad'>Advertisement</div>" + chunk.format("".join(f"<p>{p}</p>" for p in STORY[2:] * 2))
        + "</div></article>"
    )
    tree = load_html(text)
    paragraphs = [(p, _squash(p.text_content())) for p in tree.iter("p")]
    lines = STORY[:2]
    assert _with_split_chunks(tree, None, lines, paragraphs) == _with_split_chunks(tree, None, lines)
    assert extract_html(text).paragraphs[:3] == STORY
