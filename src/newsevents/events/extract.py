"""The events stage: who did what to whom, read off spaCy's dependency parse.

Triggers are verbs and event nouns from our lexicon; the source is the subject (through control
"is due to meet", passives "was arrested by", coordination "X and Y met"); the target the object
or prepositional object; modality from auxiliaries and governing verbs; date, place and topic
from the clause around the trigger.

This module is the coder's orchestration (`EventExtractor`: triggers, codes, frames, one event per
source and target); it reads the parse through `events.sources` (sources), `events.targets`
(targets, places), `events.nominal` (event nouns, light verbs) and `events.modality` (modality,
frames).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from spacy.tokens import Doc, Span, Token

from newsevents.events.background import background_mention
from newsevents.events.cameo import (
    APPEAL_ROOT,
    COERCE_ROOT,
    CONTACT_ROOT,
    DEMAND_ROOT,
    DISAPPROVE_ROOT,
    HOSTILE_QUAD,
    INTENT_ROOT,
    MOBILIZE_ROOT,
    REDUCE_RELATIONS,
    STATEMENT_ROOT,
    THREAT_ROOT,
    lookup,
)
from newsevents.events.captions import caption_spans
from newsevents.events.characterise import characterisation, disapproved, gives_a_name
from newsevents.events.dates import resolve_date
from newsevents.events.dictionary import VerbCoder
from newsevents.events.framing import (
    ADVICE_AUX,
    FRAME_DEFAULT,
    FRAME_MODALITY,
    FRAME_VERBS,
    Frame,
    asked_act_code,
    asked_words,
    asking_verb,
    desiring_verb,
    frame_reaches,
    framed_code,
    framed_modality,
    has_own_code,
    intends_no_cooperation,
    is_conflictual,
    only_desired,
    partners_with,
    rejection_announced,
)
from newsevents.events.general import duty_of_anyone, general_account
from newsevents.events.lexicon import (
    COLLECTIVE_NOUNS,
    COMMENT_VERBS,
    CONVERSATION_VERBS,
    COOPERATIVE_DEFAULT_VERBS,
    ENDING_PARTICLES,
    FIGURATIVE_PHRASES,
    NO_EVENT_PHRASES,
    PROTEST_VERBS,
    QUANTITY_NOUNS,
    RELEASED_PERSONS,
    SPEECH_LEMMAS,
    TRANSITIVE_ONLY,
    VERB_OBJECTS,
    WEAK_DICTIONARY_VERBS,
    expressed_feeling,
    kept_not_said,
    misread_verb,
    received_from,
    verb_code,
)
from newsevents.events.lookback import LOOKBACK_SENTENCES, recipients_told_before, skipped_sentences
from newsevents.events.modality import (
    ALLEGING_HEADS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    OBLIGATION_AUX,
    SHOW_OF_FORCE,
    TENTATIVE_AUX,
    _condition,
    _frame_of,
    _future,
    _has_condition,
    _has_to,
    _modality,
    _scheduled,
    _states_a_clause,
    _wish,
    account_of,
    announced_plan,
    asked_after_for,
    asked_to_refrain,
    characterised_subject,
    conditional,
    counterfactual,
    credit_after,
    demands_a_clause,
    denied_in,
    plan_over,
    plotted,
    polite_appeal,
    quoted,
    readied_force,
    refusal_by_negation,
    tells_an_account,
    unplaced_speaker,
    unsaid,
    unstated_supposition,
    untold,
    weighed,
)
from newsevents.events.nominal import (
    CONTACT_CODE,
    EASE_DISSENT,
    _framed_noun,
    _metaphor,
    _noun_event_code,
    _object_noun,
    _speaks_with_someone,
    _statement_of,
    _violent_manner,
    halted_dissent,
    halted_force,
    is_light,
    light_verb,
    named_before,
    participated_in,
    participation_verb,
    penalty_with,
    relativized_noun,
    takes_part,
)
from newsevents.events.offices import resigner_office
from newsevents.events.participants import (
    Context,
    actor_at,
    bare_role,
    clause_of,
    country_actor_of,
    same_side,
    self_loop,
    undergoing_verb,
)
from newsevents.events.prescribed import writers_prescription
from newsevents.events.recipient_gate import uncoded_recipient
from newsevents.events.senses import (
    DE_ESCALATE,
    FORCE_ROOTS,
    MILITARY_COOPERATION,
    RALLY_SUPPORT,
    backed_party,
    caption,
    document_domain,
    instructs_own_staff,
    interview_code,
    joined_in_force,
    out_of_domain,
    political_easing,
    quarrel,
    reform_intent,
    sense_code,
    tables,
)
from newsevents.events.sources import asker_unnamed, sources_of, unplaced_doer, unplaced_group
from newsevents.events.targets import (
    MEETING_ROOTS,
    TELLING_VERBS,
    aimed_elsewhere,
    allowed_to_act,
    asked_party,
    conditioned,
    each_on_own,
    is_topic,
    meets_someone_else,
    one_gathering,
    own_country_in_passing,
    own_forces_sent,
    reciprocal,
    restates,
    states_a_view,
    target_and_place,
    target_conjuncts,
    told_whom,
)
from newsevents.events.unreported import ACCUSED_PREPOSITIONS, linked_headlines, unreported
from newsevents.events.verbs import NO_EVENT, CameoVerbs, Match, cameo_verbs
from newsevents.facts.agents import outlet_by_name, role_of
from newsevents.facts.countries import country_by_iso3, demonym_country
from newsevents.grammar import (
    MentionIndex,
    according_to,
    auxiliary_words,
    first_conjunct,
    objects_of,
    own_subject,
    quantified,
    to_infinitive,
)
from newsevents.lang.en.actors import MEDIA_PEOPLE, NO_COUNTRY_WORDS
from newsevents.lang.en.events import (
    AID_RECIPIENTS,
    ASKED_BODY_NOUNS,
    ASKED_PARTY_NOUNS,
    DECIDING_VERBS,
    GIVING_VERBS,
    HELPING_VERBS,
    NO_EVENT_DATE,
    OBTAINING_VERBS,
    PRIVATE_INTENT_VERBS,
    TOPIC_PREPOSITIONS,
    TOPIC_VERBS,
    UNREPORTED,
)
from newsevents.lang.en.grammar import CLOSING_QUOTES, OPENING_QUOTES
from newsevents.model import Actor, DatePrecision, Event, Mention, Modality, ParsedDocument, Place
from newsevents.petrarch.dictionaries import Discards, VerbDictionary

log = logging.getLogger(__name__)

# The longest run of tokens coded as one sentence. Human-coded news sentences run to about 100
# words; a longer run is scraped text without punctuation (a menu, a list of links).
MAX_SENTENCE_TOKENS = 150
ACCUSATION = "112"
DENIAL = "016"  # deny responsibility: a denial is stored with modality "denied"
AID = "070"
# Arrest, detention and repression: a state acts on people within its reach, so people it acts
# on who have no country of their own are its own (not expulsion, 174, which is of foreigners,
# nor seizure or sanctions, aimed abroad as often as at home).
AT_HOME_CODES = ("173", "175")
# Appeals, demands and criticism a state's organ or official addresses to people of a sector it
# names with no country ("police urged the media not to", "the president berated the press")
# are aimed at its own: one speaks to the public at home (foreign ones are named so, "foreign media").
ADDRESSED_AT_HOME_ROOTS = (APPEAL_ROOT, DEMAND_ROOT, DISAPPROVE_ROOT)
# The sectors of people a state holds at home: civilians, media, opposition, students, workers,
# business, clergy, medics, farmers. A bare state role ("officials" GOV) is no one we can name;
# refugees, migrants and foreigners a state detains are not its own (see actors' NO_COUNTRY_WORDS).
PEOPLE_SECTORS = frozenset({"CVL", "MED", "OPP", "EDU", "LAB", "BUS", "REL", "HLH", "AGR"})
# Armed doers who act where they live: police, rebels, gunmen, criminals. Whatever
# they do, people of a sector (or police) they act on with no country named are of their country:
# "Boko Haram kidnapped eight girls" (Nigerian girls), "gunmen stormed the newspaper".
HOME_DOERS = frozenset({"COP", "REB", "UAF", "CRM"})
HOME_DOERS_ACT_ON = PEOPLE_SECTORS | {"COP"}  # and the police they fight are of the place too: "gunmen shot two policemen"
RELATIVE_OBJECTS = frozenset({"which", "whom", "what", "whose"})  # "the reforms for which they called": the verb's own preposition
FRAME_DEFAULT_THREAT = "130"
GENERIC_INTENT = INTENT_ROOT + "0"  # CAMEO's bare intent to cooperate (030)
MUTUAL_ROOTS = {"03", "04", "05", "06", "19"}  # "X and Y met / agreed / clashed": with each other
# What a speaker's own quoted words say could, would, did not or supposedly happen ("'if they used
# chemical weapons'", "'we do not want to attack'") or only wishes ("'we hope there will be an
# inquiry'"): the speaker's argument, not an act reported. A planned or asked-for act in a
# quotation is the speaker's plan or call, and is kept.
RHETORICAL_MODALITIES = frozenset({"hypothetical", "negated", "alleged", "desired"})
# A sentence's receiving verbs by token index, each with its `received_from` (giver, code, thing given)
Gifts = dict[int, tuple[Token, str, Token]]
# An event word found: (trigger, CAMEO code, light verb or None, needs a dyad: coded by a verb's default only)
Trigger = tuple[Token, str, Token | None, bool]


def _when(prep: Token) -> bool:
    """"called Putin on Monday", "insisted on Sunday that": a phrase of time is no particle (that
    would read "call on", an appeal). Not "for": "calling for three days of rage" asks for them."""
    return prep.lower_ != "for" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _fronted(prep: Token) -> bool:
    """"On that topic, Trump insisted that …", "In a statement, the ministry called …": a phrase set
    before its verb frames the clause and is no particle of the verb (that would read "insist on",
    a demand, or "call in"). A relative's preposition ("the reforms for which they called") is."""
    return prep.i < prep.head.i and not any(
        g.dep_ == "pobj" and g.lower_ in RELATIVE_OBJECTS for g in prep.children)


def _gifts(tokens: list[Token]) -> Gifts:
    return {t.i: given for t in tokens if (given := received_from(t)) is not None}


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
    anchor: Token | None = None  # the word shown as its trigger, when not `trigger` ("Iran would retaliate, officials said")


