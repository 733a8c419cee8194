"""Find dictionary phrases (actor names, agent nouns, discards) in spaCy's tokens.

Phrases are compared as lower-case text, so "Barad-dur" (three tokens) matches BARAD-DUR and
"Dol_Amroth" matches DOL_AMROTH; a match always starts and ends on token boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from spacy.tokens import Token

from newsevents.model import Actor

V = TypeVar("V")
_KEY = re.compile(r"\w+|\S")


def norm(text: str) -> str:
    return text.lower().replace("_", " ").replace("’", "'")


def _key(text: str) -> str:
    match = _KEY.search(text)
    return match.group(0) if match else ""


class PhraseIndex(Generic[V]):
    """Longest-match lookup of word sequences in a token sequence, indexed by first word."""

    def __init__(self, phrases: Iterable[tuple[Sequence[str], V]]) -> None:
        self._by_key: dict[str, list[tuple[str, V]]] = {}
        for words, value in phrases:
            text = " ".join(words)
            if text:
                self._by_key.setdefault(_key(text), []).append((text, value))
        for candidates in self._by_key.values():
            candidates.sort(key=lambda c: -len(c[0]))

    def longest_at(self, tokens: Sequence[Token], i: int) -> tuple[int, V] | None:
        """(end token index, value) of the longest phrase starting at tokens[i], or None."""
        candidates = self._by_key.get(_key(norm(tokens[i].text)))
        if not candidates:
            return None
        longest = max(len(c[0]) for c in candidates)
        tight = spaced = ""
        ends: dict[str, int] = {}
        for j in range(i, len(tokens)):
            piece = norm(tokens[j].text)
            tight += piece
            spaced += piece
            ends.setdefault(tight, j + 1)
            ends.setdefault(spaced, j + 1)
            if min(len(tight), len(spaced)) > longest:
                break
            if tokens[j].whitespace_:
                tight += " "
            spaced += " "
        for text, value in candidates:  # longest first
            if text in ends:
                return ends[text], value
        return None


def combine_codes(code: str, agent: str, prefix: bool = False) -> str:
    """An actor's code with an agent's: 'ARN' + '~GOV' → 'ARNGOV', 'ARN' + 'NGO~' → 'NGOARN';
    an agent already in the code is not added twice ('USAGOV' + 'GOV' → 'USAGOV')."""
    if any(code[i : i + len(agent)] == agent for i in range(0, len(code), 3)):
        return code
    return agent + code if prefix else code + agent


def dictionary_actor(code: str, name: str) -> Actor:
    """An actor with a dictionary code; 'FRO/BIL/SAM' (several actors at once) is kept whole."""
    if "/" in code or len(code) < 3:
        return Actor(name, "group", code, None)
    return Actor(name, "country" if len(code) == 3 else "group", code[:3], code[3:] or None)
