"""Modality and frames: whether an event happened, is planned, demanded, denied, negated, only
hypothetical, alleged (someone accuses or claims it) or desired (someone wants it), read from auxiliaries, negation and the
verbs that govern its clause; and the frame an action sits under ("vowed to retaliate", "urged X to", "said that …")."""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from spacy.tokens import Span, Token

from newsevents import grammar
from newsevents.events.framing import (
    CONDITION_MARKS,
    FRAME_ADJECTIVES,
    FRAME_MODALITY,
    FRAME_VERBS,
    NOUN_FRAME_PREPOSITIONS,
    Frame,
    asking_verb,
    desiring_verb,
    is_conflictual,
)
from newsevents.events.lexicon import (
    SPEECH_LEMMAS,
    STATING_WITH_CLAUSE,
    misread_verb,
)
from newsevents.events.senses import (
    FORCE_ROOTS,
    aim_with_fronted_object,
    assurance,
    obliged,
    tables,
    thing_threatens,
)
from newsevents.facts.agents import role_of
from newsevents.grammar import (
    PLANNING_HEADS,
    according_to,
    first_conjunct,
    listed,
    objects_of,
    own_subject,
    purpose_infinitive,
    to_infinitive,
    verb_listed,
)
from newsevents.lang.en.actors import UNNAMED_PERSON_NOUNS
from newsevents.lang.en.events import (
    ADVICE_AUX,
    ADVISING_HEADS,
    ADVOCATING_HEADS,
    ALLEGING_HEADS,
    ALLEGING_NOUNS,
    ALLEGING_SOURCES,
    ALLOWING_VERBS,
    ANNOUNCING_VERBS,
    ASSERTING_PREPOSITIONS,
    ATTEMPT_HEADS,
    BELIEVED_FACT_HEADS,
    CLAIM_CONTENT_NOUNS,
    CLAIM_NOUNS,
    COMMENT_VERBS,
    CONTRAST_WORDS,
    DEMANDING_HEADS,
    DENYING_HEADS,
    DISCUSSING_HEADS,
    ENDING_VERBS,
    FACTIVE_FEELING_VERBS,
    FAILING_HEADS,
    FAILURE_WORDS,
    FORECAST_NOUNS,
    FUTURE_AUX,
    HEARING_NOUNS,
    HYPOTHETICAL_AUX,
    IMPLYING_VERBS,
    INFORMING_VERBS,
    JOINING_VERBS,
    LEAVING_VERBS,
    LIGHT_VERBS,
    MANDATIVE_VERBS,
    MODALITY_CLASSES,
    NEED_NOUNS,
    NOTING_VERBS,
    OVERDUE_NOUNS,
    PARTICIPATION_VERBS,
    PERSON_NOUNS,
    PLAN_NOUNS,
    PRESSING_VERBS,
    PURPOSE_PARTICIPLES,
    RESTRICTING_ADVERBS,
    ROADMAP_NOUNS,
    SEEMING_VERBS,
    SUSPECTING_NOUNS,
    TESTIFYING_HEADS,
    WEEKDAYS,
    WISH_HEADS,
)
from newsevents.lang.en.events import OBLIGATION_AUX as OBLIGATION_AUX
from newsevents.lang.en.events import TENTATIVE_AUX as TENTATIVE_AUX
from newsevents.lang.en.grammar import CLOSING_QUOTES, DASHES, DOUBLE_QUOTES, OPENING_QUOTES
from newsevents.model import Modality

GOVERNING_HEADS = DENYING_HEADS | DEMANDING_HEADS | ALLEGING_HEADS | FAILING_HEADS | SEEMING_VERBS
GENERIC_QUANTIFIERS = {"most", "many", "all", "some", "few"}
FRAME_CLIMB = {"xcomp", "ccomp", "pcomp", "acomp"}
# How a credit after a clause hangs on it: an aside, a complement or a conjunct ("…, the ministry said").
CREDIT_DEPS = frozenset({"parataxis", "ccomp", "conj", "advcl"})


def forecast(token: Token) -> bool:
    """A clause that is someone's view or guess, not news: under a verb of belief or forecast
    ("analysts predict Iran will seek …", "fears that Turkey will invade"), an adjective of
    likelihood ("it seems doubtful he will serve", "are likely to meet") or a hedging adverb
    ("will likely call")."""
    words = tables()
    for ancestor in [token, *token.ancestors]:
        if _circumstance(ancestor):
            return False  # "Iraqi forces, now being trained by the US, (will likely be ready)": their state now, no guess
        if any(c.dep_ == "advmod" and (c.lower_ in words["hedge_adverbs"] or c.lower_ in MODALITY_CLASSES["forecast_adverbs"])
               for c in ancestor.children):
            return True  # "will likely call", "they'll invariably pull back": a guess or a forecast
        if ancestor.i != token.i and ancestor.pos_ == "ADJ" and ancestor.lemma_.lower() in words["hedge_adjectives"]:
            return True
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in words["forecast_heads"] \
                and not _believed_fact(ancestor):
            return True
        if ancestor.dep_ == "ccomp" and _spells_out_a_guess(ancestor.head):
            return True  # "the fear now is that Putin will …"
        if ancestor.dep_ not in {"xcomp", "ccomp", "conj", "advcl", "acomp"} or _reporters_aside(ancestor, ancestor.head):
            return False  # "worried the US could act, saying talks must …": the saying is the reporter's, no guess
    return False


def _hedged(verb: Token) -> bool:
    """"Will probably not attack", "likely won't retaliate", "will invariably pull back": a
    clause with an adverb of likelihood or forecast is a guess about it, whatever it says."""
    words = tables()["hedge_adverbs"] | MODALITY_CLASSES["forecast_adverbs"]
    return any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children)


def _spells_out_a_guess(verb: Token) -> bool:
    """"The fear is that …", "the risk is that …": a "be" whose subject is a noun of a guess or a fear."""
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in FORECAST_NOUNS
                                       for c in verb.children)


def quoted(token: Token) -> bool:
    """Inside quotation marks in its sentence: the speaker's own words."""
    depth = 0
    straight = 0
    for other in token.sent:
        if other.i >= token.i:
            break
        if other.text in OPENING_QUOTES & CLOSING_QUOTES:
            straight += 1
        elif other.text in OPENING_QUOTES:
            depth += 1
        elif other.text in CLOSING_QUOTES:
            depth -= 1
    return depth > 0 or straight % 2 == 1


WH_TAGS = {"WDT", "WP", "WP$", "WRB"}


def asked(token: Token) -> bool:
    """Inside a direct question ("Will Russia invade?", "Who ordered the strike?", "What would
    Trump do if he wants to send troops?"): a question tells of no event, rhetorical or not, so
    nothing in it is stored. The clause the question mark closes, or any clause above the token
    asked in the question's form (an auxiliary before its subject, or a wh-word first); a
    statement joined to the question ("Russia invaded in 2022, so why is Europe still buying?")
    is still told."""
    sentence = token.sent
    marks = [t for t in sentence if t.text == "?"]
    if not marks:
        return False
    chain = [token, *token.ancestors]
    closed = {mark.head.i for mark in marks}
    return any(clause.i in closed or _interrogative(clause) for clause in chain)


def untold(token: Token) -> bool:
    """Whether the clause of `token` tells of no event at all: a direct question, a generic
    statement about a kind of people ("Most people ignore or reject arguments that …", "all
    consumers may request a report"): what such people do as a rule, no one's act; or the idiom
    of fault "are to blame for the setback", which judges its subject, who blames no one."""
    return asked(token) or generic(token) or at_fault(token) or desired_thing(token)


def in_writers_words(token: Token, reports_count: bool = False) -> bool:
    """Whether `token` is told in the writer's own words: outside quotation marks, with no account
    ("…, the ministry said"), no "according to" over it and, where `reports_count`, no verb of
    reporting over it ("said he wanted to ban …")."""
    return not quoted(token) and account_of(token) is None \
        and not any(according_to(t) or (reports_count and reported(t)) for t in [token, *token.ancestors])


def desired_thing(verb: Token) -> bool:
    """"Johnson wants elections as soon as possible", "the U.S. wanted a right-wing regime", "how
    much Trump wants this summit": a verb of desire with a thing as its object, in the writer's own
    words, tells what someone wishes for, a state of mind: no appeal or intent is voiced to anyone
    (CAMEO's "want" patterns code one asked for aloud). Said by the one who wants it ("said it wants
    talks", "'we want elections'", "…, according to the ministry") it is their appeal, and is kept;
    so is one asked of another ("wants Iran to talk": an infinitive or clause under it)."""
    if verb.pos_ != "VERB" or not desiring_verb(verb) \
            or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children) \
            or not any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children):
        return False
    return in_writers_words(verb, reports_count=True)


def _desire_held(verb: Token) -> bool:
    """"Chinese leaders want to censor the reports", "they wanted to overthrow the government": a
    verb of desire over an act of the subject's own (a to-infinitive, no one else asked: not
    "wants Iran to talk"), told in the writer's own words, is a wish held, a state of mind (as
    `desired_thing` reads a wish for a thing). Said by the one who wants it ("said he wanted to ban
    …", "'we want to talk'") it is their stated intent, kept. With an auxiliary ("would want to")
    or under a condition, the clause's own reading stands. (The caller reads only hostile acts so:
    a hostile wish no one voiced is no threat, as a plot is none; "wants to help Israel" is
    CAMEO's intent, 03x, however told.)"""
    if verb.pos_ != "VERB" or not desiring_verb(verb) \
            or any(c.dep_ in {"dobj", "dative", "ccomp"} for c in verb.children) or grammar.auxiliaries(verb) \
            or not any(c.dep_ == "xcomp" and to_infinitive(c) and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                       for c in verb.children) \
            or _supposed(verb):
        return False
    return in_writers_words(verb, reports_count=True)


def _desired_act(verb: Token, act: Token) -> bool:
    """"Pyongyang wants to begin talks", "Obama wanted the US to end the wars", "hopes to compel
    Iran": an act under a verb of desire is wished for, not announced (a plan, "intends to", "will")
    nor asked aloud (the wish's own event, when it is voiced, is the appeal or intent: `framing`)."""
    return verb.pos_ == "VERB" and desiring_verb(verb) and act.dep_ == "xcomp" and not _negated(verb)


def _hoped_for(noun: Token, below: Token) -> bool:
    """"In the hopes of hammering out a deal", "in the hope that Iran returns to talks": an act a
    noun of hope or wish holds (a gerund or noun after its "of", its "that" clause) is wished for,
    as under the verb (`_desired_act`). Not "want", whose noun is a lack ("for want of a deal")."""
    if noun.pos_ != "NOUN" or not desiring_verb(noun) or noun.lemma_.lower() == "want":
        return False
    return (below.dep_ == "prep" and below.lower_ == "of") or (below.dep_ in {"acl", "ccomp"} and _that_clause(below))


def at_fault(token: Token) -> bool:
    """"Republican senators are to blame for the setback": "be" with a bare infinitive of fault and
    no object is an idiom of who is responsible, not a plan ("is to visit Moscow") nor anyone's
    act of blaming ("blame Russia for the attack" names whom it blames)."""
    return token.dep_ in {"xcomp", "attr"} and token.head.lemma_ == "be" and to_infinitive(token) \
        and token.lemma_.lower() in MODALITY_CLASSES["fault_infinitives"] \
        and not any(c.dep_ == "nsubj" or (c.dep_ == "dobj" and c.i > token.i) for c in token.children)  # "that" before it is the relative


def generic(token: Token) -> bool:
    """A clause in the present (or with "can", "may") whose subject is a plural noun led by a
    quantifier ("most people", "many voters", "all consumers"): a rule or a permission, no act; or
    one in any tense whose subject is led by "few" ("very few people are calling for …"): hardly
    anyone, no act told either."""
    for clause in [token, *token.ancestors]:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None:
            if clause.dep_ != "conj":
                return False
            continue  # "… and ignore or reject arguments": the first conjunct's subject
        auxiliaries = grammar.auxiliary_words(clause)
        present = clause.tag_ in {"VBP", "VBZ"} and not auxiliaries or (clause.tag_ == "VB" and auxiliaries <= {"can", "may"} and auxiliaries)
        if _few(subject):
            return True  # "very few people are calling for an inquiry": hardly anyone, in any tense
        return bool(present) and subject.tag_ == "NNS" and (any(
            c.dep_ in {"det", "amod"} and c.lower_ in GENERIC_QUANTIFIERS and c.i == subject.left_edge.i for c in subject.children)
            or _habitual(clause, subject))
    return False


def _few(subject: Token) -> bool:
    """"(Very) few people", "fewer countries": a subject led by a negative quantifier (not "a few",
    which is some, nor "fewer than 20 people", a number) says hardly any did it: no act told."""
    words = MODALITY_CLASSES["negative_quantifiers"]
    return any(c.dep_ in {"amod", "det"} and c.lower_ in words and c.i + 1 < len(c.doc) and c.nbor(1).lower_ != "than"
               and not any(g.lower_ == "a" for g in c.children) and not (c.i > 0 and c.nbor(-1).lower_ == "a")
               for c in subject.children)


def _habitual(clause: Token, subject: Token) -> bool:
    """"Reporters ask lots of pesky questions during campaigns": a bare plural of a kind of people
    (no determiner, number or name) doing something in the simple present, with nothing definite
    or named anywhere in the clause (no "the venue", "Manafort", "in the Virginia case") and no
    time, is what such people do as a rule."""
    if subject.pos_ != "NOUN" or any(c.dep_ in {"det", "poss", "nummod", "compound", "amod"} for c in subject.children) \
            or clause.tag_ != "VBP" or any(c.dep_ in {"aux", "auxpass", "neg"} for c in clause.children):
        return False
    definite = {"the", "this", "these", "those", "that"}
    return not any(t.ent_type_ or t.pos_ in {"PROPN", "PRON", "NUM"} or t.dep_ == "poss" or t.lower_ in definite
                   or t.lower_ in tables()["future_time_words"] for t in clause.subtree)


def _interrogative(clause: Token) -> bool:
    """A clause in a question's form: "did Iran attack", "is Iran behind it", "who ordered"."""
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ in {"relcl", "acl", "amod", "pcomp"}:
        return False  # "the man who ordered the strike" is no question
    subject = _subject_index(clause)
    if subject >= len(clause.doc):
        return False
    if clause.i < subject and clause.lemma_ in {"be", "have", "do"} and clause.tag_ != "VBG":
        return _first_word(clause).i == clause.i or _first_word(clause).tag_ in WH_TAGS  # "Is Iran behind it?"
    if any(c.i < subject for c in grammar.auxiliaries(clause)):
        return not any(c.dep_ == "mark" for c in clause.children)  # "Did Iran attack?", not "if Iran had attacked"
    first = _first_word(clause)
    return first.tag_ in WH_TAGS and first.lower_ not in {"that", "which"} and first.i <= subject


def _first_word(clause: Token) -> Token:
    """The clause's first word, past punctuation and a joining "and", "but", "so"."""
    return next((t for t in clause.subtree if not t.is_punct and t.dep_ not in {"cc", "advmod"} or t.tag_ in WH_TAGS), clause)


def unstated_supposition(modality: Modality, clause: Token) -> bool:
    """A supposition that no one is reported to make: "if Obama manages to defeat Romney", "the
    pilots would likely use their planes", "Russia could use its veto": the writer's guess or
    condition, no act done, announced or threatened, and CAMEO codes none. Under a frame of its
    own ("said Russia would retaliate if …", "vowed to strike if attacked") it is someone's
    statement or threat and is kept, as is a condition inside one ("said that if Iran refuses, he
    will end the deal": a frame above the clause it hangs from)."""
    return modality == "hypothetical" and not _warned_off(clause) \
        and all(_frame_of(token) is None and not reported(token) for token in [clause, *clause.ancestors])


def _warned_off(clause: Token) -> bool:
    """"Warned Trump not to call for …", "the United States should not recognize Jerusalem": an act
    someone is asked or warned not to do is a statement about it, not the writer's guess; the one
    asked is named (a name or a pronoun as the subject, or the object of the verb of asking), not a
    thing ("the resignation should not preclude him …" asks nothing of the resignation)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    named = subject is None or subject.pos_ in {"PROPN", "PRON"} or bool(subject.ent_type_)
    return named and asked_to_refrain(clause)


def asked_to_refrain(clause: Token) -> bool:
    """"Abbas said the United States should not recognize Jerusalem", "warned Trump not to call
    for …": a negated act under a modal of advice or obligation, or asked, told or warned off by
    the verb above it, is asked to be left undone: hypothetical, whoever asks it, neither negated
    (told as not done) nor demanded (which reads as a demand FOR the act)."""
    return _negated(clause) and _asked_not_to(clause)


def reported(clause: Token) -> bool:
    """What a verb of saying or reporting gives as its content: "indicated that he would visit
    Moscow if …", "argued that Obama could have won …"."""
    head = clause.head.lemma_.lower()
    return clause.dep_ == "ccomp" and (head in SPEECH_LEMMAS or head in STATING_WITH_CLAUSE or head in tables()["reporting_heads"]
                                       or head in INFORMING_VERBS)


# CAMEO's 014 "consider policy option": weighing an act is neither promising (03) nor threatening (13) it.
CONSIDERED_POLICY = "014"
PROMISE_OR_THREAT_ROOTS = ("03", "13")
THREAT_ROOT = "13"