def _rejection_settled(item: _Found, frame: tuple[Frame | Literal["speech"], Token] | None, head: Token,
                       context: Context) -> bool:
    """A rejection told (`item`, under a verb of saying `head` or a quoted future) that will be
    stored in place of the threat the telling would make: its doers all coded and, under a verb of
    saying, the speaker's own ("said it would reject": not "said he would refuse" of an uncoded
    "he", nor a quoted "We" left uncoded); not a refusal frame's own act ("would refuse to lift
    the ban", whose refusal the inner frame leaves hypothetical); and told to no one named ("told
    Washington that Ankara would reject any deal": a warning to Washington)."""
    if item.frame_token is not None or not item.sources or any(not a.code or unplaced_doer(a) for a in item.sources):
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in item.trigger.children):
        return False  # "would refuse to release the sailors": the refusal frame's own code (1243) comes later, hypothetical
    if frame is None:
        return True
    speakers = [a for a in sources_of(head, None, context) if a.code]
    addressed = any(c.dep_ in {"dobj", "dative"} and c.lower_ not in MEDIA_PEOPLE for c in head.children)
    return bool(speakers) and same_side(speakers, item.sources) and not addressed and told_whom(head, context) is None


def _governing_frame(item: _Found, clause: Token, context: Context) -> tuple[tuple[Frame | Literal["speech"], Token] | None, Token]:
    """The frame over an action's clause, and the clause it reports through: a hostile act told
    happened with no frame of its own takes the reporting clause's when that clause's doer is on
    the act's side ("said Indian troops fired on its posts, killing two")."""
    frame = _frame_of(clause)
    if frame is None and item.modality == "happened" and is_conflictual(item.code):
        outer = _reporting_clause(clause)
        doer = own_subject(outer) if outer is not None else None
        doer_actor = actor_at(doer, context) if doer is not None else None
        if outer is not None and doer_actor is not None and doer_actor.code and item.sources and same_side([doer_actor], item.sources):
            return _frame_of(outer), outer
    return frame, clause


