"""Whom an event is aimed at, and where: its target (object, prepositional object, the one told,
asked or allowed, a possessor, a recipient named by example, purpose or apposition) and its
place, plus the checks that keep co-doers from being each other's targets ("met with each
other", "agreed to limit exports to the US") and the topics that are no target."""

from __future__ import annotations

import bisect

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
    REDUCE_RELATIONS_ROOT,
    STATEMENT_ROOT,
    THREAT_ROOT,
    VISIT,
)
from newsevents.events.discourse import asked_doer  # a request acted on was made to the doer
from newsevents.events.framing import is_conflictual
from newsevents.events.lexicon import verb_code
from newsevents.events.nominal import (
    _framed_noun,
    _noun_event_code,
    held_event,
    is_light,
    light_verb,
)
from newsevents.events.participants import (
    CONDITION_MARKS,
    FORCE_ROOTS,
    GROUP_ANAPHOR_REACH,
    JUDGING_ROOTS,
    STATE_ROLES,
    WHERE_PREPOSITIONS,
    Context,
    _agrees,
    _antecedent,
    _bound_to_subject,
    _counted,
    _feelers,
    _home_nation,
    _named_country,
    _object_actor,
    _office_holder,
    _per_demonym,
    _pronoun_owned,
    _small_clause_passive,
    _striker_of,
    _unknown_person,
    actor_at,
    bare_role,
    country_actor_of,
    names_topic,
    own_side,
    partitive_whole,
    same_side,
    self_loop,
    undergoing_verb,
)
from newsevents.events.senses import obliged  # an obligation clause names whom a demand is asked of
from newsevents.events.sources import sources_of  # some recipients are read against the doers
from newsevents.facts.agents import role_of
from newsevents.facts.countries import (
    SEAT_CITIES,
    country_actor,
    country_by_demonym,
    country_by_iso3,
    country_by_name,
    demonym_country,
)
from newsevents.grammar import (
    RELATIVE_SUBJECTS,
    agents_of,
    first_conjunct,
    listed,
    objects_of,
    own_subject,
    purpose_infinitive,
    quote_of,
    to_infinitive,
    with_conjuncts,
)
from newsevents.grammar import subjects as subjects_of
from newsevents.lang.en.actors import DIPLOMATIC_POSTS
from newsevents.lang.en.events import (
    AIMING_VERBS,
    ALLOWING_VERBS,
    ANSWERING_VERBS,
    ASCRIBING_VERBS,
    AUDIENCE_NOUNS,
    BETWEEN_NOUNS,
    BORDER_NOUNS,
    BUILDING_NOUNS,
    CONTACT_STATE_NOUNS,
    CONVERSATION_NOUNS,
    CONVEYING_VERBS,
    DIRECTION_WORDS,
    DISCUSSING_HEADS,
    DOER_OF_NOUNS,
    EXAMPLE_PREPOSITIONS,
    FRAME_VERBS,
    GRANTING_VERBS,
    HANGING_PARTICLES,
    HARMING_VERBS,
    HELPING_VERBS,
    HOME_NOUNS,
    INFORMING_VERBS,
    MAKING_VERBS,
    MARSHALLING_VERBS,
    NAMING_VERBS,
    NEEDING_VERBS,
    OBLIGATION_AUX,
    PLACE_PREPOSITIONS,
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
    TAKING_OUT_PREPOSITIONS,
    TAKING_PART_NOUNS,
    TARGET_PREPOSITIONS,
    TOPIC_PREPOSITIONS,
    TRADED_GOODS_NOUNS,
    TRIP_MEETING_VERBS,
    UNDERGONE_ACT_NOUNS,
    WHOLE_PEOPLE_NOUNS,
    WORD_SENSES,
)
from newsevents.model import Actor, Place

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
APOLOGY = "055"  # CAMEO 055: apologize
MEET_INTENT = "036"  # CAMEO 036: express intent to meet or negotiate
# An intent or threat verb whose act follows as a gerund: "commit to sending", "plan on attacking".
GERUND_PREPOSITIONS = {"to", "on"}
# An inquiry into an open question: "investigated whether Russia interfered", "an inquiry into how …".
INQUIRY_WORDS = {"whether", "if", "how", "why"}
INQUIRY_PREPOSITIONS = {"into", "of"}
# Acts done in words (statements, appeals, intents, meetings, approval, demands, disapproval,
# rejection, threats): "attacked Pelosi on Twitter", "lashed out on Fox News at the Fed" name the
# medium they are made on, never whom they aim at (a force or a ban on Twitter acts on the firm).
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}
MEDIUM_OF_WORDS = {"on", "in", "via", "through", "during", "over"}
# Roots whose "for" phrase on the verb says why ("arrested X for spying", "praised X for …").
REASONED_ROOTS = JUDGING_ROOTS | {"09", "16", "17"}
HOSTILE_FROM = "13"  # CAMEO roots 13-20: threats, protests, force postures, sanctions, coercion, force
# Roots of siding with someone (diplomatic and material cooperation, aid): whom the allies act
# "against" is their common foe, and whom an aided attack strikes is its victim, not the partner.
ALLIED_ROOTS = {"05", "06", "07"}
MATERIAL_ROOTS = {"06", "07"}
# Roles of a state's armed and security forces: what a verb of marshalling moves when they are the doer's own.
FORCE_ROLES = {"MIL", "COP", "SPY"}
RECEIVING_PREPOSITIONS = frozenset({"to", "toward", "towards"})  # whom a thing is passed or brought to
PERSON_NAME_REACH = 2000  # characters back: a surname told again refers to someone named a few paragraphs up


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


def _object_preps(noun: Token) -> list[Token]:
    """The prepositions on an object noun that may name a target, through "of" ("part of an aid
    programme for Bosnia", "scores of refugees from Liberia")."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ in TARGET_PREPOSITIONS | {"by"} or _parties_between(child) or taken_part_in(child):
            found.append(child)
        elif child.lower_ == "of" and owned_act(noun):
            found.append(child)  # "revoked its recognition of Israel": whom the owned act is aimed at
        elif child.lower_ == "of":
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                found.extend(g for g in obj.children if g.dep_ == "prep" and g.lower_ in TARGET_PREPOSITIONS)
    return found


def owned_act(noun: Token) -> bool:
    """"its recognition of Israel", "reiterated its support of Pakistan": a noun of an act (an event
    noun, a coded verb's noun, or the object that makes its verb an act) whose doer is its possessive has its "of" phrase free for whom the
    act is aimed at (the doer is named once); not an intransitive act's noun ("the withdrawal of its
    troops": who withdraws) nor a meeting's ("their meeting of commanders": who meets)."""
    if noun.pos_ != "NOUN" or noun.lower_ in DOER_OF_NOUNS or not any(c.dep_ == "poss" for c in noun.children):
        return False
    act = _noun_event_code(noun) or verb_code(noun.lemma_) \
        or (verb_code(noun.head.lemma_, obj_lemma=noun.lemma_.lower()) if noun.dep_ == "dobj" else None)  # "expressed its support"
    return act is not None and not act.startswith(CONTACT_ROOT)


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
    if preposition.lower_ != "between" or preposition.head.pos_ != "NOUN":
        return False
    noun = held_event(preposition.head) or preposition.head  # "mediation efforts between": the mediation's parties
    return noun.lemma_.lower() in BETWEEN_NOUNS


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
    # "Afghan and Pakistani officials": the head noun, not its adjective, says whose each one is
    # (the adjective's conjunct alone is a bare country, not "Afghan officials")
    named = [t for t in named if not _modifies_named(t, named)]
    phrase = _own_phrase(scope) if scope is not None else set()
    for token in [t for t in named if t.i in phrase] or named:
        others = [a for a in _per_demonym(token, actor_at(token, context, depth=2)) if a.key != target.key]
        if others:  # "beat Sudanese and Eritrean migrants": each country's migrants
            return others
        for conjunct in (c for c in token.conjuncts if not excepted(c)):
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


# "asked everyone but Comey to leave", "thanked all except the mayor": who is left out of an act
EXCEPTING_WORDS = {"except", "excluding"}
ALL_WORDS = {"all", "everyone", "everybody", "anyone", "anybody", "everything", "every", "nobody", "none"}


def excepted(word: Token) -> bool:
    """A word set off from the rest by "except" (or by "but" after an all-word, "everyone but X"):
    the one the act leaves out, not its recipient."""
    before = [t for t in word.doc[max(word.left_edge.i - 3, 0):word.left_edge.i] if t.lower_ != "for"]
    if before and before[-1].lower_ in EXCEPTING_WORDS:
        return True  # "except (for) the mayor"
    if len(before) < 2 or before[-1].lower_ != "but":
        return False
    rest = before[-2]
    return rest.lower_ in ALL_WORDS or any(c.lower_ in ALL_WORDS for c in rest.children)


def _modifies_named(token: Token, named: list[Token]) -> bool:
    """Whether this word is a modifier (or a modifier's conjunct) inside another named word's phrase."""
    word = token
    while word.dep_ in {"amod", "compound", "nmod", "conj"} and word.head.i != word.i:
        if word.dep_ == "conj" and word.head.dep_ not in {"amod", "compound", "nmod"}:
            return False  # "Saudi Arabia and the Emirates": a coordinated actor of its own
        word = word.head
        if word in named:
            return True
    return False


def _names_target(token: Token, target: Actor, context: Context) -> bool:
    """Whether this word (no subject, save the one asked in "called for X and Y to talk": the
    subject of a "for … to" clause, who is asked, not the doer) names the target actor."""
    asked = token.dep_ == "nsubj" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.head.children)
    if (token.dep_ in {"nsubj", "nsubjpass"} and not asked) or not (context.mention(token) or context.place(token)):
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