def weighed(trigger: Token, code: str) -> str:
    """"Is weighing a strike on Iran", "considering imposing sanctions", "mulled an embargo": a verb
    of talking an act over codes the considering of a policy (014), not a threat or promise of it
    (PETRARCH's patterns code "consider strike" 131); the act itself is read as hypothetical."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in DISCUSSING_HEADS and code.startswith(PROMISE_OR_THREAT_ROOTS):
        return CONSIDERED_POLICY
    return code


SHOW_OF_FORCE = "150"


def readied_force(head: Token, frame: Frame, code: str) -> bool:
    """"The army prepared to resume shelling", "Russia is preparing to invade": force made ready by
    a verb of preparing (not the adjective of a readiness announced, "is prepared to strike") is a
    show of force (150, as CAMEO's codebook codes it), the act itself planned."""
    return frame == "intent" and head.pos_ == "VERB" and head.lemma_.lower() in tables()["preparing_verbs"] \
        and code[:2] in FORCE_ROOTS


def plotted(act: Token) -> bool:
    """A hostile act told as plotted ("plotted to kill the envoy", "a plot to bomb the rally",
    "plotted attacks on Paris") or as planned by people others tell of ("two agents who planned
    to set off a bomb", "intelligence that militants plan to attack", "arrested for planning
    to"): no one announced it, so it is no threat, and it did not happen."""
    plan = plan_over(act)
    return plan is not None and (plan.lemma_.lower() in tables()["plotting_heads"] or _told_of_planners(plan))


def plan_over(act: Token) -> Token | None:
    """The word of plotting or planning whose aim `act` is: "plotted (to kill)", "a plot (to
    bomb)", "plotted (attacks)", "planned (to set off)"; or `act` itself, coded with its aim
    ("planned to attack" as one threat)."""
    words = tables()
    if act.lemma_.lower() in words["plotting_heads"] or (act.lemma_.lower() in words["planning_verbs"] and act.pos_ == "VERB"):
        return act
    token = act
    for _ in range(3):
        head = token.head
        if head.i == token.i or token.dep_ not in {"xcomp", "acl", "dobj", "conj", "advcl"}:
            return None
        lemma = head.lemma_.lower()
        if lemma in words["plotting_heads"] or (lemma in words["planning_verbs"] and head.pos_ == "VERB" and token.dep_ != "dobj"):
            return head
        token = head
    return None


def credit_after(clause: Token) -> Token | None:
    """The verb of saying that credits `clause` after it ("…, Turkish prosecutors said", "X will
    send aid, the ministry said"), parsed as an aside, a complement or a conjunct of the clause; one
    with a clause of its own says something else ("X will send aid and said it would help Y")."""
    return next((c for c in clause.children if c.i > clause.i and c.dep_ in CREDIT_DEPS and c.lemma_ in SPEECH_LEMMAS
                 and not any(g.dep_ == "ccomp" for g in c.children)), None)


def account_of(clause: Token) -> Token | None:
    """The verb of saying whose account `clause` is: "(the prosecutors) said", in either order."""
    for token in [clause, *clause.ancestors]:
        credit = credit_after(token)
        if credit is not None:
            return credit
        if token.dep_ == "ccomp" and token.head.lemma_ in SPEECH_LEMMAS:
            return token.head
        if token.dep_ not in {"xcomp", "conj", "ccomp"}:
            return None
    return None


def _told_of_planners(plan: Token) -> bool:
    """A verb of planning told by others of the planners: in a clause about them ("who planned
    to"), after a preposition ("arrested for planning to"), as what a noun holds ("intelligence
    that they plan to") or under a charge ("accused them of planning to")."""
    if plan.dep_ in {"relcl", "acl", "pcomp"}:
        return True
    token = plan
    while token.dep_ in {"ccomp", "conj", "xcomp", "pcomp", "prep", "pobj"} and token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.pos_ == "NOUN":
            return True
        token = token.head
        if token.lemma_ in ALLEGING_HEADS or token.lemma_.lower() in ALLEGING_NOUNS | SUSPECTING_NOUNS:
            return True
    return token.dep_ in {"acl", "appos"} and token.head.pos_ == "NOUN"


def unplaced_speaker(speech: Token) -> bool:
    """"Officials said …", "a spokesman said …": a speaker named only by a role, with no country,
    party or name in its own phrase (whatever country it is given comes from around it)."""
    subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not any(
        t.ent_type_ or t.pos_ in {"PROPN", "PRON"} for t in subject.subtree)


def _frame_of(clause: Token) -> tuple[Frame | Literal["speech"], Token] | None:
    """The frame an action sits under: a verb of intent, request, refusal or threat, an
    adjective of readiness, or a speech verb ("speech")."""
    token = clause
    while token.dep_ == "conj" and token.head.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) \
            and not _finite_after_infinitive(token) and not _participle_beside_a_frame(token):
        token = token.head  # "promised to stop the raids and to ease the blockade": the conjunct shares the frame
    announcer = announced_plan(token)
    if announcer is not None:
        return "intent", announcer  # "announced plans to expel the diplomats": the announcer's intent
    for _ in range(3):
        if token.head.i != token.i and token.dep_ == "advcl" and token.head.pos_ == "VERB" and _asked_for_clause(token) \
                and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children):
            # "called for Russia to withdraw", "pressed for the minister to resign": the one asked
            # is the clause's subject ("call for" asks, as CAMEO's dictionary codes it: 02x); not
            # a passive's ("called for Israelis to be prosecuted": those acted on, no one asked)
            asking = FRAME_VERBS.get(token.head.lemma_.lower())
            return (asking if asking in {"appeal", "demand"} else "appeal"), token.head
        if token.head.i == token.i or (token.dep_ not in FRAME_CLIMB and not _infinitive_under_frame(token)
                                       and not (_gerund_under(token) and _phrasal_frame(token.head) is not None)):
            return None
        head = token.head
        phrasal = _phrasal_frame(head)
        if phrasal is not None and (token.dep_ in FRAME_CLIMB or _gerund_under(token)):
            return FRAME_VERBS[phrasal], head  # "ruled out sending troops": refused
        if token.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children):
            return None  # "asked whether Iran would attack": a question reported, no one asked to act
        if token.dep_ == "ccomp" and head.lemma_.lower() in FACTIVE_FEELING_VERBS:
            return None  # "(said China) regrets that the US is withdrawing": a fact felt about, no one's claim or intent
        if token.dep_ == "ccomp" and head.lemma_.lower() in tables()["forecast_heads"] and head.lemma_ not in FRAME_VERBS \
                and _foretold(token):
            # "(said) he believed Trump would back off": the speaker's guess, no intent of Trump's told
            # ("believes Russia must withdraw" still reaches the statement: a demand)
            return None
        if token.dep_ == "xcomp" and FRAME_VERBS.get(head.lemma_) == "intent" and any(c.dep_ == "auxpass" for c in head.children):
            return None  # "is expected to discuss": others expect it, no intent of the subject's
        if head.lemma_ in FRAME_VERBS and (_states_a_clause(head) or assurance(head)):
            return "speech", head  # "insisted that he never urged …", "I promise you, we talk daily": a statement
        if head.lemma_ in FRAME_VERBS and aim_with_fronted_object(head):
            return None  # "what the militants sought to accomplish with their raids": an aim described
        if FRAME_VERBS.get(head.lemma_) == "threat" and thing_threatens(head, lambda _: None):
            return None  # "the scandal threatens to derail the talks": a risk, no frame
        if head.lemma_ in tables()["agreeing_verbs"] and token.dep_ == "ccomp" and obliged(token):
            return "demand", head  # "agreed that Iran should release the crew": asked of Iran together
        if head.lemma_ in FRAME_VERBS:
            return FRAME_VERBS[head.lemma_], head
        if head.lemma_ in tables()["calling_verbs"] and any(c.dep_ in {"prep", "prt"} and c.lower_ in tables()["calling_prepositions"]
                                                          for c in head.children):
            return "appeal", head
        if head.pos_ == "ADJ" and head.lemma_ in FRAME_ADJECTIVES and token.dep_ == "xcomp":
            if _verb_of(head).lemma_ in SEEMING_VERBS:
                return None  # "appeared determined to fight on": an impression, no announced intent
            if any(c.dep_ == "advmod" and c.lower_ == "too" for c in head.children):
                return None  # "was too eager to grant concessions": an opinion of a bent, no intent
            copula = _verb_of(head)
            if copula.dep_ == "ccomp" and copula.head.lemma_ in SPEECH_LEMMAS and obliged(copula):
                # "said Turkey must be ready to mediate": a readiness the speaker asks of Turkey, no intent of its own
                advice = any(c.dep_ == "aux" and c.lower_ in ADVICE_AUX for c in copula.children)
                return ("appeal" if advice else "demand"), copula.head
            return FRAME_ADJECTIVES[head.lemma_], copula  # "ready to talk", not "determined that"
        if (head.lemma_ in SPEECH_LEMMAS or head.lemma_ in ALLEGING_HEADS) and token.dep_ == "ccomp":
            return "speech", head
        token = head
    return None


REFUSAL_ROOT = "12"


def refusal_by_negation(head: Token, code: str) -> bool:
    """"Was not ready to cooperate with Russia", "is not willing to talk", "did not agree to": an
    intent or readiness negated is coded as the refusal (12) it makes; that negation is the
    refusal itself, told, not a second negation of it (a refusal word negated, "did not refuse
    to", is not one, nor a supposed "would not be willing")."""
    if not code.startswith(REFUSAL_ROOT) or not _negated(head) or grammar.auxiliary_words(head) & HYPOTHETICAL_AUX:
        return False
    adjectives = [c for c in head.children if c.dep_ == "acomp" and c.lemma_ in FRAME_ADJECTIVES]
    if adjectives:
        return [FRAME_ADJECTIVES[a.lemma_] for a in adjectives] == ["intent"]  # "not ready to", not "unwilling to"
    return FRAME_VERBS.get(head.lemma_) == "intent"  # "did not agree to", not "did not refuse to"


def announced_plan(clause: Token) -> Token | None:
    """The verb announcing a plan whose to-infinitive `clause` is: "announced plans to sanction
    Russian banks", "unveiled a plan to build a base", "announced an escalation with plans to
    send advisers". The plan is made known by its maker, so it is told as an intent."""
    plan = clause.head
    if clause.dep_ != "acl" or not to_infinitive(clause) or plan.pos_ != "NOUN" \
            or plan.lemma_.lower() not in tables()["planning_verbs"] or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    token = plan
    for _ in range(3):
        if token.dep_ not in {"dobj", "pobj", "prep"} or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in ANNOUNCING_VERBS:
            return token
    return None


def _phrasal_frame(verb: Token) -> str | None:
    """"ruled out": a frame verb with its particle ("rule_out" in the frame table), if it is one."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrase = f"{verb.lemma_}_{particle}" if particle else None
    return phrase if phrase in FRAME_VERBS else None


def _gerund_under(token: Token) -> bool:
    """"(ruled out) sending troops": a gerund with no subject of its own hung on the verb as a clause."""
    return token.dep_ in {"advcl", "dobj"} and token.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "mark"} for c in token.children)


def _finite_after_infinitive(conjunct: Token) -> bool:
    """"refused to take them back and rejected 400": a past or present-tense verb joined to a
    bare infinitive is coordinate with the frame verb, not inside its infinitive; nor does it
    share a modal it cannot follow ("said Canada would not be bullied and called the tariffs
    unfair": "called" is said, not "would not")."""
    if conjunct.dep_ != "conj" or conjunct.tag_ not in {"VBD", "VBZ"}:
        return False
    head = conjunct.head
    auxiliaries = grammar.auxiliary_words(head)
    modal = any(c.tag_ == "MD" for c in grammar.auxiliaries(head, passive=False)) and not auxiliaries & {"have", "has", "had"}
    return head.tag_ == "VB" or modal


def _claimed_beside_a_frame(conjunct: Token) -> bool:
    """"Allegations that Beijing sought to hide the outbreak and pressured the WHO": a verb told
    beside a frame verb, not under it (`_finite_after_infinitive`, `_beside_a_governor`: joined to
    "hide" or to "sought" by the parse), still stands in the clause the frame verb stands in; when
    that clause is what a claim says (`_claim_content`), the act is alleged too. Not one dated on
    its own ("dismissed reports that it sought to hide the outbreak and expelled three reporters on
    Wednesday"): the parse hung the main clause's own act on the claim."""
    if _own_date(conjunct):
        return False
    if _finite_after_infinitive(conjunct):
        frame = conjunct.head
        while frame.dep_ == "xcomp" and frame.head.i != frame.i:
            frame = frame.head  # "sought to hide … and pressured": the verb the infinitive completes
    elif conjunct.dep_ == "conj" and _beside_a_governor(conjunct):
        frame = conjunct.head
    else:
        return False
    return _claim_content(frame)


def _own_date(verb: Token) -> bool:
    """A date or time said of the verb itself ("expelled them on Wednesday", "left Friday")."""
    return any(t.ent_type_ in {"DATE", "TIME"} for c in verb.children if c.dep_ in {"prep", "npadvmod", "advmod"}
               for t in c.subtree)


def _participle_beside_a_modal(conjunct: Token) -> bool:
    """"Warning the protesters of consequences should they occupy offices but pledging that …": a
    participle with no auxiliary of its own cannot share the modal of the base form it is joined
    to, so the parse has joined it to the wrong verb; it is told beside it, not under its modal."""
    head = conjunct.head
    return conjunct.dep_ == "conj" and conjunct.tag_ == "VBG" and head.tag_ == "VB" \
        and not grammar.auxiliaries(conjunct) \
        and any(c.tag_ == "MD" for c in grammar.auxiliaries(head, passive=False))


def _participle_beside_a_frame(conjunct: Token) -> bool:
    """"Issued a statement pledging to open markets and condemning the theft of patents": a bare
    participle joined to a participle of intent, appeal or threat after that frame's own complement
    is a second act told beside it (a "to" cannot carry on into an "-ing"), not one pledged; so is
    one the parse joins to the frame's infinitive ("promising to support Kyiv and condemning …")."""
    if conjunct.dep_ != "conj" or conjunct.tag_ != "VBG" or grammar.auxiliaries(conjunct):
        return False
    frame = conjunct.head
    if frame.tag_ == "VB" and frame.dep_ == "xcomp" and to_infinitive(frame):
        frame = frame.head  # joined to the infinitive the frame governs
    return frame.tag_ == "VBG" and frame.lemma_ in FRAME_VERBS and not grammar.auxiliaries(frame) \
        and any(c.dep_ in {"xcomp", "ccomp"} and c.i < conjunct.i for c in frame.children)


def _infinitive_under_frame(token: Token) -> bool:
    """"have sworn to resist" parsed with "fight" as an adverbial clause: a bare infinitive with no
    subject of its own under a verb of intent or threat is its complement all the same."""
    return (token.dep_ == "advcl" and token.head.lemma_ in FRAME_VERBS
            and to_infinitive(token)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children))


def _condition(kind: Frame, clause: Token, head: Token) -> Frame:
    """An intent with a condition imposed ("will withdraw unless …") is a threat; a negated one ("will
    not accept refugees", "vowed not to return", "has yet to agree to") a refusal."""
    if kind != "intent":
        return kind
    for token in (clause, head):
        if token is head and _unsaid_over(clause, head):
            continue  # "has not been told what weapons the US will provide": the telling's negation, no one refuses
        if _negated(token) or (token is head and not_yet(token)):
            return "reject"  # "has yet to agree to give up its weapons" as "has not agreed to"
    for token in (clause, head):
        for child in token.children:
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in child.children):
                return "threat"
    return kind


def _states_a_clause(verb: Token) -> bool:
    """"conceded that Clinton erred", "insisted that he never urged": a finite clause makes
    the verb a statement ("demanded that the junta resign", a bare verb, stays a demand)."""
    if verb.lemma_ not in STATING_WITH_CLAUSE and verb.lemma_.lower() not in tables()["claiming_verbs"]:
        return False  # "countered that …", "kept claiming that …": a claim stated
    return any(_stated_clause(verb, child) for child in verb.children)


def _stated_clause(verb: Token, clause: Token) -> bool:
    """Whether `clause` is a finite clause `verb` states, not one it asks for: "insist that Trump
    transferred the aid" (a claim) against "insisted the talks focus on the shutdown" (a demand)."""
    return clause.dep_ == "ccomp" and clause.head.i == verb.i and not _mandative(verb, clause) \
        and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in clause.children)  # "insisted there was nothing new"


def demands_a_clause(verb: Token) -> bool:
    """"insisted that Washington stop arms sales", "demanded that Athens pass reforms": a verb of
    demanding over a clause in the base form with a subject of its own asks that party to act
    (CAMEO's demand, 10x), whatever the clause's act codes; it states nothing."""
    return FRAME_VERBS.get(verb.lemma_.lower()) == "demand" and any(
        c.dep_ == "ccomp" and _mandative(verb, c) and not grammar.auxiliaries(c)  # not "insisted Europe must stay united"
        and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children)


def _mandative(verb: Token, clause: Token) -> bool:
    """"demanded that the government end curbs": after a verb of demanding, a clause in the base
    form (a subjunctive, tagged VB, or VBP after a plural subject) is what is demanded."""
    modal = any(c.tag_ == "MD" for c in grammar.auxiliaries(clause, passive=False))
    if clause.tag_ == "VB" or misread_verb(clause):  # "demanded that the president resign", tagged a noun
        # "claimed that Mexico would pay": after a verb that only claims, a base form under a modal asks nothing
        return not (modal and verb.lemma_.lower() in tables()["claiming_verbs"])
    return (verb.lemma_ in MANDATIVE_VERBS and clause.tag_ == "VBP" and not modal
            and clause.lemma_ not in {"be", "have"})


def _proposed_clause(verb: Token, clause: Token) -> bool:
    """"Suggested that he resign", "for suggesting fellow Democrats boycott the committee",
    "proposed the council impose sanctions": after a verb of proposing, a clause with its own
    subject in the base form (a subjunctive: VB, or VBP where a told fact would be put in the past,
    under a past or a participle of proposing) and no auxiliary is what is proposed, not a deed told
    ("the data suggest voters support the strikes" tells what voters think)."""
    if verb.lemma_.lower() not in MANDATIVE_VERBS or clause.dep_ != "ccomp" or clause.head.i != verb.i \
            or not (any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) or _subject_as_object(verb, clause)) \
            or grammar.auxiliaries(clause, passive=False):
        return False  # "suggested that Iran would retaliate", "that Russia did not attack": told, not proposed
    if clause.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children):
        return True  # "proposed that he resign", "recommended that the envoys be expelled"
    return clause.tag_ == "VBP" and verb.tag_ in {"VBD", "VBN", "VBG"} and clause.lemma_ not in {"be", "have"}


def _subject_as_object(verb: Token, clause: Token) -> bool:
    """"Requested McGahn refuse to comply": the parse takes the clause's subject for the verb's
    object; a name or noun right before a bare verb with no subject of its own is its subject."""
    return clause.left_edge.i == clause.i and grammar.subject_parsed_as_object(verb, clause) is not None


def _aim_of_object(infinitive: Token) -> bool:
    """"Backing the push to open an inquiry", "joined the bid to oust him": a to-infinitive with
    no subject of its own right after its verb's object, a noun of pressing or trying, is that
    noun's aim (the parse may hang it on the verb); like "a bid to seize", no act done."""
    if infinitive.dep_ != "advcl" or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in infinitive.children):
        return False
    aims = tables()["demanding_nouns"] | ATTEMPT_HEADS  # not "(used his) authority to": a power used
    return any(c.dep_ == "dobj" and c.lemma_.lower() in aims and c.right_edge.i + 2 == infinitive.i
               for c in infinitive.head.children)


def _unsaid_content(verb: Token, clause: Token) -> bool:
    """"Did not tell lawmakers that Russia is aiding Trump", "never said Iran had attacked", "would
    not confirm that …": the clause of a negated verb of saying, informing, commenting (confirming,
    disclosing) or reporting is what was NOT said; the negation is the saying's, and the act in it
    is told neither way (not denied, not done)."""
    lemma = verb.lemma_.lower()
    return clause.dep_ == "ccomp" and clause.head.i == verb.i and _negated(verb) \
        and (lemma in SPEECH_LEMMAS or lemma in INFORMING_VERBS or lemma in COMMENT_VERBS or lemma in tables()["reporting_heads"])


def _told_neither_way(act: Token) -> bool:
    """"The statement did not say that Iran was withdrawing", "would not confirm it will attend",
    "there is no sign the army will attack": an act in the content of a negated verb of saying
    (`_unsaid_content`) or of a noun of evidence when there is none (`_evidence_lacking`), past the
    infinitives and conjuncts it stands among, is told neither way, whatever its own tense or modal
    says (the content's "will" or "was withdrawing" is no plan anyone announced). Not a known act
    the content asks about ("did not say why the army withdrew")."""
    clause = act
    while not (_evidence_lacking(clause) or (_unsaid_content(clause.head, clause) and not _presupposed_clause(clause))):
        if clause.dep_ not in {"xcomp", "conj"} or clause.head.i == clause.i:
            return False
        clause = clause.head
    return True


def _unsaid_over(clause: Token, verb: Token) -> bool:
    """Whether `clause` lies in the content of `verb`, a negated verb of saying or informing ("Idris
    has not been told what arms the US will send", "never said he would resign"): what was not said
    is neither refused nor intended (see `_unsaid_content`)."""
    below = next((t for t in [clause, *clause.ancestors] if t.head.i == verb.i and t.i != verb.i), None)
    return below is not None and _unsaid_content(verb, below)


