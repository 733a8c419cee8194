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
