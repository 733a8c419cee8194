"""What the pipeline writes: each document in one transaction with everything read from it (so a
crash mid-run loses nothing committed; a document already stored adds nothing), its copies,
signatures and site-memory lines, and a rebuild of everything read. Shared rows (actors, places,
site-memory lines, copies) are upserted with ON CONFLICT, so several writers never fail on each
other's rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from newsevents.model import (
    Actor,
    ActorMerging,
    Document,
    Event,
    Mention,
    Place,
    Reading,
    Skip,
    StoredActor,
    printable,
)
from newsevents.store.connection import StoreBase, dialect_insert, retried_on_deadlock
from newsevents.store.schema import (
    PLAIN_EVENT_FIELDS,
    actors,
    attributions,
    clusters,
    copies,
    document_places,
    documents,
    events,
    mentions,
    person_surname,
    places,
    signatures,
    site_documents,
    site_lines,
    skips,
)

# Site memory: a line seen in this many documents of one outlet is its boilerplate.
BOILERPLATE_MIN_DOCUMENTS = 3

# Statements used for every actor and place written, built once with their parameters apart.
# FOR UPDATE (PostgreSQL; SQLite has one writer anyway): concurrent merges into one actor queue
# rather than overwrite each other's aliases and roles.
_ACTOR_BY_KEY = select(actors).where(actors.c.key == bindparam("wanted")).with_for_update()
_ACTOR_UPDATE = update(actors).where(actors.c.id == bindparam("actor_id")).values(
    aliases=bindparam("new_aliases"), country=bindparam("new_country"), role=bindparam("new_role"),
    code=bindparam("new_code"), roles=bindparam("new_roles"))
_PERSONS_BY_SURNAME = select(actors).where(actors.c.surname == bindparam("wanted"), actors.c.kind == "person").with_for_update()
_PLACE_BY_KEY = select(places.c.id).where(places.c.key == bindparam("wanted"))
_CLUSTER_CANDIDATES = select(clusters.c.id, clusters.c.place_id).where(
    clusters.c.source_key == bindparam("source"), clusters.c.target_key == bindparam("target"),
    clusters.c.root == bindparam("wanted_root"), clusters.c.day.between(bindparam("earliest"), bindparam("latest")),
).order_by(clusters.c.id)



def site_line_keys(lines: Iterable[str]) -> set[str]:
    """The distinct lines as site memory counts them (long lines by their first 300 characters)."""
    return {line[:300] for line in lines if line}



def event_mention(event: Event, actor: Actor | None, found: list[Mention], before: bool) -> Mention | None:
    """The mention in the event's sentence that its source (`before` the trigger, preferably) or
    target (after it) was read from; None when the sentence names it only elsewhere."""
    if actor is None:
        return None
    inside = [m for m in found if m.actor is actor and event.start <= m.start and m.end <= event.end]
    if not inside:
        return None
    if before:
        ahead = [m for m in inside if m.end <= event.trigger_start]
        return max(ahead, key=lambda m: m.start) if ahead else min(inside, key=lambda m: m.start)
    after = [m for m in inside if m.start >= event.trigger_end]
    return min(after, key=lambda m: m.start) if after else max(inside, key=lambda m: m.start)


def _side_columns(side: str, actor: Actor | None, mention: Mention | None) -> dict[str, Any]:
    """An event's source or target as coded in its document, kept on the event row."""
    return {f"{side}_name": actor.name if actor else None, f"{side}_code": (actor.code or None) if actor else None,
            f"{side}_country": actor.country if actor else None,
            f"{side}_start": mention.start if mention else None, f"{side}_end": mention.end if mention else None}