def _read_into(verb: Token, clause: Token) -> bool:
    """"The new deal shows China the administration is willing to sign more deals", "the move
    signals Iran is ready to talk": a readiness that a thing (a deal, a move, a record) shows,
    signals or means is the writer's or an analyst's reading of it, no intent anyone voiced. A party
    that signals or suggests it says so ("Zelensky suggested Ukraine was ready to buy arms")."""
    if verb.lemma_.lower() not in IMPLYING_VERBS or clause.dep_ != "ccomp" or clause.head.i != verb.i or _negated(verb):
        return False
    if not any(c.dep_ == "acomp" and c.lemma_.lower() in FRAME_ADJECTIVES for c in clause.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
    return subject is not None and _thing(subject)


def _thing(noun: Token) -> bool:
    """A subject that is no one: "it", "this", or a common noun that names no party, office or
    person ("the deal", "the move"; not "officials", "the envoy", "aides")."""
    if noun.pos_ == "PRON":
        return noun.lower_ in MODALITY_CLASSES["thing_pronouns"]
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and role_of(lemma) is None \
        and lemma not in PERSON_NOUNS and lemma not in UNNAMED_PERSON_NOUNS


def _frames_an_infinitive(adjective: Token) -> bool:
    """"Is likely to", "is ready to", "is due to": an adjective of intent, readiness or likelihood
    whose infinitive the parse may hang on its "be" (not "slow to comply", "worthwhile to enter")."""
    lemma = adjective.lemma_.lower()
    return lemma in PLANNING_HEADS or lemma in FRAME_ADJECTIVES or lemma in tables()["hedge_adjectives"]


def _future(clause: Token) -> bool:
    """"will supply", "is going to", "is to travel to Paris", "is resigning" as announced (not
    "would": in a report it is the past's future)."""
    return any(c.lower_ in FUTURE_AUX for c in grammar.auxiliaries(clause, passive=False)) or _scheduled(clause) \
        or _announced_departure(clause)  # "said he was resigning": as "said he would resign"


def _scheduled(clause: Token) -> bool:
    """"is to visit Moscow", "the aim is to impose": an infinitive as what something is (not an
    adjective's, hung on its "be": "was slow to comply", "it is worthwhile to enter")."""
    return (clause.head.lemma_ == "be" and clause.dep_ in {"xcomp", "attr"}
            and to_infinitive(clause) and not any(c.dep_ == "acomp" and not _frames_an_infinitive(c) for c in clause.head.children)
            and not any(c.dep_ in {"nsubj", "mark"} for c in clause.children)  # not "inappropriate for X to …"
            and not at_fault(clause)  # "are to blame": who is at fault, nothing scheduled
            and not not_yet(clause))  # "is yet to respond": not done so far, nothing scheduled


def _wish(kind: Frame, clause: Token, head: Token) -> Frame | None:
    """"wants Russia to intervene" asks another to act (an appeal); "hoped officials would be
    indicted" is a wish about others (no frame); "vowed to retaliate" the subject's own intent."""
    if kind != "intent":
        return kind
    if any(c.dep_ in {"dobj", "dative"} for c in head.children) and clause.dep_ == "xcomp":
        return "appeal" if head.lemma_ in WISH_HEADS else kind
    subject = own_subject(_wished_clause(clause))  # "hopes the US will return to talks and meet China": the US's too
    if subject is not None and subject.pos_ != "PRON" and head.lemma_ in WISH_HEADS:
        return "appeal" if head.lemma_ in tables()["asking_wishes"] and clause.tag_ == "VB" else None
    return kind


def _wished_clause(act: Token) -> Token:
    """The clause `act` stands in under a verb of wishing, past the infinitives and conjuncts that
    share its subject (a purpose's among them): "(hopes Russia will) move quickly to free them",
    "(hopes Russia will) agree to meet Kyiv" stand in "Russia will move", "Russia will agree"."""
    token = act
    while (token.dep_ in {"xcomp", "conj"} or (token.dep_ == "advcl" and to_infinitive(token))) \
            and own_subject(token) is None and token.head.i != token.i and token.head.lemma_ not in WISH_HEADS:
        token = token.head
    return token


def _wished_of_another(act: Token) -> bool:
    """"Germany hopes that Russia will free the prisoners", "hopes Moscow will move quickly to free
    them": an act in a finite clause that someone hopes or wishes of another party (the clause's own
    subject, a name or a noun) is only wished for by someone else; its "will" tells no plan of that
    party's. ("Wants Russia to leave", an infinitive, asks it to: `_wish` reads that as an appeal.)"""
    clause = _wished_clause(act)
    subject = own_subject(clause)
    return clause.dep_ == "ccomp" and clause.head.lemma_ in WISH_HEADS and clause.head.pos_ == "VERB" \
        and not to_infinitive(clause) and subject is not None and subject.pos_ != "PRON"


def _at_hand(adjective: Token, infinitive: Token) -> bool:
    """"Is about to impose sanctions": an adjective of an act at hand over its to-infinitive (not
    the preposition of "talked about imposing sanctions")."""
    return adjective.pos_ == "ADJ" and adjective.lower_ in MODALITY_CLASSES["imminent_adjectives"] \
        and infinitive.dep_ == "xcomp" and to_infinitive(infinitive)


def _unable(adjective: Token) -> bool:
    """"Has been unable to free the hostages", "was powerless to stop it": an adjective of
    inability, whose to-infinitive was not done (`inability_adjectives`)."""
    return adjective.pos_ == "ADJ" and adjective.lower_ in MODALITY_CLASSES["inability_adjectives"]


def _modal_over(verb: Token) -> bool:
    """"Would be unable to testify", "will be powerless to act", "fears Moscow will retaliate": a
    modal or a future among the verb's auxiliaries."""
    return bool(grammar.auxiliary_words(verb) & (HYPOTHETICAL_AUX | FUTURE_AUX))


def _verb_of(adjective: Token) -> Token:
    """"Iran is ready to talk": the copula's clause holds the subject."""
    return adjective.head if adjective.dep_ == "acomp" else adjective


def _purpose(clause: Token) -> bool:
    """"(widen its war) to include …": an infinitive of purpose with no subject of its own."""
    return clause.dep_ == "advcl" and purpose_infinitive(clause)


def _whether_or_not(negation: Token) -> bool:
    """The "not" of "whether or not": an alternative, no negation."""
    i = negation.i
    return i >= 2 and negation.doc[i - 1].lower_ == "or" and negation.doc[i - 2].lower_ == "whether"


def _owned_in_phrase(trigger: Token) -> bool:
    """"despite Trump's threats", "(did not respond) to Japan's protest": an event noun with its
    doer named before it, in a prepositional phrase, is a known event whatever the clause denies."""
    return (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj"
            and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children))


DOER_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _doer_named(noun: Token) -> bool:
    """"Japan's protest", "the Turkish demands", "American aid", "the NATO request": an event noun
    whose doer is named in its own phrase, by a possessive or by a name or nationality before it."""
    return any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in {"amod", "compound"} and c.ent_type_ in DOER_ENTITIES)
               for c in noun.children)


def _parties_after(noun: Token) -> bool:
    """"Talks between Russia and Ukraine", "the meeting with the U.S. delegation": an event noun
    whose parties are named after it, by a preposition of parties with a name in its phrase."""
    return any(c.dep_ == "prep" and c.lower_ in MODALITY_CLASSES["party_prepositions"]
               and any(t.ent_type_ in DOER_ENTITIES for t in c.subtree) for c in noun.children)


def _answered_not_negated(noun: Token) -> bool:
    """"American aid doesn't give the White House leverage", "will not comply with any Turkish
    demands": an event noun with its doer named in its own phrase, as the subject of a negated verb
    that acts on something or in a phrase hung on a negated verb, is a known event the clause says
    something of; the negation (and the modal) is that verb's. So is one whose parties are named
    after it ("was not included in the talks between the US and Mexico", "did not discuss tariffs
    during the meeting with the U.S. delegation": the talks were held), unless the verb takes it
    as what is meant ("did not agree to talks with Iran", noun_frame_prepositions.txt). Not "did
    not ask for US aid" (asked for, none given), "the Iranian talks did not take place" (a verb of
    occurring), nor "did not take part in the Russian exercises" (a verb of taking part or a light
    verb: the event is the subject's own part in it, which the negation denies)."""
    doer_named = _doer_named(noun)
    if noun.pos_ != "NOUN" or not (doer_named or _parties_after(noun)):
        return False
    if noun.dep_ == "nsubj":
        verb = noun.head
        acts = any(c.dep_ in {"dobj", "dative"} for c in verb.children) \
            and verb.lemma_.lower() not in tables()["occurring_verbs"]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        acts = noun.head.lower_ != "for" and (doer_named or NOUN_FRAME_PREPOSITIONS.get(verb.lemma_) != noun.head.lower_)
    else:
        return False
    taking_part = verb.lemma_.lower() in LIGHT_VERBS | JOINING_VERBS | PARTICIPATION_VERBS
    return acts and not taking_part and verb.pos_ == "VERB" and _negated(verb)


def _sheltered_from(noun: Token) -> bool:
    """"To protect civilians from Turkish airstrikes", "fled from Russian shelling": an event noun
    with its doer named, that a verb of sheltering keeps people from, is a harm under way, not the
    shelter's plan ("from a Russian invasion", one not named as any, is left to the clause)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in MODALITY_CLASSES["sheltering_prepositions"]:
        return False
    if any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in noun.children):
        return False
    return _doer_named(noun) and noun.head.head.lemma_.lower() in MODALITY_CLASSES["sheltering_verbs"]


def _owned_verbal_object(trigger: Token, code: str) -> bool:
    """"(The EU could meet) May's request", "(will not accept) Iran's offer", "(may ignore) China's
    demands", "(denied) requests by Shell": a noun of a verbal act (an appeal, an offer, a demand, a
    threat) with its doer named before it or after it, as the object of a verb, was made; what the clause supposes, plans or denies is the
    answer to it, not the act itself."""
    return (trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and code[:2] in MODALITY_CLASSES["verbal_roots"]
            and (any(c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children) or _doer_after(trigger)))


def _doer_after(noun: Token) -> bool:
    """"Requests by Shell and Statoil", "a demand from the protesters": the doer of an event noun
    named after it, by a preposition of agency, as a possessive names it before it."""
    return any(c.dep_ == "prep" and c.lower_ in MODALITY_CLASSES["doer_prepositions"]
               and any(o.dep_ == "pobj" and o.pos_ in {"PROPN", "NOUN"} for o in c.children) for c in noun.children)


def _owned_subject(trigger: Token) -> bool:
    """"Trump's request for help is not limited to …", "Iran's offer was not accepted": an event
    noun with its doer named before it, as the subject, is a known event; the predicate's
    negation is not its ("the summit did not take place" is: no doer named, or a verb of occurring)."""
    return (trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"}
            and trigger.head.lemma_.lower() not in tables()["occurring_verbs"]
            and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children))


def _inverted_condition(token: Token) -> bool:
    """"Were he to leave the embassy, …", "Had Turkey attacked the convoy, …", "should they occupy
    the offices": a clause opened by were, had or should before its subject is a condition."""
    if token.lower_ not in {"were", "had", "should"} and not any(
            c.lower_ in {"were", "had", "should"} and c.i < _subject_index(token) for c in grammar.auxiliaries(token)):
        return False
    opener = token if token.lower_ in {"were", "had", "should"} else next(
        c for c in grammar.auxiliaries(token) if c.lower_ in {"were", "had", "should"})
    subject = _subject_index(token)
    if not opener.i < subject < len(token.doc) or token.sent[-1].text == "?":
        return False  # "Had they left?" is a question
    before = opener.doc[opener.i - 1] if opener.i > opener.sent.start else None
    # not "as were the Russians", "nor were talks held"; a "should" run on after a noun ends its
    # clause with a condition ("will tighten entry rules for Americans should Washington impose sanctions")
    return before is None or before.is_punct or (opener.lower_ == "should" and before.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
                                                  and before.tag_ not in WH_TAGS)  # not "asked what should Kyiv do"


def _subject_index(verb: Token) -> int:
    """Where the clause's subject stands (past the end when it has none)."""
    return next((c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), len(verb.doc))


def _supposed(token: Token) -> bool:
    """Inside a condition or an open question: "if it is to strangle the economy", "whether
    Beijing will commit", "were he to leave"."""
    return any(_conditional(ancestor) for ancestor in [token, *token.ancestors])


def _conditional(clause: Token) -> bool:
    """A clause of condition or an open question: opened by "if", "unless" or "whether", inverted
    ("were he to leave") or under "provided (that)"."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children) \
        or _opened_by_condition_word(clause) or _inverted_condition(clause) or _provided(clause)


def _opened_by_condition_word(clause: Token) -> bool:
    """"► Whether Trump had expressed frustration at Sessions": a clause whose first word is "if",
    "unless" or "whether", which the parse hung on a noun (a list bullet before it makes "Whether"
    the subject's determiner), is opened by it all the same. The word must reach the clause through
    no verb: "If asked, he will go" opens "asked", not "go"."""
    first = next((t for t in clause.subtree if t.is_alpha), None)
    if first is None or first.lower_ not in CONDITION_MARKS or first.dep_ == "mark":
        return False
    link = first.head
    while link.i != clause.i:
        if link.pos_ in {"VERB", "AUX"} or link.head.i == link.i:
            return False
        link = link.head
    return True


def _provided(clause: Token) -> bool:
    """"(will testify,) provided that the chairman assures me …", "providing they withdraw": a
    clause under a participle of condition is a condition, as one under "if" is."""
    words = MODALITY_CLASSES["condition_participles"]
    return (clause.dep_ in {"pcomp", "ccomp", "advcl"} and clause.head.i != clause.i and clause.head.lower_ in words) \
        or any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def conditional(clause: Token, frame: Token) -> bool:
    """Whether an action under a frame carries a condition of its own, between it and the frame
    ("said the US would seek his extradition were he to leave", "vowed to strike if attacked")."""
    for token in [clause, *clause.ancestors]:
        if token.i == frame.i:
            # "would not state whether Democrats plan to subpoena him": a frame in an open question
            # or a condition frames nothing told; nor does a saying negated ("was not told what
            # weapons the US will provide"); nor does one kept open ("did not rule out buying oil")
            return _supposed(frame) or _unsaid_over(clause, frame) or _kept_open(frame)
        if _is_condition(token) or _has_condition(token):
            return True
    return False


def _is_condition(clause: Token) -> bool:
    """A clause that states a condition: "if attacked", "unless it withdraws", "were he to leave"."""
    return _inverted_condition(clause) or any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children)


def _has_condition(clause: Token) -> bool:
    """A clause with a condition of its own: "will strike if attacked"; a "should" run on after a
    noun, which the parse may take for the clause's complement, conjunct or head ("will expel the envoy
    should Rome ban the rally")."""
    if clause.dep_ == "ccomp" and clause.i < clause.head.i and _inverted_condition(clause.head):
        return True
    return any((c.dep_ == "advcl" and _is_condition(c)) or (c.dep_ in {"ccomp", "conj"} and c.i > clause.i and _inverted_condition(c))
               for c in clause.children)


def _beside_a_governor(conjunct: Token) -> bool:
    """"agreed to give up its weapons and was later killed", "has denied the charges and has
    attacked its critics": a verb with a finite auxiliary of its own, joined to a verb of intent,
    denial, demand or seeming, is told beside it, not under it. (A bare past form is left to climb:
    the parser joins "rejected the plan, and said they opposed …" the same way.)"""
    head = conjunct.head
    finite = any(c.tag_ in {"VBD", "VBZ", "VBP"} for c in grammar.auxiliaries(conjunct))
    if finite and (head.lemma_ in FRAME_VERBS or head.lemma_ in GOVERNING_HEADS):
        return True
    infinitives = [c.i for c in head.children if c.dep_ == "xcomp" and to_infinitive(c)]
    if conjunct.tag_ in {"VBD", "VBZ"} and conjunct.pos_ == "VERB" and head.lemma_ in FRAME_VERBS \
            and (any(i < conjunct.i for i in infinitives) or (not infinitives and conjunct.lemma_ not in SPEECH_LEMMAS)):
        # "declined to comment on the talks but criticized the violence": the frame holds its infinitive
        # only; "appealed for calm and urged both sides to …": a frame with no infinitive has none the
        # conjunct could be part of (a saying joined to it, "rejected the plan and said …", says it again)
        return True
    # "dismissed the report and arrested two journalists", "rejected the offer and shelled the town":
    # a verb of denial takes an object or a clause, never a past or present form as its complement,
    # so one joined to it is a second act, done. (After a verb of accusing, the parse may join a
    # verb of the charge itself: "accused X of Y and Z" is left to climb; and so is a statement:
    # "rejected the plan, and said they opposed the force" says the rejection again, coded once.)
    if conjunct.tag_ != "VBG" and conjunct.lemma_ in SPEECH_LEMMAS and head.lemma_ in ALLEGING_HEADS:
        # "prompted Trump to accuse Trudeau of lying and to say the US would not endorse …": a charge
        # follows "of" as a gerund; a saying joined to the verb of accusing is a statement of its own
        return True
    return conjunct.tag_ in {"VBD", "VBZ"} and conjunct.pos_ == "VERB" and head.lemma_ in DENYING_HEADS \
        and conjunct.lemma_ not in SPEECH_LEMMAS


def _lobbied_for(verb: Token, below: Token) -> bool:
    """"Have pushed to oust American troops" (parsed as a clause of purpose): an infinitive with no
    subject of its own under a verb of pushing, on the chain up from `below`, is what is pressed for."""
    return verb.lemma_.lower() in tables()["pushing_verbs"] and any(
        c.dep_ in {"xcomp", "advcl"} and to_infinitive(c) and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
        and _on_chain(c, below) for c in verb.children)


def _result_participle(clause: Token) -> bool:
    """"(so that it won't take effect for weeks), giving both sides more room", "(did not renew the
    deal), leaving farmers without income": a present participle with no subject or mark of its
    own, set off by a comma after the verb it hangs on, tells what came of that clause, whose
    negation is not its own."""
    head = clause.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i <= head.i or clause.left_edge.i != clause.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass", "neg"} for c in clause.children):
        return False
    before = clause.doc[clause.i - 1]
    return before.text == ","


def _saying_beside_a_charge(conjunct: Token) -> bool:
    """"Accused Trudeau of making false statements and said that the US will not endorse the
    communique": a verb of saying joined to a verb of accusing is the speaker's second statement,
    made, not part of the charge (what it says about the accused still climbs to the charge)."""
    return conjunct.lemma_ in SPEECH_LEMMAS and conjunct.tag_ in {"VBD", "VBZ", "VBP"} and conjunct.head.lemma_ in ALLEGING_HEADS


def _licensed(clause: Token) -> bool:
    """"had authority under the Insurrection Act to send troops": an infinitive parsed as the
    verb "have"'s, whose object is a power or a right (the noun's own infinitive is read where
    it hangs from the noun)."""
    return (clause.dep_ in {"advcl", "xcomp"} and clause.head.lemma_ == "have"
            and to_infinitive(clause)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in tables()["licence_nouns"] for c in clause.head.children))


def _hearsay(noun: Token) -> bool:
    """"Media reports", "reporting", "rumours": a noun of hearsay named to no one (no outlet or
    author with it: "a Reuters report", "the Post's report", "reports by CNN" name their teller)."""
    return noun.lemma_.lower() in MODALITY_CLASSES["hearsay_credits"] and not any(
        c.pos_ == "PROPN" or c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", "from", "in", "of"})
        for c in noun.children)


def _credited_to_hearsay(clause: Token) -> bool:
    """"…, according to media reports", "According to reporting that …, X badgered Y": credited to
    reports named to no one, the act is their account, as with "reportedly", not a known event."""
    return any(noun.dep_ == "pobj" and _hearsay(noun)
               for credit in according_to(clause) for to in credit.children for noun in to.children)


def _kept_open(verb: Token) -> bool:
    """"Did not rule out sending troops", "declined to rule out a strike": a verb that closes off an
    option, negated or refused, keeps it open; the act under it is neither done nor refused."""
    if not _verb_among(verb, MODALITY_CLASSES["closing_off_verbs"]):
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in MODALITY_CLASSES["refusing_verbs"]
    return _negated(verb) or refused


def _due_by(verb: Token, below: Token) -> bool:
    """"The rebels have until Friday to hand over their weapons", "were given until March to
    leave": "have" or "give" with a time limit ("until …") over a to-infinitive sets a deadline;
    the act is due by it, not done."""
    return verb.lemma_.lower() in {"have", "give"} and below.head.i == verb.i and below.dep_ in {"advcl", "xcomp"} \
        and to_infinitive(below) and _deadline_on(verb)


def _deadline_on(verb: Token) -> bool:
    """A time limit on a verb: "until Friday", "till the end of the month"."""
    return any(c.dep_ == "prep" and c.lower_ in MODALITY_CLASSES["deadline_prepositions"] for c in verb.children)


def _convened_ahead(noun: Token, code: str) -> bool:
    """"The U.S. has called a meeting of the agency to discuss Iran on Wednesday", "has convened
    talks for Friday": a meeting as the object of a verb that calls it, in the present perfect or
    the present (which take no past day: the day named is the meeting's), with a day or a time
    ahead in its clause: the calling is done, the meeting ahead. "Called a meeting on Monday"
    (simple past) may be one held, and is left as told."""
    if noun.pos_ != "NOUN" or not code.startswith(MEETING_ROOT) or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MODALITY_CLASSES["convening_verbs"] or _negated(verb):
        return False
    auxiliaries = grammar.auxiliaries(verb, passive=False)
    perfect = verb.tag_ == "VBN" and any(a.lower_ in {"has", "have", "'s", "'ve", "’s", "’ve"} for a in auxiliaries)
    present = verb.tag_ in {"VBZ", "VBP"} and not auxiliaries
    if not (perfect or present):
        return False
    ahead = tables()["future_time_words"] | set(WEEKDAYS)
    return any(t.lower_ in ahead for c in verb.children if c.dep_ not in {"nsubj", "ccomp", "conj", "parataxis"}
               for t in c.subtree)


def _credited_to_a_charge(clause: Token) -> bool:
    """"…, according to the lawsuit", "According to prosecutors, …": credited to one who accuses."""
    for credit in according_to(clause):
        for to in credit.children:
            if any(g.dep_ == "pobj" and g.lemma_.lower() in ALLEGING_SOURCES for g in to.children):
                return True
    return False


def _told_by_a_charge(verb: Token) -> bool:
    """"The lawsuit says Iran shelled …", "prosecutors said the general ordered …": a verb of saying
    whose subject accuses."""
    return verb.lemma_ in SPEECH_LEMMAS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ALLEGING_SOURCES for c in verb.children)


