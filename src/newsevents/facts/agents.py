"""Role nouns and titles → CAMEO agent (role) codes; the news outlets we know, by name and domain.
The tables are package data under facts/data/ (role_codes, roles, role_heads, titles, outlets .txt),
read at import; each file's header names its columns, source and licence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, cast
from urllib.parse import urlsplit

from newsevents.facts.countries import _rows, country_by_demonym, country_by_name, country_by_seat

# CAMEO role (agent) codes and what each covers (facts/data/role_codes.txt; why MED and HLH keep
# CAMEO's sense rather than PLOVER's is noted there).
ROLE_CODES: dict[str, str] = {code: text for code, text in _rows("role_codes.txt", 2)}
# Roles whose people belong where they are ("police in Istanbul", "protesters in Lyon" are that
# city's country's); officials, troops or reporters in a city are as often foreigners posted there.
HOME_ROLES = frozenset({"COP", "JUD", "CVL", "OPP", "LAB", "EDU", "REB", "LEG", "BUS"})
# A state's own agents, who arrest or detain people rather than abduct them (facts/data/state_doer_roles.txt).
STATE_DOER_ROLES = frozenset(code for (code,) in _rows("state_doer_roles.txt", 1))

# Words that follow "General" and friends in names that are not people ("General Motors").
_NOT_PERSON = frozenset(word for (word,) in _rows("not_person_words.txt", 1))
_TITLE_MODIFIERS = r"(?:(?:deputy|acting|interim|first)\s+)?"


def _expand(phrase: str) -> list[str]:
    m = re.search(r"\((e?s)\)", phrase)
    if not m:
        return [phrase]
    head, tail = phrase[: m.start()], phrase[m.end() :]
    return [head + tail, head + m.group(1) + tail]


def _code_rows(table: str) -> list[tuple[str, str]]:
    """(code, phrase) pairs of a 'code | phrase' file under facts/data/, "x(s)" expanded."""
    return [(code, p) for code, phrase in _rows(table, 2) for p in _expand(phrase)]


def _words(text: str) -> list[str]:
    """Case-folded words, possessives dropped, hyphens as spaces: 'Putin's' → 'putin'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"['’]s\b|['’]", "", text)
    return re.findall(r"[^\W_]+", text)


def _build(rows: list[tuple[str, str]]) -> dict[str, str]:
    """Normalised phrase → code; a phrase under two codes is a mistake in the table."""
    codes: dict[str, str] = {}
    for code, phrase in rows:
        key = " ".join(_words(phrase))
        if codes.get(key, code) != code:
            raise ValueError(f"{phrase!r} is listed under both {codes[key]} and {code}")
        codes[key] = code
    return codes


# Role nouns and titles: facts/data/roles.txt, role_heads.txt and titles.txt.
ROLES: dict[str, str] = _build(_code_rows("roles.txt"))
"""Normalised role phrase → CAMEO role code ("-" for known non-agents)."""
# Generic heads ("spokesman", "chief") take the role of what precedes them (see role_heads.txt).
_HEAD_SET = frozenset(" ".join(_words(head)) for (head,) in _rows("role_heads.txt", 1))
_MAX_WORDS = max(len(k.split()) for k in ROLES.keys() | _HEAD_SET)


@lru_cache(maxsize=1 << 14)  # a pure reading of a phrase, asked of every noun phrase and name
def role_of(phrase: str) -> str | None:
    """CAMEO role code of the longest known role phrase ending `phrase`, or None.

    >>> role_of("Israeli Defence Forces chief-of-staff"), role_of("Putin's spokesman")
    ('MIL', 'GOV')
    """
    return _role([w for w in _words(phrase) if w not in TEMPORARY_TITLE_WORDS])


def generic_title(phrase: str) -> bool:
    """Is a title's role decided by a generic head alone ("chief of staff", "pack-leaders": no
    body, country or office word before the head says whose)? Such a title says less of a person
    than an office known to be held on the day.

    >>> generic_title("chief of staff"), generic_title("pack-leaders"), generic_title("army chief")
    (True, True, False)
    """
    words = [w for w in _words(phrase) if w not in TEMPORARY_TITLE_WORDS]
    if " ".join(words) in _HEAD_SET:
        return True
    found = _role_phrase(words)
    return found is not None and found[0] in _HEAD_SET


def role_phrase(phrase: str) -> str | None:
    """The known role phrase that decides `phrase`'s role ("Press Secretary" → "press secretary";
    "TUC general secretary" → "general secretary"), or None."""
    found = _role_phrase([w for w in _words(phrase) if w not in TEMPORARY_TITLE_WORDS])
    return found[0] if found else None


# Words that say how long an office is held, not which: "White House acting Chief of Staff" is the
# White House chief of staff's role.
TEMPORARY_TITLE_WORDS = frozenset({"acting", "interim"})


def _seat_before(words: list[str]) -> bool:
    """Do `words` end with the seat of a country's executive ("white house", "kremlin", "downing street")?"""
    return any(country_by_seat(" ".join(words[-n:])) is not None for n in range(min(len(words), 3), 0, -1))


def _role(words: list[str]) -> str | None:
    found = _role_phrase(words)
    return found[1] if found else None


def _role_phrase(words: list[str]) -> tuple[str, str] | None:
    """(the phrase that decides the role, its code) for the longest known role phrase ending `words`."""
    for n in range(min(len(words), _MAX_WORDS), 0, -1):
        key = " ".join(words[-n:])
        if key in _HEAD_SET:
            # "army spokesman": the army's role; "Putin's spokesman": the head's own row.
            inner = _role_phrase(words[:-n])
            if inner is None and _seat_before(words[:-n]):
                # "Kremlin chief of staff", "Downing Street spokesman": the executive office's own staff
                inner = (key, "GOV")
            found = inner or ((key, ROLES[key]) if key in ROLES else None)
        else:
            found = (key, ROLES[key]) if key in ROLES else None
            if found is None:
                continue
        return None if found is None or found[1] == "-" else found
    return None


def role_word(phrase: str) -> str | None:
    """The words that name a role in `phrase`, without its country, article or generic head, singular;
    None when only a generic head names it ("officials", "Putin's spokesman"): "judiciary officials"
    and "Iran's judiciary" → "judiciary"; "Chinese foreign ministry spokesman" → "foreign ministry".
    Two phrases of one role word (or one ending the other: "the ministry") may name one body."""
    words = _words(phrase)
    found = _role_phrase(words)
    if found is None or found[0] in _HEAD_SET:
        return None
    while True:  # "foreign ministry spokesman": the ministry's people
        tail = next((n for n in range(min(len(words) - 1, _MAX_WORDS), 0, -1)
                     if " ".join(words[-n:]) in _HEAD_SET and _role_phrase(words[:-n])), 0)
        if not tail:
            break
        words = words[:-tail]
    kept: list[str] = []
    for word in reversed(words):
        if word in {"the", "a", "an", "its", "their", "his", "her"} or country_by_demonym(word) or country_by_name(word):
            break
        kept.insert(0, word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return " ".join(kept) or None


def same_role_word(bare: str, named: str) -> bool:
    """May a bare role word name the body a story named so? "judiciary" and "judiciary"; "ministry"
    and "foreign ministry"; not "foreign ministry" and "commerce ministry", nor "Trump administration"
    and "administration" (the bare one says more)."""
    return bare == named or named.endswith(" " + bare)


def _title_pattern(title: str) -> str:
    words = re.split(r"[\s-]+", title)
    dotted = (re.escape(w.rstrip(".")) + (r"\.?" if w.endswith(".") else "") for w in words)
    return r"[\s-]+".join(dotted)


# Titles before a person's name (titles.txt); dots are optional and "-" is as good as a space.
_TITLE_ROWS = _code_rows("titles.txt")
_TITLES: dict[str, str] = _build(_TITLE_ROWS)
_TITLE_FORMS = sorted((t for _, t in _TITLE_ROWS), key=len, reverse=True)
_TITLE_RE = re.compile(
    r"^\s*(?P<title>" + _TITLE_MODIFIERS + "(?:"
    + "|".join(_title_pattern(t) for t in _TITLE_FORMS)
    + r"))\s+(?P<rest>[^\W\d_][\w'’.-]*(?:\s+\S+)*)\s*$",
    re.IGNORECASE,
)


def abbreviated_ranks() -> list[str]:
    """The military ranks titles.txt writes as one abbreviated word, capitalised as before a name
    ("Capt.", "Lt.", "Cdr."): the words the tokenizer must keep whole (`nlp.whole_ranks`)."""
    return [title.capitalize() for code, title in _TITLE_ROWS
            if code == "MIL" and re.fullmatch(r"[a-z]+\.", title)]


@lru_cache(maxsize=1 << 14)  # a pure reading of a name, asked of each person of a story for every other one
def split_title(name: str) -> tuple[str, str | None, str]:
    """(title, role code, bare name) of a person's name: 'Lt. Gen. Gadi Eisenkot' →
    ('Lt. Gen.', 'MIL', 'Gadi Eisenkot'); ('', None, name) when no title leads it."""
    m = _TITLE_RE.match(name)
    if not m or not m.group("rest")[0].isupper():
        return "", None, name.strip()
    if _words(m.group("rest"))[0] in _NOT_PERSON:
        return "", None, name.strip()
    title = m.group("title")
    words = [w for w in _words(title) if w not in {"deputy", "acting", "interim", "first"}]
    code = _TITLES.get(" ".join(words))
    return title, (None if code in (None, "-") else code), m.group("rest")


# ---------------------------------------------------------------------------------------------
# News outlets (facts/data/outlets.txt): "name; other name | ISO-3 | kind | domain domain".

OutletKind = Literal["agency", "newspaper", "magazine", "broadcaster", "online"]


@dataclass(frozen=True)
class Outlet:
    """A news outlet: `names` holds every name it goes by, the canonical `name` first."""

    name: str
    names: tuple[str, ...]
    country: str
    kind: OutletKind
    domains: tuple[str, ...]




def _load_outlets() -> tuple[Outlet, ...]:
    outlets = []
    for names, country, kind, domains in _rows("outlets.txt", 4):
        all_names = tuple(n.strip() for n in names.split(";"))
        kind = cast(OutletKind, kind)
        outlets.append(Outlet(all_names[0], all_names, country, kind, tuple(domains.split())))
    return tuple(outlets)


OUTLETS: tuple[Outlet, ...] = _load_outlets()


def _name_key(name: str) -> str:
    """'The Jerusalem Post' and 'jerusalem post' meet; so do 'Al-Jazeera' and 'Al Jazeera'."""
    text = unicodedata.normalize("NFKD", name.strip())
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s$", "", text)
    words = re.findall(r"[^\W_]+", text.replace("&", " and ").replace("'", "").replace("’", ""))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


_BY_NAME: dict[str, Outlet] = {_name_key(n): o for o in OUTLETS for n in o.names}
_BY_DOMAIN: dict[str, Outlet] = {d: o for o in OUTLETS for d in o.domains}


@lru_cache(maxsize=65536)
def outlet_by_name(text: str) -> Outlet | None:
    """The outlet called `text` (any case, with or without a leading 'the'), or None.
    A bare host such as 'Newsweek.com' is looked up as a domain. Kept per text: the actor coder
    asks it of each name and word it reads, and an article repeats them."""
    outlet = _BY_NAME.get(_name_key(text))
    if outlet is None and re.fullmatch(r"\S+\.[a-zA-Z]{2,}\S*", text.strip()):
        outlet = outlet_by_domain(text)
    return outlet


def outlet_by_domain(url_or_host: str) -> Outlet | None:
    """The outlet at a URL or host: 'https://www.newsweek.com/x' → Newsweek; subdomains such as
    'edition.cnn.com' fall back to their parent domain."""
    text = url_or_host.strip()
    try:
        host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    except ValueError:  # "Invalid IPv6 URL" ('[' or ']' in it), a bad port: no outlet, not an error
        return None
    labels = host.rstrip(".").split(".")
    for i in range(len(labels) - 1):
        outlet = _BY_DOMAIN.get(".".join(labels[i:]))
        if outlet is not None:
            return outlet
    return None


# Names that are ordinary words too ("Time", "Dawn", "The Australian government"): in running text
# only their domains count, or, for a few, their name with its "The" ("The Times").
# (facts/data/outlet_ambiguous_names.txt)
_AMBIGUOUS = frozenset(name for name, _ in _rows("outlet_ambiguous_names.txt", 2))
_THE_ONLY = frozenset(name for name, with_the in _rows("outlet_ambiguous_names.txt", 2) if with_the == "yes")


def outlet_name_is_word(name: str) -> bool:
    """Whether an outlet's name is an ordinary word too ("Australian", "Time"), with or without "The"."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).casefold() in _AMBIGUOUS


def _mention_forms() -> dict[str, Outlet]:
    forms: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for name in outlet.names:
            core = name[4:] if name.startswith("The ") else name
            if core.casefold() not in _AMBIGUOUS:
                forms.setdefault(core, outlet)
                forms.setdefault(name, outlet)  # "The Times of Israel" must outrun "The Times"
            elif core.casefold() in _THE_ONLY and name != core:
                forms.setdefault(name, outlet)
        for domain in outlet.domains:
            forms.setdefault(domain, outlet)
    return forms


def _loose(name: str) -> str:
    """Regex for a name with space and hyphen interchangeable: 'Al Jazeera', 'Al-Jazeera'."""
    return r"[\s-]".join(re.escape(part) for part in re.split(r"[\s-]", name))


def _mention_key(form: str) -> str:
    return re.sub(r"[\s-]+", " ", form).casefold()


_MENTION_FORMS = _mention_forms()
_MENTION_KEYS = {_mention_key(f): o for f, o in _MENTION_FORMS.items()}
# Names match case-sensitively, domains in any case ("Newsweek.com"); longest alternative first.
_MENTION_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        (f"(?i:{re.escape(f)})" if "." in f and " " not in f and f.islower() else _loose(f))
        for f in sorted(_MENTION_FORMS, key=len, reverse=True)
    )
    + r")(?!\w)"
)


def outlet_mentioned_in(text: str, min_mentions: int = 2) -> Outlet | None:
    """The outlet named most often in `text` (names case-sensitively, or its domains), the
    earliest on a tie; for telling whose page a block of boilerplate belongs to. A single
    mention is more often a cited source than the page's own name, hence `min_mentions`."""
    counts: Counter[Outlet] = Counter()
    first: dict[Outlet, int] = {}
    for m in _MENTION_RE.finditer(text.replace("\u2019", "'")):
        outlet = _MENTION_KEYS[_mention_key(m.group(0))]
        counts[outlet] += 1
        first.setdefault(outlet, m.start())
    best = max(counts, key=lambda o: (counts[o], -first[o]), default=None)
    return best if best is not None and counts[best] >= min_mentions else None


# ---------------------------------------------------------------------------------------------
# US press style names members of Congress and party politicians in ways no other country's news
# does: "Sen."/"Rep."/"Congressman", a congressional leadership title ("House Speaker", "Senate
# Minority Leader"), a party-and-state tag "(R-Calif.)", "a Democrat from Vermont", "an Arizona
# Republican", "Nancy Pelosi of California". CAMEO codes them USALEG (members of Congress) or
# USAPTY (party people).
US_CONGRESS_TITLES = frozenset({"sen.", "rep.", "congressman", "congresswoman"})
# Titles other states' legislators bear too ("Senator" in Australia, the Philippines, Nigeria):
# a member of Congress in a story the US leads, whatever the sentence acts on (a senator acting
# on the White House acts on his own government, no sign that he is foreign).
US_SHARED_CONGRESS_TITLES = frozenset({"senator", "representative"})
US_CONGRESS_LEADERSHIP = frozenset(title for (title,) in _rows("us_congress_leadership.txt", 1))
US_PARTY_TAG = re.compile(r"^\s*[,(]\s*(?:[RDI])-\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[,)]")
US_PARTY_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:a|an|the)\s+)?(?:(?:[A-Z][a-z.]+|[A-Z]\.[A-Z]\.)\s+){0,2}(?:Republican|Democrat)\b")
US_PARTY_WORDS = frozenset({"republican", "democrat", "democratic", "gop"})
# The adjective of Congress: English news writes "congressional committees" of the US Congress (a
# foreign one is named with its country: "Peru's congressional committee").
US_CONGRESS_ADJECTIVES = frozenset({"congressional"})
# "Nancy Pelosi of California": a name followed by "of" and a place (checked to be a US state).
US_OF_STATE = re.compile(r"^\s+of\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\b")

# Titles that name the country with the office: "Pope Francis" heads the Holy See.
TITLE_COUNTRIES: dict[str, str] = {title: iso3 for title, iso3 in _rows("title_countries.txt", 2)}
# Countries whose names English news writes family name first: "Moon" after "Moon Jae-in".
SURNAME_FIRST_COUNTRIES = frozenset(iso3 for iso3, _ in _rows("surname_first_countries.txt", 2))
# Countries whose people news calls by their given name, written first: "Narongsak" after
# "Narongsak Osottanakorn", "Abiy" after "Abiy Ahmed".
GIVEN_NAME_COUNTRIES = frozenset(iso3 for iso3, _ in _rows("given_name_countries.txt", 2))

# "Democrats" and "Republicans" written alone are the US parties' people in English news (USAPTY);
# with a chamber before them they sit in Congress ("House Democrats", USALEG). Another capitalised
# word before them names another party ("Sweden Democrats", "Liberal Democrats"): not these.
US_PARTY_MEMBERS = frozenset({"democrats", "republicans"})
US_CHAMBER_WORDS = frozenset({"house", "senate", "congressional"})
