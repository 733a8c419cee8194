"""The actors stage: find who is mentioned and code them like CAMEO (country ISO-3 + role).

Names come from spaCy's NER plus our entity ruler; countries and roles come from the words around
a name (titles, appositions, possessives) and from our fact tables; later mentions (surnames,
"the prime minister", "the Israeli leader", "the paper", "he") resolve to actors seen before.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from newsevents.actors.gazetteer import shared_gazetteer
from newsevents.actors.groups import BUSINESS_HEADS, business_role, trade_body_role
from newsevents.actors.identity import is_description, is_full_name, is_name, looks_glued
from newsevents.actors.people import Person, family_country, gender_of, known_person, same_person
from newsevents.facts.agents import (
    GIVEN_NAME_COUNTRIES,
    HOME_ROLES,
    OUTLETS,
    ROLE_CODES,
    SURNAME_FIRST_COUNTRIES,
    TEMPORARY_TITLE_WORDS,
    TITLE_COUNTRIES,
    US_CHAMBER_WORDS,
    US_CONGRESS_ADJECTIVES,
    US_CONGRESS_LEADERSHIP,
    US_CONGRESS_TITLES,
    US_OF_STATE,
    US_PARTY_APPOSITION,
    US_PARTY_MEMBERS,
    US_PARTY_TAG,
    US_PARTY_WORDS,
    US_SHARED_CONGRESS_TITLES,
    Outlet,
    generic_title,
    outlet_by_name,
    outlet_name_is_word,
    role_of,
    role_phrase,
    role_word,
    same_role_word,
    split_title,
)
from newsevents.facts.countries import (
    COUNTRIES,
    FEDERAL_COUNTRIES,
    ORGANISATIONS,
    PEOPLES,
    Country,
    country_actor,
    country_by_capital,
    country_by_demonym,
    country_by_iso3,
    country_by_legislature,
    country_by_name,
    country_by_seat,
    demonym_country,
    normalise,
    organisation_by_name,
    people_by_adjective,
    people_by_name,
    region_by_demonym,
    region_by_name,
    us_state,
)
from newsevents.grammar import first_conjunct, objects_of, quotations, quote_of
from newsevents.lang import rows
from newsevents.lang import words as word_list
from newsevents.lang.en.actors import (
    ANONYMOUS,
    BACKER_WORDS,
    BESIDES_WORDS,
    BODY_NAME_HEADS,
    COMPASS_WORDS,
    COUNSEL_HEADS,
    DIPLOMATIC_POSTS,
    FIRST_PERSON,
    FIRST_PERSON_POSSESSIVES,
    FORMER_WORDS,
    GENDERED_TITLES,
    LOCATED_PREPS,
    LOCATIVE_PREPS,
    LOWER_PARTICLES,
    MANY_SIDES_NOUNS,
    MANY_STATES_NOUNS,
    MEDIA_HEADS,
    MEDIA_HOSTS,
    MEDIA_PEOPLE,
    MEDIA_WORDS,
    MEMBER_PREPS,
    NO_COUNTRY_WORDS,
    OBJECT_PREPS,
    OBJECT_PRONOUNS,
    OWNER_ADJECTIVES,
    OWNER_PREPS,
    OWNER_VERBS,
    PERSON_ROLE_HEADS,
    PICTURE_AGENCIES,
    PLACE_VERBS,
    PRONOUNS,
    REPORTING_VERBS,
    SECOND_RANK_WORDS,
    STANCE_PREFIXES,
    STATE_GROUP_WORDS,
    UNNAMED_PERSON_NOUNS,
    US_STATE_OFFICES,
    WHENCE_VERBS,
)
from newsevents.lang.en.events import MONTHS, SPEECH_LEMMAS
from newsevents.lang.en.grammar import DOUBLE_QUOTES, POSSESSIVE_ENDINGS, QUOTE_MARKS
from newsevents.model import Actor, Mention, ParsedDocument
from newsevents.petrarch.dictionaries import (
    ActorDictionary,
    ActorEntry,
    AgentDictionary,
    AgentEntry,
)
from newsevents.petrarch.matching import PhraseIndex, combine_codes, dictionary_actor

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
NOT_NAME_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}  # a retold surname is none of these
FIRST_WORD_COUNTRIES = SURNAME_FIRST_COUNTRIES | GIVEN_NAME_COUNTRIES  # a later one-word name is the first word
# Words allowed in a title or description written before a name ("Israeli Defence Forces
# chief-of-staff Lieutenant General ..."): nouns, adjectives, names, hyphens, "of", possessives.
TITLE_POS = {"PROPN", "NOUN", "ADJ", "PART"}
NAME_LINKS = LOWER_PARTICLES - {"of", "the"}  # "bin", "al", "van": inside a name, never its start
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "mx"}  # said of anyone, so nothing written before one is a title
CAPTION_WORD = "caption"  # page furniture the cleaner left before a caption: "Photo caption", "Hide caption"
METONYM_LABEL = "metonym"  # a capital used for its government: "Beijing said"
STATE_ENVOY_TITLES = word_list("newsevents.actors", "state_envoy_titles")  # "Ambassador to the United Nations"
PRIVATE_COUNSEL_WORDS = word_list("newsevents.actors", "private_counsel_words")  # "Trump's private lawyer"
_REVOLT_BACKING = dict(rows("newsevents.actors", "revolt_backing_words", 2))
REVOLT_BACKING_VERBS = frozenset(w for w, kind in _REVOLT_BACKING.items() if kind == "verb")
REVOLTS = frozenset(w for w, kind in _REVOLT_BACKING.items() if kind == "revolt")
ROYAL_TITLES = word_list("newsevents.actors", "royal_titles")  # called by the given name: "King Abdullah" is "Abdullah"
PLACE_EXECUTIVE_TITLES = word_list("newsevents.actors", "place_executive_titles")  # "Hong Kong's chief executive"
SHORT_BODY_WORDS = word_list("newsevents.actors", "short_body_words")  # "Department officials" after "the State Department"
CITY_PEOPLE_WORDS = word_list("newsevents.actors", "city_people_words")  # "Washington's Jewish community"
# Role heads that take the role of a body named before them ("army chief of staff"), written alone
INTERNATIONAL_BODIES = "IGO"  # the country part of an international body's code (IGOUNO, IGOEUREEC)


def entity_patterns(dictionary: ActorDictionary | None = None) -> list[dict]:
    """Entity-ruler patterns for names spaCy's small model misses on news, plus the names of a
    PETRARCH actor dictionary when one is given (ORG, or GPE for three-letter country codes)."""
    patterns: list[dict] = []
    if dictionary is not None:
        patterns.extend(dictionary_patterns(dictionary))
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.names):
            patterns.append({"label": "ORG", "pattern": name})
    for organisation in ORGANISATIONS:
        for name in (organisation.name, *organisation.names):
            patterns.append({"label": "ORG", "pattern": name})
    for country in COUNTRIES:
        # Seats of power and legislatures are bodies ("Downing Street", "the Knesset"); capitals are
        # places the small model sometimes takes for people ("Kyiv"), unless they are names too.
        for name in (*country.seats, *country.legislature):
            patterns.extend({"label": "ORG", "pattern": form} for form in _written_forms(name))
        for capital in (country.capital, *country.capital_names):  # "Kyiv" and "Kiev"
            if capital and capital not in CAPITALS_ALSO_NAMES:
                patterns.extend({"label": "GPE", "pattern": form} for form in _written_forms(capital))
    for people in PEOPLES:  # "Uighurs": groups the small model leaves untagged. Plurals only: a
        # singular may be part of a name ("Mohammed Shia al-Sudani")
        for name in (people.name, *people.names):
            if name.endswith("s"):
                patterns.extend({"label": "NORP", "pattern": form} for form in _written_forms(name))
    demonyms = sorted({d for c in COUNTRIES for d in c.demonyms})
    names = sorted({n for c in COUNTRIES for n in (c.name, *c.names) if " " not in n and "." not in n})
    # "<Demonym> Defence Forces", "<Country> Army", ... are national military bodies.
    for tail in (["defence", "forces"], ["defense", "forces"], ["armed", "forces"], ["army"], ["navy"], ["air", "force"]):
        for words in (demonyms, names):
            patterns.append({"label": "ORG", "pattern": [{"TEXT": {"IN": words}}] + [{"LOWER": w} for w in tail]})
    for name in ("Military Intelligence", "Defence Ministry", "Defense Ministry", "Foreign Ministry", "Interior Ministry"):
        patterns.append({"label": "ORG", "pattern": [{"TEXT": w} for w in name.split()]})
    return patterns


# Capitals that are also common personal names ("Denzel Washington", "Santiago"): left to spaCy.
CAPITALS_ALSO_NAMES = frozenset({"Washington", "Victoria", "Santiago", "Kingston", "Monaco", "San Marino",
                                 "Luxembourg", "Singapore", "Djibouti", "Kuwait City", "Vatican City"})


def _written_forms(name: str) -> list[list[dict]]:
    """Token patterns for a name as written, and without accents ("Élysée", "Elysee"), case-insensitive
    after the first letter's capital."""
    forms = {name, normalise(name) if "'" not in name else name}
    patterns = []
    for form in forms:
        words = form.replace("-", " - ").split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if words:
            patterns.append([{"TEXT": words[0]}] + [{"LOWER": w.lower()} for w in words[1:]])
    return patterns


@dataclass
class ActorRegistry:
    """The actors of one document, with what is known of how they were described."""

    actors: list[Actor] = field(default_factory=list)
    day: date | None = None  # the document's date: which office a known person held
    titles: dict[int, str] = field(default_factory=dict)  # id(actor) → title words, lower-case
    seen: dict[int, list[int]] = field(default_factory=dict)  # id(actor) → every mention's char offset
    seen_as_subject: dict[int, list[int]] = field(default_factory=dict)  # id(actor) → offsets as a clause's subject
    # id(actor) → offsets as the subject of its sentence's main clause ("The military told the
    # public that his regime was over": the military, not the regime)
    main_subjects: dict[int, list[int]] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)  # char offsets, in document order
    paragraph_start: int = 0  # the char offset of the paragraph being read: where its mentions are
    # Subjects that are no actor ("the policy", "the sanctions"): (char offset, plural). A pronoun
    # whose nearest subject is one of these stands for a thing, not for an actor named before.
    unnamed_subjects: list[tuple[int, bool]] = field(default_factory=list)
    # Subjects that are a name no "he"/"she" can take ("Rand" tagged as a body, "the senior Paul"
    # left untagged): char offsets. Someone is named there whom the coder cannot tell apart.
    name_subjects: list[int] = field(default_factory=list)
    # Subjects that are one person's title no person actor stands for ("the congresswoman"): char
    # offset → the title's role code.
    title_subjects: dict[int, str | None] = field(default_factory=dict)
    genders: dict[int, str] = field(default_factory=dict)  # id(actor) → "male" / "female", when a title says
    plurals: set[int] = field(default_factory=set)  # id(actor) of groups named by a plural noun ("officials")
    outlet: str | None = None  # the document's own outlet: "The Times" in a New York Times story is it
    quotes: list[tuple[int, int]] = field(default_factory=list)  # char spans of quotations, in document order
    # Subject pronouns left unresolved, by their word's (kind, gender): char offsets.
    unresolved: dict[tuple[str, str | None], list[int]] = field(default_factory=dict)
    # Surnames (case-folded) of the people the story names in full anywhere, later paragraphs too:
    # "Hicks" tagged as a body before "Hope Hicks" is named is her.
    surnames: set[str] = field(default_factory=set)
    # Every actor whose id keys a table above, held while the document is read: an actor dropped
    # (a description merged into the person it describes) must not free its id for a new actor
    # to inherit its mentions, which made the coding depend on memory layout.
    keyed: dict[int, Actor] = field(default_factory=dict)

    def key(self, actor: Actor) -> int:
        """The id that keys an actor in the registry's tables, its actor kept alive with it."""
        self.keyed.setdefault(id(actor), actor)
        return id(actor)

    def find_by_name(self, name: str) -> Actor | None:
        key = name.casefold()
        for actor in self.actors:
            if actor.name.casefold() == key or key in (a.casefold() for a in actor.aliases):
                return actor
        return None

    def find_described(self, text: str, country: str | None) -> Actor | None:
        """The actor a role noun named before ("the government"), unless this one says it is another
        country's ("the government of Ukraine" in a story about Washington's aid is not Washington's)."""
        known = self.find_by_name(text)
        if known is None or country is None or known.country == country:
            return known
        return next((a for a in self.actors if a.name.casefold() == text.casefold() and a.country == country), None)

    def find_person_by_surname(self, name: str) -> Actor | None:
        """"Netanyahu", or "Benjamin Netanyahu" after "Binyamin Netanyahu": same surname, same person;
        two full names must also agree in their given names ("Bill Clinton" is not Hillary Clinton)."""
        words = name.split()
        if not words:  # an entity that was only "'s"
            return None
        surname = words[-1].casefold()
        title, _, bare = split_title(name)
        if len(bare.split()) == 1 and (len(words) == 1 or title.casefold() in ROYAL_TITLES):
            # "Abdullah", "King Abdullah" after "King Abdullah bin Abdulaziz al Saud", before any namesake's surname
            royal = next((a for a in reversed(self.actors) if a.kind == "person"
                          and _royal_given_name(a, self.titles.get(id(a), "")) == bare.casefold()), None)
            if royal is not None:
                return royal
        # Two people of one surname ("George W. Bush", "George H.W. Bush"): a bare "Bush" is the one
        # named last, as a reporter writes it, not the one the story introduced last.
        for actor in sorted(reversed(self.actors), key=self._last_seen, reverse=True):
            if actor.kind == "person" and actor.name.split()[-1:] and actor.name.split()[-1].casefold() == surname:
                if len(name.split()) > 1 and len(actor.name.split()) > 1 and not same_person(name, actor.name) \
                        and not _name_tail(words, actor.name):
                    office = known_person(name)
                    if office is None or office is not known_person(actor.name):
                        continue
                if len(words) > 1 and len(actor.name.split()) == 1 and _another_given_name(name, actor):
                    continue  # "Biden", "Joe Biden", then "Hunter Biden": his son, not him
                return actor
        if len(words) == 1:  # "Moon" after "Moon Jae-in", "Kim" after "Kim Jong Un": family name first;
            # "Narongsak" after "Narongsak Osottanakorn": called by the given name
            for actor in reversed(self.actors):
                if actor.kind == "person" and actor.country in FIRST_WORD_COUNTRIES and len(actor.name.split()) > 1 \
                        and actor.name.split()[0].casefold() == surname:
                    return actor
        return None

    def _last_seen(self, actor: Actor) -> int:
        """The char offset of an actor's latest mention so far (-1 before any)."""
        offsets = self.seen.get(id(actor))
        return max(offsets) if offsets else -1

    def relative_of(self, name: str) -> Actor | None:
        """The surname-only actor this full name was kept apart from (`_another_given_name`):
        "Joe Biden" for "Hunter Biden"."""
        words = name.split()
        if len(words) < 2:
            return None
        return next((a for a in reversed(self.actors) if a.kind == "person" and a.name.casefold() == words[-1].casefold()
                     and _another_given_name(name, a)), None)

    def add(self, actor: Actor, title: str = "") -> Actor:
        self.actors.append(actor)
        if title:
            self.titles[self.key(actor)] = title.lower()
        return actor

    def most_recent(self, wanted, before: int) -> Actor | None:
        """The wanted actor mentioned last before an offset (a mention after it does not count:
        the mentions of a paragraph are all noted before its pronouns are read)."""
        return self._latest(self.seen, wanted, before, 0)

    def quote_at(self, offset: int) -> tuple[int, int] | None:
        """The quotation (char span) holding an offset, if any."""
        i = bisect.bisect_right(self.quotes, offset, key=lambda quote: quote[0]) - 1
        return self.quotes[i] if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1] else None

    def in_reach(self, at: int) -> Callable[[int], bool]:
        """Where a pronoun at an offset may find what it stands for: inside a quotation, only
        earlier in the same quotation (the speaker's "he" is not the speaker, nor someone the
        narrative named: "He dismissed ISIS," Cruz said); outside, only outside quotations (a name
        a speaker says, often whom they address or talk of, is not the narrative's "he": "Mr
        Schiff, why don't you …," he said)."""
        quote = self.quote_at(at)
        if quote is not None:
            return lambda offset: quote[0] <= offset < at
        return lambda offset: self.quote_at(offset) is None

    def antecedent(self, wanted, before: int, thing_plural: bool | None = None, unknown: Iterable[int] = (),
                   named_near: bool = False) -> Actor | None:
        """Whom a pronoun at an offset stands for: an actor named earlier in its own sentence
        (a subject first: "Trump's call, in which he asked …"), else the subject of the sentence
        before ("Giuliani, Mr Trump's attorney, praised the counsel. He also called on …": he is
        Giuliani, not Trump, named last), else the actor named last, when no other one that agrees
        was named in the three sentences before (two of them, neither a subject near: we cannot
        tell which, unless the last was named as a subject after the other), nor an `unknown`
        pronoun of its own kind after it (one left unresolved: this one goes on with it), nor, with
        `named_near`, a name the coder could not take as a subject in its own sentence or the one
        before, after it ("the senior Paul had protests. Rand could have gone this way. And he has
        shown …": he is not George W. Bush, named paragraphs before). For "it"
        and "they" (`thing_plural` False or True), a nearer subject that is no actor ("the
        policy") means the pronoun stands for that thing: no actor. The subject of the sentence
        before is not taken where a quotation there holds a pronoun of this kind left unresolved
        (its speaker talks of someone else the narrative may go on with). Only names in the
        pronoun's reach count (`in_reach`: inside or outside quotations)."""
        reach = self.in_reach(before)
        i = bisect.bisect_right(self.sentence_starts, before) - 1
        own = self.sentence_starts[i] if i >= 0 else 0
        previous = self.sentence_starts[i - 1] if i >= 1 else 0
        # An "it" or "they" that is its sentence's first subject goes on with the sentence before
        # ("There was criticism of the army, but it accepted …": not the army; "Like with North
        # Korea, it did not happen"): what its own sentence names before it (after a preposition,
        # as an object) is no antecedent of its main clause's subject.
        # Not "he" or "she": "despite Alexander's opposition, he blasted …" is Alexander's own.
        first = thing_plural is not None and own < before and not self._subject_before(own, before, unknown)
        for since in (own, previous):
            # the sentence before: its main clause's subject first, then any clause's
            main = self._latest(self.main_subjects, wanted, own, since, reach) if since < own else None
            subject = main or self._latest(self.seen_as_subject, wanted, before, since, reach)
            if subject is not None and main is None and since < own and thing_plural is not None \
                    and self._thing_before(subject, since, own):
                # "A wave of fake accounts that Twitter removed used the same tactics. They …": the
                # sentence's first subject is no actor; one named in a clause inside it is not "they"
                return None
            thing = max((o for o, plural in self.unnamed_subjects
                         if since <= o < before and plural == thing_plural and reach(o)), default=None) \
                if thing_plural is not None else None
            if thing is not None and (subject is None or thing > max(o for o in self.seen_as_subject[id(subject)] if o < before)):
                return None  # "That policy may not make sense; it may be …": it is the policy
            if subject is not None and since == previous and since < own \
                    and any(since <= o < own and self.quote_at(o) is not None for o in unknown):
                # "“He was saying …,” said Lewis. … when he recognized …": a speaker whose quote
                # talks of another "he" may not be whom the narrative's "he" goes on with
                return None
            if since == own and named_near and self._unknown_name_nearer(subject, own, before, reach):
                return None  # "Trump responded to claims that Sessions lied when he told …": Sessions, untagged
            if subject is not None:
                return subject
            if since == own and not first:
                # "chastised his officials for being soft on Iran after they contradicted …": "they"
                # is first a group named by a plural noun in its sentence, then any body or country
                plural = self._latest(self.seen, lambda actor: id(actor) in self.plurals and wanted(actor), before, own, reach) \
                    if thing_plural else None
                named = plural or self._latest(self.seen, wanted, before, own, reach)
                if named is not None:
                    return named
        # the sentence before names no subject it could be: one named before a first subject in its
        # own sentence is still no antecedent, nor the last one named
        before = own if first else before
        last = self._latest(self.seen, wanted, before, 0, reach)
        if last is None:
            return None
        last_named = max(o for o in self.seen[id(last)] if o < before and reach(o))
        # the three sentences before, and the last one's own sentence however far back it is
        # ("Macron hosted Trudeau. … He later criticized": either of them)
        window = min(self.sentence_starts[max(i - 3, 0)] if i >= 0 else 0,
                     self.sentence_starts[max(bisect.bisect_right(self.sentence_starts, last_named) - 1, 0)])
        # "It's not enough to send Sean Spicer out … He must fight": Trump, named before; unless
        # the last named was named as a subject after the other was named ("Harry has deployed …")
        rival = self._latest(self.seen, lambda actor: actor is not last and wanted(actor), before, window, reach)
        if rival is not None and not any(max(o for o in self.seen[id(rival)] if o < before and reach(o)) < o
                                         for o in self.seen_as_subject.get(id(last), ()) if o < before and reach(o)):
            return None
        if any(last_named < o < before and reach(o) for o in unknown):
            return None  # "… ," he said. He also demanded …: whoever the first "he" was
        if named_near and any(max(last_named, previous) <= o < before and reach(o) for o in self.name_subjects):
            return None
        if any(max(last_named, previous) <= o < before and reach(o) and role != last.role
               for o, role in self.title_subjects.items()):
            # "Later the congresswoman went on CNN. “It's a lie,” she said": she is the congresswoman
            # the coder took for no one, not a general named before (one holding such a title may be)
            return None
        return last

    def _subject_before(self, since: int, before: int, unknown: Iterable[int]) -> bool:
        """Whether any subject comes between an offset and a pronoun: an actor, a thing, a name the
        coder could not take, a pronoun left unresolved."""
        return any(since <= o < before for offsets in self.seen_as_subject.values() for o in offsets) \
            or any(since <= o < before for o, _ in self.unnamed_subjects) \
            or any(since <= o < before for o in self.name_subjects) or any(since <= o < before for o in unknown)

    def _thing_before(self, subject: Actor, since: int, end: int) -> bool:
        """Whether a subject that is no actor opens a sentence before the actor's first subject
        place there (in a clause inside it): of either number ("a wave of accounts")."""
        at = min((o for o in self.seen_as_subject.get(id(subject), ()) if since <= o < end), default=None)
        return at is not None and any(since <= o < at for o, _ in self.unnamed_subjects)

    def _unknown_name_nearer(self, subject: Actor | None, since: int, before: int, reach: Callable[[int], bool]) -> bool:
        """Whether a name the coder could not take ("Sessions" left untagged) is a subject between
        the subject found in a pronoun's own sentence (or its start) and the pronoun: the nearer
        subject is whom "he" or "she" goes on with, and we cannot say who that is."""
        found = [o for o in self.seen_as_subject.get(id(subject), ()) if since <= o < before and reach(o)] if subject is not None else []
        start = max(found, default=since)
        own_names = set(self.seen.get(id(subject), ())) if subject is not None else set()  # "Hicks … she": Hicks herself
        return any(start <= o < before and reach(o) and o not in own_names for o in self.name_subjects)

    def named_lately(self, wanted, before: int, sentences: int = 2) -> Actor | None:
        """The wanted actor named last in the offset's sentence or the `sentences` before it."""
        i = bisect.bisect_right(self.sentence_starts, before) - 1
        return self._latest(self.seen, wanted, before, self.sentence_starts[max(i - sentences, 0)] if i >= 0 else 0)

    def named_in_sentence(self, wanted, before: int) -> Actor | None:
        """The wanted actor named last before an offset in the offset's own sentence (in its reach)."""
        i = bisect.bisect_right(self.sentence_starts, before) - 1
        return self._latest(self.seen, wanted, before, self.sentence_starts[i] if i >= 0 else 0, self.in_reach(before))

    def _latest(self, offsets: dict[int, list[int]], wanted, before: int, since: int,
                reach: Callable[[int], bool] | None = None) -> Actor | None:
        best: tuple[int, Actor] | None = None
        for actor in self.actors:
            found = [o for o in offsets.get(id(actor), ()) if since <= o < before and (reach is None or reach(o))]
            if found and wanted(actor) and (best is None or max(found) > best[0]):
                best = (max(found), actor)
        return best[1] if best is not None else None


def _royal_given_name(actor: Actor, title: str) -> str | None:
    """The given name (case-folded) a royal is called by: the first word after a royal title, in
    the name ("King Abdullah bin Abdulaziz al Saud") or before it ("Queen" before "Elizabeth II")."""
    words = actor.name.split()
    if len(words) > 1 and words[0].casefold() in ROYAL_TITLES:
        return words[1].casefold()
    if len(words) > 2 and " ".join(words[:2]).casefold() in ROYAL_TITLES:
        return words[2].casefold()  # "Crown Prince Mohammed bin Salman"
    return words[0].casefold() if words and title.split()[-1:] and title.split()[-1] in ROYAL_TITLES else None


def _another_given_name(name: str, actor: Actor) -> bool:
    """Whether a surname-only actor was already named in full with another given name, one that
    is no form of this name's ("Joe Biden" and "Hunter Biden"; not "Bob" and "Robert Mueller")."""
    office = known_person(name)
    if office is not None and office is known_person(actor.name):
        return False
    bare = split_title(name)[2]
    first = bare.split()[0]
    if not first[1:2].islower() or first.lower().endswith("ing"):
        return False  # "WATCH Obama", "Countering Obama": a headline's words, no given name
    for alias in actor.aliases:
        full = split_title(alias)[2]
        if len(full.split()) > 1 and is_full_name(full) and not same_person(bare, full) \
                and full[:1].casefold() != bare[:1].casefold() and full.split()[0][1:2].islower():
            return True
    return False


def _name_tail(words: list[str], full: str) -> bool:
    """"Ibn Auf" after "Awad Ibn Auf": the last words of a longer full name are that name again."""
    longer = full.casefold().split()
    return 1 < len(words) < len(longer) and longer[-len(words):] == [w.casefold() for w in words]


def _whole_names(entities: Iterable[Span]) -> list[Span]:
    """The entities, with a person's name the recogniser began at a lower-case particle ("King
    Salman | bin Abdulaziz Al Saud") joined to the given names written before it, tagged or not,
    but not to the title: "Salman bin Abdulaziz Al Saud"."""
    joined: list[Span] = []
    for ent in entities:
        doc, start = ent.doc, ent.start
        if ent.label_ == "PERSON" and ent[0].is_lower and ent[0].lower_ in NAME_LINKS:
            if joined and joined[-1].label_ == "PERSON" and joined[-1].end == start:
                start = joined.pop().start  # "King Salman" tagged apart
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and not doc[start - 1].ent_type_:
                start -= 1
            while start < ent.start and split_title(doc[start:ent.end].text)[0]:
                start += 1  # the title is no part of the name: "King"
            ent = Span(doc, start, ent.end, label=ent.label_) if start != ent.start else ent
        doc = ent.doc
        if ent[0].text in POSSESSIVE_ENDINGS:
            # "the president’s son, X": the recogniser ran a name from the possessive ending; no
            # name opens so, and a lower-case rest ("son") is no name at all
            rest = [t for t in ent if t.text not in POSSESSIVE_ENDINGS]
            if not rest or not any(t.text[:1].isupper() for t in rest):
                continue
            ent = Span(doc, rest[0].i, ent.end, label=ent.label_)
        ent = _after_title_place(ent)
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ == "of":
            # "King Abdullah of | Saudi Arabia": no name ends on "of"; the place after it is whose he is
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
        if ent.label_ == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].text == "-" \
                and not ent[-1].whitespace_ and not doc[ent.end].whitespace_ and doc[ent.end + 1].is_alpha \
                and known_person(doc[ent.start : ent.end + 2].text) is not None:
            ent = Span(doc, ent.start, ent.end + 2, label=ent.label_)  # "Moon Jae | -in": the recogniser cut the name
        joined.append(ent)
    return joined


