"""Recipients named outside the trigger's own phrase or sentence:
- a request the doer of another clause acted on ("he lifted the sanctions at Japan's request") was made
  to that doer;
- a person pronoun ("him", "her", "his") that its own sentence gives no one to stand for stands
  for the one person the sentence before names, when the text has already called that person
  "he" or "she" ("May asked for time, and she got it. Parliament has not passed her deal": May)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.lang import words
from newsevents.lang.en.events import REFERRING_PRONOUNS
from newsevents.model import Actor

if TYPE_CHECKING:
    from newsevents.events.participants import Context

BIDDING_NOUNS = words("newsevents.lang.en", "bidding_nouns")
# The prepositions that make an asking noun the reason a clause's doer acted ("at the request of").
BIDDING_PREPOSITIONS = {"at", "on"}
# Which pronouns say "he" and which "she".
GENDERED = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}


def genders_told(actor: Actor, before: int, context: Context) -> set[str]:
    """What the text before an offset has called a person: "he" or "she" (pronouns the actors
    step resolved to them)."""
    return {GENDERED[m.text.lower()] for m in context.index.mentions[:bisect.bisect_left(context.index.starts, before)]
            if m.label == "pronoun" and m.text.lower() in GENDERED and m.actor.key == actor.key}


def person_told_before(pronoun: Token, own_keys: Collection[str], reach: Callable[[Token], bool],
                       context: Context) -> Actor | None:
    """The one coded person a "him"/"her"/"his" stands for when its own sentence names none before
    it: the only person named in the sentence before (same paragraph) and in its own sentence
    before it, other than its own clause's subject (`own_keys`), and only in its reach (inside or
    outside quotations), when the text before has called that person by the pronoun's gender and
    never the other (`genders_told`: the events step knows no one's gender otherwise). Two persons
    there, or a name no one coded, or a "he"/"she" no step resolved: we cannot tell (None)."""
    gender = GENDERED.get(pronoun.lower_)
    sentence = pronoun.sent
    if gender is None or REFERRING_PRONOUNS.get(pronoun.lower_) != "person" or sentence.start == 0:
        return None
    window = pronoun.doc[pronoun.doc[sentence.start - 1].sent.start:pronoun.i]
    found: dict[str, Actor] = {}
    for word in window:
        mention = context.mention(word)
        if mention is None:
            if word.ent_type_ == "PERSON" or (word.lower_ in GENDERED and word.tag_ == "PRP" and reach(word)):
                return None  # someone the coder did not take: may be whom it stands for
            continue
        actor = mention.actor
        if actor.kind == "person" and actor.key not in own_keys and reach(word):
            found[actor.key] = actor
    if len(found) != 1:
        return None
    actor = next(iter(found.values()))
    return actor if actor.code and genders_told(actor, context.index.offset + pronoun.idx, context) == {gender} else None


def asked_doer(noun: Token, context: Context) -> Actor | None:
    """"Biden lifted the sanctions at Japan's request", "the envoy came on the invitation of the king":
    an asking noun, its asker named (a possessor or "of"), after "at"/"on" on a verb, was made to
    that verb's one subject, who acted on it (a coded actor, not the asker: "at his own request").
    Not a passive's subject: "the sanctions were lifted at Japan's request" names no one asked."""
    preposition = noun.head
    verb = preposition.head
    if noun.dep_ != "pobj" or preposition.lower_ not in BIDDING_PREPOSITIONS or verb.pos_ not in {"VERB", "AUX"} \
            or noun.lemma_.lower() not in BIDDING_NOUNS:
        return None
    askers = [c for c in noun.children if c.dep_ == "poss"] \
        + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    asked = [m.actor for c in verb.children if c.dep_ == "nsubj" and (m := context.mention(c)) is not None]
    if not askers or len(asked) != 1 or not asked[0].code:
        return None
    asker_keys = {m.actor.key for a in askers if (m := context.mention(a)) is not None}
    return asked[0] if asked[0].key not in asker_keys and not any(a.lower_ == "own" for a in noun.children) else None
