"""The pipeline: read → clean → language → nlp → actors → places → events → attributions → store.

Stages are plain callables held by a `Pipeline`, applied to batches of documents, so the same
code runs in one process, in a pool of worker processes (`workers=N`), or on Ray workers.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import logging
import multiprocessing
import signal
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError

from newsevents.actors.coding import entity_patterns
from newsevents.actors.merge import ActorMerger
from newsevents.clean import clean_document, decode
from newsevents.clean.clean import SiteMemory, join_paragraphs
from newsevents.clean.duplicates import NearDuplicateIndex, from_bytes, signature, to_bytes
from newsevents.clean.text import boilerplate_applies, candidate_lines
from newsevents.events.stored import StoredModalities, kept_modalities
from newsevents.executor import Executor
from newsevents.ingest import JsonlFields, read_paths
from newsevents.language import SUPPORTED_LANGUAGES, identify_language, language_stage
from newsevents.model import (
    Analysis,
    Document,
    MediaType,
    RawDocument,
    Reading,
    Skip,
    Step,
    content_id,
)
from newsevents.nlp import (
    DEFAULT_MODEL,
    ParsedDocument,
    SentenceSelector,
    indexed_lemma_lists,
    load_pipeline,
    numpy_matrix_products,
    parse_documents,
)
from newsevents.petrarch.dictionaries import Dictionaries
from newsevents.steps import default_steps, parse_words, resolve_steps
from newsevents.store import Store

log = logging.getLogger(__name__)

# spaCy's own limit (nlp.max_length, error E088): a body longer than this is a dump, not an
# article, and is skipped before spaCy sees it.
MAX_BODY_CHARS = 1_000_000
WORKER_DIED = "worker died"
# Texts per spaCy batch: 64-256 were 11-17% faster than 16 on news, with the same output
# (bench/same_output.py); the texts are runs of sentences, so memory stays small.
PARSE_BATCH_SIZE = 128


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

    @property
    def finished(self) -> int:
        """Documents dealt with so far: stored, linked as copies, already there, or skipped."""
        return self.stored + self.copies + self.duplicates + sum(self.skipped.values())

    def skip(self, skip: Skip) -> None:
        self.skipped[skip.reason] += 1
        self.skips.append(skip)
        log.warning("skipped %s: %s (%s)", skip.origin, skip.reason, skip.detail)


class Pipeline:
    """All stages, loaded once. `Pipeline().read_text(text)` reads one article in memory."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 16, parse_all: bool = False,
                 dictionaries: Dictionaries | None = None, steps: Iterable[Step | str] | None = None,
                 parse_batch_size: int = PARSE_BATCH_SIZE, modalities: Iterable[str] | None = None) -> None:
        """`dictionaries`: PETRARCH-format actor, agent and verb dictionaries to code with, beside
        (actors, agents) or instead of (verbs) newsevents' own knowledge. `steps`: the reading
        steps after the parse, in order, as objects or by registered name (`steps.registered_steps()`;
        default: `steps.default_steps(dictionaries)`). `batch_size`: documents per batch (what a
        worker takes at a time); `parse_batch_size`: texts (paragraphs or runs of sentences) per
        spaCy batch. `modalities`: those whose events are stored (default `STORED_MODALITIES`;
        `ALL_MODALITIES` keeps every event read, as the modality reading tells it)."""
        dictionaries = dictionaries or Dictionaries()
        self.nlp = load_pipeline(model, entity_patterns(dictionaries.actors))
        self.batch_size = batch_size
        self.parse_batch_size = parse_batch_size
        # Parse only sentences that can yield an event or a claim, unless told to parse all.
        verb_forms = dictionaries.verbs.forms() if dictionaries.verbs else set()
        self.steps = default_steps(dictionaries) if steps is None else resolve_steps(steps, dictionaries)
        kept = kept_modalities(modalities)
        self.steps = [StoredModalities(kept) if isinstance(step, StoredModalities) else step for step in self.steps]
        self.select = None if parse_all else SentenceSelector(self.nlp, parse_words(self.steps), verb_forms)

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Unpickled in another process (a Ray actor, a spawned worker): the model's matrix
        products go to numpy's BLAS again, one thread in that process, and the lemmatizer's word
        lists answer from sets again."""
        self.__dict__.update(state)
        numpy_matrix_products(self.nlp)
        indexed_lemma_lists(self.nlp)

    # --- stages over documents -----------------------------------------------------------
    @staticmethod
    def prepare(raw: RawDocument, site_memory: SiteMemory | None = None) -> Document | Skip:
        """clean → language, for one raw document (`site_memory`: see `clean_document`)."""
        cleaned = clean_document(raw, site_memory)
        if isinstance(cleaned, Skip) and raw.media_type == "text":
            # Our boilerplate rules read English; a foreign text fails them, so name its language.
            language = identify_language(decode(raw.content))
            if language not in SUPPORTED_LANGUAGES:
                return Skip(raw.origin, "language", f"'{language}' is not coded")
        return cleaned if isinstance(cleaned, Skip) else _within_limit(language_stage(cleaned))

    def read(self, documents: list[Document]) -> list[Reading]:
        """nlp → actors → places → events → attributions, for a batch of documents."""
        return [self.read_parsed(parsed) for parsed in parse_documents(documents, self.nlp, self.parse_batch_size, self.select)]

    def read_or_skip(self, documents: list[Document]) -> list[Reading | Skip]:
        """`read`, but a document that breaks a stage becomes a Skip and the batch goes on."""
        try:
            parsed_documents = parse_documents(documents, self.nlp, self.parse_batch_size, self.select)
        except Exception as error:  # spaCy failed on the batch: find the document, keep the others
            if len(documents) > 1:
                return [result for document in documents for result in self.read_or_skip([document])]
            log.exception("parsing %s failed", documents[0].origin)
            return [Skip(documents[0].origin, "reading failed", f"{type(error).__name__}: {error}"[:500])]
        results: list[Reading | Skip] = []
        for parsed in parsed_documents:
            try:
                results.append(self.read_parsed(parsed))
            except Exception as error:  # a bug on one odd sentence must not lose the run
                log.exception("reading %s failed", parsed.document.origin)
                results.append(Skip(parsed.document.origin, "reading failed", f"{type(error).__name__}: {error}"))
        return results

    @staticmethod
    def warm_up() -> None:
        """Load what cleaning loads on first use: the language identifier's model (0.9 s) and the
        date parser htmldate falls back on for some pages (dateparser). Forked workers then share
        them rather than each loading its own."""
        identify_language("A sentence to load the language model with.")
        try:
            from htmldate.extractors import get_external_parser

            get_external_parser().get_date_data("3 March 2020")
        except (ImportError, AttributeError):  # another htmldate: it loads its parser when it needs one
            pass

    def step(self, name: str) -> Step:
        """The step of that name (`"actors"`, `"events"`, …)."""
        return next(step for step in self.steps if step.name == name)

    def read_parsed(self, parsed: ParsedDocument) -> Reading:
        analysis = Analysis(parsed)
        for step in self.steps:
            step(analysis)
        return analysis.reading()

    def read_text(self, text: str, published: date | None = None, outlet: str | None = None,
                  clean: bool = True) -> Reading | Skip:
        """Read one scraped text (or HTML) held in memory; nothing is stored. With `clean=False`
        the text is taken as the article body as it is (paragraphs split at blank lines)."""
        if clean:
            media: MediaType = "html" if text.lstrip().startswith("<") else "text"
            prepared = self.prepare(RawDocument("<text>", text.encode("utf-8"), media, outlet=outlet, published=published))
        else:
            body, spans = join_paragraphs([p.strip() for p in text.split("\n\n") if p.strip()])
            prepared = _within_limit(Document(content_id(body), "<text>", body, outlet=outlet, published=published,
                                              language="en", paragraphs=spans))
        return prepared if isinstance(prepared, Skip) else self.read_or_skip([prepared])[0]

    def rebuild(self, store: Store, on_document: Callable[[str], None] | None = None) -> tuple[int, list[Skip]]:
        """Read every stored document again from its stored clean text (no pages needed) and
        replace all that was read from them, in one transaction (see `Store.rebuild`): the repair
        for a store whose events lack their actors' coding. Returns (documents rewritten, skips)."""
        skips: list[Skip] = []

        def readings() -> Iterator[Reading]:
            # A batch at a time, as the store streams them: memory stays that of one batch.
            stored = iter(store.stored_documents(self.batch_size))
            while batch := list(islice(stored, self.batch_size)):
                for result in self.read_or_skip(batch):
                    if on_document:
                        on_document(result.origin if isinstance(result, Skip) else result.document.origin)
                    if isinstance(result, Skip):
                        skips.append(result)
                    else:
                        yield result

        return store.rebuild(readings(), merge=ActorMerger()), skips

    # --- a whole run ---------------------------------------------------------------------
    def run(self, paths: Iterable[str], store: Store, *, published: date | None = None, outlet: str | None = None,
            fields: JsonlFields = JsonlFields(), on_document: Callable[[str], None] | None = None,
            workers: int = 1, on_progress: Callable[[RunSummary], None] | None = None,
            executor: Executor | None = None) -> RunSummary:
        """Ingest everything under `paths` into `store`; bad input is skipped and counted.

        With `workers` > 1, cleaning and reading run in that many processes; de-duplication and
        writing stay in this one, so the store sees exactly what a single process would write.
        `on_document` hears of each document read; `on_progress` gets the summary whenever
        documents are finished (its `finished` counts them). An `executor` (e.g.
        `newsevents.executor.ray.RayExecutor`) runs the stages elsewhere."""
        summary = RunSummary()
        ingestion = _Ingestion(store, summary, on_progress)
        batches = self._raw_batches(read_paths(paths, fields), ingestion, published, outlet, on_document)
        with _long_lived_frozen():
            if executor is not None:
                executor.run(self, batches, ingestion)
            elif workers <= 1:
                for raw in batches:
                    fresh = ingestion.deduplicate(self.prepare_batch(raw, store.boilerplate_lines))
                    ingestion.write(self.read_or_skip(fresh))
            else:
                self._run_in_processes(batches, ingestion, workers)
        return summary

    def prepare_batch(self, raw: list[RawDocument], site_memory: SiteMemory | None = None
                      ) -> list[tuple[Document, bytes] | Skip]:
        """clean → language for each raw document, with each clean body's MinHash signature."""
        prepared: list[tuple[Document, bytes] | Skip] = []
        for item in raw:
            try:
                document = self.prepare(item, site_memory)
            except Exception as error:  # one bad page must never stop a run
                document = Skip(item.origin, "extraction failed", f"{type(error).__name__}: {error}"[:500])
            prepared.append(document if isinstance(document, Skip) else (document, to_bytes(signature(document.body))))
        return prepared

    def settle(self, raw: list[RawDocument], prepared: list[tuple[Document, bytes] | Skip],
               site_memory: SiteMemory) -> list[tuple[Document, bytes] | Skip]:
        """A worker cleans without site memory (it cannot know what the documents before it will
        teach). Where the memory, as it stands when the batch's turn comes, could change a text
        document's cleaning, that document is cleaned again here: so the result is exactly what
        one process would have made, for any number of workers."""
        # Each outlet's memory asked once: it cannot change while this batch is settled.
        memory = functools.cache(site_memory)
        settled = []
        for item, result in zip(raw, prepared):
            # A document's outlet is the one its cleaning asked the memory about (same page, same
            # body); where none of its lines is known boilerplate, the memory changes nothing.
            again = item.media_type == "text" and (
                (isinstance(result, Skip) and result.reason != WORKER_DIED)
                or (not isinstance(result, Skip) and boilerplate_applies(result[0].raw_text, memory(result[0].outlet))))
            settled.append(self.prepare_batch([item], memory)[0] if again else result)
        return settled

    def _run_in_processes(self, batches: Iterator[list[RawDocument]], ingestion: _Ingestion, workers: int) -> None:
        window = 2 * workers  # batches in flight: keeps every worker busy, memory bounded
        with _WorkerPool(self, workers) as pool:
            preparing: deque[_Task] = deque()
            reading: deque[_Task] = deque()

            def advance() -> None:
                # Oldest first, so documents are de-duplicated and written in input order.
                if reading and (reading[0].future.done() or not preparing):
                    ingestion.write(pool.result(reading.popleft()))
                else:
                    task = preparing.popleft()
                    prepared = self.settle(task.payload, pool.result(task), ingestion.store.boilerplate_lines)
                    fresh = ingestion.deduplicate(prepared)
                    if fresh:
                        reading.append(pool.submit(_worker_read, fresh))

            for raw in batches:
                preparing.append(pool.submit(_worker_prepare, raw))
                while len(preparing) + len(reading) > window:
                    advance()
            while preparing or reading:
                advance()

    def _raw_batches(self, items: Iterator[RawDocument | Skip], ingestion: _Ingestion, published: date | None,
                     outlet: str | None, on_document: Callable[[str], None] | None) -> Iterator[list[RawDocument]]:
        batch: list[RawDocument] = []
        for item in items:
            ingestion.summary.read += 1
            if on_document:
                on_document(item.origin)
            if isinstance(item, Skip):
                ingestion.skip(item)
                continue
            item.published = item.published or published
            item.outlet = item.outlet or outlet
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """The objects alive when a run starts (the loaded model, its vocabulary, the dictionaries:
    about half a million) kept out of the garbage collector's passes until it ends (`gc.freeze`),
    in this process and in the workers it forks. A full pass walked all of them each time, to
    free only what a document's reading left: 3.3 of 3.8 CPU ms an article spent collecting on
    the 181 Zyte pages in one process, 0.4 frozen. Nothing is freed differently: what the run
    makes is collected as before, and the frozen objects are handed back to the collector at the
    end (`gc.unfreeze`). A caller that froze its own objects keeps them frozen."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _within_limit(document: Document | Skip) -> Document | Skip:
    if isinstance(document, Document) and len(document.body) > MAX_BODY_CHARS:
        return Skip(document.origin, "too long", f"{len(document.body):,} characters of text; the limit is {MAX_BODY_CHARS:,}")
    return document


@dataclass
class _Task:
    """A batch sent to the workers: what to run on what, and where it was sent."""

    function: Callable[[list[Any]], list[Any]]
    payload: list[Any]  # RawDocuments or Documents, each with an origin
    executor: ProcessPoolExecutor
    future: Future


class _WorkerPool:
    """Worker processes that clean and read batches. A worker that dies (the OOM killer, kill -9)
    breaks the pool: every batch it held is run again, one at a time, in a fresh pool; a batch
    whose worker dies again becomes skips ("worker died"). Nothing waits for a dead worker."""

    RETRIES = 1

    def __init__(self, pipeline: Pipeline, workers: int) -> None:
        # Fork shares the loaded model with the workers (no reload, copy-on-write); elsewhere spawn.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.pipeline, self.workers, self.context = pipeline, workers, multiprocessing.get_context(method)
        if method == "fork":
            pipeline.warm_up()  # loaded once here, shared, instead of once in every worker
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=self.context, initializer=_start_worker,
                                   initargs=(self.pipeline,))

    def __enter__(self) -> _WorkerPool:
        return self

    def __exit__(self, *_: Any) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def submit(self, function: Callable[[list[Any]], list[Any]], payload: list[Any]) -> _Task:
        try:
            future = self.executor.submit(function, payload)
        except BrokenProcessPool:  # a worker died while the pool was idle
            self._replace(self.executor)
            future = self.executor.submit(function, payload)
        return _Task(function, payload, self.executor, future)

    def result(self, task: _Task) -> list[Any]:
        try:
            return task.future.result()
        except BrokenProcessPool:
            log.warning("a worker process died; its %d documents are read again in a fresh one", len(task.payload))
        broken = task.executor
        for _ in range(self.RETRIES):
            self._replace(broken)
            broken = self.executor
            try:
                return self.executor.submit(task.function, task.payload).result()
            except BrokenProcessPool:
                pass
        self._replace(broken)
        return [Skip(item.origin, WORKER_DIED, "the worker process reading it died twice (out of memory?)")
                for item in task.payload]

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A fresh pool in place of a broken one (once: later batches of the same pool find it done)."""
        if broken is self.executor:
            broken.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()


