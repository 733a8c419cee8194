"""The claim of an attribution as one clean span: the longest unbroken run of its tokens, with
the cue's own words ("according to X", "citing Y"), edge punctuation and a leading "that" left out.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from newsevents.lang.en.attribution import CITING_CUES
from newsevents.lang.en.grammar import QUOTE_MARKS


def cue_phrases(sentence: Span) -> set[Token]:
    """Tokens that say who says, not what is said: "according to X", "citing Y", "quoting Z"."""
    phrases: set[Token] = set()
    for token in sentence:
        if token.lower_ == "according" or (token.lemma_ in CITING_CUES and token.tag_ == "VBG"):
            phrases.update(token.subtree)
    return phrases


def claim_span(tokens: Iterable[Token], leave_out: set[Token]) -> tuple[Token, Token] | None:
    """First and last token of the claim, or None when fewer than two words remain."""
    kept = sorted({t.i: t for t in tokens if t not in leave_out}.items())
    if not kept:
        return None
    doc = kept[0][1].doc
    runs: list[list[int]] = []
    for i, _ in kept:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    best = max(runs, key=lambda run: sum(not doc[i].is_punct for i in run))
    first, last = _trim(doc, best[0], best[-1])
    if first > last or sum(not doc[i].is_punct for i in range(first, last + 1)) < 2:
        return None
    return doc[first], doc[last]


def _trim(doc, first: int, last: int) -> tuple[int, int]:
    def loose(i: int) -> bool:  # punctuation that is no part of a claim at its edges
        return doc[i].is_punct and doc[i].text not in QUOTE_MARKS

    while first <= last and (loose(first) or (doc[first].dep_ == "mark" and doc[first].lower_ == "that")):
        first += 1
    while first <= last and loose(last):
        last -= 1
    marks = sum(doc[i].text in QUOTE_MARKS and doc[i].is_punct for i in range(first, last + 1))
    if marks % 2 and first <= last:  # an unmatched quote mark at an edge belongs to the sentence
        closing = next((j for j in range(last + 1, min(last + 3, len(doc))) if doc[j].text in QUOTE_MARKS), None)
        if closing is not None and all(doc[j].is_punct for j in range(last + 1, closing)):
            return first, closing  # 'a "lack of faith … interests."': the quote closes after the claim
        if doc[first].text in QUOTE_MARKS:
            first += 1
        elif doc[last].text in QUOTE_MARKS:
            last -= 1
        while first <= last and loose(first):
            first += 1
        while first <= last and loose(last):
            last -= 1
    return first, last
