"""kill -9, as the OOM killer or a power cut does it: of the whole run, then a re-run; of one
worker process, which the run must survive. Either way the store ends exactly as one clean,
uninterrupted run leaves it. (Checked ten times in a row by hand: docs/reliability.md.)"""

from __future__ import annotations

import os
import signal

from .runs import children, finish, newsevents, snapshot, stored_documents, wait_until


def test_kill_9_of_the_whole_run_then_a_rerun_equals_the_clean_run(tmp_path, news_articles, clean_news_run):
    db = tmp_path / "killed.db"
    url = f"sqlite:///{db}"
    run = newsevents("ingest", str(news_articles), "--db", url)
    wait_until(lambda: stored_documents(db) >= 1 or run.poll() is not None, what="the first stored document")
    assert run.poll() is None, "the run ended before it could be killed"
    os.killpg(run.pid, signal.SIGKILL)  # the run and anything it started
    run.wait()
    killed_at = stored_documents(db)

    code, output = finish(newsevents("ingest", str(news_articles), "--db", url))

    assert code == 0, output
    assert 0 < killed_at < len(clean_news_run["documents"])
    assert snapshot(db) == clean_news_run


def test_kill_9_of_one_worker_is_survived_and_the_result_equals_one_process(tmp_path, news_articles, clean_news_run):
    db = tmp_path / "worker.db"
    run = newsevents("ingest", str(news_articles), "--db", f"sqlite:///{db}", "--workers", "2", "-v")
    wait_until(lambda: stored_documents(db) >= 1 or run.poll() is not None, what="the first stored document")
    assert run.poll() is None, "the run ended before a worker could be killed"
    workers = children(run.pid)
    assert workers, "no worker processes found"
    os.kill(workers[0], signal.SIGKILL)

    code, output = finish(run)  # it must end (never hang) and succeed

    assert code == 0, output
    assert "worker process died" in output
    assert snapshot(db) == clean_news_run  # the dead worker's batch was read again, in order
