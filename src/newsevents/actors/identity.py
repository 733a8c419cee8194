"""Which actors are the same thing across documents, and which exist only inside their document.

A document's actors are coded in context; the store keeps one row per *real entity* so that its
mentions can be browsed and counted across documents:

- a person named in full ("Benjamin Netanyahu", "President Donald Trump") or a known office holder
  by a listed alias ("Trump"), keyed by the full name (the table's, when known);
- a named body ("Hamas", "the Kremlin", "Reuters", a country), keyed by its name;
- a body named by a role noun ("Foreign Ministry", "the Russian Foreign Ministry") only together
  with its country: one row per country ("foreign ministry|RUS"), never one for all countries.

Everything else (role nouns without a name, pronouns' persons, plural groups, descriptions such as
"two journalists", "administration officials", "the ministry", a bare surname) is known only in
its document: `identity` returns None and the store keeps it apart per document.

Aliases never cross people: `fits_alias` admits a spelling onto a row only when it is that
entity's name or a part of it (surname, title + surname), or a definite description that can name
one person ("the Israeli leader"); another person's name is never an alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsevents.actors.people import known_person, name_key, name_parts, same_person
from newsevents.facts.agents import outlet_by_name, role_of, split_title
from newsevents.facts.countries import country_by_demonym, country_by_name, organisation_by_name
from newsevents.lang.en.actors import LOWER_PARTICLES, NUMBERS, WEEKDAYS
from newsevents.model import Actor, normalise_text

MAX_ALIASES = 20  # per stored actor: its name forms first, then descriptions
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


@dataclass(frozen=True)
class Identity:
    """How the store knows an actor across documents: its key, the name and kind its row shows."""

    key: str
    name: str
    kind: str


def bare_name(name: str) -> str:
    """A person's name without a leading title or possessive: "President Donald Trump's" → "Donald Trump"."""
    name = re.sub(r"['’]s$", "", name.strip())
    _, _, bare = split_title(name)
    return bare


def is_name(text: str) -> bool:
    """Written as a proper name: every word capitalised, except name particles ("Bashar al-Assad")."""
    words = text.replace("-", " ").split()
    return bool(words) and all(_NAME_WORD.match(w) and (w[0].isupper() or w.lower() in LOWER_PARTICLES)
                               for w in words) and words[0][0].isupper()


def is_description(text: str) -> bool:
    """A phrase that describes rather than names: it has a lower-case word ("the Israeli leader")
    or is a title alone ("Prime Minister")."""
    bare = re.sub(r"^the\s+", "", bare_name(text), flags=re.IGNORECASE)
    return not is_name(bare) or role_of(bare) is not None


def is_full_name(name: str) -> bool:
    """A person's name with a given name and a surname, not a role ("Foreign Minister")."""
    bare = bare_name(name)
    parts = name_parts(bare)
    return is_name(bare) and bool(parts.given) and bool(parts.surname) and role_of(bare) is None


def looks_glued(name: str, person: bool = True) -> bool:
    """A span the entity recogniser ran across words that are not one name, as flattened pages
    and headlines give it: "Trump Trump", "John TrumpGOP", "TRUMP SIGNS RUSSIA SANCTIONS",
    "Trump Sunday", "Trump Gowdy" (a person's name led by a known surname; a body may be: "Trump
    Tower"), "Trump-Kim", "Trump's Iran"."""
    words = name.split()
    keys = [name_key(w) for w in words]
    if len(set(keys)) < len(keys) or any(k in WEEKDAYS for k in keys):
        return True
    if any(re.search(r"[a-z]{3}[A-Z]", w) for w in words) or sum(w.isupper() and len(w) > 1 for w in words) > 1:
        return True
    if any(re.search(r"['’]s$", w) for w in words[:-1]):
        return True
    if person and len(words) > 1 and known_person(words[0]) is not None and known_person(name) is None:
        return True
    for left, right in re.findall(r"([A-Z][\w.]*)[-–]([A-Z]\w*)", name):  # "Trump-Kim", "Sanders-Trump"
        if known_person(left) is not None or known_person(right) is not None:
            return True
    return False


def identity(actor: Actor) -> Identity | None:
    """The store-wide identity of `actor`, or None when it is known only inside its document."""
    return _identity(actor.kind, actor.name, actor.country)


