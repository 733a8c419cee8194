"""Who does an event: its sources, read from the trigger's subjects through control ("urged X to
act"), passives and "by" agents, coordination, datelines, possessors of event nouns, and the
stand-ins a sentence names for a doer (a city for its government, an outlet for its writers),
plus the checks on a doer that cannot be stored or an asker left unnamed."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.cameo import CONTACT_ROOT, REJECT_ROOT, STATEMENT_ROOT, VISIT
from newsevents.events.framing import BELIEVING_VERBS
from newsevents.events.lexicon import verb_code
from newsevents.events.nominal import _circumstance_of, _noun_event_code, _statement_of
from newsevents.events.participants import (
    CONDITION_MARKS,
    JUDGING_ROOTS,
    WHERE_PREPOSITIONS,
    Context,
    _feelers,
    _per_demonym,
    _small_clause_passive,
    _striker_of,
    actor_at,
    bare_role,
    undergoing_verb,
)
from newsevents.facts.agents import role_of
from newsevents.facts.countries import country_actor, demonym_country
from newsevents.grammar import (
    RELATIVE_SUBJECTS,
    agents_of,
    first_conjunct,
    objects_of,
    own_subject,
    subject_parsed_as_object,
    to_infinitive,
    with_conjuncts,
)
from newsevents.grammar import subjects as subjects_of
from newsevents.lang import words
from newsevents.lang.en.actors import NO_COUNTRY_WORDS, UNNAMED_PERSON_NOUNS
from newsevents.lang.en.events import (
    ADVOCATED_ACT_HEADS,
    ALLEGING_NOUNS,
    ASKED_PARTY_NOUNS,
    ASKING_OCCASION_PREPOSITIONS,
    CLAIM_CONTENT_NOUNS,
    CLAIM_NOUNS,
    COLLECTIVE_NOUNS,
    DOER_OF_NOUNS,
    EXPRESSING_VERBS,
    GERUND_SUBJECT_PREPOSITIONS,
    GROUP_ANAPHOR_HEADS,
    HARMING_VERBS,
    MANDATIVE_VERBS,
    NAMING_VERBS,
    NUMBERED_PEOPLE_HEADS,
    OBJECT_CONTROL_VERBS,
    OBJECT_TAKING_VERBS,
    PEOPLE_COUNTS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    PREVENTING_VERBS,
    REFERRING_PRONOUNS,
    RELATION_NOUNS,
    UNCODED_PEOPLE_HEADS,
    UNDERGONE_NOUNS,
    WITNESSING_VERBS,
)
from newsevents.lang.en.grammar import (
    DASHES,  # the marks that end a dateline ("NAIROBI, Kenya —", "WASHINGTON (Reuters) -")
)
from newsevents.model import Actor


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


UNIDENTIFIED_ROLE = "UAF"  # CAMEO's unidentified forces: no one can say whose


def unplaced_doer(actor: Actor) -> bool:
    """A named person whose country or group we could not find (a militant leader coded bare
    "MIL"), or a medium ("social media", MED): no doer we can store. Bare groups ("rebels",
    "police") are `unplaced_group`'s to judge: CAMEO codes them, and in a lone sentence they stay."""
    return bare_role(actor) and (actor.kind == "person" or actor.role == "MED")


def unplaced_group(actor: Actor, context: Context) -> bool:
    """A group doer left with no country ("police", "rebels" coded bare COP, REB) in a story of
    several paragraphs: such a story mostly says whose they are (Hong Kong's police, the US Army),
    so one we left bare is mostly one we misread, and its act is better left out than stored with
    that doer (on judged real news, 93 of 104 such doers were wrong and 2 of the events fully
    right). Kept: attackers no one has identified (UAF: "unidentified gunmen killed 12 villagers",
    a doer CAMEO codes with no country), and a document of one paragraph, with nothing around its
    sentences to say whose; and a group of several countries by its own words (`of_several_countries`:
    "world leaders", "migrants").
    """
    return bare_role(actor) and actor.role != UNIDENTIFIED_ROLE and not of_several_countries(actor) \
        and len(context.parsed.paragraphs) > 1


# "a foreign government", "foreign companies": one other country's, which the story mostly names
# (a foreign government a US story discusses is Ukraine's), so not of several countries by itself
FOREIGN = "foreign"


def of_several_countries(actor: Actor) -> bool:
    """A group its own words make several countries' people, whom CAMEO codes with no country and
    whom no story makes one country's: "world leaders", "the international community", "migrants"
    (`NO_COUNTRY_WORDS`, less "foreign"), read from the group's name. Such a group is bare by what
    it is, not because we misread whose it is, so `unplaced_group` keeps its acts (on judged real
    news the two such acts round 53 left out were both fully right: world leaders appealing for
    restraint, migrants of several countries marching)."""
    return bool((NO_COUNTRY_WORDS - {FOREIGN}) & set(actor.name.lower().split()))


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
    its act's: one asked with no asker named ("X was asked to resign": not X who asked), an act
    with a subject of its own ("a growing number demanded he step down": he is the one asked, never
    the one asking), or an act asked of the asking verb's object ("the foreign minister urged the
    president to expel the envoy": the president would expel, the minister asks)."""
    return frame in {"demand", "appeal"} and (passive_without_agent(head) or _own_subject(act) or _asked_of_object(head, act))