def small_clause_patient(verb: Token, context: Context) -> Actor | None:
    """Who underwent a small-clause passive (`_small_clause_passive`): its subject."""
    if verb.pos_ != "VERB" or not _small_clause_passive(verb):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    actor = actor_at(subject, context)
    return actor if actor is not None and actor.code else None


def _feeling_cause(verb: Token, context: Context) -> Actor | None:
    """The cause of a feeling, or whose it is ("the Turkish decision", "Turkey's decision")."""
    causes = agents_of(verb) \
        or [c for c in verb.children if c.dep_ == "nsubj"]
    for cause in causes:
        actor = actor_at(cause, context) or _possessor(cause, context)
        if actor is not None and actor.code:
            return actor
    return None


def target_and_place(trigger: Token, code: str, clause: Token | None, context: Context) -> tuple[Actor | None, Place | None]:
    # A verb's own dependents, or a noun's and its light verb's ("pay a visit to X").
    light = light_verb(trigger)
    heads = [trigger] + ([clause] if clause is not None and (trigger.pos_ != "NOUN" or (light is not None and clause.i == light.i)) else [])
    heads = list({h.i: h for h in heads}.values())
    target: Actor | None = None
    place: Place | None = None
    undergoing = undergoing_verb(trigger) if trigger.pos_ == "NOUN" else None
    if undergoing is not None:  # "Venezuela received aid from China": Venezuela is its target
        subject = own_subject(undergoing)
        # "Trump's stance drew criticism from Republicans": whose stance it is
        # "the remarks by Erdogan drew a rebuke from the EU": whose remarks they are
        target = (actor_at(subject, context) or _possessor(subject, context) or _doer_of_act(subject, context)) \
            if subject is not None else None
    if target is None and trigger.pos_ == "NOUN":
        target = _receiver(trigger, context)
    if target is None and trigger.pos_ == "VERB":
        target = _ascribed_to(trigger, context)  # "blamed the crisis in Ukraine on the West": the West
    for head in heads:
        objects = []
        # What follows the verb first: a phrase fronted before the subject is a circumstance
        # ("With help from Jordan, the US launched strikes against IS": IS, not Jordan).
        for child in [*sorted([*head.rights, *particle_preps(head)], key=lambda t: t.i), *head.lefts]:
            if is_topic(child, head, code):
                continue  # "discussed Syria with Lavrov", "talks on Syria with Turkey": what it is about
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "granted asylum to X" parsed as dative
                target, place = _prepositional(child, code, target, place, context)
            elif child.dep_ in {"dobj", "dative", "nsubjpass", "attr"} and target is None and not excepted(child):
                objects.append(child)
                whole = partitive_whole(child) or child  # "withdrew all of the American troops from Iraq": the troops
                if own_side(whole, context) or (child.dep_ == "dobj" and is_conveyed(head)) \
                        or _own_country_taken_out(head, whole, context) or unmarked_force_moved(head, whole, context):
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
                target = _object_actor(child, context) or _surname_told_again(child, context)
                if target is not None and child.i == trigger.i and _venue_of_meeting(trigger, code, target, context):
                    target = None  # "Putin and Xi held a summit in Kazakhstan": where, not whom; they met each other
                    continue
                if target is None or not target.code or _pronoun_owned(child, context):
                    # "denounced Kerry's 'Shadow Diplomacy'": Kerry; "rejected her Brexit deal": hers
                    target = _partner_of_meeting(child, code, context) or _pact_partner(child, code, context) \
                        or _possessor(child, context) \
                        or (_needer(child, context) if code[:2] in MATERIAL_ROOTS and child.dep_ == "dobj" else None) or target
                if target is None and child.dep_ == "dobj" and code[:2] in JUDGING_ROOTS:
                    target = _quality_owner(child, context)  # "denounced the fecklessness of Obama's response": Obama
                if child.dep_ == "dobj" and (target is None or not target.code):
                    # "attacked both Tlaib and Omar" with no code for Tlaib: the coded one beside it
                    target = next((a for c in child.conjuncts if not excepted(c)
                                   and (a := _object_actor(c, context)) is not None and a.code), target)
            elif child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN" \
                    and (code[:2] not in SUBJECTIVE_OF_ROOTS or owned_act(head)):
                # "criticism of Turkey", "the arrest of two Britons": the noun's object, not its
                # doer; but "the withdrawal of its troops" names who withdraws (the doer's own side)
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and not own_side(obj) and head.lower_ not in DOER_OF_NOUNS:
                    # "criticism of Putin's policy in Syria": whose policy it is, before where
                    target = target or _possessor(obj, context) or actor_at(obj, context) or _office_holder(obj, context)
                    objects.append(obj)  # "rejection of a treaty with the EU": the thing's partner, as for "rejected a treaty with the EU"
            elif child.dep_ in {"prep", "agent"} and child.lower_ == "by" and _active_with_object(head):
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
    if target is None and trigger.pos_ == "NOUN" and code[:2] in FORCE_ROOTS:
        target = _harmed_in(trigger, context)  # "15 soldiers were wounded in an assault": the soldiers
    if target is None and trigger.pos_ == "NOUN":
        striker = _striker_of(trigger, context)
        target = striker[1] if striker is not None else None  # "the Syrian attack" done with US forces: on Syria
    if target is None:
        target = _addressee(heads, context)
    if target is None and trigger.pos_ == "VERB" and FRAME_VERBS.get(trigger.lemma_) in {"demand", "appeal"}:
        target = _accused_in_clause(trigger, context)  # "demanded that the US seek permission": whom it is asked of
    if target is None and trigger.pos_ == "VERB" and code[:2] in {APPEAL_ROOT, DEMAND_ROOT}:
        target = _obliged_party(trigger, context)  # "agreed Iran must halt its enrichment": Iran
    if target is None and trigger.pos_ == "VERB" and FRAME_VERBS.get(trigger.lemma_) in {"demand", "appeal"}:
        target = _asked_by_pronoun(trigger, context)  # "backed Trump's action but demanded he spell out a plan": Trump
    if target is None and trigger.pos_ == "VERB" and code.startswith(APOLOGY):
        target = _wronged_party(trigger, context)  # "apologized for detaining Chinese fishermen": China
    if target is None and trigger.pos_ == "VERB" and code[:2] in JUDGING_ROOTS:
        target = _named_thing_owner(trigger, code, context)  # 'called Macron's remarks "shameful"': Macron
    if target is None and trigger.pos_ == "VERB":
        target = _shared_object(trigger, context)
    if target is None and code[:2] == INVESTIGATE_ROOT:
        target = _investigated_in_clause(heads, context)  # "an inquiry into whether Russia interfered"
    if target is None and code[:2] == INVESTIGATE_ROOT and trigger.pos_ == "NOUN":
        target = _investigated_topic(trigger, context)  # "Mueller's Russia probe": Russia
    if target is None and code[:2] == INVESTIGATE_ROOT and trigger.pos_ == "NOUN":
        looked_into = _into_on_holder(trigger)  # "the head of the inquiry into Chinese spying": China
        if looked_into is not None:
            target, found = _prepositional(looked_into, code, None, None, context)
            place = place or found
    if target is None and trigger.pos_ == "VERB" and code[:2] == DISAPPROVE_ROOT:
        target = _accused_in_clause(trigger, context) or _accused_after(trigger, context)
    if target is None and code[:2] == REDUCE_RELATIONS_ROOT:
        target = _punished_for(heads, context)  # "imposed sanctions over Venezuela's disputed election"
    if _feelers(trigger) is not None:  # "Germany was saddened by the Turkish decision": Turkey
        target = _feeling_cause(trigger, context)
    target = settled_target(trigger, code, target, context)  # the phrases read at the end of this module
    return target, place


