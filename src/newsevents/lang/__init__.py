"""Language homes: the words and rules of one language, one package per language (`lang/en/`).

Stages import a language's lists from here instead of writing them beside their logic, so a
second language has one place to go: copy `lang/en/` to `lang/<code>/`, translate its data files
(plain word lists, one entry a line, with their source and licence in a '#' header) and its few
patterns, keeping the module and file names. The loaders below read any language's files.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources


def rows(package: str, table: str, width: int) -> Iterator[list[str]]:
    """The rows of `data/<table>.txt` in a language package ('#' lines are its header and
    comments), each cut at '|' into `width` cells, missing cells empty."""
    text = resources.files(package).joinpath(f"data/{table}.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) > width:
            raise ValueError(f"{table}: too many columns: {line!r}")
        yield cells + [""] * (width - len(cells))


def words(package: str, table: str) -> frozenset[str]:
    """A word list: one word or phrase a line."""
    return frozenset(word for (word,) in rows(package, table, 1))


def pairs(package: str, table: str) -> dict[str, str]:
    """A two-column table, in file order: word | what it stands for."""
    return {key: value for key, value in rows(package, table, 2)}
