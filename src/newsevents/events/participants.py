"""Who takes part in an event: its sources (subjects through control, passives, coordination,
possessors and "by"), its target (object or prepositional object) and its place, read from the
document's mentions and places (`Context`)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeGuard

from spacy.tokens import Span, Token

from newsevents.events.cameo import (
    APPEAL_ROOT,
    COERCE_ROOT,
    CONTACT_ROOT,
    DEMAND_ROOT,
    DISAPPROVE_ROOT,
    INTENT_ROOT,
    INVESTIGATE_ROOT,
    MOBILIZE_ROOT,
    REJECT_ROOT,
    STATEMENT_ROOT,
    THREAT_ROOT,
    VISIT,
)
from newsevents.events.framing import BELIEVING_VERBS, is_conflictual
from newsevents.events.lexicon import verb_code
from newsevents.events.nominal import (
    _circumstance_of,
    _framed_noun,
    _noun_event_code,
    _statement_of,
    is_light,
    light_verb,
)
from newsevents.facts.agents import HOME_ROLES, ROLE_CODES, role_of
from newsevents.facts.countries import (
    SEAT_CITIES,
    Country,
    country_actor,
    country_by_demonym,
    country_by_iso3,
    country_by_name,
    demonym_country,
)
from newsevents.grammar import (
    MentionIndex,
    agents_of,
    first_conjunct,
    listed,
    objects_of,
    purpose_infinitive,
    quotations,
    quote_of,
    to_infinitive,
    with_conjuncts,
)
from newsevents.grammar import subjects as subjects_of
from newsevents.lang import words
from newsevents.lang.en.actors import STANCE_PREFIXES
from newsevents.lang.en.events import (
    AFFILIATION_WORDS,
    ALLOWING_VERBS,
    ANSWERING_VERBS,
    ASKED_PARTY_NOUNS,
    ASKING_OCCASION_PREPOSITIONS,
    AUDIENCE_NOUNS,
    BETWEEN_NOUNS,
    BORDER_NOUNS,
    CIVIC_BODY_NOUNS,
    CONTACT_STATE_NOUNS,
    CONVERSATION_NOUNS,
    CONVEYING_VERBS,
    CURRENCY_NOUNS,
    DIRECTION_WORDS,
    DISCUSSING_HEADS,
    DOER_OF_NOUNS,
    EXAMPLE_PREPOSITIONS,
    FACTION_NOUNS,
    FEELING_VERBS,
    FOLLOWER_NOUNS,
    FRAME_VERBS,
    GRANTING_VERBS,
    GROUP_ANAPHOR_HEADS,
    HELPING_VERBS,
    HOME_NOUNS,
    INFORMING_VERBS,
    MEMBERSHIP_NOUNS,
    NAMING_VERBS,
    OBJECT_CONTROL_VERBS,
    OBJECT_TAKING_VERBS,
    OFFICE_SUCCESSION_NOUNS,
    PLACE_PREPOSITIONS,
    POLICY_NOUNS,
    PREVENTING_VERBS,
    PROPOSAL_NOUNS,
    PROTECTING_VERBS,
    PURPOSE_SIDES,
    QUANTITY_NOUNS,
    RECEIVING_NOUNS,
    REFERRING_PRONOUNS,
    RELATION_NOUNS,
    SANCTION_OBJECTS,
    SHARING_VERBS,
    STANCE_VERBS,
    TAKING_PART_NOUNS,
    TARGET_PREPOSITIONS,
    TOPIC_PREPOSITIONS,
    TRADED_GOODS_NOUNS,
    UNDERGOING_VERBS,
    UNDERGONE_NOUNS,
    WHEREABOUTS_VERBS,
    WORD_SENSES,
)
from newsevents.model import Actor, Mention, ParsedDocument, Place

# Roots whose event nouns take their doer after "of" ("the visit of the Chinese president", "talks
# of the two leaders"); for the others "of" names whom the act is aimed at.
SUBJECTIVE_OF_ROOTS = {"03", "04", "05", "06", "07", "14"}
# Messages sent to someone: "appealed in a letter to X", "pledged in a message to X" name the
# recipient on the message, not on the verb (an interview or speech is addressed to an audience).
ADDRESSED_MESSAGES = {"letter", "message", "note", "telegram", "cable", "memo", "memorandum", "call", "phone"}
MEDIUM_PREPOSITIONS = {"in", "through", "via"}
CONFLICT_FROM = "10"  # CAMEO roots 01-09 cooperate, 10-20 conflict
MEETING_ROOTS = {"03", "04"}  # intent to meet or cooperate, and consultation
MEDIATION = "045"  # CAMEO 045: mediate
MEET_INTENT = "036"  # CAMEO 036: express intent to meet or negotiate
# An intent or threat verb whose act follows as a gerund: "commit to sending", "plan on attacking".
GERUND_PREPOSITIONS = {"to", "on"}
# An inquiry into an open question: "investigated whether Russia interfered", "an inquiry into how …".
INQUIRY_WORDS = {"whether", "if", "how", "why"}
INQUIRY_PREPOSITIONS = {"into", "of"}
# After these a country says where a thing is, not whose: as a subject's, it names a doer only
# for people ("students throughout Indonesia"), not for a thing or an act ("protests across Iraq
# turned violent").
WHERE_PREPOSITIONS = {"in", "throughout", "across"}
# Bodies of a state: "the group" told again is never one of them.
STATE_ROLES = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG"}
GROUP_ANAPHOR_REACH = 600  # characters back: about the sentence and the one or two before it
# Acts done in words (statements, appeals, intents, meetings, approval, demands, disapproval,
# rejection, threats): "attacked Pelosi on Twitter", "lashed out on Fox News at the Fed" name the
# medium they are made on, never whom they aim at (a force or a ban on Twitter acts on the firm).
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}
MEDIUM_OF_WORDS = {"on", "in", "via", "through", "during", "over"}
# Acts of judging another's act ("condemned the attack on X", "praised the strike on Y"): whom
# that act struck is not whom the judgement is aimed at; the act's doer is.
JUDGING_ROOTS = {"05", "11"}
# Roots whose "for" phrase on the verb says why ("arrested X for spying", "praised X for …").
REASONED_ROOTS = JUDGING_ROOTS | {"09", "16", "17"}
HOSTILE_FROM = "13"  # CAMEO roots 13-20: threats, protests, force postures, sanctions, coercion, force
FORCE_ROOTS = {"18", "19", "20"}  # CAMEO roots of force: assault, fight, mass violence
# Words that open a condition: who acts inside it is supposed, and does not act outside it.
CONDITION_MARKS = {"if", "unless"}
PERSON_NAME_REACH = 2000  # characters back: a surname told again refers to someone named a few paragraphs up


@dataclass
class Context:
    """What the events stage knows of one document while it reads it."""

    parsed: ParsedDocument
    index: MentionIndex
    places: dict[tuple[int, int], Place]
    # The place spans by start, with the furthest end reached so far, for a lookup by bisection
    # (a scan of every place per word made long documents quadratic).
    _spans: list[tuple[int, int, int, Place]] = field(init=False, repr=False)  # (start, order, end, place)
    _starts: list[int] = field(init=False, repr=False)
    _reach: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._spans = sorted((start, order, end, place) for order, ((start, end), place) in enumerate(self.places.items()))
        self._starts = [span[0] for span in self._spans]
        self._reach = list(itertools.accumulate((span[2] for span in self._spans), max))

    def mention(self, token: Token) -> Mention | None:
        return self.index.at(token)

    def place(self, token: Token) -> Place | None:
        """The place whose span holds the token (the first listed, if several do)."""
        position = self.index.offset + token.idx
        found: tuple[int, Place] | None = None
        i = bisect.bisect_right(self._starts, position) - 1
        while i >= 0 and self._reach[i] > position:
            start, order, end, place = self._spans[i]
            if position < end and (found is None or order < found[0]):
                found = (order, place)
            i -= 1
        return found[1] if found is not None else None


def country_actor_of(place: Place) -> Actor | None:
    """The country a place stands for as an actor ("a visit to Moscow" is hosted by Russia)."""
    country = country_by_name(place.country) if place.country else None  # accepts ISO-3 codes
    return country_actor(country) if country else None


def _named_country(token: Token, context: Context) -> Actor | None:
    """The country a word names as such ("in Guinea"), not one a city stands for ("in Brussels")."""
    mention = context.mention(token)
    if mention is not None and mention.actor.kind == "country" and mention.actor.country:
        return mention.actor
    place = context.place(token)
    if place is not None and place.feature == "country":
        return country_actor_of(place)
    return None


# Where a noun phrase's head stands in its clause, when it may be what a pronoun stands for.
_PHRASE_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "pobj", "attr", "appos", "conj", "ROOT"}


def clause_of(token: Token) -> Token | None:
    """The verb whose clause holds a word ("condemned them", "sanctions against them")."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return None


def _agrees(word: Token, kind: str, context: Context) -> bool:
    """Whether a noun phrase's head (or a pronoun) can be what a pronoun of this kind stands for: a
    person for "him"/"her"; one singular body or thing for "it"; several ("the mayors", "Pelosi
    and her colleagues") for "them"."""
    if word.pos_ == "PRON":
        return REFERRING_PRONOUNS.get(word.lower_) == kind
    mention = context.mention(word)
    if kind == "person":
        return (mention is not None and mention.actor.kind == "person") or (mention is None and word.ent_type_ == "PERSON")
    several = word.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in word.children)
    if kind == "plural":
        return several
    return not several and word.dep_ != "conj" and not (mention is not None and mention.actor.kind == "person")


def _quote_reach(pronoun: Token) -> Callable[[Token], bool]:
    """Which words a pronoun may stand for by where they sit: inside a quotation, words of the same
    quotation ("“Nobody will stop him,” Smith said of Jones": not Smith); outside, words outside
    quotations (whom a speaker names in their own words is not the narrative's "him")."""
    quotes = quotations(pronoun.doc)
    own = quote_of(pronoun, quotes)
    return lambda word: quote_of(word, quotes) == own


def _antecedent(pronoun: Token, context: Context) -> Actor | None:
    """Whom a third-person object or possessive pronoun no earlier step resolved stands for, in its
    own sentence, never its own clause's subject ("Israel cannot invade it": not Israel):
    - "him", "her": the nearest person before it named as a subject (or a pronoun the actors step
      resolved): "Nadler said he would not subpoena Whitaker, but … for him" is Nadler;
    - "it": the nearest singular noun phrase, when it is a subject and a body; after an object or
      a place named last ("the US struck Syria and Russia condemned it") it stands for a thing or
      an act and names no one;
    - "them": the nearest plural noun phrase ("drew groans from Democrats when he accused them"),
      when it is an actor ("sanctions … condemned them" names no one).
    The phrase must name an actor itself, not through a word inside it ("the pace of Syrian refugee
    admissions … prevents it" is not Syria). An unresolved pronoun of the same kind on the way means
    we cannot tell, and so do two persons before "him"/"her" ("Soleimani said Trump … her father"):
    the events step does not know their genders. Only words in the pronoun's reach count (inside
    or outside quotations: `_quote_reach`)."""
    kind = REFERRING_PRONOUNS.get(pronoun.lower_)
    if kind is None or pronoun.tag_ not in {"PRP", "PRP$"} or context.mention(pronoun) is not None \
            or pronoun.dep_ in {"nsubj", "nsubjpass"}:
        return None  # a subject pronoun is the actors step's to resolve
    clause = clause_of(pronoun)
    own = subjects_of(clause, context.index) if clause is not None else []
    own_keys = {m.actor.key for m in (context.mention(t) for t in own) if m is not None}
    if kind == "person":
        before = pronoun.doc[pronoun.sent.start:pronoun.i]
        persons = {m.actor.key for m in (context.mention(t) for t in before) if m is not None and m.actor.kind == "person"}
        if len(persons - own_keys) > 1:
            return None
    parallel = _parallel_object(pronoun, kind, context)
    if parallel is not None:
        return parallel
    reach = _quote_reach(pronoun)
    for word in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if word.pos_ not in {"NOUN", "PROPN", "PRON"} or word.dep_ not in _PHRASE_DEPS or word in own or not reach(word):
            continue
        mention = context.mention(word)
        if mention is not None and mention.actor.key in own_keys:
            continue
        subject = word.dep_ in {"nsubj", "nsubjpass"}
        if word.pos_ == "PRON":
            if not _agrees(word, kind, context):
                continue
            if mention is None:
                return None  # "she told the president what it meant to her": her is "she", whoever she is
            return mention.actor if mention.actor.code else None
        if kind == "thing" and word.tag_ in {"NN", "NNP"} and not subject:
            return None  # an object or a place named last: "it" is more likely a thing or an act
        if not _agrees(word, kind, context) or (kind == "person" and not subject):
            continue
        if mention is None and kind == "plural" and word.dep_ == "conj":
            # "Pelosi and her colleagues … blasting them": the coordination, led by its first actor
            first = actor_at(first_conjunct(word), context)
            return first if first is not None and first.code else None
        if mention is None and context.place(word) is None:
            return None
        actor = actor_at(word, context)
        return actor if actor is not None and actor.code else None
    return None


def _binds_own_subject(pronoun: Token, actor: Actor, context: Context) -> bool:
    """An object pronoun ("him", "them", not "himself") taken for its own verb's subject: it
    cannot be ("Obama urged him to show restraint" is not Obama urging Obama)."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ != "dobj" or REFERRING_PRONOUNS.get(pronoun.lower_) not in {"person", "plural"}:
        return False
    subjects = [context.mention(t) for t in subjects_of(pronoun.head, context.index)]
    return any(m is not None and m.actor.key == actor.key for m in subjects)


def _parallel_object(pronoun: Token, kind: str, context: Context) -> Actor | None:
    """"wished Rood well and thanked him", "met Putin and praised him": the object pronoun of a verb
    coordinated with one before it stands for that verb's object, when that one object agrees and
    is a coded actor."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.pos_ != "VERB" \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # "Trump met Putin and Xi praised him": a clause of its own
    objects = [o for c in verb.head.children if c.dep_ == "dobj" for o in with_conjuncts(c)]
    if len(objects) != 1 or not _agrees(objects[0], kind, context):
        return None
    mention = context.mention(objects[0])
    return mention.actor if mention is not None and mention.actor.code else None


def _bound_to_subject(possessive: Token, context: Context) -> bool:
    """"Russia recalled its ambassador": a possessive that can stand for its clause's subject does
    ("Parliament rejected her plan" cannot: "her" is someone else)."""
    clause = clause_of(possessive)
    kind = REFERRING_PRONOUNS.get(possessive.lower_)
    if clause is None or kind is None:
        return True
    subjects = subjects_of(clause, context.index)
    return not subjects or any(_agrees(t, kind, context) or (t.pos_ == "PRON" and t.lower_ not in REFERRING_PRONOUNS)
                               for t in subjects)


def _shared_object(verb: Token, context: Context) -> Actor | None:
    """"cannot attack or invade it", "arming and aiding the rebels": a verb with nothing after it
    shares the object of the verb coordinated right after it ("called for a strike and urged
    people" does not: "for a strike" is its own)."""
    doc = verb.doc
    if any(c.dep_ not in {"aux", "auxpass", "neg", "nsubj", "nsubjpass", "advmod", "mark", "cc", "conj", "punct"} for c in verb.children):
        return None
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc":
        return None
    conjunct = doc[verb.i + 2]
    if conjunct.head.i != verb.i or conjunct.dep_ != "conj" or conjunct.pos_ != "VERB" \
            or any(g.dep_ in {"nsubj", "nsubjpass"} for g in conjunct.children):
        return None
    for obj in (g for g in conjunct.children if g.dep_ == "dobj"):
        actor = _object_actor(obj, context)
        if actor is not None and actor.code:
            return actor
    return None


