"""Tone of a document or an event's sentence, like GDELT's AvgTone: the share of words that are
positive minus the share that are negative, in percent (−100..100; news mostly lies within ±10).

Words and their valence come from the VADER lexicon (MIT, shipped inside the `vaderSentiment`
package; nothing is downloaded), counted as GDELT counts its dictionary words rather than through
VADER's social-media rules, with a small news table on top: conflict words VADER lacks
("wounded", "airstrike"), and everyday words that carry no tone in news ("like", "party"). A word
counts when its valence is at least `POLAR` either way; a negator up to three words before it
("not", "never") turns it over, and "lack of", "absence of", "without" turn over the rest of
their phrase; capitalised words inside a sentence are names ("United
Nations", "Hope") and never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsevents.lang.en.tone import NEGATORS, NEWS_VALENCE, PHRASE_NEGATORS

POLAR = 1.0  # VADER valences run −4..4; weaker words ("accidental" −0.3) are noise in news
NEGATION_WINDOW = 3
CLAUSE_END = re.compile(r"[,.;:!?\"“”()]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
SENTENCE_START = re.compile(r"(^|[.!?:;]\s*[\"“‘']?\s*|\n\s*|[\"“]\s*)$")
# SENTENCE_START's match holds at most two characters that are not white space, so a look-back
# holding three of them holds any match the whole text before a word has: the test is then the
# same, in time bounded by the look-back instead of the text's length.
LOOK_BACK = 32
THREE_MARKS = re.compile(r"\S\s*\S\s*\S")


@dataclass(frozen=True)
class Tone:
    """GDELT's tone fields for one text: tone = positive − negative (percent of all words)."""

    tone: float
    positive: float  # percent of words with a positive valence
    negative: float
    polarity: float  # positive + negative: how charged the text is, whatever its sign
    words: int


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word valences with the news table over them."""
    valences: dict[str, float] = {}
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            valences[parts[0]] = float(parts[1])
    valences.update(NEWS_VALENCE)
    return valences


def _valence(word: str, valences: dict[str, float]) -> float:
    """A word's valence, or its base form's ("bombed" → "bomb", "clashes" → "clash")."""
    if word in valences:
        return valences[word]
    candidates = []
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                                ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            candidates.append(word[: -len(suffix)] + replacement)
    if word.endswith(("ed", "ing")) and len(word) > 5 and word[-3 if word.endswith("ed") else -4] == word[-4 if word.endswith("ed") else -5]:
        candidates.append(word[: -3 if word.endswith("ed") else -4])  # "stopped" → "stop"
    return next((valences[c] for c in candidates if c in valences), 0.0)


@lru_cache(maxsize=65536)
def _word_valence(word: str) -> float:
    """`_valence` over the packaged lexicon, kept per word: a document repeats its words, and
    the suffix candidates were built again for each."""
    return _valence(word, lexicon())


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence: `SENTENCE_START` over the text before it,
    searched within a bounded look-back (`pos` and `endpos` slice nothing, and `^` still means
    the text's own start)."""
    reach = LOOK_BACK
    while start > reach and not THREE_MARKS.search(text, start - reach, start):  # long white space
        reach *= 2
    begin = max(0, start - reach)
    return SENTENCE_START.search(text, begin, start) is not None


def measure(text: str) -> Tone:
    """Tone of `text` with its parts (see the module's docstring for what counts)."""
    positive = negative = words = 0
    recent: list[str] = []
    phrase_negated_until = -1
    for match in WORD.finditer(text):
        raw = match.group(0).replace("’", "'")
        word = raw.lower().strip("'-")
        words += 1
        # the negation window is read only for a word that counts (most do not): the words
        # before this one, and whether a phrase negator's reach still holds here
        before = len(recent)
        phrase_negated = match.start() < phrase_negated_until
        recent.append(word)
        if word in PHRASE_NEGATORS:
            end = CLAUSE_END.search(text, match.end())
            phrase_negated_until = end.start() if end else len(text)
        valence = _word_valence(word)
        if abs(valence) < POLAR or word in NEGATORS:
            continue
        # (asked after the valence: most words have none, and the look-back costs more)
        if raw[0].isupper() and not _starts_sentence(text, match.start()):
            continue  # a name: "United Nations", "Liberty Square"
        if phrase_negated or any(w in NEGATORS for w in recent[max(0, before - NEGATION_WINDOW) : before]):
            valence = -valence
        if valence > 0:
            positive += 1
        else:
            negative += 1
    if not words:
        return Tone(0.0, 0.0, 0.0, 0.0, 0)
    pos, neg = 100 * positive / words, 100 * negative / words
    return Tone(pos - neg, pos, neg, pos + neg, words)


def document_tone(text: str) -> float:
    """A document's tone, −100..100 like GDELT's AvgTone (0 for a text with no words)."""
    return measure(text).tone


def sentence_tone(text: str) -> float:
    """An event's tone: the tone of the sentence it was read from, on the same scale."""
    return measure(text).tone
