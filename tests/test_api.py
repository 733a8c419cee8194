"""The REST API through FastAPI's TestClient over a real SQLite store built from the examples:
every endpoint, bad parameters (400 with a message, never a 500), paging with stable cursors."""

from __future__ import annotations

import warnings
from dataclasses import fields

import pytest

with warnings.catch_warnings():  # starlette asks for httpx2; httpx works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsevents.api import create_app
from newsevents.queries import event_list
from newsevents.records import EventRecord

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(examples_db):
    return TestClient(create_app(examples_db), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def writer(examples_db, pipeline):
    return TestClient(create_app(examples_db, ingest_token=TOKEN, pipeline=pipeline), raise_server_exceptions=False)


def ok(response):
    assert response.status_code == 200, response.text
    return response.json()


def test_events_page_with_stable_cursors_covers_every_event_once(client, examples_db):
    everything = ok(client.get("/api/events", params={"limit": 1000, "total": True}))
    assert everything["next"] is None and everything["total"] == len(everything["items"]) == examples_db.counts()["events"]
    seen, cursor, pages = [], None, 0
    while True:
        page = ok(client.get("/api/events", params={"limit": 7, "cursor": cursor}))
        seen += [e["id"] for e in page["items"]]
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
    assert seen == [e["id"] for e in everything["items"]] and pages > 1
    order = [(e["day"] is None, e["day"] or "", e["id"]) for e in everything["items"]]
    assert order == sorted(order)  # by day, then id; events without a day last


def test_cursor_stays_valid_when_new_documents_arrive(writer):
    first = ok(writer.get("/api/events", params={"limit": 5}))
    posted = writer.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"}, json={"documents": [{
        "text": "Minister meets envoy in Paris\n\nFrench foreign minister Claire Dumont met Indian envoy Arjun Mehta in "
                "Paris on Monday to discuss a defence deal and joint naval exercises, the ministry said in a statement.\n\n"
                "The two officials agreed to meet again next month in New Delhi, according to the ministry, which "
                "described the talks as frank and constructive.",
        "outlet": "Test Wire", "published": "2025-04-07", "url": "https://test.example/a"}]})
    assert ok(posted)["stored"] == 1 and posted.json()["events"] >= 1
    second = ok(writer.get("/api/events", params={"limit": 1000, "cursor": first["next"]}))
    assert second["items"][0]["id"] == first["items"][-1]["id"] + 1
    assert any(e["outlet"] == "Test Wire" for e in second["items"])


def test_event_filters(client):
    conflict = ok(client.get("/api/events", params={"quad_class": 4, "limit": 1000}))["items"]
    assert conflict and all(e["quad_class"] == 4 for e in conflict)
    root = ok(client.get("/api/events", params={"root": "01", "limit": 1000}))["items"]
    assert root and all(e["root"] == "01" for e in root)
    assert all(e["cameo"].startswith("16") for e in ok(client.get("/api/events", params={"cameo": "16"}))["items"])
    india = ok(client.get("/api/events", params={"country": "ind"}))["items"]
    assert india and all("IND" in ((e["source"] or {}).get("country") or "", (e["target"] or {}).get("country") or "") for e in india)
    denied = ok(client.get("/api/events", params={"modality": "denied"}))["items"]
    assert denied and all(e["modality"] == "denied" for e in denied)
    wire = ok(client.get("/api/events", params={"outlet": "meridian wire"}))["items"]
    assert wire and all(e["outlet"] == "Meridian Wire" for e in wire)
    text = ok(client.get("/api/events", params={"q": "detained"}))["items"]
    assert text and all("detained" in e["sentence"].lower() or "detain" in (e["title"] or "").lower() for e in text)
    dated = ok(client.get("/api/events", params={"since": "2025-03-01", "until": "2025-03-31"}))["items"]
    assert dated and all("2025-03-01" <= e["day"] <= "2025-03-31" for e in dated)
    rao = ok(client.get("/api/events", params={"actor": "Dumont"}))["items"]
    assert rao and all("Dumont" in ((e["source"] or {}).get("name", "") + (e["target"] or {}).get("name", "")) for e in rao)
    actor_id = ok(client.get("/api/actors", params={"q": "Claire Dumont"}))["items"][0]["id"]
    by_id = ok(client.get("/api/events", params={"actor_id": actor_id}))["items"]
    assert by_id and all(actor_id in ((e["source"] or {}).get("id"), (e["target"] or {}).get("id")) for e in by_id)
    document = rao[0]["document_id"]
    assert all(e["document_id"] == document for e in ok(client.get("/api/events", params={"document": document[:6]}))["items"])
    cluster = next(e["cluster_id"] for e in rao if e["cluster_id"])
    in_cluster = ok(client.get("/api/events", params={"cluster": cluster}))["items"]
    assert in_cluster and all(e["cluster_id"] == cluster for e in in_cluster)
    assert ok(client.get("/api/events", params={"q": "100%_no_such"}))["items"] == []


