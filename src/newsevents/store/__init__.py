"""The store: SQLAlchemy Core tables in SQLite (default, WAL) or PostgreSQL (psycopg 3:
`pip install 'newsevents[postgres]'`, any `postgresql://` URL).

Each document is written in one transaction with everything read from it, so a crash mid-run
loses nothing committed, and a document already stored (same content id) adds nothing. Shared
rows (actors, places, site-memory lines, copies) are upserted with ON CONFLICT, so several
writers at once never fail on each other's rows; free text is TEXT, never a length that a long
name or role could overflow.
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON, Select, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table,
    Text, UniqueConstraint, bindparam, case, create_engine, event, func, insert, inspect, or_, select, text, update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import OperationalError

from newsevents.actors.identity import MAX_ALIASES, Identity, identity, merge_aliases
from newsevents.actors.people import RolePeriod, known_person, role_periods, same_person
from newsevents.model import Actor, Document, Event, Mention, Place, Reading, Skip, printable

if TYPE_CHECKING:  # datasketch brings scipy: 0.3 s that reading commands need not pay
    from datasketch import MinHash

    from newsevents.clean.duplicates import NearDuplicateIndex

DEFAULT_URL = "sqlite:///newsevents.db"
# Site memory: a line seen in this many documents of one outlet is its boilerplate.
BOILERPLATE_MIN_DOCUMENTS = 3
# How long a writer waits for another process's write transaction before giving up (SQLite).
WRITE_WAIT_SECONDS = 120
SCHEMA_LOCK = 0x6E657773  # PostgreSQL advisory lock held while the schema is created or upgraded
metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("origin", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text, index=True),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("language", Text),
    Column("author", Text),
    Column("tone", Float),
    Column("body", Text, nullable=False),
    Column("raw_text", Text),
    Column("paragraphs", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
# Every place a document was seen: the first copy and each exact or near copy (a wire story run
# by many outlets). Counting these gives GDELT's NumArticles and NumSources, each traceable.
copies = Table(
    "copies", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("origin", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text, index=True),
    Column("title", Text),
    Column("published", Date),
    Column("similarity", Float, nullable=False),  # 1.0 for the stored text itself and exact copies
    Column("seen_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("document_id", "origin"),
)
# MinHash signature of each stored body, so near-duplicate detection spans the whole store.
signatures = Table(
    "signatures", metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)
# Site memory: how many documents of an outlet each normalised line appeared in. Lines that recur
# across many documents of one outlet are its boilerplate (menus, pitches, footers).
site_lines = Table(
    "site_lines", metadata,
    Column("outlet", Text, primary_key=True),
    Column("line", Text, primary_key=True),
    Column("documents", Integer, nullable=False),
)
skips = Table(
    "skips", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("reason", Text, nullable=False, index=True),
    Column("detail", Text),
    Column("at", DateTime(timezone=True), nullable=False),
)
# One row per real entity across documents (a person named in full, a named body, a country, an
# outlet), for browsing and counting mentions; an actor known only inside one document (a role
# noun, a group, a description) gets a row of that document's own (`document_id` set). Events and
# mentions keep the code they had in context: nothing here rewrites them.
actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),
    Column("document_id", String(32), index=True),  # set for an actor known only in this document
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("country", Text, index=True),
    Column("role", Text),
    Column("code", Text, index=True),
    Column("aliases", JSON, nullable=False),
    # Roles over time: [{"code", "first_seen", "last_seen"}] from the dated documents that coded it.
    Column("roles", JSON),
)
mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("actor_id", ForeignKey("actors.id"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", Text),
    Column("code", Text),  # the actor's code in this document, as coded at write time
)
places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("country", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", Text),
)
document_places = Table(
    "document_places", metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("place_id", ForeignKey("places.id"), primary_key=True),
)
attributions = Table(
    "attributions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("claim", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("speaker_id", ForeignKey("actors.id")),
    Column("speaker_text", Text),
    Column("speaker_name", Text),  # the speaker's name in this document, at write time
    Column("reported_by_id", ForeignKey("actors.id")),
    Column("reported_by_name", Text),
    Column("citing", Text),
    Column("cue", Text),
    Column("anonymous", Boolean),
    Column("chain", JSON),
)
# Reports of one event across articles: same source and target (by actor code, else the actor),
# same root code, dates within a day, same or unknown place. GDELT's NumMentions, NumArticles and
# NumSources are counted from the events, documents and copies that point here.
clusters = Table(
    "clusters", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_key", Text, nullable=False),
    Column("target_key", Text, nullable=False),
    Column("root", Text, nullable=False),
    Column("day", Date, nullable=False, index=True),
    Column("place_id", ForeignKey("places.id")),
    Column("first_event_id", Integer, nullable=False),
)
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    # Source and target as coded in this document, kept at write time: name, code, country and the
    # span of the mention they were read from. The *_id links only browse the actor table.
    Column("source_id", ForeignKey("actors.id"), index=True),
    Column("source_name", Text),
    Column("source_code", Text, index=True),
    Column("source_country", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("target_id", ForeignKey("actors.id"), index=True),
    Column("target_name", Text),
    Column("target_code", Text, index=True),
    Column("target_country", Text),
    Column("target_start", Integer),
    Column("target_end", Integer),
    Column("cameo", Text, nullable=False, index=True),
    Column("root", Text, nullable=False, index=True),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("plover", Text),
    Column("modality", Text, nullable=False),
    Column("date", Date, index=True),
    Column("date_precision", Text),
    Column("place_id", ForeignKey("places.id")),
    Column("topics", JSON, nullable=False),
    Column("attribution_id", ForeignKey("attributions.id")),
    Column("cluster_id", ForeignKey("clusters.id"), index=True),
    Column("tone", Float),
)
# An index for every filter the API and CLI offer that an index can serve (substring searches
# in names and text cannot). Prefix filters (CAMEO "04…", actor code "ISR…", document id prefix)
# need PostgreSQL's pattern operator class unless the database collates as C; SQLite's LIKE is
# case-insensitive and uses no index either way, so these are made on PostgreSQL only.
Index("ix_events_quad_class", events.c.quad_class)
Index("ix_events_modality", events.c.modality)
Index("ix_actors_kind", actors.c.kind)
Index("ix_copies_outlet_lower", func.lower(copies.c.outlet))  # outlet=… matches any copy, any case
Index("ix_clusters_lookup", clusters.c.source_key, clusters.c.target_key, clusters.c.root, clusters.c.day)
POSTGRES_ONLY_INDEXES = {
    Index(f"ix_{_column.table.name}_{_column.name}_prefix", _column,
          postgresql_ops={_column.name: "text_pattern_ops"}).ddl_if(dialect="postgresql").name
    for _column in (events.c.cameo, events.c.document_id, actors.c.code, documents.c.id)}


# Statements used for every actor and place written, built once with their parameters apart.
# FOR UPDATE (PostgreSQL; SQLite has one writer anyway): concurrent merges into one actor queue
# rather than overwrite each other's aliases and roles.
_ACTOR_BY_KEY = select(actors).where(actors.c.key == bindparam("wanted")).with_for_update()
_ACTOR_UPDATE = update(actors).where(actors.c.id == bindparam("actor_id")).values(
    aliases=bindparam("new_aliases"), country=bindparam("new_country"), role=bindparam("new_role"),
    code=bindparam("new_code"), roles=bindparam("new_roles"))
_PERSONS_BY_SURNAME = select(actors).where(actors.c.kind == "person", actors.c.key.like(bindparam("pattern"))).with_for_update()
_PLACE_BY_KEY = select(places.c.id).where(places.c.key == bindparam("wanted"))
_CLUSTER_CANDIDATES = select(clusters.c.id, clusters.c.place_id).where(
    clusters.c.source_key == bindparam("source"), clusters.c.target_key == bindparam("target"),
    clusters.c.root == bindparam("wanted_root"), clusters.c.day.between(bindparam("earliest"), bindparam("latest")),
).order_by(clusters.c.id)


_SIDE_FIELDS = ("name", "code", "country")
_SIDE_COLUMNS = frozenset(f"{side}_{field}" for side in ("source", "target") for field in _SIDE_FIELDS)


def event_actor(side: str, field: str, alias: Any) -> Any:
    """An event's source or target `field` (name, code, country) as coded in its own document.
    Events stored before these were kept have none; they show the actor row's (see `rebuild`)."""
    kept = events.c[f"{side}_{field}"]
    return case((events.c[f"{side}_name"].is_(None), alias.c[field]), else_=kept)


