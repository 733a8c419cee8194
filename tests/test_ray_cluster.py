"""A real Ray cluster on this machine: a head and a second node started with `ray start`
(`--num-cpus 1` each), `newsevents ingest --engine ray` of news-corpus articles into PostgreSQL,
compared with one local process; then the second node killed mid-run.

Runs under `make test-postgres` (it needs the PostgreSQL server and Ray); skipped otherwise.
NEWSEVENTS_RAY_ARTICLES sets how many articles (default 300).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import SHARED, TEST_SERVER, assert_same_store, database_url, stored_result

from newsevents.store import Store

pytest.importorskip("ray", reason="Ray is not installed (pip install 'newsevents[ray]')")
pytestmark = pytest.mark.skipif(not TEST_SERVER, reason="the cluster writes to PostgreSQL: make test-postgres")

ARTICLES = int(os.environ.get("NEWSEVENTS_RAY_ARTICLES", "300"))
CORPUS = SHARED / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
BIN = Path(sys.executable).parent
MARK = "NEWSEVENTS_RAY_TEST"  # in the environment of every process of this test's cluster


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cluster_processes(mark: str) -> dict[int, str]:
    """pid → command line of every process carrying this cluster's mark (ours, and only ours)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if f"{MARK}={mark}".encode() in (entry / "environ").read_bytes().split(b"\0"):
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # gone, or not readable
            continue
    return found


def kill(pids) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@pytest.fixture(scope="module")
def cluster():
    if not CORPUS.exists():
        pytest.skip(f"news corpus not found at {CORPUS}")
    folder = tempfile.mkdtemp(prefix="nray", dir="/tmp")  # short: Ray's socket paths must fit 107 bytes
    # A loopback-only test cluster, so no token; a real one keeps Ray's token authentication.
    env = {**os.environ, MARK: folder, "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0"}
    port, node_port = free_port(), free_port()
    address = f"127.0.0.1:{port}"
    start = [str(BIN / "ray"), "start", "--num-cpus", "1", "--node-ip-address", "127.0.0.1", "--disable-usage-stats"]
    try:
        subprocess.run([*start, "--head", "--port", str(port), "--temp-dir", folder, "--include-dashboard", "false"],
                       env=env, check=True, capture_output=True, timeout=120)
        subprocess.run([*start, "--address", address, "--node-manager-port", str(node_port)],
                       env=env, check=True, capture_output=True, timeout=120)
        yield {"address": address, "env": env, "mark": folder, "node_port": node_port}
    finally:
        for _ in range(3):  # raylets restart nothing once killed, but workers may still be exiting
            kill(cluster_processes(folder))
            time.sleep(0.5)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    subset = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    with CORPUS.open(encoding="utf-8") as source:
        subset.write_text("".join(line for _, line in zip(range(ARTICLES), source)), encoding="utf-8")
    return subset


@pytest.fixture(scope="module")
def local_run(pipeline, articles, tmp_path_factory) -> dict:
    store = Store(database_url(tmp_path_factory.mktemp("local"), "local"))
    pipeline.run([str(articles)], store)
    result = stored_result(store)
    store.close()
    assert len(result["documents"]) > ARTICLES * 0.9 and len(result["events"]) > ARTICLES
    return result


def ingest_command(articles: Path, url: str, cluster: dict) -> list[str]:
    return [str(BIN / "newsevents"), "ingest", str(articles), "--db", url, "--engine", "ray",
            "--address", cluster["address"]]


def test_two_nodes_store_what_one_local_process_stores(cluster, articles, local_run, tmp_path):
    url = database_url(tmp_path, "cluster")
    done = subprocess.run(ingest_command(articles, url, cluster), env=cluster["env"], capture_output=True,
                          text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    store = Store(url)
    result = stored_result(store)
    assert_same_store(local_run, result)
    store.close()


def test_a_node_killed_mid_run_loses_nothing_and_doubles_nothing(cluster, articles, local_run, tmp_path):
    url = database_url(tmp_path, "killed")
    store = Store(url)
    run = subprocess.Popen(ingest_command(articles, url, cluster), env=cluster["env"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        # Once a fifth of the articles are committed, the second node's raylet dies (as on a
        # machine lost), and with it the worker it ran.
        deadline = time.monotonic() + 900
        while store.counts()["documents"] < ARTICLES // 5:
            assert run.poll() is None, run.communicate()
            assert time.monotonic() < deadline, "the run stored nothing for 15 minutes"
            time.sleep(0.5)
        second_node = [pid for pid, command in cluster_processes(cluster["mark"]).items()
                       if "raylet" in command and f"--node_manager_port={cluster['node_port']}" in command]
        assert len(second_node) == 1, cluster_processes(cluster["mark"])
        kill(second_node)
        out, err = run.communicate(timeout=1200)
    finally:
        if run.poll() is None:
            run.kill()
    # The run completes on the node left: every document once, exactly what one process stores.
    assert run.returncode == 0, out[-3000:] + err[-3000:]
    assert re.search(r"ray workers lost \(their batches read again\)\W+1\b", out), out[-3000:]
    result = stored_result(store)
    assert_same_store(local_run, result)
    store.close()
