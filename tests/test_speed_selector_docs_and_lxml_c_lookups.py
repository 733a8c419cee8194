"""Round 37 speed: shortcuts that must give what the plain way gives.

- The sentence selector's Doc of a paragraph it keeps whole is parsed as it is (not tokenized
  again): its sentencizer only predicts sentence starts, so that Doc is the tokenizer's own.
- trafilatura's HTML parser makes lxml.html's element classes with lxml's C lookups instead of
  lxml.html's Python lookup method.

Checked against the plain ways on paragraphs and a page of our own.
"""

from __future__ import annotations

import lxml.html
import pytest
import trafilatura.utils
from helpers import reference_chunks

from newsevents.clean.html import extract_html, html_class_lookup
from newsevents.model import Document, content_id
from newsevents.nlp import parse_documents

PARAGRAPHS = [
    "The harbour authority fined two shipping firms on Tuesday. Dockworkers staged a protest "
    "outside its offices.",
    "The weather stayed mild all week. Tourists filled the cafés along the promenade.",
    '"We will not give in," the union leader told reporters. He said talks would resume on Monday.',
    "Rain fell. The mayor of Lindenport condemned the attack on the depot, and police arrested "
    "three men. Nothing else happened.",
    "Mr. Okafor was not all critical.  He also praised the new ministers' pledge to cut fuel "
    "subsidies by 2027 … and more!",
    "Gunmen stormed a checkpoint near the border, killing four soldiers, officials said.\"",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_the_selector_chooses_as_before_and_keeps_the_tokenizers_doc(pipeline, text):
    doc, chunks = pipeline.select.chunks(text)
    assert chunks == reference_chunks(pipeline.select, text) == pipeline.select(text)
    fresh = pipeline.nlp.make_doc(text)
    def tokens(made):
        return [(t.orth_, t.norm_, t.whitespace_, t.lower_, t.is_space, t.is_sent_start, t.idx) for t in made]

    assert doc.text == fresh.text and tokens(doc) == tokens(fresh)


def test_a_paragraph_kept_whole_is_parsed_from_the_selectors_doc(pipeline):
    body = "\n\n".join(PARAGRAPHS)
    spans, start = [], 0
    for paragraph in PARAGRAPHS:
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    document = Document(content_id(body), "<test>", body, language="en", paragraphs=spans)
    made = []

    class Spy:
        """The selector, noting the Docs it makes."""

        def chunks(self, text):
            doc, chunks = pipeline.select.chunks(text)
            made.append(doc)
            return doc, chunks

    parsed = parse_documents([document], pipeline.nlp, select=Spy())
    plain = parse_documents([document], pipeline.nlp)
    whole = [p for p in parsed[0].paragraphs if len(p.doc.text) == len(PARAGRAPHS[0]) and p.offset == 0]
    assert whole and any(p.doc is doc for p in whole for doc in made)  # parsed as it is, not tokenized again
    # and parsed the same: each chunk as the plain pipeline reads it
    by_offset = {p.offset: p.doc for p in plain[0].paragraphs}
    for paragraph in parsed[0].paragraphs:
        if paragraph.offset in by_offset and len(by_offset[paragraph.offset]) == len(paragraph.doc):
            again = by_offset[paragraph.offset]
            assert [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in paragraph.doc] == \
                [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in again]


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour strike ends | The Coast Ledger</title>
<meta name="author" content="Mara Quist"></head><body>
<!-- a comment --><nav><a href="/">Home</a></nav>
<article><h1>Harbour strike ends</h1>
<p>Dockworkers in Lindenport ended a nine-day strike on Friday after the harbour authority agreed
to raise their wages by six percent, union officials said.</p>
<p>The authority's chairman said the deal would keep the port open through the winter season and
that both sides had signed it late on Thursday evening.</p>
<form action="/subscribe"><label for="e">Email</label><input id="e" name="email">
<select name="s"><option>daily</option></select><textarea name="t"></textarea></form>
<p>Shipping lines had diverted more than forty vessels to other ports while the strike lasted.</p>
</article></body></html>"""


def test_the_html_parser_makes_lxml_htmls_classes():
    fast = lxml.html.HTMLParser(remove_comments=False)
    fast.set_element_class_lookup(html_class_lookup())
    plain = lxml.html.HTMLParser(remove_comments=False)
    ours, theirs = lxml.html.fromstring(PAGE, parser=fast), lxml.html.fromstring(PAGE, parser=plain)
    kinds = [type(node) for node in ours.iter()]
    assert kinds == [type(node) for node in theirs.iter()]
    assert {lxml.html.FormElement, lxml.html.InputElement, lxml.html.LabelElement, lxml.html.SelectElement,
            lxml.html.TextareaElement, lxml.html.HtmlComment} <= set(kinds)


def test_trafilatura_reads_pages_with_the_c_lookup_and_extracts_the_same():
    parser = trafilatura.utils.HTML_PARSER
    assert isinstance(parser.makeelement("form").getroottree().getroot(), lxml.html.FormElement)
    ours = extract_html(PAGE.encode("utf-8"))
    lookup = html_class_lookup()
    parser.set_element_class_lookup(lxml.html.HtmlElementClassLookup())
    try:
        plain = extract_html(PAGE.encode("utf-8"))
    finally:
        parser.set_element_class_lookup(lookup)
    assert ours == plain and ours.paragraphs
