"""What the Python API hands back: typed records for events, actors and documents, and `Results`,
a list of them that also turns into a pandas DataFrame (one flat column per field)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

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


@dataclass(frozen=True)
class PlaceRef:
    id: int | None
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventRecord:
        nested = {"source": ActorRef, "target": ActorRef, "place": PlaceRef, "attribution": AttributionRef}
        values = {f.name: data.get(f.name) for f in fields(cls)}
        for name, kind in nested.items():
            if values[name] is not None:
                values[name] = kind(**{f.name: _frozen(values[name].get(f.name)) for f in fields(kind)})
        values["topics"] = tuple(values["topics"] or ())
        return cls(**values)


@dataclass(frozen=True)
class ActorRecord:
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
    def from_dict(cls, data: dict[str, Any]) -> ActorRecord:
        return cls(**{**{f.name: data.get(f.name) for f in fields(cls)}, "aliases": tuple(data.get("aliases") or ())})


@dataclass(frozen=True)
class DocumentRecord:
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
    def from_dict(cls, data: dict[str, Any]) -> DocumentRecord:
        return cls(**{f.name: data.get(f.name) for f in fields(cls)})


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
        return [asdict(item) if is_dataclass(item) else dict(item) for item in self]

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
    if not is_dataclass(item):
        return list(_flat(item))
    names = []
    for f in fields(item):
        kind = {"source": ActorRef, "target": ActorRef, "place": PlaceRef, "attribution": AttributionRef}.get(f.name)
        names += [f"{f.name}_{g.name}" for g in fields(kind)] if kind and isinstance(item, EventRecord) else [f.name]
    return names


def _flat(item: Any) -> dict[str, Any]:
    data = asdict(item) if is_dataclass(item) else dict(item)
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items()})
        elif isinstance(item, EventRecord) and value is None and key in ("source", "target", "place", "attribution"):
            continue  # its columns stay empty
        else:
            flat[key] = list(value) if isinstance(value, tuple) else value
    return flat