def _asked_of_object(head: Token, act: Token) -> bool:
    """Whether an infinitive with no subject of its own hangs on a verb of asking or forcing that
    names whom it asks: its object ("urged the president to expel"), or the one after "on" or
    "for" ("called on the cabinet to resign"). That one does the act, so the act's doer is never
    the asker, whoever the actors step could code."""
    clause = act
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.tag_ == "VB" and not _own_subject(clause):
        clause = clause.head  # "to leave the buildings and give up their arms"
    lemma = head.lemma_.lower()
    if clause.head.i != head.i or _own_subject(clause) or not to_infinitive(clause) \
            or (lemma not in OBJECT_CONTROL_VERBS and lemma not in _CALLING_VERBS):
        return False
    before = [c for c in head.children if c.i < clause.i]
    named = lemma in OBJECT_CONTROL_VERBS and any(c.dep_ in {"dobj", "dative"} for c in before)
    return named or lemma in _CALLING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} and any(g.dep_ == "pobj" for g in c.children) for c in before)


def sources_of(trigger: Token, light: Token | None, context: Context) -> list[Actor]:
    if trigger.pos_ == "NOUN" and light is None:
        return _noun_sources(trigger, context)
    verb = light or trigger
    if _headline_passive(verb):
        return []  # "Russia accused of cyber-attacks": Russia is the accused; the accuser is not named
    if _between_pair_verb(verb):
        return []  # "talks between the president and ousted FBI Director X": no one named ousted him
    if _reduced_passive(verb):  # "more than 2,500 people killed": the people are the victims
        return [a for t in agents_of(verb)[:1] for w in with_conjuncts(t) if (a := actor_at(w, context)) is not None]
    statement = _statement_of(verb)
    if statement is not None:  # "X issued a statement condemning Y": X condemned Y
        owner = next((c for c in statement.children if c.dep_ == "poss"), None)
        if owner is not None:
            actor = actor_at(owner, context)
            return [actor] if actor is not None else []
        verb = statement.head if statement.dep_ in {"dobj", "nsubjpass"} else verb
    feeling = _feelers(verb)
    controller = _object_controller(verb, context) if feeling is None else None
    controller = controller if controller is not None else _sent_to_act(verb, context)
    controller = controller if controller is not None else _subjunctive_subject(verb)
    controller = controller if controller is not None else _said_of_relative(verb)
    controller = controller if controller is not None else _cleft_focus(verb)
    controller = controller if controller is not None else _relative_left_without_verb(verb)
    controller = controller if controller is not None else _gerund_possessor(verb)
    controller = controller if controller is not None else _gerund_subject_in_preposition(verb)
    controller = controller if controller is not None else _report_continued(verb)
    reported = _saying_speaker(verb) if feeling is None and controller is None else None
    saying = _saying_beside(verb) if feeling is None and controller is None and reported is None else None
    doers = feeling if feeling is not None else controller if controller is not None \
        else with_conjuncts(reported) if reported is not None \
        else subjects_of(saying if saying is not None else verb, context.index)
    if controller is None and _advocated_act(verb):
        doers = []  # "the senator advocated bombing Iran": he wants it done, by someone unnamed
    if saying is None and _past_expletive(verb):
        doers = []  # "there has been no vote in the House to open an inquiry": no one opens it
    if controller is None and _small_clause_passive(verb):
        doers = [w for agent in agents_of(verb)[:1] for w in with_conjuncts(agent)]  # the victims are no doers
    if controller is None and saying is None and _guessed_in_object(doers, verb):
        doers = []  # "the delay hit the plans of Senate Democrats, forcing them": not the Senate; the clause's subject is no sure doer either
    if controller is None and saying is None and reported is None and _speaker_outside_report(doers, verb):
        doers = []  # "'Sending troops would provoke Moscow,' the senator said": he says it, not does it
    if controller is None and saying is None:
        doers = _nearer_subject(doers, verb)
    if controller is None and saying is None:
        doers = _claim_clause_participle(doers, verb, context)
    if controller is None and _unsubjected_harm(verb):  # "Israelis stabbed while shopping, axed to death while praying"
        doers = [w for agent in agents_of(verb)[:1] for w in with_conjuncts(agent)]
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
        if _stand_in_doer(token, verb, context) or _place_for_pronoun(token, context) or _named_as_acted_on(token, context) \
                or _pronoun_of_uncoded_subject(token, context):
            continue
        people = _numbered_people(token, context)
        if people is not None:  # "The two leaders agreed": both of them, each a doer
            visitor = _owner_among(trigger, people, context) if trigger is not verb else None
            people = [visitor] if visitor is not None else people  # "met on Obama's first visit": his visit
            actors.extend(one for one in people if all(a.key != one.key for a in actors))
            continue
        actor = _apposed_person(token, context) or actor_at(token, context) or _participle_agent(token, context)
        for one in _per_demonym(token, actor):
            if all(a.key != one.key for a in actors):
                actors.append(one)
    return _visitors_without_host(actors, verb, context)


def _apposed_person(subject: Token, context: Context) -> Actor | None:
    """"The committee's top Republican, Rep. Jim Jordan, accused …": a subject that names no actor
    itself, renamed by a person whose role we know, is that person; the body its modifiers name
    ("the committee's") is only where the person sits. Not one with no role ("a rights group's
    researcher, Maria Lopez"): the body says more of who acts. A renaming follows the head or a comma; a
    name after "of" parsed as one is another's ("the son of the army's Gen. Ali Haddad")."""
    if context.mention(subject) is not None:
        return None
    for renamed in (c for c in subject.children if c.dep_ == "appos"):
        before = subject.doc[renamed.left_edge.i - 1] if renamed.left_edge.i > 0 else None
        if before is None or (before.i != subject.i and before.text != ","):
            continue
        mention = context.mention(renamed)
        if mention is not None and mention.actor.kind == "person" and mention.actor.role:
            return mention.actor
    return None


