"""Who a speaker is: named actors, anonymous sources with their description, "the paper" as the
outlet named before it, and the chain from the document's outlet down to the original source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.facts.agents import outlet_by_name, outlet_mentioned_in
from newsevents.facts.countries import country_by_demonym
from newsevents.lang.en.attribution import ANONYMITY, ANONYMOUS_HEADS, MEDIA_HEADS
from newsevents.model import Actor, Attribution, Document, Mention


@dataclass
class Speaker:
    actor: Actor | None
    text: str
    anonymous: bool = False


def is_anonymous(description: str, head: Token | None = None, mention: Mention | None = None) -> bool:
    """"sources close to the president", "a senior official who asked not to be named"."""
    if mention is not None and mention.label in {"PERSON", "ORG"} and mention.actor.kind != "group":
        return False  # a named speaker stays named, whatever is said about them
    if head is not None and head.lemma_.lower() in ANONYMOUS_HEADS:
        return True
    return ANONYMITY.search(description) is not None


def phrase_text(head: Token) -> str:
    """A speaker's whole noun phrase with its modifiers and clauses, without edge punctuation."""
    tokens = list(head.subtree)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return head.text
    return head.doc[tokens[0].i : tokens[-1].i + 1].text


class Sources:
    """The actors a document's attributions can name: its mentions and its outlet."""

    def __init__(self, document: Document, mentions: list[Mention]) -> None:
        self.document = document
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.outlet = self._outlet_actor(document.outlet) if document.outlet else None

    def _outlet_actor(self, name: str) -> Actor:
        outlet = outlet_by_name(name)
        canonical = outlet.name if outlet else name
        key = Actor(canonical).key  # once, not per mention
        for mention in self.mentions:
            if mention.actor.key == key:
                return mention.actor
        return Actor(canonical, "outlet", outlet.country if outlet else None, "MED")

    def speaker(self, head: Token, mention: Mention | None, position: int) -> Speaker:
        """The speaker that the noun `head` (at body offset `position`) names."""
        description = phrase_text(head)
        if head.lemma_.lower() in MEDIA_HEADS and _definite(head):
            actor = mention.actor if mention and mention.actor.kind == "outlet" else self.outlet_before(position)
            if actor is not None:
                return Speaker(actor, mention.text if mention else description)
        named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if mention is not None and mention.label == "description" and named is not None:
            # "Kenyan newspaper The Standard": the name in apposition, not the description, speaks.
            return self._named(named, head)
        if is_anonymous(description, head, mention):
            return Speaker(mention.actor if mention else None, description, anonymous=True)
        if mention is not None:
            return Speaker(mention.actor, mention.text)
        return Speaker(None, description)

    def _named(self, name: Token, described: Token) -> Speaker:
        text = phrase_text(name)
        known = next((m.actor for m in self.mentions if m.actor.key == Actor(text).key), None)
        if known is None and described.lemma_.lower() in MEDIA_HEADS:
            country = next((c for c in map(country_by_demonym, (t.text for t in described.lefts)) if c), None)
            known = Actor(text.removeprefix("The ").removeprefix("the "), "outlet", country.iso3 if country else None, "MED")
        return Speaker(known, text)

    def outlet_before(self, position: int) -> Actor | None:
        """"The paper": the outlet last named before `position`, else the document's own."""
        named = [m for m in self.mentions if m.actor.kind == "outlet" and m.end <= position]
        if named:
            return named[-1].actor
        # Sentences with no event word are never parsed: look for an outlet's name in the text.
        for sentence in reversed(re.split(r"(?<=[.!?])\s+", self.document.body[:position])):
            outlet = outlet_mentioned_in(sentence, min_mentions=1)
            if outlet is not None:
                return self._outlet_actor(outlet.name)
        return self.outlet


def _definite(head: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that"} for c in head.children)


def source_name(actor: Actor | None, text: str) -> str:
    """A chain link: an actor's name, or for a group or anonymous source its description."""
    if actor is None or actor.kind == "group":
        return text
    return actor.name


def build_chains(attributions: list[Attribution], outer: dict[int, Attribution],
                 outlet: Actor | None) -> None:
    """Set each attribution's chain and, where no one in the text reported it, its reporter: the
    document's outlet."""
    def chain(a: Attribution, depth: int = 0) -> list[str]:
        parent = outer.get(id(a))
        if parent is not None and depth < 8:
            links = chain(parent, depth + 1)
        else:
            links = [outlet.name] if outlet is not None and not _same(a.speaker, outlet) else []
        return links + [source_name(a.speaker, a.speaker_text)]

    for a in attributions:
        if a.reported_by is None and outlet is not None and not _same(a.speaker, outlet):
            a.reported_by = outlet
        a.chain = chain(a) + ([a.citing] if a.citing else [])


def _same(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and (a is b or a.key == b.key)