def _owned_noun_event(noun: Token) -> bool:
    """"(did not respond) to Japan's protest", "to the German request": an event noun after a
    preposition with a doer of its own is that doer's act, not the governing verb's; the verb's
    negation is not its."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    return any(c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"})
               for c in noun.children)


def _others_act(item: _Found, head: Token, context: Context) -> bool:
    """An event noun named as another actor's ("the government's investigation", "Iran's aid"),
    under a frame whose own doers are others: no act the frame's doers mean, ask or refuse."""
    if item.trigger.pos_ != "NOUN" or item.light is not None:
        return False
    owner = next((c for c in item.trigger.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    owner_actor = actor_at(owner, context) if owner is not None else None
    if owner_actor is None or not owner_actor.code:
        return False
    doers = [a for a in sources_of(head, None, context) if a.code]
    # a state or its government speaks for its own forces ("Moscow vowed to continue the Russian army's strikes")
    return bool(doers) and all(a.code != owner_actor.code and not (a.country == owner_actor.country and (a.kind == "country" or a.role == "GOV"))
                               for a in doers)


def _talked_over_with(item: _Found, context: Context) -> bool:
    """"vowed to raise the issue with the G-7 leaders": a vowed act of words whose one aimed at is
    the party it is taken up with ("with" on the act, `framing.partners_with`) is talk with that
    party, an intent to consult: the vow keeps its 030. "Vowed to oppose the nomination", "agreed
    to condemn Russia" (the one aimed at the object, none talked with) do not."""
    if item.target is None or not item.target.code:
        return False
    partners = (actor_at(g, context) for g in partners_with(item.trigger))
    return any(a is not None and a.code == item.target.code for a in partners)


def _vowed_deep(found: list[_Found]) -> set[int]:
    """"vowing to widen its war to include killing Americans": a vow coded on its own (030) over a
    planned act of force further down its clauses is a threat of that force; the vow takes its code
    and carries the act (the ids of the acts carried)."""
    carried: set[int] = set()
    for vow in found:
        if vow.frame_token is not None or vow.modality != "happened" or FRAME_VERBS.get(vow.trigger.lemma_) not in {"intent", "threat"}:
            continue
        if vow.code.startswith(THREAT_ROOT) and vow.code != FRAME_DEFAULT_THREAT:
            continue
        for act in found:
            if act is vow or act.modality != "planned" or lookup(act.code).root not in FORCE_ROOTS:
                continue
            if any(a.i == vow.trigger.i for a in act.trigger.ancestors) \
                    and frame_reaches(act.trigger, act.clause or act.trigger, vow.trigger, carried=act.light is not None):
                vow.code = framed_code("threat", act.code)
                vow.target = vow.target or act.target
                carried.add(id(act))
                break
    return carried


# Roots of cooperative acts whose purpose is another cooperative act with the same partner:
# "talk to Moscow to try to improve relations" improves relations with Moscow.
PURPOSE_SHARING_ROOTS = ("03", "04", "05", "06", "07", "08")
PURPOSE_ATTEMPT_VERBS = {"try", "seek", "attempt", "aim", "work", "strive"}


def _share_purpose_targets(found: list[_Found]) -> None:
    """A cooperative act that is the purpose of another ("to (try to) improve relations") with no
    recipient of its own takes the partner of the act it is the purpose of, when that one names a
    coded partner; hostile acts keep their own ("bombed X to protect its base" is no protection of X)."""
    by_trigger = {f.trigger.i: f for f in found}
    for item in found:
        if item.target is not None or not item.code.startswith(PURPOSE_SHARING_ROOTS) or item.trigger.pos_ != "VERB":
            continue
        purpose = item.trigger
        while purpose.dep_ == "xcomp" and purpose.head.lemma_ in PURPOSE_ATTEMPT_VERBS:
            purpose = purpose.head
        if purpose.dep_ != "advcl" or not to_infinitive(purpose):
            continue
        main = by_trigger.get(purpose.head.i)
        if main is not None and main.target is not None and main.target.code and main.code.startswith(PURPOSE_SHARING_ROOTS):
            item.target = main.target


def _earlier_joined(verb: Token) -> list[Token]:
    """The verbs before `verb` that it is joined to and shares its doer with, nearest first: its
    earlier conjuncts ("told Congress … and vowed"), or the act a participle clause hangs on
    ("visited with Modi, pledging to invest"); none where it has a subject of its own."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    if verb.dep_ == "conj":
        earlier = [t for t in verb.head.conjuncts if t.i < verb.i] + [first_conjunct(verb)]
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
        earlier = [verb.head]
    else:
        return []
    return sorted({t.i: t for t in earlier if t.pos_ in {"VERB", "AUX"}}.values(), key=lambda t: -t.i)


def _joined_recipient(item: _Found, events: list[_Found], context: Context) -> Actor | None:
    """Whom an act joined to a commitment or a request, with no recipient of its own, passes it
    on to. A commitment ("told Congress … and vowed to investigate", "met Putin and pledged
    support", "visited with Modi, pledging to invest") is made to the object of a verb of telling
    (`tell`, "informed", "assured") or the partner of a contact (04) that the same doers made; a
    request or demand ("called on Washington to change its policy and demanded relief")
    is of the party the joined asking asks."""
    keys = {a.key for a in item.sources}
    asking = lookup(item.code).root in {APPEAL_ROOT, DEMAND_ROOT}
    for first in _earlier_joined(item.trigger):
        if asking:
            if asking_verb(first):
                asked = [actor_at(w, context) for w in asked_words(first)]
                return next((a for a in asked if a is not None and a.code), None)
            continue
        if first.lemma_.lower() in TELLING_VERBS and not any(c.dep_ == "xcomp" for c in first.children):
            # "told the military to get ready … and vowed to win": one ordered, not whom the vow is to
            told = told_whom(first, context)
            if told is not None:
                return told
        for other in events:
            if other.trigger.i == first.i and other.light is None and other.target is not None and other.target.code \
                    and lookup(other.code).root == CONTACT_ROOT and keys <= {a.key for a in other.sources}:
                return other.target
    return None


def _share_joined_recipients(events: list[_Found], context: Context) -> None:
    """An intent, appeal or demand with no recipient of its own takes the one of the act it is
    joined to (`_joined_recipient`); hostile intents keep their own ("met Putin and vowed to
    retaliate" threatens someone else)."""
    for item in events:
        if item.target is None and item.code.startswith((INTENT_ROOT, APPEAL_ROOT, DEMAND_ROOT)) \
                and item.trigger.pos_ == "VERB" and item.sources:
            item.target = _joined_recipient(item, events, context)


def _threat_carried(item: _Found, framed: list[_Found]) -> bool:
    """Whether a threat event of `framed` is the frame `item`'s action is under ("threatened to attack")."""
    if item.clause is None or not is_conflictual(item.code):
        return False
    frame = _frame_of(item.clause)
    return frame is not None and any(
        g.trigger.i == frame[1].i and g.code.startswith(THREAT_ROOT) for g in framed)


def _asked_carried(item: _Found, framed: list[_Found]) -> bool:
    """Whether an appeal or demand event of `framed` is the frame `item`'s action is under ("urged X to withdraw")."""
    frame = _frame_of(item.clause) if item.clause is not None else None
    return frame is not None and frame[0] in {"appeal", "demand"} and any(g.trigger.i == frame[1].i for g in framed)


def _refusal_carried(item: _Found, framed: list[_Found]) -> bool:
    """Whether a refusal event of `framed` is the frame `item`'s negated to-infinitive is under,
    the frame a verb or noun of refusal ("refused to cooperate with the probe", "his refusal to
    testify": the refusal is the news, the act was never done). "Was unwilling to" and a refused
    gerund ("rejected releasing the prisoners", the act as the thing rejected) keep the negated act."""
    if item.clause is None or item.modality != "negated" or not to_infinitive(item.clause):
        return False
    frame = _frame_of(item.clause)
    return frame is not None and frame[0] == "reject" and frame[1].pos_ in {"VERB", "NOUN"} \
        and any(g.trigger.i == frame[1].i for g in framed)


def _frame_modality(head: Token, clause: Token, code: str) -> Modality:
    """A frame's own modality ("should ask", "if Trump urged", "did not threaten"). A credit after
    the news ("X will send aid, the ministry said") hangs inside the clause it credits: only its
    own words count, not the clause's future."""
    if any(a.i == clause.i for a in head.ancestors):
        auxiliaries = auxiliary_words(head)
        if any(c.dep_ == "neg" for c in head.children):
            return "negated"
        return "hypothetical" if auxiliaries & HYPOTHETICAL_AUX else "planned" if auxiliaries & FUTURE_AUX else "happened"
    if refusal_by_negation(head, code):
        return "happened"  # "was not ready to cooperate" coded 12: the refusal is told, its "not" is no second negation
    return _modality(head, None, code, conditions=False)


def _named(token: Token, context: Context) -> Actor | None:
    """The actor a word itself names (a mention or a place), not one its phrase leads to
    ("the concerns of farmers" names no one)."""
    mention = context.mention(token)
    if mention is not None:
        return mention.actor
    place = context.place(token)
    return country_actor_of(place) if place is not None else None


# Nouns for those who can be asked to act though no role list codes them: people and bodies
ASKABLE_NOUNS = ASKED_PARTY_NOUNS | ASKED_BODY_NOUNS


def _names_party(word: Token, context: Context) -> bool:
    """Whether an object names someone (a name, a role, a body), not a thing ("urged restraint")."""
    return context.mention(word) is not None or word.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} \
        or role_of(word.text) is not None or word.lemma_.lower() in ASKABLE_NOUNS


def _plan_told_by_others(act: Token, context: Context) -> bool:
    """"Syrian rebels planned to bomb the consulate, Turkish prosecutors said": a plan to do harm
    told by a speaker of another side is their account of a plot, no threat the planners made
    ("Iran plans to retaliate, its foreign minister said" is one)."""
    plan = plan_over(act)
    speech = account_of(plan) if plan is not None else None
    if plan is None or speech is None:
        return False
    speakers = [a for a in sources_of(speech, None, context) if a.code]
    planners = [a for a in sources_of(plan, None, context) if a.code]
    return bool(speakers and planners) and all(a.country for a in speakers + planners) and not same_side(speakers, planners)


def _denied_next(events: list[Event], paragraph: Doc, offset: int, following: Doc) -> None:
    """Make alleged what the last sentence of a paragraph (at `offset` in the body) tells as
    someone's account when the next paragraph denies it (see `modality.denied_in`): in its
    opening sentence, or a later one with no account of its own told before it ("… bombed the
    market." ¶ "The market was busy. Moscow denied the claim.")."""
    if not any(event.modality == "happened" for event in events):
        return  # nothing told as done (most paragraphs' last sentences): the next paragraph is not read
    # Read up to the first sentence that tells an account of its own: a denial after it may answer that one.
    read: list[Span] = []
    for sentence in following.sents:
        read.append(sentence)
        if tells_an_account(sentence):
            break
    for event in events:
        if event.modality != "happened":
            continue
        trigger = paragraph.char_span(event.trigger_start - offset, event.trigger_end - offset)
        if trigger is not None and any(denied_in(trigger.root, sentence) for sentence in read):
            event.modality = "alleged"


def _credited(clause: Token) -> bool:
    """"X will send aid, the ministry said" (the credit parsed as a conjunct or an aside of the
    clause), "X will send aid, according to the ministry": someone's announcement."""
    # the credit's subject may be misparsed ("… in Liberia, the World Food Programme said")
    return credit_after(clause) is not None or bool(according_to(clause))


def _held_at_home(verb: Token, sources: list[Actor], context: Context) -> Actor | None:
    """"Kenyan police detained two men": people a state's forces arrest or detain,
    named by no country of their own, are the state's own (CAMEO codes the country)."""
    countries = {a.country for a in sources if a.country}
    if verb.pos_ != "VERB" or len(countries) != 1:
        return None
    held = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if held is None or held.pos_ != "NOUN" or held.lemma_.lower() not in RELEASED_PERSONS or context.mention(held) is not None \
            or actor_at(held, context) is not None:
        return None
    country = countries.pop()
    return Actor(" ".join(t.text for t in held.subtree if t.i <= held.i), "group", country, None)


def _people_at_home(target: Actor | None, code: str, sources: list[Actor], verb: Token) -> Actor | None:
    """"Belarusian police arrested a group of journalists": people of a sector with no country of
    their own (MED), arrested or repressed by one state's forces, are that state's (BLRMED); so are
    those a state's side appeals to, demands of or criticises by name ("Trump berated the media":
    USAMED; not "accused them", which may stand for more than the one sector it was read as), and
    those (or the police) whom doers acting where they live act on (HOME_DOERS: "gunmen stormed
    the newspaper", "Boko Haram kidnapped girls")."""
    countries = {a.country for a in sources if a.country}
    addressed = code.startswith(ADDRESSED_AT_HOME_ROOTS) and not any(c.dep_ == "dobj" and c.tag_ == "PRP" for c in verb.children)
    at_home = code.startswith(AT_HOME_CODES) or addressed
    # (doers of a state: rebels of a people with no state, "Kurdish rebels" KUR, lend no country)
    by_home_doers = bool(sources) and all(a.role in HOME_DOERS and country_by_iso3(a.country or "") is not None for a in sources)
    if not bare_role(target) or len(countries) != 1 or NO_COUNTRY_WORDS & set(target.name.lower().split()):
        return None
    if not ((target.role in PEOPLE_SECTORS and at_home) or (target.role in HOME_DOERS_ACT_ON and by_home_doers)):
        return None
    return Actor(target.name, target.kind, countries.pop(), target.role)


def _named_doer(noun: Token, target: Actor, context: Context) -> list[Actor]:
    """"U.S. sanctions on Iran", "NATO strikes against the rebels": the actor named before an event
    noun aimed at another (`nominal.named_before`) does it; a place named there is where ("the
    Benghazi attack on the consulate"), and one on the target's side is the one hit."""
    name = named_before(noun)
    mention = context.mention(name) if name is not None else None
    if mention is None or not mention.actor.code or not target.code or same_side([mention.actor], [target]):
        return []
    return [mention.actor]


def _given_by_someone(noun: Token) -> bool:
    """"faced criticism from Germany": an event noun undergone, with its giver named after "from",
    is the giver's act (no giver: "faced criticism" is no event)."""
    verb = undergoing_verb(noun)
    return verb is not None and any(objects_of(holder, {"from"}) for holder in (noun, verb))


def _shouted(sentence: Span) -> bool:
    """Written in capitals ("MINISTER QUITS OVER LEAKED MEMO, ANGERING ALLIES"): four words or more,
    nearly all upper case."""
    # Read word by word, stopping once the words not in capitals are too many for any count of
    # words the sentence can hold (5 × lower > tokens + 1 leaves capitals under 0.8 of the words):
    # a sentence in ordinary case is given up after a few words.
    words = lower = 0
    limit = len(sentence) + 1
    for token in sentence:
        if token.is_alpha and len(token.text) > 1:
            words += 1
            if not token.text.isupper():
                lower += 1
                if 5 * lower > limit:
                    return False
    return words >= 4 and words - lower >= 0.8 * words


def _background(clause: Token, triggers: set[int]) -> bool:
    """Not the news: a relative clause or a noun's participle ("a tanker that was seized",
    "the occupied West Bank", "rebels fighting to topple him"), or the purpose or manner of
    another coded event ("staged rallies to demand reforms", "attacked the camp, killing 30")."""
    if clause.dep_ in {"relcl", "acl"}:
        # "issued a statement condemning X", "announced plans to expel the envoys": the news
        return _statement_of(clause) is None and announced_plan(clause) is None and not _reported_relative(clause)
    if any(t.dep_ in {"csubj", "csubjpass"} for t in [clause, *clause.ancestors]):
        return True  # "Recognising Jerusalem was a recognition of reality": a topic, not a report
    if clause.dep_ == "pcomp" and clause.head.head.i not in triggers and _accused_of(clause) is None \
            and not _clause_of_its_own(clause):
        return True  # "the people responsible for jailing journalists" (not "told of how the police beat him")
    if clause.dep_ == "xcomp" and clause.head.lemma_ in DECIDING_VERBS:
        return False  # "voted to impose sanctions": what was decided is the news
    if clause.dep_ in {"advcl", "xcomp"} and clause.head.i in triggers and clause.head.lemma_ not in FRAME_VERBS \
            and not (clause.dep_ == "xcomp" and asking_verb(clause.head)) and asked_after_for(clause) is None:
        # "called on Russia to withdraw": what the asking asks for, framed by it (0256), no purpose
        subject_or_mark = any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)
        infinitive = to_infinitive(clause)
        return not subject_or_mark and (infinitive or clause.tag_ == "VBG")
    return False


def _told_the_press(speech: Token) -> bool:
    """"told reporters", "told The Associated Press": a speech verb whose hearer is the press. The
    speaker is then a news source telling what happened, and another side's act it tells is the
    news, reported, not an accusation of that side (112 judged wrong, seed 57)."""
    for heard in (c for c in speech.children if c.dep_ in {"dative", "dobj"}):
        if heard.lower_ in MEDIA_PEOPLE or heard.lemma_.lower() in MEDIA_PEOPLE:
            return True
        span = next((e for e in speech.doc.ents if e.start <= heard.i < e.end), None)
        if span is not None and outlet_by_name(span.text) is not None:
            return True
    return False


def _clause_of_its_own(clause: Token) -> bool:
    """"(testified about how) the ministry ignored his warnings", "(with) Labour demanding a vote":
    a finite clause after a preposition, or a gerund after "with", that names its own doer tells
    that doer's act, not a nameless topic; a gerund with a doer after another preposition is an
    act talked of ("worried about Turkey attacking the Kurds"), no report."""
    return own_subject(clause) is not None and (clause.tag_ != "VBG" or clause.head.lower_ == "with")


def _reported_relative(clause: Token) -> bool:
    """"the minister, who visited Ankara last week", "a raid that Moscow blamed on Kyiv on Monday",
    "fighters who were fighting Hezbollah", "Seoul, which has called on Tokyo to apologise",
    "visited Ottawa, where he met the prime minister": a relative clause that tells an act done
    (a past, a perfect or a past progressive, active) on a day, to someone named (its object, or
    after "with", "on", "against", "to", "from") or at a named place is a report of its own. A
    habit ("a group that has long opposed Israel"), a view held ("voters who supported Brexit in
    2016"), anyone of a kind ("someone who met Putin in 2015"), a present, a passive or a bare
    act on a thing ("the deal that Iran signed") stays background."""
    if clause.dep_ != "relcl" or not _done_in_the_past(clause) or clause.head.pos_ == "PRON":
        return False  # "someone who endorsed Trump early": anyone of a kind, no one's act
    if clause.lemma_.lower() in UNREPORTED["poll_verbs"]:
        return False  # "parties that opposed Morsi", "a member who supported Brexit": who they are
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in clause.children):
        return False
    if _done_at_a_named_place(clause):
        return True
    named = [c for c in clause.children if c.dep_ == "dobj"] + objects_of(clause, PARTY_PREPOSITIONS)
    return _dated(clause) or any(t.ent_type_ in NAMED_ENTITIES for t in named)


def _done_at_a_named_place(clause: Token) -> bool:
    """"(was visiting Ottawa,) where he asked for more troops": a simple past in a "where" clause
    on a named place tells what was done there (not a perfect: "Iran, where both parties have
    pushed for sanctions" is a standing story). `clause` is told done (`_done_in_the_past`)."""
    return clause.tag_ == "VBD" and clause.head.ent_type_ in {"GPE", "LOC", "FAC"} \
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)


def _done_in_the_past(verb: Token) -> bool:
    """"visited", "has visited", "had visited", "was visiting": an active verb told done, no modal."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.dep_ == "auxpass" or a.tag_ == "MD" for a in auxiliaries):
        return False
    lemmas = {a.lemma_.lower() for a in auxiliaries}
    past_be = any(a.lower_ in {"was", "were"} for a in auxiliaries)
    return (verb.tag_ == "VBD" and not auxiliaries) or (verb.tag_ == "VBN" and "have" in lemmas) \
        or (verb.tag_ == "VBG" and past_be)


def _dated(verb: Token) -> bool:
    """"last week", "on Monday", "in 2003": a phrase of time on the verb itself."""
    timed = [c for c in verb.children if c.dep_ in {"npadvmod", "tmod", "advmod"}]
    timed += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(t.ent_type_ in {"DATE", "TIME"} for t in timed)


def _accused(clause: Token | None, context: Context) -> list[Actor]:
    """"accused Pakistan of shelling the posts", "the rebels were charged with attacking": the doer
    of an alleged act named as the one accused (the alleging verb's object, or its passive
    subject), when the act's own clause names none."""
    accused = _accused_of(clause) if clause is not None else None
    actor = actor_at(accused, context) if accused is not None else None
    return [actor] if actor is not None and actor.code and not unplaced_doer(actor) else []


