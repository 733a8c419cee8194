"""A recipient named only in an earlier sentence: an act that points back to one told just before.

"Schumer urged Trump to act. … Schumer's request comes as …": the request names no one asked, but
it is the act the sentence before told, and that one named Trump. "Ankara accused Moscow of
lying. … Erdogan disputed that claim": the claim is the one answered a sentence earlier. The
coder leaves such a recipient null; this step gives it the one the same source's act of the same
CAMEO root named within the last two sentences, and only when the act itself points back: a noun
owned by its doer ("Schumer's request", "Mueller's investigation") or a verb whose object carries
a demonstrative ("disputed that claim", "halted these strikes"). More than one recipient named
there, a different doer, or another root: the target stays null (a wrong target is worse than
none).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.events.cameo import STATEMENT_ROOT
from newsevents.events.participants import Context
from newsevents.model import Actor, Event

# How many sentences back the act pointed to may be told.
LOOKBACK_SENTENCES = 2
# Determiners that point to something already told ("that claim", "these strikes").
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def owned_by_its_doer(trigger: Token, source: Actor, context: Context) -> bool:
    """Whether an event noun's possessor is the event's own source ("Schumer's request", "Mr.
    Trump's threats", "his investigation"): the doer's act, named as a thing already known."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    owners = [c for c in trigger.children if c.dep_ == "poss"]
    return any((mention := context.mention(owner)) is not None and mention.actor.key == source.key for owner in owners)


def demonstrative_object(trigger: Token) -> bool:
    """Whether a verb's direct object carries a demonstrative ("disputed that claim", "halted these
    airstrikes"): the thing acted on was told before."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in DEMONSTRATIVES for d in c.children)
               for c in trigger.children)


def points_back(trigger: Token, source: Actor, context: Context) -> bool:
    """Whether an act is told as one already known: a noun its doer owns, or a verb over a
    demonstrative object."""
    return owned_by_its_doer(trigger, source, context) or demonstrative_object(trigger)


def earlier_recipient(event: Event, earlier: list[Event]) -> Actor | None:
    """The one recipient the same source's acts of the same root named in `earlier` (the last
    sentences' events); None when they name none, or more than one. Only a recipient of another
    country than the source's: one at home is where the earlier reading itself most often erred
    (the owner of an inquiry refused, the doer's own guns taken for its target), and carrying it
    on would repeat the error."""
    source = event.source
    if source is None:
        return None
    named = {e.target.key: e.target for e in earlier
             if e.source is not None and e.target is not None and e.source.key == source.key
             and e.root == event.root and e.target.country is not None and e.target.country != source.country}
    return next(iter(named.values())) if len(named) == 1 else None


def trigger_token(event: Event, sentence: Span, offset: int) -> Token | None:
    """The event's trigger word in its sentence (the parse's token at the trigger's start)."""
    start = event.trigger_start - offset
    return next((t for t in sentence if t.idx == start), None)


def recipients_told_before(new: list[Event], sentence: Span, offset: int, earlier: list[Event], context: Context) -> list[Event]:
    """A sentence's events, each act with no target that points back (`points_back`) given the
    recipient its source's same-root act named in the last sentences (`earlier_recipient`).
    Statements are left as they are: what a speaker says needs no earlier act."""
    read: list[Event] = []
    for event in new:
        if event.target is None and event.source is not None and event.root != STATEMENT_ROOT \
                and (trigger := trigger_token(event, sentence, offset)) is not None \
                and points_back(trigger, event.source, context) \
                and (recipient := earlier_recipient(event, earlier)) is not None:
            event = replace(event, target=recipient)
        read.append(event)
    return read