def test_api_events_are_the_event_records(client, examples_db):
    """The API serves `queries.event_list`'s typed records as they write themselves: every
    field of the record, nested ones as objects, in the record's JSON order."""
    api = ok(client.get("/api/events", params={"limit": 1000}))["items"]
    assert api == [e.to_json() for e in event_list(examples_db)]
    assert [list(e) for e in api] == [list(e.to_json()) for e in event_list(examples_db)]  # the key order too
    assert set(api[0]) == {f.name for f in fields(EventRecord)}


def test_one_event_and_404(client):
    event = ok(client.get("/api/events", params={"limit": 1}))["items"][0]
    assert ok(client.get(f"/api/events/{event['id']}")) == event
    missing = client.get("/api/events/999999")
    assert missing.status_code == 404 and "999999" in missing.json()["error"]


@pytest.mark.parametrize("query, parameter", [
    ({"since": "last tuesday"}, "since"),
    ({"until": "2025-13-40"}, "until"),
    ({"since": "2025-05-01", "until": "2025-01-01"}, "since"),
    ({"quad_class": 7}, "quad_class"),
    ({"quad_class": "two"}, "quad_class"),
    ({"cameo": "04x"}, "cameo"),
    ({"root": "21"}, "root"),
    ({"modality": "rumoured"}, "modality"),
    ({"country": "Russia"}, "country"),
    ({"limit": 0}, "limit"),
    ({"limit": 100000}, "limit"),
    ({"cursor": "not-a-cursor"}, "cursor"),
    ({"cursor": "eyJhZnRlciI6ICJ4In0"}, "cursor"),  # {"after": "x"}: a document cursor, not an event one
    ({"document": "'; drop table events"}, "document"),
    ({"actor_id": "me"}, "actor_id"),
])
def test_bad_event_parameters_answer_400_with_the_parameter_named(client, query, parameter):
    response = client.get("/api/events", params=query)
    assert response.status_code == 400, response.text
    assert response.json()["error"].startswith(parameter)


@pytest.mark.parametrize("path, query", [
    ("/api/timeline", {"interval": "year"}),
    ("/api/dyads/series", {"a": "IND"}),
    ("/api/dyads/series", {"a": "India", "b": "PAK"}),
    ("/api/dyads/series", {"a": "x", "b": "2", "kind": "actor"}),
    ("/api/dyads/series", {"a": "IND", "b": "PAK", "kind": "planet"}),
    ("/api/dyads/series", {"a": "RUS-GOV", "b": "UKR", "kind": "code"}),
    ("/api/network", {"level": "galaxy"}),
    ("/api/network", {"min_weight": -1}),
    ("/api/places", {"since": "soon"}),
    ("/api/clusters", {"min_articles": 0}),
    ("/api/clusters", {"cursor": "%%%"}),
    ("/api/actors", {"kind": "robot"}),
    ("/api/actors", {"cursor": "eyJhZnRlciI6ICJ4In0"}),
    ("/api/documents", {"since": "then"}),
    ("/api/documents", {"cursor": "eyJhZnRlciI6IDF9"}),  # {"after": 1}: an event cursor
    ("/api/documents/not-hex!", {}),
    ("/api/basemap", {"step": 0}),
])
def test_bad_parameters_everywhere_answer_400(client, path, query):
    response = client.get(path, params=query)
    assert response.status_code == 400, response.text
    assert response.json()["error"]


