"""The read records: typed dataclasses for events, actors and documents, declared once here. An
event record is read from the store's event row (`from_row`: a field takes the column of its
name, a nested record the columns of its prefix) and written as the API's JSON (`to_json`), the
exports' columns and the Python API's `Results`, a list that also turns into a pandas DataFrame
(one flat column per field). A new plain event field: `model.Event` (its column follows) and a
field of the same name here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from newsevents.model import AttributionRecord, CopyRecord, named_fields

if TYPE_CHECKING:
    import pandas


@dataclass(frozen=True)
class ActorRef:
    """An actor as it takes part in an event: name and code as its document has them, kept with
    the event when it was stored (`id` links the store-wide actor row, for browsing)."""

    id: int | None
    name: str  # as the event's document names it
    code: str = ""  # as coded in the event's document, at write time
    country: str | None = None
    start: int | None = None  # the mention it was read from, in the document body
    end: int | None = None

    JSON_ORDER: ClassVar = ("id", "name", "code", "start", "end", "country")

    @classmethod
    def from_row(cls, row: Mapping[str, Any], side: str) -> ActorRef | None:
        """The event's `side` ("source" or "target") from its row's `side_*` columns."""
        if row[f"{side}_name"] is None:
            return None
        return cls(**{**_prefixed(cls, row, side), "code": row[f"{side}_code"] or ""})


@dataclass(frozen=True)
class PlaceRef:
    id: int | None
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> PlaceRef | None:
        return None if row["place_name"] is None else cls(**_prefixed(cls, row, "place"))


@dataclass(frozen=True)
class AttributionRef:
    """Who says so: the claim's span in the body, its speaker and who reported it."""

    id: int | None
    kind: str
    claim: str
    speaker: str | None = None
    reported_by: str | None = None
    citing: str | None = None
    start: int | None = None
    end: int | None = None
    anonymous: bool | None = None  # "officials said", "a source close to …"
    chain: tuple | None = None  # who reported whom, outermost first

    JSON_ORDER: ClassVar = ("id", "kind", "claim", "speaker", "reported_by", "citing", "anonymous", "chain",
                            "start", "end")

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> AttributionRef | None:
        if row["attribution_kind"] is None:
            return None
        values = _prefixed(cls, row, "attribution")
        return cls(**{**values, "anonymous": bool(values["anonymous"]), "chain": _frozen(values["chain"] or [])})


@dataclass(frozen=True)
class EventRecord:
    """One coded event: who did what to whom, when, where, how certain, who says so, and the
    sentence (`start`..`end` in the document body) it was read from."""

    id: int
    document_id: str
    outlet: str | None
    title: str | None
    published: str | None  # the document's publication date, ISO
    day: str | None  # its own date when known to the day, else the publication date: what filters, sorting and series use
    date: str | None  # its own date, no finer than known: "1929", "1929-05" or "1929-05-03"
    date_precision: str | None  # year, month or day
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    modality: str
    place: PlaceRef | None
    topics: tuple[str, ...]
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: str
    start: int
    end: int
    attribution: AttributionRef | None
    cluster_id: int | None
    cameo_name: str | None = None  # e.g. "Make a visit"
    tone: float | None = None  # of the sentence, like GDELT's AvgTone (−100..100)
    url: str | None = None  # the article's address, where it had one

    # The API's key order (clients and saved exports have it); a field not named follows in
    # declaration order.
    JSON_ORDER: ClassVar = (
        "id", "document_id", "outlet", "source", "target", "sentence", "start", "end", "trigger", "trigger_start",
        "trigger_end", "cameo", "root", "quad_class", "goldstein", "plover", "modality", "date", "date_precision",
        "topics", "tone", "place", "attribution", "cluster_id", "cameo_name", "title", "published", "day", "url")

    @classmethod
    def from_row(cls, row: Mapping[str, Any], cameo_name: str | None = None) -> EventRecord:
        """From a row of the store's `event_query` (with `day` and `url`): a field takes the column
        of its name; dates become ISO text, the event's own date no finer than it is known."""
        values = {f.name: row[f.name] for f in fields(cls) if f.name in row}
        return cls(**{
            **values, "published": iso_day(row["published"]), "day": iso_day(row["day"]),
            "date": at_precision(row["date"], row["date_precision"]), "topics": tuple(row["topics"] or ()),
            "source": ActorRef.from_row(row, "source"), "target": ActorRef.from_row(row, "target"),
            "place": PlaceRef.from_row(row), "attribution": AttributionRef.from_row(row), "cameo_name": cameo_name,
        })

    def to_json(self) -> dict[str, Any]:
        """The record as the API, the JSON exports and `newsevents events --json` write it."""
        return _json(self)


