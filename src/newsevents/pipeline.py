"""The pipeline: read → clean → language → nlp → actors → places → events → attributions → store.

Stages are plain callables held by a `Pipeline` (no module globals), applied to batches of
documents, so the same code can run in one process or be shipped to Ray workers.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from newsevents.actors.coding import ActorCoder, entity_patterns
from newsevents.actors.places import Gazetteer, PlaceFinder
from newsevents.attribution import AttributionFinder, link_events
from newsevents.clean import clean_document, decode
from newsevents.clean.clean import join_paragraphs
from newsevents.clean.duplicates import signature
from newsevents.events.extract import EventExtractor
from newsevents.ingest import JsonlFields, read_paths
from newsevents.language import SUPPORTED_LANGUAGES, identify_language, language_stage
from newsevents.model import Document, RawDocument, Reading, Skip, content_id
from newsevents.nlp import DEFAULT_MODEL, ParsedDocument, load_pipeline, parse_documents
from newsevents.store import Store

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    read: int = 0
    stored: int = 0
    copies: int = 0  # new copies (another URL or outlet) of a stored document, linked to it
    duplicates: int = 0  # documents already stored from the same origin: nothing added
    events: int = 0
    mentions: int = 0
    attributions: int = 0
    skipped: Counter = field(default_factory=Counter)
    skips: list[Skip] = field(default_factory=list)

    def skip(self, skip: Skip) -> None:
        self.skipped[skip.reason] += 1
        self.skips.append(skip)
        log.warning("skipped %s: %s (%s)", skip.origin, skip.reason, skip.detail)


class Pipeline:
    """All stages, loaded once. `Pipeline().read_text(text)` reads one article in memory."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 16) -> None:
        self.nlp = load_pipeline(model, entity_patterns())
        self.batch_size = batch_size
        self.code_actors = ActorCoder()
        self.find_places = PlaceFinder(Gazetteer())
        self.extract_events = EventExtractor()
        self.find_attributions = AttributionFinder()

    # --- stages over documents -----------------------------------------------------------
    @staticmethod
    def prepare(raw: RawDocument) -> Document | Skip:
        """clean → language, for one raw document."""
        cleaned = clean_document(raw)
        if isinstance(cleaned, Skip) and raw.media_type == "text":
            # Our boilerplate rules read English; a foreign text fails them, so name its language.
            language = identify_language(decode(raw.content))
            if language not in SUPPORTED_LANGUAGES:
                return Skip(raw.origin, "language", f"'{language}' is not coded")
        return cleaned if isinstance(cleaned, Skip) else language_stage(cleaned)

    def read(self, documents: list[Document]) -> list[Reading]:
        """nlp → actors → places → events → attributions, for a batch of documents."""
        return [self.read_parsed(parsed) for parsed in parse_documents(documents, self.nlp, self.batch_size)]

    def read_parsed(self, parsed: ParsedDocument) -> Reading:
        mentions = self.code_actors(parsed)
        places = self.find_places(parsed, mentions)
        events = self.extract_events(parsed, mentions, places)
        attributions = self.find_attributions(parsed, mentions)
        link_events(events, attributions)
        unique_places = list({p.key: p for p in places.values()}.values())
        return Reading(parsed.document, mentions, unique_places, events, attributions)

    def read_text(self, text: str, published: date | None = None, outlet: str | None = None,
                  clean: bool = True) -> Reading | Skip:
        """Read one scraped text (or HTML) held in memory; nothing is stored. With `clean=False`
        the text is taken as the article body as it is (paragraphs split at blank lines)."""
        if clean:
            media = "html" if text.lstrip().startswith("<") else "text"
            prepared = self.prepare(RawDocument("<text>", text.encode("utf-8"), media, outlet=outlet, published=published))
        else:
            body, spans = join_paragraphs([p.strip() for p in text.split("\n\n") if p.strip()])
            prepared = Document(content_id(body), "<text>", body, outlet=outlet, published=published,
                                language="en", paragraphs=spans)
        return prepared if isinstance(prepared, Skip) else self.read([prepared])[0]

    # --- a whole run ---------------------------------------------------------------------
    def run(self, paths: Iterable[str], store: Store, *, published: date | None = None, outlet: str | None = None,
            fields: JsonlFields = JsonlFields(), on_document: Callable[[str], None] | None = None) -> RunSummary:
        """Ingest everything under `paths` into `store`; bad input is skipped and counted."""
        summary = RunSummary()
        seen: set[str] = set()
        near = store.near_duplicates()
        for batch in self._batches(read_paths(paths, fields), summary, published, outlet, on_document):
            fresh, signatures, copies = [], {}, []
            for document in batch:
                minhash = signature(document.body)
                original = document.id if document.id in seen or store.has_document(document.id) else None
                match = near.find(minhash) if original is None else None
                if original or match:
                    # A copy is coded once: it only adds its URL and outlet to the stored original.
                    copies.append((original or match.document_id, document, match.similarity if match else 1.0))
                    continue
                seen.add(document.id)
                near.add(document.id, minhash)
                signatures[document.id] = minhash
                fresh.append(document)
            for reading in self.read(fresh):
                if store.write(reading, signatures[reading.document.id]):
                    summary.stored += 1
                    summary.events += len(reading.events)
                    summary.mentions += len(reading.mentions)
                    summary.attributions += len(reading.attributions)
            for original, document, similarity in copies:
                if store.add_copy(original, document, similarity):
                    summary.copies += 1
                else:
                    summary.duplicates += 1
        for skip in summary.skips:
            store.record_skip(skip)
        return summary

    def _batches(self, items: Iterator[RawDocument | Skip], summary: RunSummary, published: date | None,
                 outlet: str | None, on_document: Callable[[str], None] | None) -> Iterator[list[Document]]:
        batch: list[Document] = []
        for item in items:
            summary.read += 1
            if on_document:
                on_document(item.origin)
            if isinstance(item, RawDocument):
                item.published = item.published or published
                item.outlet = item.outlet or outlet
                try:
                    item = self.prepare(item)
                except Exception as error:  # one bad page must never stop a run
                    item = Skip(item.origin, "extraction failed", f"{type(error).__name__}: {error}")
            if isinstance(item, Skip):
                summary.skip(item)
                continue
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch
