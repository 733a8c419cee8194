"""Trigger words → CAMEO event codes: our own lemma lists, verbal and nominal.

A verb's lemma picks its default code; a few verbs change code with their object or particle
("sign a deal", "call for"). Light verbs ("pay a visit", "hold talks") hand over to their noun.
The words and their codes are English: `lang/en/events.py` loads them from `lang/en/data/`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsevents.events.verbs import CameoVerbs, cameo_verbs
from newsevents.lang.en.events import (
    ANNOUNCING_VERBS,
    AUDIENCE_NOUNS,
    COLLECTIVE_NOUNS,
    COMMENT_VERBS,
    CONVERSATION_NOUNS,
    CONVERSATION_VERBS,
    ENDING_PARTICLES,
    EXPRESSING_VERBS,
    FIGURATIVE_PHRASES,
    HOSTILE_FEELINGS,
    LIGHT_VERB_FORMS,
    LIGHT_VERBS,
    METAPHORS,
    NO_EVENT_PHRASES,
    NOT_NOMINALISATIONS,
    NOUNS,
    PLURAL_NOUNS,
    POLICY_NOUNS,
    PRESS_REQUEST_OBJECTS,
    PROTEST_VERBS,
    QUANTITY_NOUNS,
    RECEIVING_VERBS,
    RELEASED_PERSONS,
    SANCTION_OBJECTS,
    SPEECH_LEMMAS,
    STATEMENT_NOUNS,
    STATING_WITH_CLAUSE,
    STRIKE_VERBS,
    TRANSITIVE_ONLY,
    VERB_OBJECTS,
    VERBS,
    WEAK_DICTIONARY_BLOCKS,
)
from newsevents.lang.en.events import WEAK_DICTIONARY_VERBS as _WEAK_VERBS

# Verbs whose dictionary default codes nothing alone: listed ones, and those of the weak blocks.
WEAK_DICTIONARY_VERBS = _WEAK_VERBS | cameo_verbs().block_verbs(WEAK_DICTIONARY_BLOCKS)
# Verbs whose dictionary default is only an appeal, intent, cooperation, aid or yielding (roots
# 02, 03, 06-08): "offer", "plan", "suggest", "aim" are too broad to say alone that one party
# acted towards another (judged real news: none of them right, where the conflict defaults,
# "occupy", "loot", "challenge", mostly are); under a frame ("offered to hand over") the frame
# says what is meant. Statements (01: "spoke to reporters"), meetings (04: "summoned the
# ambassador", which needs someone met) and endorsements (05: on the gold sets the dictionary's
# praise verbs are mostly right) keep their default.
COOPERATIVE_ROOTS = frozenset({"02", "03", "06", "07", "08"})
COOPERATIVE_DEFAULT_VERBS = cameo_verbs().verbs_coded_in(COOPERATIVE_ROOTS) - _WEAK_VERBS

# The stage's modules read the English tables from here.
__all__ = [
    "ANNOUNCING_VERBS", "AUDIENCE_NOUNS", "COLLECTIVE_NOUNS", "COMMENT_VERBS", "CONVERSATION_NOUNS", "CONVERSATION_VERBS",
    "ENDING_PARTICLES", "FIGURATIVE_PHRASES", "LIGHT_VERBS", "LIGHT_VERB_FORMS", "METAPHORS",
    "NOUNS", "NO_EVENT_PHRASES", "PLURAL_NOUNS", "POLICY_NOUNS", "PRESS_REQUEST_OBJECTS", "PROTEST_VERBS", "QUANTITY_NOUNS",
    "RELEASED_PERSONS", "SANCTION_OBJECTS", "SPEECH_LEMMAS", "STATEMENT_NOUNS",
    "STATING_WITH_CLAUSE", "STRIKE_VERBS", "TRANSITIVE_ONLY", "VERBS", "VERB_OBJECTS",
    "WEAK_DICTIONARY_VERBS", "COOPERATIVE_DEFAULT_VERBS", "noun_code", "verb_code", "kept_not_said",
    "expressed_feeling", "received_from", "misread_verb",
]

NO_EVENT = "---"
CRITICISM = "111"


def misread_verb(token: Token) -> bool:
    """"demanded that the president resign": the small model sometimes tags the base-form verb at
    the head of a clause a noun; a clause's head whose lemma is one of our verbs is that verb."""
    return token.pos_ == "NOUN" and token.dep_ in {"ccomp", "xcomp"} and token.lemma_ in VERBS


def expressed_feeling(verb: Token, obj: Token | None) -> str | None:
    """"expressed outrage at the strike", "voiced anger that …": a hostile feeling expressed is
    disapproval (111), whatever the words further on say ("anger that the Pentagon was planning a
    raid" is no plan of the speaker's)."""
    if obj is None or verb.lemma_.lower() not in EXPRESSING_VERBS or obj.lemma_.lower() not in HOSTILE_FEELINGS:
        return None
    return CRITICISM


def kept_not_said(verbs: CameoVerbs, verb: Token, obj: Token | None) -> str | None:
    """A speech verb with a plain noun for object and no clause ("maintains the right to
    retaliate", "maintained the sanctions") is no statement: the dictionary's pattern for that
    object, when it codes an act outside statements (130, 1244), says what it is. Announcing
    verbs hand their noun its own event ("announced sanctions") and keep theirs."""
    if obj is None or obj.pos_ != "NOUN" or verb.lemma_ in ANNOUNCING_VERBS \
            or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    found, specific = verbs.lookup(verb)
    if not specific or found is None or found == NO_EVENT or found.startswith("01"):
        return None
    return found


