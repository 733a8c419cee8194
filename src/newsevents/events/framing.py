"""Events inside other events: "vowed to retaliate", "demanded that Hamas disarm", "said it will
release the hostages", "refused to resign".

CAMEO codes such a sentence by its frame, with the embedded action choosing the sub-code: an
intent to release persons is 0353, a demand for a change in leadership 1041, a threat of military
force 138. The embedded action itself did not happen; it keeps its own code with a modality that
says so. The tables below are CAMEO's own parallel structure (codebook 1.1b3), as data.
"""

from __future__ import annotations

from typing import Literal, cast, get_args

from spacy.tokens import Token

from newsevents.grammar import objects_of, own_subject, verb_listed
from newsevents.lang.en import events as en
from newsevents.model import Modality

Frame = Literal["intent", "appeal", "demand", "reject", "threat"]


def _frames(table: dict[str, str]) -> dict[str, Frame]:
    """A language's word → frame table, each frame one of the five there are."""
    unknown = {frame for frame in table.values() if frame not in get_args(Frame)}
    if unknown:
        raise ValueError(f"no such frame: {sorted(unknown)}")
    return cast(dict[str, Frame], table)


# The words are English, from lang/en/events.py.
# Verbs (lemmas) whose complement is an action the subject means, asks, refuses or threatens.
FRAME_VERBS = _frames(en.FRAME_VERBS)
# Verbs whose object is an event noun they ask for, offer, refuse or threaten: "demanded a meeting",
# "offered talks", "threatened sanctions", "rejected the agreement"; "call", "ask", "press", "push"
# and "appeal" take it after "for" ("called for talks").
NOUN_FRAMES = _frames(en.NOUN_FRAMES)
NOUN_FRAMES_WITH_FOR = en.NOUN_FRAMES_WITH_FOR
NOUN_FRAME_PREPOSITIONS = en.NOUN_FRAME_PREPOSITIONS  # "insisted on an apology", "agreed to talks"
# Adjectives of readiness: "is prepared to lift the ban", "ready to talk", "willing to forgive".
FRAME_ADJECTIVES = _frames(en.FRAME_ADJECTIVES)
# Verbs of wanting ("wants to", "hopes to") and of trying ("sought to", "aims to"): a desire or an
# attempt, no announced intent.
WISH_HEADS = en.WISH_HEADS
DENYING_HEADS = en.DENYING_HEADS  # "deny", "reject": an aim they deny is no intent told
ATTEMPT_HEADS = en.ATTEMPT_HEADS
# Modals of advice: "said Turkey should withdraw" is an appeal, "must withdraw" a demand.
ADVICE_AUX = en.ADVICE_AUX
# Verbs of thinking a statement reaches through ("said he believes Russia must withdraw").
BELIEVING_VERBS = en.BELIEVING_VERBS | en.SPEECH_LEMMAS
# Words opening a clause of supposing or asking: a wish under one is no wish told.
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Verbs of taking part: a frame over "return to the talks" means the talks.
JOINING_VERBS = en.JOINING_VERBS
# What the embedded action is not, for its own modality.
FRAME_MODALITY: dict[Frame, Modality] = {
    "intent": "planned", "appeal": "demanded", "demand": "demanded", "reject": "negated", "threat": "hypothetical",
}
# Verbs of desire (lemmas): an act under one is only wished for (`desiring_verb`).
DESIRING_VERBS = en.MODALITY_CLASSES["desiring_verbs"]
FRAME_DEFAULT: dict[Frame, str] = {"intent": "030", "appeal": "020", "demand": "100", "reject": "120", "threat": "130"}

