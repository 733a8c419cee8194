"""Running `newsevents` as a user does, and reading what a run left in its store."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NEWSEVENTS = str(Path(sys.executable).with_name("newsevents"))
NEWS_CORPUS = REPO.parent / "shared" / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"


def newsevents(*args: str, **options) -> subprocess.Popen:
    """`newsevents ARGS` in its own process group (so kill -9 can take the whole run); its output
    goes to a file, which never fills up and blocks it as a pipe would."""
    output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    process = subprocess.Popen([NEWSEVENTS, *args], stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
                               **options)
    process.output = output  # type: ignore[attr-defined]
    return process


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str]:
    """Wait (bounded: a hang fails the test instead of the suite) and return exit code and output."""
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        pytest.fail(f"newsevents {process.args[1:]} still running after {timeout} s:\n{read_output(process)[-3000:]}")
    return process.returncode, read_output(process)


def read_output(process: subprocess.Popen) -> str:
    process.output.seek(0)  # type: ignore[attr-defined]
    return process.output.read()  # type: ignore[attr-defined]


def children(pid: int) -> list[int]:
    """The process ids of `pid`'s children (Linux /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.extend(int(child) for child in (task / "children").read_text().split())
    return found


def wait_until(condition: Callable[[], bool], timeout: float = 240, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def stored_documents(path: Path) -> int:
    """Documents committed so far (0 while the store is being made)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def snapshot(path: Path) -> dict[str, list]:
    """What a run leaves in a store, independent of row ids and timing: documents, their copies,
    events with their actors, and skips."""
    with sqlite3.connect(path) as connection:
        def rows(sql: str) -> list:
            return sorted(connection.execute(sql).fetchall())
        return {
            "documents": rows("SELECT id, origin, url, outlet, title, published, body FROM documents"),
            "copies": rows("SELECT document_id, origin, similarity FROM copies"),
            "events": rows("""SELECT e.document_id, e.start, e."end", e.trigger_start, e.cameo, e.modality, e.date,
                                     s.name, t.name FROM events e LEFT JOIN actors s ON s.id = e.source_id
                              LEFT JOIN actors t ON t.id = e.target_id"""),
            "mentions": rows('SELECT m.document_id, m.start, m."end", a.name FROM mentions m JOIN actors a ON a.id = m.actor_id'),
        }
