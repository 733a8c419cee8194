"""Nominal events: event nouns ("the visit", "air strikes", "a phone call with Putin") and their
CAMEO codes, the light verbs that carry them ("pay a visit", "hold talks"), and the nouns a verb asks
for, offers or refuses ("demanded a meeting")."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.cameo import APPEAL_ROOT
from newsevents.events.characterise import CRITICISM
from newsevents.events.framing import (
    NOUN_FRAME_PREPOSITIONS,
    NOUN_FRAMES,
    NOUN_FRAMES_WITH_FOR,
    asked_act_code,
    framed_code,
)
from newsevents.events.lexicon import (
    ANNOUNCING_VERBS,
    AUDIENCE_NOUNS,
    COLLECTIVE_NOUNS,
    CONVERSATION_NOUNS,
    LIGHT_VERB_FORMS,
    LIGHT_VERBS,
    METAPHORS,
    PLURAL_NOUNS,
    POLICY_NOUNS,
    PRESS_REQUEST_OBJECTS,
    QUANTITY_NOUNS,
    STATEMENT_NOUNS,
    STRIKE_VERBS,
    noun_code,
)
from newsevents.events.senses import AID_KINDS, AID_STOPPED, FORCE_ROOTS, joined_in_force
from newsevents.events.senses import tables as sense_tables
from newsevents.facts.agents import role_of
from newsevents.facts.countries import organisation_by_name
from newsevents.grammar import listed, objects_of, quantified, to_infinitive, verb_listed
from newsevents.lang.en.events import (
    EVENT_HOLDER_HEADS,
    FORCE_HALTING_VERBS,
    MILITARY_STRIKE_WORDS,
    PARTICIPATION_VERBS,
    SUPPORT_VERBS,
)

LABOUR_STRIKE = "143"
EASE_DISSENT = "082"  # a strike, protest or boycott its own makers halt (CAMEO: ease political dissent)
DISSENT_ROOT = "14"
# Nouns of amount and of a body of people: a verb's object hands over through either to what it
# is of, for the verb-object table ("lodged a barrage of complaints", "admitted a team of inspectors").
AMOUNTS_AND_BODIES = QUANTITY_NOUNS | COLLECTIVE_NOUNS
MILITARY_FORCE = "190"  # a strike aimed at a place or armed target: force, whose kind the noun leaves open
# Named things a military strike is aimed at ("strikes against Aleppo", "strikes on Kurds"), and
# after "on" also groups and people ("strikes on Hezbollah").
_STRUCK_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})
_STRUCK_BODIES = frozenset({"ORG", "PERSON"})
_WHEN = frozenset({"DATE", "TIME"})  # "a strike on Monday": a day, whoever strikes
AID_GIVEN_ROOT = "07"  # provide aid: what an aid noun names, unless a modifier says it is held back
CONTACT_CODE = "040"
# Roots an announcement enacts ("announced sanctions"): material acts, not talk, intent or visits.
# "hit X with sanctions": the verb's object is the target, the noun after "with" the event
# (the verbs are word_senses.txt's sanction_verbs, which senses.py reads for "with tariffs").
PENALTY_ROOTS = {"16", "17"}
ANNOUNCED_ROOTS = {f"{root:02d}" for root in range(6, 21)}
MANNER_PREPOSITIONS = frozenset({"in", "with", "by"})
RELATIVE_PRONOUNS = frozenset({"that", "which"})
AIMED_PREPOSITIONS = frozenset({"on", "against"})  # "sanctions on Iran", "strikes against ISIS"
# Violence other than fighting (19): assault and bombing (18), mass violence (20).
UNCONVENTIONAL_ROOTS = frozenset({"18", "20"})
# "participate", "join" (in X, or X as object); "take part" (in X): the verb, and the noun it needs.
_PARTICIPATING = frozenset(tuple(entry.split()) for entry in PARTICIPATION_VERBS)
_PARTICIPATING_VERBS = frozenset(entry[0] for entry in _PARTICIPATING)  # each entry's verb ("take" of "take part")


def _speaks_with_someone(word: Token) -> bool:
    """"with Xi", not "with reporters": a conversation partner who is no audience."""
    return any(partner.lemma_.lower() not in AUDIENCE_NOUNS and partner.lower_ not in AUDIENCE_NOUNS
               and (partner.pos_ == "PROPN" or role_of(partner.text) is not None or partner.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"})
               for partner in objects_of(word, {"with"}))


def named_before(noun: Token) -> Token | None:
    """"U.S. sanctions on Iran", "NATO airstrikes against the rebels": the proper name an event
    noun is compounded with when the noun names whom it is aimed at after "on" or "against" (the
    name is then the doer, not the one hit; "Iran sanctions" alone may be either)."""
    if noun.pos_ != "NOUN" or not objects_of(noun, AIMED_PREPOSITIONS):
        return None
    return next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def _violent_manner(verb: Token) -> Token | None:
    """"killed in a suicide bombing", "wounded in an air strike": an event noun after in/with/by
    that says how a violent act was done, more precisely than the verb ('kill' is 190). As the
    verb's subject ("a bomb attack killed two soldiers", "a gas attack killed dozens") only a
    bombing or mass violence counts: a kind other than fighting, which the verb's 19x would miss
    ("an air strike killed him" stays 190, fighting either way)."""
    for noun in objects_of(verb, MANNER_PREPOSITIONS):
        code = _noun_event_code(noun) if noun.pos_ == "NOUN" else None
        if code and code[:2] in FORCE_ROOTS and not code.endswith("0"):
            return noun
    # Kept beside senses._bombing_code (bomb words only): "suicide attack" 1831, "chemical attack" 2041.
    for noun in verb.children:
        code = _noun_event_code(noun) if noun.dep_ == "nsubj" and noun.pos_ == "NOUN" else None
        if code and code[:2] in UNCONVENTIONAL_ROOTS and not code.endswith("0"):
            return noun
    return None


def _framed_noun(verb: Token) -> tuple[Token, str] | None:
    """"demanded a meeting" (106), "called for talks" (026), "offered aid" (033), "threatened
    sanctions" (1312), "rejected the accord" (127): an event noun that the verb asks for, offers,
    refuses or threatens, with CAMEO's code for the whole."""
    kind = NOUN_FRAMES.get(verb.lemma_)
    if kind is None:
        return None
    after = "for" if verb.lemma_ in NOUN_FRAMES_WITH_FOR else NOUN_FRAME_PREPOSITIONS.get(verb.lemma_)
    if verb.lemma_ in NOUN_FRAME_PREPOSITIONS and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "committed 5,000 troops to the offensive": troops sent to it, no intent to hold it
    nouns = [c for c in verb.children if c.dep_ == "dobj" and after is None]
    if after == "to":  # "agreed to talks with Iran", the noun parsed as an infinitive
        nouns.extend(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "NOUN" and to_infinitive(c))
    if after is not None:
        nouns.extend(objects_of(verb, {after}))
    for noun in nouns:
        if noun.pos_ != "NOUN" or _performed(verb, noun):
            continue  # "offered an apology": the apology is made, no intent to make one
        code = _noun_event_code(noun)
        if code is not None:
            return noun, framed_code(kind, asked_act_code(kind, code, noun))  # "demanded his resignation": 1041
    return None


