"""The last check on an event before it is stored: a recipient the sentence names but the coder
could not code.

"Trump has repeatedly attacked Tlaib and Omar" with no actor code for Tlaib is stored with no
target, and a reader takes it for an act aimed at no one; the judges count it wrong every time. A
record that is wrong is worse than one that is missing, so an event whose recipient slot holds a
named someone (a person, organisation, group or country) that got no actor code, while the event
has no coded target, is not stored. The slot: the verb's object and indirect object, the objects
of the target prepositions on it, a passive verb's subject ("he was shot by police"), an event
noun's of-object ("criticism of Sessions"), a common noun's named examples ("universities like X") and, for a frame verb, its to-infinitive's slot
("threatened to sue him"). Named: a proper name (one the recogniser left untyped too, outside
statements), a name in apposition, a personal pronoun for a person ("charged him"; one resolved to
its own verb's doer is someone left unresolved), the named owner of the object thing
("rejected the House's offer", "criticised the US decision"), or, outside statements, a common
noun for a person or people by kinship, an office another held, work done for someone or a relation to others
("banned transgender personnel", "asked its Kurdish allies"; lang/en/data/person_nouns.txt and
relation_nouns.txt) that the story gives no country (not on whose behalf, "leniency toward this
man"; not what a material act passes on, "exchange the captive girls").

How targets are found is `events.targets`' work; this only reads the final target, and
skips what targets leaves out on purpose (the doer's own side, what is conveyed, an
audience, a topic, the verb's own act restated).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.cameo import COOPERATION_ROOT, INTENT_ROOT, STATEMENT_ROOT, THREAT_ROOT
from newsevents.events.participants import Context, actor_at, names_topic, own_side
from newsevents.events.targets import (
    SUBJECTIVE_OF_ROOTS,
    excepted,
    instance_words,
    is_audience,
    is_conveyed,
    is_topic,
    marked_by_doer,
    named_instances,
    on_a_path,
    participle_undergoer,
    partner_in_contact_words,
    preposition_read,
    raised_passive_subject,
    restates,
    shared_passive_undergoer,
    yet_to_be,
)
from newsevents.grammar import listed, with_conjuncts
from newsevents.lang.en.actors import NO_COUNTRY_WORDS
from newsevents.lang.en.events import (
    ADDRESSED_PRONOUNS,
    CURRENCY_NOUNS,
    DOER_OF_NOUNS,
    FRAME_VERBS,
    PERSON_NOUNS,
    REFERRING_PRONOUNS,
    RELATION_NOUNS,
    TARGET_PREPOSITIONS,
)
from newsevents.model import Actor

# spaCy's entity labels for who can be acted on (not laws, works, events, dates or amounts)
NAMED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PEOPLE = frozenset({"person"})  # pronoun kinds that stand for someone ("them" may be bills, "it" a plan)
# "asked for leniency toward this man": on whose behalf, not whom the act is aimed at
BEHALF_PREPOSITIONS = frozenset({"for", "toward", "towards"})


def _proper(token: Token) -> bool:
    """A proper name of someone ("Tlaib", "the Muslim Brotherhood"), not "the Paris Agreement" (LAW)
    or "Monday"; not a body still to come ("set up a new Joint Forces Command": made, not acted on)."""
    return token.pos_ == "PROPN" and token.ent_type_ in NAMED_LABELS and not yet_to_be(token)


def _untyped_name(token: Token, context: Context) -> bool:
    """"criticized Snowden", "accused BPA": a bare proper name the entity recogniser left untyped
    (not a place, not a capital at the start of a sentence; "the Dalai Lama" may be a title)."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.i != token.sent.start \
        and token.text[:1].isupper() and context.place(token) is None \
        and not any(c.dep_ == "det" for c in token.children)


def _pronoun(token: Token) -> bool:
    """"charged him", "he was shot": a personal pronoun for a person ("vetoed them" may be the bills)."""
    return token.tag_ == "PRP" and REFERRING_PRONOUNS.get(token.lower_) in PEOPLE


def _addressed(token: Token) -> bool:
    """"Thank you", "they bombard us": a first- or second-person object pronoun, someone addressed
    or spoken for whom the sentence does not code (a statement's "told us" is left to statements)."""
    return token.tag_ == "PRP" and token.lower_ in ADDRESSED_PRONOUNS


def _uncoded_person(word: Token, code: str, source: Actor, context: Context) -> bool:
    """"banned transgender personnel", "asked its Kurdish allies to stand fast", "withholding aid
    from such an ally": a common noun for a person or people (not an office: "the president" has
    its country from the story) that the story gives no country, so no actor code."""
    if word.pos_ != "NOUN" or not (listed(word, PERSON_NOUNS) or listed(word, RELATION_NOUNS)):
        return False
    first = word
    while first.dep_ == "conj":
        first = first.head  # "mistreat men and women": the slot word the conjuncts hang on
    if first.dep_ == "pobj" and first.head.lower_ in BEHALF_PREPOSITIONS:
        return False
    if first.dep_ == "dobj" and code[:2] == COOPERATION_ROOT:
        return False  # "offered to exchange the captive girls": what is exchanged, not a partner
    if any(c.lower_ in NO_COUNTRY_WORDS for c in word.children):
        return False  # "foreign workers": no country to code them by, and none is wanted
    return _uncoded(actor_at(word, context), source, by_country=True)


def _uncoded(actor: Actor | None, source: Actor, by_country: bool = False) -> bool:
    """Whether the story leaves a word uncoded: no actor for it, or one other than the doer with no
    code; a common noun of people (`by_country`) needs a country, as a bare role ("allies") names no one."""
    if actor is None:
        return True
    coded = actor.country is not None if by_country else bool(actor.code)
    return not coded and actor.name != source.name