def _punished_for(heads: list[Token], context: Context) -> Actor | None:
    """"imposed new sanctions over Venezuela's disputed election", "expelled diplomats over the
    Russian poisoning": a cut in relations with no one named says why after "over", and whose act
    that is (its possessor, its demonym, its agent after "by") is whom the cut is aimed at."""
    carriers = [c for head in heads for c in (head, *(g for g in head.children if g.dep_ == "dobj"))]
    for obj in (g for carrier in carriers for c in carrier.children if c.dep_ == "prep" and c.lower_ == "over"
                for g in c.children if g.dep_ == "pobj"):
        if context.mention(obj) is None:
            doer = _doer_of_act(obj, context)
            if doer is not None and doer.code:
                return doer
    return None


def _ascribed_to(verb: Token, context: Context) -> Actor | None:
    """"blamed the crisis in Ukraine on the West", "attributed the outage to Belarusian hackers": a
    verb laying a thing at someone's door names that one after its preposition (on the verb, or on
    its object as the parse hangs it), not the place or the victim the thing names; with two such
    phrases, the last ("blamed the attack on the embassy on Tehran"). Not where the object is itself
    the one blamed ("blamed Iran on Monday"), nor a medium ("blamed the leak on Twitter" is no one)."""
    preposition = ASCRIBING_VERBS.get(verb.lemma_.lower())
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if preposition is None or thing is None or context.mention(thing) is not None \
            or (thing.tag_ == "PRP" and thing.lower_ != "it"):
        return None
    phrases = sorted((c for h in (verb, thing) for c in h.children if c.dep_ == "prep" and c.lower_ == preposition),
                     key=lambda c: c.i)
    if not phrases:
        return None
    last = phrases[-1]
    while (inner := next((c for g in last.children if g.dep_ == "pobj" for c in g.children
                          if c.dep_ == "prep" and c.lower_ == preposition), None)) is not None:
        last = inner  # "the attack on the embassy on Hezbollah", the second hung on the first
    for obj in (g for g in last.children if g.dep_ == "pobj"):
        if listed(obj, WORD_SENSES["verbal_media"]):
            return None
        actor = _object_actor(obj, context) or _possessor(obj, context)
        if actor is not None and (actor.code or actor.kind == "person"):
            return actor
    return None


def _own_country_taken_out(verb: Token, obj: Token, context: Context) -> bool:
    """"Trump pulled the United States out of the Paris accord", "the Kremlin withdrew Russia from
    the treaty": the doer's own country, the object a verb takes out of something, is its own side
    moved (as "withdrew its troops from"), not whom the act is aimed at; what it leaves may be
    ("withdrew the United States from the deal with Iran": Iran). Its people are others ("barred
    Russians from leaving": they are whom the ban is aimed at), but not its armed forces that a
    verb of marshalling moves ("withdrew American troops from Iraq": Iraq, not the troops)."""
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" \
            or not any(c.dep_ == "prep" and c.lower_ in TAKING_OUT_PREPOSITIONS for c in verb.children):
        return False
    moved = _object_actor(obj, context)
    if moved is None or not moved.country:
        return False
    if obj.ent_type_ == "GPE":  # the country by its name: "barred Russians from travelling" names its people
        if moved.kind != "country":
            return False
    elif moved.role not in FORCE_ROLES or verb.lemma_.lower() not in MARSHALLING_VERBS:
        return False
    doers = sources_of(verb, None, context)
    return bool(doers) and all(doer.country == moved.country for doer in doers)


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
        messages = [g for carrier in carriers for c in carrier.children if c.dep_ == "prep" and c.lower_ in MEDIUM_PREPOSITIONS
                    for g in c.children if g.dep_ == "pobj"]
        for message in (m for m in [*messages, *_letters_carrying(head)] if m.lemma_.lower() in ADDRESSED_MESSAGES):
            # "to" on the message, or on the verb that sends it ("sent a letter to X", a dative)
            senders = [message, message.head] if message.dep_ == "dobj" else [message]
            for to in (g for s in senders for g in s.children if g.dep_ in {"prep", "dative"} and g.lower_ == "to"):
                for obj in (g for g in to.children if g.dep_ == "pobj"):
                    actor = _object_actor(obj, context)
                    if actor is not None and (actor.code or actor.kind == "person"):
                        return actor
    return None


def _letters_carrying(head: Token) -> list[Token]:
    """The messages an act is made in when a participle joins the two: the message the act's
    participle hangs on ("issued a letter to X demanding …"), the object of the verb it hangs on
    ("sent a letter to X saying …"), or the object of a participle hung on the act ("made a demand,
    writing a letter to X"); the addressee is read off each by `_addressee`."""
    letters: list[Token] = []
    if head.tag_ == "VBG" and head.dep_ == "acl":
        letters.append(head.head)
    if head.tag_ == "VBG" and head.dep_ == "advcl":
        letters += [c for c in head.head.children if c.dep_ == "dobj"]
    for participle in (c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
        letters += [c for c in participle.children if c.dep_ == "dobj"]
    return letters


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
            if subject.lower_ in RELATIVE_SUBJECTS:  # "Egypt, which was … and remains a recipient of …"
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


def _obliged_party(verb: Token, context: Context) -> Actor | None:
    """"agreed that Pyongyang must halt its tests": a demand or appeal read from a clause under an
    obligation (`senses.obliged`) is asked of that clause's named subject, not of the agreeing sides."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and obliged(c)):
        for subject in (g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}):
            actor = None if own_side(subject, context) else actor_at(subject, context)
            if actor is not None and actor.code:
                return actor
    return None


def _asked_by_pronoun(verb: Token, context: Context) -> Actor | None:
    """"demanded he spell out a strategy", "urged that they must leave": a demand or appeal is asked
    of the subject of its mandative that-clause (a bare verb, "he explain" however tagged, or one
    under an obligation), here a pronoun for someone named before; not a clause that states a view
    ("insisted they need time") or a future ("demanded that he will …" is no mandate)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in {"VB", "VBP"}):
        if any(c.dep_ == "aux" and c.lower_ not in OBLIGATION_AUX for c in clause.children):
            continue
        for subject in (g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in REFERRING_PRONOUNS):
            if clause.tag_ == "VBP" and subject.lower_ not in {"he", "she", "it"}:
                continue  # "insisted they need time": a plural's present is no bare verb
            actor = _object_actor(subject, context)
            if actor is not None and actor.code:
                return actor
    return None


