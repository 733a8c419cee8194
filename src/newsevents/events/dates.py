"""Event dates: resolve a date phrase against the publication date, keeping its precision.

"on Monday" in a future-tense clause is the next Monday, in a past one the last; "in 2013" is a
year, not a day. Without a publication date a relative phrase stays unresolved: never a guess.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsevents.lang.en.events import MONTH, MONTHS, RELATIVE_DAYS, WEEKDAYS
from newsevents.model import DatePrecision

DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {MONTH},? (\d{{4}})\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b{MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", re.I)
MONTH_DAY = re.compile(rf"\b{MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)? {MONTH}\b", re.I)
MONTH_YEAR = re.compile(rf"\b{MONTH},? (\d{{4}})\b", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name[:3]))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_date(phrase: str, published: date | None, future: bool) -> tuple[date | None, DatePrecision | None]:
    """(date, precision) for a date phrase, or (None, None) when it cannot be pinned down."""
    text = phrase.lower()
    if m := ISO.search(text):
        return _safe(*map(int, m.groups())), "day"
    if m := DAY_MONTH_YEAR.search(text):
        return _safe(int(m.group(3)), _month(m.group(2)), int(m.group(1))), "day"
    if m := MONTH_DAY_YEAR.search(text):
        return _safe(int(m.group(3)), _month(m.group(1)), int(m.group(2))), "day"
    if m := MONTH_YEAR.search(text):
        return _safe(int(m.group(2)), _month(m.group(1)), 1), "month"
    if m := YEAR.search(text):
        return date(int(m.group(1)), 1, 1), "year"
    if published is None:
        return None, None
    for word, days in RELATIVE_DAYS.items():  # "yesterday", "tomorrow", "today"
        if word in text:
            return published + timedelta(days=days), "day"
    for index, weekday in enumerate(WEEKDAYS):
        if weekday in text:
            delta = (index - published.weekday()) % 7
            if future:
                return published + timedelta(days=delta or 7), "day"
            # Wire style names the day even for the day of publication: "on Monday" in Monday's paper is today.
            return published - timedelta(days=(published.weekday() - index) % 7), "day"
    if m := MONTH_DAY.search(text):
        month = _month(m.group(1) or m.group(4))
        day = int(m.group(2) or m.group(3))
        return _safe(published.year, month, day), "day"
    return None, None
