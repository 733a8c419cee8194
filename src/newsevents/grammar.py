"""Shared readings of spaCy's parse: which mention a token is in, and who a verb's subject is.

Used by the events and the attribution stages, so "who did it" and "who said it" agree.
"""

from __future__ import annotations

import bisect
from collections.abc import Container

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from newsevents.lang.en.events import QUANTITY_NOUNS
from newsevents.lang.en.grammar import (
    CLOSING_QUOTES,
    CONTRACTED_WOULD,
    OPENING_QUOTES,
    PLANNING_HEADS,
)
from newsevents.model import Mention

# The relative pronouns that open a clause as its subject: that subject stands for the noun the
# clause is on ("Trump, who clashed with Trudeau": Trump).
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


class MentionIndex:
    """Find the mention covering a token by its offset in the body (tokens of one paragraph)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.offset = 0  # of the paragraph whose tokens are being asked about

    def at(self, token: Token) -> Mention | None:
        position = self.offset + token.idx
        i = bisect.bisect_right(self.starts, position) - 1
        if i >= 0 and self.mentions[i].start <= position < self.mentions[i].end:
            return self.mentions[i]
        return None


def listed(token: Token, words: Container[str]) -> bool:
    """Whether a word list holds the word as its lemma or as written ("forces", "force")."""
    return token.lemma_.lower() in words or token.lower_ in words


def objects_of(token: Token, prepositions: Container[str]) -> list[Token]:
    """The objects of `token`'s prepositions that are listed ("with" in "a firefight with Russian
    forces" gives "forces"): the one spelling of "the objects of preposition P" the coder reads."""
    return [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in prepositions
            for obj in prep.children if obj.dep_ == "pobj"]


def quantified(noun: Token, amounts: Container[str] = QUANTITY_NOUNS) -> Token:
    """What a noun of amount is of: "a barrage of criticism" → criticism, "a series of waves of
    arrests" → arrests. A listed noun (by lemma or as written) hands over to the head of its "of"
    phrase, as often as there is one; any other noun, or one with no "of" phrase, is itself.
    The one spelling of that hand-over; `participants.partitive_whole` and `senses._event_as_doer`
    keep their own (see there)."""
    while listed(noun, amounts) and (inner := objects_of(noun, {"of"})):
        noun = inner[0]
    return noun


def verb_listed(verb: Token, words: Container[str]) -> bool:
    """Whether a word list holds a verb alone (its lemma or as written: "foiled") or with its
    particle, joined by "_" ("called off": "call_off", "stepped up": "step_up"): the one spelling
    of that test (`targets._verb_listed` asks another: see there)."""
    return listed(verb, words) or any(
        f"{verb.lemma_.lower()}_{c.lower_}" in words for c in verb.children if c.dep_ == "prt")


def agents_of(verb: Token) -> list[Token]:
    """The "by" objects of a passive verb's agent phrases ("was arrested by police" gives "police")."""
    return [obj for agent in verb.children if agent.dep_ == "agent" for obj in agent.children if obj.dep_ == "pobj"]


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def first_conjunct(token: Token) -> Token:
    """The first of the words coordinated with `token` ("had shelled Aleppo and seized Idlib":
    "shelled" for "seized"), where a shared subject or frame hangs; `token` itself if it is first."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def own_subject(verb: Token) -> Token | None:
    """The subject a verb has in its own clause ("Russia" of "Russia will free them"), active or
    passive; None where it shares another's (an infinitive, a conjunct)."""
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def subject_parsed_as_object(verb: Token, clause: Token) -> Token | None:
    """"The White House requested McGahn refuse to comply": the parse takes the subject of a bare
    verb's clause for the asking verb's object; that object, when it ends right before the clause's
    verb, is the clause's subject."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.i), None)


def to_infinitive(verb: Token) -> bool:
    """Is this verb a to-infinitive ("sent jets to strike", "vowed to retaliate")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def auxiliaries(verb: Token, passive: bool = True) -> list[Token]:
    """The auxiliaries hung on a verb, in order ("will", "has", "to", "should"; with `passive`, the
    "was" or "been" of a passive too): the one spelling of "the verb's auxiliaries" the coder reads."""
    deps = {"aux", "auxpass"} if passive else {"aux"}
    return [c for c in verb.children if c.dep_ in deps]