def event_query() -> tuple[Select, Any, Any]:
    """Events joined with all an event record shows: document, source and target actors, place,
    attribution with its speaker and reporter. Returns the select and the source and target
    aliases, for filters; every event listing (CLI, API, web page) starts here."""
    source, target = actors.alias("source"), actors.alias("target")
    speaker, reporter = actors.alias("speaker"), actors.alias("reporter")
    sides = [event_actor(side, field, alias).label(f"{side}_{field}")
             for side, alias in (("source", source), ("target", target)) for field in _SIDE_FIELDS]
    query = (
        select(*(c for c in events.c if c.name not in _SIDE_COLUMNS),
               documents.c.outlet, documents.c.title, documents.c.published, *sides,
               places.c.name.label("place_name"), places.c.country.label("place_country"),
               places.c.lat.label("place_lat"), places.c.lon.label("place_lon"), places.c.feature.label("place_feature"),
               attributions.c.kind.label("attribution_kind"), attributions.c.claim.label("attribution_claim"),
               attributions.c.anonymous.label("attribution_anonymous"), attributions.c.chain.label("attribution_chain"),
               func.coalesce(attributions.c.speaker_name, speaker.c.name).label("speaker_name"),
               attributions.c.speaker_text,
               func.coalesce(attributions.c.reported_by_name, reporter.c.name).label("reported_by_name"),
               attributions.c.citing,
               attributions.c.start.label("attribution_start"), attributions.c.end.label("attribution_end"))
        .join(documents, documents.c.id == events.c.document_id)
        .outerjoin(source, source.c.id == events.c.source_id)
        .outerjoin(target, target.c.id == events.c.target_id)
        .outerjoin(places, places.c.id == events.c.place_id)
        .outerjoin(attributions, attributions.c.id == events.c.attribution_id)
        .outerjoin(speaker, speaker.c.id == attributions.c.speaker_id)
        .outerjoin(reporter, reporter.c.id == attributions.c.reported_by_id)
    )
    return query, source, target