def _pronoun_owned(noun: Token, context: Context) -> bool:
    """"her Brexit deal": a thing a pronoun no earlier step resolved says is someone's."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" and context.mention(c) is None for c in noun.children)


def _nearer_person(pronoun: Token, actor: Actor, context: Context) -> Actor | None:
    """"In announcing Baghdadi's death, Trump described him as …, but McKenzie said": an object
    "him"/"her" the actors step resolved to someone its own sentence does not name before it,
    when that sentence names exactly one other person before it (not its clause's subject): the
    nearer one is whom it stands for (None when that one has no code); with none, one it names
    only after the pronoun is not whom it stands for (None)."""
    if pronoun.tag_ != "PRP" or REFERRING_PRONOUNS.get(pronoun.lower_) != "person" or actor.kind != "person":
        return actor
    clause = clause_of(pronoun)
    own = {m.actor.key for t in (subjects_of(clause, context.index) if clause is not None else [])
           if (m := context.mention(t)) is not None}
    def persons(tokens: Span) -> list[Actor]:
        return [m.actor for t in tokens if t.pos_ == "PROPN" and (m := context.mention(t)) is not None and m.actor.kind == "person"]

    before = persons(pronoun.doc[pronoun.sent.start:pronoun.i])
    if any(a.key == actor.key for a in before):
        return actor
    others = {a.key: a for a in before if a.key not in own}
    if len(others) == 1:
        nearer = next(iter(others.values()))
        return nearer if nearer.code else None
    if any(a.key == actor.key for a in persons(pronoun.doc[pronoun.i + 1:pronoun.sent.end])):
        return None  # "described him as …, but McKenzie said": one named only after it is not whom it stands for
    return actor


def _object_actor(token: Token, context: Context) -> Actor | None:
    """The actor an object names, or the one an object pronoun stands for ("blasted them"), or
    the doer's own country named as "the nation"; none for others named by their relation to one
    (`_named_by_relation`)."""
    if _named_by_relation(token):
        return None
    actor = actor_at(token, context)
    if actor is not None and context.mention(token) is not None:
        actor = _nearer_person(token, actor, context)
    if actor is not None and _binds_own_subject(token, actor, context):
        # "Obama called Netanyahu and urged him": "him" is not Obama; the verb before says whom
        actor = _parallel_object(token, REFERRING_PRONOUNS[token.lower_], context)
    if actor is None and token.tag_ == "PRP" and not _unknown_person(token):
        actor = _antecedent(token, context)
    if actor is None:
        actor = _home_nation(token, context) or _people_from(token, context) or _group_told_again(token, context) \
            or _office_holder(token, context)
    return actor


def _named_by_relation(noun: Token) -> bool:
    """"accused the enemies of Iran", "met allies of the president": others named by their relation
    to the one after "of" are not that one, as "Iran's enemies" are not Iran (`_modifier_actor`);
    not with another noun joined to it ("talks with allies and members of Congress": the parse
    hangs the later one's "of" on the first)."""
    return noun.pos_ == "NOUN" and noun.lower_ in RELATION_NOUNS \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
        and not any(c.dep_ == "conj" and c.lower_ not in RELATION_NOUNS for c in noun.children)


def _office_holder(noun: Token, context: Context) -> Actor | None:
    """"Trump blamed his predecessors", "Obama's criticism of his predecessor": one named only as
    whoever held (or holds after) the office of a coded official is of that official's country and
    office, a former holder an elite (ELI, as CAMEO codes a former official): another actor than
    the owner, whose own act may be aimed at them."""
    when = OFFICE_SUCCESSION_NOUNS.get(noun.lemma_.lower())
    if when is None or noun.pos_ != "NOUN" or context.mention(noun) is not None:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner = _owner_actor(owners[0], context)
    if owner is None or owner.kind != "person" or owner.role not in ROLE_CODES or not owner.country:
        return None
    role = "ELI" if when == "before" else owner.role
    return Actor(f"{owner.name}'s {noun.text}", "group" if noun.tag_ == "NNS" else "person", owner.country, role)


def _owner_actor(possessive: Token, context: Context) -> Actor | None:
    """Whom a possessive stands for: a name, a pronoun the actors step resolved, a possessive
    pronoun that is its clause's own subject's ("Trump blamed his predecessors") or, inside the
    object of a noun, that noun's owner's ("Obama's criticism of his predecessor"), or one an
    earlier noun phrase of its sentence stands for."""
    mention = context.mention(possessive)
    if mention is not None:
        return mention.actor if mention.actor.code else None
    if possessive.tag_ != "PRP$":
        return None
    phrase = possessive.head
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ == "NOUN":
        holders = [c for c in phrase.head.head.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
        named = context.mention(holders[0]) if len(holders) == 1 else None
        if named is not None:
            return named.actor if named.actor.code else None
    clause = clause_of(possessive)
    kind = REFERRING_PRONOUNS.get(possessive.lower_)
    if clause is not None and kind is not None:
        subjects = [context.mention(t) for t in subjects_of(clause, context.index) if _agrees(t, kind, context)]
        found = {m.actor.key: m.actor for m in subjects if m is not None and m.actor.code}
        if len(found) == 1:
            return next(iter(found.values()))
    return _antecedent(possessive, context)


def _group_told_again(noun: Token, context: Context) -> Actor | None:
    """"a crackdown on the Islamist group", "a warning to the extremist group": "the group" with no
    name of its own is the named group, party or organisation (no body of a state) told just before
    it, when only one such is named there (with two, we cannot tell which)."""
    if noun.lemma_.lower() not in GROUP_ANAPHOR_HEADS or context.mention(noun) is not None \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ not in {"det", "amod", "compound"} for c in noun.lefts):
        return None
    position = context.index.offset + noun.idx
    found: dict[str, Actor] = {}
    for mention in context.index.mentions:
        if mention.start >= position:
            break
        actor = mention.actor
        if mention.start < position - GROUP_ANAPHOR_REACH or actor.kind not in {"group", "organisation"}:
            continue
        if actor.code and actor.name[:1].isupper() and actor.role not in STATE_ROLES:
            found.setdefault(actor.code, actor)
    return next(iter(found.values())) if len(found) == 1 else None


def _people_from(head: Token, context: Context) -> Actor | None:
    """"a travel ban on those who had been in China": people no mention names, whom a relative
    clause names only by where they are or come from, are that country's (see `_whereabouts`)."""
    if context.mention(head) is not None or head.pos_ not in {"NOUN", "PRON"}:
        return None
    return _whereabouts(head, context)


def _whereabouts(head: Token, context: Context) -> Actor | None:
    """The country a relative clause on a noun says its people are in or come from: "people who had
    been in Somalia", "travellers who came from Iran", "those who visited China" (a country named
    as such, not a city; "those who fought in Syria" did something there, and are not Syria's)."""
    for clause in (c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in WHEREABOUTS_VERBS):
        if not any(g.dep_ == "nsubj" and g.lower_ in {"who", "that"} for g in clause.children):
            continue
        objects = [g for g in clause.children if g.dep_ == "dobj"] if clause.lemma_.lower() == "visit" else \
            [g for p in clause.children if p.dep_ == "prep" and p.lower_ in {"in", "from"} for g in p.children if g.dep_ == "pobj"]
        countries = {a.key: a for a in (_named_country(g, context) for g in objects) if a is not None}
        if len(countries) == 1:
            return next(iter(countries.values()))
    return None


def _home_nation(noun: Token, context: Context) -> Actor | None:
    """"Clinton urged the nation to end divisiveness": "the nation" or "the country", bare, is the
    doer's own country when that is the only country the sentence and the one before it name (any
    other may be the one meant: "lift sanctions on North Korea if the country agrees")."""
    if noun.lemma_.lower() not in HOME_NOUNS or context.mention(noun) is not None \
            or [c.lower_ for c in noun.children if c.dep_ != "case"] != ["the"]:
        return None
    clause = clause_of(noun)
    if clause is None:
        return None
    doers = [context.mention(t) for t in subjects_of(clause, context.index)]
    homes = {m.actor.country for m in doers if m is not None and m.actor.country}
    if len(homes) != 1:
        return None
    home = homes.pop()
    sentence = noun.sent
    start = noun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for word in noun.doc[start:sentence.end]:
        mention = context.mention(word)
        found = mention.actor.country if mention is not None else None
        if found is None and mention is None:
            place = context.place(word)
            found = place.country if place is not None else None
        if found is not None and found != home:
            return None
    country = country_by_name(home)
    return country_actor(country) if country is not None else None


def _with_mention_conjuncts(tokens: list[Token], context: Context) -> list[Token]:
    """"Angela Merkel and Emmanuel Macron" parsed with the conjunct on "Merkel", not on the subject
    "Barack": a name's conjuncts are those of any of its words."""
    found = list(tokens)
    for token in tokens:
        mention = context.mention(token)
        if mention is None:
            continue
        for other in token.sent:
            if other.i != token.i and context.mention(other) is mention:
                found.extend(c for c in other.conjuncts if c not in found)
    return found


def own_side(noun: Token, context: Context | None = None) -> bool:
    """"its ambassador", "their forces": the subject's own people, not a target ("his Chinese
    counterpart", "its rivals" are others; nor is "her plan" in "Parliament rejected her plan",
    where "her" cannot be the subject; nor "his predecessor", who held the office before him)."""
    if noun.lower_ in RELATION_NOUNS or noun.lemma_.lower() == "counterpart" or noun.lemma_.lower() in OFFICE_SUCCESSION_NOUNS:
        return False
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our"}
        and (context is None or c.lower_ == "our" or context.mention(c) is not None or _bound_to_subject(c, context))
        for c in noun.children)


def bare_role(actor: Actor | None) -> TypeGuard[Actor]:
    """A role with no country or group ("MIL", "GOV"): whose it is is unknown."""
    return actor is not None and actor.country is None and actor.role in ROLE_CODES


def unplaced_doer(actor: Actor) -> bool:
    """A named person whose country or group we could not find (a militant leader coded bare
    "MIL"), or a medium ("social media", MED): no doer we can store. Bare groups ("rebels",
    "police") stay: CAMEO codes them, and their country is often in the next sentence."""
    return bare_role(actor) and (actor.kind == "person" or actor.role == "MED")


def passive_without_agent(verb: Token) -> bool:
    """"X was asked to resign", "when asked about …": the subject is acted on, the doer unnamed."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def asker_unnamed(frame: str, head: Token, act: Token) -> bool:
    """Whether a demand or appeal whose asker we cannot code is left with no doer rather than take
    its act's: one asked with no asker named ("X was asked to resign": not X who asked), or an act
    with a subject of its own ("a growing number demanded he step down": he is the one asked, never
    the one asking)."""
    return frame in {"demand", "appeal"} and (passive_without_agent(head) or _own_subject(act))


def self_loop(source: Actor, target: Actor, acted_on: bool = True) -> bool:
    """The same actor on both sides, or no telling them apart: one name, two bodies of one code
    ("Moscow" and "the Kremlin"), or a plain role noun that may have borrowed the source's country
    ("the government expelled two diplomats"). A person, or a group with a name of its own, is
    another actor of the same code ("the president ordered his defence secretary", "Democrats
    accused Republican senators"); so is a named body a person acts on ("Pelosi urged the Senate"),
    but not one paired with the person as the other doer ("the White House and Obama backed it"): `acted_on`.
    A group a person acts on is others of the same code too ("the senator urged the committee"),
    but not the person's own government ("Pompeo insisted the administration …": his own side)."""
    if source is target or source.key == target.key:
        return True
    other = target.kind == "person" or (target.kind == "group" and target.name[:1].isupper()) \
        or (acted_on and source.kind == "person" and target.kind == "organisation" and target.name[:1].isupper()) \
        or (acted_on and source.kind == "person" and target.kind == "group" and target.role != "GOV") \
        or (acted_on and _two_named_bodies(source, target))
    return source.code == target.code and not other


def _two_named_bodies(source: Actor, target: Actor) -> bool:
    """"The Senate rejected the House's offer", "Fox News attacked CNN": two bodies, each with a
    name of its own that shares no word with the other's, are two actors of one code; not an
    executive body of a state, which goes by many names ("the Kremlin" and "Moscow")."""
    if source.kind != "organisation" or target.kind != "organisation" or source.role in STATE_ROLES - {"LEG"}:
        return False
    if not (source.name[:1].isupper() and target.name[:1].isupper()):
        return False
    return not set(source.name.lower().split()) & set(target.name.lower().split())


def same_side(speakers: list[Actor], sources: list[Actor]) -> bool:
    """The speaker speaks for the actor: the same actor or the same country."""
    for speaker in speakers:
        for source in sources:
            if speaker.key == source.key or (speaker.country and speaker.country == source.country):
                return True
    return False


def _elided_demonym(word: Token, words: list[Token]) -> Country | None:
    """"the North and South Korean militaries": a first word that names no country on its own
    shares the demonym the last of its conjuncts ends in ("North [Korean]")."""
    last = words[-1] if words[-1].i > word.i else None
    if last is None or country_by_demonym(word.text) is not None or country_by_demonym(last.text) is None:
        return None
    return country_by_demonym(f"{word.text} {last.text}")


def _per_demonym(noun: Token, actor: Actor | None) -> list[Actor]:
    """"Kenyan and Ugandan officials", "Greek and Italian warships": one actor per country
    the coordinated adjectives name, with the noun's role."""
    if actor is None:
        return []
    countries: dict[str, str] = {}  # ISO-3 → the adjective naming it
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod"}:
            words = with_conjuncts(child)
            for word in words:
                country = demonym_country(word) or _elided_demonym(word, words)
                if country is not None:
                    countries.setdefault(country.iso3, word.text)
    if len(countries) < 2 or actor.country not in (None, *countries):
        return [actor]
    return [actor if code == actor.country else Actor(f"{word} {noun.text}", actor.kind, code, actor.role)
            for code, word in countries.items()]


def _object_preps(noun: Token) -> list[Token]:
    """The prepositions on an object noun that may name a target, through "of" ("part of an aid
    programme for Bosnia", "scores of refugees from Liberia")."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ in TARGET_PREPOSITIONS | {"by"} or _parties_between(child) or taken_part_in(child):
            found.append(child)
        elif child.lower_ == "of":
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                found.extend(g for g in obj.children if g.dep_ == "prep" and g.lower_ in TARGET_PREPOSITIONS)
    return found


def _imposed_preps(noun: Token) -> list[Token]:
    """"lifted the sanctions imposed on Iran", "ease the blockade placed on Gaza": a measure's
    participle says whom it bears on ("on", "against"); only a measure (an event noun or a tariff),
    not a thing conveyed ("troops sent to Syria")."""
    if noun.pos_ != "NOUN" or (_noun_event_code(noun) is None and noun.lemma_.lower() not in SANCTION_OBJECTS):
        return []
    return [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for p in c.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}]


def _parties_between(preposition: Token) -> bool:
    """"contacts between the campaign and Russia", "the deal between Israel and the UAE": the
    parties of a tie or dealing acted on, named after "between"."""
    return preposition.lower_ == "between" and preposition.head.pos_ == "NOUN" \
        and preposition.head.lemma_.lower() in BETWEEN_NOUNS


def _own_phrase(head: Token) -> set[int]:
    """The words of an event word's own phrase: its subtree, less the clauses joined to it ("seized
    areas of Syria and Iraq, and the US launched strikes in Iraq": the strikes' phrase is theirs alone)."""
    joined = {t.i for c in head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for t in c.subtree}
    return {t.i for t in head.subtree if t.i not in joined}


def target_conjuncts(sentence: Span, target: Actor | None, context: Context, scope: Token | None = None) -> list[Actor]:
    """The actors coordinated with a target ("strikes on Saudi Arabia and the Emirates"), each a
    target of its own event. The target is looked for first in the phrase of `scope` (the event's
    own word or frame), so that the same actor named elsewhere in the sentence with others beside
    it gives this event none of them; then in the whole sentence."""
    if target is None:
        return []
    named = [t for t in sentence if _names_target(t, target, context)]
    phrase = _own_phrase(scope) if scope is not None else set()
    for token in [t for t in named if t.i in phrase] or named:
        others = [a for a in _per_demonym(token, actor_at(token, context, depth=2)) if a.key != target.key]
        if others:  # "beat Sudanese and Eritrean migrants": each country's migrants
            return others
        for conjunct in token.conjuncts:
            other = actor_at(conjunct, context, depth=2)
            if other is not None and other.code and other.key != target.key and all(o.key != other.key for o in others):
                others.append(other)
        if not others and target.role:  # "leaders of Kenya, Uganda and Tanzania": each one's leaders
            owners = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            owner = actor_at(owners[0], context, depth=2) if owners else None
            if owner is not None and owner.country == target.country:
                for conjunct in owners[0].conjuncts:
                    other = actor_at(conjunct, context, depth=2)
                    if other is not None and other.kind == "country" and other.country and other.country != target.country:
                        others.append(Actor(f"{token.text} of {other.name}", target.kind, other.country, target.role))
        if others:
            return others
    return []


def _names_target(token: Token, target: Actor, context: Context) -> bool:
    """Whether this word (no subject) names the target actor."""
    if token.dep_ in {"nsubj", "nsubjpass"} or not (context.mention(token) or context.place(token)):
        return False
    actor = actor_at(token, context, depth=2)
    return actor is not None and actor.key == target.key


def conditioned(clause: Token, head: Token, context: Context) -> Actor | None:
    """Who a threat is made against when its action names no one: the actor its condition
    is about ("threatened to stop the talks if Britain expels its diplomats")."""
    scope = [clause, head] + [c for t in (clause, head) for c in t.children if c.dep_ == "xcomp"]
    for token in scope:
        for child in token.children:
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in child.children):
                for subject in (g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}):
                    if context.mention(subject) is None and context.place(subject) is None:
                        continue  # "if talks in Argentina fail": an event, not who the threat is against
                    actor = actor_at(subject, context)
                    if actor is not None and actor.code:
                        return actor
    return None


def sources_of(trigger: Token, light: Token | None, context: Context) -> list[Actor]:
    if trigger.pos_ == "NOUN" and light is None:
        return _noun_sources(trigger, context)
    verb = light or trigger
    if _headline_passive(verb):
        return []  # "Russia accused of cyber-attacks": Russia is the accused; the accuser is not named
    statement = _statement_of(verb)
    if statement is not None:  # "X issued a statement condemning Y": X condemned Y
        owner = next((c for c in statement.children if c.dep_ == "poss"), None)
        if owner is not None:
            actor = actor_at(owner, context)
            return [actor] if actor is not None else []
        verb = statement.head if statement.dep_ in {"dobj", "nsubjpass"} else verb
    feeling = _feelers(verb)
    controller = _object_controller(verb, context) if feeling is None else None
    reported = _saying_speaker(verb) if feeling is None and controller is None else None
    saying = _saying_beside(verb) if feeling is None and controller is None and reported is None else None
    doers = feeling if feeling is not None else controller if controller is not None \
        else with_conjuncts(reported) if reported is not None \
        else subjects_of(saying if saying is not None else verb, context.index)
    if saying is None and _past_expletive(verb):
        doers = []  # "there has been no vote in the House to open an inquiry": no one opens it
    if controller is None and _small_clause_passive(verb):
        doers = [w for agent in agents_of(verb)[:1] for w in with_conjuncts(agent)]  # the victims are no doers
    doers = [t for t in doers if not _outside_condition(t, verb) and not _anticipatory_it(t, verb)
             and not _owner_in_object(t, verb) and not _in_dateline(t, context)]
    doers = _whole_list(doers, verb)
    doers = _listed_in_apposition(doers, context)
    subjects = [t for t in _with_mention_conjuncts(doers, context) if not _more_places(t, context)]
    actors: list[Actor] = []
    for token in subjects:
        mention = context.mention(token)
        if mention is not None and mention.label == "title" and len(subjects) > 1:
            continue  # "Eisenkot and Military Intelligence chief Halevi": a title, not a third actor
        if _stand_in_doer(token, verb, context):
            continue
        actor = actor_at(token, context) or _participle_agent(token, context)
        for one in _per_demonym(token, actor):
            if all(a.key != one.key for a in actors):
                actors.append(one)
    return _visitors_without_host(actors, verb, context)