def _wronged_party(verb: Token, context: Context) -> Actor | None:
    """"apologized for detaining Chinese fishermen", "will not apologize for shooting down a
    Malaysian drone": an apology that names no one to receive it is owed to whom the act it is for
    was aimed at, the gerund's object or recipient named outright (not a thing it conveys: "for not
    sending a delegation to the rally in Paris" wrongs no one named; nor plain people: "for
    upsetting people"). An act noun after "for" is
    read as any prepositional object is ("for the raid on the Turkish ship")."""
    for gerund in (g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                   for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and _names_whose(g)):
        actor = _complement_target(gerund, context) \
            or next((a for obj in gerund.children if obj.dep_ == "dobj"
                     and not own_side(obj, context) and not is_conveyed(gerund)
                     and (a := _object_actor(obj, context)) is not None and a.code), None)  # "a Chinese fishing crew"
        if actor is not None and actor.code:
            return actor
    return None


def _names_whose(word: Token) -> bool:
    """"detaining a Chinese fishing crew", "insulting Kenyan herders": a phrase that itself names a
    country, body or person (a name or a nationality in it); "upsetting people" names no one,
    whatever country the story lends them."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} for t in word.subtree)


def _named_thing_owner(verb: Token, code: str, context: Context) -> Actor | None:
    """'called Macron's remarks "shameful"': with a predicate after it, the parser may hang a naming
    verb's object on it as an adverbial noun (npadvmod); that noun is the object judged, read as an
    object is (the one it names, or whose act or thing it is)."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    predicate = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if predicate is None:
        return None
    things = [c for h in (verb, predicate) for c in h.children
              if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and verb.i < c.i < predicate.i]
    if predicate.pos_ == "NOUN" and not any(c.dep_ == "dobj" for c in verb.children) \
            and any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > predicate.i for c in predicate.children):
        things.append(predicate)  # or as the predicate, with the real predicate (an adjective) hung after it
    for thing in things:
        if judged_act(thing, verb, code, context):
            return _doer_of_act(thing, context)  # 'called Iran's strike "reckless"': Iran
        actor = _object_actor(thing, context)
        if actor is None or not actor.code or _pronoun_owned(thing, context):
            actor = _possessor(thing, context)
        if actor is None:  # the thing's possessive hung on the predicate ("Macron's" on "shameful")
            actor = next((m.actor for c in predicate.children if c.dep_ == "poss" and c.i < thing.i
                          and (m := context.mention(c)) is not None), None)
        if actor is not None and actor.code:
            return actor
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


def _into_on_holder(noun: Token) -> Token | None:
    """"the head of the committee's inquiry into Iranian spying": the parse may hang the "into"
    of an investigation noun in an of-phrase on the noun the phrase hangs on (a head, a cost, a
    part); no head or part is "into" anything, so it is the investigation's."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN" \
            or any(c.dep_ == "prep" and c.lower_ == "into" for c in noun.children):
        return None
    return next((c for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ == "into" and c.i > noun.i), None)


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
    subject = own_subject(head)
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

    def named_after_preposition(head: Token, deps: frozenset[str], prepositions: frozenset[str] = TARGET_PREPOSITIONS) -> Actor | None:
        """The first one named after a target preposition of `head` ("to Britain", "on North Korea")."""
        return next((actor for p in head.children if p.dep_ in deps and (read := preposition_read(p))[0] in prepositions
                     for g in read[1].children if g.dep_ == "pobj" and (actor := named(g)) is not None), None)

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
        elif child.dep_ == "dobj" and child.pos_ == "NOUN" and context.mention(child) is None:
            # "refused to turn over documents to the committee": whom a thing goes to, which the
            # parse hangs on the thing
            actor = named_after_preposition(child, frozenset({"prep"}), RECEIVING_PREPOSITIONS)
            if actor is not None:
                return actor
    return None


# Participles that say where goods were made with "in" ("steel made in China"); any says it with
# "from" ("goods imported from Mexico"), and "in" after others is a market ("cars sold in Canada")
GOODS_MAKING_VERBS = {"make", "produce", "manufacture", "build", "assemble", "grow"}


def _goods_maker(noun: Token, context: Context) -> Actor | None:
    """"to hike tariffs on $200 billion worth of Chinese goods", "to ban U.S. imports": goods a
    demonym or a country's name says whose they are (through an amount of them, "$300 billion in
    Chinese imports"; or on "made", "Chinese-made products"; or after a participle of their own,
    "goods imported from Mexico", "steel made in China") bear on that country."""
    goods = noun
    if _counted(goods) or goods.lemma_.lower() in QUANTITY_NOUNS or goods.lower_ == "worth":
        goods = next((g for c in goods.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}
                      for g in c.children if g.dep_ == "pobj"), goods)
    if goods.lower_ not in TRADED_GOODS_NOUNS:
        return None
    makers = []
    for child in goods.children:
        if child.dep_ in {"amod", "compound"}:
            # "Chinese-made products": the maker is named on "made"
            makers += [g for g in child.children if g.dep_ in {"npadvmod", "compound", "amod"}] if child.lemma_ == "make" else [child]
        elif child.dep_ == "acl" and child.tag_ in {"VBN", "VBG"}:
            makers += objects_of(child, {"from", "in"} if child.lemma_.lower() in GOODS_MAKING_VERBS else {"from"})
    for maker in makers:
        mention = context.mention(maker)
        if mention is not None and mention.actor.kind == "country":
            return mention.actor
        country = demonym_country(maker)
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


def _harmed_in(noun: Token, context: Context) -> Actor | None:
    """"Twelve soldiers were wounded in an assault by militants", "two guards killed in the attack",
    "police officers who were shot in the raid": a force event noun after "in" or "during" on a
    passive verb of harm is aimed at whom that verb harms (its subject, the noun its participle
    describes, or the noun its relative clause hangs on); only a coded actor."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in {"in", "during"}:
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in HARMING_VERBS | {"shoot", "hurt"}:
        return None
    if verb.dep_ == "acl":
        harmed: Token | None = verb.head  # "soldiers wounded in the attack"
    elif any(c.dep_ == "auxpass" for c in verb.children) or _passive_conjunct(verb):
        harmed = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if harmed is not None and harmed.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
            harmed = verb.head  # "officers who were shot in the raid"
    else:
        return None
    actor = _object_actor(harmed, context) if harmed is not None else None
    return actor if actor is not None and actor.code else None


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
               or (c.dep_ in {"prep", "dative"} and c.lower_ in RECEIVING_PREPOSITIONS and any(g.dep_ == "pobj" for g in c.children))
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
    """An active verb with an object, a perfect's participle too ("had criticized suggestions by
    Bolton", where the parser calls the "by" an agent): it has no agent, so a "by" on it is the object's."""
    return (verb.pos_ == "VERB" and (verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))
            and any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children))


def _shared_passive_subject(verb: Token, context: Context) -> Actor | None:
    subject = shared_passive_undergoer(verb)
    actor = _object_actor(subject, context) if subject is not None else None
    return actor if actor is not None and actor.code else None


def shared_passive_undergoer(verb: Token) -> Token | None:
    """"Deby, who signed a peace deal and was later killed by rebels": a passive verb with no
    subject of its own shares its first conjunct's, and a relative pronoun stands for the noun its
    clause describes; the word it names is who underwent the act."""
    if not _passive_conjunct(verb) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    first = first_conjunct(verb)
    if first is verb:
        return None
    subject = own_subject(first)
    if subject is not None and subject.lower_ in RELATIVE_SUBJECTS and first.dep_ == "relcl":
        return first.head
    return subject


