"""Main-content selection for text scraped from a page with its boilerplate left in.

Each line gets a prose score (long, punctuated, not a call to action, not repeated); the body is
the highest-scoring run of lines (maximum subarray), so short headings inside it survive while
footers, bios and menus after it fall away. The title is the headline-like line before the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
BULLET = re.compile(r"^\s*([•·▪●◦‣∙*\-–—]|\d+[.)])\s+")
CALL_TO_ACTION = re.compile(
    r"\b(click here|read more|subscribe|sign up|newsletter|log ?in|cookies?|advertisement|"
    r"all rights reserved|follow us|share this|about the (writer|author)|comment on|"
    r"download (our|the) app|terms of (use|service)|privacy policy|related (stories|articles)|"
    r"ad-free|delivered to your door|most popular|recommended for you)\b|©",
    re.IGNORECASE,
)
STOP_WORDS = frozenset(
    "the a an of to in and or for on with at by from as is are was were be been has have had "
    "that this which who will would it its their his her he she they we not but".split()
)


@dataclass
class TextExtraction:
    title: str | None
    paragraphs: list[str]


def line_score(line: str, repeated: bool) -> float:
    """Positive for article prose, negative for boilerplate; magnitude is confidence."""
    words = line.split()
    if repeated:
        return -3.0
    if CALL_TO_ACTION.search(line):
        return -3.0
    if BULLET.match(line):
        return -2.0
    stop_share = sum(w.lower().strip(",.;:\"'") in STOP_WORDS for w in words) / max(len(words), 1)
    if len(words) >= 8 and SENTENCE_END.search(line) and stop_share >= 0.15:
        return min(len(words), 80) / 10
    if len(words) <= 8:
        return -1.0
    return -0.5 if not SENTENCE_END.search(line) else 0.5


def best_run(scores: list[float]) -> tuple[int, int]:
    """Indexes [start, end) of the contiguous run with the largest total score (Kadane)."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def looks_like_title(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 30 and not BULLET.match(line) and not CALL_TO_ACTION.search(line)


def extract_text(text: str) -> TextExtraction:
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return TextExtraction(None, [])
    counts = Counter(lines)
    scores = [line_score(line, counts[line] > 1) for line in lines]
    start, end = best_run(scores)
    if end <= start or max(scores[start:end]) <= 0:
        return TextExtraction(None, [])
    body = lines[start:end]
    # Trim weak edges: a run may start or end on a heading-like line.
    while body and scores[start] < 0:
        body, start = body[1:], start + 1
    while body and scores[start + len(body) - 1] < 0:
        body = body[:-1]
    title = next((lines[i] for i in range(start - 1, -1, -1) if looks_like_title(lines[i]) and counts[lines[i]] == 1), None)
    return TextExtraction(title, body)