def _asked_for(clause: Token) -> bool:
    """"called on the army to show restraint, and for the government to respect rights": a
    "for … to" clause joined to a verb of asking is asked for too."""
    head = clause.head
    while clause.dep_ == "conj" and head.dep_ == "conj":
        head = head.head
    return clause.dep_ in {"conj", "advcl", "ccomp", "xcomp"} and head.lemma_ in DEMANDING_HEADS


def _future_in_the_past(clause: Token, auxiliaries: set[str], code: str) -> bool:
    """"indicated that he would visit Moscow", "Peskov said Netanyahu would come": "would" in what
    a past verb of saying reports is a future, not a supposition, unless it carries a condition
    or is force told by a bare saying (another's "would retaliate" is a forecast); a hostile act
    announced or decided ("announced that Britain would expel 23 diplomats") is the announcer's
    plan."""
    if "would" not in auxiliaries or auxiliaries & {"have"} or clause.dep_ != "ccomp":
        return False
    head = clause.head
    committing = head.lemma_.lower() in MODALITY_CLASSES["committing_reports"]
    if head.tag_ not in {"VBD", "VBN"} or not (head.lemma_ in SPEECH_LEMMAS or head.lemma_.lower() in tables()["reporting_heads"]
                                               or head.lemma_.lower() in INFORMING_VERBS or committing):
        return False
    if is_conflictual(code) and not committing:
        return False
    return not _has_condition(clause)


def _progressive_future(clause: Token) -> bool:
    """The futurate present: "is visiting Moscow next week", "is hosting Scholz on Friday" (a
    progressive with a time ahead or a day named is an arrangement), "meets Xi next week",
    "travels to Seoul tomorrow" (a simple present with a time ahead is a timetable; of a trip or a
    meeting, so is one with a day named or "this week": "flies to Kabul on Tuesday")."""
    progressive = clause.tag_ == "VBG" and any(c.lower_ in {"is", "are", "am", "'s", "'re", "’s", "’re"}
                                              for c in grammar.auxiliaries(clause, passive=False))
    # (a plural present the tagger takes for a base form still has its subject: "envoys arrive for talks")
    simple = (clause.tag_ in {"VBZ", "VBP"} or (clause.tag_ == "VB" and any(c.dep_ == "nsubj" for c in clause.children))) \
        and clause.pos_ == "VERB" and not grammar.auxiliaries(clause)
    if not (progressive or simple):
        return False
    if progressive and clause.lemma_ in DEMANDING_HEADS:
        return False  # "is calling for mass protests on Friday": the asking goes on now; the day is the protests'
    # a trip or a meeting is a timetable's: "flies to Kabul on Tuesday", "is heading to Riyadh this
    # week" (a day named, or the week of writing, is when it is to be, not when it was)
    timetable = clause.lemma_.lower() in MODALITY_CLASSES["timetable_verbs"]
    # not a caption's present beside another act ("a convoy is greeted as it heads to Erbil on Monday")
    dated = progressive or (timetable and not any(c.dep_ == "mark" and c.lower_ in MODALITY_CLASSES["simultaneous_marks"]
                                                  for c in clause.children))
    ahead = tables()["future_time_words"] | (set(WEEKDAYS) if dated else set())
    # "this week" is ahead for a timetable in the simple present ("visits Beijing this week"), but
    # in the progressive only for setting out ("is heading to Riyadh this week"): "is visiting
    # Moscow this week" may be under way
    this_week = timetable and (simple or clause.lemma_.lower() in MODALITY_CLASSES["setting_out_verbs"])
    # the time must be the clause's own, not another verb's inside its phrase ("are rocking Iran,
    # with state media reporting Tuesday that …": Tuesday is when they reported)
    return any((t.lower_ in ahead or (this_week and _this_period(t))) and _clause_own(t, clause)
               for c in clause.children if c.dep_ in {"npadvmod", "prep", "advmod"} for t in c.subtree)


def _clause_own(word: Token, clause: Token) -> bool:
    """Whether a word in the clause's phrase is the clause's own: the nearest verb above it is the
    clause's verb, not another verb inside the phrase ("with state media reporting Tuesday")."""
    return next((a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}), clause).i == clause.i


def _this_period(word: Token) -> bool:
    """"This week", "this weekend": the period of writing, which a timetable's act is still ahead in."""
    return word.lower_ == "this" and word.dep_ == "det" and word.head.lemma_.lower() in MODALITY_CLASSES["current_periods"]


def _announced_departure(verb: Token) -> bool:
    """"Said he was resigning", "Napolitano is resigning, she announced", "said he was withdrawing all
    troops": a verb of leaving an office or a place, in the progressive, as what a statement tells,
    is a departure announced that takes effect ahead, not one done."""
    if verb.tag_ != "VBG" or not any(c.lemma_ == "be" for c in grammar.auxiliaries(verb, passive=False)):
        return False
    if not _verb_among(verb, MODALITY_CLASSES["departing_verbs"]):
        return False
    told = verb.dep_ == "ccomp" and (verb.head.lemma_ in SPEECH_LEMMAS or verb.head.lemma_.lower() in ANNOUNCING_VERBS)
    return told or credit_after(verb) is not None


def _permitted_by_a_thing(verb: Token, below: Token) -> bool:
    """"A power that lets the government withdraw from treaties", "the law allows the president to
    impose tariffs": a verb of allowing in the simple present whose subject is a thing (a "that" or
    "which" of a thing, or a rule, a law, a power) tells what may be done, not an act done. A
    person or a state allowing ("Turkey allowed US jets to use its base") is an act, read as told."""
    if verb.lemma_.lower() not in ALLOWING_VERBS | MODALITY_CLASSES["authorizing_verbs"] or verb.tag_ not in {"VBZ", "VBP"} \
            or grammar.auxiliaries(verb) \
            or below.head.i != verb.i or below.dep_ not in {"ccomp", "xcomp"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.tag_ == "WDT":
        return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not verb.head.ent_type_  # "a power that lets …"
    things = MODALITY_CLASSES["permitting_things"] | tables()["licence_nouns"]
    # the thing may be named by its "of" object: "the state of emergency allows the government to
    # mobilize", "the terms of the deal let Iran enrich"
    named = [subject, *(o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    return subject.pos_ == "NOUN" and any(noun.lemma_.lower() in things for noun in named)


def _relative_hearsay(verb: Token, below: Token) -> bool:
    """"Dzhokhar, who investigators say carried out the attack", "a drone which officials believe was
    launched from Iran": a verb of saying or believing put inside a relative clause, whose content
    has the relative pronoun as its subject, hedges what the one named did: the speakers' account,
    alleged, not told as known."""
    if verb.dep_ != "relcl" or below.head.i != verb.i or below.dep_ not in {"ccomp", "xcomp"} \
            or not (verb.lemma_ in SPEECH_LEMMAS or verb.lemma_.lower() in BELIEVED_FACT_HEADS):
        return False
    speaker = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in WH_TAGS]
    relative = [c for c in (*verb.children, *below.children) if c.tag_ in {"WP", "WDT"} and c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(speaker) and bool(relative) and all(r.i < s.i for r in relative for s in speaker)


def _disputed_report(clause: Token) -> bool:
    """"A report that Trump threatened Mexico was inaccurate", "the report stating that … was falsely
    reported", "claims that Iran struck the tanker are baseless": the content of a report or claim
    whose own predicate calls it false is a disputed account, not an event told as known."""
    report = clause.head
    # a "that" clause with its own subject may be parsed as a relative one ("a report that Trump threatened")
    content = clause.dep_ in {"acl", "ccomp"} or (clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ not in WH_TAGS for c in clause.children))
    if not content or report.pos_ != "NOUN" or report.lemma_.lower() not in CLAIM_NOUNS or report.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    predicate = report.head
    words = MODALITY_CLASSES["falsity_words"]
    return any(c.dep_ in {"acomp", "advmod", "attr"} and (c.lower_ in words or any(g.lower_ in words for g in c.children))
               for c in predicate.children)


def _on_chain(clause: Token, below: Token) -> bool:
    """Is `clause` `below` itself or one of its ancestors (on the chain up from it)?"""
    return clause.i == below.i or clause.is_ancestor(below)


def _suspected(noun: Token, below: Token) -> bool:
    """A past act in the clause of a noun of suspicion ("concerns that she shared", "fears the
    army had shelled"), the clause on the chain up from `below`."""
    if noun.lower_ not in SUSPECTING_NOUNS and noun.lemma_.lower() not in SUSPECTING_NOUNS:
        return False
    return any(c.dep_ in {"acl", "ccomp"} and _on_chain(c, below)
               and (c.tag_ in {"VBD", "VBN"} or any(a.lower_ in {"had", "has", "have"} for a in grammar.auxiliaries(c, passive=False)))
               for c in noun.children)


def _feared(clause: Token) -> bool:
    """An act ahead in the clause of a noun of fear or suspicion ("fears that the rebels were going
    to storm the city", "the worry is that Moscow will retaliate"): a possibility dreaded, not a plan
    (one told in the past there is suspected: `_suspected`)."""
    if clause.dep_ not in {"acl", "ccomp"}:
        return False
    head = clause.head
    noun = head if head.pos_ == "NOUN" else \
        next((c for c in head.children if c.dep_ == "nsubj"), None) if head.lemma_ == "be" else None
    if noun is None or (noun.lower_ not in SUSPECTING_NOUNS and noun.lemma_.lower() not in SUSPECTING_NOUNS):
        return False
    going_to = clause.lemma_ == "go" and clause.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in clause.children)
    return going_to or _modal_over(clause)


def _reputed(verb: Token, below: Token) -> bool:
    """"Is said to have shelled", "are believed to be supplying": a passive verb of saying or
    believing whose to-infinitive, on the chain up from `below`, is what unnamed others say."""
    return verb.lemma_.lower() in tables()["reputing_verbs"] and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.children) and _infinitive_on_chain(verb, below)


def _advocated(verb: Token, below: Token) -> bool:
    """The act a verb of advocating takes as its gerund complement ("favors sending", "support
    imposing", "has advocated bombing Iran"), or one more act of that gerund's list ("advocated
    bombing Iran, attacking North Korea, and …"): the gerund on the chain up from `below`."""
    return any(((c.dep_ == "xcomp" and c.tag_ == "VBG") or _bare_gerund_object(c) or _listed_after(c)) and _on_chain(c, below)
               for c in verb.children)


def _bare_gerund_object(noun: Token) -> bool:
    """"(advocated) bombing Iran", "(backs) expelling the envoys": an object in -ing with no article,
    possessive or adjective of its own is an act named as a gerund, not a known event ("backed the
    bombing", "supported Israel's shelling")."""
    return noun.dep_ == "dobj" and noun.tag_ in {"VBG", "NN"} and noun.lower_.endswith("ing") \
        and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children)


def _listed_after(participle: Token) -> bool:
    """"(advocated bombing Iran,) attacking North Korea, and carving …": a participle with no
    subject, mark or auxiliary of its own, after a comma that ends a gerund (its head, or a gerund
    object of its head) and heading the rest of a list ("…, and carving"), is the next item of
    that gerund's list, which the parse hung on the verb or on the first gerund."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < 2 \
            or participle.doc[participle.i - 1].text != "," \
            or any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in participle.children) \
            or not any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in participle.children):
        return False
    head = participle.head
    gerunds = [head] if head.tag_ == "VBG" else [c for c in head.children if _bare_gerund_object(c) or (c.dep_ == "xcomp" and c.tag_ == "VBG")]
    before = participle.doc[participle.i - 2]  # the word before the comma ends the gerund's phrase
    return any(g.i <= before.i and _on_chain(g, before) and not participle.is_ancestor(before) for g in gerunds)


def _infinitive_on_chain(verb: Token, below: Token) -> bool:
    """The to-infinitive a verb takes ("advised Trump to expel"), on the chain up from `below`."""
    return any(c.dep_ == "xcomp" and to_infinitive(c) and _on_chain(c, below) for c in verb.children)


def _instructed_infinitive(verb: Token, below: Token) -> bool:
    """The to-infinitive a verb of telling takes after its object, on the chain up from `below`:
    its complement ("directed the agency to cooperate"), or the same infinitive hung as a clause of
    purpose when a quotation mark opens before it (directed the agency to "fully cooperate …"):
    what the one told is to do, whoever is told, not why the telling was done."""
    return _infinitive_on_chain(verb, below) or any(
        c.dep_ == "advcl" and purpose_infinitive(c) and _on_chain(c, below)
        and any(o.dep_ == "dobj" and o.i < c.i and any(t.text in DOUBLE_QUOTES for t in verb.doc[o.i:c.i]) for o in verb.children)
        for c in verb.children)


def _authorized(verb: Token, below: Token) -> bool:
    """"Congress authorized the military to train the rebels", "investigators are authorized to
    question him": a verb of granting a power over its to-infinitive licenses the act, which is
    ahead, not told as done ("was not authorized to speak" is left to the negation)."""
    return verb.lemma_.lower() in MODALITY_CLASSES["authorizing_verbs"] and not _negated(verb) and _infinitive_on_chain(verb, below)


def _awaited(noun: Token) -> bool:
    """"(has scheduled a parade) ahead of the summit", "in the weeks leading up to the talks", "in
    the run-up to the vote": an event noun another act is timed before is still to come."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    before = " " + noun.doc[max(noun.head.i - 3, 0):noun.head.i + 1].text.lower()
    return any(before.endswith(" " + phrase.replace("_", " ")) for phrase in MODALITY_CLASSES["awaiting_phrases"])


def _pressing_aimed(verb: Token, below: Token) -> bool:
    """"Tried to coerce Ukraine to investigate the Bidens", "moved tanks in to force the rebels to
    surrender", "used his office to pressure the bank to lend": a verb of pressing or forcing that is
    itself a to-infinitive (an aim, a try) tells no pressing done, and what it would press for is
    not done either: neither told as done nor as alleged, whatever the clause over it says."""
    lemma = verb.lemma_.lower()
    return (lemma in MODALITY_CLASSES["pressuring_verbs"] or lemma in MODALITY_CLASSES["forcing_verbs"]) \
        and to_infinitive(verb) and _infinitive_on_chain(verb, below)


def _induced_aim(verb: Token, below: Token) -> bool:
    """"Were trying to get Biden to commit to a meeting", "wants to persuade Seoul to join", "its
    focus on getting Iran to agree", "the goal is getting North Korea to give up its weapons": a
    verb of bringing someone round, itself only tried, wished or named as an aim, tells no one
    brought round; the act of the one it would bring round, its to-infinitive on the chain up from
    `below`, is asked of them."""
    tried = verb.dep_ == "xcomp" and verb.head.lemma_ in ATTEMPT_HEADS | WISH_HEADS
    return verb.lemma_.lower() in MODALITY_CLASSES["inducing_verbs"] and (tried or _aim_named(verb)) and any(
            c.dep_ in {"xcomp", "ccomp", "advcl"} and to_infinitive(c) and _on_chain(c, below)
            and any(d.dep_ in {"dobj", "nsubj"} and d.i < c.i and not _thing(d) for d in [*verb.children, *c.children])
            for c in verb.children)  # not "to get money to build the wall": the money is no one brought round


def _aim_named(gerund: Token) -> bool:
    """"(Its) focus on getting Iran to agree", "little progress in persuading Kim", "the goal is
    getting North Korea to give up": a gerund after a noun of aim or effort, or with one as its
    subject, names what is aimed at, not what was done ("succeeded in getting", "credit for
    getting" tell it done: no noun of aim)."""
    if gerund.tag_ != "VBG":
        return False
    aims = MODALITY_CLASSES["aim_nouns"]
    if gerund.dep_ == "pcomp":
        # the noun the preposition hangs on, one its phrase is in ("focus at the talks on getting"),
        # or the object of the verb the parse hangs it on ("kept their focus on getting", "made progress in")
        noun = gerund.head.head
        while noun.pos_ == "NOUN" and noun.lemma_.lower() not in aims and noun.dep_ == "pobj":
            noun = noun.head.head
        nouns = [noun] if noun.pos_ == "NOUN" else [c for c in noun.children if c.dep_ == "dobj"]
        return any(n.pos_ == "NOUN" and n.lemma_.lower() in aims for n in nouns)
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in aims for c in gerund.children)


def _done_little(act: Token) -> bool:
    """"Did little to oppose the annexation", "has done nothing to help the refugees": an act
    someone did next to nothing toward (the to-infinitive of "do" with such an object, or of the
    object itself) is told as (all but) not done, as "little commitment" is."""
    if not to_infinitive(act) or act.dep_ not in {"xcomp", "advcl", "relcl", "acl"}:
        return False
    amounts = [act.head] if act.dep_ in {"relcl", "acl"} else [c for c in act.head.children if c.dep_ == "dobj"]
    return any(a.dep_ == "dobj" and a.head.lemma_.lower() == "do" and not (a.i > 0 and a.nbor(-1).lower_ == "a")
               and a.lower_ in MODALITY_CLASSES["negative_objects"] | MODALITY_CLASSES["scarce_quantifiers"] for a in amounts)


def _achieved_only(code: str) -> bool:
    """An agreement signed, material cooperation, aid given or a concession made: cooperative acts
    done only when they succeed, so that one tried is not told as done (`achieved_only_codes`)."""
    return any(code.startswith(prefix) for prefix in MODALITY_CLASSES["achieved_only_codes"])


def _tried_and(verb: Token, below: Token) -> bool:
    """"(leaned on him) to try and pressure Sessions": "try and" with a bare verb is "try to" in
    speech and news prose alike; the parse makes the verb a conjunct of "try", not its infinitive."""
    return verb.lemma_.lower() in MODALITY_CLASSES["pseudo_coordinating"] and verb.tag_ == "VB" and any(
        c.dep_ == "conj" and c.tag_ == "VB" and _on_chain(c, below)
        and any(cc.dep_ == "cc" and cc.lower_ == "and" and verb.i < cc.i < c.i for cc in verb.children)
        for c in verb.children)


def _purpose_of_a_thing(verb: Token, below: Token) -> bool:
    """"The deal was meant to prevent …", "the tariffs were designed to punish …": a passive
    participle of purpose with its infinitive says what something is for, not what anyone did."""
    return verb.lemma_ in PURPOSE_PARTICIPLES and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
        and _infinitive_on_chain(verb, below)


def _can_tell(verb: Token, auxiliaries: set[str]) -> bool:
    """"I can confirm that …", "we can say that …": "can" on a verb of saying asserts what follows,
    no supposition."""
    return auxiliaries == {"can"} and not _negated(verb) and (verb.lemma_ in SPEECH_LEMMAS or verb.lemma_ in STATING_WITH_CLAUSE
                                                            or verb.lemma_.lower() in tables()["reporting_heads"])