def _statement_of(verb: Token) -> Token | None:
    """The statement a participle speaks through: "a statement condemning", "a letter urging"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in STATEMENT_NOUNS:
        return verb.head
    return None


def _metaphor(verb: Token, obj: Token | None, particle: str) -> str | None:
    """"attacked the Iran deal" 111, "killed the bill" 120: a violent verb whose object is a plan,
    a law or a statement."""
    code = METAPHORS.get(f"{verb.lemma_.lower()} {particle}") or METAPHORS.get(verb.lemma_.lower())
    if code is None:
        return None
    return code if obj is not None and listed(obj, POLICY_NOUNS) else None


def _circumstance_of(noun: Token) -> Token | None:
    """The verb whose circumstance a noun names: "said after talks with X", "spoke at the end of a
    meeting with X" (the noun inside its prepositional phrases, not its object)."""
    token = noun
    for _ in range(4):
        if token.dep_ not in {"pobj", "prep"}:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def held_event(noun: Token) -> Token | None:
    """"mediation efforts", "its bombing campaign", "Qatar's mediation role": the event noun
    compounded before a noun that only holds its event (the effort is the mediation)."""
    if noun.lemma_.lower() not in EVENT_HOLDER_HEADS:
        return None
    return next((m for m in reversed(list(noun.lefts)) if m.dep_ == "compound" and m.pos_ == "NOUN"
                 and noun_code(m.lemma_) is not None), None)


