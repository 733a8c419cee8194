"""A recipient named only in an earlier sentence: an act that points back to one told just before.

"Schumer urged Trump to act. … Schumer's request comes as …": the request names no one asked, but
it is the act the sentence before told, and that one named Trump. "Ankara accused Moscow of
lying. … Erdogan disputed that claim": the claim is the one answered a sentence earlier. The
coder leaves such a recipient null; this step gives it the one the same source's act of the same
CAMEO root named within the last two sentences, and only when the act itself points back: a noun
owned by its doer ("Schumer's request", "Mueller's investigation") or a verb whose object carries
a demonstrative ("disputed that claim", "halted these strikes"). More than one recipient named
there, a different doer, or another root: the target stays null (a wrong target is worse than
none). Nor is one carried when the sentence says where the act is aimed itself ("Mr. Trump's
criticism of his own party", "the threats turned to his rivals": `aims_itself`, coded or not),
when the object pointed to is no act put to another or has a place of its own ("condemned these
attacks in Pakistan": `demonstrative_object`) or another doer acted in the window ("North Korea
threatened Seoul. China condemned these threats": `others_acted`), or when the act is only
described ("Putin's threats are a sign of weakness": `described`).

How the window counts: `LOOKBACK_SENTENCES` is counted in sentences as spaCy splits each parsed
run of text (`EventExtractor.__call__` keeps where each parsed sentence's events start), across
paragraph breaks, every parsed sentence counting whether or not it told an event. Sentences the
nlp stage left unparsed (nothing in them worth a parse) are not in the parse; the text between two
parsed sentences is counted by its closing marks (`skipped_sentences`), so the window is one of
text sentences, never longer (an abbreviation there, or a text sentence spaCy cuts in two, makes
it shorter). Events that later stages drop were still in the window.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.events.cameo import STATEMENT_ROOT
from newsevents.events.participants import Context
from newsevents.lang.en.events import TOLD_ACT_NOUNS
from newsevents.model import Actor, Event

# How many sentences back the act pointed to may be told.
LOOKBACK_SENTENCES = 2
# Determiners that point to something already told ("that claim", "these strikes").
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# A mark closing a sentence, quotes or brackets after it, then space or the end.
SENTENCE_CLOSE = re.compile(r"[.!?][\"')\]\u201d\u2019]*(?=\s|$)")
# Prepositions that name whom an act is aimed at ("criticism of", "threats against", "turned to").
AIMING_PREPOSITIONS = frozenset({"of", "against", "to", "toward", "towards", "at", "on", "over", "upon"})
# Times are no recipient ("rejected those demands on Friday").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Verbs that describe their subject ("Putin's threats are a sign of weakness", "have become routine").
DESCRIBING_VERBS = frozenset({"be", "become", "remain"})


def owned_by_its_doer(trigger: Token, source: Actor, context: Context) -> bool:
    """Whether an event noun's possessor is the event's own source ("Schumer's request", "Mr.
    Trump's threats", "his investigation"): the doer's act, named as a thing already known."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    owners = [c for c in trigger.children if c.dep_ == "poss"]
    return any((mention := context.mention(owner)) is not None and mention.actor.key == source.key for owner in owners)


def phrases(word: Token, prepositions: frozenset[str] | None = None) -> list[Token]:
    """A word's own prepositional phrases (of `prepositions` when given) that name no time:
    "of his own party", "to his rivals", "in Pakistan", but not "on Friday"."""
    return [c for c in word.children
            if c.dep_ == "prep" and (prepositions is None or c.lower_ in prepositions)
            and not any(o.dep_ == "pobj" and o.ent_type_ in TIME_ENTITIES for o in c.children)]


def aims_itself(trigger: Token) -> bool:
    """Whether the sentence says itself whom the act is aimed at, coded or not: the trigger's own
    phrase ("criticism of his own party", "threats against their country"), a clause of its own
    ("threats to cut gas supplies to Europe") or, for a noun, the
    verb it is the subject of ("the threats turned to his rivals"). Such an act is not the earlier
    one told again, or its recipient was read (or dropped) here; carrying one would be wrong."""
    if phrases(trigger, AIMING_PREPOSITIONS) or any(c.dep_ == "acl" for c in trigger.children):
        return True  # "Putin's threats to cut gas supplies to Europe": the clause says what and to whom
    governor = trigger.head
    return trigger.dep_ in {"nsubj", "nsubjpass"} and governor is not trigger and bool(phrases(governor, AIMING_PREPOSITIONS))


def described(trigger: Token) -> bool:
    """Whether an act noun is the subject of "be"/"become"/"remain" ("Putin's threats are a sign of
    weakness", "have become a routine part of his style"): the sentence describes such acts in
    general rather than telling the earlier one again."""
    return trigger.dep_ == "nsubj" and trigger.head.lemma_ in DESCRIBING_VERBS


def demonstrative_object(trigger: Token) -> bool:
    """Whether a verb's direct object is an act put to another (TOLD_ACT_NOUNS) with a demonstrative
    and no phrase of its own ("rejected those demands", "disputed that claim"): the act answered was
    told before. "Condemned these attacks in Pakistan" is a deed somewhere else, not that act."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TOLD_ACT_NOUNS and not phrases(c)
               and any(d.dep_ == "det" and d.lower_ in DEMONSTRATIVES for d in c.children)
               for c in trigger.children)


def points_back(trigger: Token, event: Event, earlier: list[Event], context: Context) -> bool:
    """Whether an act is told as one already known: a noun its doer owns, or a verb over a
    demonstrative object when no other doer acted in the window (`others_acted`); not one that
    names whom it is aimed at (`aims_itself`) or is only described (`described`)."""
    if event.source is None or aims_itself(trigger) or described(trigger):
        return False
    return owned_by_its_doer(trigger, event.source, context) \
        or (demonstrative_object(trigger) and not others_acted(event, earlier))


def others_acted(event: Event, earlier: list[Event]) -> bool:
    """Whether another doer acted in the window ("North Korea threatened to strike Seoul. China
    condemned these threats"): "these threats", "those demands" may then be that doer's acts, not
    the ones this source aimed at someone before. Statements are no act answered."""
    source = event.source
    return any(e.source is not None and source is not None and e.source.key != source.key and e.root != STATEMENT_ROOT
               for e in earlier)


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


def skipped_sentences(between: str) -> int:
    """How many sentences the body text between two parsed sentences holds: those the nlp stage
    left unparsed. Each mark that closes a sentence ("fell sharply. ") counts one, at least one
    when the text holds any word; an abbreviation ("Mr. ") counts too, which only shortens the
    window. Blank lines and list marks are no sentence."""
    if not any(character.isalnum() for character in between):
        return 0
    return max(1, len(SENTENCE_CLOSE.findall(between)))


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
                and points_back(trigger, event, earlier, context) \
                and (recipient := earlier_recipient(event, earlier)) is not None:
            event = replace(event, target=recipient)
        read.append(event)
    return read
