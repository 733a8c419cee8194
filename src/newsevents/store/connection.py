"""Opening a store: the engine for a SQLite or PostgreSQL URL, SQLite's pragmas and write lock,
write transactions, and retrying one that PostgreSQL aborted to break a deadlock."""

from __future__ import annotations

import functools
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import OperationalError

from newsevents.store import migrations

DEFAULT_URL = "sqlite:///newsevents.db"
# How long a writer waits for another process's write transaction before giving up (SQLite).
WRITE_WAIT_SECONDS = 120


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


def retried_on_deadlock(write: Callable[..., Any]) -> Callable[..., Any]:
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
    _wal_mode(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _wal_mode(cursor: Any) -> None:
    """Put the file in WAL mode (readers never block the writer), waiting as a writer would.
    The switch needs an exclusive lock, and SQLite refuses it at once, without its busy wait,
    while another connection holds the write lock of a file still in rollback mode. A new store
    is in that mode until its first commit writes the WAL flag into its header, so a second run
    opening it while the first creates the tables would fail with "database is locked"."""
    deadline = time.monotonic() + WRITE_WAIT_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_begin(connection: Connection) -> None:
    """A write transaction takes SQLite's write lock at BEGIN (IMMEDIATE), so what it checks
    (is this document stored? do the tables exist?) cannot change before it writes; another
    writer waits for it instead of failing. Reads begin DEFERRED and never wait."""
    writing = connection.get_execution_options().get("writing", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


class StoreMissing(FileNotFoundError):
    """A read-only command named a database that does not exist (it is never created)."""


def dialect_insert(connection: Connection, table: Table) -> Any:
    """INSERT with ON CONFLICT clauses, for SQLite and PostgreSQL alike."""
    return (postgresql if connection.dialect.name == "postgresql" else sqlite).insert(table)


class StoreBase:
    """A store's engine and transactions, its schema made or upgraded on opening; `Store` adds
    the writes (`writes.py`) and the reads (`reads.py`)."""

    def __init__(self, url: str = DEFAULT_URL, create: bool = True) -> None:
        """`create=False` (read-only commands): a SQLite file that does not exist raises
        `StoreMissing` instead of becoming a new, empty database."""
        self.url = url
        parsed = make_url(url)
        sqlite_file = parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")
        if not create and sqlite_file and not Path(parsed.database or "").exists():
            raise StoreMissing(f"no database at {parsed.database}; ingest into it first, or check --db")
        options: dict[str, Any] = {"connect_args": {"timeout": WRITE_WAIT_SECONDS}} if sqlite_file else {}
        self.engine: Engine = _engine(url, **options)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._create_schema()

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
        if migrations.is_current(self.engine):
            return
        with self._writing() as connection:
            migrations.create_or_upgrade(connection, self.url)

    def close(self) -> None:
        self.engine.dispose()

