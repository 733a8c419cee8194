#!/usr/bin/env python3
"""Does a speed change change what is stored? Ingest a fixed set of inputs into a fresh store,
export every table as JSON (`newsevents export --format json`), and save it or compare it with a
saved export: documents, events, actors, mentions, attributions, clusters, places, skips.

The set: the first N news-corpus articles (plain text, the abp JSONL) and the first M Zyte
benchmark pages (HTML, so the extraction path is covered too). Times of day (ingested, seen) are
left out of the comparison, and columns the saved run's schema did not have yet are named, not
compared; everything else must be equal, row for row.

    python bench/same_output.py --save /tmp/before.json [--articles 100 --pages 30 --workers 1]
    python bench/same_output.py --compare /tmp/before.json

Exit status 0 when equal (or saved), 1 with the first differences printed when not.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
ABP = DATA / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
ZYTE = DATA / "zyte-article-benchmark" / "html"
CLOCK_FIELDS = frozenset({"ingested_at", "seen_at", "at"})  # when it ran, not what it read


def stored_tables(articles: int, pages: int, workers: int | None) -> dict[str, Any]:
    from newsevents.export import export
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store

    with tempfile.TemporaryDirectory() as folder:
        subset = Path(folder) / "articles.jsonl"
        with ABP.open(encoding="utf-8") as source:
            subset.write_text("".join(line for _, line in zip(range(articles), source)), encoding="utf-8")
        inputs = [str(subset), *map(str, sorted(ZYTE.glob("*.html.gz"))[:pages])]
        store = Store(f"sqlite:///{folder}/same.db")
        options = {} if workers is None else {"workers": workers}
        Pipeline().run(inputs, store, **options)
        tables = json.loads(export(store, "json"))
        store.close()
    return _without_clock(tables)


def _without_clock(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_clock(v) for k, v in value.items() if k not in CLOCK_FIELDS}
    if isinstance(value, list):
        return [_without_clock(v) for v in value]
    return value


def new_columns(before: dict[str, Any], after: dict[str, Any]) -> dict[str, set[str]]:
    """Columns a table has now that the saved run's rows had none of (a newer schema)."""
    def columns(rows: Any) -> set[str]:
        return {key for row in rows for key in row} if isinstance(rows, list) and all(isinstance(r, dict) for r in rows) else set()

    return {table: extra for table in after if (extra := columns(after[table]) - columns(before.get(table)))
            and before.get(table)}


def differences(before: dict[str, Any], after: dict[str, Any], limit: int = 10) -> list[str]:
    found = []
    added = new_columns(before, after)
    after = {table: [{k: v for k, v in row.items() if k not in added[table]} for row in rows] if table in added else rows
             for table, rows in after.items()}
    for table in sorted(set(before) | set(after)):
        old, new = before.get(table), after.get(table)
        if old == new:
            continue
        if isinstance(old, list) and isinstance(new, list):
            found.append(f"{table}: {len(old)} rows before, {len(new)} after")
            for i, (a, b) in enumerate(zip(old, new)):
                if a != b and len(found) < limit:
                    keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k)) if isinstance(a, dict) else []
                    found.append(f"  row {i}: " + "; ".join(f"{k}: {a.get(k)!r} -> {b.get(k)!r}"[:300] for k in keys))
        else:
            found.append(f"{table}: differs")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write this run's tables here")
    action.add_argument("--compare", type=Path, help="compare this run's tables with a saved run's")
    parser.add_argument("--articles", type=int, default=100, help="news-corpus articles (first N)")
    parser.add_argument("--pages", type=int, default=30, help="Zyte HTML pages (first M)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: the pipeline's)")
    args = parser.parse_args()
    if not ABP.exists() or not ZYTE.exists():
        print(f"skipped: data not found under {DATA} (see ../shared/data/README.md)")
        return 0
    tables = stored_tables(args.articles, args.pages, args.workers)
    rows = ", ".join(f"{len(v)} {k}" for k, v in tables.items() if isinstance(v, list))
    if args.save:
        args.save.write_text(json.dumps(tables, sort_keys=True), encoding="utf-8")
        print(f"saved: {rows}")
        return 0
    saved = json.loads(args.compare.read_text(encoding="utf-8"))
    found = differences(saved, tables)
    print(f"compared: {rows}")
    for table, columns in new_columns(saved, tables).items():
        print(f"not compared (new columns): {', '.join(f'{table}.{c}' for c in sorted(columns))}")
    print("identical" if not found else "DIFFERENT:\n" + "\n".join(found))
    return 0 if not found else 1


if __name__ == "__main__":
    sys.exit(main())
