"""Recipients named outside the trigger's own phrase: a request the doer of another clause acted on
("he lifted the sanctions at Japan's request") was made to that doer. (A "him"/"her"/"his" its own
sentence gives no one to stand for is the actors step's to resolve, as a "he" or "she" is.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.grammar import objects_of
from newsevents.lang import words
from newsevents.model import Actor

if TYPE_CHECKING:
    from newsevents.events.participants import Context

BIDDING_NOUNS = words("newsevents.lang.en", "bidding_nouns")
# The prepositions that make an asking noun the reason a clause's doer acted ("at the request of").
BIDDING_PREPOSITIONS = {"at", "on"}


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
    askers = [c for c in noun.children if c.dep_ == "poss"] + objects_of(noun, {"of"})
    asked = [m.actor for c in verb.children if c.dep_ == "nsubj" and (m := context.mention(c)) is not None]
    if not askers or len(asked) != 1 or not asked[0].code:
        return None
    asker_keys = {m.actor.key for a in askers if (m := context.mention(a)) is not None}
    return asked[0] if asked[0].key not in asker_keys and not any(a.lower_ == "own" for a in noun.children) else None
