"""The language stage: identify each body's language offline (py3langid ships its model)."""

from __future__ import annotations

import py3langid

from newsevents.model import Document, Skip

SUPPORTED_LANGUAGES = frozenset({"en"})


def identify_language(text: str) -> str:
    language, _score = py3langid.classify(text[:5000])
    return language


def language_stage(document: Document, supported: frozenset[str] = SUPPORTED_LANGUAGES) -> Document | Skip:
    document.language = identify_language(document.body)
    if document.language not in supported:
        return Skip(document.origin, "language", f"'{document.language}' is not coded (supported: {', '.join(sorted(supported))})")
    return document
