"""Duties laid on anyone of a kind: "leaders must keep their word", "sometimes leaders have to
disagree with their friends", "people should be allowed to protest", "a government has to protect
its citizens". A modal of duty or advice ("must", "should", "ought to", "have to", "need to") over
a noun of anyone of a kind, with no determiner, owner, number or name (`generic_duties.txt`),
states a norm. CAMEO codes an act someone did, said or threatened on a day; a norm is none, and no
one in particular is asked to act, so it is no demand either. Storing it (as a demand by
"leaders") stores a wrong event (missing beats wrong), so the final filter of `events/extract.py`
drops it, told by the writer or by a speaker alike.

Kept: a duty laid on someone in particular ("the country's leaders must resign", "Iranian leaders
should talk", "world leaders must act", "lawmakers must pass the bill": a body or side in the
news), a duty met in the past ("people had to flee"), and what a kind of people did ("people
poured into the streets").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import grammar
from newsevents.lang.en.events import ADVICE_AUX, GENERIC_DUTIES, OBLIGATION_AUX

SINGLE_ANYONE_DETERMINERS = frozenset({"a", "an", "any", "every"})  # "a government must …": any one of the kind
NAMING_DEPS = frozenset({"poss", "nummod", "compound", "appos", "prep", "nmod"})


def duty_of_anyone(clause: Token) -> bool:
    """Whether `clause` (the event's clause, or its trigger), or the verb it is the infinitive,
    conjunct or purpose of ("should be allowed to express", "have to disagree"), is under a modal
    of duty or advice whose subject is anyone of a kind. The walk stops at the first verb with a
    subject of its own: a duty above it ("must ensure that people can vote") is another's."""
    verb, duty = clause, False
    while True:
        duty = duty or _duty(verb)
        subject = grammar.own_subject(verb)
        if subject is not None:
            return duty and _anyone(subject)
        if not (verb.dep_ in {"xcomp", "conj"} or grammar.purpose_infinitive(verb)) or verb.head.i == verb.i:
            return False
        verb = verb.head


def _duty(verb: Token) -> bool:
    """"Must act", "should be allowed", "ought to listen"; "have to disagree", "need to vote" (a
    present to-infinitive of duty, not "have yet to agree" nor a past "had to flee")."""
    if grammar.auxiliary_words(verb) & (OBLIGATION_AUX | ADVICE_AUX):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and grammar.to_infinitive(verb) and head.lemma_.lower() in GENERIC_DUTIES["duty_heads"] \
        and head.tag_ != "VBD" and not any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def _anyone(noun: Token) -> bool:
    """"Leaders", "people", "elected politicians", "a government": a noun of anyone of a kind, bare
    (a plural) or after "a"/"any"/"every" (a singular), with nothing that names whose ("the
    country's leaders", "world leaders", "leaders of the two parties", "Iranian leaders")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GENERIC_DUTIES["anyone_kinds"]:
        return False
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    counted = noun.tag_ == "NNS" and not determiners or noun.tag_ == "NN" and bool(determiners) \
        and all(d in SINGLE_ANYONE_DETERMINERS for d in determiners)
    return counted and not any(c.dep_ in NAMING_DEPS or (c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN"))
                               for c in noun.children)