def _ending_scheduled(verb: Token) -> bool:
    """"The drills are scheduled to end on Friday": what is scheduled is the end of an act under
    way, not the act."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ENDING_VERBS for c in verb.children)


def _ease_judged(infinitive: Token) -> bool:
    """"(Sanctions hurt it by) making it hard to restructure its debt", "it is easy to imagine …",
    "the harder it will be to negotiate": an infinitive that an adjective of ease or difficulty
    judges, with "it" standing for the act, tells how hard the act would be, not that it was done."""
    head = infinitive.head
    if head.i == infinitive.i or not to_infinitive(infinitive):
        return False
    words = MODALITY_CLASSES["ease_adjectives"]
    judges = [t for t in [head, *head.children] if t.tag_ in {"JJ", "JJR", "JJS"} and t.lemma_.lower() in words]
    return any(c.lower_ == "it" and c.dep_ in {"nsubj", "expl", "dobj"} for judge in [head, *judges] for c in judge.children) \
        and bool(judges)


def _advised(clause: Token, auxiliaries: set[str]) -> bool:
    """"Said Washington and Beijing should continue to cooperate", "the government ought to
    investigate": "should" or "ought" asks for the clause's act (advice, as "must" demands it), no
    supposition; not "should have" (a past that did not come about), nor a question of what is to
    be done ("how the army should adapt", "which emails should be released"), nor a relative clause,
    nor "should" before its subject, a condition ("restrictions will follow should Washington act")."""
    advice = [c for c in grammar.auxiliaries(clause, passive=False) if c.lower_ in ADVICE_AUX]
    return bool(advice) and "have" not in auxiliaries and clause.dep_ != "relcl" \
        and _subject_index(clause) < advice[0].i \
        and not any(t.tag_ in WH_TAGS for t in clause.subtree if t.i < clause.i)


def polite_appeal(verb: Token) -> bool:
    """"'We would urge both sides to show restraint'", "'I would ask Iran to release them'": a
    speaker's own verb of appeal or demand with "would" and "I" or "we" as its subject is a request
    made in the saying (the "would" only softens it), not one ahead or supposed."""
    asking = verb.lemma_ in DEMANDING_HEADS or FRAME_VERBS.get(verb.lemma_) in {"appeal", "demand"}
    return asking and "would" in grammar.auxiliary_words(verb) and quoted(verb) \
        and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children)


def _drafted(verb: Token) -> bool:
    """"A draft resolution condemns the attack", "the proposed text demands a ceasefire": a verb
    whose subject is a text still only drafted or proposed tells what the text would do if it were
    adopted; no act is done."""
    if verb.pos_ != "VERB":
        return False
    words = MODALITY_CLASSES["draft_modifiers"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] \
        or [c for c in first_conjunct(verb).children if c.dep_ == "nsubj"]  # "… and demands": the first verb's subject
    return any(s.pos_ == "NOUN" and any(m.dep_ in {"amod", "compound"} and m.lower_ in words for m in s.children)
               for s in subjects)


def _onset_ahead(noun: Token, code: str) -> bool:
    """"Talks are due to resume in Vienna", "negotiations are set to begin", "the summit opens next
    month": an event noun as the subject of a verb of its own taking place (the verb itself, or the
    infinitive its "due", "set", "expected" takes) is ahead when that verb is told as ahead."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = noun.head
    onset = tables()["occurring_verbs"] | MODALITY_CLASSES["onset_verbs"]
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp"),
             *(x for c in head.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp")]
    return any(verb.pos_ == "VERB" and verb.lemma_.lower() in onset and _told_modality(verb, None, code, True) == "planned"
               for verb in verbs)


def _weighed_option(noun: Token, code: str) -> bool:
    """"Is considering airstrikes in Syria", "weighed new sanctions on Moscow", "mulls a visit": an
    event noun of an act done (not a verbal act: "considering Iran's offer" answers one made) as the
    object of a verb of weighing an option."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and code[:2] not in MODALITY_CLASSES["verbal_roots"] \
        and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in MODALITY_CLASSES["weighing_verbs"]


def _judged_possible(noun: Token) -> bool:
    """"Further clashes are possible", "new strikes are likely", "a missile test remains highly
    likely": an event noun whose predicate is an adjective of likelihood is a guess, not news."""
    if noun.dep_ != "nsubj":
        return False
    head = noun.head
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in tables()["hedge_adjectives"]
    return head.lemma_.lower() in MODALITY_CLASSES["likelihood_copulas"] and any(c.dep_ == "acomp" and c.lemma_.lower() in tables()["hedge_adjectives"] for c in head.children)


def _failed_plan(noun: Token) -> bool:
    """"The plan to force him out was a failure", "the plan collapsed", "the scrapped scheme": a plan
    that came to nothing."""
    if noun.lemma_.lower() not in PLAN_NOUNS:
        return False
    if any(c.dep_ == "amod" and listed(c, FAILURE_WORDS) for c in noun.children):
        return True
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = noun.head
    if head.lemma_.lower() in FAILURE_WORDS:
        return True
    return head.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in FAILURE_WORDS for c in head.children)


def _looks_to(clause: Token) -> bool:
    """"Democrats look to investigate", "is looking to expand": "look" with an infinitive of an
    act is an aim ("looks to be" is how something seems; one "was moved to send troops", stirred
    to it, sent them)."""
    return clause.dep_ == "xcomp" and clause.head.lemma_ in tables()["aiming_verbs"] and clause.lemma_ != "be" and to_infinitive(clause) \
        and not any(c.dep_ == "auxpass" for c in clause.head.children)


def counterfactual(clause: Token) -> bool:
    """"Trump would have vetoed them", "could have bombed Syria", "should have armed the rebels":
    a modal with the perfect tells of a past that did not come about (or is judged, not told): no
    act done, announced or threatened."""
    auxiliaries = [c for c in grammar.auxiliaries(clause) if c.i < clause.i]
    return any(a.tag_ == "MD" and grammar.auxiliary_word(a) in HYPOTHETICAL_AUX for a in auxiliaries) \
        and any(a.lemma_ == "have" and a.tag_ == "VB" for a in auxiliaries)


def _asked_not_to(verb: Token) -> bool:
    """"The United States should not recognize Jerusalem", "are instructing members not to
    negotiate", "warned Trump not to call for …": a negated act under a modal of advice or
    obligation (not of the past: "should not have sent"), or a negated infinitive whose doer is
    asked, told or warned by the verb above it, is an act asked to be left undone, not one told as
    not done ("decided not to fire", "promised not to attack" are the doer's own word: negated)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxiliaries & (ADVICE_AUX | OBLIGATION_AUX) and "have" not in auxiliaries:
        return True
    if _pressed_not_to(verb):
        return True
    if verb.dep_ != "xcomp" or not to_infinitive(verb):
        return False
    asker = verb.head.lemma_.lower()
    return asker in ADVISING_HEADS or asker in tables()["instructing_verbs"] \
        or asker in MODALITY_CLASSES["cautioning_verbs"] or asking_verb(verb.head)


def _pressed_not_to(verb: Token) -> bool:
    """"Under tremendous pressure from EU countries to not renege on the deal", "rejected calls not
    to attack": a to-infinitive of a noun of pressing or asking (the noun's own, or, as the parse
    often hangs it, that of the verb the noun is the object of) is what the one pressed is asked
    to do."""
    if verb.dep_ not in {"acl", "advcl", "xcomp"} or not to_infinitive(verb):
        return False
    head = verb.head
    nouns = [head] if head.pos_ == "NOUN" else \
        [c for c in head.children if c.dep_ == "dobj"] + objects_of(head, {"under"})
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in MODALITY_CLASSES["pressing_nouns"]
               and not (n.dep_ == "pobj" and n.head.lower_ == "in") for n in nouns)  # not "in order not to provoke"


def _has_to(clause: Token) -> bool:
    """"Sudan has to return the helicopter": obligation without a modal ("has until Friday to return
    it" sets a deadline instead: `_due_by`)."""
    return clause.dep_ == "xcomp" and clause.head.lemma_ in {"have", "need"} and not _negated(clause.head) \
        and not _deadline_on(clause.head)


def _necessity_foreseen(clause: Token) -> bool:
    """"Tehran will have to choose", "NATO troops may have to withdraw", "Hamas is going to have to
    release the hostages": "have to" under a modal of the future or of possibility ("will",
    "'ll", "may", "might", "could") or under "going to" forecasts or supposes a necessity; no one is
    told to act, and nothing is done. (Not "would have to": in reported speech it is the
    backshifted "will have to" of a demand, and "the steps Damascus would have to take" lists what
    is asked.)"""
    have = clause.head
    if clause.dep_ != "xcomp" or have.lemma_ != "have" or not to_infinitive(clause):
        return False
    going = have.head
    foreseen = bool(grammar.auxiliary_words(have, passive=False) & (FUTURE_AUX | TENTATIVE_AUX)) \
        or (have.dep_ == "xcomp" and to_infinitive(have) and going.lemma_ == "go" and going.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in going.children))
    return foreseen and in_writers_words(have)


def not_yet(clause: Token) -> bool:
    """"Has yet to agree", "is yet to respond": "have" or "be" with "yet" and a to-infinitive says
    the act has not been done so far; nothing is asked."""
    head = clause.head
    return clause.dep_ == "xcomp" and to_infinitive(clause) and head.lemma_ in {"have", "be"} \
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def _had_to(clause: Token) -> bool:
    """"Even the Post had to call him out", "'We had to strike,' he said": a past "had to" in the
    writer's words or a speaker's own (quoted) tells an obligation that was met, so the act was
    done. In what a speaker is reported to say ("said the administration had to consult Congress")
    it is the backshifted "has to", still asked for; with a negation or an auxiliary
    ("did not have to", "would have had to") it is no past act either, nor in a clause of another
    ("would do whatever it had to do"): only a main clause or one joined to it tells it."""
    have = clause.head
    return clause.dep_ == "xcomp" and to_infinitive(clause) and have.lemma_ == "have" and have.tag_ == "VBD" \
        and have.dep_ in {"ROOT", "conj"} and not _negated(have) and not grammar.auxiliaries(have) and (quoted(have) or account_of(have) is None) \
        and not any(c.dep_ == "advmod" and c.lower_ == "yet" for c in have.children) \
        and not any(a.lemma_ == "have" for a in grammar.auxiliaries(clause))  # "had to have known": a guess about the past


def _writers_need(clause: Token) -> bool:
    """"Democrats need to persuade four Republicans": "need to" in the writer's own words, outside
    quotation marks and told by no speaker, is the writer's view of what an aim takes; no one
    demands it ("the mayor said the companies need to act" is the mayor's demand)."""
    need = clause.head
    if clause.dep_ != "xcomp" or need.lemma_ != "need" or _negated(need):
        return False
    if any(c.dep_ == "auxpass" for c in clause.children):
        return False  # "the deal still needs to be ratified by Congress": asked of the one who must act
    return in_writers_words(need)


def _writers_means(clause: Token) -> bool:
    """"To do that, they have to discredit the inquiry": "have to" under a purpose put before it,
    in the writer's own words (outside quotation marks, told by no speaker), is the writer's
    reasoning about what an aim takes, as "need to" is; no one is asked to act."""
    have = clause.head
    if clause.dep_ != "xcomp" or have.lemma_ != "have" or not any(
            c.dep_ == "advcl" and c.i < have.i and _purpose(c) for c in have.children):
        return False
    return in_writers_words(have)


def _not_owed(clause: Token) -> bool:
    """"does not have to cooperate", "need not wait": no obligation, and no act told either way."""
    return clause.dep_ == "xcomp" and clause.head.lemma_ in {"have", "need"} and _negated(clause.head)


def _negated(verb: Token) -> bool:
    return (any(_negates(c) for c in verb.children) and not _held_off_until(verb)) or _negated_by_nor(verb)


def _held_off_until(verb: Token) -> bool:
    """"Didn't reach a deal until last week", "was not released until the army withdrew": a past
    verb ("did", "was", "had" its first auxiliary, no modal) negated with a time limit after it
    ("until …", "till …": a preposition or a clause's mark) tells when the act came about, not that
    it never did. A modal or present keeps the negation ("will not sign until Congress acts", "won't
    lift sanctions until …": refused so far); a limit put first ("until recently, Moscow did not
    sell arms …") tells a past state, and is left alone."""
    auxiliaries = grammar.auxiliaries(verb)
    if not auxiliaries or auxiliaries[0].tag_ != "VBD" or grammar.auxiliary_word(auxiliaries[0]) == "would":
        return False
    if verb.lemma_.lower() in FRAME_VERBS or any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "did not want to negotiate until sanctions were lifted": a stance held, a refusal
    limits = MODALITY_CLASSES["deadline_prepositions"]
    return any(c.i > verb.i and ((c.dep_ == "prep" and c.lower_ in limits)
                                 or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in limits for m in c.children)))
               for c in verb.children)


def _negated_by_nor(verb: Token) -> bool:
    """"Nor had he met his family", "…, nor did Kerry meet Zarif": "nor" or "neither" before an
    auxiliary put ahead of its subject negates the clause, as "not" does; so does "neither … nor"
    over two verbs ("had neither charged him nor cleared him": neither act was done), but not a
    third verb joined by its own "but" or "and" ("neither released them nor freed them, but
    attacked the convoy": the attack was done)."""
    if _neither_nor(verb):
        return True
    auxiliary = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"}), None)
    if auxiliary is None or auxiliary.i == 0 or auxiliary.doc[auxiliary.i - 1].lower_ not in {"nor", "neither"}:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > auxiliary.i for c in verb.children)


def _neither_nor(verb: Token) -> bool:
    """"Had neither charged him nor cleared him": a verb under a preconjunct "neither", or one
    joined to it by "nor" (not a third verb joined by its own "but" or "and")."""
    if not any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first_conjunct(verb).children):
        return False
    if verb.dep_ != "conj":
        return True
    joiners = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return bool(joiners) and joiners[-1].lower_ == "nor"


def _negation_shared(verb: Token) -> bool:
    """"Would not confirm or deny that …": a verb joined by "or" to a negated one is negated with
    it (not this or that: neither)."""
    head = verb.head
    return verb.dep_ == "conj" and _negated(head) \
        and any(c.dep_ == "cc" and c.lower_ == "or" and head.i < c.i < verb.i for c in head.children)


def unsaid(clause: Token) -> bool:
    """"…, but not that he would reject it": a clause its speaker is told NOT to have said."""
    return any(c.dep_ == "neg" and not _negates(c) for c in clause.children)


def _negates(word: Token) -> bool:
    """A "not" that negates its head; not one before the clause's "that" ("said he would not ask
    for it, but not that he would reject it"): that denies an elided saying, and leaves the act open;
    nor one before "only" or "just" ("not only shelled the town but also …"): the act was done."""
    if word.dep_ != "neg":
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.lower_ in RESTRICTING_ADVERBS and after.dep_ == "advmod" and after.head.i == word.head.i:
        return False
    return not any(c.dep_ == "mark" and c.lower_ == "that" and c.i == word.i + 1 for c in word.head.children)


def _contrasted(conjunct: Token) -> bool:
    """"Is not targeting ISIL but instead attacking civilians", "did not retreat but regrouped": a
    conjunct set against its negated head by "but" (or "instead", "rather") is told as done; the
    negation is the head's alone."""
    head = conjunct.head
    if conjunct.dep_ != "conj" or not _negated(head):
        return False
    joined_by_but = any(c.dep_ == "cc" and c.lower_ in CONTRAST_WORDS and head.i < c.i < conjunct.i for c in head.children)
    return joined_by_but or any(c.dep_ == "advmod" and c.lower_ in CONTRAST_WORDS for c in conjunct.children)


def _stating(participle: Token) -> bool:
    """A participle of saying or noting ("saying", "noting", "arguing") with no subject, mark or
    auxiliary of its own."""
    lemma = participle.lemma_.lower()
    stating = lemma in SPEECH_LEMMAS or lemma in NOTING_VERBS or lemma in tables()["reporting_heads"] \
        or lemma in tables()["claiming_verbs"]
    return stating and participle.dep_ == "advcl" and participle.tag_ == "VBG" \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "neg"} for c in participle.children)


def _reporters_aside(participle: Token, head: Token) -> bool:
    """"Macron said the US could recognise Jerusalem, saying any decision must come through
    talks": a participle of saying after a comma, hung by the parse on the verb of a reported
    clause with a subject of its own, is the reporter's next statement, not under that clause's
    modal ("could") or the frame over it."""
    return _stating(participle) and participle.head.i == head.i and participle.i > head.i \
        and participle.i > 0 and participle.doc[participle.i - 1].lower_ == "," \
        and head.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)


def _second_statement(participle: Token, below: Token) -> bool:
    """"Called for allies to unite, noting that Turkey has been fighting the Kurds", "…, suggesting
    that the probe is meant to harm them": a participle of saying or noting with no subject of its
    own, hung on the main verb, states its clause (`below`) as a point made; the main verb's frame,
    modal or future does not reach into it."""
    lemma = participle.lemma_.lower()
    stating = lemma in SPEECH_LEMMAS or lemma in NOTING_VERBS or lemma in tables()["reporting_heads"] \
        or lemma in tables()["claiming_verbs"]
    return stating and lemma not in DEMANDING_HEADS and not _mandative(participle, below) \
        and participle.dep_ == "advcl" and participle.tag_ == "VBG" and below.dep_ == "ccomp" and below.head.i == participle.i \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "neg"} for c in participle.children)


# Words opening a clause the sentence takes as known: "explain why …", "… when Obama declined …"
WH_OPENERS = {"why", "how", "when", "where"}


def _fronted_under_copula(clause: Token) -> bool:
    """"North Korea has launched its fifth nuclear test and this time, the bomb is reportedly
    capable of …": a clause with its own subject hung before a "be" with its own subject, as its
    complement, is a statement of its own the parse joined to the next (English puts what a
    copula says after it; a report's "reportedly" or "may" there is not the first statement's)."""
    head = clause.head
    return clause.dep_ == "ccomp" and clause.i < head.i and head.lemma_ == "be" and head.pos_ == "AUX" \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
        and any(c.dep_ == "nsubj" and c.i > clause.i for c in head.children)


def _presupposed_clause(clause: Token) -> bool:
    """A finite clause whose act the sentence takes as known, whatever is said of it: an embedded
    question of why or how ("cannot explain why they were silent", "asked how Russia got the
    plans"), a past "when" or "where" clause ("… when Obama declined to send arms"), or the "that"
    clause of a preposition that asserts it ("no other conclusion except that the president withheld aid").
    Its own modal or negation has been read before this; what governs it above does not count."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    auxiliaries = grammar.auxiliaries(clause)
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    past = clause.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)
    finite = past or clause.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxiliaries)
    if clause.dep_ == "pcomp":
        return finite and clause.head.lower_ in ASSERTING_PREPOSITIONS \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    opener = next((c for c in clause.children if c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in WH_OPENERS
                   and c.i < _subject_index(clause)), None)  # "(explain) why they were", before the subject
    if opener is None or clause.dep_ not in {"ccomp", "advcl"}:
        return False
    if opener.lower_ in {"when", "where"}:
        return past  # "will strike when Iran attacks" is ahead, not known
    return clause.dep_ == "ccomp" and finite


def _denied_afterwards(trigger: Token) -> bool:
    """"Witnesses said the forces opened fire, a claim the police denied", "…, a report that
    Damascus has denied": what comes before is summed up, after a comma, as a claim that another
    denies: one side's account, not a known event."""
    sentence = trigger.sent
    for noun in sentence[trigger.i - sentence.start + 1:]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS or noun.dep_ not in {"appos", "npadvmod"}:
            continue
        before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > sentence.start else None
        if before is not None and before.text == "," and any(
                c.dep_ in {"relcl", "acl"} and c.lemma_ in DENYING_HEADS for c in noun.children):
            return True
    for verb in sentence[trigger.i - sentence.start + 1:]:
        if verb.lemma_ not in DENYING_HEADS or verb.dep_ not in {"relcl", "advcl", "conj", "ccomp"} or verb.is_ancestor(trigger):
            continue
        # "Russian troops shelled the hospital, which Moscow denies": the clause before is the denied "which"
        if any(c.dep_ == "dobj" and c.lower_ == "which" and c.i > sentence.start and c.doc[c.i - 1].text == "," for c in verb.children) \
                and _within_clause_of(trigger, verb.head):
            return True
        if verb.dep_ == "conj" and _denies_a_claim(verb) and _someones_account(trigger):
            return True  # "Pakistan shot down two jets, the military said, but India denied it"
    if sentence.end >= len(sentence.doc) or not _someones_account(trigger):
        return False  # "ordered sanctions … . Moscow denied the claims": the claims are others, the sanctions the writer's
    return _denies_a_claim(sentence.doc[sentence.end].sent.root)


def _summed_up_claim(denial: Token, clause: Token) -> bool:
    """"India accuses Pakistan of arming the rebels, a charge Pakistan denies": the parse may make
    the clause before the comma the complement of the denial, whose object, a claim noun set off by
    the comma, sums that clause up as a claim; what is denied is what the clause tells, not that it
    was told. So with a claim noun set off by a dash ("protesters call the bill unconstitutional - a
    claim the party denies") or the denial's own object ("Iran claimed the drone violated its
    airspace; the Pentagon denied this")."""
    if clause.dep_ != "ccomp" or clause.head.i != denial.i or clause.i > denial.i:
        return False
    if _denies_a_claim(denial) or _dash_claim(clause, denial):
        return True
    doc = clause.doc
    comma = clause.right_edge.i + 1  # read by position: the parse hangs "a charge" on the denial or on its subject
    noun = comma + 2 if comma + 1 < denial.i and doc[comma + 1].pos_ == "DET" else comma + 1
    return doc[comma].text == "," and noun < denial.i and doc[noun].pos_ == "NOUN" and doc[noun].lemma_.lower() in CLAIM_NOUNS


