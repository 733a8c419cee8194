"""Readings made cheaper in round 32 (issue 12's speed target) give what they gave before.

The words a CAMEO verb pattern is matched against (events/verbs.py `_context`) used to walk the verb's whole subtree (the sentence, for a main verb) and every relative
clause in it; it now reads only the words in the pattern window, each by its path up to the verb.
These tests pin that the two readings are the same words in the same order: the subtree reading is
kept here as the reference. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import hand_parsed

from newsevents.events.verbs import (
    OWN_CLAUSES,
    PATTERN_WINDOW,
    _context,
    _describes_a_noun,
    cameo_verbs,
)
from newsevents.facts.countries import _query_key, country_by_demonym, country_by_name


def subtree_context(verb) -> list[set[str]]:
    """The reading before round 32: the verb's subtree less its own clauses, what a control
    complement's verb acts on, and clauses describing a noun, cut to the pattern window."""
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in OWN_CLAUSES:
            skip.update(t.i for t in child.subtree)
        elif child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            kept = {child.i} | {c.i for c in child.children if c.dep_ in {"aux", "prt", "neg"}}
            skip.update(t.i for t in child.subtree if t.i not in kept)
    for token in verb.subtree:
        if token.i not in skip and _describes_a_noun(token):
            skip.update(t.i for t in token.subtree)
    return [{t.lower_, t.lemma_.lower()} for t in verb.subtree
            if verb.i < t.i <= verb.i + PATTERN_WINDOW and t.i not in skip and not t.is_punct]


