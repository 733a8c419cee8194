"""People across documents and time: well-known office holders with dated codes, a careful
same-person test for names, and role periods (code, first seen, last seen) for the store.

The office-holder table (data/office_holders.txt) is facts we keep, like the outlet list: heads of
state and government and a few ministers often named without a title, each office with its dates.
A name matches it only in full or by a listed alias.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from newsevents.lang.en.actors import HONORIFICS, NAME_SUFFIXES, NICKNAMES, PARTICLES
from newsevents.model import Actor

# --- known office holders -------------------------------------------------------------------------
# Facts we keep, apart from the code: data/office_holders.txt names its source and when it was checked.
OFFICE_HOLDERS = Path(__file__).parent / "data" / "office_holders.txt"
GIVEN_NAMES = Path(__file__).parent / "data" / "given_names.txt"
GENDERS = {"m": "male", "f": "female"}


@dataclass(frozen=True)
class Office:
    code: str
    start: date | None
    end: date | None  # exclusive: the day the next holder takes over
    known_for: bool = False  # the office an undated story names them in (`*` in the table)

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]
    gender: str | None = None  # "male" / "female": whom "he" or "she" can stand for

    def code_on(self, day: date | None) -> str:
        """The code of the office held on `day`; out of office (before the first, between two,
        after the last) only the country: what the article says of them gives the role. With no
        day, the office the table marks as the one the news names them in (a prime minister or
        president later on the backbenches or in opposition: Theresa May, Jair Bolsonaro), else the
        latest office (the news is mostly recent)."""
        if day is not None:
            for office in self.offices:
                if office.holds_on(day):
                    return office.code
            return self.country
        return next((o.code for o in self.offices if o.known_for), self.latest_office.code)

    @property
    def latest_office(self) -> Office:
        return max(self.offices, key=lambda o: o.start or date.min)

    @property
    def country(self) -> str:
        """The country (or IGO) of the person's offices: of the latest one."""
        return self.latest_office.code[:3]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def _parse_leaders(path: Path = OFFICE_HOLDERS) -> tuple[Person, ...]:
    people = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, offices, gender = (cell.strip() for cell in line.split("|"))
        parsed = []
        for item in offices.split(";"):
            code, period = item.split()
            start, _, end = period.partition("..")
            parsed.append(Office(code.rstrip("*"), _day(start), _day(end), code.endswith("*")))
        people.append(Person(name, tuple(a.strip() for a in aliases.split(";") if a.strip()), tuple(parsed),
                             GENDERS[gender]))
    return tuple(people)


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


@lru_cache(maxsize=1 << 14)  # a pure reading of a name, asked of the same names over and over in a story
def name_key(name: str) -> str:
    """Accents folded, case folded, punctuation dropped, hyphens as spaces: the key of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’]s$", "", text)
    return " ".join(re.sub(r"[^\w\s-]", "", text).replace("-", " ").split())


LEADERS = _parse_leaders()
_LEADER_INDEX: dict[str, Person] = {}
for _person in LEADERS:
    for _form in (_person.name, *_person.aliases):
        _LEADER_INDEX.setdefault(name_key(_form), _person)


def known_person(name: str) -> Person | None:
    """An office holder from the table by full name or listed alias ("Putin", "Binyamin Netanyahu"),
    or by the name without its middle initials ("Eric H. Holder" is the table's Eric Holder)."""
    key = name_key(name)
    found = _LEADER_INDEX.get(key)
    if found is not None or (bare := _without_initials(key)) == key:
        return found
    found = _LEADER_INDEX.get(bare)
    if found is not None and any(form != bare and _without_initials(form) == bare
                                 for form in map(name_key, (found.name, *found.aliases))):
        return None  # the table writes his initial, and another: "Michael G. Flynn" is not "Michael T. Flynn"
    return found


def _without_initials(key: str) -> str:
    """A name key less its middle initials ("eric h holder jr" → "eric holder jr"): the house style
    of some papers, and no other person (a suffix stays: "Donald Trump Jr." is his son). A name
    whose only given names are initials ("H. W. Bush") or that is all one word keeps them."""
    words = key.split()
    kept = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and len(w) == 1)]
    return " ".join(kept) if len(kept) >= 2 and len(kept[0]) > 1 else key


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
