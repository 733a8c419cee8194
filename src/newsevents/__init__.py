"""newsevents: turn news pages into a source-attributed, CAMEO-coded event database.

The Python API in four lines:

    import newsevents
    db = newsevents.open("sqlite:///news.db")      # SQLite file or PostgreSQL URL
    db.ingest(["examples/"])                       # or newsevents.ingest(["examples/"], db=...)
    frame = db.events(country="IND", quad_class=4).to_dataframe()

`Database` methods: `events` (filters as keywords; `EventRecord`s), `iter_events`, `timeline`,
`dyad`, `network`, `places`, `clusters`, `actors`, `documents`, `document`, `export`.
Every list result is a `Results` with `.to_dataframe()` and `.to_dicts()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.spacy_parser import use_rebuilt_parser

use_rebuilt_parser()  # before anything imports spaCy: its parser and NER without profiling hooks

import newsevents.ingest  # noqa: F401 - loaded first: `ingest` below must stay the function, not the subpackage
from newsevents.database import Database
from newsevents.queries import Dyad, EventQuery
from newsevents.records import (
    ActorRecord,
    ActorRef,
    AttributionRef,
    DocumentRecord,
    EventRecord,
    PlaceRef,
    Results,
)
from newsevents.store import DEFAULT_URL, Store

if TYPE_CHECKING:
    from newsevents.pipeline import RunSummary

__version__ = "0.1.0"


def open(url: str = DEFAULT_URL) -> Database:  # noqa: A001 - newsevents.open, like shelve.open
    """Open (or create) the event database at `url`: `sqlite:///news.db` or a PostgreSQL URL."""
    return Database(url)


def ingest(paths: list[str | Path] | str | Path, db: str = DEFAULT_URL, **options: Any) -> RunSummary:
    """Read, code and store the articles under `paths` into the database at `db`; returns the run's
    summary (read, stored, skipped with reasons, events, mentions, attributions)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    with Database(db) as database:
        return database.ingest(paths, **options)


__all__ = [
    "ActorRecord", "ActorRef", "AttributionRef", "DEFAULT_URL", "Database", "DocumentRecord", "Dyad", "EventQuery",
    "EventRecord", "PlaceRef", "Results", "Store", "ingest", "open",
]
