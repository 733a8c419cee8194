"""A passive names no doer without its agent: a participle clause ("were expelled, accused of
plotting attacks" tells who is accused, not who accuses), a passive joined to an active clause
("farmers have faced costs and prices have been pushed down"), a participle sharing a passive
("were arrested and expelled"). The one acted on, or the first clause's subject, is never stored
as the source (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two Iranian diplomats were expelled from Albania on Friday, accused of plotting attacks on exiled dissidents.",
    "Five Russian officers were indicted in Washington, charged with hacking the Democratic Party's servers.",
])
def test_the_one_acted_on_is_not_the_doer(read, text):
    reading = read(text)
    for event in reading.events:
        if event.cameo.startswith("11"):
            assert event.source is None or event.source.country not in {"IRN", "RUS"}


def test_an_active_participle_keeps_its_subject(read):
    reading = read("Having accused Iran of sabotage, Saudi Arabia recalled its ambassador from Tehran.")
    assert any(e.cameo.startswith("11") and e.source is not None and e.source.country == "SAU" for e in reading.events)


def test_a_passive_with_its_agent_keeps_the_doer(read):
    reading = read("The convoy was attacked by Houthi rebels near the Saudi border.")
    assert any(e.cameo.startswith("19") and e.source is not None and e.source.role == "REB" for e in reading.events)


# The parses below are given, as the parser gives them on real text, so that the rule is tested
# on the structure it reads whatever a parser upgrade does to these words.
def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_a_passive_joined_to_an_active_clause_has_no_subject():
    from newsevents.grammar import MentionIndex, subjects
    # "farmers have faced costs and prices have been pushed down": "pushed" hung on "faced"
    doc = _parsed(["farmers", "have", "faced", "costs", "and", "prices", "have", "been", "pushed", "down"],
                  [2, 2, 2, 2, 2, 2, 8, 8, 2, 8],
                  ["nsubj", "aux", "ROOT", "dobj", "cc", "conj", "aux", "auxpass", "conj", "prt"],
                  ["NNS", "VBP", "VBN", "NNS", "CC", "NNS", "VBP", "VBN", "VBN", "RP"])
    assert subjects(doc[8], MentionIndex([])) == []
    assert [t.text for t in subjects(doc[2], MentionIndex([]))] == ["farmers"]


def test_a_participle_sharing_a_passive_has_no_subject():
    from newsevents.grammar import MentionIndex, subjects
    # "diplomats were arrested and expelled": who is expelled does not expel
    doc = _parsed(["diplomats", "were", "arrested", "and", "expelled"],
                  [2, 2, 2, 2, 2],
                  ["nsubjpass", "auxpass", "ROOT", "cc", "conj"],
                  ["NNS", "VBD", "VBN", "CC", "VBN"])
    assert subjects(doc[4], MentionIndex([])) == []
    # "was attacked by rebels and fled": who fled is who was attacked
    doc = _parsed(["convoy", "was", "attacked", "by", "rebels", "and", "fled"],
                  [2, 2, 2, 2, 3, 2, 2],
                  ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "conj"],
                  ["NN", "VBD", "VBN", "IN", "NNS", "CC", "VBD"])
    assert [t.text for t in subjects(doc[6], MentionIndex([]))] == ["convoy"]


def test_an_agentless_passive_participle_clause_has_no_subject():
    from newsevents.grammar import MentionIndex, subjects
    # "diplomats were expelled, accused of plotting"
    doc = _parsed(["diplomats", "were", "expelled", ",", "accused", "of", "plotting"],
                  [2, 2, 2, 2, 2, 4, 5],
                  ["nsubjpass", "auxpass", "ROOT", "punct", "advcl", "prep", "pcomp"],
                  ["NNS", "VBD", "VBN", ",", "VBN", "IN", "VBG"])
    assert subjects(doc[4], MentionIndex([])) == []