# The marks that end a dateline ("NAIROBI, Kenya —", "WASHINGTON (Reuters) -").
_DATELINE_DASHES = {"—", "–", "-", "--"}


def _in_dateline(word: Token, context: Context) -> bool:
    """A word of the dateline that opens a story ("NAIROBI, Kenya — Armed men stormed …, killing
    147"): where the story was filed, never who acts (the parse may make it a subject, and a
    participle's doer is guessed as the nearest actor before it). A dateline is a run of names,
    commas, numbers and a credit in brackets from the sentence's start to a dash, and the word is a
    place ("Gov. Scott Walker — another 2016 hopeful — refused": a name set off by dashes acts)."""
    if context.place(word) is None:
        return False
    sentence = word.sent
    dash = next((t for t in sentence[:12] if t.text in _DATELINE_DASHES), None)
    if dash is None or word.i >= dash.i or dash.i == sentence.start:
        return False
    return all(t.pos_ in {"PROPN", "PUNCT", "NUM"} for t in word.doc[sentence.start:dash.i])


def _anticipatory_it(subject: Token, verb: Token) -> bool:
    """An "it" that only stands in for an infinitive told after it ("it was an honour to meet the
    king", "it is time to act"): the subject of a "be" with a noun complement, the infinitive hung
    on that "be"; whoever the actors step took "it" for does not do the infinitive's act. Not after
    an adjective, where "it" is as often the one who acts ("it was slow to comply", "it is ready
    to talk"), nor with no complement ("it is to meet on Friday")."""
    if subject.lower_ != "it" or subject.dep_ != "nsubj" or subject.head.lemma_ != "be":
        return False
    copula = subject.head
    clause = first_conjunct(verb)
    return clause.head.i == copula.i and clause.dep_ in {"advcl", "xcomp", "ccomp"} and to_infinitive(clause) \
        and any(c.dep_ == "attr" for c in copula.children)


def _more_places(conjunct: Token, context: Context) -> bool:
    """"police in Istanbul and at least six other Turkish cities clashed with protesters": "other
    cities" goes on the list of places after "in", which the parse joined to the subject; it names
    where, not a second doer (one that names a role does: "police in Cairo and other security
    forces")."""
    if conjunct.dep_ != "conj" or not any(c.dep_ == "amod" and c.lower_ == "other" for c in conjunct.children) \
            or role_of(conjunct.text) is not None or context.mention(conjunct) is not None:
        return False
    first = first_conjunct(conjunct)
    places = [o for p in first.children if p.dep_ == "prep" and p.lower_ in WHERE_PREPOSITIONS
              for o in p.children if o.dep_ == "pobj"]
    return any(context.place(o) is not None for o in places)


def _listed_in_apposition(doers: list[Token], context: Context) -> list[Token]:
    """"The US, UK and France have agreed to work together", parsed with "UK" in apposition to
    "US" and "France" joined to "UK": a country renamed by another country is no renaming but a
    list, so the second country and those joined to it are doers too."""
    found = list(doers)
    for doer in doers:
        actor = actor_at(doer, context) if context.mention(doer) is not None else None
        if actor is None or actor.kind != "country" or not actor.country:
            continue
        for renamed in (c for c in doer.children if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)):
            other = actor_at(renamed, context) if context.mention(renamed) is not None else None
            if other is not None and other.kind == "country" and other.country and other.country != actor.country:
                found.extend(t for t in with_conjuncts(renamed) if t not in found)
    return found


def _whole_list(doers: list[Token], verb: Token) -> list[Token]:
    """A participle clause with no subject of its own whose doer was guessed as the nearest actor
    before it, when that one is a conjunct: "Trump and Macron met on Monday, agreeing to …" is
    the whole coordination's when it is a subject (as each conjunct of an object is a target); one
    country out of a list in any other slot ("kill the spy, an American or a Canadian, waging
    war") is no one's act we can tell."""
    if len(doers) != 1 or doers[0].dep_ != "conj" or verb.tag_ not in {"VBG", "VBN"} or _own_subject(verb):
        return doers
    first = first_conjunct(doers[0])
    return with_conjuncts(first) if first.dep_ in {"nsubj", "nsubjpass"} else []


# Words inside one noun phrase on the way from a possessive to the phrase's head word (an
# apposition renames the head: "the militant group Islamic State" is the group).
_PHRASE_INNER_DEPS = {"poss", "compound", "amod", "appos"}
# An owner or a new name of an object phrase; a name that only modifies one may describe the doer
# ("a man in an Afghan Army uniform opened fire, wounding 15": the soldier in that uniform).
_OWNER_DEPS = {"poss", "appos"}


def _owner_in_object(subject: Token, verb: Token) -> bool:
    """A possessive inside an object phrase, taken as the doer of a participle clause with no
    subject of its own ("emails between a lobbyist, a friend of Obama's adviser, and a donor,
    mocking the ambassador"): the owner of something acted on or talked about is not who the
    participle tells of (the parse hangs such clauses on the nearest actor,
    `grammar.nearest_actor_before`); nor is a name that renames such a phrase ("the rise of the
    militant group Islamic State was the result of X not wanting to help": not the group's wish)."""
    while verb.dep_ == "xcomp" and verb.tag_ == "VB" and not _own_subject(verb):
        verb = verb.head  # "helping to train": the participle's doer does its infinitive
    if subject.dep_ not in _OWNER_DEPS or verb.tag_ not in {"VBG", "VBN"} or _own_subject(verb):
        return False
    head = subject
    while head.dep_ in _PHRASE_INNER_DEPS and head.head.i != head.i:
        head = head.head
    return first_conjunct(head).dep_ in {"pobj", "dobj", "dative"}


def _visitors_without_host(actors: list[Actor], verb: Token, context: Context) -> list[Actor]:
    """"While Obama and Merkel visited Berlin": of doers named together on a visit, one whose own
    country is the only country visited is the host, not a visitor (the visit's target is the
    host's country). Kept when all of them are of the visited country."""
    if len(actors) < 2 or verb.pos_ != "VERB" or verb_code(verb.lemma_.lower()) != VISIT:
        return actors
    places = [c for c in verb.children if c.dep_ == "dobj"] + objects_of(verb, {"to"})
    visited = {found.country for found in (context.place(place) for place in places) if found is not None and found.country}
    if len(visited) != 1:
        return actors
    guests = [a for a in actors if a.country not in visited]
    return guests if guests else actors


def _saying_speaker(verb: Token) -> Token | None:
    """The real subject of a report the parse hung on a verb of saying or believing as its object
    ("Perry insisted the oil market is resilient and will respond", "a president who says most
    Muslims reject terrorism"): the speaker says the act, the object's noun does it. A report is
    read so only where a finite verb with no subject of its own follows the object directly (no
    "and" or comma between: "warned Iran and left" is the speaker's own act), and the saying verb
    has no clause of its own ("told reporters that he would leave")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and not _own_subject(clause):
        first, clause = clause, clause.head
        if clause.lemma_.lower() in BELIEVING_VERBS:  # "insisted the market is … and will respond"
            return _swallowed_object(clause, first)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    said = next((c for c in subject.children if c.dep_ == "relcl" and c.lemma_.lower() in BELIEVING_VERBS), None) \
        if subject is not None else None
    return _swallowed_object(said, verb) if said is not None and said.i < verb.i else None


def _saying_beside(verb: Token) -> Token | None:
    """The verb of saying a finite verb is joined to, when the parse joined it to the report instead
    and it cannot share the report's modal ("Trudeau said Canada will not be pushed around and
    called the tariffs unjust": Trudeau called them so, not Canada)."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or _own_subject(verb) \
            or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    report = verb.head
    auxiliaries = {c.lower_ for c in report.children if c.dep_ in {"aux", "auxpass"}}
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in report.children) and not auxiliaries & {"have", "has", "had"}
    saying = report.head
    return saying if modal and report.dep_ == "ccomp" and saying.lemma_.lower() in BELIEVING_VERBS else None


def _past_expletive(verb: Token) -> bool:
    """Whether a verb with no subject of its own is an infinitive hung on a clause whose subject is
    "there" ("there has not been a vote in the House to open an inquiry"): no one named does it.
    (A verb the parse joined to such a clause, "said there's a need to act and destroy ISIS", still
    climbs to the speaker.)"""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and not _own_subject(clause):
        clause = clause.head
    return clause.dep_ in {"advcl", "xcomp"} and not _own_subject(clause) \
        and any(c.dep_ == "expl" for c in clause.head.children)


# What a participle with a subject of its own hangs on when it is a small clause: "with 40
# protesters killed", "has seen 90,000 people killed" (not the root: there the tagger takes a
# past tense for a participle as often, "Spain on Friday denounced as illegal …").
_SMALL_CLAUSE_DEPS = {"pcomp", "ccomp"}


def _small_clause_passive(verb: Token) -> bool:
    """"with at least 40 protesters killed in two days", "the war has seen thousands of people
    killed": a past participle the parse gave a subject but no auxiliary and no object is a passive
    (an active verb in the past is tagged VBD): its subject underwent the act, and only its "by"
    agent did it."""
    return verb.tag_ == "VBN" and verb.dep_ in _SMALL_CLAUSE_DEPS \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "oprd"} for c in verb.children)


def small_clause_patient(verb: Token, context: Context) -> Actor | None:
    """Who underwent a small-clause passive (`_small_clause_passive`): its subject."""
    if verb.pos_ != "VERB" or not _small_clause_passive(verb):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    actor = actor_at(subject, context)
    return actor if actor is not None and actor.code else None


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _swallowed_object(saying: Token, reported: Token) -> Token | None:
    """The object of a saying verb that is the subject of the reported verb right after it."""
    if reported.tag_ not in {"VBZ", "VBD", "VBP"} or any(c.dep_ in {"ccomp", "cc"} and c.i < reported.i for c in saying.children):
        return None
    obj = next((c for c in saying.children if c.dep_ == "dobj" and c.i < reported.i), None)
    if obj is None:
        return None
    between = saying.doc[obj.right_edge.i + 1:reported.i]  # a quotation mark or an adverb; a comma lists verbs ("warned Iran, threatened …")
    return obj if all(t.is_quote or t.pos_ in {"ADV", "AUX", "PART"} for t in between) else None


def _outside_condition(subject: Token, verb: Token) -> bool:
    """A subject found inside a condition that does not hold the verb: "if the US corners us …, we
    will have to reconsider attending the summit" does not make the US the one attending (the
    parse hangs a participle on the nearest actor, wherever it stands)."""
    for ancestor in subject.ancestors:
        if ancestor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in ancestor.children):
            return not ancestor.left_edge.i <= verb.i <= ancestor.right_edge.i
    return False


# Countries whose cities act in the news as their own governments, not as the state.
_SELF_GOVERNED_CITIES = words("newsevents.actors", "self_governed_cities")


def _stand_in_doer(subject: Token, verb: Token, context: Context) -> bool:
    """A subject that does not name the doer of a verb's act itself:
    - a city of a country listed in actors/data/self_governed_cities.txt (the US) is its own
      local government, never the state ("Portland declined the offer", "Chicago sued"; a capital
      is a mention of its government, not a place: "Beijing said");
    - an outlet reached by a pronoun or a common noun and not named in the sentence ("… claimed it
      gives authorities access" after "the Post reported"; "the outlet continues to flout the law"):
      the story an outlet reports is told in its sentences, so the nearest outlet is more often
      the reporter than the doer. An outlet's own words ("it said") stay its own."""
    mention = context.mention(subject)
    if mention is None:
        place = context.place(subject)
        return place is not None and place.feature == "city" and place.country in _SELF_GOVERNED_CITIES
    if mention.actor.kind != "outlet" or subject.pos_ == "PROPN" or verb.lemma_.lower() in BELIEVING_VERBS:
        return False
    named = (context.mention(t) for t in subject.sent if t.pos_ == "PROPN")
    return not any(m is not None and m.actor.key == mention.actor.key for m in named)


# Verbs that name whom they ask to act after "on" or "for": "called on Iran to release", "pressed for the rebels to leave".
_CALLING_VERBS = {"call", "appeal", "press", "push"}


def _object_controller(verb: Token, context: Context) -> list[Token] | None:
    """Who does an act asked or forced of another: the object of the verb over its infinitive
    ("pressure the North to abandon its programme", "urge North Korea to resolve", "called on
    Iran to release"), not that verb's subject. None where the verb over it is not one of
    OBJECT_CONTROL_VERBS, or names no one asking or forcing that we can code (where the asker
    is unknown, the frame's event would borrow the act's doer as its own)."""
    if verb.tag_ != "VB":
        return None  # a finite verb is no infinitive, whatever the parse joined it to ("ordered X to put … and threatened")
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB" and clause.head.tag_ == "VB" \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        clause = clause.head  # "to leave the buildings and give up their arms"
    head = clause.head
    lemma = head.lemma_.lower()
    if clause.dep_ not in {"xcomp", "advcl"} and not _infinitive_joined_to_finite(clause) \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
            or head.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children):
        return None  # "was urged to resign": the passive subject is asked, and acts (grammar.subjects)
    before = [c for c in head.children if c.i < clause.i]
    if lemma not in _CALLING_VERBS and lemma not in OBJECT_CONTROL_VERBS:
        return None
    objects: list[Token] = []
    if lemma in _CALLING_VERBS:  # "called on Iran to release", "pressed for the rebels to leave"
        objects = [g for c in before if c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} for g in c.children if g.dep_ == "pobj"]
    if not objects and lemma in OBJECT_CONTROL_VERBS:  # "pressed Egypt to open the crossing"
        # an adverbial infinitive is the subject's purpose, unless it follows one asked (`_asked_right_before`)
        objects = [c for c in before if c.dep_ in {"dobj", "dative"}] if clause.dep_ == "xcomp" \
            else _asked_right_before(clause, before, context)
    if not objects:
        return None
    askers = [a for a in (actor_at(t, context) for t in subjects_of(head, context.index)) if a is not None and a.code]
    return with_conjuncts(objects[0]) if askers else None


def _asked_right_before(infinitive: Token, before: list[Token], context: Context) -> list[Token]:
    """"pressed the country's leadership to open an inquiry", "inspired him and his cousin to plan
    the bombing": an infinitive the parse took for a purpose (advcl) right after the
    object of a verb of asking or forcing is what that object is asked to do, when the object
    names someone; with words between ("ordered troops to the border to deter Kyiv") or a thing
    for object ("ordered new tanks to strengthen the army") it is the subject's purpose."""
    objects = [c for c in before if c.dep_ == "dobj"]
    if len(objects) != 1 or not _only_occasions_between(objects[0], infinitive):
        return []
    obj = objects[0]
    noun = obj.lemma_.lower()
    someone = context.mention(obj) is not None or obj.tag_ == "PRP" or role_of(obj.text) is not None \
        or noun in ASKED_PARTY_NOUNS or noun in RELATION_NOUNS or noun in GROUP_ANAPHOR_HEADS
    return [obj] if someone else []


def _infinitive_joined_to_finite(clause: Token) -> bool:
    """"encouraged the mayor in a letter and at their meeting to renew talks": the parse joined
    the to-infinitive to the finite verb as a conjunct; a to-infinitive is never one verb with a
    finite verb, so it is that verb's complement."""
    return clause.dep_ == "conj" and to_infinitive(clause) and clause.head.tag_ in {"VBD", "VBZ", "VBP"}


def _only_occasions_between(obj: Token, infinitive: Token) -> bool:
    """Nothing between the one asked and the "to" of the infinitive but phrases of when or how
    the asking was done ("urged the mayor in a letter to resign", "pressed Iran during the talks
    and in public to free …"), nor any word at all."""
    to = next((c for c in infinitive.children if c.dep_ == "aux" and c.lower_ == "to"), infinitive.left_edge)
    between = list(obj.doc[obj.right_edge.i + 1: to.i])
    occasions = {t.i for p in between if p.dep_ == "prep" and p.lower_ in ASKING_OCCASION_PREPOSITIONS
                 for t in p.subtree}
    return all(t.i in occasions or t.dep_ in {"cc", "punct"} for t in between)


# After a verb of judging with no object: what it is for ("accused of", "charged with", "fined over").
_CHARGE_PREPOSITIONS = {"of", "with", "for", "over"}


