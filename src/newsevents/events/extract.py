"""The events stage: who did what to whom, read off spaCy's dependency parse.

Triggers are verbs and event nouns from our lexicon; the source is the subject (through control
"is due to meet", passives "was arrested by", coordination "X and Y met"); the target the object
or prepositional object; modality from auxiliaries and governing verbs; date, place and topic
from the clause around the trigger.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeGuard

from spacy.tokens import Span, Token

from newsevents.events.cameo import lookup
from newsevents.events.characterise import characterisation, gives_a_name
from newsevents.events.dates import resolve_date
from newsevents.events.dictionary import VerbCoder
from newsevents.events.framing import (
    FRAME_ADJECTIVES,
    FRAME_MODALITY,
    FRAME_VERBS,
    NOUN_FRAMES,
    NOUN_FRAMES_WITH_FOR,
    Frame,
    framed_code,
    is_conflictual,
)
from newsevents.events.lexicon import (
    AUDIENCE_NOUNS,
    COMMENT_VERBS,
    CONVERSATION_NOUNS,
    CONVERSATION_VERBS,
    ENDING_PARTICLES,
    FIGURATIVE_PHRASES,
    LIGHT_VERB_FORMS,
    LIGHT_VERBS,
    METAPHORS,
    NO_EVENT_PHRASES,
    PLURAL_NOUNS,
    POLICY_NOUNS,
    PROTEST_VERBS,
    QUANTITY_NOUNS,
    RELEASED_PERSONS,
    SPEECH_LEMMAS,
    STATEMENT_NOUNS,
    STATING_WITH_CLAUSE,
    STRIKE_VERBS,
    TRANSITIVE_ONLY,
    VERB_OBJECTS,
    VERBS,
    WEAK_DICTIONARY_VERBS,
    noun_code,
    verb_code,
)
from newsevents.events.verbs import NO_EVENT, CameoVerbs, cameo_verbs
from newsevents.facts.agents import ROLE_CODES, role_of
from newsevents.facts.countries import country_actor, country_by_demonym, country_by_name
from newsevents.grammar import PLANNING_HEADS, MentionIndex, with_conjuncts
from newsevents.grammar import subjects as subjects_of
from newsevents.model import Actor, DatePrecision, Event, Mention, Modality, ParsedDocument, Place
from newsevents.petrarch.dictionaries import Discards, VerbDictionary

TARGET_PREPOSITIONS = {"with", "to", "against", "on", "upon", "at", "for", "from", "toward", "towards", "into"}
PLACE_PREPOSITIONS = {"in", "to", "at", "into", "near", "inside"}
TOPIC_PREPOSITIONS = {"about", "over", "on", "regarding", "concerning"}
TOPIC_VERBS = {"discuss", "talk", "address", "negotiate"}
DEMANDING_HEADS = {"demand", "urge", "call", "press", "insist", "ask"}
FAILING_HEADS = {"fail", "neglect", "omit"}
DENYING_HEADS = {"deny", "dismiss", "refute", "reject"}
MANDATIVE_VERBS = {"demand", "insist", "ask", "request", "urge", "recommend", "propose", "suggest"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
OBLIGATION_AUX = {"must", "should"}
ALLEGING_HEADS = {"allege", "claim", "accuse", "charge", "suspect"}
ALLEGING_NOUNS = {"allegation", "accusation", "claim", "charge", "rumour", "rumor", "suspicion"}
WISH_HEADS = {"want", "hope", "expect", "wish", "seek", "aim", "like"}
ACCUSATION = "112"
AID = "070"
LABOUR_STRIKE = "143"
HELPING_VERBS = {"help", "assist"}
AID_RECIPIENTS = {"refugee", "victim", "survivor", "civilian", "people", "population", "family", "farmer", "child", "ally", "country"}
GIVING_VERBS = {"give", "send", "provide", "deliver", "supply", "donate", "grant", "lend", "offer"}
FRAME_CLIMB = {"xcomp", "ccomp", "pcomp", "acomp"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "can", "ca"}  # "can": an option; "ca" as in "ca n't"
NO_EVENT_DATE = {"since", "until", "before", "after", "prior", "by"}
CONTACT_ROOT = "04"
CONTACT_CODE = "040"
THREAT_ROOT = "13"
VIOLENT_ROOTS = {"18", "19", "20"}
# Roots whose event nouns take their doer after "of" ("the visit of the Chinese president", "talks
# of the two leaders"); for the others "of" names whom the act is aimed at.
SUBJECTIVE_OF_ROOTS = {"03", "04", "05", "06", "07", "14"}
MUTUAL_ROOTS = {"03", "04", "05", "06", "19"}  # "X and Y met / agreed / clashed": with each other


@dataclass
class _Found:
    """An event found in a sentence, before it is written out per source."""

    trigger: Token
    code: str
    light: Token | None
    clause: Token | None
    sources: list[Actor]
    target: Actor | None
    place: Place | None
    modality: Modality
    frame_token: Token | None = None
    other_targets: list[Actor] = field(default_factory=list)  # "threatened the US and Israel"


def _frame_of(clause: Token) -> tuple[Frame | Literal["speech"], Token] | None:
    """The frame an action sits under: a verb of intent, request, refusal or threat, an
    adjective of readiness, or a speech verb ("speech")."""
    token = clause
    for _ in range(3):
        if token.head.i == token.i or (token.dep_ not in FRAME_CLIMB and not _infinitive_under_frame(token)):
            return None
        head = token.head
        if token.dep_ == "xcomp" and FRAME_VERBS.get(head.lemma_) == "intent" and any(c.dep_ == "auxpass" for c in head.children):
            return None  # "is expected to discuss": others expect it, no intent of the subject's
        if head.lemma_ in FRAME_VERBS and _states_a_clause(head):
            return "speech", head  # "insisted that he never urged …": a statement
        if head.lemma_ in FRAME_VERBS:
            return FRAME_VERBS[head.lemma_], head
        if head.lemma_ == "call" and any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "for", "upon"} for c in head.children):
            return "appeal", head
        if head.pos_ == "ADJ" and head.lemma_ in FRAME_ADJECTIVES and token.dep_ == "xcomp":
            return FRAME_ADJECTIVES[head.lemma_], _verb_of(head)  # "ready to talk", not "determined that"
        if (head.lemma_ in SPEECH_LEMMAS or head.lemma_ in ALLEGING_HEADS) and token.dep_ == "ccomp":
            return "speech", head
        token = head
    return None


def _infinitive_under_frame(token: Token) -> bool:
    """"have sworn to resist" parsed with "fight" as an adverbial clause: a bare infinitive with no
    subject of its own under a verb of intent or threat is its complement all the same."""
    return (token.dep_ == "advcl" and token.head.lemma_ in FRAME_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children))


def _shouted(sentence: Span) -> bool:
    """Written in capitals ("MINISTER QUITS OVER LEAKED MEMO, ANGERING ALLIES"): four words or more,
    nearly all upper case."""
    words = [t.text for t in sentence if t.is_alpha and len(t.text) > 1]
    return len(words) >= 4 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def _speaks_with_someone(word: Token) -> bool:
    """"with Xi", not "with reporters": a conversation partner who is no audience."""
    for preposition in word.children:
        if preposition.dep_ == "prep" and preposition.lower_ == "with":
            partner = next((g for g in preposition.children if g.dep_ == "pobj"), None)
            if partner is not None and partner.lemma_.lower() not in AUDIENCE_NOUNS and partner.lower_ not in AUDIENCE_NOUNS \
                    and (partner.pos_ == "PROPN" or role_of(partner.text) is not None or partner.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}):
                return True
    return False


def _violent_manner(verb: Token) -> Token | None:
    """"killed in a suicide bombing", "wounded in an air strike": an event noun after in/with/by
    that says how a violent act was done, more precisely than the verb ('kill' is 190)."""
    for preposition in verb.children:
        if preposition.dep_ == "prep" and preposition.lower_ in {"in", "with", "by"}:
            for noun in preposition.children:
                code = _noun_event_code(noun) if noun.dep_ == "pobj" and noun.pos_ == "NOUN" else None
                if code and code[:2] in VIOLENT_ROOTS and not code.endswith("0"):
                    return noun
    return None


def _framed_noun(verb: Token) -> tuple[Token, str] | None:
    """"demanded a meeting" (106), "called for talks" (026), "offered aid" (033), "threatened
    sanctions" (1312), "rejected the accord" (127): an event noun that the verb asks for, offers,
    refuses or threatens, with CAMEO's code for the whole."""
    kind = NOUN_FRAMES.get(verb.lemma_)
    if kind is None:
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_ not in NOUN_FRAMES_WITH_FOR]
    for preposition in verb.children:
        if preposition.dep_ == "prep" and preposition.lower_ == "for" and verb.lemma_ in NOUN_FRAMES_WITH_FOR:
            nouns.extend(g for g in preposition.children if g.dep_ == "pobj")
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        code = _noun_event_code(noun)
        if code is not None:
            return noun, framed_code(kind, code)
    return None