def _after_title_place(ent: Span) -> Span:
    """A person's name the recogniser began at the place closing the title before it ("First
    Minister of | Scotland Nicola Sturgeon", tagged as one body): the name alone, the place left to
    the title (whose it is). Only for a person's name: a listed office holder's, or a full name
    whose given name tells a gender."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or ent.start < 2 or doc[ent.start - 1].lower_ != "of" \
            or not doc[ent.start - 2].text[:1].isupper():
        return ent
    for k in range(1, min(4, len(ent) - 1)):
        rest = ent[k:]
        if country_by_name(ent[:k].text) is None or len(rest) < 2 \
                or not all(t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in rest):
            continue
        if known_person(rest.text) is not None or gender_of(rest.text) is not None:
            return Span(doc, rest.start, rest.end, label="PERSON")
    return ent


def _name_word(token: Token) -> bool:
    """A capitalised name word the recogniser left untagged, no title, demonym or country: "Golden"
    (a capitalised adjective too, but not opening the sentence: "Rival CNN hosts")."""
    joined = token.dep_ == "compound" if token.pos_ == "PROPN" else \
        token.pos_ == "ADJ" and token.dep_ == "amod" and not token.is_sent_start
    return (joined and token.is_alpha and token.text[:1].isupper() and not token.text.isupper()
            and not token.ent_type_ and not split_title(token.text)[0] and role_word(token.lower_) is None
            and country_by_demonym(token.text) is None and country_by_name(token.text) is None)


def _longer_name(ent: Span, registry: ActorRegistry | None = None) -> Span:
    """A listed outlet's or body's name inside a longer proper name is that longer name: "Greece's
    Golden Dawn" is a party, not the paper Dawn. Name words joined to it as compounds on either side
    written before it as its compounds make the span ("Golden Dawn leaders" too); the longer name is
    then coded as any unlisted body. Words after it are left: "CNN Chief X" is a title."""
    if ent.label_ != "ORG" or (outlet_by_name(ent.text) is None and organisation_by_name(ent.text) is None):
        return ent
    doc, start = ent.doc, ent.start
    heads = {*range(ent.start, ent.end), *([ent.root.head.i] if ent.root.dep_ == "compound" else [])}
    # "the White House National Security Council": a nation's own council (see _entity_actor)
    while start > 0 and doc[start - 1].head.i in heads and _name_word(doc[start - 1]) and doc[start - 1].text != "National":
        start -= 1
    if start == ent.start and start > 0 and registry is not None and doc[start - 1].is_alpha \
            and doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_ \
            and registry.find_by_name(f"{doc[start - 1].text} {ent.text}") is not None:
        start -= 1  # "Golden Dawn leaders" opening a sentence, after "Greece's Golden Dawn": the party again
    return Span(doc, start, ent.end, label="ORG") if start != ent.start else ent


def _title_tokens(span: Span) -> list[Token]:
    """Tokens written just before a name as its title: 'Israeli prime minister' Netanyahu."""
    doc, tokens = span.doc, list[Token]()
    i = span.start - 1
    while i >= 0:
        token = doc[i]
        if any("/" in t.text for t in doc[max(0, i - 2) : i + 1]):
            break  # "Jonathan Ernst/Reuters Trump": a photo credit before a name is no title of his
        if token.pos_ in TITLE_POS or token.text in {"-", "–"} or (token.lower_ == "of" and tokens) \
                or _hyphen_inner(token) \
                or (token.lower_ in TEMPORARY_TITLE_WORDS and tokens):  # "White House acting Chief of Staff": the title goes on past it
            if token.pos_ == "PART" and token.text not in {"'s", "’s"}:
                break
            tokens.insert(0, token)
            i -= 1
            continue
        break
    while tokens and tokens[0].lower_ == "of":
        tokens.pop(0)
    # A plain courtesy title opens a title: in "Image caption Mr Bolton" the credit before it is
    # no part of whose he is ("Prime Minister Sir John" keeps its office: "sir" is no such word).
    courtesy = [i for i, t in enumerate(tokens) if t.lower_.rstrip(".") in COURTESY_TITLES]
    return tokens[courtesy[-1]:] if courtesy else tokens


def _own_title(title_tokens: list[Token], name: str) -> list[Token]:
    """The part of the words before a name that is the name's own title. In "the European partner
    of President Obama" the words before "of" describe another person by a common noun (a partner,
    an ally, a wife) and "President" is Obama's whole title: Obama is no European. "Secretary of
    State X" keeps its "of": "State" is no title by itself."""
    ofs = [k for k, t in enumerate(title_tokens) if t.lower_ == "of"]
    if not ofs or ofs[-1] == 0:
        return title_tokens
    last = ofs[-1]
    own, before = title_tokens[last + 1 :], title_tokens[last - 1]
    if own and before.is_lower and before.pos_ == "NOUN" and split_title(f"{_text_of(own)} {name}")[1] is not None:
        return own
    return title_tokens


def _short_named_body(head: Token, words: list[Token], registry: ActorRegistry, before: int) -> Actor | None:
    """The body named before whose last word a role noun has as its own modifier ("Department
    officials" after "the State Department"), when that body has a country."""
    for word in words:
        if word.i < head.i and word.dep_ == "compound" and word.lower_ in SHORT_BODY_WORDS:
            return registry.most_recent(lambda a, last=word.lower_: a.kind == "organisation" and bool(a.country)
                                        and a.name.split()[-1].casefold() == last, before)
    return None


def _envoy_sender_title(ent: Span, title_tokens: list[Token], by_token: dict[int, Mention]) -> list[Token] | None:
    """The title of a state's envoy to a body of states, without the body: "U.S. Ambassador" of
    "U.S. Ambassador to the United Nations Susan Rice", "Israel's Ambassador" of "Israel's U.N.
    Ambassador X" (the body is where the envoy serves, not whose he is); None for any other title."""
    def of_body(token: Token) -> bool:  # a word of an international body's name ("U.N.", "European Union")
        return _international_body(token, by_token) is not None

    doc = ent.doc
    i = title_tokens[0].i - 1 if title_tokens else ent.start - 1
    if title_tokens and all(of_body(t) for t in title_tokens):
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ in STATE_ENVOY_TITLES:
            return _title_tokens(doc[i : i + 1])  # the words before "to the United Nations"
        return None
    posts = [k for k, t in enumerate(title_tokens) if t.lower_ in STATE_ENVOY_TITLES]
    if not posts or not any(of_body(t) for t in title_tokens[: posts[-1]]):
        return None
    return [t for t in title_tokens[: posts[-1] + 1] if not of_body(t)]


def _international_body(token: Token, by_token: dict[int, Mention]) -> Actor | None:
    """The international body a word's mention names ("U.N.", "European Union"), or None."""
    mention = by_token.get(token.i)
    return mention.actor if mention is not None and mention.actor.country == INTERNATIONAL_BODIES else None


# Role nouns for the envoys an international body sends: "the UN special envoy for Syria".
BODY_ENVOY_HEADS = frozenset({"envoy", "representative", "mediator"})


def _envoy_body(head: Token, words: list[Token], by_token: dict[int, Mention]) -> Actor | None:
    """Whose envoy a role phrase names: an international body named before the envoy's noun ("the
    UN special envoy for Libya"), or the one whose envoy its possessive says, the speaker of the
    sentence for a pronoun ("Ban said X, his special representative for West Africa, …"). The
    place after "for" is where the envoy serves, not whose he is (CAMEO codes a UN envoy IGOUNO)."""
    if head.lemma_.lower() not in BODY_ENVOY_HEADS:
        return None
    body = next((a for t in words if t.i < head.i and (a := _international_body(t, by_token)) is not None and a.role), None)
    if body is not None:
        return body
    possessor = next((c for c in head.children if c.dep_ == "poss"), None)
    if possessor is None:
        return None
    mention = by_token.get(possessor.i)
    if mention is None and possessor.lower_ in OWNING_PRONOUNS:
        verb = next((a for a in head.ancestors if a.lemma_.lower() in SPEECH_LEMMAS), None)
        mention = next((by_token.get(c.i) for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return mention.actor if mention is not None and mention.actor.kind != "country" and mention.actor.country else None


def _hyphen_inner(token: Token) -> bool:
    """A word inside a hyphenated compound, "turned" of "boxer-turned-jihadist": part of the title
    whatever its part of speech, so the words before it ("Russian-Canadian") are read too."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and token.is_alpha and doc[token.i - 1].text in {"-", "–"} \
        and doc[token.i + 1].text in {"-", "–"} and not token.whitespace_ and not doc[token.i - 1].whitespace_


def _presenter(title_tokens: list[Token], by_token: dict[int, Mention]) -> tuple[bool, Actor | None]:
    """Whether a title names a programme's presenter ("Fox News host", "'Meet the Press' host",
    "talk radio host"; not "his host" or "the Japanese host"), and the outlet it names, if any."""
    if not title_tokens or title_tokens[-1].lower_ not in MEDIA_HOSTS:
        return False, None
    outlet = next((by_token[t.i].actor for t in title_tokens if t.i in by_token and by_token[t.i].actor.kind == "outlet"), None)
    first = title_tokens[0]
    if outlet is None and first.i >= 2 and first.doc[first.i - 1].text in QUOTE_MARKS:
        quoted = by_token.get(first.i - 2)  # the programme in quotes before the title
        outlet = quoted.actor if quoted is not None and quoted.actor.kind == "outlet" else None
    return outlet is not None or any(t.lower_ in MEDIA_WORDS for t in title_tokens[:-1]), outlet


def _region_country(words: list[Token], head: Token) -> str | None:
    """The country of a region of one country named before a role noun, as the gazetteer's table
    places it: "Kurdistan's regional government" is Iraq's, "Catalonia's police" Spain's ("Kashmir",
    claimed by two, and a sea or "the Middle East" have none)."""
    before = [t for t in words if t.i < head.i]
    for i, token in enumerate(before):
        if not token.text[:1].isupper():
            continue
        for j in range(min(len(before), i + 3), i, -1):  # longest run of words first
            place = shared_gazetteer().region_place(_text_of(before[i:j]))
            if place is not None and place.country:
                return place.country
    return None


def _country_in(tokens: Iterable[Token], mentions: dict[int, Mention]) -> str | None:
    """A country named inside a title: a demonym, a country name (several words too), a US state
    (the US), a CAMEO region ("Western" → WST), or a possessor's country. Where one is born is not
    whose one is when the words after it name another: "a Soviet-born Florida businessman" is the US's."""
    tokens = list(tokens)
    births = [k for k in range(1, len(tokens)) if tokens[k].lower_ in BIRTH_WORDS and tokens[k - 1].text in HYPHENS]
    if births:
        after = _named_country_in(tokens[births[-1] + 1 :], mentions)
        if after is not None:
            return after
    return _named_country_in(tokens, mentions)


def _country_after_of(ent: Span) -> str | None:
    """The country an "of" right after a titled name names: "King Abdullah of Saudi Arabia",
    "President Aliyev of Azerbaijan" are of it (a place that is no country says nothing)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    place = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
    country = country_by_name(place.text) if place is not None else None
    return country.iso3 if country is not None else None


AMERICAN = "American"


def _american_of_origin(demonym: Token) -> bool:
    """Whether a demonym opens a hyphenated American's name ("the National Iranian American
    Council", "an Iranian-American scholar"): Americans of that origin, of the US."""
    doc, after = demonym.doc, demonym.i + 1
    if after < len(doc) and doc[after].text in HYPHENS and not doc[after].whitespace_:
        after += 1
    return after < len(doc) and doc[after].text == AMERICAN and demonym.text != AMERICAN


def _named_country_in(tokens: list[Token], mentions: dict[int, Mention]) -> str | None:
    for i, token in enumerate(tokens):
        if _backer(token):
            continue  # "Iran-backed militias" are not Iran's
        if i > 0 and tokens[i - 1].lower_ in COMPASS_WORDS and tokens[i - 1].text[:1].isupper():
            continue  # "Central American migrants": a region's ("South Korean" was read whole before)
        country = demonym_country(token)
        if country and _american_of_origin(token):
            return "USA"  # "Iranian American", "Korean-American": Americans of that origin
        if country:
            return country.iso3
        people = people_by_name(token.text) if token.text[:1].isupper() else None
        if people is not None and (len(people.code) == 3 or country_by_iso3(people.code[:3])):
            return people.code[:3]  # "Rohingya refugees" MMRREF, "Uighur activists" UIGCVL; not "Shiite parties" as MOSPTY
        mention = mentions.get(token.i)
        if mention and mention.actor.country:
            last = token.i
            while mentions.get(last + 1) is mention:
                last += 1
            if us_state(f"{mention.text} state") and _state_office_after(token.doc[last]):
                return "USA"  # "Georgia Gov. Brian Kemp": the US state's governor, not the country's
            return mention.actor.country
        if token.text[:1].isupper():
            for j in range(min(len(tokens), i + 4), i, -1):  # longest run of words first
                if _backer(tokens[j - 1]):
                    continue  # "United States-backed forces"
                words = _text_of(tokens[i:j])
                country = country_by_name(words) or (country_by_demonym(words) if j - i > 1 else None)
                if country and us_state(f"{words} state") and _state_office_after(tokens[j - 1]):
                    return "USA"  # "Georgia Gov. Brian Kemp": the US state's governor, not the country's
                if country and _american_of_origin(tokens[j - 1]):
                    return "USA"  # "The Korean American Civic League"
                if country:
                    return country.iso3
                named_region = region_by_demonym(words) if j - i > 1 else None
                if named_region:
                    return named_region.code  # "Latin American leaders"
                if us_state(words):
                    return "USA"
            capital = country_by_capital(token.text) if token.pos_ == "PROPN" else None
            if capital is not None and token.ent_type_ == "GPE":
                return capital.iso3  # "a Moscow court"
            region = region_by_demonym(token.text) or (token.pos_ == "PROPN" and region_by_name(token.text))
            if region:
                return region.code
    return None


def _credit_tokens(doc: Doc, tokens: list[Token]) -> set[int]:
    """The tokens of photo credits: "Alex Brandon/AP", "Jane Doe / Getty Images", "Evan Vucci/AP
    Photo", "AP Photo/Evan Vucci". Whoever took the picture, and the agency that sells it, are no
    actors of the story; a slash with no agency beside it ("either/or") is no credit. `tokens`: the
    doc's, made once by the caller."""
    found: set[int] = set()
    for token in tokens:
        if "/" not in token.text or not (token.text == "/" or token.text.endswith("/")):
            continue
        name_end = token.i - 1 if token.text == "/" else token.i
        after = _agency_run(doc, token.i + 1)
        if after:  # "Alex Brandon/AP": the photographer's name, then the agency
            start = name_end
            while start - 1 >= 0 and name_end - start < 3 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_punct:
                start -= 1
            if doc[name_end].text[:1].isupper():
                found.update(range(start, token.i + 1 + after))
            continue
        before = doc[name_end].text.rstrip("/").lower() if name_end >= 0 else ""
        if before in PICTURE_AGENCIES or outlet_by_name(before) is not None:  # "AP Photo/Evan Vucci"
            end = token.i + 1
            while end < len(doc) and end - token.i <= 2 and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
                end += 1
            found.update(range(max(0, name_end - 1), end))
    return found


def _agency_run(doc: Doc, start: int) -> int:
    """How many tokens from `start` name a picture agency or an outlet ("AP", "Getty Images", "AP
    Photo", "AFP via Getty Images"); 0 when none does."""
    for n in range(min(3, len(doc) - start), 0, -1):
        text = doc[start : start + n].text
        if text.lower() in PICTURE_AGENCIES or outlet_by_name(text) is not None:
            end = start + n
            if end < len(doc) and doc[end].lower_ in {"photo", "photos"}:
                end += 1
            if end + 1 < len(doc) and doc[end].lower_ == "via" and _agency_run(doc, end + 1):
                end += 1 + _agency_run(doc, end + 1)
            return end - start
    return 0


def _state_office_after(place: Token) -> bool:
    """Whether the words after a place name a US state's office: "Georgia Gov.", "Georgia state
    senator", "the Georgia secretary of state". (Georgia alone is the country: facts.countries.)"""
    doc, i = place.doc, place.i + 1
    if i >= len(doc):
        return False
    return any(doc[i : i + n].text.lower() in US_STATE_OFFICES for n in (1, 2, 3))  # a word or a phrase


def _backer(token: Token) -> bool:
    """A word before "-backed" ("Iran-backed", "Western-backed"): it names the backer; or after
    "pro-" or "anti-" ("pro-Russian rebels"): a patron or a foe country, not the owner."""
    doc, end = token.doc, token.i
    if end >= 2 and doc[end - 1].text in {"-", "–"} and doc[end - 2].lower_ in STANCE_PREFIXES:
        # a country's or a region's name only ("pro-Western demonstrators" are not the West's):
        # "pro-Mugabe militias" are Mugabe's own country's
        return any(find(token.text) is not None for find in (country_by_demonym, country_by_name, country_by_capital,
                                                              region_by_demonym, region_by_name))
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1  # to the end of its name: "United States-backed"
    return end + 2 < len(doc) and doc[end + 1].text in {"-", "–"} and doc[end + 2].lower_ in BACKER_WORDS


def _office_before_country(title_tokens: list[Token]) -> list[Token]:
    """The words of a title before an "of" that closes it with a country ("Defence Minister" of
    "Defence Minister of Australia"); none when no country closes it."""
    ofs = [k for k, t in enumerate(title_tokens) if t.lower_ == "of"]
    if not ofs or ofs[-1] == 0:
        return []
    place = _text_of(title_tokens[ofs[-1] + 1 :]).removeprefix("the ")
    return title_tokens[: ofs[-1]] if place and country_by_name(place) is not None else []


def _title_role(title_tokens: list[Token], name: str) -> str | None:
    """The role of a title written after a place or a body: "Arizona Sen. Jeff Flake" (LEG),
    "Ohio Gov. Mike DeWine" (GOV): the shortest tail of the title words that is a title."""
    for i in range(len(title_tokens) - 1, 0, -1):
        role = split_title(f"{_text_of(title_tokens[i:])} {name}")[1]
        if role is not None:
            return role
    return None


def _us_politician(ent: Span, title: str, role: str | None) -> tuple[str | None, str | None]:
    """(country, role) of a named US politician by the marks US style gives them (see
    facts.agents), else (None, role)."""
    after = (ent[-1].whitespace_ + ent.doc[ent.end : ent.end + 30].text)[:60]  # not doc.text: it is rebuilt per call
    title_words = title.lower().split()
    leadership = " ".join(title_words[-4:])
    if (US_PARTY_TAG.match(after) or any(w in US_CONGRESS_TITLES for w in title_words)
            or any(leadership.endswith(t) for t in US_CONGRESS_LEADERSHIP)):
        return "USA", "LEG"
    if US_PARTY_APPOSITION.match(after) or any(w in US_PARTY_WORDS for w in title_words):
        return "USA", role or "PTY"
    state = US_OF_STATE.match(after)
    if state and us_state(state.group(1)) and country_by_name(state.group(1)) is None:
        return "USA", role  # "Nancy Pelosi of California"
    return None, role


def _short_name_of(text: str, outlet: str) -> bool:
    """Whether `text` is the one-word short form of the outlet's name ("Times", "Post")."""
    words = re.findall(r"\w+", text.lower())
    return len(words) == 1 and words[0] in re.findall(r"\w+", outlet.lower())[1:]


def _phrase(head: Token) -> Span:
    """A noun with the modifiers before it, not reaching back across punctuation or a caption's
    label ("Hide caption Anti-government protesters" are protesters)."""
    doc, start = head.doc, head.left_edge.i
    for i in range(head.i - 1, start - 1, -1):
        word = doc[i]  # made once: each `doc[i]` makes a new Token
        if (word.is_punct and word.text not in {"-", "–"}) or word.lower_ == CAPTION_WORD:
            start = i + 1
            break
    return doc[start : head.i + 1]


