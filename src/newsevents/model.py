"""The data model: typed records that every stage reads and writes.

A `Document` holds the clean body; mentions, events and attributions are character spans into
it (like spaCy's `Span` into a `Doc`), so every record points back to its evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:  # the model names spaCy's types; the nlp stage is what loads spaCy
    from spacy.tokens import Doc, Span

MediaType = Literal["html", "text"]
# alleged: someone accuses or claims that it happened, and the text does not say so itself;
# desired: someone wants, hopes or wishes it to happen (a state of mind, no act told)
Modality = Literal["happened", "planned", "denied", "negated", "hypothetical", "demanded", "alleged", "desired"]
AttributionKind = Literal["quote", "according_to", "reported"]
DatePrecision = Literal["day", "month", "year"]


def normalise_text(text: str) -> str:
    """Unicode-normalised, whitespace-collapsed, case-folded text: what identity is made of."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def printable(text: str) -> str:
    """`text` safe to store and print: lone surrogates (a file name that is not UTF-8, a broken
    JSON escape) become visible backslash escapes instead of failing every encoder downstream."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def content_id(text: str) -> str:
    """Stable 16-hex id from normalised content, so re-ingesting a document adds nothing."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class RawDocument:
    """What a reader yields: bytes or text with where it came from, before any cleaning."""

    origin: str
    content: bytes
    media_type: MediaType
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None


@dataclass
class Skip:
    """A document that was not coded, and why (the reason is data: counted and stored)."""

    origin: str
    reason: str
    detail: str = ""


@dataclass
class Document:
    id: str
    origin: str
    body: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    author: str | None = None  # the byline, when the page names one
    tone: float | None = None  # like GDELT's AvgTone: % positive minus % negative words (−100..100)
    raw_text: str = ""
    # (start, end) of each paragraph in `body`; paragraphs are separated by blank lines.
    paragraphs: list[tuple[int, int]] = field(default_factory=list)

    def paragraph_texts(self) -> list[str]:
        return [self.body[s:e] for s, e in self.paragraphs]


@dataclass
class Actor:
    """Someone or something that acts: a person, a body, a state, an outlet.

    `code` is the CAMEO/GDELT actor code: country ISO-3 (or IGO/region code) + role, e.g. ISRGOV.
    """

    name: str
    kind: Literal["person", "organisation", "country", "outlet", "group"] = "person"
    country: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        return (self.country or "") + (self.role or "")

    @property
    def key(self) -> str:
        """Store-wide identity: the normalised canonical name."""
        return normalise_text(self.name)


@dataclass
class Mention:
    """A span of the body that refers to an actor (by name, title, description or pronoun)."""

    start: int
    end: int
    text: str
    actor: Actor
    label: str = ""  # spaCy entity label or rule name that found it


@dataclass
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str = ""  # "city", "country", "region", ...

    @property
    def key(self) -> str:
        return f"{normalise_text(self.name)}|{self.country or ''}"


@dataclass
class Attribution:
    """Who says a claim: the claim's span, its speaker, and the chain of who reported it."""

    start: int
    end: int
    claim: str
    kind: AttributionKind
    speaker: Actor | None = None
    speaker_text: str = ""
    reported_by: Actor | None = None
    citing: str | None = None  # e.g. "anonymous security sources"
    cue: str = ""  # the words that signal it: "according to", "told journalists", a quote mark
    anonymous: bool = False  # the claim's original source (cited, else the speaker) is unnamed
    chain: list[str] = field(default_factory=list)  # who passed it on, outermost first: outlet → … → source


@dataclass
class Event:
    """Who did what to whom: one CAMEO-coded event with the sentence it came from."""

    document_id: str
    sentence: str
    start: int  # span of the sentence in the document body
    end: int
    trigger: str
    trigger_start: int  # span of the trigger word(s) in the document body
    trigger_end: int
    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    modality: Modality
    date: date | None = None
    date_precision: DatePrecision | None = None
    place: Place | None = None
    topics: list[str] = field(default_factory=list)
    attribution: Attribution | None = None
    tone: float | None = None  # of the sentence, like GDELT's AvgTone (−100..100)


@dataclass
class Paragraph:
    """One paragraph of a document as the nlp stage parsed it."""

    offset: int  # where this paragraph starts in the document body
    doc: Doc


@dataclass
class ParsedDocument:
    """A document with its parse: what the stages after nlp read."""

    document: Document
    paragraphs: list[Paragraph]

    def sentences(self) -> Iterator[tuple[int, Span]]:
        for paragraph in self.paragraphs:
            for sentence in paragraph.doc.sents:
                yield paragraph.offset, sentence