def _condition(kind: Frame, clause: Token, head: Token) -> Frame:
    """An intent with a condition imposed ("will withdraw unless …") is a threat; a negated one ("will
    not accept refugees", "vowed not to return") a refusal."""
    if kind != "intent":
        return kind
    for token in (clause, head):
        if any(c.dep_ == "neg" for c in token.children):
            return "reject"
    for token in (clause, head):
        for child in token.children:
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in child.children):
                return "threat"
    return kind


def _background(clause: Token, triggers: set[int]) -> bool:
    """Not the news: a relative clause or a noun's participle ("a tanker that was seized",
    "the occupied West Bank", "rebels fighting to topple him"), or the purpose or manner of
    another coded event ("staged rallies to demand reforms", "attacked the camp, killing 30")."""
    if clause.dep_ in {"relcl", "acl"}:
        return _statement_of(clause) is None  # "issued a statement condemning X" is the news
    if any(t.dep_ in {"csubj", "csubjpass"} for t in [clause, *clause.ancestors]):
        return True  # "Recognising Jerusalem was a recognition of reality": a topic, not a report
    if clause.dep_ == "pcomp" and clause.head.head.i not in triggers:
        return True  # "the people responsible for jailing journalists"
    if clause.dep_ in {"advcl", "xcomp"} and clause.head.i in triggers and clause.head.lemma_ not in FRAME_VERBS:
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        return not own_subject and (infinitive or clause.tag_ == "VBG")
    return False


def _statement_of(verb: Token) -> Token | None:
    """The statement a participle speaks through: "a statement condemning", "a letter urging"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in STATEMENT_NOUNS:
        return verb.head
    return None


def _distinct(events: list[Event]) -> list[Event]:
    """One event per code, source and target in a sentence; one with no target gives way to
    the same code and source with a target."""
    def key(event: Event, with_target: bool = True) -> tuple:
        return (event.cameo, event.source.key if event.source else None,
                (event.target.key if event.target else None) if with_target else None)

    targeted = {key(e, with_target=False) for e in events if e.target is not None}
    seen: set[tuple] = set()
    kept = []
    for event in events:
        if (event.target is None and key(event, with_target=False) in targeted) or key(event) in seen:
            continue
        seen.add(key(event))
        kept.append(event)
    return kept


def _named_country(token: Token, context: Context) -> Actor | None:
    """The country a word names as such ("in Guinea"), not one a city stands for ("in Brussels")."""
    mention = context.mention(token)
    if mention is not None and mention.actor.kind == "country" and mention.actor.country:
        return mention.actor
    place = context.place(token)
    if place is not None and place.feature == "country":
        return country_actor_of(place)
    return None


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


def _holds_event(speech: Token, found: list[_Found]) -> bool:
    """Whether what a speaker says holds a coded event other than another actor's plan ("Peskov
    said Netanyahu will visit" stays Peskov's statement; "she hoped they would be indicted" is
    the wish, not a statement)."""
    inside = {t.i for t in speech.subtree} - {speech.i}
    return any(f.trigger.i in inside and f.modality not in {"planned", "happened"} for f in found)


def _holds_happened(statement: Token, happened: list[_Found]) -> bool:
    """"issued a statement condemning the attack": the statement's own words hold the event."""
    inside = {t.i for t in statement.subtree} - {statement.i}
    return any(f.trigger.i in inside for f in happened)


def _states_a_clause(verb: Token) -> bool:
    """"conceded that Clinton erred", "insisted that he never urged": a finite clause makes
    the verb a statement ("demanded that the junta resign", a bare verb, stays a demand)."""
    if verb.lemma_ not in STATING_WITH_CLAUSE:
        return False
    for child in verb.children:
        if child.dep_ == "ccomp" and not _mandative(verb, child) and any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children):
            return True
    return False


def _mandative(verb: Token, clause: Token) -> bool:
    """"demanded that the government end curbs": after a verb of demanding, a clause in the base
    form (a subjunctive, tagged VB, or VBP after a plural subject) is what is demanded."""
    if clause.tag_ == "VB":
        return True
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return (verb.lemma_ in MANDATIVE_VERBS and clause.tag_ == "VBP" and not modal
            and clause.lemma_ not in {"be", "have"})


def _metaphor(verb: Token, obj: Token | None, particle: str) -> str | None:
    """"attacked the Iran deal" 111, "killed the bill" 120: a violent verb whose object is a plan,
    a law or a statement."""
    code = METAPHORS.get(f"{verb.lemma_.lower()} {particle}") or METAPHORS.get(verb.lemma_.lower())
    if code is None:
        return None
    return code if obj is not None and (obj.lemma_.lower() in POLICY_NOUNS or obj.lower_ in POLICY_NOUNS) else None


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


def _aims_at_action(verb: Token) -> bool:
    """"the rebels sought to achieve": an appeal verb with an infinitive and no one asked is an aim."""
    return (any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)
            and not any(c.dep_ in {"dobj", "dative", "nsubjpass"} or (c.dep_ == "prep" and c.lower_ in {"for", "on", "of", "from"})
                        for c in verb.children))