def _headline_passive(verb: Token) -> bool:
    """"Russia accused of cyber-attacks", "Iran blamed for attack": a verb that always takes its
    object, with none and no auxiliary, followed by what it is for, is a passive with "was" left
    out (the parse takes it for an active past); its subject is the one judged."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or verb.lemma_.lower() not in OBJECT_TAKING_VERBS:
        return False
    if any(c.dep_ in {"dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "nsubjpass"} for c in verb.children):
        return False
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.head.i == verb.i and after.dep_ == "prep" and after.lower_ in _CHARGE_PREPOSITIONS \
        and any(c.dep_ == "nsubj" for c in verb.children)


def _noun_sources(noun: Token, context: Context) -> list[Actor]:
    """"Netanyahu's visit", "Russian troop deployments", "talks between X and Y"."""
    for child in noun.children:
        if child.dep_ == "poss" and not _undergoer_owns(noun):
            actor = actor_at(child, context)
            return [actor] if actor else []
    agent = _participle_agent(noun, context)
    if agent is not None:  # "the strikes, carried out by Russian jets"
        return [agent]
    # "the arrest of two Britons by Iranian police" (the parse may hang "by" on the Britons)
    of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for child in [*noun.children, *(c for g in of_objects for c in g.children)]:
        if child.dep_ == "prep" and child.lower_ == "by":
            agents = [a for a in (actor_at(g, context) for g in child.children if g.dep_ == "pobj") if a]
            if agents:
                return agents
    if noun.lower_ in DOER_OF_NOUNS:  # "the withdrawal of US troops", "the resignation of the premier"
        doers = [a for a in (actor_at(g, context) for g in of_objects) if a and a.code]
        if doers:
            return doers
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                # "a clash between Indian and Chinese troops, plus the killing of an officer": a
                # conjunct that is itself an event is another act, not a party
                parties = [objects[0], *(t for t in objects[0].conjuncts if not _noun_event_code(t))]
                return [a for a in (actor_at(t, context) for t in parties) if a]
    struck = _striker_of(noun, context)
    if struck is not None:  # "the Syrian attack is a case of using the American military": the US
        return [struck[0]]
    for child in noun.lefts:
        if child.dep_ in {"amod", "compound"}:
            country = demonym_country(child)
            if country is not None:
                return [country_actor(country)]
    undergoing = undergoing_verb(noun)
    if undergoing is not None:  # "Venezuela received aid from China": China gives it
        for holder in (noun, undergoing):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    givers = [a for a in (actor_at(g, context) for g in child.children if g.dep_ == "pobj") if a and a.code]
                    if givers:
                        return givers
    host = _circumstance_of(noun)
    if host is not None and (_noun_event_code(noun) or "").startswith(CONTACT_ROOT) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        # "After talks with Iran, the minister said …": the one who speaks after the talks held them
        return [a for a in (actor_at(t, context) for t in subjects_of(host, context.index)) if a and a.code]
    return []


def _undergoer_owns(noun: Token) -> bool:
    """"Epstein's conviction", "Mr. Strzok's dismissal": the possessive of a noun of an act done to
    a person (UNDERGONE_NOUNS) names who undergoes it, unless an "of" phrase names that one
    ("Iran's detention of the sailors": Iran detains)."""
    return noun.lemma_.lower() in UNDERGONE_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


# Words of using a thing: "a case of using the American military", "the use of U.S. forces".
_USING_WORDS = {"use", "employ"}


def _striker_of(noun: Token, context: Context) -> tuple[Actor, Actor] | None:
    """Who struck and who was struck, for a force noun named by a country's adjective, when what
    the sentence says it is names another country's armed forces as used: "The Syrian attack is
    the latest case of using the American military" is the US striking Syria. Elsewhere the
    adjective names the doer ("the Syrian airstrikes killed 20 rebels")."""
    copula = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or copula.lemma_ != "be":
        return None  # only what the attack is said to be tells who used which forces
    if (_noun_event_code(noun) or "")[:2] not in FORCE_ROOTS:
        return None
    country = next((found for c in noun.lefts if c.dep_ in {"amod", "compound"}
                    and (found := country_by_demonym(c.text)) is not None), None)
    if country is None:
        return None
    struck = country_actor(country)
    told = [w for c in copula.children if c.dep_ == "attr" for w in c.subtree]
    for word in told:
        if word.lemma_.lower() not in _USING_WORDS:
            continue
        for used in [*(c for c in word.children if c.dep_ == "dobj"), *objects_of(word, {"of"})]:
            striker = actor_at(used, context)
            if striker is not None and striker.role == "MIL" and striker.country and striker.country != struck.country:
                return striker, struck
    return None


def _participle_agent(noun: Token, context: Context) -> Actor | None:
    """"The strikes, carried out by Russian jets, hit …": a thing done by someone, named after
    "by" on a past participle describing it, is that one's act; not where the participle tells
    another's act on it ("attacks thwarted by the police", "the bombing condemned by the UN")."""
    if noun.pos_ != "NOUN":
        return None
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and not _acted_on_by_another(c)):
        for agent in (g for g in participle.children if g.dep_ == "agent"):
            for obj in (g for g in agent.children if g.dep_ == "pobj"):
                actor = actor_at(obj, context)
                if actor is not None and actor.code:
                    return actor
    return None


def _acted_on_by_another(participle: Token) -> bool:
    """A participle whose agent stops or judges the act it describes, not does it: a verb of
    preventing ("thwarted", "foiled") or one coded as judging or rejecting ("condemned", "praised")."""
    lemma = participle.lemma_.lower()
    return lemma in PREVENTING_VERBS or (verb_code(lemma) or "")[:2] in {*JUDGING_ROOTS, REJECT_ROOT}