def _object_noun(obj: Token) -> str:
    """An object's lemma, hyphenated compounds joined ("cease - fire" → "cease-fire")."""
    obj = quantified(obj, AMOUNTS_AND_BODIES)  # "a barrage of criticism", "a team of inspectors"
    held = held_event(obj)
    if held is not None:
        obj = held  # "suspended its mediation efforts": the mediation
    # the lemmatizer makes "arms" "arm": a plural that names something else keeps its form
    words = [obj.lower_ if obj.lower_ in PLURAL_NOUNS else obj.lemma_.lower()]
    index = obj.i - 1
    while index >= 1 and obj.doc[index].text == "-" and obj.doc[index - 1].dep_ == "compound":
        words.insert(0, obj.doc[index - 1].lower_ + "-")
        index -= 2
    return "".join(words)


def _on_a_named_person(noun: Token) -> bool:
    """"attacks on Macron": the attack's object is a person named."""
    return any(g.ent_type_ == "PERSON" for g in objects_of(noun, {"on", "against"}))


def _violent_modifier(noun: Token) -> bool:
    """"a knife attack on Rushdie", "a deadly attack on": a modifier says it was force."""
    return any(c.dep_ in {"compound", "amod"} and noun_code(f"{c.lower_} attack") not in {None, CRITICISM} for c in noun.lefts) or any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in sense_tables()["violent_modifiers"] for c in noun.lefts)


def _asks_the_press(noun: Token) -> bool:
    """"a request for comment", "requests for an interview": what reporters ask for."""
    return any(g.lower_ in PRESS_REQUEST_OBJECTS for g in objects_of(noun, {"for"}))


def _modifier_phrase(modifier: Token) -> str:
    """A modifier with its own modifiers: "chemical weapons" in "a chemical weapons attack"."""
    return " ".join([*(c.lower_ for c in modifier.lefts if c.dep_ in {"compound", "amod"}), modifier.lower_])


def _noun_event_code(noun: Token) -> str | None:
    """An event noun's code, its modifier first ("hunger strike", "air strikes"); an attack on a
    plan or a statement is criticism ("his attack on the Russia probe")."""
    if noun.lemma_.lower() in {"attack", "assault"} and any(
            g.lemma_.lower() in POLICY_NOUNS for g in objects_of(noun, {"on", "against"})):
        return CRITICISM
    if noun.lemma_.lower() == "attack" and _on_a_named_person(noun) and not _violent_modifier(noun):
        return CRITICISM  # "the party's attacks on Macron": words against a politician; force on one is "an attempt on his life"
    if noun.lemma_.lower() in CONVERSATION_NOUNS and _speaks_with_someone(noun):
        return CONTACT_CODE  # "a phone call with Putin", "a conversation with Abe"
    modifiers = [c for c in noun.lefts if c.dep_ in {"compound", "amod"}]
    named = [f"{words} {noun.lemma_}" for m in reversed(modifiers) for words in (_modifier_phrase(m), m.lower_)]
    code = next((noun_code(name) for name in named if noun_code(name)), None)
    code = code or noun_code(noun.lemma_) or noun_code(noun.text)
    if code is None and (held := held_event(noun)) is not None:
        code = noun_code(held.lemma_)  # "mediation efforts", "its bombing campaign"
    if code is not None and code.startswith(AID_GIVEN_ROOT) and _stopped(noun):
        return _stopped_aid_code(noun)  # "Trump's withholding military aid": aid stopped (1622), none given
    if code is not None and code.startswith(APPEAL_ROOT) and _asks_the_press(noun):
        return None  # "a request for comment": a reporter's routine question, no appeal
    if code is None and noun.lemma_ == "strike" and _military_strike(noun):
        return MILITARY_FORCE  # "strikes on Gaza", "the army halted its strikes": force, not labour
    if code is None and noun.lemma_ == "strike":  # "went on strike", "staged a strike": labour
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else noun.head if noun.dep_ == "dobj" else None
        if verb is not None and (verb.lemma_ in STRIKE_VERBS or verb.lower_ in {"went", "gone", "staged"}):
            code = LABOUR_STRIKE
    return code