def _text_of(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


# Roles a body's head noun gives it safely ("University of X", "Ministry of X", "Court of X"); not
# LAB ("Union of Concerned Scientists" is no trade union)
HEAD_NAME_ROLES = frozenset({"EDU", "GOV", "JUD", "MIL", "REL", "PTY", "HLH", "LEG", "BUS", "COP"})


def _name_role(ent: Span) -> str | None:
    """The CAMEO role a body's own name gives. A name "Head of Tail" is of its head's kind, not its
    tail's ("the University of Michigan" EDU; "the State of the Union" is an address, not a union),
    unless a role phrase spans the "of" ("House of Representatives", "Council of Ministers") or the
    tail names its members ("the Union of Progressive Farmers", "the College of Cardinals").
    A "Bank of <country>" is that country's central bank, no business. A description the recogniser
    took in before the name gives the role ("The Dutch company Philips": BUS)."""
    words = list(ent)
    of = next((i for i, t in enumerate(words) if t.lower_ == "of" and i > 0), None)
    if _chamber_body(words):
        return "LEG"
    if of is None:
        lead = [t for t in words if t.lower_ not in {"the", "a", "an"}]
        last_lower = max((i for i, t in enumerate(lead) if t.text[:1].islower() and t.is_alpha), default=None)
        if role_of(ent.text) is None and last_lower is not None and last_lower + 1 < len(lead):
            return role_of(_text_of(lead[: last_lower + 1]))  # "The Dutch company" Philips
        return role_of(ent.text)
    if any(" of " in (role_phrase(_text_of(words[:end])) or "") for end in range(of + 2, len(words) + 1)):
        return role_of(ent.text)  # "the Joint Chiefs of Staff U.S. Army": a role phrase across the "of"
    members = role_of(ent.text) if words[-1].lower_.endswith("s") else None
    if members is not None:
        return members  # a body of members: "the Union of Progressive Farmers" AGR, "the College of Cardinals" REL
    role = role_of(_text_of(words[:of]))
    if role not in HEAD_NAME_ROLES:
        return None
    if role == "BUS" and country_by_name(_text_of(words[of + 1 :]).removeprefix("the ")) is not None:
        return None  # "the Bank of England", "the Bank of Japan": a central bank
    return role


# The words that open a chamber's committee or caucus name: "House Intelligence", "Senate Armed
# Services", "House Judiciary", "Senate Foreign Relations" are Congress's, not a spy agency, the
# military, the courts or a magazine ("Foreign Affairs").
CHAMBER_OPENERS = US_CHAMBER_WORDS - {"congressional"}
PARTY_LEADER_HEADS = frozenset({"leader", "leadership"})  # a party word before them makes them the party's
PARTY_OFFICE_ROLES = frozenset({"LEG", "GOV"})  # offices of state a party's people hold (its "MPs", "ministers")


def _us_party_word(words: list[Token]) -> bool:
    """Is one of `words` a US party's name written as one ("Democratic", "Republican", "GOP"; the
    lower-case "democratic leaders" of a region are not a party's)?"""
    return any(t.text[:1].isupper() and t.lower_ in US_PARTY_WORDS for t in words)


def _chamber_body(words: list[Token]) -> bool:
    """Does a body's name open with a chamber and go on with a capitalised name ("House
    Intelligence", "Senate Armed Services Committee")? Not "House of Saud", not "White House"."""
    lead = [t for t in words if t.lower_ not in {"the", "a", "an"}]
    return len(lead) > 1 and lead[0].text in {w.capitalize() for w in CHAMBER_OPENERS} \
        and lead[1].text[:1].isupper() and lead[1].lower_ != "of"


class ActorCoder:
    """Find mentions in a parsed document and code each one's actor.

    With a PETRARCH `dictionary` (and `agents`), dictionary names become mentions coded as the
    dictionary says on the document's publication date, combined with agent nouns in the same
    noun phrase ("Arnor security officials" → ARNGOV, "MSF Arnor" → NGOARN); they take precedence
    over our own knowledge, which still codes the rest unless `builtin=False`.
    """

    def __init__(self, dictionary: ActorDictionary | None = None, agents: AgentDictionary | None = None,
                 builtin: bool = True) -> None:
        self.dictionary = DictionaryActors(dictionary, agents) if (dictionary or agents) else None
        self.builtin = builtin or self.dictionary is None

    def __call__(self, parsed: ParsedDocument) -> list[Mention]:
        registry = ActorRegistry(day=parsed.document.published, outlet=parsed.document.outlet)
        registry.surnames = _full_name_surnames(parsed) if self.builtin else set()
        found: list[Mention] = []
        day = parsed.document.published
        for paragraph in parsed.paragraphs:
            coded = self.dictionary(paragraph.doc, paragraph.offset, day) if self.dictionary else []
            own = self._paragraph(paragraph.doc, paragraph.offset, registry) if self.builtin else []
            taken = [(m.start, m.end) for m in coded]
            found.extend(coded)
            found.extend(m for m in own if not any(m.start < end and start < m.end for start, end in taken))
        if self.builtin:
            _short_names(found, registry, parsed.document.body)
            _home_shared_party_names(parsed, found)
            _place_bare_roles(parsed, found)
            # read once: a retold surname's mention is of a person already indexed, so the index holds for both
            people = _people_by_surname(found)
            found.extend(_retold_surnames(parsed, found, people, registry))
            found.extend(_families(parsed, found, people, registry))
        return found

    def _paragraph(self, doc: Doc, offset: int, registry: ActorRegistry) -> list[Mention]:
        by_token: dict[int, Mention] = {}
        registry.sentence_starts.extend(offset + sentence.start_char for sentence in doc.sents)
        registry.paragraph_start = offset
        quotes = quotations(doc)  # read once here: every pronoun's `_voices` asks for them
        registry.quotes.extend((offset + doc[first].idx, offset + doc[last].idx + len(doc[last])) for first, last in quotes)
        found: list[Mention] = []

        def note(span_start: int, span_end: int, actor: Actor, label: str, alias: str = "") -> None:
            start, end = doc[span_start].idx, doc[span_end - 1].idx + len(doc[span_end - 1])
            mention = Mention(offset + start, offset + end, doc[span_start:span_end].text, actor, label)
            found.append(mention)
            registry.seen.setdefault(registry.key(actor), []).append(offset + start)
            root = doc[span_start:span_end].root
            if root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"}):
                registry.seen_as_subject.setdefault(registry.key(actor), []).append(offset + start)
                clause = root.head if root.dep_ != "appos" else root.head.head
                if clause.dep_ == "ROOT" or (clause.dep_ == "conj" and clause.head.dep_ == "ROOT"
                                             and not any(c.dep_ == "mark" for c in clause.children)):  # "and that …" is told
                    registry.main_subjects.setdefault(registry.key(actor), []).append(offset + start)
            for i in range(span_start, span_end):
                by_token[i] = mention
            alias = alias or mention.text
            if alias not in actor.aliases and alias != actor.name:
                actor.aliases.append(alias)

        # The paragraph's tokens made once (each pass over the Doc makes every Token again), and
        # the words after a "the", the only ones the region and Korea passes below can take
        tokens = list(doc)
        after_the = [token for token in tokens[1:] if tokens[token.i - 1].lower_ == "the"]
        credits = _credit_tokens(doc, tokens)  # "Alex Brandon/AP": a photo credit names no actor
        for ent in _whole_names(doc.ents):
            if ent.label_ not in ENTITY_LABELS or any(i in credits for i in range(ent.start, ent.end)):
                continue
            ent = _longer_name(ent, registry)
            actor = self._entity_actor(ent, registry, by_token)
            if actor is not None:
                metonym = ent.label_ == "GPE" and actor.kind == "organisation"  # "Beijing said"
                note(ent.start, ent.end, actor, METONYM_LABEL if metonym else ent.label_)
        for token in tokens:  # "Pompeo accused Zarif": an office holder's name the small model left untagged
            if token.i not in by_token and not token.ent_type_ and token.pos_ == "PROPN" and token.text[:1].isupper() \
                    and token.i not in credits and known_person(token.text) is not None:
                given = _other_given_name(token, by_token)
                if given is not None:  # "Ivanka Trump also condemned the attack": another of that name
                    note(given.i, token.i + 1, self._person(doc[given.i : token.i + 1], registry, by_token), "PERSON")
                    continue
                note(token.i, token.i + 1, self._person(doc[token.i : token.i + 1], registry, by_token), "PERSON")
        for run in _untagged_name_runs(doc, tokens, by_token):  # "proposed to pay Denmark $100 million": a country the model left untagged
            country = country_by_name(run.text)
            if country is not None and run.text != country.iso3:
                note(run.start, run.end, registry.find_by_name(country.name) or registry.add(country_actor(country)), "GPE")
        for token in after_the:  # "the West": a CAMEO region the small model does not tag
            if token.i in by_token or token.ent_type_:
                continue
            region = region_by_name(token.text) if token.text[:1].isupper() else None
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if region and (following is None or not following.text[:1].isupper()) and _acts(doc[token.i : token.i + 1]):
                actor = registry.find_by_name(region.name) or registry.add(Actor(region.name, "country", region.code))
                note(token.i - 1, token.i + 1, actor, "region")
        for token in after_the:  # "urged the North to abandon its weapons": one of the Koreas, in a Korea story
            if token.i in by_token or token.text not in DIVIDED_HALVES:
                continue
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if (following is None or not following.text[:1].isupper()) and _acts(doc[token.i : token.i + 1]):
                half = _divided_half(token.text, registry)
                if half is not None:
                    actor = registry.find_by_name(half.name) or registry.add(country_actor(half))
                    note(token.i - 1, token.i + 1, actor, "GPE", alias=f"the {token.text}")
        described: set[int] = set()

        def describe(head: Token) -> None:
            if head.i in described:
                return
            described.add(head.i)
            if head.i in by_token or head.dep_ == "compound" or _hyphen_fragment(head):
                return  # a compound modifier ("press reports", "news agency X") is no actor
            for child in head.children:  # "a spokesman for the Nigerian army": the army first
                if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
                    for obj in child.children:
                        if obj.dep_ == "pobj" and _is_common_noun(obj):
                            describe(obj)
            phrase = _phrase(head)  # read once: the span, the actor and the alias all start from it
            span = self._description_span(head, phrase, by_token)
            actor = self._description_actor(span, phrase, head, registry, by_token, offset)
            if actor is not None:
                note(span.start, span.end, actor, "description", alias=phrase.text)
                if head.tag_ == "NNS" and actor.kind == "group":
                    registry.plurals.add(registry.key(actor))

        for token in tokens:  # "“My administration will cooperate,” Moon said": the speaker's administration
            if token.lower_ in FIRST_PERSON_POSSESSIVES and token.dep_ == "poss" and token.i not in by_token:
                speaker = _speaker_of(token.head, by_token)
                if speaker is not None and speaker.country:
                    note(token.i, token.i + 1, speaker, "pronoun")
        for head in tokens:
            if _is_common_noun(head) or _campaign_noun(head) or _capitalised_role_noun(head):
                describe(head)
        # "praised the kingdom" after Saudi Arabia: a country told again by a description, read after
        # the role descriptions (the "Saudi officials" they note count for it)
        for token in tokens:
            wanted = _epithet_countries(token) if token.i not in by_token else frozenset()
            if not wanted:
                continue
            start = next((c.i for c in token.lefts if c.dep_ == "det"), token.i)
            if not any(i in by_token for i in range(start, token.i)):
                actor = _told_country(wanted, registry, offset + token.idx)
                if actor is not None:
                    note(start, token.i + 1, actor, "GPE")
        # Appositions first: "Wendy Marsh, the trade envoy" is one person before a pronoun looks back.
        self._appositions(doc, by_token, registry)
        _described_people(doc, by_token)
        _affiliated_people(doc, by_token)
        _described_parties(doc, by_token)
        _acting_as(tokens, by_token)
        _outlet_staff(doc, by_token)
        registry.unnamed_subjects.extend(
            (offset + t.idx, t.tag_ == "NNS") for t in tokens
            if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN" and t.i not in by_token and t.tag_ in {"NN", "NNS"})
        registry.name_subjects.extend(offset + t.idx for t in tokens if _unplaced_name_subject(t, by_token))
        registry.title_subjects.update((offset + t.idx, title[0]) for t in tokens
                                       if (title := _untaken_title(t, by_token)) is not None)
        for token in tokens:
            if token.lower_ in FIRST_PERSON and token.dep_ in {"nsubj", "nsubjpass"} and token.i not in by_token:
                speaker = _speaker_of(token, by_token)  # "“We will not back down,” the minister said"
                if speaker is not None:
                    note(token.i, token.i + 1, speaker, "pronoun")
                continue
            if token.lower_ in PRONOUNS and token.dep_ in {"nsubj", "nsubjpass"} and token.i not in by_token:
                if _unnamed_speaker(token, by_token) or (PRONOUNS[token.lower_][0] == "person"
                                                         and _subject_or_object(token, by_token, registry)):
                    registry.unresolved.setdefault(PRONOUNS[token.lower_], []).append(offset + token.idx)
                    continue  # "the ex-NSA contractor says he gave …": he is the contractor, no one named
                agreeing = _agrees_with(token.lower_, registry)
                bound = _relative_head(token, by_token)  # "a warplane it said had violated …": not the warplane
                # "He congratulated Trump": not Trump. Persons only: a news story names a country
                # again where "it" is that country ("Chile said it would expel Chile's …")
                named_after = _named_in_own_clause(token, by_token) | _named_in_its_participle(token, by_token) \
                    if PRONOUNS[token.lower_][0] == "person" else set()

                at = offset + token.idx
                quoted = registry.quote_at(at) is not None
                voices = _voices(token, by_token, quotes)

                def agrees(actor: Actor, agreeing=agreeing, bound=bound, named_after=named_after, voices=voices) -> bool:
                    return actor is not bound and id(actor) not in named_after and id(actor) not in voices and agreeing(actor)
                # "the ministry says it has recalled …": the speaker; not of a direct quote ("“He
                # lied,” Cruz said": he is not Cruz)
                speaker = _speaker_of(token, by_token) if not quoted else None
                thing_plural = {"it": False, "they": True}.get(token.lower_)
                unknown = registry.unresolved.setdefault(PRONOUNS[token.lower_], [])
                if _joint_speakers(token, by_token):
                    continue  # "Sens. Lee and Paul said they will support …": the two, no one actor
                # "After Trump said he …, Ross said he would …": a named speaker's own "he" is the speaker,
                # whoever an earlier "he" in the sentence was
                earlier = _same_pronoun_before(token, quotes) if speaker is None or not agrees(speaker) else None
                if earlier is not None and earlier.i not in by_token:
                    continue  # "When they get to the US, they hope …": whoever the first "they" was, not the US
                if token.lower_ == "it" and _expletive(token):
                    continue  # "It was the first time the administration fingered Russia": no one
                if earlier is not None:  # "He left the deal Obama signed, and he demanded …": not Obama
                    before = by_token[earlier.i].actor
                    actor = before if agrees(before) else None
                else:
                    actor = speaker if speaker is not None and agrees(speaker) \
                        else registry.antecedent(agrees, at, thing_plural, unknown, named_near=thing_plural is None)
                if actor is None:
                    if PRONOUNS[token.lower_][0] == "person":  # "it" and "they" are often no one ("it is time")
                        unknown.append(at)
                else:
                    note(token.i, token.i + 1, actor, "pronoun")
                    gender = PRONOUNS[token.lower_][1]
                    if gender:  # "she" once, "he" no more: "She invited Mehta, and he accepted"
                        registry.genders.setdefault(registry.key(actor), gender)
            if token.lower_ in OBJECT_PRONOUNS and token.tag_ in {"PRP", "PRP$"} and token.dep_ not in {"nsubj", "nsubjpass"} \
                    and token.i not in by_token:
                # "Merkel criticized him": someone named before, never the clause's own subject
                at = offset + token.idx
                reach = registry.in_reach(at)
                direct = token.tag_ == "PRP" and token.dep_ in {"dobj", "dative"}
                clause = token.head if direct else next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), token.head)
                if not direct and _person_in_sentence(token, clause, by_token, reach, offset):
                    continue  # "Trump said his …", "after his defeat, he …": its own sentence is the events step's to read
                agreeing_object = _agrees_with(OBJECT_PRONOUNS[token.lower_], registry)
                own = {id(by_token[c.i].actor) for c in clause.children
                       if c.dep_ in {"nsubj", "nsubjpass"} and c.i in by_token}

                voices_object = _voices(token, by_token, quotes)

                def agrees_object(actor: Actor, agreeing=agreeing_object, own=own, voices=voices_object) -> bool:
                    # a person named by name: "the foreign minister" named before may be the subject himself
                    return id(actor) not in own and id(actor) not in voices and agreeing(actor) and is_name(actor.name)
                gender = PRONOUNS[OBJECT_PRONOUNS[token.lower_]][1]

                def known_gender(actor: Actor, agrees=agrees_object, gender=gender) -> bool:
                    # further off, only someone already known as "he"/"she" (a given name, an
                    # earlier pronoun): not a firm the recogniser took for a person
                    return agrees(actor) and registry.genders.get(id(actor)) == gender
                def no_other_gender(actor: Actor, agrees=agrees_object, gender=gender) -> bool:
                    return agrees(actor) and registry.genders.get(id(actor), gender) == gender
                if direct:
                    # in a clause another verb frames, its subject first ("Snowden told the paper the
                    # government could charge him"), else a person named before it in its own
                    # sentence, not its clause's subject ("detained Prime Minister X, ordering him to
                    # resign"), else one known as "he"/"she" further off; a name in its reach
                    framing = (by_token[c.i].actor for a in list(token.head.ancestors) for c in a.children
                               if c.dep_ == "nsubj" and c.i in by_token and c.i < token.i and by_token[c.i].label != "pronoun"
                               and reach(offset + c.idx))
                    actor = next((a for a in framing if agrees_object(a)), None) \
                        or registry.named_in_sentence(no_other_gender, at) or registry.antecedent(known_gender, at)
                else:
                    # "May asked for time, and she got it. Parliament has not passed her deal": one
                    # known as "she" before, as a subject "she" would be
                    actor = registry.antecedent(known_gender, at, unknown=registry.unresolved.get(("person", gender), ()),
                                                named_near=True)
                if actor is not None:
                    note(token.i, token.i + 1, actor, "pronoun")
        _described_bodies(doc, by_token)
        return found

    def _entity_actor(self, ent: Span, registry: ActorRegistry, by_token: dict[int, Mention]) -> Actor | None:
        text = ent.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
        if not text.strip(" '’\"."):  # the model tagged a bare "'s" or a quote mark: no name
            return None
        following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        named_body = following is not None and following.text[:1].isupper() and following.lower_ in BODY_NAME_HEADS
        outlet = outlet_by_name(text) if not named_body else None  # "House Foreign Affairs Committee": no magazine
        if outlet is not None and outlet_name_is_word(text) and following is not None and following.pos_ == "PROPN" \
                and following.text[:1].isupper() and following.lower_ not in MEDIA_HEADS \
                and ent[-1].dep_ in {"compound", "amod", "nmod"} and ent[-1].head.i >= ent.end:
            outlet = None  # "The Australian Defence Force", "The National Corn Growers Association": a longer name
        if outlet is not None and ent.label_ in {"NORP", "GPE", "LOC"} and not ent.text.startswith("The ") \
                and outlet_name_is_word(text):
            outlet = None  # "an Australian doctor": a demonym, not the paper The Australian
        chamber = ent.doc[ent.start - 1] if ent.start > 0 else None
        words = text.split()
        if named_body and following is not None and chamber is not None and chamber.lower_ in US_CHAMBER_WORDS \
                and chamber.text[:1].isupper():  # "the House Foreign Affairs Committee": of the US Congress
            name = f"{chamber.text} {text} {following.text}"
            return registry.find_by_name(name) or registry.add(Actor(name, "organisation", "USA", "LEG"))
        if len(words) > 2 and words[0] in {"House", "Senate"} and words[-1].lower() in BODY_NAME_HEADS:
            return registry.find_by_name(text) or registry.add(Actor(text, "organisation", "USA", "LEG"))
        if text == "House" and (chamber is None or chamber.lower_ in {"the", "a"} or not chamber.text[:1].isupper()):
            # "the House", "a House committee": a lower chamber, whose the story says (see _place_bare_roles)
            return registry.find_by_name(text) or registry.add(Actor(text, "organisation", None, "LEG"))
        own_name = re.split(r"\s+[-–]\s+", registry.outlet)[0] if registry.outlet else ""
        if outlet and own_name and _short_name_of(text, own_name):
            # "The Times" said in a Washington Times or New York Times story is that paper.
            own = outlet_by_name(own_name)
            if own is None:
                return registry.find_by_name(own_name) or registry.add(Actor(own_name, "outlet", None, "MED"))
            outlet = own
        if outlet and outlet_name_is_word(text):
            # "Hill" after "Fiona Hill" is her; "the Times" after "The New York Times" is that paper
            fuller = _named_namesake(ent, text, registry) or _outlet_named(text, registry.actors, None)
            if fuller is not None:
                return fuller
        if outlet:
            return registry.find_by_name(outlet.name) or registry.add(
                Actor(outlet.name, "outlet", outlet.country, "MED")
            )
        organisation = organisation_by_name(text)
        national = ent.start > 0 and ent.doc[ent.start - 1].text == "National" and text.split()[0] != "National"
        if organisation and national and organisation.code.startswith("IGO"):
            # "the White House National Security Council", "Turkey's National Security Council": a
            # nation's own council, its government's (whose, the words before it say), not the UN's
            before = [t for t in ent.doc[_phrase(ent.root).start : ent.start - 1] if t.dep_ in {"compound", "amod", "poss", "nmod"}]
            name = f"National {text}"
            return registry.find_by_name(name) or registry.add(Actor(name, "organisation", _country_in(before, by_token), "GOV"))
        if organisation:
            country, role = organisation.code[:3], organisation.code[3:] or None
            if organisation.name.lower() in SHARED_PARTY_NAMES:
                # "Canada's Conservative Party": the country its own phrase names, not the table's
                before = [t for t in ent.doc[_phrase(ent.root).start : ent.start] if t.dep_ in {"compound", "amod", "poss", "nmod"}]
                home = _country_in(before, by_token) if before else None
                named_home = country_by_iso3(home) if home is not None and home != country else None
                if named_home is not None:
                    name = f"{named_home.name} {organisation.name}"
                    return registry.find_by_name(name) or registry.add(Actor(name, "organisation", named_home.iso3, role))
            return registry.find_by_name(organisation.name) or registry.add(
                Actor(organisation.name, "organisation", country, role)
            )
        legislature = country_by_legislature(text)
        if legislature:
            # "the Libyan National Congress" split by the recogniser: "Congress" is Libya's
            before = [t for t in ent.doc[_phrase(ent.root).start : ent.start] if t.dep_ in {"compound", "amod", "poss", "nmod"}]
            demonym = _country_in(before, by_token) if before else None
            if demonym is not None and demonym != legislature.iso3 and demonym.isalpha() and demonym not in NOT_COUNTRIES:
                name = " ".join([*(t.text for t in before if t.text[:1].isupper()), text])
                return registry.find_by_name(name) or registry.add(Actor(name, "organisation", demonym, "LEG"))
            return registry.find_by_name(text) or registry.add(Actor(text, "organisation", legislature.iso3, "LEG"))
        seat = country_by_seat(text)
        if seat:
            name = text if text[0].isupper() else seat.name
            return registry.find_by_name(name) or registry.add(Actor(name, "organisation", seat.iso3, "GOV"))
        namesake = _named_namesake(ent, text, registry)
        if namesake is not None:
            return namesake
        if ent.label_ in {"PERSON", "ORG"} and country_by_name(text) is not None and text[:1].isupper():
            named = country_by_name(text)  # the small model tags some countries as people ("Sri Lanka")
            assert named is not None  # checked just above
            return registry.find_by_name(named.name) or registry.add(country_actor(named))
        if text.lower() in US_PARTY_MEMBERS:
            return self._us_party_members(ent, text, registry)
        if ent.label_ in {"GPE", "LOC", "NORP"} and country_by_name(text) is None and country_by_capital(text) is None \
                and country_by_demonym(text) is None and known_person(text) is not None:
            return self._person(ent, registry, by_token)  # "accused Pompeo": the small model's GPE
        if ent.label_ in {"GPE", "NORP", "LOC"}:
            nation = country_by_name(text) if ent.label_ != "NORP" else None
            if ent.label_ == "NORP" and ent.root.pos_ in {"NOUN", "PROPN"} and ent.root.dep_ != "compound":
                nation = country_by_demonym(text)  # "Israelis" as a noun: the people of a country
                people = self._people(ent, text, registry, by_token) if nation is None else None
                if people is not None:
                    return people
            if nation is None and ent.label_ != "NORP" and _acts(ent):
                # "Beijing said", "sanctions on Moscow": a capital that acts is its government;
                # "the West" that acts is a region. "in Moscow" stays a place (see places stage).
                capital = country_by_capital(text)
                if capital is not None:
                    return registry.find_by_name(text) or registry.add(Actor(text, "organisation", capital.iso3, "GOV"))
                region = region_by_name(text)
                if region is not None and len(ent) == 1 and (ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the"):
                    region = None  # "but West is refusing to concede": a one-word region wants its article
                if region is not None:
                    return registry.find_by_name(region.name) or registry.add(Actor(region.name, "country", region.code))
            if nation is None:
                return None  # a city or a region: a place, not an actor (see places stage)
            return registry.find_by_name(nation.name) or registry.add(country_actor(nation))
        titled = ent.start > 0 and ent.doc[ent.start - 1].lower_ in GENDERED_TITLES  # "Mrs Petrova" is a person
        if ent.label_ == "PERSON" or (ent.label_ == "ORG" and titled):
            return self._person(ent, registry, by_token)
        if ent.label_ == "ORG":  # the small model takes some surnames for bodies: "Orban said"
            person = registry.find_by_name(text)
            if person is None and " " not in text and text[:1].isupper():
                person = registry.find_person_by_surname(text)
            if person is not None and person.kind == "person":
                return person
            if known_person(text) is not None:  # "Trump said": an office holder, not a body
                return self._person(ent, registry, by_token)
            if " " not in text and (text.casefold() in registry.surnames or _aged(ent)):
                registry.surnames.add(text.casefold())  # "Hicks, 29, was leaving": a person
                return self._person(ent, registry, by_token)
        return self._organisation(ent, text, registry, by_token)

    @staticmethod
    def _people(ent: Span, text: str, registry: ActorRegistry, by_token: dict[int, Mention]) -> Actor | None:
        """An ethnic or religious group ("the Kurds" KUR, "Shiites" MOSSHI), with the country its own
        phrase gives before the group's code ("Iraqi Kurds", "Iraq's Kurds": IRQKUR); no country is
        guessed from the sentence (Erdogan's threat to "the Kurds" is not to Turkey's)."""
        words = text.split()
        found = next(((i, p) for i in range(len(words)) if (p := people_by_name(" ".join(words[i:]))) is not None), None)
        if found is None:
            return None
        i, people = found
        if country_by_iso3(people.code[:3]) is not None:  # a state's own people: "the Rohingya" MMRCVL
            return registry.find_by_name(text) or registry.add(Actor(text, "group", people.code[:3], people.code[3:] or None))
        country: str | None = None
        if i:  # "Iraqi Kurds" tagged whole: a demonym or a country, else words we cannot read
            named = country_by_demonym(" ".join(words[:i])) or country_by_name(" ".join(words[:i]))
            if named is None:
                return None
            country = named.iso3
        else:  # "Syrian Kurds", "Iraq's Shiites": a modifier of its own before it
            for child in ent.root.children:
                if child.i >= ent.start or child.dep_ not in NOUN_PHRASE_DEPS:
                    continue
                mention = by_token.get(child.i)
                named = demonym_country(child)
                owner = named.iso3 if named is not None else mention.actor.country \
                    if mention is not None and mention.actor.kind == "country" else None
                if owner is not None:
                    country = owner
                    text = f"{child.text} {text}" if child.dep_ != "poss" else f"{mention.text if mention else child.text}'s {text}"
        if country is None:
            return registry.find_by_name(text) or registry.add(Actor(text, "group", people.code[:3], people.code[3:] or None))
        return registry.find_described(text, country) or registry.add(Actor(text, "group", country, people.code))

    @staticmethod
    def _us_party_members(ent: Span, text: str, registry: ActorRegistry) -> Actor | None:
        """"Democrats", "Republicans" (USAPTY); "House Democrats" (USALEG); "Sweden Democrats" no."""
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_ in US_CHAMBER_WORDS:
            name, role = f"{before.text} {text}", "LEG"
        elif before is not None and before.text[:1].isupper() and not before.is_sent_start and before.lower_ != "the":
            return None
        else:
            name, role = text, "PTY"
        return registry.find_by_name(name) or registry.add(Actor(name, "group", "USA", role))

    def _person(self, ent: Span, registry: ActorRegistry, by_token: dict[int, Mention]) -> Actor:
        actor = self._named_person(ent, registry, by_token)
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        gender = GENDERED_TITLES.get(before) or GENDERED_TITLES.get(ent[0].lower_) or gender_of(actor.name)
        if gender:
            registry.genders.setdefault(registry.key(actor), gender)
        return actor

    def _named_person(self, ent: Span, registry: ActorRegistry, by_token: dict[int, Mention]) -> Actor:
        name = ent.text.removesuffix("'s").removesuffix("’s")
        title_tokens = _own_title(_title_tokens(ent), name)
        for token in title_tokens:  # "Military Intelligence chief X": the body is part of a title here
            if token.i in by_token:
                by_token[token.i].label = "title"
        # "U.S. Ambassador to the United Nations X" is the US's envoy: the body is no part of whose he is
        title_tokens = _envoy_sender_title(ent, title_tokens, by_token) or title_tokens
        title = _text_of(title_tokens)
        known = registry.find_by_name(name) or registry.find_person_by_surname(name)
        titled_gender = GENDERED_TITLES.get(ent.doc[ent.start - 1].lower_) if ent.start > 0 else None
        if known is not None and titled_gender and registry.genders.get(id(known), titled_gender) != titled_gender:
            known = None  # "Ms. Ohr" after "Bruce Ohr": his wife, not him
        country = _country_in(title_tokens, by_token)
        role = (role_of(title) or split_title(f"{title} {name}")[1] or _title_role(title_tokens, name)) if title else None
        if role is None and title:  # "Defence Minister of Australia X": the title before whose it is
            before_place = _office_before_country(title_tokens)
            head = before_place[: next((k for k, t in enumerate(before_place) if t.lower_ == "of" and k), len(before_place))]
            role = next((found for words in (before_place, head) if words
                         and (found := role_of(_text_of(words)) or split_title(f"{_text_of(words)} {name}")[1])), None)
        if country is None:
            country, role = _us_politician(ent, title, role)
        if country is None:  # "Pope Francis"
            country = next((TITLE_COUNTRIES[w] for w in f"{title} {name}".lower().split() if w in TITLE_COUNTRIES), None)
        role = role or split_title(name)[1]  # a title the entity took in: "King Abdullah"
        if country is None and role is not None:
            country = _country_after_of(ent)  # "King Abdullah of Saudi Arabia"
        deciding = set((role_phrase(title) or "").split()) if title else set()
        body = next((by_token[t.i].actor for t in title_tokens if t.i in by_token
                     and by_token[t.i].actor.kind in {"organisation", "group", "outlet"} and by_token[t.i].actor.role
                     and t.lower_ not in deciding), None)  # "Press Secretary X": "press" is the title's word, no outlet
        # "Secret Service Director X": the words that decide the title's role are a named body's whole
        # name, and the body's own code says what it is (the US Secret Service polices; a "secret
        # service" in general is a spy agency)
        named = next((by_token[t.i].actor for t in title_tokens if t.i in by_token
                      and by_token[t.i].actor.kind == "organisation" and by_token[t.i].actor.role
                      and set(by_token[t.i].text.lower().split()) == deciding), None) if deciding else None
        if named is not None and (country is None or named.country == country):
            country, role = named.country, named.role
        if body is not None and role in {None, "GOV"} and (country is None or body.country == country):
            # an office of a body that is no government: "TUC general secretary X" (LAB), "Hamas
            # leader X" (REB), "Labour leader X" (PTY) hold their body's role, not a minister's
            country, role = body.country, body.role
        if role == "BUS" and body is None and any(t.i in by_token and by_token[t.i].actor.kind == "country" for t in title_tokens):
            role = "GOV"  # "Hong Kong Chief Executive X": a place's chief executive governs it; a firm's runs a business
        presenter, outlet = _presenter(title_tokens, by_token)
        if presenter and role in {None, "MED"}:  # "'Meet the Press' host X", "radio host X": the media's
            role, country = "MED", outlet.country if outlet is not None else country
        if role is None:  # "NSA Deputy Director X": the body in the title gives the role (USASPY)
            role = next((by_token[t.i].actor.role for t in title_tokens if t.i in by_token
                         and by_token[t.i].actor.kind == "organisation" and by_token[t.i].actor.country == country), None)
        if role is not None and _former_title(title_tokens) and (role in STATE_ROLES | {"OPP"} or (role != PARTY and _office_holder(name))):
            # "Former Defense Secretary X": an elite; "former Tory leader X" is still of the party (PTY);
            # "former Exxon CEO X", a known office holder, holds the office the table gives on the day
            role = _former_holder_role(name, title, role, registry.day)
        if known is not None:
            if country is None and not known.country and len(name.split()) > 1:
                # "the Clinton years" first, "Hillary Clinton" later: the full name's office says whose
                office = known_person(name)
                if office is not None:
                    code = office.code_on(registry.day)
                    country, role = code[:3], role or code[3:] or None
            known.country = known.country or country
            known.role = known.role or role
            if title and id(known) not in registry.titles:
                registry.titles[registry.key(known)] = title.lower()
            return known
        office = _office_holder(name)  # "Crown Prince Mohammed bin Salman"
        if office is not None:  # a well-known office holder: the title, if any, wins ("opposition leader")
            code = office.code_on(registry.day)
            if country is None or country == code[:3]:
                # a generic head that names no body ("chief of staff John Kelly": a general's or a
                # president's aide?) says less than the office the table gives him on the day
                # "Chief Executive Carrie Lam": a firm's title that also names an office of state
                # (Hong Kong's head of government) is the office the table gives her
                generic = body is None and (generic_title(title) or role == "BUS") and bool(code[3:])
                # "Republican Donald Trump" in a 2018 story: a party names his side, not his office;
                # the office of state the table gives him on the day says what he acts as (an
                # undated story's latest office is a guess: "Democrat Hillary Clinton" stays PTY)
                generic = generic or (role == PARTY and code[3:] in STATE_ROLES and registry.day is not None)
                country, role = code[:3], (code[3:] if generic else role or code[3:]) or None
            # The name as the document writes it; the table's form joins the aliases ("Binyamin").
            aliases = [office.name] if office.name != name else []
            return registry.add(Actor(name, "person", country, role, aliases), title)
        relative = registry.relative_of(name) if country is None else None
        if relative is not None:  # "Hunter Biden" after "Joe Biden": of his family's country, not in its office
            country = relative.country
        if country is None and title and role and len(name.split()) == 1:
            country = family_country(name, role)  # "President Bush": father or son, the US's
        if country is None and title:
            country = _described_envoy_country(title, registry, registry.paragraph_start + ent.start_char)
        return registry.add(Actor(name, "person", country, role), title)

    def _organisation(self, ent: Span, name: str, registry: ActorRegistry, by_token: dict[int, Mention]) -> Actor:
        known = registry.find_by_name(name)
        if known is not None:
            return known
        title_tokens = _title_tokens(ent)
        country = _country_in(ent, by_token) or _country_in(title_tokens, by_token)
        role = _name_role(ent) or (role_of(_text_of(title_tokens)) if title_tokens else None) \
            or (business_role(ent, title_tokens) if country else None) \
            or trade_body_role(ent)  # "the Swiss drugmaker Novartis": CHEBUS, not Switzerland; "the US Aluminum Association" USABUS
        if role == "MED" or (title_tokens and title_tokens[-1].lower_ in MEDIA_HEADS):
            return registry.add(Actor(name, "outlet", country, "MED"))
        if country is None and role == "GOV":
            country = _namesake_country(ent, registry)
        if country is None:
            country = self._conjunct_country(ent, by_token)
        return registry.add(Actor(name, "organisation", country, role))

    @staticmethod
    def _conjunct_country(ent: Span, by_token: dict[int, Mention]) -> str | None:
        """A body without a country shares its coordinated partner's ("X's army and Military Intelligence")."""
        for token in (ent.root.head, *ent.root.conjuncts):
            mention = by_token.get(token.i)
            if mention and mention.actor.country:
                return mention.actor.country
        return None

    @staticmethod
    def _description_span(head: Token, phrase: Span, by_token: dict[int, Mention]) -> Span:
        """A role noun with its modifiers, from its left edge (`phrase`, the noun's `_phrase`), but
        never swallowing a name ("Putin's spokesman" → "spokesman"; Putin keeps his own mention)."""
        start = phrase.start
        for i in range(head.i - 1, start - 1, -1):
            if i in by_token:
                start = i + 1
                while start < head.i and head.doc[start].dep_ == "case":
                    start += 1
                break
        return head.doc[start : head.i + 1]

    def _description_actor(self, chunk: Span, phrase: Span, head: Token, registry: ActorRegistry, by_token: dict[int, Mention],
                           offset: int) -> Actor | None:
        """Noun phrases that name an actor by role: "Putin's spokesman", "the Israeli leader",
        "a spokesman for the Nigerian army", "NATO's secretary general" (`phrase`: the noun's `_phrase`)."""
        words = [t for t in phrase if t.pos_ not in {"DET", "PRON"} and t.dep_ != "case"]
        text = _text_of(words)
        role = role_of(text) or _role_of_with_of(head, text)
        if role is not None and any(t.lower_ == "aisle" for t in head.subtree):
            role = "LEG"  # "leaders from both sides of the aisle": a legislature's members, by party seating
        if head.lemma_.lower() in PARTY_LEADER_HEADS and role in {None, "GOV"} and _us_party_word(words[:-1]):
            # "Republican leaders", "the Democratic leadership": a party's leaders, no government's;
            # "House Republican leaders" lead it in a chamber of Congress
            role = "LEG" if any(t.lower_ in US_CHAMBER_WORDS for t in words) else PARTY
        if role == "CVL" and _backs_a_revolt(head):
            role = "OPP"  # "the people encouraging the coup": the government's opposition, not civilians
        if role in STATE_ROLES | {"OPP", "PTY"} and _formerly(head) and role_phrase(text) not in HEAD_OFFICES:
            role = ELITES  # "a former chief of staff to Pelosi", "ex-officials": no office now (CAMEO's ELI)
        anonymous = ANONYMOUS.search(text) and head.lemma_ == "source"
        politician = _campaign_owner(head, by_token)
        if politician is not None:  # "the Trump campaign": his party people, not his government
            return registry.find_described(text, politician.country) or registry.add(
                Actor(text, "organisation", politician.country, PARTY))
        if role is None and not anonymous and head.lemma_ not in PERSON_ROLE_HEADS and head.lower_ not in BODY_NAME_HEADS:
            return None  # the cheap test first: most nouns are no role, and no owner makes them one (below)
        owner = _owner(head, words, by_token)
        # A person's own lawyers act for the person, neither for an office the person holds nor as a
        # court: "Trump's lawyers", "lawyers for Senator X" are no one's officials, only of the
        # client's country (a prosecutor's lawyers are the prosecution's, but not his "private lawyer")
        personal_counsel = role == "JUD" and head.lemma_ in COUNSEL_HEADS and owner is not None and owner.actor.kind == "person"
        if personal_counsel and owner is not None and owner.actor.country and (
                owner.actor.role != "JUD" or any(t.lower_ in PRIVATE_COUNSEL_WORDS for t in words if t.i < head.i)):
            counsel: Literal["person", "group"] = "person" if head.tag_ == "NN" else "group"
            return registry.find_described(text, owner.actor.country) or registry.add(Actor(text, counsel, owner.actor.country, None))
        if role == "JUD" and head.lemma_ in COUNSEL_HEADS and (
                (owner is not None and owner.actor.role == "GOV" and not personal_counsel)
                or role_of(_text_of([t for t in words if t.i != head.i])) == "GOV"):
            role = "GOV"  # "lawyers for the administration", "administration attorneys" act for the government
        elif role == "JUD" and head.lemma_ in COUNSEL_HEADS and owner is not None and owner.actor.kind != "person" \
                and owner.actor.role in CLIENT_BODY_ROLES:
            role = owner.actor.role  # "an attorney for House Democrats" acts for the legislature (LEG), not as a court
        if role == "BUS" and owner is not None and owner.actor.kind == "country" and head.tag_ == "NN" \
                and role_phrase(text) in PLACE_EXECUTIVE_TITLES:
            role = "GOV"  # "Hong Kong's chief executive" governs it; a firm's chief executive runs a business
        if role == "GOV" and owner is not None and owner.actor.kind == "organisation" and owner.actor.role is None \
                and role_phrase(text) in HEAD_OFFICES:
            role = None  # "president of the Alliance for Clean Water": a named body's head, of no office of state
        body = owner is not None and owner.actor.kind in {"organisation", "outlet", "group"} and owner.actor.country
        if head.lower_ in BODY_NAME_HEADS and [t.i for t in words] == [head.i] \
                and any(t.dep_ == "det" and t.lower_ == "the" for t in phrase):
            # "the committee" after "the House Intelligence Committee": the body named last so;
            # none named, a committee of the role its word gives, whose country the story says
            named = registry.most_recent(lambda a: a.kind == "organisation" and a.name.split()[-1].casefold() == head.lower_,
                                         offset + chunk.start_char)
            if named is not None or role is None:
                return named
        if role is None and not anonymous and not (body and head.lemma_ in PERSON_ROLE_HEADS):
            return None
        if anonymous and role is not None and role_of(_text_of([t for t in words if t.i < head.i])) != role:
            role = None  # "a source close to the government": whose it is, only words before "source" say
        if role == "REB" and [t.i for t in words] == [head.i] and owner is None:
            # "Rebels accused Mr Johnson" after "Tory rebel MPs": lawmakers who rebel in a vote (LEG)
            rebel = registry.most_recent(lambda a: a.role == "REB" or (a.role in {"LEG", "PTY"} and _rebel_named(a)),
                                         offset + chunk.start_char)
            if rebel is not None and rebel.role != "REB":
                return registry.find_described(text, rebel.country) or registry.add(Actor(text, "group", rebel.country, "LEG"))
        if role in NAMED_GROUP_ROLES and [t.i for t in words] == [head.i] and owner is None \
                and any(t.dep_ == "det" and t.lower_ == "the" for t in phrase):
            # "the rebels" after "Houthi positions": the group of that role named just before, not
            # the country of whoever acts on them (Saudi Arabia's strikes make no Saudi rebels)
            named = registry.named_lately(lambda a: a.kind == "organisation" and a.role == role and bool(a.country),
                                          offset + chunk.start_char)
            if named is not None:
                return named
        if owner is not None and owner.actor.role == PARTY and role in PARTY_OFFICE_ROLES \
                and head.lemma_.lower() not in PARTY_LEADER_HEADS and not generic_title(text):
            # "Labour MPs", "GOP senators", "Likud ministers": a party's people in an office of state
            # hold it (a party's "leader" or "spokesman" is the party's own)
            holders: Literal["person", "group"] = "person" if head.tag_ == "NN" else "group"
            return registry.find_described(text, owner.actor.country) or registry.add(Actor(text, holders, owner.actor.country, role))
        if owner is not None and owner.actor.kind in {"organisation", "outlet"} and head.lemma_ not in PERSON_ROLE_HEADS:
            return owner.actor  # "the Kremlin's press desk" speaks for the Kremlin
        sender = _envoy_body(head, words, by_token)
        if sender is not None:  # "the UN special envoy for Libya": the UN's, serving in Libya
            envoy: Literal["person", "group"] = "person" if head.tag_ == "NN" else "group"
            return registry.find_described(text, sender.country) or registry.add(Actor(text, envoy, sender.country, sender.role))
        if body and owner is not None and (head.lemma_ in PERSON_ROLE_HEADS or role == owner.actor.role):
            # The people of a body are coded as the body: "NATO's secretary general" IGOWSTNAT,
            # "a spokesman for the Nigerian army" NGAMIL, "Hezbollah fighters" LBNREB.
            member: Literal["person", "group"] = "person" if head.tag_ == "NN" else "group"
            own_role = ELITES if role == ELITES else owner.actor.role or role  # "a former Pentagon official": no office now
            return registry.find_described(text, owner.actor.country) or registry.add(Actor(text, member, owner.actor.country, own_role))
        joined = [i for i, t in enumerate(words) if t.dep_ == "cc" and t.i < head.i]
        # "U.S. and Afghan officials": the country nearest the noun is the group's own; the one
        # before it is named as an actor of its own
        country = (_country_in(words[joined[-1] + 1 :], by_token) if joined else None) or _country_in(words, by_token)
        if country is None:  # "Kurdistan's regional government", "Xinjiang officials": the region's country
            country = _region_country(words, head)
        leaders = _hyphened_countries(text, LED_WORDS) if country is None else set()
        if len(leaders) == 1:  # "the U.S.-led coalition": allied forces, of the state that leads them
            country = leaders.pop()
        if country is None:  # "Department officials" after "the State Department": that body's people
            named_body = _short_named_body(head, words, registry, offset + chunk.start_char)
            country = named_body.country if named_body is not None else None
        if country is None and role in {"LEG", "PTY"} and _us_party_word(words):
            country = "USA"  # "Democratic lawmakers", "House Republicans": US party politicians
        if country is None and role == "LEG" and any(t.lower_ in US_CONGRESS_ADJECTIVES for t in words):
            country = "USA"  # "several congressional committees": the US Congress's
        if country is None and role in PEOPLE_MEMBER_ROLES:
            # "Kurdish fighters" are Kurds (KURREB), not of the country they fight in or against
            people = next((found for t in words if t.i < head.i and t.dep_ in {"amod", "compound"}
                           and (found := people_by_adjective(t.text)) is not None), None)
            country = people.code if people is not None else None
        if country is None and owner is not None and owner.actor.kind in {"country", "person"}:
            country = owner.actor.country  # "the ambassador of Israel", "spokesman for Putin"
        # "the paper", "its spokesman" name one seen before; "a newspaper's account" names none
        definite = any(t.dep_ in {"det", "poss"} and t.lower_ not in {"a", "an"} for t in phrase if t.i < head.i)
        if country is None and role is not None and head.tag_ == "NNS" and [t.i for t in words] == [head.i] \
                and owner is None and head.dep_ in {"nsubj", "nsubjpass"} and any(t.dep_ == "det" and t.lower_ == "the" for t in phrase):
            # "Dozens of U.S. senators wrote … The senators backed …": a bare "the" plural of a role
            # as a clause's subject goes on with the group of that role named just before, whose
            # country it keeps (elsewhere, "one of the lawyers", it may be any of several groups)
            earlier = registry.named_lately(lambda a: a.kind == "group" and a.role == role and bool(a.country)
                                            and id(a) in registry.plurals, offset + chunk.start_char)
            if earlier is not None:  # (named as written here: "the lawmakers" after "Democratic senators")
                return registry.find_described(text, earlier.country) or registry.add(Actor(text, "group", earlier.country, role))
        if definite and head.lemma_ in MEDIA_HEADS:
            outlet = registry.most_recent(lambda a: a.kind == "outlet" and (country is None or a.country == country), offset + chunk.start_char)
            if outlet is not None:
                return outlet
        if definite and head.lemma_ in PERSON_ROLE_HEADS and owner is None and not _person_named_before(head, words, by_token) \
                and not _named_in_apposition(head, by_token):
            person = self._resolve_title(head, role, country, registry, offset + chunk.start_char)
            if person is not None:
                return person
        if anonymous and role is None:
            if definite and [t.i for t in words] == [head.i]:  # "The source said" after "a French police source"
                named = registry.named_lately(lambda a: a.name.casefold().split()[-1:] == [head.lower_] and bool(a.role),
                                              offset + chunk.start_char)
                if named is not None:
                    return named
            return registry.find_by_name(text) or registry.add(Actor(text, "group"))
        kind: Literal["person", "group"] = "person" if head.lemma_ in PERSON_ROLE_HEADS and head.tag_ == "NN" else "group"
        if country is None and role in PLACED_GROUP_ROLES and head.tag_ == "NNS" and not definite and owner is None:
            # "Protesters surrounded the US Embassy in Berlin" after "protesters" in London: a bare
            # plural names new people, placed by their own sentence, not those named before
            return registry.add(Actor(text, kind, country, role))
        return registry.find_described(text, country) or registry.add(Actor(text, kind, country, role))

    @staticmethod
    def _resolve_title(head: Token, role: str | None, country: str | None, registry: ActorRegistry, before: int) -> Actor | None:
        """"the prime minister" → the person titled so; "the Israeli leader" → Israel's main person in government."""
        def titled(actor: Actor) -> bool:
            # "the North Korean president" after "President Trump": a title of another country's is not his;
            # "the president" after "former President X" is not X, who no longer holds the office;
            # nor after "Vice President X", who holds another one
            title = registry.titles.get(id(actor), "").split()
            return actor.kind == "person" and head.lemma_ in title and (country is None or actor.country == country) \
                and (not FORMER_WORDS & set(title) or _formerly(head)) \
                and SECOND_RANK_WORDS & set(title) == SECOND_RANK_WORDS & {t.lower_ for t in head.lefts}

        leader = _leader_title(head)

        def leads(actor: Actor) -> bool:
            # "the Israeli leader": a country must say whose; "the president" is never just
            # anyone in government (the press secretary).
            # Not a former official ("the former U.S. ambassador" is no other former official of the US)
            # Another office is no leader's ("the Russian ambassador" is not Putin), only one described so before
            return actor.kind == "person" and actor.role == role and role != ELITES and country is not None \
                and actor.country == country and (leader or actor.name.lower().split()[-1:] == [head.lower_])

        found = registry.most_recent(titled, before)
        if found is not None and country is None and _title_names_country(registry.titles.get(id(found), "")):
            # "The president has also signaled" after "President Trump" and "Chinese President Xi
            # Jinping": a title the story had to give a country names a foreign holder; the bare
            # one is the holder it titled with none
            found = registry.most_recent(lambda a: titled(a) and not _title_names_country(registry.titles.get(id(a), "")),
                                         before) or found
        found = found or registry.most_recent(leads, before)
        return _holder_on_the_day(found, role, registry, before, head, leader)

    @staticmethod
    def _appositions(doc: Doc, by_token: dict[int, Mention], registry: ActorRegistry) -> None:
        """"Putin's spokesman, Dmitry Peskov": the named person takes the description's code."""
        firsts: dict[int, int] = {}
        for i, m in by_token.items():
            firsts[id(m)] = min(i, firsts.get(id(m), i))
        for token in (doc[i] for i in sorted(by_token)):  # the words of mentions, in order: no other can be one
            mention = by_token[token.i]
            if mention.actor.kind != "person":
                continue
            first = firsts[id(mention)]
            partner = None
            if first >= 2 and doc[first - 1].text == "," and not _opens_clause(doc[first - 2], doc[first]):
                partner = by_token.get(first - 2)
                if partner is None and doc[first - 2].lower_ in PERSON_ROLE_HEADS and mention.label == "PERSON":
                    # "Turkey's President, Recep Tayyip Erdogan": titled as much as "President Erdogan"
                    # is, so "the president" later may be him, not another president titled so
                    registry.titles.setdefault(registry.key(mention.actor), doc[first - 2].lower_)
                closing = doc[first - 2]
                if partner is not None and partner.actor.kind == "country" and not partner.actor.role:
                    # "the U.N. envoy for Yemen, X": the country closes the description, whose head says who X is
                    head = closing.head.head if closing.dep_ == "pobj" and closing.head.dep_ == "prep" else None
                    partner = by_token.get(head.i) if head is not None and head.i < closing.i else None
            if partner is None and token.dep_ == "appos":
                partner = by_token.get(token.head.i)
            if partner is None:
                for child in token.children:
                    if child.dep_ == "appos" and child.i in by_token:
                        partner = by_token[child.i]
            if partner is not None and partner.actor is not mention.actor and (partner.actor.role or _body_member(partner)) \
                    and partner.actor.kind != "outlet":  # "Talking to All Things Considered, X": a person is no outlet
                described = partner.actor
                if mention.actor.country and described.country and mention.actor.country != described.country:
                    continue  # two people side by side, not one described
                if (described.kind == "organisation" and partner.label != "description") or (partner.label == "description" \
                        and doc[max(i for i, m in by_token.items() if m is partner)].lemma_.lower() in FIRM_NOUNS):
                    # "his son, Hunter Biden, and the firm that hired him, Burisma Holdings": a named body
                    # or a firm beside a person's name (the parser may hang one on the other) is not who he is
                    continue
                if described.kind == "person" and not is_description(described.name):
                    # "Barack Obama, Donald Trump and …": two named people are never one; nor is
                    # one named by a description that was read as someone named before ("Rob
                    # Porter, his staff secretary" taken for "Trump"): Trump stays himself
                    continue
                mention.actor.country = mention.actor.country or described.country
                mention.actor.role = mention.actor.role or described.role
                if described.kind == "person" and partner.label == "description":
                    registry.titles.setdefault(registry.key(mention.actor), partner.text.lower())  # "the Turkish president, X"
                if described.kind in {"person", "group"}:
                    mention.actor.aliases.extend(a for a in [described.name, *described.aliases] if a not in mention.actor.aliases)
                    partner.actor = mention.actor  # the description is this person
                    if described in registry.actors:
                        registry.actors.remove(described)


def _body_member(partner: Mention) -> bool:
    """A description of no role that a body's country placed ("president of the French Football
    Federation" is FRA): the person it describes is that body's, so takes its country."""
    return partner.label == "description" and partner.actor.kind == "person" and bool(partner.actor.country)


def _full_name_surnames(parsed: ParsedDocument) -> set[str]:
    """The surnames (case-folded) of the people a document names in full ("Hope Hicks"), in any paragraph."""
    found: set[str] = set()
    for paragraph in parsed.paragraphs:
        for ent in paragraph.doc.ents:
            if ent.label_ == "PERSON" and " " in ent.text.strip() and is_full_name(ent.text) \
                    and not looks_glued(ent.text) and known_person(ent.text) is None:
                found.add(ent.text.removesuffix("'s").removesuffix("’s").split()[-1].casefold())
    return found


def _short_names(mentions: list[Mention], registry: ActorRegistry, body: str) -> None:
    """A name with no code where the story says it short ("Tlaib", "Mrs May", "the Post") is the
    one person or outlet the same story names in full with a code ("Rep. Rashida Tlaib", "The
    Washington Post"), in a paragraph before or after: one candidate only, never another document's.
    A full name is never another's ("Michelle Obama" is not Barack Obama); a courtesy title's
    gender must agree ("Ms. Ohr" is not Bruce Ohr)."""
    actors = list({id(m.actor): m.actor for m in mentions}.values())
    own = outlet_by_name(re.split(r"\s+[-–]\s+", registry.outlet)[0]) if registry.outlet else None
    # "the Post", not "Post" ("Post office", a name's word): an outlet's short name wants its article
    articled = {id(m.actor) for m in mentions if m.text.lower().startswith("the ") or body[max(m.start - 4, 0) : m.start].lower() == "the "}
    replaced: dict[int, Actor] = {}
    for actor in actors:
        if actor.country or actor.kind not in {"person", "organisation"}:
            continue
        words = _bare_words(actor.name)
        if not words or not is_name(" ".join(words)):
            continue
        full = _full_named(words, actor, actors, registry)
        if full is None and actor.kind == "organisation" and len(words) == 1 and id(actor) in articled:
            full = _outlet_named(words[0], actors, own)
        if full is not None:
            full.role = full.role or (actor.role if full.kind == "person" else None)  # "A career official, Dr X"
            replaced[id(actor)] = full
            full.aliases.extend(a for a in [actor.name, *actor.aliases] if a not in full.aliases and a != full.name)
    for mention in mentions:
        mention.actor = replaced.get(id(mention.actor), mention.actor)


# The people a story names, by case-folded surname ({surname: ids of their actors}), and each actor by id
PeopleBySurname = tuple[dict[str, set[int]], dict[int, Actor]]


def _people_by_surname(mentions: list[Mention]) -> PeopleBySurname:
    """The people a story names (in full, or a known person by one word), by case-folded surname:
    {surname: ids of their actors}, and each actor by id."""
    people: dict[str, set[int]] = {}
    by_id: dict[int, Actor] = {}
    for mention in mentions:
        actor = mention.actor
        if actor.kind != "person" or actor.country in FIRST_WORD_COUNTRIES:
            continue
        words = _bare_words(re.sub(r"['’]s$", "", actor.name))
        if not words or not is_name(" ".join(words)) or (len(words) < 2 and known_person(words[0]) is None):
            continue
        people.setdefault(words[-1].casefold(), set()).add(id(actor))
        by_id[id(actor)] = actor
    return people, by_id


def _families(parsed: ParsedDocument, mentions: list[Mention], people_by_surname: PeopleBySurname,
              registry: ActorRegistry) -> list[Mention]:
    """A family named by its plural surname ("the Bidens", "the Clintons") is of the one coded
    person of that surname the story names (their country and role, as CAMEO codes a leader's
    kin); a story whose people of that surname bear two codes, or none, codes no family. New
    mentions, or the family for an uncoded one the recogniser made of the word."""
    people, by_id = people_by_surname
    if not people:
        return []
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    families: dict[str, Actor] = {}
    found: list[Mention] = []
    for paragraph in parsed.paragraphs:
        doc, offset = paragraph.doc, paragraph.offset
        strings = doc.vocab.strings
        # the words read from the paragraph's word ids, a Token made only for a word after "the"
        words = doc.to_array([ORTH, LOWER]).tolist()
        the = strings["the"]
        for index in range(1, len(words)):
            if words[index - 1][1] != the or not strings[words[index][0]].endswith("s"):
                continue
            token = doc[index]
            if token.pos_ != "PROPN":
                continue
            surname = token.text.casefold()
            ids = people.get(surname[:-1]) or people.get(surname.removesuffix("es")) or set()
            codes = {(by_id[i].country, by_id[i].role) for i in ids if by_id[i].country}
            named = at.get(offset + token.idx)
            if len(codes) != 1 or (named is not None and named.actor.code):
                continue
            country, role = codes.pop()
            if surname not in families:  # (not found by name: the recogniser's uncoded "Obamas" bears it too)
                families[surname] = registry.add(Actor(token.text, "group", country, role))
            family = families[surname]
            if named is not None:
                named.actor = family
            else:
                found.append(Mention(offset + token.idx, offset + token.idx + len(token), token.text, family, "family"))
    return found


def _retold_surnames(parsed: ParsedDocument, mentions: list[Mention], people_by_surname: PeopleBySurname,
                     registry: ActorRegistry) -> list[Mention]:
    """A bare surname the small model left as no one ("Pence" read as coins, "Tlaib" as a place,
    "Cole" as a product) where it is an actor's word: a whole name by itself (or after a courtesy
    or rank title: "Mr Hadi", "Col. Vindman") that is a clause's subject or object, and the story
    names exactly one person of that surname in full and knows their country. New mentions of
    that person; a story naming two of that surname ("Bill" and "Hillary Clinton"), or none in
    full, gets none. After a place preposition ("in Jackson") or as a date ("in May") no name is read."""
    people, by_id = people_by_surname
    if not people:
        return []  # no person named in full: no surname to find (spares a pass over every word)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for paragraph in parsed.paragraphs:
        doc, offset = paragraph.doc, paragraph.offset
        strings = doc.vocab.strings
        # the words read from the paragraph's word ids, a Token made only for a surname
        for i, word in enumerate(doc.to_array(ORTH).tolist()):
            text = strings[word]
            ids = people.get(text.casefold())
            if not ids or len(ids) != 1 or not text[:1].isupper():
                continue
            token = doc[i]
            if offset + token.idx in covered:
                continue
            actor = by_id[next(iter(ids))]
            first = _retold_name_start(token, actor, registry)
            if actor.country and first is not None and _actor_slot(token):
                start, end = offset + doc[first].idx, offset + token.idx + len(token)
                found.append(Mention(start, end, doc[first : token.i + 1].text, actor, "surname"))
                covered.update(range(start, end))
    return found


def _retold_name_start(token: Token, actor: Actor, registry: ActorRegistry) -> int | None:
    """Where a retold surname's mention starts (at its title, if one leads it), or None when the
    word is no whole name: part of a longer name or entity ("Trump Tower"), a date ("May"), a
    noun that is no name ("pence" in lower case), or after a courtesy title of the other gender."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.text in MONTHS or token.ent_type_ in NOT_NAME_ENTITIES:
        # a name the tagger took for a common noun ("Trump talked tough", "Pence met Abe") leaves
        # the rest of its parse unsure too: whom it acts on is often misread (round 33, seed 12 articles)
        return None
    if token.ent_iob_ == "B" and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return None
    if token.ent_iob_ == "I":
        return None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text[:1].isupper() and following.pos_ in {"PROPN", "NOUN"}:
        return None
    before = doc[token.i - 1] if token.i > 0 else None
    if before is None or not before.text[:1].isupper() or before.pos_ not in {"PROPN", "NOUN"}:
        return token.i
    title = before.lower_.rstrip(".")
    gender = GENDERED_TITLES.get(before.lower_) or GENDERED_TITLES.get(title)
    if gender is not None:
        return before.i if (registry.genders.get(id(actor)) or gender_of(actor.name)) in {gender, None} else None
    if title in COURTESY_TITLES or split_title(f"{before.text} {token.text}")[0]:
        return before.i  # "Mr Hadi", "Col. Vindman"
    return None


def _actor_slot(token: Token) -> bool:
    """A clause's subject or object (not a verb of saying's: see below), an owner, or one joined to
    such a word; a preposition's object only where the preposition says whom an act is done to or
    with and is no place's ("with", "against", "by"; not "in", "to", nor a time's "after")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_LEMMAS:
        return False  # "Earnest said …": a speaker, whom the attribution reads; no statement of its own is added
    if token.dep_ == "nsubj" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.head.children):
        return False  # "not long after Pelosi to denounce the bid": an infinitive has no subject; a misparse
    if token.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "poss"}:
        return True
    return token.dep_ == "pobj" and token.head.dep_ in {"prep", "agent"} and token.head.lower_ in OBJECT_PREPS \
        and token.head.lower_ not in LOCATIVE_PREPS