# embedded code prefix | intent | appeal | demand | reject   (cooperative actions)
_COOPERATIVE = """
04   | 036  | 026  | 106  | 125
045  | 039  | 028  | 108  | 126
05   | 032  | 022  | 102  | 120
057  | 030  | 020  | 100  | 127
06   | 031  | 021  | 101  | 121
061  | 0311 | 0211 | 1011 | 1211
062  | 0312 | 0212 | 1012 | 1212
063  | 0313 | 0213 | 1013 | 1213
064  | 0314 | 0214 | 1014 | 1214
07   | 033  | 023  | 103  | 122
071  | 0331 | 0231 | 1031 | 1221
072  | 0332 | 0232 | 1032 | 1222
073  | 0333 | 0233 | 1033 | 1223
074  | 0334 | 0234 | 1034 | 1224
08   | 035  | 025  | 105  | 124
081  | 0351 | 0251 | 1051 | 1241
082  | 0352 | 0252 | 1052 | 1242
083  | 034  | 024  | 104  | 123
0831 | 0341 | 0241 | 1041 | 1231
0832 | 0342 | 0242 | 1042 | 1232
0833 | 0343 | 0243 | 1043 | 1233
0834 | 0344 | 0244 | 1044 | 1234
084  | 0353 | 0253 | 1053 | 1243
085  | 0354 | 0254 | 1054 | 1244
086  | 0355 | 0255 | 1055 | 1245
087  | 0356 | 0256 | 1056 | 1246
01   | 030  | 020  | 100  | 011
"""
# embedded code prefix | threat   (conflictual actions: meaning to do them is a threat). CAMEO's
# 137 is a threat of repression (to jail, to crush dissent), so only arrests (173) and repression
# (175) take it; "threatened to impose penalties" (170) is a threat not specified (130). A lawsuit
# (115) meant is a threat of legal action against the one sued: "vowed to sue the newspaper".
_CONFLICTUAL = """
115  | 130
12   | 130
14   | 133
15   | 138
16   | 131
161  | 1313
162  | 1311
163  | 1312
164  | 134
165  | 135
166  | 136
17   | 130
172  | 132
1721 | 1321
1722 | 1322
1723 | 1323
1724 | 1324
173  | 137
175  | 137
18   | 1383
19   | 138
190  | 1384
191  | 1381
192  | 1382
193  | 1384
194  | 1384
195  | 1384
20   | 1385
"""


def _table(text: str) -> dict[str, list[str]]:
    rows = {}
    for line in text.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        rows[cells[0]] = cells[1:]
    return rows


COOPERATIVE = _table(_COOPERATIVE)
CONFLICTUAL = _table(_CONFLICTUAL)
COLUMNS: dict[Frame, int] = {"intent": 0, "appeal": 1, "demand": 2, "reject": 3}


def _longest(table: dict[str, list[str]], code: str) -> list[str] | None:
    for length in (4, 3, 2):
        if code[:length] in table:
            return table[code[:length]]
    return None


def framed_code(frame: Frame, embedded: str) -> str:
    """The CAMEO code of `frame` over an embedded action coded `embedded`."""
    conflict = _longest(CONFLICTUAL, embedded)
    if conflict is not None and frame in {"intent", "threat"}:
        return conflict[0]  # meaning to strike, sanction or expel is threatening to
    cooperative = _longest(COOPERATIVE, embedded)
    if cooperative is not None and frame in COLUMNS:
        return cooperative[COLUMNS[frame]]
    return FRAME_DEFAULT[frame]


YIELDING_REFORM = "083"
LEADERSHIP_CHANGE = "0831"


def asked_act_code(frame: Frame, code: str, act: Token) -> str:
    """The code an act asked for is framed by: leaving an office ("demanded that the president
    resign", "called for his resignation", 083 alone) is asked as a change in leadership (0831:
    1041, 0241); every other act keeps its own code."""
    if frame not in {"appeal", "demand"} or code != YIELDING_REFORM:
        return code
    return LEADERSHIP_CHANGE if verb_listed(act, en.LEAVING_OFFICE_WORDS) else code


def has_own_code(frame: Frame, embedded: str) -> bool:
    """Whether CAMEO's tables give `frame` over an act coded `embedded` a code of its own, not only
    the frame's default: an intent to meet (036) has one, an intent to investigate (09x) none."""
    if frame in {"intent", "threat"} and _longest(CONFLICTUAL, embedded) is not None:
        return True
    return frame in COLUMNS and _longest(COOPERATIVE, embedded) is not None


# Roots of verbal conflict that no intent code of CAMEO's means: a demand (10), a disapproval (11),
# a threat (13). (A rejection meant, 12, is a threat by the table above.)
_UNCOOPERATIVE_ROOTS = frozenset({"10", "11", "13"})


def intends_no_cooperation(frame: Frame, embedded: str) -> bool:
    """"vowed to oppose the nomination" (110), "vowed to press for a vote" (100): an intent over an
    act of verbal conflict that CAMEO's tables give no intent code of its own, so that the frame's
    default (030, intent to cooperate) would say the opposite of what is meant. The act meant
    stays, planned; the frame word makes no event of its own."""
    return frame == "intent" and embedded[:2] in _UNCOOPERATIVE_ROOTS and not has_own_code(frame, embedded)