def _feelers(verb: Token) -> list[Token] | None:
    """Who feels what a verb of feeling names ("was saddened by the decision", "the decision
    disappointed Germany"): its passive subject or its object, the one who disapproves; its
    agent or subject is the cause, what the feeling is aimed at (`_feeling_cause`). None for
    another verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FEELING_VERBS:
        return None
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    felt = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    return with_conjuncts(felt) if felt is not None else []


def _feeling_cause(verb: Token, context: Context) -> Actor | None:
    """The cause of a feeling, or whose it is ("the Turkish decision", "Turkey's decision")."""
    causes = agents_of(verb) \
        or [c for c in verb.children if c.dep_ == "nsubj"]
    for cause in causes:
        actor = actor_at(cause, context) or _possessor(cause, context)
        if actor is not None and actor.code:
            return actor
    return None


def _unknown_person(token: Token) -> bool:
    """"call him or her to testify", "he or she": one whose sex the writer does not know, so no one
    named in the story that a step may have resolved the pronoun to."""
    if token.tag_ != "PRP" or REFERRING_PRONOUNS.get(token.lower_) != "person":
        return False
    doc = token.doc
    others = [doc[i] for i, j in ((token.i + 2, token.i + 1), (token.i - 2, token.i - 1))
              if 0 <= i < len(doc) and doc[j].lower_ == "or"]
    return any(o.tag_ == "PRP" and o.lower_ != token.lower_ and REFERRING_PRONOUNS.get(o.lower_) == "person" for o in others)


def actor_at(token: Token, context: Context, depth: int = 0) -> Actor | None:
    if _unknown_person(token):
        return None
    mention = context.mention(token)
    if mention is not None:
        actor = mention.actor
        if token.lower_ in FOLLOWER_NOUNS and actor.role != "CVL":
            return _followers(mention.text, actor)  # "thanked Labour voters", "voters" read as the party
        if actor.country is None and actor.role and depth < 2:
            # "security forces in Chad", "police in Nairobi": the country of where they are
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in {"in", "from", "of"}:
                    for obj in (g for g in child.children if g.dep_ == "pobj"):
                        where = _named_country(obj, context)  # a country named, not a city ("meeting in Brussels")
                        if where is None and child.lower_ == "in" and actor.role in HOME_ROLES:
                            # "police in Istanbul", "protesters in Lyon": bodies of where they are
                            found = context.place(obj)
                            where = country_actor_of(found) if found is not None else None
                        if where is not None:
                            return Actor(actor.name, actor.kind, where.country, actor.role)
            where = _whereabouts(token, context)  # "people who had been in Somalia"
            if where is not None:
                return Actor(actor.name, actor.kind, where.country, actor.role)
        return actor
    place = context.place(token)
    if place is not None:
        return country_actor_of(place)
    if depth < 2 and token.pos_ in {"NOUN", "PROPN", "NUM"}:
        return _phrase_actor(token, context, depth)
    return None


def _phrase_actor(head: Token, context: Context, depth: int) -> Actor | None:
    """A group named by its modifiers (`_modifier_actor`), or by the body a reduced relative says
    it belongs to ("hackers believed to be part of Russian intelligence"); never money by whose
    it is ("restrict U.S. dollars"); a party's or leader's voters and supporters are civilians of
    its country ("former Labour voters": GBRCVL, not the party)."""
    if head.lower_ in CURRENCY_NOUNS or head.lemma_.lower() in CURRENCY_NOUNS:
        return None
    affiliated = _affiliation(head, context)
    if affiliated is not None:
        return affiliated
    actor = _modifier_actor(head, context, depth)
    if actor is not None and head.lower_ in FOLLOWER_NOUNS and actor.role != "CVL":
        return _followers(f"{head.text} of {actor.name}", actor)
    return actor


def _followers(name: str, followed: Actor) -> Actor | None:
    """A party's or leader's voters, supporters or backers: its country's civilians, not the party
    itself; none where the party has no country."""
    return Actor(name, "group", followed.country, "CVL") if followed.country else None


# Verbs of belief whose passive participle reports what a group is said to be ("believed to be")
_REPUTED_VERBS = frozenset({"believe", "think", "suspect", "say", "report", "know", "understand", "allege"})


def _affiliation(head: Token, context: Context) -> Actor | None:
    """The coded body a reduced relative on a group noun says it belongs to: "militants linked to
    al-Qaeda", "gunmen loyal to the warlord", "hackers believed to be part of Russian
    intelligence", "men thought to be members of the Taliban"."""
    for child in head.rights:
        objects: list[Token] = []
        if child.dep_ in {"acl", "amod"} and child.lower_ in AFFILIATION_WORDS:
            objects = [g for p in child.children if p.dep_ == "prep" and p.lower_ in {"to", "with"}
                       for g in p.children if g.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _REPUTED_VERBS:
            for be in (g for g in child.children if g.dep_ == "xcomp" and g.lemma_ == "be"):
                for part in (g for g in be.children if g.dep_ == "attr" and g.lower_ in MEMBERSHIP_NOUNS):
                    objects += [o for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj"]
        for obj in objects:
            mention = context.mention(obj)
            if mention is not None and mention.actor.code and mention.actor.kind != "person":
                return mention.actor
    return None


def names_topic(child: Token, head: Token, context: Context) -> bool:
    """"the Iran deal", "the Syria policy", "the Russia probe": a country's own name before a
    thing that is said, decided or planned names what it is about, not whose it is (an
    abbreviation or a demonym is the owner's adjective: "the U.S. plan", "the Russian proposal")."""
    if child.dep_ != "compound" or child.pos_ != "PROPN" or head.lemma_.lower() not in POLICY_NOUNS \
            or not any(c.islower() for c in child.text):
        return False
    mention = context.mention(child)
    return mention is not None and mention.actor.kind == "country"


def _modifier_actor(head: Token, context: Context, depth: int) -> Actor | None:
    """A group named by its modifiers: "Palestinian prisoners" (PSE), "al-Qaeda's network",
    "thousands of Chilean miners", "students throughout Indonesia"; never others named by their
    relation to one ("U.S. allies", "Iran's rivals"), nor a topic ("the Iran deal")."""
    for child in head.lefts:
        if child.dep_ in {"compound", "nmod", "poss"} and head.lower_ in RELATION_NOUNS:
            continue  # "Iran's allies", "U.S. allies": others
        if names_topic(child, head, context) or _stance_named(child):
            continue
        if child.dep_ in {"amod", "compound", "nmod", "poss"}:
            mention = context.mention(child)
            country = demonym_country(child) if child.dep_ in {"amod", "compound"} else None
            if mention is not None and mention.actor.kind == "country" and mention.actor.country:
                country = country_by_iso3(mention.actor.country) or country
            if country is not None and head.lower_ in CIVIC_BODY_NOUNS:
                # "a group of U.S. organizations filed a lawsuit": the country's NGOs, not its state
                return Actor(f"{child.text} {head.text}", "group", "NGO", country.iso3)
            if mention is not None and mention.actor.code and (mention.actor.kind != "person" or child.dep_ == "compound"):
                return mention.actor
            if country is not None:
                return country_actor(country)
            if child.dep_ == "compound" and child.pos_ == "NOUN" and depth < 2:  # "EU ministers meeting"
                inner = _phrase_actor(child, context, depth + 1)
                if inner is not None:
                    return inner
    for child in head.rights:
        body = _faction_body(head, child, context)
        if body is not None:
            return body
        if child.lower_ in WHERE_PREPOSITIONS and not (role_of(head.text) or _counted(head)) and _doer_slot(head):
            # "violence in Mexico forced …", "killed by drones in Pakistan": only where it happens;
            # a place an act is aimed at may be named so ("rioted at a jail in Israel", "condemned
            # the crackdown in Syria")
            continue
        if child.dep_ == "prep" and child.lower_ in {"of", "from", *WHERE_PREPOSITIONS}:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                actor = _named_country(obj, context) if child.lower_ == "in" else actor_at(obj, context, depth + 1)
                if actor is None:
                    continue
                role = role_of(head.text) if child.lower_ != "of" or head.pos_ != "NUM" else None
                if role and actor.kind == "country" and actor.country:  # "rebels in Mali": MLIREB
                    return Actor(f"{head.text} {child.text} {actor.name}", "group", actor.country, role)
                return actor
    return None


def _doer_slot(head: Token) -> bool:
    """A phrase that names who does the verb's act: its subject (or a passive's subject, which a
    raising verb may make a doer) or a passive's agent ("killed by drones in Pakistan")."""
    first = first_conjunct(head)
    return first.dep_ in {"nsubj", "nsubjpass"} or (first.dep_ == "pobj" and first.head.dep_ == "agent")


def _stance_named(word: Token) -> bool:
    """A name after "pro-" or "anti-" ("pro-Iranian factions"): a patron or a foe, not the owner."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text in {"-", "–"} and doc[word.i - 2].lower_ in STANCE_PREFIXES


def _faction_body(head: Token, preposition: Token, context: Context) -> Actor | None:
    """"factions in the Iraqi parliament", "hardliners within the regime": a group inside a coded
    body is that body's people, of its country and role."""
    if head.lower_ not in FACTION_NOUNS or preposition.dep_ != "prep" or preposition.lower_ not in {"in", "within", "inside"}:
        return None
    for obj in (g for g in preposition.children if g.dep_ == "pobj"):
        mention = context.mention(obj)
        body = mention.actor if mention is not None else None
        if body is not None and body.kind in {"organisation", "group"} and body.country and body.role:
            return Actor(f"{head.text} {preposition.text} {body.name}", "group", body.country, body.role)
    return None


def _counted(noun: Token) -> bool:
    """A number of people by count: "thousands in Iraq", "hundreds across the country"."""
    return noun.pos_ == "NUM" or noun.vocab[noun.lemma_.lower()].like_num


def target_and_place(trigger: Token, code: str, clause: Token | None, context: Context) -> tuple[Actor | None, Place | None]:
    # A verb's own dependents, or a noun's and its light verb's ("pay a visit to X").
    light = light_verb(trigger)
    heads = [trigger] + ([clause] if clause is not None and (trigger.pos_ != "NOUN" or (light is not None and clause.i == light.i)) else [])
    heads = list({h.i: h for h in heads}.values())
    target: Actor | None = None
    place: Place | None = None
    undergoing = undergoing_verb(trigger) if trigger.pos_ == "NOUN" else None
    if undergoing is not None:  # "Venezuela received aid from China": Venezuela is its target
        subject = next((c for c in undergoing.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        # "Trump's stance drew criticism from Republicans": whose stance it is
        # "the remarks by Erdogan drew a rebuke from the EU": whose remarks they are
        target = (actor_at(subject, context) or _possessor(subject, context) or _doer_of_act(subject, context)) \
            if subject is not None else None
    if target is None and trigger.pos_ == "NOUN":
        target = _receiver(trigger, context)
    for head in heads:
        objects = []
        # What follows the verb first: a phrase fronted before the subject is a circumstance
        # ("With help from Jordan, the US launched strikes against IS": IS, not Jordan).
        for child in [*head.rights, *head.lefts]:
            if is_topic(child, head, code):
                continue  # "discussed Syria with Lavrov", "talks on Syria with Turkey": what it is about
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "granted asylum to X" parsed as dative
                target, place = _prepositional(child, code, target, place, context)
            elif child.dep_ in {"dobj", "dative", "nsubjpass", "attr"} and target is None:
                objects.append(child)
                if own_side(child, context) or (child.dep_ == "dobj" and is_conveyed(head)):
                    continue  # "recalled its ambassador to Hungary", "sent troops to Lithuania": look past it
                if child.dep_ == "dobj" and _thing_conveyed(head, child, context):
                    continue  # "deploying an early warning system in Japan": where it is put, not whom it aims at
                if is_audience(child, head):
                    continue  # "told reporters that …": whom one speaks before, not whom the act is aimed at
                if child.dep_ == "dobj" and code[:2] == INTENT_ROOT and context.mention(child) is not None and yet_to_be(child):
                    continue  # "promised a new interim government": what is promised, not to whom
                found = context.place(child)
                if found is not None and code.startswith(CONTACT_ROOT):
                    place = place or found
                if child.i != trigger.i and restates(child, code) and marked_by_doer(child, context):
                    # "reimposed U.S. sanctions on Iran": the noun names the verb's own act, so a
                    # country on it is the doer's; whom it is aimed at comes after it
                    continue
                if child.i != trigger.i and code[:2] not in JUDGING_ROOTS and own_measure(child, head, context):
                    # "lifted the American arms embargo on Vietnam", "suspended U.S. aid to Egypt":
                    # the doer's own measure; whom it bears on comes after it (one judging it,
                    # "criticized the US embargo", judges its doer)
                    continue
                if child.i != trigger.i and judged_act(child, head, code, context):
                    # "condemned the attack on Saudi oil installations": whom it struck is not the condemned
                    target = _doer_of_act(child, context)
                    continue
                target = _object_actor(child, context)
                if target is None or not target.code or _pronoun_owned(child, context):
                    # "denounced Kerry's 'Shadow Diplomacy'": Kerry; "rejected her Brexit deal": hers
                    target = _partner_of_meeting(child, code, context) or _pact_partner(child, code, context) \
                        or _possessor(child, context) or target
                if target is None and child.dep_ == "dobj" and code[:2] in JUDGING_ROOTS:
                    target = _quality_owner(child, context)  # "denounced the fecklessness of Obama's response": Obama
                if child.dep_ == "dobj" and (target is None or not target.code):
                    # "attacked both Tlaib and Omar" with no code for Tlaib: the coded one beside it
                    target = next((a for c in child.conjuncts if (a := _object_actor(c, context)) is not None and a.code), target)
            elif child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN" and code[:2] not in SUBJECTIVE_OF_ROOTS:
                # "criticism of Turkey", "the arrest of two Britons": the noun's object, not its
                # doer; but "the withdrawal of its troops" names who withdraws (the doer's own side)
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and not own_side(obj) and head.lower_ not in DOER_OF_NOUNS:
                    # "criticism of Putin's policy in Syria": whose policy it is, before where
                    target = target or _possessor(obj, context) or actor_at(obj, context) or _office_holder(obj, context)
                    objects.append(obj)  # "rejection of a treaty with the EU": the thing's partner, as for "rejected a treaty with the EU"
            elif child.dep_ == "prep" and child.lower_ == "by" and _active_with_object(head):
                # "criticized the remarks by Trump" parsed with "by" on the verb: an active verb has
                # no agent phrase, so it is the object's
                target, place = _prepositional(child, code, target, place, context, by_allowed=True)
            elif child.dep_ == "prep" and any(is_audience(g, head) for g in child.children if g.dep_ == "pobj"):
                continue  # "said to reporters that …": the audience
            elif child.dep_ == "prep" and _fronted(child, head):
                # "At the start of Syria's war, X pushed for …": a circumstance, where but not whom;
                # only a partner named in it counts ("In a call with Putin, Trump urged …")
                _, place = _prepositional(child, code, target, place, context)
                for inner in (p for obj in child.children if obj.dep_ == "pobj" for p in _object_preps(obj)):
                    if target is None and inner.lower_ in {"with", "to"} and not is_topic(inner, inner.head, code):
                        target, place = _prepositional(inner, code, target, place, context)
            elif child.dep_ == "prep" and reason_given(child, head, code):
                continue  # "investigated Atkinson for his handling of the Ukraine matter": why, not whom
            elif child.dep_ == "prep":
                target, place = _prepositional(child, code, target, place, context)
        asked_for = _framed_noun(head) if head.pos_ == "VERB" else None
        if asked_for is not None and asked_for[0] not in objects:
            objects.append(asked_for[0])  # "called for talks with Iran": the talks' partner
        for obj in objects:  # "threatened action against Russia", "rejected calls by Belarus"
            judged = obj.i != trigger.i and judged_act(obj, head, code, context)
            asked = obj.i != trigger.i and asked_measure(obj, code)
            for child in [*_object_preps(obj), *_imposed_preps(obj)]:
                if (judged or asked) and child.lower_ != "by":
                    continue  # "praised the attack on Islamic State": the struck, not the praised
                if target is None and not is_topic(child, obj, _noun_event_code(obj) or ""):  # "called for talks on Syria": no one
                    target, place = _prepositional(child, code, target, place, context, by_allowed=True)
        if target is not None and head.i == trigger.i:
            break
    if target is None and trigger.pos_ == "VERB":
        target = _shared_passive_subject(trigger, context) or small_clause_patient(trigger, context)
    if target is None and trigger.pos_ == "VERB" and trigger.lemma_.lower() in ALLOWING_VERBS:
        target = _complement_target(trigger, context)  # "allowed Turkish officials to conduct a search"
    if target is None:
        # "a threat to veto the bill", "refused to hand the suspects over to Britain": the
        # infinitive's object or recipient
        # (a verb only where it frames its infinitive: another verb's infinitive is its purpose
        # and is coded on its own, "voted to impose sanctions on X")
        # "proposed to pay Denmark": an offer or intent word coded on its own (03) frames its infinitive too
        # (not a request's: "a request to lift restrictions on refugees" is asked of someone else)
        # (nor a demand's: "demands to reform NAFTA" are made of whoever is to reform it)
        # A verb with an object of its own has it for a purpose: "requested weapons to hold off
        # Assad's forces" is not asked of them.
        wanted = ({"acl", "relcl"} if not code.startswith((APPEAL_ROOT, DEMAND_ROOT)) else set()) if trigger.pos_ == "NOUN" else \
            {"xcomp"} if (trigger.lemma_ in FRAME_VERBS or code[:2] == INTENT_ROOT) \
            and not any(c.dep_ == "dobj" for c in trigger.children) else set()
        for child in trigger.children:
            if child.dep_ in wanted and child.pos_ == "VERB" \
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                if trigger.pos_ == "NOUN":
                    target, place = target_and_place(child, code, None, context)
                else:  # a verb's own object or recipient, named outright
                    target = _complement_target(child, context)
                break
            if trigger.pos_ == "VERB" and code[:2] in {INTENT_ROOT, THREAT_ROOT} and child.dep_ == "prep" \
                    and child.lower_ in GERUND_PREPOSITIONS:
                # "would not commit to sending the articles to the Senate": the gerund's recipient;
                # "plans on attacking the United States": whom the planned act is aimed at
                gerund = next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                if gerund is not None:
                    target = _complement_target(gerund, context)
                    break
        stray = _stray_infinitive(trigger) if target is None and trigger.pos_ == "NOUN" and code[:2] == INTENT_ROOT else None
        if stray is not None:
            target, found = target_and_place(stray, code, None, context)
            place = place or found
    if target is None and trigger.pos_ == "NOUN" and code[:2] in {APPEAL_ROOT, DEMAND_ROOT}:
        target = _asked_in_clause(trigger, context)  # "a demand that the Taliban agree to a ceasefire"
    if target is None and code[:2] in {APPEAL_ROOT, DEMAND_ROOT}:
        target = _asked_for_to(trigger, context)  # "stressed the need for Democrats to support …"
    if target is None and trigger.pos_ == "NOUN" and is_conflictual(code):
        target = _struck_by_relative(trigger, context)
    if target is None and trigger.pos_ == "NOUN":
        striker = _striker_of(trigger, context)
        target = striker[1] if striker is not None else None  # "the Syrian attack" done with US forces: on Syria
    if target is None:
        target = _addressee(heads, context)
    if target is None and trigger.pos_ == "VERB" and FRAME_VERBS.get(trigger.lemma_) in {"demand", "appeal"}:
        target = _accused_in_clause(trigger, context)  # "demanded that the US seek permission": whom it is asked of
    if target is None and trigger.pos_ == "VERB":
        target = _shared_object(trigger, context)
    if target is None and code[:2] == INVESTIGATE_ROOT:
        target = _investigated_in_clause(heads, context)  # "an inquiry into whether Russia interfered"
    if target is None and code[:2] == INVESTIGATE_ROOT and trigger.pos_ == "NOUN":
        target = _investigated_topic(trigger, context)  # "Mueller's Russia probe": Russia
    if target is None and trigger.pos_ == "VERB" and code[:2] == DISAPPROVE_ROOT:
        target = _accused_in_clause(trigger, context) or _accused_after(trigger, context)
    if _feelers(trigger) is not None:  # "Germany was saddened by the Turkish decision": Turkey
        target = _feeling_cause(trigger, context)
    target = settled_target(trigger, code, target, context)  # the phrases read at the end of this module
    return target, place


def is_topic(child: Token, head: Token, code: str) -> bool:
    """What a consultation is about, not whom it is with: the object of a verb of discussing
    ("Kerry discussed Syria with Lavrov") and a topic phrase on a consultation, its noun or its
    light verb ("held talks on Syria with Turkey", "a meeting about the sanctions"); the partner
    is named after "with" or "between"."""
    discussing = head.lemma_.lower() in DISCUSSING_HEADS
    if head.lemma_.lower() in SHARING_VERBS and child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS:
        return True  # "shared intelligence on the militants with Israel": what it is about
    if child.dep_ == "dobj":
        return discussing and child.pos_ in {"NOUN", "PROPN"}
    return child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS and (
        discussing or (code[:2] == CONTACT_ROOT and (head.pos_ == "NOUN" or is_light(head))) or met_about(child, head, code))


def met_about(preposition: Token, head: Token, code: str) -> bool:
    """"are due to meet on crises including Libya and Syria", "will meet about Venezuela": a
    topic phrase on a verb of meeting or talking names what it is about; the partner is named
    after "with" (but one "calls on" a host: a visit)."""
    if head.pos_ != "VERB" or not code.startswith((CONTACT_ROOT, MEET_INTENT)):
        return False
    return not (preposition.lower_ == "on" and head.lemma_.lower() == "call")


def reason_given(preposition: Token, head: Token, code: str) -> bool:
    """"was investigated by senators for his handling of the Iraq file", "praised Smith for her
    work with Kenya": a "for" phrase on a verb of judging, investigating or punishing whose object
    or passive subject names someone says why; whom it is aimed at is that one, not a country
    named in the reason."""
    if preposition.lower_ != "for" or head.pos_ != "VERB" or code[:2] not in REASONED_ROOTS:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and (c.pos_ in {"PROPN", "PRON"} or c.ent_type_ == "PERSON")
               for c in head.children)


def _addressee(heads: list[Token], context: Context) -> Actor | None:
    """"made his appeal in a letter to McConnell": whom the message that carries the act is sent
    to, named outright after "to"; not on an infinitive ("urged X to show restraint in a letter to
    Y": the letter is the urging's, the parse notwithstanding)."""
    for head in (h for h in heads if h.dep_ != "xcomp"):
        # on the verb, or on its object as the parse often puts it ("pledged support in a call to X")
        carriers = [head, *(c for c in head.children if c.dep_ == "dobj")]
        for medium in (c for carrier in carriers for c in carrier.children if c.dep_ == "prep" and c.lower_ in MEDIUM_PREPOSITIONS):
            for message in (g for g in medium.children if g.dep_ == "pobj" and g.lemma_.lower() in ADDRESSED_MESSAGES):
                for to in (g for g in message.children if g.dep_ == "prep" and g.lower_ == "to"):
                    for obj in (g for g in to.children if g.dep_ == "pobj"):
                        actor = _object_actor(obj, context)
                        if actor is not None and (actor.code or actor.kind == "person"):
                            return actor
    return None


def allowed_to_act(frame: Token, clause: Token, context: Context) -> Actor | None:
    """"agreed to allow Turkish officials to conduct a search": whom a verb of letting between a
    frame and the act it frames lets act is the frame's target, not the act's."""
    allowing = clause.head
    if clause.dep_ not in {"ccomp", "xcomp"} or allowing.lemma_.lower() not in ALLOWING_VERBS \
            or not (allowing.i == frame.i or (allowing.dep_ == "xcomp" and allowing.head.i == frame.i)):
        return None
    return _complement_target(allowing, context)


# Verbs of telling someone something, whose object hears what a verb joined to them commits to
TELLING_VERBS = INFORMING_VERBS | {"tell"}


def told_whom(speech: Token, context: Context) -> Actor | None:
    """"'I will shut it down,' Trump told Democratic leaders": whom a verb of saying tells the
    intent or threat it reports, its object named outright (a coded actor; no audience: "told
    reporters", "told CNN", and none of the speaker's own: "told his aides")."""
    for child in speech.children:
        if child.dep_ not in {"dobj", "dative"} or child.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        if listed(child, AUDIENCE_NOUNS) or own_side(child, context):
            continue
        actor = _object_actor(child, context)
        if actor is not None and actor.code and actor.role != "MED":  # "told CNN": an interview, no recipient
            return actor
    return None


def asked_party(word: Token, context: Context) -> Actor | None:
    """Whom a word naming the one asked to act stands for: an actor named, or a pronoun resolved in
    its sentence, as an object ("wrote to U.S. senators urging them to delay the vote": the
    senators) or as the subject of the asked clause (`_named_before_asking`)."""
    actor = actor_at(word, context)
    if actor is not None or word.tag_ != "PRP":
        return actor
    if word.dep_ in {"dobj", "dative"}:
        return _object_actor(word, context)
    return _named_before_asking(word, context) if word.dep_ == "nsubj" else None


def _named_before_asking(pronoun: Token, context: Context) -> Actor | None:
    """"blasted the governor and demanded (that) he resign": the subject pronoun of a clause asked
    for by a verb joined to an earlier one stands for that one's object, when that is the only
    object and agrees with it (a coded actor)."""
    kind = REFERRING_PRONOUNS.get(pronoun.lower_)
    asking = pronoun.head.head
    if kind is None or pronoun.head.dep_ != "ccomp" or asking.dep_ != "conj" or asking.head.pos_ != "VERB" \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in asking.children):
        return None  # "Obama criticized Putin and Merkel demanded he …": a clause of its own
    objects = [o for c in asking.head.children if c.dep_ == "dobj" for o in with_conjuncts(c)]
    if len(objects) != 1 or not _agrees(objects[0], kind, context):
        return None
    actor = actor_at(objects[0], context)
    return actor if actor is not None and actor.code else None


def is_audience(noun: Token, head: Token) -> bool:
    """"told reporters that talks had failed", "assured voters the plan would work": an audience
    noun as the object of a verb that reports a clause is who hears it, no recipient ("urged the
    public to stay home", an appeal with its infinitive, has one)."""
    return listed(noun, AUDIENCE_NOUNS) and any(c.dep_ == "ccomp" for c in head.children)


def _receiver(noun: Token, context: Context) -> Actor | None:
    """"Egypt, a major recipient of American aid", "Iran has been the target of US sanctions",
    "civilians were victims of airstrikes": whom a receiving noun stands for is the act's target."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in RECEIVING_NOUNS:
        return None
    holder = of.head
    if holder.dep_ == "appos":
        return actor_at(holder.head, context)
    if holder.dep_ == "attr":  # "X is/remains the target of …"
        for subject in subjects_of(holder.head, context.index):
            if subject.lower_ in {"which", "who", "that"}:  # "Egypt, which was … and remains a recipient of …"
                subject = next((a.head for a in subject.ancestors if a.dep_ == "relcl"), subject)
            actor = actor_at(subject, context)
            if actor is not None and actor.code:
                return actor
        return None
    actor = actor_at(holder, context)
    return actor if actor is not None and context.mention(holder) is not None else None


def _accused_after(verb: Token, context: Context) -> Actor | None:
    """"criticized the deal, accusing Obama of breaking the law": a verb of disapproval whose
    object is a thing aims at whom a participle of disapproval after it names."""
    for child in verb.rights:
        if child.dep_ in {"advcl", "conj", "xcomp"} and child.tag_ == "VBG" \
                and (verb_code(child.lemma_) or "")[:2] == DISAPPROVE_ROOT:
            for obj in (g for g in child.children if g.dep_ in {"dobj", "dative"}):
                actor = _object_actor(obj, context)
                if actor is not None and actor.code:
                    return actor
    return None


def _accused_in_clause(verb: Token, context: Context) -> Actor | None:
    """"prosecutors allege that Manafort hid income", "critics complained that the ministry lied":
    a verb of disapproval aims at the subject of the clause it frames, when that is named outright."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
        for subject in (g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"} and g.pos_ in {"PROPN", "NOUN"}):
            mention = context.mention(subject)
            if mention is not None and (mention.actor.code or mention.actor.kind == "person"):
                return mention.actor
    return None


def _investigated_in_clause(heads: list[Token], context: Context) -> Actor | None:
    """"investigated whether Russia interfered", "opened an inquiry into whether the senator worked
    for Moscow": an investigation of an open question looks into what the question's doer did,
    when that doer is named outright (the subject of an active clause; "whether the campaign was
    spied on" is about whoever spied)."""
    clauses = [c for head in heads for c in head.children if c.dep_ == "ccomp" and head.pos_ == "VERB"]
    clauses += [g for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ in INQUIRY_PREPOSITIONS
                for g in c.children if g.dep_ == "pcomp"]
    for clause in clauses:
        if clause.pos_ not in {"VERB", "AUX"} or not any(g.dep_ in {"mark", "advmod"} and g.lower_ in INQUIRY_WORDS for g in clause.children):
            continue
        for subject in (g for g in clause.children if g.dep_ == "nsubj" and g.pos_ in {"PROPN", "NOUN"}):
            mention = context.mention(subject)
            if mention is not None and mention.actor.code:
                return mention.actor
    return None


def _investigated_topic(noun: Token, context: Context) -> Actor | None:
    """"Mueller's Russia probe", "the Ukraine inquiry": a country's own name before an
    investigation noun names what it is about (`names_topic`), and what an investigation is about
    is what it looks into; an abbreviation or a demonym is the investigator's ("the U.S. inquiry")."""
    for child in noun.lefts:
        if names_topic(child, noun, context):
            mention = context.mention(child)
            return mention.actor if mention is not None and mention.actor.code else None
    return None


def _asked_in_clause(noun: Token, context: Context) -> Actor | None:
    """"a demand by Trump that the Taliban agree to a ceasefire", "calls that Russia withdraw":
    what a demand or appeal noun asks is done by the subject of its that-clause, named outright."""
    for clause in (c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)):
        for subject in (g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"} and g.pos_ in {"PROPN", "NOUN"}):
            mention = context.mention(subject)
            if mention is not None and mention.actor.code:
                return mention.actor
    return None


def _asked_for_to(trigger: Token, context: Context) -> Actor | None:
    """"stressed the need for Democrats to support the bill", "called for Israel to halt
    construction", "a call for Congress to act": whom an appeal or demand asks to act is the
    subject of its "for … to" clause (on the trigger, or on the need or call it names as its
    object), when that is a coded actor named outright."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN")]
    for clause in (c for holder in holders for c in holder.children if c.dep_ in {"advcl", "acl", "relcl", "ccomp"}
                   and c.pos_ == "VERB" and to_infinitive(c) and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)):
        for subject in (g for g in clause.children if g.dep_ == "nsubj" and g.pos_ in {"PROPN", "NOUN"}):
            if own_side(subject, context):
                continue
            actor = actor_at(subject, context)
            if actor is not None and actor.code and context.mention(subject) is not None:
                return actor
    return None


def yet_to_be(noun: Token) -> bool:
    """"a new government", "an army of volunteers": a body named as one still to come, not one
    that exists to act on."""
    return any((c.dep_ == "det" and c.lower_ in {"a", "an"}) or (c.dep_ == "amod" and c.lower_ == "new") for c in noun.children)


def _fronted(preposition: Token, head: Token) -> bool:
    """A phrase before its verb's subject ("At the start of Syria's war, the State Department
    pushed …"): a circumstance of the act, not whom it is aimed at."""
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return head.pos_ == "VERB" and subject is not None and preposition.i < subject.i


def _complement_target(verb: Token, context: Context) -> Actor | None:
    """Whom an infinitive acts on, named outright: its object ("refused to meet the Dalai Lama"),
    the maker of its object ("to veto the bill passed by Congress") or a recipient after a target
    preposition ("to hand the suspects over to Britain"); nothing read deeper into a phrase ("failed
    to settle the status of Kurdish schools" is aimed at no one)."""
    def named(token: Token) -> Actor | None:
        if _unknown_person(token):
            return None  # "to call him or her": no one named
        mention = context.mention(token)
        if mention is not None and mention.actor.code:
            return mention.actor
        country = _named_country(token, context)
        if country is not None:
            return country
        return (_possessor(token, context) or _antecedent(token, context) or _goods_maker(token, context)) \
            if mention is None else None

    def named_after_preposition(head: Token, deps: frozenset[str]) -> Actor | None:
        """The first one named after a target preposition of `head` ("to Britain", "on North Korea")."""
        return next((actor for p in head.children if p.dep_ in deps and p.lower_ in TARGET_PREPOSITIONS
                     for g in p.children if g.dep_ == "pobj" and (actor := named(g)) is not None), None)

    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and child.pos_ != "ADP":
            if own_side(child, context):
                continue  # "prepared to order our special forces to act": the doer's own, not whom it aims at
            if child.dep_ == "dobj" and is_conveyed(verb):
                continue  # "promised to send more troops to Estonia": what is sent; Estonia receives it
            actor = named(child)
            if actor is not None:
                return actor
    actor = named_after_preposition(verb, frozenset({"prep", "dative"}))
    if actor is not None:
        return actor
    if verb.lemma_.lower() in HELPING_VERBS | ALLOWING_VERBS and not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        # "pledged to help Syria rebuild its army": whom it helps is who is to do what it helps do;
        # "agreed to allow Turkish officials to conduct a search": whom it lets act
        for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB"):
            for subject in (g for g in clause.children if g.dep_ == "nsubj"):
                if own_side(subject, context):
                    continue  # "agreed to let its troops stay": the doer's own
                actor = named(subject)
                if actor is None and verb.lemma_.lower() in ALLOWING_VERBS:
                    # "allow Israeli inspectors to examine": a group by its modifiers, when coded
                    actor = actor_at(subject, context)
                    actor = actor if actor is not None and actor.code else None
                if actor is not None:
                    return actor
    for child in verb.children:
        # "agreed to lift sanctions on North Korea": an event noun as the object names its own
        # recipient (only an event noun: "to settle the status of Kurdish schools" names no one),
        # as does a tariff or duty ("to raise tariffs on Chinese goods")
        if child.dep_ == "dobj" and child.pos_ == "NOUN" \
                and (_noun_event_code(child) is not None or child.lemma_.lower() in SANCTION_OBJECTS):
            actor = named_after_preposition(child, frozenset({"prep"})) \
                or next((a for p in _imposed_preps(child) for g in p.children if g.dep_ == "pobj" and (a := named(g)) is not None), None)
            if actor is not None:
                return actor
    return None


def _goods_maker(noun: Token, context: Context) -> Actor | None:
    """"to hike tariffs on $200 billion worth of Chinese goods", "to ban U.S. imports": goods a
    demonym or a country's name says whose they are (through an amount of them) bear on that country."""
    goods = noun
    if _counted(goods) or goods.lemma_.lower() in QUANTITY_NOUNS or goods.lower_ == "worth":
        goods = next((g for c in goods.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), goods)
    if goods.lower_ not in TRADED_GOODS_NOUNS:
        return None
    for child in (c for c in goods.children if c.dep_ in {"amod", "compound"}):
        mention = context.mention(child)
        if mention is not None and mention.actor.kind == "country":
            return mention.actor
        country = demonym_country(child)
        if country is not None:
            return country_actor(country)
    return None


def _stray_infinitive(noun: Token) -> Token | None:
    """"made a commitment in September to bring in refugees", "the commitment made by Kerry in 2015
    to bring in refugees": the infinitive of an intent noun with none of its own, which the parse
    hangs on the verb governing the noun (after the noun)."""
    if any(c.dep_ in {"acl", "relcl"} and to_infinitive(c) for c in noun.children):
        return None
    if noun.dep_ not in {"dobj", "nsubjpass"} or noun.head.pos_ != "VERB":
        return None
    # on the governing verb, or on the participle the noun is made by ("the commitment made … to bring")
    verbs = [noun.head, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    return next((c for verb in verbs for c in verb.children
                 if c.dep_ == "advcl" and c.i > noun.i and c.pos_ == "VERB" and to_infinitive(c)), None)


def _struck_by_relative(noun: Token, context: Context) -> Actor | None:
    """Whom a hostile event noun acts on in its own relative clause: "the airstrikes that
    destroyed Hamas positions", "shelling that hit the headquarters of the militia"; only a
    coded actor, and only where the noun is the clause's doer ("that"/"which" its subject)."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        if not any(g.dep_ == "nsubj" and g.lower_ in {"that", "which"} for g in clause.children):
            continue
        actor = _complement_target(clause, context)
        if actor is None:
            obj = next((g for g in clause.children if g.dep_ == "dobj"), None)
            actor = actor_at(obj, context) if obj is not None else None
        if actor is not None and actor.code:
            return actor
    return None


def undergoing_verb(noun: Token) -> Token | None:
    """The verb by which its subject undergoes an event noun: "received aid", "faced criticism",
    "came under fire", "drew condemnation" (whoever gives it is named after "from")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under":
        verb = verb.head  # "came under rocket fire"
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in UNDERGOING_VERBS else None


def _thing_conveyed(verb: Token, obj: Token, context: Context) -> bool:
    """"deploying a missile defence system in Japan": a thing a verb of conveying puts somewhere is
    not whom the act is aimed at, nor is the country it is put in (a recipient is named after "to"
    or as the indirect object; "gave Ukraine weapons", parsed as a compound, keeps Ukraine)."""
    if verb.lemma_.lower() not in CONVEYING_VERBS or obj.pos_ != "NOUN" or context.mention(obj) is not None \
            or role_of(obj.text) or _counted(obj) or marked_by_doer(obj, context):
        return False
    return any(c.dep_ == "prep" and c.lower_ in WHERE_PREPOSITIONS for c in obj.children)


def is_conveyed(verb: Token) -> bool:
    """"sent troops to Lithuania", "gave Myanmar aid", "shared intelligence with the rebels": a verb
    of conveying or sharing with a recipient, whose direct object is what is conveyed, not whom the
    act is aimed at."""
    if verb.lemma_.lower() in SHARING_VERBS:  # the parse hangs "with" on the verb or on what is shared
        return any(objects_of(head, {"with"}) for head in (verb, *(c for c in verb.children if c.dep_ == "dobj")))
    if verb.lemma_.lower() not in CONVEYING_VERBS:
        return False
    return any((c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN", "PRON"})
               or (c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "toward", "towards"} and any(g.dep_ == "pobj" for g in c.children))
               for c in verb.children)


def restates(noun: Token, code: str) -> bool:
    """An object noun that names the verb's own act ("imposed sanctions", "launched strikes"): an
    event noun of the same CAMEO root."""
    if noun.pos_ != "NOUN":
        return False
    own = _noun_event_code(noun)
    return own is not None and own[:2] == code[:2]


def marked_by_doer(noun: Token, context: Context) -> bool:
    """"U.S. sanctions", "Russian air strikes": an actor named before the noun."""
    return context.mention(noun) is None and any(
        c.dep_ in {"compound", "amod", "nmod", "poss"} and (context.mention(c) is not None or country_by_demonym(c.text) is not None)
        for c in noun.lefts)


def _active_with_object(verb: Token) -> bool:
    return (verb.pos_ == "VERB" and verb.tag_ != "VBN" and any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children))


def _shared_passive_subject(verb: Token, context: Context) -> Actor | None:
    """"Deby, who signed a peace deal and was later killed by rebels": a passive verb with no
    subject of its own shares its first conjunct's, and a relative pronoun stands for the noun its
    clause describes; whom it names is who underwent the act."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    first = first_conjunct(verb)
    if first is verb:
        return None
    subject = next((c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    if subject.lower_ in {"which", "who", "that"} and first.dep_ == "relcl":
        subject = first.head
    actor = _object_actor(subject, context)
    return actor if actor is not None and actor.code else None


def _prepositional(preposition: Token, code: str, target: Actor | None, place: Place | None,
                   context: Context, by_allowed: bool = False) -> tuple[Actor | None, Place | None]:
    """"apologized to Brazil", "talks with Iran", "attacks in Iraq": a country after a target
    preposition is the target and may be the place too; after "in" or "near" only the place.
    On an object noun, "by" names whose act it is ("rejected calls by Belarus")."""
    word = preposition.lower_
    if word == "by" and not by_allowed:
        return target, place
    if word in {"from", "against"} and preposition.head.lemma_.lower() in PROTECTING_VERBS:
        return target, place  # "defend the Kurds from Turkish attacks": the danger, not the target
    if on_a_path(preposition):
        # "attacked north from Baghdad to Beiji": the way it went, places only
        found_places = (context.place(g) for g in preposition.children if g.dep_ == "pobj")
        return target, place or next((f for f in found_places if f is not None), None)
    wanted = TARGET_PREPOSITIONS | {"by"} | ({"in"} if taken_part_in(preposition) else set())
    if word == "between" and ((code.startswith(MEDIATION) and preposition.head.pos_ == "VERB") or _parties_between(preposition)):
        wanted = wanted | {"between"}  # "mediate between India and Pakistan": each party ("talks between X and Y" are X's and Y's)
    if word == "at" and code[:2] < CONFLICT_FROM:
        wanted = wanted - {"at"}  # "met at the G20 summit", "signed at the UN": a venue; one fires or lashes out at a target
    for obj in (g for g in preposition.children if g.dep_ == "pobj"):
        if _medium_of_words(preposition, obj, code):
            continue  # "attacked Pelosi on Twitter": where it was said, not whom it aims at
        found = context.place(obj)
        if found is not None and word in PLACE_PREPOSITIONS:
            place = place or found
            if code[:2] in MEETING_ROOTS and _seat_of_bodies(found):
                continue  # "was to travel to New York": to the UN, whose seat the US is no host of
            if code == VISIT and word in {"to", "in"}:  # a visit's target is its host
                target = country_actor_of(found) or target
            elif word in TARGET_PREPOSITIONS and (word != "at" or code[:2] in FORCE_ROOTS or _aimed_at_state(found, code)) \
                    and target is None and not (code[:2] in MEETING_ROOTS and _meets_someone(preposition.head)):
                # (not "journeyed to Paris to meet with the North Vietnamese": where they met, not whom)
                target = actor_at(obj, context)
            continue
        if word == "in" and target is None and code[:2] in FORCE_ROOTS:
            target = _fought_with(obj, context)  # "died in a firefight with Russian forces": the forces
        if word in wanted and target is None:
            target = _object_actor(obj, context) or _partner_of_meeting(obj, code, context) or _possessor(obj, context)
            if target is None and word == "in":  # "its participation in the European Union refugee program"
                target = _named_owner(obj, context)
            if target is None and not own_side(obj, context):
                # "attacks on impeachment, House Democrats and …": the first one that names someone
                # (the parser may hang the later items on the event noun itself); not a list
                # led by the doer's own ("service to our country and the party")
                listed_after = [*obj.conjuncts, *(c for c in preposition.head.children if c.dep_ == "conj" and preposition.head.pos_ == "NOUN")]
                target = next((a for c in sorted(listed_after, key=lambda t: t.i) if c.i > obj.i
                               and (a := _object_actor(c, context)) is not None and a.code), None)
            if target is not None and target.kind == "country" and code.startswith(CONTACT_ROOT) and word == "to":
                place = place or Place(target.name, target.country, feature="country")  # "travelled to Nepal"
            if target is None and word != "by" and not asked_measure(obj, code):  # "warned against travel to Venezuela"
                for inner in _object_preps(obj):
                    if inner.lower_ in TARGET_PREPOSITIONS and target is None and not is_topic(inner, obj, _noun_event_code(obj) or ""):
                        target, place = _prepositional(inner, code, target, place, context)
    return target, place


def _aimed_at_state(place: Place, code: str) -> bool:
    """"lashed out at China", "hit out at Germany": a country after "at" in a hostile act is whom
    it is aimed at; no one meets, protests or speaks "at" a whole country (a smaller place after
    "at" is where: "rioted at a jail")."""
    return code[:2] >= CONFLICT_FROM and place.feature == "country" and bool(place.country)


def asked_measure(noun: Token, code: str) -> bool:
    """"pushed for a worldwide embargo on Iranian oil", "called for sanctions against Venezuela":
    a hostile measure asked or demanded is asked of whoever would impose it, not of the one it
    would bear on; that one is no recipient of the appeal (left empty when no one asked is named)."""
    if code[:2] not in {APPEAL_ROOT, DEMAND_ROOT} or noun.pos_ != "NOUN":
        return False
    own = _noun_event_code(noun)
    return own is not None and own[:2] >= HOSTILE_FROM


def _fought_with(noun: Token, context: Context) -> Actor | None:
    """"were wounded in a firefight with Russian forces", "died in clashes with police": a fight
    named as where a violent act happened is fought with whom its "with" phrase names (a coded actor)."""
    if noun.pos_ != "NOUN" or (_noun_event_code(noun) or "")[:2] not in FORCE_ROOTS:
        return None
    for obj in objects_of(noun, {"with"}):
        actor = _object_actor(obj, context)
        if actor is not None and actor.code:
            return actor
    return None


def on_a_path(preposition: Token) -> bool:
    """"attacked north from Baghdad to Beiji", "fired from Gaza into Israel": the way a verb of
    movement or attack went: "from" with a "to" beside it (its origin), or any of them on an
    intransitive verb with a compass direction. Such a phrase names places, never whom the act
    is aimed at."""
    head = preposition.head
    ways = {"from", "to", "into", "toward", "towards"}
    if head.pos_ != "VERB" or preposition.lower_ not in ways:
        return False
    if preposition.lower_ == "from" and any(c.dep_ == "prep" and c.lower_ in ways - {"from"} for c in head.children):
        return True  # "fired rockets from Gaza into Israel": Gaza is where from; Israel still its aim
    return not any(c.dep_ in {"dobj", "dative"} for c in head.children) \
        and any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in DIRECTION_WORDS for c in head.children)


def taken_part_in(preposition: Token) -> bool:
    """"its participation in the EU programme", "membership in NATO": the "in" of a noun of
    taking part names the body taken part in."""
    return preposition.lower_ == "in" and preposition.head.lemma_.lower() in TAKING_PART_NOUNS


def _named_owner(noun: Token, context: Context) -> Actor | None:
    """"the European Union refugee program": a coded body named before a thing, its owner (not a
    city naming it: "the Paris accord")."""
    for child in noun.lefts:
        mention = context.mention(child) if child.dep_ in {"compound", "nmod"} else None
        where = context.place(child)
        if mention is not None and mention.actor.code and (where is None or where.feature == "country"):
            return mention.actor
    return None


def judged_act(noun: Token, head: Token, code: str, context: Context) -> bool:
    """"condemned the attack on Saudi oil installations", "praised the attack on Islamic State": an
    act of approval or disapproval whose object is another's hostile act judges that act's doer;
    whom the act struck is no target of the judgement. Not the verb's own act told by its object
    ("lodged a protest with Albania" is the complaint itself, made to Albania)."""
    if code[:2] not in JUDGING_ROOTS or noun.pos_ != "NOUN" or context.mention(noun) is not None:
        return False
    own = verb_code(head.lemma_)
    if head.pos_ != "VERB" or verb_code(head.lemma_, "", noun.lemma_) != own \
            or not ((own or "")[:2] in JUDGING_ROOTS or head.lemma_.lower() in NAMING_VERBS):
        return False  # a judging verb ("condemned", "praised") or one naming the act ("called the attack an act of war")
    judged = _noun_event_code(noun)
    return judged is not None and judged[:2] >= HOSTILE_FROM and not restates(noun, code)


def own_measure(noun: Token, head: Token, context: Context) -> bool:
    """"Obama lifted the American arms embargo on Vietnam", "Washington suspended U.S. aid to
    Egypt": an event noun marked as the measure of the verb's own doer's country (a demonym or a
    country on it) is the doer's own act, not whom the verb acts on; the one it bears on is named
    after it ("on Vietnam", "to Egypt"), and without one nobody is (the doer would be its own target).
    A body or person marking it is another actor ("Trump rejected the House's offer")."""
    if noun.pos_ != "NOUN" or head.pos_ != "VERB" or _noun_event_code(noun) is None or not marked_by_doer(noun, context):
        return False
    marks = set()
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod", "nmod", "poss"}:
            mention = context.mention(child)  # a country, not a body of it ("rejected the House's offer")
            country = (mention.actor.country if mention.actor.kind == "country" else None) if mention is not None \
                else getattr(demonym_country(child), "iso3", None)
            if country:
                marks.add(country)
    if not marks:
        return False
    doers = (actor_at(t, context) for t in subjects_of(head, context.index))
    return any(doer is not None and doer.country in marks for doer in doers)


def _quality_owner(noun: Token, context: Context) -> Actor | None:
    """"denounced the fecklessness of Obama's response", "praised the speed of Germany's
    decision": a judgement of a quality of someone's thing judges its owner (the possessor of the
    of-object; only a named one: "the timing of the vote" names no one)."""
    if noun.pos_ != "NOUN" or context.mention(noun) is not None or _noun_event_code(noun) is not None:
        return None
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in of.children if g.dep_ == "pobj"):
            owner = _possessor(obj, context)
            if owner is not None:
                return owner
    return None


def _doer_of_act(noun: Token, context: Context) -> Actor | None:
    """Whose act a hostile event noun is, named on it: "Iran's attack", "the Israeli strike",
    "the Houthi attack", "the attack by Hezbollah"; none else ("the attack on Saudi Arabia")."""
    owner = _possessor(noun, context)
    if owner is not None:
        return owner
    for child in noun.lefts:
        if child.dep_ in {"amod", "compound", "nmod"}:
            mention = context.mention(child)
            if mention is not None and mention.actor.code:
                return mention.actor
            country = demonym_country(child) if mention is None else None
            if country is not None:
                return country_actor(country)
    for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        for obj in (g for g in by.children if g.dep_ == "pobj"):
            actor = _object_actor(obj, context)
            if actor is not None and actor.code:
                return actor
    if (_noun_event_code(noun) or "")[:2] == COERCE_ROOT:  # "the crackdown in Syria": a state represses at home
        for where in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (g for g in where.children if g.dep_ == "pobj"):
                home = _named_country(obj, context)
                if home is not None:
                    return home
    return None


def _seat_of_bodies(place: Place) -> bool:
    """New York, Geneva, Strasbourg, Davos: a city where international bodies sit, not its
    country's seat of government; a trip or meeting there names no host."""
    return place.feature != "country" and place.name.lower() in SEAT_CITIES


def _meets_someone(verb: Token) -> bool:
    """"journeyed to Paris to meet with the North Vietnamese": a trip whose purpose is to meet
    someone named there, so the meeting has a partner of its own and the place is only where."""
    for clause in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB" and to_infinitive(c)):
        if not (verb_code(clause.lemma_) or "").startswith(CONTACT_ROOT):
            continue
        if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in clause.children):
            return True
    return False


