"""Trigger words → CAMEO event codes: our own lemma lists, verbal and nominal.

A verb's lemma picks its default code; a few verbs change code with their object or particle
("sign a deal", "call for"). Light verbs ("pay a visit", "hold talks") hand over to their noun.
"""

from __future__ import annotations

# lemma | CAMEO code — verbs. One line per code; lemmas separated by spaces.
VERB_TABLE = """
010 | say tell state announce declare comment insist stress reiterate assert maintain remark
012 | lament complain
013 | predict forecast
015 | acknowledge admit
016 | deny
018 | sympathize sympathise condole console
019 | concur
020 | appeal ask request urge
021 | seek
024 | plead
030 | promise pledge vow commit
036 | propose invite
040 | meet discuss consult talk confer
042 | visit travel fly tour accompany
043 | host receive welcome
046 | negotiate renegotiate bargain
051 | praise commend hail applaud congratulate thank laud
054 | recognize recognise
055 | apologize apologise
057 | sign ratify
030 | agree
050 | cooperate collaborate ally
061 | trade invest
062 | train
064 | share
070 | aid assist help donate fund supply
073 | rescue shelter
080 | concede yield ease relax
081 | lift
083 | resign step_down
084 | release free
087 | withdraw retreat evacuate pull_out pull_back
0874 | surrender capitulate
090 | investigate probe examine
100 | demand insist_on
111 | criticize criticise condemn denounce blame slam decry bash lambast lambaste blast rebuke chide scold castigate berate excoriate deplore assail fault censure ridicule mock
112 | accuse charge allege
120 | reject refuse dismiss rebuff
120 | veto
128 | defy
130 | threaten
139 | ultimatum
140 | protest
141 | demonstrate rally march
143 | boycott strike
145 | riot
150 | mobilize mobilise
154 | deploy
160 | suspend downgrade
163 | sanction embargo
166 | expel
171 | seize confiscate
172 | ban outlaw
173 | arrest detain jail imprison
174 | deport
175 | crack_down
180 | assault
181 | kidnap abduct
182 | beat torture
183 | bomb
186 | assassinate
190 | attack fight clash invade kill strike
193 | shoot
195 | shell bombard airstrike
200 | massacre
"""

# code | verbs | object nouns — a verb whose object decides the event ("severed ties", "vowed
# retaliation"); checked before everything else. A code of '---' says the pair is no event
# ("faced criticism" is no meeting).
VERB_OBJECT_TABLE = """
161 | sever cut break suspend downgrade freeze end rupture | ties relations tie relation
054 | establish restore | ties relations tie relation
050 | upgrade improve strengthen normalize normalise deepen resume mend | ties relations tie relation
161 | recall withdraw | ambassador envoy
0871 | declare announce observe agree accept | ceasefire cease-fire truce armistice
080 | accept meet heed satisfy grant | demand demands condition conditions
164 | break halt suspend abandon cancel | talks talk negotiations negotiation
--- | fight battle combat tackle | virus pandemic disease coronavirus covid cancer corruption crime inflation poverty fire fires wildfire wildfires drug drugs addiction epidemic outbreak hunger unemployment climate
--- | shoot | video film footage photo photos picture pictures scene movie documentary
--- | strike | tone note balance chord pose
--- | beat | expectation expectations estimate estimates record odds
--- | hit | record high low market markets shelves headline headlines
--- | face | criticism backlash pressure charges charge questions question scrutiny calls challenge challenges opposition accusations allegations lawsuit lawsuits
114 | lodge file submit register | protest complaint complaints grievance
166 | expel | ambassador diplomat envoy
130 | vow threaten promise pledge warn | countermeasure countermeasures retaliation revenge response reprisal reprisals consequences
075 | grant offer give | asylum
163 | slap impose levy | tariff tariffs duty duties
072 | give send provide deliver supply | weapon weapons arms ammunition tank tanks missile missiles
071 | give provide grant extend | loan loans grant grants credit
"""

