"""English tone words on top of VADER's lexicon: negators and the news valence table."""

from __future__ import annotations

from newsevents.lang import pairs, words

_HERE = "newsevents.lang.en"

NEGATORS = words(_HERE, "negators")
PHRASE_NEGATORS = words(_HERE, "phrase_negators")
NEWS_VALENCE: dict[str, float] = {word: float(valence) for word, valence in pairs(_HERE, "news_valence").items()}
