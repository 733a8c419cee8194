"""Two ingests at once on one new store: both succeed, whatever they race on (creating the
tables, checking and storing the same document), and the store ends as one run leaves it."""

from __future__ import annotations

from .runs import REPO, finish, newsevents, snapshot

EXAMPLES = REPO / "examples"


def test_two_ingests_of_the_same_input_at_once_on_a_new_store(tmp_path, pipeline):
    from newsevents.store import Store

    clean = tmp_path / "clean.db"
    pipeline.run([str(EXAMPLES)], Store(f"sqlite:///{clean}"))
    db = tmp_path / "shared.db"
    runs = [newsevents("ingest", str(EXAMPLES), "--db", f"sqlite:///{db}") for _ in range(2)]

    results = [finish(run) for run in runs]

    assert [code for code, _ in results] == [0, 0], results
    assert snapshot(db) == snapshot(clean)


def test_two_ingests_of_different_inputs_at_once_on_a_new_store(tmp_path):
    db = tmp_path / "shared.db"
    halves = [[str(EXAMPLES / "visit.html"), str(EXAMPLES / "wire.jsonl")],
              [str(EXAMPLES / "sanctions.txt"), str(EXAMPLES / "protests.html.gz")]]
    runs = [newsevents("ingest", *paths, "--db", f"sqlite:///{db}") for paths in halves]

    results = [finish(run) for run in runs]

    assert [code for code, _ in results] == [0, 0], results
    assert len(snapshot(db)["documents"]) >= 4


def test_a_store_opens_while_another_connection_creates_it(tmp_path):
    """A new file is in rollback mode until its first commit; while another connection holds
    its write lock, SQLite refuses the switch to WAL at once instead of waiting. Opening the
    store waits for that lock, as any writer does, rather than failing "database is locked"."""
    import sqlite3
    import threading

    from newsevents.store import Store

    db = tmp_path / "new.db"
    creator = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    creator.execute("BEGIN IMMEDIATE")
    creator.execute("CREATE TABLE first_run_busy (a)")
    release = threading.Timer(0.5, creator.execute, ["COMMIT"])
    release.start()

    store = Store(f"sqlite:///{db}")

    release.join()
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.close()
    creator.close()
