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

from newsevents.facts.offices import Office, known_person
from newsevents.grammar import verb_listed
from newsevents.lang.en.events import LEAVING_OFFICE_WORDS
from newsevents.model import Actor, DatePrecision, Modality

YIELDING_REFORM = "083"  # CAMEO's root of yielding to political change: "resigned" is coded 083
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


def resigner_office(source: Actor, target: Actor | None, act: Token, code: str, modality: Modality,
                    day: date | None, precision: DatePrecision | None, published: date | None) -> Actor:
    """A known office holder who resigns or steps down (an 083 act whose word is one of
    `leaving_office_words.txt`) in the office the table says they held then: the one they held on
    the act's own date if the sentence gives one, else on the story's day; out of office by then,
    the one they left last (with no date at all, the table's office for an undated story). One the
    story already codes in an office held at that time keeps it ("Defense Secretary Mattis
    resigned"); a person of another country than the table's, no person, or a resignation not told
    as done (`TOLD_AS_DONE`) is left as it is, and so is one who leaves a party other than the
    office ("resigned from the board of General Dynamics") or, with no date, an office that ended
    more than a year before the story (`RECENT_DAYS`)."""
    if not code.startswith(YIELDING_REFORM) or modality not in TOLD_AS_DONE or source.kind != "person" \
            or not verb_listed(act, LEAVING_OFFICE_WORDS):
        return source
    person = known_person(source.name)
    if person is None or (source.country and source.country != person.country):
        return source
    first, last = _span(day, precision)
    if last is None and published is None:
        office_code = person.code_on(None)
    else:
        when = last or published
        assert when is not None
        held = next((o for o in person.offices if o.holds_on(when)), None)
        if held is not None and (source.role or "") not in OUT_OF_OFFICE_ROLES:
            return source  # in office on the day and coded so by the story
        left = held or (_office_left(person.offices, first, when + HANDOVER_DAYS) if last is not None
                        else _office_left(person.offices, when - RECENT_DAYS, when))
        if left is None:
            return source
        office_code = left.code
    if len(office_code) <= 3 or office_code[:3] != person.country or office_code == source.code \
            or (target is not None and target.code != office_code):
        return source
    return Actor(source.name, source.kind, office_code[:3], office_code[3:], list(source.aliases))