# Violent verbs said of things only words can hurt: "attacked the Iran deal", "blasted the bill",
# "killed the proposal". code | verbs | the code replaces the verb's own when its object is one of
# POLICY_NOUNS (a plan, a law, a statement, an inquiry): criticism, or rejection for ending it.
METAPHOR_TABLE = """
111 | attack assault hit blast fight bash savage hammer lash
120 | kill torpedo sink scuttle shoot_down
"""
# Things that are said, decided or planned, never a body or a place.
POLICY_NOUNS = frozenset("deal agreement accord plan policy policies proposal bill law legislation decision "
                         "probe investigation inquiry report claim claims statement remarks comments comment "
                         "record approach idea strategy budget reform reforms rule rules order measure "
                         "nomination nominee candidacy speech tweet tweets rhetoric agenda "
                         "initiative stance view views argument".split())

# Event nouns → codes (the noun names the event: "a visit to", "talks with", "sanctions on").
NOUN_TABLE = """
020 | appeal request plea
100 | demand demands
055 | apology
040 | meeting talk talks discussion consultation summit
042 | visit trip tour
043 | reception
046 | negotiation negotiations
057 | agreement treaty accord deal
070 | aid assistance
090 | investigation inquiry probe
111 | condemnation criticism
112 | accusation
130 | threat
139 | ultimatum
140 | protest
141 | demonstration rally march
142 | hunger_strike
143 | general_strike walkout boycott
195 | air_strike missile_strike drone_strike airstrikes
145 | riot riots
150 | missile_test nuclear_test weapons_test military_exercise military_drill military_parade
154 | deployment
163 | sanction sanctions embargo
191 | blockade
173 | arrest detention
180 | assault
183 | bombing bomb_attack suicide_attack suicide_bombing car_bomb bomb_blast
186 | assassination
190 | attack clash clashes offensive invasion fighting
195 | airstrike shelling bombardment
200 | massacre
"""

# Verbs whose object noun carries the event ("pay a visit", "hold talks", "impose sanctions").
LIGHT_VERBS = frozenset("conduct make pay hold begin start launch impose carry stage open continue call mount issue "
                        "renew resume lodge file take order".split())  # "ordered sanctions on X": the sanctions
# Verbs that name an event only when they act on something ("lifted the ban", not "the cloud will
# lift"; "demonstrated that he cannot", a showing, is no protest: see PROTEST_VERBS).
TRANSITIVE_ONLY = frozenset("lift ease relax seize confiscate expel deport release free sanction ban impose "
                            "arrest detain jail imprison".split())
# Protest verbs are protests only when they take no object or clause ("demonstrated the missile").
PROTEST_VERBS = frozenset("demonstrate rally march".split())
# What one declines or refuses when one declines to comment (011): verbs of saying and telling.
COMMENT_VERBS = frozenset("comment answer confirm respond elaborate specify disclose speak discuss say reveal "
                          "identify name explain".split())
# Speaking *with* someone is a consultation (040: "spoke with Xi by phone", "a call with Abe");
# speaking with these is addressing an audience, no consultation.
CONVERSATION_VERBS = frozenset("speak chat converse".split())
CONVERSATION_NOUNS = frozenset("call conversation".split())
AUDIENCE_NOUNS = frozenset("reporter reporters journalist journalists press crowd crowds audience supporters "
                           "supporter voters voter students student people public media host hosts".split())
# Phrasal verbs that carry on or sum up, no event of their own ("pressed ahead after the
# complaint", "wrapped up two days of talks": the talks are the event).
NO_EVENT_PHRASES = frozenset("press_ahead press_on press_forward push_ahead push_forward push_on move_ahead "
                             "move_forward move_on go_ahead carry_on wrap_up".split())
