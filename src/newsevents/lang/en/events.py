"""English words the events stage reads: trigger words and their CAMEO codes, the verbs and nouns
that frame, carry or cancel an event, the words of modality, participants and topics, the word
senses, the names that characterise, and the calendar of dates."""

from __future__ import annotations

import re
from collections import defaultdict

from newsevents.lang import pairs, rows, words

_HERE = "newsevents.lang.en"


def _codes(table: str) -> dict[str, str]:
    """word → CAMEO code, from rows 'code | words' (a phrase's words joined by '_'); a word listed
    again takes its later code."""
    return {word.replace("_", " "): code for code, listed in rows(_HERE, table, 2) for word in listed.split()}


def _pair_codes(table: str) -> dict[tuple[str, str], str]:
    """(verb, object) → CAMEO code, from rows 'code | verbs | objects': every verb with every object."""
    return {(verb, obj): code for code, verbs, objects in rows(_HERE, table, 3)
            for verb in verbs.split() for obj in objects.split()}


def _groups(table: str) -> dict[str, frozenset[str]]:
    """name → words, from rows 'name | words' (a name may take several lines, whose words add up)."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, listed in rows(_HERE, table, 2):
        if not listed:
            raise ValueError(f"{table}: no words after '|' for {name!r}")
        found[name].update(listed.split())
    return {name: frozenset(listed) for name, listed in found.items()}


def _inflections(lemmas: frozenset[str]) -> frozenset[str]:
    """Regular forms of verbs, for when the lemmatizer slips ("staged" → "stag")."""
    forms = set(lemmas)
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma + "s", lemma + "d", lemma + "ed", stem + "ing", stem + "ed"}
    return frozenset(forms)


# Trigger words → CAMEO codes (events/lexicon.py)
VERBS = _codes("verb_codes")
VERB_OBJECTS = _pair_codes("verb_object_codes")
METAPHORS = _codes("metaphor_codes")
NOUNS = _codes("noun_codes")
NOT_NOMINALISATIONS = words(_HERE, "not_nominalisations")
POLICY_NOUNS = words(_HERE, "policy_nouns")
LIGHT_VERBS = words(_HERE, "light_verbs")
ANNOUNCING_VERBS = words(_HERE, "announcing_verbs")
LIGHT_VERB_FORMS = _inflections(LIGHT_VERBS) | words(_HERE, "light_verb_irregular_forms")
TRANSITIVE_ONLY = words(_HERE, "transitive_only_verbs")
PROTEST_VERBS = words(_HERE, "protest_verbs")
COMMENT_VERBS = words(_HERE, "comment_verbs")
CONVERSATION_VERBS = words(_HERE, "conversation_verbs")
CONVERSATION_NOUNS = words(_HERE, "conversation_nouns")
AUDIENCE_NOUNS = words(_HERE, "audience_nouns")
NO_EVENT_PHRASES = words(_HERE, "no_event_phrases")
FIGURATIVE_PHRASES = words(_HERE, "figurative_phrases")
QUANTITY_NOUNS = words(_HERE, "quantity_nouns")
# Words of amount naming a part of their "of" phrase: "all of Washington's tariffs" (events/participants.py).
PARTITIVE_QUANTIFIERS = words(_HERE, "partitive_quantifiers")
COLLECTIVE_NOUNS = words(_HERE, "collective_nouns")
PLURAL_NOUNS = words(_HERE, "plural_nouns")
ENDING_PARTICLES = words(_HERE, "ending_particles")
HANGING_PARTICLES = words(_HERE, "hanging_particles")
WEAK_DICTIONARY_VERBS = words(_HERE, "weak_dictionary_verbs")
WEAK_DICTIONARY_BLOCKS = words(_HERE, "weak_dictionary_blocks")
WEAK_DICTIONARY_PATTERNS = frozenset((block, word, code) for block, word, code in
                                      (line.split() for line in words(_HERE, "weak_dictionary_patterns")))
STRIKE_VERBS = words(_HERE, "strike_verbs")
SPEECH_LEMMAS = words(_HERE, "speech_lemmas")
STATING_WITH_CLAUSE = words(_HERE, "stating_with_clause")
STATEMENT_NOUNS = words(_HERE, "statement_nouns")
PRESS_REQUEST_OBJECTS = words(_HERE, "press_request_objects")
RELEASED_PERSONS = words(_HERE, "released_persons")
SANCTION_OBJECTS = words(_HERE, "sanction_objects")
# Goods a demonym says whose they are: "tariffs on Chinese goods" bear on China.
TRADED_GOODS_NOUNS = words(_HERE, "traded_goods_nouns")
# Military strikes (events/nominal.py): what they are aimed at ('aimed') and who makes them
# ('striker'); a force halted by the verb of its object ('any', 'own': events/nominal.py)
MILITARY_STRIKE_WORDS = _groups("military_strike_words")
FORCE_HALTING_VERBS = _groups("force_halting_verbs")
# Nouns that hold the event of an event noun before them ("mediation efforts", "a bombing campaign")
EVENT_HOLDER_HEADS = words(_HERE, "event_holder_heads")

# Frames (events/framing.py): word → frame name, checked against the frames there
FRAME_VERBS = pairs(_HERE, "frame_verbs")
NOUN_FRAMES = pairs(_HERE, "noun_frames")
NOUN_FRAMES_WITH_FOR = words(_HERE, "noun_frames_with_for")
NOUN_FRAME_PREPOSITIONS = pairs(_HERE, "noun_frame_prepositions")
JOINING_VERBS = words(_HERE, "joining_verbs")
LEAVING_OFFICE_WORDS = words(_HERE, "leaving_office_words")  # "demanded that he resign": 1041
ATTEMPT_HEADS = words(_HERE, "attempt_heads")
ADVICE_AUX = words(_HERE, "advice_aux")
BELIEVING_VERBS = words(_HERE, "believing_verbs")
HOSTILE_FEELINGS = words(_HERE, "hostile_feelings")
EXPRESSING_VERBS = words(_HERE, "expressing_verbs")
FRAME_ADJECTIVES = pairs(_HERE, "frame_adjectives")
SEEMING_VERBS = words(_HERE, "seeming_verbs")
DECIDING_VERBS = words(_HERE, "deciding_verbs")

# The coder (events/extract.py): aid, topics, dates that are not the event's
HELPING_VERBS = words(_HERE, "helping_verbs")
ALLOWING_VERBS = words(_HERE, "allowing_verbs")
OBJECT_CONTROL_VERBS = words(_HERE, "object_control_verbs")
ADVOCATED_ACT_HEADS = words(_HERE, "advocated_act_heads")
ASKING_OCCASION_PREPOSITIONS = words(_HERE, "asking_occasion_prepositions")
OBJECT_TAKING_VERBS = words(_HERE, "object_taking_verbs")
BETWEEN_NOUNS = words(_HERE, "between_nouns")
AID_RECIPIENTS = words(_HERE, "aid_recipients")
GIVING_VERBS = words(_HERE, "giving_verbs")
TOPIC_PREPOSITIONS = words(_HERE, "topic_prepositions")
TOPIC_VERBS = words(_HERE, "topic_verbs")
NO_EVENT_DATE = words(_HERE, "no_event_date")

# Modality (events/modality.py): the verbs, nouns and auxiliaries that govern a clause
DEMANDING_HEADS = words(_HERE, "demanding_heads")
FAILING_HEADS = words(_HERE, "failing_heads")
DENYING_HEADS = words(_HERE, "denying_heads")
MANDATIVE_VERBS = words(_HERE, "mandative_verbs")
ALLEGING_HEADS = words(_HERE, "alleging_heads")
ALLEGING_NOUNS = words(_HERE, "alleging_nouns")
ALLEGING_SOURCES = words(_HERE, "alleging_sources")
IMPLYING_VERBS = words(_HERE, "implying_verbs")
WISH_HEADS = words(_HERE, "wish_heads")
ADVOCATING_HEADS = words(_HERE, "advocating_heads")
SUSPECTING_NOUNS = words(_HERE, "suspecting_nouns")
FUTURE_AUX = words(_HERE, "future_aux")
OBLIGATION_AUX = words(_HERE, "obligation_aux")
HYPOTHETICAL_AUX = words(_HERE, "hypothetical_aux")
TENTATIVE_AUX = words(_HERE, "tentative_aux")
DISCUSSING_HEADS = words(_HERE, "discussing_heads")
ADVISING_HEADS = words(_HERE, "advising_heads")
PURPOSE_PARTICIPLES = words(_HERE, "purpose_participles")
ENDING_VERBS = words(_HERE, "ending_verbs")
PLAN_NOUNS = words(_HERE, "plan_nouns")
FAILURE_WORDS = words(_HERE, "failure_words")

# Participants (events/participants.py, events/sources.py, events/targets.py)
TARGET_PREPOSITIONS = words(_HERE, "target_prepositions")
HOME_NOUNS = words(_HERE, "home_nouns")
WHOLE_PEOPLE_NOUNS = words(_HERE, "whole_people_nouns")
GROUP_ANAPHOR_HEADS = words(_HERE, "group_anaphor_heads")
WHEREABOUTS_VERBS = words(_HERE, "whereabouts_verbs")
PLACE_PREPOSITIONS = words(_HERE, "place_prepositions")
UNDERGOING_VERBS = words(_HERE, "undergoing_verbs")
CONVEYING_VERBS = words(_HERE, "conveying_verbs")
MARSHALLING_VERBS = words(_HERE, "marshalling_verbs")  # "mobilized troops": the doer's own forces moved
PROTECTING_VERBS = words(_HERE, "protecting_verbs")
FEELING_VERBS = words(_HERE, "feeling_verbs")
RELATION_NOUNS = words(_HERE, "relation_nouns")
CIVIC_BODY_NOUNS = words(_HERE, "civic_body_nouns")  # "U.S. organizations": NGOs of the US, not the state
DOER_OF_NOUNS = words(_HERE, "doer_of_nouns")
UNDERGONE_NOUNS = words(_HERE, "undergone_nouns")  # "Epstein's conviction": Epstein is convicted
CURRENCY_NOUNS = words(_HERE, "currency_nouns")
FOLLOWER_NOUNS = words(_HERE, "follower_nouns")
AFFILIATION_WORDS = words(_HERE, "affiliation_words")
MEMBERSHIP_NOUNS = words(_HERE, "membership_nouns")
FACTION_NOUNS = words(_HERE, "faction_nouns")  # "factions in the Iraqi parliament": the body's people
DIRECTION_WORDS = words(_HERE, "direction_words")  # "attacked north from Baghdad to Beiji": a way, not a target
TAKING_PART_NOUNS = words(_HERE, "taking_part_nouns")  # "its participation in the EU programme": the EU

# Word senses and modality cues (events/senses.py, modality.py): table name → words
WORD_SENSES = _groups("word_senses")
# Support verbs and the nouns they carry (events/senses.py, support_code): table name → words
SUPPORT_VERBS = _groups("support_verbs")

# Characterisations (events/characterise.py); the valences go on top of VADER's
CLAIM_NOUNS = words(_HERE, "claim_nouns")
# Acts put to another that a demonstrative can point back to ("rejected those demands"): events/lookback.py
TOLD_ACT_NOUNS = words(_HERE, "told_act_nouns")
NAMING_VERBS = words(_HERE, "naming_verbs")
NAME_NEGATORS = words(_HERE, "name_negators")
SCALE_WORDS = words(_HERE, "scale_words")  # "a Grade 3 emergency": a rank on a scale, no worth
CHARACTERISATION_VALENCE: dict[str, float] = {
    word: float(valence) for word, valence in pairs(_HERE, "characterisation_valence").items()}

# Text that tells of no reported event (events/unreported.py): table name → words
UNREPORTED = _groups("unreported_events")
# What is done as a rule, over years or by everyone of a kind (events/general.py): table name → words
GENERAL_ACCOUNTS = _groups("general_accounts")
# A duty laid on anyone of a kind, no party in particular (events/general.py, duty_of_anyone): table name → words
GENERIC_DUTIES = _groups("generic_duties")

# Dates (events/dates.py): names in calendar order, and a month as written ("Sept.", "March")
WEEKDAYS = [day for (day,) in rows(_HERE, "weekdays", 1)]
_MONTH_ROWS = list(rows(_HERE, "months", 2))
MONTHS = [month for month, _ in _MONTH_ROWS]
MONTH = "({})\\.?".format("|".join(
    re.escape(written) for month, short in _MONTH_ROWS for written in sorted({month, *short.split()}, key=lambda w: (-len(w), w))))
RELATIVE_DAYS = {word: int(days) for word, days in pairs(_HERE, "relative_days").items()}

# PETRARCH's patterns (events/verbs.py): patterns of these words alone are left out
FUNCTION_WORDS = words(_HERE, "pattern_function_words")

# Third-person object and possessive pronouns → what they can stand for (person, thing, plural):
# "condemned them", "rejected her plan" (events/participants.py resolves them in their sentence).
REFERRING_PRONOUNS = pairs(_HERE, "referring_pronouns")
# Verbs of taking a side on a thing: "a plan supported by the US" (the US did not make the plan).
STANCE_VERBS = words(_HERE, "stance_verbs")
# Nouns naming whom an act after "of" is aimed at: "the target of US sanctions" (lemmas).
RECEIVING_NOUNS = words(_HERE, "receiving_nouns")
# Nouns of an act done to someone's things: "the seizure of CNN's records" (its owner undergoes it).
UNDERGONE_ACT_NOUNS = words(_HERE, "undergone_act_nouns")
# Verbs of meeting as a trip's purpose: "flew to Camp David to discuss the raid with Biden".
TRIP_MEETING_VERBS = words(_HERE, "trip_meeting_verbs")
# Buildings: "directed into the church by police" names where, not whom (lemmas).
BUILDING_NOUNS = words(_HERE, "building_nouns")
# Aiming a statement: "a statement aimed at Russia, condemning …" (lemmas).
AIMING_VERBS = words(_HERE, "aiming_verbs")
# Verbs whose subject receives what another gives: "received weapons from Poland" (lemmas).
RECEIVING_VERBS = words(_HERE, "receiving_verbs")

# Named recipients (events/targets.py): "in close contact with X",
# a trip to the doer's own border, "a proposal by X to …".
CONTACT_STATE_NOUNS = words(_HERE, "contact_state_nouns")
BORDER_NOUNS = words(_HERE, "border_nouns")
PROPOSAL_NOUNS = words(_HERE, "proposal_nouns")
# The maker of a thing in a relative clause, "rejected the plan that Germany drafted", and the one
# who needs the aid given, "will provide any aid that Haiti needs" (lemmas).
MAKING_VERBS = words(_HERE, "making_verbs")
NEEDING_VERBS = words(_HERE, "needing_verbs")
# Modality (events/modality.py): leaving a meeting ahead ("may pull out of the summit": the summit is planned)
LEAVING_VERBS = words(_HERE, "leaving_verbs")
# Modality (events/modality.py): testimony, what a witness says under oath ("testified that …", "told the hearing that …"): alleged
TESTIFYING_HEADS = words(_HERE, "testifying_heads")
HEARING_NOUNS = words(_HERE, "hearing_nouns")
# Modality (events/modality.py): "the fear is that …": a clause spelling out a guess or a fear is no news
FORECAST_NOUNS = words(_HERE, "forecast_nouns")
# Modality (events/modality.py): "lays out a path to the withdrawal": a plan noun laying out an act ahead
ROADMAP_NOUNS = words(_HERE, "roadmap_nouns")

# Recipients (events/targets.py, events/recipient_gate.py): a recipient named as an instance of a
# common noun: "groups like Oxfam", "charities such as the Red Cross", "including X"
EXAMPLE_PREPOSITIONS = words(_HERE, "example_prepositions")
# Modality (events/modality.py): "not X but instead Y" (Y is told as done); ", noting that …"
# (a second statement, out of reach of the main verb's frame); "no conclusion except that …" (asserted);
# "not only X" (X done)
CONTRAST_WORDS = words(_HERE, "contrast_words")
NOTING_VERBS = words(_HERE, "noting_verbs")
ASSERTING_PREPOSITIONS = words(_HERE, "asserting_prepositions")
RESTRICTING_ADVERBS = words(_HERE, "restricting_adverbs")
# The coder (events/extract.py): "plans to open an inquiry": a plan held, no intent told to anyone
PRIVATE_INTENT_VERBS = words(_HERE, "private_intent_verbs")
# Modality (events/modality.py, round 24): a claim's content ("the argument that …"), an act overdue
# ("it is time for X to …"), a fact felt about ("regrets that …"), the past's future after telling
# someone ("informed X that he would …"), a belief about what was so ("believes Iran supplied …"),
# an act pressed for ("is pushing a meeting") or needed ("the need for a summit")
CLAIM_CONTENT_NOUNS = words(_HERE, "claim_content_nouns")
OVERDUE_NOUNS = words(_HERE, "overdue_nouns")
FACTIVE_FEELING_VERBS = words(_HERE, "factive_feeling_verbs")
INFORMING_VERBS = words(_HERE, "informing_verbs")
BELIEVED_FACT_HEADS = words(_HERE, "believed_fact_heads")
PRESSING_VERBS = words(_HERE, "pressing_verbs")
NEED_NOUNS = words(_HERE, "need_nouns")
# Recipients (events/recipient_gate.py, round 24): first- and second-person object pronouns
# ("Thank you", "attacked us"): someone addressed or spoken for, whom no actor code names
ADDRESSED_PRONOUNS = words(_HERE, "addressed_pronouns")

# Participation (events/nominal.py, events/extract.py): "took part in the strikes", "participated
# in the talks", "joined the offensive": the event noun is coded, the verb carries it (participation_verbs.txt)
PARTICIPATION_VERBS = words(_HERE, "participation_verbs")

# Sources (events/sources.py): nouns for those who can be asked to act though no role list codes them
# ("pressed the country's leadership to open an inquiry"), for sources._asked_right_before.
ASKED_PARTY_NOUNS = words(_HERE, "asked_party_nouns")
# Sources (events/sources.py): heads of people no actor code covers, whom a pronoun after them goes on with
UNCODED_PEOPLE_HEADS = words(_HERE, "uncoded_people_heads")

# Modality (events/modality.py): grammatical classes of cues, in sections by the modality each
# decides: objects that say none, verbs of thwarting (negated); words of dread, conditions, warning
# off (hypothetical); pressing to act (demanded); headline credits, evidential things (alleged);
# norms, negative quantifiers, "be to blame" (no act); verbal roots, doers after a noun, "try and"
# (lang/en/data/modality_classes.txt)
MODALITY_CLASSES = _groups("modality_classes")

# Recipients (events/targets.py, round 25): verbs whose subject answers an act named by the
# event noun they take ("responded to Y's criticism", "rejected Y's demand"): that act was aimed at them
ANSWERING_VERBS = words(_HERE, "answering_verbs")
# (round 27) verbs whose subject grants or refuses an appeal or a demand it takes ("turned down
# Y's request", "met Y's demands"): it was made to them
GRANTING_VERBS = words(_HERE, "granting_verbs")
# (round 27) nouns for whoever held or holds after an owner's office ("his predecessors"): before or after
OFFICE_SUCCESSION_NOUNS = pairs(_HERE, "office_succession_nouns")

# Frames (events/extract.py, round 25): a verb of asking whose party asked follows a preposition
# ("called on Israel to halt …", "appealed to the king to …"): (verb lemma, preposition) pairs
ASKING_PREPOSITIONS = frozenset((verb, preposition) for verb, listed in rows(_HERE, "asking_prepositions", 2)
                                 for preposition in listed.split())
# bodies no role list codes that can still be asked to act ("ordered the department to …")
ASKED_BODY_NOUNS = words(_HERE, "asked_body_nouns")

# Recipients (events/targets.py, round 26): verbs of a purpose ("gave $80 million to help
# Jakarta", "moved artillery to pressure Georgia") by the side they take, help or harm: a material
# act of the same side is aimed at whom the purpose names (lang/en/data/purpose_sides.txt)
PURPOSE_SIDES = pairs(_HERE, "purpose_sides")

# Recipients (events/targets.py, round 36): verbs that lay a thing at someone's door, with the
# preposition naming that someone ("blamed the crisis in Ukraine on the West": the West)
ASCRIBING_VERBS = pairs(_HERE, "ascribing_verbs")
# and the prepositions that take a verb's object out of something ("pulled the United States out of
# the accord"): the doer's own country so moved is no target
TAKING_OUT_PREPOSITIONS = words(_HERE, "taking_out_prepositions")

# Sources and targets (events/extract.py, round 26): verbs whose subject obtains what another gives
# ("won backing from the parliament"): the giver acts, the subject receives (obtaining_verbs.txt)
OBTAINING_VERBS = words(_HERE, "obtaining_verbs")
# Recipients (events/targets.py, round 26): verbs whose recipient follows "with" and whose
# object is the thing passed on ("shared intelligence with the rebels") (sharing_verbs.txt)
SHARING_VERBS = words(_HERE, "sharing_verbs")
# Sources (events/sources.py, round 26): verbs of preventing an act, whose agent stops it and
# does not do it ("attacks thwarted by the police") (preventing_verbs.txt)
PREVENTING_VERBS = words(_HERE, "preventing_verbs")
# Sources (events/sources.py, round 34): verbs of seeing, obtaining or quoting what another made,
# whose agent is not its maker ("a draft seen by Reuters") (witnessing_verbs.txt)
WITNESSING_VERBS = words(_HERE, "witnessing_verbs")
# Sources (events/sources.py, round 34): verbs of harming or taking someone that always take
# their object; with none, a passive with "were" left out (harming_verbs.txt)
HARMING_VERBS = words(_HERE, "harming_verbs")
# Sources (events/sources.py, round 34): prepositions that take a gerund clause with its subject
# ("despite Iran agreeing") (gerund_subject_prepositions.txt)
GERUND_SUBJECT_PREPOSITIONS = words(_HERE, "gerund_subject_prepositions")

# Sources (events/sources.py, round 39): plural heads that, numbered ("the two leaders", "both
# presidents"), tell again the people just named (numbered_people_heads.txt), and the number
# words with their count (people_counts.txt)
NUMBERED_PEOPLE_HEADS = words(_HERE, "numbered_people_heads")
PEOPLE_COUNTS = {word: int(count) for word, count in pairs(_HERE, "people_counts").items()}

# Recipients (events/recipient_gate.py, round 27): common nouns for a person or people by sex, age,
# kinship or what they undergo ("arrested a man", "banned transgender personnel"); with
# RELATION_NOUNS, someone named whom no actor code may cover (person_nouns.txt)
PERSON_NOUNS = words(_HERE, "person_nouns")
# Mentions of a known or past act that a sentence only refers to (events/background.py): table name → words
BACKGROUND_MENTIONS = _groups("background_mentions")
# Marks of a picture gallery or photo caption scraped into the text (events/captions.py): table name → words
CAPTION_MARKS = _groups("caption_marks")