def _medium_of_words(preposition: Token, obj: Token, code: str) -> bool:
    """"attacked Pelosi on Twitter", "lashed out on television at the Fed": a medium of words after
    a verb whose act is done in words; not a preposition the verb's own phrase takes ("called on
    Twitter to ban him" asks Twitter)."""
    verb = preposition.head
    if preposition.lower_ not in MEDIUM_OF_WORDS or code[:2] not in VERBAL_ROOTS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb_code(verb.lemma_, preposition.lower_) not in {None, verb_code(verb.lemma_)}:
        return False
    return listed(obj, WORD_SENSES["verbal_media"])


def _partner_of_meeting(noun: Token, code: str, context: Context) -> Actor | None:
    """"prepared for Macron's summit with Modi": the counterpart of an intent to meet or a
    meeting (03, 04) is whom the meeting named as its object is with (Modi), not whose it is
    (Macron, the doer's own side). Other acts keep the possessor ("welcomed Trump's meeting with Putin")."""
    if code[:2] not in MEETING_ROOTS or not (_noun_event_code(noun) or "").startswith(CONTACT_ROOT):
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                actor = actor_at(obj, context)
                if actor is not None and actor.code:
                    return actor
    return None


def _pact_partner(noun: Token, code: str, context: Context) -> Actor | None:
    """"will not renegotiate the agreement struck with Theresa May": an agreement one negotiates
    or consults on is with whom the participle that tells how it was made names after "with"
    (not with the doer's own side)."""
    if code[:2] not in MEETING_ROOTS:
        return None
    for made in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for obj in objects_of(made, {"with"}):
            actor = actor_at(obj, context)
            if actor is not None and actor.code and not own_side(obj, context):
                return actor
    return None


