"""The API as an attacker meets it: the ingest endpoint through `newsevents serve` started as a
user starts it, the token and its scheme, a body cap enforced before authentication, Host
checks, range-checked integers and dates, and paged clusters and actors."""

from __future__ import annotations

import socket
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from .corpus import GOOD_TEXT, GOOD_URL
from .runs import REPO, newsevents, read_output, wait_until

TOKEN = "a-long-random-ingest-token-0123456789"


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory, pipeline):
    from newsevents.store import Store

    path = tmp_path_factory.mktemp("api") / "examples.db"
    store = Store(f"sqlite:///{path}")
    pipeline.run([str(REPO / "examples")], store)
    return store


@pytest.fixture(scope="module")
def client(examples_db, pipeline):
    from newsevents.api import create_app

    app = create_app(examples_db, ingest_token=TOKEN, pipeline=pipeline, max_body_bytes=10_000)
    return TestClient(app, raise_server_exceptions=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _raw_request(port: int, head: str) -> tuple[str, float]:
    """Send only a request's head (no body) and return the status line and the seconds it took."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(head.encode())
        answer = connection.recv(4096).decode("latin-1")
    return answer.split("\r\n", 1)[0], time.monotonic() - started


def test_ingest_through_newsevents_serve_as_a_user_starts_it(tmp_path):
    from newsevents.store import Store

    db = tmp_path / "served.db"
    Store(f"sqlite:///{db}").close()
    port = _free_port()
    server = newsevents("serve", "--db", f"sqlite:///{db}", "--port", str(port), "--ingest-token", TOKEN)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _answers(base) or server.poll() is not None, timeout=60, what="the server")
        assert server.poll() is None, read_output(server)
        article = {"text": GOOD_TEXT, "url": GOOD_URL, "outlet": "Reuters", "published": "2015-09-17"}

        posted = httpx.post(f"{base}/api/ingest", json={"documents": [article]},
                            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=180)
        no_scheme = httpx.post(f"{base}/api/ingest", json={"documents": [article]}, headers={"Authorization": TOKEN})
        one_byte = httpx.post(f"{base}/api/ingest", json={"documents": [article]}, headers={"Authorization": "Bearer x"})
        rebinding = httpx.get(f"{base}/api/summary", headers={"Host": "attacker.example"})
        # 400 MB announced and never sent: refused from the head alone, before any authentication.
        huge, seconds = _raw_request(port, f"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                                           "Content-Type: application/json\r\nContent-Length: 400000000\r\n\r\n")
    finally:
        server.kill()
        server.wait()

    assert posted.status_code == 200, posted.text
    assert posted.json()["stored"] == 1 and posted.json()["events"] > 0
    assert no_scheme.status_code == 401 and one_byte.status_code == 401
    assert rebinding.status_code == 400
    assert huge.split()[1] == "413" and seconds < 5


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/api/summary", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def test_an_empty_token_is_refused_at_start_up(tmp_path):
    from newsevents.api import create_app
    from newsevents.cli import app
    from newsevents.store import Store

    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    result = CliRunner().invoke(app, ["serve", "--db", store.url, "--ingest-token", ""])

    assert result.exit_code == 2 and "empty" in result.output
    with pytest.raises(ValueError, match="empty"):
        create_app(store, ingest_token="  ")


def test_a_body_over_the_cap_is_refused_even_when_streamed_without_a_length(client):
    def chunks():
        for _ in range(20):
            yield b"x" * 1000

    streamed = client.post("/api/ingest", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                    "Content-Type": "application/json"})
    announced = client.post("/api/ingest", content=b"x" * 20_000, headers={"Content-Type": "application/json"})

    assert streamed.status_code == 413 and "bytes" in streamed.json()["error"]
    assert announced.status_code == 413  # before the 401: the body is never read


@pytest.mark.parametrize("path", [
    "/api/actors/9223372036854775808", "/api/events/-9223372036854775809", "/api/events/0",
    "/api/events?actor_id=9223372036854775808", "/api/events?cluster=99999999999999999999",
    "/api/clusters?min_articles=9223372036854775808", "/api/events?until=0", "/api/documents?since=20150917",
    "/api/dyads/series?a=9223372036854775808&b=1&kind=actor", "/api/dyads/series?a=%C2%B2&b=1&kind=actor",
    "/api/events?cursor=eyJhZnRlciI6IDkyMjMzNzIwMzY4NTQ3NzU4MDh9",  # {"after": 2**63}
])
def test_out_of_range_numbers_and_non_iso_dates_are_400_not_500(client, path):
    answer = client.get(path)

    assert answer.status_code == 400, (path, answer.status_code, answer.text)
    assert answer.json()["error"]


def test_the_host_check_answers_only_the_names_served(examples_db):
    from newsevents.api import create_app

    guarded = TestClient(create_app(examples_db, allowed_hosts={"localhost", "127.0.0.1", "::1"}),
                         base_url="http://localhost:8000")

    assert guarded.get("/api/summary").status_code == 200
    assert guarded.get("/api/summary", headers={"Host": "[::1]:8000"}).status_code == 200
    assert guarded.get("/api/summary", headers={"Host": "attacker.example"}).status_code == 400
    assert guarded.get("/api/summary", headers={"Host": "localhost.attacker.example:8000"}).status_code == 400


def test_cluster_pages_hold_every_cluster_once_in_id_order(client, examples_db):
    everything = [c.to_json() for c in sorted(examples_db.clusters(), key=lambda c: c.id)]
    pages, cursor = [], None
    while True:
        answer = client.get("/api/clusters", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        pages.extend(answer["items"])
        cursor = answer["next"]
        if cursor is None:
            break
    busy = client.get("/api/clusters", params={"min_articles": 2, "limit": 1000}).json()["items"]

    assert len(everything) > 2
    assert pages == everything
    assert busy == [c for c in everything if c["articles"] >= 2]


def test_one_actor_is_the_same_record_as_in_the_list(client):
    listed = client.get("/api/actors", params={"limit": 5}).json()["items"]

    assert listed and all(client.get(f"/api/actors/{a['id']}").json() == a for a in listed)
    assert client.get("/api/actors/999999").status_code == 404


def test_read_only_commands_never_create_a_store_and_missing_inputs_fail(tmp_path):
    from newsevents.cli import app

    missing = tmp_path / "mistyped.db"
    runner = CliRunner()
    for command in (["events"], ["actors"], ["clusters"], ["export"], ["serve"], ["show", "abc"]):
        result = runner.invoke(app, [*command, "--db", f"sqlite:///{missing}"])
        assert result.exit_code == 2, (command, result.output)
        assert "no database" in result.output
    ingest = runner.invoke(app, ["ingest", str(tmp_path / "no-such-folder"), "--db", f"sqlite:///{missing}"])

    assert ingest.exit_code == 2 and "no-such-folder" in ingest.output
    assert not missing.exists()