def test_timeline_sums_match_the_events(client):
    for interval in ("day", "week", "month"):
        series = ok(client.get("/api/timeline", params={"interval": interval}))["series"]
        dated = [e for e in ok(client.get("/api/events", params={"limit": 1000}))["items"] if e["day"]]
        assert sum(p["count"] for p in series) == len(dated)
        assert sum(p["cooperation"] + p["conflict"] for p in series) == len(dated)
        assert round(sum(p["goldstein"] for p in series), 2) == round(sum(e["goldstein"] for e in dated), 2)
    months = ok(client.get("/api/timeline", params={"interval": "month"}))["series"]
    assert all(p["period"].endswith("-01") for p in months)


def test_dyad_series_between_two_countries_and_two_actors(client):
    both = ok(client.get("/api/dyads/series", params={"a": "JPN", "b": "MOZ", "interval": "day"}))
    assert both["series"] and both["series"][0]["count"] >= 1 and both["series"][0]["cooperation"] >= 1
    directed = ok(client.get("/api/dyads/series", params={"a": "JPN", "b": "MOZ", "directed": True}))
    assert sum(p["count"] for p in directed["series"]) <= sum(p["count"] for p in both["series"])
    edge = ok(client.get("/api/network"))["edges"][0]
    actors = ok(client.get("/api/dyads/series", params={"a": edge["source"], "b": edge["target"], "kind": "actor"}))
    assert sum(p["count"] for p in actors["series"]) <= edge["weight"] + 1
    # The protesters of the Georgian example story are Georgian (issue 12: a bare role takes the
    # country of its sentence or of the document): GEOCOP → GEOCVL, the detention and the clearing.
    codes = ok(client.get("/api/dyads/series", params={"a": "GEOCOP", "b": "GEOCVL", "kind": "code"}))
    assert codes["series"] and codes["series"][0]["conflict"] == 2


def test_network_has_weighted_edges_between_known_nodes(client):
    for level in ("actor", "country"):
        graph = ok(client.get("/api/network", params={"level": level}))
        ids = {node["id"] for node in graph["nodes"]}
        assert graph["edges"] and all(e["source"] in ids and e["target"] in ids and e["weight"] >= 1 for e in graph["edges"])
        assert all(e["cooperation"] + e["conflict"] == e["weight"] for e in graph["edges"])
    assert ok(client.get("/api/network", params={"min_weight": 1000}))["edges"] == []


def test_places(client):
    places = ok(client.get("/api/places"))["items"]
    assert any(p["events"] > 0 for p in places) and all(-90 <= p["lat"] <= 90 for p in places)


def test_clusters_page_with_cursors(client, examples_db):
    everything = ok(client.get("/api/clusters", params={"limit": 1000}))["items"]
    assert len(everything) == len(examples_db.clusters())
    first = ok(client.get("/api/clusters", params={"limit": 3}))
    rest = ok(client.get("/api/clusters", params={"limit": 1000, "cursor": first["next"]}))
    assert [c["id"] for c in first["items"] + rest["items"]] == [c["id"] for c in everything]
    assert all({"mentions", "articles", "sources", "evidence"} <= set(c) for c in everything)


def test_actors_page_filter_and_one(client):
    first = ok(client.get("/api/actors", params={"limit": 10}))
    second = ok(client.get("/api/actors", params={"limit": 10, "cursor": first["next"]}))
    assert first["items"][-1]["id"] < second["items"][0]["id"]
    india = ok(client.get("/api/actors", params={"country": "IND", "limit": 1000}))["items"]
    assert india and all(a["country"] == "IND" for a in india)
    people = ok(client.get("/api/actors", params={"kind": "person", "q": "rao"}))["items"]
    assert [a["name"] for a in people] == ["Vikram Rao"]
    assert ok(client.get(f"/api/actors/{people[0]['id']}"))["name"] == "Vikram Rao"
    assert client.get("/api/actors/999999").status_code == 404


def test_documents_page_and_document_view(client, examples_db):
    listed = ok(client.get("/api/documents", params={"limit": 2}))
    assert len(listed["items"]) == 2 and "body" not in listed["items"][0]
    rest = ok(client.get("/api/documents", params={"limit": 1000, "cursor": listed["next"]}))
    assert len(listed["items"]) + len(rest["items"]) == examples_db.counts()["documents"]
    wire = ok(client.get("/api/documents", params={"outlet": "Meridian Wire"}))["items"]
    assert wire and all(d["outlet"] == "Meridian Wire" for d in wire)
    assert ok(client.get("/api/documents", params={"q": "Tbilisi"}))["items"]
    document = ok(client.get(f"/api/documents/{wire[0]['id'][:8]}"))
    body = document["body"]
    for mention in document["mentions"]:
        assert body[mention["start"]:mention["end"]] == mention["text"]
    for event in document["events"]:
        assert body[event["trigger_start"]:event["trigger_end"]] == event["trigger"]
    assert document["attributions"] and document["copies"]
    assert client.get("/api/documents/ffffffffffff").status_code == 404