def _numbered_people(noun: Token, context: Context) -> list[Actor] | None:
    """"Abe met Obama on Tuesday. The two leaders agreed …": a numbered plural of people ("the two
    leaders", "both presidents") tells again the people of that number named just before it, in
    its own sentence or the one before: each of them is a doer, as of "Abe and Obama agreed" (a
    mutual act is each one's with the other), not a body of one side ("two leaders" coded as one
    country's government, or as a bare GOV). None when it is no such phrase, or the people named
    there are not of its number (we cannot tell whom it means: the actors step's reading stands)."""
    if noun.tag_ != "NNS" or noun.lower_ not in NUMBERED_PEOPLE_HEADS:
        return None
    counts = [PEOPLE_COUNTS[c.lower_] for c in noun.children if c.lower_ in PEOPLE_COUNTS
              and c.dep_ in {"nummod", "det", "predet"}]
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "both"} for c in noun.children)
    if len(counts) != 1 or not definite:
        return None  # "two leaders of the opposition were arrested": new people, not those named
    sentence = noun.sent
    since = noun.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    start, end = context.index.offset + noun.doc[since].idx, context.index.offset + noun.idx
    named: dict[str, Actor] = {}
    for mention in context.index.mentions:
        if start <= mention.start < end and mention.actor.kind == "person" and mention.actor.code:
            named.setdefault(mention.actor.key, mention.actor)
    return list(named.values()) if len(named) == counts[0] else None


def _owner_among(noun: Token, people: list[Actor], context: Context) -> Actor | None:
    """The one of the people an event noun's possessor names ("Obama's first visit"), if any."""
    owners = [m.actor for c in noun.children if c.dep_ == "poss" and (m := context.mention(c)) is not None]
    return next((a for a in people if any(a.key == o.key for o in owners)), None)


def _in_dateline(word: Token, context: Context) -> bool:
    """A word of the dateline that opens a story ("NAIROBI, Kenya — Armed men stormed …, killing
    147"): where the story was filed, never who acts (the parse may make it a subject, and a
    participle's doer is guessed as the nearest actor before it). A dateline is a run of names,
    commas, numbers and a credit in brackets from the sentence's start to a dash, and the word is a
    place, or a city the actors step took for its government ("LONDON — Theresa May …, announcing":
    not Britain's act; "Gov. Scott Walker — another 2016 hopeful — refused": a name set off by
    dashes acts)."""
    mention = context.mention(word)
    if context.place(word) is None and (mention is None or mention.label != "metonym"):
        return False
    sentence = word.sent
    dash = next((t for t in sentence[:12] if t.text in DASHES), None)
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
    called the tariffs unjust": Trudeau called them so, not Canada), or it goes on speaking ("he
    stressed the country had no part in it but slammed the reaction", "told him the adviser was a
    good man and expressed the hope …": the speaker slams and hopes, not the one spoken of); so is
    a participle of judging after such a report ("said that she should not be made a scapegoat,
    blasting Trump for …": the speaker blasts him, not "she")."""
    if _own_subject(verb) or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    judging = verb.dep_ == "advcl" and verb.tag_ == "VBG" and (verb_code(verb.lemma_.lower()) or "")[:2] in JUDGING_ROOTS
    if not judging and (verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"}):
        return None
    report = verb.head if judging else first_conjunct(verb)
    auxiliaries = {c.lower_ for c in report.children if c.dep_ in {"aux", "auxpass"}}
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in report.children) and not auxiliaries & {"have", "has", "had"}
    speaking = not judging and (_saying_or_judging(verb) or verb.lemma_.lower() in EXPRESSING_VERBS)
    saying = report.head
    return saying if (modal or speaking) and report.dep_ == "ccomp" and saying.lemma_.lower() in BELIEVING_VERBS else None


def _report_continued(verb: Token) -> list[Token] | None:
    """"The minister said Washington can join the talks but must lift sanctions first": a bare verb
    with a modal and no subject of its own, joined by the parse to the verb of saying after a
    report whose own verb has a subject and a modal, goes on with that report; the report's
    subject does it (Washington lifts), not the speaker."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or _own_subject(verb) \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    saying = verb.head
    if saying.lemma_.lower() not in BELIEVING_VERBS:
        return None
    report = next((c for c in saying.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if report is None or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in report.children):
        return None
    subject = own_subject(report)
    return with_conjuncts(subject) if subject is not None and subject.lower_ not in RELATIVE_SUBJECTS else None


def _subjunctive_subject(verb: Token) -> list[Token] | None:
    """"The White House requested McGahn refuse to comply": a bare verb after a verb of asking, with
    no subject of its own, is a subjunctive whose subject the parse took for the asking verb's
    object; that one does the act (and its infinitives: "refuse to comply")."""
    clause = verb
    while clause.dep_ in {"xcomp", "conj"} and clause.tag_ == "VB" and not _own_subject(clause):
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or clause.tag_ not in {"VB", "VBP"} or _own_subject(clause) \
            or head.lemma_.lower() not in MANDATIVE_VERBS:
        return None
    asked = subject_parsed_as_object(head, clause)
    return with_conjuncts(asked) if asked is not None else None


def _said_of_relative(verb: Token) -> list[Token] | None:
    """"Dzhokhar, who investigators say carried out the attack, killing three", "a regime he said
    was inflicting terror": a verb of saying in a relative clause with a subject of its own (the
    investigators) says its reported clause of the noun the relative clause is on; that noun does
    the act, not the ones who say so. So too where the relative clause has no pronoun and the parse
    hangs the verb of saying on the reported verb ("condemned the militants he says bombed the
    station", "a jet it says violated its airspace", the verb of saying hung on the noun and the
    reported verb on the main clause): the noun right before the speaker does it.
    Not a passive ("officers it said had been taken hostage by protesters": the agent does it)."""
    clause = verb
    while clause.dep_ in {"advcl", "conj"} and clause.tag_ == "VBG" and not _own_subject(clause):
        clause = clause.head  # "…, killing three": the participle of the reported act is that act's doer's
    if not _finite_active(clause) or _own_subject(clause):
        return None
    saying = clause.head
    if clause.dep_ in {"ccomp", "xcomp"} and saying.dep_ == "relcl" and saying.lemma_.lower() in BELIEVING_VERBS:
        speakers = [c for c in saying.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_SUBJECTS]
        return with_conjuncts(saying.head) if speakers else None
    first = min([clause.i, *(c.i for c in clause.children if c.dep_ == "aux")])
    inserted = clause.doc[first - 1] if first > clause.sent.start else None
    if inserted is None or inserted.lemma_.lower() not in BELIEVING_VERBS \
            or any(c.dep_ == "ccomp" and c.i != clause.i for c in inserted.children):
        return None
    speaker = next((c for c in inserted.children if c.dep_ == "nsubj" and c.right_edge.i == inserted.i - 1), None)
    if speaker is None or speaker.lower_ in RELATIVE_SUBJECTS or speaker.left_edge.i == speaker.sent.start:
        return None
    noun = speaker.doc[speaker.left_edge.i - 1]  # no comma between: "the militants, he says, bombed" is no relative
    return [noun] if noun.pos_ in {"NOUN", "PROPN"} and noun.ent_type_ not in {"DATE", "TIME"} else None


def _cleft_focus(verb: Token) -> list[Token] | None:
    """"It was France that had persuaded Mr Trump to stay", "it is the Democrats that would lead
    the inquiry": a cleft names the doer after "it is" or "it was" and tells the act in a clause
    on it; where the parse hangs that clause on the "be", with its "that" or "who" for a subject
    that names no one, the doer is the named one after "be" (a clause on that noun itself reads it
    already: `grammar.subjects`). A denied focus ("it was not Russia that invaded") names no doer."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and not _own_subject(clause):
        clause = clause.head  # "that persuaded him and convinced him"
    be = clause.head
    if clause.dep_ != "ccomp" or be.lemma_ != "be" or be.i > clause.i \
            or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS and c.i < clause.i for c in clause.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
        return None
    focus = next((c for c in be.children if c.dep_ == "attr" and c.i < clause.i), None)
    if focus is None:
        return None
    return [] if any(c.dep_ == "neg" for c in (*be.children, *focus.children)) else with_conjuncts(focus)