@dataclass(frozen=True)
class ActorRecord:
    """A store-wide actor with how often it is mentioned and in how many events it acts."""

    id: int
    name: str
    kind: str
    country: str | None
    role: str | None
    code: str | None
    aliases: tuple[str, ...]
    mentions: int
    events: int

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ActorRecord:
        return cls(**{**named_fields(cls, row), "aliases": tuple(row["aliases"] or ())})

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True)
class DocumentRecord:
    """A stored document without its body, with how many events it holds."""

    id: str
    origin: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None
    ingested_at: str | None
    events: int
    articles: int  # copies seen: the document itself and every outlet's copy of it

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> DocumentRecord:
        return cls(**named_fields(cls, row))

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True)
class MentionRecord:
    """An actor's mention in a document body (`start`..`end`), with the actor row it names."""

    id: int
    start: int
    end: int
    text: str
    actor_id: int
    actor: str  # the actor row's name
    code: str | None  # as coded in this document
    label: str | None


@dataclass(frozen=True)
class PlaceRecord:
    id: int
    key: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None


@dataclass(frozen=True)
class EventPlace:
    """A place on the map: where matching events happened (`events`, their mean Goldstein score
    to three places) and how many documents mention it; a place only mentioned has no events and
    no score."""

    id: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    events: int
    goldstein: float | None
    documents: int

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True)
class DocumentView:
    """One document with its body and everything that points into it: copies, mentions, events,
    attributions and places (the API's `/api/documents/{id}`, the Python API's `document`)."""

    id: str
    origin: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None
    author: str | None
    tone: float | None
    body: str
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) in the body
    ingested_at: str | None
    copies: tuple[CopyRecord, ...]
    articles: int  # copies seen
    outlets: tuple[str, ...]  # the outlets that ran it, first seen first
    mentions: tuple[MentionRecord, ...]
    events: tuple[EventRecord, ...]
    attributions: tuple[AttributionRecord, ...]
    places: tuple[PlaceRecord, ...]

    @classmethod
    def from_row(cls, document: Mapping[str, Any], mentions: Iterable[Mapping[str, Any]],
                 events: Iterable[EventRecord], attributions: Iterable[AttributionRecord],
                 places: Iterable[Mapping[str, Any]]) -> DocumentView:
        """From the store's document record (with its `copies`, `articles` and `outlets`), the
        rows of its mentions and places, its events and its attributions."""
        return cls(**{
            **{f.name: document[f.name] for f in fields(cls) if f.name in document},
            "paragraphs": _frozen(document["paragraphs"]), "outlets": tuple(document["outlets"]),
            "copies": tuple(document["copies"]),
            "mentions": tuple(MentionRecord(**named_fields(MentionRecord, m)) for m in mentions),
            "events": tuple(events),
            "attributions": tuple(attributions),
            "places": tuple(PlaceRecord(**named_fields(PlaceRecord, p)) for p in places),
        })

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet (root, quad_class, modality, outlet, country) and how many events
    match the other filters and it."""

    value: str | int
    count: int

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True)
class DayCount:
    """Events of one day and QuadClass: how many, and their Goldstein sum."""

    day: str  # ISO
    quad_class: int
    count: int
    goldstein: float


@dataclass(frozen=True)
class Period:
    """Events of one period (day, week from Monday, or month): count, Goldstein sum and mean, a
    count per QuadClass ("1".."4"), and cooperation (QuadClass 1-2) against conflict (3-4)."""

    period: str  # its first day, ISO
    count: int
    goldstein: float
    quad_class: dict[str, int]
    cooperation: int
    conflict: int
    goldstein_mean: float | None

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True)
class NetworkNode:
    """An actor (by id) or a country (by ISO-3) and how many events it takes part in."""

    id: int | str
    label: str
    code: str | None
    country: str | None
    kind: str
    weight: int


@dataclass(frozen=True)
class MergedNode(NetworkNode):
    """Actors that share a name and code, drawn as one node (`ids`: the actors, first first)."""

    ids: tuple[int | str, ...] = ()


@dataclass(frozen=True)
class NetworkEdge:
    """Events from `source` to `target`: how many (`weight`), their Goldstein sum, and how many
    are conflict (QuadClass 3-4) and cooperation."""

    source: int | str
    target: int | str
    weight: int
    goldstein: float
    conflict: int
    cooperation: int


@dataclass(frozen=True)
class Network:
    level: str  # "actor" or "country"
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True)
class OutletCount:
    outlet: str
    documents: int  # documents it ran (any copy)


@dataclass(frozen=True)
class Summary:
    """What the web page needs to draw its filters: table sizes, outlets, the span of event days,
    and the names of modalities, QuadClasses and CAMEO roots."""

    counts: dict[str, int]
    outlets: tuple[OutletCount, ...]
    first_day: str | None
    last_day: str | None
    modalities: tuple[str, ...]
    quad_classes: dict[str, str]
    cameo_roots: dict[str, str | None]

    def to_json(self) -> dict[str, Any]:
        return _json(self)


def at_precision(value: date | None, precision: str | None) -> str | None:
    """An event's own date written no finer than it is known: "1929", "1929-05" or "1929-05-03"."""
    if value is None:
        return None
    return value.isoformat()[: {"year": 4, "month": 7}.get(precision or "day", 10)]