def _accused_of(clause: Token) -> Token | None:
    """The one an alleging verb accuses of the act `clause` (a gerund after "of", "with", "for"),
    whether the preposition hangs on the verb or on its object ("accused [militants of attacking]")."""
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or clause.head.dep_ != "prep" or clause.head.lower_ not in ACCUSED_PREPOSITIONS:
        return None
    head = clause.head.head
    if head.dep_ == "dobj" and head.head.lemma_ in ALLEGING_HEADS:
        return head
    if head.lemma_ not in ALLEGING_HEADS:
        return None
    return next((c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _reporting_clause(clause: Token) -> Token | None:
    """"(Pakistan said) Indian troops fired on its posts, killing two": the reported clause an act
    hangs from as its consequence or a further act of the same doer (no subject of its own)."""
    token = clause
    for _ in range(3):
        if token.dep_ not in {"advcl", "conj"} or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children) \
                or token.head.i == token.i:
            return None
        token = token.head
        if token.dep_ == "ccomp" and token.head.lemma_ in SPEECH_LEMMAS:
            return token
    return None


def _names_another(clause: Token) -> bool:
    """"(officials said) Iran would retaliate": the reported clause names its own doer, not the
    speaker's "it" or "we"; the intent is that doer's, told by the speaker."""
    subject = own_subject(clause)
    return subject is not None and subject.pos_ != "PRON"


def _quoted_rhetoric(item: _Found) -> bool:
    """An act inside quotation marks that the quoted speaker says could, would, did not or
    supposedly happen ("'Iran would pay dearly if it attacked'", "'nobody ever ordered
    surveillance'"): rhetoric in someone's own words, no event told. A word in scare quotes
    alone (would not "beg" for talks) is the writer's sentence, not a quotation."""
    if item.modality not in RHETORICAL_MODALITIES or not quoted(item.trigger):
        return False
    trigger = item.trigger
    alone = trigger.i > trigger.sent.start and trigger.i + 1 < trigger.sent.end \
        and trigger.nbor(-1).text in OPENING_QUOTES and trigger.nbor(1).text in CLOSING_QUOTES
    return not alone


def _distinct(events: list[Event]) -> list[Event]:
    """One event per code, source and target in a sentence, an act denied apart from one told
    ("not bombing the militants but instead shelling the villages": two events); one with no
    target gives way to the same code and source with a target."""
    def key(event: Event, with_target: bool = True) -> tuple:
        return (event.cameo, event.modality == "negated", event.source.key if event.source else None,
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


# Prepositions that name the other party of an act ("spoke with Kyiv", "called on Tokyo", "turned against Moscow").
PARTY_PREPOSITIONS = frozenset({"with", "on", "against", "to", "from"})
# Adverbs that make a past act a habit or a stance held ("has long opposed", "has always backed").
HABIT_ADVERBS = UNREPORTED["perfect_habit_adverbs"] | UNREPORTED["habit_adverbs"] | UNREPORTED["present_habit_adverbs"]
# Entity types of a name that can be warned or told ("warned Washington of …").
NAMED_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Subordinators that make a clause a supposition or a question, no obligation told: "said that if Iran must …".
SUPPOSING_MARKS = frozenset({"if", "unless", "whether"})


def _obliged_clause(speech: Token) -> tuple[Token, Token, Frame] | None:
    """"said that the US must pay for the wall", "insisted Japan has to open its markets": the
    reported clause that lays an obligation on its subject, with that subject and the frame it
    makes ("demand" for must or has to, "appeal" for should), when its own verb codes nothing."""
    for clause in (c for c in speech.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if subject is None:
            continue
        if auxiliaries & OBLIGATION_AUX:
            return clause, subject, "appeal" if auxiliaries & ADVICE_AUX else "demand"
        owed = next((c for c in clause.children if c.dep_ == "xcomp" and _has_to(c)), None)
        if owed is not None and to_infinitive(owed) and not auxiliaries:  # "the alliance would need to stay united": a forecast, no demand
            return owed, subject, "demand"
    return None


def _obligation_told(item: _Found, found: list[_Found], context: Context) -> tuple[str, Actor] | None:
    """A statement that another actor must or should act, in an act CAMEO has no code for ("said
    the US must pay for the wall"): the speaker's demand (100) or appeal (020) of that actor. Not
    the speaker's own duty ("we must stay vigilant"), nor a clause holding an event of its own
    (coded through its frame), nor one the speaker cannot be coded for."""
    obliged = _obliged_clause(item.trigger)
    if obliged is None or item.modality != "happened":
        return None
    clause, subject, kind = obliged
    if duty_of_anyone(clause):
        return None  # "said politicians must stop attacking the courts": a norm for anyone, asked of no one
    inside = {t.i for t in clause.subtree}
    if any(f is not item and f.trigger.i in inside for f in found):
        return None
    speakers = [a for a in item.sources if a.code]
    obliged_actor = actor_at(subject, context)
    if not speakers or obliged_actor is None or not obliged_actor.code or same_side(speakers, [obliged_actor]):
        return None
    return FRAME_DEFAULT[kind], obliged_actor


PAIR_VERBS = frozenset(verb for verb, _ in VERB_OBJECTS)  # the verbs with any listed object


def _paired_after_of(verb: Token) -> str | None:
    """The code a verb takes with the noun after its "of" when that noun is one of its listed
    objects (verb_object_codes.txt), said to someone named or on a condition: "warned Washington
    of serious consequences", "warned of retaliation if …" (130). A bare "warned of reprisals" or
    "the IMF warned of the consequences" foresees, and may threaten no one; the "of" of a thing
    ("released photos of the ship", "gave details of the weapons") names no object of the verb."""
    if verb.lemma_.lower() not in PAIR_VERBS:
        return None  # the cheap test first: most verbs have no listed object, and the condition costs more
    named = [c for c in verb.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in NAMED_ENTITIES)]
    if not named and not _has_condition(verb):
        return None
    for noun in (n for holder in (verb, *named) for n in objects_of(holder, {"of"})):  # "of" may hang on the one warned
        code = VERB_OBJECTS.get((verb.lemma_.lower(), _object_noun(noun)))
        if code is not None and code != NO_EVENT:
            return code
    return None


def _holds_event(speech: Token, found: list[_Found]) -> bool:
    """Whether what a speaker says holds a coded event other than another actor's plan or a wish
    ("Peskov said Netanyahu will visit", "Kerry said he hopes there will be an inquiry" stay the
    speaker's statement; "said he would be indicted if …" is the supposition, not a statement)."""
    inside = {t.i for t in speech.subtree} - {speech.i}
    return any(f.trigger.i in inside and f.modality not in {"planned", "happened", "desired"} for f in found)


def _holds_happened(statement: Token, happened: list[_Found]) -> bool:
    """"issued a statement condemning the attack": the statement's own words hold the event."""
    inside = {t.i for t in statement.subtree} - {statement.i}
    return any(f.trigger.i in inside for f in happened)


def _aims_at_action(verb: Token) -> bool:
    """"the rebels sought to achieve": an appeal verb with an infinitive and no one asked is an aim
    ("appealed to Kenya to reconsider", "pleaded with them to stay" ask someone: `asked_words`)."""
    return (any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children) and not asked_words(verb)
            and not any(c.dep_ in {"dobj", "dative", "nsubjpass"} or (c.dep_ == "prep" and c.lower_ in {"for", "on", "of", "from"})
                        for c in verb.children))


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
    obj = quantified(obj, COLLECTIVE_NOUNS)  # "freed a group of hostages": the hostages
    return (obj.pos_ in {"PROPN", "PRON"} or obj.lemma_.lower() in RELEASED_PERSONS or obj.ent_type_ in {"PERSON", "NORP"}
            or role_of(obj.text) is not None)  # "released the mayor", "freed the civilians"


def _borrowed_intent(match: Match) -> bool:
    """A dictionary pattern written for another verb of the block that turns this verb's hostile
    default into an intent to cooperate (03): "hit … a Honda Accord" took the 030 of "hammer out
    an accord", "argued that … allowed action against" the 030 of "oppose action against". A
    synonym shares its block's sense, not another member's promise, and the verb's own bare default
    would ignore the words that matched ("campaigned on closer ties" is no demand): no event.
    (Borrowed patterns that move a verb elsewhere are kept: measured on the gold halves, those
    into a yielding code (08) are right.)"""
    if match.pattern is None or not match.pattern.verbs or match.entry.phrase in match.pattern.verbs:
        return False
    default = _entry(match.entry.code) if match.entry.code != NO_EVENT else None
    return default is not None and default.quad_class > 2 and match.pattern.code[:2] == INTENT_ROOT


def _borrowed_by_a_statement(match: Match, verb: Token) -> bool:
    """A dictionary pattern written for another verb of the block that moves a verb of saying
    (its own default a statement, 01) out of the statements: "explained it as a kind of resistance"
    took the 110 of "express resistance", "echoed the managers' warnings" the 130 of "repeat a
    warning". Telling of a view, or repeating another's, is no act of that view; its own verb's
    patterns ("express concern" 012) still apply, and so does a stance the speaker states as its
    own ("restated his opposition" 110, as "reiterated")."""
    if match.pattern is None or not match.pattern.verbs or match.entry.phrase in match.pattern.verbs:
        return False
    if match.entry.code[:2] != STATEMENT_ROOT or match.pattern.code[:2] == STATEMENT_ROOT:
        return False
    return not any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children) for c in verb.children)


def _intent_to_join(verb: Token) -> bool:
    """"offered to take part in airstrikes", "agreed to join the offensive": an intent to take part
    in force alongside others is an intent to cooperate with them (CAMEO's "take part" 030), no
    threat of the doer's own; the verb is coded by the dictionary, not the event noun."""
    frame = _frame_of(verb)
    event = participated_in(verb)
    return frame is not None and frame[0] == "intent" and event is not None and (_noun_event_code(event) or "")[:2] in FORCE_ROOTS


# Prepositions after which a force act names what it strikes: "launched air strikes on the militants"
# (not "at", as often where: "exchanged fire at the border").
STRUCK_PREPOSITIONS = {"on", "against"}


