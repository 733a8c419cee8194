"""Round 38 speed: shortcuts that must give what the plain way gives.

- `clean.html.page_author` reads a page's byline as trafilatura's `extract_author` does, from one
  walk over the page's elements instead of a pruned copy of the whole page and four XPaths.
- `actors.people.name_key` keeps its answers (a pure reading of a name).

Checked against the plain ways on pages of our own and, where the data is here, every Zyte page.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from trafilatura.metadata import extract_author
from trafilatura.utils import load_html

from newsevents.actors.people import name_key
from newsevents.clean.html import decode_html, page_author

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


@pytest.mark.parametrize("name", ["Raúl Castro", "Mr. O’Brien’s", "Abdel Fattah el-Sisi", "  Ilse  Berg-Nyman ", "李文"])
def test_a_name_key_kept_is_the_name_key_read_again(name):
    fresh = name_key.__wrapped__(name)
    assert name_key(name) == fresh and name_key(name) == fresh
    assert name_key.cache_info().hits > 0