class _ActorRows:
    """The actor rows of one write transaction, as `merge` asks for them, and its answer written.

    Rows fetched ahead in one statement (`fetch`), keys found absent, and rows as this transaction
    wrote them answer `by_key` without another query; nobody else can change them meanwhile
    (SQLite has one writer; PostgreSQL's rows are locked FOR UPDATE, and a key another writer
    inserts meanwhile makes our insert conflict, which forgets the key and asks again).

    On SQLite new rows wait in `pending` (by key, in the order first written) and `insert_pending`
    stores them in one INSERT: their ids are those single INSERTs in that order would get, and
    no other writer can take their keys meanwhile. A pending row merged into again is replaced,
    as the single INSERT's row would be updated."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.read: dict[int, StoredActor] = {}
        self.known: dict[str, Any] = {}  # key → its row as fetched, or None where there is none
        self.pending: dict[str, StoredActor] | None = {} if connection.dialect.name == "sqlite" else None

    def fetch(self, keys: list[str]) -> None:
        """Read the rows of `keys` in one statement, in key order (PostgreSQL locks them so: two
        writers queue on the same rows instead of deadlocking)."""
        if not keys:
            return
        self.known.update(dict.fromkeys(keys))
        self.known.update((row.key, row) for row in self.connection.execute(
            select(actors).where(actors.c.key.in_(keys)).order_by(actors.c.key).with_for_update()))

    def by_key(self, key: str) -> StoredActor | None:
        if key in self.known:
            row = self.known[key]
        else:
            row = self.known[key] = self.connection.execute(_ACTOR_BY_KEY, {"wanted": key}).first()
        return self._remember(row) if row is not None else None

    def persons_named(self, surname: str) -> list[StoredActor]:
        # Only store-wide persons have a surname (schema.person_surname); pending ones count too.
        rows: list[Any] = list(self.connection.execute(_PERSONS_BY_SURNAME, {"wanted": surname}))
        rows += [row for row in (self.pending or {}).values()
                 if person_surname(row.key, row.kind, row.document_id) == surname]
        return [self._remember(row) for row in rows]

    def _remember(self, row: Any) -> StoredActor:
        actor = StoredActor(row.key, row.name, row.kind, row.country, row.role, row.code, list(row.aliases),
                            row.roles, id=row.id, document_id=row.document_id)
        if row.id is not None:
            self.read[row.id] = replace(actor, aliases=list(actor.aliases))  # as read, to tell a change
        return actor

    def write(self, actor: StoredActor) -> bool:
        """File the row: inserted (or pending) when new, updated when `merge` changed it. False
        when another writer inserted a row of the same key meanwhile (ON CONFLICT: merge again,
        into it)."""
        self.known.pop(actor.key, None)  # taken by another writer: read it afresh
        if actor.id is None and self.pending is not None:
            self.pending[actor.key] = actor
        elif actor.id is None:
            actor = replace(actor, id=self.connection.execute(_actor_insert(self.connection.dialect.name),
                                                              _actor_row(actor)).scalar())
            if actor.id is None:
                return False
        elif actor != self.read.get(actor.id):
            self.connection.execute(_ACTOR_UPDATE, dict(
                actor_id=actor.id, new_aliases=actor.aliases, new_country=actor.country,
                new_role=actor.role, new_code=actor.code, new_roles=actor.roles))
        self.known[actor.key] = actor  # the row as written (`merge` made it for us alone): no query to read it back
        return True

    def insert_pending(self) -> None:
        """Store the pending rows in one INSERT and give each its id."""
        if not self.pending:
            return
        rows = list(self.pending.values())
        self.pending.clear()
        for actor, actor_id in zip(rows, _insert_returning_ids(self.connection, actors, list(map(_actor_row, rows))),
                                   strict=True):
            self.known[actor.key] = replace(actor, id=actor_id)

    def id_of(self, key: str) -> int:
        """The id of the row written under `key` (pending rows inserted first)."""
        row = self.known[key]
        assert row is not None and row.id is not None, "a written row, its pending rows inserted"
        return row.id


def _actor_row(actor: StoredActor) -> dict[str, Any]:
    return dict(key=actor.key, document_id=actor.document_id, name=actor.name, kind=actor.kind,
                country=actor.country, role=actor.role, code=actor.code, aliases=actor.aliases, roles=actor.roles,
                surname=person_surname(actor.key, actor.kind, actor.document_id))


@cache
def _actor_insert(dialect: str) -> Any:
    """The actor INSERT, built once per dialect (made afresh per actor, building it cost more than
    running it): a key another writer stored meanwhile inserts nothing and returns no id."""
    insert = (postgresql if dialect == "postgresql" else sqlite).insert(actors)
    return insert.on_conflict_do_nothing(index_elements=[actors.c.key]).returning(actors.c.id)


def _insert_returning_ids(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert many rows in one statement and return their new ids, in the rows' order."""
    if not rows:
        return []
    if connection.dialect.name == "sqlite":
        # Asked for the ids in the rows' order, SQLAlchemy inserts into SQLite one row a
        # statement (RETURNING's order is not SQLite's promise). Its ids are: one INSERT stores
        # its rows in order, each a rowid above the largest, so the ids sorted are in that order.
        return sorted(connection.execute(insert(table).returning(table.c.id), rows).scalars())
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row.id for row in connection.execute(statement, rows)]


