"""The last check on an event before it is stored: a recipient the sentence names but the coder
could not code.

"Trump has repeatedly attacked Tlaib and Omar" with no actor code for Tlaib is stored with no
target, and a reader takes it for an act aimed at no one; the judges count it wrong every time. A
record that is wrong is worse than one that is missing, so an event whose recipient slot holds a
named someone (a person, organisation, group or country) that got no actor code, while the event
has no coded target, is not stored. The slot: the verb's object and indirect object, the objects
of the target prepositions on it, and a passive verb's subject ("he was shot by police"). Named:
a proper name, a personal pronoun for a person ("charged him"), or the named owner of the object thing
("rejected the House's offer", "criticised the US decision").

How targets are found is `events.participants`' work; this only reads the final target, and
skips what participants leaves out on purpose (the doer's own side, what is conveyed, an
audience, a topic, the verb's own act restated).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.participants import (
    Context,
    actor_at,
    is_audience,
    is_conveyed,
    is_topic,
    marked_by_doer,
    own_side,
    restates,
    yet_to_be,
)
from newsevents.grammar import with_conjuncts
from newsevents.lang.en.events import REFERRING_PRONOUNS, TARGET_PREPOSITIONS
from newsevents.model import Actor

# spaCy's entity labels for who can be acted on (not laws, works, events, dates or amounts)
NAMED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PEOPLE = frozenset({"person"})  # pronoun kinds that stand for someone ("them" may be bills, "it" a plan)


def _proper(token: Token) -> bool:
    """A proper name of someone ("Tlaib", "the Muslim Brotherhood"), not "the Paris Agreement" (LAW)
    or "Monday"; not a body still to come ("set up a new Joint Forces Command": made, not acted on)."""
    return token.pos_ == "PROPN" and token.ent_type_ in NAMED_LABELS and not yet_to_be(token)


def _pronoun(token: Token) -> bool:
    """"charged him", "he was shot": a personal pronoun for a person ("vetoed them" may be the bills)."""
    return token.tag_ == "PRP" and REFERRING_PRONOUNS.get(token.lower_) in PEOPLE


def _slot(head: Token, code: str, context: Context) -> list[Token]:
    """The words of a trigger's recipient slot, with their conjuncts ("attacked both Tlaib and Omar")."""
    found: list[Token] = []
    passive = any(c.dep_ == "auxpass" for c in head.children)
    for child in head.children:
        if is_topic(child, head, code):
            continue  # "discussed Syria with Lavrov": what it is about
        if child.dep_ in {"dobj", "dative"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            if own_side(child, context) or (child.dep_ == "dobj" and is_conveyed(head)) or is_audience(child, head):
                continue  # "recalled its ambassador", "sent troops to", "told reporters that"
            if restates(child, code) and marked_by_doer(child, context):
                continue  # "imposed U.S. sanctions": the doer's own act
            found.append(child)
        elif child.dep_ == "nsubjpass" and passive:
            found.append(child)
        elif child.dep_ in {"prep", "dative"} and child.lower_ in TARGET_PREPOSITIONS:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return [c for token in found for c in with_conjuncts(token)]


def _uncoded_other(token: Token, source: Actor, context: Context) -> bool:
    """Someone with no actor code who is not the doer."""
    actor = actor_at(token, context)
    if actor is None:
        return True
    return not actor.code and actor.name != source.name


def _owner(noun: Token, source: Actor, context: Context) -> Token | None:
    """"rejected the House's offer", "dismissed the Post report": the named owner of an object
    thing, when it is someone other than the doer (their own decision is no recipient)."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ not in {"poss", "compound"} or not _proper(child):
            continue
        place = context.place(child)
        if child.dep_ == "compound" and context.mention(child) is None and (place is None or place.feature != "country"):
            continue  # "the Paris climate accord": a city naming the thing, not its owner
        actor = actor_at(child, context)
        if actor is not None and actor.name == source.name:
            continue
        return child
    return None


def uncoded_recipient(heads: list[Token], code: str, source: Actor, target: Actor | None,
                      context: Context) -> Token | None:
    """The named word in the recipient slot of the event's trigger (or light verb) that the
    event's target does not code, when that target is missing or has no code; else None."""
    if target is not None and target.code:
        return None
    for head in heads:
        for word in _slot(head, code, context):
            # a city the places stage does not know ("shelled Kharkiv") is a place, no one named
            if ((_proper(word) and word.ent_type_ != "GPE") or _pronoun(word)) and _uncoded_other(word, source, context):
                return word
            owner = _owner(word, source, context)
            if owner is not None:
                return owner
    return None
