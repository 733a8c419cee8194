#!/usr/bin/env python3
"""Sources of the judged real-news events, now: which judged sources the current coder changes.

Reads the judged precision draws (`bench/data/precision_sample_seed*.jsonl`), codes each draw's
articles again with the current built-in coder (as `bench/precision_paths.py` does), finds each
judged event among the current events of its sentence (same trigger word and CAMEO code) and
compares the source it has now with the source the judge saw:

    judged wrong, now other   a candidate fix (read the judge's note: the new one may be wrong too)
    judged right, now other   a candidate regression (a new form of the same name is no change)

`precision_paths.py` counts the judges' verdicts on the events still made, so a source put right
does not show there; this shows it. With --list, every changed source with the judge's note.

    python bench/precision_sources.py [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from events import code_article, events_in_span, locate, read_articles  # noqa: E402  (bench/events.py)

SAMPLES = sorted((REPO / "bench" / "data").glob("precision_sample_seed*.jsonl"))


def _trigger_word(text: str) -> str:
    return text.split(" … ")[-1].lower()


def _changed(judged: dict | None, now) -> bool:
    """Another actor: another code, or a name that shares no last word ("Trump", "Donald Trump" agree)."""
    if judged is None or now is None:
        return (judged is None) != (now is None)
    if (judged.get("code") or "") != now.code:
        return True
    return judged["name"].split()[-1:] != now.name.split()[-1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="print each changed source with the judge's note")
    args = parser.parse_args()

    from newsevents.pipeline import Pipeline

    rows = [json.loads(line) for path in SAMPLES for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if row.get("judged")]
    pipeline = Pipeline()
    raws = read_articles({row["article_id"] for row in rows})
    articles: dict = {}
    made = wrong = right = fixed = broken = 0
    for row in rows:
        if row["article_id"] not in articles:
            raw = raws.get(row["article_id"])
            articles[row["article_id"]] = code_article(pipeline, raw) if raw is not None else None
        article = articles[row["article_id"]]
        span = locate(row["sentence"], article.body) if article is not None else None
        events = events_in_span(article.events, *span) if span else []
        word = _trigger_word(row["trigger"])
        same = [e for e in events if _trigger_word(e.trigger) == word and e.cameo == row["cameo"]]
        if not same:
            continue
        made += 1
        ok = row["judged"]["source"]
        right += ok
        wrong += not ok
        now = same[0].source
        if not _changed(row["source"], now):
            continue
        fixed += not ok
        broken += ok
        if args.list:
            was = f"{row['source']['name']} {row['source']['code']}" if row["source"] else "none"
            print(f"[judged {'right' if ok else 'wrong'}] {row['trigger']} {row['cameo']}: {was} -> "
                  f"{f'{now.name} {now.code}' if now else 'none'}\n    {row['sentence'][:150]}\n    judge: {row['judged']['note'][:200]}")
    print(f"{len(rows)} judged events, {made} still made (same trigger and code)")
    print(f"  judged wrong source n={wrong:<4} now another source {fixed}")
    print(f"  judged right source n={right:<4} now another source {broken}")


if __name__ == "__main__":
    main()