def _passive_conjunct(verb: Token) -> bool:
    """A passive verb: its own "was" ("was later killed by rebels"), or a bare past participle joined
    to a passive one, whose "was" they share ("who was shot and killed by police")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    first = first_conjunct(verb)
    return verb.tag_ == "VBN" and first is not verb and any(c.dep_ == "auxpass" for c in first.children) \
        and not any(c.dep_ in {"aux", "dobj"} for c in verb.children)


def _prepositional(preposition: Token, code: str, target: Actor | None, place: Place | None,
                   context: Context, by_allowed: bool = False) -> tuple[Actor | None, Place | None]:
    """"apologized to Brazil", "talks with Iran", "attacks in Iraq": a country after a target
    preposition is the target and may be the place too; after "in" or "near" only the place.
    On an object noun, "by" names whose act it is ("rejected calls by Belarus")."""
    word, holder = preposition_read(preposition)
    if word == "by" and not by_allowed:
        return target, place
    if _common_foe(preposition, code) or _fellow_investigator(preposition, code):
        return target, place
    if word in {"from", "against"} and preposition.head.lemma_.lower() in PROTECTING_VERBS:
        return target, place  # "defend the Kurds from Turkish attacks": the danger, not the target
    if on_a_path(preposition):
        # "attacked north from Baghdad to Beiji": the way it went, places only
        found_places = (context.place(g) for g in preposition.children if g.dep_ == "pobj")
        return target, place or next((f for f in found_places if f is not None), None)
    wanted = TARGET_PREPOSITIONS | {"by"} | ({"in"} if taken_part_in(preposition) else set()) \
        | ({"of"} if word == "of" and owned_act(preposition.head) else set())
    if word == "between" and ((code.startswith(MEDIATION) and preposition.head.pos_ == "VERB") or _parties_between(preposition)):
        wanted = wanted | {"between"}  # "mediate between India and Pakistan": each party ("talks between X and Y" are X's and Y's)
    if word == "at" and code[:2] < CONFLICT_FROM:
        wanted = wanted - {"at"}  # "met at the G20 summit", "signed at the UN": a venue; one fires or lashes out at a target
    if asked_for_whom(preposition, code, context):
        return target, place
    for obj in (g for g in holder.children if g.dep_ == "pobj"):
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
        if word in {"into", "inside"} and code[:2] not in FORCE_ROOTS | {INVESTIGATE_ROOT} \
                and obj.pos_ == "NOUN" and obj.lemma_.lower() in BUILDING_NOUNS:
            continue  # "were directed into the church by police": where they went, no one it is aimed at
        if word in wanted and target is None and own_post(obj, context):
            continue  # "withdrew staff from its embassy in Cuba": the doer's own post abroad, neither whom nor the host
        if word in wanted and target is None:
            target = _object_actor(obj, context) or _partner_of_meeting(obj, code, context) or _possessor(obj, context) \
                or _goods_maker(obj, context) or _surname_told_again(obj, context)  # "tariffs on $300 billion in Chinese imports": China
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
                looked_into = _inquiry_topic(preposition, code)
                # (whom a complaint looked into is against before whose it is: "complaints by farmers against the ministry")
                for inner in sorted(_object_preps(obj), key=lambda p: p.lower_ == "by"):
                    if (inner.lower_ in TARGET_PREPOSITIONS or (looked_into and inner.lower_ == "by")) and target is None \
                            and not is_topic(inner, obj, _noun_event_code(obj) or ""):
                        target, place = _prepositional(inner, code, target, place, context, by_allowed=looked_into)
    return target, place


def asked_for_whom(preposition: Token, code: str, context: Context) -> bool:
    """"demanded justice for the families", "appealed for mercy for the prisoners": one an appeal or
    demand asks something for, named right after "for", is not whom it is asked of (that one is told
    or urged: "urged Israel to"). Not "called for Iran to halt", where the one after "for" is to act;
    nor an act asked for ("pushed for the firing of Comey", "pressed for relations with Russia"),
    whose own phrases are read as before."""
    if preposition.lower_ != "for" or code[:2] not in {APPEAL_ROOT, DEMAND_ROOT} or preposition.head.pos_ != "VERB":
        return False
    doc = preposition.doc
    return any(g.dep_ == "pobj" and context.mention(g) is not None and _noun_event_code(g) is None
               and not any(t.pos_ == "VERB" for t in doc[preposition.i + 1 : g.i])  # "called for censuring Trump": the act's object
               and not (g.right_edge.i + 1 < len(doc) and doc[g.right_edge.i + 1].lower_ == "to"
                        and doc[g.right_edge.i + 1].head.pos_ == "VERB")
               for g in preposition.children)


def _venue_of_meeting(noun: Token, code: str, target: Actor, context: Context) -> bool:
    """"Putin and Xi held a two-day summit in Kazakhstan", "the two leaders held talks in Hanoi": the
    country a meeting noun under a light verb is held in, when two or more doers hold it, is its
    venue; the doers met each other (one doer may have met the host: "held talks in Moscow")."""
    if code[:2] not in MEETING_ROOTS or target.kind != "country" or len(sources_of(noun, light_verb(noun), context)) < 2:
        return False
    return any((found := context.place(g)) is not None and found.country == target.country
               for g in objects_of(noun, {"in", "at"}))


def own_post(noun: Token, context: Context) -> bool:
    """"at its embassy in Havana", "from their consulates": an embassy, consulate or envoy the
    doer's own possessive names is the doer's own state abroad, no one it acts on (the host is named
    as a target only where the verb acts on it: "expelled Cuba's diplomats")."""
    return noun.lower_ in DIPLOMATIC_POSTS and own_side(noun, context)


def _own_root(word: Token) -> str:
    """The CAMEO root of a verb's or an event noun's own act ("cooperate": 05/06, "probe": 09), "" if none."""
    own = verb_code(word.lemma_) if word.pos_ == "VERB" else _noun_event_code(word) if word.pos_ == "NOUN" else None
    return (own or "")[:2]


def _fellow_investigator(preposition: Token, code: str) -> bool:
    """"investigating the bombing with help from the FBI", "working on the inquiry with Interpol":
    whom one investigates with is a partner in the inquiry, not the one looked into (only on the
    verb or the investigation noun; "looked into his contacts with Moscow" names Moscow)."""
    if preposition.lower_ != "with" or code[:2] != INVESTIGATE_ROOT:
        return False
    head = preposition.head
    return head.pos_ in {"VERB", "AUX"} or (head.pos_ == "NOUN" and _own_root(head) == INVESTIGATE_ROOT)


def _inquiry_topic(preposition: Token, code: str) -> bool:
    """"an inquiry into payments by the Qatari government", "demanded a probe into the use of
    encryption by officials": what an investigation looks into is an act, and whose act it is
    (after "by") is who is investigated (the parse may hang "into" on the verb asking for the probe)."""
    if preposition.lower_ != "into":
        return False
    head = preposition.head
    asked = (_own_root(c) for c in head.children if c.dep_ == "dobj")
    return INVESTIGATE_ROOT in {code[:2], _own_root(head), *asked}


def _common_foe(preposition: Token, code: str) -> bool:
    """"agreed to cooperate against Islamic State", "Iran funds attacks on Israel": whom allies
    act against is their foe, and whom an attack they fund or arm strikes is its victim; neither
    is the partner or the recipient of the aid."""
    head = preposition.head
    if preposition.lower_ == "against":
        return code[:2] in ALLIED_ROOTS or _own_root(head) in ALLIED_ROOTS
    if preposition.lower_ != "on" or code[:2] not in MATERIAL_ROOTS or head.pos_ != "NOUN":
        return False
    return _own_root(head) >= HOSTILE_FROM


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


def _out_of(preposition: Token) -> Token | None:
    """"pulled out of Syria", "drove the rebels out of Aleppo": the "of" of "out of", whose object
    is what is left, as after "from". The parse hangs "of" on "out", or on the verb beside a
    particle "out"."""
    if preposition.dep_ != "prep":
        return None
    if preposition.lower_ == "out":
        return next((c for c in preposition.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if preposition.lower_ == "of" and preposition.head.pos_ == "VERB" \
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in preposition.head.children):
        return preposition
    return None


def preposition_read(preposition: Token) -> tuple[str, Token]:
    """A preposition's word and the token its objects hang on, "out of" read as "from"."""
    left = _out_of(preposition)
    return ("from", left) if left is not None else (preposition.lower_, preposition)


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
    ("lodged a protest with Albania" is the complaint itself, made to Albania). So with an act done to
    someone's things ("criticized the seizure of CNN's email records": CNN underwent it)."""
    if code[:2] not in JUDGING_ROOTS or noun.pos_ != "NOUN" or context.mention(noun) is not None:
        return False
    own = verb_code(head.lemma_)
    if head.pos_ != "VERB" or verb_code(head.lemma_, "", noun.lemma_) != own \
            or not ((own or "")[:2] in JUDGING_ROOTS or head.lemma_.lower() in NAMING_VERBS):
        return False  # a judging verb ("condemned", "praised") or one naming the act ("called the attack an act of war")
    if noun.lemma_.lower() in UNDERGONE_ACT_NOUNS:
        return True
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
    for obj in objects_of(noun, {"of"}):
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
    for obj in objects_of(noun, {"by"}):
        actor = _object_actor(obj, context)
        if actor is not None and actor.code:
            return actor
    if (_noun_event_code(noun) or "")[:2] == COERCE_ROOT:  # "the crackdown in Syria": a state represses at home
        for obj in objects_of(noun, {"in"}):
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


