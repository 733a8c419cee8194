"""The data model: typed records that every stage reads and writes.

A `Document` holds the clean body; mentions, events and attributions are character spans into
it (like spaCy's `Span` into a `Doc`), so every record points back to its evidence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Modality = Literal["happened", "planned", "denied", "negated", "hypothetical", "demanded"]
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
    media_type: Literal["html", "text"]
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