# Verbs whose particle or preposition makes them figurative: "seized on the remark" (no seizure),
# "closing in on the border" (an advance, no sanction).
FIGURATIVE_PHRASES = frozenset("seize_on seize_upon pounce_on close_in".split())
# Nouns of amount that hand over to their "of" phrase ("a barrage of criticism", "a wave of arrests").
QUANTITY_NOUNS = frozenset("barrage wave storm flurry flood torrent series volley round spate string".split())
# Plurals the lemmatizer would turn into another word ("arms" → "arm").
PLURAL_NOUNS = frozenset("arms".split())
# Particles that turn a light verb into ending its noun's event: "called off a strike", "broke off talks".
ENDING_PARTICLES = frozenset("off".split())
# Verbs whose default code in PETRARCH's dictionary names no event on its own (only with a
# pattern): "troops arrived", "gave a speech", "established a committee", "allowed to enter".
WEAK_DICTIONARY_VERBS = frozenset("arrive give provide establish send take make get come go leave "
                                  "return continue begin start hold keep say decide want hope wish expect like need seem try".split())



def _inflections(lemmas: frozenset[str]) -> frozenset[str]:
    """Regular forms of verbs, for when the lemmatizer slips ("staged" → "stag")."""
    forms = set(lemmas)
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma + "s", lemma + "d", lemma + "ed", stem + "ing", stem + "ed"}
    return frozenset(forms)


LIGHT_VERB_FORMS = _inflections(LIGHT_VERBS) | frozenset("held began begun made paid".split())
# Verbs with which a plain "strike" is a labour strike ("staged a strike", "went on strike").
STRIKE_VERBS = frozenset("stage call hold begin start continue end go".split())
# Verbs that report speech: events of their own (010) but also attribution cues.
SPEECH_LEMMAS = frozenset("say tell state announce declare comment insist stress reiterate assert maintain remark warn".split())
# Verbs that code an event with an object or a bare-verb complement but only state something
# with a finite clause: "conceded that Clinton erred", "insisted that he never urged Comey".
STATING_WITH_CLAUSE = frozenset("concede insist demand agree warn argue suggest indicate acknowledge admit".split())
# Documents that carry what their issuer says: "issued a statement condemning", "a letter urging".
STATEMENT_NOUNS = frozenset("statement declaration letter communique communiqué resolution tweet message note "
                            "press_release memo petition appeal".split())
# What "release" or "free" must have as object to be a release of persons.
RELEASED_PERSONS = frozenset("prisoner hostage detainee captive activist journalist dissident soldier sailor "
                             "crew citizen national worker civilian protester protestor demonstrator student "
                             "suspect migrant refugee fisherman tourist people man woman child member leader "
                             "official opponent critic".split())
# "slapped tariffs on": tariffs and duties are economic sanctions.
SANCTION_OBJECTS = frozenset("tariff duty levy".split())


def _parse(table: str) -> dict[str, str]:
    lexicon: dict[str, str] = {}
    for line in table.strip().splitlines():
        code, words = (part.strip() for part in line.split("|"))
        for word in words.split():
            lexicon[word.replace("_", " ")] = code
    return lexicon


def _parse_pairs(table: str) -> dict[tuple[str, str], str]:
    pairs: dict[tuple[str, str], str] = {}
    for line in table.strip().splitlines():
        code, verbs, objects = (part.strip() for part in line.split("|"))
        for verb in verbs.split():
            for obj in objects.split():
                pairs[(verb, obj)] = code
    return pairs


VERBS = _parse(VERB_TABLE)
METAPHORS = _parse(METAPHOR_TABLE)
VERB_OBJECTS = _parse_pairs(VERB_OBJECT_TABLE)
NOUNS = _parse(NOUN_TABLE)


def verb_code(lemma: str, particle: str = "", obj_lemma: str = "") -> str | None:
    """The CAMEO code of a verb, with its particle ("step down") and object in view."""
    lemma = lemma.lower()
    if (lemma, obj_lemma) in VERB_OBJECTS:
        return VERB_OBJECTS[(lemma, obj_lemma)]
    if particle and f"{lemma} {particle}" in VERBS:
        return VERBS[f"{lemma} {particle}"]
    if lemma == "call" and particle in {"for", "on"}:
        return "020"
    if lemma == "sign" and obj_lemma and obj_lemma not in NOUNS:
        return None  # "sign autographs" is no agreement
    if lemma == "strike" and obj_lemma in {"deal", "agreement", "accord"}:
        return "057"
    return VERBS.get(lemma)


def noun_code(lemma: str) -> str | None:
    return NOUNS.get(lemma.lower())