# CAMEO's rejection root (12); of it, a veto (129x: "said he would veto the bill", the veto threat
# news reports as one) and a refusal to yield (124x, which dictionary patterns give to "would
# maintain a defensive position") stay threats when told, unless the word is a plain rejection's
# ("would reject the loan conditions").
_REJECTION_ROOT = "12"
_REJECTIONS_STILL_THREATS = ("124", "129")
_PLAIN_REJECTIONS = frozenset({"reject", "refuse", "oppose"})
# A clause that holds a rejection until another acts, or while they do, puts a condition to
# them: "will refuse food until they are allowed to cross", "if the government raises taxes".
_CONDITION_MARKS = frozenset({"until", "till", "if", "unless", "provided", "providing"})
_WHILE_MARKS = ("as long as", "so long as")
_OTHERWISE = frozenset({"otherwise"})
# A warning told is the threat itself: "warned it would reject the deal".
_WARNING_VERBS = frozenset({"warn", "caution", "threaten"})


def _conditioned(word: Token) -> bool:
    """A condition hung on `word` (the rejection's verb or the verb of saying over it): a clause
    of "if", "unless", "until" ("Until the government releases the prisoners, the strikers said
    ..."), "as long as" (spaCy hangs it on "long"); a phrase of "until" ("until the release of
    their leaders"); or an "otherwise" ("or otherwise it will reject ...")."""
    for child in word.children:
        if child.lower_ in _OTHERWISE:
            return True
        if child.dep_ == "prep" and child.lower_ in _CONDITION_MARKS:
            return True
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in child.children):
            return True
        if child.dep_ in {"advcl", "advmod"}:
            opening = " ".join(t.lower_ for t in child.doc[child.left_edge.i:child.left_edge.i + 3])
            if opening.startswith(_WHILE_MARKS):
                return True
    return False


def rejection_announced(frame: Frame, told: bool, embedded: str, clause: Token, head: Token, supposed: bool) -> bool:
    """"said she would oppose the motion", "said it will resist the deal": a rejection (12x,
    `embedded`, of the act's clause `clause`) told as one's own coming decision (`told`: by a
    verb of saying `head`, or a future in quotes; a vow or a readiness is left as it was) is a
    decision announced, not a warning of harm. CAMEO's intent table would code it a threat (130),
    which judges read as the rejection itself (seeds 56, 58, 97); the coder drops the threat only
    where the rejection is sure to be stored in its place (`extract._rejection_settled`: its doer
    coded and the speaker's, not a refusal frame's own act left hypothetical, told to no one
    named), asked after this reading, which is cheaper. It stays a threat with
    a condition put to another (`supposed` says "if"; `_conditioned` reads either verb), when told
    as a warning ("warned it would reject"), for a veto (129x) or a refusal to yield (124x) not
    worded as a plain rejection, and where the clause is joined to another ("would reject the
    demands and would not retreat", "would reject the offer and strike")."""
    if frame != "intent" or not told or supposed or embedded[:2] != _REJECTION_ROOT:
        return False
    if embedded.startswith(_REJECTIONS_STILL_THREATS) and clause.lemma_ not in _PLAIN_REJECTIONS:
        return False
    if head.lemma_ in _WARNING_VERBS or clause.dep_ == "conj" or any(c.dep_ == "conj" for c in clause.children) \
            or any(c.dep_ == "conj" and c.tag_.startswith("VB") for o in clause.children if o.dep_ == "dobj" for c in o.children):
        return False  # "would reject the offer and strike on Monday": the parse may join the verb to the object
    return not _conditioned(clause) and not (head.i != clause.i and _conditioned(head))


_NOUNS = frozenset({"NOUN", "PROPN"})


def partners_with(act: Token) -> list[Token]:
    """"vowed to raise the issue with the G-7 leaders": the words after "with" on an act (or on its
    object, where the parser hangs them there), who the act is talked over with. A vowed act of
    words taken up with a party is an intent to consult, not the disapproval the dictionary's
    object pattern ("raise … issue", 110) codes; `intends_no_cooperation` is read without them.
    The parser may hang the "with" deeper in the object, on a noun its "of" leads to ("raise the
    issue of cross-border terrorism with President Xi"): the object's "of" nouns are searched too,
    never a verb or a clause under them."""
    holders = [act]
    nouns = [c for c in act.children if c.dep_ == "dobj"]
    while nouns:
        noun = nouns.pop()
        holders.append(noun)
        nouns += [g for g in objects_of(noun, {"of"}) if g.pos_ in _NOUNS]
    return [g for h in holders for g in objects_of(h, {"with"})]


def is_conflictual(code: str) -> bool:
    return _longest(CONFLICTUAL, code) is not None


def _asks_through(verb: Token, prep: Token) -> bool:
    """"called on", "appealed to", "pleaded with": the verb's own preposition before the party it asks."""
    return prep.dep_ == "prep" and (verb.lemma_.lower(), prep.lower_) in en.ASKING_PREPOSITIONS


