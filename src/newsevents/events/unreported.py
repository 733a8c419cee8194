"""Text that is no reported event though a trigger word is in it: the writer's argument ("the
best argument for the pullout is that Turkey was determined to invade"), the writer's judgement of
an act ("it is wrong for a state to punish its neighbours"), an outlet's own reporting ("the Daily
Mail quotes his plans"), a statistic ("60 percent of its diplomats resigned"), a long-running
background ("they have been fighting Turkey for decades"), a figure of speech (a test "threatening to
escalate tensions", "China is getting decimated by companies"), a view held up as if asked for
("never stops insisting on the possibility of unity"), a person's fight in words ("he will
fight like hell to keep his seat"), and another outlet's headlines scraped into the sentence (a
link's title: "Sen. Susan Collins Susan Margaret CollinsGOP confident of win ... MORE (R-Maine) said"),
the press asking for comment ("a reporter asked him for a message", "Fox News asked the campaign
for comment") and its request turned down ("the ministry declined requests for comment"), a
source's terms for talking to it ("aides who requested anonymity", "was not authorised to brief
reporters"), a question put to someone with nothing asked for ("Warren asked Pompeo."), what a
thing holds ("the reports contained valuable information") and a wish held by sides in general
("Democrats and Republicans want to prevent attacks"), a view a kind of people holds ("Muslims
reject terrorism"), a body agreeing within itself ("Congress failed to agree on
authorizing force"), a thing that "gives" ("the practice gives authorities access"), an inquiry
named by what it looks into ("the Russian probe"), force done without arms ("the Russian hacking
assault"), a past force named by its year ("the 1989 crackdown"), an event held up for comparison
("like the Tiananmen massacre") or as a standard ("in line with the accord", "fell short of
measuring up to the union's demands"), fighting as a journey's purpose ("travelled to fight in Syria"),
a charge told as a standing habit ("have long accused"), two sides charging each other in the
present ("Democrats accuse Republicans …; Republicans accuse Democrats …"), a known act
characterised ("the invasion was justified as …"), an event as the source of what it left ("secrets
from Mueller's investigation"), a gift that is a figure of speech ("give Americans the full
picture"), a poll's finding ("61 percent say", "a new poll shows"), a rule for a kind of people
("migrants are supposed to apply at the border"), an act of nothing ("agree to nothing", "can't agree on much"), an
argument put to a generic "you" ("you might even argue that …"), a heading (a line with no verb: "Talks
between Britain and the EU"), an act of words told as a habit in the present
("regularly threatens to destroy"), a view rejected as such ("reject the belief that …"), an
event noun told as going on for years ("views about Russia's threat for years") and a rally held
by those in office or in a party ("Trump later held a rally", "at Trump's rallies"): a campaign
event, no protest; what a kind of people says or does as a rule, told in the present ("lobbyists
urge ministers to cut taxes", "populists blame Brussels for inflation"), and a place held as a standing
state ("the militia still controls the port": no seizure), and an act of people at large ("people
who have travelled to Syria", "investigated by people who are not partisan"). CAMEO codes an
act someone did, said or threatened on a day; these tell of none, and storing them would store a
wrong event (missing beats wrong). So is a stance or a tie named as a state and voiced by no one
("lawmakers question Tehran's commitment to peace", "because the party is committed to avoiding a
hard border").

Each is a grammatical class, not a phrase: its words are tables of `lang/en/data/unreported_events.txt`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.events.cameo import (
    AID_ROOT,
    APPEAL_ROOT,
    DEMAND_ROOT,
    DISAPPROVE_ROOT,
    ENDORSE_ROOT,
    INTENT_ROOT,
    INVESTIGATE_ROOT,
    PROTEST_ROOT,
    REJECT_ROOT,
    STATEMENT_ROOT,
    THREAT_ROOT,
)
from newsevents.events.characterise import gives_a_name
from newsevents.events.modality import reported
from newsevents.events.senses import FORCE_ROOTS, HEADLINE_LINK_END, acted_on_all
from newsevents.facts.agents import outlet_by_name
from newsevents.facts.countries import demonym_country
from newsevents.grammar import listed, objects_of, own_subject, to_infinitive
from newsevents.lang.en.actors import FIRST_PERSON
from newsevents.lang.en.events import (
    ALLEGING_HEADS,
    BELIEVING_VERBS,
    GIVING_VERBS,
    SPEECH_LEMMAS,
    UNREPORTED,
    WISH_HEADS,
)
from newsevents.model import Actor

OUTLET_ROLE = "MED"
# A fight in words needs no opponent: the doer is one person ("he", "she", a named person).
SINGLE_PERSONS = frozenset({"he", "she", "i"})
OPPONENT_PREPOSITIONS = frozenset({"against", "with", "at", "on", "into", "alongside"})
BUSINESS_ROLE = "BUS"
ACCUSED_PREPOSITIONS = frozenset({"of", "with", "for"})  # "accused X of", "charged with", "suspected of", "blamed for"
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
YEAR_DIGITS = 4
FIGHT_ROOT = "19"
OCCUPY = "192"  # CAMEO: occupy territory
SENTENCE_STOPS = frozenset({".", "!", "?"})
MIN_NAME = 3  # a surname glued to a headline is a word of its own before it ("Collins", not "Mc" of "McConnell")


def unreported(trigger: Token, clause: Token | None, code: str, sources: list[Actor]) -> bool:
    """Whether the trigger (in its clause) tells of no reported event: see the module's docstring."""
    head = clause if clause is not None else trigger
    return (argued(head) or judged(head) or _outlet_reporting(trigger, code, sources) or statistic(head) or polled(head)
            or long_running(head) or (trigger.pos_ == "NOUN" and long_running(trigger))  # "views about Russia's threat for years"
            or standing_charge(head, code) or tit_for_tat(head)
            or fight_in_words(trigger, code) or threatened_outcome(trigger, code)
            or _trade_blow(code, sources) or view_asked(trigger, code) or own_promise(trigger, code)
            or named_in_allegation(trigger) or blow_to_abstraction(trigger, code) or press_question(trigger, code, sources)
            or contents(trigger) or collective_wish(trigger) or doer_judged(head) or defies_abstraction(trigger, code)
            or restated_event(trigger) or weighed_event(trigger) or remembered_event(trigger)
            or standing_name(trigger) or generic_view(head) or agreed_within(trigger, code, sources)
            or thing_gives(trigger, code, sources) or abstract_gift(trigger, code) or probe_of(trigger, code, sources)
            or unarmed_force(trigger, code) or dated_force(trigger, code) or standing_hold(trigger, code)
            or journey_purpose(trigger, code)
            or press_refusal(trigger, code) or rule_for_a_kind(head)
            or nothing_done(trigger) or generic_reasoning(trigger) or heading(trigger)
            or habitual_present(trigger, code) or kind_in_present(trigger, code) or view_rejected(trigger, code)
            or office_holders_rally(trigger, code, sources) or sourcing_terms(trigger)
            or question_put(trigger, code) or stance_held(trigger, code) or present_naming(trigger)
            or people_at_large(trigger, code))


def argued(clause: Token) -> bool:
    """The writer's argument: the clause is what a noun or a "what" clause is said to be ("the best
    argument ... is that Turkey was determined to invade", "what makes this different is that
    Congress is refusing ...", "another factor is that jailbreaks have released ..."): the news is
    the argument, not an act of its own."""
    token = clause
    while token.head.i != token.i:
        head = token.head
        if token.dep_ == "ccomp" and head.lemma_ == "be" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            # "the problem is that …", "what matters is that …"; not "it is clear that …" nor
            # "how complicated those efforts are that …" (a copula with a predicate of its own)
            return not any(c.dep_ in {"acomp", "attr"} for c in head.children) \
                and any(c.dep_ == "csubj" or (c.dep_ == "nsubj" and c.pos_ == "NOUN") for c in head.children)
        if token.dep_ not in {"ccomp", "xcomp", "conj", "acomp"}:  # "acomp": "was determined to invade"
            return False  # "after Trump agreed to meet Kim": a clause of time or a relative clause is told as fact
        token = head
    return False