class _Ingestion:
    """De-duplication and writing for one run: the part that must see every document in order."""

    def __init__(self, store: Store, summary: RunSummary,
                 on_progress: Callable[[RunSummary], None] | None = None) -> None:
        self.store, self.summary, self.on_progress = store, summary, on_progress
        self.near = NearDuplicateIndex()  # every stored signature, and this run's as they come
        for document_id, stored in store.signatures():
            self.near.add(document_id, from_bytes(stored))
        self.seen: set[str] = set()
        self.signatures: dict[str, bytes] = {}  # of documents being read, by id
        self.reading: dict[str, str] = {}  # origin → id of documents being read
        self.batch = 0  # batches de-duplicated so far
        self.batch_of: dict[str, int] = {}  # id → batch, of documents being read
        # Copies wait for their original's write and for their own batch's, so they are linked in
        # the same order however far reading runs ahead: (original id, copy, similarity, batch).
        self.copies: list[tuple[str, Document, float, int]] = []

    def skip(self, skip: Skip) -> None:
        """Count, log and store a skip: every input not stored is in the skips table, with why."""
        self.summary.skip(skip)
        self.store.record_skip(skip)

    def deduplicate(self, prepared: list[tuple[Document, bytes] | Skip]) -> list[Document]:
        """The documents to read; skips are recorded, copies kept to link once originals are stored.
        Site memory learns here, in input order, so what it knows when a document is cleaned
        does not depend on how many workers read the documents before it."""
        fresh = []
        self.batch += 1
        for item in prepared:
            if isinstance(item, Skip):
                self.skip(item)
                continue
            document, signature_bytes = item
            minhash = from_bytes(signature_bytes)
            original = document.id if document.id in self.seen or self.store.has_document(document.id) else None
            match = self.near.find(minhash) if original is None else None
            if original or match:
                # A copy is coded once: it only adds its URL and outlet to the stored original.
                self.copies.append((original or match.document_id, document,  # type: ignore[union-attr]  # one is set
                                    match.similarity if match else 1.0, self.batch))
                continue
            self.seen.add(document.id)
            self.near.add(document.id, minhash)
            self.signatures[document.id] = signature_bytes
            self.reading[document.origin] = document.id
            self.batch_of[document.id] = self.batch
            if document.raw_text and document.outlet:  # site memory learns from text-only pages
                self.store.learn_lines(document.outlet, candidate_lines(document.raw_text), document.id)
            fresh.append(document)
        if self.on_progress:
            self.on_progress(self.summary)
        return fresh

    def write(self, readings: list[Reading | Skip]) -> None:
        for reading in readings:
            if isinstance(reading, Skip):
                self.skip(reading)
                self.batch_of.pop(self.reading.get(reading.origin, ""), None)
                self.signatures.pop(self.reading.pop(reading.origin, ""), None)
                continue
            self.reading.pop(reading.document.origin, None)
            self.batch_of.pop(reading.document.id, None)
            stored = self._store(reading, self.signatures.pop(reading.document.id, None))
            if stored is None:
                continue
            if not stored:  # another run stored it since it was checked
                self.summary.duplicates += 1
            else:
                self.summary.stored += 1
                self.summary.events += len(reading.events)
                self.summary.mentions += len(reading.mentions)
                self.summary.attributions += len(reading.attributions)
        waiting = []
        earliest_unwritten = min(self.batch_of.values(), default=self.batch + 1)
        for original, document, similarity, batch in self.copies:
            if original in self.signatures or batch >= earliest_unwritten:  # its original or batch is being read
                waiting.append((original, document, similarity, batch))
            elif not self.store.has_document(original):  # its original failed to read
                self.skip(Skip(document.origin, "reading failed", f"copy of {original}, which failed"))
            elif self.store.add_copy(original, document, similarity):
                self.summary.copies += 1
            else:
                self.summary.duplicates += 1
        self.copies = waiting
        if self.on_progress:
            self.on_progress(self.summary)

    def _store(self, reading: Reading, minhash: bytes | None) -> bool | None:
        """`Store.write`, isolated: a write that lost a race with another run (a unique key it
        had just checked) is tried once more; a document the database refuses becomes a skip.
        None when not stored. A store that cannot be written at all still ends the run."""
        for attempt in (1, 2):
            try:
                return self.store.write(reading, minhash, merge=ActorMerger())
            except IntegrityError as error:
                if attempt == 2:
                    self.skip(Skip(reading.document.origin, "storing failed", f"{type(error).__name__}: {error}"[:500]))
            except (DataError, ValueError, UnicodeError) as error:
                self.skip(Skip(reading.document.origin, "storing failed", f"{type(error).__name__}: {error}"[:500]))
                return None
        return None


# Each worker process holds one Pipeline, set once when the process starts (inherited on fork).
_worker_pipeline: Pipeline | None = None
PR_SET_PDEATHSIG = 1


def _start_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline
    numpy_matrix_products(pipeline.nlp)  # a forked worker: its BLAS keeps one thread too
    if sys.platform.startswith("linux"):  # a worker whose run was killed (kill -9) dies with it
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass


def _worker_prepare(raw: list[RawDocument]) -> list[tuple[Document, bytes] | Skip]:
    assert _worker_pipeline is not None, "the worker's initializer sets it"
    return _worker_pipeline.prepare_batch(raw)


def _worker_read(documents: list[Document]) -> list[Reading | Skip]:
    assert _worker_pipeline is not None, "the worker's initializer sets it"
    return _worker_pipeline.read_or_skip(documents)
