"""Shared fixtures: one loaded pipeline for the session (spaCy loads once), paths to shared data,
and fresh stores: SQLite files, or with NEWSEVENTS_TEST_DB set to a PostgreSQL server's URL
(`make test-postgres` sets it), one new database on that server per store."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
SEED = SHARED / "seed" / "000_e81d9bfdad51a53f.txt"
SEED_EXPECTED = SHARED / "seed" / "000_e81d9bfdad51a53f.expected.json"

# Child processes (the CLI, kill -9 runs) import this checkout's source too, as pytest itself does
# (pyproject's `pythonpath`), not another checkout that the environment's editable install names.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def every_modality_pipeline():
    """A pipeline that keeps the events of every modality (`Pipeline(modalities=ALL_MODALITIES)`):
    the modality reading as it is, with the events the default store leaves out (`events.stored`)."""
    from newsevents.events.stored import ALL_MODALITIES
    from newsevents.pipeline import Pipeline

    return Pipeline(modalities=ALL_MODALITIES)


@pytest.fixture(scope="session")
def full_pipeline():
    """A pipeline that parses every sentence, not only those with an event or claim word."""
    from newsevents.pipeline import Pipeline

    return Pipeline(parse_all=True)


def _reader(pipeline):
    """A function that reads one text in memory with `pipeline` and returns its Reading (it fails
    the test on a Skip); keyword arguments go to `read_text`."""
    from newsevents.model import Skip

    def _read(text: str, **kwargs):
        kwargs.setdefault("clean", False)  # test sentences are bodies already
        reading = pipeline.read_text(text, **kwargs)
        assert not isinstance(reading, Skip), reading
        return reading

    return _read


@pytest.fixture
def read_all(full_pipeline):
    """`read` with every sentence parsed: for coreference through sentences with no event."""
    return _reader(full_pipeline)


@pytest.fixture
def read(pipeline):
    """Read one text in memory and return its Reading (fails the test on a Skip)."""
    return _reader(pipeline)


@pytest.fixture
def read_every(every_modality_pipeline):
    """`read` keeping every modality's events: for tests of the modality reading itself (a
    hypothetical act is read as one, though the default store leaves it out)."""
    return _reader(every_modality_pipeline)


# A PostgreSQL server to run every store on instead of SQLite, e.g.
# postgresql://postgres@127.0.0.1:5432/postgres; tests about SQLite files themselves ignore it.
TEST_SERVER = os.environ.get("NEWSEVENTS_TEST_DB")
_created: list[str] = []


def database_url(folder: Path, name: str) -> str:
    """A URL for a new, empty store: `folder/name.db`, or a fresh database on the test server."""
    if not TEST_SERVER:
        return f"sqlite:///{folder / f'{name}.db'}"
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(TEST_SERVER).set(drivername="postgresql+psycopg")
    database = f"t_{name.lower()[:20]}_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    engine.dispose()
    _created.append(database)
    return server.set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _drop_test_databases():
    """Databases made on the test server are dropped when the session ends."""
    yield
    if TEST_SERVER and _created:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        engine = create_engine(make_url(TEST_SERVER).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            for database in _created:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture
def store(tmp_path):
    from newsevents.store import Store

    store = Store(database_url(tmp_path, "test"))
    yield store
    store.close()


def stored_result(store) -> dict:
    """Everything a run stored, less the clock, with ids: two runs of the same input compare equal."""
    from sqlalchemy import select

    from newsevents.queries import everything
    from newsevents.store import site_lines

    exported = everything(store)
    for document in exported["documents"]:
        document.pop("ingested_at")
    with store.engine.connect() as connection:
        memory = [tuple(row) for row in connection.execute(select(site_lines).order_by(site_lines.c.outlet, site_lines.c.line))]
    return {**exported, "copies": [{k: v for k, v in c.to_json().items() if k != "seen_at"} for c in store.copies()],
            "skips": [{k: v for k, v in s.items() if k != "at"} for s in store.skips()], "site_lines": memory}


def differences(expected: dict, got: dict, per_table: int = 3) -> list[str]:
    """Where two stored results differ, readably: for each table, its row counts if they differ
    and its first few differing rows (only the changed fields of a row)."""
    found = []
    for key in expected:
        want_rows, have_rows = expected[key], got.get(key, [])
        if len(want_rows) != len(have_rows):
            found.append(f"{key}: {len(want_rows)} rows, not {len(have_rows)}")
        shown = 0
        for index, (want, have) in enumerate(zip(want_rows, have_rows)):
            if want != have and shown < per_table:
                changed = {k: (want.get(k), have.get(k)) for k in want if want.get(k) != have.get(k)} \
                    if isinstance(want, dict) and isinstance(have, dict) else (want, have)
                found.append(f"{key}[{index}] (id {want.get('id') if isinstance(want, dict) else '-'}): {changed}")
                shown += 1
    return found


def assert_same_store(expected: dict, got: dict) -> None:
    """Fail with the differences alone (not pytest's diff of two whole stores, thousands of lines
    that push the cause out of a CI log's tail)."""
    if expected != got:
        found = differences(expected, got)
        pytest.fail(f"{len(found)} differences: " + " | ".join(found), pytrace=False)


def examples_store(pipeline, folder: Path):
    """A store (in `folder`, or on the test server) holding the example articles."""
    from newsevents.store import Store

    store = Store(database_url(folder, "examples"))
    pipeline.run([str(EXAMPLES)], store)
    return store


@pytest.fixture(scope="module")
def examples_db(pipeline, tmp_path_factory):
    """A store holding the example articles, built once per test module (the tests of a module
    may add to it; no other module sees what they add)."""
    store = examples_store(pipeline, tmp_path_factory.mktemp("examples"))
    yield store
    store.close()


def require_seed() -> None:
    if not SEED.exists() or not SEED_EXPECTED.exists():
        pytest.skip(f"seed article not found at {SEED.parent} (../shared is absent); acceptance test skipped")