def _bare_words(name: str) -> list[str]:
    """A name's words without a title or courtesy title before it ("Mrs May" → ["May"])."""
    words = split_title(name)[2].split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in COURTESY_TITLES or words[0].lower() in GENDERED_TITLES):
        words = words[1:]
    return words


def _full_named(words: list[str], actor: Actor, actors: list[Actor], registry: ActorRegistry) -> Actor | None:
    """The one person of the story whose full name ends with these words and holds more (given
    names before them), if that person has a country."""
    key = [w.casefold() for w in words]
    candidates = [a for a in actors if a is not actor and a.kind == "person"
                  and len(full := [w.casefold() for w in _bare_words(a.name)]) > len(key) and full[-len(key):] == key]
    if len(candidates) != 1 or not candidates[0].country:
        return None
    found = candidates[0]
    titled = GENDERED_TITLES.get(actor.name.split()[0].lower().rstrip(".")) or registry.genders.get(id(actor))
    if titled and (registry.genders.get(id(found)) or gender_of(found.name)) != titled:
        return None  # "Mrs. Gowdy" or "Ms. Ohr": his mother or wife, not him
    return found


def _outlet_named(word: str, actors: list[Actor], own: Outlet | None) -> Actor | None:
    """The one outlet of the story (or the story's own) whose name's head is this word: "the Post"
    after "The Washington Post", "the Globe" after "The Globe and Mail"."""
    key = word.casefold()

    def headed(name: str) -> bool:
        words = [w for w in re.findall(r"\w+", name.casefold())]
        words = words[1:] if words and words[0] == "the" else words
        return len(words) > 1 and key in {words[-1], words[0]}
    candidates = [a for a in actors if a.kind == "outlet" and a.country and headed(a.name)]
    if not candidates and own is not None and headed(own.name):
        return Actor(own.name, "outlet", own.country, "MED")
    return candidates[0] if len(candidates) == 1 else None


def _aged(ent: Span) -> bool:
    """A name followed by an age between commas: "Hicks, 29, was leaving" is a person."""
    after = ent.doc[ent.end : ent.end + 3]
    return len(after) == 3 and after[0].text == "," and after[2].text == "," and after[1].text.isdigit() \
        and 0 < int(after[1].text) < 120


def _untagged_name_runs(doc: Doc, tokens: list[Token], by_token: dict[int, Mention]) -> Iterator[Span]:
    """Whole runs of capitalised proper nouns that no entity or mention holds: "Denmark" where the
    small model tagged nothing. A run is read whole, so "Denmark Street" or "Chad Smith" is no country.
    `tokens`: the doc's, made once by the caller (each `doc[i]` makes a new Token)."""
    i = 0
    while i < len(tokens):
        start = i
        while i < len(tokens) and tokens[i].pos_ == "PROPN" and tokens[i].text[:1].isupper() and not tokens[i].ent_type_ \
                and i not in by_token:
            i += 1
        # nor part of a longer name the model tagged in part ("Georgia" before a tagged "Tech")
        if i > start and (start == 0 or tokens[start - 1].pos_ != "PROPN") and (i == len(tokens) or tokens[i].pos_ != "PROPN"):
            yield doc[start:i]
        i = max(i, start + 1)


def _opens_clause(before: Token, name: Token) -> bool:
    """"Per Swedish media, Spencer was …", "According to officials, X said": the phrase before the
    comma is a preposition's object and the name its clause's subject (or the owner of that
    subject: "support for the special counsel, Trump's campaign … has paid"). So too a description
    that speaks after an object: "will meet Iraqi officials, a spokesman said" (the spokesman is not
    the officials met)."""
    while name.dep_ in {"compound", "flat", "det", "amod"} and name.head.i > name.i:
        name = name.head  # "Richard" → "Spencer", "a" → "spokesman"
    if name.dep_ == "poss":
        name = name.head
    return before.dep_ in {"pobj", "dobj"} and name.dep_ in {"nsubj", "nsubjpass"} and name.head.i > name.i


def _holder_on_the_day(found: Actor | None, role: str | None, registry: ActorRegistry, before: int, head: Token,
                       leader: bool) -> Actor | None:
    """"The president" in a 2018 story that named "President Obama" before "Mr Trump": when the
    titled person is known to be out of that office on the story's day, the person of the same
    country known to hold an office of that role on the day, if the story named one: titled by the
    same word, or, for a country's leader, by no other title ("the president" is not the attorney
    general or the press secretary, who hold offices of the same role). `leader`: whether `head` names
    a country's leader (`_leader_title`)."""
    if found is None or registry.day is None or role is None:
        return found
    office = known_person(found.name) or next((known_person(a) for a in found.aliases if known_person(a)), None)
    if office is None or office.code_on(registry.day)[3:] == role:
        return found
    wanted = role_phrase(_phrase(head).text) or head.lemma_.lower()

    def in_office(actor: Actor) -> bool:
        holder = known_person(actor.name)
        return (actor.kind == "person" and holder is not None and holder is not office
                and holder.code_on(registry.day) == f"{found.country}{role}")

    def titled(actor: Actor) -> bool:
        return in_office(actor) and role_phrase(registry.titles.get(id(actor), "")) == wanted

    def untitled_leader(actor: Actor) -> bool:  # "Mr Trump", "classic Trump": no office named
        return leader and in_office(actor) and role_phrase(registry.titles.get(id(actor), "")) is None
    return registry.most_recent(titled, before) or registry.most_recent(untitled_leader, before) or found


# The words for a country's leader: "the Israeli leader", "the Japanese prime minister".
LEADER_OFFICES = frozenset({"leader"})


def _leader_title(head: Token) -> bool:
    """Whether a role noun's phrase names a country's leader ("the Israeli leader", "the Russian
    president", "the Japanese prime minister"), whom the one person leading that country the story
    named may be; another office ("the Russian ambassador", "a U.S. official", "the foreign
    minister", "the attorney general") is never that person's."""
    return (role_phrase(_phrase(head).text) or "") in HEAD_OFFICES or head.lemma_.lower() in LEADER_OFFICES


def _described_bodies(doc: Doc, by_token: dict[int, Mention]) -> None:
    """"Tasnim, an agency run by the Iranian government": a body of no known country
    takes the one its apposition names, and the apposition's role if it has none."""
    for i, mention in list(by_token.items()):  # the mentioned tokens only: iterating a Doc is slow
        if mention.actor.kind not in {"organisation", "outlet"} or mention.actor.country:
            continue
        token = doc[i]
        for appos in (c for c in token.children if c.dep_ == "appos" and c.i not in by_token):
            words = list(appos.subtree)[:12]  # the describing phrase, not a clause hung on it
            country = _country_in(words, by_token)
            if country is not None:
                mention.actor.country = country
                mention.actor.role = mention.actor.role or role_of(_phrase(appos).text) or (
                    "MED" if appos.lemma_ in MEDIA_HEADS | {"website", "site", "channel"} else None)
                break


def _described_parties(doc: Doc, by_token: dict[int, Mention]) -> None:
    """"Golden Dawn, a neo-Nazi party", "the Freedom Alliance, the far-right party": a named body of
    no known role that its apposition calls a party is one (PTY), of the country the apposition
    names if it has none."""
    for i, mention in list(by_token.items()):
        actor = mention.actor
        if actor.kind != "organisation" or actor.role or mention.label != "ORG":
            continue
        for appos in (c for c in doc[i].children if c.dep_ == "appos" and _is_common_noun(c)):
            if role_of(_phrase(appos).text) != PARTY or any(c.dep_ == "prep" for c in appos.children):
                continue  # "Siemens, a party to the lawsuit": one side of a case or a deal, no political party
            described = by_token.get(appos.i)
            actor.role = PARTY
            actor.country = actor.country or (described.actor.country if described is not None else None) \
                or _country_in(_phrase(appos), by_token)
            break


