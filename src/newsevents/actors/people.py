"""People across documents and time: well-known office holders with dated codes, a careful
same-person test for names, and role periods (code, first seen, last seen) for the store.

The office-holder table (facts/data/office_holders.txt, read by `facts/offices.py`) is facts we keep,
like the outlet list: heads of state and government and a few ministers often named without a
title, each office with its dates. A name matches it only in full or by a listed alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsevents.facts.offices import GENDERS, LEADERS, Person, known_person, name_key
from newsevents.lang.en.actors import HONORIFICS, NAME_SUFFIXES, NICKNAMES, PARTICLES
from newsevents.model import Actor

# --- known office holders -------------------------------------------------------------------------
# The table and its reading are facts (`facts/offices.py`, `facts/data/office_holders.txt`), shared
# with the events stage; the names the actors stage and its tests use are re-exported from here.
GIVEN_NAMES = Path(__file__).parent / "data" / "given_names.txt"


def _parse_given_names(path: Path = GIVEN_NAMES) -> dict[str, str]:
    genders: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gender, names = (cell.strip() for cell in line.split("|"))
        for name in names.split():
            assert name not in genders, f"{name} is listed twice"
            genders[name] = GENDERS[gender]
    return genders


_GIVEN_NAMES = _parse_given_names()


def gender_of(name: str) -> str | None:
    """"female" or "male" when the name says so: a known office holder's own, else the first
    word's when it is a given name borne by one gender ("Wendy Cutler"); otherwise None."""
    person = known_person(name)
    if person is not None and person.gender is not None:
        return person.gender
    words = name_key(name).split()
    if len(words) < 2:
        return None  # a bare surname ("Graham", "Warren") is no given name
    return _GIVEN_NAMES.get(words[0])


def _by_surname(people: tuple[Person, ...]) -> dict[str, list[Person]]:
    found: dict[str, list[Person]] = {}
    for person in people:
        found.setdefault(name_parts(person.name).surname, []).append(person)
    return found


def family_country(surname: str, role: str) -> str | None:
    """The country of a bare surname under a title when several office holders of one country
    bear it and none is listed by it alone: "President Bush" (father or son), "Secretary Clinton",
    "Ambassador Rice" are the US's, whichever of them. One of them must have held an office of the
    title's role. None for a surname one table holder bears (left unlisted because other people
    share it: "President Johnson" is no British prime minister) or holders of several countries."""
    holders = _SURNAME_HOLDERS.get(name_key(surname), [])
    if len(holders) < 2 or known_person(surname) is not None:
        return None
    countries = {person.country for person in holders}
    if len(countries) != 1 or not any(office.code[3:6] == role for person in holders for office in person.offices):
        return None
    return countries.pop()


@dataclass(frozen=True)
class NameParts:
    given: tuple[str, ...]  # given names, initials as single letters
    surname: str
    suffix: str  # "jr", "sr", "ii" ... or ""


def name_parts(name: str) -> NameParts:
    words = [w for w in name_key(name).replace(".", " ").split()]
    words = [w for w in words if w not in HONORIFICS] or words
    suffix = ""
    while words and words[-1] in NAME_SUFFIXES:
        suffix = NAME_SUFFIXES[words.pop()]
    if not words:
        return NameParts((), "", suffix)
    # Particles belong to the surname: "Bashar al Assad" → surname "al assad" → compared as "assad".
    i = len(words) - 1
    while i > 0 and words[i - 1] in PARTICLES:
        i -= 1
    surname = " ".join(w for w in words[i:] if w not in PARTICLES) or words[-1]
    return NameParts(tuple(words[:i]), surname, suffix)


def _skeleton(word: str) -> str:
    """Transliteration-proof form: 'Binyamin' and 'Benjamin', 'Mohammed' and 'Muhammad' agree."""
    word = word.replace("ph", "f").replace("ck", "k").replace("kh", "h").replace("j", "y").replace("w", "v")
    consonants = re.sub(r"[aeiouy]", "", word[1:])
    return word[0] + re.sub(r"(.)\1+", r"\1", consonants)


def _same_word(a: str, b: str) -> bool:
    a, b = NICKNAMES.get(a, a), NICKNAMES.get(b, b)
    return a == b or (len(a) > 2 and len(b) > 2 and _skeleton(a) == _skeleton(b))


def same_person(a: str, b: str) -> bool:
    """Do two full names name one person? Careful by design, for merging actors across documents:

    - surnames agree (up to transliteration: "Netanyahu"), first given names agree up to
      transliteration or a common nickname ("Binyamin"/"Benjamin", "Joe"/"Joseph");
    - every further given name or initial must agree, and one name having a middle initial the
      other lacks is a difference ("George Bush" is not "George W. Bush": it may be his father);
    - a generational suffix (Jr., Sr., II) must be the same on both, absent on both included;
    - a bare surname is never enough to merge.
    """
    x, y = name_parts(a), name_parts(b)
    if not x.surname or not y.surname or not x.given or not y.given:
        return False
    if x.suffix != y.suffix or not _same_word(x.surname.replace(" ", ""), y.surname.replace(" ", "")):
        return False
    if len(x.given) != len(y.given):
        return False
    for p, q in zip(x.given, y.given):
        if len(p) == 1 or len(q) == 1:  # an initial matches the name it stands for
            if p[0] != q[0]:
                return False
        elif not _same_word(p, q):
            return False
    return True


_SURNAME_HOLDERS = _by_surname(LEADERS)


# --- roles over time ---------------------------------------------------------------------------------
@dataclass
class RolePeriod:
    """One stretch of time over which the documents coded an actor the same way."""

    code: str
    first_seen: date
    last_seen: date


def observe_role(periods: list[RolePeriod], code: str, day: date) -> list[RolePeriod]:
    """Fold one dated observation (a document coding the actor `code` on `day`) into the periods,
    kept in time order. Observations may arrive out of order; a day inside another code's period
    splits nothing (one document disagreeing is kept as its own short period)."""
    if not code:
        return periods
    periods = sorted(periods, key=lambda p: p.first_seen)
    for period in periods:  # already inside a period with this code, or at its edge
        if period.code == code and period.first_seen <= day <= period.last_seen:
            return periods
    before = [p for p in periods if p.first_seen <= day]
    after = [p for p in periods if p.first_seen > day]
    previous = before[-1] if before else None
    following = after[0] if after else None
    if previous is not None and previous.code == code and previous.last_seen <= day:
        previous.last_seen = day
        if following is not None and following.code == code:  # the gap closes
            previous.last_seen = following.last_seen
            periods.remove(following)
        return periods
    if following is not None and following.code == code and (previous is None or previous.last_seen < day):
        following.first_seen = day
        return periods
    periods.append(RolePeriod(code, day, day))
    return sorted(periods, key=lambda p: p.first_seen)


def role_periods(actor: Actor, day: date | None, periods: list[RolePeriod] | None = None) -> list[RolePeriod]:
    """The periods of `actor` after a document dated `day` coded it: what the store keeps per actor
    row. Without a date nothing can be placed in time and the periods are returned unchanged."""
    periods = list(periods or [])
    if day is None or not actor.code:
        return periods
    return observe_role(periods, actor.code, day)


def code_on(periods: list[RolePeriod], day: date) -> str | None:
    """The code in force on `day`: the last period begun on or before it."""
    begun = [p for p in periods if p.first_seen <= day]
    return max(begun, key=lambda p: p.first_seen).code if begun else None