def _object_noun(obj: Token) -> str:
    """An object's lemma, hyphenated compounds joined ("cease - fire" → "cease-fire")."""
    while obj.lemma_.lower() in QUANTITY_NOUNS:  # "a barrage of criticism": the criticism
        inner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if inner is None:
            break
        obj = inner
    # the lemmatizer makes "arms" "arm": a plural that names something else keeps its form
    words = [obj.lower_ if obj.lower_ in PLURAL_NOUNS else obj.lemma_.lower()]
    index = obj.i - 1
    while index >= 1 and obj.doc[index].text == "-" and obj.doc[index - 1].dep_ == "compound":
        words.insert(0, obj.doc[index - 1].lower_ + "-")
        index -= 2
    return "".join(words)


def _helps_someone(verb: Token) -> bool:
    """"helped Ukraine", "assisted the refugees": aid has a named recipient; "help defend",
    "help with the harvest", "help the economy grow" name a purpose or a result, not aid given."""
    if any(c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in verb.children):
        return False
    recipient = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    return recipient is not None and (recipient.pos_ in {"PROPN", "PRON"} or recipient.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}
                                      or role_of(recipient.text) is not None or recipient.lemma_.lower() in RELEASED_PERSONS
                                      or recipient.lemma_.lower() in AID_RECIPIENTS)


def _releases_persons(verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if obj is None:
        return False
    return (obj.pos_ in {"PROPN", "PRON"} or obj.lemma_.lower() in RELEASED_PERSONS or obj.ent_type_ in {"PERSON", "NORP"}
            or role_of(obj.text) is not None)  # "released the mayor", "freed the civilians"


def _own_side(noun: Token) -> bool:
    """"its ambassador", "their forces": the subject's own people, not a target."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our"} for c in noun.children)


def _future(clause: Token) -> bool:
    """"will supply", "is going to", "is to travel to Paris" (not "would": in a report it is the
    past's future)."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children) or _scheduled(clause)


def _scheduled(clause: Token) -> bool:
    """"is to visit Moscow", "the aim is to impose": an infinitive as what something is."""
    return (clause.head.lemma_ == "be" and clause.dep_ in {"xcomp", "attr"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in {"nsubj", "mark"} for c in clause.children))  # not "inappropriate for X to …"


def _wish(kind: Frame, clause: Token, head: Token) -> Frame | None:
    """"wants Russia to intervene" asks another to act (an appeal); "hoped officials would be
    indicted" is a wish about others (no frame); "vowed to retaliate" the subject's own intent."""
    if kind != "intent":
        return kind
    if any(c.dep_ in {"dobj", "dative"} for c in head.children) and clause.dep_ == "xcomp":
        return "appeal" if head.lemma_ in WISH_HEADS else kind
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.pos_ != "PRON" and head.lemma_ in WISH_HEADS:
        return "appeal" if head.lemma_ in {"want", "like"} and clause.tag_ == "VB" else None
    return kind


def _bare_role(actor: Actor | None) -> TypeGuard[Actor]:
    """A role with no country or group ("MIL", "GOV"): whose it is is unknown."""
    return actor is not None and actor.country is None and actor.role in ROLE_CODES


def _unplaced_doer(actor: Actor) -> bool:
    """A named person whose country or group we could not find (a militant leader coded bare
    "MIL"), or a medium ("social media", MED): no doer we can store. Bare groups ("rebels",
    "police") stay: CAMEO codes them, and their country is often in the next sentence."""
    return _bare_role(actor) and (actor.kind == "person" or actor.role == "MED")


def _passive_without_agent(verb: Token) -> bool:
    """"X was asked to resign", "when asked about …": the subject is acted on, the doer unnamed."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _same_side(speakers: list[Actor], sources: list[Actor]) -> bool:
    """The speaker speaks for the actor: the same actor or the same country."""
    for speaker in speakers:
        for source in sources:
            if speaker.key == source.key or (speaker.country and speaker.country == source.country):
                return True
    return False


def _verb_of(adjective: Token) -> Token:
    """"Iran is ready to talk": the copula's clause holds the subject."""
    return adjective.head if adjective.dep_ == "acomp" else adjective


def _per_demonym(noun: Token, actor: Actor | None) -> list[Actor]:
    """"Kenyan and Ugandan officials", "Greek and Italian warships": one actor per country
    the coordinated adjectives name, with the noun's role."""
    if actor is None:
        return []
    countries: dict[str, str] = {}  # ISO-3 → the adjective naming it
    for child in noun.children:
        if child.dep_ in {"amod", "compound"}:
            for word in with_conjuncts(child):
                country = country_by_demonym(word.text)
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
        if child.lower_ in TARGET_PREPOSITIONS | {"by"}:
            found.append(child)
        elif child.lower_ == "of":
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                found.extend(g for g in obj.children if g.dep_ == "prep" and g.lower_ in TARGET_PREPOSITIONS)
    return found


def _has_to(clause: Token) -> bool:
    """"Sudan has to return the helicopter": obligation without a modal."""
    return clause.dep_ == "xcomp" and clause.head.lemma_ in {"have", "need"}


@dataclass
class Context:
    """What the events stage knows of one document while it reads it."""

    parsed: ParsedDocument
    index: MentionIndex
    places: dict[tuple[int, int], Place]

    def mention(self, token: Token) -> Mention | None:
        return self.index.at(token)

    def place(self, token: Token) -> Place | None:
        position = self.index.offset + token.idx
        for (start, end), place in self.places.items():
            if start <= position < end:
                return place
        return None


def country_actor_of(place: Place) -> Actor | None:
    """The country a place stands for as an actor ("a visit to Moscow" is hosted by Russia)."""
    country = country_by_name(place.country) if place.country else None  # accepts ISO-3 codes
    return country_actor(country) if country else None


def _entry(code: str):
    """The codebook entry of a dictionary's code, or of its nearest parent ('174K' → '174')."""
    for key in (code, code[:3], code[:2]):
        try:
            return lookup(key)
        except (KeyError, TypeError):
            continue
    return None


def _noun_event_code(noun: Token) -> str | None:
    """An event noun's code, its modifier first ("hunger strike", "air strikes"); an attack on a
    plan or a statement is criticism ("his attack on the Russia probe")."""
    if noun.lemma_.lower() in {"attack", "assault"} and any(
            c.dep_ == "prep" and c.lower_ in {"on", "against"} and any(g.dep_ == "pobj" and g.lemma_.lower() in POLICY_NOUNS for g in c.children)
            for c in noun.children):
        return "111"
    if noun.lemma_.lower() in CONVERSATION_NOUNS and _speaks_with_someone(noun):
        return CONTACT_CODE  # "a phone call with Putin", "a conversation with Abe"
    modifiers = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}]
    code = next((noun_code(f"{m} {noun.lemma_}") for m in reversed(modifiers) if noun_code(f"{m} {noun.lemma_}")), None)
    code = code or noun_code(noun.lemma_) or noun_code(noun.text)
    if code is None and noun.lemma_ == "strike":  # "went on strike", "staged a strike": labour
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else noun.head if noun.dep_ == "dobj" else None
        if verb is not None and (verb.lemma_ in STRIKE_VERBS or verb.lower_ in {"went", "gone", "staged"}):
            code = LABOUR_STRIKE
    return code