def _dash_claim(clause: Token, denial: Token) -> bool:
    """A claim noun set off by a dash between a clause and the verb that denies it ("… a violation
    of the constitution - a claim the party denies"): the parse hangs the noun inside the clause."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in CLAIM_NOUNS and t.dep_ == "appos"
               and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text in DASHES for t in clause.doc[clause.i + 1:denial.i])


def _within_clause_of(trigger: Token, word: Token) -> bool:
    """Whether `trigger` lies in the clause `word` stands in (its nearest verb, with the verbs it
    is joined to): ", which X denies" after "… whether Trump obstructed justice by firing Comey"
    denies the firing, not "Mueller's probe" that took it up."""
    clause = next((t for t in [word, *word.ancestors] if t.pos_ in {"VERB", "AUX"}), word.sent.root)
    clause = first_conjunct(clause)  # "shelled the town and killed 20 people, which Tehran denies": both
    return trigger.i == clause.i or clause.is_ancestor(trigger)


def denied_in(trigger: Token, opening: Span) -> bool:
    """Whether the sentence opening the next paragraph denies the account `trigger`'s event is
    told in ("Ukraine said Russian jets bombed the market." ¶ "Moscow denied the claim."), as
    `_denied_afterwards` reads the next sentence of the same paragraph."""
    return not _tells_a_claim(trigger) and _someones_account(trigger) and _denies_a_claim(opening.root)


def tells_an_account(sentence: Span) -> bool:
    """A sentence that tells someone's account: a verb of saying, reporting or alleging in it."""
    return any(t.pos_ == "VERB" and (t.lemma_ in SPEECH_LEMMAS or t.lemma_ in ALLEGING_HEADS
                                     or t.lemma_.lower() in tables()["reporting_heads"]) for t in sentence)


def _someones_account(trigger: Token) -> bool:
    """An act told as what someone says: in the clause a verb of saying reports ("the military
    said Pakistan shot down …", "…, the ministry said") or credited "according to" someone."""
    for token in [trigger, *trigger.ancestors]:
        if according_to(token) or any(c.dep_ == "parataxis" and c.lemma_ in SPEECH_LEMMAS for c in token.children):
            return True  # "according to activists, …", "…, the authorities said, but …"
        head = token.head.lemma_.lower()
        if token.dep_ == "ccomp" and (head in SPEECH_LEMMAS or head in tables()["reporting_heads"]):
            return True
    return False


def _tells_a_claim(trigger: Token) -> bool:
    """"Ukraine said …, a claim Moscow denies": the saying or accusing is done; only what it
    tells is denied."""
    return trigger.lemma_ in SPEECH_LEMMAS or trigger.lemma_ in ALLEGING_HEADS or any(c.dep_ == "ccomp" for c in trigger.children)


def _denies_a_claim(verb: Token) -> bool:
    """"Moscow denied the claim", "Israel denied it", "rejected these reports": a verb that denies
    what was told before it (for the sentence after, its main verb: "Ukraine says Russian jets
    bombed the market. Moscow denied the claim."). "Rejected it" may turn down an offer, so only a
    claim noun counts after reject or dismiss."""
    if verb.lemma_ not in DENYING_HEADS or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # "dismissed the threats as empty rhetoric" calls them, does not deny them
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lemma_.lower() in CLAIM_NOUNS and any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in obj.children):
            return True  # "denied the claim", "rejected these reports", "disputed Kyiv's account"
        if obj.lower_ in {"it", "this", "that"} and verb.lemma_ in tables()["denying_it_verbs"]:
            return True
    return False


def _goes_on(act: Token) -> bool:
    """"Never stopped shelling the town", "did not cease firing rockets": a gerund under a
    negated verb of stopping, told plainly (no modal, condition or frame), is an act that went on."""
    verb = _stopping_denied(act)
    return verb is not None and not any(c.dep_ == "mark" for c in verb.children) \
        and not any(c.lower_ not in {"do", "does", "did", "has", "have", "had"} for c in grammar.auxiliaries(verb, passive=False))


def _goes_on_ahead(act: Token) -> bool:
    """"Hamas will not stop firing rockets", "won't cease shelling": with a future, the act is
    announced to go on (planned), not denied."""
    verb = _stopping_denied(act)
    return verb is not None and not any(c.dep_ == "mark" for c in verb.children) \
        and any(c.lower_ in FUTURE_AUX for c in grammar.auxiliaries(verb, passive=False))


def _stopping_denied(act: Token) -> Token | None:
    """The negated verb of stopping a gerund `act` hangs on ("never stopped (shelling)"), if any."""
    verb = act.head
    if act.tag_ != "VBG" or act.dep_ not in {"xcomp", "dobj", "advcl", "ccomp"} or verb.i == act.i:
        return None
    if verb.lemma_.lower() not in tables()["continuing_negated"] or not _negated(verb) or verb.dep_ not in {"ROOT", "ccomp", "conj"}:
        return None
    return verb


def _stray_base_form(verb: Token) -> bool:
    """A bare verb (VB) with no modal, "to" or "that", hung on a finite "be" (as its clause with
    a subject, or joined to it): no tense of its own, so no act told; the parse has cut it off
    from the "would" or "will" it shares ("a populist who has said he would torture suspects,
    kill their families" with "kill" on "is")."""
    if verb.tag_ != "VB" or verb.dep_ not in {"ccomp", "conj"} or verb.head.lemma_ != "be" or verb.head.tag_ == "VB":
        return False
    children = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass", "mark"} for c in children):
        return False
    return verb.dep_ == "conj" or any(c.dep_ == "nsubj" for c in children)


def _bare_conjunct(verb: Token) -> bool:
    """A bare verb (VB) with no "to", modal or subject of its own joined to a past or present-tense
    verb ("announced an escalation with plans to intensify airstrikes, send advisers, provide arms"
    with "send" on "announced"): a base form cannot be that verb's coordinate, so the parse has cut
    it off from the infinitive or modal it belongs to, and no act is told."""
    if verb.tag_ != "VB" or verb.dep_ != "conj" or any(c.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    head = verb.head
    while head.dep_ == "conj" and head.tag_ == "VB" and head.head.i != head.i:
        head = head.head
    return head.tag_ in {"VBD", "VBZ"} and head.pos_ == "VERB" and not any(c.tag_ == "MD" for c in grammar.auxiliaries(head, passive=False))


def _implication_denied(token: Token) -> bool:
    """"That does not mean Democrats will be able to subpoena Bolton": what a negated verb of
    implying governs is told neither way, however its own clause puts it ("will", "would")."""
    while token.dep_ in {"xcomp", "ccomp", "acomp", "conj", "advcl"} and token.head.i != token.i:
        token = token.head
        if token.lemma_ in IMPLYING_VERBS and (_negated(token) or _nothing_as_subject(token)):
            return True
    return False


def _nothing_as_subject(verb: Token) -> bool:
    """"Nothing in their behaviour suggests that …", "none of this means …": a verb whose subject says
    none, as "does not suggest" says it with a negation."""
    return any(c.dep_ == "nsubj" and c.lower_ in MODALITY_CLASSES["negative_objects"] for c in verb.children)


def _done_by_none(verb: Token) -> bool:
    """"No country has recognized the annexation", "neither Obama nor any official ever ordered
    surveillance", "nobody was arrested": a verb whose subject says none did (or underwent) it is
    told as not done, as a negation tells it."""
    if verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.lower_ in MODALITY_CLASSES["negative_objects"]
               or any(c.dep_ in {"det", "preconj"} and c.lower_ in MODALITY_CLASSES["negative_determiners"] for c in s.children)
               for s in subjects)


def _none_of(noun: Token) -> bool:
    """An event noun said to be none: "no demand", "no talks were held", or "without" one ("held
    without a demand by Trump")."""
    if noun.pos_ != "NOUN":
        return False
    determiners = [c for c in noun.children if c.dep_ == "det"]
    if [d.lower_ for d in determiners] == ["no"]:
        # not "a no-confidence vote", "held no confidence vote": "no" there names the kind of vote
        after = noun.doc[determiners[0].i + 1]
        return after.i == noun.i or not (after.dep_ == "compound" or after.is_punct)
    if _scarce(noun):
        return True  # "received little commitment from Washington": next to none was made
    return noun.dep_ == "pobj" and noun.head.lower_ in MODALITY_CLASSES["lacking_prepositions"]


def _scarce(noun: Token) -> bool:
    """"Little commitment", "scant support": an event noun led by a quantifier that allows next to
    none (not "a little help", which is some)."""
    return any(c.dep_ in {"amod", "det"} and c.lower_ in MODALITY_CLASSES["scarce_quantifiers"] and c.i < noun.i
               and not (c.i > 0 and c.nbor(-1).lower_ == "a") for c in noun.children)


def _left_undone(act: Token) -> bool:
    """"(released the aid) without Kyiv announcing any inquiry", "(left) without signing the
    accord": a gerund under "without" is an act not done beside the clause it hangs on; so is one
    the parse hangs on the verb right after "without" and its subject ("without Kyiv (announcing)")."""
    words = MODALITY_CLASSES["lacking_prepositions"]
    if act.tag_ != "VBG":
        return False
    if act.dep_ == "pcomp":
        return act.head.lower_ in words
    return act.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "mark", "aux"} for c in act.children) and any(
        c.dep_ == "prep" and c.lower_ in words and c.right_edge.i + 1 == act.i for c in act.head.children)


def _held_back_by(act: Token) -> Token | None:
    """The verb that holds `act` back: "refrained from (criticizing Ankara)", "stopped short of
    (calling it an act of war)", "held off on (new tariffs)", "avoided (naming Russia)": a gerund
    or an event noun after a verb of holding back and its preposition. None for any other word."""
    words = MODALITY_CLASSES["withholding_phrases"]
    head = act.head
    if act.tag_ == "VBG" and act.dep_ in {"xcomp", "dobj"} and head.pos_ == "VERB" and head.lemma_.lower() in words:
        return head  # "avoided naming Russia"
    if not ((act.dep_ == "pcomp" and act.tag_ == "VBG") or (act.dep_ == "pobj" and act.pos_ == "NOUN")) or head.dep_ != "prep":
        return None
    verb = head.head if head.head.pos_ == "VERB" else head.head.head  # "stopped (short) of": the preposition may hang on the word between
    if verb.pos_ != "VERB" or verb.i > head.i:
        return None
    lemma, preposition = verb.lemma_.lower(), head.lower_
    between = {t.lower_ for t in act.doc[verb.i + 1:head.i] if t.dep_ in {"prt", "advmod", "acomp", "amod"}}
    phrases = {f"{lemma}_{preposition}"} | {f"{lemma}_{word}_{preposition}" for word in between}
    return verb if phrases & words else None


def _plan_before(noun: Token) -> bool:
    """"Lays out a path to the withdrawal of American forces", "set a timetable for talks": an
    event noun after "to" or "for" that the parse hangs on the verb whose object, before it, is a
    noun of a plan; the plan lays the act out ahead (hung on the noun, the planning heads read it)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in {"to", "for"}:
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < noun.i and c.lemma_.lower() in ROADMAP_NOUNS for c in verb.children)


MEETING_ROOT = "04"


def _meeting_left_ahead(noun: Token, code: str) -> bool:
    """"May pull out of a summit with Trump", "threatened to withdraw from the talks": a meeting
    one may still leave (the verb of leaving in its base form, after a modal, "to" or a frame) is
    ahead, planned; only the leaving is supposed or threatened. A meeting left in the past
    ("pulled out of the talks") is left as told."""
    if noun.pos_ != "NOUN" or not code.startswith(MEETING_ROOT) or noun.dep_ != "pobj":
        return False
    preposition, verb = noun.head, noun.head.head
    particle = None
    if preposition.lower_ == "of" and verb.lower_ == "out" and verb.head.i != verb.i:
        particle, verb = "out", verb.head  # "pull out of", "out" parsed as a preposition
    elif preposition.lower_ == "of":
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)  # "out" as the verb's particle
    elif preposition.lower_ != "from":
        return False
    phrase = f"{verb.lemma_.lower()}_{particle}" if particle else verb.lemma_.lower()
    return verb.tag_ == "VB" and phrase in LEAVING_VERBS


def _participle_after(clause: Token) -> bool:
    """"(Protesters) set fires outside parliament, accusing Yanukovych of …": a present participle
    hung after a verb as a clause of its own tells what went with that act; a word of planning
    ("set", "aim", "expect") plans what it takes as an infinitive or an object, not this."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > clause.head.i


def _kind_of(noun: Token, below: Token) -> bool:
    """"The new set of sanctions passed in August": a noun that plans only with "to" or "for" after
    it ("a path to the withdrawal", "set to visit") names a kind or an amount with "of"."""
    return noun.pos_ == "NOUN" and below.dep_ == "prep" and below.lower_ == "of"


def _presupposed_subject(noun: Token) -> bool:
    """"The talks between Biden and Xi could ease tension", "the sanctions did not change Iran's
    course": a definite event noun as the subject of a verb that is not its own doing (not "the
    talks did not take place", "the summit may open") is a known event; the verb's "could" or
    "not" says what it did not or may do, not that it did not happen. A future ("the talks will
    focus on trade") is left alone: the talks are still ahead."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or head.pos_ != "VERB" or head.lemma_ in {"be", "have"}:
        return False
    if head.lemma_.lower() in tables()["occurring_verbs"] or head.lemma_.lower() in LIGHT_VERBS:
        return False
    if any(c.lower_ in FUTURE_AUX for c in grammar.auxiliaries(head, passive=False)) or _failed_plan(noun):
        return False
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "these", "those"} for c in noun.children) and not any(
        t.lower_ in tables()["future_time_words"] for t in noun.subtree)


def characterised_subject(noun: Token) -> bool:
    """"(Putin believes) the strike on the air base was an aggression", "(claims) Trump's call with
    Zelensky was perfect": a definite event noun as the subject of "be" with what it is called is a
    known event; a claim or belief over the clause is about what it was, not whether it was."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or head.lemma_ != "be" \
            or not any(c.dep_ in {"attr", "acomp"} for c in head.children):
        return False
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "these", "those"}) or c.dep_ == "poss" for c in noun.children)


def _modality(trigger: Token, clause: Token | None, code: str, conditions: bool = True) -> Modality:
    """Whether the event of `trigger` happened. `conditions=False` reads a frame ("threatened to
    impose tariffs if Canada did not sign"), whose condition belongs to the threatened act."""
    claim = _claimants_participle(trigger, code)
    if claim is not None:
        return _told_modality(claim, None, code, conditions)  # "claims he broke no rules, decrying the inquiry": decried as he claims
    modality = _told_modality(trigger, clause, code, conditions)
    if modality == "happened" and _headline_credit(trigger):
        return "alleged"  # "X threatening to fire Y: report": the report's account, as "reportedly"
    if modality in {"negated", "hypothetical"} and _presupposed_subject(trigger):
        modality = _told_modality(trigger, None, code, conditions)  # "the talks could ease tension": the talks were held
    if modality == "alleged" and characterised_subject(trigger):
        modality = _told_modality(trigger, None, code, conditions)  # "believes the strike was an aggression": what it is called is claimed
    if modality == "happened" and not _tells_a_claim(trigger) and not _owned_in_phrase(trigger) \
            and (_denied_afterwards(trigger) or _testified(trigger)):
        # ("told investigators that …, a boost to the Democrats' inquiry": an event noun with its doer
        # named before it, in a phrase, is a known event, whoever testifies or denies around it)
        return "alleged"
    if modality == "negated" and _asked_content(trigger):
        return "demanded"  # "wants guarantees that Hamas will not rearm or attack": what is asked for, not denied
    if modality == "happened" and _infinitive_dated_ahead(trigger):
        return "planned"  # "received visas to attend next week's assembly": still to come
    if modality == "happened" and _headline_future(trigger):
        return "planned"  # "Obama to meet with China's Xi": a headline's future
    if modality in {"planned", "demanded"} and _told_as_past(trigger):
        return "happened"  # "demanded a fee, 48 hours after commandos seized a tanker": the seizing is done
    return modality


def _told_as_past(verb: Token) -> bool:
    """"Seized", "has begun", "had noticed": a verb in a past tense of its own, with no modal or "to"
    before it ("will have left", "to have met" are still ahead or supposed), tells of what was done,
    whatever clause of a plan or a demand it stands in; a plan or a demand is for an act to come.
    Not in a clause of time or condition ("would keep the hold until officials agreed", "once Britain
    freed the ship"), whose past may be a time still ahead of the clause it hangs on."""
    if verb.pos_ != "VERB" or any(a.tag_ == "MD" or a.lower_ == "to" for a in grammar.auxiliaries(verb)) \
            or any(c.dep_ == "mark" and c.lower_ != "that" for c in first_conjunct(verb).children):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in grammar.auxiliaries(verb, passive=False)))


def _infinitive_dated_ahead(act: Token) -> bool:
    """"(Received visas) to attend next week's assembly", "(flew to Paris) to meet Macron tomorrow":
    a to-infinitive with a time ahead of its own, or, for a verb of taking part, of the event it
    takes as its object, is still to come, whatever its head tells as done. (Not "to cancel next
    week's summit": the cancelling is not the summit's.)"""
    if not to_infinitive(act):
        return False
    dated = [c for c in act.children if c.dep_ in {"npadvmod", "prep", "advmod"}
             or (c.dep_ == "dobj" and act.lemma_.lower() in JOINING_VERBS)]
    return any(t.lower_ in tables()["future_time_words"] and _clause_own(t, act) for c in dated for t in c.subtree)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBORDINATE_CLAUSES = frozenset({"relcl", "advcl", "acl", "ccomp", "csubj", "parataxis"})


def _headline_future(act: Token) -> bool:
    """"Obama to meet with China's Xi": a to-infinitive with a subject of its own and no finite verb
    in its sentence but in a clause hung under it is a headline's future (the "is" of "Obama is to meet" dropped), an act
    announced, not done; so are the acts it takes in ("to name Brennan to lead the CIA")."""
    head = first_conjunct(act)
    while head.dep_ == "xcomp" and to_infinitive(head):
        head = first_conjunct(head.head)
    return head.dep_ == "ROOT" and to_infinitive(head) and own_subject(head) is not None \
        and not any(t.tag_ in FINITE_TAGS and not _subordinate(t, head) for t in head.sent)


def _subordinate(word: Token, head: Token) -> bool:
    """Whether `word` stands in a clause hung under `head` (a relative, adverbial or complement
    clause: "Greece to expel diplomats who spied on the navy", "… after Turkey expelled two
    diplomats", "…, officials say"), which leaves `head` the headline's own verb."""
    if not head.is_ancestor(word):
        return False
    path = [word, *word.ancestors]
    return any(t.dep_ in SUBORDINATE_CLAUSES for t in path[:path.index(head)])


def _claimants_participle(trigger: Token, code: str) -> Token | None:
    """The verb of claiming or saying whose speaker a participle of a verbal act hung after a
    comma on the claim's content is: "the senator claims he broke no rules, decrying the inquiry",
    "Russia claimed the convoy carried arms, accusing Ukraine of smuggling": the decrying and the
    accusing are the claimant's second statement, made as the claim is made, not a part of what is
    claimed (the parse hangs the participle on the claim or on its content's verb). None for any
    other word."""
    if code[:2] not in MODALITY_CLASSES["verbal_roots"] or trigger.dep_ != "advcl" or trigger.tag_ != "VBG" \
            or any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in trigger.children):
        return None
    content = trigger.head
    if trigger.i < content.i or trigger.doc[trigger.i - 1].text != ",":
        return None
    claim = content.head if content.dep_ == "ccomp" else content  # hung on the content, or on the claim itself
    lemma = claim.lemma_.lower()
    stating = lemma in ALLEGING_HEADS or lemma in SPEECH_LEMMAS or lemma in tables()["claiming_verbs"]
    return claim if stating and claim.pos_ == "VERB" else None


def _headline_credit(trigger: Token) -> bool:
    """A headline credited after a colon to a report or a paper ("Trump threatening to fire his
    chief of staff: report", as link texts run on into the next headline): the report's account.
    The first colon after the word, before any full stop, followed by a credit word that ends the
    headline (the sentence ends, or a capitalised word of the next text follows)."""
    sentence = trigger.sent
    for token in sentence[trigger.i - sentence.start + 1:]:
        if token.text in {".", "!", "?"}:
            return False
        if token.text != ":":
            continue
        if token.i + 1 >= sentence.end or token.nbor(1).lower_ not in MODALITY_CLASSES["headline_credits"]:
            return False
        after = token.i + 2
        return after >= sentence.end or token.doc[after].is_punct or token.doc[after].text[:1].isupper()
    return False


def _testified(trigger: Token) -> bool:
    """An act told in testimony, one witness's account: in the clause a verb or noun of testifying
    governs ("testified that the envoy was pushed out", "her testimony that …"), or one told to a
    hearing, a jury or investigators ("told a Senate committee hearing that the Russians were
    trying to …", a "that" clause the parse may hang on the hearing's own phrase)."""
    content = False  # climbed out of a clause of content ("that …", a complement) yet?
    for token in [trigger, *trigger.ancestors]:
        if content and (token.lemma_.lower() in TESTIFYING_HEADS or _told_to_a_hearing(token)):
            return True
        content = content or token.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    return False