def particle_preps(verb: Token) -> list[Token]:
    """"shot back at the smear", "took two towns back from the rebels": the target prepositions the
    parse hangs on a verb's particle rather than on the verb; they are the verb's own. The particle
    follows the verb or its object, with no other verb between ("passed a resolution that troops
    should back off from their positions" is the troops' backing off, misattached)."""
    objects = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    particles = [c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.i > verb.i and c.lower_ in HANGING_PARTICLES
                 and all(t.i in objects and t.pos_ not in {"VERB", "AUX"} for t in verb.doc[verb.i + 1:c.i])]
    return [p for c in particles for p in c.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPOSITIONS]


def _medium_of_words(preposition: Token, obj: Token, code: str) -> bool:
    """"attacked Pelosi on Twitter", "lashed out on television at the Fed": a medium of words after
    a verb whose act is done in words; not a preposition the verb's own phrase takes ("called on
    Twitter to ban him" asks Twitter). The parse may hang the medium on the verb's particle ("hit
    back on social media") or a common one on what the verb is aimed at ("criticized the ruling on
    social media"; not a name there: "criticized the ban on TikTok" is aimed at TikTok)."""
    verb = preposition.head
    if verb.dep_ in {"prt", "advmod"}:
        verb = verb.head
    elif verb.pos_ == "NOUN" and obj.pos_ == "NOUN":
        holder = verb.head if verb.dep_ == "pobj" else verb
        verb = holder.head if holder.dep_ in {"dobj", "prep"} else verb
        verb = verb.head if verb.dep_ in {"prt", "advmod"} else verb
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
    noun = partitive_whole(noun) or noun  # "lifted most of Tehran's sanctions": whose sanctions
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ in RELATION_NOUNS:
        return None  # "condemned Iran's allies": not Iran
    named = context.mention(noun)
    if named is not None and named.actor.code:
        return None  # "Iran's foreign minister" is an actor in its own right
    for child in _phrase_possessives(noun):
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
    return _maker_in_clause(noun, context) or _maker_restated(noun, context)


def _relative_clauses(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """The clauses of these verbs that describe a noun with a subject of their own: "the plan (that)
    Germany drafted", parsed as a relative clause or as a finite clause on the noun."""
    return [c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.i > noun.i and c.lemma_.lower() in verbs
            and any(g.dep_ == "nsubj" for g in c.children)]


def _maker_in_clause(noun: Token, context: Context) -> Actor | None:
    """"rejected the plan that Germany drafted", "praised the case the Senate had built against
    him": a thing described by a relative clause of making, whose subject made it (the thing is the
    clause's object: the clause has none of its own); only a coded maker, not a relative pronoun."""
    for clause in _relative_clauses(noun, MAKING_VERBS):
        if any(c.dep_ in {"dobj", "dative", "nsubjpass"} and c.lower_ not in RELATIVE_SUBJECTS for c in clause.children):
            continue  # "the offer that made Iran angry": the clause has an object of its own
        actor = _coded_subject(clause, context)
        if actor is not None:
            return actor
    return None


def _coded_subject(clause: Token, context: Context) -> Actor | None:
    """The first coded subject of a relative clause, not its relative pronoun."""
    for subject in (c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_SUBJECTS):
        actor = _object_actor(subject, context)
        if actor is not None and actor.code:
            return actor
    return None


def _maker_restated(noun: Token, context: Context) -> Actor | None:
    """"rejected a fresh proposal for talks, one made by Seoul last week": a restatement of the thing
    ("one", or its own noun again) beside it names its maker after "by" (on it, or on the participle
    of making that describes it)."""
    beside = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else [])]  # "one" may hang on the verb
    for again in (c for c in beside if c.i > noun.i and c.dep_ in {"appos", "npadvmod"}
                  and c.lemma_.lower() in {"one", noun.lemma_.lower()}):
        preps = [c for c in again.children if c.dep_ == "prep" and c.lower_ == "by"]
        preps += [g for c in again.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MAKING_VERBS
                  for g in c.children if g.dep_ == "agent"]
        for obj in (g for p in preps for g in p.children if g.dep_ == "pobj"):
            actor = _object_actor(obj, context)
            if actor is not None and actor.code:
                return actor
    return None


def _needer(noun: Token, context: Context) -> Actor | None:
    """"will provide any assistance that Haiti requires", "sent the weapons Kyiv asked for": aid
    described by a relative clause of needing or asking goes to that clause's subject."""
    for clause in _relative_clauses(noun, NEEDING_VERBS):
        if any(c.dep_ in {"dobj", "dative"} and c.lower_ not in RELATIVE_SUBJECTS for c in clause.children):
            continue  # "aid that requires Congress's approval"
        actor = _coded_subject(clause, context)
        if actor is not None:
            return actor
    return None


def _possessive(word: Token) -> bool:
    """A possessive, whatever the parse calls it: "poss", or a name with a possessive ending the
    parse hangs on as a modifier ("rejected May’s deal" with "May" an nmod): the ending says whose."""
    return word.dep_ == "poss" or any(c.dep_ == "case" and c.tag_ == "POS" for c in word.children)


def _phrase_possessives(noun: Token) -> list[Token]:
    """The possessives a noun phrase opens with: its own, or the one the parse hangs on the first
    of its modifiers when it opens the whole phrase ("sanctions on Iran’s shipping, financial and
    energy sectors": Iran's sectors, not only its shipping)."""
    own = [c for c in noun.children if _possessive(c)]
    if own:
        return own
    first = next((c for c in noun.lefts if c.dep_ not in {"det", "punct"}), None)
    if first is None or first.dep_ not in {"nmod", "compound"}:
        return []
    return [c for c in first.children if _possessive(c) and c.left_edge.i == noun.left_edge.i]


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


def _surname_told_again(word: Token, context: Context) -> Actor | None:
    """"The U.S. killed Soleimani on Friday", "she apologized to May": a bare name in a recipient
    slot (the verb's object, or the object of a target preposition) that the recogniser took for
    no one (or for a date or a work's title) is the coded person of that surname named shortly
    before (`_person_named_before`: one such person only); not a date with its day or its part
    ("agreed on May 23", "late May" in a story about Theresa May)."""
    if word.pos_ != "PROPN" or context.mention(word) is not None:
        return None
    if any(c.dep_ == "nummod" or c.like_num for c in word.children) \
            or (word.i + 1 < len(word.doc) and word.doc[word.i + 1].like_num):
        return None
    if word.ent_type_ == "DATE" and any(c.dep_ in {"amod", "advmod", "npadvmod"} for c in word.children):
        return None  # "agreed on late May", "by mid-May": a month with its part named
    return _person_named_before(word, context)


