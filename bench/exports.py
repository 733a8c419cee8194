#!/usr/bin/env python3
"""Do the exports load whole? Export a store in every format and reload each file with pandas'
default readers (GDELT: the README's snippet, GDELT's column list), and DuckDB's `read_csv` when
it is installed; print rows written against rows read, and how full the GDELT date and place
columns are.

    python bench/exports.py --db sqlite:///news.db
    # or build the store first from the first N article-bias-prediction texts:
    python bench/exports.py --articles 1000

Prints one line per format: `format  written  read  ok`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"


def build(articles: int, folder: Path) -> str:
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} not found (../shared is absent); pass --db instead")
    lines = folder / "articles.jsonl"
    with CORPUS.open(encoding="utf-8") as source, lines.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= articles:
                break
            out.write(line)
    url = f"sqlite:///{folder / 'news.db'}"
    subprocess.run([sys.executable, "-m", "newsevents.cli", "ingest", str(lines), "--db", url], check=True,
                   stdout=subprocess.DEVNULL)
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the store to export (default: build one from --articles texts)")
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()

    import pandas

    from newsevents.export import GDELT_COLUMNS, write
    from newsevents.store import Store

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        store = Store(args.db or build(args.articles, folder))
        print(f"store: {store.counts()['documents']} documents, {store.counts()['events']} events")
        readers = {
            "csv": lambda p: pandas.read_csv(p),
            "gdelt": lambda p: pandas.read_csv(p, sep="\t", header=None, names=list(GDELT_COLUMNS),
                                               dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str}),
            "jsonl": lambda p: pandas.read_json(p, lines=True),
            "parquet": lambda p: pandas.read_parquet(p),
            "json": lambda p: pandas.DataFrame(json.loads(p.read_text(encoding="utf-8"))["events"]),
        }
        try:
            import duckdb
        except ImportError:
            duckdb = None
        print(f"{'format':8} {'written':>8} {'pandas':>8} {'duckdb':>8}  ok")
        for format, read in readers.items():
            path = folder / f"events.{format}"
            written = write(store, format, path)
            frame = read(path)
            ducked = None
            if duckdb is not None and format in ("csv", "gdelt"):
                ducked = duckdb.sql(f"select count(*) from read_csv('{path}', header={format == 'csv'})").fetchall()[0][0]
            ok = len(frame) == written and ducked in (None, written)
            print(f"{format:8} {written:8} {len(frame):8} {ducked if ducked is not None else '-':>8}  {'yes' if ok else 'NO'}")
            if format == "gdelt":
                gdelt = frame
            if format == "csv":
                print(f"         url filled in {frame['url'].notna().mean():.1%} of csv rows "
                      f"(the rest are texts without an address)")
        dated = gdelt["SQLDATE"].notna().mean()
        jan_first = (gdelt["SQLDATE"].dropna().astype(int) % 10000 == 101).mean()
        placed = (gdelt["ActionGeo_Type"] > 0).mean()
        print(f"gdelt: SQLDATE filled {dated:.1%}, of which on 1 January {jan_first:.1%}; ActionGeo filled {placed:.1%}")
        store.close()


if __name__ == "__main__":
    main()
