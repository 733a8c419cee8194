"""What the store reads back for the CLI, API, web page and exports: event rows joined with their
document, actors, place and attribution (`event_query`), and records of documents, actors,
copies, mentions, attributions, clusters, places and skips."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, Table, case, func, select

from newsevents.model import (
    AttributionRecord,
    ClusterRecord,
    ClusterReport,
    CopyRecord,
    FirstReport,
)
from newsevents.store.connection import StoreBase
from newsevents.store.schema import (
    actors,
    attributions,
    clusters,
    copies,
    documents,
    events,
    mentions,
    places,
    skips,
)

_SIDE_FIELDS = ("name", "code", "country")
_SIDE_COLUMNS = frozenset(f"{side}_{field}" for side in ("source", "target") for field in _SIDE_FIELDS)


def event_actor(side: str, field: str, alias: Any) -> Any:
    """An event's source or target `field` (name, code, country) as coded in its own document.
    Events stored before these were kept have none; they show the actor row's (see `rebuild`)."""
    kept = events.c[f"{side}_{field}"]
    return case((events.c[f"{side}_name"].is_(None), alias.c[field]), else_=kept)


def event_query() -> tuple[Select, Any, Any]:
    """Events joined with all an event record shows: document, source and target actors, place,
    attribution with its speaker and reporter, the joined columns named `source_name`,
    `place_lat`, `attribution_claim`, … as `records.EventRecord.from_row` reads them. Returns the select and the source and target
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
               # its speaker as named in this document, else the actor row's name, else the words
               func.coalesce(func.nullif(func.coalesce(attributions.c.speaker_name, speaker.c.name), ""),
                             attributions.c.speaker_text).label("attribution_speaker"),
               func.coalesce(attributions.c.reported_by_name, reporter.c.name).label("attribution_reported_by"),
               attributions.c.citing.label("attribution_citing"),
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



def _reach_of(copy_rows: Iterable[tuple[str, str | None]]) -> dict[str, dict[str, Any]]:
    """Per document: how many copies were seen (`articles`) and the outlets that ran it, in order,
    from (document id, outlet) pairs."""
    reach: dict[str, dict[str, Any]] = {}
    for document_id, outlet in copy_rows:
        entry = reach.setdefault(document_id, {"articles": 0, "outlets": []})
        entry["articles"] += 1
        if outlet and outlet not in entry["outlets"]:
            entry["outlets"].append(outlet)
    return reach


def jsonable(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, (date, datetime)) else v for k, v in record.items()}


class StoreReads(StoreBase):
    """Reading records of what is stored."""

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
        reach = _reach_of((c.document_id, c.outlet) for c in record["copies"])
        return {**record, **reach.get(record["id"], {"articles": 0, "outlets": []})}

    def copies(self, document_id: str | None = None) -> list[CopyRecord]:
        """Where each document was seen (first copy first): origin, URL, outlet, similarity."""
        query = select(copies).order_by(copies.c.document_id, copies.c.id)
        if document_id:
            query = query.where(copies.c.document_id == document_id)
        with self.engine.connect() as connection:
            return [CopyRecord.from_row(row._mapping) for row in connection.execute(query)]

    def _reach(self) -> dict[str, dict[str, Any]]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(copies.c.document_id, copies.c.outlet).order_by(copies.c.id))
            return _reach_of((row.document_id, row.outlet) for row in rows)

    def mentions(self, document_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            query = (select(*(c for c in mentions.c if c.name != "code"), actors.c.name.label("actor"),
                            func.coalesce(mentions.c.code, actors.c.code).label("code"))
                     .join(actors, actors.c.id == mentions.c.actor_id)
                     .where(mentions.c.document_id == document_id).order_by(mentions.c.start))
            return [jsonable(dict(row._mapping)) for row in connection.execute(query)]

    def attributions(self, document_id: str | None = None) -> list[AttributionRecord]:
        """Claims and who makes them, by document and position (speaker and reporter as named in
        their document, else their actor row's name)."""
        speaker, reporter = actors.alias("speaker"), actors.alias("reporter")
        query = (select(attributions, func.coalesce(attributions.c.speaker_name, speaker.c.name).label("speaker"),
                        func.coalesce(attributions.c.reported_by_name, reporter.c.name).label("reported_by"))
                 .outerjoin(speaker, speaker.c.id == attributions.c.speaker_id)
                 .outerjoin(reporter, reporter.c.id == attributions.c.reported_by_id)
                 .order_by(attributions.c.document_id, attributions.c.start, attributions.c.id))
        if document_id:
            query = query.where(attributions.c.document_id == document_id)
        with self.engine.connect() as connection:
            return [AttributionRecord.from_row(row._mapping) for row in connection.execute(query)]

    def clusters(self, min_articles: int = 1, limit: int | None = None) -> list[ClusterRecord]:
        """Event clusters, most reported first: counts like GDELT's NumMentions (events),
        NumArticles (documents and their copies) and NumSources (distinct outlets), the first
        report, and every report's evidence sentence."""
        result = [c for c in self._cluster_records(None) if c.articles >= min_articles]
        result.sort(key=lambda c: (-c.articles, -c.mentions, c.id))
        return result[:limit] if limit else result

    def cluster_page(self, min_articles: int = 1, after: int | None = None,
                     limit: int = 50) -> tuple[list[ClusterRecord], int | None]:
        """Clusters in id order after `after`, and the id to page on from (None at the end).
        Reads clusters a page at a time by their primary key: the cost follows the page, not the
        store (more pages' worth only when `min_articles` passes few of them over)."""
        found: list[ClusterRecord] = []
        while len(found) <= limit:
            query = select(clusters.c.id).order_by(clusters.c.id).limit(limit + 1)
            if after is not None:
                query = query.where(clusters.c.id > after)
            with self.engine.connect() as connection:
                ids = list(connection.execute(query).scalars())
            if not ids:
                break
            found.extend(c for c in self._cluster_records(ids) if c.articles >= min_articles)
            after = ids[-1]
        return found[:limit], (found[limit - 1].id if len(found) > limit else None)

    def _cluster_records(self, cluster_ids: list[int] | None) -> list[ClusterRecord]:
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
                reach = _reach_of((row.document_id, row.outlet) for row in connection.execute(
                    select(copies.c.document_id, copies.c.outlet).where(copies.c.document_id.in_(wanted))
                    .order_by(copies.c.id)))
        grouped: dict[int, list[Any]] = {}
        for row in rows:
            grouped.setdefault(row.cluster_id, []).append(row)
        result: list[ClusterRecord] = []
        for cluster_id, reports in grouped.items():
            documents_seen = list(dict.fromkeys(r.document_id for r in reports))
            outlets = list(dict.fromkeys(o for d in documents_seen for o in reach.get(d, {}).get("outlets", [])))
            articles = sum(reach.get(d, {}).get("articles", 1) for d in documents_seen)
            first = min(reports, key=lambda r: (r.published or date.max, r.ingested_at, r.id))
            head = heads[cluster_id]
            result.append(ClusterRecord(
                id=cluster_id, root=head.root, day=head.day.isoformat(), place=head.place_name,
                source=first.source_name, target=first.target_name,
                source_key=head.source_key, target_key=head.target_key,
                mentions=len(reports), articles=articles, sources=len(outlets), outlets=tuple(outlets),
                first_report=FirstReport(first.id, first.document_id, first.outlet,
                                         first.published.isoformat() if first.published else None),
                evidence=tuple(ClusterReport(r.id, r.document_id, r.outlet, r.url, r.cameo, r.trigger, r.sentence,
                                             r.start, r.end) for r in reports),
            ))
        return result

    def places(self) -> list[dict[str, Any]]:
        return self._rows(places, places.c.name, places.c.id)  # id: places of one name in a stable order

    def skips(self) -> list[dict[str, Any]]:
        return self._rows(skips, skips.c.id)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (documents, copies, actors, events, attributions, places, skips)}

