"""Executors: where a run's stages run. The stages themselves (`Pipeline.prepare_batch`: clean →
language → MinHash; `Pipeline.read_or_skip`: nlp → actors → places → events → attributions) and
the ordered de-duplication and writing of a run are the same code whatever the executor:

- local (the default): this process, or a pool of worker processes (`workers=N`), in
  `Pipeline.run`;
- ray: actors on a Ray cluster, each holding one loaded pipeline (`RayExecutor` in
  `newsevents.executor.ray`; `pip install 'newsevents[ray]'`).

    pipeline.run(paths, store, executor=RayExecutor(address="auto"))
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from newsevents.model import RawDocument
    from newsevents.pipeline import Pipeline, _Ingestion


class WorkersLost(RuntimeError):
    """Every worker of a run died before it ended (what was written stays written, once)."""


class Executor(Protocol):
    def run(self, pipeline: Pipeline, batches: Iterator[list[RawDocument]], ingestion: _Ingestion) -> None:
        """Prepare and read every batch, handing results to `ingestion` in input order."""


__all__ = ["Executor", "WorkersLost"]