def _military_strike(noun: Token) -> bool:
    """"strikes on Hezbollah positions", "a strike against Raqqa", "the army suspended its
    strikes": a strike aimed at a place, a people, a named group or an armed target, or one a
    state's armed force makes, is force. A labour strike is "on" a day or "against" an employer
    or a policy, and is made by workers."""
    aimed = MILITARY_STRIKE_WORDS["aimed"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS):
        for aim in (g for g in prep.children if g.dep_ == "pobj"):
            if aim.lemma_.lower() in aimed or aim.ent_type_ in _STRUCK_PLACES or _armed_group(aim) \
                    or (prep.lower_ == "on" and aim.ent_type_ not in _WHEN and (aim.ent_type_ in _STRUCK_BODIES or aim.pos_ == "PROPN")):
                return True  # "against" an employer (an ORG) is a labour strike's; "on Monday" its day
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    if verb is None or not any(c.dep_ == "poss" for c in noun.children):
        return False
    return any(c.dep_ == "nsubj" and (c.ent_type_ == "GPE" or c.lemma_.lower() in MILITARY_STRIKE_WORDS["striker"])
               for c in verb.children)  # "Israel halted its strikes": a state's own


def _armed_group(name: Token) -> bool:
    """"against ISIS", "against al-Shabaab": a name the organisations table codes as an armed
    group (military_strike_words.txt's 'armed' roles), at whom a strike is force, not labour's."""
    if name.ent_type_ != "ORG":
        return False
    span = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    found = organisation_by_name(span.text) if span is not None else None
    if found is None:
        return False
    parts = {found.code[i:i + 3] for i in range(0, len(found.code), 3)}
    return bool(parts & MILITARY_STRIKE_WORDS["armed"])


def halted_force(verb: Token) -> Token | None:
    """"halted its airstrikes", "suspended the bombing of Aleppo", "the shelling was paused": the
    act of force a verb halts (its object, or its subject when passive), which is then no use of
    force but its de-escalation (087). "stop" and "end" halt only the subject's own ("stopped its
    attacks"; "police stopped an attack" foiled another's); none halts a force a name owns
    ("sanctions may not halt Russia's attack")."""
    lemma = verb.lemma_.lower()
    own = lemma in FORCE_HALTING_VERBS["own"]
    if verb.pos_ != "VERB" or not (own or lemma in FORCE_HALTING_VERBS["any"]):
        return None
    for noun in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"):
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if any(o.pos_ != "PRON" for o in owners):
            continue  # "the embargo may not halt Russia's attack": another's force, not given up by its user
        if own and (noun.dep_ != "dobj" or not owners):
            continue
        if (_noun_event_code(noun) or "")[:2] in FORCE_ROOTS or _armed_operation(noun):
            return noun
    return None


def _armed_operation(noun: Token) -> bool:
    """"its military operation", "the air campaign": a noun that holds force when a modifier says
    it is armed (force_halting_verbs.txt's 'held' nouns and 'armed' modifiers)."""
    return noun.lemma_.lower() in FORCE_HALTING_VERBS["held"] and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in FORCE_HALTING_VERBS["armed"] for c in noun.lefts)


def halted_dissent(verb: Token) -> Token | None:
    """"the union suspended their strike", "the farmers paused their protest": a strike, protest or
    boycott halted by those who make it (a possessive pronoun says it is theirs) eases dissent
    (082); no sanction is imposed. "Police halted the march" is no easing: someone else's act."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in FORCE_HALTING_VERBS["own"] or lemma in FORCE_HALTING_VERBS["any"]):
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            continue
        if noun.lemma_.lower() == "strike" and not _military_strike(noun) \
                or (_noun_event_code(noun) or "").startswith(DISSENT_ROOT):
            return noun
    return None


def _stopped(noun: Token) -> bool:
    """"withholding military aid", "the frozen aid": a modifier says the aid is held back."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in sense_tables()["stopped_aid_modifiers"] for c in noun.lefts)


def _stopped_aid_code(noun: Token) -> str:
    """CAMEO's code for aid reduced or stopped, by the kind a modifier tells: economic 1621,
    military 1622, humanitarian 1623, else 162."""
    modifiers = {c.lower_ for c in noun.lefts if c.dep_ in {"amod", "compound"}}
    return AID_STOPPED + next((digit for digit, kind in AID_KINDS.items() if modifiers & sense_tables()[kind]), "")


def penalty_with(verb: Token) -> Token | None:
    """"hit Russia with sanctions", "slapped China with tariffs": the penalty noun a verb carries
    (the verb is no blow or slap of its own)."""
    if verb.lemma_.lower() not in sense_tables()["sanction_verbs"]:
        return None
    return next((g for g in objects_of(verb, {"with"}) if (_noun_event_code(g) or "")[:2] in PENALTY_ROOTS), None)