def _possessor(noun: Token, context: Context) -> Actor | None:
    """Whose thing an object is, when the thing is no actor: "condemned Iran's decision",
    "blasted Trump's approach" (the possessor is who is condemned)."""
    if noun.lemma_.lower() in QUANTITY_NOUNS:  # "lifted most of Tehran's sanctions": whose sanctions
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), noun)
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ in RELATION_NOUNS:
        return None  # "condemned Iran's allies": not Iran
    named = context.mention(noun)
    if named is not None and named.actor.code:
        return None  # "Iran's foreign minister" is an actor in its own right
    for child in _phrase_possessives(noun):
        if child.dep_ == "poss":
            mention = context.mention(child)
            if mention is not None and (mention.actor.code or mention.actor.kind == "person"):
                return mention.actor
            if mention is None and child.tag_ == "PRP$" and not _bound_to_subject(child, context):
                return _antecedent(child, context)  # "Parliament rejected her plan": the one "her" is
            if mention is None and child.pos_ == "PROPN":
                earlier = _person_named_before(child, context)  # "Pelosi's comments" the recogniser missed
                if earlier is not None:
                    return earlier
            if mention is None:
                home = _home_nation(child, context)  # "tightened his grip on the country's Web access"
                if home is not None:
                    return home
                body = _body_told_again(child, context)  # "declined the department's offer": DHS's
                if body is not None:
                    return body
    for child in noun.children:  # "vetoed the bill passed by Congress": its maker
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in STANCE_VERBS:
            for agent in (g for g in child.children if g.dep_ == "agent"):
                for obj in (g for g in agent.children if g.dep_ == "pobj"):
                    mention = context.mention(obj)
                    if mention is not None and (mention.actor.code or mention.actor.kind == "person"):
                        return mention.actor
    return None


def _phrase_possessives(noun: Token) -> list[Token]:
    """The possessives a noun phrase opens with: its own, or the one the parse hangs on the first
    of its modifiers when it opens the whole phrase ("sanctions on Iran’s shipping, financial and
    energy sectors": Iran's sectors, not only its shipping)."""
    own = [c for c in noun.children if c.dep_ == "poss"]
    if own:
        return own
    first = next((c for c in noun.lefts if c.dep_ not in {"det", "punct"}), None)
    if first is None or first.dep_ not in {"nmod", "compound"}:
        return []
    return [c for c in first.children if c.dep_ == "poss" and c.left_edge.i == noun.left_edge.i]


def _body_told_again(noun: Token, context: Context) -> Actor | None:
    """"The acting secretary of DHS said Portland had declined the department's offer": "the
    department", "the ministry", "the committee", bare, is the coded body named just before it
    whose full name has that word ("Department of Homeland Security"), when only one such is."""
    if noun.pos_ != "NOUN" or context.mention(noun) is not None \
            or [c.lower_ for c in noun.children if c.dep_ != "case"] != ["the"]:
        return None
    position = context.index.offset + noun.idx
    word = noun.lower_
    found: dict[str, Actor] = {}
    first = bisect.bisect_left(context.index.starts, position - GROUP_ANAPHOR_REACH)
    for mention in context.index.mentions[first:]:
        if mention.start >= position:
            break
        actor = mention.actor
        if actor.kind == "organisation" and actor.code and word in actor.name.lower().split():
            found.setdefault(actor.key, actor)
    return next(iter(found.values())) if len(found) == 1 else None


def _person_named_before(name: Token, context: Context) -> Actor | None:
    """"criticized Pelosi's comments", where the recogniser took "Pelosi's comments" for something
    else: a bare surname with no mention of its own is the coded person of that surname named
    shortly before (the one most recently named; none if two of that surname were)."""
    position = context.index.offset + name.idx
    found: dict[str, Actor] = {}
    first = bisect.bisect_left(context.index.starts, position - PERSON_NAME_REACH)
    for mention in context.index.mentions[first:]:
        if mention.start >= position:
            break
        actor = mention.actor
        if actor.kind == "person" and actor.code and actor.name.split()[-1:] == [name.text]:
            found.setdefault(actor.key, actor)
    return next(iter(found.values())) if len(found) == 1 else None


def own_forces_sent(verb: Token, sources: list[Actor], target: Actor, context: Context) -> bool:
    """"Iran sent militia members and its Revolutionary Guards to fight in Syria": what a verb of
    conveying sends is no target, and a force or group of the sender's own country as its object
    is what it sends (whoever receives them is named after "to", or not at all)."""
    if verb.lemma_.lower() not in CONVEYING_VERBS or not target.role or not target.country:
        return False
    if target.country not in {s.country for s in sources if s.country}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    sent = [o for obj in objects for o in with_conjuncts(obj)]
    return any((actor := actor_at(obj, context)) is not None and actor.key == target.key for obj in sent)


def meets_someone_else(verb: Token) -> bool:
    """"Kerry and other activists met with the North Vietnamese": coordinated doers of a meeting
    that names whom they met (an object or a "with" phrase, coded or not) are not each other's partners."""
    # someone as the object ("met the North Vietnamese"), not a thing ("traded fire"), the meeting
    # itself ("renewed negotiations") nor its topic ("discussed Ukraine")
    return any((c.dep_ == "dobj" and (c.pos_ in {"PROPN", "PRON"} or role_of(c.text) is not None) and not is_topic(c, verb, ""))
               or (c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children))
               for c in verb.children) and not reciprocal(verb)


def one_gathering(first: Actor, second: Actor) -> bool:
    """"leaders and diplomats are due to meet": two plain role nouns of one kind (no name of their
    own) are one gathering, not two parties meeting each other; whatever country each took from
    the story is no partner named."""
    return bool(first.role) and first.role == second.role and first.name.lower() != second.name.lower() \
        and _plain_role(first) and _plain_role(second)


def _plain_role(actor: Actor) -> bool:
    """"leaders", "senior diplomats": a role noun with no name or country word of its own (not
    "South Korean officials"; "the foreign ministers of Iran, the US …", one noun for several
    countries, is told apart by its one name)."""
    words = actor.name.split()
    return bool(words) and actor.kind != "person" and role_of(actor.name) is not None \
        and not any(w[:1].isupper() for w in words[1:]) and country_by_demonym(words[0]) is None \
        and country_by_name(words[0]) is None


def reciprocal(verb: Token) -> bool:
    """"accuse each other", "fought one another", "talks with each other": the coordinated
    subjects act on one another; so with "each" floated off "the other" ("Russia and Turkey have
    each accused the other of supporting terrorism": each side did it to the other side)."""
    doc = verb.doc
    for child in verb.children:
        words = [child] if child.dep_ in {"dobj", "dative"} else [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        for word in words:
            before = doc[word.i - 1].lower_ if word.i > 0 else ""
            if (word.lower_ == "other" and before == "each") or (word.lower_ == "another" and before == "one"):
                return True
            if word.lower_ == "other" and before == "the" and _floated_each(verb):
                return True
    return any(_mutual_object(c) for c in verb.children if c.dep_ == "dobj")


# Modifiers that make an act's object go both ways between its doers ("tit-for-tat" as its last word)
MUTUAL_MODIFIERS = {"mutual", "reciprocal", "tat"}


def _mutual_object(noun: Token) -> bool:
    """"threatened tit-for-tat tariffs", "agreed to provide mutual assistance", "expelled each
    other's diplomats": an object the coordinated doers direct at one another."""
    doc = noun.doc
    return any(w.lower_ in MUTUAL_MODIFIERS for w in doc[noun.left_edge.i:noun.i]) \
        or any(c.dep_ == "poss" and c.lower_ == "other" and c.i > 0 and doc[c.i - 1].lower_ == "each" for c in noun.children)


def _floated_each(verb: Token) -> bool:
    """"X and Y have each accused …", "the two sides each blamed …": "each" on the verb or on its
    subject, before the verb (not "each of them", a quantifier with a phrase of its own)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(w.lower_ == "each" and w.i < verb.i and not any(g.dep_ == "prep" for g in w.children)
               for w in [*verb.children, *(c for s in subjects for c in s.children)])


def aimed_elsewhere(verb: Token, sources: list[Actor], context: Context) -> bool:
    """"South Korea, Argentina and Brazil agreed to put limits on metals they ship to the US": an
    act agreed or planned by coordinated subjects that names another coded party is aimed at
    that party, not at one another (so no co-subject is the other's target)."""
    own = {a.name for a in sources}
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}):
        for word in act.subtree:
            aimed = word.dep_ in {"dobj", "dative"} or (word.dep_ == "pobj" and word.head.lower_ in TARGET_PREPOSITIONS - {"at"})
            mention = context.mention(word) if aimed else None  # not where: "agreed to meet in Geneva"
            if mention is not None and mention.actor.code and mention.actor.name not in own \
                    and not any(same_side([mention.actor], [a]) for a in sources):
                return True
    return False


def states_a_view(verb: Token) -> bool:
    """"Merkel and Macron vowed that Europe would not be intimidated": coordinated subjects that
    state a that-clause say it together, to no one; neither is the other's target."""
    return any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in verb.children)


# --- Recipients the sentence names in phrases read nowhere above --------------------------------

# Where a trip goes: "travelled to Turkey's border", "visited the border", "a tour along the frontier".
TRIP_PREPOSITIONS = {"to", "at", "near", "along"}
# Where a proposal's maker is named: "a proposal by Turkey", "an offer from Seoul".
MAKER_PREPOSITIONS = {"by", "from"}


def settled_target(trigger: Token, code: str, target: Actor | None, context: Context) -> Actor | None:
    """The target `target_and_place` found, weighed against the phrases it does not read: no host
    on a trip to the doer's own border; when none was found, the partner one stays in contact
    with, the subject a raised passive acts on, the maker of a proposal answered, or whom the
    second of two framed acts is aimed at, "the country" told again, or whoever answers an act
    named by a noun; then a coded one named beside an uncoded one, or by the act's purpose of its
    own side; the subject a passive participle clause hangs on ("pressed by reporters to name X,
    he declined": him, not X)."""
    undergoer = participle_undergoer(trigger)
    if undergoer is not None:
        return _object_actor(undergoer, context)
    heads = [trigger, *([light] if (light := light_verb(trigger)) is not None else [])]
    if target is not None and not unnamed_target(target):
        if _own_border(trigger, code, target, context) or _own_ground(heads, code, target, context):
            return None
        # "moved heavy artillery to the frontier to pressure Georgia": the doer's own forces moved
        # are no target (the events stage drops them), whom the purpose names is
        purposed = _purposes_recipient(heads, code, context)
        return purposed if purposed is not None and _doers_own(trigger, target, context) else target
    if target is None:
        for head in heads:
            found = _partner_in_contact(head, context) or _raised_passive_target(head, context) \
                or _proposed_doer(head, context) or _conjoined_act_target(head, code, context) \
                or _instance_target(head, context) or _country_told_again(head, code, context) \
                or _target_on_last_conjunct(head, context)
            if found is not None:
                return found
        found = _answering_subject(trigger, code, context)
        if found is not None:
            return found
    # one no code covers (a hotel, "universities") gives way to a coded one named beside it
    found = named_elsewhere(heads, code, context) or _purposes_recipient(heads, code, context)
    if found is None and target is not None and _venue_only(heads, code, target, context):
        return None  # "visited the Grand Synagogue": a place, no one visited
    return found or target


def _coded_actor(token: Token, context: Context) -> Actor | None:
    actor = _object_actor(token, context)
    return actor if actor is not None and actor.code else None


def partner_in_contact_words(verb: Token) -> list[Token]:
    """"would remain in close contact with Thai authorities", "stayed in touch with Paris": the
    words after "with" naming the partner of a state of contact the verb is in."""
    return [partner for state in objects_of(verb, {"in"}) if state.lemma_.lower() in CONTACT_STATE_NOUNS
            for partner in objects_of(state, {"with"})]


def _partner_in_contact(verb: Token, context: Context) -> Actor | None:
    """The first coded partner of a state of contact the verb is in (`partner_in_contact_words`)."""
    return next((actor for partner in partner_in_contact_words(verb)
                 if (actor := _coded_actor(partner, context)) is not None), None)


def raised_passive_subject(verb: Token) -> Token | None:
    """"Johnson was reported to have been criticised by Merkel", "Pierre was to be released by
    al-Qaeda", "Zelensky is due to be received by the Pope": a passive to-infinitive with an agent
    and no subject of its own acts on the subject of the word it hangs on (not on an object: "asked
    the envoy to be briefed by …" is the envoy's)."""
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or not to_infinitive(verb):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "agent" for c in verb.children) \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "is due to be received"
    if any(c.dep_ in {"dobj", "dative"} for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _raised_passive_target(verb: Token, context: Context) -> Actor | None:
    subject = raised_passive_subject(verb)
    return _coded_actor(subject, context) if subject is not None else None


def _proposed_doer(head: Token, context: Context) -> Actor | None:
    """"agreed to a proposal by Turkey to exchange prisoners", "accepted an offer from Seoul": a
    proposal the act answers (its object, or after a preposition on it) is aimed at whoever made it."""
    things = [c for c in head.children if c.dep_ == "dobj"] + objects_of(head, TARGET_PREPOSITIONS)
    for thing in things:
        if thing.pos_ != "NOUN" or thing.lemma_.lower() not in PROPOSAL_NOUNS:
            continue
        for maker in objects_of(thing, MAKER_PREPOSITIONS):
            actor = _coded_actor(maker, context)
            if actor is not None:
                return actor
    return None


def _own_border(trigger: Token, code: str, target: Actor, context: Context) -> bool:
    """"The Turkish president travelled to Turkey's border with Syria": a trip to a stretch of the
    traveller's own country (its border, its frontier) visits no host, so its country is no target."""
    if code != VISIT or not target.country:
        return False
    places = [c for c in trigger.children if c.dep_ == "dobj"] + objects_of(trigger, TRIP_PREPOSITIONS)
    if not any(place.lemma_.lower() in BORDER_NOUNS for place in places):
        return False
    light = light_verb(trigger) if trigger.pos_ == "NOUN" else None
    return target.country in {source.country for source in sources_of(trigger, light, context)}


def _own_ground(heads: list[Token], code: str, target: Actor, context: Context) -> bool:
    """"The regime has had a string of successes, seizing the northern city of Aleppo": a state's
    own forces fighting for a town or region of their own country fight whoever holds it (rebels,
    militants), never their own state; nor are forces it sends there ("sent National Guard troops
    to Portland") aimed at it: its country, taken from the place, is no target."""
    if code[:2] not in FORCE_ROOTS | {MOBILIZE_ROOT} or target.kind != "country" or not target.country:
        return False
    words = [word for head in heads for word in recipient_words(head, code, context)]
    words += [g for word in words if word.pos_ == "NOUN" for g in objects_of(word, {"of"})]
    if not any((place := context.place(word)) is not None and place.feature != "country" and place.country == target.country
               for word in words):
        return False
    trigger = heads[0]
    sources = sources_of(trigger, light_verb(trigger) if trigger.pos_ == "NOUN" else None, context)
    return bool(sources) and all(source.country == target.country and source.role in STATE_ROLES for source in sources)


def _conjoined_act_target(verb: Token, code: str, context: Context) -> Actor | None:
    """"agreed to end the shutdown and give lawmakers another chance": when a frame or intent
    verb's to-infinitive names no one, whom the act coordinated with it names outright."""
    if verb.pos_ != "VERB" or not (verb.lemma_ in FRAME_VERBS or code[:2] == INTENT_ROOT) \
            or any(c.dep_ == "dobj" for c in verb.children):
        return None
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and to_infinitive(c)):
        for other in (c for c in act.conjuncts if c.pos_ == "VERB" and c.i > act.i):
            actor = _complement_target(other, context)
            if actor is not None:
                return actor
    return None