def _told_to_a_hearing(verb: Token) -> bool:
    """"Told the hearing", "said to investigators", "told the jury": a verb of saying addressed to
    a body one testifies before."""
    if verb.pos_ != "VERB" or verb.lemma_ not in SPEECH_LEMMAS:
        return False
    addressed = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + objects_of(verb, {"to", "before"})
    return any(listed(noun, HEARING_NOUNS) for noun in addressed)


def _told_modality(trigger: Token, clause: Token | None, code: str, conditions: bool) -> Modality:
    """The modality the clause itself gives `trigger`'s event (see `_modality`)."""
    chain = [trigger] + ([clause] if clause is not None and clause is not trigger else [])
    if clause is not None and _told_in_relative(trigger, clause):
        chain = [clause]  # "on one of the trips he made to Pyongyang, a leader did not deny …": made, whatever the main clause denies
    if code == "016":
        # A denial is stored as "denied" (the seed's expected Kremlin denial fixes this): a user
        # filters denials by modality, as alleged or planned acts are filtered. "Neither confirmed
        # nor denied", "would not confirm or deny": no denial made.
        return "negated" if _negated_by_nor(trigger) or _negation_shared(trigger) else "denied"
    aimed = False  # climbed out of a purpose put first ("To resolve the dispute, …")
    if any(_goes_on(token) for token in chain):
        return "happened"  # "never stopped shelling", "did not cease firing": it went on
    if any(_goes_on_ahead(token) for token in chain):
        return "planned"  # "will not stop firing rockets": announced to go on
    if any(_stray_base_form(token) or _bare_conjunct(token) for token in chain):
        return "hypothetical"  # "a populist who has said he would torture suspects, kill their families": the parse lost the "would"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" \
            and trigger.head.head.pos_ == "NOUN" and trigger.head.head.lemma_.lower() in tables()["demanding_nouns"] | NEED_NOUNS:
        return "demanded"  # "(had not raised) its demand for the withdrawal of US forces", "the need for a summit": asked for, not done
    owned = _owned_in_phrase(trigger) or _owned_verbal_object(trigger, code) or _answered_not_negated(trigger) \
        or _sheltered_from(trigger)
    if owned:
        chain = [trigger]  # "would not abandon the policy despite Trump's threats": the threats were made
    negation_not_its = owned or _owned_subject(trigger)  # "Trump's request is not limited to …"
    if any(_wished_of_another(token) for token in chain):
        return "desired"  # "hopes that Russia will free the prisoners": wished by another, not Russia's plan
    for token in chain:
        children = list(token.children)
        if any(c.dep_ == "neg" and _whether_or_not(c) for c in children):
            return "hypothetical"  # "whether or not the Senate approves": either way, not told
        if _negated(token) and not (token is not trigger and negation_not_its):
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in children) or _supposed(token):
                # "if Obama does not release the files", "whether Moscow had not expelled the envoy": a
                # condition or an open question, nothing denied
                return "hypothetical"
            if any(c.lower_ in TENTATIVE_AUX for c in grammar.auxiliaries(token, passive=False)):
                return "hypothetical"  # "may not stop a single attack": a guess, nothing denied
            if _hedged(token):
                return "hypothetical"  # "will probably not kill enough people": a forecast, nothing denied
            if token is trigger and _asked_not_to(token):
                # "should not recognize Jerusalem", "warned Trump not to call for …", "instructing members not to
                # negotiate": an act one is asked to refrain from is neither told as not done (negated) nor asked
                # for (demanded reads as a demand FOR the act): a possibility warned against
                return "hypothetical"
            return "negated"
    if any(_told_neither_way(token) for token in chain):
        return "hypothetical"  # "did not say that Iran was withdrawing", "no sign the army will attack": not told either way
    if _pressed_for(trigger):
        return "demanded"  # "is pushing a meeting between the two", "pushed for a ceasefire": asked for, not done
    if _plan_before(trigger):
        return "planned"  # "lays out a conditions-based path to the withdrawal": laid out, ahead
    if _meeting_left_ahead(trigger, code):
        return "planned"  # "may pull out of a summit with Trump": the summit is ahead; only the leaving is supposed
    if _none_of(trigger):
        return "negated"  # "made no demand that …", "held without a demand by Trump": none was made
    if any(_called_off(token) for token in chain):
        return "negated"  # "canceled his trip to Turkey, where he was to meet Obama": the meeting will not take place
    if _acts_on_nothing(trigger):
        return "negated"  # "agreed to nothing", "uncovered no evidence": nothing was acted on
    if _done_little(trigger):
        return "negated"  # "did little to oppose the annexation": next to nothing was done toward it
    if _done_by_none(trigger):
        return "negated"  # "neither Obama nor any official ever ordered surveillance": no one did it
    thwarter = next((verb for token in chain if (verb := _thwarted_by(token, code)) is not None), None)
    if thwarter is not None:
        kept = _told_modality(thwarter, None, code, conditions)
        if kept in {"happened", "alleged"}:
            return "negated"  # "police foiled an attack", "worked to prevent Britain's withdrawal": it never came about
        if kept in {"planned", "demanded", "hypothetical", "desired"}:
            return "hypothetical"  # "vowed to avert a war", "hopes to avert a war": a possibility to be headed off
    if _dreaded(trigger):
        return "hypothetical"  # "on high alert for attacks", "fears of a crackdown": feared, not done
    if any(token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.i < token.i and c.lower_ in tables()["near_miss_adverbs"]
                                        for c in token.children) for token in chain):
        return "negated"  # "Obama nearly bombed Syria", "almost imposed sanctions": it came close, and did not happen
    modifiers = {w for c in trigger.children if c.dep_ in {"amod", "compound"} for w in (c.lower_, c.lemma_.lower())} \
        if trigger.pos_ == "NOUN" else set()
    if modifiers & tables()["hypothetical_modifiers"]:
        return "hypothetical"  # "a possible strike", "the long-threatened offensive"
    if modifiers & tables()["alleged_modifiers"]:
        return "alleged"  # "the alleged attack", "a suspected airstrike"
    if modifiers & tables()["planned_modifiers"]:
        return "planned"  # "the planned summit", "an upcoming visit"
    if _drafted(trigger):
        return "hypothetical"  # "a draft resolution condemns the attack": proposed, done only if adopted
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lemma_.lower() in tables()["scheduling_heads"] \
            and (trigger.head.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in trigger.head.children)) \
            and not _ending_scheduled(trigger.head):
        return "planned"  # "the talks are scheduled for Tuesday", "the vote is due on Friday"
    if _convened_ahead(trigger, code):
        return "planned"  # "has called a meeting of the agency on Wednesday": the calling is done, the meeting ahead
    if _awaited(trigger):
        return "planned"  # "ahead of Trump's summit with Kim next month": still to come
    if _onset_ahead(trigger, code):
        return "planned"  # "talks are due to resume", "negotiations are set to begin", "the summit opens next month"
    if _weighed_option(trigger, code):
        return "hypothetical"  # "Obama is considering airstrikes in Syria": an option thought over, not done
    if trigger.pos_ == "NOUN" and _judged_possible(trigger):
        return "hypothetical"  # "further clashes are possible", "new strikes are likely": a guess
    if trigger.pos_ == "NOUN" and _failed_plan(trigger):
        return "negated"  # "the plan to force him out was a failure", "the scrapped scheme"
    if owned:
        return "happened"  # the clause's "would not", "may", "did not" are not the noun's
    if (code.startswith(THREAT_ROOT) or is_conflictual(code)) and _desire_held(trigger):
        return "desired"  # "Chinese leaders want to censor the reports": a hostile wish in the writer's words, no threat
    for token in chain:
        if forecast(token) or _implication_denied(token):
            return "hypothetical"  # "analysts expect that Iran will retaliate", "will likely call"
    for token in chain:
        if token.dep_ == "xcomp" and token.head.lemma_ in FAILING_HEADS:
            # "failed to reach an agreement"; "if Turkey fails to withdraw": a failure supposed, no act told either way
            return "hypothetical" if _supposed(token.head) else "negated"
        if token.dep_ == "xcomp" and _unable(token.head):
            return "hypothetical" if _supposed(token.head) or _modal_over(_verb_of(token.head)) else "negated"
        if _scheduled(token):
            # "is to visit Moscow", "the aim of ISIS is to impose"; "if it is to strangle …" supposes
            return "hypothetical" if _supposed(token) else "planned"
        if _for_to_clause(token):
            # "it was inappropriate for Trump to criticize …": judged, not told; "called for the
            # government to respect rights": asked for
            return "demanded" if _asked_for(token) or _overdue(token) else "hypothetical"
        if token.dep_ in {"acl", "xcomp"} and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in tables()["licence_nouns"] \
                and to_infinitive(token):
            return "hypothetical"  # "had the authority to send troops", "attempts to resolve": a power held or an aim, not a deed done
        infinitives = True  # still on a chain of infinitives up from the trigger
        ladder = [token, *token.ancestors]
        for step, ancestor in enumerate(ladder):
            if step > 0 and (_second_statement(ancestor, ladder[step - 1]) or _fronted_under_copula(ladder[step - 1])
                             or _reporters_aside(ladder[step - 1], ancestor)):
                break  # "…, noting that Turkey has been fighting the Kurds": a point made, not what the main verb asks for
            # "…, giving both sides room": a participle of result after a comma is not its head's negation;
            # nor is "… but instead attacking civilians", set against it
            unnegated = step > 0 and (_result_participle(ladder[step - 1]) or _contrasted(ladder[step - 1]))
            if _conditional(ancestor):
                return "hypothetical"  # "whether China will agree to resume talks": an open question, all of it; "were he to leave"
            if _feared(ancestor):
                return "hypothetical"  # "fears that the rebels were going to storm the city": dreaded, not planned
            if ancestor.i != token.i and _kept_open(ancestor):
                return "hypothetical"  # "did not rule out sending troops": an option kept open, neither done nor refused
            if ancestor.i != token.i and _due_by(ancestor, ladder[step - 1]):
                return "hypothetical"  # "the rebels have until Friday to hand over their weapons": due, not done
            if _left_undone(ancestor):
                return "negated"  # "released the aid without Kyiv announcing any inquiry": not done
            holder = _held_back_by(ancestor)
            if holder is not None:
                held = _told_modality(holder, None, code, conditions)
                if held in {"happened", "alleged", "planned"}:
                    return "negated"  # "stopped short of calling it an act of war", "will refrain from criticizing Ankara"
                if held in {"demanded", "hypothetical", "desired"}:
                    # "urged Berlin to refrain from criticizing Ankara", "wants to avoid naming Russia": a
                    # restraint asked or wished, nothing told
                    return "hypothetical"
            if ancestor.i != token.i and ancestor.lemma_ in IMPLYING_VERBS and (_negated(ancestor) or _nothing_as_subject(ancestor)):
                return "hypothetical"  # "the deal does not mean the U.S. is backing down": not told either way
            if ancestor.i != token.i and _read_into(ancestor, ladder[step - 1]):
                return "hypothetical"  # "the deal shows Washington is willing to sign more deals": a reading of the deal
            if ancestor.i != token.i and _unsaid_content(ancestor, ladder[step - 1]):
                return "hypothetical"  # "did not tell lawmakers that Russia is aiding Trump": told by no one, nor denied
            if _licensed(ancestor) or (ancestor.i != token.i and _permitted_by_a_thing(ancestor, ladder[step - 1])):
                # "had authority under the Act to send troops", "a power that lets the government withdraw": a power held, not used
                return "hypothetical"
            if ancestor.i != token.i and infinitives and _authorized(ancestor, token):
                return "planned"  # "authorized the military to train the rebels": licensed, ahead, not told as done
            if infinitives and _ease_judged(ancestor):
                return "hypothetical"  # "making it hard to restructure its debt": how hard the act would be, none told
            if ancestor.i != token.i and infinitives and _normative(ancestor, ladder[step - 1]):
                return "hypothetical"  # "refugees are supposed to seek asylum": a rule, no act told
            if ancestor.i != token.i and _affirmed_by_negation(ancestor, ladder[step - 1]):
                break  # "never concealed that Russians are fighting": the clause is told as so
            if _circumstance(ancestor):
                break  # "Iraqi forces, now being trained by the US, will …": a state told as it is, not under the clause's modal
            if _evidence_lacking(ancestor):
                return "hypothetical"  # "there is not yet evidence Mueller is seeking …": told neither way
            if ancestor.i != token.i and infinitives and (_asked_for_clause(ancestor) or _overdue_for(ancestor)):
                return "demanded"  # "called for Washington to send an envoy to negotiate": what the envoy is for is asked for too
            if ancestor.i != token.i and ancestor.lemma_ in DENYING_HEADS and _summed_up_claim(ancestor, ladder[step - 1]):
                # "India accuses Pakistan of arming the rebels, a charge Pakistan denies": the accusing is
                # done; any other act the clause tells is one side's account
                return "happened" if ladder[step - 1].i == token.i and code[:2] in MODALITY_CLASSES["verbal_roots"] else "alleged"
            if ancestor.i != token.i and ancestor.lemma_ in DENYING_HEADS and not negation_not_its \
                    and not any(c.dep_ == "prep" and c.lower_ == "as" for c in [*ancestor.children, *token.children]):
                # "dismissed the threats as empty rhetoric" calls them, does not deny them; "refuted
                # the claim that Mueller's probe is bad" denies what is said of the probe, not the probe;
                # "did not deny selling arms" denies nothing, nor tells the sale as done
                return "hypothetical" if _negated(ancestor) or _negation_shared(ancestor) else "denied"
            if ancestor.i != token.i and infinitives and not negation_not_its and not unnegated and _negated(ancestor):
                return "negated"  # "did not vote to compel", "has not agreed to send"
            if ancestor.i != token.i and _proposed_clause(ancestor, ladder[step - 1]):
                return "demanded"  # "for suggesting fellow senators boycott the hearing": proposed, not done
            if ancestor.i != token.i and ancestor.lemma_ in DEMANDING_HEADS and token.dep_ in {"xcomp", "ccomp"} \
                    and not (_states_a_clause(ancestor) and _stated_clause(ancestor, token)):
                return "demanded"  # "insist that Trump transferred the aid" claims it was done, asks for nothing
            if ancestor.i != token.i and infinitives and (is_conflictual(code) or code.startswith("10")) and _lobbied_for(ancestor, token):
                # "factions have pushed to oust the troops": pressed for, not done (as with a verb of
                # trying, a cooperative act pushed for is left as told)
                return "demanded"
            if ancestor.i != token.i and infinitives and _instructed_infinitive(ancestor, token) \
                    and (ancestor.lemma_ in ADVISING_HEADS or ancestor.lemma_.lower() in tables()["instructing_verbs"]
                         or (ancestor.lemma_.lower() in MODALITY_CLASSES["pressuring_verbs"] and not to_infinitive(ancestor))):
                # ("are pressured to share"; "would use its influence to pressure the North to abandon" tells no pressing)
                # "advised the president to expel the envoys", "officers were told to carry their
                # weapons": asked for or instructed, not done
                return "demanded"
            if ancestor.i != token.i and _induced_aim(ancestor, ladder[step - 1]):
                # "were trying to get Biden to commit": asked of him, not done; a blow one tries to get
                # another to strike is, as one tried oneself, a possibility (not stored), as is one supposed
                return "hypothetical" if _supposed(ancestor) or is_conflictual(code) or code.startswith("10") else "demanded"
            if ancestor.i != token.i and infinitives and _pressing_aimed(ancestor, token):
                return "hypothetical"  # "tried to coerce Ukraine to investigate the Bidens": pressed for at most, not done
            if ancestor.i != token.i and infinitives and _purpose_of_a_thing(ancestor, token):
                return "hypothetical"  # "the deal was meant to prevent …": what it is for, no act told
            if ancestor.i != token.i and infinitives and ancestor.lemma_ in DISCUSSING_HEADS and _advocated(ancestor, token):
                return "hypothetical"  # "discussed lifting sanctions": talked of, not done
            if ancestor.i != token.i and (infinitives or step == 1) and ancestor.lemma_ in ADVOCATING_HEADS and _advocated(ancestor, token):
                return "demanded"  # "favors sending arms to Ukraine", "recommended expelling the envoys": asked for, not done
            if ancestor.i != token.i and infinitives and (is_conflictual(code) or code.startswith("10") or _achieved_only(code)) \
                    and ancestor.lemma_ in ATTEMPT_HEADS \
                    and ancestor.lemma_ not in FRAME_VERBS and (_infinitive_on_chain(ancestor, token) or _tried_and(ancestor, token)):
                # "tried to shoot down the jets", "tried to subpoena him", "tried to free the hostages": a
                # blow, an order or a release tried, not told as struck, issued or done ("tried to reward
                # Russia with an invitation" made the offer all the same)
                return "hypothetical"
            if ancestor.i != token.i and infinitives and _desired_act(ancestor, ladder[step - 1]):
                return "hypothetical" if _supposed(ancestor) else "desired"  # "wants to begin talks", "hoped Iran to yield"
            if ancestor.i != token.i and _hoped_for(ancestor, ladder[step - 1]):
                return "desired"  # "in the hopes of hammering out a deal", "in the hope that Iran will return to talks"
            if ancestor.i != token.i and infinitives and ancestor.lemma_ in FRAME_VERBS and not _states_a_clause(ancestor):
                framed = FRAME_MODALITY[FRAME_VERBS[ancestor.lemma_]]  # "vowing to widen its war to include killing …"
                # "if Iran agrees to enter talks", "unless Moscow plans to withdraw": an intent supposed
                return "hypothetical" if framed == "planned" and _supposed(ancestor) else framed
            auxiliaries = grammar.auxiliary_words(ancestor)
            if _negated(ancestor) and ancestor.i != token.i and ancestor.dep_ != "ROOT" and not negation_not_its and not unnegated:
                return "negated"
            if ancestor.i != token.i and ancestor.lemma_ in SEEMING_VERBS \
                    and (token.dep_ != "xcomp" or ancestor.lemma_ in tables()["hedging_verbs"]):
                return "hypothetical"  # "it does not look like they are going to war", "seem to agree": an impression
            if infinitives and _looks_to(ancestor):
                return "planned"  # "as they look to investigate the deal": an aim, not yet done
            if infinitives and _not_owed(ancestor):
                return "hypothetical"  # "state police do not have to cooperate": no act owed, none told
            if infinitives and _writers_need(ancestor):
                return "hypothetical"  # "Democrats need to persuade four Republicans": the writer's view of what it takes, no one asks
            if infinitives and not_yet(ancestor):
                return "negated"  # "has yet to agree to give up its weapons": not done so far
            if infinitives and _had_to(ancestor):
                break  # "even the Post had to call him out": a past obligation told as met, so done
            if infinitives and _has_to(ancestor) and _writers_means(ancestor):
                return "hypothetical"  # "To win the vote, they have to court the centrists": the writer's reasoning, no one asks
            if infinitives and _has_to(ancestor) and _necessity_foreseen(ancestor):
                return "hypothetical"  # "Tehran will have to choose", "troops may have to withdraw": a necessity foreseen, no one asks
            if infinitives and _has_to(ancestor):
                return "demanded"  # "forces have to withdraw their weapons": an obligation, not done
            if "must" in auxiliaries:
                return "hypothetical" if "have" in auxiliaries else "demanded"  # "must have known"; "Congress must act"
            if conditions and _has_condition(ancestor):
                return "hypothetical"  # "will be destroyed if …", "the army will retreat if attacked": a condition, before any future
            if _advised(ancestor, auxiliaries):
                return "demanded"  # "said Washington and Beijing should continue to cooperate": advice, an act asked for
            if ancestor.i == token.i and polite_appeal(ancestor):
                break  # "'We would urge restraint,' the minister said": the appeal is made as it is said
            if auxiliaries & FUTURE_AUX:
                return "planned"
            if _future_in_the_past(ancestor, auxiliaries, code):
                return "planned"  # "indicated that he would visit Moscow on Friday": the past's future
            if auxiliaries & HYPOTHETICAL_AUX and not _can_tell(ancestor, auxiliaries):
                return "hypothetical"
            if _progressive_future(ancestor) or _announced_departure(ancestor):
                return "planned"  # "is visiting Moscow next week", "said he was resigning"
            if ancestor.i != token.i and (ancestor.lemma_ in PLANNING_HEADS or ancestor.lower_ in PLANNING_HEADS) \
                    and not _kind_of(ancestor, ladder[step - 1]) and not _participle_after(ladder[step - 1]):  # "slated" (lemma "slat")
                return "hypothetical" if _supposed(ancestor) else "planned"
            if ancestor.i != token.i and _at_hand(ancestor, ladder[step - 1]):
                return "hypothetical" if _supposed(ancestor) else "planned"  # "is about to impose sanctions"
            if ancestor.i != token.i and ancestor.pos_ == "ADJ" and ancestor.lemma_ in FRAME_ADJECTIVES:
                if _verb_of(ancestor).lemma_ in SEEMING_VERBS:
                    return "hypothetical"  # "seemed ready to strike": how it looked, not a plan
                if FRAME_ADJECTIVES[ancestor.lemma_] == "reject" and not _supposed(ancestor):
                    return "negated"  # "is unwilling to break off ties": refused, not done
                if infinitives and _negated(_verb_of(ancestor)) and not _supposed(ancestor):
                    return "negated"  # "were not ready to say that AQAP helped": no readiness, no plan; not done
                return "hypothetical" if _supposed(ancestor) else "planned"  # "is willing to send", "ready to talk"
            if conditions and _has_condition(ancestor):
                return "hypothetical"  # "defend it if it is attacked": a condition
            if _disputed_report(ancestor):
                return "alleged"  # "a report that Trump threatened Mexico was inaccurate": a disputed account
            if ancestor.i != token.i and _relative_hearsay(ancestor, ladder[step - 1]):
                return "alleged"  # "Dzhokhar, who investigators say carried out the attack": their account of a suspect
            if ancestor.i != token.i and _reputed(ancestor, token):
                return "alleged"  # "Iran is believed to have supplied drones": others' word, not a known event
            if _credited_to_a_charge(ancestor) or (ancestor.i != token.i and _told_by_a_charge(ancestor)):
                return "alleged"  # "…, according to the lawsuit", "the indictment says …": a charge, not a known event
            if _credited_to_hearsay(ancestor):
                return "alleged"  # "…, according to media reports": the reports' account, as "reportedly"
            if any(c.lower_ in tables()["alleging_adverbs"] for c in ancestor.children if c.dep_ == "advmod"):
                return "alleged"  # "allegedly shelled", "reportedly struck": someone's claim, not a known event
            if ancestor.i != token.i and _suspected(ancestor, token):
                return "alleged"  # "raised concerns that the envoy shared intelligence": suspected, not known
            if _claim_content(ancestor) and any(_past_time_clause(below) for below in ladder[:step]):
                break  # "reports that the White House froze aid before Trump pressured Kyiv": the pressing dates the claim
            if _claim_content(ancestor) or _believed_fact(ancestor) or _inferred(ancestor):
                # "Flynn's argument that the government pressured him", "believes Iran supplied the
                # drones", "a letter suggesting the US was withdrawing"
                return "alleged"
            if ancestor.i != token.i and ancestor.lemma_ in ALLEGING_HEADS | ALLEGING_NOUNS:
                return "alleged"  # "accused Russia of shelling", "the allegation that X bribed"
            if ancestor.i != token.i and ancestor.lemma_.lower() in tables()["depicting_heads"]:
                return "hypothetical"  # "a film that depicts battleships opening fire": a scene
            if ancestor.i != token.i and (ancestor.dep_ == "acl" or _aim_of_object(ancestor)) and to_infinitive(ancestor):
                # "her duty to offer", "a bid to seize": what a noun aims at, not what was done; "it is
                # time to impose sanctions": asked for
                return "demanded" if _overdue(ancestor) else "hypothetical"
            if _claimed_beside_a_frame(ancestor):
                return "alleged"  # "allegations that China sought to hide the outbreak and pressured the WHO"
            if _finite_after_infinitive(ancestor) or _participle_beside_a_modal(ancestor) or _participle_beside_a_frame(ancestor):
                break  # "refused to take them back and rejected 400": a finite verb is no part of the infinitive
            if ancestor.dep_ == "advcl" and ancestor.pos_ in {"VERB", "AUX"} and any(c.dep_ == "mark" and c.lower_ in tables()["factive_marks"] for c in ancestor.children):
                break  # "could create concerns since he has criticized …": the reason is told as fact
            if _dated_after(ancestor):
                break  # "said he would resign, a day after 40 protesters were killed": told in its own past
            if _presupposed_clause(ancestor):
                break  # "cannot explain why they were silent when Obama declined …": the act is taken as known
            if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in FACTIVE_FEELING_VERBS:
                break  # "regrets that the US is withdrawing": a fact felt about, whoever says it
            if ancestor.dep_ == "advcl" and any(c.lower_ == "having" for c in grammar.auxiliaries(ancestor, passive=False)):
                break  # "Having learned nothing from years of talks, Obama seemed close to …": done before
            # climb to what governs the clause: a complement's frame ("claimed that …"), and a
            # conjunct's when it shares the subject ("had shelled Aleppo and seized Idlib")
            if ancestor.dep_ == "conj" and ((any(c.dep_ in {"nsubj", "nsubjpass"} for c in ancestor.children)
                                             and not _coordinate_content(ancestor))
                                            or _beside_a_governor(ancestor) or (ancestor.i == token.i and _saying_beside_a_charge(ancestor))):
                break
            infinitives = infinitives and (ancestor.dep_ in {"xcomp", "conj"} or _purpose(ancestor) or _listed_after(ancestor))
            aimed = aimed or (_purpose(ancestor) and ancestor.i < ancestor.head.i)
            if ancestor.dep_ not in {"xcomp", "acomp", "dobj", "pobj", "prep", "advcl", "compound", "ccomp", "conj", "pcomp"}:
                break  # a gerund after a preposition climbs too: "could have won by allowing them to travel"
    # "To resolve the dispute, Seoul needs to negotiate": a purpose put first is an aim, no act
    # told, unless a frame above it says whose intent it is ("To end the war, Russia vowed to …")
    return "hypothetical" if aimed else "happened"