def _performed(verb: Token, noun: Token) -> bool:
    """"offered an apology", "extended his condolences": an act done by handing over its noun."""
    return noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_.lower() in SUPPORT_VERBS["performing_verbs"] \
        and noun.lemma_.lower() in SUPPORT_VERBS["performed_nouns"]


def is_light(verb: Token) -> bool:
    """A verb that hands its event to its object noun: "hold talks", "stepped up airstrikes",
    "offered an apology"."""
    return verb_listed(verb, LIGHT_VERBS) or verb.lower_ in LIGHT_VERB_FORMS or any(_performed(verb, c) for c in verb.children)


def relativized_noun(verb: Token) -> Token | None:
    """"the sanctions (that) Washington imposed", "the deal which was signed": the noun a relative
    clause tells of when that noun is the clause verb's object (a relative pronoun or a gap where its
    object would be), not its doer ("the visit that angered China")."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return None
    acted_on = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if acted_on:
        return verb.head if all(c.lower_ in RELATIVE_PRONOUNS for c in acted_on) else None
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    gap = bool(doers) and doers[0].lower_ not in RELATIVE_PRONOUNS and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    return verb.head if gap else None


def light_verb(noun: Token) -> Token | None:
    """"pay a visit", "hold talks", "arrived on an official visit" (not "recalled for consultations"),
    "took part in the strikes"."""
    participating = participation_verb(noun)
    if participating is not None:
        return participating  # "joined the offensive": its subject is one of the offensive's doers
    if noun.dep_ in {"dobj", "nsubjpass"} and is_light(noun.head):
        return noun.head  # "sanctions were imposed"
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if is_light(clause) and relativized_noun(clause) is not None:
            return clause  # "the sanctions (that) Washington imposed on Moscow": Washington imposes them
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_ in ANNOUNCING_VERBS \
            and (_noun_event_code(noun) or "")[:2] in ANNOUNCED_ROOTS:
        return noun.head  # "announced a suspension of flights": the announcer suspends them
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.pos_ == "VERB" \
            and not any(c.dep_ == "dobj" for c in noun.head.head.children):
        return noun.head.head  # "went on strike", not "lavished praise on her refusal": that verb acts on its object
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in sense_tables()["sanction_verbs"] \
            and (_noun_event_code(noun) or "")[:2] in PENALTY_ROOTS:
        return noun.head.head  # "hit Russia with sanctions", "slapped China with tariffs"
    return None


def _participating(verb: Token) -> bool:
    """"participated", "joined", "took part": a verb of taking part (with the noun it needs)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _PARTICIPATING_VERBS:
        return False  # the cheap test first: no entry has this verb, alone or with an object
    return (lemma,) in _PARTICIPATING or any(
        c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in _PARTICIPATING for c in verb.children)


def _taking_part_holders(verb: Token) -> list[Token]:
    """Where a verb of taking part hangs what is taken part in: the verb, and its noun ("part" of
    "took part"); none for another verb or for a partner joined ("join the US in airstrikes": 062,
    `senses.joined_in_force`)."""
    if not _participating(verb) or joined_in_force(verb):
        return []
    return [verb, *(c for c in verb.children if c.dep_ == "dobj" and (verb.lemma_.lower(), c.lemma_.lower()) in _PARTICIPATING)]


def takes_part(verb: Token) -> bool:
    """"took part in …", "participated in …", "joined in …": a verb of taking part with the "in"
    phrase naming what is taken part in (on the verb or on its noun: "part in the talks")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" for h in _taking_part_holders(verb) for c in h.children)


def participated_in(verb: Token) -> Token | None:
    """The event noun a verb of taking part names: "took part in the strikes", "joined the
    offensive" (a one-word verb's object); None when it names none (or no noun)."""
    holders = _taking_part_holders(verb)
    if not holders:
        return None
    for noun in (g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
        if noun.pos_ == "NOUN" and _noun_event_code(noun):
            return noun
    if (verb.lemma_.lower(),) in _PARTICIPATING:
        return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and _noun_event_code(c)), None)
    return None


def participation_verb(noun: Token) -> Token | None:
    """The verb by which its subject takes part in an event noun ("Canada took part in the air
    strikes", "joined the offensive"): the noun's light verb; the subject is one of its doers."""
    candidates = [noun.head.head, noun.head.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        else [noun.head] if noun.dep_ == "dobj" else []
    return next((verb for verb in candidates if verb.pos_ in {"VERB", "AUX"} and (found := participated_in(verb)) is not None
                 and found.i == noun.i), None)