# --- Recipients named by example or in apposition, in a conversation, past a venue -------------

# Prepositions of the occasion an act is done on: "pledged support in a phone call with Abe".
OCCASION_PREPOSITIONS = MEDIUM_PREPOSITIONS | {"during"}


def _example_word(preposition: Token) -> bool:
    """"like", "including", or "such as" ("as" with "such" on it)."""
    return preposition.lower_ in EXAMPLE_PREPOSITIONS or any(
        f"{c.lower_} {preposition.lower_}" in EXAMPLE_PREPOSITIONS for c in preposition.children if c.dep_ == "amod")


def named_instances(noun: Token) -> list[Token]:
    """"groups like Oxfam", "protesters, including Ahmed Saleh", "another oil company, Gazprom":
    the names a common noun is given by, in apposition or as its examples (with their conjuncts).
    The recipient the noun stands for is the one they name."""
    if noun.pos_ != "NOUN":
        return []
    found = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    found += [g for p in noun.children if p.dep_ == "prep" and _example_word(p) for g in p.children if g.dep_ == "pobj"]
    return [word for token in found for word in with_conjuncts(token)]


def recipient_words(head: Token, code: str, context: Context) -> list[Token]:
    """The words that name whom a verb or event noun acts on: its object or indirect object, a
    passive subject, the objects of its target prepositions; not the doer's own side, what is
    conveyed, an audience, a topic or the way it went."""
    found: list[Token] = []
    for child in head.children:
        if is_topic(child, head, code):
            continue
        if child.dep_ in {"dobj", "dative", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"}:
            if own_side(child, context) or (child.dep_ == "dobj" and is_conveyed(head)) or is_audience(child, head):
                continue
            found.append(child)
        elif child.dep_ in {"prep", "dative"} and child.lower_ in TARGET_PREPOSITIONS and not on_a_path(child):
            found.extend(g for g in child.children if g.dep_ == "pobj" and not own_side(g, context))
    return found


def _instance_named(heads: list[Token], code: str, context: Context) -> Actor | None:
    """"gave millions to groups like Oxfam", "another oil company, Gazprom, was sanctioned": a
    recipient named by a common noun no code covers is the coded one its examples or its
    apposition name."""
    for head in heads:
        for word in recipient_words(head, code, context):
            actor = next((a for name in named_instances(word) if (a := _coded_actor(name, context)) is not None), None)
            if actor is not None:
                return actor
    return None


def _partner_past_venue(heads: list[Token], code: str, context: Context) -> Actor | None:
    """"cancelled talks at the Serena Hotel with Taliban leaders": past a venue no code covers, whom
    an event noun the verb acts on is with or against (a coded actor; not what it is about, nor
    whom a judged or asked-for act strikes)."""
    for head in heads:
        for obj in (c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            own = _noun_event_code(obj)
            if own is None or judged_act(obj, head, code, context) or asked_measure(obj, code):
                continue
            for preposition in _object_preps(obj):
                if preposition.lower_ in TOPIC_PREPOSITIONS or is_topic(preposition, obj, own):
                    continue
                for named in (g for g in preposition.children if g.dep_ == "pobj" and not own_side(g, context)):
                    # the parse may hang the partner on the venue ("talks at the Serena Hotel with X")
                    for partner in (named, *objects_of(named, {"with"})):
                        actor = _coded_actor(partner, context)
                        if actor is not None and context.place(partner) is None:
                            return actor
    return None


def _conversation_partner(heads: list[Token], code: str, context: Context) -> Actor | None:
    """"reaffirmed the alliance in a telephone conversation with his Japanese counterpart",
    "pledged support during a call with Zelensky": whom the act was told in a conversation with (a
    coded actor), when nothing else names a recipient; a statement's is no target (an audience),
    nor is one on an infinitive (the act of another verb)."""
    if code[:2] == STATEMENT_ROOT:
        return None
    for head in (h for h in heads if h.dep_ != "xcomp"):
        # the parse often hangs the occasion on the object or on an infinitive of the object
        objects = [c for c in head.children if c.dep_ == "dobj"]
        carriers = [head, *objects, *(g for o in objects for g in o.children if g.dep_ == "acl" and g.pos_ == "VERB")]
        for occasion in (c for carrier in carriers for c in carrier.children if c.dep_ == "prep" and c.lower_ in OCCASION_PREPOSITIONS):
            for talk in (g for g in occasion.children if g.dep_ == "pobj" and g.lemma_.lower() in CONVERSATION_NOUNS):
                for partner in objects_of(talk, {"with"}):
                    actor = _coded_actor(partner, context)
                    if actor is not None:
                        return actor
    return None


def _accused_in_object(heads: list[Token], code: str, context: Context) -> Actor | None:
    """"filed a lawsuit accusing the Russian government of …", "issued a statement condemning
    Israel": a complaint the verb makes aims at whom a participle of disapproval on it names."""
    if code[:2] != DISAPPROVE_ROOT:
        return None
    for head in heads:
        for obj in (c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            for participle in (g for g in obj.children if g.dep_ == "acl" and g.tag_ == "VBG"
                               and (verb_code(g.lemma_) or "")[:2] == DISAPPROVE_ROOT):
                actor = next((a for g in participle.children if g.dep_ in {"dobj", "dative"}
                              and (a := _coded_actor(g, context)) is not None), None)
                if actor is not None:
                    return actor
    return None


def unnamed_target(target: Actor) -> bool:
    """A target the events stage will not store: no code, or a bare role by a common noun
    ("universities", "another oil company")."""
    return not target.code or (bare_role(target) and not target.name[:1].isupper())


def named_elsewhere(heads: list[Token], code: str, context: Context) -> Actor | None:
    """A coded recipient the phrases read above leave out (`heads`: the trigger and its light verb):
    by example or apposition, past a venue, in a conversation, or in a complaint's participle."""
    return _instance_named(heads, code, context) or _partner_past_venue(heads, code, context) \
        or _conversation_partner(heads, code, context) or _accused_in_object(heads, code, context)


# --- Recipients by the slot they sit in ------------------------------------------------------

def participle_undergoer(verb: Token) -> Token | None:
    """"Pressed by reporters to name anyone, he declined", "Urged by Merkel to lift the sanctions,
    Putin refused": a passive participle clause with its own agent and no subject hangs on the
    clause of the one who undergoes it; its subject is whom the act is aimed at (an object inside
    the participle's infinitive is what was asked for, not whom)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ == "agent" for c in verb.children) \
            or any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux"} for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


# spaCy's entity labels for buildings and stretches of land: places, never someone met
VENUE_LABELS = frozenset({"FAC", "LOC"})


def _venue_only(heads: list[Token], code: str, target: Actor, context: Context) -> bool:
    """"Netanyahu visited the Grand Synagogue": a meeting's or visit's uncoded recipient that is a
    building or a stretch of land is where it went, not whom it met (no target, and a visit with no
    one visited is not stored)."""
    if not code.startswith(CONTACT_ROOT) or target.code:
        return False
    return any(word.ent_type_ in VENUE_LABELS and word.text in target.name
               for head in heads for word in recipient_words(head, code, context))


def instance_words(head: Token) -> list[Token]:
    """"The FBI investigated, including interviewing Tsarnaev", "will issue pardons, including to
    Ali": an instance of the act given after an example word on the verb or its object (a gerund
    or a target phrase the parse hangs there); the words naming whom that instance acts on."""
    found: list[Token] = []
    carriers = [head, *(c for c in head.children if c.dep_ == "dobj")]
    for example in (c for carrier in carriers for c in carrier.children if c.dep_ == "prep" and _example_word(c)):
        for inner in example.children:
            if inner.dep_ == "pcomp" and inner.tag_ == "VBG":  # "including interviewing Tsarnaev"
                found.extend(g for g in inner.children if g.dep_ in {"dobj", "dative"} and g.pos_ in {"NOUN", "PROPN"})
                found.extend(objects_of(inner, TARGET_PREPOSITIONS))
            elif inner.dep_ == "prep" and inner.lower_ in TARGET_PREPOSITIONS:  # "including to Ali"
                found.extend(g for g in inner.children if g.dep_ == "pobj")
    return found


def _instance_target(head: Token, context: Context) -> Actor | None:
    """The first coded one an instance of the act names (`instance_words`), or one in apposition
    to it ("including to the boxing champion Muhammad Ali")."""
    for word in instance_words(head):
        for named in (word, *(c for c in word.children if c.dep_ == "appos")):
            actor = _coded_actor(named, context)
            if actor is not None:
                return actor
    return None


# --- Recipients told again, or named as the ones who answer the act -----------------------------

# Prepositions after which an answering verb names the act it answers: "responded to", "pushed
# back against", "bristled at", "complied with".
ANSWERED_PREPOSITIONS = {"to", "against", "at", "with"}
# CAMEO roots of acts aimed at someone who may answer them: appeals, praise, demands, disapproval,
# rejections, threats and everything more hostile (not statements, intents, meetings or cooperation:
# "welcomed Iran's commitment to the deal" is no commitment made to the welcomer).
ANSWERED_ROOTS = {"02", "05", *map(str, range(10, 21))}


def _answering_verb(noun: Token, code: str) -> Token | None:
    """"X responded to Y's criticism", "X pushed back against Y's request", "X rejected Y's demand":
    the verb whose subject answers the act the event noun names (listed with its particle, if any);
    for an appeal or a demand, also one that grants or refuses it ("a judge turned down the
    administration's request", "the EU could meet May's request")."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ANSWERED_PREPOSITIONS:
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    answering = ANSWERING_VERBS | GRANTING_VERBS if code[:2] in {APPEAL_ROOT, DEMAND_ROOT} else ANSWERING_VERBS
    # the parse gives the particle as "prt" or as an adverb ("pushing back against")
    if any(f"{lemma} {c.lower_}" in answering for c in verb.children if c.dep_ in {"prt", "advmod"}):
        return verb
    return verb if lemma in answering and not any(c.dep_ == "prt" for c in verb.children) else None


def _answering_subject(noun: Token, code: str, context: Context) -> Actor | None:
    """"Pakistan's army chief responded to Indian criticism", "Orban was unmoved by the chancellor's
    plea": an event noun that names no one it is aimed at was aimed at whoever answers it (the
    subject of an answering verb) or is acted on by it (the subject of a passive whose agent it is)."""
    if noun.pos_ != "NOUN" or code[:2] not in ANSWERED_ROOTS:
        return None
    verb = _answering_verb(noun, code)
    if verb is not None:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.pos_ == "VERB":
        subjects = [c for c in noun.head.head.children if c.dep_ == "nsubjpass"]
    else:
        return None
    for subject in subjects:
        # "the governor's legal team pushed back against the committee's request": the team no code covers is the governor's
        actor = _coded_actor(subject, context) or (_possessor(subject, context) if actor_at(subject, context) is None else None)
        if actor is not None and actor.code:
            return actor
    return None


def _where_named(word: Token) -> bool:
    """"Speaking in Berlin", "at a Moscow airport": a name inside a phrase after a preposition of
    place says where something is, not whom the text is about."""
    phrase = word
    while phrase.dep_ in {"compound", "amod", "nmod", "poss"} and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.dep_ == "pobj" and phrase.head.lower_ in PLACE_PREPOSITIONS


def _countries_near(noun: Token, context: Context) -> set[str]:
    """The countries (ISO-3) that the sentence of a word and the one before it name as actors: a
    country, or someone of it (not a place where something is: "speaking in Berlin")."""
    sentence = noun.sent
    start = noun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    found: set[str] = set()
    for word in noun.doc[start:sentence.end]:
        mention = context.mention(word) if word.i != noun.i else None
        country = mention.actor.country if mention is not None else None
        if country is not None and country_by_iso3(country) is not None and not _where_named(word):
            found.add(country)
    return found


def _country_told_again(head: Token, code: str, context: Context) -> Actor | None:
    """"Talks with Caracas broke down in March; the United States then imposed sanctions on the
    country": "the country" or "the nation", bare, as whom a hostile act is aimed at is
    the one country other than the doer's own that the sentence and the one before it name (an
    appeal or a meeting may be with the doer's own nation, `_home_nation`'s; with two others we
    cannot tell which)."""
    if code[:2] < CONFLICT_FROM:
        return None
    words = recipient_words(head, code, context)
    words += [g for word in words if word.pos_ == "NOUN" for g in objects_of(word, TARGET_PREPOSITIONS)]
    for word in words:
        if word.lemma_.lower() not in HOME_NOUNS or context.mention(word) is not None \
                or [c.lower_ for c in word.children if c.dep_ != "case"] != ["the"]:
            continue
        light = light_verb(head) if head.pos_ == "NOUN" else None
        homes = {source.country for source in sources_of(head, light, context) if source.country}
        others = _countries_near(word, context) - homes
        if not homes or len(others) != 1:
            return None
        country = country_by_iso3(others.pop())
        return country_actor(country) if country is not None else None
    return None


def _target_on_last_conjunct(head: Token, context: Context) -> Actor | None:
    """"carried out a wave of air strikes and artillery attacks on Hamas positions", "conducted raids
    and drone strikes against the militia": a target phrase shared
    by coordinated event nouns hangs, in the parse, on the last of them; it names whom the first
    (the verb's object, the noun after its "of", or the trigger noun itself) is aimed at too."""
    things = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] + ([head] if head.pos_ == "NOUN" else [])
    firsts = things + [g for thing in things for g in objects_of(thing, {"of"}) if g.pos_ == "NOUN"]
    for first in firsts:
        for conjunct in (c for c in first.conjuncts if c.i > first.i and c.pos_ == "NOUN"):
            for named in objects_of(conjunct, TARGET_PREPOSITIONS):
                actor = _coded_actor(named, context) or _named_owner(named, context)
                if actor is not None and actor.code:
                    return actor
    return None


# --- Recipients named by the act's purpose ------------------------------------------------------

# CAMEO roots of acts that can be done for someone's good (intent to cooperate, diplomatic and
# material cooperation, aid, yielding) and of acts of harm (threats, protest, force posture,
# reduced relations, coercion, assault, fighting); meetings (04) are with whom they meet, and
# demands, disapproval and rejections (10-12) are aimed at whom they answer, not at a purpose
SIDE_OF_ROOT = {**dict.fromkeys(("03", "05", "06", "07", "08"), "help"),
                **dict.fromkeys(map(str, range(13, 21)), "harm")}
# the roots of a purpose verb's own code that say its side when the word list does not: those
# above but intent and support (03, 05)
CODED_PURPOSE_SIDES = {root: side for root, side in SIDE_OF_ROOT.items() if root not in {"03", "05"}}


def purpose_clauses(head: Token) -> list[Token]:
    """"gave $80 million to help Jakarta", "deployed two carriers to deter Iran": the to-infinitives
    with no subject of their own that say what an act is done for, hung on its verb (advcl) or,
    as the parse often has it, on its object or on the event noun itself (acl, relcl)."""
    carriers = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    found = [c for c in head.children if c.dep_ == "advcl"] if head.pos_ == "VERB" else []
    found += [c for carrier in carriers for c in carrier.children if c.dep_ in {"acl", "relcl"}]
    return [clause for clause in found if clause.pos_ == "VERB" and purpose_infinitive(clause)]


def purpose_side(verb: Token) -> str | None:
    """Whether a purpose verb helps or harms whom it names (`PURPOSE_SIDES`, else its own code's root)."""
    lemma = verb.lemma_.lower()
    return PURPOSE_SIDES.get(lemma) or CODED_PURPOSE_SIDES.get((verb_code(lemma) or "")[:2])


def _purpose_recipient(head: Token, code: str, context: Context) -> Actor | None:
    """"Tokyo has given $80 million to help Jakarta with disaster relief", "the army moved heavy
    artillery to the frontier to pressure Georgia": an act that names no one it is aimed at is
    aimed at whom its purpose names, when the purpose is of the act's own side (aid given "to fight
    the Taliban" is not given to the Taliban; troops sent "to defend Estonia" threaten no Estonia);
    never the doer's own side."""
    side = SIDE_OF_ROOT.get(code[:2])
    if side is None:
        return None
    for purpose in purpose_clauses(head):
        if purpose_side(purpose) != side:
            continue
        actor = _complement_target(purpose, context)
        if actor is None or not actor.code:
            continue
        light = light_verb(head) if head.pos_ == "NOUN" else None
        if actor.code in {source.code for source in sources_of(head, light, context)}:
            continue  # "sent troops to protect its own citizens": no one else's
        return actor
    return None


def _purposes_recipient(heads: list[Token], code: str, context: Context) -> Actor | None:
    """Whom the purpose of the trigger or of its light verb names (`_purpose_recipient`)."""
    return next((actor for head in heads if (actor := _purpose_recipient(head, code, context)) is not None), None)


def _doers_own(trigger: Token, target: Actor, context: Context) -> bool:
    """A target that is the doer itself in the events stage's eyes (`self_loop` with every source:
    "Russia moved its troops", "the army moved heavy artillery")."""
    light = light_verb(trigger) if trigger.pos_ == "NOUN" else None
    sources = sources_of(trigger, light, context)
    return bool(sources) and all(self_loop(source, target) for source in sources)