@lru_cache(maxsize=1 << 14)  # a pure reading of these three fields over fixed tables; asked twice per actor written
def _identity(kind: str, name: str, home: str | None) -> Identity | None:
    actor = Actor(name, kind, home)  # type: ignore[arg-type]  # kind is one of Actor's kinds
    if actor.kind in {"person", "organisation"} and looks_glued(bare_name(actor.name), actor.kind == "person"):
        return None
    if actor.kind in {"person", "organisation"}:
        office = known_person(bare_name(actor.name))
        if office is not None:  # "Trump", "Mr. Trump" (even tagged as a body): the office holder
            return Identity(name_key(office.name), office.name, "person")
    if actor.kind == "person":
        bare = bare_name(actor.name)
        # Keyed without accents or punctuation: "Raúl Castro" is "Raul Castro" whatever else is said.
        return Identity(name_key(bare), bare, "person") if is_full_name(actor.name) else None
    if actor.kind in {"country", "outlet"}:
        return Identity(actor.key, actor.name, actor.kind)
    if actor.kind == "organisation":
        name = re.sub(r"^the\s+", "", actor.name.strip(), flags=re.IGNORECASE)
        country = country_by_demonym(name) or country_by_name(name)
        if country is not None and country.iso3 == actor.country:  # "Russian" taken for a body
            return Identity(normalise_text(country.name), country.name, "country")
        if organisation_by_name(name) is not None or (is_name(name) and role_of(name) is None):
            return Identity(normalise_text(name), name, "organisation")  # "Hamas", "United Nations"
        if actor.country and (is_name(name) or _names_country(name, actor.country)):
            # A body named by its role: one per country ("the Russian Foreign Ministry").
            generic = " ".join(w for w in name.split() if not _is_country_word(w))
            return Identity(f"{normalise_text(generic or name)}|{actor.country}", name, "organisation")
    return None  # role nouns, groups, descriptions: this document's own


def is_role_noun(name: str) -> bool:
    """A phrase that names a role, not a body of its own: "foreign ministry", "administration
    officials", "the Russian Foreign Ministry" (but not "Central Intelligence Agency", a name we
    know, nor "Hamas")."""
    name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    return (role_of(name) is not None and organisation_by_name(name) is None and outlet_by_name(name) is None
            and known_person(bare_name(name)) is None)


def _is_country_word(word: str) -> bool:
    word = re.sub(r"['’]s$", "", word)
    return country_by_demonym(word) is not None or country_by_name(word) is not None


def _names_country(name: str, country: str) -> bool:
    """Does the phrase itself name the country ("Russian foreign ministry", "Israel's army")?"""
    for word in name.split():
        word = re.sub(r"['’]s$", "", word)
        found = country_by_demonym(word) or country_by_name(word)
        if found is not None and found.iso3 == country:
            return True
    return False


def fits_alias(entity: Identity, alias: str) -> bool:
    """May `alias` be stored as another name of `entity`? A person's: only their own name or a part
    of it ("Trump", "President Trump", "Donald J. Trump"), or a definite description that can name
    one person (see `fits_description`); another person's name never. A body's: its other names
    ("U.S.", "Israeli Defence Forces"), never a person's."""
    alias = alias.strip()
    if not alias or normalise_text(alias) == normalise_text(entity.name):
        return False
    bare = bare_name(alias)
    if entity.kind != "person" and is_name(re.sub(r"^the\s+", "", alias, flags=re.IGNORECASE)):
        return known_person(bare) is None and not is_full_name(bare)  # "Israeli Defence Forces", "U.S."
    if is_description(alias):
        return fits_description(entity, alias)
    words = bare.split()
    while len(words) > 1 and _is_country_word(words[0]):  # "Israeli Prime Minister Netanyahu"
        words.pop(0)
    bare = " ".join(words)
    office = known_person(entity.name)
    if office is not None and known_person(bare) is office:
        return True
    if same_person(bare, entity.name):
        return True
    own, other = name_parts(entity.name), name_parts(bare)
    if other.given:  # a full name: only the same person's (checked above)
        return False
    return bool(other.surname) and name_key(other.surname) == name_key(own.surname)  # "Netanyahu", "Mr. Netanyahu"


def fits_description(entity: Identity, description: str) -> bool:
    """A description names one entity only when it is definite and singular and holds no name but
    the entity's own: "the Israeli leader", "the prime minister", "the Kremlin's press office";
    not "a spokesman" (someone), "the two leaders" (several), "the White House lawyer" for the
    White House (another person), nor a pronoun."""
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the" or role_of(description) is None:
        return False
    head = re.sub(r"\W+$", "", words[-1]).lower()
    if head.endswith("s") and not head.endswith(("ss", "us")) or any(w.lower() in NUMBERS for w in words):
        return False
    own = set(name_key(entity.name).split())
    for word in words[1:]:
        word = re.sub(r"['’]s$", "", word.strip(",.;:"))
        if word[:1].isupper() and not _is_country_word(word) and name_key(word) not in own and role_of(word) is None:
            return False
    return True


def merge_aliases(entity: Identity, known: list[str], new: list[str]) -> list[str]:
    """The row's aliases with `new` ones that fit, bounded: name forms first, then descriptions."""
    fitting = list(dict.fromkeys([*known, *(a for a in new if fits_alias(entity, a))]))
    names = [a for a in fitting if not is_description(a)]
    descriptions = [a for a in fitting if a not in names]
    return sorted((names + descriptions)[:MAX_ALIASES])