def own_forces_sent(verb: Token, sources: list[Actor], target: Actor, context: Context) -> bool:
    """"Iran sent militia members and its Revolutionary Guards to fight in Syria": what a verb of
    conveying sends is no target, and a force or group of the sender's own country as its object
    is what it sends (whoever receives them is named after "to", or not at all); so are the doer's
    own armed forces, police or agents that a verb of marshalling moves ("Britain mobilized
    troops", "withdrawing all remaining troops")."""
    lemma = verb.lemma_.lower()
    if not target.role or not target.country:
        return False
    if lemma not in CONVEYING_VERBS and not (lemma in MARSHALLING_VERBS and target.role in FORCE_ROLES):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    wholes = [partitive_whole(obj) or obj for obj in objects]  # "withdrew all of its troops": the troops
    if target.role in FORCE_ROLES and any((actor := actor_at(moved, context)) is not None and actor.key == target.key
                                          for obj in objects if unmarked_force_moved(verb, obj, context)
                                          for moved in with_conjuncts(obj)):
        return True  # "the Navy sent four warships into the Mediterranean": its own, whatever country was borrowed
    if target.country not in {s.country for s in sources if s.country}:
        return False
    sent = [o for obj in wholes for o in with_conjuncts(obj)]
    return any((actor := actor_at(obj, context)) is not None and actor.key == target.key for obj in sent)


def own_country_in_passing(trigger: Token, sources: list[Actor], target: Actor, context: Context) -> bool:
    """"The prime minister blamed the tariffs for the loss of British jobs", "the Kremlin mocked the
    effect of sanctions on the Russian economy": a state's own executive (its government, forces,
    police or agents), whose own country is named in the sentence only as a word that marks a
    thing ("British jobs", "America's wars", "the Russian economy"), does not act on that country;
    the thing it marks is no actor (a word in a doer's title, "Turkish President Erdogan", is
    such a word too). Not a country named anywhere in the sentence as a party ("urged Americans",
    "negotiate with the US", "thanked the Turkish nation": WHOLE_PEOPLE_NOUNS), nor one the
    sentence does not name at all (a coreference is left as it is), nor one whose city or region
    the sentence names ("received an envoy in Cairo"), nor one judged by its own lawmakers, courts or businesses ("a steel institute
    criticized the U.S. decision": the US government's)."""
    if target.kind != "country" or not target.country or not sources \
            or any(source.country != target.country for source in sources) \
            or any(source.kind != "country" and source.role not in STATE_ROLES - {"LEG", "JUD"} for source in sources):
        return False
    if any((place := context.place(token)) is not None and place.country == target.country and place.feature != "country"
           for token in trigger.sent):
        return False  # "received an envoy in Cairo": a place of its own ground is named, which may be whom it acts on
    heads = [token for token in trigger.sent if _names_country_here(token, target, context)]
    return bool(heads) and all(head.dep_ in {"compound", "amod", "poss", "nmod"} and head.head.pos_ in {"NOUN", "PROPN"}
                               and head.head.lemma_.lower() not in WHOLE_PEOPLE_NOUNS  # "thanked the Turkish nation"
                               for head in heads)


def _names_country_here(token: Token, country: Actor, context: Context) -> bool:
    """Whether a word is the head of a naming of this country: a mention of it ("the United
    States", its last word), or a demonym or name the recogniser left alone ("Russian")."""
    mention = context.mention(token)
    if mention is None:
        named = demonym_country(token) or (country_by_name(token.text) if token.pos_ == "PROPN" else None)
        return named is not None and named.iso3 == country.country
    inside = mention.start <= context.index.offset + token.head.idx < mention.end and token.head.i != token.i
    return mention.actor.key == country.key and not inside


OWN_NATIONALITY_PREPOSITIONS = {"of", "from"}  # "troops of Chad", "soldiers from Fiji": a country of their own


def unmarked_force_moved(verb: Token, obj: Token, context: Context) -> bool:
    """"the Navy has sent four warships into the Mediterranean", "Russia moved weapons and troops to
    western Syria": armed forces that a verb of conveying or marshalling moves, with no country of
    their own in their phrase, are the doer's own, what it moves (a country coded on them was
    borrowed from the sentence), not whom the move is aimed at; that one is named after "to", or
    not at all. Not "supplied troops with rifles", where the troops receive, nor "sent Iraqi
    troops", whose country is their own."""
    lemma = verb.lemma_.lower()
    if (lemma not in CONVEYING_VERBS and lemma not in MARSHALLING_VERBS) or obj.dep_ != "dobj":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in (*verb.children, *obj.children)):
        return False
    moved = with_conjuncts(obj)
    if not any(o.pos_ == "NOUN" and role_of(o.text) in FORCE_ROLES for o in moved):
        return False
    own = {id(m) for o in moved if (m := context.mention(o)) is not None}  # the force's own mention borrows
    marks = [t for o in moved for c in o.children if c.dep_ != "prep" or c.lower_ in OWN_NATIONALITY_PREPOSITIONS
             for t in c.subtree]
    return not any(demonym_country(t) is not None or country_by_name(t.text) is not None
                   or ((mention := context.mention(t)) is not None and id(mention) not in own and mention.actor.country is not None)
                   for t in marks)


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


# Words that mark coordinated doers one by one: "both X and Y", "X and Y each"
DISTRIBUTIVE_WORDS = {"both", "each"}


def each_on_own(verb: Token, context: Context) -> bool:
    """"Both Trump and Pelosi have talked about a compromise", "Merkel and Macron each spoke of
    reform": coordinated doers marked one by one did the act each on their own, not with or to one
    another (unless the act says so: "each accused the other")."""
    subjects = subjects_of(verb, context.index)
    marked = any(c.lower_ in DISTRIBUTIVE_WORDS and c.dep_ in {"det", "preconj"} and c.i < s.i
                 for s in subjects if s.dep_ != "conj" for c in s.children)
    return len(subjects) > 1 and (marked or _floated_each(verb)) and not reciprocal(verb)


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
    named by a noun, or whom the statement it tells is aimed at; then a coded one named beside an uncoded one, or by the act's purpose of its
    own side; whom a trip's purpose meets or talks with; the subject a passive participle clause hangs on ("pressed by reporters to name X,
    he declined": him, not X); last, for a cut in relations that names no one, the one other country told."""
    undergoer = participle_undergoer(trigger)
    if undergoer is not None:
        return _object_actor(undergoer, context)
    heads = [trigger, *([light] if (light := light_verb(trigger)) is not None else [])]
    if target is None or unnamed_target(target):
        # "flew to Camp David to discuss the raid with Biden": whom the trip's purpose meets, not the place
        met = next((actor for head in heads if (actor := _met_on_trip(head, code, context)) is not None), None)
        if met is not None:
            return met
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
        found = _answering_subject(trigger, code, context) or asked_doer(trigger, context) \
            or _statement_aimed_at(trigger, code, context)
        if found is not None:
            return found
    # one no code covers (a hotel, "universities") gives way to a coded one named beside it
    found = named_elsewhere(heads, code, context) or _purposes_recipient(heads, code, context)
    if found is None and target is not None and _venue_only(heads, code, target, context):
        return None  # "visited the Grand Synagogue": a place, no one visited
    if found is None and target is None:
        found = _cut_off_country(trigger, code, context)  # the last resort: "reimposed sanctions" after "the Iran deal"
    return found or target


