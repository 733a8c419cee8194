"""Making and upgrading a store's schema: tables created, columns a newer version added made in
place (nullable ones only), VARCHAR widened to TEXT on PostgreSQL, missing indexes built."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Index, Text, bindparam, inspect, select, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection, Engine

from newsevents.store.schema import POSTGRES_ONLY_INDEXES, actors, metadata, person_surname

SCHEMA_LOCK = 0x6E657773  # PostgreSQL advisory lock held while the schema is created or upgraded


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


def is_current(engine: Engine) -> bool:
    """Every table, column (at its type) and index of this version is there: nothing to do."""
    inspector = inspect(engine)
    present = set(inspector.get_table_names())
    with engine.connect() as connection:
        return all(
            table.name in present and all(
                column.name in columns and not _widens(connection, column, columns[column.name])
                for column in table.columns)
            for table in metadata.sorted_tables
            for columns in [{c["name"]: c["type"] for c in inspector.get_columns(table.name)} if table.name in present else {}]
        ) and not _missing_indexes(connection)


def create_or_upgrade(connection: Connection, url: str) -> None:
    """Make what is missing, in the caller's write transaction; on PostgreSQL under an advisory
    lock, so a second writer starting at once waits and then finds the tables there."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
    metadata.create_all(connection)
    _add_missing_columns(connection, url)
    _add_missing_indexes(connection)


def _add_missing_columns(connection: Connection, url: str) -> None:
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
                    f"{url}: table '{table.name}' lacks column '{column.name}' and it cannot be added "
                    f"in place; ingest into a new database (--db) instead.")
            kind = column.type.compile(dialect=connection.dialect)
            connection.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))
            if column is actors.c.surname:
                _fill_surnames(connection)


def _fill_surnames(connection: Connection) -> None:
    """The surname of every store-wide person an earlier newsevents stored (it searched their keys)."""
    rows = connection.execute(select(actors.c.id, actors.c.key).where(
        actors.c.kind == "person", actors.c.document_id.is_(None))).all()
    named = [{"row": row.id, "last_word": person_surname(row.key, "person", None)} for row in rows]
    if named := [values for values in named if values["last_word"]]:
        connection.execute(update(actors).where(actors.c.id == bindparam("row")).values(surname=bindparam("last_word")), named)


def _add_missing_indexes(connection: Connection) -> None:
    """A store made before an index existed gains it (create_all only indexes new tables)."""
    for index in _missing_indexes(connection):
        index.create(connection)