def _described_people(doc: Doc, by_token: dict[int, Mention]) -> None:
    """"Hideki Matsuyama, a Japanese golfer", "Trump's campaign chairman, Paul Manafort", "Hope
    Hicks, one of Trump's aides": a named person of no known country takes the one the noun
    beside the name gives in its own words (a demonym, or the person or country whose it is);
    not one from a clause hung on that noun, nor where the person was born or is based."""
    for i, mention in list(by_token.items()):
        actor = mention.actor
        if actor.kind != "person" or actor.country or mention.label != "PERSON":
            continue
        token = doc[i]
        nouns = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            nouns.append(token.head)  # "Trump's former campaign chairman, Paul Manafort"
        for noun in nouns:
            if noun.pos_ == "NUM" and noun.lower_ == "one":  # "one of Trump's aides"
                noun = next(iter(objects_of(noun, {"of"})), noun)
            if noun.i in by_token or not _is_common_noun(noun):
                continue
            words = list(_phrase(noun))
            origin = [k for k, t in enumerate(words) if t.lower_ in ORIGIN_WORDS]
            words = words[origin[-1] + 1 :] if origin else words  # "a Russian-born American banker"
            country = _country_in(words, by_token)
            if country is not None and country not in NOT_COUNTRIES and country.isalpha():
                actor.country = country
                break
        if actor.country:
            continue
        # "Kim Yong Chol, a former spy chief and trusted adviser to North Korea's leader": an aide
        # to a person of a country is of that country (not "envoy to Iran": a country named so is
        # where he is sent)
        served = {by_token[g.i].actor.country for noun in nouns for n in (noun, *noun.conjuncts)
                  if n.lemma_ in PERSON_ROLE_HEADS for c in n.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj" and g.i in by_token and by_token[g.i].actor.kind == "person"}
        served = {c for c in served if c and c.isalpha() and c not in NOT_COUNTRIES}
        if len(served) == 1:
            actor.country = served.pop()


def _affiliated_people(doc: Doc, by_token: dict[int, Mention]) -> None:
    """"Ana Ruiz, a nutrition officer at UNICEF", "Paul Berg, an analyst at the International
    Crisis Group": a named person the story codes no other way works for the coded
    body the noun beside the name says they are of, at or for, and takes its code (CAMEO codes a
    body's staff as the body) for every mention. Not someone who did so once ("a former analyst
    at"), nor a body named in a clause hung on the noun; a body with no country gives no bare role.
    Only "at" says so of any noun; "of", "for" and "with" only of a role noun ("the head of", "a
    spokeswoman for"): "a critic of Hamas", "a victim of ISIS", "a candidate for the Senate" are not
    its staff."""
    for i, mention in list(by_token.items()):
        actor = mention.actor
        if actor.kind != "person" or actor.code or mention.label != "PERSON":
            continue
        token = doc[i]
        beside = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
        for noun in (n for head in beside for n in (head, *head.conjuncts)):
            if noun.i in by_token or not _is_common_noun(noun) or _formerly(noun):
                continue
            role_noun = noun.lemma_.lower() in PERSON_ROLE_HEADS or role_of(noun.lemma_) is not None
            preps = AFFILIATION_PREPS if role_noun else WORKPLACE_PREPS
            bodies = [by_token[w.i].actor for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
                      for g in prep.children if g.dep_ == "pobj"
                      for w in (g, *(c for c in g.children if c.dep_ == "poss")) if w.i in by_token]
            body = next((b for b in bodies if b.kind == "organisation" and b.country and b.role), None)
            if body is not None:
                actor.country, actor.role = body.country, body.role
                break


def _acting_as(tokens: list[Token], by_token: dict[int, Mention]) -> None:
    """"As chairman of the Senate Foreign Relations Committee, Kerry flew to Muscat": in that
    clause the person acts in the office its "as" names (USALEG), whatever office the story gives
    him elsewhere; his other mentions keep their own. `tokens`: a paragraph's."""
    for token in tokens:
        if token.lower_ != "as" or token.dep_ != "prep" or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        office = next((by_token[g.i] for g in token.children if g.dep_ == "pobj" and g.i in by_token), None)
        if office is None or office.label != "description" or office.actor.kind != "person" or not office.actor.role:
            continue
        for subject in (c for c in token.head.children if c.dep_ == "nsubj" and c.i in by_token):
            mention = by_token[subject.i]
            actor = mention.actor
            if actor.kind != "person" or mention.label != "PERSON" or actor is office.actor or actor.role == office.actor.role \
                    or (office.actor.country and actor.country and office.actor.country != actor.country):
                continue
            mention.actor = Actor(actor.name, "person", actor.country or office.actor.country, office.actor.role, list(actor.aliases))


def _other_given_name(surname: Token, by_token: dict[int, Mention]) -> Token | None:
    """The untagged given name written just before an office holder's untagged surname, when the
    two are not the office holder's own name ("Ivanka Trump", "Hunter Biden"): a relative, or a
    namesake, not the office holder; never a title ("President Trump", "Mr. Trump")."""
    if surname.i == 0:
        return None
    given = surname.doc[surname.i - 1]
    if given.i in by_token or given.ent_type_ or given.pos_ != "PROPN" or given.dep_ != "compound" \
            or given.head.i != surname.i or not given.text[:1].isupper() or not given.text.isalpha():
        return None
    if given.lower_ in GENDERED_TITLES or given.lower_ in COURTESY_TITLES or role_of(given.text) is not None \
            or split_title(f"{given.text} {surname.text}")[0] or known_person(f"{given.text} {surname.text}") is not None:
        return None
    return given


def _possessor_before(doc: Doc, i: int) -> list[Token]:
    """The word before a possessive ending just before token i ("Fox News' Ed Henry": "News"), as
    written, whatever the parser hung it on."""
    start = i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start - 1].ent_type_ == doc[i].ent_type_:
        start -= 1  # the name's first word
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVE_ENDINGS:
        return []
    return [doc[start - 2]]


def _outlet_staff(doc: Doc, by_token: dict[int, Mention]) -> None:
    """"reporter Dave Weigel of The Washington Post", "Jim Acosta of CNN": a named person of no
    known country and no role but the media's, of an outlet, works for it: the outlet's country
    and the media's role (a bare MED says nothing of whose media). So does a name an outlet's
    possessive leads ("CNN's Nima Elbagir", "Fox News' Sean Hannity"), whether the recogniser
    took it for a person or for a body: an outlet's reporter, host or programme is its own."""
    for i, mention in list(by_token.items()):
        actor = mention.actor
        if actor.role not in {None, "MED"}:
            continue
        owner = next((by_token[c.i].actor for c in [*doc[i].children, *_possessor_before(doc, i)] if c.i in by_token
                      and by_token[c.i].actor.kind == "outlet" and by_token[c.i].actor.country
                      and (c.dep_ == "poss" or c.i < i)), None) \
            if mention.label in {"PERSON", "ORG"} and actor.kind in {"person", "organisation"} else None
        if owner is not None and actor.country in {None, owner.country}:  # (the outlet's country its title gave)
            actor.country, actor.role = owner.country, "MED"
            continue
        if actor.kind != "person" or mention.label != "PERSON" or actor.country:
            continue
        outlet = next((by_token[g.i].actor for c in doc[i].children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS
                       for g in c.children if g.dep_ == "pobj" and g.i in by_token and by_token[g.i].actor.kind == "outlet"),
                      None)
        if outlet is None:  # "Steve Inskeep, host of Morning Edition", "X, an NPR correspondent": the outlet of the noun beside the name
            nouns = [c for c in doc[i].children if c.dep_ == "appos"] + ([doc[i].head] if doc[i].dep_ == "appos" else [])
            outlet = next((by_token[t.i].actor for noun in nouns if noun.lower_ in MEDIA_HOSTS | MEDIA_PEOPLE
                           for t in list(noun.subtree)[:12] if t.i in by_token and t.i != i
                           and by_token[t.i].actor.kind == "outlet"), None)
        if outlet is not None:
            actor.country, actor.role = outlet.country, "MED"


FIRM_NOUNS = BUSINESS_HEADS | {"company", "firm", "business"}  # nouns that name a firm, never a person in it
ELITES = "ELI"  # CAMEO's agent code for former officials and other public figures
SHARED_PARTY_NAMES = word_list("newsevents.actors", "shared_party_names")  # "Conservative Party": several countries
PARTY = "PTY"  # CAMEO's role of political parties and their people


# A country's head of state or government: "Chad's former president, Idriss Deby, who was killed in
# 2021" held the office when the story's acts happened; the office holders' dates decide, not "former".
HEAD_OFFICES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "monarch", "emir", "sultan"})


def _read_divided_halves() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """data/divided_countries.txt: compass word → (country, countries that make it so, countries that make it ambiguous)."""
    def countries(cell: str) -> frozenset[str]:
        return frozenset(c.strip() for c in cell.split(";") if c.strip())

    return {word: (country, countries(wanted), countries(ambiguous))
            for word, country, wanted, ambiguous in rows("newsevents.actors", "divided_countries", 4)}


DIVIDED_HALVES = _read_divided_halves()


def _divided_half(word: str, registry: ActorRegistry) -> Country | None:
    """The country "the North" or "the South" names in this story so far, if only one can be meant."""
    country, wanted, ambiguous = DIVIDED_HALVES[word]
    named = {a.country for a in registry.actors if a.country}
    if not named & wanted or named & ambiguous:
        return None
    return country_by_iso3(country)


# "the kingdom", "the Islamic Republic": descriptions a country is told again by (see the data file)
COUNTRY_EPITHETS = {words: frozenset(c.strip() for c in countries.split(";") if c.strip())
                    for words, countries in rows("newsevents.actors", "country_epithets", 2)}
EPITHET_HEADS = frozenset(words.split()[-1] for words in COUNTRY_EPITHETS)


def _epithet_countries(head: Token) -> frozenset[str]:
    """The countries a "the" phrase ending in this noun may tell again by description ("the
    kingdom", "the oil-rich kingdom", "the Islamic Republic"), the longest listed epithet first;
    none for a phrase that goes on to name one ("the Kingdom of Saudi Arabia", "the Islamic
    Republic News Agency") or names another thing ("the Magic Kingdom", "the animal kingdom": a
    word before the epithet must be a plain adjective, or the demonym of one of its countries,
    which then is the one: "the Saudi kingdom")."""
    if head.lower_ not in EPITHET_HEADS or head.dep_ == "compound" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return frozenset()
    before = [c for c in head.lefts if c.dep_ in {"amod", "compound"}]
    for i in range(len(before) + 1):
        wanted = COUNTRY_EPITHETS.get(" ".join([c.lower_ for c in before[i:]] + [head.lower_]), frozenset())
        named = {country.iso3 for c in before[:i] if (country := country_by_demonym(c.text)) is not None}
        if wanted and named <= wanted \
                and all((c.pos_ == "ADJ" and c.text.islower()) or country_by_demonym(c.text) for c in before[:i]):
            return frozenset(named) or wanted
    return frozenset()


def _told_country(wanted: frozenset[str], registry: ActorRegistry, before: int) -> Actor | None:
    """Which of the countries an epithet can stand for the story means: the one it has named most
    often before (the country, its officials, its bodies): "the kingdom" in a story about Saudi
    Arabia that quotes the UK Foreign Office once is Saudi Arabia; none when two tie or none is named."""
    counts: Counter[str] = Counter()
    for actor in registry.actors:
        if actor.country in wanted:
            counts[actor.country] += sum(1 for at in registry.seen.get(id(actor), ()) if at < before)
    ranked = [(code, n) for code, n in counts.most_common(2) if n]
    country = country_by_iso3(ranked[0][0]) if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
    return None if country is None else registry.find_by_name(country.name) or registry.add(country_actor(country))


def _rebel_named(actor: Actor) -> bool:
    """Named as rebels of their own side ("Tory rebel MPs", "the rebel alliance" of MPs)."""
    return any(re.search(r"\brebel", name, re.IGNORECASE) for name in [actor.name, *actor.aliases])


def _role_of_with_of(head: Token, text: str) -> str | None:
    """The role of a role phrase the noun ends with its "of" ("a former chief of staff": the parser
    hangs "of staff" on "chief"); not an aide's to a person ("chief of staff to Pelosi" is no
    general), whose role only a former word decides (see `_formerly`)."""
    of = next((g for g in objects_of(head, {"of"}) if not any(x.dep_ in {"det", "poss", "prep"} for x in g.children)), None)
    if of is None:
        return None
    extended = f"{text} of {of.text}"
    found = role_phrase(extended)
    if found is None or " of " not in found:
        return None
    aide = any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
    return role_of(extended) if not aide or _formerly(head) else None


CAMPAIGN_HEADS = word_list("newsevents.actors", "campaign_heads")  # "the Trump campaign" (PTY)
# What a campaign is for, when it names an effort, not an election organisation ("Trump's campaign
# of maximum pressure", "a campaign against the Kurds", "his campaign to oust Maduro").
EFFORT_PREPS = frozenset({"of", "against", "to", "for"})


def _backs_a_revolt(head: Token) -> bool:
    """Does a people noun's own clause back a revolt against the government ("the people
    encouraging the coup", "those who backed the uprising", "activists behind the coup attempt")?"""
    def a_revolt(thing: Token) -> bool:  # "the coup", "the coup attempt"
        return thing.lemma_ in REVOLTS or any(c.dep_ == "compound" and c.lemma_ in REVOLTS for c in thing.children)

    # its own clause, or the one written right after it that the parser hung on the verb
    # ("act against the people “encouraging the coup”", "arrested activists behind the coup")
    after = next((t for t in head.doc[head.i + 1 : head.i + 3] if not t.is_punct), None)
    beside = [after] if after is not None and after.dep_ in {"advcl", "prep"} and after.head.i < head.i \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in after.children) else []
    for clause in [*head.children, *beside]:
        if clause.dep_ in {"acl", "relcl", "advcl"} and clause.lemma_ in REVOLT_BACKING_VERBS:
            things = [c for c in clause.children if c.dep_ == "dobj"]
        elif clause.dep_ == "prep" and clause.lower_ == "behind":
            things = [c for c in clause.children if c.dep_ == "pobj"]
        else:
            continue
        if any(a_revolt(thing) for thing in things):
            return True
    return False


def _campaign_noun(token: Token) -> bool:
    """A campaign noun, common ("campaign") or capitalised as a name the recogniser left untagged
    ("the Trump Campaign"): one election organisation, not "campaigns"."""
    if token.tag_ == "NN":
        return token.lemma_ in CAMPAIGN_HEADS
    return token.tag_ == "NNP" and not token.ent_type_ and token.lower_ in CAMPAIGN_HEADS


def _campaign_owner(head: Token, by_token: dict[int, Mention]) -> Actor | None:
    """The politician whose election organisation a campaign noun names ("the Trump campaign",
    "Clinton's campaign"): a person with a country written before it; not a campaign for
    something ("Trump's campaign of maximum pressure", "his campaign to oust Maduro"). Written
    as a name ("members of the Trump Campaign") it is the same organisation."""
    if not _campaign_noun(head):
        return None
    if any((c.dep_ == "prep" and c.lower_ in EFFORT_PREPS) or c.dep_ in {"acl", "relcl"} for c in head.children):
        return None
    owners = [by_token[c.i].actor for c in head.children
              if c.dep_ in {"poss", "compound"} and c.i < head.i and c.i in by_token]
    person = owners[0] if len(owners) == 1 and owners[0].kind == "person" else None
    return person if person is not None and person.country and person.country.isalpha() else None


def _title_names_country(title: str) -> bool:
    """Does a title name a country ("chinese president", "north korean leader", "president of france")?"""
    words = title.split()
    return any(country_by_demonym(phrase) is not None or country_by_name(phrase) is not None
               for n in (2, 1) for i in range(len(words) - n + 1) for phrase in [" ".join(words[i : i + n])])


def _named_namesake(ent: Span, text: str, registry: ActorRegistry) -> Actor | None:
    """"Jordan wasn't moved" after "Jim Jordan, the founding chairman of the Freedom Caucus": a
    one-word country name that is the surname of a person the story named in full is that person,
    unless it is the object of a preposition ("flew to Jordan"), where a country is a place, or
    modifies a noun ("the Jordan border", "Jordan's foreign minister"). So is an outlet's name that
    is an ordinary word, written without its "the" ("Hill testified" after "Fiona Hill": not the
    paper The Hill), after a preposition too ("met with Hill"), or the last word of a body's longer
    name ("Dawn" after "Golden Dawn"). A story that named no such person keeps the country or the
    outlet."""
    country = country_by_name(text) is not None
    articled = ent.text[:4].lower() == "the " or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")
    if " " in text or ent.label_ not in {"PERSON", "ORG", "GPE"} \
            or not (country or (outlet_name_is_word(text) and not articled)) \
            or ent.root.dep_ in ({"pobj"} if country else set()) | {"compound", "amod", "nmod"} \
            or (ent.root.dep_ == "poss" and role_of(ent.root.head.text) is not None):
        return None
    return next((actor for actor in reversed(registry.actors)
                 if (actor.kind == "person" or (not country and actor.kind == "organisation"))
                 and len(actor.name.split()) > 1 and actor.name.split()[-1] == text), None)


def _former_title(title_tokens: list[Token]) -> bool:
    """Does a title before a name say the office is no longer held ("Former Defense Secretary",
    "ex-Sen.", "retired Gen."), or a title joined to it by "and" that it shares a "former" with
    ("Former GOP presidential candidate and Arkansas Gov. X")?"""
    if any(t.lower_ in FORMER_WORDS for t in title_tokens):
        return True
    if title_tokens and title_tokens[0].i > 0 and title_tokens[0].nbor(-1).lower_ in FORMER_WORDS:
        return True  # "said retired Lt. Col. X": the parser reads "retired" as a verb, not a title word
    if not title_tokens or title_tokens[0].i < 2 or title_tokens[0].nbor(-1).lower_ != "and":
        return False
    doc, i = title_tokens[0].doc, title_tokens[0].i - 2
    while i >= 0 and (doc[i].pos_ in TITLE_POS or doc[i].text in {"-", "–"}):
        if doc[i].ent_type_ == "PERSON":
            return False  # "Former President X and Secretary of State Y": another person's title
        i -= 1
    return doc[i + 1].lower_ in FORMER_WORDS


def _described_envoy_country(title: str, registry: ActorRegistry, at: int) -> str | None:
    """"Ambassador X" just after "the Russian ambassador": the one country whose envoy its sentence
    or the two before describe by the same title word. An envoy serves abroad, so the country the
    story is about is as often his host's as his own."""
    word = title.lower().split()[-1]
    if word not in STATE_ENVOY_TITLES:
        return None

    def envoy(actor: Actor) -> bool:
        return actor.kind == "person" and bool(actor.country) and actor.name.lower().split()[-1] == word

    found = registry.named_lately(envoy, at)
    if found is None or registry.named_lately(lambda actor: envoy(actor) and actor.country != found.country, at):
        return None  # none, or envoys of two countries
    return found.country


def _office_holder(name: str) -> Person | None:
    """The office-holder table's row for a person's name, or for the name without its title."""
    return known_person(name) or known_person(split_title(name)[2])


# The words for a state's executive that English names by its leader: "the Obama Administration",
# "the Macron government".
NAMESAKE_GOVERNMENT_HEADS = frozenset({"administration", "government"})


def _namesake_country(ent: Span, registry: ActorRegistry) -> str | None:
    """The country of a government the recogniser took as a name, named by the person who leads it
    ("the Obama Administration", "the Bush Administration"): that person's, as the story or the
    office holders' table gives it; never the country of whoever acts on it in the sentence."""
    words = [t for t in ent if t.pos_ != "DET"]
    if len(words) < 2 or words[-1].lower_ not in NAMESAKE_GOVERNMENT_HEADS or not all(t.text[:1].isupper() for t in words[:-1]):
        return None
    leader = _text_of(words[:-1])
    named = registry.find_person_by_surname(leader)
    if named is not None and named.kind == "person" and named.country:
        return named.country
    office = _office_holder(leader)
    if office is not None:
        return office.code_on(registry.day)[:3]
    return family_country(leader, "GOV")


def _former_holder_role(name: str, title: str, role: str, day: date | None) -> str:
    """The role of a person titled as a former holder of an office of `role`: an elite (CAMEO's
    ELI, no office now), unless the office holders' dates say they hold an office on the story's
    day: that office's role ("former Vice President Biden" as president is GOV; as the opposition's
    candidate in 2019, OPP). With no day, an elite: "former" says the office is not held when the
    story is written, whichever of the person's offices came later ("former President Lula" is
    written between his terms, "former Secretary of State Hillary Clinton" after her last).
    A head of state named so with no known dates held the office when the story's acts happened
    as often as not ("Chad's former president X, who was killed in 2021"): the office's role."""
    office = _office_holder(name)
    if office is not None:
        held = office.code_on(day)[3:] if day is not None else ""
        return held if held in ROLE_CODES else ELITES  # an international body's post (IGOUNO) is no role
    return role if role_phrase(title) in HEAD_OFFICES else ELITES


def _formerly(head: Token) -> bool:
    """Does a role noun's own phrase say the office is no longer held ("a former chief of staff",
    "ex-officials", "the retired general")? Not one still holding another it names beside it ("a
    former spy chief and trusted adviser to the leader" advises him now)."""
    if any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in head.children):
        return False
    return any(t.lower_ in FORMER_WORDS for t in head.lefts if t.dep_ in {"amod", "compound", "advmod", "nmod"}) \
        or any(t.lower_ in FORMER_WORDS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in {"-", "–"}
               for t in head.doc[_phrase(head).start : head.i])


# Where a person comes from or works is not their country: "Russian-born", "London-based".
ORIGIN_WORDS = frozenset({"born", "based", "raised", "educated"})
BIRTH_WORDS = ORIGIN_WORDS - {"based"}  # a body's seat ("a London-based firm") is its country; a birthplace is not
HYPHENS = frozenset({"-", "–"})
AFFILIATION_PREPS = frozenset({"at", "of", "for", "with"})  # a role noun's: "director of", "a spokeswoman for"
WORKPLACE_PREPS = frozenset({"at"})  # any noun's: "an analyst at"; not "a critic of", "a candidate for"
# bodies, regions, and the ethnic and religious groups coded in the country slot ("the Kurds" KUR)
NOT_COUNTRIES = {"IGO", "NGO", "IMG", "MNC", "EUR", "AFR", "ASA", "WST", "MEA"} \
    | {p.code[:3] for p in PEOPLES if country_by_iso3(p.code[:3]) is None}
# A state's bodies: one that acts on other countries is not theirs ("the Foreign Ministry called on
# the US"); gunmen, companies or civilians acting on a country's people may be anyone's.
STATE_ROLES = {"GOV", "MIL", "JUD", "LEG", "SPY", "COP"}
CLIENT_BODY_ROLES = frozenset(STATE_ROLES - {"JUD"})
# A state's bodies whose being acted on says the actor is foreign: not its courts and legislators,
# whom its own government petitions or answers at home ("the administration asked the judge to …")
FOREIGN_SIGN_ROLES = frozenset(STATE_ROLES - {"JUD", "LEG"})  # a state body whose lawyers speak as the body
# Roles whose definite plural ("the rebels", "the insurgents") names the group of that role the
# story has just named, whose country is its own, not that of the state fighting it.
NAMED_GROUP_ROLES = frozenset({"REB"})
# Roles of people who protest, strike or petition at home: acting on their own state's leader or
# government is no sign that they are foreign.
HOME_PEOPLE_ROLES = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "HLH"})
# Roles of people who belong where they are and whom a bare plural names anew each time ("protesters",
# "police", "students" in London, then in Berlin; "companies", "dissidents"); not a state's or a
# party's bodies, named once.
PLACED_GROUP_ROLES = frozenset({"CVL", "COP", "EDU", "LAB", "REF", "AGR", "HLH", "BUS", "OPP"})
# Roles a people's own adjective names members of ("Kurdish fighters", "Uighur civilians").
PEOPLE_MEMBER_ROLES = frozenset({"REB", "CVL", "REF"})


def _speaker_of(pronoun: Token, by_token: dict[int, Mention]) -> Actor | None:
    """The speaker of the statement a pronoun is the subject in, if a mention."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING_VERBS:
        return None
    for child in clause.head.children:
        if child.dep_ == "nsubj" and child.i in by_token:
            return by_token[child.i].actor
    return None


# Verbs whose subject "it" may stand for a clause put after them ("it seems that …").
COPULAR_VERBS = frozenset({"be", "seem", "appear", "remain", "become"})
# Where that clause hangs: a that- or whether-clause on the verb, a relative clause on the predicate
# noun. Not a to-clause: "it was slow to comply" is the department's own slowness.
VERB_CLAUSE_DEPS = frozenset({"ccomp", "csubj"})
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _expletive(pronoun: Token) -> bool:
    """Is a subject "it" the empty subject of a copular clause whose real subject is a clause put
    at its end: "It is unclear whether …", "It was the first time the
    administration fingered Russia", "It was Russia that …" (a cleft)? English grammars call it
    extraposition's anticipatory "it": it stands for no actor, so it takes no antecedent. (A
    to-clause may be the subject's own, "it was slow to comply": read as referential.)"""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in COPULAR_VERBS:
        return False
    # the clause hangs on the verb ("It is unclear whether …"), or on its predicate noun ("the first
    # time …", "Russia that …"); one on a predicate adjective is the adjective's own ("it was
    # confident a deal could be reached": the ministry was)
    clauses = [c for c in verb.children if c.dep_ in VERB_CLAUSE_DEPS] \
        + [c for p in verb.children if p.dep_ == "attr" for c in p.children if c.dep_ in NOUN_CLAUSE_DEPS]
    return any(c.i > pronoun.i for c in clauses)


def _voices(pronoun: Token, by_token: dict[int, Mention], quotes: list[tuple[int, int]] | None = None) -> set[int]:
    """Actors (by id) who speak the quotation a third-person pronoun sits in: its speaker as the
    actors step read them into its "I" and "we", and the subject of the verb that reports it
    ("“He dismissed ISIS,” Cruz said"). None of them is "he", "she" or "they" there; outside
    quotations, none. `quotes`: the paragraph's `quotations`, when the caller has them."""
    quote = quote_of(pronoun, quotes)
    if quote is None:
        return set()
    first, last = quote
    voices = {id(by_token[t.i].actor) for t in pronoun.doc[first : last + 1]
              if t.i in by_token and (t.lower_ in FIRST_PERSON or t.lower_ in FIRST_PERSON_POSSESSIVES)}
    speaker = _speaker_of(pronoun, by_token)
    if speaker is not None:
        voices.add(id(speaker))
    return voices


def _named_in_own_clause(pronoun: Token, by_token: dict[int, Mention]) -> set[int]:
    """Actors (by id) named after a subject pronoun in its own clause, or joined to it: none of
    them is whom the pronoun stands for ("He also congratulated Trump", "He urges the president
    to call …", "he and Merkel met": he is someone else). A predicate noun may be the pronoun
    itself ("he is the foreign minister"), and an apposition is it ("he, the minister, said")."""
    clause = pronoun.head
    own = set(t.i for t in pronoun.subtree) - set(t.i for c in pronoun.conjuncts for t in c.subtree)
    named: set[int] = set()
    for token in clause.subtree:
        if token.i <= pronoun.i or token.i not in by_token or token.i in own:
            continue
        # not a predicate noun, nor a name in a clause hung on a noun or an adverbial clause
        # ("when it decides whether to hit Iran, such as an attack Damascus accused Israel of")
        path = itertools.takewhile(lambda t: t.i != clause.i, [token, *token.ancestors])
        if not any(t.dep_ in LOOSE_CLAUSES for t in path):
            named.add(id(by_token[token.i].actor))
    return named


def _named_in_its_participle(pronoun: Token, by_token: dict[int, Mention]) -> set[int]:
    """Actors (by id) named in a participle clause with no subject of its own hung on a subject
    pronoun's verb ("Addressing leaders including Trump and Putin, he described …"): its unsaid
    subject is the pronoun, so those it names are others; not an owner ("Speaking at Merkel's
    party congress, she …" may be Merkel), nor one named after "as" ("Speaking as President X, he")."""
    named: set[int] = set()
    for clause in pronoun.head.children:
        if clause.dep_ != "advcl" or clause.tag_ not in {"VBG", "VBN"} \
                or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children):
            continue
        for token in clause.subtree:
            path = (t for t in (token, *token.ancestors) if clause.is_ancestor(t))  # the words up to the clause
            if token.i in by_token and not any(t.dep_ == "poss" or t.lower_ == "as" for t in path):
                named.add(id(by_token[token.i].actor))
    return named


# Where a name is out of a subject pronoun's reach: predicate nouns ("he is the minister"),
# clauses on nouns, adverbial clauses, loose parataxis.
LOOSE_CLAUSES = {"attr", "oprd", "acomp", "relcl", "acl", "advcl", "parataxis", "appos"}


def _untaken_title(token: Token, by_token: dict[int, Mention]) -> tuple[str | None] | None:
    """The role of a clause's subject that is one person's title no person actor stands for ("the
    congresswoman", "the envoy" the coder took for no one), as a 1-tuple, since a title may name no
    role; None for any other subject."""
    if not _unpersoned_subject(token, by_token):
        return None
    title, role, _ = split_title(f"{token.text} X")
    return (role,) if title else None