def _met_on_trip(verb: Token, code: str, context: Context) -> Actor | None:
    """"Austin, Blinken and Brown flew to Camp David to discuss the raid with Biden": a trip with
    no host named is a visit to whom its purpose meets or talks with (after "with", or met
    outright), not to one another's co-traveller; a coded actor or a person."""
    if code != VISIT or verb.pos_ != "VERB":
        return None
    for clause in (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB" and purpose_infinitive(c)):
        if clause.lemma_.lower() not in TRIP_MEETING_VERBS:
            continue
        # "with" on the purpose verb, or on its object as the parse often puts it ("discuss the raid with Biden")
        topics = [c for c in clause.children if c.dep_ == "dobj"]
        met = objects_of(clause, {"with"}) + [w for t in topics for w in objects_of(t, {"with"})] \
            + (topics if clause.lemma_.lower() == "meet" else [])
        for word in met:
            actor = _object_actor(word, context)
            if actor is not None and (actor.code or actor.kind == "person"):
                return actor
    return None


def _statement_aimed_at(verb: Token, code: str, context: Context) -> Actor | None:
    """"issued a joint statement aimed at Russia, vowing to defend free trade and condemning the
    seizure of the ships": a participle clause telling what a statement says is aimed at whom an
    "aimed at" participle on the statement (or on the verb issuing it) names; a coded actor, or
    the owner of a thing named ("directed at Iran's programme"). Only a hostile or disapproving act
    (CAMEO 10-20): "vowing to defend free trade" in the same statement is aimed at no one."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBG" or code[:2] < CONFLICT_FROM:
        return None
    clause = verb
    while clause.dep_ in {"conj", "xcomp", "advcl", "acl"} and clause.tag_ in {"VBG", "VB"}:
        clause = clause.head
        carriers = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
        for aimed in (c for carrier in carriers for c in carrier.children
                      if c.dep_ in {"advcl", "acl"} and c.tag_ == "VBN" and c.lemma_.lower() in AIMING_VERBS):
            for obj in objects_of(aimed, {"at"}):
                actor = _object_actor(obj, context) or _possessor(obj, context)
                if actor is not None and actor.code:
                    return actor
    return None


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
    return own_subject(head)


def _raised_passive_target(verb: Token, context: Context) -> Actor | None:
    subject = raised_passive_subject(verb)
    return _coded_actor(subject, context) if subject is not None else None


def _proposed_doer(head: Token, context: Context) -> Actor | None:
    """"agreed to a proposal by Turkey to exchange prisoners", "accepted an offer from Seoul": a
    proposal the act answers (its object, or after a preposition on it) is aimed at whoever made it.
    A verb that grants or answers it takes another's proposal, so the name on it is its maker, not
    the doer's own ("accepted Putin's invitation", "turned down the Chinese offer")."""
    things = [c for c in head.children if c.dep_ == "dobj"] + objects_of(head, TARGET_PREPOSITIONS)
    for thing in things:
        if thing.pos_ != "NOUN" or thing.lemma_.lower() not in PROPOSAL_NOUNS:
            continue
        for maker in objects_of(thing, MAKER_PREPOSITIONS):
            actor = _coded_actor(maker, context)
            if actor is not None:
                return actor
        if _answers_proposal(head):
            actor = _doer_of_act(thing, context)
            if actor is not None and actor.code:
                return actor
    return None


def _answers_proposal(verb: Token) -> bool:
    """"accepted", "declined", "turned down": a verb whose subject grants or answers what another put forward."""
    return verb.pos_ == "VERB" and _verb_listed(verb, ANSWERING_VERBS | GRANTING_VERBS)


def _verb_listed(verb: Token, verbs: frozenset[str] | set[str]) -> bool:
    """A verb in a list that gives verbs with their particle ("push back"): with it, or bare when
    it has none ("pushed Y's demand" is not "push back"). Not `grammar.verb_listed`: the list joins
    a particle by a space, the particle may be parsed as an adverb, and a bare listed verb with a
    particle it does not list is not one."""
    lemma = verb.lemma_.lower()
    # the parse gives the particle as "prt" or as an adverb ("pushing back against")
    if any(f"{lemma} {c.lower_}" in verbs for c in verb.children if c.dep_ in {"prt", "advmod"}):
        return True
    return lemma in verbs and not any(c.dep_ == "prt" for c in verb.children)


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
        elif child.dep_ in {"prep", "dative"} and (read := preposition_read(child))[0] in TARGET_PREPOSITIONS \
                and not on_a_path(child):
            found.extend(g for g in read[1].children if g.dep_ == "pobj" and not own_side(g, context))
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
                if preposition.lower_ in TOPIC_PREPOSITIONS or is_topic(preposition, obj, own) \
                        or _fellow_investigator(preposition, code):
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
    return own_subject(verb.head)


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
    for an appeal, a demand or a proposal, also one that grants or refuses it ("a judge turned down
    the administration's request", "the EU could meet May's request", "accepted Iran's invitation")."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ANSWERED_PREPOSITIONS:
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    granted = code[:2] in {APPEAL_ROOT, DEMAND_ROOT} or noun.lemma_.lower() in PROPOSAL_NOUNS
    return verb if _verb_listed(verb, ANSWERING_VERBS | GRANTING_VERBS if granted else ANSWERING_VERBS) else None


def _answering_subject(noun: Token, code: str, context: Context) -> Actor | None:
    """"Pakistan's army chief responded to Indian criticism", "Orban was unmoved by the chancellor's
    plea": an event noun that names no one it is aimed at was aimed at whoever answers it (the
    subject of an answering verb) or is acted on by it (the subject of a passive whose agent it is)."""
    if noun.pos_ != "NOUN" or (code[:2] not in ANSWERED_ROOTS and noun.lemma_.lower() not in PROPOSAL_NOUNS):
        return None  # "welcomed Iran's commitment" answers no commitment made to the welcomer; "accepted Iran's invitation" does
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
    country, or someone of it (not a place where something is: "speaking in Berlin"; not an
    outlet that reports it: "the Associated Press said")."""
    sentence = noun.sent
    start = noun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    found: set[str] = set()
    for word in noun.doc[start:sentence.end]:
        mention = context.mention(word) if word.i != noun.i else None
        country = mention.actor.country if mention is not None and mention.actor.role != "MED" else None
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
        return _other_country(head, word, context)
    return None


def _other_country(head: Token, word: Token, context: Context) -> Actor | None:
    """The one country other than the doers' own (those of the act at `head`) that the sentence of
    `word` and the one before it name as actors; None with none or with two (we cannot tell which)."""
    light = light_verb(head) if head.pos_ == "NOUN" else None
    homes = {source.country for source in sources_of(head, light, context) if source.country}
    others = _countries_near(word, context) - homes
    if not homes or len(others) != 1:
        return None
    country = country_by_iso3(others.pop())
    return country_actor(country) if country is not None else None


def _cut_off_country(head: Token, code: str, context: Context) -> Actor | None:
    """"Washington withdrew from the Iran deal and reimposed sanctions", "Beijing suspended
    military exchanges after Washington approved the arms sale": a cut in relations (sanctions, a suspension, a
    cancelled visit) that names no one in its own phrases is aimed at the one other country the
    sentence and the one before it name (not at one within the doer's own country: "the Kremlin
    postponed the vote" names none). Threats and force are not read so: they are as often aimed
    at a group, or told beside a third country where they happen. Nor a speaker's own words: whom
    they are told to is the addressee ("'We will impose sanctions,' Merkel told Russian officials")."""
    if code[:2] != REDUCE_RELATIONS_ROOT or quote_of(head) is not None:
        return None
    return _other_country(head, head, context)


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


# Verbs of using a means: their to-infinitive says what the means was used for ("used water
# cannons to disperse protesters"), though the parse hangs it as a complement (xcomp)
INSTRUMENT_VERBS = {"use", "employ", "utilize", "utilise"}


def purpose_clauses(head: Token) -> list[Token]:
    """"gave $80 million to help Jakarta", "deployed two carriers to deter Iran": the to-infinitives
    with no subject of their own that say what an act is done for, hung on its verb (advcl; xcomp
    of a verb of using) or, as the parse often has it, on its object or on the event noun itself
    (acl, relcl)."""
    carriers = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    own = {"advcl", "xcomp"} if head.lemma_.lower() in INSTRUMENT_VERBS else {"advcl"}
    found = [c for c in head.children if c.dep_ in own] if head.pos_ == "VERB" else []
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
