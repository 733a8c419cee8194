"""Round 46 speed: shortcuts that must give what the plain way gives.

- trafilatura's XPaths ask EXSLT's re:test of an attribute only where the element has it
  (`clean.passes._attribute_guarded`), and find the same elements in the same order: checked on
  a page of our own against the plain XPaths, and on trafilatura's own lists.
- A run keeps the objects alive when it starts out of the garbage collector's passes
  (`gc.freeze`) and hands them back when it ends; a caller's own frozen objects stay frozen.
"""

from __future__ import annotations

import gc

import lxml.html
import pytest
from lxml import etree
from trafilatura import xpaths

from newsevents.clean.passes import SHARED_STEPS, _attribute_guarded

PAGE = """<html><body>
<div id="main-nav" class="Menu top"><p>Home</p><span>World</span></div>
<div class=""><p id="">An empty class and id.</p></div>
<section class="story"><p>The port authority fined two shipping firms.</p>
  <div style="display:none" id="hidden-box"><span class="byline">By a reporter</span></div>
  <aside class="NAVBAR"><a href="/x">More</a></aside></section>
<div><p>A paragraph with no attributes at all.</p><ul><li>one</li><li class="share-row">two</li></ul></div>
</body></html>"""

PLAIN = [
    ".//*[re:test(@id|@class, 'nav|menu') or re:test(@style, 'none')]",
    ".//*[self::div or self::aside][re:test(@class, 'navbar', 'i') or re:test(@id, 'hidden')]",
    ".//*[re:test(@class, '^$') or re:test(@id, 'main')]",  # '^$' matches an empty string: kept plain
    ".//*[re:test( @class | @id , 'share-|byline')]",
]


def _xpath(path: str) -> etree.XPath:
    return etree.XPath(path, namespaces={"re": xpaths.REGEXP_NS})


@pytest.mark.parametrize("path", PLAIN)
def test_a_guarded_xpath_finds_the_same_elements_in_the_same_order(path):
    page = lxml.html.fromstring(PAGE)
    plain = _xpath(path)
    guarded = _attribute_guarded(plain)
    assert guarded.path != plain.path
    assert guarded(page) == plain(page)
    assert guarded(page)  # the page has elements each expression finds


def test_a_pattern_that_matches_an_empty_string_keeps_its_plain_test():
    guarded = _attribute_guarded(_xpath(PLAIN[2])).path
    assert "re:test(@class, '^$')" in guarded and "(@class) and re:test(@class" not in guarded
    assert "((@id) and re:test(@id, 'main'))" in guarded


@pytest.mark.skipif(not SHARED_STEPS, reason="another trafilatura: its XPaths are left as they are")
def test_trafilaturas_section_xpaths_are_guarded():
    for expressions in (xpaths.OVERALL_DISCARD_XPATH, xpaths.PRECISION_DISCARD_XPATH, xpaths.BODY_XPATH):
        for expression in expressions:
            assert expression.path.count("re:test(") == expression.path.count(") and re:test(")
    assert any("re:test(" in e.path for e in xpaths.OVERALL_DISCARD_XPATH)


def _frozen_while_running(pipeline, store, folder) -> list[int]:
    text = folder / "harbour.txt"
    text.write_text("The harbour authority fined two shipping firms on Tuesday, officials said.\n\n"
                    "Dockworkers staged a protest outside the authority's offices in Lindenport.\n", encoding="utf-8")
    counts: list[int] = []
    pipeline.run([str(text)], store, on_document=lambda _: counts.append(gc.get_freeze_count()))
    return counts


def test_a_run_freezes_what_is_alive_and_hands_it_back(pipeline, store, tmp_path):
    assert gc.get_freeze_count() == 0
    counts = _frozen_while_running(pipeline, store, tmp_path)
    assert counts and all(count > 0 for count in counts)  # the loaded model among them
    assert gc.get_freeze_count() == 0


def test_a_callers_frozen_objects_stay_frozen(pipeline, store, tmp_path):
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        # a frozen object freed by its last reference leaves the count, so it may only fall: the
        # run froze nothing more and handed none of the caller's back
        counts = _frozen_while_running(pipeline, store, tmp_path)
        assert counts and all(0 < count <= frozen for count in counts)
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