def site_line_keys(lines: Iterable[str]) -> set[str]:
    """The distinct lines as site memory counts them (long lines by their first 300 characters)."""
    return {line[:300] for line in lines if line}


def engine_url(url: str) -> URL:
    """`url` with PostgreSQL pointed at psycopg 3 (SQLAlchemy's default driver is psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _engine(url: str, **options: Any) -> Engine:
    try:
        return create_engine(engine_url(url), **options)
    except ModuleNotFoundError as error:
        raise RuntimeError(f"{error}: a PostgreSQL store needs psycopg 3: pip install 'newsevents[postgres]'") from None


def _widens(connection: Connection, column: Column, present: Any) -> bool:
    """A PostgreSQL column stored as VARCHAR(n) that this version keeps as TEXT."""
    return (connection.dialect.name == "postgresql" and isinstance(column.type, Text)
            and isinstance(present, postgresql.VARCHAR))


def _missing_indexes(connection: Connection) -> list[Index]:
    """Indexes of this version the store lacks (by name from the catalogue: reflection skips
    expression indexes); PostgreSQL's own ones only there."""
    present = set(connection.execute(text(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
        if connection.dialect.name == "postgresql" else "SELECT name FROM sqlite_master WHERE type = 'index'",
    )).scalars())
    return [index for table in metadata.sorted_tables for index in table.indexes
            if index.name not in present and (connection.dialect.name == "postgresql" or index.name not in POSTGRES_ONLY_INDEXES)]