def judged(clause: Token) -> bool:
    """The writer's (or speaker's) judgement of an act, no act done: an infinitive after "it is" and
    an adjective of worth, need or ease ("it is wrong for a state to punish its neighbours", "it
    was important not to reward Pyongyang"). Only the infinitive itself: "it is important to note
    that Russia attacked" keeps the attack."""
    if clause.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    holder = clause.head  # "to punish" hangs on "is" or on the adjective
    be = holder.head if holder.pos_ == "ADJ" and holder.dep_ == "acomp" else holder
    if be.lemma_ != "be" or not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in be.children):
        return False
    adjectives = [holder] if holder.pos_ == "ADJ" else [c for c in be.children if c.dep_ == "acomp"]
    return any(a.lower_ in UNREPORTED["judging_adjectives"] for a in adjectives)


def doer_judged(clause: Token) -> bool:
    """A judgement of the doer's act with the doer as subject ("Mueller is right to investigate this
    incident", "Obama was wrong to pull the troops out", "Iran is free to enrich uranium"): the
    writer's opinion of the act, or a permission, no act reported. Adjectives of readiness or speed
    ("is ready to talk", "was quick to condemn") are not judgements and are kept."""
    if clause.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    holder = clause.head  # "to investigate" hangs on "right" or on "is"
    be = holder.head if holder.pos_ == "ADJ" and holder.dep_ == "acomp" else holder
    if be.lemma_ != "be" or any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it") for c in be.children):
        return False  # "it is wrong for X to …" is `judged`
    adjectives = [holder] if holder.pos_ == "ADJ" else [c for c in be.children if c.dep_ == "acomp"]
    return any(a.lower_ in UNREPORTED["evaluating_adjectives"] for a in adjectives)


def defies_abstraction(trigger: Token, code: str) -> bool:
    """Opposition to things no one owns ("Trump defies ideals and conventions", "defied
    expectations", "challenges the conventional wisdom"): a characterisation of the doer, no act
    against anyone. Defying a law or a subpoena opposes whoever made it and is kept."""
    if code[:2] not in {DISAPPROVE_ROOT, REJECT_ROOT} or trigger.pos_ != "VERB":
        return False
    opposed = acted_on_all(trigger)
    return bool(opposed) and all(listed(t, UNREPORTED["characterised_things"]) for t in opposed)


KNOWN_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def restated_event(noun: Token) -> bool:
    """An event noun named again by how it came about ("the agreement secured by the prime
    minister", "the deal reached last year", "the sanctions imposed in 2018"): a definite noun with
    a participle of its making refers back to a known event; the sentence tells of something else.
    "a deal reached on Tuesday" (indefinite) may be the news and is kept."""
    if noun.pos_ != "NOUN":
        return False
    known = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in KNOWN_DETERMINERS) for c in noun.children)
    return known and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in UNREPORTED["restating_participles"]
                         and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in noun.children)


def remembered_event(noun: Token) -> bool:
    """An event noun held after "of" by a noun of its passing, return or memory ("the collapse of
    talks between Washington and Beijing", "the revival of a Russian threat", "a symbol of
    inter-Korean cooperation", "the anniversary of the attack"), or after "from" by a thing it left
    behind ("secrets from Mueller's investigation", "documents from the raid"): the event is
    background to the sentence's news. "a series of meetings", "details of the requests", "at the
    end of the summit" tell of the event and are kept."""
    if noun.pos_ != "NOUN":
        return False
    place = noun
    while place.dep_ == "appos" and place.head.pos_ in {"NOUN", "PROPN"}:
        place = place.head  # "from former special counsel Robert Mueller's investigation": parsed as the counsel's appositive
    if place.dep_ != "pobj":
        return False
    holder = place.head.head
    if place.head.lower_ == "from" and holder.pos_ == "NOUN" and holder.lemma_.lower() in UNREPORTED["drawn_heads"]:
        return True  # "secrets from Mueller's investigation", "documents from the raid": what an earlier act left
    if noun.dep_ != "pobj":
        return False
    if noun.head.lower_ == "of":
        return holder.pos_ == "NOUN" and holder.lemma_.lower() in UNREPORTED["background_heads"]
    return compared(noun)


def compared(noun: Token) -> bool:
    """An event noun held up for comparison ("comparisons to the Tiananmen Square massacre",
    "compared the raid to the Srebrenica massacre", "the killings were like Uganda's massacre of
    protesters"): an earlier event the sentence measures another by, no event of its own. After
    "like" only a known event said to be like something ("were like", "looked like") counts: "issues
    like Washington's demands", "measures like sanctions" give examples."""
    preposition = noun.head
    holder = preposition.head
    if preposition.lower_ in UNREPORTED["comparing_prepositions"]:
        return holder.pos_ in {"VERB", "AUX", "ADJ"} and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in KNOWN_DETERMINERS) or c.pos_ == "PROPN"
                   for c in noun.children)
    if preposition.lower_ not in {"to", "with"}:
        return False
    if measured_against(preposition):
        return not any(c.dep_ in {"relcl", "acl"} for c in noun.children)  # "the threats Tehran made last week": told
    if holder.dep_ == "dobj" and holder.head.lemma_.lower() in UNREPORTED["comparing_words"]:
        holder = holder.head  # "compared the raid to the massacre"
    return holder.lemma_.lower() in UNREPORTED["comparing_words"]


def measured_against(preposition: Token) -> bool:
    """"in keeping with the army's pledge of candour", "consistent with earlier threats", "in line
    with the deal", "the cabinet failed to measure up to the union's demands", "lived up to
    its promises": an event noun after "with" or "to" as the standard a thing is measured by, no
    event of its own. "comply with the committee's subpoena" (an act of yielding) and a standard
    told with its own clause ("consistent with the threats Tehran made last week") are left to the
    coder."""
    holder = preposition.head
    if holder.lower_ in UNREPORTED["standard_words"]:
        return True
    return holder.lemma_.lower() in UNREPORTED["standard_verbs"] \
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in holder.children)  # "measure up to", not "live with"


def standing_name(noun: Token) -> bool:
    """An event noun set beside a name as what the name is ("NAFTA, the free trade agreement
    between the U.S., Canada and Mexico, has …", "the JCPOA, the nuclear deal with Iran"): it says
    what a standing treaty or body is, no act of the day."""
    return noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN"


