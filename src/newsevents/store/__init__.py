"""The store: SQLAlchemy Core tables in SQLite (default, WAL) or PostgreSQL (psycopg 3:
`pip install 'newsevents[postgres]'`, any `postgresql://` URL).

`schema.py` declares the tables, `migrations.py` makes and upgrades them, `connection.py` opens
the engine and its transactions, `writes.py` stores what the pipeline read (one transaction per
document) and `reads.py` reads records back; `Store` is all of them over one database.
"""

from __future__ import annotations

from newsevents.store.connection import DEFAULT_URL, StoreMissing, engine_url
from newsevents.store.reads import StoreReads, event_actor, event_query, jsonable
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
    metadata,
    places,
    signatures,
    site_documents,
    site_lines,
    skips,
)
from newsevents.store.writes import (
    BOILERPLATE_MIN_DOCUMENTS,
    StoreWrites,
    event_mention,
    site_line_keys,
)


class Store(StoreWrites, StoreReads):
    """One event database. `Store("sqlite:///news.db")` or a PostgreSQL URL."""


__all__ = ["BOILERPLATE_MIN_DOCUMENTS", "DEFAULT_URL", "PLAIN_EVENT_FIELDS", "Store", "StoreMissing", "actors",
           "attributions", "clusters", "copies", "document_places", "documents", "engine_url", "event_actor",
           "event_mention", "event_query", "events", "jsonable", "mentions", "metadata", "places",
           "signatures", "site_documents", "site_line_keys", "site_lines", "skips"]