def _past_time_clause(clause: Token) -> bool:
    """"(reports that the White House froze aid) shortly before Trump pressured Kyiv": a clause of
    "before" in the past (`dating_marks`) dates what a claim says by an act taken as known; the
    claim does not hold it."""
    return _past_clause_mark(clause, MODALITY_CLASSES["dating_marks"]) is not None


def _past_clause_mark(clause: Token, marks: Collection[str]) -> Token | None:
    """The mark of an adverbial clause opened by one of `marks` whose verb, or an auxiliary of it,
    is in the past tense ("after 40 protesters were killed", "before Trump pressured Kyiv")."""
    if clause.dep_ != "advcl":
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks), None)
    past = clause.tag_ == "VBD" or any(a.tag_ == "VBD" for a in grammar.auxiliaries(clause))
    return mark if past else None


def _dated_after(clause: Token) -> bool:
    """"(announced he would resign,) a day after 40 protesters were killed by police", "(is set for
    Thursday) after the Senate voted last week": a clause of "after" with a verb in the past and a
    span of time before it ("a day", "hours") or a time past in it ("last week", "two days ago")
    dates the news by an act already done; the future or condition of the clause the parse hangs it
    on is not its. (A bare "would resign after parliament voted" may be the past's future.)"""
    mark = _past_clause_mark(clause, {"after"}) if clause.pos_ in {"VERB", "AUX"} else None
    if mark is None:
        return False
    past = MODALITY_CLASSES["past_time_words"]
    return any(c.dep_ == "npadvmod" and c.i < mark.i for c in clause.children) \
        or any(c.dep_ in {"npadvmod", "advmod"} and any(w.lower_ in past for w in c.subtree) for c in clause.children)


def _told_in_relative(noun: Token, clause: Token) -> bool:
    """"The trips he made", "the strike that militants launched": an event noun whose verb is a
    relative clause on it with a subject of its own is told in that clause, with that clause's own
    modality; a negation, denial or modal of the clause the noun's phrase sits in is not its."""
    return clause.dep_ == "relcl" and clause.head.i == noun.i and noun.pos_ == "NOUN" \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _coordinate_content(conjunct: Token) -> bool:
    """"(Flynn's arguments) that the FBI ambushed him and that the government pressured him": a
    clause with its own "that" joined to a noun's "that" clause is a second content of that noun,
    not a statement beside it. (Under a verb, "alleged that … and that …", the conjunct is left to
    the verb's own reading.)"""
    first = conjunct.head
    return conjunct.dep_ == "conj" and _that_clause(conjunct) and _that_clause(first) \
        and first.dep_ in {"acl", "ccomp"} and first.head.pos_ == "NOUN"


def _claim_content(clause: Token) -> bool:
    """"Flynn's argument that the government pressured him", "the theory that the army shelled the
    town", "findings that Iran supplied the drones", "reports that the regime tortured detainees": a
    "that" clause of a noun of a claim or a finding, or of hearsay named to no one (`_hearsay`), is
    one side's account. (The parse may hang it as a relative clause; its "that" a mark, not a
    subject or object, shows it tells what the noun says.)"""
    head = clause.head
    return clause.dep_ in {"acl", "ccomp", "relcl"} and head.pos_ == "NOUN" and _that_clause(clause) \
        and (head.lemma_.lower() in CLAIM_CONTENT_NOUNS | ALLEGING_NOUNS or _hearsay(head))


def _believed_fact(clause: Token) -> bool:
    """"Believes that Iran supplied the drones", "I think ISIS does plan to attack": a past or
    present clause (no modal, no "going to") under an unnegated verb of belief is a claim about what
    is or was so, not a forecast ("believes Iran will retaliate" is one)."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in BELIEVED_FACT_HEADS or _negated(head) or _negated(clause):
        return False
    auxiliaries = grammar.auxiliaries(clause)
    if any(a.tag_ == "MD" or a.lower_ in FUTURE_AUX for a in auxiliaries) or clause.tag_ in {"VB", "VBG"} and not auxiliaries:
        return False
    return clause.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _inferred(clause: Token) -> bool:
    """"A letter suggesting the US was withdrawing", "the evidence indicates the plane was shot
    down": a past or present clause (no modal) under a verb by which a thing (a record, a finding,
    evidence) gives grounds for it is a reading of that thing, not an event told as known. A person
    who suggests or indicates something says it, and is read as saying it."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in MODALITY_CLASSES["inferring_verbs"] \
            or _negated(head) or _negated(clause) or _foretold(clause):
        return False
    things = MODALITY_CLASSES["evidential_things"]
    subjects = [c for c in head.children if c.dep_ == "nsubj"] or ([head.head] if head.dep_ == "acl" else [])
    return any(s.pos_ == "NOUN" and s.lemma_.lower() in things for s in subjects) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _for_to_clause(clause: Token) -> bool:
    """Whether a clause is a "for … to" infinitive ("for the US to cut off aid", "(called) for
    Washington to send an envoy"): a to-infinitive with "for" as its marker."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and to_infinitive(clause)


def _overdue(clause: Token) -> bool:
    """"It is high time for the US to cut off aid", "it is time to impose sanctions": an act said to
    be overdue, the infinitive hung on the noun of time or on the "be" that has it."""
    head = clause.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in OVERDUE_NOUNS
    return any(c.dep_ in {"attr", "dobj", "acomp", "npadvmod"} and c.lemma_.lower() in OVERDUE_NOUNS for c in head.children)


def _overdue_for(clause: Token) -> bool:
    """"The time has come for Washington and Brussels to join together (to press Moscow)": a "for …
    to" clause a noun of time says is overdue is asked for, and so is what it is for."""
    return _for_to_clause(clause) and _overdue(clause)


def _pressed_for(noun: Token) -> bool:
    """"Is pushing a meeting between the two", "urged talks", "pushed for a ceasefire": an event noun
    as what a verb of pressing asks for."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        verb = noun.head.head
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in PRESSING_VERBS and not _negated(verb)


def _asked_content(token: Token) -> bool:
    """"Wants guarantees that Hamas will not attack", "demanded assurances that Iran would not":
    a clause of what is asked for (the content of the object of a verb of wishing or demanding)."""
    for clause in [token, *token.ancestors]:
        head = clause.head
        if head.i == clause.i:
            return False
        if clause.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and head.dep_ == "dobj" \
                and (head.head.lemma_ in WISH_HEADS or head.head.lemma_ in DEMANDING_HEADS):
            return True
        if clause.dep_ not in {"conj", "xcomp", "advcl", "dobj", "prep", "pobj"}:
            return False
    return False


def _foretold(clause: Token) -> bool:
    """"(believed) Trump would back off", "(thinks) Iran will retaliate": a clause told with a modal
    of the future or of possibility, not of obligation ("must withdraw")."""
    modals = grammar.auxiliary_words(clause, passive=False)
    return bool(modals & (FUTURE_AUX | HYPOTHETICAL_AUX)) and not modals & OBLIGATION_AUX


# Not unreported's `nothing_done`: a bare "nothing" as all an act takes ("agree to nothing") is no event, dropped first.
def _acts_on_nothing(verb: Token) -> bool:
    """"Agreed to nothing new", "uncovered no evidence", "arrested nobody", "gave no guarantees": a verb whose object (or the
    object of its "to" or "on") says none was acted on (not a verb of promising: its object is the
    promise's content)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in MODALITY_CLASSES["committing_verbs"]:
        return False  # "promised no new taxes": the promise was made; "no" is what it promises
    # a noun the parse takes for the indirect object is the thing given when no object follows ("gave no guarantees lawmakers would …")
    objects = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "dative" and c.pos_ == "NOUN")] + objects_of(verb, {"to", "on"})
    return any(thing.lower_ in MODALITY_CLASSES["negative_objects"] or (_none_of(thing) and thing.dep_ in {"dobj", "dative"})
               for thing in objects)


def _thwarted_by(act: Token, code: str) -> Token | None:
    """The verb that kept the event noun `act` (coded `code`) from coming about: a verb of thwarting
    acting on it ("police foiled an attack", "the strike was averted", "attacks thwarted by the
    police", and the nouns joined to it), or a verb of cancelling acting on an occasion ("cancelled
    his trip to Seoul", "the talks were called off"). None for any other act."""
    if act.pos_ != "NOUN":
        return None
    words = MODALITY_CLASSES["thwarting_verbs"]
    if code[:2] in MODALITY_CLASSES["called_off_roots"]:
        words = words | tables()["cancelling_verbs"]
    noun = first_conjunct(act)
    if noun.dep_ in {"dobj", "nsubjpass"} and _verb_among(noun.head, words):
        return noun.head
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and _verb_among(c, words)), None)


def _verb_among(verb: Token, words: frozenset[str] | set[str]) -> bool:
    """"foiled", "averted", "headed off", "called off": a verb of `words`, alone or with its
    particle (joined by "_")."""
    return verb.pos_ == "VERB" and verb_listed(verb, words)


def _dreaded(noun: Token) -> bool:
    """"On high alert for attacks", "fears of a crackdown", "braced for strikes", "warned of
    reprisals": an event noun that a noun or verb of dread or alert looks out for."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in MODALITY_CLASSES["dreading_prepositions"]:
        return False
    return noun.head.head.lemma_.lower() in MODALITY_CLASSES["dreading_heads"]


# Not unreported's `rule_for_a_kind`: a bare plural's duty or leave ("migrants are required to") is no event at all.
def _normative(verb: Token, below: Token) -> bool:
    """"Are supposed to seek asylum": a passive participle of a norm over its bare infinitive (not
    "is supposed to have fled", an account of a past act)."""
    return verb.lower_ in MODALITY_CLASSES["norm_participles"] and any(c.dep_ == "auxpass" for c in verb.children) \
        and below.dep_ == "xcomp" and below.head.i == verb.i and to_infinitive(below) \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in below.children)


def _affirmed_by_negation(verb: Token, below: Token) -> bool:
    """"Have never concealed that many Russians are fighting", "does not deny that it struck": a
    negated verb of hiding or denying affirms the clause it governs; not one withheld together with
    a confirmation ("would neither confirm nor deny that it struck"): the clause is left open
    (but "Nor did Moscow deny that it struck", an inverted "not", affirms it)."""
    return verb.lemma_.lower() in MODALITY_CLASSES["affirmed_when_negated"] and _negated(verb) \
        and below.dep_ == "ccomp" and below.head.i == verb.i and not _neither_nor(verb)


def _evidence_lacking(clause: Token) -> bool:
    """"There is not yet evidence (that) Mueller is seeking …", "no sign that the army withdrew": a
    clause as the content of a noun of evidence when there is none (hung on the noun, on the verb
    whose object the noun is, or parsed as the noun's relative clause: `_content_as_relative`)."""
    if clause.dep_ not in {"acl", "ccomp", "relcl"}:
        return False
    if clause.dep_ == "relcl" and not _content_as_relative(clause):
        return False
    noun = clause.head
    if noun.pos_ in {"VERB", "AUX"}:  # "there is no evidence that …", "did not see signs the army is …": the clause hung on the verb
        noun = next((c for c in noun.children if c.dep_ in {"attr", "dobj"} and c.i < clause.i), noun)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in MODALITY_CLASSES["evidence_nouns"]:
        return False
    none = [c.lower_ for c in noun.children if c.dep_ == "det"] == ["no"]
    return none or (noun.dep_ in {"attr", "dobj"} and _negated(noun.head))


def _content_as_relative(clause: Token) -> bool:
    """"No signs Russia is preparing to invade" parsed as a relative clause of "signs": a clause
    with a subject of its own, no relative word and its object or complement in place has no gap
    for the noun to fill, so it is the noun's content ("the signs they saw" has one)."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in WH_TAGS for c in clause.children) \
        and not any(c.tag_ in WH_TAGS for c in clause.children) \
        and any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in clause.children)


def _asked_for_clause(clause: Token) -> bool:
    """"(called) for Washington to send an envoy": a "for … to" clause a verb of asking governs."""
    if asked_after_for(clause) is not None:
        return True
    return _for_to_clause(clause) and _asked_for(clause)


_NAMED_PARTIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def asked_after_for(clause: Token) -> Token | None:
    """"called for India and Pakistan to hold talks" parsed with the names after "for" as its
    object and the infinitive hung on the verb: the party named after "for" is the one asked, as
    where the names are the clause's subject. Only a name: "called for calm to avoid bloodshed"
    asks no one."""
    head = clause.head
    if clause.dep_ != "advcl" or not to_infinitive(clause) or head.i == clause.i or head.lemma_ not in DEMANDING_HEADS \
            or any(c.dep_ in {"nsubj", "nsubjpass", "mark", "auxpass"} for c in clause.children):
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < clause.i):
        party = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if party is not None and (party.pos_ == "PROPN" or party.ent_type_ in _NAMED_PARTIES) \
                and max(t.i for t in party.subtree) < clause.i:
            return party
    return None


def _called_off(act: Token) -> bool:
    """"Canceled his trip to the summit in Turkey, where he was to meet Obama": an act told in a
    "where" clause of a trip, visit or place that a verb of cancelling takes as its object (through
    the phrase that places it) will not take place. So does one told of the place a cancelled
    trip went to, where the parse hangs that "to" on the verb ("called off her visit next week
    to the summit in Cairo, where …": `_destination_called_off`). An act the clause tells in a
    past of its own ("canceled his visit to Brussels, where he had met Erdogan a year earlier")
    was done before, whatever became of the trip."""
    if _told_as_past(act):
        return False
    clause = act
    while clause.dep_ in {"xcomp", "acomp"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return False
    noun = clause.head
    for _ in range(4):  # "trip (to the summit (in Turkey))"
        if noun.dep_ == "dobj":
            return _verb_among(noun.head, tables()["cancelling_verbs"])
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        if _destination_called_off(noun.head):
            return True
        noun = noun.head.head
    return False


def _destination_called_off(preposition: Token) -> bool:
    """"Called off her visit next week to the summit in Cairo": a "to" that the parse hangs on a verb
    of cancelling which also takes an object names where the cancelled trip or visit was going (not
    "canceled the talks in Geneva", "called off the meeting from Hanoi": where it was called off)."""
    verb = preposition.head
    return preposition.lower_ == "to" and _verb_among(verb, tables()["cancelling_verbs"]) \
        and any(c.dep_ == "dobj" for c in verb.children)


def _circumstance(clause: Token) -> bool:
    """"(Iraqi forces,) now being trained by the US, (will be ready …)": a passive participle with
    "being" and no subject or conjunction of its own describes a state that holds now; the
    clause it hangs on does not make it a guess or a plan."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in clause.children) \
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in clause.children)
