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

import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from newsevents.model import RawDocument
    from newsevents.pipeline import Pipeline, _Ingestion


CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")  # cgroup v2: "<quota> <period>" or "max <period>"


def usable_cores(cpu_max: Path = CGROUP_CPU_MAX) -> int:
    """The cores this process may run on: its CPU affinity (taskset, a container's cpuset), lowered
    to its cgroup's CPU quota where one is set (a container given 2 CPUs of a 64-core host)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    try:
        quota, period = cpu_max.read_text().split()[:2]
        if quota != "max":
            cores = min(cores, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError):  # no cgroup v2 limit here
        pass
    return max(1, cores)


class WorkersLost(RuntimeError):
    """Every worker of a run died before it ended (what was written stays written, once)."""


class Executor(Protocol):
    def run(self, pipeline: Pipeline, batches: Iterator[list[RawDocument]], ingestion: _Ingestion) -> None:
        """Prepare and read every batch, handing results to `ingestion` in input order."""


__all__ = ["Executor", "WorkersLost", "usable_cores"]