def _unpersoned_subject(token: Token, by_token: dict[int, Mention]) -> bool:
    """Whether a clause's subject is a singular common noun no person actor stands for (the coder
    took it for no one, or for a body): one whom a later "he" or "she" may go on with."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.tag_ != "NN":
        return False
    mention = by_token.get(token.i)
    return mention is None or mention.actor.kind != "person"


def _unplaced_name_subject(token: Token, by_token: dict[int, Mention]) -> bool:
    """Whether a clause's subject is a name no "he"/"she" can be given: a capitalised proper noun
    the recogniser left untagged ("the senior Paul"), or tagged as a person of no known kind or as
    a body of no code ("Rand"); not a country, place or people, nor a listed body. So is one
    person named by no name at all ("the attacker", "a man": UNNAMED_PERSON_NOUNS)."""
    if token.dep_ in {"nsubj", "nsubjpass"} and token.tag_ == "NN" and token.lemma_.lower() in UNNAMED_PERSON_NOUNS:
        # "The attacker was a convicted terrorist. The paper added he was …": he is the attacker,
        # whom no person actor stands for, not someone named paragraphs before
        return _unpersoned_subject(token, by_token)
    if token.dep_ != "nsubj" or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    mention = by_token.get(token.i)
    if mention is None:
        # "NORP": the small model takes some surnames for a people ("Sessions perjured himself")
        return token.ent_type_ in {"", "PERSON", "ORG", "NORP"} and country_by_name(token.text) is None \
            and country_by_demonym(token.text) is None and role_word(token.lower_) is None
    # not a span the recogniser glued together ("Schmidt's Mercedes"): no one's name
    return mention.label in {"PERSON", "ORG"} and not mention.actor.code and mention.actor.kind in {"person", "organisation"} \
        and not looks_glued(mention.text) and not any(q in mention.text for q in DOUBLE_QUOTES)


def _joint_speakers(pronoun: Token, by_token: dict[int, Mention]) -> bool:
    """Whether "they" is the subject of what two or more people named together say: "Lee and Paul
    said they will support …" (they are the speakers, whom no one actor stands for)."""
    clause = pronoun.head
    if pronoun.lower_ != "they" or clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING_VERBS:
        return False
    return any(child.dep_ == "nsubj" and child.i in by_token and by_token[child.i].actor.kind == "person"
               and any(c.dep_ == "conj" and c.i in by_token and by_token[c.i].actor.kind == "person" for c in child.children)
               for child in clause.head.children)


