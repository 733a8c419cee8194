"""The nlp stage's sentence selection: only sentences that can yield an event or a claim are parsed."""

from __future__ import annotations

from newsevents.nlp import SentenceSelector, word_forms
from newsevents.steps import default_words


def test_word_forms_cover_regular_and_irregular_inflections(pipeline):
    forms = word_forms(["meet", "say", "plan", "visit", "deny", "accuse"], pipeline.nlp)
    assert {"met", "meets", "meeting", "said", "says", "planned", "visited", "visiting", "denied", "denies",
            "accused", "accusing"} <= forms
    assert "table" not in forms


def test_only_sentences_with_a_trigger_or_a_quote_are_selected(pipeline):
    select = SentenceSelector(pipeline.nlp, default_words())
    text = ("The weather was mild. Putin met Netanyahu in Moscow. He said the talks went well. "
            "The city was quiet. \"We are ready,\" one official added later. Traffic was light.")
    chunks = [text[a:b] for a, b in select(text)]
    # Adjacent selected sentences stay in one chunk, so a claim and its cue are parsed together.
    assert chunks == ["Putin met Netanyahu in Moscow. He said the talks went well.",
                      "\"We are ready,\" one official added later."]


def test_selection_loses_no_event_of_the_examples(pipeline, full_pipeline, store, tmp_path):
    from conftest import EXAMPLES, database_url

    from newsevents.queries import event_list
    from newsevents.store import Store

    def events(p, db):
        p.run([str(EXAMPLES)], db)
        return sorted((e.document_id, e.trigger_start, e.cameo, str(e.source), str(e.target))
                      for e in event_list(db))

    everything = Store(database_url(tmp_path, 'all'))
    assert events(pipeline, store) == events(full_pipeline, everything)
    everything.close()


def _ruler_entities(factory: str, patterns: list[dict], texts: list[str]) -> list[list[tuple[int, int, str]]]:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe(factory, config={"overwrite_ents": True}).add_patterns(patterns)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


def test_phrase_entity_ruler_finds_what_the_token_pattern_ruler_finds():
    """The news names (341 token patterns: "Downing Street", "<Demonym> Defence Forces", capitals)
    matched as lower-case phrases then checked word by word give spaCy's EntityRuler's entities."""
    import itertools
    import json

    from conftest import SEED, SHARED

    import newsevents.nlp  # noqa: F401  # registers news_entity_ruler
    from newsevents.actors.coding import entity_patterns

    texts = [
        SEED.read_text(encoding="utf-8"),
        "Israeli Defence Forces entered; the israeli defence forces denied it; ISRAELI DEFENCE FORCES.",
        "Officials in Downing Street, downing street and Downing STREET met the Russian Army in Kyiv (not kyiv).",
        "The Foreign Ministry and the foreign ministry spoke; Military Intelligence said Defence Ministry",
    ]
    corpus = SHARED / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
    if corpus.exists():  # real news, read where it lies
        with corpus.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in itertools.islice(lines, 300)]
    patterns = entity_patterns()
    expected = _ruler_entities("entity_ruler", patterns, texts)
    assert sum(map(len, expected)) > 100
    assert _ruler_entities("news_entity_ruler", patterns, texts) == expected


def test_patterns_beyond_words_still_go_to_the_token_matcher():
    import newsevents.nlp  # noqa: F401  # registers news_entity_ruler

    patterns = [{"label": "ORG", "pattern": [{"LOWER": "acme"}, {"IS_DIGIT": True}]},
                {"label": "GPE", "pattern": [{"TEXT": {"IN": ["Gondor", "Arnor"]}}, {"LOWER": "city"}]},
                {"label": "ORG", "pattern": "Coast Times"}]
    texts = ["Acme 42 sued Gondor City and gondor city; the Coast Times and Arnor CITY said so."]
    expected = _ruler_entities("entity_ruler", patterns, texts)
    assert expected == [[(0, 2, "ORG"), (3, 5, "GPE"), (10, 12, "ORG"), (13, 15, "GPE")]]
    assert _ruler_entities("news_entity_ruler", patterns, texts) == expected


def test_word_attribute_ruler_sets_what_spacy_s_attribute_ruler_sets(pipeline):
    """The model's attribute rules (tag map, word exceptions), the one-word ones looked up per
    token: every token's tag, POS, morphology, dependency, lemma and entity as spaCy's own ruler gives."""
    import itertools
    import json

    import spacy
    from conftest import SEED, SHARED

    from newsevents.nlp import DEFAULT_MODEL, WordAttributeRuler, whole_ranks

    assert isinstance(pipeline.nlp.get_pipe("attribute_ruler"), WordAttributeRuler)
    texts = [SEED.read_text(encoding="utf-8"), "I ca n't go.  Gonna wanna, y'all?\n\nLet's  c'mon: it is n't him, is it? There are few."]
    corpus = SHARED / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
    if corpus.exists():
        with corpus.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in itertools.islice(lines, 100, 160)]
    stock = spacy.load(DEFAULT_MODEL)
    whole_ranks(stock)  # the same tokens: our tokenizer's special cases are no business of the ruler's

    def attributes(nlp):
        # our own pipes after the ruler (the entity ruler, the lemma repair of "hopes") are not its business
        with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name in {"news_entities", "news_verb_lemmas"}]):
            return [[(t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_) for t in doc]
                    for doc in nlp.pipe(texts)]

    expected = attributes(stock)
    assert sum(map(len, expected)) > 2000
    assert attributes(pipeline.nlp) == expected


def test_models_multiply_with_numpy_blas_on_one_thread(pipeline):
    """The loaded models use numpy's BLAS (not blis), and a pickled pipeline (a Ray actor's, a
    spawned worker's) keeps it; the BLAS runs one thread per process (the workers are the
    parallelism)."""
    import pickle

    from threadpoolctl import threadpool_info

    def blis_nodes(nlp):
        return [node.name for _, component in nlp.pipeline if getattr(component, "model", None) is not None
                for node in component.model.walk() if getattr(node.ops, "use_blis", True)]

    assert blis_nodes(pipeline.nlp) == []
    assert blis_nodes(pickle.loads(pickle.dumps(pipeline)).nlp) == []
    assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")



def test_lemmas_are_the_models_own_with_its_word_lists_as_sets(pipeline):
    """The lemmatizer's lists of known lemmas answer membership from a set; every lemma is the one
    the model gives unchanged, and a pickled pipeline keeps the sets."""
    import pickle

    import spacy

    from newsevents.nlp import DEFAULT_MODEL, WordList

    text = ("The ministers were meeting in Geneva; they met again later. Talks broke down, and the "
            "envoys' better offers were rejected. She's been flying drones, he said, and they'd flown worse.")
    plain = spacy.load(DEFAULT_MODEL)
    expected = [(t.text, t.lemma_) for t in plain(text)]
    assert ("met", "meet") in expected and ("flown", "fly") in expected
    for nlp in (pipeline.nlp, pickle.loads(pickle.dumps(pipeline)).nlp):
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        assert all(isinstance(words, WordList) for words in index.values())
        assert [(t.text, t.lemma_) for t in nlp(text)] == expected
