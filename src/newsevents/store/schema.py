"""The store's tables, indexes and event columns: one SQLAlchemy `MetaData` for SQLite and
PostgreSQL alike. Free text is TEXT, never a length that a long name or role could overflow."""

from __future__ import annotations

from datetime import date
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

from newsevents.model import Event

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
# The documents site memory has counted, so each is counted once: a run killed after learning a
# document's lines and before storing it, run again, must not count them twice.
site_documents = Table(
    "site_documents", metadata,
    Column("document_id", String(32), primary_key=True),
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
    # A store-wide person's last name word ("netanyahu"): the same-person merge looks every person of
    # a surname up by it, an indexed lookup where `key LIKE '% netanyahu'` read the whole table.
    Column("surname", Text),
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
# Lookups made for every article, indexed so they cost the same in a large store as in a small one.
Index("ix_actors_surname", actors.c.surname, actors.c.kind)
Index("ix_site_lines_boilerplate", site_lines.c.outlet, site_lines.c.documents)  # an outlet's lines above the bar
POSTGRES_ONLY_INDEXES = {
    Index(f"ix_{_column.table.name}_{_column.name}_prefix", _column,
          postgresql_ops={_column.name: "text_pattern_ops"}).ddl_if(dialect="postgresql").name
    for _column in (events.c.cameo, events.c.document_id, actors.c.code, documents.c.id)}


def _plain_event_fields() -> tuple[str, ...]:
    """The fields of `model.Event` stored as they are (numbers, text, dates, lists; not its actors,
    place or attribution), each in the events column of its name. A column declared above keeps its
    type and index; a field without one gets a column from its annotation here, so a new plain
    event field needs no line in the store (a store made earlier gains the column in place)."""
    plain = []
    for name, hint in get_type_hints(Event).items():
        kinds = [k for k in get_args(hint) if k is not type(None)] if get_origin(hint) in (Union, UnionType) else [hint]
        origin = (get_origin(kinds[0]) or kinds[0]) if len(kinds) == 1 else None
        column_type = Text if origin is Literal else _COLUMN_TYPES.get(origin)
        if column_type is None:
            continue  # an actor, place or attribution: written by id and in columns of its own
        if name not in events.c:
            events.append_column(Column(name, column_type))
        plain.append(name)
    return tuple(plain)


_COLUMN_TYPES: dict[Any, Any] = {str: Text, int: Integer, float: Float, bool: Boolean, date: Date, list: JSON}
PLAIN_EVENT_FIELDS = _plain_event_fields()


def person_surname(key: str, kind: str, document_id: str | None) -> str | None:
    """The `surname` column of an actor row: the last word of a store-wide person's key (the words
    after its last space, as `key LIKE '% surname'` matched them); None for every other row."""
    return key.rsplit(" ", 1)[1] if kind == "person" and document_id is None and " " in key else None