SENTENCES = [
    # a relative clause on the object, and a clause of the verb's own after it
    "The coastguard seized a trawler that had crossed into its waters, officials in Valletta said.",
    # a participle on a noun of the phrase
    "Rebels ambushed a convoy carrying food aid near the border town of Kessala on Monday.",
    # a control complement: its auxiliary and particle stay, its object does not
    "The union threatened to call off the talks with the port authority over unpaid wages.",
    # a that-clause and a conjoined verb
    "The mayor warned that the dam could burst and ordered the valley towns evacuated at once.",
    # a verb that is itself a relative clause: none of its words are its own
    "Militiamen who stormed the ministry compound in Juba were arrested by the army late on Friday.",
    # a passive with an agent and a long prepositional chain
    "Two aid workers were abducted by gunmen from a clinic on the edge of the refugee camp at Dadaab.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_window_reading_equals_the_subtree_reading(pipeline, text):
    doc = pipeline.nlp(text)
    for token in doc:
        assert _context(token) == subtree_context(token), (token.text, token.i)


def test_order_follows_the_subtree_where_an_arc_crosses():
    """A non-projective parse: "town" (4) governs "the" (2) across "quickly" (3), a word of the
    verb's, so the subtree lists quickly, the, town: not the order of the words."""
    doc, _ = hand_parsed(["Troops", "shelled", "the", "quickly", "town", "."], heads=[1, 1, 4, 1, 1, 1],
                         deps=["nsubj", "ROOT", "det", "advmod", "dobj", "punct"],
                         tags=["NNS", "VBD", "DT", "RB", "NN", "."], pos=["NOUN", "VERB", "DET", "ADV", "NOUN", "PUNCT"],
                         named={}, lemmas={"shelled": "shell"})
    assert [t.text for t in doc[1].subtree] == ["Troops", "shelled", "quickly", "the", "town", "."]
    assert _context(doc[1]) == subtree_context(doc[1]) == [{"quickly"}, {"the"}, {"town"}]


def test_a_pattern_still_reads_the_verb_phrase(pipeline):
    """The dictionary's pattern for cutting diplomatic relations reads its words through `_context`."""
    doc = pipeline.nlp("Morocco severed diplomatic relations with Iran on Tuesday.")
    found = cameo_verbs().match(doc[1])
    assert found is not None and found.pattern is not None and found.code.startswith("16")


def test_a_country_key_read_again_is_the_key_read_once():
    """facts/countries.py keeps the key of each string it has read: the same key, and the same
    country, as reading it afresh."""
    names = ["the U.S.", "Côte d’Ivoire", "Guinea-Bissau", "US", "us", "Turkish", "the Kremlin", "Ankara", ""]
    fresh = [_query_key.__wrapped__(name) for name in names]
    assert [_query_key(name) for name in names] == fresh
    assert [_query_key(name) for name in names] == fresh  # read again, from the cache
    assert fresh[:3] == ["US", "cote divoire", "guinea bissau"] and fresh[-1] is None
    found = country_by_name("the U.S."), country_by_demonym("Turkish")
    assert [c.iso3 if c else None for c in found] == ["USA", "TUR"]


def test_an_event_noun_read_again_is_the_noun_read_once():
    """events/lexicon.py keeps each word's noun code and verb: the same as reading it afresh."""
    from newsevents.events.lexicon import nominalised_verb, noun_code

    words = ["deployment", "blockade", "air strike", "killing", "kidnapping", "trading", "statement", "Deployment", "teacher"]
    fresh = [(noun_code.__wrapped__(w), nominalised_verb.__wrapped__(w)) for w in words]
    assert [(noun_code(w), nominalised_verb(w)) for w in words] == fresh
    assert [(noun_code(w), nominalised_verb(w)) for w in words] == fresh  # read again, from the cache
    assert fresh[0][1] == "deploy" and fresh[2][0] == "195" and fresh[-1] == (None, None)


def test_a_role_read_again_is_the_role_read_once():
    """facts/agents.py keeps each phrase's role: the same as reading it afresh."""
    from newsevents.facts.agents import role_of

    phrases = ["Israeli Defence Forces chief-of-staff", "Putin's spokesman", "acting prime minister", "Kremlin spokesman",
               "the farmers", "weather", "White House press secretary"]
    fresh = [role_of.__wrapped__(p) for p in phrases]
    assert [role_of(p) for p in phrases] == fresh
    assert [role_of(p) for p in phrases] == fresh  # read again, from the cache
    assert fresh[:2] == ["MIL", "GOV"] and fresh[5] is None


def _participating_reference(verb) -> bool:
    """nominal._participating before round 32, without its test of the verb first."""
    from newsevents.events.nominal import _PARTICIPATING

    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    return (lemma,) in _PARTICIPATING or any(
        c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in _PARTICIPATING for c in verb.children)


def _caption_reference(sentence) -> bool:
    """senses.caption before round 32, without its test of the openers first."""
    from newsevents.events.senses import _headline_run, tables

    words = [t.text for t in sentence]
    pairs = {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    triples = {f"{a}_{b}_{c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)}
    return not (pairs | triples).isdisjoint(tables()["captions"]) or _headline_run(words)


CHEAP_FIRST = [
    "Hide caption Riot police took part in the clearing of the square in Minsk on Sunday.",
    "Image copyright Reuters Image caption Protesters joined the march through central Lagos.",
    "Two opposition parties said they would participate in the talks, while a third joined the boycott.",
    "JUST WATCHED Crowds gather outside parliament Replay More Videos ...",
    "The minister took a swipe at the unions and took part in no debate | Police clear camp | Rates rise",
    "The farmers' union will join the strike called by dock workers next week.",
]


@pytest.mark.parametrize("text", CHEAP_FIRST)
def test_a_cheap_test_first_reads_as_before(pipeline, text):
    """nominal._participating and senses.caption test a cheap condition first (the verb of an
    entry; a caption's first word): the same answers as reading in full."""
    from newsevents.events.nominal import _participating
    from newsevents.events.senses import caption

    doc = pipeline.nlp(text)
    assert [_participating(t) for t in doc] == [_participating_reference(t) for t in doc]
    assert [caption(s) for s in doc.sents] == [_caption_reference(s) for s in doc.sents]


def test_the_cheap_tests_still_find_what_they_look_for(pipeline):
    from newsevents.events.nominal import _participating
    from newsevents.events.senses import caption
    from newsevents.events.unreported import linked_headlines

    doc = pipeline.nlp(CHEAP_FIRST[2])
    assert [t.text for t in doc if _participating(t)] == ["participate", "joined"]
    assert caption(next(pipeline.nlp(CHEAP_FIRST[1]).sents))
    links = pipeline.nlp("Senator Susan Collins said the bill was fair CollinsGOP senator backs bill MORE and she would vote for it.")
    found = linked_headlines(links[:])
    assert [(links[a].text, links[b].text) for a, b in found] == [("CollinsGOP", "MORE")]