def weighed_event(noun: Token) -> bool:
    """An event noun as the subject of "be" with a predicate that weighs it ("the president's threat
    is serious", "the attack was a mistake", "Assad's attack and today's response are the direct
    result of …", "the agreement is in the best interests of …") or of a passive that characterises
    it ("the invasion was justified as …"): analysis of an act already known, no report of it. A
    time, a place or another event noun as the predicate ("the meeting was the first meeting since
    Hanoi") tells of the event and is kept."""
    if noun.pos_ != "NOUN":
        return False
    subject = noun
    while subject.dep_ == "conj":
        subject = subject.head  # "Assad's attack, and today's response, are …"
    be = subject.head
    if subject.dep_ == "nsubjpass" and characterised(be):
        return True
    if subject.dep_ != "nsubj" or be.lemma_ != "be":
        return False
    predicates = [c for c in be.children if c.dep_ in {"acomp", "attr"}]
    predicates += [g for c in be.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(listed(p, UNREPORTED["weighing_predicates"]) for p in predicates)


def characterised(verb: Token) -> bool:
    """A passive verb of characterising with its "as" ("Bush's invasion of Iraq was justified as a
    favour to its people", "the strike is widely seen as a warning", "the deal was hailed as
    historic"): what an act already known is taken to be, no report of the act."""
    return verb.lemma_.lower() in UNREPORTED["characterising_verbs"] \
        and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _outlet_reporting(trigger: Token, code: str, sources: list[Actor]) -> bool:
    """An outlet quoting, citing or claiming ("The Daily Mail quotes his plans", "reports from
    news outlets claim ..."): the outlet's report is attribution, not its own act (its plain
    statement, 010, is left to the coder, which stores none for an outlet)."""
    return not code.startswith("01") and bool(sources) and all(s.role == OUTLET_ROLE for s in sources) \
        and trigger.lemma_.lower() in UNREPORTED["outlet_verbs"]


def statistic(clause: Token, shares: frozenset[str] = frozenset()) -> bool:
    """A share of a group as the doer ("60 percent of the State Department's diplomats resigned"):
    a statistic over a time, no one's act (and with `shares`, "a majority of voters": a poll's count)."""
    subject = own_subject(clause)
    return subject is not None and (subject.lower_ in UNREPORTED["share_heads"] | shares or subject.ent_type_ == "PERCENT") \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def polled(clause: Token) -> bool:
    """What a share of a group says or believes ("a majority of voters say the government used
    chemical weapons", "two-thirds of respondents said Iran was behind it", "61 percent say the
    government should act", "seven in 10 say"), or what a poll finds ("a new survey shows voters
    blame Beijing"): a poll's finding, no one's claim and no act reported as done. Only views are
    counted so: "a third of the guerrillas have been demobilized" is an act done to them."""
    if _poll_count(clause):
        return True
    token = clause
    while token.dep_ in {"ccomp", "xcomp"} or (token.dep_ == "conj" and token.head.dep_ in {"ccomp", "xcomp"}):
        # not a conjunct at the top ("a majority of senators back it and the House passed it"), but one
        # inside the finding ("polls say voters fear ISIS and that they back strikes"): the finding, too
        token = token.head  # "the survey found that most Germans want Berlin to expel …": the act wished, too
        if _poll_count(token) or (token.lemma_.lower() in UNREPORTED["poll_finding_verbs"] and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in UNREPORTED["poll_nouns"] for c in token.children)):
            return True
    return False


def _poll_count(verb: Token) -> bool:
    """A verb of a view whose subject is a poll's share ("a majority of voters say", "61 percent say")."""
    return verb.lemma_.lower() in UNREPORTED["poll_verbs"] and (statistic(verb, UNREPORTED["poll_shares"]) or _counted_share(verb))


def _counted_share(verb: Token) -> bool:
    """A bare share as the one who says ("61 percent say", "more than seven in 10 said"): only a
    poll counts its sayers so (with "of", "60 percent of its diplomats", see `statistic`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.ent_type_ == "PERCENT" or subject.lower_ in UNREPORTED["share_heads"]:
        return True
    words = list(subject.subtree)  # "six in 10", "two in three": a ratio of people
    return any(w.lower_ == "in" and 0 < k < len(words) - 1 and words[k - 1].like_num and words[k + 1].like_num
               for k, w in enumerate(words))


def long_running(clause: Token) -> bool:
    """An act told as going on for decades or years ("have been fighting Turkey for decades",
    "has sanctioned Iran over the past two decades"): background, no act of the day. A counted span
    is an act's own length ("banned for five years", "jailed for ten years") and is kept."""
    for preposition in clause.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in {"for", "over"}:
            continue
        for span in preposition.children:
            if span.dep_ != "pobj" or span.lower_ not in UNREPORTED["long_spans"]:
                continue
            counted = any(c.dep_ == "nummod" for c in span.children)
            looking_back = any(c.lower_ in UNREPORTED["span_lookbacks"] for c in span.children)
            if any(c.lower_ in UNREPORTED["span_lookaheads"] for c in span.children):
                continue  # "over the next few years": a forecast, no background
            if not counted or looking_back:
                return True
    return False


def standing_charge(verb: Token, code: str) -> bool:
    """A criticism or an accusation told as a standing habit ("Palestinians have long accused Israel
    of stealing land", "he has always blamed Beijing"): many charges over years, none made on a day;
    background, no event. The adverb: "long" on a perfect (not "as long as Iran complies"), "always"
    or "forever" with no modal ("will always condemn" is a pledge). A stance held ("has long opposed
    the plan", 110) is the speaker's position now and is kept."""
    if not code.startswith(tuple(UNREPORTED["charge_codes"])):
        return False
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if adverbs & UNREPORTED["perfect_habit_adverbs"] and verb.tag_ == "VBN" and "have" in auxiliaries:
        return True
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return bool(adverbs & UNREPORTED["habit_adverbs"]) and not modal


def tit_for_tat(verb: Token) -> bool:
    """Two sides doing the same to each other in the writer's present ("Democrats accuse Republicans
    of suppressing the vote; Republicans accuse Democrats of fraud", "hawks blame doves and doves
    blame hawks"): what each side habitually says of the other, no act of the day. In the past
    ("Russia accused Ukraine …; Ukraine accused Russia …") each act is news and is kept."""
    if not _plain_present(verb):
        return False
    doer, done_to = _subject(verb), next((c for c in verb.children if c.dep_ == "dobj"), None)
    if doer is None or done_to is None:
        return False
    return any(other.i != verb.i and other.lemma_ == verb.lemma_ and _plain_present(other)
               and (s := _subject(other)) is not None and s.lower_ == done_to.lower_
               and any(c.dep_ == "dobj" and c.lower_ == doer.lower_ for c in other.children)
               for other in verb.sent)


def _plain_present(verb: Token) -> bool:
    """"accuse", "blames": a simple present with no auxiliary of its own."""
    return verb.pos_ == "VERB" and verb.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def fight_in_words(trigger: Token, code: str) -> bool:
    """One person fighting with no one to fight ("he must fight", "will fight like hell to keep his
    seat", "she fought for them"): a politician's struggle in words, no use of force."""
    if not code.startswith("19") or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in UNREPORTED["fighting_verbs"]:
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in OPPONENT_PREPOSITIONS) for c in trigger.children):
        return False
    doer = trigger
    while doer.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in doer.children):
        doer = doer.head  # "vowed to fight", "stood up and fought"
    subject = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in SINGLE_PERSONS or subject.ent_type_ == "PERSON")


def threatened_outcome(trigger: Token, code: str) -> bool:
    """A threat of an outcome, no one threatened: "threatening to escalate tensions with Washington",
    "threatens to derail the talks", "threatens the peace of the region". What is put at risk is a state of affairs (tensions,
    relations, talks), not an act done to someone: a consequence, no CAMEO threat, and the outcome
    itself did not happen. "threatened to close the strait", "to expel the ambassador" are threats
    and are kept."""
    threatening = code.startswith(THREAT_ROOT) and trigger.lemma_.lower() in UNREPORTED["threatening_verbs"]
    if threatening and any(c.dep_ == "dobj" and c.lemma_.lower() in UNREPORTED["abstract_things"] for c in trigger.children):
        return True  # "a regime that threatens the peace and security of the region": a danger, no threat made
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in UNREPORTED["threatening_verbs"]:
        outcome: Token | None = trigger  # "escalate" itself, which the threat would frame
    elif threatening:
        outcome = next((c for c in trigger.children if c.dep_ == "xcomp"), None)
    else:
        return False
    if outcome is None or outcome.lemma_.lower() not in UNREPORTED["outcome_verbs"]:
        return False
    done_to = [c for c in outcome.children if c.dep_ in {"dobj", "nsubjpass"}]
    return not any(_names_actor(o) for o in done_to)  # "to undermine Maduro": a threat


