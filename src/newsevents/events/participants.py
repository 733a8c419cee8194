"""What the readers of an event's participants share: the document's mentions and places
(`Context`), the actor a word or phrase names (`actor_at`, a country, a possessive, an object),
whom a pronoun stands for, and small predicates both sides ask ("its ambassador" is the doer's own
side, a bare role, the same actor on both sides). Sources are read in `events/sources.py`, targets
and places in `events/targets.py`."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeGuard

from spacy.tokens import Span, Token

from newsevents.events.nominal import _noun_event_code
from newsevents.facts.agents import HOME_ROLES, ROLE_CODES, role_of
from newsevents.facts.countries import (
    Country,
    country_actor,
    country_by_demonym,
    country_by_iso3,
    country_by_name,
    demonym_country,
)
from newsevents.grammar import (
    MentionIndex,
    first_conjunct,
    objects_of,
    quotations,
    quote_of,
    with_conjuncts,
)
from newsevents.grammar import subjects as subjects_of
from newsevents.lang.en.actors import PERSON_ROLE_HEADS, STANCE_PREFIXES
from newsevents.lang.en.events import (
    AFFILIATION_WORDS,
    CIVIC_BODY_NOUNS,
    CURRENCY_NOUNS,
    FACTION_NOUNS,
    FEELING_VERBS,
    FOLLOWER_NOUNS,
    GROUP_ANAPHOR_HEADS,
    HOME_NOUNS,
    MEMBERSHIP_NOUNS,
    OFFICE_SUCCESSION_NOUNS,
    PARTITIVE_QUANTIFIERS,
    POLICY_NOUNS,
    QUANTITY_NOUNS,
    REFERRING_PRONOUNS,
    RELATION_NOUNS,
    UNDERGOING_VERBS,
    WHEREABOUTS_VERBS,
)
from newsevents.model import Actor, Mention, ParsedDocument, Place

# After these a country says where a thing is, not whose: as a subject's, it names a doer only
# for people ("students throughout Indonesia"), not for a thing or an act ("protests across Iraq
# turned violent").
WHERE_PREPOSITIONS = {"in", "throughout", "across"}
# Bodies of a state: "the group" told again is never one of them.
STATE_ROLES = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG"}
GROUP_ANAPHOR_REACH = 600  # characters back: about the sentence and the one or two before it
# Acts of judging another's act ("condemned the attack on X", "praised the strike on Y"): whom
# that act struck is not whom the judgement is aimed at; the act's doer is.
JUDGING_ROOTS = {"05", "11"}
FORCE_ROOTS = {"18", "19", "20"}  # CAMEO roots of force: assault, fight, mass violence
# Words that open a condition: who acts inside it is supposed, and does not act outside it.
CONDITION_MARKS = {"if", "unless"}


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
    or outside quotations: `_quote_reach`). A "him"/"her"/"his" its sentence gives no one to stand
    for is the actors step's, which knows who was called "he" or "she"."""
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
    whole = partitive_whole(token) if actor is None else None
    if whole is not None and context.mention(whole) is not None and not own_side(whole, context):
        # "criticized many of the senators": the senators; a part of a thing ("some of its
        # activities in Iraq") is no one, and whose thing it is is read as for the thing (`targets._possessor`)
        actor = _object_actor(whole, context)
    return actor


def partitive_whole(word: Token) -> Token | None:
    """What a word of amount names a part of ("all of Washington's tariffs", "most of the
    senators", "each of the strikes"): the head of its "of" phrase, which says who or whose. Not
    `grammar.quantified`: None for a word of no part (its callers ask whether there is a whole),
    one step only, and the quantifiers read as written, not by lemma."""
    if word.lemma_.lower() not in QUANTITY_NOUNS and word.lower_ not in PARTITIVE_QUANTIFIERS:
        return None
    return next(iter(objects_of(word, {"of"})), None)


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


def own_side(noun: Token, context: Context | None = None) -> bool:
    """"its ambassador", "their forces": the subject's own people, not a target ("his Chinese
    counterpart", "its rivals" are others; nor is "her plan" in "Parliament rejected her plan",
    where "her" cannot be the subject; nor "his predecessor", who held the office before him)."""
    if noun.lower_ in RELATION_NOUNS or noun.lemma_.lower() == "counterpart" or noun.lemma_.lower() in OFFICE_SUCCESSION_NOUNS:
        return False
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our"}
        and (context is None or c.lower_ == "our" or _inside_a_name(c, context) or _bound_to_subject(c, context))
        for c in noun.children)


def _inside_a_name(possessive: Token, context: Context) -> bool:
    """A possessive inside an actor's own phrase ("their peacekeeping force"), not a pronoun the
    actors step resolved to someone on its own ("rejected her plan": the one "she" was)."""
    mention = context.mention(possessive)
    return mention is not None and mention.label != "pronoun"


def bare_role(actor: Actor | None) -> TypeGuard[Actor]:
    """A role with no country or group ("MIL", "GOV"): whose it is is unknown."""
    return actor is not None and actor.country is None and actor.role in ROLE_CODES


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
    relation to one ("U.S. allies", "Iran's rivals", "critics of the Kremlin"), nor a topic ("the Iran deal")."""
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
            if mention is not None and mention.actor.kind == "person" and child.dep_ == "compound" \
                    and head.lemma_.lower() in PERSON_ROLE_HEADS:
                return _persons_own(child, head, mention.actor)
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
        if child.lower_ == "of" and head.lower_ in RELATION_NOUNS:
            continue  # "critics of the Kremlin", "allies of Iran": others, as "Iran's allies" above
        if child.dep_ == "prep" and child.lower_ in {"of", "from", *WHERE_PREPOSITIONS}:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                if _counted(head) and _one_person(obj, context):
                    continue  # "seven of Trump's advisers", parsed "seven of Trump": his people, not him
                actor = _named_country(obj, context) if child.lower_ == "in" else actor_at(obj, context, depth + 1)
                if actor is None:
                    continue
                role = role_of(head.text) if child.lower_ != "of" or head.pos_ != "NUM" else None
                if role and actor.kind == "country" and actor.country:  # "rebels in Mali": MLIREB
                    return Actor(f"{head.text} {child.text} {actor.name}", "group", actor.country, role)
                return actor
    return None


def _persons_own(name: Token, head: Token, person: Actor) -> Actor | None:
    """"a Trump aide", "a senior Putin adviser": a person's role noun with a named person before it
    is someone else in that person's service, of the person's country and role, never the person."""
    if not person.country:
        return None
    return Actor(f"{name.text} {head.text}", "person", person.country, person.role)


def _one_person(word: Token, context: Context) -> bool:
    """A word that names one person, who cannot be counted out of ("seven of Trump")."""
    mention = context.mention(word)
    return mention is not None and mention.actor.kind == "person" and word.tag_ == "NNP"


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


def undergoing_verb(noun: Token) -> Token | None:
    """The verb by which its subject undergoes an event noun: "received aid", "faced criticism",
    "came under fire", "drew condemnation" (whoever gives it is named after "from")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under":
        verb = verb.head  # "came under rocket fire"
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in UNDERGOING_VERBS else None