def _person_in_sentence(pronoun: Token, clause: Token, by_token: dict[int, Mention], reach: Callable[[int], bool],
                        offset: int) -> bool:
    """Whether a pronoun's own sentence names someone who may be whom it stands for, in its reach:
    before it, or as its clause's subject ("after his defeat, he conceded"): a person the coder
    took, a person's name it did not, a "he"/"him"/"his" left unresolved."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for word in [*pronoun.doc[pronoun.sent.start : pronoun.i], *subjects]:
        if not reach(offset + word.idx):
            continue
        mention = by_token.get(word.i)
        if mention is not None and mention.actor.kind == "person":
            return True
        if mention is None and (word.ent_type_ == "PERSON" or (word.tag_ in {"PRP", "PRP$"} and PRONOUNS.get(
                OBJECT_PRONOUNS.get(word.lower_, word.lower_), ("", None))[1] is not None)):
            return True
    return False


def _same_pronoun_before(pronoun: Token, quotes: list[tuple[int, int]]) -> Token | None:
    """The last subject "he", "she" or "they" of the pronoun's own kind before it in its sentence,
    on the same side of a quotation mark: the sentence goes on about whoever that one is ("When
    they get to the US, they hope …", "He left the deal Obama signed, and he demanded …"), never
    about someone named between them. Not "it", as often no one ("It is unclear whether it will …")."""
    kind = PRONOUNS[pronoun.lower_]
    if kind[0] not in {"person", "plural"}:
        return None
    quote = quote_of(pronoun, quotes)
    return next((t for t in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]) if t.lower_ in PRONOUNS
                 and PRONOUNS[t.lower_] == kind and t.dep_ in {"nsubj", "nsubjpass"} and quote_of(t, quotes) == quote), None)


def _relative_head(pronoun: Token, by_token: dict[int, Mention]) -> Actor | None:
    """The actor a relative clause holding the pronoun describes: "a Russian warplane it said had
    violated its airspace" (it is not the warplane)."""
    for ancestor in pronoun.ancestors:
        if ancestor.dep_ in {"relcl", "acl"}:
            mention = by_token.get(ancestor.head.i)
            return mention.actor if mention is not None else None
    return None


def _unnamed_speaker(pronoun: Token, by_token: dict[int, Mention]) -> bool:
    """Whether the pronoun is the subject of what a speaker no one named says of themself: "the
    contractor says he …", "the report says it …" (a noun of the pronoun's number, no mention),
    "Some said they …" (a quantifier standing alone for people, for "they")."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING_VERBS:
        return False
    plural = PRONOUNS[pronoun.lower_][0] == "plural"
    return any(child.dep_ == "nsubj" and child.i not in by_token
               and ((child.pos_ == "NOUN" and (child.tag_ == "NNS") == plural)
                    # "Some said they …", "Many said they …": a quantifier standing for people
                    or (plural and child.tag_ in {"DT", "JJ"} and not list(child.children)))
               for child in clause.head.children)


def _subject_or_object(pronoun: Token, by_token: dict[int, Mention], registry: ActorRegistry) -> bool:
    """Whether "he"/"she" opening an adverbial clause may be either person its main clause names,
    its subject or its object: "Obama had met Remsburg before he deployed" (who deployed, the
    grammar does not say). Such a pronoun is left unresolved rather than given the subject."""
    clause = pronoun.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
        return False
    gender = PRONOUNS[pronoun.lower_][1]

    def person(deps: set[str]) -> Actor | None:
        mention = next((by_token[c.i] for c in clause.head.children if c.dep_ in deps and c.i in by_token), None)
        actor = mention.actor if mention is not None and mention.label != "pronoun" else None
        return actor if actor is not None and actor.kind == "person" \
            and registry.genders.get(id(actor), gender) == gender else None
    # the object may be a surname the recogniser took for a place: "met Remsburg" after "Cory Remsburg"
    surname = any(c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i not in by_token and c.text.casefold() in registry.surnames
                  for c in clause.head.children)
    subject, obj = person({"nsubj"}), person({"dobj"})
    return subject is not None and (surname or (obj is not None and subject is not obj))


def _agrees_with(pronoun: str, registry: ActorRegistry):
    """Which antecedents a subject pronoun can take: "he"/"she" a person of no other known
    gender, "they" a group, body or country, "it" a body, country or group named as one."""
    kind, gender = PRONOUNS[pronoun]

    def agrees(actor: Actor) -> bool:
        if kind == "person":
            if actor.kind != "person" or registry.genders.get(id(actor), gender) != gender:
                return False
            # A span the recogniser glued together ("Obama's Blackberry", 'Richard "Dickie') is
            # nobody a pronoun can stand for.
            # Nor is a one-word "person" of no known gender, title or office: "Twitter", "Brexit"
            # as the recogniser tags them (a surname alone has its full name, a given name its gender).
            if id(actor) in registry.genders:
                return True
            one_word = len(actor.name.split()) == 1 and not actor.code and id(actor) not in registry.titles \
                and actor.name.casefold() not in registry.surnames  # a surname of someone named in full is someone
            return not (one_word or looks_glued(actor.name) or any(q in actor.name for q in DOUBLE_QUOTES))
        if kind == "plural":
            return actor.kind in {"group", "organisation", "country"} and actor.role != "MED"
        # "it" is one body: not "officials" or "militants" ("Kurdish officials say ISIS threatens
        # them as long as it holds Mosul")
        return actor.kind in {"organisation", "country", "group"} and actor.role != "MED" and id(actor) not in registry.plurals
    return agrees


def _shares_party_name(actor: Actor) -> bool:
    return actor.role == PARTY and actor.name.lower() in SHARED_PARTY_NAMES


def _story_countries(sentences: list[tuple[int, Span, list[Span]]], mentions: list[Mention]) -> Counter[str]:
    """How often the story (its `_sentences_with_entities`) names each country: its actors'
    countries (a country's, not an IGO's, an NGO's, an outlet's or a region's) and the places it
    names (a story datelined Tbilisi is Georgian; a US state counts for the US)."""
    # (not a coalition's leader: "the U.S.-led coalition" fights where the story is, not at home)
    counts = Counter(m.actor.country for m in mentions if _national(m.actor) and m.actor.country and not _led(m.actor))
    taken = {(m.start, m.end) for m in mentions}
    for offset, _, entities in sentences:
        for ent in entities:
            if ent.label_ in {"GPE", "LOC"} and (offset + ent.start_char, offset + ent.end_char) not in taken:
                country = country_by_name(ent.text) or country_by_capital(ent.text)
                if country is not None:
                    counts[country.iso3] += 1
                elif us_state(ent.text):  # "in Poway, California": an American story as much as "in Washington"
                    counts["USA"] += 1
    return counts


def _led(actor: Actor) -> bool:
    """Whether an actor is named by who leads it ("the U.S.-led coalition", "a Labour-led coalition")."""
    return bool(LED_WORDS & {w.lower() for w in re.findall(r"[-–]\s*(\w+)", actor.name)})


def _dominant_country(counts: Counter[str]) -> str | None:
    """The country a story is about: the only one it names, or one named at least twice as often
    as any other."""
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None


def _national(actor: Actor) -> bool:
    """A country's actor, not an IGO's, an NGO's, an outlet's or a region's."""
    return bool(actor.country and actor.role != "MED" and actor.country.isalpha() and len(actor.country) == 3
                and actor.country not in NOT_COUNTRIES)


def _home_shared_party_names(parsed: ParsedDocument, mentions: list[Mention]) -> None:
    """A party named by a name parties of several countries bear ("the Conservative Party") in a
    story that never names the table's country is the party of the country the story is about:
    in a Canadian story, Canada's Conservatives."""
    shared = [m for m in mentions if _shares_party_name(m.actor)]
    if not shared:
        return
    counts = _story_countries(list(_sentences_with_entities(parsed)), [m for m in mentions if not _shares_party_name(m.actor)])
    story = _dominant_country(counts)
    if story is None:
        return  # no one country the story is about
    for mention in shared:
        if mention.actor.country and counts[mention.actor.country] == 0:
            mention.actor.country = story


def _place_bare_roles(parsed: ParsedDocument, mentions: list[Mention]) -> None:
    """A role with no country of its own ("the interior ministry", "a police spokesman") takes the
    one country its sentence names, else the document's country when one clearly leads."""
    sentences = list(_sentences_with_entities(parsed))
    counts = _story_countries(sentences, mentions)
    taken = {(m.start, m.end) for m in mentions}
    ranked = counts.most_common(2)
    ranked_all = counts.most_common(3)
    dominant = _dominant_country(counts)
    # the country named most, ahead of any other: whose "the administration" is (a word for a
    # state's executive as the story's own country has one; a foreign one the story names so)
    leading = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    # Role words with the countries the story gives them: "judiciary officials" are of the country
    # whose judiciary the story named ("Iran's judiciary"), when it named only one country's.
    keyed = [(word, m.actor.country) for m in mentions if _national(m.actor) and m.actor.role
             and (word := role_word(m.text)) is not None]

    def same_role(text: str, exclude: set[str]) -> str | None:
        word = role_word(text) or ""
        body = word.split()[-1] if word else ""
        said = text.lower().split()
        if not body or body in PERSON_ROLE_HEADS or (body not in said and not ONE_BODY_PLURALS & set(said)):
            return None  # a person's title ("the president"), or many bodies ("governments"): no one body
        found = {country for w, country in keyed if same_role_word(word, w)}
        return next(iter(found)) if len(found) == 1 and not found & exclude else None

    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    unplaced = {id(m.actor) for m in mentions if not m.actor.country}  # the roles this step gives a country
    speaking_states: dict[int, set[str]] = {}  # a bare "the regime": the states that speak of it or act on it
    described: dict[int, str] = {}  # a bare person's apposition heads, with the country his own words gave him
    for offset, sentence, entities in sentences:
        inside = _sentence_mentions(offset, sentence, by_start, starts)
        # Which side of the sentence names a country: "The prime minister condemned Iran's test"
        # says nothing of whose prime minister; "Israel released the mayor of Jenin" says whose
        # mayor. A role noun takes a country of its own side only.
        sides: dict[str, set[str]] = {SUBJECT: set(), OBJECT: set(), PARTNER: set()}
        acting: list[tuple[int, str]] = []  # the acting side's countries, by the token they are at
        named_at: list[tuple[int, str, str]] = []  # every side's countries: (token, side, country)
        state_names: set[int] = set()  # where a country itself is named ("Russia"), not one of its bodies or people
        # where a country, one of its state bodies or office holders, or people who left it ("Afghan
        # migrants", whom a state deports as foreigners) is named
        state_parts: set[int] = set()
        borrowed: set[int] = set()  # where a role noun is named that took its country here, from the story
        anchors: dict[int, int] = {}  # the word each named country's side hangs on, by its token (`_side_and_anchor`)
        posts: set[int] = set()  # where an embassy or consulate is named
        offices: set[int] = set()  # where a state's department or office is named ("HHS"), not its government as a whole
        state_doers: set[str] = set()  # countries named as themselves as a clause's subject ("Vietnam invaded")
        for m in inside:
            if _national(m.actor) and m.actor.country:  # _national() has checked the country; this tells mypy
                at = _token_at(sentence, m.start - offset)
                if id(m.actor) in unplaced:
                    borrowed.add(at)
                if m.actor.kind == "country":
                    state_names.add(at)
                # (not a body named only in a person's title: "former White House counsel X" is X acted on)
                if m.label != "title" and (m.actor.kind == "country" or m.actor.role in FOREIGN_SIGN_ROLES
                                           or NO_COUNTRY_WORDS & set(m.text.lower().split())):
                    state_parts.add(at)
                side, anchors[at] = _side_and_anchor(sentence, m.start - offset)
                sides[side].add(m.actor.country)
                named_at.append((at, side, m.actor.country))
                if DIPLOMATIC_POSTS & set(m.text.lower().split()):
                    posts.add(at)
                if m.actor.kind == "organisation" and not _whole_government(_span_root(sentence, m.start - offset, m.end - offset)):
                    offices.add(at)
                if side == SUBJECT:
                    acting.append((at, m.actor.country))
                    if m.actor.kind == "country" and _states_subject(sentence, m.start - offset, m.end - offset):
                        state_doers.add(m.actor.country)
        for ent in entities:
            if ent.label_ in {"GPE", "LOC"} and (offset + ent.start_char, offset + ent.end_char) not in taken:
                country = country_by_name(ent.text) or country_by_capital(ent.text)
                side, anchor = _side_and_anchor(sentence, ent.start_char) if country is not None else (SUBJECT, -1)
                if country is not None and side != SUBJECT:
                    sides[side].add(country.iso3)
                    named_at.append((ent.start, side, country.iso3))
                    anchors[ent.start] = anchor
                    state_names.add(ent.start)
                    state_parts.add(ent.start)
        people_of = _people_modifiers(sentence, inside, offset, state_names)
        # "Police in Istanbul clashed with demonstrators": the story's country is not theirs, nor
        # then that of those they meet there
        elsewhere = any(not m.actor.country and m.actor.role in HOME_ROLES
                        and _placed_in(sentence, m.start - offset, entities, counts) == "" for m in inside)
        for mention in inside:
            actor = mention.actor
            if actor.country and id(actor) in unplaced:
                others, theirs = _others_named(sentence, mention, inside, offset, entities)
                if others and theirs != actor.country:
                    # "officials … officials from both countries": not the country its first mention took
                    mention.actor = replace(actor, country=theirs)
                    continue
                # "authorities in several countries … authorities in Bulgaria arrested": one actor for
                # both, placed by its first mention; a place this mention's own phrase names is its own
                here = _own_place(sentence, mention, inside, offset, entities, counts)
                if here is not None and here != actor.country:
                    mention.actor = replace(actor, country=here)
                continue
            if actor.country or not actor.role or (actor.role == "MED" and mention.text.lower().split()[-1] not in MEDIA_PEOPLE):
                continue  # an outlet or channel of no known country is nobody's ("on TV"); "journalists" are the story's
            head = _span_root(sentence, mention.start - offset, mention.end - offset)
            if mention.label == "description" and head is not None and head.i in described:
                # "X, the senior commander in Syria": the apposition is X, as bare as his own words left him
                actor.country = described[head.i] or None
                continue
            there = _country_there(sentence, mention.start - offset, entities)
            if there is not None:  # "aid to Ukraine, until officials there agreed": the place named before is theirs
                actor.country = there
                continue
            if REGIME in mention.text.lower().split():  # the states its sentence's acting side names
                speaking_states[id(mention)] = {
                    m.actor.country for m in inside if m.actor.country and (m.actor.kind == "country" or m.actor.role in STATE_ROLES)
                    and _subject_over(sentence, (m.start - offset, m.end - offset), (mention.start - offset, mention.end - offset))}
            owners = _possessor_subject(sentence, mention.start - offset, inside, offset)
            if owners:  # "Graham called on his congressional colleagues": his, so the subject's own
                actor.country = next(iter(owners)) if len(owners) == 1 else None
                continue
            host = _host_of_post(sentence, mention.start - offset, mention.end - offset)
            members = _members(sentence, mention.start - offset, inside, offset) \
                or (_members(sentence, mention.start - offset, inside, offset, LOCATED_PREPS) if host is None else set())
            if members:  # "other officials, including the president's adviser X", "companies in
                # China and Singapore": theirs, if one country's; never the story's by default
                actor.country = next(iter(members)) if len(members) == 1 else None
                continue
            posted = _posted_at(sentence, mention.start - offset, inside, offset) if actor.role in STATE_ROLES else set()
            if posted:  # "expelling 48 envoys at the Russian embassy": the embassy's state's people
                actor.country = next(iter(posted)) if len(posted) == 1 else None
                continue
            if actor.role in MOVING_PEOPLE and _come_from(sentence, mention.start - offset, inside, offset, entities):
                continue  # "detained migrants from Honduras": Honduras's, or from there only: not the story's
            others, theirs = _others_named(sentence, mention, inside, offset, entities)
            if others:  # "governors of Mexican states", "ambassadors of EU states": not the story's
                actor.country = theirs
                continue
            if _led(actor):
                continue  # "a Labour-led coalition": whose, only the one leading it says, never the story
            if mention.text.lower().split()[-1] in HELD_PEOPLE:
                continue  # "the hostages released by North Korea": held by foreigners, theirs only by their own phrase
            if actor.role == REFUGEES:
                # refugees are never of the country that holds or turns them away: only their own
                # phrase says whose ("refugees escaping the fighting in Sudan")
                fled = _fled_from(sentence, mention.start - offset, inside, offset)
                actor.country = next(iter(fled)) if len(fled) == 1 else None
                continue
            placed = _placed_in(sentence, mention.start - offset, entities, counts) if actor.role in HOME_ROLES else None
            if placed is not None:
                # "police in Cairo", "police in Istanbul" in a story led by another country: the
                # place says whose they are (a city the gazetteer places clearly), not the story
                actor.country = placed or None
                continue
            backers = _backers(actor.name) | _backers(mention.text) | _named_backers(sentence, mention, inside, offset)
            if actor.role in HOME_ROLES and _side_of(sentence, mention.start - offset) == SUBJECT and not backers:
                # "students pelted police from a dormitory at Cairo's Al-Azhar University", "protesters
                # surrounded the US Embassy in Berlin": where their clause has them act is theirs
                where = _acting_place(sentence, mention.start - offset, entities, abroad=actor.role in STATE_ROLES, story=counts)
                if len(where) == 1:
                    actor.country = where.pop()
                    continue
            if actor.role in HOME_PEOPLE_ROLES and _side_of(sentence, mention.start - offset) == OBJECT and not backers:
                # "Obama met dissidents in Hanoi", "police detained protesters in Minsk": people acted
                # on where the verb puts its act are of that place, not of the doer's country
                where = _acting_place(sentence, mention.start - offset, entities, "dobj", story=counts)
                if len(where) == 1:
                    actor.country = where.pop()
                    continue
            words_in = set(mention.text.lower().split())
            if NO_COUNTRY_WORDS & words_in and not _names_one_body(mention.text):
                continue  # "world leaders", "foreign governments": nobody's in particular
            if BESIDES_WORDS & words_in:
                # "other officials": beside those named, so the story's own only where the story has
                # one leading country and the sentence names none ("Putin and other leaders" may be anyone)
                named = sides[SUBJECT] | sides[OBJECT] | sides[PARTNER]
                if dominant is not None and not named:
                    actor.country = dominant
                continue
            if host is not None and (_side_of(sentence, mention.start - offset) == SUBJECT or mention.text.lower().startswith("the ")
                                     or _own_post(sentence, mention.start - offset, mention.end - offset)):
                # "the country's embassy in Washington", "investigators inspected the embassy in
                # Kabul": not the host's; the story's leading other country when one clearly leads,
                # else nobody's in particular ("opened an embassy in Tehran" is a tie with the host)
                foreign = [(country, n) for country, n in ranked_all if country != host][:2]
                actor.country = foreign[0][0] if foreign and (len(foreign) == 1 or foreign[0][1] >= 2 * foreign[1][1]) else None
                continue
            if backers:  # where "pro-Iranian militias" strike is not theirs either
                # "Iran-backed militias": the sentence's and the story's country is as often the
                # backer's again, or the foe's ("American troops battled Iranian-backed militias");
                # rebels are of the country whose government their own clause fights or topples
                fought = _fought_government(sentence, mention, inside, offset) - backers if actor.role == REBELS else set()
                if actor.role == REBELS and not fought:
                    # "Moscow was aiding pro-Russian rebels in eastern Ukraine": where the act on them is done
                    fought = _acting_place(sentence, mention.start - offset, entities, "dobj", story=counts) - backers
                actor.country = fought.pop() if len(fought) == 1 else None
                continue
            # "the administration's call to arm the Syrian opposition": what a role noun owns names
            # others, not whose it is
            possessed = _possessed_by(sentence, mention.start - offset, mention.end - offset)
            # "blames the separatists for the attack and Russia for supplying them": a country
            # coordinated with a role noun is another party, never its owner (a body beside it,
            # "police and the FBI", may well be of its country)
            coordinated = _coordinated_with(sentence, mention.start - offset)
            partners = {c for at, _, c in named_at if at in coordinated and at in state_names}
            mine = {side: {c for at, s, c in named_at if s == side and at not in possessed} for side in sides} if possessed else sides
            if _side_of(sentence, mention.start - offset) == SUBJECT:
                # not of what it reports: "An Australian doctor examined the boys, authorities said"
                # says nothing of whose authorities
                reported = _reported_by(sentence, mention.start - offset)
                # nor of a clause inside a thing it acts on: "The House started an inquiry into Trump's
                # effort to get Ukraine to investigate Biden" says nothing of whose House (a country in
                # its own phrase still does; a clause of its own saying or doing, "pledging that Hong
                # Kong police would …", still may)
                root = _span_root(sentence, mention.start - offset, mention.end - offset)
                phrase = {t.i for t in root.subtree} if root is not None else set()
                verb = _clause_verb(root) if root is not None else None
                below = _subjects_inside_things(verb) if verb is not None else set()
                # nor of the subject of a clause coordinated with its own: "Lawmakers urged Trump to
                # demand the hackers, but Putin refused" says nothing of whose lawmakers
                beside = _other_subject_clauses(verb) if verb is not None else set()
                own = {country for at, country in acting if at not in reported and at not in possessed
                       and (at in phrase or (at not in below and at not in beside))}
                # "Army officials refused to list Sgt. X as a POW": a person of its own role it acts
                # on is one of its own, not another country it acts on
                kin = {m.actor.country for m in inside if m.actor.kind == "person" and m.actor.role == actor.role
                       and _side_of(sentence, m.start - offset) != SUBJECT}
                # nor is it foreign to a country named only in what it reports: "A senior official
                # said the U.S. would leave the treaty" acts on no state
                other = {c for at, s, c in named_at if s != SUBJECT and at not in possessed and at not in reported} - own - kin
                # nor of the subject of a clause set beside its own by "while", "although", "as":
                # "While leaders are due to meet, North Korea is expected to dominate" says nothing
                # of whose leaders (not even the story's, when that country is the one set beside)
                apart = _adverbial_clauses(verb) if verb is not None else set()
                # ("The Pentagon confirmed it as the administration announced …": a body of a state
                # set beside it, not the state named, is as often its own side's)
                partners |= {country for at, country in acting if at in apart and at in state_names and at not in phrase}
            elif actor.role == "MED":
                # journalists a state acts on are as often foreigners ("Russia expelled three
                # journalists"): only a country of their own side (arrests: see events.extract)
                actor.country = next(iter(sides[OBJECT])) if len(sides[OBJECT]) == 1 else None
                continue
            else:  # "Kenya released the opposition leader": acted on at home, unless named otherwise
                # else the country of the clause's own subject, not one named in an adjunct on its side
                # ("Indian farmers accused the government … ahead of Trump's visit": India's)
                doers = _doer_countries(sentence, mention, inside, offset)
                side, anchor = _side_and_anchor(sentence, mention.start - offset)
                root = _span_root(sentence, mention.start - offset, mention.end - offset)
                phrase = {t.i for t in root.subtree} if root is not None else set()
                # not a country acted on further down, in what the role noun is acted on for ("delayed
                # the administration from implementing its Syria policy"), unless named in its own
                # phrase ("arms to rebels fighting Syria's president")
                below = {t.i for t in sentence.doc[anchor].subtree} - {anchor} if anchor >= 0 else set()
                # nor one acted on in a clause coordinated with its own ("The president consulted the
                # leaders of Britain, and an official said Syrian forces had killed civilians": Syria's)
                apart = _coordinated_clauses(sentence.doc[anchor]) if anchor >= 0 else set()
                anchored = {c for at, s, c in named_at if s == side and at >= 0 and at not in possessed
                            and (at in phrase or (anchors[at] not in below and anchors[at] not in apart))}
                if side == PARTNER and actor.role == "GOV":
                    own = anchored  # "sanctions on the Kim regime": another state than the doers'
                elif side == OBJECT and state_doers and _whole_government(root):
                    # "Vietnam invaded and ousted the regime": a state acting as itself on a
                    # government acts on another state's (its own would be named by a body of it:
                    # "the army ousted the government"), whose only its own phrase or the story says
                    own = anchored
                    partners |= state_doers - anchored
                else:
                    own = anchored or (doers if len(doers) == 1 else mine[SUBJECT])
                other = mine[PARTNER] - own
            own, other = own - partners, other | partners
            # "Officials detained figures of Morsi's Brotherhood" in an Egyptian story: a state acting on
            # its own people, parties or rebels is no sign that it is foreign; a state it acts on is
            # (for a non-state group, not a country named only as whose people another group is:
            # "business groups worried about costs for U.S. businesses"; a state body acting on
            # "U.S. citizens" still shows that it is foreign)
            whose_people = people_of if actor.role not in STATE_ROLES else set()
            # (not a role noun that only took the story's country: "the Army asked to delay accepting
            # transgender troops" acts on no foreign state, the troops being the story's by default)
            acted_states = {c for at, s, c in named_at if at in state_parts and s != SUBJECT and c in other
                            and at not in whose_people and at not in borrowed} | partners
            # "Protesters accused Yanukovych of ignoring their demands" in a Ukrainian story: people
            # acting on their story's own leader or government are at home (not on it named as a
            # country, "denounced the United States", nor on its embassy: those are abroad)
            at_home = actor.role in HOME_PEOPLE_ROLES and acted_states == {dominant} \
                and not any(c == dominant and (at in state_names or at in posts) for at, s, c in named_at if s != SUBJECT)
            # so is a state's body acting only on its fellow departments ("Security officials urged HHS
            # to inspect the network" in a US story), not on the government as a whole ("condemned the
            # Turkish government"), nor with a state only set beside it ("although Belarus stayed away")
            at_home = at_home or (actor.role in STATE_ROLES and acted_states == {dominant} and not partners and all(
                at in offices for at, s, c in named_at if s != SUBJECT and c == dominant and at in state_parts))
            root = _span_root(sentence, mention.start - offset, mention.end - offset)
            told = _own_description_country(sentence, root, mention, inside, offset, entities, dominant) \
                if actor.kind == "person" and mention.label != "pronoun" and root is not None else None
            if told is not None and root is not None:  # "X, who commands Iran's Quds Force", in a US story
                actor.country = told or None
                described.update((word.i, told) for word in _description_heads(root))
                continue
            if mention.label == "description" or (actor.kind == "organisation" and mention.label == "ORG"):
                # the one country its side names, else the document's ("the Senate" in a US story);
                # in a story of no one leading country, the one whose same body the story named
                # ("judiciary officials" after "Iran's judiciary"), else none
                body = actor.role in STATE_ROLES  # a state's body: the story names it, or acts on others
                # a chamber ("the Senate", "the House") acts on its own country's affairs: "the House
                # condemned Trump's remarks" in a US story is the US House; a foreign one is named so.
                # Not any committee: "the Workers' Party's Central Committee" in a US story is not the US's
                chamber = actor.role == "LEG" and actor.kind == "organisation" and actor.name.split()[-1].lower() in US_CHAMBER_WORDS
                # so do its members named by its name ("Some 74 House of Representatives members signed a
                # letter opposing U.S. proposals"): the chamber's own people, at home
                chamber = chamber or (actor.role == "LEG" and mention.label == "description" and bool(
                    US_CHAMBER_WORDS & {w.lower() for w in actor.name.split() if w[:1].isupper()}))
                # so does a US party named in full in a US story ("If the Republican Party had a brain it
                # would open negotiations with President Obama"): another country's is named with it
                chamber = chamber or (dominant == "USA" and actor.role == "PTY" and actor.kind == "organisation"
                                      and bool(US_PARTY_WORDS & set(actor.name.lower().split())))
                # so does an armed service named by its name ("While the U.S. and its allies deliberate,
                # the Navy has sent four warships"): a country set beside it is no foe it acts on
                service = actor.role == "MIL" and actor.kind == "organisation" and mention.label == "ORG" \
                    and actor.name.split()[-1].lower() in SERVICE_NAME_WORDS
                chamber = chamber or service
                if len(own) == 1:
                    actor.country = next(iter(own))
                elif len(own) > 1 and dominant not in own and not body:
                    # "Egypt, Tunisia and Russia have arrested people": one of the states its side
                    # names, which we cannot tell; never the story's, which it does not name
                    actor.country = None
                elif _names_region_or_people(mention.text):
                    # "a senior Middle East diplomat", "the Kurdish forces": its own words say it is of a
                    # region or a people, not of the story's country; which state's, they do not say
                    actor.country = None
                elif dominant is not None and not elsewhere:
                    actor.country = dominant if dominant not in acted_states or chamber or at_home else None
                elif leading is not None and not elsewhere and (service or ADMINISTRATION in mention.text.lower().split() \
                                                                and leading not in other):
                    # the story's own administration, or armed service by its bare name ("the Navy has
                    # moved two destroyers"): of the country the story names most, when none dominates
                    actor.country = leading
                elif body:
                    # "The committee delayed the administration": a country another role noun only
                    # borrowed from the story is no other party's
                    actor.country = same_role(mention.text, {c for at, _, c in named_at if at not in borrowed and c in other} | partners)
                    if actor.country is None and leading is not None and not elsewhere and leading not in other \
                            and _acts_on_states(sentence, mention.start - offset, named_at, anchors, state_parts):
                        # "The Foreign Ministry called on the United States and Canada" in a story
                        # China leads: a state's body whose own verb acts on other states is the leading one's
                        actor.country = leading
            elif actor.kind == "person" and actor.role == "LEG" and dominant == "USA" and not elsewhere \
                    and _title_before(sentence, mention.start - offset) in US_SHARED_CONGRESS_TITLES:
                actor.country = dominant  # "Senator Tom Cotton praised the president's plan" in a US story
            elif actor.kind == "person" and mention.label != "pronoun" and ranked and ranked[0][1] >= 2 \
                    and dominant not in other and not elsewhere:
                actor.country = dominant  # "Interior ministry spokesman Beridze" in a Georgian story
            if _rebels_abroad(actor):
                actor.country = None  # "a drone strike killed four militants" in a US story: not US rebels
    for mention in mentions:
        states = speaking_states.get(id(mention), set())
        if mention.actor.country in states:
            # "U.S. intelligence believes the regime used sarin": no state calls its own government a
            # regime (its rebels and activists may), so it is not of a state, or a state's body, that
            # its sentence's acting side names: the story's leading other country, else nobody's
            mention.actor.country = _dominant_country(Counter({c: n for c, n in counts.items() if c not in states}))
    _unfederate(mentions, unplaced)
    _place_locals(sentences, by_start, starts, unplaced, counts)
    for i, mention in enumerate(by_start):
        # what is still bare, by the role noun it takes up again (this mention's own copy: "the
        # official" of another paragraph, sharing its actor, may be someone else)
        taken_up = _taken_up(mention, by_start[:i]) if mention.actor.role in STATE_ROLES and not mention.actor.country else None
        if taken_up is not None:
            mention.actor = replace(mention.actor, country=taken_up)


# The verbs by which a relative clause says what a named person is or commands ("who commands
# Iran's Quds Force", "who was Iran's envoy"), not what he did or where he served ("who served two
# tours in Afghanistan", "who met Iran's envoy").
HOLDING_LEMMAS = frozenset({"be", "command", "lead", "head"})
# Role nouns whose owner is whose the person is, beside PERSON_ROLE_HEADS ("an officer of Iran's navy").
OWN_ROLE_EXTRA = frozenset({"officer", "commandant"})
# The links by which a word names whose a role noun or body is: "Iran's top general", "an Iranian
# general", "the U.S. delegation", "the commander of Iran's Quds Force"; any other preposition between
# ("the envoy to Iran", "a critic of Russia's army" under a noun of no role) names another party.
OWNING_DEPS = frozenset({"poss", "amod", "compound", "nmod", "pobj", "flat", "case"})


def _description_heads(name: Token) -> list[Token]:
    """The words of a named person's own description that say whose he is: the head of an
    apposition that is a role noun ("X, the commander of Iran's Quds Force"; not "a critic of
    Russia's military", "a son of Irish immigrants"), and the head of a relative clause of being or
    commanding (`HOLDING_LEMMAS`: "X, who commands Iran's Quds Force"), whose object is read.
    Why: only a role holds a country; a description of what he studies, fought or came from does not."""
    heads: list[Token] = []
    for child in name.children:
        if child.dep_ == "appos" and _own_role(child):
            heads.append(child)
        elif child.dep_ == "relcl" and child.lemma_.lower() in HOLDING_LEMMAS:
            heads.append(child)
    return heads


def _own_role(token: Token) -> bool:
    """Whether a noun is a role a country holds ("general", "minister", "officer")."""
    return token.pos_ in {"NOUN", "PROPN"} and (token.lemma_.lower() in PERSON_ROLE_HEADS or token.lemma_.lower() in OWN_ROLE_EXTRA)


def _held_words(head: Token) -> list[Token]:
    """The words a description head holds a country through: an apposition's own role noun; a
    relative clause's role noun after "be" ("who was Iran's top general") or the body it commands,
    leads or heads ("who commands Iran's Quds Force"); none for "who was Iran's top target"."""
    if head.dep_ != "relcl":
        return [head]
    if head.lemma_.lower() == "be":
        return [t for t in head.children if t.dep_ == "attr" and _own_role(t)]
    return [t for t in head.children if t.dep_ == "dobj"]


def _link_to(token: Token, head: Token) -> str | None:
    """How a word of a description hangs on its head: "own" through possessors, modifiers and
    "of" only ("the head of Iran's judiciary"); the preposition's word where another one comes
    between, on the head itself ("in" for "the top general in Iran", "to" for "the envoy to
    Iran"), "beyond" where it hangs on another word ("a former aide to X in Iraq": X's place); None
    when the word is not under the head (a misparse)."""
    for _ in range(len(token.doc)):  # bounded: a misparse may loop heads
        if token.i == head.i:
            return "own"
        if token.dep_ == "prep" and token.lower_ != "of":
            return token.lower_ if token.head.i == head.i else "beyond"
        if token.dep_ not in OWNING_DEPS | {"prep"} or token.head.i == token.i:
            return None
        token = token.head
    return None


def _own_description_country(sentence: Span, root: Token, mention: Mention, inside: list[Mention], offset: int,
                             entities: list[Span], dominant: str | None) -> str | None:
    """The country a bare named person's own description gives him, before the story's: a country,
    national body or demonym that owns his role noun (apposition, or "who is …") or the body his
    relative clause says he commands, leads or heads (`_description_heads`, `_held_words`). One such
    country is his; several of which none is the story's leave him bare (""). With none, an
    apposition whose role noun itself is placed abroad ("the top general in Iran": "in"/"at" a
    country not the story's) leaves him bare: he may be that country's or the story's posted there
    (not "a former aide to X in Iraq": X's place). None otherwise (no description, only the story's
    country, a relative clause of where he served or commands: "who commands a division in Iraq").
    Why: "Soleimani, who commands Iran's Quds Force" took the US from an American story."""
    heads = _description_heads(root)  # root: the mention's head word, as the caller found it
    own: set[str] = set()
    placed: set[str] = set()
    for head in heads:
        for held in _held_words(head):
            words = {t.i for t in held.subtree}
            named: list[tuple[Token, str]] = []
            for other in inside:
                at = _span_root(sentence, other.start - offset, other.end - offset)
                if at is not None and at.i in words and other.actor is not mention.actor and _national(other.actor) \
                        and other.actor.country:
                    named.append((at, other.actor.country))
            for ent in entities:
                place = country_by_name(ent.text) or country_by_capital(ent.text) if ent.label_ in {"GPE", "LOC"} else None
                if place is not None and ent.root.i in words and all(t.i != ent.root.i for t, _ in named):
                    named.append((ent.root, place.iso3))
            # a demonym on the role noun or body itself ("an Iranian general"), not on what it is of
            for token in (t for t in held.children if t.dep_ in {"amod", "compound"}):
                demonym = demonym_country(token)
                if demonym is not None:
                    named.append((token, demonym.iso3))
            for token, country in named:
                link = _link_to(token, held)
                if link == "own":
                    own.add(country)
                elif link in {"in", "at"} and head.dep_ == "appos":
                    placed.add(country)
    if len(own) == 1:
        return next(iter(own))
    if dominant in own or (not own and (not placed or dominant in placed)):
        return None
    return ""


def _place_locals(sentences: list[tuple[int, Span, list[Span]]], by_start: list[Mention], starts: list[int],
                  unplaced: set[int], story: Counter[str]) -> None:
    """People who belong where they are (police, protesters, students: `LOCAL_ROLES`) still
    bare after every other reading take the one country of the places their sentence names, when
    it names a city or region and every place and country in it is that one country's ("Clashes
    broke out in Barcelona as protesters hurled bottles" → ESPCVL). A story told from several
    countries gives them no leading one, but a sentence set in one place does. Two countries, a
    place we cannot place, people from elsewhere ("migrants", "foreign") or a person (a professor
    reporting from a city may be a visitor) stay bare."""
    for offset, sentence, entities in sentences:
        inside = _sentence_mentions(offset, sentence, by_start, starts)
        bare = [m for m in inside if id(m.actor) in unplaced and not m.actor.country and m.actor.role in LOCAL_ROLES
                and m.actor.kind != "person" and not (NO_COUNTRY_WORDS | HELD_PEOPLE) & set(m.text.lower().split())]
        if not bare:
            continue
        where = _sentence_place_country(entities, [m for m in inside if _national(m.actor)], story)
        if where is None:
            continue
        for mention in bare:
            mention.actor = replace(mention.actor, country=where)


PHRASE_OPENINGS = frozenset({"the", "a", "an", "one", "two", "some", "several", "many", "senior", "top", "former"})  # "A Middle East diplomat"


def _names_region_or_people(text: str) -> bool:
    """Whether a role phrase's own words name a region ("One senior Middle East diplomat", "Gulf
    officials") or a people of no state of its own ("the Kurdish forces"): each run of capitalised
    words but an opening article, number or rank (PHRASE_OPENINGS: "A Middle East diplomat"), whole,
    as a region's name or adjective or a people's adjective (data/regions.txt, data/peoples.txt). A country's own words are no such run: the recogniser gave those a country."""
    runs: list[list[str]] = [[]]
    for word in text.split():
        if word[:1].isupper() and word.lower() not in PHRASE_OPENINGS:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return any(region_by_name(name) is not None or region_by_demonym(name) is not None or people_by_adjective(name) is not None
               for name in (" ".join(run) for run in runs if run))


# The prepositions by which a role noun's own phrase says whose holders it names ("governors of
# Mexican states", "ministers from ASEAN countries", "mayors from across Europe", "leaders from
# around the world").
OWN_PHRASE_PREPS = frozenset({"of", "from", "across", "around"})
BARE_DETERMINERS = frozenset({"the", "these", "those"})  # "governors of the states": the story's own
# Plurals that also name a federation's own parts: "governors of several states" may be the story's
# country's; only a word saying whose ("Gulf", "EU", "member", "Mexican") makes them other states.
FEDERATED_PARTS = frozenset({"states"})
# Plurals a country modifier says whose they are, not of which country ("US allies").
ALLIED_NOUNS = frozenset({"allies"})


def _phrase_objects(holder: Token, preps: frozenset[str] = OWN_PHRASE_PREPS) -> list[Token]:
    """The objects of a noun's own of/from/across/around phrases (OWN_PHRASE_PREPS, or those of
    them `preps` keeps), with their conjuncts, through a preposition that opens another ("from
    across Europe")."""
    return [g for c in holder.children if c.dep_ == "prep" and c.lower_ in preps for g in _phrase_objects_of(c)]


def _phrase_objects_of(prep: Token) -> list[Token]:
    """The objects of one of/from/across/around phrase, with their conjuncts, through a preposition
    of those that opens another ("from across Europe")."""
    found: list[Token] = []
    preps = [prep]
    while preps:
        for c in preps.pop().children:
            if c.dep_ == "pobj":
                found.extend((c, *c.conjuncts))
            elif c.dep_ in {"prep", "pcomp"} and c.lower_ in OWN_PHRASE_PREPS:
                preps.append(c)
    return found


def _many_states(noun: Token) -> tuple[bool, set[str]]:
    """Whether a noun names several states (MANY_STATES_NOUNS) by words of its own before it ("both
    countries", "EU states", "Ukraine's allies"; not bare "the states", the story's own, nor
    "several states", which may be a federation's (FEDERATED_PARTS)), or groups or sides
    (MANY_SIDES_NOUNS) only when a word of theirs names a country ("Syrian rebel groups"; not
    "Indigenous groups" or "both sides in Congress", maybe the story's own), with the one country
    its adjective names whole ("Mexican states": Mexico's; "Central American" names none)."""
    if noun.lower_ not in MANY_STATES_NOUNS | MANY_SIDES_NOUNS or noun.tag_ not in {"NNS", "NNPS"} \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False, set()
    own = [c for c in noun.children if c.i < noun.i and c.dep_ != "punct"
           and not (c.dep_ == "det" and c.lower_ in BARE_DETERMINERS)
           and (noun.lower_ not in FEDERATED_PARTS or _names_states(c))]
    countries = {country.iso3 for c in own if c.dep_ in {"amod", "compound"} and c.text[:1].isupper()
                 and (country := _country_word(" ".join(w.text for w in c.subtree))) is not None}
    if noun.lower_ in ALLIED_NOUNS:
        countries = set()  # "foreign ministers of US allies": whose allies, not of which country
    if noun.lower_ in MANY_SIDES_NOUNS:
        # "leaders of Indigenous groups", "both sides in Congress": maybe the story's own country's
        return bool(countries), countries
    return bool(own), countries


def _names_states(modifier: Token) -> bool:
    """Whether a modifier of "states" makes them several countries' rather than a federation's own
    ("several states", "New England states", "Gulf Coast states" are one country's parts): a
    lower-case compound ("member states"), or a capitalised one naming a country, a region the
    gazetteer knows or a group of states (STATE_GROUP_WORDS: "EU", "Baltic", "Arab")."""
    if not modifier.text[:1].isupper():
        return modifier.dep_ == "compound"
    text = " ".join(w.text for w in modifier.subtree)
    return _country_word(text) is not None or region_by_name(text) is not None or text.lower() in STATE_GROUP_WORDS


def _country_word(text: str) -> Country | None:
    """The country a modifier names, by its demonym ("Mexican states") or its name ("US states",
    whose "US" is no demonym), so that "governors of US states" are the US's whichever side of the
    verb they stand."""
    return country_by_demonym(text) or country_by_name(text)


def _others_named(sentence: Span, mention: Mention, inside: list[Mention], offset: int,
                  entities: list[Span]) -> tuple[bool, str | None]:
    """Whether a role noun's own of/from/across phrase names others than one country the story
    could lend it: several states or sides (`_many_states`: "ambassadors of EU states", "officials
    from both countries", "the spokesmen of Syrian rebel groups"), a region or the world ("mayors from
    across Europe", "leaders from around the world"), or an international body ("envoys from NATO
    and the UN"); with the one country that phrase gives it, if any ("governors of
    Mexican states": Mexico's). Why: the story's or the doer's country, lent to a bare role noun,
    makes "Obama met governors of Mexican states" a US meeting with itself."""
    head = _span_root(sentence, mention.start - offset, mention.end - offset)
    if head is None:
        return False, None
    others, countries = False, set[str]()
    regions = [e for e in entities if e.label_ in {"LOC", "GPE"} and region_by_name(e.text) is not None]
    verb = _verb_of_object(head)
    whence = verb is not None and verb.lemma_.lower() in WHENCE_VERBS
    # "recalled ambassadors from European countries": whence they are taken, not whose (WHENCE_VERBS)
    preps = OWN_PHRASE_PREPS - {"from"} if whence else OWN_PHRASE_PREPS
    nouns = [g for holder in _phrase_holders(head) for g in _phrase_objects(holder, preps)]
    if verb is not None and not whence and not any(c.dep_ == "poss" for c in head.children):
        # "met ambassadors from Gulf countries", "met with ambassadors from around the world": the
        # parser may hang the phrase on the verb; not a possessed object's ("withdrew its envoys
        # from both countries" says whence they went)
        nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in _phrase_objects_of(c)]
    for noun in nouns:
        many, theirs = _many_states(noun)
        bodies = [m for m in inside if m.start - offset <= noun.idx < m.end - offset and m.actor.kind == "organisation"
                  and (m.actor.country or "")[:3] in {"IGO", "NGO"}]
        if many or bodies or noun.lower_ in NO_COUNTRY_WORDS or any(e.start <= noun.i < e.end for e in regions):
            others, countries = True, countries | theirs
    return others, (next(iter(countries)) if len(countries) == 1 else None)


def _verb_of_object(head: Token) -> Token | None:
    """The verb a role noun is the object of, directly ("met ambassadors from Gulf countries") or
    as the object of its "with" ("met with ambassadors from around the world"): the verb whose
    "from" phrase may be the noun's own, or, for a verb of taking away (WHENCE_VERBS: "recalled
    ambassadors from European countries"), says whence, wherever the parser hangs it."""
    if head.dep_ in {"dobj", "nsubjpass"}:
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.dep_ == "prep" \
            and head.head.head.pos_ in {"VERB", "AUX"}:
        return head.head.head
    return None


def _own_place(sentence: Span, mention: Mention, inside: list[Mention], offset: int, entities: list[Span],
               story: Counter[str]) -> str | None:
    """The one country a role noun's own phrase puts it in, as the first mention of a group is
    placed (`_place_bare_roles`): a place its own "there" points back to ("officials there"), the one
    country after its own "in" or "from" ("authorities in Bulgaria", "insurgents in eastern Ukraine"),
    a city or region the gazetteer places ("police in Cairo"); None when it names none or several.
    Not an armed force's ("troops in Syria" are as often another country's, sent there), nor an
    embassy's or an envoy's ("its embassy in Yemen" is not Yemen's: `_host_of_post`)."""
    start = mention.start - offset
    if mention.actor.role == "MIL" or _host_of_post(sentence, start, mention.end - offset) is not None:
        return None
    there = _country_there(sentence, start, entities)
    if there is not None:
        return there
    located = _members(sentence, start, inside, offset, LOCATED_PREPS)
    if located:
        return next(iter(located)) if len(located) == 1 else None
    placed = _placed_in(sentence, start, entities, story) if mention.actor.role in HOME_ROLES else None
    return placed or None


def _sentence_mentions(offset: int, sentence: Span, by_start: list[Mention], starts: list[int]) -> list[Mention]:
    """The mentions that begin in a sentence of the paragraph at character `offset`, from the
    story's mentions sorted by start (`by_start`, `starts` their starts): bisected, not scanned,
    as a long story has hundreds of mentions and sentences."""
    start, end = offset + sentence.start_char, offset + sentence.end_char
    return by_start[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


# People a place's own: not refugees (who have left), nor businesses (which act abroad).
LOCAL_ROLES = PLACED_GROUP_ROLES - {"REF", "BUS"}


def _sentence_place_country(entities: list[Span], national: list[Mention], story: Iterable[str]) -> str | None:
    """The one country of every place a sentence names and every country its actors carry, when
    one of those places is a city or a region of one country (`_place_country`, the gazetteer's
    region table); None for none, two, a place of no clear country, or a place named only as whence
    ("evacuated residents from Paris": the sentence is not set there)."""
    countries = {m.actor.country for m in national}
    local = False
    for ent in entities:
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "from":
            return None
        name = _place_name(ent.text)
        country = country_by_name(name)
        if country is not None:
            countries.add(country.iso3)
            continue
        region = shared_gazetteer().region_place(name)
        place = region.country if region is not None else _place_country(name, story)
        if place is None:
            return None
        countries.add(place)
        local = True
    return next(iter(countries)) if local and len(countries) == 1 else None


def _place_name(text: str) -> str:
    """A place's name as the country and gazetteer tables hold it: the recogniser's entity may
    keep a leading "the" and a possessive ("the Gaza Strip's" → "Gaza Strip")."""
    return text.removeprefix("the ").removesuffix("'s").removesuffix("’s")


def _taken_up(mention: Mention, before: list[Mention]) -> str | None:
    """The country of the state's role noun a definite one takes up again: the last one named before
    it by the same noun ("the official said" after "a senior U.S. defense official told reporters", "the
    spokesman" after "a North Korean foreign ministry spokesman"), when that one has a country; None
    when the noun is not bare ("the Interior Ministry" names its own body), names a person found
    for it, or the last such noun has no country."""
    words = mention.text.lower().split()
    if mention.label != "description" or len(words) < 2 or words[0] != "the" \
            or any(w[:1].isupper() for w in mention.text.split()[1:]) or mention.actor.name.lower() != " ".join(words[1:]):
        return None
    word = role_word(mention.text)
    for other in reversed(before):
        if other.label == "description" and other.text.lower().split()[-1] == words[-1]:
            named = role_word(other.text)
            same = word is None or (named is not None and same_role_word(word, named))
            own = other.actor.name.lower().split()[-1] == words[-1]  # a role noun's own actor, not a person found for it
            return other.actor.country if same and own and _national(other.actor) else None
    return None


REBEL_FREE_COUNTRIES = word_list("newsevents.actors", "rebel_free_countries")


def _rebels_abroad(actor: Actor) -> bool:
    """An armed group (REB) given by its sentence's doers or by the story a country whose news
    names rebels fighting elsewhere only (data/rebel_free_countries.txt): "the militants" in a
    story the US leads, "four militants" a US strike hit, are not American rebels; whose they are,
    only their own phrase says (no country beats a wrong one)."""
    return actor.role == REBELS and actor.country in REBEL_FREE_COUNTRIES


def _states_subject(sentence: Span, start_char: int, end_char: int) -> bool:
    """Whether a country's name is itself its clause's subject ("Vietnam invaded", "Vietnam and
    Laos ousted"), not a possessor or modifier inside it ("Vietnam's army")."""
    root = _span_root(sentence, start_char, end_char)
    return root is not None and (root.dep_ == "nsubj" or (root.dep_ == "conj" and first_conjunct(root).dep_ == "nsubj"))


def _whole_government(root: Token | None) -> bool:
    """A role noun naming a state's government as one body ("the regime", "the government"), not
    its people ("government officials", "the president"), nor many ("governments")."""
    return root is not None and root.tag_ == "NN" and root.lower_ not in PERSON_ROLE_HEADS \
        and role_word(root.lower_) == root.lower_


def _unfederate(mentions: list[Mention], placed_here: set[int]) -> None:
    """A role noun written "federal" ("a federal judge rejected the bid") that took a country no
    federation's from its story loses it: a unitary state has no federal bodies, and the right one
    is not ours to guess."""
    for mention in mentions:
        actor = mention.actor
        if id(actor) in placed_here and actor.country and actor.country not in FEDERAL_COUNTRIES \
                and FEDERAL in mention.text.lower().split():
            actor.country = None


def _people_modifiers(sentence: Span, inside: list[Mention], offset: int, named: set[int]) -> set[int]:
    """Where a country is named only as the modifier of a non-state group noun ("costs for U.S.
    businesses", "U.S. farmers"): whose people they are, not a state."""
    groups: set[int] = set()
    for m in inside:
        if m.actor.kind != "country" and m.actor.role and m.actor.role not in STATE_ROLES:
            span = sentence.doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
            groups |= {t.i for t in span} if span is not None else set()
    doc = sentence.doc
    return {at for at in named if at >= 0 and doc[at].dep_ in {"compound", "amod", "nmod"} and doc[at].head.i in groups}


def _acts_on_states(sentence: Span, start_char: int, named_at: list[tuple[int, str, str]], anchors: dict[int, int],
                    state_parts: set[int]) -> bool:
    """Is the mention here the subject of a verb whose object or partner is a state ("The Foreign
    Ministry called on the United States"), not a noun inside another clause's phrase ("clashes
    between demonstrators and security forces" in a sentence about protests rocking Iran)?"""
    head = _head_at(sentence, start_char)
    if head is None or head.dep_ != "nsubj" or head.head.pos_ not in {"VERB", "AUX"}:
        return False
    return any(side != SUBJECT and at in state_parts and anchors.get(at) == head.head.i for at, side, _ in named_at)


def _span_root(sentence: Span, start_char: int, end_char: int) -> Token | None:
    """The head word of the phrase at these characters (a mention's), if they hold any token."""
    span = sentence.doc.char_span(start_char, end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _subject_over(sentence: Span, subject: tuple[int, int], below: tuple[int, int]) -> bool:
    """Whether one mention is (or is named in) the subject of a verb whose clause holds the other:
    "U.S. intelligence believes the regime used sarin", "Washington accused the regime"."""
    root, other = _span_root(sentence, *subject), _span_root(sentence, *below)
    if root is None or other is None:
        return False
    while root.dep_ in {"compound", "amod", "poss", "nmod"}:  # "U.S." of "U.S. intelligence"
        root = root.head
    return root.dep_ == "nsubj" and root.head in other.ancestors


def _host_of_post(sentence: Span, start_char: int, end_char: int) -> str | None:
    """The country an embassy, a consulate or an envoy sits in, by its own phrase: "the embassy in
    Washington" → USA (one that acts: "opened an embassy in Tehran" is the place's, see the caller)."""
    head = _span_root(sentence, start_char, end_char)
    if head is None or head.lower_ not in DIPLOMATIC_POSTS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "to"}:
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ == "GPE":
                    name = sentence.doc[place.left_edge.i : place.i + 1].text.removeprefix("the ")
                    country = country_by_capital(name) or country_by_name(name)
                    if country is not None:
                        return country.iso3
    return None


def _own_post(sentence: Span, start_char: int, end_char: int) -> bool:
    """An embassy or consulate a possessive pronoun gives an owner ("its embassy in Cuba", "their
    consulate in Erbil"): a state's own post abroad, never the host's."""
    head = _span_root(sentence, start_char, end_char)
    return head is not None and any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in head.children)


def _coordinated_with(sentence: Span, start_char: int) -> set[int]:
    """The tokens of the phrases coordinated with the one at `start_char` ("Russia" beside "the
    separatists" in "blames the separatists and Russia"), their own words only."""
    head = _head_at(sentence, start_char)
    if head is None:
        return set()
    return {t.i for c in head.conjuncts for t in c.subtree if t.i == c.i or t.dep_ in NOUN_PHRASE_DEPS | OPENING_DEPS}


def _possessed_by(sentence: Span, start_char: int, end_char: int) -> set[int]:
    """The tokens of what a possessor owns, beside itself: "the administration's [call to arm the
    Syrian opposition]"; none when the phrase owns nothing."""
    head = _span_root(sentence, start_char, end_char)
    if head is None or head.dep_ != "poss" or head.head.i == head.i:
        return set()
    return {t.i for t in head.head.subtree} - {t.i for t in head.subtree}


def _names_one_body(text: str) -> bool:
    """A body (not a person) whose own name holds a word that else says "nobody's in particular":
    "the Foreign Ministry" is one country's ("foreign ministries" are many)."""
    word = role_word(text)
    if text.lower().split()[:1] in (["a"], ["an"]):
        return False  # "a foreign government": any one, never the story's own
    return word is not None and bool(NO_COUNTRY_WORDS & set(word.split())) and word.split()[-1] not in PERSON_ROLE_HEADS \
        and not text.lower().rstrip().endswith("s")


def _backers(text: str) -> set[str]:
    """The countries (and regions) a phrase names as backers: "Iran-backed" → IRN, "Western-backed" → WST;
    or as patrons or foes after a stance prefix: "pro-Russian" → RUS."""
    after_stance = [after for prefix, after in re.findall(r"\b(\w+)\s*[-–]\s*([\w.]+)", text) if prefix.lower() in STANCE_PREFIXES]
    return _hyphened_countries(text, BACKER_WORDS) | _countries_named(after_stance)


def _hyphened_countries(text: str, words: Iterable[str]) -> set[str]:
    """The countries (and regions) a phrase names before a hyphen and one of `words`: "Iran-backed"
    with "backed" → IRN, "the U.S.-led coalition" with "led" → USA."""
    return _countries_named([before for before, word in re.findall(r"([\w.]+(?: [\w.]+){0,2}?)\s*[-–]\s*(\w+)", text)
                             if word.lower() in words])


def _countries_named(names: list[str]) -> set[str]:
    """The country or region code each name ends with: "the United States" → USA."""
    found: set[str] = set()
    for before in names:
        words = before.split()
        for i in range(len(words)):  # the longest run of words ending the name: "United States"
            tail = " ".join(words[i:])
            country = country_by_demonym(tail) or country_by_name(tail) or country_by_capital(tail)
            region = region_by_demonym(tail) or region_by_name(tail)
            code = country.iso3 if country is not None else region.code if region else None
            if code is not None:
                found.add(code)
                break
    return found


def _named_backers(sentence: Span, mention: Mention, inside: list[Mention], offset: int) -> set[str]:
    """The countries of bodies named as backers inside a role phrase ("Kremlin-backed separatists",
    "Pentagon-backed fighters"), which `_backers` cannot tell from the words alone: a patron's
    country is no sign of whose the group is."""
    found: set[str] = set()
    for other in inside:
        if other is mention or not other.actor.country or not mention.start - 2 <= other.end <= mention.start + 1 \
                or country_by_iso3(other.actor.country) is None:
            continue  # a state's own body only: "NATO-backed rebels" may take the story's country
        at = _token_at(sentence, other.end - 1 - offset)
        if at >= 0 and _backer(sentence.doc[at]):
            found.add(other.actor.country)
    return found


ADMINISTRATION = "administration"  # "the administration": the executive of the story's leading country
REGIME = "regime"  # a government named by a word for another country's (`_place_bare_roles`)
FEDERAL = "federal"  # "a federal judge": a federation's body (FEDERAL_COUNTRIES)
REBELS = "REB"
STATE_FORCES = frozenset({"GOV", "MIL"})
# A state's armed services named by their own name ("the Navy", "the Air Force", "the Marine Corps"):
# like a chamber, one the story's own country has; a foreign one is named so ("the Russian Navy")
SERVICE_NAME_WORDS = frozenset({"navy", "army", "force", "corps", "marines", "guard"})


def _fought_government(sentence: Span, mention: Mention, inside: list[Mention], offset: int) -> set[str]:
    """The countries of the governments (or armies) a rebel group's own clause acts on: "rebels
    who have toppled the Yemeni government", "militias attacked army posts" (whom they fight
    is where they fight; a patron named by "X-backed" or "pro-X" never is)."""
    head = _span_root(sentence, mention.start - offset, mention.end - offset)
    if head is None:
        return set()
    verbs = [c for c in head.children if c.dep_ == "relcl"] + ([head.head] if head.dep_ == "nsubj" else [])
    objects = [o for verb in verbs if verb.pos_ == "VERB" for c in verb.children
               for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    at = {offset + t.idx for o in objects for t in (o, *o.conjuncts)}
    # an embassy or consulate is its state's abroad: no sign of where its attackers are from
    posts = {offset + t.idx for o in objects for t in (o, *o.conjuncts) if t.lower_ in DIPLOMATIC_POSTS}
    return {m.actor.country for m in inside if m.actor.role in STATE_FORCES and m.actor.country
            and any(m.start <= char < m.end for char in at) and not any(m.start <= char < m.end for char in posts)}


def _head_at(sentence: Span, start_char: int) -> Token | None:
    """The noun of the phrase that begins at `start_char`."""
    span = sentence.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    # to the noun of its phrase; from a determiner or a number too ("Some protesters", "Dozens of lawmakers")
    while token.dep_ in NOUN_PHRASE_DEPS | OPENING_DEPS and token.head.i != token.i and token.head.i > token.i:
        token = token.head
    return token


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word is in (itself, if a verb), the main clause's too."""
    for _ in range(len(token.doc)):  # bounded: a misparse may loop heads
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _subjects_inside_things(verb: Token) -> set[int]:
    """The words of the subjects of clauses that hang, below a verb, inside a noun phrase ("began
    an inquiry into the effort to get Ukraine to investigate": Ukraine): what is acted on, not the
    verb's own clauses ("refused …, pledging that the police would …")."""
    inside: set[int] = set()
    for clause in verb.subtree:
        if clause.i == verb.i or clause.pos_ not in {"VERB", "AUX"}:
            continue
        token, through_noun = clause.head, False
        for _ in range(len(verb.doc)):  # bounded: a misparse may loop heads
            if token.i == verb.i or token.head.i == token.i:
                break
            through_noun = through_noun or token.pos_ in {"NOUN", "PROPN"}
            token = token.head
        if through_noun:
            inside |= {t.i for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"} for t in s.subtree}
    return inside


def _coordinated_clauses(verb: Token) -> set[int]:
    """The tokens of the clauses coordinated with one a verb's clause hangs in ("A consulted B, and
    C said that D killed E": "consulted"'s for "killed"), not the clauses that hold it."""
    apart: set[int] = set()
    token = verb
    for _ in range(len(verb.doc)):  # bounded: a misparse may loop heads
        if token.head.i == token.i:
            break
        if token.dep_ == "conj":
            apart |= {t.i for t in token.head.subtree} - {t.i for t in token.subtree}
        token = token.head
    return apart


def _other_subject_clauses(verb: Token) -> set[int]:
    """The tokens of the clauses coordinated with a verb's own that have a subject of their own
    ("X urged Y, but Putin refused": "refused"'s for "urged", and "urged"'s for "refused"): another
    party's act, not the verb's subject's."""
    def own_subject(clause: Token) -> bool:
        return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)

    apart = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and own_subject(c)
             for t in c.subtree}
    if verb.dep_ == "conj" and own_subject(verb):
        apart |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
    return apart


# Words that open a clause set against the main one: its subject is another party.
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _adverbial_clauses(verb: Token) -> set[int]:
    """The tokens of the clauses with a subject of their own that a contrasting adverbial clause
    sets apart from a verb's clause: the main clause for a verb in "While leaders meet, Iran ...",
    the "while" clause for the main verb; not the clauses that share its subject ("..., saying
    ..."), nor those of time or cause ("as", "after", "because"), as often of the same side."""
    def own_subject(clause: Token) -> bool:  # a contrast of its own: "while", "although" (not "as", "because")
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
            and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in clause.children)

    apart = {t.i for c in verb.children if c.dep_ == "advcl" and own_subject(c) for t in c.subtree}
    for token in (verb, *verb.ancestors):  # the clause the verb sits in, set against the one above it
        if token.dep_ == "advcl" and own_subject(token):
            apart |= {t.i for t in token.head.subtree} - {t.i for t in token.subtree}
            break
    return apart