def _trade_blow(code: str, sources: list[Actor]) -> bool:
    """Force done by companies ("China is getting decimated by companies that are leaving"): trade
    told as a war, no use of force. Businesses do not fight; their blows are economic."""
    return code[:2] in FORCE_ROOTS and bool(sources) and all(s.role == BUSINESS_ROLE for s in sources)


def view_asked(trigger: Token, code: str) -> bool:
    """A view insisted on, no one asked for anything: "insisting on the possibility of unity",
    "calls for the importance of dialogue to be recognised". The thing asked for is a quality or a
    belief (importance, possibility, innocence), not an act another is to do."""
    if code[:2] not in {DEMAND_ROOT, APPEAL_ROOT}:
        return False
    asked = [c for c in trigger.children if c.dep_ == "dobj"]
    asked += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"}
              for g in c.children if g.dep_ == "pobj"]
    return bool(asked) and all(a.lemma_.lower() in UNREPORTED["view_nouns"] for a in asked)


def own_promise(trigger: Token, code: str) -> bool:
    """A promise word's own intent (030) over an act that codes nothing and that no one receives:
    "promised to 'vote my conscience'", "pledged to build a wall": a politician's undertaking, no
    intent to cooperate with anyone. A promised act with a code of its own is coded by its frame
    ("vowed to retaliate" 13x), which replaces the word's own event; one made to someone ("promised
    Kyiv to send arms") or naming someone ("promised to democratize Serbia") is kept."""
    if not code.startswith(INTENT_ROOT) or trigger.lemma_.lower() not in UNREPORTED["promising_verbs"]:
        return False
    if any(c.dep_ in {"dative", "dobj"} or (c.dep_ == "prep" and c.lower_ == "to") for c in trigger.children):
        return False
    acts = [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
    # "promised to democratize Serbia", "vowed to shut down the prison at Guantanamo Bay", "vowing to
    # broaden its war to killing Americans": an act that names an actor or place is intent toward it
    # (034x) or a threat, coded through the promise word; kept
    return bool(acts) and not any(_names_actor(w) for act in acts for w in act.subtree)


def _names_actor(word: Token) -> bool:
    return word.pos_ == "PROPN" or word.ent_type_ in ACTOR_ENTITIES


def named_in_allegation(noun: Token) -> bool:
    """An event noun named inside the act someone is accused of ("accused Trump of using the
    shutdown to divert attention from Mueller's Russia investigation"): the investigation is a
    thing the accusation mentions, no event it reports. The alleged act's own noun ("accused Russia
    of launching airstrikes": the airstrikes, object of the gerund) is coded with it and kept."""
    if noun.pos_ != "NOUN":
        return False
    for verb in noun.ancestors:
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ACCUSED_PREPOSITIONS:
            if noun.head.i == verb.i and noun.dep_ == "dobj":
                return False
            accusing = verb.head.head
            accusing = accusing.head if accusing.dep_ == "dobj" else accusing  # "accused [militants of attacking]"
            return accusing.lemma_ in ALLEGING_HEADS
    return False


def blow_to_abstraction(trigger: Token, code: str) -> bool:
    """Force done to a thing no force reaches ("strangle the Iranian economy", "assaults on
    objective truth", "jobs were killed"): a figure of speech for harm, no use of force."""
    if code[:2] not in FORCE_ROOTS:
        return False
    if trigger.pos_ == "VERB":
        struck = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        struck = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                  for g in c.children if g.dep_ == "pobj"]
    return bool(struck) and all(s.lemma_.lower() in UNREPORTED["abstract_things"] for s in struck)


def press_question(trigger: Token, code: str, sources: list[Actor]) -> bool:
    """The press asking ("when a reporter asked him for a message", "Fox News asked the campaign
    for comment", "did not respond to CNN's request for clarification"): a journalist's question
    or request for comment is how news is gathered, no appeal (02x) to anyone. Only asking words:
    an outlet's editorial "calls for" a resignation is left to the coder."""
    return code.startswith(APPEAL_ROOT) and bool(sources) and all(s.role == OUTLET_ROLE for s in sources) \
        and trigger.lemma_.lower() in UNREPORTED["press_question_words"]


def press_refusal(trigger: Token, code: str) -> bool:
    """A press request turned down ("officials rejected an interview request", "turned down
    questions from reporters", "declined an interview"): the outlet's own formula for a silence, no
    rejection (12x) of anyone's proposal. Refusing a request from a state or a body ("rejected
    Kyiv's request for arms") is kept: what was asked for is no comment or interview. A request
    "for comment" (or an interview, a response) as the verb's object never gets here: the word
    senses run first and make it CAMEO's "decline comment" (011, senses._refuses_the_press)."""
    if not code.startswith(REJECT_ROOT) or trigger.pos_ != "VERB":
        return False
    refused = acted_on_all(trigger)
    return bool(refused) and all(_press_request(t) for t in refused)


def _press_request(noun: Token) -> bool:
    """A request or question for comment or an interview ("requests for comment", "an interview
    request", "questions from reporters"), or the interview itself ("declined an interview"; not
    "rejected the envoy's comments": words said, not asked for)."""
    if listed(noun, UNREPORTED["press_refused_things"]):
        return True
    if not listed(noun, UNREPORTED["press_request_nouns"]):
        return False
    asked = [c for c in noun.children if c.dep_ == "compound"] + objects_of(noun, {"for"})
    askers = objects_of(noun, {"from"})
    return any(listed(t, UNREPORTED["press_asked_things"]) for t in asked) \
        or (bool(askers) and all(_press(t) for t in askers))


def _press(asker: Token) -> bool:
    """Reporters or an outlet ("questions from journalists", "a request from Reuters")."""
    name = asker.doc[asker.left_edge.i:asker.i + 1].text if asker.pos_ == "PROPN" else ""
    return listed(asker, UNREPORTED["press_askers"]) or (bool(name) and outlet_by_name(name) is not None)