def auxiliary_word(auxiliary: Token) -> str:
    """An auxiliary as the word it stands for: its lower case, with a "'d" before a base form read
    as "would" ("said he'd send troops", "he'd be sending"; "he'd sent" is "had")."""
    if auxiliary.lower_ not in CONTRACTED_WOULD:
        return auxiliary.lower_
    verb = next((t for t in auxiliary.doc[auxiliary.i + 1:auxiliary.head.i + 1] if t.pos_ in {"VERB", "AUX"}), None)
    return "would" if verb is not None and verb.tag_ == "VB" else auxiliary.lower_


def auxiliary_words(verb: Token, passive: bool = True) -> set[str]:
    """The words of a verb's auxiliaries (`auxiliaries`, each as `auxiliary_word`)."""
    return {auxiliary_word(c) for c in auxiliaries(verb, passive)}


def purpose_infinitive(clause: Token) -> bool:
    """A to-infinitive with no subject or opener of its own ("gave $80 million to help Jakarta",
    "widened its war to include …"): what the act it hangs on is done for."""
    return to_infinitive(clause) and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)


def according_to(clause: Token) -> list[Token]:
    """The "according to" credits hung on a clause ("…, according to the ministry", "According to
    prosecutors, …"): the "according" prepositions among its children."""
    return [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "according"]


FINITE_OR_BASE = {"VB", "VBD", "VBP", "VBZ"}  # Penn tags of verbs that are no participle


def subjects(verb: Token, index: MentionIndex, depth: int = 0, controlled: bool = False) -> list[Token]:
    """The tokens that are the verb's logical subject: direct, passive agent, or inherited
    through control and coordination ("X is due to meet", "X met and discussed")."""
    # Two subjects mean a misparse, usually of a dateline ("TALLINN, March 4 (Wire) - Tamm
    # condemned"): the one nearest the verb is the subject.
    nominal = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in nominal if c.i < verb.i]
    if len(before) > 1 and _continues_phrase(before[-1], before[-2]):
        before = before[:-1]
    for child in ([before[-1]] if before else nominal[:1]):
        if child.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
            return with_conjuncts(verb.head)
        return with_conjuncts(child)
    agents = agents_of(verb)  # passive: "was arrested by police"
    if agents:
        return with_conjuncts(agents[0])
    if depth >= 4:  # (a root is its own head: the climb below stops at the bound)
        return []
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not passive and not controlled and any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "prices have been pushed down", joined to another clause: a passive names no doer
    if passive and controlled:
        # "the president is scheduled to attend", "X was asked to leave": the passive subject does the act
        return with_conjuncts(passive[0])
    if passive:
        # "was beaten with a hose by guards": the parse may hang the agent on the instrument
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                instrument_agents = objects_of(obj, {"by"})
                if instrument_agents:
                    return with_conjuncts(instrument_agents[0])
        return []  # "he was implicated": a passive with no agent names no doer
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "nsubj"} for c in verb.children):
        return []  # "were expelled, accused of plotting attacks": a passive participle's subject is acted on
    if verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"}:
        told = _passive_told_before(verb)
        if told is not None:
            # "four airliners that were crashed into the towers, killing 3,000": the participle
            # tells what the passive's act did; its doer is that act's agent, or no one named
            told_agents = agents_of(told)
            return with_conjuncts(told_agents[0]) if told_agents else []
        # spaCy's small model often hangs participle clauses on the wrong verb; the nearest
        # actor named before the participle is the better guess for its subject.
        nearest = nearest_actor_before(verb, index)
        if nearest is not None:
            return [nearest]
    if verb.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in verb.head.children) \
            and any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children) \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        # "was attacked by rebels and fled": who fled is who was attacked, not the rebels (a verb
        # with an auxiliary of its own is another clause: "enacted by Jordan, which had … and had
        # occupied"); a past participle shares the passive too: "was summoned and told to explain"
        if verb.tag_ == "VBN":
            return []
        return with_conjuncts(next(c for c in verb.head.children if c.dep_ == "nsubjpass"))
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ in FINITE_OR_BASE \
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        # "warning the protesters of consequences should they occupy offices but pledging
        # restraint": a participle is never one verb with a finite verb; the parse hung it on the
        # embedded clause, whose subject is not the participle's: the embedding clause's is
        clause = first_conjunct(verb.head)
        if clause.dep_ in {"ccomp", "advcl"} and clause.head.i != clause.i:
            return subjects(clause.head, index, depth + 1)
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in verb.head.children):
        # "a warplane it said had violated its airspace": the clause said of the noun is missing
        # its subject, which is the noun, not the one who says it
        return with_conjuncts(verb.head.head)
    if verb.dep_ in {"xcomp", "acomp", "advcl", "conj", "ccomp", "pcomp"} or verb.head.lemma_ in PLANNING_HEADS:
        return subjects(verb.head, index, depth + 1, controlled=verb.dep_ == "xcomp")
    return []


