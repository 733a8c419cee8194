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


TRADE_BODY_HEADS = words(_HERE, "trade_body_heads")
INDUSTRY_WORDS = words(_HERE, "industry_words")
# Verbs by which a body's relative clause says whom it speaks for ("which represents major producers").
REPRESENTING_VERBS = frozenset({"represent", "lobby"})
# Members of a business lobby the role table has no row for: "producers", "exporters".
BUSINESS_MEMBERS = frozenset({"producer", "exporter", "importer", "retailer", "maker", "supplier"})


def trade_body_role(name: Span) -> str | None:
    """BUS for a named lobby of an industry: a body-of-members word ending its name with an
    industry's word before it ("the US Aluminum Association", "the American Petroleum Institute");
    or a body "which represents" businesses ("…, which represents major producers")."""
    words_of_name = [t.lower_ for t in name]
    if len(words_of_name) > 1 and words_of_name[-1] in TRADE_BODY_HEADS and INDUSTRY_WORDS & set(words_of_name[:-1]):
        return BUSINESS
    for clause in (c for c in name.root.children if c.dep_ == "relcl" and c.lemma_.lower() in REPRESENTING_VERBS):
        members = [c for c in clause.children if c.dep_ == "dobj"]
        if any(m.lemma_.lower() in BUSINESS_MEMBERS | BUSINESS_HEADS or m.lemma_.lower() in {"company", "firm", "business"}
               for m in members):
            return BUSINESS
    return None
