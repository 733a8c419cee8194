"""People across documents and time: well-known office holders with dated codes, a careful
same-person test for names, and role periods (code, first seen, last seen) for the store.

The leaders table is facts we keep (like the outlet list): heads of state and government and a
few ministers often named without a title. A name matches it only in full or by a listed alias.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from newsevents.model import Actor

# --- known office holders -------------------------------------------------------------------------
# name | aliases ; ... | CODE from..until ; CODE from.. (ISO dates, open ends allowed)
# Aliases are written out: a bare surname is listed only where it names one person in the news.
_LEADER_TABLE = """
Vladimir Putin | Putin; Vladimir Vladimirovich Putin | RUSGOV 1999-08-09..
Dmitry Medvedev | Medvedev; Dmitri Medvedev | RUSGOV 2008-05-07..2020-01-16
Sergei Lavrov | Lavrov; Sergey Lavrov | RUSGOV 2004-03-09..
Dmitry Peskov | Peskov; Dmitri Peskov | RUSGOV 2008-05-07..
Sergei Shoigu | Shoigu; Sergey Shoigu | RUSGOV 2012-11-06..
Volodymyr Zelensky | Zelensky; Zelenskyy; Volodymyr Zelenskyy; Volodymyr Zelenskiy; Zelenskiy | UKRGOV 2019-05-20..
Petro Poroshenko | Poroshenko | UKRGOV 2014-06-07..2019-05-20 ; UKROPP 2019-05-20..
Viktor Yanukovych | Yanukovych | UKRGOV 2010-02-25..2014-02-22
Joe Biden | Biden; Joseph Biden; Joseph R. Biden | USAGOV 2009-01-20..2017-01-20 ; USAOPP 2017-01-20..2021-01-20 ; USAGOV 2021-01-20..2025-01-20
Donald Trump | Trump; Donald J. Trump | USAGOV 2017-01-20..2021-01-20 ; USAOPP 2021-01-20..2025-01-20 ; USAGOV 2025-01-20..
Barack Obama | Obama; Barack H. Obama | USAGOV 2009-01-20..2017-01-20
Hillary Clinton | Hillary Rodham Clinton | USAGOV 2009-01-21..2013-02-01
Mike Pompeo | Pompeo | USAGOV 2017-01-23..2021-01-20
John Kerry | Kerry | USAGOV 2013-02-01..2017-01-20
Antony Blinken | Blinken | USAGOV 2021-01-26..2025-01-20
Kamala Harris | Harris | USAGOV 2021-01-20..2025-01-20
Mike Pence | Pence | USAGOV 2017-01-20..2021-01-20
Xi Jinping | Xi | CHNGOV 2012-11-15..
Li Keqiang | | CHNGOV 2013-03-15..2023-03-11
Wang Yi | | CHNGOV 2013-03-16..
Benjamin Netanyahu | Netanyahu; Binyamin Netanyahu; Bibi Netanyahu | ISRGOV 1996-06-18..1999-07-06 ; ISRGOV 2009-03-31..2021-06-13 ; ISROPP 2021-06-13..2022-12-29 ; ISRGOV 2022-12-29..
Naftali Bennett | | ISRGOV 2021-06-13..2022-07-01
Yair Lapid | Lapid | ISRGOV 2021-06-13..2022-12-29 ; ISROPP 2022-12-29..
Benny Gantz | Gantz | ISRMIL 2011-02-14..2015-02-16 ; ISRGOV 2020-05-17..2022-12-29
Mahmoud Abbas | Abu Mazen | PSEGOV 2005-01-15..
Recep Tayyip Erdogan | Erdogan; Erdoğan; Recep Tayyip Erdoğan; Tayyip Erdogan | TURGOV 2003-03-14..
Emmanuel Macron | Macron | FRAGOV 2017-05-14..
Francois Hollande | Hollande; François Hollande | FRAGOV 2012-05-15..2017-05-14
Angela Merkel | Merkel | DEUGOV 2005-11-22..2021-12-08
Olaf Scholz | Scholz | DEUGOV 2018-03-14..2025-05-06
Theresa May | | GBRGOV 2016-07-13..2019-07-24
Boris Johnson | | GBRGOV 2016-07-13..2018-07-09 ; GBRGOV 2019-07-24..2022-09-06
David Cameron | Cameron | GBRGOV 2010-05-11..2016-07-13 ; GBRGOV 2023-11-13..2024-07-05
Rishi Sunak | Sunak | GBRGOV 2020-02-13..2024-07-05 ; GBROPP 2024-07-05..2024-11-02
Keir Starmer | Starmer | GBROPP 2020-04-04..2024-07-05 ; GBRGOV 2024-07-05..
Narendra Modi | Modi | INDGOV 2014-05-26..
Shinzo Abe | Abe | JPNGOV 2012-12-26..2020-09-16
Fumio Kishida | Kishida | JPNGOV 2021-10-04..2024-10-01
Justin Trudeau | Trudeau | CANGOV 2015-11-04..2025-03-14
Kim Jong Un | Kim Jong-un; Kim Jong-Un | PRKGOV 2011-12-17..
Moon Jae-in | Moon Jae-In | KORGOV 2017-05-10..2022-05-10
Ali Khamenei | Khamenei; Ayatollah Ali Khamenei | IRNGOV 1989-06-04..
Hassan Rouhani | Rouhani | IRNGOV 2013-08-03..2021-08-03
Mohammad Javad Zarif | Zarif | IRNGOV 2013-08-15..2021-08-25
Bashar al-Assad | Assad; Bashar Assad; Bashar al Assad | SYRGOV 2000-07-17..2024-12-08
Abdel Fattah al-Sisi | Sisi; el-Sisi; al-Sisi; Abdel Fattah el-Sisi | EGYMIL 2012-08-12..2014-03-26 ; EGYGOV 2014-06-08..
Mohammed bin Salman | bin Salman; Mohammad bin Salman | SAUGOV 2015-01-23..
Jair Bolsonaro | Bolsonaro | BRAGOV 2019-01-01..2023-01-01 ; BRAOPP 2023-01-01..
Luiz Inacio Lula da Silva | Lula; Lula da Silva; Luiz Inácio Lula da Silva | BRAGOV 2003-01-01..2011-01-01 ; BRAGOV 2023-01-01..
Nicolas Maduro | Maduro; Nicolás Maduro | VENGOV 2013-03-05..
Juan Guaido | Guaido; Juan Guaidó; Guaidó | VENOPP 2019-01-05..
Alexei Navalny | Navalny; Alexey Navalny | RUSOPP 2011-01-01..2024-02-16
Alexander Lukashenko | Lukashenko; Aleksandr Lukashenko | BLRGOV 1994-07-20..
Viktor Orban | Orban; Viktor Orbán; Orbán | HUNGOV 2010-05-29..
Antonio Guterres | Guterres; António Guterres | IGOUNO 2017-01-01..
Ban Ki-moon | Ban Ki-Moon | IGOUNO 2007-01-01..2016-12-31
Jens Stoltenberg | Stoltenberg | IGOWSTNAT 2014-10-01..2024-10-01
Ursula von der Leyen | von der Leyen | DEUGOV 2013-12-17..2019-07-17 ; IGOEUREEC 2019-12-01..
Rafael Grossi | Grossi | IGOUNOIAE 2019-12-03..
Tedros Adhanom Ghebreyesus | Tedros | IGOUNOHLHWHO 2017-07-01..
"""


@dataclass(frozen=True)
class Office:
    code: str
    start: date | None
    end: date | None  # exclusive: the day the next holder takes over

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]

    def code_on(self, day: date | None) -> str:
        """The code on `day`; with no day, the latest office (the news is mostly recent)."""
        if day is not None:
            for office in self.offices:
                if office.holds_on(day):
                    return office.code
            # Between offices or after the last: the latest one begun before the day, if any.
            begun = [o for o in self.offices if o.start is None or o.start <= day]
            if begun:
                return max(begun, key=lambda o: o.start or date.min).code
        return max(self.offices, key=lambda o: o.start or date.min).code


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def _parse_leaders() -> tuple[Person, ...]:
    people = []
    for line in _LEADER_TABLE.strip().splitlines():
        name, aliases, offices = (cell.strip() for cell in line.split("|"))
        parsed = []
        for item in offices.split(";"):
            code, period = item.split()
            start, _, end = period.partition("..")
            parsed.append(Office(code, _day(start), _day(end)))
        people.append(Person(name, tuple(a.strip() for a in aliases.split(";") if a.strip()), tuple(parsed)))
    return tuple(people)


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
    """An office holder from the table by full name or listed alias ("Putin", "Binyamin Netanyahu")."""
    return _LEADER_INDEX.get(name_key(name))


# --- same person? -----------------------------------------------------------------------------------
_HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady president pres prime minister premier chancellor gen general "
    "col colonel lt sen senator rep gov governor king queen prince sheikh ayatollah rev".split()
)
_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
_PARTICLES = frozenset("al el bin ibn von van der de da di du la le".split())
# English hypocoristics: "Joe Biden" is "Joseph Biden". Kept short on purpose.
_NICKNAMES = {
    "joe": "joseph", "bill": "william", "will": "william", "bob": "robert", "rob": "robert",
    "mike": "michael", "jim": "james", "jimmy": "james", "tom": "thomas", "dick": "richard",
    "rick": "richard", "tony": "anthony", "ted": "edward", "ed": "edward", "dave": "david",
    "dan": "daniel", "steve": "stephen", "alex": "alexander", "sasha": "alexander", "bibi": "benjamin",
    "nick": "nicholas", "chris": "christopher", "sam": "samuel", "ben": "benjamin", "andy": "andrew",
}


@dataclass(frozen=True)
class NameParts:
    given: tuple[str, ...]  # given names, initials as single letters
    surname: str
    suffix: str  # "jr", "sr", "ii" ... or ""


def name_parts(name: str) -> NameParts:
    words = [w for w in name_key(name).replace(".", " ").split()]
    words = [w for w in words if w not in _HONORIFICS] or words
    suffix = ""
    while words and words[-1] in _SUFFIXES:
        suffix = _SUFFIXES[words.pop()]
    if not words:
        return NameParts((), "", suffix)
    # Particles belong to the surname: "Bashar al Assad" → surname "al assad" → compared as "assad".
    i = len(words) - 1
    while i > 0 and words[i - 1] in _PARTICLES:
        i -= 1
    surname = " ".join(w for w in words[i:] if w not in _PARTICLES) or words[-1]
    return NameParts(tuple(words[:i]), surname, suffix)


def _skeleton(word: str) -> str:
    """Transliteration-proof form: 'Binyamin' and 'Benjamin', 'Mohammed' and 'Muhammad' agree."""
    word = word.replace("ph", "f").replace("ck", "k").replace("kh", "h").replace("j", "y").replace("w", "v")
    consonants = re.sub(r"[aeiouy]", "", word[1:])
    return word[0] + re.sub(r"(.)\1+", r"\1", consonants)


def _same_word(a: str, b: str) -> bool:
    a, b = _NICKNAMES.get(a, a), _NICKNAMES.get(b, b)
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