def asking_verb(verb: Token) -> bool:
    """A verb of asking: its frame is an appeal or a demand ("urged", "demanded"), or it asks
    through its own preposition ("called on Israel to halt …", "pleaded with them not to go")."""
    return FRAME_VERBS.get(verb.lemma_.lower()) in {"appeal", "demand"} or any(_asks_through(verb, c) for c in verb.children)


def asked_words(head: Token) -> list[Token]:
    """The words naming whom a verb of asking asks: its object ("urged the EU to …") or, after
    the verb's own preposition, its party asked ("called on Israel to …", "appealed to the king")."""
    return [g for c in head.children
            for g in ([c] if c.dep_ in {"dobj", "dative"}
                      else [p for p in c.children if p.dep_ == "pobj"] if _asks_through(head, c)
                      else [])]


def frame_reaches(trigger: Token, clause: Token, head: Token, *, carried: bool) -> bool:
    """Whether a frame word `head` governs the act `trigger` (of clause `clause`) and not only a
    verb above it. An event noun under a verb that does not carry it ("would review the shooting",
    "vowed to stop the raids": `carried` says whether a light verb does) is that verb's topic,
    not the act meant; nor does a statement reach through a verb of its own ("said the deal
    proved that it must be coupled with a threat": what the deal proved, not what he asks), only
    through one of thinking ("said he believes Russia must withdraw") or one whose subject is
    someone ("said Moscow made clear that …")."""
    if trigger.pos_ in {"NOUN", "PROPN"} and not carried and clause.i not in {trigger.i, head.i} \
            and clause.pos_ == "VERB" and clause.lemma_.lower() not in JOINING_VERBS:
        return False
    token = clause
    while token.head.i not in {token.i, head.i}:
        if token.dep_ == "ccomp" and token.head.pos_ in {"VERB", "AUX"} and token.head.lemma_.lower() not in BELIEVING_VERBS \
                and _thing_as_subject(token.head):
            return False
        token = token.head
    return True


def desiring_verb(verb: Token) -> bool:
    """"want", "hope", "wish", "desire": a verb of a wish held, whose act is only wished for (the
    one test `framed_modality`, the extractor and `modality` read a wish by)."""
    return verb.lemma_.lower() in DESIRING_VERBS


def framed_modality(kind: Frame, head: Token) -> Modality:
    """The modality of the act a frame word `head` governs: what the frame says it is not
    (`FRAME_MODALITY`), except under a verb of desire ("wants to begin talks", "wants Russia to free
    them", "hopes to compel Iran"), where the act is only wished for: desired, neither announced
    (planned) nor asked aloud (demanded). The wish's own event, when voiced, is the intent or appeal."""
    if kind in {"intent", "appeal"} and desiring_verb(head):
        return "desired"
    return FRAME_MODALITY[kind]


def only_desired(head: Token, frame: Frame, code: str) -> bool:
    """Whether a frame word over an act of the subject's own says only that it is wanted or tried,
    which CAMEO codes as no intent: an attempt to do harm ("sought to block the resolution",
    "sought to surround Russia") is the act tried, no threat told to anyone; a wish or attempt
    coded only by the bare default ("wanted to delete commitments" 030) says nothing of what is
    offered. A specific intent ("wants to meet Putin", "seeks talks": 036, as CAMEO's own
    dictionary codes them) stays, and so does a wish to do harm said aloud ("wants to expel the
    diplomats"), which CAMEO codes as a threat."""
    lemma = head.lemma_.lower()
    if frame not in {"intent", "threat"} or lemma not in WISH_HEADS | ATTEMPT_HEADS:
        return False
    if head.dep_ in {"xcomp", "ccomp", "dobj", "pcomp"} and head.head.lemma_.lower() in DENYING_HEADS:
        return True  # "deny seeking to acquire nuclear weapons": the aim is denied (016), none announced
    if lemma in WISH_HEADS and _wish_untold(head):
        return True
    return code == FRAME_DEFAULT[frame] or (lemma in ATTEMPT_HEADS and (is_conflictual(code) or code.startswith("13")))


def _wish_untold(head: Token) -> bool:
    """"if the administration wants to go to war", "we wanted to send a second team": a wish only
    supposed, or told of as past, announces nothing to anyone (CAMEO's intent and threat are an
    offer, a promise, a warning); "wants to expel the diplomats" is said now, and stays, and so
    does a past that only follows the verb of saying it hangs on ("said he wanted to ban")."""
    supposed = any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in head.children)
    reported = head.dep_ == "ccomp" and head.head.lemma_.lower() in BELIEVING_VERBS
    return supposed or (head.tag_ in {"VBD", "VBN"} and not reported)


def _thing_as_subject(verb: Token) -> bool:
    """"the deal proved", "the report showed": a common noun naming no one as the verb's subject."""
    subject = own_subject(verb)
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_
