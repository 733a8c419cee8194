"""The Ray executor: the pipeline's own stages on a Ray cluster.

    newsevents ingest crawl/ --db postgresql://host/news --engine ray --address auto

Each Ray actor holds one loaded `Pipeline` (one spaCy, shipped once through Ray's object store)
and runs `prepare_batch` and `read_or_skip` on the batches the driver sends it. The driver
de-duplicates every prepared document (exactly and near, against the whole store and everything
in flight: so across the whole cluster) and writes, in input order, one transaction per document.
Writing in input order is what makes the stored result identical to a local one-process run of
the same input: actor merges, event clusters and site memory all depend on the order documents
are stored in. One writer keeps up with far more readers than a cluster of this size has (the
write rate is in docs/scale.md).

Site memory (an outlet's learned boilerplate lines, learned as documents are de-duplicated) is
also the one-process run's: a worker cleans with the memory the store holds when it starts a
batch and reports the outlets it looked up; at the batch's turn the driver compares that with the
store's memory then (what one process would have cleaned with) and cleans the batch again where
they differ (only when a line crosses the threshold while the batch was in flight).

A worker or a whole node that dies: its batches go to the workers left, and are read once more
(stages have no side effects; only the driver writes). With no worker left the run stops with a
clear message; what was written stays written, once, and a re-run adds only the rest.
"""

from __future__ import annotations

import logging
import pickle
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsevents.executor import WorkersLost
from newsevents.model import Document, RawDocument, Reading, Skip
from newsevents.store import Store

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline, _Ingestion

log = logging.getLogger(__name__)

Prepared = list[tuple[Document, bytes] | Skip]


def ray_module() -> Any:
    try:
        import ray
    except ModuleNotFoundError:
        raise RuntimeError("--engine ray needs Ray: pip install 'newsevents[ray]'") from None
    return ray


class StageWorker:
    """One Ray actor: one loaded pipeline, and a connection to the store for site memory."""

    def __init__(self, pipeline: bytes, store_url: str) -> None:
        # Unpickled here from bytes: arrays Ray hands over from its object store are read-only,
        # and spaCy's layers write into theirs.
        self.pipeline: Pipeline = pickle.loads(pipeline)
        self.store = Store(store_url)

    def prepare(self, raw: list[RawDocument]) -> tuple[Prepared, dict[str, frozenset[str]]]:
        """`prepare_batch` with the store's site memory, and the memory each outlet was cleaned with."""
        used: dict[str, frozenset[str]] = {}

        def memory(outlet: str | None) -> frozenset[str]:
            if outlet not in used:
                used[outlet] = self.store.boilerplate_lines(outlet)
            return used[outlet]

        return self.pipeline.prepare_batch(raw, memory), used

    def read(self, documents: list[Document]) -> list[Reading | Skip]:
        return self.pipeline.read_or_skip(documents)


@dataclass
class _Task:
    """A batch in flight: its input, the actor running it and the result to come."""

    method: str  # "prepare" or "read"
    payload: list
    actor: Any = None  # its id
    ref: Any = None


@dataclass
class RayExecutor:
    """Prepare and read on a Ray cluster; de-duplicate and write here, in input order.

    `address`: None starts a Ray instance on this machine; "auto" joins the cluster started here
    with `ray start`; "ray://head:10001" connects through Ray Client. `workers`: actors to start
    (one CPU each), by default one per CPU of the cluster."""

    address: str | None = None
    workers: int | None = None
    in_flight: int = 2  # batches per actor kept waiting, so no actor idles between batches
    recleaned: int = field(default=0, init=False)  # batches cleaned again with one process's site memory
    lost: int = field(default=0, init=False)  # workers that died during the run
    _live: dict = field(default_factory=dict, init=False, repr=False)  # actor id → handle
    _load: Counter = field(default_factory=Counter, init=False, repr=False)  # actor id → batches waiting

    def run(self, pipeline: Pipeline, batches: Iterator[list[RawDocument]], ingestion: _Ingestion) -> None:
        ray = ray_module()
        from ray import cloudpickle as ray_pickle

        store = ingestion.store
        if store.engine.dialect.name == "sqlite" and store.engine.url.database in (None, "", ":memory:"):
            raise ValueError("--engine ray needs a database its workers can open: a SQLite file or PostgreSQL")
        started = not ray.is_initialized()
        if started:
            options: dict[str, Any] = {"logging_level": logging.WARNING, "log_to_driver": False}
            if self.address is None:
                options.update(include_dashboard=False, num_cpus=self.workers)
            ray.init(address=self.address, **options)
        try:
            count = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
            remote = ray.remote(num_cpus=1)(StageWorker)
            shipped = ray.put(ray_pickle.dumps(pipeline))  # one copy in the object store, one load per actor
            actors = [remote.remote(shipped, store.url) for _ in range(count)]
            self._live = {actor._actor_id: actor for actor in actors}
            self._load = Counter()
            self._drive(ray, pipeline, batches, ingestion, store, window=self.in_flight * count)
        finally:
            for actor in self._live.values():
                ray.kill(actor)
            self._live = {}
            if started:
                ray.shutdown()

    def _drive(self, ray: Any, pipeline: Pipeline, batches: Iterator[list[RawDocument]], ingestion: _Ingestion,
               store: Store, window: int) -> None:
        preparing: deque[_Task] = deque()
        reading: deque[_Task] = deque()

        def advance() -> None:
            # Oldest first, as the local pool does: documents are de-duplicated and written in order.
            if reading and (not preparing or reading[0].ref is None or ray.wait([reading[0].ref], timeout=0)[0]):
                task = reading.popleft()
                ingestion.write(self._result(ray, task) if task.ref is not None else [])
                return
            task = preparing.popleft()
            prepared, used = self._result(ray, task)
            # Every earlier batch is de-duplicated now, so the store holds the site memory one
            # process would have cleaned this batch with; a batch cleaned with other lines is
            # cleaned again with those.
            if any(store.boilerplate_lines(outlet) != lines for outlet, lines in used.items()):
                prepared = pipeline.prepare_batch(task.payload, store.boilerplate_lines)
                self.recleaned += 1
            fresh = ingestion.deduplicate(prepared)
            # A batch with nothing to read still has its turn to write: its copies are linked then.
            reading.append(self._submit(_Task("read", fresh)) if fresh else _Task("read", []))

        for raw in batches:
            preparing.append(self._submit(_Task("prepare", raw)))
            while len(preparing) + len(reading) > window:
                advance()
        while preparing or reading:
            advance()

    def _submit(self, task: _Task) -> _Task:
        """Send `task` to the live actor with the fewest batches waiting."""
        if not self._live:
            raise WorkersLost("every Ray worker died (node lost?); documents written so far are stored "
                              "once; run the same ingest again to add the rest")
        task.actor = min(self._live, key=lambda actor: self._load[actor])
        self._load[task.actor] += 1
        task.ref = getattr(self._live[task.actor], task.method).remote(task.payload)
        return task

    def _result(self, ray: Any, task: _Task) -> Any:
        """The task's result; if its actor died, the batch runs again on another one."""
        while True:
            try:
                result = ray.get(task.ref)
                self._load[task.actor] -= 1
                return result
            except (ray.exceptions.RayActorError, ray.exceptions.ObjectLostError) as error:
                # The actor died, or its node did with the result on it.
                if self._live.pop(task.actor, None) is not None:
                    self.lost += 1
                    log.warning("a Ray worker died (%s); %d left, its batches go to them",
                                type(error).__name__, len(self._live))
                self._submit(task)


__all__ = ["RayExecutor", "StageWorker", "WorkersLost"]