def _slot(head: Token, code: str, context: Context) -> list[Token]:
    """The words of a trigger's recipient slot, with their conjuncts ("attacked both Tlaib and Omar")."""
    found: list[Token] = []
    passive = any(c.dep_ == "auxpass" for c in head.children)
    for child in head.children:
        if is_topic(child, head, code):
            continue  # "discussed Syria with Lavrov": what it is about
        if child.dep_ in {"dobj", "dative"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            if own_side(child, context) or (child.dep_ == "dobj" and is_conveyed(head)) or is_audience(child, head):
                continue  # "recalled its ambassador", "sent troops to", "told reporters that"
            if restates(child, code) and marked_by_doer(child, context):
                continue  # "imposed U.S. sanctions": the doer's own act
            found.append(child)
        elif child.dep_ == "nsubjpass" and passive:
            found.append(child)
        elif child.dep_ in {"prep", "dative"} and (read := preposition_read(child))[0] in TARGET_PREPOSITIONS \
                and not on_a_path(child):
            # (not "attacked north from Baghdad to Beiji": the way it went)
            found.extend(g for g in read[1].children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "of" and _object_of(head, code):
            # "Trump's criticism of Sessions": an event noun's of-object is whom it is aimed at
            found.extend(g for g in child.children if g.dep_ == "pobj" and not own_side(g, context))
    raised = raised_passive_subject(head) or shared_passive_undergoer(head)
    if raised is not None:
        # "Pierre was to be released by al-Qaeda", "Ali, who was shot and killed by police": who undergoes it
        found.append(raised)
    found.extend(partner_in_contact_words(head))  # "remained in contact with Ali Hassan"
    found.extend(instance_words(head))  # "investigated, including interviewing Tsarnaev"
    undergoer = participle_undergoer(head)
    if undergoer is not None:
        found.append(undergoer)  # "Pressed by reporters to resign, Hassan refused": Hassan is pressed
    return [c for token in found for c in with_conjuncts(token) if not excepted(c)]  # not "everyone but X"


def _object_of(noun: Token, code: str) -> bool:
    """An event noun whose of-phrase names whom it is aimed at ("criticism of X", "the arrest of
    X"), not its doer ("the visit of the president", "the withdrawal of the troops")."""
    return noun.pos_ == "NOUN" and code[:2] not in SUBJECTIVE_OF_ROOTS and noun.lower_ not in DOER_OF_NOUNS


def _framed_act(verb: Token, code: str) -> Token | None:
    """"threatened to sue him", "refused to meet Ortega": the act a frame verb's event is coded
    over, its to-infinitive, whose recipient is the frame event's (as `target_and_place` reads it)."""
    if verb.pos_ != "VERB" or code[:2] == STATEMENT_ROOT or not (verb.lemma_ in FRAME_VERBS or code[:2] in {INTENT_ROOT, THREAT_ROOT}):
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # "requested weapons to hold off Assad's forces": a purpose
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _uncoded_other(token: Token, source: Actor, context: Context, binding: bool = True) -> bool:
    """Someone with no actor code who is not the doer."""
    actor = actor_at(token, context)
    if binding and actor is not None and _pronoun(token) and token.dep_ == "dobj" and actor.name == source.name:
        return True  # "wished Rood well and thanked him": an object pronoun is never its verb's own doer
    return _uncoded(actor, source)


def _owner(noun: Token, source: Actor, context: Context) -> Token | None:
    """"rejected the House's offer", "dismissed the Post report": the named owner of an object
    thing, when it is someone other than the doer (their own decision is no recipient)."""
    if noun.pos_ != "NOUN" or listed(noun, CURRENCY_NOUNS):
        return None  # "banned U.S. dollars": whose money it is, not whom the act is aimed at
    for child in noun.children:
        if child.dep_ not in {"poss", "compound"} or not _proper(child) or names_topic(child, noun, context):
            continue  # "criticized the Iran deal": what the deal is about, not its owner
        place = context.place(child)
        if child.dep_ == "compound" and context.mention(child) is None and (place is None or place.feature != "country"):
            continue  # "the Paris climate accord": a city naming the thing, not its owner
        actor = actor_at(child, context)
        if actor is not None and actor.name == source.name:
            continue
        return child
    return None


def uncoded_recipient(heads: list[Token], code: str, source: Actor, target: Actor | None,
                      context: Context) -> Token | None:
    """The named word in the recipient slot of the event's trigger (or light verb) that the
    event's target does not code, when that target is missing or has no code; else None."""
    if target is not None and target.code:
        return None
    acts = [act for head in heads if (act := _framed_act(head, code)) is not None]
    # a statement ("told POLITICO", "told Gates that") keeps to proper names the recogniser typed
    statement = code[:2] == STATEMENT_ROOT
    for head in heads + acts:
        for word in _slot(head, code, context):
            # "arrested a local reporter, Ali Hassan": the name in apposition names the slot's someone;
            # so do a common noun's examples ("gave grants to groups such as Heartland Alliance")
            appositions = [c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            for named in (word, *appositions, *named_instances(word)):
                # a city the places stage does not know ("shelled Kharkiv") is a place, no one named
                if ((_proper(named) and named.ent_type_ != "GPE") or _pronoun(named)
                        or (not statement and (_untyped_name(named, context) or _addressed(named)))) \
                        and _uncoded_other(named, source, context, binding=not statement):
                    return named
            if not statement and _uncoded_person(word, code, source, context):
                return word
            owner = _owner(word, source, context) if head not in acts else None  # "refused to attend the G20 summit": a thing's name
            if owner is not None:
                return owner
    return None
