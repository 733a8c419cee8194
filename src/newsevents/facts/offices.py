"""Well-known office holders with dated codes: the table `facts/data/office_holders.txt` and how a
name is found in it.

The table is facts we keep, like the country list and the outlets: heads of state and government
and a few ministers often named without a title, each office with its dates (its header names the
source and when it was checked). A name matches it only in full, by a listed alias, or without its
middle initials. The actors stage codes people by it (`actors.people` re-exports these names) and
the events stage reads the office a resigner left from it (`events.offices`); both may import a
facts module, neither may import the other stage.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

OFFICE_HOLDERS = Path(__file__).parent / "data" / "office_holders.txt"
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
    """The table's rows: name | aliases ; ... | CODE from..until ; ... | gender."""
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
