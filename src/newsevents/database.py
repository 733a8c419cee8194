"""The Python API's handle on one event database: filters as keyword arguments, typed records
back, `.to_dataframe()` on every result. `newsevents.open(url)` returns one.

    >>> import newsevents
    >>> db = newsevents.open("sqlite:///news.db")
    >>> db.ingest(["examples/"])
    >>> db.events(country="IND", quad_class=4).to_dataframe()
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents import queries
from newsevents.model import ClusterRecord
from newsevents.queries import Dyad, EventQuery, Interval, SideKind
from newsevents.records import (
    ActorRecord,
    DocumentRecord,
    DocumentView,
    EventPlace,
    EventRecord,
    Network,
    Period,
    Results,
)
from newsevents.store import DEFAULT_URL, Store

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline, RunSummary


class Database:
    """One event database (SQLite or PostgreSQL). `store` is the underlying `Store`."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = url
        self.store = Store(url)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: Any) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def __repr__(self) -> str:
        return f"Database({self.url!r})"

    # --- writing ---------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], pipeline: Pipeline | None = None, **options: Any) -> RunSummary:
        """Read, code and store everything under `paths` (files, folders, globs). `options` go to
        `Pipeline.run` (`published`, `outlet`, `workers`, …). Loads spaCy unless given a pipeline."""
        from newsevents.pipeline import Pipeline

        return (pipeline or Pipeline()).run([str(p) for p in paths], self.store, **options)

    # --- events ----------------------------------------------------------------------------
    def events(self, limit: int | None = None, after: int | None = None, **filters: Any) -> Results[EventRecord]:
        """Events by day, then id (see `queries` for the day rule). Filters (all optional, combined with AND): `actor`, `actor_id`,
        `country`, `cameo`, `root`, `quad_class`, `modality`, `since`, `until` (dates or
        YYYY-MM-DD), `outlet`, `place`, `text`, `document_id`, `cluster_id`, `dyad` (a `Dyad`).
        With `limit`, `Results.next` is the `after` of the next page."""
        page = queries.event_page(self.store, event_query(limit=limit, after=after, **filters))
        return Results(page.items, page.next)

    def iter_events(self, batch: int = 1000, **filters: Any) -> Iterator[EventRecord]:
        """Every matching event, read `batch` at a time (for databases larger than memory)."""
        after = None
        while True:
            page = self.events(limit=batch, after=after, **filters)
            yield from page
            if page.next is None:
                return
            after = page.next

    def timeline(self, interval: Interval = "day", **filters: Any) -> Results[Period]:
        """Per period: event count, Goldstein sum and mean, counts per QuadClass."""
        return Results(queries.series(queries.event_days(self.store, event_query(**filters)), interval))

    def dyad(self, a: str, b: str, kind: SideKind = "country", interval: Interval = "month", directed: bool = False,
             **filters: Any) -> Results[Period]:
        """The relation between two countries (`kind="country"`, ISO-3), actor codes (`"code"`) or
        actors (`"actor"`, by id) over time: counts and Goldstein sums per period."""
        query = event_query(dyad=Dyad(a, b, kind, directed), **filters)
        return Results(queries.series(queries.event_days(self.store, query), interval))

    def network(self, level: str = "actor", min_weight: int = 1, **filters: Any) -> Network:
        """Nodes (actors or countries) and weighted edges (events between them)."""
        return queries.network(self.store, event_query(**filters), level, min_weight)  # type: ignore[arg-type]

    def places(self, **filters: Any) -> Results[EventPlace]:
        """Places of the matching events (count, mean Goldstein), then places documents mention."""
        return Results(queries.event_places(self.store, event_query(**filters)))

    def clusters(self, min_articles: int = 1, limit: int | None = None) -> Results[ClusterRecord]:
        """Events as reported across articles, with GDELT-like mention, article and source counts."""
        return Results(self.store.clusters(min_articles=min_articles, limit=limit))

    # --- actors and documents --------------------------------------------------------------
    def actors(self, text: str | None = None, country: str | None = None, kind: str | None = None,
               limit: int | None = None, after: int | None = None) -> Results[ActorRecord]:
        page = queries.actor_page(self.store, text, country, kind, after, limit)
        return Results(page.items, page.next)

    def documents(self, outlet: str | None = None, text: str | None = None, since: date | str | None = None,
                  until: date | str | None = None, limit: int | None = None,
                  after: str | None = None) -> Results[DocumentRecord]:
        page = queries.document_page(self.store, outlet, text, _day(since), _day(until), after, limit)
        return Results(page.items, page.next)

    def document(self, document_id: str) -> DocumentView | None:
        """A document (a unique id prefix is enough) with its body and every mention, event,
        attribution and place pointing into it; None if no single document matches."""
        return queries.document_view(self.store, document_id)

    # --- export ----------------------------------------------------------------------------
    def export(self, format: str, out: str | Path | None = None, **filters: Any) -> str | bytes:
        """The events the filters select (all by default; the same keywords as `events`) as
        `csv`, `parquet`, `jsonl`, `gdelt` (TSV) or `json` (every table); written to `out` if given."""
        from newsevents.export import export

        return export(self.store, format, out, event_query(**filters))


def event_query(**filters: Any) -> EventQuery:
    """Keyword filters → an `EventQuery`; dates may be given as YYYY-MM-DD strings."""
    for name in ("since", "until"):
        if name in filters:
            filters[name] = _day(filters[name])
    try:
        return EventQuery(**filters)
    except TypeError:
        unknown = sorted(set(filters) - set(EventQuery.__dataclass_fields__))
        raise TypeError(f"unknown event filter(s) {unknown}; use {sorted(EventQuery.__dataclass_fields__)}") from None


def _day(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value