def _finite_active(verb: Token) -> bool:
    """A verb in a tense of its own ("carried out", "was inflicting", "have robbed"), not a passive."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"MD", "VBD", "VBZ", "VBP"} for c in verb.children)


def _relative_left_without_verb(verb: Token) -> list[Token] | None:
    """"praised Sen. Rand Paul, who back when he was a doctor, had visited Cuba": the parse hung the
    relative pronoun on a word that is no verb ("back") and joined the relative clause's verb to the
    main clause with no "and" or "but" (as a conjunct or a reported clause); the verb is the
    relative clause's, its subject the noun the pronoun follows, not the main clause's subject."""
    if verb.dep_ not in {"conj", "ccomp"} or _own_subject(verb) or any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
        return None
    relative = next((t for t in verb.doc[verb.head.i + 1 : verb.i] if t.lower_ in RELATIVE_SUBJECTS and t.dep_ == "nsubj"
                     and t.head.dep_ == "relcl" and t.head.pos_ not in {"VERB", "AUX"}), None)
    return with_conjuncts(relative.head.head) if relative is not None else None


# The possessive ending, which the tagger may take for a closing quote before a gerund ("Trump’s asking").
_POSSESSIVE_ENDINGS = {"'s", "’s"}


def _gerund_possessor(verb: Token) -> list[Token] | None:
    """"concern over Trump’s asking Ukraine to investigate", "objected to Iran's sending troops":
    a gerund right after a possessive, with no subject of its own, has the possessor for its
    subject, whatever the parse made of the "'s" (before a gerund the tagger may read a curly
    "’s" as a closing quote and hang the gerund on the main clause, whose subject then does it).
    Only a gerund with an object or a clause of its own, or one whose "of" names what it is done
    to ("responded to Israel's killing of its commander": Israel kills, not the one who responds):
    "Comey's firing" is done to Comey."""
    if verb.tag_ != "VBG" or _own_subject(verb) or verb.i < verb.sent.start + 2:
        return None
    ending, owner = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if ending.lower_ not in _POSSESSIVE_ENDINGS or owner.pos_ not in {"PROPN", "NOUN"} or owner.ent_type_ in {"DATE", "TIME"} \
            or not (any(c.dep_ in {"dobj", "dative", "xcomp", "ccomp"} for c in verb.children) or _of_object(verb)):
        return None
    return [owner]


def _of_object(gerund: Token) -> bool:
    """Whether an "of" names what a gerund is done to: one on the gerund, or on a day told
    between them, as the parse may hang it ("Turkey's shelling on Friday of its positions")."""
    return any(t.dep_ == "prep" and t.lower_ == "of" and (t.head.i == gerund.i or t.head.ent_type_ in {"DATE", "TIME"})
               for t in gerund.subtree if t.i > gerund.i)


def _gerund_subject_in_preposition(verb: Token) -> list[Token] | None:
    """"in addition to North Korea committing to denuclearization", "despite Iran agreeing to
    talks": a gerund with no subject of its own right after the object of a preposition that
    takes a whole gerund clause (GERUND_SUBJECT_PREPOSITIONS) has that object for its subject,
    not the main clause's subject or speaker; "to" only after "in addition"."""
    clause = _first_gerund(verb)
    if clause.tag_ != "VBG" or _own_subject(clause) or clause.i == clause.sent.start:
        return None
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > clause.sent.start else None
    if before is None or before.is_punct:
        return None
    noun = before
    while noun.dep_ in {"compound", "amod", "nmod", "poss", "det", "nummod"} and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in {"PROPN", "NOUN", "PRON"} or noun.right_edge.i != before.i:
        return None
    preposition = noun.head
    word = preposition.lower_
    if word not in GERUND_SUBJECT_PREPOSITIONS or (word == "to" and preposition.head.lower_ != "addition"):
        return None
    return with_conjuncts(noun)