def _continues_phrase(nearer: Token, first: Token) -> bool:
    """"A surge in violence in the capital Kabul killed …": a second subject that follows a word
    of the first subject's phrase, with no comma or dash between, is a name in apposition
    inside that phrase (the capital's name), not the verb's own subject."""
    previous = nearer.doc[nearer.left_edge.i - 1] if nearer.left_edge.i > 0 else None
    return previous is not None and not previous.is_punct and previous.pos_ in {"NOUN", "PROPN"} \
        and previous in set(first.subtree)


def _passive_told_before(participle: Token) -> Token | None:
    """The verb told last before a participle clause when it is a passive ("were crashed", "was
    shot down"): the act whose result the participle names."""
    for token in reversed(list(participle.sent[: participle.i - participle.sent.start])):
        if token.pos_ == "VERB":
            return token if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) else None
    return None


def nearest_actor_before(verb: Token, index: MentionIndex) -> Token | None:
    """The nearest actor named before a participle, not as an object (nor one joined to it): "The president met the Iraqi
    prime minister, urging him …" is not the prime minister's urging (a mention's words climb to
    its head: "Iraqi" in "the Iraqi prime minister" is the object's)."""
    for token in reversed(list(verb.sent[: verb.i - verb.sent.start])):
        mention = index.at(token)
        if mention is None:
            continue
        head = token
        for _ in range(8):  # up to the mention's own head word
            if head.head.i == head.i or index.at(head.head) is not mention:
                break
            head = head.head
        # a conjunct of an object is an object too: "crashed planes into the towers and the Pentagon, killing …"
        if first_conjunct(head).dep_ not in {"pobj", "dobj", "dative"}:
            return head
    return None



def quotations(doc: Doc | Span) -> list[tuple[int, int]]:
    """The (first, last) token indices of each quotation in a paragraph (the doc), marks excluded.
    A quote left open runs to the paragraph's end (a quotation that goes on in the next paragraph
    reopens it there). Single marks are left out: they are apostrophes as often as quotes, and a
    quote inside a quote is still the speaker's. Read from the paragraph's word ids, in C with no
    Token made."""
    strings = doc.vocab.strings
    opening = {strings[mark] for mark in OPENING_QUOTES}
    closing = {strings[mark] for mark in CLOSING_QUOTES}
    words = doc.doc.to_array(ORTH).tolist()
    first, end = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(words))
    found: list[tuple[int, int]] = []
    opened: int | None = None
    if not opening.isdisjoint(words[first:end]):  # most paragraphs open no quote: no loop
        for i in range(first, end):
            if opened is None and words[i] in opening:
                opened = i
            elif opened is not None and words[i] in closing:
                if i > opened + 1:
                    found.append((opened + 1, i - 1))
                opened = None
    if opened is not None and opened + 1 < len(words):
        found.append((opened + 1, len(words) - 1))
    return found


def quote_of(token: Token, quotes: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """The quotation holding a word in its paragraph (see `quotations`; `quotes` when the caller
    has them already), or None outside quotes."""
    found = quotations(token.doc) if quotes is None else quotes
    return next(((first, last) for first, last in found if first <= token.i <= last), None)
