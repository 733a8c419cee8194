"""Named bodies the text calls businesses: coded BUS (CAMEO's business sector), with the country
their own phrase gives ("the Swiss drugmaker Novartis" is CHEBUS, not Switzerland). The actors
stage asks only where that phrase gives a country: a business named with none ("Boeing Inc.") is
often foreign to the story, so it takes no country from the sentence around it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lang import words

_HERE = "newsevents.lang.en"

BUSINESS_HEADS = words(_HERE, "business_heads")
BUSINESS_NAME_SUFFIXES = words(_HERE, "business_name_suffixes")
BUSINESS = "BUS"


def business_role(name: Span, title: list[Token]) -> str | None:
    """BUS for a named body called a business by the noun written before its name ("carmaker
    Toyota") or by the legal form ending its name ("Siemens AG"); else None."""
    if title and title[-1].lemma_.lower() in BUSINESS_HEADS:
        return BUSINESS
    words_of_name = [t for t in name if t.text != "."]
    if len(words_of_name) > 1 and words_of_name[-1].text.rstrip(".").lower() in BUSINESS_NAME_SUFFIXES:
        return BUSINESS
    return None