def _doer_countries(sentence: Span, mention: Mention, inside: list[Mention], offset: int) -> set[str]:
    """The countries of the subject of the clause a mention is acted on in: "Kenya" in "Kenya
    released the opposition leader"; none when the clause has no subject named."""
    head = _span_root(sentence, mention.start - offset, mention.end - offset)
    # only the verb's own object: "a ban on people who had been in Somalia" is not Kenya's people
    if head is None or head.dep_ not in {"dobj", "nsubjpass"} or head.head.pos_ not in {"VERB", "AUX"}:
        return set()
    token = head.head
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    found = _countries_at({t.i for c in subjects for t in c.subtree}, inside, offset, sentence.doc)
    if not found:  # "Indian slum dwellers accused the government": a people's adjective on a subject no role word names
        found = {country.iso3 for c in subjects for t in c.lefts if t.dep_ in NOUN_PHRASE_DEPS
                 for w in t.subtree if w.dep_ in NOUN_PHRASE_DEPS and w.text[:1].isupper()
                 and (country := demonym_country(w)) is not None}
    return found


def _countries_at(tokens: set[int], inside: list[Mention], offset: int, doc: Doc) -> set[str]:
    """The countries of the mentions that hold any of these tokens."""
    found: set[str] = set()
    for m in inside:
        span = doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if span is not None and m.actor.country and m.actor.country not in NOT_COUNTRIES \
                and any(t.i in tokens for t in span):
            found.add(m.actor.country)
    return found


def _members(sentence: Span, start_char: int, inside: list[Mention], offset: int,
             prepositions: frozenset[str] = MEMBER_PREPS) -> set[str]:
    """The countries of the members a group's phrase names: "officials, including X and Y",
    "leaders such as X", "ministers, among them X"; with LOCATED_PREPS, of the places it puts
    them in ("companies in China and Singapore", "hundreds of migrants from Honduras")."""
    head = _head_at(sentence, start_char)
    if head is None:
        return set()
    named = [g for holder in _phrase_holders(head) for c in holder.children if c.dep_ == "prep" and c.lower_ in prepositions
             for g in c.children if g.dep_ == "pobj"]
    if not named:
        return set()
    return _countries_at({t.i for g in named for t in (g, *g.conjuncts)}, inside, offset, sentence.doc)


POST_PREPS = frozenset({"at", "of", "in"})  # "envoys at the Russian embassy", "staff of the consulate"


def _posted_at(sentence: Span, start_char: int, inside: list[Mention], offset: int) -> set[str]:
    """The countries of the embassies or consulates a group's phrase puts it at: "48 envoys at
    the Russian embassy in Washington" are Russia's, whatever state expels them (the parser may hang
    "at" on the verb whose object the group is)."""
    head = _head_at(sentence, start_char)
    if head is None:
        return set()
    holders = [head, head.head] if head.dep_ in {"dobj", "nsubjpass"} else [head]
    posts = {t.i for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in POST_PREPS
             and (holder is head or c.lower_ == "at")
             for g in c.children if g.dep_ == "pobj" for t in (g, *g.conjuncts) if t.lower_ in DIPLOMATIC_POSTS}
    return _countries_at(posts, inside, offset, sentence.doc) if posts else set()


# Roles of people who come from somewhere ("migrants from Honduras"): a "from" place says whose they
# may be, so the sentence's other country is no guess for them.
MOVING_PEOPLE = frozenset({"CVL", "REF"})
REFUGEES = "REF"
LED_WORDS = frozenset({"led"})  # "the U.S.-led coalition": a phrase naming who leads it
HELD_PEOPLE = frozenset({"hostage", "hostages", "captive", "captives"})  # people held by others, mostly foreigners
FLEEING_VERBS = frozenset({"flee", "escape", "leave"})  # a clause on refugees that says whence they came
# Plural role words that name one country's body: "authorities" (Belgian, named elsewhere in the story).
ONE_BODY_PLURALS = frozenset({"authorities"})


def _phrase_holders(head: Token) -> list[Token]:
    """A group noun and the quantity it is counted by: "hundreds of migrants" (the parser hangs
    "from Honduras" on "hundreds")."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NOUN", "NUM"}:
        return [head, head.head.head]
    return [head]


def _come_from(sentence: Span, start_char: int, inside: list[Mention], offset: int, entities: list[Span]) -> bool:
    """Does a "from <country>" on the verb of a group's clause say where it comes from (or only
    whence it went: "deported migrants from the US")? Either way the sentence gives it no country."""
    head = _head_at(sentence, start_char)
    if head is None:
        return False
    holder = _phrase_holders(head)[-1]
    verb = holder.head if holder.dep_ in {"dobj", "nsubjpass", "nsubj"} else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    origins = {g.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"}
    places = (e for e in entities if e.label_ in {"GPE", "LOC"} and any(e.start <= i < e.end for i in origins))
    return bool(origins) and (bool(_countries_at(origins, inside, offset, sentence.doc))
                              or any(country_by_name(e.text) or us_state(e.text) for e in places))


def _fled_from(sentence: Span, start_char: int, inside: list[Mention], offset: int) -> set[str]:
    """The countries named in a fleeing clause on a group's own noun: "refugees fleeing the war in Syria"."""
    head = _head_at(sentence, start_char)
    if head is None:
        return set()
    clauses = [c for c in head.children if c.dep_ in {"acl", "relcl"} and c.lemma_ in FLEEING_VERBS]
    return _countries_at({t.i for c in clauses for t in c.subtree}, inside, offset, sentence.doc)


def _placed_in(sentence: Span, start_char: int, entities: list[Span], story: Iterable[str] = ()) -> str | None:
    """The country of the place a group's own phrase puts it in: a capital, a US state or a city
    the gazetteer places clearly, given the story's countries (`story`): "police in Cairo",
    "protesters in Ohio", "police in Marseille", "a Manchester court" in a British story; "" for
    another place after "in" ("police in Springfield" in a story of no one country); None when its
    phrase names no place (a country named is a mention: see `_members`)."""
    head = _head_at(sentence, start_char)
    if head is None:
        return None
    for obj in (g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
        ent = next((e for e in entities if e.start <= obj.i < e.end), None)
        if ent is not None and ent.label_ in {"GPE", "LOC"} and country_by_name(ent.text) is None:
            return _place_country(ent.text, story) or ""
        if ent is not None and ent.label_ == "ORG" and obj.i == ent.end - 1:
            # "police in Marseille" with the city tagged a body: a city we place clearly is the place
            found = shared_gazetteer().city_country(ent.text, story)
            if found is not None:
                return found
    for modifier in (c for c in head.children if c.dep_ == "compound"):  # "a Manchester court", "Marseille police"
        ent = next((e for e in entities if e.start <= modifier.i < e.end and e.label_ in {"GPE", "ORG"}), None)
        if ent is not None and ent.end == head.i and country_by_name(ent.text) is None:
            # (a city tagged a body, "Marseille" as ORG, only by the gazetteer: "Wagner", "Acme" are none)
            found = _place_country(ent.text, story) if ent.label_ == "GPE" else shared_gazetteer().city_country(ent.text, story)
            if found is not None:
                return found
    return None


def _place_country(name: str, story: Iterable[str]) -> str | None:
    """The country of a place named in a group's phrase: a capital's, a US state's (USA), else a
    city's the gazetteer places with no near namesake elsewhere; None if none of these."""
    capital = country_by_capital(name)
    if capital is not None:
        return capital.iso3
    if us_state(name):
        return "USA"
    return shared_gazetteer().city_country(name, story)


def _country_there(sentence: Span, start_char: int, entities: list[Span]) -> str | None:
    """The country a role noun's own "there" points back to: the place named last before it in its
    sentence ("kept the hold on Ukrainian military aid until officials there agreed" → UKR; a
    country, its capital, its people's adjective, a US state); None without "there" or a place."""
    head = _head_at(sentence, start_char)
    if head is None or not any(c.dep_ == "advmod" and c.lower_ == "there" for c in head.children):
        return None
    for token in reversed(sentence.doc[sentence.start : head.i]):
        if not token.text[:1].isupper():
            continue
        # the recogniser's entity when it has one (its label may be wrong: "Moldova" as ORG)
        ent = next((e for e in entities if e.start <= token.i < e.end), None)
        text = _place_name(ent.text if ent is not None else token.text)
        country = country_by_name(text) or country_by_capital(text) or country_by_demonym(text)
        if country is not None:
            return country.iso3
        if us_state(text):
            return "USA"
    return None


def _acting_place(sentence: Span, start_char: int, entities: list[Span], dep: str = "nsubj", abroad: bool = False,
                  story: Iterable[str] = ()) -> set[str]:
    """The countries of the places a subject's verb puts its act in: the places after "at", "in",
    "outside", "near" on the verb (or on what those name: "from inside a dormitory at Cairo's
    university"), and where the verb's object stands ("surrounded the US Embassy in Berlin"). A
    place counts when its country is known (a country, or a place `_place_country` places given the
    story's countries `story`: a capital, a US state, a city, even one the recogniser tagged a body,
    "searched a flat in Hamburg"); a country written as a modifier ("the US Embassy") is whose the
    building is, not where. With `dep` "dobj", the places of the act of the verb whose object the
    mention is ("met dissidents in Hanoi"). With `abroad` (a state's agents), not where an embassy or
    consulate it acts on stands."""
    head = _head_at(sentence, start_char)
    if head is None or head.dep_ != dep or head.head.pos_ not in {"VERB", "AUX"}:
        return set()
    verb = head.head
    tokens: set[int] = set()
    def where(prep: Token) -> set[int]:  # "from inside a dormitory": inside it; "from France" is whence
        if prep.lower_ in ACT_PLACE_PREPS:
            return {t.i for t in prep.subtree}
        if prep.lower_ != "from":
            return set()
        # "evacuated people from a market in London": the thing left is in London, so the act is
        # there ("from France" alone is still only whence)
        things = [g for g in prep.children if g.dep_ == "pobj"]
        return {t.i for h in [prep, *things] for c in h.children if c.dep_ == "prep" and c.lower_ in ACT_PLACE_PREPS
                for t in c.subtree}

    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ACT_PLACE_PREPS | {"from"}:
            tokens |= where(child)
        elif child.dep_ == "prep":  # "pelted police with rocks from inside …": the parser hangs it on "rocks"
            tokens |= {i for g in child.children if g.dep_ == "pobj" for c in g.children if c.dep_ == "prep" for i in where(c)}
        if child.dep_ == "dobj" and not (abroad and child.lower_ in DIPLOMATIC_POSTS):
            # (a state's agents who inspect "the embassy in Kabul" visit their own state's post abroad)
            tokens |= {t.i for c in child.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} for t in c.subtree}
            # ("evacuated shoppers from a market in London": the parser may hang "from" on the object)
            tokens |= {i for c in child.children if c.dep_ == "prep" and c.lower_ == "from" for i in where(c)}
    found: set[str] = set()
    for ent in entities:
        if ent.label_ not in {"GPE", "LOC", "ORG"} or ent.start not in tokens or ent.root.dep_ in {"compound", "amod", "nmod"}:
            continue
        if ent.label_ == "ORG":  # a body, unless a city we place clearly ("Dusseldorf" tagged ORG)
            city = shared_gazetteer().city_country(ent.text, story)
            found |= {city} if city is not None else set()
            continue
        country = country_by_name(ent.text)
        place = country.iso3 if country is not None else _place_country(ent.text.removesuffix("'s").removesuffix("’s"), story)
        if place is None:
            return set()  # a city not placed clearly: nothing certain
        found.add(place)
    return found


# Prepositions on a verb that say where its act took place.
ACT_PLACE_PREPS = frozenset({"at", "in", "inside", "outside", "near", "through", "across"})


def _possessor_subject(sentence: Span, start_char: int, inside: list[Mention], offset: int) -> set[str]:
    """The countries of the subject of the clause a role noun is the object in, when a possessive
    pronoun says the role is the subject's own: "the senator urged his colleagues", "police asked
    their counterparts" (a subject's own phrase, "his aides said", is its own subject: none)."""
    head = _head_at(sentence, start_char)
    if head is None or head.dep_ in {"nsubj", "nsubjpass"} \
            or not any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in head.children):
        return set()
    # the clause's own object, or the object of a preposition on its verb ("called on his colleagues");
    # deeper in a noun's phrase ("announced a visit by its minister") the owner may be anyone named
    clause = head.head if head.dep_ in {"dobj", "dative"} else head.head.head if head.dep_ == "pobj" else None
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return set()
    subjects = {t.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} for t in (c, *c.conjuncts)}
    return _countries_at(subjects, inside, offset, sentence.doc)


# Possessive pronouns that may stand for their clause's subject ("his colleagues", "their families").
OWNING_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _sentences_with_entities(parsed: ParsedDocument) -> Iterator[tuple[int, Span, list[Span]]]:
    """(paragraph offset, sentence, its entities): each paragraph's entities read once
    (`Span.ents` walks all of the document's, which made long documents quadratic)."""
    for paragraph in parsed.paragraphs:
        entities = list(paragraph.doc.ents)
        firsts = [ent.start for ent in entities]
        for sentence in paragraph.doc.sents:
            inside = entities[bisect.bisect_left(firsts, sentence.start) : bisect.bisect_left(firsts, sentence.end)]
            yield paragraph.offset, sentence, [ent for ent in inside if ent.end <= sentence.end]


SUBJECT, OBJECT, PARTNER = "subject", "object", "partner"


def _side_of(sentence: Span, start_char: int) -> str:
    """Which side of its clause a mention is on: what the sentence acts on ("the prime minister
    condemned Iran's test"), a partner named after a noun ("the handling of talks with China"), or
    the acting side. Only a country of a role noun's own side tells whose the role noun is."""
    return _side_and_anchor(sentence, start_char)[0]


def _side_and_anchor(sentence: Span, start_char: int) -> tuple[str, int]:
    """The side of its clause a mention is on (see `_side_of`) and the word that side hangs on:
    the verb of an object, the noun of a partner ("talks with China": "talks")."""
    span = sentence.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    for _ in range(len(sentence)):  # bounded: a misparse may loop heads
        if token is None or token.head.i == token.i:
            break
        if token.dep_ in {"dobj", "dative", "iobj"}:
            return OBJECT, token.head.i
        if token.dep_ == "pobj" and token.head.lower_ in OBJECT_PREPS:
            if token.head.head.pos_ not in {"NOUN", "PROPN"}:
                return OBJECT, token.head.head.i
            if token.head.lower_ != "from":  # "dissidents from Egypt" are Egypt's: climb on
                return PARTNER, token.head.head.i
        if token.pos_ in {"VERB", "AUX"}:
            return SUBJECT, token.i
        token = token.head
    return SUBJECT, -1


def _title_before(sentence: Span, start_char: int) -> str:
    """The word written just before a mention, lower-cased ("senator" of "Senator Tom Cotton")."""
    at = _token_at(sentence, start_char)
    return sentence.doc[at - 1].lower_ if at > 0 else ""


def _token_at(sentence: Span, start_char: int) -> int:
    span = sentence.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    return span[0].i if span is not None and len(span) else -1


def _reported_by(sentence: Span, start_char: int) -> set[int]:
    """The tokens of what a mention reports, when it is the subject of a reporting verb: the
    verb's complement ("authorities said [the doctor examined the boys]"), or the clause a
    reporting verb is hung on ("[the doctor examined the boys], authorities said")."""
    span = sentence.doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    for _ in range(len(sentence)):  # bounded: a misparse may loop heads
        if token is None or token.head.i == token.i or token.dep_ not in NOUN_PHRASE_DEPS | {"nsubj", "appos", "flat", "det", "case"}:
            return set()
        if token.dep_ == "nsubj":
            break
        token = token.head
    verb = token.head if token is not None else None
    if verb is None or verb.lemma_ not in REPORTING_VERBS:
        return set()
    reported = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    if verb.dep_ == "parataxis":
        reported |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
    return reported


def _hyphen_fragment(token: Token) -> bool:
    """"a “no-spy” accord", "anti-government protesters": the last part of a hyphenated word that
    modifies another noun is no one ("the ex-minister said" heads its own phrase)."""
    doc = token.doc
    glued = token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ and not doc[token.i - 1].whitespace_
    return glued and token.dep_ in {"nmod", "amod", "compound"} and token.head.i > token.i


def _capitalised_role_noun(token: Token) -> bool:
    """A role noun written with a capital after a people's adjective or its country's name, that
    the small model tags as a proper noun of no entity: "Saudi Forces", "Egyptian Special Forces"
    are those states' forces, "the US President" (no name after it) the US's president."""
    return token.pos_ == "PROPN" and not token.ent_type_ and role_of(token.lower_) is not None \
        and any(c.dep_ in {"amod", "compound"} and demonym_country(c) is not None for c in token.lefts) \
        or (token.pos_ == "PROPN" and not token.ent_type_ and role_of(token.lower_) is not None
            and not any(c.dep_ == "prep" for c in token.rights)  # not "the US Secretary of State": a longer title
            and any(c.dep_ == "compound" and c.ent_type_ == "GPE" and country_by_name(c.text) is not None for c in token.lefts))


def _is_common_noun(token: Token) -> bool:
    """A noun, or a lower-case word the small model tagged as a proper noun ("foreign ministry")."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower and not token.ent_type_)


def _owner(head: Token, words: list[Token], by_token: dict[int, Mention]) -> Mention | None:
    """Whose role noun this is: a possessor ("Putin's spokesman"), the object of "of"/"for"
    ("a spokesman for the army"), of "representing" or of "loyal to" ("troops loyal to Assad"), or a body named inside the phrase ("the UN secretary-general")."""
    for child in head.children:
        if child.dep_ == "poss" and child.i in by_token:
            return by_token[child.i]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in by_token:
                    return by_token[obj.i]
    # "lawyers representing Exxon", "officials representing the Afghan government": whom they represent
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_ in OWNER_VERBS:
            for obj in child.children:
                if obj.dep_ == "dobj" and obj.i in by_token:
                    return by_token[obj.i]
    # "troops loyal to President X": X's (the parser may make "troops" the adjective's subject)
    loyal = [c for c in head.children if c.dep_ == "amod"]
    if head.dep_ == "nsubj" and head.head.i == head.i + 1:
        loyal.append(head.head)
    for adjective in loyal:
        if adjective.lower_ in OWNER_ADJECTIVES:
            for prep in adjective.children:
                for obj in prep.children if prep.dep_ == "prep" and prep.lower_ == "to" else ():
                    if obj.dep_ == "pobj" and obj.i in by_token:
                        return by_token[obj.i]
    for token in words:
        mention = by_token.get(token.i)
        if mention is not None and mention.actor.kind == "organisation" and token.i != head.i \
                and not _city_tagged_body(mention) and not _backer(token):
            return mention  # not a backer: "NATO-backed rebels" are rebels, not NATO
    return None


def _person_named_before(head: Token, words: list[Token], by_token: dict[int, Mention]) -> bool:
    """A person named inside a role phrase, before its head ("the Trump administration official",
    "the Macron government spokesman"): the phrase names someone in that person's service, never
    the person, so it is not read as the title of the person the story named last."""
    return any((mention := by_token.get(t.i)) is not None and mention.actor.kind == "person"
               for t in words if t.i < head.i)


def _named_in_apposition(head: Token, by_token: dict[int, Mention]) -> bool:
    """A role phrase the name of a person follows in apposition ("the German foreign minister,
    Heiko Maas, said"): the phrase is that person, whom `_appositions` gives its code, never the
    holder of some title the story named before. (Not a role after a name, "Maria Ellison, the
    president,": that reading of it as the president named before stays.)"""
    return any(c.dep_ == "appos" and (mention := by_token.get(c.i)) is not None and mention.label == "PERSON"
               for c in head.children)


def _city_tagged_body(mention: Mention) -> bool:
    """A city the recogniser tagged a body, of no code ("a Marseille court", "Lyon police"): where
    the role noun is, not whose (the gazetteer places it clearly)."""
    return not mention.actor.code and shared_gazetteer().city_country(mention.text) is not None


def _acts(span: Span) -> bool:
    """Is a place name used as an actor: a subject, an object, a possessor, or the object of a
    preposition that is not about location ("sanctions on Moscow", but not "talks in Moscow")?"""
    token = first_conjunct(span.root)
    following = span.doc[span.end : span.end + 2]
    if len(following) == 2 and following[0].text == "," and following[1].ent_type_ == "GPE":
        return False  # "Moscow, Idaho": a town named after its state
    if token.dep_ == "dobj":
        return token.head.lemma_ not in PLACE_VERBS
    if token.dep_ == "poss" and token.head.lemma_.lower() in CITY_PEOPLE_WORDS:
        return False  # "Washington's Jewish community": the city's people, not the government's
    if token.dep_ in {"nsubj", "nsubjpass", "poss", "dative", "appos"}:
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ not in LOCATIVE_PREPS
    return False


# --- PETRARCH dictionaries ----------------------------------------------------------------------
NOUN_PHRASE_DEPS = {"compound", "amod", "nmod", "poss"}  # modifiers that belong to their head's phrase
OPENING_DEPS = {"det", "predet", "nummod"}  # words a mention may open with before its noun ("the", "some", "three")
AGENT_LABEL = "agent"  # a mention that is an agent noun with no country of its own ("officials")
DICTIONARY_LABEL = "dictionary"


def dictionary_patterns(dictionary: ActorDictionary) -> list[dict]:
    """Token patterns for an actor dictionary's names, tokenised as spaCy's English tokenizer would."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    patterns: list[dict] = []
    for words, entry in dictionary.names():
        code = entry.code_on(None) or ""
        label = "GPE" if len(code) == 3 and code.isalpha() else "ORG"
        tokens = [t.text for t in tokenizer(" ".join(words))]
        patterns.append({"label": label, "pattern": [{"LOWER": t} for t in tokens]})
    return patterns


class DictionaryActors:
    """Mentions from PETRARCH actor and agent dictionaries, coded on a given day."""

    def __init__(self, dictionary: ActorDictionary | None, agents: AgentDictionary | None) -> None:
        self.actors = PhraseIndex(dictionary.names()) if dictionary else None
        self.agents = PhraseIndex(agents.names()) if agents else None

    def matches(self, doc: Doc) -> list[tuple[int, int, ActorEntry | AgentEntry]]:
        """Longest actor-or-agent matches, left to right (an actor wins a tie)."""
        tokens, i = list(doc), 0
        found: list[tuple[int, int, ActorEntry | AgentEntry]] = []
        while i < len(tokens):
            actor = self.actors.longest_at(tokens, i) if self.actors else None
            agent = self.agents.longest_at(tokens, i) if self.agents else None
            hit = actor if actor and (agent is None or actor[0] >= agent[0]) else agent
            if hit is None:
                i += 1
                continue
            found.append((i, hit[0], hit[1]))
            i = hit[0]
        return found

    def __call__(self, doc: Doc, offset: int, day) -> list[Mention]:
        groups: dict[int, list[tuple[int, int, object]]] = {}
        for start, end, value in self.matches(doc):
            groups.setdefault(_phrase_head(doc[start:end]).i, []).append((start, end, value))
        taken = {i for members in groups.values() for s, e, _ in members for i in range(s, e)}
        mentions: list[Mention] = []
        for head, members in groups.items():
            actor, label = self._group_actor(members, doc, day)
            if actor is None:
                continue
            spans = [(s, e) for s, e, _ in members]
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            if head == end and head not in taken:
                end += 1  # "Gondor's Prime Minister Falastur": the phrase's head is part of it
                spans[-1] = (spans[-1][0], end)
            inside = {i for s, e in spans for i in range(s, e)}
            if any(i in taken and i not in inside for i in range(start, end)):
                pieces = spans  # another phrase lies between: one mention per piece
            else:
                pieces = [(start, end)]
            for s, e in pieces:
                begin, finish = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
                mentions.append(Mention(offset + begin, offset + finish, doc[s:e].text, actor, label))
        return mentions

    @staticmethod
    def _group_actor(members, doc: Doc, day) -> tuple[Actor | None, str]:
        actors = [(s, e, v) for s, e, v in members if not isinstance(v, AgentEntry)]
        agents = [v for _, _, v in members if isinstance(v, AgentEntry)]
        if actors:
            s, e, entry = actors[0]
            code = entry.code_on(day)
            if code is None:
                return None, ""
            for agent in agents:
                code = combine_codes(code, agent.code, agent.prefix)
            return dictionary_actor(code, entry.name or doc[s:e].text), DICTIONARY_LABEL
        prefix = "".join(a.code for a in agents if a.prefix)
        suffix = ""
        for agent in (a for a in agents if not a.prefix):
            suffix = combine_codes(suffix, agent.code)
        name = " ".join(a.name for a in agents)
        return Actor(name, "group", prefix or None, suffix or None), AGENT_LABEL


def _coordinated(a: Token, b: Token) -> bool:
    """Do 'and', 'or' or a comma stand between two words ("Fornost and the evil Gondor")?"""
    low, high = sorted((a.i, b.i))
    return any((t.dep_ == "cc" or t.text in {",", ";"}) and t.head in (a, b) for t in a.doc[low + 1 : high])


def _phrase_head(span: Span) -> Token:
    """The noun a matched name or agent modifies: 'Osgiliath' in 'Osgiliath soldiers' → soldiers."""
    token = span.root
    for _ in range(4):
        head = token.head
        if token.dep_ in NOUN_PHRASE_DEPS and head.i != token.i and head.pos_ in {"NOUN", "PROPN"} and not _coordinated(token, head):
            token = head
        else:
            break
    return token
