"""Round 36 speed: the lemmatizer keeps every answer (`nlp.KeptLemmas`) and gives spaCy's lemmas.

spaCy's English rule lemmatizer works a base form out again at every token; `KeptLemmas` keeps
each answer under (word, part of speech, morphology). Checked against spaCy's own lemmatizer, with
the same tables, on sentences of our own read twice (the second time from what was kept).
"""

from __future__ import annotations

import pytest

from newsevents.nlp import KeptLemmas

TEXTS = [
    "The striking dockworkers hoped the port authority would meet their demands by Friday.",
    "Rebels shelled two villages near the river crossing, and the army said it hopped between "
    "positions while fined traders staged a protest outside the ministry.",
    "Ministers are meeting envoys from three neighbouring states; talks were held in private.",
    "She waged a long campaign against the mining licences, which the courts later annulled.",
    "THE GOVERNOR'S OFFICE DENIED THE REPORTS. Children, geese and mice crossed the busiest roads.",
    "Protesters gathered, gathering more supporters as police fired tear gas at 3 p.m.",
]


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def _without_lemmas(nlp, texts):
    """The texts through every component before the lemmatizer."""
    docs = [nlp.make_doc(text) for text in texts]
    for name, component in nlp.pipeline:
        if name == "lemmatizer":
            return docs
        docs = [component(doc) for doc in docs]
    raise AssertionError("no lemmatizer in the pipeline")


def test_the_pipeline_keeps_its_lemmas(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, KeptLemmas)
    assert lemmatizer.mode == "rule"
    assert nlp.pipe_names.index("lemmatizer") == nlp.pipe_names.index("attribute_ruler") + 1


def test_kept_lemmas_are_spacys_lemmas_first_time_and_from_memory(nlp):
    from spacy.lang.en.lemmatizer import EnglishLemmatizer  # after newsevents (its rebuilt parser)

    kept = nlp.get_pipe("lemmatizer")
    plain = EnglishLemmatizer(nlp.vocab, None, "plain", mode="rule")
    plain.lookups = kept.lookups
    for _ in range(2):  # the second reading takes its lemmas from what the first kept
        docs = _without_lemmas(nlp, TEXTS)
        expected = [[token.lemma_ for token in plain(doc.copy())] for doc in docs]
        got = [[token.lemma_ for token in kept(doc)] for doc in docs]
        assert got == expected
    assert kept.kept  # answers were kept


def test_a_lemma_already_set_is_left_alone(nlp):
    kept = nlp.get_pipe("lemmatizer")
    (doc,) = _without_lemmas(nlp, ["Envoys arrived in the capital."])
    doc[0].lemma_ = "envoy-set-before"
    kept(doc)
    assert doc[0].lemma_ == "envoy-set-before"
    assert [token.lemma_ for token in doc[1:]] == ["arrive", "in", "the", "capital", "."]


def test_the_memo_starts_again_when_full(nlp, monkeypatch):
    kept = nlp.get_pipe("lemmatizer")
    (doc,) = _without_lemmas(nlp, ["Troops withdrew from the border towns."])
    kept(doc.copy())
    monkeypatch.setattr("newsevents.nlp.LEMMAS_KEPT", 1)
    again = kept(doc.copy())
    assert [token.lemma_ for token in again] == ["troop", "withdraw", "from", "the", "border", "town", "."]
    assert 0 < len(kept.kept) <= len(doc)



# The clean stage: trafilatura's fast passes make no backup copy of their cleaned tree (only the
# non-fast comparison reads it), and the metadata is read last from the page's own tree.
PAGE = (
    "<html lang='en'><head><title>Port strike widens | The Harbour Ledger</title>"
    "<meta property='og:site_name' content='The Harbour Ledger'>"
    "<meta name='date' content='2024-03-05'></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Port strike widens</h1>"
    + "".join(f"<p>{line}</p>" for line in [
        "Dockworkers at the eastern container terminal walked out on Monday, joining a strike that "
        "has already closed two smaller ports along the coast, their union said.",
        "The transport ministry said it would meet union leaders on Wednesday and urged both sides "
        "to return to talks before shipping lines begin diverting vessels to other harbours.",
        "Exporters warned that perishable cargo was piling up on the quays and that losses would "
        "mount quickly if the stoppage lasted into next week.",
    ])
    + "</article><footer>Subscribe to our newsletter</footer></body></html>"
)


def test_fast_passes_skip_the_backup_copy(monkeypatch):
    from newsevents.clean import passes

    if not passes.SHARED_STEPS:
        pytest.skip("another trafilatura: the plain passes run")
    expected = (passes.body_lines(_tree(), None, **passes.PRECISE), passes.body_lines(_tree(), None, **passes.BALANCED))

    def no_backup(*args, **kwargs):
        raise RuntimeError("a fast pass prepared a backup tree")

    monkeypatch.setattr(passes, "_prepare_tree", no_backup)
    assert passes.both_passes(_tree(), None) == expected
    assert expected[0]


def test_metadata_is_read_from_the_page_tree_itself(monkeypatch):
    from newsevents.clean import html

    plain = html.extract_html(PAGE)
    trees, read = [], []
    load = html.load_html
    monkeypatch.setattr(html, "load_html", lambda text: trees.append(load(text)) or trees[-1])
    page_metadata = html.page_metadata
    monkeypatch.setattr(html, "page_metadata", lambda tree, url: read.append(tree) or page_metadata(tree, url))
    assert html.extract_html(PAGE) == plain
    assert read and read[0] is trees[0]  # no copy made for it
    assert plain.title == "Port strike widens" and plain.site_name == "The Harbour Ledger"
    assert plain.language == "en" and len(plain.paragraphs) >= 3


def _tree():
    from trafilatura.utils import load_html

    return load_html(PAGE)