def contents(trigger: Token) -> bool:
    """What a thing holds ("the reports contained valuable information", "the bill contains
    provisions on Iran"): a verb of containing over contents names what is in a document, no act
    ("contained the protests", "to contain the virus" restrain something and are kept)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in UNREPORTED["containing_verbs"]:
        return False
    held = acted_on_all(trigger)
    return bool(held) and all(t.lemma_.lower() in UNREPORTED["content_nouns"] for t in held)


def collective_wish(trigger: Token) -> bool:
    """A wish held by several sides at once, said in the writer's present ("Democrats and
    Republicans want to prevent future attacks", "the Kurds, the Palestinians and the Baluch seek
    their own nations"): a coordination of plural groups in the simple present tells what they
    want in general, no intent announced and no act done, whether the wish word or the act wished
    carries the trigger. One side's wish ("Russia and China want to …", "the French president wants
    to meet …") or a wish someone is said to hold is left to the coder."""
    wish = trigger
    if trigger.lemma_.lower() not in WISH_HEADS and trigger.dep_ == "xcomp":
        wish = trigger.head  # "want to prevent": the act wished
    if wish.lemma_.lower() not in WISH_HEADS or wish.tag_ != "VBP" \
            or any(c.dep_ in {"aux", "auxpass", "neg", "mark"} for c in wish.children):
        return False
    if wish.dep_ == "ccomp" and wish.head.lemma_.lower() in BELIEVING_VERBS | SPEECH_LEMMAS:
        return False  # "Pelosi said Democrats and Republicans want …": a view told by someone
    subject = next((c for c in wish.children if c.dep_ == "nsubj"), None)
    plural = {"NNS", "NNPS"}
    return subject is not None and subject.tag_ in plural and any(c.tag_ in plural for c in subject.conjuncts) \
        and not any(c.dep_ in {"nummod", "poss"} for c in subject.children)


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def generic_view(clause: Token) -> bool:
    """A view held by a kind of people, said in the present over a thing named in general ("Muslims
    reject terrorism", "most Americans support stronger background checks", "99.9 percent of
    Muslims reject terrorism"): a nationality or faith as a plural with no one in particular (no
    determiner, owner, number or name), what it thinks as a rule, no one's act. A view of
    something definite or named ("Muslims condemn the attacks on churches") and acts ("Iranians
    protest") are left to the coder."""
    if clause.tag_ != "VBP" or clause.lemma_.lower() not in UNREPORTED["view_verbs"] \
            or any(c.dep_ in {"aux", "auxpass", "mark"} and c.lower_ not in {"do"} for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    group = subject
    if subject.lower_ in UNREPORTED["share_heads"] or subject.ent_type_ == "PERCENT":  # "99.9 percent of Muslims"
        group = next(iter(objects_of(subject, {"of"})), subject)
    if group.ent_type_ != "NORP" or group.tag_ not in {"NNS", "NNPS"} \
            or any(c.dep_ in {"det", "poss", "nummod", "compound", "prep", "relcl", "acl"} for c in group.children) \
            or any(c.dep_ == "amod" and c.lower_ not in UNREPORTED["generic_quantifiers"] for c in group.children):
        return False
    held = [c for c in clause.children if c.dep_ == "dobj"]
    if not held:
        return False
    said_of = [t for c in clause.children if c.i != subject.i and c.dep_ not in {"punct", "cc", "conj"} for t in c.subtree]
    return not any(t.ent_type_ or t.pos_ in {"PROPN", "PRON", "NUM"} or t.dep_ == "poss" or t.lower_ in DEFINITE for t in said_of)


def agreed_within(trigger: Token, code: str, sources: list[Actor]) -> bool:
    """A legislature or a party agreeing (or failing to agree) within itself ("Congress wasn't going
    to be able to agree on authorizing force", "party leaders agreed on a proposal", "lawmakers
    could not agree on a budget"): a body's own consensus on its business, no intent to cooperate
    with anyone (030). Agreeing with someone, to something someone offers, or to act ("agreed to
    fund", "Israel agreed on a ceasefire": a country, no deliberating body) is left to the coder."""
    if not code.startswith(INTENT_ROOT) or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in UNREPORTED["agreeing_verbs"]:
        return False
    if not sources or any(s.role not in UNREPORTED["deliberating_roles"] for s in sources) or len({s.country for s in sources}) > 1:
        return False
    for child in trigger.children:
        if child.dep_ in {"dobj", "dative", "xcomp", "ccomp"}:
            return False
        if child.dep_ == "prep" and child.lower_ not in UNREPORTED["agreed_on_prepositions"]:
            return False  # "agreed with the Senate", "agreed to the terms"
    return True


def thing_gives(trigger: Token, code: str, sources: list[Actor]) -> bool:
    """Giving by a thing ("the practice gives authorities access", "the law grants the president
    power", "the news conference gave Trump a stage") or by an outlet ("CNN gave him a platform"):
    what a policy, a law or an occasion makes possible, or what the press airs, no aid (07) from
    anyone. The act of someone who gives ("Germany gave Ukraine tanks") is kept."""
    if not code.startswith(AID_ROOT) or trigger.lemma_.lower() not in GIVING_VERBS:
        return False
    if sources and all(s.role == OUTLET_ROLE for s in sources):
        return True
    giver = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if giver is not None and giver.lower_ in {"which", "that"} and trigger.dep_ == "relcl":
        giver = trigger.head  # "a law that gives the president power"
    return giver is not None and giver.pos_ == "NOUN" and not giver.ent_type_ and listed(giver, UNREPORTED["giving_things"])


def abstract_gift(trigger: Token, code: str) -> bool:
    """Aid (07) whose every thing given is no goods, money or help ("they don't give Americans the
    full picture", "gave voters a sense of hope", "gives Iran an edge"): a figure of speech for an
    effect, nothing handed to anyone."""
    if not code.startswith(AID_ROOT) or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in GIVING_VERBS:
        return False
    given = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(given) and all(g.lemma_.lower() in UNREPORTED["abstract_gifts"] for g in given)


def probe_of(noun: Token, code: str, sources: list[Actor]) -> bool:
    """An inquiry named by what it looks into ("the Russian probe", "the Ukrainian investigation"):
    the nationality is what is probed, never the prober, and a noun naming a known inquiry tells of
    no new one. Only when that country is all the doer the coder found: "Mueller's Russian probe"
    (its owner) is kept."""
    if noun.pos_ != "NOUN" or not code.startswith(INVESTIGATE_ROOT) or not sources:
        return False
    named = {country.iso3 for c in noun.lefts if c.dep_ in {"amod", "compound"} and (country := demonym_country(c)) is not None}
    return bool(named) and all(s.kind == "country" and not s.role and s.country in named for s in sources)


def unarmed_force(noun: Token, code: str) -> bool:
    """A force noun (or a verb's object noun) whose own words say it was done without arms ("the
    Russian hacking and interference assault", "waged a disinformation offensive", "a charm
    offensive"): computers, words or money, no use of force (CAMEO has no code for it). Any word
    of the noun's phrase before it counts: the parser hangs such modifiers anywhere."""
    if code[:2] not in FORCE_ROOTS:
        return False
    if noun.pos_ == "NOUN":
        words = list(noun.doc[noun.left_edge.i:noun.i])
    else:  # "waged a disinformation offensive" (the parser may make "disinformation" the object itself)
        words = [t for c in noun.children if c.dep_ == "dobj" and c.pos_ == "NOUN" for t in c.doc[c.left_edge.i:c.i + 1]]
    return any(listed(t, UNREPORTED["unarmed_modifiers"]) for t in words)


def _year(token: Token) -> bool:
    """A bare year ("1989", "2016"), no day or month with it."""
    return token.like_num and len(token.text) == YEAR_DIGITS and token.ent_type_ == "DATE" \
        and not any(c.dep_ in {"compound", "nummod", "npadvmod"} for c in token.children)


def dated_force(noun: Token, code: str) -> bool:
    """A force noun named by its year ("the 1989 crackdown", "the Tiananmen Square massacre of
    1989", "the 2014 invasion"): a past event known by its date, told as background or as a
    comparison; the news names the day of an act it reports ("Tuesday's attack"). A verb with a
    year ("Jordan occupied the West Bank in 1948") tells an act and is left to the coder."""
    if noun.pos_ != "NOUN" or code[:2] not in FORCE_ROOTS:
        return False
    dates = [c for c in noun.children if c.dep_ in {"nummod", "compound", "amod", "npadvmod"}]
    dates += objects_of(noun, {"of", "in"})
    return any(_year(d) for d in dates)


def standing_hold(verb: Token, code: str) -> bool:
    """Territory held as a standing state ("the militia still controls the port", "the rebels
    control most of the north", "Israel occupies the Golan Heights"): a verb of holding in the
    present, or with "still", says who holds a place now, no seizure (192) done on a day. A taking
    ("captured the town", "seized control of") and a past hold ("occupied the West Bank in 1948")
    are left to the coder."""
    if not code.startswith(OCCUPY) or verb.pos_ != "VERB" or verb.lemma_.lower() not in UNREPORTED["holding_verbs"]:
        return False
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)
    return still or (verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))


