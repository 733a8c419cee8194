"""Read-side queries over a `Store`: filtered, keyset-paged events, actors and documents, and the
aggregates the web page draws (timeline, dyad series, actor network, places). Read-only.

Events are ordered by their day, then id (events without a day last); actors and documents by
id. Every page continues after the last row seen (the cursor is that row's id), so a cursor stays
valid while new documents are ingested.

The one rule for dates: an event's **day** is its own date when the text gives it to the day;
otherwise (no date, or only a month or a year: "born in 1929") it is its document's publication
date. Date filters, sorting, the timeline and the exports' day columns all use the day; the
event's own date is kept apart at its precision (`date` "1929", `date_precision` "year").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Generic, Literal, TypeVar, get_args

from sqlalchemy import Select, and_, case, exists, false, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from newsevents.events.cameo import name_of
from newsevents.model import Modality
from newsevents.records import (
    ActorRecord,
    DayCount,
    DocumentRecord,
    DocumentView,
    EventPlace,
    EventRecord,
    FacetCount,
    MergedNode,
    Network,
    NetworkEdge,
    NetworkNode,
    OutletCount,
    Period,
    Summary,
    iso_day,
)
from newsevents.store import (
    Store,
    actors,
    copies,
    document_places,
    documents,
    event_actor,
    event_query,
    events,
    mentions,
    places,
)

MODALITIES: tuple[str, ...] = get_args(Modality)  # the data model's one list, in its order
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
Interval = Literal["day", "week", "month"]
SideKind = Literal["country", "code", "actor"]
MAX_LIMIT = 1000
Item = TypeVar("Item")


@dataclass
class Dyad:
    """Two sides of a relation. `kind`: `country` (ISO-3, e.g. RUS), `code` (CAMEO actor code
    prefix, e.g. RUSGOV) or `actor` (an actor id). Undirected unless `directed` (a → b only)."""

    a: str
    b: str
    kind: SideKind = "country"
    directed: bool = False


@dataclass
class EventQuery:
    """Which events to read: the one filter model of the CLI, the API, the Python API and the
    exports. Every field is optional; set fields are combined with AND.

    `since`/`until` compare the event's day: its own date when known to the day, else its
    document's publication date (events with neither match no date filter)."""

    actor: str | None = None  # source or target name or actor code contains this (case-insensitive)
    actor_id: int | None = None  # this actor, as source or target
    country: str | None = None  # ISO-3 of the source or target actor
    cameo: str | None = None  # CAMEO code or prefix: "04" (a root) or "042"
    root: str | None = None  # exactly this CAMEO root, "01" … "20"
    quad_class: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    modality: str | None = None  # one of MODALITIES
    since: date | None = None
    until: date | None = None
    outlet: str | None = None  # an outlet that ran the document (any copy), case-insensitive
    place: str | None = None  # the event's place: its name contains this, or its ISO-3 country is this
    text: str | None = None  # the evidence sentence or the document title contains this
    document_id: str | None = None  # a document id or its prefix
    cluster_id: int | None = None
    dyad: Dyad | None = None
    after: int | None = None  # keyset cursor: the id of the last event seen; the page continues after it
    limit: int | None = 100


@dataclass
class Page(Generic[Item]):
    """One page of records (or rows) and the cursor for the next (None on the last page)."""

    items: list[Item]
    next: str | int | None = None
    total: int | None = None


def day_of() -> ColumnElement:
    """The day an event is counted on: its own date when known to the day, else its document's
    publication date (a year-only "in 1929" is no day)."""
    to_the_day = and_(events.c.date.is_not(None),
                      or_(events.c.date_precision == "day", events.c.date_precision.is_(None)))
    return case((to_the_day, events.c.date), else_=documents.c.published)


def _in_order(query: Select) -> Select:
    """Day, then id; events without a day last."""
    return query.order_by(day_of().is_(None), day_of(), events.c.id)