def test_summary_basemap_page_and_openapi_docs(client):
    summary = ok(client.get("/api/summary"))
    assert summary["counts"]["events"] > 0 and summary["cameo_roots"]["04"] and summary["ingest"] is False
    assert len(ok(client.get("/api/basemap"))["points"]) > 500
    page = client.get("/")
    assert page.status_code == 200 and "app.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    paths = ok(client.get("/openapi.json"))["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/timeline", "/api/dyads/series", "/api/network",
                 "/api/places", "/api/clusters", "/api/actors", "/api/actors/{actor_id}", "/api/documents",
                 "/api/documents/{document_id}", "/api/summary", "/api/basemap", "/api/ingest"):
        assert path in paths


def test_ingest_is_refused_without_a_configured_token(client):
    response = client.post("/api/ingest", json={"documents": [{"text": "x"}]})
    assert response.status_code == 403 and "read-only" in response.json()["error"]


def test_ingest_needs_the_right_token_and_sound_documents(writer):
    article = {"documents": [{"text": "Talks\n\nThe two sides talked."}]}
    assert writer.post("/api/ingest", json=article).status_code == 401
    assert writer.post("/api/ingest", json=article, headers={"Authorization": "Bearer wrong"}).status_code == 401
    empty = writer.post("/api/ingest", json={"documents": [{"url": "https://x.example"}]},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert empty.status_code == 400 and "text" in empty.json()["error"]
    assert writer.post("/api/ingest", json={"documents": []}, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 400
    bad_date = writer.post("/api/ingest", json={"documents": [{"text": "x", "published": "someday"}]},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad_date.status_code == 400 and "published" in bad_date.json()["error"]


def test_serve_binds_to_loopback_by_default(monkeypatch, examples_db):
    import uvicorn
    from typer.testing import CliRunner

    from newsevents.cli import app

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **options: calls.append(options))
    result = CliRunner().invoke(app, ["serve", "--db", examples_db.url, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8123, "log_level": "warning"}] and "read-only" in result.output


def test_facets_count_what_each_filter_value_would_give(client):
    facets = ok(client.get("/api/facets", params={"modality": "happened"}))
    assert set(facets) == {"root", "quad_class", "modality", "outlet", "country"}
    for name, rows in facets.items():
        for row in rows[:3]:
            params = {"modality": "happened", {"root": "root"}.get(name, name): row["value"], "total": True, "limit": 1}
            assert ok(client.get("/api/events", params=params))["total"] == row["count"], (name, row)
    assert all(len(r["value"]) == 3 for r in facets["country"])  # states only, no IGO or regional codes


def test_download_of_a_view_and_a_readable_network(client):
    selected = ok(client.get("/api/events", params={"quad_class": 1, "total": True, "limit": 1}))["total"]
    csv = client.get("/api/events/download", params={"quad_class": 1, "format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"] and len(csv.text.strip().splitlines()) == selected + 1
    assert len(client.get("/api/events/download", params={"quad_class": 1, "format": "json"}).json()) == selected
    graph = ok(client.get("/api/network", params={"top": 3}))
    assert len(graph["edges"]) <= 3 and len({(n["label"], n["code"]) for n in graph["nodes"]}) == len(graph["nodes"])
    assert {e["source"] for e in graph["edges"]} | {e["target"] for e in graph["edges"]} == {n["id"] for n in graph["nodes"]}


def test_schema_page_and_pattern_errors_in_words(client):
    schema = client.get("/schema")
    assert schema.status_code == 200 and "datasette" in schema.text and "| `events` |" in schema.text
    bad = client.get("/api/events", params={"country": "Russia"})
    assert bad.status_code == 400 and "ISO-3" in bad.json()["error"] and "^[" not in bad.json()["error"]
