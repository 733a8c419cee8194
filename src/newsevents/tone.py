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

POLAR = 1.0  # VADER valences run −4..4; weaker words ("accidental" −0.3) are noise in news
NEGATION_WINDOW = 3
NEGATORS = frozenset(
    "not no never none nobody nothing nowhere neither nor without cannot lack lacks lacked "
    "n't didn't doesn't don't isn't wasn't weren't won't wouldn't couldn't shouldn't hasn't "
    "haven't hadn't aren't can't".split()
)
# Negators over a whole phrase, up to the next punctuation mark: "a lack of faith in the ability
# of X to protect Y" turns "faith", "ability" and "protect" over, not only the next three words.
PHRASE_NEGATORS = frozenset("lack lacks lacked absence inability without".split())
CLAUSE_END = re.compile(r"[,.;:!?\"“”()]")
# News valences where VADER has none or a social-media one. Facts, kept apart from the logic.
NEWS_VALENCE: dict[str, float] = {
    # conflict and harm
    "wound": -2.0, "wounded": -2.0, "clash": -2.0, "clashes": -2.0, "airstrike": -2.5,
    "airstrikes": -2.5, "shelling": -2.5, "bombardment": -2.5, "casualties": -2.5, "massacre": -3.5,
    "hostage": -2.5, "hostages": -2.5, "sanction": -1.5, "sanctions": -1.5, "invasion": -2.5,
    "invade": -2.5, "militants": -1.0, "insurgents": -1.0, "terrorist": -3.0, "terrorists": -3.0,
    "refugees": -1.0, "displaced": -1.5, "famine": -3.0, "starvation": -3.0, "drought": -2.0,
    "flood": -1.5, "floods": -1.5, "earthquake": -2.0, "explosion": -2.5, "blast": -2.5,
    "gunman": -2.5, "gunmen": -2.5, "execution": -3.0, "executed": -3.0, "tortured": -3.5,
    "torture": -3.5, "corruption": -2.5, "fraud": -2.5, "rigged": -2.5, "crackdown": -2.0,
    "curfew": -1.0, "deployment": -0.5, "troops": -0.5, "escalation": -2.0, "tensions": -1.5,
    # cooperation
    "ceasefire": 1.5, "truce": 1.5, "cooperation": 1.8, "reconciliation": 2.0, "aid": 1.2,
    "treaty": 1.0, "accord": 1.5, "talks": 0.5, "pledged": 1.0, "pledge": 1.0,
    # no tone in news prose
    "like": 0.0, "well": 0.0, "party": 0.0, "parties": 0.0, "kind": 0.0, "please": 0.0, "yes": 0.0,
    "no": 0.0, "ok": 0.0, "dear": 0.0, "god": 0.0, "lol": 0.0, "pretty": 0.0, "hand": 0.0, "share": 0.0,
    "shares": 0.0, "top": 0.0, "clear": 0.0, "united": 0.0, "mean": 0.0, "spring": 0.0, "fire": -1.0,
}
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
            continue  # a name: "United Nations", "Liberty Square"
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


def document_tone(text: str) -> float:
    """A document's tone, −100..100 like GDELT's AvgTone (0 for a text with no words)."""
    return measure(text).tone


def sentence_tone(text: str) -> float:
    """An event's tone: the tone of the sentence it was read from, on the same scale."""
    return measure(text).tone