def _guessed_in_object(doers: list[Token], verb: Token) -> bool:
    """A participle's doer guessed as the nearest actor before it (`grammar.nearest_actor_before`)
    when that one only modifies an object of the clause the participle is on, a clause with a
    subject of its own ("the delay has hit the plans of several Senate Democrats, forcing them to
    …": the delay forces, not the Senate). The clause's subject is not taken instead: the parse
    hangs participles on the wrong clause often enough that no doer beats a guess."""
    if len(doers) != 1 or verb.dep_ != "advcl" or verb.tag_ not in {"VBG", "VBN"} or _own_subject(verb):
        return False
    head = verb.head
    if not any(c.dep_ == "nsubj" and c.i < doers[0].i for c in head.children):
        return False
    word = doers[0]
    while word.head.i != word.i and word.head.i != head.i:
        word = word.head
    return word.head.i == head.i and word.dep_ in {"dobj", "dative", "prep"}


def _advocated_act(verb: Token) -> bool:
    """A gerund with no subject of its own, the object of a verb of advocating or advising
    (ADVOCATED_ACT_HEADS: "has advocated bombing Iran and attacking North Korea", "advised hitting
    the banks with sanctions"): an act the subject wants done, by a doer the sentence does not
    name (a senator's government, an ally); the subject is no surer a doer than none."""
    clause = _first_gerund(verb)
    return clause.tag_ == "VBG" and clause.dep_ in {"xcomp", "dobj"} and not _own_subject(clause) \
        and clause.head.lemma_.lower() in ADVOCATED_ACT_HEADS


# The words that open a clause of when something happened ("when terrorists bombed the towers").
_WHEN_MARKS = {"when", "as", "while", "after", "before", "until"}


def _nearer_subject(doers: list[Token], verb: Token) -> list[Token]:
    """A participle's doer guessed as the nearest actor before it (`grammar.nearest_actor_before`)
    when the clause the participle is on has a subject of its own between that actor and the
    participle, one the actors step did not code ("he was the station chief in Riyadh when
    terrorists bombed the towers, killing 19"): the terrorists kill, not the chief; that subject
    is the doer, coded or not. Only a clause of when (a "though" clause's subject, "violence has
    continued, bringing attacks", is a cause)."""
    if len(doers) != 1 or verb.dep_ != "advcl" or verb.tag_ not in {"VBG", "VBN"} or _own_subject(verb):
        return doers
    guess, clause = doers[0], verb.head
    if not any(c.dep_ in {"advmod", "mark"} and c.lower_ in _WHEN_MARKS for c in clause.children):
        return doers  # "though violence has continued, bringing attacks": a cause, not the doer
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and guess.i < c.i < verb.i), None)
    if subject is None or subject.lower_ in RELATIVE_SUBJECTS or guess.i in {t.i for t in subject.subtree}:
        return doers
    return with_conjuncts(subject)


def _saying_or_judging(verb: Token) -> bool:
    """A verb of saying or thinking, or one coded as a statement, a judgement or a rejection
    ("blaming", "calling", "insisting", "dismissing")."""
    lemma = verb.lemma_.lower()
    code = verb_code(lemma) or ""
    return lemma in BELIEVING_VERBS or lemma in NAMING_VERBS or code[:2] in {*JUDGING_ROOTS, REJECT_ROOT, STATEMENT_ROOT}


def _speaker_outside_report(doers: list[Token], verb: Token) -> bool:
    """Whether the doers are the teller of a report the verb sits in, reached only by climbing out of
    that report because the parse found no subject in it: a reported clause whose subject is a
    clause ("'Sending troops would provoke Moscow,' the senator said"), a bare order ("'Release
    them now,' he said": the one ordered does it) or one the parse hung on a preposition ("officials
    said that in a few cases villagers had been hurt or killed in the raids") tells another's act;
    the teller says it, not does it. A report that lost its subject some other way
    keeps the guess ("warned the US would destroy them": the warner threatens; "tweeted: just spoke
    with Xi": the teller's own clipped report)."""
    if not doers or verb.pos_ == "NOUN":
        return False
    report = verb
    while report.head.i != report.i and not _told_report(report):
        if _own_subject(report):
            return False  # the doer was found inside the report
        report = report.head
    teller = report.head
    if teller.i == report.i or _own_subject(report) \
            or not all(first_conjunct(d).head.i == teller.i and first_conjunct(d).dep_ == "nsubj" for d in doers):
        return False
    clausal = any(c.dep_ in {"csubj", "csubjpass"} for c in report.children)
    order = report.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in report.children)
    return clausal or order or report.pos_ == "ADP"