def _after(query: Select, store: Store, after: int) -> Select:
    """Only events after event `after` in (day, id) order: a keyset on the last event seen."""
    with store.engine.connect() as connection:
        last = connection.execute(
            select(day_of()).select_from(events.join(documents, documents.c.id == events.c.document_id))
            .where(events.c.id == after)).first()
    if last is None:  # no such event (its document was removed): continue by id alone
        return query.where(events.c.id > after)
    day = last[0]
    if day is None:
        return query.where(day_of().is_(None), events.c.id > after)
    return query.where(or_(day_of() > day, and_(day_of() == day, events.c.id > after), day_of().is_(None)))


# --- events -----------------------------------------------------------------------------------
def _sides():
    return actors.alias("source"), actors.alias("target")


def _side(alias: Any, kind: SideKind, value: str) -> ColumnElement:
    side = alias.name  # "source" or "target": the event's own coding of that side
    if kind == "country":
        return event_actor(side, "country", alias) == value.upper()
    if kind == "code":
        return event_actor(side, "code", alias).like(f"{value.upper()}%")
    try:
        return alias.c.id == int(value)
    except ValueError:
        return false()


def _where(query: Select, q: EventQuery, source: Any, target: Any) -> Select:
    conditions: list[ColumnElement] = []
    if q.actor:
        needle = q.actor.lower()
        conditions.append(or_(*(func.lower(event_actor(side, field, alias)).contains(needle, autoescape=True)
                                for side, alias in (("source", source), ("target", target))
                                for field in ("name", "code"))))
    if q.actor_id is not None:
        conditions.append(or_(events.c.source_id == q.actor_id, events.c.target_id == q.actor_id))
    if q.country:
        conditions.append(or_(event_actor("source", "country", source) == q.country.upper(),
                              event_actor("target", "country", target) == q.country.upper()))
    if q.cameo:
        conditions.append(events.c.cameo.like(f"{q.cameo}%"))
    if q.root:
        conditions.append(events.c.root == q.root)
    if q.quad_class is not None:
        conditions.append(events.c.quad_class == q.quad_class)
    if q.modality:
        conditions.append(events.c.modality == q.modality)
    if q.since:
        conditions.append(day_of() >= q.since)
    if q.until:
        conditions.append(day_of() <= q.until)
    if q.outlet:
        conditions.append(exists().where(copies.c.document_id == events.c.document_id,
                                         func.lower(copies.c.outlet) == q.outlet.lower()))
    if q.place:
        place = places.alias("wanted_place")
        conditions.append(exists().where(place.c.id == events.c.place_id, or_(
            func.lower(place.c.name).contains(q.place.lower(), autoescape=True), place.c.country == q.place.upper())))
    if q.text:
        needle = q.text.lower()
        conditions.append(or_(func.lower(events.c.sentence).contains(needle, autoescape=True),
                              func.lower(documents.c.title).contains(needle, autoescape=True)))
    if q.document_id:
        conditions.append(events.c.document_id.like(f"{q.document_id}%"))
    if q.cluster_id is not None:
        conditions.append(events.c.cluster_id == q.cluster_id)
    if q.dyad:
        d = q.dyad
        forward = and_(_side(source, d.kind, d.a), _side(target, d.kind, d.b))
        conditions.append(forward if d.directed else
                          or_(forward, and_(_side(source, d.kind, d.b), _side(target, d.kind, d.a))))
    return query.where(*conditions) if conditions else query


def _joined(query: Select, source: Any, target: Any) -> Select:
    return (query.join(documents, documents.c.id == events.c.document_id)
            .outerjoin(source, source.c.id == events.c.source_id)
            .outerjoin(target, target.c.id == events.c.target_id))


def event_page(store: Store, q: EventQuery | None = None, with_total: bool = False) -> Page[EventRecord]:
    """Events matching `q`, by day then id, `q.limit` at a time (None: all) after event `q.after`."""
    q = q or EventQuery()
    query, source, target = event_query()
    query = query.add_columns(day_of().label("day"), documents.c.url)
    filtered = _where(query, q, source, target)
    paged = _after(filtered, store, q.after) if q.after is not None else filtered
    paged = _in_order(paged)
    if q.limit:
        paged = paged.limit(q.limit + 1)  # one more tells whether a next page exists
    with store.engine.connect() as connection:
        rows = connection.execute(paged).all()
        total = None
        if with_total:
            total = connection.execute(select(func.count()).select_from(filtered.subquery())).scalar_one()
    more = bool(q.limit) and len(rows) > (q.limit or 0)
    rows = rows[: q.limit] if q.limit else rows
    items = [_event(row._mapping) for row in rows]
    return Page(items, items[-1].id if more else None, total)