def iso_day(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _prefixed(kind: type, row: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    """A nested record's fields from the row's `prefix_field` columns."""
    return {f.name: row[f"{prefix}_{f.name}"] for f in fields(kind)}


def _json(record: Any) -> dict[str, Any]:
    """A record as JSON-ready data: keys in its JSON_ORDER, nested records as objects, tuples as lists."""
    names = [f.name for f in fields(record)]
    order = [name for name in getattr(record, "JSON_ORDER", ()) if name in names]
    return {name: _json_value(getattr(record, name)) for name in order + [n for n in names if n not in order]}


def _json_value(value: Any) -> Any:
    if _is_record(value):
        return _json(value)
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    return value


def _is_record(item: Any) -> bool:
    """A dataclass instance (not the class itself)."""
    return is_dataclass(item) and not isinstance(item, type)


def _frozen(value: Any) -> Any:
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


Record = TypeVar("Record")
DATE_COLUMNS = ("published", "day", "period", "ingested_at")  # `date` stays text at its precision


class Results(list, Generic[Record]):
    """A list of records (dataclasses or dicts). `next` is the cursor of the following page, if any."""

    def __init__(self, items: Any = (), next: Any = None) -> None:
        super().__init__(items)
        self.next = next

    def to_dicts(self) -> list[dict[str, Any]]:
        return [asdict(item) if _is_record(item) else dict(item) for item in self]

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per record; nested records become prefixed columns (`source_name`,
        `place_lat`, …) and date columns become datetimes."""
        import pandas

        rows = [_flat(item) for item in self]
        frame = pandas.DataFrame(rows, columns=_columns(self[0]) if self else None)
        for column in DATE_COLUMNS:
            if column in frame.columns:
                frame[column] = pandas.to_datetime(frame[column], errors="coerce", format="ISO8601")
        return frame


def _columns(item: Any) -> list[str]:
    if not isinstance(item, EventRecord):  # an event's empty sides still have their columns
        return list(_flat(item))
    names = []
    for f in fields(item):
        kind = {"source": ActorRef, "target": ActorRef, "place": PlaceRef, "attribution": AttributionRef}.get(f.name)
        names += [f"{f.name}_{g.name}" for g in fields(kind)] if kind else [f.name]
    return names


def _flat(item: Any) -> dict[str, Any]:
    data = asdict(item) if _is_record(item) else dict(item)
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items()})
        elif isinstance(item, EventRecord) and value is None and key in ("source", "target", "place", "attribution"):
            continue  # its columns stay empty
        else:
            flat[key] = list(value) if isinstance(value, tuple) else value
    return flat