def _told_report(clause: Token) -> bool:
    """A clause a verb of saying tells: its object clause, or a bare order quoted before it, which
    the parse hangs on it as an adverbial clause ("'Lift the blockade,' he told reporters")."""
    if clause.head.lemma_.lower() not in BELIEVING_VERBS:
        return False
    order = clause.dep_ == "advcl" and clause.tag_ == "VB" and clause.i < clause.head.i \
        and not any(c.dep_ in {"aux", "mark"} for c in clause.children)
    return clause.dep_ == "ccomp" or order


def _claim_clause_participle(doers: list[Token], verb: Token, context: Context) -> list[Token]:
    """A participle of saying or judging with no subject of its own whose doer was guessed as the
    subject of a claim's own clause ("McConnell blasted the accusation that the president abused his
    office, blaming the dispute on …": the parse hangs "blaming" on "abused"): one who answers a
    claim goes on speaking, so the doer is the subject of the verb the claim is the object of
    (McConnell), or no one where that verb names none. Not a participle of another act ("denied
    reports that its jets bombed a clinic, killing 12": the bombing kills)."""
    if len(doers) != 1 or verb.dep_ != "advcl" or verb.tag_ != "VBG" or _own_subject(verb) or not _saying_or_judging(verb):
        return doers
    guess, clause = doers[0], verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i and not _own_subject(verb):
        clause = clause.head  # "that X lied and abused his office, blaming …"
    if guess.dep_ not in {"nsubj", "nsubjpass"} or guess.head.i != clause.i or clause.dep_ not in {"relcl", "acl", "ccomp"}:
        return doers
    claim = clause.head
    if claim.pos_ != "NOUN" or claim.lemma_.lower() not in CLAIM_CLAUSE_NOUNS:
        return doers
    answering = claim.head.head if claim.dep_ == "pobj" else claim.head  # "hit back at the claim that …"
    if claim.dep_ not in {"dobj", "pobj"} or answering.pos_ != "VERB":
        return doers
    return subjects_of(answering, context.index)