# Phrasal verbs with object rows of their own in verb_object_codes.txt ("give_up"): their particle
# undoes the bare verb's pairs ("give up weapons" is no arms given).
_PHRASAL_PAIR_VERBS = frozenset(verb for verb, _ in VERB_OBJECTS if "_" in verb)


def verb_code(lemma: str, particle: str = "", obj_lemma: str = "") -> str | None:
    """The CAMEO code of a verb, with its particle ("step down") and object in view."""
    lemma = lemma.lower()
    if particle and f"{lemma}_{particle}" in _PHRASAL_PAIR_VERBS:
        return VERB_OBJECTS.get((f"{lemma}_{particle}", obj_lemma))  # "give up its weapons": laid down, no aid
    if (lemma, obj_lemma) in VERB_OBJECTS:
        return VERB_OBJECTS[(lemma, obj_lemma)]
    if particle and f"{lemma} {particle}" in VERBS:
        return VERBS[f"{lemma} {particle}"]
    if lemma == "call" and particle in {"for", "on"}:
        return "020"
    if lemma == "sign" and obj_lemma and obj_lemma not in NOUNS:
        return None  # "sign autographs" is no agreement
    if lemma == "strike" and obj_lemma in {"deal", "agreement", "accord"}:
        return "057"
    return VERBS.get(lemma)


# A verb's nominalisation names its event ("deployment", "withdrawal", "expulsion"): suffix → the
# endings its verb may take ("negotiation" → negotiate, "deportation" → deport, "denial" → deny).
_NOMINAL_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ation", ("ate", "e", "")), ("ition", ("ize", "ise")), ("sion", ("d", "de", "l")),
    ("ion", ("e", "")), ("ment", ("",)), ("ial", ("y",)), ("al", ("", "e")), ("ure", ("e",)),
)
# Roots whose nominalisations are no event of their own: a "statement" or "announcement" is the
# speech itself (coded on its verb or inside it), "investment" and "trade" are economics.
_UNDERIVED_ROOTS = {"01", "06"}


@lru_cache(maxsize=1 << 14)  # a pure reading of a word (the tables are read once), asked of every noun
def nominalised_verb(noun: str) -> str | None:
    """The verb in our lexicon a noun is the nominalisation of, if any ("deployment" → deploy)."""
    noun = noun.lower()
    if noun in NOT_NOMINALISATIONS:
        return None
    for suffix, endings in _NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            for ending in endings:
                if stem + ending in VERBS:
                    return stem + ending
    return None


@lru_cache(maxsize=1 << 14)  # a pure reading of a word, asked of every noun and its modifiers
def noun_code(lemma: str) -> str | None:
    """An event noun's code: listed, else its verb's when it is a nominalisation of one."""
    listed = NOUNS.get(lemma.lower())
    if listed is not None:
        return listed
    verb = nominalised_verb(lemma)
    code = VERBS.get(verb) if verb else None
    if code is None and lemma.lower().endswith("ing") and lemma.lower() not in NOT_NOMINALISATIONS:  # "the killing of", "a kidnapping": force only
        code = next((VERBS[v] for v in _gerund_verbs(lemma.lower()) if v in VERBS), None)
        return code if code is not None and code[:2] in _GERUND_ROOTS else None
    return code if code is not None and code[:2] not in _UNDERIVED_ROOTS else None


# A gerund names its verb's event when the verb is force ("killing", "kidnapping", "jailing");
# other gerunds are too often the activity in general ("trading", "funding", "training").
_GERUND_ROOTS = {"17", "18", "19", "20"}


def _gerund_verbs(noun: str) -> list[str]:
    """The verbs a gerund may come from: "killing" → kill, "jailing" → jail, "shelling" → shell."""
    stem = noun[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # "kidnapping" → kidnap
    return candidates


# What a receiver may get from a giver, by the code of giving it: arms (072), aid (070-073),
# asylum (075). Loans and grants are left out: "received a grant from the university",
# "received credit from Republicans" are no aid between actors.
_RECEIVED_CODES = {"072", "075"}
_GIVING_VERBS_FOR = ("supply", "grant")  # verb_object_codes.txt rows that name arms and asylum


def _received_code(thing: Token) -> str | None:
    word = thing.lower_ if thing.lower_ in PLURAL_NOUNS else thing.lemma_.lower()
    code = next((VERB_OBJECTS[(v, word)] for v in _GIVING_VERBS_FOR if (v, word) in VERB_OBJECTS), None)
    if code in _RECEIVED_CODES:
        return code
    listed = NOUNS.get(word)
    return listed if listed is not None and listed.startswith("07") else None


def received_from(verb: Token) -> tuple[Token, str, Token] | None:
    """"Ukraine received weapons from Poland", "obtained $1 billion in aid from the US",
    "accepted asylum from Russia": (the giver after "from", the code of the giving, the thing given) when the subject
    receives aid, arms or asylum from someone named; the giver is the event's source and the
    receiver its target."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        return None
    code = _received_code(thing)
    if code is None:  # "$1 billion in aid", "a shipment of weapons": the thing after its measure
        inner = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}
                      for g in c.children if g.dep_ == "pobj"), None)
        if inner is None or (code := _received_code(inner)) is None:
            return None
        thing = inner
    # "from Poland" on the verb, or on what is given ("weapons from Poland")
    giver = next((g for head in (verb, thing) for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj"), None)
    return (giver, code, thing) if giver is not None else None