@dataclass
class Reading:
    """Everything the pipeline learned from one document."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    @property
    def actors(self) -> list[Actor]:
        seen: dict[int, Actor] = {}
        for m in self.mentions:
            seen.setdefault(id(m.actor), m.actor)
        return list(seen.values())


# --- the stage contract -----------------------------------------------------------------------
@dataclass
class CodedEvent:
    """What an event coder finds, before the shared context steps (`events.context`) give it its
    modality, date, place, topics and CAMEO scores: the trigger's span in the body, the code, who
    acted on whom."""

    trigger_start: int
    trigger_end: int
    cameo: str
    source: Actor | None
    target: Actor | None


@dataclass
class Analysis:
    """One document being read: its parse and what the steps have found in it so far. Each step
    reads what earlier steps wrote and adds its own part."""

    parsed: ParsedDocument
    mentions: list[Mention] = field(default_factory=list)
    places: dict[tuple[int, int], Place] = field(default_factory=dict)  # by the span naming them
    coded: list[CodedEvent] = field(default_factory=list)  # a coder's events awaiting their context
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    def reading(self) -> Reading:
        unique_places = list({p.key: p for p in self.places.values()}.values())
        return Reading(self.parsed.document, self.mentions, unique_places, self.events, self.attributions)


class Step(Protocol):
    """A reading step: a named callable over an `Analysis` (`Pipeline(steps=[...])`). A step that
    needs sentences parsed beyond the default selection names their lemmas in `parse_words`."""

    name: str

    def __call__(self, analysis: Analysis) -> None: ...



def named_fields(kind: type, row: Mapping[Any, Any]) -> dict[str, Any]:
    """A record's fields from the row's columns of their names, dates and times as ISO text."""
    return {f.name: _iso_text(row[f.name]) for f in fields(kind)}


def _iso_text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def to_dict(obj: Any) -> dict[str, Any]:
    """Dataclass → JSON-ready dict (dates as ISO strings)."""

    def fix(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [fix(v) for v in value]
        return value

    return fix(asdict(obj))


# --- the store's event clusters ---------------------------------------------------------------
# Read records the store builds itself (so they live here: the store imports only the model):
# clusters, copies and attributions; the other read records are in `records.py`.
@dataclass(frozen=True)
class ClusterReport:
    """One report of a clustered event: its event, where it was read and the evidence sentence."""

    event_id: int
    document_id: str
    outlet: str | None
    url: str | None
    cameo: str
    trigger: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class FirstReport:
    """The earliest report of a cluster (by publication, then ingestion)."""

    event_id: int
    document_id: str
    outlet: str | None
    published: str | None  # ISO day


@dataclass(frozen=True)
class ClusterRecord:
    """One event as reported across articles, counted like GDELT: `mentions` (events),
    `articles` (documents and their copies) and `sources` (distinct outlets, listed in `outlets`);
    source and target as its first report names them, and every report's evidence."""

    id: int
    root: str
    day: str  # ISO
    place: str | None
    source: str | None
    target: str | None
    source_key: str
    target_key: str
    mentions: int
    articles: int
    sources: int
    outlets: tuple[str, ...]
    first_report: FirstReport
    evidence: tuple[ClusterReport, ...]

    def to_json(self) -> dict[str, Any]:
        """As the API, the JSON export and `newsevents clusters --json` write it."""
        return to_dict(self)


# Copies and attributions as the store reads them back.
@dataclass(frozen=True)
class CopyRecord:
    """Where a document was seen: the stored text itself or a copy of it (`similarity` 1.0 exact)."""

    id: int
    document_id: str
    origin: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    similarity: float
    seen_at: str

    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> CopyRecord:
        """From a `copies` row: its date and time as ISO text."""
        return cls(**named_fields(cls, row))

    def to_json(self) -> dict[str, Any]:
        return to_dict(self)


@dataclass(frozen=True)
class AttributionRecord:
    """A claim in a document body and who makes it (`speaker`), reports it and cites whom."""

    id: int
    document_id: str
    kind: str
    claim: str
    start: int
    end: int
    speaker: str | None
    reported_by: str | None
    citing: str | None
    cue: str | None
    anonymous: bool
    chain: tuple[str, ...]  # who reported whom, outermost first

    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> AttributionRecord:
        """From an `attributions` row joined with its speaker's and reporter's names (`speaker`,
        `reported_by`); a speaker with no actor row keeps the words that named it."""
        return cls(id=row["id"], document_id=row["document_id"], kind=row["kind"], claim=row["claim"],
                   start=row["start"], end=row["end"], speaker=row["speaker"] or row["speaker_text"],
                   reported_by=row["reported_by"], citing=row["citing"], cue=row["cue"],
                   anonymous=bool(row["anonymous"]), chain=tuple(row["chain"] or ()))

    def to_json(self) -> dict[str, Any]:
        return to_dict(self)


# --- the store's actor rows -------------------------------------------------------------------
@dataclass
class StoredActor:
    """An actor row as the store holds it: store-wide for a real entity (`document_id` None), or
    its document's own. The actors stage decides what it holds (`actors/merge.py`); the store
    writes it: a new row when `id` is None, else the row `id` updated if it changed."""

    key: str
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    code: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, str]] | None = None  # roles over time: [{"code", "first_seen", "last_seen"}]
    id: int | None = None
    document_id: str | None = None


class ActorLookup(Protocol):
    """The rows the store already holds, as the actors stage asks for them while merging."""

    def by_key(self, key: str) -> StoredActor | None: ...

    def persons_named(self, surname: str) -> list[StoredActor]:
        """Store-wide persons whose key ends in `surname`."""
        ...


class ActorMerging(Protocol):
    """How the store files actors: the actors stage's answer (`actors.merge.ActorMerger`)."""

    def key(self, actor: Actor, document_id: str) -> str:
        """The key of the row `actor`, read in document `document_id`, is filed under first: its
        store-wide key, or its document's own for an actor known only inside it."""
        ...

    def merge(self, actor: Actor, document_id: str, day: date | None, stored: ActorLookup) -> StoredActor:
        """The row to write for `actor`, read in document `document_id` dated `day`."""
        ...


def parse_date(value: object) -> date | None:
    """A published date given as ISO text ("2015-09-21", "2015-09-21T10:00:00Z"); None otherwise."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