def _unsubjected_harm(verb: Token) -> bool:
    """A past participle of a verb of harming that always takes its object (HARMING_VERBS), with
    no object, subject or auxiliary of its own, hung on another verb as a clause or joined to one
    ("Israelis stabbed while shopping, axed to death while praying", "shot while queuing and beaten
    while walking home"): a passive with "were" left out, whose victims the parse may take for the
    doers of the verb it hangs on; its doer is named after "by" or not at all. Not a verb that
    shares the object of the one it is joined to ("stormed and seized the town")."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBN", "VBD"} or verb.lemma_.lower() not in HARMING_VERBS \
            or verb.dep_ not in {"advcl", "conj"} or _own_subject(verb):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "prt"} for c in verb.children):
        return False
    return verb.dep_ == "advcl" or not any(c.dep_ in {"dobj", "dative"} for c in verb.head.children)


def _named_as_acted_on(subject: Token, context: Context) -> bool:
    """A subject pronoun the actors step took for someone its own clause names as acted on: the
    object of its verb or of a participle clause on that verb with no subject of its own, or a name
    in a participle phrase that opens the sentence ("Singling out President X by name, he accused
    …", "After meeting X, she said …"). One who is
    singled out, met or spoken to is never the one who does it, so the pronoun stands for someone
    else, often named sentences before; no doer beats a wrong one."""
    mention = context.mention(subject)
    if subject.pos_ != "PRON" or mention is None or mention.label != "pronoun" or subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = subject.head
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ in {"VBG", "VBN"} and not _own_subject(c))]
    clauses += [g for p in verb.children if p.dep_ == "prep" for g in p.children
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and not _own_subject(g)]  # "After meeting X, he …"
    acted_on = [o for clause in clauses for o in _acted_on_by(clause)]
    acted_on += _in_opening_participle(subject)
    for word in (w for obj in acted_on for w in with_conjuncts(obj)):
        named = context.mention(word)
        if named is not None and named.label != "pronoun" and named.actor.key == mention.actor.key:
            return True
    return False


def _acted_on_by(clause: Token) -> list[Token]:
    """The objects of a verb and of the prepositions on it."""
    objects = [c for c in clause.children if c.dep_ in {"dobj", "dative"}]
    return objects + [g for p in clause.children if p.dep_ == "prep" and p.lower_ not in _ROLE_PREPOSITIONS
                      and clause.lemma_.lower() not in _NON_ACTING_HEADS for g in p.children if g.dep_ == "pobj"]


def _in_opening_participle(subject: Token) -> list[Token]:
    """The words of a participle phrase that opens the sentence and ends at the comma right before
    the subject ("Naming President X directly, he …", whatever the parse made of it): a phrase
    with no subject of its own, whose names are acted on or met; not owners ("Speaking at
    X's party congress, she …" may be X), nor a role after "as" ("Speaking as president, he")."""
    sentence = subject.sent
    first = sentence[0]
    participle = first.tag_ in {"VBG", "VBN"} or (first.lower_.endswith("ing") and first.pos_ == "ADJ")  # "Naming" tagged JJ
    if not participle or first.lemma_.lower() in _NON_ACTING_HEADS or first.lower_ in _NON_ACTING_HEADS or subject.i < 2 \
            or subject.doc[subject.i - 1].text != "," or subject.i - 1 <= first.i:
        return []
    phrase = subject.doc[first.i:subject.i - 1]
    if any(t.text in {",", ";"} or t.dep_ in {"nsubj", "nsubjpass"} and t.head.i >= subject.i for t in phrase if t.pos_ != "PROPN"):
        return []
    return [t for t in phrase if t.pos_ == "PROPN" and not any(a.dep_ == "poss" for a in (t, *_phrase_path(t, phrase)))
            and not any(a.lower_ in _ROLE_PREPOSITIONS for a in t.ancestors if phrase.start <= a.i < phrase.end)]


def _phrase_path(word: Token, phrase) -> list[Token]:
    """The words from a word up to the head of its noun phrase inside a span."""
    path = []
    while word.dep_ in {"compound", "amod", "flat"} and phrase.start <= word.head.i < phrase.end:
        word = word.head
        path.append(word)
    return path


# Participles that only frame a clause, not act on whom they name ("according to X, he …").
_NON_ACTING_HEADS = {"accord", "according"}
# A preposition that names what the doer is ("speaking as president, he …"): the doer himself.
_ROLE_PREPOSITIONS = {"as"}


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


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _first_gerund(verb: Token) -> Token:
    """The first of coordinated gerunds sharing one subject ("committing to X and recovering the
    remains"): where the clause they make hangs."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and not _own_subject(verb):
        verb = verb.head
    return verb


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


def _pronoun_of_uncoded_subject(subject: Token, context: Context) -> bool:
    """A subject pronoun the actors step took for someone named elsewhere, in a clause hung on one
    whose own subject is a person or group the coder could not code ("a former technician made a
    splash when he alleged …", "the transition team acknowledged …, but they insisted …"): the
    pronoun goes on with that nearer subject, whom we cannot code; no doer beats the wrong one.
    Not where that subject's phrase names the same actor ("a group of migrants …, saying they")."""
    mention = context.mention(subject)
    kind = REFERRING_PRONOUNS.get(subject.lower_)
    if subject.pos_ != "PRON" or mention is None or mention.label != "pronoun" or subject.dep_ != "nsubj" \
            or kind not in {"person", "plural"}:
        return False
    clause = subject.head
    while clause.dep_ in {"advcl", "ccomp", "conj"}:  # a clause so hung is never the root, so its head is another word
        clause = clause.head
        governing = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < subject.i), None)
        if governing is not None:
            return _uncoded_someone(governing, kind, mention.actor.key, context)
    return False


def _uncoded_someone(word: Token, kind: str, key: str, context: Context) -> bool:
    """Whether a subject is someone a pronoun of this kind can stand for ("he": one person, "they":
    several or a group) that the actors step left uncoded, with no word of its phrase naming the
    actor with this key."""
    if context.mention(word) is not None or word.pos_ not in {"NOUN", "PROPN"} \
            or any((m := context.mention(t)) is not None and m.actor.key == key for t in word.subtree):
        return False
    noun = word.lemma_.lower()
    someone = word.ent_type_ == "PERSON" or noun in PERSON_NOUNS or noun in UNNAMED_PERSON_NOUNS \
        or noun in UNCODED_PEOPLE_HEADS or noun in GROUP_ANAPHOR_HEADS
    group = noun in GROUP_ANAPHOR_HEADS or noun in COLLECTIVE_NOUNS
    if kind == "plural":
        return someone and (group or word.tag_ in {"NNS", "NNPS"})
    return someone and not group and word.tag_ in {"NN", "NNP"}


def _place_for_pronoun(subject: Token, context: Context) -> bool:
    """A subject pronoun the actors step took for a country its paragraph last named only as a
    place ("After years of fighting in Syria and Libya, they are reluctant to …", "After talks in
    Qatar, it agreed to …"): a country named after "in" or "to" is where things happen, not
    someone who can act, so "they" or "it" stands for someone else, whom the sentence does not
    name (the voters, the delegation); no doer beats the place. A country named as an actor
    before ("Iran rejected the offer. It said …") stays."""
    mention = context.mention(subject)
    if subject.pos_ != "PRON" or mention is None or mention.label != "pronoun" or mention.actor.kind != "country":
        return False
    for word in reversed(subject.doc[:subject.i]):
        named = context.mention(word)
        if named is None or named.label == "pronoun" or named.actor.key != mention.actor.key:
            continue
        head = word
        while head.dep_ in {"compound", "amod", "poss", "conj"} and head.head.i != head.i:
            head = head.head  # "in the Libyan capital", "in Syria and Libya": the place phrase's head
        preposition = head.head
        return head.dep_ == "pobj" and preposition.lower_ in PLACE_PREPOSITIONS \
            and context.mention(preposition.head) is None  # "officials in Kenya … they": the officials'
    return False


# Nouns of a claim whose own clause says what is claimed ("the accusation that X abused …").
CLAIM_CLAUSE_NOUNS = CLAIM_NOUNS | ALLEGING_NOUNS | CLAIM_CONTENT_NOUNS

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
    verb = _infinitive_gone_on(verb)
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
        if not objects and clause.dep_ == "xcomp":
            objects = _relativised_object(head)
    if not objects:
        return None
    askers = [a for a in (actor_at(t, context) for t in subjects_of(head, context.index)) if a is not None and a.code]
    return with_conjuncts(objects[0]) if askers else None


def _infinitive_gone_on(verb: Token) -> Token:
    """"warned North Korea to stop threatening the US", "urged Iran to keep talking": a gerund
    with no subject of its own on an infinitive with no object goes on with that infinitive's act,
    so it has the infinitive's doer (the one warned or urged); the infinitive stands for it. Not
    where the infinitive names whom it stops ("to stop Iran building a bomb")."""
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.tag_ == "VB" and not _own_subject(verb) \
            and not any(c.dep_ in {"dobj", "dative"} for c in verb.head.children):
        return verb.head
    return verb


def _relativised_object(head: Token) -> list[Token]:
    """"a review panel that Clinton appointed to investigate the attack", "the rebels Moscow urged
    to disarm": a relative clause with a subject of its own (not a relative pronoun) and no object
    has the noun it is on for its object, the one asked or appointed to act."""
    if head.dep_ != "relcl" or any(c.dep_ in {"dobj", "dative"} for c in head.children):
        return []
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return [head.head] if subjects and all(c.lower_ not in RELATIVE_SUBJECTS for c in subjects) else []


def _asked_right_before(infinitive: Token, before: list[Token], context: Context) -> list[Token]:
    """"pressed the country's leadership to open an inquiry", "inspired him and his cousin to plan
    the bombing": an infinitive the parse took for a purpose (advcl) right after the
    object of a verb of asking or forcing is what that object is asked to do, when the object
    names someone; with words between ("ordered troops to the border to deter Kyiv") or a thing
    for object ("ordered new tanks to strengthen the army") it is the subject's purpose."""
    objects = [c for c in before if c.dep_ == "dobj"]
    if len(objects) != 1 or not _only_occasions_between(objects[0], infinitive):
        return []
    return [objects[0]] if _names_someone(objects[0], context) else []


def _names_someone(word: Token, context: Context) -> bool:
    """Whether a noun names someone who can be asked or sent to act (an actor, a pronoun, a role,
    a party, a person), not a thing ("ordered new tanks", "the raid ordered by the president")."""
    noun = word.lemma_.lower()
    return context.mention(word) is not None or word.tag_ == "PRP" or role_of(word.text) is not None \
        or noun in ASKED_PARTY_NOUNS or noun in RELATION_NOUNS or noun in GROUP_ANAPHOR_HEADS or noun in PERSON_NOUNS


def _sent_to_act(verb: Token, context: Context) -> list[Token] | None:
    """Who does an act asked of or assigned to one named as acted on by a passive: "the prosecutor
    assigned by the attorney general to investigate", "a panel convened by the governor to review
    the shooting", "the envoy was urged by Moscow to resign". An infinitive on a passive of a verb
    whose object does the act (OBJECT_CONTROL_VERBS) is the act of the one appointed or asked (the
    noun the participle describes, or the passive's subject), not of the agent after "by". None
    where that one is a thing ("the raid ordered by the president to capture him")."""
    if verb.tag_ != "VB":
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.tag_ == "VB" and not _own_subject(clause):
        clause = clause.head  # "to investigate the attack and report to Congress"
    head = clause.head
    if clause.dep_ not in {"xcomp", "advcl"} or not to_infinitive(clause) or _own_subject(clause) \
            or head.tag_ != "VBN" or head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if passive is None and head.dep_ != "acl":
        return None
    acted_on = head.head if passive is None or (passive.lower_ in RELATIVE_SUBJECTS and head.dep_ == "relcl") else passive
    return with_conjuncts(acted_on) if _names_someone(acted_on, context) else None


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


def _reduced_passive(verb: Token) -> bool:
    """A passive whose "were" or "have been" is left out, its subject the one acted on: a past
    participle with a subject of its own and no auxiliary or object, joined to a full passive ("9,000
    have been detained and more than 1,200 people killed"); or a verb of harming that always takes
    its object (HARMING_VERBS) with a subject and none, whatever the tagger made of it ("two guards
    and a gunman killed in raid on bank", "led to billions wasted, 4,000 soldiers killed"). The doer
    is named after "by" or not at all. Other participles with a subject are left to the subject
    rules: the tagger takes many a past tense for one ("protesters gathered in the square")."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or verb.dep_ == "relcl" \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "expl", "prt"} for c in verb.children):
        return False
    if verb.lemma_.lower() in HARMING_VERBS:
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)


def _between_pair_verb(verb: Token) -> bool:
    """A participle the parse took for a verb joined by the "and" of a pair after "between" ("talks
    between the president and ousted FBI Director X"): the "and" joins the two parties, so the word
    after it is an adjective on the second (the one ousted), whose doer the sentence does not name;
    never the act of the clause's subject."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBN"} or _own_subject(verb) or verb.i < 2:
        return False
    before = verb.doc[verb.i - 1]
    if before.lower_ != "and" or before.head.i != verb.head.i:
        return False
    party = verb.doc[verb.i - 2]
    return any(t.lower_ == "between" and t.dep_ == "prep" for t in party.ancestors) \
        and not any(c.dep_ == "conj" for t in (party, *party.ancestors) if t.dep_ == "pobj" for c in t.children)


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
    of_objects = objects_of(noun, {"of"})
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
    """A participle whose agent stops, judges, asks for or only comes upon the act or text it
    describes, not does or makes it: a verb of preventing ("thwarted", "foiled"), one coded as
    judging or rejecting ("condemned", "praised"), one of asking ("the reforms demanded by the
    IMF": the government is to make them) or of seeing or obtaining ("a draft seen by Reuters")."""
    lemma = participle.lemma_.lower()
    return lemma in PREVENTING_VERBS or lemma in MANDATIVE_VERBS or lemma in WITNESSING_VERBS \
        or (verb_code(lemma) or "")[:2] in {*JUDGING_ROOTS, REJECT_ROOT}