def _aimed_at_named(trigger: Token, light: Token | None, code: str) -> bool:
    """"Kenya and Ethiopia launched air strikes on the militants", "France and Germany praised the
    decision", "the raid was carried out by Kenyan and Somali troops": coordinated doers of an act
    that names what it is aimed at (an object of the verb that is not the act itself, a passive
    subject, or for force a phrase of what it strikes), even one no actor code covers, act on that
    together, not on one another. Not a topic ("discussed Syria"), an event noun
    ("signed an accord", "held talks"), nor "each other"."""
    verb = light or trigger
    if verb.pos_ not in {"VERB", "AUX"} or reciprocal(verb):
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    if passive and any(c.dep_ == "agent" for c in verb.children):
        undergoer = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if code[:2] in FORCE_ROOTS or (undergoer is not None and undergoer.i != trigger.i and _noun_event_code(undergoer) is None):
            return True  # "the strikes were carried out by X and Y", "the decision was praised by X and Y"
    for child in (c for c in verb.children if c.dep_ == "dobj" and c.i != trigger.i):
        child = quantified(child)  # "signed a range of joint agreements": the agreements
        # a bare noun is as often part of the act's own phrase ("exchanged fire", "traded insults"),
        # and one the doers own between them ("upgraded their relations") is with one another
        named = child.pos_ == "PROPN" or (child.pos_ == "NOUN" and any(
            c.dep_ == "det" or (c.dep_ == "poss" and c.tag_ != "PRP$") for c in child.children))
        if named and _noun_event_code(child) is None and not is_topic(child, verb, code) and not restates(child, code):
            return True
    if code[:2] in FORCE_ROOTS:
        for head in {verb.i: verb, trigger.i: trigger}.values():
            # not "each other", not a time ("traded fire on Wednesday")
            if any(obj.lower_ not in {"other", "another"} and obj.ent_type_ not in {"DATE", "TIME"}
                   for obj in objects_of(head, STRUCK_PREPOSITIONS)):
                return True
    return False


# CAMEO roots of acts done to the one who obtains them: praise, backing, recognition (05), aid (07).
OBTAINED_ROOTS = {"05", "07"}


def _obtained(trigger: Token, light: Token | None, code: str, context: Context) -> bool:
    """"won backing from the parliament", "gained the endorsement of the party", "received praise
    from Kyiv": a verb of obtaining coded as support or aid given (by its object, or as the light
    verb of the event noun) tells of the giver's act; its subject is whom the act is done to. So
    does one coded as a contact whose object is a thing, not someone ("got a call from Putin",
    "received a warm welcome from the hosts": the caller calls); one who receives a person
    ("received the envoy from Japan") hosts that person."""
    verb = light or trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OBTAINING_VERBS \
            or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    return code[:2] in OBTAINED_ROOTS or lookup(code).root == CONTACT_ROOT and any(
        c.dep_ == "dobj" and context.mention(c) is None for c in verb.children)


def _givers(verb: Token) -> list[Token]:
    """Who gives what a verb of obtaining gets: after "from" on the verb or its object, after "of"
    on its object ("the backing of Congress"), or the object's possessor ("won Germany's support")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    found = objects_of(verb, {"from"}) + [g for o in objects for g in objects_of(o, {"from", "of"})]
    return found + [c for o in objects for c in o.children if c.dep_ == "poss"]


def _entry(code: str):
    """The codebook entry of a dictionary's code, or of its nearest parent ('174K' → '174')."""
    for key in (code, code[:3], code[:2]):
        try:
            return lookup(key)
        except (KeyError, TypeError):
            continue
    return None


