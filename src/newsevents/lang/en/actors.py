"""English words the actors stage reads: role and media nouns, titles, pronouns, the prepositions
and verbs that tell a place from an actor, and the parts of names."""

from __future__ import annotations

import re

from newsevents.lang import pairs, rows, words

_HERE = "newsevents.lang.en"

ACTOR_VERBS = words(_HERE, "actor_verbs")
PERSON_ROLE_HEADS = words(_HERE, "person_role_heads")
UNNAMED_PERSON_NOUNS = words(_HERE, "unnamed_person_nouns")  # "the attacker", "a man": one person, no actor
MEDIA_HEADS = words(_HERE, "media_heads")
MEDIA_PEOPLE = words(_HERE, "media_people")  # "journalists": people of the media, not a channel
MEDIA_HOSTS = words(_HERE, "media_hosts")  # "host", "anchor": a programme's presenter
MEDIA_WORDS = words(_HERE, "media_words")  # "radio host": a media word before the presenter's title
BODY_NAME_HEADS = words(_HERE, "body_name_heads")
OWNER_PREPS = words(_HERE, "owner_prepositions")
OWNER_ADJECTIVES = words(_HERE, "owner_adjectives")
OWNER_VERBS = words(_HERE, "owner_verbs")  # "lawyers representing Exxon": Exxon's
FIRST_PERSON = words(_HERE, "first_person")
FIRST_PERSON_POSSESSIVES = words(_HERE, "first_person_possessives")
GENDERED_TITLES = pairs(_HERE, "gendered_titles")
PRONOUNS: dict[str, tuple[str, str | None]] = {
    word: (kind, gender or None) for word, kind, gender in rows(_HERE, "subject_pronouns", 3)}
OBJECT_PRONOUNS = pairs(_HERE, "object_pronouns")  # "him", "his" -> "he": whom an object or owner pronoun can stand for
LOCATIVE_PREPS = words(_HERE, "locative_prepositions")
PLACE_VERBS = words(_HERE, "place_verbs")
REPORTING_VERBS = words(_HERE, "reporting_verbs")
NO_COUNTRY_WORDS = words(_HERE, "no_country_words")
BESIDES_WORDS = words(_HERE, "besides_words")
BACKER_WORDS = words(_HERE, "backer_words")
DIPLOMATIC_POSTS = words(_HERE, "diplomatic_posts")  # "the embassy in Washington" is another state's
STANCE_PREFIXES = words(_HERE, "stance_prefixes")  # "pro-Russian rebels": a patron's name, not the owner's
COMPASS_WORDS = words(_HERE, "compass_words")  # "Central American": a region's demonym
MEMBER_PREPS = words(_HERE, "member_prepositions")
LOCATED_PREPS = words(_HERE, "located_prepositions")  # "companies in China": where a group's own phrase puts it
MANY_STATES_NOUNS = words(_HERE, "many_states_nouns")  # "ambassadors of EU states": several states, none the story's
MANY_SIDES_NOUNS = words(_HERE, "many_sides_nouns")  # "leaders of Kurdish groups": others only when a country is named
STATE_GROUP_WORDS = words(_HERE, "state_group_words")  # "EU states", "Baltic states": several countries, not a federation's
WHENCE_VERBS = words(_HERE, "whence_verbs")  # "recalled ambassadors from ...": whence, not whose
OBJECT_PREPS = words(_HERE, "object_prepositions")
PICTURE_AGENCIES = words(_HERE, "picture_agencies")  # "Alex Brandon/AP": whoever comes after a credit's slash
US_STATE_OFFICES = words(_HERE, "us_state_offices")  # "Georgia Gov. X": the US state's, not the country's
COUNSEL_HEADS = words(_HERE, "counsel_heads")  # "lawyers for the administration" speak for their client
ANONYMOUS = re.compile(r"\b(anonymous|unnamed|unidentified)\b|\bsources?\b", re.IGNORECASE)

# Names
LOWER_PARTICLES = words(_HERE, "name_particles_lower")
WEEKDAYS = words(_HERE, "weekdays")
NUMBERS = words(_HERE, "number_words")
HONORIFICS = words(_HERE, "honorifics")
NAME_SUFFIXES = pairs(_HERE, "name_suffixes")
PARTICLES = words(_HERE, "name_particles")
NICKNAMES = pairs(_HERE, "nicknames")
FORMER_WORDS = words(_HERE, "former_words")  # "a former chief of staff": the office is no longer held (ELI)
SECOND_RANK_WORDS = words(_HERE, "second_rank_words")  # "Vice President X" is not "the president"
