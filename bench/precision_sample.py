#!/usr/bin/env python3
"""Precision on real news: a random sample of non-statement events, judged by hand.

`--draw` reads N articles of the article-bias-prediction corpus (../shared/data/news-corpus, a
reproducible random choice), codes them with the default pipeline as `newsevents ingest` does
(cleaned), draws K events whose CAMEO root is not 01 (statements) at random (fixed seed) and
writes them, unjudged, to `bench/data/precision_sample.jsonl`. A person then judges each line against its sentence and
fills `judged`: `source`, `target`, `code`, `modality` (true/false each) and a `note`; an event is
fully right when all four are. Without `--draw` the script prints the share of the judged file.

    python bench/precision_sample.py --draw [--articles 500] [--events 50] [--seed 12] [--sample FILE]
    python bench/precision_sample.py [--sample FILE]

Each draw is a new test only once: a sample studied to fix errors is development data after that,
so keep it under its own name (`precision_sample_seed12.jsonl`) and draw the next held-out one
with a new seed into a new file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPO = Path(__file__).resolve().parent.parent
ABP = REPO.parent / "shared" / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
SAMPLE = REPO / "bench" / "data" / "precision_sample.jsonl"
ASPECTS = ("source", "target", "code", "modality")


def _actor(actor) -> dict | None:
    return None if actor is None else {"name": actor.name, "code": actor.code}


def draw(articles: int, events: int, seed: int, sample: Path) -> None:
    from events import code_article, read_articles  # bench/events.py

    from newsevents.pipeline import Pipeline

    rows = [json.loads(line) for line in ABP.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = random.Random(seed).sample(rows, articles)
    raws = read_articles({row["id"] for row in chosen}, ABP)
    pipeline = Pipeline()
    pool = []
    for row in chosen:
        # Read as `newsevents ingest` reads the line (cleaned: share bars and photo credits go), the
        # same reading precision_changes recodes; seeds up to 71 were drawn from the uncleaned text.
        for event in code_article(pipeline, raws[row["id"]]).events:
            if event.root != "01":
                pool.append((row, event))
    print(f"{len(chosen)} articles, {len(pool)} non-statement events")
    picked = random.Random(seed).sample(pool, min(events, len(pool)))
    with sample.open("w", encoding="utf-8") as out:
        for row, event in picked:
            record = {
                "article_id": row["id"], "outlet": row.get("outlet"), "sentence": event.sentence,
                "trigger": event.trigger, "cameo": event.cameo, "source": _actor(event.source),
                "target": _actor(event.target), "modality": event.modality,
                "attribution": event.attribution.speaker.name if event.attribution and event.attribution.speaker else None,
                "judged": None,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(picked)} events to {sample}: judge them by hand")


def score(sample: Path) -> None:
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [r for r in rows if r.get("judged")]
    if not judged:
        print(f"{sample}: no judged events yet")
        return
    right = sum(all(r["judged"][a] for a in ASPECTS) for r in judged)
    print(f"{len(judged)} judged non-statement events from real news: fully right {right}/{len(judged)} "
          f"= {right / len(judged):.2f}")
    for aspect in ASPECTS:
        good = sum(bool(r["judged"][aspect]) for r in judged)
        print(f"  {aspect:<9} right {good}/{len(judged)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", action="store_true", help="ingest --articles random news-corpus articles and write --events random non-statement events, unjudged, to --sample")
    parser.add_argument("--articles", type=int, default=500, help="articles to ingest for a draw (default 500)")
    parser.add_argument("--events", type=int, default=50, help="events to draw (default 50)")
    parser.add_argument("--seed", type=int, default=12, help="random seed of the draw; a new held-out draw needs a seed not used before (default 12)")
    parser.add_argument("--sample", type=Path, default=SAMPLE, help=f"the sample file (default {SAMPLE.relative_to(REPO)})")
    args = parser.parse_args()
    if args.draw:
        if args.sample.exists():
            parser.error(f"{args.sample} exists: a judged sample is never overwritten; give a new --sample FILE")
        draw(args.articles, args.events, args.seed, args.sample)
    else:
        score(args.sample)


if __name__ == "__main__":
    main()
