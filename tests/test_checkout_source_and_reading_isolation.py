"""One document's reading never changes another's, and the suite tests the checkout it runs from.

A full-suite run once gave a list-after-"on" sentence no target with the shared session pipeline;
that run had imported another checkout's source (an editable install's), from before the rule.
Sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO
from helpers import coded

LIST_AFTER_ON = "Residents applauded the mayor's attacks on the budget, House Democrats and the unions."
OTHERS = [
    "Israeli troops raided a village near Nablus on Tuesday and arrested three men, the army said.",
    "The foreign minister of Japan met his South Korean counterpart in Seoul to discuss North Korea.",
    "Protesters in Caracas demanded that President Maduro resign.\n\nRussia accused Ukraine of shelling a nuclear plant.",
    "“We will not back down,” the governor said after Senate Republicans rejected the budget.",
]


def _source_dir(path: str) -> Path:
    return Path(path).resolve().parent.parent


def test_the_suite_imports_this_checkouts_source() -> None:
    import newsevents

    assert _source_dir(newsevents.__file__) == (REPO / "src").resolve()


def test_a_child_process_imports_this_checkouts_source() -> None:
    printed = subprocess.run([sys.executable, "-c", "import newsevents; print(newsevents.__file__)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert _source_dir(printed) == (REPO / "src").resolve()


def test_reading_other_documents_first_leaves_a_reading_as_read_fresh(pipeline) -> None:
    from newsevents.pipeline import Pipeline

    fresh = Pipeline()
    first = fresh.read_text(LIST_AFTER_ON, clean=False)
    assert ("111", "USAGOV", "USALEG") in coded(first)
    others = [fresh.read_text(text, clean=False) for text in OTHERS]
    assert repr(fresh.read_text(LIST_AFTER_ON, clean=False)) == repr(first)
    # the session pipeline, which has read whatever the tests before this one gave it
    assert repr(pipeline.read_text(LIST_AFTER_ON, clean=False)) == repr(first)
    assert [repr(pipeline.read_text(text, clean=False)) for text in OTHERS] == [repr(r) for r in others]
