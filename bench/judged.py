"""The judged precision draws (`bench/data/precision_sample_seed*.jsonl`): reading them, and finding
each judged event among what the current coder makes of its sentence now.

Each draw's articles are coded again with the current built-in coder (as `newsevents ingest`
reads a corpus line); a judged event is "still made" when an event of its sentence has the same
trigger word and CAMEO code. Used by `precision_paths.py` and `precision_changes.py`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from events import code_article, events_in_span, locate, read_articles  # bench/events.py

SAMPLES = sorted((Path(__file__).resolve().parent / "data").glob("precision_sample_seed*.jsonl"))
ASPECTS = ("source", "target", "code", "modality")


@dataclass
class Recoded:
    row: dict  # the judged line: sentence, trigger, cameo, source, target, modality, judged
    sentence_events: list  # the current coder's events in the judged sentence
    same: list  # those with the judged trigger word and code: the judged event, still made

    @property
    def fully_right(self) -> bool:
        return all(self.row["judged"][aspect] for aspect in ASPECTS)


def read_judged(paths: list[Path]) -> list[dict]:
    """The judged lines of these draws (lines not judged yet are left out)."""
    rows = (json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return [row for row in rows if row.get("judged")]


def trigger_word(text: str) -> str:
    """The word a trigger ends on ("conducts … attacks" → "attacks"), lower-cased."""
    return text.split(" … ")[-1].lower()


def recode(rows: list[dict], pipeline) -> tuple[list[Recoded], int]:
    """Each judged line with the current events of its sentence; and how many articles were coded."""
    raws = read_articles({row["article_id"] for row in rows})
    articles: dict = {}
    recoded = []
    for row in rows:
        if row["article_id"] not in articles:
            raw = raws.get(row["article_id"])
            articles[row["article_id"]] = code_article(pipeline, raw) if raw is not None else None
        article = articles[row["article_id"]]
        span = locate(row["sentence"], article.body) if article is not None else None
        events = events_in_span(article.events, *span) if span else []
        word = trigger_word(row["trigger"])
        recoded.append(Recoded(row, events, [e for e in events if trigger_word(e.trigger) == word and e.cameo == row["cameo"]]))
    return recoded, sum(article is not None for article in articles.values())
