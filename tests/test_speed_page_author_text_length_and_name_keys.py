"""Round 38 speed: shortcuts that must give what the plain way gives.

- `clean.html.page_author` reads a page's byline as trafilatura's `extract_author` does, from one
  walk over the page's elements instead of a pruned copy of the whole page and four XPaths.
- `clean.passes._text_length` is `len(html2txt(raw))` with html2txt's cleaning XPath's matches
  found by a plain XPath and tests in Python.
- `actors.people.name_key` keeps its answers (a pure reading of a name).

Checked against the plain ways on pages of our own and, where the data is here, every Zyte page.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from trafilatura.baseline import html2txt
from trafilatura.metadata import extract_author
from trafilatura.utils import load_html

from newsevents.actors.people import name_key
from newsevents.clean.html import decode_html, page_author
from newsevents.clean.passes import SHARED_STEPS, _text_length

ZYTE = Path(__file__).resolve().parents[2] / "shared" / "data" / "zyte-article-benchmark" / "html"

PAGES = [
    # a byline class
    '<html><body><div class="story-byline">By Marta Okonkwo and Lee Dahl</div><p>Text.</p></body></html>',
    # rel=author on a link, with a date beside it inside the same span
    '<html><body><span class="meta"><a rel="author" href="/m">Ines Halvorsen</a></span>'
    '<p class="byline">By <b>Pavel Ruiz</b><time>May 3</time> in Lindenport</p></body></html>',
    # the first author element sits in a sidebar (discarded): the next one counts
    '<html><body><div class="sidebar"><span class="author">Columnist Of The Week</span></div>'
    '<div class="writer-box">Tomas Eriksen</div></body></html>',
    # the whole byline is a figure's credit: no author there
    '<html><body><figure><span class="author">Photo Desk</span></figure><p>Only text.</p></body></html>',
    # an <author> element, and an id-only byline of the second XPath
    '<html><body><author>Grace Mbeki</author><div id="zuozhe-line">Li Wen</div></body></html>',
    # too short, then too long, then a good one
    '<html><body><span class="author">AB</span><span class="author">' + "Very long name " * 10 + '</span>'
    '<div data-component="Byline">Sven Aalto, Harbour Correspondent</div></body></html>',
    # a comment inside the byline, a tail after a pruned element, capital classes
    '<html><body><div class="ArticleAuthor">By <!-- staff --> Amira Haddad<span class="date">today</span>, '
    'Cairo</div></body></html>',
    # itemprop and data-testid forms
    '<html><body><a data-testid="AuthorURL">Jonas Berg</a><p itemprop="author name">Kai Lund</p></body></html>',
    # nothing that names an author
    '<html><body><p>The council met on Monday.</p></body></html>',
]


@pytest.mark.parametrize("page", PAGES)
def test_the_author_is_read_as_trafilatura_reads_it(page):
    tree = load_html(page)
    assert page_author(tree) == extract_author(load_html(page))


def test_the_page_is_left_as_it_was():
    page = PAGES[2]
    tree = load_html(page)
    before = len(list(tree.iter()))
    page_author(tree)
    assert len(list(tree.iter())) == before


@pytest.mark.skipif(not ZYTE.exists(), reason="Zyte pages not here (../shared/data)")
def test_the_author_of_every_zyte_page_is_the_same():
    pages = sorted(ZYTE.glob("*.html.gz"))
    for path in pages:
        text = decode_html(gzip.decompress(path.read_bytes()))
        tree = load_html(text)
        if tree is not None:
            assert page_author(tree) == extract_author(load_html(text)), path.name


TEXT_PAGES = [
    '<html><body><p>The port reopened on Monday.</p><div class="CookieBanner-wrap">We use cookies.</div>'
    '<p>Ships queued.</p></body></html>',
    '<html><body><div id="onetrust-consent-sdk"><p>Accept all</p></div>after<p>Ferries ran late.</p></body></html>',
    # XPath reads the first of class and id: a footer id after a class is no footer
    '<html><body><div class="wide" id="page-footer">Kept text</div><div id="site-footer" class="x">Gone</div>'
    '<div class="footer-links">Gone too</div></body></html>',
    '<html><body><aside>Related</aside>Tail text<script>var a = 1;</script><style>p {}</style>'
    '<footer>About us</footer><svg><text>logo</text></svg><p>Main story text.</p></body></html>',
    # nested matches, a tail after each, case aside ("NOTICE_COOKIE", "Moove-GDPR")
    '<html><body><section class="NOTICE_COOKIE">a<div id="Moove-GDPR">b<span>c</span></div>d</section>e'
    '<p class="borlabs">f</p><h2>Harbour news</h2><ul><li>one</li><li>two</li></ul></body></html>',
    # no <body>: the element itself is read
    '<div><p>Only a fragment of text here.</p><div class="cmplz-banner">x</div></div>',
]


@pytest.mark.skipif(not SHARED_STEPS, reason="trafilatura is not the version the shared passes follow")
@pytest.mark.parametrize("page", TEXT_PAGES)
def test_the_page_text_length_is_html2txts(page):
    import lxml.html

    tree = lxml.html.fromstring(page)
    assert _text_length(tree) == len(html2txt(tree))
    assert lxml.html.tostring(tree) == lxml.html.tostring(lxml.html.fromstring(page))  # left as it was


@pytest.mark.skipif(not ZYTE.exists() or not SHARED_STEPS, reason="Zyte pages not here, or another trafilatura")
def test_the_page_text_length_of_every_zyte_page_is_html2txts():
    from copy import copy

    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    for path in sorted(ZYTE.glob("*.html.gz")):
        tree = load_html(decode_html(gzip.decompress(path.read_bytes())))
        if tree is None:
            continue
        for raw in (tree, prune_unwanted_nodes(prune_unwanted_nodes(copy(tree), RAW_TREE_PRUNE_XPATH),
                                               REMOVE_COMMENTS_AND_LISTS_XPATH)):
            assert _text_length(raw) == len(html2txt(raw)), path.name


@pytest.mark.parametrize("name", ["Raúl Castro", "Mr. O’Brien’s", "Abdel Fattah el-Sisi", "  Ilse  Berg-Nyman ", "李文"])
def test_a_name_key_kept_is_the_name_key_read_again(name):
    fresh = name_key.__wrapped__(name)
    assert name_key(name) == fresh and name_key(name) == fresh
    assert name_key.cache_info().hits > 0