def _known(code: str) -> str | None:
    """A dictionary code as our codebook knows it ('176' → '17', '174K' → '174')."""
    entry = _entry(code)
    return entry.code if entry is not None else None


def light_verb(noun: Token) -> Token | None:
    """"pay a visit", "hold talks", "arrived on an official visit" (not "recalled for consultations")."""
    if noun.dep_ in {"dobj", "nsubjpass"} and (noun.head.lemma_ in LIGHT_VERBS or noun.head.lower_ in LIGHT_VERB_FORMS):
        return noun.head  # "sanctions were imposed"
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


class EventExtractor:
    """Find CAMEO events in a parsed document, given its mentions and places.

    With a PETRARCH verb dictionary (`verbs`), triggers, codes and pattern-given roles come from
    it instead of our own lexicon (see `events.dictionary`); `discards` drops sentences and
    stories that it names; `require_dyad=False` keeps events with only a source or a target.
    """

    def __init__(self, verbs: VerbDictionary | None = None, discards: Discards | None = None,
                 require_dyad: bool = True) -> None:
        self.verb_coder = VerbCoder(verbs, discards, require_dyad) if verbs is not None else None
        self.cameo_verbs: CameoVerbs | None = cameo_verbs() if verbs is None else None

    def __call__(self, parsed: ParsedDocument, mentions: list[Mention], places: dict[tuple[int, int], Place]) -> list[Event]:
        context = Context(parsed, MentionIndex(mentions), places)
        events: list[Event] = []
        if self.verb_coder is not None and self.verb_coder.discarded(parsed.document.body, story=True):
            return events
        for paragraph in parsed.paragraphs:
            context.index.offset = paragraph.offset
            for sentence in paragraph.doc.sents:
                if self.verb_coder is not None:
                    events.extend(self._dictionary_sentence(self.verb_coder, sentence, context))
                else:
                    events.extend(self._sentence(sentence, context))
        return events

    def _dictionary_sentence(self, verb_coder: VerbCoder, sentence: Span, context: Context) -> Iterator[Event]:
        document = context.parsed.document
        start = context.index.offset + sentence.start_char
        end = context.index.offset + sentence.end_char
        for coded in verb_coder(sentence, context.mention):
            trigger = coded.verb
            entry = _entry(coded.code)
            modality, event_date, precision, place, topics = self.context(trigger, coded.code, context)
            yield Event(
                document_id=document.id, sentence=sentence.text, start=start, end=end,
                trigger=trigger.text, trigger_start=context.index.offset + trigger.idx,
                trigger_end=context.index.offset + trigger.idx + len(trigger),
                source=coded.source, target=coded.target, cameo=coded.code, root=coded.code[:2],
                quad_class=entry.quad_class if entry else 0, goldstein=entry.goldstein if entry else 0.0,
                plover=entry.plover if entry else None, modality=modality, date=event_date,
                date_precision=precision, place=place, topics=topics,
            )

    def context(self, trigger: Token, code: str, context: Context) -> tuple[Modality, date | None, DatePrecision | None,
                                                                          Place | None, list[str]]:
        """What the clause around a trigger says of its event, whichever coder found it: modality,
        date (resolved against the publication date), place and topics. The dictionary coder's
        events and any coder's `CodedEvent`s (`events.context`) get theirs here."""
        modality = self._modality(trigger, None, code)
        event_date, precision = self._date(trigger, context.parsed.document.published, modality == "planned")
        _, place = self._target_and_place(trigger, code, None, context)
        return modality, event_date, precision, place, self._topics(trigger, context)

    # --- triggers -------------------------------------------------------------------------
    def _triggers(self, sentence: Span) -> Iterator[tuple[Token, str, Token | None, bool]]:
        """(trigger, CAMEO code, light verb or None, needs a dyad) for each event word.

        A verb's code: a specific pattern of the packaged CAMEO dictionary ("sever ties",
        "recall its ambassador"; a '---' pattern says no event), else our own lexicon, else the
        dictionary's default for the verb, which is broad ("control" 060, "reveal" 050): an
        event coded by it alone needs a coded source and an actor as target."""
        for token in sentence:
            # "demanded that the minister resign": the small model sometimes tags the verb a noun
            verbal = token.pos_ == "VERB" or (token.pos_ == "NOUN" and token.dep_ in {"ccomp", "xcomp"} and token.lemma_ in VERBS)
            if verbal and token.dep_ != "amod" and token.lemma_ not in {"be", "have", "do"}:  # nor "the occupied West Bank"
                particle = next((c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}), "")
                obj = next((c for c in token.children if c.dep_ == "dobj"), None)
                passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
                ending = any(c.dep_ == "prt" and c.lower_ in ENDING_PARTICLES for c in token.children)
                paired = obj is not None and (token.lemma_.lower(), _object_noun(obj)) in VERB_OBJECTS  # "lodged a protest" 114
                if token.lemma_ in LIGHT_VERBS and any(o is not None and _noun_event_code(o) for o in (obj, passive)) \
                        and characterisation(token) is None and not ending and not paired:
                    continue  # the object noun is the trigger; handled below
                asked_for = _framed_noun(token)
                if asked_for is not None:
                    yield token, asked_for[1], None, False  # "demanded a meeting": 106, the meeting is not held
                    continue
                code, by_default = self._verb_code(token, particle, obj)
                manner = _violent_manner(token)
                if code and manner is not None and code[:2] in VIOLENT_ROOTS and code.endswith("0"):
                    code = _noun_event_code(manner)  # "wounded two policemen in a grenade attack": 183
                if code and not self._is_topic_of_contact(token):
                    yield token, code, None, by_default
            elif token.pos_ == "NOUN" and token.dep_ != "compound":
                if token.dep_ == "dobj" and characterisation(token.head) is not None:
                    continue  # "called the sanctions unlawful": the naming is the event, not the sanctions
                if token.dep_ == "dobj" and (token.head.lemma_.lower(), _object_noun(token)) in VERB_OBJECTS:
                    continue  # "lodged a protest": the verb and its object make one event (114)
                if token.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ in ENDING_PARTICLES for c in token.head.children):
                    continue  # "called off the strike": the strike ends, the verb is the event
                verb = token.head.head
                manner = _violent_manner(verb) if token.dep_ == "pobj" and verb.pos_ == "VERB" else None
                if manner is not None and manner.i == token.i \
                        and (self._verb_code(verb, "", next((c for c in verb.children if c.dep_ == "dobj"), None))[0] or "")[:2] in VIOLENT_ROOTS:
                    continue  # the manner of a violent verb's act, coded on the verb
                frame_verb = token.head.head if token.dep_ == "pobj" else token.head
                found = _framed_noun(frame_verb) if frame_verb.pos_ == "VERB" else None
                if found is not None and found[0].i == token.i:
                    continue  # coded by the verb that asks for, offers or threatens it
                code = _noun_event_code(token)
                if not code:
                    continue
                yield token, code, light_verb(token), False

    def _verb_code(self, token: Token, particle: str, obj: Token | None) -> tuple[str | None, bool]:
        """The verb's code, and whether it is only the dictionary's default for the verb."""
        if obj is None:  # "ties were severed"
            obj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        lemma = token.lemma_.lower()
        if any(c.dep_ in {"prt", "advmod"} and f"{lemma}_{c.lower_}" in NO_EVENT_PHRASES for c in token.children):
            return None, False  # "pressed ahead", "wrapped up": carrying on, no event
        if any(c.dep_ in {"prt", "advmod", "prep"} and f"{lemma}_{c.lower_}" in FIGURATIVE_PHRASES
               and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children) for c in token.children):
            return None, False  # "seized on the point", "closing in on the town"
        if lemma in TRANSITIVE_ONLY and obj is None:
            return None, False  # "the cloud is unlikely to lift": nothing lifted
        if lemma in PROTEST_VERBS and (obj is not None or any(c.dep_ in {"ccomp", "xcomp"} for c in token.children)):
            return None, False  # "demonstrated that he cannot", "demonstrated the missile": a showing
        if lemma == "agree" and not any(c.dep_ in {"xcomp", "ccomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in {"on", "to", "upon"})
                                        for c in token.children):
            return None, False  # "the court has agreed", "agreed with the tactic": an opinion shared
        if lemma in CONVERSATION_VERBS and _speaks_with_someone(token):
            return CONTACT_CODE, False  # "spoke with Xi by phone": a consultation
        if FRAME_VERBS.get(lemma) == "reject" and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS for c in token.children):
            return "011", False  # "declined to answer questions", "refused to confirm it": no comment
        if obj is not None and VERB_OBJECTS.get((lemma, _object_noun(obj))) == NO_EVENT:
            return None, False  # "fighting the virus", "hit a record high", "shot a video"
        metaphor = _metaphor(token, obj, particle)
        if metaphor is not None:
            return metaphor, False  # "attacked the Iran deal": words against words, not force
        named = characterisation(token)
        if named is not None:
            return named, False  # "called the plan 'reckless'": criticism, whatever "call" means alone
        if gives_a_name(token):
            return None, False  # "no one calls Xi president": a name with no sign is no event
        if lemma == "fire" and obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON" or role_of(obj.text)):
            return None, False  # "was going to fire Comey": a dismissal, not shooting
        noun = _object_noun(obj) if obj is not None else ""
        own = verb_code(token.lemma_, particle, noun)
        if token.lemma_ in HELPING_VERBS and not _helps_someone(token):
            return None, False  # "to help defend", "will help the economy grow": a purpose, not aid
        if own is not None and own[:2] == "02" and _aims_at_action(token):
            return None, False  # "sought to achieve", "seeks to win votes": an aim, asked of no one
        if obj is not None and (token.lemma_.lower(), noun) in VERB_OBJECTS:
            return (None if own == NO_EVENT else own), False  # "faced criticism": no meeting
        if token.lemma_ in SPEECH_LEMMAS or self.cameo_verbs is None:
            return own, False  # what a statement says is coded inside it, not by the speech verb
        if own is None and token.lemma_ in GIVING_VERBS and any(
                c.dep_ == "dative" and c.pos_ in {"PROPN", "NOUN"} for c in token.children):
            return AID, False  # "Germany gave Ukraine air defence systems": the indirect object receives
        if _states_a_clause(token):
            return None, False  # "conceded that …": what is stated is coded inside
        if token.lemma_ in {"release", "free"} and not _releases_persons(token):
            return None, False  # "released the transcript" is no release of persons
        if token.lemma_ == "ask" and not any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ == "for")
                                             for c in token.children):
            return None, False  # "when asked", "asked whether": a question, not an appeal
        found, specific = self.cameo_verbs.lookup(token)
        if specific and found is not None and (own is None or found == NO_EVENT or found[:2] == own[:2]):
            # a pattern refines a verb we know within its root; it never moves it to another
            return (None if found == NO_EVENT else _known(found)), False
        if own:
            return own, False
        if found and found != NO_EVENT and token.lemma_ not in WEAK_DICTIONARY_VERBS:
            return _known(found), True
        return None, False

    @staticmethod
    def _is_topic_of_contact(token: Token) -> bool:
        """"meet Putin to discuss Syria": the discussing is the meeting's topic, not an event."""
        head = token.head
        return (token.lemma_ in TOPIC_VERBS and token.dep_ in {"advcl", "xcomp"} and head.i != token.i
                and (verb_code(head.lemma_) or "").startswith(CONTACT_ROOT))

    # --- one sentence ---------------------------------------------------------------------
    def _sentence(self, sentence: Span, context: Context) -> Iterator[Event]:
        if _shouted(sentence):
            return  # an all-capitals headline: the tagger cannot read it, and it is a link's title
        document = context.parsed.document
        question = sentence.text.rstrip().rstrip('"”’').endswith("?")
        found: list[_Found] = []
        for trigger, code, light, by_default in self._triggers(sentence):
            clause = light or (trigger if trigger.pos_ == "VERB" else self._clause_verb(trigger))
            # An actor we cannot code is no source, but a named person may still make a statement.
            sources = [a for a in self._sources(trigger, light, context)
                       if (a.code and not (_unplaced_doer(a) and not code.startswith("01")))
                       or (a.kind == "person" and code.startswith("01"))]
            target, place = self._target_and_place(trigger, code, clause, context)
            if _bare_role(target) and not target.name[:1].isupper() and lookup(code).root != CONTACT_ROOT:
                target = None  # "other officials" (GOV): no one we can name; missing beats wrong
            if target is None and code.startswith(THREAT_ROOT) and clause is not None:
                target = self._conditioned(clause, trigger, context)
            if by_default and (target is None or not target.code or not sources):
                continue
            modality = "hypothetical" if question else self._modality(trigger, clause, code)
            if lookup(code).root == CONTACT_ROOT and target is None and len(sources) < 2:
                continue  # a meeting or visit needs someone met or visited ("X and Y met": each other)
            found.append(_Found(trigger, code, light, clause, sources, target, place, modality,
                                other_targets=self._target_conjuncts(sentence, target, context)))
        triggers = {f.trigger.i for f in found} | {f.clause.i for f in found if f.clause is not None}
        found = [f for f in found if not _background(f.clause or f.trigger, triggers)]
        framed = self._framed(found, context)
        if question:
            for item in framed:
                item.modality = "hypothetical"
        # A frame word coded on its own ("vowed" 030, "threatened" 130) gives way to its framed code.
        frames = {g.frame_token.i for g in framed if g.frame_token is not None}
        found = [f for f in found if f.trigger.i not in frames]
        events = found + framed
        happened = [f for f in events if f.modality == "happened" and lookup(f.code).root != "01"]
        emitted: list[Event] = []
        for item in events:
            if item.code == "010" and ((item.trigger.lemma_ in SPEECH_LEMMAS and (happened or _holds_event(item.trigger, found)))
                                       or _holds_happened(item.trigger, happened)):
                continue  # a statement holding a codable event is coded by that event
            emitted.extend(self._emit(item, sentence, context, document))
        yield from _distinct(emitted)

    def _emit(self, item: _Found, sentence: Span, context: Context, document) -> Iterator[Event]:
        start = context.index.offset + sentence.start_char
        end = context.index.offset + sentence.end_char
        trigger, light = item.trigger, item.light
        entry = lookup(item.code)
        event_date, precision = self._date(item.clause or trigger, document.published, item.modality == "planned")
        topics = self._topics(trigger, context)
        pairs = [(source, target) for source in item.sources for target in [item.target, *item.other_targets]]
        if item.target is None and entry.root in MUTUAL_ROOTS and len(item.sources) > 1:
            pairs = [(a, b) for a in item.sources for b in item.sources if a.key != b.key]
        for source, target in pairs:
            if target is not None and (target.key == source.key or target.code == source.code):
                target = None
            if entry.root == CONTACT_ROOT and target is None:
                continue
            if entry.root == "01" and source.role == "MED":
                continue  # an outlet reporting is attribution, not a political statement
            yield Event(
                document_id=document.id, sentence=sentence.text, start=start, end=end,
                trigger=trigger.text if light is None else f"{light.text} … {trigger.text}",
                trigger_start=context.index.offset + trigger.idx,
                trigger_end=context.index.offset + trigger.idx + len(trigger),
                source=source, target=target, cameo=item.code, root=entry.root,
                quad_class=entry.quad_class, goldstein=entry.goldstein, plover=entry.plover,
                modality=item.modality, date=event_date, date_precision=precision, place=item.place,
                topics=topics,
            )

    # --- frames: intent, appeal, demand, refusal, threat, and what a statement says --------
    def _framed(self, found: list[_Found], context: Context) -> list[_Found]:
        """For each action under a frame ("vowed to retaliate", "said it will release"), the
        frame's own event with CAMEO's code for it; the action keeps its code with a modality
        saying it did not happen. A plain future ("X will supply arms") is X's intent."""
        framed: list[_Found] = []
        taken: set[int] = set()
        for item in found:
            if item.clause is None:
                continue
            frame = _frame_of(item.clause)
            if lookup(item.code).root == "01" and (frame is None or (item.code == "010" and frame[0] != "reject")):
                continue  # a plain statement is framed only by refusing it: "declined to comment" (011)
            if frame is not None and frame[0] == "reject" and item.trigger.lemma_.lower() in COMMENT_VERBS:
                item.code = "010"  # "declined to answer questions", "refused to confirm it": 011
            target = item.target
            if frame is None:
                if not _future(item.clause) or item.trigger.i in taken or item.modality != "planned":
                    continue
                if _scheduled(item.clause) and not any(
                        c.dep_ == "nsubj" and context.mention(c) is not None for c in item.clause.head.children):
                    continue  # "the aim of ISIS is to impose …": an aim described, not announced
                kind: Frame | Literal["accuse"] = "intent"
                head, sources = item.trigger, item.sources
            else:
                frame_kind, head = frame
                if head.i in taken:
                    continue
                if frame_kind == "speech":
                    reported, sources, target = self._reported(item, item.clause, head, context)
                    if reported is None:
                        continue
                    kind = reported
                else:
                    if head.lemma_ == "agree" and is_conflictual(item.code):
                        continue  # "agreed to freeze the assets": a decision taken, not a threat
                    sources = [a for a in self._sources(head, None, context) if a.code and not _unplaced_doer(a)]
                    if not sources and not (frame[0] in {"demand", "appeal"} and _passive_without_agent(head)):
                        # the frame's doer is the action's, except for one asked or urged with no
                        # asker named ("X was asked to resign": not X who asked)
                        sources = item.sources
                    wished = _wish(frame_kind, item.clause, head)
                    if wished is None:
                        item.modality = "hypothetical"  # a wish about others is no event
                        continue
                    kind = wished
            if kind == "accuse":
                item.modality = "hypothetical"  # an allegation, not a known event
                code = ACCUSATION
            else:
                kind = _condition(kind, item.clause, head)
                item.modality = FRAME_MODALITY[kind]
                code = framed_code(kind, item.code)
                if kind in {"demand", "appeal"}:
                    target = self._addressee(head, item, context) or target
                if kind == "threat" and target is None:
                    target = self._conditioned(item.clause, head, context)
                if lookup(code).root == CONTACT_ROOT and target is None:
                    code = framed_code(kind, "01")
            taken.add(head.i)
            framed.append(_Found(head, code, None, head, sources, target, item.place, "happened",
                                 frame_token=head if head.i != item.trigger.i else None,
                                 other_targets=item.other_targets if target is item.target else []))
        return framed

    def _reported(self, item: _Found, clause: Token, speech: Token, context: Context) -> tuple[Literal["demand", "intent", "accuse"] | None, list[Actor], Actor | None]:
        """What "X said …" makes of the action it reports: "said it will release" is X's intent
        (or threat), "said Sudan must return" X's demand, "said that Iraq attacked" X's
        accusation of Iraq; a reported fact stays the fact, with X as its attribution."""
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
        speakers = [a for a in self._sources(speech, None, context) if a.code]
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        # "Iran will send aid, the ministry said": a credit after the news codes the news;
        # "Peskov said that Netanyahu will visit": the speaker's statement about another.
        own = (speech.i > clause.i or subject is None or subject.pos_ == "PRON" or not speakers
               or _same_side(speakers, item.sources))
        if auxiliaries & OBLIGATION_AUX or _has_to(clause):
            return "demand", speakers, item.target
        if _future(clause) or "would" in auxiliaries:
            if own:
                return "intent", item.sources or speakers, item.target
            return None, [], None
        # Another country's attack told by a speaker of known, different country is an accusation.
        other = (item.sources and speakers and not _same_side(speakers, item.sources)
                 and all(a.country for a in speakers + item.sources))
        alleging = speech.lemma_ in ALLEGING_HEADS
        if (alleging or (other and speech.i < clause.i)) and is_conflictual(item.code) and item.sources:
            return "accuse", speakers, item.sources[0]
        return None, [], None

    def _addressee(self, head: Token, item: _Found, context: Context) -> Actor | None:
        """Who is asked or told to act: "urged the EU to …", "demanded that Hamas …"."""
        for child in head.children:
            if child.dep_ in {"dobj", "dative"}:
                actor = self._actor(child, context)
                if actor is not None:
                    return actor
        clause = item.clause
        for child in clause.children if clause is not None else []:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return self._actor(child, context)
        return None

    def _target_conjuncts(self, sentence: Span, target: Actor | None, context: Context) -> list[Actor]:
        """The actors coordinated with a target ("strikes on Saudi Arabia and the Emirates"), each a
        target of its own event."""
        if target is None:
            return []
        for token in sentence:
            if token.dep_ in {"nsubj", "nsubjpass"}:
                continue
            actor = self._actor(token, context, depth=2) if (context.mention(token) or context.place(token)) else None
            if actor is None or actor.key != target.key:
                continue
            others: list[Actor] = []
            for conjunct in token.conjuncts:
                other = self._actor(conjunct, context, depth=2)
                if other is not None and other.code and other.key != target.key and all(o.key != other.key for o in others):
                    others.append(other)
            if not others and target.role:  # "leaders of Kenya, Uganda and Tanzania": each one's leaders
                owners = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                owner = self._actor(owners[0], context, depth=2) if owners else None
                if owner is not None and owner.country == target.country:
                    for conjunct in owners[0].conjuncts:
                        other = self._actor(conjunct, context, depth=2)
                        if other is not None and other.kind == "country" and other.country and other.country != target.country:
                            others.append(Actor(f"{token.text} of {other.name}", target.kind, other.country, target.role))
            if others:
                return others
        return []

    def _conditioned(self, clause: Token, head: Token, context: Context) -> Actor | None:
        """Who a threat is made against when its action names no one: the actor its condition
        is about ("threatened to stop the talks if Britain expels its diplomats")."""
        scope = [clause, head] + [c for t in (clause, head) for c in t.children if c.dep_ == "xcomp"]
        for token in scope:
            for child in token.children:
                if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in child.children):
                    for subject in (g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}):
                        actor = self._actor(subject, context)
                        if actor is not None and actor.code:
                            return actor
        return None

    @staticmethod
    def _clause_verb(token: Token) -> Token | None:
        for ancestor in token.ancestors:
            if ancestor.pos_ in {"VERB", "AUX"}:
                return ancestor
        return None

    # --- source ---------------------------------------------------------------------------
    def _sources(self, trigger: Token, light: Token | None, context: Context) -> list[Actor]:
        if trigger.pos_ == "NOUN" and light is None:
            return self._noun_sources(trigger, context)
        verb = light or trigger
        statement = _statement_of(verb)
        if statement is not None:  # "X issued a statement condemning Y": X condemned Y
            owner = next((c for c in statement.children if c.dep_ == "poss"), None)
            if owner is not None:
                actor = self._actor(owner, context)
                return [actor] if actor is not None else []
            verb = statement.head if statement.dep_ in {"dobj", "nsubjpass"} else verb
        subjects = _with_mention_conjuncts(subjects_of(verb, context.index), context)
        actors: list[Actor] = []
        for token in subjects:
            mention = context.mention(token)
            if mention is not None and mention.label == "title" and len(subjects) > 1:
                continue  # "Eisenkot and Military Intelligence chief Halevi": a title, not a third actor
            actor = self._actor(token, context)
            for one in _per_demonym(token, actor):
                if all(a.key != one.key for a in actors):
                    actors.append(one)
        return actors

    def _noun_sources(self, noun: Token, context: Context) -> list[Actor]:
        """"Netanyahu's visit", "Russian troop deployments", "talks between X and Y"."""
        for child in noun.children:
            if child.dep_ == "poss":
                actor = self._actor(child, context)
                return [actor] if actor else []
        # "the arrest of two Britons by Iranian police" (the parse may hang "by" on the Britons)
        of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for child in [*noun.children, *(c for g in of_objects for c in g.children)]:
            if child.dep_ == "prep" and child.lower_ == "by":
                agents = [a for a in (self._actor(g, context) for g in child.children if g.dep_ == "pobj") if a]
                if agents:
                    return agents
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return [a for a in (self._actor(t, context) for t in with_conjuncts(objects[0])) if a]
        for child in noun.lefts:
            if child.dep_ in {"amod", "compound"}:
                country = country_by_demonym(child.text)
                if country is not None:
                    return [country_actor(country)]
        host = _circumstance_of(noun)
        if host is not None and (_noun_event_code(noun) or "").startswith(CONTACT_ROOT) \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            # "After talks with Iran, the minister said …": the one who speaks after the talks held them
            return [a for a in (self._actor(t, context) for t in subjects_of(host, context.index)) if a and a.code]
        return []

    # --- target, place --------------------------------------------------------------------
    def _actor(self, token: Token, context: Context, depth: int = 0) -> Actor | None:
        mention = context.mention(token)
        if mention is not None:
            actor = mention.actor
            if actor.country is None and actor.role and depth < 2:
                # "security forces in Chad", "police in Nairobi": the country of where they are
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in {"in", "from", "of"}:
                        for obj in (g for g in child.children if g.dep_ == "pobj"):
                            where = _named_country(obj, context)  # a country named, not a city ("meeting in Brussels")
                            if where is not None:
                                return Actor(actor.name, actor.kind, where.country, actor.role)
            return actor
        place = context.place(token)
        if place is not None:
            return country_actor_of(place)
        if depth < 2 and token.pos_ in {"NOUN", "PROPN", "NUM"}:
            return self._phrase_actor(token, context, depth)
        return None

    def _phrase_actor(self, head: Token, context: Context, depth: int) -> Actor | None:
        """A group named by its modifiers: "Palestinian prisoners" (PSE), "al-Qaeda's network",
        "thousands of Chilean miners", "students throughout Indonesia"."""
        for child in head.lefts:
            if child.dep_ in {"amod", "compound", "nmod", "poss"}:
                mention = context.mention(child)
                if mention is not None and mention.actor.code and (mention.actor.kind != "person" or child.dep_ == "compound"):
                    return mention.actor
                country = country_by_demonym(child.text) if child.dep_ in {"amod", "compound"} else None
                if country is not None:
                    return country_actor(country)
                if child.dep_ == "compound" and child.pos_ == "NOUN" and depth < 2:  # "EU ministers meeting"
                    inner = self._phrase_actor(child, context, depth + 1)
                    if inner is not None:
                        return inner
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"of", "from", "in", "throughout", "across"}:
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    actor = _named_country(obj, context) if child.lower_ == "in" else self._actor(obj, context, depth + 1)
                    if actor is None:
                        continue
                    role = role_of(head.text) if child.lower_ != "of" or head.pos_ != "NUM" else None
                    if role and actor.kind == "country" and actor.country:  # "rebels in Mali": MLIREB
                        return Actor(f"{head.text} {child.text} {actor.name}", "group", actor.country, role)
                    return actor
        return None

    def _target_and_place(self, trigger: Token, code: str, clause: Token | None, context: Context) -> tuple[Actor | None, Place | None]:
        # A verb's own dependents, or a noun's and its light verb's ("pay a visit to X").
        light = light_verb(trigger)
        heads = [trigger] + ([clause] if clause is not None and (trigger.pos_ != "NOUN" or (light is not None and clause.i == light.i)) else [])
        heads = list({h.i: h for h in heads}.values())
        target: Actor | None = None
        place: Place | None = None
        for head in heads:
            objects = []
            for child in head.children:
                if child.dep_ == "dative" and child.pos_ == "ADP":  # "granted asylum to X" parsed as dative
                    target, place = self._prepositional(child, code, target, place, context)
                elif child.dep_ in {"dobj", "dative", "nsubjpass", "attr"} and target is None:
                    objects.append(child)
                    if _own_side(child):
                        continue  # "recalled its ambassador to Hungary": look past it
                    found = context.place(child)
                    if found is not None and code.startswith(CONTACT_ROOT):
                        place = place or found
                    target = self._actor(child, context) or self._possessor(child, context)
                elif child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN" and code[:2] not in SUBJECTIVE_OF_ROOTS:
                    # "criticism of Turkey", "the arrest of two Britons": the noun's object, not its doer
                    obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    target = target or (self._actor(obj, context) if obj is not None else None)
                elif child.dep_ == "prep":
                    target, place = self._prepositional(child, code, target, place, context)
            asked_for = _framed_noun(head) if head.pos_ == "VERB" else None
            if asked_for is not None and asked_for[0] not in objects:
                objects.append(asked_for[0])  # "called for talks with Iran": the talks' partner
            for obj in objects:  # "threatened action against Russia", "rejected calls by Belarus"
                for child in _object_preps(obj):
                    if target is None:
                        target, place = self._prepositional(child, code, target, place, context, by_allowed=True)
            if target is not None and head.i == trigger.i:
                break
        return target, place

    def _prepositional(self, preposition: Token, code: str, target: Actor | None, place: Place | None,
                       context: Context, by_allowed: bool = False) -> tuple[Actor | None, Place | None]:
        """"apologized to Brazil", "talks with Iran", "attacks in Iraq": a country after a target
        preposition is the target and may be the place too; after "in" or "near" only the place.
        On an object noun, "by" names whose act it is ("rejected calls by Belarus")."""
        word = preposition.lower_
        if word == "by" and not by_allowed:
            return target, place
        wanted = TARGET_PREPOSITIONS | {"by"}
        for obj in (g for g in preposition.children if g.dep_ == "pobj"):
            found = context.place(obj)
            if found is not None and word in PLACE_PREPOSITIONS:
                place = place or found
                if code == "042" and word in {"to", "in"}:  # a visit's target is its host
                    target = country_actor_of(found) or target
                elif word in TARGET_PREPOSITIONS and (word != "at" or code[:2] in {"18", "19", "20"}) and target is None:
                    target = self._actor(obj, context)
                continue
            if word in wanted and target is None:
                target = self._actor(obj, context) or self._possessor(obj, context)
                if target is not None and target.kind == "country" and code.startswith(CONTACT_ROOT) and word == "to":
                    place = place or Place(target.name, target.country, feature="country")  # "travelled to Nepal"
                if target is None and word != "by":  # "warned against travel to Venezuela"
                    for inner in _object_preps(obj):
                        if inner.lower_ in TARGET_PREPOSITIONS and target is None:
                            target, place = self._prepositional(inner, code, target, place, context)
        return target, place

    def _possessor(self, noun: Token, context: Context) -> Actor | None:
        """Whose thing an object is, when the thing is no actor: "condemned Iran's decision",
        "blasted Trump's approach" (the possessor is who is condemned)."""
        if noun.pos_ not in {"NOUN", "PROPN"} or context.mention(noun) is not None:
            return None
        for child in noun.children:
            if child.dep_ == "poss":
                mention = context.mention(child)
                if mention is not None and (mention.actor.code or mention.actor.kind == "person"):
                    return mention.actor
        return None

    # --- modality, date, topic ------------------------------------------------------------
    @staticmethod
    def _modality(trigger: Token, clause: Token | None, code: str) -> Modality:
        chain = [trigger] + ([clause] if clause is not None and clause is not trigger else [])
        if code == "016":
            return "denied"
        for token in chain:
            children = list(token.children)
            if any(c.dep_ == "neg" for c in children):
                return "negated"
        for token in chain:
            if token.dep_ == "xcomp" and token.head.lemma_ in FAILING_HEADS:
                return "negated"  # "failed to reach an agreement"
            if _scheduled(token):
                return "planned"  # "is to visit Moscow", "the aim of ISIS is to impose"
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children) \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                return "hypothetical"  # "it was inappropriate for Trump to criticize …": judged, not told
            infinitives = True  # still on a chain of infinitives up from the trigger
            for ancestor in [token, *token.ancestors]:
                if ancestor.i != token.i and ancestor.lemma_ in DENYING_HEADS \
                        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in [*ancestor.children, *token.children]):
                    return "denied"  # "dismissed the threats as empty rhetoric" calls them, does not deny them
                if ancestor.i != token.i and infinitives and any(c.dep_ == "neg" for c in ancestor.children):
                    return "negated"  # "did not vote to compel", "has not agreed to send"
                if ancestor.i != token.i and ancestor.lemma_ in DEMANDING_HEADS and token.dep_ in {"xcomp", "ccomp"}:
                    return "demanded"
                auxiliaries = {c.lower_ for c in ancestor.children if c.dep_ in {"aux", "auxpass"}}
                if any(c.dep_ == "neg" for c in ancestor.children) and ancestor.i != token.i and ancestor.dep_ != "ROOT":
                    return "negated"
                if auxiliaries & FUTURE_AUX:
                    return "planned"
                if auxiliaries & HYPOTHETICAL_AUX:
                    return "hypothetical"
                if ancestor.i != token.i and ancestor.lemma_ in PLANNING_HEADS:
                    return "planned"
                if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in ancestor.children):
                    return "hypothetical"
                if ancestor.i != token.i and ancestor.pos_ == "ADJ" and ancestor.lemma_ in FRAME_ADJECTIVES:
                    return "planned"  # "is willing to send", "ready to talk"
                if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children)
                       for c in ancestor.children):
                    return "hypothetical"  # "will be destroyed if …", "defend it if it is attacked": a condition
                if any(c.lower_ in {"allegedly", "reportedly"} for c in ancestor.children if c.dep_ == "advmod"):
                    return "hypothetical"  # an allegation is not a known event
                if ancestor.i != token.i and ancestor.lemma_ in ALLEGING_HEADS | ALLEGING_NOUNS:
                    return "hypothetical"
                # climb to what governs the clause: a complement's frame ("claimed that …"), and a
                # conjunct's when it shares the subject ("had shelled Aleppo and seized Idlib")
                if ancestor.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in ancestor.children):
                    break
                infinitives = infinitives and ancestor.dep_ in {"xcomp", "conj"}
                if ancestor.dep_ not in {"xcomp", "acomp", "dobj", "pobj", "prep", "advcl", "compound", "ccomp", "conj"}:
                    break
        return "happened"

    @staticmethod
    def _date(clause: Token, published, future: bool):
        for token in clause.subtree:
            if token.ent_type_ in {"DATE", "TIME"} and token.ent_iob_ == "B":
                if token.head.lower_ in NO_EVENT_DATE:
                    continue
                entity = next(e for e in token.doc.ents if e.start == token.i)
                resolved, precision = resolve_date(entity.text, published, future)
                return resolved, precision
        return None, None

    def _topics(self, trigger: Token, context: Context) -> list[str]:
        """What the event is about: "to discuss X", "talks over X", "sanctions on X"."""
        scopes: list[Token] = []
        for child in trigger.children:
            if child.dep_ in {"advcl", "xcomp"} and child.lemma_ in TOPIC_VERBS:
                scopes.extend(g for g in child.children if g.dep_ == "dobj" or (g.dep_ == "prep" and g.lower_ in TOPIC_PREPOSITIONS))
            elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS:
                scopes.append(child)
        topics: list[str] = []
        for scope in scopes:
            for token in scope.subtree:
                name = self._topic_name(token, context)
                if name and name not in topics:
                    topics.append(name)
        return topics

    @staticmethod
    def _topic_name(token: Token, context: Context) -> str | None:
        mention = context.mention(token)
        if mention is not None:
            return mention.actor.name
        country = country_by_demonym(token.text) if token.pos_ == "ADJ" or token.ent_type_ == "NORP" else None
        if country is not None:
            return country.name
        place = context.place(token)
        return place.name if place is not None else None

