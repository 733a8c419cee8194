"""General accounts: text that tells what is done as a rule, over years or again and again, not
an act on a day. A running tally ("since 2001, more than 500,000 soldiers have served in the
Sahel"), a rule kept by every holder of an office ("every chancellor since 1990 has refused to
…") and a habit ("aides will call him every morning", "the envoy would routinely meet them") are
background: CAMEO codes an act someone did, said or threatened on a day, and these tell of none.
Storing them would store a wrong event (missing beats wrong), so the final filter drops them, as
it drops a statistic or a long-running background (`events/unreported.py`).

Kept narrow on purpose: a past act of many on a day ("every senator but one voted against it",
"thousands of protesters marched on Friday") and a series told in the past ("they shelled the town
every night last week") are events, and are left to the coder.

Duties laid on anyone of a kind: "leaders must keep their word", "sometimes leaders have to
disagree with their friends", "people should be allowed to protest", "a government has to protect
its citizens". A modal of duty or advice ("must", "should", "ought to", "have to", "need to") over
a noun of anyone of a kind, with no determiner, owner, number, name or relative clause
(`generic_duties.txt`), and not due now, states a norm. CAMEO codes an act someone did, said or threatened on a day; a norm is none, and no
one in particular is asked to act, so it is no demand either. Storing it (as a demand by
"leaders") stores a wrong event (missing beats wrong), so the final filter drops it too, told
by the writer or by a speaker alike.

Kept: a duty laid on someone in particular ("the country's leaders must resign", "Iranian leaders
should talk", "world leaders must act", "lawmakers must pass the bill": a body or side in the
news), a duty met in the past ("people had to flee"), and what a kind of people did ("people
poured into the streets").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import grammar
from newsevents.events.modality import not_yet
from newsevents.lang.en.events import ADVICE_AUX, GENERAL_ACCOUNTS, GENERIC_DUTIES, OBLIGATION_AUX

HABITUAL_MODALS = frozenset({"will", "would", "'ll", "’ll"})
# what picks out whose: "the country's leaders", "two leaders", "leaders of both parties", "leaders who took bribes"
NAMING_DEPS = frozenset({"poss", "nummod", "compound", "appos", "prep", "nmod", "relcl", "acl"})


def general_account(clause: Token) -> bool:
    """Whether `clause` (the event's clause, or its trigger) tells a running tally, a rule kept
    since a year by every holder, or a habit, rather than an act on a day."""
    return cumulative(clause) or recurring(clause)


def cumulative(verb: Token) -> bool:
    """"Since 2001, more than 500,000 soldiers have served there", "every chancellor since 1990 has
    refused to …": a perfect over the years since a year, whose subject is a count ("more than
    500,000 soldiers", "thousands of migrants") or everyone of a kind ("every chancellor"): a
    tally or a standing rule over many doers, no one's act on a day."""
    if not _perfect(verb):
        return False
    subject = grammar.own_subject(verb)
    if subject is None:
        return False
    since = [*verb.children, *subject.subtree]  # "since 2001, … have served"; "every chancellor since 1990"
    return any(_since_a_year(t) for t in since) and (_counted(subject) or _everyone(subject))


def recurring(verb: Token) -> bool:
    """"Aides will call him every morning", "the board meets each month", "he would routinely
    brief them": a recurring period ("every morning") on a plain present or a "will"/"would", or an
    adverb of habit on a "will"/"would", says what is done again and again, not one act planned or
    done. In the past ("shelled the town every night last week") the series is news, and is kept."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = {grammar.auxiliary_word(a) for a in grammar.auxiliaries(verb, passive=False)}
    modal = bool(auxiliaries & HABITUAL_MODALS) and not auxiliaries & {"have"}
    present = verb.tag_ in {"VBZ", "VBP"} and not auxiliaries
    if not (modal or present):
        return False
    words = GENERAL_ACCOUNTS
    if modal and any(c.dep_ == "advmod" and c.lower_ in words["modal_habit_adverbs"] for c in verb.children):
        return True
    return any(_recurring_period(c) for c in verb.children if c.dep_ in {"npadvmod", "advmod", "dobj"})


def _perfect(verb: Token) -> bool:
    """"Has declined", "have been deployed": a verb with a "have" of the perfect, no modal before it."""
    auxiliaries = grammar.auxiliaries(verb, passive=False)
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in {"VBZ", "VBP"} for a in auxiliaries) \
        and not any(a.tag_ == "MD" for a in auxiliaries)


def _since_a_year(token: Token) -> bool:
    """"Since 2001", "since the 1990s": the preposition "since" with a year as its object."""
    return token.dep_ == "prep" and token.lower_ == "since" and any(
        c.dep_ == "pobj" and _year(c) for c in token.children)


def _year(token: Token) -> bool:
    """"2001", "1990s": four digits, or four and an "s"."""
    text = token.text.rstrip("s").lstrip("'’")
    return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}


def _counted(subject: Token) -> bool:
    """"More than 500,000 soldiers", "nearly 3,000 refugees", "thousands of migrants", "many
    countries": a plural subject counted as a running total (a number with an opener of a count,
    or a quantifier of many), not a group named."""
    words = GENERAL_ACCOUNTS
    if subject.tag_ != "NNS" and subject.lower_ not in words["many_quantifiers"]:
        return False
    if subject.lower_ in words["many_quantifiers"] or any(
            c.dep_ in {"amod", "det"} and c.lower_ in words["many_quantifiers"] for c in subject.children):
        return True
    return any(c.dep_ == "nummod" and c.like_num and any(g.lower_ in words["count_openers"] for g in c.subtree)
               for c in subject.children)


def _everyone(subject: Token) -> bool:
    """"Every chancellor", "each administration": a subject with a determiner of all of a kind."""
    return any(c.dep_ == "det" and c.lower_ in GENERAL_ACCOUNTS["universal_determiners"] for c in subject.children)


def _recurring_period(word: Token) -> bool:
    """"Every morning", "each week": a period with a determiner of all of a kind, as when it is done."""
    return word.lower_ in GENERAL_ACCOUNTS["recurring_periods"] and _everyone(word)


def duty_of_anyone(clause: Token) -> bool:
    """Whether `clause` (the event's clause, or its trigger), or the verb it is the infinitive,
    conjunct or purpose of ("should be allowed to express", "have to disagree"), is under a modal
    of duty or advice whose subject is anyone of a kind. The walk stops at the first verb with a
    subject of its own: a duty above it ("must ensure that people can vote") is another's. A duty
    due at once ("corrupt leaders must step down now") is a demand of the leaders in the news."""
    verb, duty = clause, False
    while True:
        duty = duty or _duty(verb)
        subject = grammar.own_subject(verb)
        if subject is not None:
            return duty and _anyone(subject) and not _due_now(verb)
        if not (verb.dep_ in {"xcomp", "conj"} or grammar.purpose_infinitive(verb)) or verb.head.i == verb.i:
            return False
        verb = verb.head


def _due_now(verb: Token) -> bool:
    """"Must resign now", "should step down immediately": an adverb on the verb says the duty is
    due at once (`generic_duties.txt`'s immediacy words)."""
    return any(c.dep_ == "advmod" and c.lower_ in GENERIC_DUTIES["immediacy_words"] for c in verb.children)


def _duty(verb: Token) -> bool:
    """"Must act", "should be allowed", "ought to listen"; "have to disagree", "need to vote" (a
    present to-infinitive of duty, not "have yet to agree" nor a past "had to flee" or "have had
    to flee")."""
    if grammar.auxiliary_words(verb) & (OBLIGATION_AUX | ADVICE_AUX):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and grammar.to_infinitive(verb) and head.lemma_.lower() in GENERIC_DUTIES["duty_heads"] \
        and head.tag_ not in {"VBD", "VBN"} and not not_yet(verb)


def _anyone(noun: Token) -> bool:
    """"Leaders", "people", "elected politicians", "a government": a noun of anyone of a kind, bare
    (a plural) or after "a"/"any"/"every"/"each" (a singular), with nothing that picks out whose
    ("the country's leaders", "world leaders", "leaders of the two parties", "leaders who took
    bribes", "Iranian leaders")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GENERIC_DUTIES["anyone_kinds"]:
        return False
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    counted = noun.tag_ == "NNS" and not determiners or noun.tag_ == "NN" and bool(determiners) \
        and all(d in GENERIC_DUTIES["anyone_determiners"] for d in determiners)
    return counted and not any(c.dep_ in NAMING_DEPS or (c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN"))
                               for c in noun.children)