def _actor_key(actor: Actor | None, actor_id: int | None) -> str:
    """How clusters compare actors: by CAMEO code when coded ("ISRGOV"), else as the actor itself."""
    if actor is None:
        return "-"
    return actor.code or f"#{actor_id}"



def _copy_row(document_id: str, copy: Document, similarity: float) -> dict[str, Any]:
    return dict(document_id=document_id, origin=copy.origin, url=copy.url, outlet=copy.outlet, title=copy.title,
                published=copy.published, similarity=round(similarity, 3), seen_at=_now())


def _now() -> datetime:
    return datetime.now(UTC)


class StoreWrites(StoreBase):
    """Writing documents and what was read from them; reading back what writing needs."""

    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as connection:
            return connection.execute(select(documents.c.id).where(documents.c.id == document_id)).first() is not None

    def record_skip(self, skip: Skip) -> None:
        """Store a skip; its origin and detail escaped, so any file name or error text fits."""
        with self._writing() as connection:
            connection.execute(insert(skips).values(origin=printable(skip.origin), reason=printable(skip.reason),
                                                    detail=printable(skip.detail or ""), at=_now()))

    @retried_on_deadlock
    def write(self, reading: Reading, signature: bytes | None = None, *, merge: ActorMerging) -> bool:
        """Store a document and all it yielded; False (and nothing written) if already stored.
        `signature`: its near-duplicate signature, kept as it is given (`signatures` reads them
        back). `merge` decides which actor row each actor is filed under (`actors.merge`)."""
        doc = reading.document
        with self._writing() as connection:
            # Check and insert in one statement: a concurrent run storing the same document
            # makes this one add nothing, instead of failing on the primary key.
            added = connection.execute(dialect_insert(connection, documents).on_conflict_do_nothing()
                                       .returning(documents.c.id), dict(
                id=doc.id, origin=doc.origin, url=doc.url, outlet=doc.outlet, title=doc.title,
                published=doc.published, language=doc.language, author=doc.author, tone=doc.tone, body=doc.body, raw_text=doc.raw_text,
                paragraphs=[list(p) for p in doc.paragraphs], ingested_at=_now(),
            ))
            if added.first() is None:  # RETURNING, not rowcount: psycopg reports -1 here
                return False
            connection.execute(insert(copies), _copy_row(doc.id, doc, 1.0))
            if signature is not None:
                connection.execute(insert(signatures), dict(document_id=doc.id, minhash=signature))
            self._write_reading(connection, reading, merge)
        return True

    def _write_reading(self, connection: Connection, reading: Reading, merge: ActorMerging) -> None:
        """What was read from a stored document: mentions, places, attributions, events, clusters."""
        doc = reading.document
        lookup = _ActorRows(connection)
        # The rows of the document's actors (store-wide, and its own, which a new document has
        # none of yet) read (and on PostgreSQL locked) in one statement, not one query each as
        # they are merged.
        lookup.fetch(sorted({merge.key(m.actor, doc.id) for m in reading.mentions}))
        filed: dict[int, str] = {}  # id(actor) → the key of the row it was filed under

        # Every actor filed first, in the order its rows are written (mentions, attributions,
        # events), so that the new rows go in with one INSERT.
        for actor in (*(m.actor for m in reading.mentions),
                      *(a for at in reading.attributions for a in (at.speaker, at.reported_by)),
                      *(a for e in reading.events for a in (e.source, e.target))):
            if actor is None or id(actor) in filed:
                continue
            stored = merge.merge(actor, doc.id, doc.published, lookup)
            if not lookup.write(stored):  # another writer stored this actor meanwhile: merge into its row
                stored = merge.merge(actor, doc.id, doc.published, lookup)
                written = lookup.write(stored)
                assert written, "a row that conflicted on its key is there to merge into"
            filed[id(actor)] = stored.key
        lookup.insert_pending()

        def actor_id(actor: Actor | None) -> int | None:
            return lookup.id_of(filed[id(actor)]) if actor is not None else None

        if reading.mentions:
            connection.execute(insert(mentions), [
                dict(document_id=doc.id, actor_id=actor_id(m.actor), start=m.start, end=m.end, text=m.text,
                     label=m.label, code=m.actor.code or None)
                for m in reading.mentions
            ])
        named: dict[str, Place] = {}
        for place in reading.places:  # the first of each key is the one stored
            named.setdefault(place.key, place)
        place_ids = self._place_ids(connection, list(named.values()))
        if place_ids:
            connection.execute(insert(document_places), [dict(document_id=doc.id, place_id=i) for i in set(place_ids.values())])
        attribution_ids = dict(zip(map(id, reading.attributions), _insert_returning_ids(connection, attributions, [
            dict(document_id=doc.id, start=a.start, end=a.end, claim=a.claim, kind=a.kind,
                 speaker_id=actor_id(a.speaker), speaker_text=a.speaker_text,
                 speaker_name=a.speaker.name if a.speaker else None,
                 reported_by_id=actor_id(a.reported_by), reported_by_name=a.reported_by.name if a.reported_by else None,
                 citing=a.citing, cue=a.cue,
                 anonymous=a.anonymous, chain=a.chain)
            for a in reading.attributions])))
        rows = []
        for e in reading.events:
            place_id = None
            if e.place is not None:
                place_id = place_ids.get(e.place.key) or self._upsert_place(connection, e.place)
            rows.append({
                **{name: getattr(e, name) for name in PLAIN_EVENT_FIELDS}, "document_id": doc.id,
                "source_id": actor_id(e.source), "target_id": actor_id(e.target),
                **_side_columns("source", e.source, event_mention(e, e.source, reading.mentions, before=True)),
                **_side_columns("target", e.target, event_mention(e, e.target, reading.mentions, before=False)),
                "place_id": place_id,
                "attribution_id": attribution_ids.get(id(e.attribution)) if e.attribution else None,
                "cluster_id": None,
            })
        assignments = []
        for e, row, event_id in zip(reading.events, rows, _insert_returning_ids(connection, events, rows)):
            day = e.date if e.date and e.date_precision == "day" else doc.published
            if day is not None and (row["source_id"] or row["target_id"]):
                cluster_id = self._cluster_for(connection, _actor_key(e.source, row["source_id"]),
                                               _actor_key(e.target, row["target_id"]), e.root, day,
                                               row["place_id"], event_id)
                assignments.append({"event": event_id, "cluster": cluster_id})
        if assignments:
            connection.execute(update(events).where(events.c.id == bindparam("event"))
                               .values(cluster_id=bindparam("cluster")), assignments)

    # --- repair ---------------------------------------------------------------------------
    def stale_events(self) -> int:
        """Events written by a newsevents that did not keep their actors' coding with them: they
        show the store-wide actor row's current code, which later documents may have rewritten."""
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(events).where(
                or_(events.c.source_id.is_not(None), events.c.target_id.is_not(None)),
                events.c.source_name.is_(None), events.c.target_name.is_(None))).scalar_one()

    def stored_documents(self, batch: int = 64) -> Iterable[Document]:
        """Every stored document as the pipeline reads it (clean body and paragraphs), in the order
        they were ingested, a batch at a time."""
        with self.engine.connect() as connection:
            ids = list(connection.execute(select(documents.c.id).order_by(documents.c.ingested_at, documents.c.id)).scalars())
        for first in range(0, len(ids), batch):
            with self.engine.connect() as connection:
                rows = {row.id: row for row in connection.execute(
                    select(documents).where(documents.c.id.in_(ids[first:first + batch])))}
            for document_id in ids[first:first + batch]:
                row = rows[document_id]
                yield Document(row.id, row.origin, row.body, title=row.title, url=row.url, outlet=row.outlet,
                               published=row.published, language=row.language, author=row.author, tone=row.tone,
                               raw_text=row.raw_text or "", paragraphs=[tuple(p) for p in row.paragraphs])

    def rebuild(self, readings: Iterable[Reading], *, merge: ActorMerging) -> int:
        """Replace everything read from the stored documents (actors, mentions, events, clusters,
        attributions, document places) by `readings` of them, in one transaction: a failure
        leaves the store as it was. Documents, copies, signatures and site memory are kept.
        Returns the number of documents rewritten."""
        count = 0
        with self._writing() as connection:
            for table in (events, clusters, attributions, mentions, document_places, actors):
                connection.execute(table.delete())
            for reading in readings:
                self._write_reading(connection, reading, merge)
                count += 1
        return count

    def add_copy(self, document_id: str, copy: Document, similarity: float) -> bool:
        """Record that `copy` (another URL, outlet or wording) reports stored document
        `document_id`; False if this origin was already recorded (re-ingesting adds nothing)."""
        with self._writing() as connection:
            added = connection.execute(dialect_insert(connection, copies).on_conflict_do_nothing()
                                       .returning(copies.c.id), _copy_row(document_id, copy, similarity)).first()
        return added is not None

    def signatures(self) -> list[tuple[str, bytes]]:
        """Every stored near-duplicate signature, by document id, as `write` was given it."""
        with self.engine.connect() as connection:
            return [(row.document_id, row.minhash)
                    for row in connection.execute(select(signatures.c.document_id, signatures.c.minhash))]

    # --- site memory ----------------------------------------------------------------------
    def learn_lines(self, outlet: str, lines: Iterable[str], document_id: str | None = None) -> None:
        """Count each distinct line once more for `outlet` (one document's worth); with the
        document's id, only the first time that document is learned from."""
        distinct = site_line_keys(lines)
        if not outlet or not distinct:
            return
        with self._writing() as connection:
            if document_id is not None and connection.execute(
                    dialect_insert(connection, site_documents).on_conflict_do_nothing()
                    .returning(site_documents.c.document_id), {"document_id": document_id}).first() is None:
                return  # counted already (by a run that stopped before storing it)
            # One upsert: a line another run counted a moment ago is counted on, never a key error.
            statement = dialect_insert(connection, site_lines)
            connection.execute(statement.on_conflict_do_update(
                index_elements=[site_lines.c.outlet, site_lines.c.line],
                set_={"documents": site_lines.c.documents + 1}),
                [dict(outlet=outlet, line=line, documents=1) for line in sorted(distinct)])

    def boilerplate_lines(self, outlet: str | None, min_documents: int = BOILERPLATE_MIN_DOCUMENTS) -> frozenset[str]:
        """Lines seen in at least `min_documents` documents of `outlet`: its boilerplate."""
        if not outlet:
            return frozenset()
        with self.engine.connect() as connection:
            return frozenset(connection.execute(select(site_lines.c.line).where(
                site_lines.c.outlet == outlet, site_lines.c.documents >= min_documents)).scalars())

    @staticmethod
    def _cluster_for(connection: Connection, source_key: str, target_key: str, root: str, day: date,
                     place_id: int | None, event_id: int) -> int:
        """The cluster this event reports, or a new one. Events with no date are not clustered:
        two undated reports cannot be told to be the same day's event."""
        candidates = connection.execute(_CLUSTER_CANDIDATES, dict(
            source=source_key, target=target_key, wanted_root=root,
            earliest=day - timedelta(days=1), latest=day + timedelta(days=1)))
        for row in candidates:
            if row.place_id is None or place_id is None or row.place_id == place_id:
                if row.place_id is None and place_id is not None:  # the cluster learns its place
                    connection.execute(update(clusters).where(clusters.c.id == row.id).values(place_id=place_id))
                return row.id
        return connection.execute(insert(clusters), dict(
            source_key=source_key, target_key=target_key, root=root, day=day, place_id=place_id,
            first_event_id=event_id)).inserted_primary_key[0]  # type: ignore[index]  # an insert has its key

    @staticmethod
    def _place_ids(connection: Connection, wanted: list[Place]) -> dict[str, int]:
        """The row ids of places of distinct keys: those stored already read in one statement,
        the others inserted."""
        if not wanted:
            return {}
        stored = {row.key: row.id for row in connection.execute(
            select(places.c.key, places.c.id).where(places.c.key.in_(sorted(place.key for place in wanted))))}
        return {place.key: stored[place.key] if place.key in stored else StoreWrites._insert_place(connection, place)
                for place in wanted}

    @staticmethod
    def _upsert_place(connection: Connection, place: Place) -> int:
        row = connection.execute(_PLACE_BY_KEY, {"wanted": place.key}).first()
        return row.id if row is not None else StoreWrites._insert_place(connection, place)

    @staticmethod
    def _insert_place(connection: Connection, place: Place) -> int:
        made = connection.execute(dialect_insert(connection, places).values(
            key=place.key, name=place.name, country=place.country, lat=place.lat, lon=place.lon, feature=place.feature,
        ).on_conflict_do_nothing(index_elements=[places.c.key]).returning(places.c.id)).scalar()
        # None: another writer stored this place meanwhile; its row is the one.
        return made if made is not None else connection.execute(_PLACE_BY_KEY, {"wanted": place.key}).scalar_one()