def _known(code: str) -> str | None:
    """A dictionary code as our codebook knows it ('176' → '17', '174K' → '174')."""
    entry = _entry(code)
    return entry.code if entry is not None else None


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
        domain = document_domain(parsed.document.title, parsed.document.body)
        told_at: list[int] = []  # where each sentence's events start in `events`
        read_to = 0  # where the last parsed sentence ends in the body
        for number, paragraph in enumerate(parsed.paragraphs):
            context.index.offset = paragraph.offset
            for sentence in paragraph.doc.sents:
                told = len(events)
                # sentences left unparsed count in the window, with no events
                told_at.extend([told] * skipped_sentences(parsed.document.body[read_to:paragraph.offset + sentence.start_char]))
                read_to = paragraph.offset + sentence.end_char
                if self.verb_coder is not None:
                    events.extend(self._dictionary_sentence(self.verb_coder, sentence, context))
                else:
                    # "Schumer's request", "disputed that claim": the recipient an act pointing back named
                    earlier = events[told_at[-LOOKBACK_SENTENCES]:] if len(told_at) >= LOOKBACK_SENTENCES else events[:]
                    events.extend(recipients_told_before(list(self._sentence(sentence, context, domain)), sentence,
                                                         paragraph.offset, earlier, context))
                told_at.append(told)
                if sentence.end == len(paragraph.doc) and number + 1 < len(parsed.paragraphs):
                    # "Ukraine said Russian jets bombed the market." ¶ "Moscow denied the claim.": the
                    # paragraphs are parsed apart, so the denial opening the next one is read here
                    _denied_next(events[told:], paragraph.doc, paragraph.offset, parsed.paragraphs[number + 1].doc)
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
        modality = _modality(trigger, None, code)
        event_date, precision = self._date(trigger, context.parsed.document.published, modality == "planned")
        _, place = target_and_place(trigger, code, None, context)
        return modality, event_date, precision, place, self._topics(trigger, context)

    # --- triggers -------------------------------------------------------------------------
    def _triggers(self, tokens: list[Token], gifts: Gifts) -> Iterator[Trigger]:
        """(trigger, CAMEO code, light verb or None, needs a dyad) for each event word.

        A verb's code: a specific pattern of the packaged CAMEO dictionary ("sever ties",
        "recall its ambassador"; a '---' pattern says no event), else our own lexicon, else the
        dictionary's default for the verb, which is broad ("control" 060, "reveal" 050): an
        event coded by it alone needs a coded source and an actor as target. `gifts`: the
        sentence's `received_from` by verb index (`_gifts`, worked out once per sentence);
        `tokens`: the sentence's."""
        for token in tokens:
            verbal = token.pos_ == "VERB" or misread_verb(token)  # "demanded that the minister resign"
            if verbal and token.dep_ != "amod" and token.lemma_ not in {"be", "have", "do"}:  # nor "the occupied West Bank"
                event_word = self._verb_trigger(token, gifts)
            elif token.pos_ == "NOUN" and token.dep_ != "compound":
                event_word = self._noun_trigger(token, gifts)
            else:
                continue
            if event_word is not None:
                yield event_word

    def _verb_trigger(self, token: Token, gifts: Gifts) -> Trigger | None:
        """A verb's event: its own code, or none where its object noun, the penalty it carries or
        the noun it asks for is the event (coded there or here as the frame's)."""
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt" or (c.dep_ == "prep" and not _when(c) and not _fronted(c))), "")
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if participated_in(token) is not None and not _intent_to_join(token):
            return None  # "took part in the air strikes": the strikes are the trigger, this verb their light verb
        if takes_part(token) and not _intent_to_join(token):
            # "took part in the elections": a specific pattern ("take part in a military operation"
            # 0312) codes the verb; the bare "take part" (030) or a default is no event
            code, by_default = self._verb_code(token, particle, obj, gifts)
            return (token, code, None, False) if code and not by_default and code != GENERIC_INTENT else None
        ending = any(c.dep_ == "prt" and c.lower_ in ENDING_PARTICLES for c in token.children)
        paired = obj is not None and (token.lemma_.lower(), _object_noun(obj)) in VERB_OBJECTS  # "lodged a protest" 114
        if is_light(token) and any(o is not None and _noun_event_code(o) for o in (obj, passive, relativized_noun(token))) \
                and characterisation(token) is None and not ending and not paired:
            return None  # the object noun is the trigger (`_noun_trigger`)
        if penalty_with(token) is not None:
            return None  # "hit Russia with sanctions": the sanctions are the event
        asked_for = _framed_noun(token)
        if asked_for is not None:
            return token, asked_for[1], None, False  # "demanded a meeting": 106, the meeting is not held
        code, by_default = self._verb_code(token, particle, obj, gifts)
        manner = _violent_manner(token) if code and code[:2] in FORCE_ROOTS and code.endswith("0") else None
        if code and manner is not None:
            code = _noun_event_code(manner)  # "wounded two policemen in a grenade attack": 183
        if code and not self._is_topic_of_contact(token):
            return token, code, None, by_default
        return None

    def _noun_trigger(self, token: Token, gifts: Gifts) -> Trigger | None:
        """An event noun's event, unless a verb codes it (its light verb, a paired object, a frame,
        the manner of a violent verb's act, a gift received)."""
        code = _noun_event_code(token)
        if not code:
            return None  # the cheap test first: most nouns are no event
        if token.dep_ == "dobj" and characterisation(token.head) is not None:
            return None  # "called the sanctions unlawful": the naming is the event, not the sanctions
        # "lifted most of the sanctions": the object through a word of amount
        holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in QUANTITY_NOUNS else token
        if holder.dep_ == "dobj" and (holder.head.lemma_.lower(), _object_noun(holder)) in VERB_OBJECTS \
                and not _given_by_someone(token):
            return None  # "lodged a protest": the verb and its object make one event (114)
        if token.dep_ == "pobj" and token.head.lower_ == "of" and any(
                _paired_after_of(h) is not None for h in (token.head.head, token.head.head.head)):
            return None  # "warned of retaliation": the warning is the event (130), not a retaliation
        if token.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ in ENDING_PARTICLES for c in token.head.children):
            return None  # "called off the strike": the strike ends, the verb is the event
        if token.dep_ in {"dobj", "nsubjpass"} and (halted := halted_force(token.head)) is not None and halted.i == token.i:
            return None  # "halted its airstrikes": the halting is the event (087), no strike made
        if token.dep_ == "dobj" and (halted := halted_dissent(token.head)) is not None and halted.i == token.i:
            return None  # "paused their protest": the halting is the event (082), no protest made
        verb = token.head.head
        if any(token.i == t.i for h in (verb, verb.head.head) for t in joined_in_force(h)):
            return None  # "join the US in a campaign of airstrikes": coded on the joining (062)
        manner = _violent_manner(verb) if token.dep_ == "pobj" and verb.pos_ == "VERB" else None
        if manner is not None and manner.i == token.i \
                and (self._verb_code(verb, "", next((c for c in verb.children if c.dep_ == "dobj"), None), gifts)[0] or "")[:2] in FORCE_ROOTS:
            return None  # the manner of a violent verb's act, coded on the verb
        frame_verb = token.head.head if token.dep_ == "pobj" else token.head
        found = _framed_noun(frame_verb) if frame_verb.pos_ == "VERB" else None
        if found is not None and found[0].i == token.i:
            return None  # coded by the verb that asks for, offers or threatens it
        if any((given := gifts.get(h.i)) is not None and given[2].i == token.i for h in list(token.ancestors)[:3]):
            return None  # "received aid from the US": coded on the verb, the giver as source
        participating = participation_verb(token)
        if participating is not None and _intent_to_join(participating):
            return None  # "offered to take part in airstrikes": the offer to join is coded on the verb (030)
        if participating is not None and self.cameo_verbs is not None:
            pattern_code, specific = self.cameo_verbs.lookup(participating)
            if specific and pattern_code and pattern_code not in {NO_EVENT, GENERIC_INTENT} \
                    and (pattern_code[:2] == code[:2] or code[:2] not in FORCE_ROOTS):
                # CAMEO's own reading of taking part in it: "in the protest" demonstrating (141), "in joint
                # exercises" military cooperation (062); force stays force ("joined the fighting against X")
                code = _known(pattern_code) or code
        return token, code, light_verb(token), False

    def _verb_code(self, token: Token, particle: str, obj: Token | None, gifts: Gifts) -> tuple[str | None, bool]:
        """The verb's code, and whether it is only the dictionary's default for the verb."""
        if obj is None:  # "ties were severed"
            obj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        lemma = token.lemma_.lower()
        given = gifts.get(token.i)
        if given is not None:
            return given[1], False  # "received weapons from Poland": Poland's aid (072), not a reception
        if joined_in_force(token):
            return MILITARY_COOPERATION, False  # "join the US in a campaign of airstrikes": with the US, not against it
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
        eased = political_easing(token)
        if eased is not None:
            return eased, False  # "allowed the opposition leader to contest the election": a ban eased (0812)
        if halted_force(token) is not None:
            return DE_ESCALATE, False  # "halted its airstrikes", "suspended its strikes on Gaza": no force, no labour strike (082)
        if halted_dissent(token) is not None:
            return EASE_DISSENT, False  # "the union suspended their strike": dissent eased, no sanction (160)
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
        noun = _object_noun(obj) if obj is not None else ""
        own = verb_code(token.lemma_, particle, noun)
        if token.lemma_ in HELPING_VERBS and not _helps_someone(token):
            return None, False  # "to help defend", "will help the economy grow": a purpose, not aid
        if own is not None and own[:2] == "02" and _aims_at_action(token):
            return None, False  # "sought to achieve", "seeks to win votes": an aim, asked of no one
        if obj is not None and (token.lemma_.lower(), noun) in VERB_OBJECTS:
            return (None if own == NO_EVENT else own), False  # "faced criticism": no meeting
        warned = _paired_after_of(token)
        if warned is not None:
            return warned, False  # "warned of retaliation", "warned Washington of serious consequences": a threat (130)
        if token.lemma_ in SPEECH_LEMMAS and demands_a_clause(token):
            return FRAME_DEFAULT["demand"], False  # "insisted that Athens pass reforms": a demand (100), no statement
        if token.lemma_ in SPEECH_LEMMAS and self.cameo_verbs is not None:
            kept = kept_not_said(self.cameo_verbs, token, obj)
            if kept is not None:
                return _known(kept), False  # "maintains the right to retaliate" (130): keeping, not saying
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
        felt = expressed_feeling(token, obj)
        if felt is not None:
            return felt, False  # "expressed anger that …": disapproval, not what the clause goes on to say
        match = self.cameo_verbs.match(token)
        if match is not None and _borrowed_intent(match):
            return None, False  # "hit … a Honda Accord": another verb's promise; hit's bare default would ignore the words
        if match is not None and _borrowed_by_a_statement(match, token):
            # "echoed warnings": no threat; the verb's bare default (010) would ignore the words that matched
            return None, False
        found, specific = (match.code, match.pattern is not None) if match is not None else (None, False)
        if specific and found is not None and (own is None or found == NO_EVENT or found[:2] == own[:2]):
            # a pattern refines a verb we know within its root; it never moves it to another
            return (None if found == NO_EVENT else _known(found)), False
        if own:
            return own, False
        if found and found != NO_EVENT and token.lemma_ not in WEAK_DICTIONARY_VERBS \
                and (token.lemma_ not in COOPERATIVE_DEFAULT_VERBS or _frame_of(token) is not None):
            return _known(found), True
        return None, False

    @staticmethod
    def _is_topic_of_contact(token: Token) -> bool:
        """"meet Putin to discuss Syria": the discussing is the meeting's topic, not an event."""
        head = token.head
        return (token.lemma_ in TOPIC_VERBS and token.dep_ in {"advcl", "xcomp"} and head.i != token.i
                and (verb_code(head.lemma_) or "").startswith(CONTACT_ROOT))

    # --- one sentence ---------------------------------------------------------------------
    def _sentence(self, sentence: Span, context: Context, domain: str | None = None) -> Iterator[Event]:
        """The events of one sentence; `domain` is the story's when it is not political news
        (sports, entertainment, markets, weather: see `events.senses`)."""
        tokens = list(sentence)  # made once: each pass over the Span makes every Token again
        words = [t.text for t in tokens]  # read once for the caption and the linked headlines
        if _shouted(sentence) or caption(sentence, words):
            return  # an all-capitals headline or a video's caption: a link's title, no report
        document = context.parsed.document
        if len(sentence) > MAX_SENTENCE_TOKENS:
            # Scraped text with no full stops: no sentence of news, and the per-trigger work grows
            # with its length. Not coded, and said so.
            log.info("%s: a 'sentence' of %d tokens at offset %d is not coded (over %d)", document.id,
                     len(sentence), context.index.offset + sentence.start_char, MAX_SENTENCE_TOKENS)
            return
        found: list[_Found] = []
        gifts = _gifts(tokens)  # once per sentence
        plots: set[int] = set()  # words of plotting whose hostile aim was left uncoded
        # another story's headline linked inside the sentence; a photo's caption or a gallery's title
        links = linked_headlines(sentence, words) + caption_spans(sentence, document.body, context.index.offset)
        for trigger, code, light, by_default in self._triggers(tokens, gifts):
            if any(first <= t.i <= last for first, last in links for t in (trigger, light) if t is not None):
                continue  # another story's headline, a caption or a gallery's title: not the sentence's report
            item = self._read_trigger(trigger, code, light, by_default, sentence, context, gifts, plots, domain)
            if item is not None:
                found.append(item)
        found = [f for f in found if f.trigger.i not in plots]  # the plotting word codes no intent of its own
        triggers = {f.trigger.i for f in found} | {f.clause.i for f in found if f.clause is not None}
        found = [f for f in found if not _background(f.clause or f.trigger, triggers)]
        decided = {f.clause.head.i for f in found
                   if f.clause is not None and f.clause.dep_ == "xcomp" and f.clause.head.lemma_ in DECIDING_VERBS}
        found = [f for f in found if f.trigger.i not in decided]  # the vote gives way to what it decided
        _share_purpose_targets(found)
        framed, declined = self._framed(found, context)
        framed = [g for g in framed if not untold(g.trigger)]  # "does Trump want new controls?": no one's appeal
        # A frame word coded on its own ("vowed" 030, "threatened" 130) gives way to its framed code;
        # one declining a hostile act ("declined to criticise X") is no rejection of anything.
        frames = {g.frame_token.i for g in framed if g.frame_token is not None} | declined
        # An act its frame carries is stored as the frame only (`carried`).
        # A threatened act is stored as the threat only: "threatened to attack X" is 138, not a 190 too.
        carried = _vowed_deep(found) | {id(f) for f in found if f.modality != "happened" and _threat_carried(f, framed)}
        # An act asked of another is stored as the asking only: "urged Russia to withdraw" is 0256, no 0874 too.
        carried |= {id(f) for f in found if f.modality == "demanded" and _asked_carried(f, framed)}
        # A refused act is stored as the refusal only: "refused to commit to testifying" is 12x, no negated 030 too.
        carried |= {id(f) for f in found if _refusal_carried(f, framed)}
        found = [f for f in found if f.trigger.i not in frames and id(f) not in carried]
        events = found + framed
        _share_joined_recipients(events, context)
        for item in found:
            if item.code == "010" and item.trigger.lemma_ in SPEECH_LEMMAS and (told := _obligation_told(item, found, context)) is not None:
                item.code, item.target = told  # "said the US must pay for the wall": a demand of the US (100)
                item.sources = [a for a in item.sources if a.code]
        # a denial is told as one, whatever its modality: "denied the allegations, saying …" is the 016 alone
        happened = [f for f in events if (f.modality == "happened" and lookup(f.code).root != STATEMENT_ROOT) or f.code == DENIAL]
        emitted: list[Event] = []
        for item in events:
            if _quoted_rhetoric(item):
                continue  # stored only when the speaker tells it as done, planned or asked for
            if item.code == "010" and ((item.trigger.lemma_ in SPEECH_LEMMAS and (happened or _holds_event(item.trigger, found)))
                                       or _holds_happened(item.trigger, happened)):
                continue  # a statement holding a codable event is coded by that event
            emitted.extend(self._emit(item, sentence, context, document))
        yield from _distinct(emitted)

    def _read_trigger(self, trigger: Token, code: str, light: Token | None, by_default: bool, sentence: Span, context: Context,
                      gifts: Gifts, plots: set[int], domain: str | None) -> _Found | None:
        """One event word read in its sentence: its sense, who does it to whom and where, whether
        it is reported at all and how (modality); None where it is no event. A plot left uncoded
        adds its plotting word to `plots`."""
        sensed = sense_code(trigger, code, lambda token: _named(token, context))
        if sensed is None:
            return None  # "struck a conciliatory tone", "beat Biden in the primary", "met the deadline"
        code = weighed(trigger, sensed)  # "is weighing a strike": a policy considered (014), no threat
        clause = light or (trigger if trigger.pos_ == "VERB" or misread_verb(trigger) else clause_of(trigger))
        # An actor we cannot code is no source, but a named person may still make a statement.
        sources = [a for a in sources_of(trigger, light, context)
                   if (a.code and not (unplaced_doer(a) and not code.startswith(STATEMENT_ROOT)))
                   or (a.kind == "person" and code.startswith(STATEMENT_ROOT))]
        target, place = target_and_place(trigger, code, clause, context)
        if not sources and light is None and target is not None:
            sources = _named_doer(trigger, target, context)  # "U.S. sanctions on Iran": the US imposes them
        if code == RALLY_SUPPORT and (backed := backed_party(trigger, lambda token: _named(token, context))) is not None:
            target = actor_at(backed, context)  # "urged the EU to back the Kurds": the Kurds, on whose behalf
        given = gifts.get(trigger.i)
        if given is not None:  # "Ukraine received weapons from Poland": Poland gives, Ukraine receives
            giver = actor_at(given[0], context)
            sources, target = ([giver] if giver is not None and giver.code else []), (sources[0] if len(sources) == 1 else None)
        elif _obtained(trigger, light, code, context):  # "Netanyahu won backing from parliament": parliament backs him
            givers = [a for a in (actor_at(t, context) for t in _givers(light or trigger)) if a is not None and a.code]
            sources, target = givers[:1], (sources[0] if len(sources) == 1 else None)
        accused = [] if sources else _accused(clause, context)
        if accused and (target is None or not target.code or by_default or not is_conflictual(code)):
            # "accused Iran of shelling villages": the alleged act needs someone it was done to;
            # one accuses of hostile acts ("of interfering", "of facilitating" coded as help is a misreading)
            return None
        sources = sources or accused
        target = _people_at_home(target, code, sources, light or trigger) or target
        feeling = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        held = disapproved(feeling) if feeling is not None and expressed_feeling(trigger, feeling) == code else None
        if held is not None:
            # "anger at the killing of soldiers by militants": the militants; "at the Israeli strike": Israel
            target = actor_at(held, context) or (target if held.dep_ in {"amod", "compound"} else None)
        if bare_role(target) and not target.name[:1].isupper() and lookup(code).root != CONTACT_ROOT:
            target = None  # "other officials" (GOV): no one we can name; missing beats wrong
        if target is not None and not target.code and lookup(code).root != CONTACT_ROOT:
            target = None  # "took over Maktab Khalid", "denounced 'Shadow Diplomacy'": no actor we can code
        if target is not None and own_forces_sent(light or trigger, sources, target, context):
            target = None  # "sent its Revolutionary Guards to fight": what is sent, not whom at
        if target is not None and own_country_in_passing(trigger, sources, target, context):
            target = None  # "blamed the tariffs for the loss of British jobs": its own country marks a thing
        if target is None and code.startswith(THREAT_ROOT) and clause is not None:
            target = conditioned(clause, trigger, context)
        if target is None and code.startswith(COERCE_ROOT):
            target = _held_at_home(trigger, sources, context)
        if by_default and (target is None or not target.code or not sources):
            return None
        if domain is not None and out_of_domain(code, [*sources, target]):
            return None  # a match story's "beat" or "meet": no political actor takes part
        if untold(clause or trigger):
            return None  # a question or a generic statement tells of no event: "Will Russia invade?"
        if unreported(trigger, clause, code, sources):
            return None  # the writer's argument or judgement, an outlet's report, a statistic, a background, a fight in words
        if general_account(clause or trigger):
            return None  # "since 2001, more than 500,000 soldiers have served", "aides will call him every morning": no act on a day
        if writers_prescription(trigger, clause):
            return None  # "the FBI should continue its investigations": the writer's prescription, no one's demand
        if duty_of_anyone(clause or trigger):
            return None  # "leaders must keep their word": a norm for anyone of a kind, no one's act or demand
        if background_mention(trigger, light, clause):
            return None  # "a 2009 resolution banning launches", "beyond what it agreed", "attended Harvard": named in passing, not the news
        if is_conflictual(code) and any(plotted(act) or _plan_told_by_others(act, context) for act in (trigger, clause or trigger)):
            plots.update(plan.i for act in (trigger, clause or trigger) if (plan := plan_over(act)) is not None)
            return None  # a plot, or a plan told by another side: no threat made, no act done
        modality = _modality(trigger, clause, code)
        if modality == "hypothetical" and code.startswith(THREAT_ROOT) and trigger.pos_ == "VERB":
            # "threatened sanctions if Canada did not sign", "warned of retaliation if …": the
            # condition is what the threat says, as in "threatened to strike if …"; the threat was made
            modality = _modality(trigger, clause, code, conditions=False)
        if modality == "negated" and light is None and _owned_noun_event(trigger):
            modality = _modality(trigger, None, code)  # "did not respond to Japan's protest": the protest happened
        if by_default and modality in {"hypothetical", "negated", "planned", "desired"} and _frame_of(clause or trigger) is None:
            return None  # a verb's broad default code ("protect" 074) in a clause that did not happen, under no frame: too weak to store
        if unstated_supposition(modality, clause or trigger):
            return None  # a condition or guess no one states: "if Obama manages to defeat Romney"
        if lookup(code).root == CONTACT_ROOT and target is None and len(sources) < 2:
            return None  # a meeting or visit needs someone met or visited ("X and Y met": each other)
        others = target_conjuncts(sentence, target, context, scope=light or trigger)
        if others and target is not None and target.kind == "country" and {s.country for s in sources} == {target.country}:
            target, others = others[0], others[1:]  # "Beijing wants cooperation between China and Russia": Russia
        return _Found(trigger, code, light, clause, sources, target, place, modality, other_targets=others)

    def _emit(self, item: _Found, sentence: Span, context: Context, document) -> Iterator[Event]:
        start = context.index.offset + sentence.start_char
        end = context.index.offset + sentence.end_char
        trigger, light = item.trigger, item.light
        if item.anchor is not None:
            trigger, light = item.anchor, None  # inside the claim, so that its speaker is its attribution
        entry = lookup(item.code)
        event_date, precision = self._date(item.clause or trigger, document.published, item.modality == "planned")
        topics = self._topics(trigger, context)
        pairs = [(source, target) for source in item.sources for target in [item.target, *item.other_targets]]
        acting = item.light or item.trigger  # the verb the doers act through
        mutual = item.target is None and len(item.sources) > 1 \
            and (entry.root in MUTUAL_ROOTS or reciprocal(acting) or quarrel(acting)) and not states_a_view(acting) \
            and not meets_someone_else(acting) and not aimed_elsewhere(acting, item.sources, context) \
            and not _aimed_at_named(item.trigger, item.light, item.code) and not each_on_own(acting, context)
        if mutual and entry.root in FORCE_ROOTS and item.light is not None and participation_verb(item.trigger) is not None:
            mutual = False  # "X and Y took part in the strikes": on one side, not each other's targets
        if mutual:
            pairs = [(a, b) for a in item.sources for b in item.sources if a.key != b.key
                     and not (entry.root in MEETING_ROOTS and one_gathering(a, b))]
        for source, target in pairs:
            if target is not None and self_loop(source, target, acted_on=not mutual):
                target = None
            if entry.root == CONTACT_ROOT and target is None:
                continue
            code = interview_code(item.code, target)  # "talked with the Washington Post": a statement
            coded = lookup(code)
            if coded.root == STATEMENT_ROOT and source.role == "MED":
                continue  # an outlet reporting is attribution, not a political statement
            if coded.root != STATEMENT_ROOT and unplaced_group(source, context):
                continue  # "police fired tear gas" in a story that never let us say whose police
            if uncoded_recipient([t for t in (item.trigger, item.light) if t is not None], item.code, source, target, context) is not None:
                continue  # "attacked Tlaib and Omar" with no code for them: no target would be a wrong record
            source = resigner_office(source, target, item.trigger, code, item.modality, event_date, precision, document.published)
            yield Event(
                document_id=document.id, sentence=sentence.text, start=start, end=end,
                trigger=trigger.text if light is None else f"{light.text} … {trigger.text}",
                trigger_start=context.index.offset + trigger.idx,
                trigger_end=context.index.offset + trigger.idx + len(trigger),
                source=source, target=target, cameo=code, root=coded.root,
                quad_class=coded.quad_class, goldstein=coded.goldstein, plover=coded.plover,
                modality=item.modality, date=event_date, date_precision=precision, place=item.place,
                topics=topics,
            )

    # --- frames: intent, appeal, demand, refusal, threat, and what a statement says --------
    def _framed(self, found: list[_Found], context: Context) -> tuple[list[_Found], set[int]]:
        """For each action under a frame ("vowed to retaliate", "said it will release"), the
        frame's own event with CAMEO's code for it; the action keeps its code with a modality
        saying it did not happen. A plain future in a speaker's own words ("'We will supply arms'") is
        the speaker's intent; in the writer's ("X will supply arms") only a planned action."""
        framed: list[_Found] = []
        declined: set[int] = set()  # refusal words over a hostile act: no event of their own
        taken: set[int] = set()
        by_head: dict[int, _Found] = {}  # the frame event made of each frame word
        for item in found:
            if item.clause is None:
                continue
            frame, reporting = _governing_frame(item, item.clause, context)
            if lookup(item.code).root == STATEMENT_ROOT and (frame is None or (item.code == "010" and frame[0] != "reject")):
                continue  # a plain statement is framed only by refusing it: "declined to comment" (011)
            if frame is not None and frame[0] == "reject" and item.trigger.lemma_.lower() in COMMENT_VERBS:
                item.code = "010"  # "declined to answer questions", "refused to confirm it": 011
            target = item.target
            if frame is None:
                if not _future(item.clause) or item.trigger.i in taken or item.modality != "planned":
                    continue
                if not quoted(item.trigger) and not _credited(item.clause):
                    continue  # "Obama will meet Abbas on Monday": the writer's schedule, a planned meeting
                if _scheduled(item.clause) and not any(
                        c.dep_ == "nsubj" and context.mention(c) is not None for c in item.clause.head.children):
                    continue  # "the aim of ISIS is to impose …": an aim described, not announced
                kind: Frame | Literal["accuse"] = "intent"
                head, sources = item.trigger, item.sources
                anchor = None
            else:
                frame_kind, head = frame
                if not frame_reaches(item.trigger, item.clause, head, carried=item.light is not None):
                    continue  # "would review the shooting": the frame means the review, which codes nothing
                if frame_kind != "speech" and _others_act(item, head, context):
                    continue  # "seeking to cast the government's investigation of Russia as …": the government's act, not theirs to mean
                if head.i in taken:
                    earlier = by_head.get(head.i)
                    if frame_kind == "speech" and earlier is not None and earlier.code.startswith(ACCUSATION) \
                            and item.modality == "happened" and is_conflictual(item.code) and earlier.target is not None \
                            and item.sources and same_side([earlier.target], item.sources):
                        item.modality = "alleged"  # a second act of the one accused: "fired on its posts, killing two"
                    if frame_kind != "speech":  # "promised to stop the raids and to ease the blockade"
                        item.modality = framed_modality(_condition(frame_kind, item.clause, head), head)
                        earlier = by_head.get(head.i)
                        # a hostile act promised NOT to be done is restraint, no threat: "would cut violence and not increase attacks"
                        if earlier is not None and frame_kind in {"intent", "threat"} and item.trigger.pos_ == "VERB" and is_conflictual(item.code) \
                                and not earlier.code.startswith(THREAT_ROOT) and item.modality != FRAME_MODALITY["reject"]:
                            earlier.code = framed_code(frame_kind, item.code)  # "vowed to widen its war to killing Americans": a threat
                            earlier.target = earlier.target or item.target
                    continue
                if frame_kind == "speech":
                    reported, sources, target = self._reported(item, reporting, head, context)
                    if reported is None:
                        continue
                    if reported == "intent" and target is None:
                        target = told_whom(head, context)  # "'I will shut it down,' Trump told Democratic leaders"
                    kind = reported
                    anchor = item.trigger if reported == "intent" and _names_another(item.clause) \
                        and not conditional(item.clause, head) else None  # a supposed act is not shown as the intent's word
                else:
                    if head.lemma_ in tables()["agreeing_verbs"] and is_conflictual(item.code):
                        continue  # "agreed to freeze the assets": a decision taken, not a threat
                    anchor = None
                    sources = [a for a in sources_of(head, None, context) if a.code and not unplaced_doer(a)]
                    if not sources and not asker_unnamed(frame_kind, head, item.clause):
                        # the frame's doer is the action's, except where the action's doer is the
                        # one asked (`asker_unnamed`); one we cannot code may make a statement,
                        # but is no doer of the frame's act
                        sources = [a for a in item.sources if a.code and not unplaced_doer(a)]
                    target = allowed_to_act(head, item.clause, context) or target  # "agreed to allow X to search": X
                    wished = _wish(frame_kind, item.clause, head)
                    if wished is None:
                        # a wish about others is no event: desired ("hoped they would be indicted"), or
                        # only expected or sought (hypothetical)
                        item.modality = "desired" if desiring_verb(head) else "hypothetical"
                        continue
                    kind = wished
            coded = self._frame_code(kind, frame, head, item, item.clause, target, declined, context)
            if coded is None:
                continue
            code, target = coded
            taken.add(head.i)
            # the frame's own modality: "should ask", "if Trump urged", "did not threaten"
            modality: Modality = "happened" if frame is None else _frame_modality(head, item.clause, code)
            if modality in {"hypothetical", "desired"} and item.modality in {"planned", "demanded", "desired"}:
                # "if he wants to send troops": a frame only supposed frames nothing real; "hopes Russia
                # will agree to meet Kyiv": a frame only wished frames a wish
                item.modality = modality
            by_head[head.i] = _Found(head, code, None, head, sources, target, item.place, modality,
                                     frame_token=head if head.i != item.trigger.i else None,
                                     # "urged Israel and Hamas to halt": each one asked
                                     other_targets=item.other_targets if target is item.target
                                     else target_conjuncts(head.sent, target, context, scope=head), anchor=anchor)
            framed.append(by_head[head.i])
        return framed, declined

    def _frame_code(self, kind: Frame | Literal["accuse"], frame: tuple[Frame | Literal["speech"], Token] | None, head: Token,
                    item: _Found, clause: Token, target: Actor | None, declined: set[int],
                    context: Context) -> tuple[str, Actor | None] | None:
        """The CAMEO code of a frame word's own event over an action (`kind` the frame's, or a
        speaker's accusation), with its target, and the action's modality under it; None where
        the frame makes no event (a refusal word over a hostile act, or one only wanted, goes to
        `declined`)."""
        if kind == "accuse":
            # the speaker's accusation, not a known event; "said the bombing of the convoy was a war
            # crime" accuses of what a known event was
            item.modality = "happened" if characterised_subject(item.trigger) else "alleged"
            code = ACCUSATION
        else:
            kind = _condition(kind, clause, head)
            # "would seek X were he to leave"; "said the US should not recognize …": asked to be left undone
            supposed = conditional(clause, head) or (kind in {"appeal", "demand"} and asked_to_refrain(clause))
            item.modality = "hypothetical" if supposed else framed_modality(kind, head)
            if kind == "intent" and (frame is None or frame[0] == "speech" or head.lemma_ in PRIVATE_INTENT_VERBS) \
                    and not has_own_code(kind, item.code):
                # "'Two prosecutors will be directing investigations'", "plans to pursue a probe": a
                # future told or a plan held, over an act CAMEO gives no intent code (an inquiry,
                # 09x): the planned act alone, no 030
                return None
            if kind == "intent" and item.code.startswith(MOBILIZE_ROOT):
                return None  # "plans to deploy troops to Poland": a planned deployment, no threat to anyone
            if rejection_announced(kind, frame is None or frame[0] == "speech", item.code, clause, head, supposed) \
                    and _rejection_settled(item, frame, head, context):
                return None  # "said she would oppose the motion": the opposing planned, no threat (130)
            if kind == "intent" and item.code == REDUCE_RELATIONS \
                    and (target is None or (target is item.target and same_side([target], item.sources))):
                # "said he would withdraw from the Paris accord": a decision told, no one threatened
                # (131 judged wrong, seed 31); told to someone ("Trump told Democratic leaders") it
                # stays, and so do sanctions, cut aid or ties (1311-1313: "We will impose sanctions")
                if frame is not None and frame[0] != "speech":
                    declined.add(head.i)  # "vowed to rescind the orders": nor is the vow word's own 030 meant
                return None
            if frame is not None and frame[0] != "speech" and intends_no_cooperation(kind, item.code) \
                    and not _talked_over_with(item, context):
                declined.add(head.i)  # "vowed to oppose the nomination": the opposing planned, no 030 of the vow's own
                own = _frame_modality(head, clause, framed_code(kind, item.code))
                if own not in {"happened", "planned"}:
                    # "appeared to agree to disagree": a vow only supposed plans nothing; "Israel should
                    # vow to oppose …": a vow urged is no plan of Israel's own, nor one alleged or denied.
                    # (A vow negated, "did not pledge to oppose", is read as the act negated before here.)
                    item.modality = own
                return None
            if kind == "reject" and lookup(item.code).quad_class >= HOSTILE_QUAD:
                declined.add(head.i)  # "declined to criticise X": a criticism not made, no rejection
                return None
            code = SHOW_OF_FORCE if readied_force(head, kind, item.code) \
                else framed_code(kind, asked_act_code(kind, item.code, item.trigger))  # "demanded he resign": 1041
            code = reform_intent(head, code) if kind == "intent" else code  # "pledged it would hold elections": 034
            if only_desired(head, kind, code):
                declined.update({head.i, item.trigger.i})  # "sought to block", "wants to expel": wanted or tried, no intent told
                return None
            if kind in {"demand", "appeal"} and instructs_own_staff(head):
                declined.add(head.i)  # "asked his economic team to assess the tariffs": an instruction to one's own, no appeal
                return None
            if kind in {"demand", "appeal"}:
                asked, addressee = self._addressee(head, item, context)
                if asked and addressee is None:
                    # asked of a party named but not coded ("ordered the department to demand that
                    # X …"): no record, rather than one aimed at X; nor the act asked for. A call
                    # through its preposition ("called on other countries to condemn …") keeps its
                    # own appeal (020), with no one asked.
                    declined.update({item.trigger.i} if head.lemma_ not in FRAME_VERBS and asked_words(head) else {head.i, item.trigger.i})
                    return None
                target = addressee if asked else target
            if kind == "threat" and target is None:
                target = conditioned(clause, head, context)
            if lookup(code).root == CONTACT_ROOT and target is None:
                code = framed_code(kind, "01")
        return code, target

    def _reported(self, item: _Found, clause: Token, speech: Token, context: Context) -> tuple[Literal["appeal", "demand", "intent", "accuse"] | None, list[Actor], Actor | None]:
        """What "X said …" makes of the action it reports: "said it will release" is X's intent
        (or threat), "said Sudan must return" X's demand, "said that Iraq attacked" X's
        accusation of Iraq; a reported fact stays the fact, with X as its attribution."""
        auxiliaries = auxiliary_words(clause)
        speakers = [a for a in sources_of(speech, None, context) if a.code]
        subject = own_subject(clause)
        # "Iran will send aid, the ministry said": a credit after the news codes the news;
        # "Peskov said that Netanyahu will visit": the speaker's statement about another.
        # "Officials said Iran would retaliate": a bare role's country, borrowed from the sentence, is no sign it speaks for Iran
        side = same_side(speakers, item.sources) and not unplaced_speaker(speech)
        own = (speech.i > clause.i or subject is None or subject.pos_ == "PRON" or not speakers or side)
        if subject is not None and subject.pos_ == "NOUN" and _named(subject, context) is None and role_of(subject.text) is None \
                and not actor_at(subject, context):
            own = False  # "insisted the oil market will respond": a forecast about a thing, no one's intent
        if counterfactual(clause) or unsaid(clause):
            # "said Trump would have vetoed them": a past that did not come about, no intent;
            # "said he would not ask for it, but not that he would reject it": not said at all
            return None, [], None
        if auxiliaries & OBLIGATION_AUX or _has_to(clause):
            # "said the administration should push for": advice, an appeal (02); "must" demands (10)
            return ("appeal" if auxiliaries & ADVICE_AUX else "demand"), speakers, item.target
        if polite_appeal(clause):
            return None, [], None  # "'We would urge restraint,' the minister said": an appeal made, no intent to make one
        tentative = bool(auxiliaries & TENTATIVE_AUX) and is_conflictual(item.code)
        if _future(clause) or "would" in auxiliaries or tentative:
            if is_conflictual(item.code) and not (speakers and (subject is None or subject.pos_ == "PRON"
                                                                or side)):
                return None, [], None  # "Iran could strike, analysts said": a forecast, no one's threat
            if own:
                return "intent", item.sources or speakers, item.target  # "could strike back": a threat
            return None, [], None
        # Another country's attack told by a speaker of known, different country is an accusation.
        other = (item.sources and speakers and not same_side(speakers, item.sources)
                 and all(a.country for a in speakers + item.sources))
        alleging = speech.lemma_ in ALLEGING_HEADS
        if other and not alleging and _told_the_press(speech):
            other = False  # "an official told the AP that a US drone struck a convoy": a source's report, no accusation
        if (alleging or (other and speech.i < clause.i)) and is_conflictual(item.code) and item.sources:
            return "accuse", speakers, item.sources[0]
        return None, [], None

    @staticmethod
    def _addressee(head: Token, item: _Found, context: Context) -> tuple[bool, Actor | None]:
        """Who is asked or told to act: "urged the EU to …", "called on Israel to …", "demanded
        that Hamas …"; and whether the frame names one at all. A party named but not coded ("asked
        a judge to order the department to demand that X …": the department) leaves the asking
        with no actor, never the target of the act it asks for (X)."""
        for asked in asked_words(head):
            actor = asked_party(asked, context)
            if actor is not None:
                return True, actor
            if _names_party(asked, context):
                return True, None
        clause = item.clause
        party = asked_after_for(clause) if clause is not None and clause.head.i == head.i else None
        if party is not None:  # "called for India and Pakistan to hold talks", the names after "for"
            actor = asked_party(party, context)
            return True, actor
        if clause is not None and clause.dep_ == "xcomp" and clause.head.pos_ == "ADJ" and clause.head.dep_ == "acomp":
            clause = clause.head.head  # "said Turkey must be ready to mediate": the one asked is the copula's subject
        misread = clause is not None and misread_verb(clause)
        for child in clause.children if clause is not None else []:
            if child.dep_ == "compound" and misread and (actor := asked_party(child, context)) is not None:
                return True, actor  # "demanded that the Nepali premier resign", "resign" tagged a noun: its compound names who
            if child.dep_ in {"nsubj", "nsubjpass"}:
                actor = asked_party(child, context)
                return actor is not None or _names_party(child, context), actor
        return False, None


    # --- source ---------------------------------------------------------------------------


    # --- target, place --------------------------------------------------------------------


    # --- modality, date, topic ------------------------------------------------------------

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
        country = demonym_country(token) if token.pos_ == "ADJ" or token.ent_type_ == "NORP" else None
        if country is not None:
            return country.name
        place = context.place(token)
        return place.name if place is not None else None

