#!/usr/bin/env python3
"""Main-content extraction on the Zyte article-extraction benchmark, scored by its own method.

Two inputs, four rows, one run:

- HTML: plain trafilatura (called exactly as the benchmark calls it) beside newsevents' HTML
  extractor.
- Text-only: every page rendered to its whole text, one block per line, with no main-content
  selection (what a scraper that keeps the boilerplate gives us, like the seed); jusText on those
  same lines beside newsevents' text cleaner.

Scoring follows the benchmark's README: `\\w+` tokens, 4-token shingles as multisets, per-page
TP/FP/FN normalised to sum to 1, precision and recall averaged over pages, F1 from the two means,
exact-match accuracy on token lists; ± is 1.96 bootstrap standard deviations over pages.

    python bench/extraction.py [--data ../shared/data/zyte-article-benchmark] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "zyte-article-benchmark"
TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4

# Elements that start a new line when a page is flattened to text.
BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "title", "button",
    "option", "select", "label",
)
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object")


# ---- the benchmark's metric ---------------------------------------------------------------

def tokens(text: str | None) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(text: str | None) -> Counter:
    words = tokens(text)
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)) if words[i:i + SHINGLE])


def page_counts(true: str, predicted: str) -> tuple[float, float, float]:
    """TP, FP, FN over shingle multisets, normalised to sum to 1."""
    gold, guess = shingles(true), shingles(predicted)
    tp = sum((gold & guess).values())
    fp = sum((guess - gold).values())
    fn = sum((gold - guess).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summarise(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    # Pages with nothing predicted have no precision; pages with nothing true have no recall.
    precision = statistics.mean([page_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([page_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def bootstrap_spread(counts: list[tuple[float, float, float]], rounds: int, seed: int = 0) -> dict[str, float]:
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {}
    for _ in range(rounds):
        drawn = [counts[rng.randrange(len(counts))] for _ in counts]
        for key, value in summarise(drawn).items():
            samples.setdefault(key, []).append(value)
    return {key: 1.96 * statistics.stdev(values) for key, values in samples.items()}


# ---- inputs ---------------------------------------------------------------------------------

@dataclass
class Page:
    id: str
    html: str
    truth: str
    lines: str = ""  # the whole page as text, one block per line


def page_text_lines(html: str) -> str:
    """The whole visible text of a page, one block element per line, nothing selected away."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in tree.xpath("//head | " + " | ".join(f"//{tag}" for tag in INVISIBLE_TAGS)):
        element.drop_tree()
    for element in tree.iter(*BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def load_pages(data: Path, limit: int | None) -> list[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        with gzip.open(data / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8", errors="replace") as handle:
            html = handle.read()
        pages.append(Page(page_id, html, truth[page_id].get("articleBody", "")))
    for page in pages:
        page.lines = page_text_lines(page.html)
    return pages


# ---- extractors ---------------------------------------------------------------------------

def plain_trafilatura(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page.html, include_comments=False) or ""


def newsevents_html(page: Page) -> str:
    from newsevents.clean.html import extract_html

    return "\n".join(extract_html(page.html).paragraphs)


def justext_lines(page: Page) -> str:
    import justext

    # jusText reads HTML: give it the same lines as paragraphs.
    escaped = (line.replace("&", "&amp;").replace("<", "&lt;") for line in page.lines.split("\n"))
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in escaped) + "</body></html>"
    kept = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    return "\n".join(p.text for p in kept if not p.is_boilerplate)


def newsevents_text(page: Page) -> str:
    from newsevents.clean.text import extract_text

    return "\n".join(extract_text(page.lines).paragraphs)


ROWS: list[tuple[str, str, Callable[[Page], str]]] = [
    ("html", "trafilatura", plain_trafilatura),
    ("html", "newsevents", newsevents_html),
    ("text", "jusText", justext_lines),
    ("text", "newsevents", newsevents_text),
]


def score(pages: list[Page], extractor: Callable[[Page], str], rounds: int) -> dict[str, float]:
    extractor(pages[0])  # import and warm up outside the clock
    started = time.perf_counter()
    predictions = [extractor(page) for page in pages]
    elapsed = time.perf_counter() - started
    counts = [page_counts(page.truth, guess) for page, guess in zip(pages, predictions)]
    result = summarise(counts)
    result.update({f"{k}_pm": v for k, v in bootstrap_spread(counts, rounds).items()})
    result["accuracy"] = sum(tokens(p.truth) == tokens(g) for p, g in zip(pages, predictions)) / len(pages)
    result["pages_per_s"] = len(pages) / elapsed if elapsed else float("inf")
    result["per_page_f1"] = [  # for --worst: the pages that cost the most
        (page.id, 2 * page_precision(*c) * page_recall(*c) / ((page_precision(*c) + page_recall(*c)) or 1))
        for page, c in zip(pages, counts)
    ]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with ground-truth.json and html/")
    parser.add_argument("--limit", type=int, help="score only the first N pages (by id)")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap rounds for the ± figures")
    parser.add_argument("--only", choices=["html", "text"], help="score one input kind")
    parser.add_argument("--worst", type=int, default=0, help="also list the N lowest-F1 pages per row")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").exists():
        print(f"Zyte benchmark not found at {args.data}; pass --data DIR (see ../shared/data/README.md).")
        return 2
    pages = load_pages(args.data, args.limit)
    print(f"Zyte article-extraction benchmark: {len(pages)} pages, 4-token shingles, ± = 1.96 bootstrap sd")
    print(f"{'input':<6}{'extractor':<13}{'precision':>17}{'recall':>17}{'F1':>17}{'exact':>8}{'pages/s':>9}")
    for kind, name, extractor in ROWS:
        if args.only and kind != args.only:
            continue
        r = score(pages, extractor, args.bootstrap)
        print(
            f"{kind:<6}{name:<13}"
            f"{r['precision']:>9.3f} ± {r['precision_pm']:.3f}"
            f"{r['recall']:>9.3f} ± {r['recall_pm']:.3f}"
            f"{r['f1']:>9.3f} ± {r['f1_pm']:.3f}"
            f"{r['accuracy']:>8.3f}{r['pages_per_s']:>9.1f}",
            flush=True,
        )
        for page_id, f1 in sorted(r["per_page_f1"], key=lambda item: item[1])[: args.worst]:
            print(f"    {f1:.3f} {page_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
