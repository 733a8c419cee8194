"""The office a known office holder acts in when the act is leaving it.

The actors stage codes a person once per story, by the office the office holders' table
(`facts/data/office_holders.txt`, read by the shared `facts/offices.py`) gives on the story's day and
what the story calls them. A story told after someone left office ("following the sudden
resignation of James Mattis" in a June 2019 story, "former national security adviser Michael Flynn
... resigned in February") makes them an elite or a bare national; but whoever resigns does so as
the holder of the office left (judged: Mattis resigning is USAGOV, Petraeus resigning as CIA
director is not an elite). Read by `events/extract.py` as it emits each event.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from spacy.tokens import Token

from newsevents.events.framing import YIELDING_REFORM
from newsevents.facts.agents import role_of
from newsevents.facts.offices import Office, Person, known_person
from newsevents.grammar import verb_listed
from newsevents.lang.en.events import LEAVING_OFFICE_WORDS
from newsevents.model import Actor, DatePrecision, Modality

OUT_OF_OFFICE_ROLES = frozenset({"", "ELI"})  # what a story told after the term makes of its holder
# The table's end is the day the next holder took over: a resignation told with its own date may
# come some weeks before that ("Mattis resigned on Dec. 20", in office until Jan. 1).
HANDOVER_DAYS = timedelta(days=31)
# A resignation told with no date of its own is the office's only while the office is recent news:
# within a year of the term's end ("the abrupt resignation of Mattis" in June 2019), not a later post
# left years on ("Brennan resigned from the foundation's board" in 2021).
RECENT_DAYS = timedelta(days=365)
# A resignation still to come, asked for or supposed says nothing of an office held before the
# story: "was prepared to resign" told of someone out of office by then names another resigner.
TOLD_AS_DONE: frozenset[Modality] = frozenset({"happened", "negated", "alleged", "denied"})
# The bodies of a state whose own office a resigner leaves with them ("resigned from the Pentagon").
STATE_BODY_ROLES = frozenset({"GOV", "MIL", "SPY", "COP", "JUD", "LEG"})


def _span(day: date | None, precision: DatePrecision | None) -> tuple[date | None, date | None]:
    """The first and last day a resolved event date covers ("in 2014": the whole year)."""
    if day is None or precision is None:
        return None, None
    if precision == "year":
        return day, date(day.year, 12, 31)
    if precision == "month":
        return day, date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day, day


def _office_left(offices: tuple[Office, ...], first: date | None, last: date) -> Office | None:
    """The office whose term ended last by `last` (and not before `first`, a dated act's own start)."""
    ended = [o for o in offices if o.end is not None and o.end <= last and (first is None or o.end >= first)]
    return max(ended, key=lambda o: o.end or date.min) if ended else None


def _names_another_post(act: Token, office: Office) -> bool:
    """Whether the act names, after "as", a post of another role than the table's office ("Boris
    Johnson resigned as an MP": LEG, not the premiership the table holds): he left that post, not
    the office. A post of no known role ("as CIA chief", "as chief executive of Exxon") says nothing."""
    for child in act.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            post = " ".join(t.text for t in child.subtree if t.i != child.i)
            role = role_of(post)
            if role is not None and role != office.code[3:]:
                return True
    return False


def _office_then(person: Person, first: date | None, last: date | None, published: date) -> Office | None:
    """The office a resignation left. Dated by the sentence: one whose term ended in the date's span
    (or some weeks after it, `HANDOVER_DAYS`: "resigned on Dec. 20" from an office held to Jan. 1),
    else the one held on its first day ("resigned his seat in February 2017" left the seat, not the
    office begun that month). Undated: the one held on the story's day, else the last one left within
    a year (`RECENT_DAYS`)."""
    if first is not None and last is not None:
        return _office_left(person.offices, first, last + HANDOVER_DAYS) \
            or next((o for o in person.offices if o.holds_on(first)), None)
    held = next((o for o in person.offices if o.holds_on(published)), None)
    return held or _office_left(person.offices, published - RECENT_DAYS, published)


def _another_party(target: Actor | None, office_code: str) -> bool:
    """Whether the act names a party left other than the office ("resigned from the board of General
    Dynamics"); a body of the person's own state is the office's ("resigned from the Pentagon")."""
    if target is None or target.code == office_code:
        return False
    return not (target.country == office_code[:3] and (target.role or "") in STATE_BODY_ROLES)


def resigner_office(source: Actor, target: Actor | None, act: Token, code: str, modality: Modality,
                    day: date | None, precision: DatePrecision | None, published: date | None) -> Actor:
    """A known office holder who resigns or steps down (an 083 act whose word is one of
    `leaving_office_words.txt`), whom the story makes an elite or a bare national, in the office
    the table says they left then (`_office_then`). Left as the story codes them: one the story
    gives a role of office ("Attorney General Sessions resigned": the story's title stands), a
    person of another country than the table's, no person, a resignation not told as done
    (`TOLD_AS_DONE`), one with no date at all (neither the sentence's nor the story's), and one
    who leaves a party or a post other than the office (`_another_party`, `_names_another_post`)."""
    if not code.startswith(YIELDING_REFORM) or modality not in TOLD_AS_DONE or source.kind != "person" \
            or (source.role or "") not in OUT_OF_OFFICE_ROLES or not verb_listed(act, LEAVING_OFFICE_WORDS):
        return source
    person = known_person(source.name)
    first, last = _span(day, precision)
    story_day = published or last
    if person is None or (source.country and source.country != person.country) or story_day is None:
        return source
    office = _office_then(person, first, last, story_day)
    if office is None or len(office.code) <= 3 or office.code[:3] != person.country or office.code == source.code \
            or _another_party(target, office.code) or _names_another_post(act, office):
        return source
    return Actor(source.name, source.kind, office.code[:3], office.code[3:], list(source.aliases))
