"""The events stage: who did what to whom, read off spaCy's dependency parse.

Triggers are verbs and event nouns from our lexicon; the source is the subject (through control
"is due to meet", passives "was arrested by", coordination "X and Y met"); the target the object
or prepositional object; modality from auxiliaries and governing verbs; date, place and topic
from the clause around the trigger.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.actors.coding import country_actor
from newsevents.actors.countries import country_by_demonym, country_by_name
from newsevents.events.cameo import lookup
from newsevents.events.dates import resolve_date
from newsevents.events.dictionary import VerbCoder
from newsevents.events.lexicon import LIGHT_VERBS, noun_code, verb_code
from newsevents.grammar import PLANNING_HEADS, MentionIndex, with_conjuncts
from newsevents.grammar import subjects as subjects_of
from newsevents.model import Actor, Event, Mention, Modality, ParsedDocument, Place
from newsevents.petrarch.dictionaries import Discards, VerbDictionary

TARGET_PREPOSITIONS = {"with", "to", "against", "on", "at", "for", "from", "toward", "towards", "into"}
PLACE_PREPOSITIONS = {"in", "to", "at", "into", "near", "inside"}
TOPIC_PREPOSITIONS = {"about", "over", "on", "regarding", "concerning"}
TOPIC_VERBS = {"discuss", "talk", "address", "negotiate"}
DEMANDING_HEADS = {"demand", "urge", "call", "press", "insist", "ask"}
DENYING_HEADS = {"deny", "dismiss", "refute", "reject"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should"}
NO_EVENT_DATE = {"since", "until", "before", "after", "prior", "by"}
CONTACT_ROOT = "04"


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


def light_verb(noun: Token) -> Token | None:
    return noun.head if noun.dep_ == "dobj" and noun.head.lemma_ in LIGHT_VERBS else None


class EventExtractor:
    """Find CAMEO events in a parsed document, given its mentions and places.

    With a PETRARCH verb dictionary (`verbs`), triggers, codes and pattern-given roles come from
    it instead of our own lexicon (see `events.dictionary`); `discards` drops sentences and
    stories that it names; `require_dyad=False` keeps events with only a source or a target.
    """

    def __init__(self, verbs: VerbDictionary | None = None, discards: Discards | None = None,
                 require_dyad: bool = True) -> None:
        self.verb_coder = VerbCoder(verbs, discards, require_dyad) if verbs is not None else None

    def __call__(self, parsed: ParsedDocument, mentions: list[Mention], places: dict[tuple[int, int], Place]) -> list[Event]:
        context = Context(parsed, MentionIndex(mentions), places)
        events: list[Event] = []
        if self.verb_coder is not None and self.verb_coder.discarded(parsed.document.body, story=True):
            return events
        for paragraph in parsed.paragraphs:
            context.index.offset = paragraph.offset
            for sentence in paragraph.doc.sents:
                if self.verb_coder is not None:
                    events.extend(self._dictionary_sentence(sentence, context))
                else:
                    events.extend(self._sentence(sentence, context))
        return events

    def _dictionary_sentence(self, sentence: Span, context: Context) -> Iterator[Event]:
        document = context.parsed.document
        start = context.index.offset + sentence.start_char
        end = context.index.offset + sentence.end_char
        for coded in self.verb_coder(sentence, context.mention):
            trigger = coded.verb
            entry = _entry(coded.code)
            modality = self._modality(trigger, None, coded.code)
            event_date, precision = self._date(trigger, document.published, modality == "planned")
            _, place = self._target_and_place(trigger, coded.code, None, context)
            yield Event(
                document_id=document.id, sentence=sentence.text, start=start, end=end,
                trigger=trigger.text, trigger_start=context.index.offset + trigger.idx,
                trigger_end=context.index.offset + trigger.idx + len(trigger),
                source=coded.source, target=coded.target, cameo=coded.code, root=coded.code[:2],
                quad_class=entry.quad_class if entry else 0, goldstein=entry.goldstein if entry else 0.0,
                plover=entry.plover if entry else None, modality=modality, date=event_date,
                date_precision=precision, place=place, topics=self._topics(trigger, context),
            )

    # --- triggers -------------------------------------------------------------------------
    def _triggers(self, sentence: Span) -> Iterator[tuple[Token, str, Token | None]]:
        """(trigger, CAMEO code, light verb or None) for each event word in the sentence."""
        for token in sentence:
            if token.pos_ == "VERB":
                particle = next((c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}), "")
                obj = next((c for c in token.children if c.dep_ == "dobj"), None)
                if token.lemma_ in LIGHT_VERBS and obj is not None and noun_code(obj.lemma_):
                    continue  # the object noun is the trigger; handled below
                code = verb_code(token.lemma_, particle, obj.lemma_ if obj is not None else "")
                if code and not self._is_topic_of_contact(token):
                    yield token, code, None
            elif token.pos_ == "NOUN":
                code = noun_code(token.lemma_) or noun_code(token.text)
                if not code:
                    continue
                yield token, code, light_verb(token)

    @staticmethod
    def _is_topic_of_contact(token: Token) -> bool:
        """"meet Putin to discuss Syria": the discussing is the meeting's topic, not an event."""
        head = token.head
        return (token.lemma_ in TOPIC_VERBS and token.dep_ in {"advcl", "xcomp"} and head is not token
                and (verb_code(head.lemma_) or "").startswith(CONTACT_ROOT))

    # --- one sentence ---------------------------------------------------------------------
    def _sentence(self, sentence: Span, context: Context) -> Iterator[Event]:
        document = context.parsed.document
        start = context.index.offset + sentence.start_char
        end = context.index.offset + sentence.end_char
        for trigger, code, light in self._triggers(sentence):
            clause = light or (trigger if trigger.pos_ == "VERB" else self._clause_verb(trigger))
            sources = self._sources(trigger, light, context)
            target, place = self._target_and_place(trigger, code, clause, context)
            modality = self._modality(trigger, clause, code)
            event_date, precision = self._date(clause or trigger, document.published, modality == "planned")
            topics = self._topics(trigger, context)
            entry = lookup(code)
            if entry.root == CONTACT_ROOT and target is None:
                continue  # a meeting or visit needs someone met or visited
            for source in sources:
                if target is not None and target.key == source.key:
                    continue
                if entry.root == "01" and source.role == "MED":
                    continue  # an outlet reporting is attribution, not a political statement
                yield Event(
                    document_id=document.id, sentence=sentence.text, start=start, end=end,
                    trigger=trigger.text if light is None else f"{light.text} … {trigger.text}",
                    trigger_start=context.index.offset + trigger.idx,
                    trigger_end=context.index.offset + trigger.idx + len(trigger),
                    source=source, target=target, cameo=code, root=entry.root,
                    quad_class=entry.quad_class, goldstein=entry.goldstein, plover=entry.plover,
                    modality=modality, date=event_date, date_precision=precision, place=place,
                    topics=topics,
                )

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
        subjects = subjects_of(verb, context.index)
        actors: list[Actor] = []
        for token in subjects:
            mention = context.mention(token)
            if mention is not None and mention.label == "title" and len(subjects) > 1:
                continue  # "Eisenkot and Military Intelligence chief Halevi": a title, not a third actor
            actor = self._actor(token, context)
            if actor is not None and all(a.key != actor.key for a in actors):
                actors.append(actor)
        return actors

    def _noun_sources(self, noun: Token, context: Context) -> list[Actor]:
        """"Netanyahu's visit", "Russian troop deployments", "talks between X and Y"."""
        for child in noun.children:
            if child.dep_ == "poss":
                actor = self._actor(child, context)
                return [actor] if actor else []
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
        return []

    # --- target, place --------------------------------------------------------------------
    def _actor(self, token: Token, context: Context) -> Actor | None:
        mention = context.mention(token)
        if mention is not None:
            return mention.actor
        place = context.place(token)
        return country_actor_of(place) if place is not None else None

    def _target_and_place(self, trigger: Token, code: str, clause: Token | None, context: Context) -> tuple[Actor | None, Place | None]:
        # A verb's own dependents, or a noun's and its light verb's ("pay a visit to X").
        heads = [trigger] + ([clause] if trigger.pos_ != "NOUN" or clause is light_verb(trigger) else [])
        heads = [h for h in dict.fromkeys(heads) if h is not None]
        target: Actor | None = None
        place: Place | None = None
        for head in heads:
            for child in head.children:
                if child.dep_ in {"dobj", "dative", "nsubjpass", "attr"} and target is None:
                    found = context.place(child)
                    if found is not None and code.startswith(CONTACT_ROOT):
                        place = place or found
                    target = self._actor(child, context)
                elif child.dep_ == "prep":
                    for obj in (g for g in child.children if g.dep_ == "pobj"):
                        found = context.place(obj)
                        if found is not None and child.lower_ in PLACE_PREPOSITIONS:
                            place = place or found
                            if code == "042" and child.lower_ == "to":  # a visit's target is its host
                                target = country_actor_of(found) or target
                            continue
                        if child.lower_ in TARGET_PREPOSITIONS and target is None:
                            target = self._actor(obj, context)
            if target is not None and head is trigger:
                break
        return target, place

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
            for ancestor in [token, *token.ancestors]:
                if ancestor is not token and ancestor.lemma_ in DENYING_HEADS:
                    return "denied"
                if ancestor is not token and ancestor.lemma_ in DEMANDING_HEADS and token.dep_ in {"xcomp", "ccomp"}:
                    return "demanded"
                auxiliaries = {c.lower_ for c in ancestor.children if c.dep_ in {"aux", "auxpass"}}
                if any(c.dep_ == "neg" for c in ancestor.children) and ancestor is not token and ancestor.dep_ != "ROOT":
                    return "negated"
                if auxiliaries & FUTURE_AUX:
                    return "planned"
                if auxiliaries & HYPOTHETICAL_AUX:
                    return "hypothetical"
                if ancestor is not token and ancestor.lemma_ in PLANNING_HEADS:
                    return "planned"
                if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in ancestor.children):
                    return "hypothetical"
                if ancestor.dep_ not in {"xcomp", "acomp", "dobj", "pobj", "prep", "advcl", "compound"}:
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