def event(store: Store, event_id: int) -> EventRecord | None:
    """One event by id, as `event_page` lists it; None if there is none."""
    query, _source, _target = event_query()
    query = query.add_columns(day_of().label("day"), documents.c.url).where(events.c.id == event_id)
    with store.engine.connect() as connection:
        row = connection.execute(query).first()
    return _event(row._mapping) if row is not None else None


def _event(row: Any) -> EventRecord:
    return EventRecord.from_row(row, cameo_name=cameo_name(row["cameo"]))


def cameo_name(code: str) -> str | None:
    try:
        return name_of(code).capitalize()
    except (KeyError, ValueError):
        return None


def event_list(store: Store, **filters: Any) -> list[EventRecord]:
    """Every event matching `filters` (`EventQuery`'s fields), by day then id, all at once."""
    return event_page(store, EventQuery(**{"limit": None, **filters})).items


def everything(store: Store, selected: list[EventRecord] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The whole store in the stable JSON export format (see README); with `selected` events, only
    those and the clusters they belong to."""
    events = event_list(store) if selected is None else selected
    clusters = store.clusters()
    if selected is not None:
        in_clusters = {e.cluster_id for e in selected}
        clusters = [c for c in clusters if c.id in in_clusters]
    return {
        "documents": [{k: v for k, v in d.items() if k != "raw_text"} for d in store.documents()],
        "actors": store.actors(),
        "places": store.places(),
        "events": [e.to_json() for e in events],
        "attributions": [a.to_json() for a in store.attributions()],
        "clusters": [c.to_json() for c in clusters],
    }


# --- aggregates -------------------------------------------------------------------------------
def event_days(store: Store, q: EventQuery | None = None) -> list[DayCount]:
    """Counts and Goldstein sums per day and QuadClass (events without any date are left out)."""
    q = q or EventQuery()
    source, target = _sides()
    day = day_of().label("day")
    query = _joined(select(day, events.c.quad_class, func.count(events.c.id).label("count"),
                           func.sum(events.c.goldstein).label("goldstein")), source, target)
    query = _where(query, q, source, target).where(day_of().is_not(None)).group_by(day, events.c.quad_class)
    with store.engine.connect() as connection:
        return [DayCount(iso_day(r.day) or "", r.quad_class, r._mapping["count"], float(r.goldstein or 0))
                for r in connection.execute(query.order_by(day, events.c.quad_class))]


def period_start(day: date, interval: Interval) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if interval == "month":
        return day.replace(day=1)
    return day


def series(day_rows: list[DayCount], interval: Interval = "day") -> list[Period]:
    """Day rows (from `event_days`) summed per period: count, Goldstein sum and mean, a count per
    QuadClass, and cooperation (QuadClass 1-2) against conflict (3-4)."""
    periods: dict[date, list[DayCount]] = defaultdict(list)
    for row in day_rows:
        periods[period_start(date.fromisoformat(row.day), interval)].append(row)
    return [_period(start, periods[start]) for start in sorted(periods)]


def _period(start: date, rows: list[DayCount]) -> Period:
    count = sum(r.count for r in rows)
    goldstein = 0.0
    for r in rows:  # summed in day order, as the figures were before
        goldstein += r.goldstein
    per_class = {str(k): sum(r.count for r in rows if r.quad_class == k) for k in QUAD_CLASSES}
    cooperation = sum(r.count for r in rows if r.quad_class in (1, 2))
    goldstein = round(goldstein, 3)
    return Period(start.isoformat(), count, goldstein, per_class, cooperation, count - cooperation,
                  round(goldstein / count, 3) if count else None)


def network(store: Store, q: EventQuery | None = None, level: Literal["actor", "country"] = "actor",
            min_weight: int = 1, max_edges: int = 300) -> Network:
    """Actors (or countries) as nodes and the events between them as weighted, directed edges:
    `weight` is the number of events, `goldstein` their sum, `cooperation`/`conflict` by QuadClass."""
    q = q or EventQuery()
    source, target = _sides()
    if level == "country":
        keys = (event_actor("source", "country", source), event_actor("target", "country", target))
    else:
        keys = (events.c.source_id, events.c.target_id)
    conflict = func.sum(case((events.c.quad_class >= 3, 1), else_=0))
    query = _joined(select(keys[0].label("a"), keys[1].label("b"), func.count(events.c.id).label("weight"),
                           func.sum(events.c.goldstein).label("goldstein"), conflict.label("conflict")),
                    source, target)
    where = [keys[0].in_(_iso3()), keys[1].in_(_iso3())] if level == "country" else []
    query = (_where(query, q, source, target).where(keys[0].is_not(None), keys[1].is_not(None), keys[0] != keys[1], *where)
             .group_by(keys[0], keys[1]).having(func.count(events.c.id) >= min_weight)
             .order_by(func.count(events.c.id).desc(), keys[0], keys[1]).limit(max_edges))
    with store.engine.connect() as connection:
        rows = connection.execute(query).all()
        ids = {r.a for r in rows} | {r.b for r in rows}
        named: dict[Any, Any] = {}
        if level == "actor" and ids:
            named = {a.id: a for a in connection.execute(select(actors.c.id, actors.c.name, actors.c.code,
                                                                actors.c.country, actors.c.kind).where(actors.c.id.in_(ids)))}
    weights: dict[Any, int] = defaultdict(int)
    edges = []
    for r in rows:
        weights[r.a] += r.weight
        weights[r.b] += r.weight
        edges.append(NetworkEdge(r.a, r.b, r.weight, round(float(r.goldstein or 0), 3), int(r.conflict or 0),
                                 r.weight - int(r.conflict or 0)))
    nodes = [_node(key, named.get(key), weights[key]) for key in sorted(weights, key=lambda k: (-weights[k], str(k)))]
    return Network(level, tuple(nodes), tuple(edges))


def _node(key: Any, actor: Any, weight: int) -> NetworkNode:
    """An actor's node from its row; a country's (or an actor without a row) from its key."""
    if actor is None:
        return NetworkNode(key, key, key, key, "country", weight)
    return NetworkNode(actor.id, actor.name, actor.code, actor.country, actor.kind, weight)


@lru_cache(maxsize=1)
def _iso3() -> tuple[str, ...]:
    """ISO-3 codes of states: CAMEO's IGO, NGO or regional codes (EUR, AFR) are no country."""
    from newsevents.facts.countries import COUNTRIES

    return tuple(sorted({c.iso3 for c in COUNTRIES}))


def merged_network(graph: Network, top: int) -> Network:
    """A network people can read: actors that share a name and code become one node, and only the
    `top` heaviest edges (with their nodes) stay."""
    key_of = {n.id: (n.label, n.code) for n in graph.nodes}
    alike: dict[Any, list[NetworkNode]] = defaultdict(list)
    for node in graph.nodes:
        alike[key_of[node.id]].append(node)
    merged = [MergedNode(**{**asdict(same[0]), "weight": sum(n.weight for n in same), "ids": tuple(n.id for n in same)})
              for same in alike.values()]
    first = {key: same[0].id for key, same in alike.items()}
    between: dict[tuple[Any, Any], list[NetworkEdge]] = defaultdict(list)
    for edge in graph.edges:
        a, b = first[key_of[edge.source]], first[key_of[edge.target]]
        if a != b:
            between[(a, b)].append(edge)
    edges = [NetworkEdge(a, b, sum(e.weight for e in same), sum((e.goldstein for e in same), 0.0),
                         sum(e.conflict for e in same), sum(e.cooperation for e in same))
             for (a, b), same in between.items()]
    chosen = sorted(edges, key=lambda e: (-e.weight, str(e.source), str(e.target)))[:top]
    used = {e.source for e in chosen} | {e.target for e in chosen}
    return Network(graph.level, tuple(n for n in merged if n.id in used), tuple(chosen))


FACETS = ("root", "quad_class", "modality", "outlet", "country")


def facets(store: Store, q: EventQuery | None = None) -> dict[str, list[FacetCount]]:
    """For each facet, every value with how many events match the other filters and that value
    (as datasette counts facets): what the page shows beside each filter choice."""
    q = q or EventQuery()
    with store.engine.connect() as connection:
        return {name: sorted((FacetCount(r.value, r._mapping["count"]) for r in connection.execute(_facet(name, q))),
                             key=lambda r: (-r.count, str(r.value)))
                for name in FACETS}


def _facet(name: str, q: EventQuery) -> Select:
    others = EventQuery(**{**q.__dict__, name: None, "after": None, "limit": None})
    source, target = _sides()
    if name == "country":  # an event counts once for each state among its source and target
        sides = []
        for side in ("source", "target"):
            source, target = _sides()
            country = (source if side == "source" else target).c.country
            sides.append(_where(_joined(select(events.c.id.label("event"), country.label("value")), source, target),
                                others, source, target).where(country.in_(_iso3())))
        both = sides[0].union(sides[1]).subquery()
        return select(both.c.value, func.count().label("count")).group_by(both.c.value)
    if name == "outlet":  # an event counts once for each outlet that ran its document
        value = copies.c.outlet
        query = _joined(select(value.label("value"), func.count(func.distinct(events.c.id)).label("count")),
                        source, target).join(copies, copies.c.document_id == events.c.document_id)
    else:
        value = getattr(events.c, name)
        query = _joined(select(value.label("value"), func.count(events.c.id).label("count")), source, target)
    return _where(query, others, source, target).where(value.is_not(None)).group_by(value)


def event_places(store: Store, q: EventQuery | None = None) -> list[EventPlace]:
    """Places where matching events happened, with how many and their mean Goldstein score, then
    the places documents mention where none of them happened."""
    q = q or EventQuery()
    source, target = _sides()
    query = _joined(select(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon,
                           places.c.feature, func.count(events.c.id).label("events"),
                           func.avg(events.c.goldstein).label("goldstein")), source, target)
    query = (_where(query.join(places, places.c.id == events.c.place_id), q, source, target)
             .where(places.c.lat.is_not(None)).group_by(places.c.id).order_by(func.count(events.c.id).desc(), places.c.id))
    mentioned = (select(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon, places.c.feature,
                        func.count(document_places.c.document_id).label("documents"))
                 .join(document_places, document_places.c.place_id == places.c.id)
                 .where(places.c.lat.is_not(None)).group_by(places.c.id).order_by(places.c.id))
    with store.engine.connect() as connection:
        happened = connection.execute(query).all()
        by_id = {r.id: r for r in connection.execute(mentioned)}
    found = [EventPlace(r.id, r.name, r.country, r.lat, r.lon, r.feature, events=r.events,
                        goldstein=round(float(r.goldstein or 0), 3),
                        documents=by_id[r.id].documents if r.id in by_id else 0) for r in happened]
    seen = {p.id for p in found}
    return found + [EventPlace(r.id, r.name, r.country, r.lat, r.lon, r.feature, events=0, goldstein=None,
                               documents=r.documents) for r in by_id.values() if r.id not in seen]


# --- actors and documents -----------------------------------------------------------------------
def actor_page(store: Store, text: str | None = None, country: str | None = None, kind: str | None = None,
               after: int | None = None, limit: int | None = 100) -> Page[ActorRecord]:
    """Actors in id order with how often they are mentioned and in how many events they act."""
    mention_count = (select(func.count(mentions.c.id)).where(mentions.c.actor_id == actors.c.id)
                     .correlate(actors).scalar_subquery())
    event_count = (select(func.count(events.c.id))
                   .where(or_(events.c.source_id == actors.c.id, events.c.target_id == actors.c.id))
                   .correlate(actors).scalar_subquery())
    query = select(actors.c.id, actors.c.name, actors.c.kind, actors.c.country, actors.c.role, actors.c.code,
                   actors.c.aliases, mention_count.label("mentions"), event_count.label("events"))
    if text:
        needle = text.lower()
        query = query.where(or_(func.lower(actors.c.name).contains(needle, autoescape=True),
                                func.lower(actors.c.code).contains(needle, autoescape=True)))
    if country:
        query = query.where(actors.c.country == country.upper())
    if kind:
        query = query.where(actors.c.kind == kind)
    return _keyset(store, query, actors.c.id, after, limit, ActorRecord.from_row)


def actor(store: Store, actor_id: int) -> ActorRecord | None:
    page = actor_page(store, limit=1, after=actor_id - 1)  # one row by primary key, whatever the store's size
    return page.items[0] if page.items and page.items[0].id == actor_id else None


def document_page(store: Store, outlet: str | None = None, text: str | None = None, since: date | None = None,
                  until: date | None = None, after: str | None = None, limit: int | None = 100) -> Page[DocumentRecord]:
    """Documents (without their bodies) in id order, with how many events each holds."""
    event_count = (select(func.count(events.c.id)).where(events.c.document_id == documents.c.id)
                   .correlate(documents).scalar_subquery())
    article_count = (select(func.count(copies.c.id)).where(copies.c.document_id == documents.c.id)
                     .correlate(documents).scalar_subquery())
    query = select(documents.c.id, documents.c.origin, documents.c.url, documents.c.outlet, documents.c.title,
                   documents.c.published, documents.c.language, documents.c.ingested_at,
                   event_count.label("events"), article_count.label("articles"))
    if outlet:
        query = query.where(exists().where(copies.c.document_id == documents.c.id,
                                           func.lower(copies.c.outlet) == outlet.lower()))
    if text:
        needle = text.lower()
        query = query.where(or_(func.lower(documents.c.title).contains(needle, autoescape=True),
                                func.lower(documents.c.body).contains(needle, autoescape=True)))
    if since:
        query = query.where(documents.c.published >= since)
    if until:
        query = query.where(documents.c.published <= until)
    return _keyset(store, query, documents.c.id, after, limit, DocumentRecord.from_row)


def _keyset(store: Store, query: Select, key: Any, after: Any, limit: int | None,
            record: Callable[[Any], Item]) -> Page[Item]:
    if after is not None:
        query = query.where(key > after)
    query = query.order_by(key)
    if limit:
        query = query.limit(limit + 1)
    with store.engine.connect() as connection:
        rows = [record(r._mapping) for r in connection.execute(query)]
    more = bool(limit) and len(rows) > (limit or 0)
    rows = rows[:limit] if limit else rows
    return Page(rows, getattr(rows[-1], key.name) if more else None)


def document_view(store: Store, document_id: str) -> DocumentView | None:
    """One document with everything that points into its body: mentions, events, attributions,
    places and copies. None if no single document has this id (or id prefix)."""
    document = store.document(document_id)
    if document is None:
        return None
    with store.engine.connect() as connection:
        named = [dict(r._mapping) for r in connection.execute(
            select(places).join(document_places, document_places.c.place_id == places.c.id)
            .where(document_places.c.document_id == document["id"]).order_by(places.c.name))]
    return DocumentView.from_row(document, store.mentions(document["id"]),
                                 event_page(store, EventQuery(document_id=document["id"], limit=None)).items,
                                 store.attributions(document["id"]), named)


def outlets(store: Store) -> list[OutletCount]:
    """Every outlet with the number of documents (any copy) it ran."""
    query = (select(copies.c.outlet, func.count(func.distinct(copies.c.document_id)).label("documents"))
             .where(copies.c.outlet.is_not(None)).group_by(copies.c.outlet)
             .order_by(func.count(func.distinct(copies.c.document_id)).desc(), copies.c.outlet))
    with store.engine.connect() as connection:
        return [OutletCount(r.outlet, r.documents) for r in connection.execute(query)]


def summary(store: Store) -> Summary:
    """Table sizes, outlets and the span of event days: what the page needs to draw its filters."""
    with store.engine.connect() as connection:
        first, last = connection.execute(
            select(func.min(day_of()), func.max(day_of())).select_from(events.join(documents, documents.c.id == events.c.document_id))
        ).one()
    return Summary(store.counts(), tuple(outlets(store)), iso_day(first), iso_day(last), MODALITIES,
                   {str(k): v for k, v in QUAD_CLASSES.items()},
                   {f"{root:02d}": cameo_name(f"{root:02d}") for root in range(1, 21)})
