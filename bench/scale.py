#!/usr/bin/env python3
"""Scale figures for docs/scale.md, one run each:

- writes: documents written per second into one store by 1, 2 and 4 concurrent writer processes
  (each its own connection), the readings made once beforehand from news-corpus articles and
  written under fresh ids, so only the store is timed: actors, places and clusters shared as in a
  real run;
- ray: wall time of the same ingest by one local process, the local pool (--workers 2) and the
  Ray executor (2 actors on a Ray instance started here), each in a fresh process, model loading
  and Ray start-up included (they are part of what a user waits for).

    python bench/scale.py writes --db postgresql://postgres@127.0.0.1:5432/postgres [--articles 100]
    python bench/scale.py ray [--articles 200]

`writes --db` takes a server URL (a new database is made on it per writer count) or `sqlite`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ABP = REPO.parent / "shared" / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"


def subset(folder: Path, articles: int) -> Path:
    path = folder / "articles.jsonl"
    with ABP.open(encoding="utf-8") as source:
        path.write_text("".join(line for _, line in zip(range(articles), source)), encoding="utf-8")
    return path


# ---- writes -----------------------------------------------------------------------------------

def fresh_store_url(server: str, folder: Path, name: str) -> str:
    if server == "sqlite":
        return f"sqlite:///{folder / name}.db"
    from sqlalchemy import create_engine, text

    from newsevents.store import engine_url

    database = f"bench_{name}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(engine_url(server), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    engine.dispose()
    return engine_url(server).set(database=database).render_as_string(hide_password=False)


_readings: list = []  # made once in the parent; forked writers inherit them


def bench_writes(server: str, articles: int, copies: int, writer_counts: list[int]) -> None:
    from newsevents.model import Reading
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store

    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Store(f"sqlite:///{folder}/scratch.db")
        # Readings made once, in memory: documents stand for themselves `copies` times, under new ids.
        from newsevents.ingest import read_paths

        raw = [r for r in read_paths([str(subset(Path(folder), articles))]) if not hasattr(r, "reason")]
        prepared = [p for p in pipeline.prepare_batch(raw, scratch.boilerplate_lines) if isinstance(p, tuple)]
        _readings.extend(r for r in pipeline.read([d for d, _ in prepared]) if isinstance(r, Reading))
        scratch.close()
        jobs = [(i, c) for c in range(copies) for i in range(len(_readings))]
        events = sum(len(_readings[i].events) for i, _ in jobs)
        print(f"store writes: {len(jobs)} documents ({len(_readings)} articles x {copies}), {events} events, "
              f"into {'SQLite' if server == 'sqlite' else 'PostgreSQL'}")
        print(f"{'writers':>8}{'documents/s':>13}{'events/s':>10}{'seconds':>9}{'store KiB/document':>20}")
        context = multiprocessing.get_context("fork")
        for writers in writer_counts:
            url = fresh_store_url(server, Path(folder), f"w{writers}")
            Store(url).close()  # tables made before the clock starts
            start = context.Event()
            processes = []
            for w in range(writers):
                processes.append(context.Process(target=_write_all, args=(url, jobs[w::writers], start)))
            for process in processes:
                process.start()
            time.sleep(2)  # every writer connected and waiting
            began = time.perf_counter()
            start.set()
            for process in processes:
                process.join()
            elapsed = time.perf_counter() - began
            if any(process.exitcode for process in processes):
                raise SystemExit(f"a writer failed with {writers} writers")
            check = Store(url)
            stored = check.counts()["documents"]
            size = store_bytes(check, url)
            check.close()
            assert stored == len(jobs), (stored, len(jobs))
            print(f"{writers:>8}{len(jobs) / elapsed:>13.1f}{events / elapsed:>10.0f}{elapsed:>9.2f}"
                  f"{size / stored / 1024:>20.1f}", flush=True)


def store_bytes(store, url: str) -> int:
    """The database's size on disk, indexes included."""
    from sqlalchemy import text

    if store.engine.dialect.name == "postgresql":
        with store.engine.connect() as connection:
            return connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    database = Path(store.engine.url.database)
    return sum(f.stat().st_size for f in database.parent.glob(database.name + "*"))


def _write_all(url: str, jobs: list[tuple[int, int]], start) -> None:
    from dataclasses import replace

    from newsevents.store import Store

    store = Store(url)
    start.wait()
    for index, copy in jobs:
        reading = _readings[index]
        document = replace(reading.document, id=f"{reading.document.id[:12]}{copy:04x}")
        store.write(replace(reading, document=document))
    store.close()


# ---- ray overhead -------------------------------------------------------------------------------

def bench_ray(articles: int) -> None:
    newsevents = str(Path(sys.executable).parent / "newsevents")
    with tempfile.TemporaryDirectory() as folder:
        corpus = subset(Path(folder), articles)
        runs = {"local, 1 process": [], "local, --workers 2": ["--workers", "2"],
                "ray, 2 actors": ["--engine", "ray", "--workers", "2"]}
        print(f"ingest of {articles} news-corpus articles, wall time including model load and start-up")
        print(f"{'engine':<22}{'seconds':>9}{'articles/s':>12}{'vs local pool':>15}")
        results = {}
        for name, options in runs.items():
            db = f"sqlite:///{folder}/{len(results)}.db"
            began = time.perf_counter()
            done = subprocess.run([newsevents, "ingest", str(corpus), "--db", db, *options], capture_output=True, text=True)
            results[name] = time.perf_counter() - began
            if done.returncode != 0:
                raise SystemExit(f"{name} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
        for name, seconds in results.items():
            print(f"{name:<22}{seconds:>9.1f}{articles / seconds:>12.2f}{seconds / results['local, --workers 2']:>14.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["writes", "ray"])
    parser.add_argument("--db", default="sqlite", help="writes: a PostgreSQL server URL, or sqlite")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--copies", type=int, default=4, help="writes: each article written this many times")
    parser.add_argument("--writers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    if not ABP.exists():
        print(f"skipped: {ABP} not found (see ../shared/data/README.md)")
        return 0
    if args.what == "writes":
        bench_writes(args.db, args.articles, args.copies, args.writers)
    else:
        bench_ray(args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