def _retried_on_deadlock(write: Callable[..., Any]) -> Callable[..., Any]:
    """Run a write transaction again when PostgreSQL aborted it to break a deadlock between
    concurrent writers (two documents merging the same actors in opposite orders). Each attempt
    is one whole transaction, so an aborted one left nothing behind."""

    @functools.wraps(write)
    def attempt(*args: Any, **kwargs: Any) -> Any:
        for tries in range(1, 11):
            try:
                return write(*args, **kwargs)
            except OperationalError as error:
                if getattr(error.orig, "sqlstate", None) not in ("40P01", "40001") or tries == 10:
                    raise
                time.sleep(random.uniform(0, 0.05 * tries))  # apart, so they do not collide again

    return attempt


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy, not the driver, begins transactions (see _sqlite_begin): the driver would
    # begin them lazily, after the existence check a write depends on.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """A write transaction takes SQLite's write lock at BEGIN (IMMEDIATE), so what it checks
    (is this document stored? do the tables exist?) cannot change before it writes; another
    writer waits for it instead of failing. Reads begin DEFERRED and never wait."""
    writing = connection.get_execution_options().get("writing", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


class StoreMissing(FileNotFoundError):
    """A read-only command named a database that does not exist (it is never created)."""


def _dialect_insert(connection: Connection, table: Table) -> Any:
    """INSERT with ON CONFLICT clauses, for SQLite and PostgreSQL alike."""
    return (postgresql if connection.dialect.name == "postgresql" else sqlite).insert(table)


@dataclass
class EventFilter:
    actor: str | None = None  # name or code substring, source or target
    country: str | None = None  # ISO-3, source or target
    cameo: str | None = None  # a code prefix: "04" (a root) or "042"
    since: date | None = None
    until: date | None = None
    document_id: str | None = None
    limit: int | None = None


class Store:
    """One event database. `Store("sqlite:///news.db")` or a PostgreSQL URL."""

    def __init__(self, url: str = DEFAULT_URL, create: bool = True) -> None:
        """`create=False` (read-only commands): a SQLite file that does not exist raises
        `StoreMissing` instead of becoming a new, empty database."""
        self.url = url
        parsed = make_url(url)
        sqlite_file = parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")
        if not create and sqlite_file and not Path(parsed.database).exists():
            raise StoreMissing(f"no database at {parsed.database}; ingest into it first, or check --db")
        options: dict[str, Any] = {"connect_args": {"timeout": WRITE_WAIT_SECONDS}} if sqlite_file else {}
        self.engine: Engine = _engine(url, **options)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._create_schema()
        self._near: NearDuplicateIndex | None = None

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction: SQLite's write lock from its first statement (BEGIN IMMEDIATE)."""
        with self.engine.connect() as connection:
            connection.execution_options(writing=True)
            with connection.begin():
                yield connection

    def _create_schema(self) -> None:
        """Tables made or upgraded under a lock, so two runs starting on a new store both succeed:
        the second waits, then finds the tables there. A complete store is only read (it may be
        a read-only file)."""
        inspector = inspect(self.engine)
        present = set(inspector.get_table_names())
        with self.engine.connect() as connection:
            complete = all(
                table.name in present and all(
                    column.name in columns and not _widens(connection, column, columns[column.name])
                    for column in table.columns)
                for table in metadata.sorted_tables
                for columns in [{c["name"]: c["type"] for c in inspector.get_columns(table.name)} if table.name in present else {}]
            ) and not _missing_indexes(connection)
        if complete:
            return
        with self._writing() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
            metadata.create_all(connection)
            self._add_missing_columns(connection)
            self._add_missing_indexes(connection)

    def _add_missing_columns(self, connection: Connection) -> None:
        """Upgrade a store made by an earlier newsevents: new nullable columns are added in place
        (existing rows keep NULL); anything else needs a fresh store, and says so."""
        inspector = inspect(connection)
        for table in metadata.sorted_tables:
            present = {column["name"]: column["type"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in present:
                    if _widens(connection, column, present[column.name]):
                        # Earlier stores had VARCHAR(n) that long roles and outlets overflowed;
                        # VARCHAR → TEXT rewrites nothing in PostgreSQL.
                        connection.execute(text(f'ALTER TABLE {table.name} ALTER COLUMN "{column.name}" TYPE text'))
                    continue
                if not column.nullable:
                    raise RuntimeError(
                        f"{self.url}: table '{table.name}' lacks column '{column.name}' and it cannot be added "
                        f"in place; ingest into a new database (--db) instead.")
                kind = column.type.compile(dialect=connection.dialect)
                connection.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))

    @staticmethod
    def _add_missing_indexes(connection: Connection) -> None:
        """A store made before an index existed gains it (create_all only indexes new tables)."""
        for index in _missing_indexes(connection):
            index.create(connection)

    def close(self) -> None:
        self.engine.dispose()

    # --- writing --------------------------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as connection:
            return connection.execute(select(documents.c.id).where(documents.c.id == document_id)).first() is not None

    def record_skip(self, skip: Skip) -> None:
        """Store a skip; its origin and detail escaped, so any file name or error text fits."""
        with self._writing() as connection:
            connection.execute(insert(skips).values(origin=printable(skip.origin), reason=printable(skip.reason),
                                                    detail=printable(skip.detail or ""), at=_now()))

    @_retried_on_deadlock
    def write(self, reading: Reading, minhash: MinHash | None = None) -> bool:
        """Store a document and all it yielded; False (and nothing written) if already stored.
        With its MinHash `signature`, later near copies of it are recognised."""
        doc = reading.document
        with self._writing() as connection:
            # Check and insert in one statement: a concurrent run storing the same document
            # makes this one add nothing, instead of failing on the primary key.
            added = connection.execute(_dialect_insert(connection, documents).on_conflict_do_nothing()
                                       .returning(documents.c.id), dict(
                id=doc.id, origin=doc.origin, url=doc.url, outlet=doc.outlet, title=doc.title,
                published=doc.published, language=doc.language, author=doc.author, tone=doc.tone, body=doc.body, raw_text=doc.raw_text,
                paragraphs=[list(p) for p in doc.paragraphs], ingested_at=_now(),
            ))
            if added.first() is None:  # RETURNING, not rowcount: psycopg reports -1 here
                return False
            connection.execute(insert(copies), _copy_row(doc.id, doc, 1.0))
            if minhash is not None:
                from newsevents.clean.duplicates import to_bytes

                connection.execute(insert(signatures), dict(document_id=doc.id, minhash=to_bytes(minhash)))
            self._write_reading(connection, reading)
        if minhash is not None and self._near is not None:
            self._near.add(doc.id, minhash)
        return True

    def _write_reading(self, connection: Connection, reading: Reading) -> None:
        """What was read from a stored document: mentions, places, attributions, events, clusters."""
        doc = reading.document
        actor_ids: dict[int, int] = {}
        if connection.dialect.name == "postgresql":
            # Lock the document's known actors in one order (by key) before merging into them:
            # concurrent writers then queue on the same rows instead of deadlocking.
            keys = sorted({entity.key for entity in map(identity, {id(m.actor): m.actor for m in reading.mentions}.values())
                           if entity})
            connection.execute(select(actors.c.id).where(actors.c.key.in_(keys)).order_by(actors.c.key).with_for_update())

        def actor_id(actor: Actor | None) -> int | None:
            if actor is None:
                return None
            if id(actor) not in actor_ids:
                entity = identity(actor)
                actor_ids[id(actor)] = (self._upsert_actor(connection, actor, entity, doc.published) if entity
                                        else self._local_actor(connection, actor, doc.id))
            return actor_ids[id(actor)]

        if reading.mentions:
            connection.execute(insert(mentions), [
                dict(document_id=doc.id, actor_id=actor_id(m.actor), start=m.start, end=m.end, text=m.text,
                     label=m.label, code=m.actor.code or None)
                for m in reading.mentions
            ])
        place_ids = {place.key: self._upsert_place(connection, place) for place in reading.places}
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
            rows.append(dict(
                document_id=doc.id, sentence=e.sentence, start=e.start, end=e.end, trigger=e.trigger,
                trigger_start=e.trigger_start, trigger_end=e.trigger_end,
                source_id=actor_id(e.source), target_id=actor_id(e.target),
                **_side_columns("source", e.source, event_mention(e, e.source, reading.mentions, before=True)),
                **_side_columns("target", e.target, event_mention(e, e.target, reading.mentions, before=False)),
                cameo=e.cameo, root=e.root,
                quad_class=e.quad_class, goldstein=e.goldstein, plover=e.plover, modality=e.modality,
                date=e.date, date_precision=e.date_precision, place_id=place_id, topics=e.topics,
                attribution_id=attribution_ids.get(id(e.attribution)) if e.attribution else None,
                cluster_id=None, tone=e.tone,
            ))
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

    def rebuild(self, readings: Iterable[Reading]) -> int:
        """Replace everything read from the stored documents (actors, mentions, events, clusters,
        attributions, document places) by `readings` of them, in one transaction: a failure
        leaves the store as it was. Documents, copies, signatures and site memory are kept.
        Returns the number of documents rewritten."""
        count = 0
        with self._writing() as connection:
            for table in (events, clusters, attributions, mentions, document_places, actors):
                connection.execute(table.delete())
            for reading in readings:
                self._write_reading(connection, reading)
                count += 1
        return count

    def add_copy(self, document_id: str, copy: Document, similarity: float) -> bool:
        """Record that `copy` (another URL, outlet or wording) reports stored document
        `document_id`; False if this origin was already recorded (re-ingesting adds nothing)."""
        with self._writing() as connection:
            added = connection.execute(_dialect_insert(connection, copies).on_conflict_do_nothing()
                                       .returning(copies.c.id), _copy_row(document_id, copy, similarity)).first()
        return added is not None

    def near_duplicates(self) -> NearDuplicateIndex:
        """The LSH index over every stored signature, loaded once and kept up to date by `write`."""
        if self._near is None:
            from newsevents.clean.duplicates import NearDuplicateIndex, from_bytes

            index = NearDuplicateIndex()
            with self.engine.connect() as connection:
                for row in connection.execute(select(signatures.c.document_id, signatures.c.minhash)):
                    index.add(row.document_id, from_bytes(row.minhash))
            self._near = index
        return self._near

    # --- site memory ----------------------------------------------------------------------
    def learn_lines(self, outlet: str, lines: Iterable[str]) -> None:
        """Count each distinct line once more for `outlet` (one document's worth)."""
        distinct = site_line_keys(lines)
        if not outlet or not distinct:
            return
        with self._writing() as connection:
            # One upsert: a line another run counted a moment ago is counted on, never a key error.
            statement = _dialect_insert(connection, site_lines)
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
            first_event_id=event_id)).inserted_primary_key[0]

    @staticmethod
    def _upsert_actor(connection: Connection, actor: Actor, entity: Identity, day: date | None) -> int:
        """The row of a real entity, made or merged: same key, or for a person the same person under
        another spelling ("Benjamin"/"Binyamin Netanyahu"; never "George Bush" with "George W. Bush")
        of a compatible country. Only fitting aliases join (never another person's name), and a
        dated document adds to its roles over time. The row's code is for browsing: events keep
        their own."""
        row = connection.execute(_ACTOR_BY_KEY, {"wanted": entity.key}).first()
        if row is None and entity.kind == "person":
            row = _same_person_row(connection, entity, actor.country)
        names = [actor.name, *actor.aliases]
        if row is None:
            periods = role_periods(actor, day)
            country, role, code = _office_code(entity, periods) or (actor.country, actor.role, actor.code or None)
            made = connection.execute(_dialect_insert(connection, actors).values(
                key=entity.key, name=entity.name, kind=entity.kind, country=country, role=role,
                code=code, aliases=merge_aliases(entity, [], names), roles=_roles_json(periods),
            ).on_conflict_do_nothing(index_elements=[actors.c.key]).returning(actors.c.id)).scalar()
            if made is not None:
                return made
            # Another writer stored this actor meanwhile: merge into its row like any known actor.
            row = connection.execute(_ACTOR_BY_KEY, {"wanted": entity.key}).one()
        entity = Identity(row.key, row.name, row.kind)
        aliases = merge_aliases(entity, list(row.aliases), names)
        periods = role_periods(actor, day, _roles_from_json(row.roles))
        country, role, code = row.country or actor.country, row.role or actor.role, row.code
        if periods and actor.code and periods[-1].code == actor.code:
            # The latest period is this coding: the row shows the actor's most recent role.
            country, role, code = actor.country or country, actor.role or role, actor.code
        elif not code:
            code = ((country or "") + (role or "")) or None
        country, role, code = _office_code(entity, periods) or (country, role, code)
        roles = _roles_json(periods)
        if aliases != row.aliases or (country, role, code) != (row.country, row.role, row.code) or roles != row.roles:
            connection.execute(_ACTOR_UPDATE, dict(actor_id=row.id, new_aliases=aliases, new_country=country,
                                                   new_role=role, new_code=code, new_roles=roles))
        return row.id

    @staticmethod
    def _local_actor(connection: Connection, actor: Actor, document_id: str) -> int:
        """A row of this document's own for an actor known only in it ("the ministry", "officials"):
        no other document can reach or rewrite it."""
        key = f"{document_id}:{actor.key[:200]}|{actor.code}"
        row = connection.execute(_ACTOR_BY_KEY, {"wanted": key}).first()
        if row is not None:
            return row.id
        return connection.execute(insert(actors), dict(
            key=key, document_id=document_id, name=actor.name, kind=actor.kind, country=actor.country,
            role=actor.role, code=actor.code or None, aliases=sorted(set(actor.aliases))[:MAX_ALIASES], roles=None,
        )).inserted_primary_key[0]

    @staticmethod
    def _upsert_place(connection: Connection, place: Place) -> int:
        row = connection.execute(_PLACE_BY_KEY, {"wanted": place.key}).first()
        if row is not None:
            return row.id
        made = connection.execute(_dialect_insert(connection, places).values(
            key=place.key, name=place.name, country=place.country, lat=place.lat, lon=place.lon, feature=place.feature,
        ).on_conflict_do_nothing(index_elements=[places.c.key]).returning(places.c.id)).scalar()
        # None: another writer stored this place meanwhile; its row is the one.
        return made if made is not None else connection.execute(_PLACE_BY_KEY, {"wanted": place.key}).scalar_one()

    # --- reading --------------------------------------------------------------------------
    def events(self, where: EventFilter = EventFilter()) -> list[dict[str, Any]]:
        """Events matching `where`, by day then id: a shorthand for `queries.event_page`, the one
        event query of the CLI, the API and the exports."""
        from newsevents.queries import EventQuery, event_page  # queries reads through this module

        return event_page(self, EventQuery(actor=where.actor, country=where.country, cameo=where.cameo,
                                           since=where.since, until=where.until, document_id=where.document_id,
                                           limit=where.limit)).items

    def _rows(self, table: Table, *order: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            return [jsonable(dict(row._mapping)) for row in connection.execute(select(table).order_by(*order))]

    def actors(self, store_wide: bool = False) -> list[dict[str, Any]]:
        """Actors, most mentioned first; with `store_wide`, only those known across documents (not
        the rows of one document's own role nouns, groups and descriptions)."""
        with self.engine.connect() as connection:
            counted = (select(actors, func.count(mentions.c.id).label("mentions"))
                       .outerjoin(mentions, mentions.c.actor_id == actors.c.id)
                       .group_by(actors.c.id).order_by(func.count(mentions.c.id).desc(), actors.c.name, actors.c.id))
            if store_wide:
                counted = counted.where(actors.c.document_id.is_(None))
            return [jsonable(dict(row._mapping)) for row in connection.execute(counted)]

    def documents(self) -> list[dict[str, Any]]:
        """Every document with its reach: `articles` (copies seen) and `outlets` that ran it."""
        reach = self._reach()
        return [{**d, **reach.get(d["id"], {"articles": 0, "outlets": []})}
                for d in self._rows(documents, documents.c.ingested_at, documents.c.id)]

    def document(self, document_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as connection:
            rows = connection.execute(select(documents).where(documents.c.id.like(f"{document_id}%"))).all()
        if len(rows) != 1:
            return None
        record = jsonable(dict(rows[0]._mapping))
        record["copies"] = self.copies(record["id"])
        return {**record, **_reach_of(record["copies"]).get(record["id"], {"articles": 0, "outlets": []})}

    def copies(self, document_id: str | None = None) -> list[dict[str, Any]]:
        """Where each document was seen (first copy first): origin, URL, outlet, similarity."""
        query = select(copies).order_by(copies.c.document_id, copies.c.id)
        if document_id:
            query = query.where(copies.c.document_id == document_id)
        with self.engine.connect() as connection:
            return [jsonable(dict(row._mapping)) for row in connection.execute(query)]

    def _reach(self) -> dict[str, dict[str, Any]]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(copies.c.document_id, copies.c.outlet).order_by(copies.c.id))
            return _reach_of(row._mapping for row in rows)

    def mentions(self, document_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            query = (select(*(c for c in mentions.c if c.name != "code"), actors.c.name.label("actor"),
                            func.coalesce(mentions.c.code, actors.c.code).label("code"))
                     .join(actors, actors.c.id == mentions.c.actor_id)
                     .where(mentions.c.document_id == document_id).order_by(mentions.c.start))
            return [jsonable(dict(row._mapping)) for row in connection.execute(query)]

    def attributions(self, document_id: str | None = None) -> list[dict[str, Any]]:
        speaker, reporter = actors.alias("speaker"), actors.alias("reporter")
        query = (select(attributions, func.coalesce(attributions.c.speaker_name, speaker.c.name).label("speaker"),
                        func.coalesce(attributions.c.reported_by_name, reporter.c.name).label("reported_by"))
                 .outerjoin(speaker, speaker.c.id == attributions.c.speaker_id)
                 .outerjoin(reporter, reporter.c.id == attributions.c.reported_by_id)
                 .order_by(attributions.c.document_id, attributions.c.start, attributions.c.id))
        if document_id:
            query = query.where(attributions.c.document_id == document_id)
        with self.engine.connect() as connection:
            return [_attribution_record(row._mapping) for row in connection.execute(query)]

    def clusters(self, min_articles: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
        """Event clusters, most reported first: counts like GDELT's NumMentions (events),
        NumArticles (documents and their copies) and NumSources (distinct outlets), the first
        report, and every report's evidence sentence."""
        result = [c for c in self._cluster_records(None) if c["articles"] >= min_articles]
        result.sort(key=lambda c: (-c["articles"], -c["mentions"], c["id"]))
        return result[:limit] if limit else result

    def cluster_page(self, min_articles: int = 1, after: int | None = None,
                     limit: int = 50) -> tuple[list[dict[str, Any]], int | None]:
        """Clusters in id order after `after`, and the id to page on from (None at the end).
        Reads clusters a page at a time by their primary key: the cost follows the page, not the
        store (more pages' worth only when `min_articles` passes few of them over)."""
        found: list[dict[str, Any]] = []
        while len(found) <= limit:
            query = select(clusters.c.id).order_by(clusters.c.id).limit(limit + 1)
            if after is not None:
                query = query.where(clusters.c.id > after)
            with self.engine.connect() as connection:
                ids = list(connection.execute(query).scalars())
            if not ids:
                break
            found.extend(c for c in self._cluster_records(ids) if c["articles"] >= min_articles)
            after = ids[-1]
        return found[:limit], (found[limit - 1]["id"] if len(found) > limit else None)

    def _cluster_records(self, cluster_ids: list[int] | None) -> list[dict[str, Any]]:
        """The records of these clusters (all with None), in id order."""
        source, target = actors.alias("source"), actors.alias("target")
        query = (select(events.c.id, events.c.cluster_id, events.c.document_id, events.c.sentence, events.c.start,
                        events.c.end, events.c.cameo, events.c.trigger, events.c.date,
                        documents.c.outlet, documents.c.url, documents.c.published, documents.c.ingested_at,
                        event_actor("source", "name", source).label("source_name"),
                        event_actor("target", "name", target).label("target_name"))
                 .join(documents, documents.c.id == events.c.document_id)
                 .outerjoin(source, source.c.id == events.c.source_id)
                 .outerjoin(target, target.c.id == events.c.target_id)
                 .where(events.c.cluster_id.is_not(None)).order_by(events.c.cluster_id, events.c.id))
        heads_query = select(clusters, places.c.name.label("place_name")).outerjoin(places, places.c.id == clusters.c.place_id)
        if cluster_ids is not None:
            query = query.where(events.c.cluster_id.in_(cluster_ids))
            heads_query = heads_query.where(clusters.c.id.in_(cluster_ids))
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
            heads = {row.id: row for row in connection.execute(heads_query)}
            if cluster_ids is None:
                reach = self._reach()
            else:  # only the copies of these clusters' documents
                wanted = {row.document_id for row in rows}
                reach = _reach_of(row._mapping for row in connection.execute(
                    select(copies.c.document_id, copies.c.outlet).where(copies.c.document_id.in_(wanted))
                    .order_by(copies.c.id)))
        grouped: dict[int, list[Any]] = {}
        for row in rows:
            grouped.setdefault(row.cluster_id, []).append(row)
        result = []
        for cluster_id, reports in grouped.items():
            documents_seen = list(dict.fromkeys(r.document_id for r in reports))
            outlets = list(dict.fromkeys(o for d in documents_seen for o in reach.get(d, {}).get("outlets", [])))
            articles = sum(reach.get(d, {}).get("articles", 1) for d in documents_seen)
            first = min(reports, key=lambda r: (r.published or date.max, r.ingested_at, r.id))
            head = heads[cluster_id]
            result.append({
                "id": cluster_id, "root": head.root, "day": head.day.isoformat(), "place": head.place_name,
                "source": first.source_name, "target": first.target_name,
                "source_key": head.source_key, "target_key": head.target_key,
                "mentions": len(reports), "articles": articles, "sources": len(outlets), "outlets": outlets,
                "first_report": {"event_id": first.id, "document_id": first.document_id, "outlet": first.outlet,
                                 "published": first.published.isoformat() if first.published else None},
                "evidence": [{"event_id": r.id, "document_id": r.document_id, "outlet": r.outlet, "url": r.url,
                              "cameo": r.cameo, "trigger": r.trigger, "sentence": r.sentence,
                              "start": r.start, "end": r.end} for r in reports],
            })
        return result

    def places(self) -> list[dict[str, Any]]:
        return self._rows(places, places.c.name, places.c.id)  # id: places of one name in a stable order

    def skips(self) -> list[dict[str, Any]]:
        return self._rows(skips, skips.c.id)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (documents, copies, actors, events, attributions, places, skips)}

    def export(self) -> dict[str, list[dict[str, Any]]]:
        """Everything, in the stable JSON export format (see README)."""
        return {
            "documents": [{k: v for k, v in d.items() if k != "raw_text"} for d in self.documents()],
            "actors": self.actors(),
            "places": self.places(),
            "events": self.events(),
            "attributions": self.attributions(),
            "clusters": self.clusters(),
        }


def _same_person_row(connection: Connection, entity: Identity, country: str | None) -> Any:
    """A stored person that `entity` names under another spelling, if exactly one fits: the same
    full name up to transliteration and nicknames, and no other country."""
    surname = entity.key.split()[-1] if entity.key.split() else ""
    if len(entity.key.split()) < 2 or not surname.isalpha():
        return None
    fits = [row for row in connection.execute(_PERSONS_BY_SURNAME, {"pattern": f"% {surname}"})
            if row.document_id is None and same_person(entity.name, row.name)
            and (country is None or row.country is None or row.country == country)]
    return fits[0] if len(fits) == 1 else None


def _office_code(entity: Identity, periods: list[RolePeriod]) -> tuple[str, str | None, str] | None:
    """A known office holder's row shows the office held on the latest day seen (the table's dates,
    not one article's coding); None for everyone else."""
    office = known_person(entity.name) if entity.kind == "person" else None
    if office is None or not periods:
        return None
    code = office.code_on(max(p.last_seen for p in periods))
    return code[:3], code[3:] or None, code


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


def _roles_json(periods: list[RolePeriod]) -> list[dict[str, str]] | None:
    return [{"code": p.code, "first_seen": p.first_seen.isoformat(), "last_seen": p.last_seen.isoformat()}
            for p in periods] or None


def _roles_from_json(roles: list[dict[str, str]] | None) -> list[RolePeriod]:
    return [RolePeriod(r["code"], date.fromisoformat(r["first_seen"]), date.fromisoformat(r["last_seen"]))
            for r in roles or []]


def _insert_returning_ids(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert many rows in one statement and return their new ids, in the rows' order."""
    if not rows:
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row.id for row in connection.execute(statement, rows)]


def _actor_key(actor: Actor | None, actor_id: int | None) -> str:
    """How clusters compare actors: by CAMEO code when coded ("ISRGOV"), else as the actor itself."""
    if actor is None:
        return "-"
    return actor.code or f"#{actor_id}"


def _reach_of(copy_rows: Iterable[Any]) -> dict[str, dict[str, Any]]:
    """Per document: how many copies were seen (`articles`) and the outlets that ran it, in order."""
    reach: dict[str, dict[str, Any]] = {}
    for row in copy_rows:
        entry = reach.setdefault(row["document_id"], {"articles": 0, "outlets": []})
        entry["articles"] += 1
        if row["outlet"] and row["outlet"] not in entry["outlets"]:
            entry["outlets"].append(row["outlet"])
    return reach


def _copy_row(document_id: str, copy: Document, similarity: float) -> dict[str, Any]:
    return dict(document_id=document_id, origin=copy.origin, url=copy.url, outlet=copy.outlet, title=copy.title,
                published=copy.published, similarity=round(similarity, 3), seen_at=_now())


def _now() -> datetime:
    return datetime.now(timezone.utc)


def jsonable(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, (date, datetime)) else v for k, v in record.items()}


def event_record(row: Any) -> dict[str, Any]:
    def actor(prefix: str) -> dict[str, Any] | None:
        name = row[f"{prefix}_name"]
        if name is None:
            return None
        return {"name": name, "code": row[f"{prefix}_code"] or "",
                "start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"]}

    place = None
    if row["place_name"] is not None:
        place = {"name": row["place_name"], "country": row["place_country"], "lat": row["place_lat"], "lon": row["place_lon"]}
    attribution = None
    if row["attribution_kind"] is not None:
        attribution = {"kind": row["attribution_kind"], "claim": row["attribution_claim"],
                       "speaker": row["speaker_name"] or row["speaker_text"], "reported_by": row["reported_by_name"],
                       "citing": row["citing"],
                       "anonymous": bool(row["attribution_anonymous"]), "chain": row["attribution_chain"] or []}
    return {
        "id": row["id"], "document_id": row["document_id"], "outlet": row["outlet"],
        "source": actor("source"), "target": actor("target"),
        "cameo": row["cameo"], "root": row["root"], "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "plover": row["plover"], "modality": row["modality"],
        "date": row["date"].isoformat() if row["date"] else None, "date_precision": row["date_precision"],
        "place": place, "topics": row["topics"], "trigger": row["trigger"],
        "trigger_start": row["trigger_start"], "trigger_end": row["trigger_end"],
        "sentence": row["sentence"], "start": row["start"], "end": row["end"], "attribution": attribution,
        "cluster_id": row["cluster_id"], "tone": row["tone"],
    }


def _attribution_record(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"], "document_id": row["document_id"], "kind": row["kind"], "claim": row["claim"],
        "start": row["start"], "end": row["end"], "speaker": row["speaker"] or row["speaker_text"],
        "reported_by": row["reported_by"], "citing": row["citing"], "cue": row["cue"],
        "anonymous": bool(row["anonymous"]), "chain": row["chain"] or [],
    }


__all__ = ["DEFAULT_URL", "EventFilter", "Store", "StoreMissing", "event_actor", "event_mention", "event_query",
           "event_record", "jsonable"]
