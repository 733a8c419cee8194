"""Readings made cheaper in round 33 (issue 12's speed target) give what they gave before.

Each shortcut is checked against the plain reading it replaces, kept here as the reference:
the tone's per-word valence cache and its lazy negation window, the verb dictionary's patterns
picked by their first word, an all-capitals headline given up after a few words, a sentence's
words read once for its caption and linked-headline tests (no "MORE", no pass for the links),
and a paragraph's quotations handed to the pronoun reading instead of read again. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from newsevents.actors.coding import _voices
from newsevents.events.extract import _shouted
from newsevents.events.senses import (
    CAPTION_OPENINGS,
    HEADLINE_LINK_END,
    _headline_run,
    caption,
    tables,
)
from newsevents.events.unreported import linked_headlines
from newsevents.events.verbs import Match, _context, _matches, cameo_verbs
from newsevents.grammar import quotations
from newsevents.lang.en.tone import NEGATORS, PHRASE_NEGATORS
from newsevents.tone import (
    CLAUSE_END,
    NEGATION_WINDOW,
    POLAR,
    WORD,
    Tone,
    _starts_sentence,
    _valence,
    _word_valence,
    lexicon,
    measure,
)

TEXTS = [
    "Protesters clashed with riot police in the capital on Sunday, and at least 12 people were wounded.",
    "The minister said the talks were not a failure and praised the generous offer from Oslo.",
    "Officials never denied the attack. Without any warning or explanation, the army shelled the villages.",
    "“We will not tolerate threats,” the spokesman said. Hope Street was closed after the bombing.",
    "The lack of progress, the envoy said, was troubling; the absence of violence was welcome.",
    "Rebels killed three soldiers, looted shops and burned stalls before fleeing into the hills.",
    "",
    "Peace!",
]

SENTENCES = [
    "The coastguard seized a trawler that had crossed into its waters, officials in Valletta said.",
    "Rebels ambushed a convoy carrying food aid near the border town of Kessala on Monday.",
    "The union threatened to call off the talks with the port authority over unpaid wages.",
    "“We will retaliate against any attack,” the defence minister told reporters in Manila.",
    "MINISTER QUITS OVER LEAKED MEMO, ANGERING ALLIES",
    "Police Arrest Two After Clash In Harbour District",
    "JUST WATCHED Floods sweep through the valley Replay More Videos",
    "Senate passes budget | Governor vetoes bill | Mayor opens bridge",
    "Senator Jane Collins said Tuesday she would back the bill. CollinsGOP senator rebuked by party MORE",
    "The government said it would expel the ambassador, and the embassy was told to close by Friday.",
    "“He lied to us,” the mayor said of the contractor, who denied that he had taken the money.",
]


# ---- the tone -------------------------------------------------------------------------------

def plain_measure(text: str) -> Tone:
    """The tone before round 33: each word's valence worked out afresh, its negation window read
    for every word."""
    valences = lexicon()
    positive = negative = words = 0
    recent: list[str] = []
    phrase_negated_until = -1
    for match in WORD.finditer(text):
        raw = match.group(0).replace("’", "'")
        word = raw.lower().strip("'-")
        words += 1
        negated = any(w in NEGATORS for w in recent[-NEGATION_WINDOW:]) or match.start() < phrase_negated_until
        recent.append(word)
        if word in PHRASE_NEGATORS:
            end = CLAUSE_END.search(text, match.end())
            phrase_negated_until = end.start() if end else len(text)
        if raw[0].isupper() and not _starts_sentence(text, match.start()):
            continue
        valence = _valence(word, valences)
        if abs(valence) < POLAR or word in NEGATORS:
            continue
        if negated:
            valence = -valence
        if valence > 0:
            positive += 1
        else:
            negative += 1
    if not words:
        return Tone(0.0, 0.0, 0.0, 0.0, 0)
    pos, neg = 100 * positive / words, 100 * negative / words
    return Tone(pos - neg, pos, neg, pos + neg, words)


@pytest.mark.parametrize("text", TEXTS)
def test_tone_equals_the_plain_reading(text):
    assert measure(text) == plain_measure(text)


def test_cached_word_valence_equals_the_plain_one():
    words = ["bombed", "clashes", "stopped", "wounded", "praised", "killing", "generous", "table", "hope", "lying"]
    assert [_word_valence(w) for w in words] == [_valence(w, lexicon()) for w in words]
    assert any(_word_valence(w) for w in words)  # the words are in the lexicon, not all zero


# ---- the verb dictionary ----------------------------------------------------------------------

def plain_match(verbs, verb):
    """`CameoVerbs.match` before round 33: every pattern of each block tried in turn."""
    entries = verbs._entries(verb)
    if not entries:
        return None
    context = _context(verb)
    present = set().union(*context)
    best = None
    for entry in entries:
        for pattern in verbs.blocks[entry.block].patterns:
            if best is not None and best.pattern is not None and len(pattern.words) <= len(best.pattern.words):
                continue
            if pattern.openings and pattern.openings[0].isdisjoint(present):
                continue
            if all(not opening.isdisjoint(present) for opening in pattern.openings) and _matches(pattern.words, context):
                best = Match(pattern.code, entry, pattern)
    return best or Match(entries[0].code, entries[0], None)


@pytest.mark.parametrize("text", SENTENCES)
def test_verb_match_equals_the_plain_reading(pipeline, text):
    verbs = cameo_verbs()
    doc = pipeline.nlp(text)
    for token in doc:
        if token.pos_ in {"VERB", "AUX"}:
            assert verbs.match(token) == plain_match(verbs, token), token.text


def test_the_sentences_reach_patterns_of_big_blocks(pipeline):
    verbs = cameo_verbs()
    found = [verbs.match(t) for text in SENTENCES for t in pipeline.nlp(text) if t.pos_ == "VERB"]
    assert any(m is not None and m.pattern is not None for m in found)  # a pattern, not only defaults


def test_block_candidates_are_the_patterns_the_plain_test_passes(pipeline):
    verbs = cameo_verbs()
    presents = [set().union(*_context(t)) for text in SENTENCES for t in pipeline.nlp(text) if t.pos_ == "VERB"]
    presents.append(set())
    for block in verbs.blocks.values():
        for present in presents:
            plain = [p for p in block.patterns if not (p.openings and p.openings[0].isdisjoint(present))]
            assert block.candidates(present) == plain


# ---- fewer passes over a sentence's tokens -----------------------------------------------------

def plain_shouted(sentence) -> bool:
    words = [t.text for t in sentence if t.is_alpha and len(t.text) > 1]
    return len(words) >= 4 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def plain_caption(sentence) -> bool:
    words = [t.text for t in sentence]
    if CAPTION_OPENINGS.isdisjoint(words):
        return _headline_run(words)
    pairs = {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    triples = {f"{a}_{b}_{c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)}
    return not (pairs | triples).isdisjoint(tables()["captions"]) or _headline_run(words)


def plain_linked_headlines(sentence):
    seen: set[str] = set()
    start = None
    for token in sentence:
        glued = token.text[:1].isupper() and not token.text[1:].islower()
        if start is None and glued and token.is_alpha and any(
                token.text.startswith(name) and token.text[len(name)].isupper() for name in seen if len(token.text) > len(name)):
            start = token.i
        if token.is_alpha and token.text[0].isupper() and len(token.text) >= 3:
            seen.add(token.text)
    ends = [t.i for t in sentence if t.text == HEADLINE_LINK_END and t.i > sentence.start]
    if start is None:
        return [(sentence.start, ends[-1])] if ends else []
    end = next((i for i in ends if i > start), None)
    return [(start, end)] if end is not None else []


def test_the_text_tests_see_what_the_token_passes_see(pipeline):
    shouted = captions = linked = 0
    for text in SENTENCES:
        for sentence in pipeline.nlp(text).sents:
            assert _shouted(sentence) == plain_shouted(sentence), sentence.text
            words = [t.text for t in sentence]
            assert caption(sentence) == caption(sentence, words) == plain_caption(sentence), sentence.text
            assert linked_headlines(sentence) == linked_headlines(sentence, words) == plain_linked_headlines(sentence), \
                sentence.text
            shouted += _shouted(sentence)
            captions += caption(sentence)
            linked += bool(linked_headlines(sentence))
    assert shouted and captions and linked  # each kind is met, not only the short way out


def test_a_pronoun_reads_the_quotations_handed_to_it_as_its_own(pipeline):
    doc = pipeline.nlp(SENTENCES[-1])
    quotes = quotations(doc)
    assert quotes
    for token in doc:
        if token.lower_ in {"he", "us", "him"}:
            assert _voices(token, {}, quotes) == _voices(token, {})