def journey_purpose(verb: Token, code: str) -> bool:
    """Fighting as the purpose of a journey, with no one fought ("hundreds of British citizens have
    travelled to fight in Syria", "went to Syria to fight"): why people went, no fight reported
    (and the travellers' country is no party to it). "went to Syria to fight the Islamic State",
    "flew to the front to fight against the rebels" name whom they fight and are kept."""
    if not code.startswith(FIGHT_ROOT) or verb.pos_ != "VERB" or verb.dep_ not in {"xcomp", "advcl"} \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.head.lemma_.lower() not in UNREPORTED["journey_verbs"]:
        return False
    return not any(c.dep_ == "dobj" for c in verb.children) and not objects_of(verb, {"against", "on"})


def linked_headlines(sentence: Span, words: list[str] | None = None) -> list[tuple[int, int]]:
    """The token ranges (first, last, as doc indices) of linked headlines inside the sentence: a
    name glued to the first headline ("CollinsGOP", "GiulianiDem": the surname just written, then
    a capital) up to the "MORE" that closes the links; with no glued name in the sentence, a "MORE"
    closes links that the sentence began inside. No "MORE", no links ("YouTube" after "You" is a
    name). Their verbs are other stories' headlines, not the sentence's events. `words`: the
    sentence's token texts, when the caller has them."""
    if HEADLINE_LINK_END not in (words if words is not None else [t.text for t in sentence]):
        return []  # no closing "MORE": no links (most sentences), without the pass below
    seen: set[str] = set()
    start: int | None = None
    for token in sentence:
        glued = token.text[:1].isupper() and not token.text[1:].islower()  # "CollinsGOP": a capital inside the word
        if start is None and glued and token.is_alpha and any(
                token.text.startswith(name) and token.text[len(name)].isupper() for name in seen if len(token.text) > len(name)):
            start = token.i
        if token.is_alpha and token.text[0].isupper() and len(token.text) >= MIN_NAME:
            seen.add(token.text)
    ends = [t.i for t in sentence if t.text == HEADLINE_LINK_END and t.i > sentence.start]
    if start is None:
        return [(sentence.start, ends[-1])] if ends else []
    end = next((i for i in ends if i > start), None)
    return [(start, end)] if end is not None else []


# Not modality's `_normative`: that reads "supposed to" over any doer as an act not told (hypothetical), kept.
def rule_for_a_kind(clause: Token) -> bool:
    """A rule for a kind of people ("refugees are supposed to seek asylum in the first country they
    reach", "diplomats are required to report contacts with foreigners", "migrants are not allowed
    to work"): a bare plural in the present under a passive of duty or leave says what such people
    must or may do, no one's act. A time of its own ("were supposed to withdraw by Friday", "will
    be required to testify") or someone in particular ("the rebels are supposed to disarm") is left
    to the coder."""
    rule = clause.head
    if clause.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
            or rule.tag_ != "VBN" or rule.lemma_.lower() not in UNREPORTED["rule_participles"]:
        return False
    be = [c for c in rule.children if c.dep_ == "auxpass"]
    if not be or any(b.tag_ not in {"VBP", "VBZ"} for b in be) or any(c.dep_ == "aux" for c in rule.children):
        return False
    subject = next((c for c in rule.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and _kind_of_people(subject)


def _kind_of_people(noun: Token) -> bool:
    """A bare plural noun ("refugees", "foreign diplomats"): no determiner, owner, number or name."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" \
        and not any(c.dep_ in {"det", "poss", "nummod", "compound", "appos"} for c in noun.children)


def kind_in_present(trigger: Token, code: str) -> bool:
    """What a kind of people says or does as a rule, told in the writer's present ("lobbyists urge
    ministers to cut taxes", "populists blame Brussels for inflation", "mayors who praise the
    president and criticize the governor", "small nations want to join the bloc"): a plain plural
    present whose subject is a bare plural (no determiner, owner, number or name, nor a country's
    word before it) tells what such people do in general, no act of a day.
    Only acts of words and of cooperation (01–13): the trigger's own clause, or the verb whose
    infinitive it is ("want to censor"). Kept: speech and a claim with its content ("analysts say",
    "prosecutors allege that …": what is said now), a day or time ("negotiators meet again next
    week"), a negated or modal verb, a named kind ("Iranian officials accuse …": one country's
    people), a capitalised verb, a line with no full stop (a headline's present: "Lawmakers urge
    Trump to veto the bill") and what a speaker says of them ("voters blame Beijing, he said")."""
    if code[:2] not in VERBAL_ROOTS or trigger.pos_ != "VERB":
        return False
    verb = trigger.head if trigger.dep_ == "xcomp" and _subject(trigger) is None else trigger
    first = verb
    while first.dep_ == "conj" and _subject(first) is None:  # "who distrust it and reject …": the first verb's
        first = first.head
    if first.tag_ != "VBP" or verb.tag_ not in {"VBP", "VB"} or _headline_present(verb) \
            or any(v.lemma_.lower() in SPEECH_LEMMAS or any(c.dep_ in {"aux", "auxpass", "neg", "ccomp"} for c in v.children)
                   or any(t.ent_type_ in {"DATE", "TIME"} for t in v.subtree) for v in {verb, first}):
        return False
    if first.dep_ == "ccomp" and first.head.lemma_.lower() in BELIEVING_VERBS | SPEECH_LEMMAS:
        return False  # "voters blame Beijing, the senator said": a claim someone makes about them
    doer = _subject(first)
    if doer is not None and doer.tag_ in {"WP", "WDT"} and first.dep_ == "relcl":
        doer = first.head  # "senators who refuse": the noun the relative clause is on
    return doer is not None and _kind_of_people(doer) and not any(c.ent_type_ or c.pos_ == "PROPN" for c in doer.lefts)


def _headline_present(verb: Token) -> bool:
    """A headline's present ("Lawmakers Urge Trump to veto the bill", a line with no full stop):
    a capitalised verb or a line that does not end as a sentence tells the day's news."""
    end = next((t for t in reversed(verb.sent) if not t.is_quote), verb)
    return verb.text[:1].isupper() or end.text not in SENTENCE_STOPS


def present_naming(trigger: Token) -> bool:
    """A thing named in the writer's present ("Democrats call this an interim bill", "they call it
    rage", "the agency describes the plant as the largest in the world"): a naming verb in the
    plain present whose object is a thing says how someone sees it as a standing view, no criticism
    or praise voiced on a day. Kept: a person named ("Gates calls Biden a man of integrity": his
    book's praise of someone), a past or perfect ("called it a hoax"), a day or time on the verb
    ("calls it a disgrace on Monday"), a speaker's own naming ("we call it a hoax": said as it is
    quoted) and a headline's present ("Trump calls the report 'fake'")."""
    if not _plain_present(trigger) or not gives_a_name(trigger) or _headline_present(trigger):
        return False
    doer, named = _subject(trigger), next((c for c in trigger.children if c.dep_ == "dobj"), None)
    return named is not None and _thing(named) and not (doer is not None and doer.lower_ in FIRST_PERSON) \
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.subtree)


def _thing(word: Token) -> bool:
    """"this", "it", "the effort", "the plant": a common noun or a pronoun of a thing, naming no one."""
    if word.pos_ == "PRON":
        return word.lower_ in UNREPORTED["thing_pronouns"]
    return word.pos_ == "NOUN" and not word.ent_type_


# Not modality's `_acts_on_nothing`: that keeps an act on "no evidence" or "nobody" as negated; here nothing is all.
def nothing_done(verb: Token) -> bool:
    """An act whose only object is "nothing" ("in the end the two leaders agree to nothing", "Iran
    promised nothing to the inspectors", "nothing was agreed at the summit"), or "much" or
    "anything" under a negation ("the coalition can't agree on much", "did not promise anything"):
    nothing was done, so no event. "will accept nothing less than a full withdrawal" asks for
    something and is kept."""
    if verb.pos_ != "VERB":
        return False
    nothing = UNREPORTED["nothing_words"]
    if any(c.dep_ == "neg" for c in verb.children):
        nothing = nothing | UNREPORTED["negated_nothing_words"]
    done = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] or objects_of(verb, {"to", "on", "upon"})
    return bool(done) and all(d.lower_ in nothing and d.n_lefts + d.n_rights == 0 for d in done)


def generic_reasoning(trigger: Token) -> bool:
    """An argument put to a generic "you" or "one" with a modal of possibility ("you might even argue
    that the isolation is a sign of America's commitment", "one could say the talks were a
    success"): the writer's reasoning offered to the reader, no one's claim and no act reported. A
    named or present speaker ("Schumer argued", "you said", "no one can say") is left to the coder."""
    return any(verb.lemma_.lower() in BELIEVING_VERBS | SPEECH_LEMMAS
               and any(c.dep_ == "nsubj" and c.lower_ in UNREPORTED["generic_reasoners"] and c.n_lefts + c.n_rights == 0 for c in verb.children)
               and any(c.dep_ == "aux" and c.lower_ in UNREPORTED["conjecture_modals"] for c in verb.children)
               for verb in [trigger, *trigger.ancestors])


def heading(noun: Token) -> bool:
    """An event noun on a line with no verb and no one named with it ("Negotiations between the
    United Kingdom and the European Union", "Russian cooperation, links"): a document's heading
    names a topic, no act. An owned act ("Putin's stealth invasion, right out in the open") is a
    headline's event and is kept, as is a name before or beside the noun ("Trump attacks Pelosi":
    a headline whose verb the parser took for a noun). A line closed by a full stop is a sentence
    whose verb the parser may have missed ("In March, Obama pledges aid to the rebels."), unless it
    is the noun alone ("Talks.")."""
    line = noun.sent
    if noun.pos_ != "NOUN" or any(c.dep_ in {"poss", "compound", "nmod", "appos"} for c in noun.children) \
            or any(t.pos_ in {"VERB", "AUX"} for t in line):
        return False
    words = [t for t in line if not t.is_punct]
    end = next((t for t in reversed(line) if not t.is_quote), noun)
    return len(words) == 1 or end.text not in SENTENCE_STOPS


VERBAL_ROOTS = frozenset({f"{root:02d}" for root in range(1, 14)})  # 01–13: what is said, not done


def habitual_present(trigger: Token, code: str) -> bool:
    """An act of words told as a habit in the writer's present ("Pyongyang regularly threatens to
    destroy Seoul", "Tehran constantly accuses its neighbours of meddling"): a plain present with
    an adverb of habit says what keeps being said, no threat or charge made on a day. The habit may
    sit on the verb whose infinitive the trigger is ("regularly threatens to destroy": the threat).
    A practice of force ("the army routinely shells villages") is left to the coder, as are a
    modal or a perfect ("will always defend", "has always blamed": see `standing_charge`)."""
    if trigger.pos_ != "VERB":
        return False
    if code[:2] in VERBAL_ROOTS and _habit_in_present(trigger):
        return True
    return trigger.dep_ == "xcomp" and _habit_in_present(trigger.head)


def _habit_in_present(verb: Token) -> bool:
    """"regularly threatens", "constantly accuse": a simple present with an adverb of habit."""
    return verb.pos_ == "VERB" and verb.tag_ in {"VBZ", "VBP"} \
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ in UNREPORTED["present_habit_adverbs"] for c in verb.children)


