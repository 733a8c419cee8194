"""Filing an actor store-wide: which stored row it is, and what that row shows after this document.

The store asks (`model.ActorMerging`); this module decides. Given the rows the store already holds
(by key, and for a person every store-wide person of the same surname), `merge_actor` returns the
row to write: a new one (`id` None), a known one with its merged aliases, roles over time and
code, or a row of the document's own for an actor known only inside it. The store writes what it is handed."""

from __future__ import annotations

from datetime import date

from newsevents.actors.identity import MAX_ALIASES, Identity, identity, merge_aliases
from newsevents.actors.people import RolePeriod, known_person, role_periods, same_person
from newsevents.model import Actor, ActorLookup, StoredActor


class ActorMerger:
    """The actors stage's answer to the store's `ActorMerging` questions."""

    @staticmethod
    def key(actor: Actor, document_id: str) -> str:
        entity = identity(actor)
        return entity.key if entity else _local_key(actor, document_id)

    @staticmethod
    def merge(actor: Actor, document_id: str, day: date | None, stored: ActorLookup) -> StoredActor:
        return merge_actor(actor, document_id, day, stored)


def merge_actor(actor: Actor, document_id: str, day: date | None, stored: ActorLookup) -> StoredActor:
    """The row `actor`, coded in document `document_id` dated `day`, is written to.

    A real entity is one row for the whole store: the same key, or for a person the same person
    under another spelling ("Benjamin"/"Binyamin Netanyahu"; never "George Bush" with "George W.
    Bush") of a compatible country. Only fitting aliases join (never another person's name), and a
    dated document adds to its roles over time. The row's code is for browsing: events keep their
    own. Anything else ("the ministry", "officials") gets a row of its document's own, which no
    other document can reach or rewrite."""
    entity = identity(actor)
    if entity is None:
        return _local(actor, document_id, stored)
    row = stored.by_key(entity.key)
    if row is None and entity.kind == "person":
        row = _same_person(entity, actor.country, stored)
    names = [actor.name, *actor.aliases]
    if row is None:
        periods = role_periods(actor, day)
        country, role, code = _office_code(entity, periods) or (actor.country, actor.role, actor.code or None)
        return StoredActor(entity.key, entity.name, entity.kind, country, role, code,
                           merge_aliases(entity, [], names), _roles_json(periods))
    entity = Identity(row.key, row.name, row.kind)
    periods = role_periods(actor, day, _roles_from_json(row.roles))
    country, role, code = row.country or actor.country, row.role or actor.role, row.code
    if periods and actor.code and periods[-1].code == actor.code:
        # The latest period is this coding: the row shows the actor's most recent role.
        country, role, code = actor.country or country, actor.role or role, actor.code
    elif not code:
        code = ((country or "") + (role or "")) or None
    country, role, code = _office_code(entity, periods) or (country, role, code)
    return StoredActor(row.key, row.name, row.kind, country, role, code,
                       merge_aliases(entity, list(row.aliases), names), _roles_json(periods), id=row.id)


def _local_key(actor: Actor, document_id: str) -> str:
    return f"{document_id}:{actor.key[:200]}|{actor.code}"


def _local(actor: Actor, document_id: str, stored: ActorLookup) -> StoredActor:
    key = _local_key(actor, document_id)
    return stored.by_key(key) or StoredActor(
        key, actor.name, actor.kind, actor.country, actor.role, actor.code or None,
        sorted(set(actor.aliases))[:MAX_ALIASES], None, document_id=document_id)


def _same_person(entity: Identity, country: str | None, stored: ActorLookup) -> StoredActor | None:
    """A stored person that `entity` names under another spelling, if exactly one fits: the same
    full name up to transliteration and nicknames, and no other country."""
    surname = entity.key.split()[-1] if entity.key.split() else ""
    if len(entity.key.split()) < 2 or not surname.isalpha():
        return None
    fits = [row for row in stored.persons_named(surname)
            if same_person(entity.name, row.name) and (country is None or row.country is None or row.country == country)]
    return fits[0] if len(fits) == 1 else None


def _office_code(entity: Identity, periods: list[RolePeriod]) -> tuple[str, str | None, str] | None:
    """A known office holder's row shows the office held on the latest day seen (the table's dates,
    not one article's coding); None for everyone else."""
    office = known_person(entity.name) if entity.kind == "person" else None
    if office is None or not periods:
        return None
    code = office.code_on(max(p.last_seen for p in periods))
    return code[:3], code[3:] or None, code


def _roles_json(periods: list[RolePeriod]) -> list[dict[str, str]] | None:
    return [{"code": p.code, "first_seen": p.first_seen.isoformat(), "last_seen": p.last_seen.isoformat()}
            for p in periods] or None


def _roles_from_json(roles: list[dict[str, str]] | None) -> list[RolePeriod]:
    return [RolePeriod(r["code"], date.fromisoformat(r["first_seen"]), date.fromisoformat(r["last_seen"]))
            for r in roles or []]
