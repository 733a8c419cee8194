"""Text that is no reported event though a trigger word is in it: the writer's argument ("the
best argument for the pullout is that Turkey was determined to invade"), the writer's judgement of
an act ("it is wrong for a state to punish its neighbours"), an outlet's own reporting ("the Daily
Mail quotes his plans"), a statistic ("60 percent of its diplomats resigned"), a long-running
background ("they have been fighting Turkey for decades") and a person's fight in words ("he will
fight like hell to keep his seat"). CAMEO codes an act someone did, said or threatened on a day;
these tell of none, and storing them would store a wrong event (missing beats wrong).

Each is a grammatical class, not a phrase: its words are tables of `lang/en/data/unreported_events.txt`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lang.en.events import UNREPORTED
from newsevents.model import Actor

OUTLET_ROLE = "MED"
# A fight in words needs no opponent: the doer is one person ("he", "she", a named person).
SINGLE_PERSONS = frozenset({"he", "she", "i"})
OPPONENT_PREPOSITIONS = frozenset({"against", "with", "at", "on", "into", "alongside"})


def unreported(trigger: Token, clause: Token | None, code: str, sources: list[Actor]) -> bool:
    """Whether the trigger (in its clause) tells of no reported event: see the module's docstring."""
    head = clause if clause is not None else trigger
    return (argued(head) or judged(head) or _outlet_reporting(trigger, code, sources) or statistic(head)
            or long_running(head) or fight_in_words(trigger, code))


def argued(clause: Token) -> bool:
    """The writer's argument: the clause is what a noun or a "what" clause is said to be ("the best
    argument ... is that Turkey was determined to invade", "what makes this different is that
    Congress is refusing ...", "another factor is that jailbreaks have released ..."): the news is
    the argument, not an act of its own."""
    token = clause
    while token.head.i != token.i:
        head = token.head
        if token.dep_ == "ccomp" and head.lemma_ == "be" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            # "the problem is that …", "what matters is that …"; not "it is clear that …" nor
            # "how complicated those efforts are that …" (a copula with a predicate of its own)
            return not any(c.dep_ in {"acomp", "attr"} for c in head.children) \
                and any(c.dep_ == "csubj" or (c.dep_ == "nsubj" and c.pos_ == "NOUN") for c in head.children)
        if token.dep_ not in {"ccomp", "xcomp", "conj", "acomp"}:  # "acomp": "was determined to invade"
            return False  # "after Trump agreed to meet Kim": a clause of time or a relative clause is told as fact
        token = head
    return False


def judged(clause: Token) -> bool:
    """The writer's (or speaker's) judgement of an act, no act done: an infinitive after "it is" and
    an adjective of worth, need or ease ("it is wrong for a state to punish its neighbours", "it
    was important not to reward Pyongyang"). Only the infinitive itself: "it is important to note
    that Russia attacked" keeps the attack."""
    if clause.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    holder = clause.head  # "to punish" hangs on "is" or on the adjective
    be = holder.head if holder.pos_ == "ADJ" and holder.dep_ == "acomp" else holder
    if be.lemma_ != "be" or not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in be.children):
        return False
    adjectives = [holder] if holder.pos_ == "ADJ" else [c for c in be.children if c.dep_ == "acomp"]
    return any(a.lower_ in UNREPORTED["judging_adjectives"] for a in adjectives)


def _outlet_reporting(trigger: Token, code: str, sources: list[Actor]) -> bool:
    """An outlet quoting, citing or claiming ("The Daily Mail quotes his plans", "reports from
    news outlets claim ..."): the outlet's report is attribution, not its own act (its plain
    statement, 010, is left to the coder, which stores none for an outlet)."""
    return not code.startswith("01") and bool(sources) and all(s.role == OUTLET_ROLE for s in sources) \
        and trigger.lemma_.lower() in UNREPORTED["outlet_verbs"]


def statistic(clause: Token) -> bool:
    """A share of a group as the doer ("60 percent of the State Department's diplomats resigned"):
    a statistic over a time, no one's act."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (subject.lower_ in UNREPORTED["share_heads"] or subject.ent_type_ == "PERCENT") \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def long_running(clause: Token) -> bool:
    """An act told as going on for decades or years ("have been fighting Turkey for decades",
    "has sanctioned Iran over the past two decades"): background, no act of the day. A counted span
    is an act's own length ("banned for five years", "jailed for ten years") and is kept."""
    for preposition in clause.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in {"for", "over"}:
            continue
        for span in preposition.children:
            if span.dep_ != "pobj" or span.lower_ not in UNREPORTED["long_spans"]:
                continue
            counted = any(c.dep_ == "nummod" for c in span.children)
            looking_back = any(c.lower_ in UNREPORTED["span_lookbacks"] for c in span.children)
            if any(c.lower_ in UNREPORTED["span_lookaheads"] for c in span.children):
                continue  # "over the next few years": a forecast, no background
            if not counted or looking_back:
                return True
    return False


def fight_in_words(trigger: Token, code: str) -> bool:
    """One person fighting with no one to fight ("he must fight", "will fight like hell to keep his
    seat", "she fought for them"): a politician's struggle in words, no use of force."""
    if not code.startswith("19") or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in UNREPORTED["fighting_verbs"]:
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in OPPONENT_PREPOSITIONS) for c in trigger.children):
        return False
    doer = trigger
    while doer.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in doer.children):
        doer = doer.head  # "vowed to fight", "stood up and fought"
    subject = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in SINGLE_PERSONS or subject.ent_type_ == "PERSON")