def view_rejected(trigger: Token, code: str) -> bool:
    """A proposition rejected as a view ("we reject the belief that Britain has to pick a side",
    "rejected the idea that its missiles threaten Europe"): a noun of belief with its "that" clause
    is an argument denied, no actor or proposal rejected (12). "rejected the idea of talks" (a
    proposal), "rejected the claim that …", a charge denied as a notion ("dismissed the notion that
    the freeze was linked to the inquiry", 016) and an idea called a name ("called the idea that
    Washington could buy the island absurd", 111: criticism of whoever had it) are left to the coder."""
    if not code.startswith(REJECT_ROOT) or trigger.pos_ != "VERB":
        return False
    rejected = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(rejected) and all(r.lemma_.lower() in UNREPORTED["rejected_views"] and _holds_that_clause(r) for r in rejected)


def _holds_that_clause(noun: Token) -> bool:
    """"the belief that Britain has to pick": a clause opened by "that" hangs on the noun."""
    return any(c.dep_ in {"acl", "ccomp", "relcl"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in noun.children)


def office_holders_rally(trigger: Token, code: str, sources: list[Actor]) -> bool:
    """A rally (the noun) held by a government, a legislator, a party or a former official ("Trump
    later held a rally in nearby St. Louis", "at Trump's rallies there are frequent chants"): a
    campaign or supporters' event, not the protest against someone that CAMEO's 14 codes. A rally
    against someone ("a rally against the government", "against President Maduro") is a protest
    whoever holds it, and one held by civilians, an opposition or a union is kept."""
    if trigger.pos_ != "NOUN" or not code.startswith(PROTEST_ROOT) or trigger.lemma_.lower() not in UNREPORTED["rally_nouns"]:
        return False
    if not sources or not all(s.role in UNREPORTED["office_roles"] for s in sources):
        return False
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]  # "held a rally against …"
    return not any(c.dep_ == "prep" and c.lower_ in UNREPORTED["protested_prepositions"] for h in holders for c in h.children)


def sourcing_terms(trigger: Token) -> bool:
    """A source's terms for talking to the press ("an official who requested anonymity to speak
    candidly", "the diplomats insisted on anonymity", "spoke to Reuters on condition of anonymity",
    "asked not to be named", "declined to be identified", "because they were not authorised to brief
    reporters"): how the news was gathered, no request (02), demand (10), refusal or talk with
    anyone. The trigger is such a verb or sits in a clause that hangs on one (its purpose or
    reason). What the source said ("said on condition of anonymity that Iran attacked": the content
    clause, or the saying verb that carries it) is the news and is kept."""
    below: Token | None = None
    for verb in [trigger, *trigger.ancestors]:
        if _asks_anonymity(verb) and (below is not None or not any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)):
            return True
        if below is not None and below.dep_ == "xcomp" and _lacks_press_leave(verb) \
                and below.lemma_.lower() in UNREPORTED["press_telling_verbs"] \
                and all(_press(t) for t in objects_of(below, {"to", "with"})):
            return True  # "not authorised to brief reporters"; not "… to talk to the Afghan government"
        if verb.dep_ in {"ccomp", "parataxis"}:
            return False  # what the source said: the news
        below = verb
    return False


def _asks_anonymity(verb: Token) -> bool:
    """"requested anonymity", "spoke on (the) condition of anonymity", "asked to remain anonymous",
    "asked not to be named", "declined to be identified": anonymity as the thing asked for or
    spoken on, or a passive of naming as what the source wants (not) to be."""
    asked = [c for c in verb.children if c.dep_ == "dobj"] + objects_of(verb, {"on", "for", "under", "with"})
    asked += [o for a in asked for o in objects_of(a, {"of"})]  # "on condition of anonymity"
    if any(a.lemma_.lower() in UNREPORTED["anonymity_words"] for a in asked):
        return True
    wished = [c for c in verb.children if c.dep_ == "xcomp"]
    return any(w.lower_ in UNREPORTED["unnamed_participles"] and any(c.dep_ == "auxpass" for c in w.children)
               or any(c.dep_ in {"acomp", "oprd"} and c.lower_ in UNREPORTED["anonymity_words"] for c in w.children)
               for w in wished)


