#!/usr/bin/env python3
"""The REST API under load: requests per second and latency percentiles at a fixed concurrency
over a 1,000-article store, for the endpoints whose cost used to grow with the store
(`/api/actors/{id}`, `/api/clusters`) beside an ordinary event page.

The store is built once (the first N articles of the article-bias-prediction corpus, read from
../shared/data) and kept in bench/.cache/ for later runs. The server is `newsevents serve` on
127.0.0.1 in its own process; load is bounded by a request count and a time limit.

    python bench/api_load.py [--articles 1000] [--concurrency 20] [--requests 1200] [--seconds 120]
                             [--source PATH/TO/OTHER/src]   # serve another checkout's code ("before")
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
ABP = REPO.parent / "shared" / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
CACHE = REPO / "bench" / ".cache"
NEWSEVENTS = Path(sys.executable).with_name("newsevents")


def build_store(articles: int) -> Path:
    """A store holding the first `articles` articles, made once (a few minutes) and reused."""
    path = CACHE / f"api-load-{articles}.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    corpus = CACHE / f"abp-{articles}.jsonl"
    with ABP.open(encoding="utf-8") as source:
        corpus.write_text("".join(line for _, line in zip(range(articles), source)), encoding="utf-8")
    building = path.with_suffix(".building.db")
    building.unlink(missing_ok=True)
    print(f"building the store from {articles} articles (once) …", flush=True)
    subprocess.run([str(NEWSEVENTS), "ingest", str(corpus), "--db", f"sqlite:///{building}", "--workers", "2"],
                   check=True, stdout=subprocess.DEVNULL)
    building.rename(path)
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(store: Path, port: int, source: str | None) -> subprocess.Popen:
    environment = dict(os.environ)
    if source:  # the other checkout's package first on the path: its API over the same store
        environment["PYTHONPATH"] = source
    return subprocess.Popen([sys.executable, "-m", "newsevents.cli", "serve", "--db", f"sqlite:///{store}",
                             "--port", str(port)], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)


def requests_to_make(store: Path, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, path) pairs, a third of each kind, in a fixed random order."""
    with sqlite3.connect(store) as connection:
        actor_ids = [row[0] for row in connection.execute("SELECT id FROM actors")]
    rng = random.Random(seed)
    made = []
    for number in range(count):
        kind = ("actor", "clusters", "events")[number % 3]
        path = {"actor": lambda: f"/api/actors/{rng.choice(actor_ids)}",
                "clusters": lambda: "/api/clusters?limit=50",
                "events": lambda: "/api/events?limit=50"}[kind]()
        made.append((kind, path))
    rng.shuffle(made)
    return made


async def load(base: str, plan: list[tuple[str, str]], concurrency: int, seconds: float) -> tuple[dict, float, int]:
    latencies: dict[str, list[float]] = {}
    failures = 0
    queue = list(reversed(plan))
    deadline = time.monotonic() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal failures
        while queue and time.monotonic() < deadline:
            kind, path = queue.pop()
            started = time.perf_counter()
            answer = await client.get(path)
            latencies.setdefault(kind, []).append(time.perf_counter() - started)
            failures += answer.status_code != 200

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return latencies, elapsed, failures


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--requests", type=int, default=1200)
    parser.add_argument("--seconds", type=float, default=120, help="stop sending after this long, whatever is left")
    parser.add_argument("--source", help="serve the package under this src/ folder instead (e.g. main's, for 'before')")
    options = parser.parse_args()
    if not ABP.exists():
        sys.exit(f"the news corpus is not at {ABP}")

    store = build_store(options.articles)
    with sqlite3.connect(store) as connection:
        counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "actors", "events", "clusters")}
    port = free_port()
    server = serve(store, port, options.source)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # the server starts (bounded wait)
            try:
                if httpx.get(f"{base}/api/summary", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        plan = requests_to_make(store, options.requests)
        latencies, elapsed, failures = asyncio.run(load(base, plan, options.concurrency, options.seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)

    done = sum(len(v) for v in latencies.values())
    everything = [x for v in latencies.values() for x in v]
    print(f"store: {counts['documents']:,} documents, {counts['actors']:,} actors, {counts['events']:,} events, "
          f"{counts['clusters']:,} clusters; server: {options.source or 'this checkout'}")
    print(f"concurrency {options.concurrency}: {done:,} requests in {elapsed:.1f} s = {done / elapsed:.1f} requests/s; "
          f"non-200: {failures}")
    print(f"{'endpoint':<22} {'requests':>8} {'p50 ms':>8} {'p99 ms':>9}")
    for kind in ("actor", "clusters", "events"):
        values = latencies.get(kind, [])
        if values:
            print(f"{kind:<22} {len(values):>8} {statistics.median(values) * 1000:>8.0f} {percentile(values, 0.99) * 1000:>9.0f}")
    print(f"{'all':<22} {len(everything):>8} {statistics.median(everything) * 1000:>8.0f} "
          f"{percentile(everything, 0.99) * 1000:>9.0f}")


if __name__ == "__main__":
    main()