def _lacks_press_leave(word: Token) -> bool:
    """"was not authorized", "unauthorized": the leave to speak, denied."""
    if word.lower_ not in UNREPORTED["press_leave_words"]:
        return False
    return word.lower_.startswith("un") or any(c.dep_ == "neg" for c in word.children)


# What a bare question's verb may carry besides the one asked: its subject, auxiliaries, adverbs, a time.
BARE_QUESTION_PARTS = frozenset({"nsubj", "dobj", "aux", "neg", "advmod", "npadvmod", "punct", "cc", "mark"})


def question_put(verb: Token, code: str) -> bool:
    """A verb of asking with no one asked for anything: only the person asked and a time ("Warren
    asked Pompeo.", "she put it to the Foreign Affairs Committee: …, she asked the panel again"):
    it tells who was put a question that the text quotes around it, no appeal (02). What is asked
    for ("asked Congress for authorization", "asked him to resign", "asked whether ...", "what
    Trump is asking") is kept."""
    if not code.startswith(APPEAL_ROOT) or verb.pos_ != "VERB" or verb.lemma_.lower() not in UNREPORTED["questioning_verbs"]:
        return False
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    return len(asked) == 1 and (_names_actor(asked[0]) or _person_pronoun(asked[0]) or listed(asked[0], UNREPORTED["question_nouns"])) \
        and all(c.dep_ in BARE_QUESTION_PARTS for c in verb.children)


def _person_pronoun(word: Token) -> bool:
    """"him", "them", "her": a person asked (not "what" or "it": a thing asked for)."""
    return word.tag_ == "PRP" and word.lower_ != "it"


STANCE_ROOTS = frozenset({INTENT_ROOT, ENDORSE_ROOT})  # express intent to cooperate; diplomatic cooperation


def stance_held(word: Token, code: str) -> bool:
    """A stance or a tie named as a state ("lawmakers question Tehran's commitment to peace", "a
    sign of America's commitment to its principles", "cooperation between the regimes will foil
    the plans", "because the party is committed to avoiding a hard border", "they are moderate and
    committed to a united country"): "commitment" or "cooperation" as a noun, or "committed" after
    a copula, says what holds between parties, no intent expressed (03) nor cooperation begun (05)
    on a day. Voiced, it is an event and is kept: the noun as what a verb of voicing or getting
    takes, or with one on it as a participle or a relative clause ("stressed the Palestinian
    commitment", "won a commitment from Iran", "Rouhani's stated commitment", "the commitment Kyiv
    made"), the state as what someone says ("Assad said his government is committed to the
    deal", "reaffirmed that both are committed"). The verb ("Iran has committed to limits", "the
    Taliban committed not to") is an act, left to the coder."""
    if code[:2] not in STANCE_ROOTS:
        return False
    if word.pos_ == "NOUN":
        noun = word
        while noun.dep_ == "conj":
            noun = noun.head  # "the cooperation and commitment they stressed"
        voicing = [noun.head] if noun.dep_ in {"dobj", "nsubjpass"} else []
        voicing += [c for c in word.children if c.dep_ in {"amod", "acl", "relcl"}]
        return word.lemma_.lower() in UNREPORTED["stance_nouns"] and not any(listed(v, UNREPORTED["voicing_verbs"]) for v in voicing)
    if word.lower_ not in UNREPORTED["stance_participles"] or word.dep_ not in {"acomp", "conj"} \
            or any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in word.children):
        return False  # "has committed", "Iran committed to": the verb
    state = word
    while state.dep_ == "conj" and state.head.lemma_.lower() not in UNREPORTED["stance_copulas"]:
        state = state.head  # "is cautious and committed to …": the first of the predicates
    copula = state.head
    return state.dep_ in {"acomp", "conj"} and copula.lemma_.lower() in UNREPORTED["stance_copulas"] and not _told(copula)


def _told(clause: Token) -> bool:
    """A clause that is what someone says: one opened by "that" (a content clause, wherever the parse
    hung it) or what a verb of saying or reporting gives as its content (`reported`: "Assad said his
    government is …"), itself or as the conjunct of one."""
    while not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        if clause.dep_ != "conj":
            return reported(clause)
        clause = clause.head
    return True


# Acts that people at large do as well as anyone: a crowd protesting or demanding ("people took to
# the streets", "people demand justice"), violence by persons unknown ("people were shooting"); and
# speech, which is no stored act of its own.
CROWD_ROOTS = frozenset({STATEMENT_ROOT, PROTEST_ROOT, DEMAND_ROOT}) | FORCE_ROOTS


def people_at_large(trigger: Token, code: str) -> bool:
    """An act whose doer is people at large ("people who have traveled to Syria could not speak",
    "information investigated by people who are not partisan", "people who have interacted with
    the envoy say …", "it is time people start moving to a better rifle"): "people" with no
    determiner, number, owner, name, kind or place on it is anyone at all, no actor, and what
    anyone does tells of no event (the coder would store it as civilians of some country). Counted
    people ("two people close to the talks", "thousands of people"), some people ("some people
    have accused Beijing"), people of somewhere ("the Iraqi people", "people in Gaza", "people
    here"), people a clause ties to a named body ("people working for the Red Cross"), a crowd's
    act told in a past ("last month people accused the army of looting": a crowd on a day) and a
    crowd's statement, demand, protest or violence are left to the coder."""
    if code[:2] in CROWD_ROOTS or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    doer, clause_of_subject = _doer_said_of(trigger)
    if doer is None or not _anyone(doer):
        return False
    # A plain subject tells of people at large only in a plain present ("people allege", "it is time
    # people start moving"); a past ("last month people accused the army") is a crowd on a day.
    return clause_of_subject is None or clause_of_subject.tag_ in {"VBP", "VBZ"}


def _doer_said_of(verb: Token) -> tuple[Token | None, Token | None]:
    """The noun a verb's act is told of: its subject (through an infinitive or a conjunct that has
    none of its own, or an infinitive of purpose: "stop fighting to keep things and start moving"),
    its passive's agent ("investigated by people"), or the noun its relative or participle clause
    is on ("people who have traveled", "people invited to the memorial"); and, where the noun is
    the plain subject of a main clause's verb ("people accused the army"), that verb."""
    while (verb.dep_ in {"xcomp", "conj"} or (verb.dep_ == "advcl" and to_infinitive(verb))) \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        if verb.dep_ == "xcomp":  # "people asked Hamas to release them": Hamas would release
            asked = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if asked is not None:
                return asked, None
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.dep_ == "relcl":
        return (verb.head if subject.tag_ in {"WP", "WDT"} else subject), None
    if subject is not None:
        return subject, verb
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent, None
    return (verb.head if verb.dep_ == "acl" else None), None


def _anyone(noun: Token) -> bool:
    """"people", "people who …": a noun of people at large with nothing on it that says which (no
    determiner, number, owner, name, kind or place), alone and not counted ("thousands of
    people"). "Some people have accused Beijing" tells of a group, unnamed but real, and is kept."""
    if noun.lower_ not in UNREPORTED["anyone_nouns"] or noun.conjuncts:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return False  # "thousands of people", "a number of people"
    if any(c.dep_ in {"det", "poss", "nummod", "amod", "compound", "appos", "prep", "nmod", "advmod"} for c in noun.children):
        return False  # "people there accused the police": people of a place
    return not any(_serves_a_body(c) for c in noun.children if c.dep_ in {"acl", "relcl"})


def _serves_a_body(clause: Token) -> bool:
    """"People trusted by the Kremlin", "people working for the Red Cross": a clause that ties the
    people to a named body (its passive's agent, or "for" it) says whose they are: actors, not anyone."""
    bodies = [g for c in clause.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "for")
              for g in c.children if g.dep_ == "pobj"]
    return any(g.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} for g in bodies)
