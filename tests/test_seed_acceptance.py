"""Acceptance: the seed article through the whole pipeline and the store, checked against every
`must` and `should` item of its expected reading (read from ../shared, never copied here)."""

from __future__ import annotations

import json

import pytest

from newsevents.store import Store
from conftest import SEED, SEED_EXPECTED, database_url, require_seed


def _norm(name: str | None) -> str:
    return (name or "").lower().removeprefix("the ").strip()


@pytest.fixture(scope="module")
def expected():
    require_seed()
    return json.loads(SEED_EXPECTED.read_text())


@pytest.fixture(scope="module")
def exported(pipeline, tmp_path_factory):
    require_seed()
    store = Store(database_url(tmp_path_factory.mktemp('seed'), 'seed'))
    summary = pipeline.run([str(SEED)], store)
    assert summary.stored == 1
    data = store.export()
    store.close()
    return data


def _actor(exported, name):
    for actor in exported["actors"]:
        if _norm(actor["name"]) == _norm(name) or _norm(name) in map(_norm, actor["aliases"]):
            return actor
    raise AssertionError(f"no actor {name!r} among {[a['name'] for a in exported['actors']]}")


def _items(expected, section, level):
    return expected[section].get(level, [])


def test_document(exported, expected):
    must, should = expected["document"]["must"], expected["document"]["should"]
    [document] = exported["documents"]
    assert document["title"] == must["title"]
    assert document["body"].startswith(must["body_first_words"])
    assert document["body"].endswith(must["body_last_words"])
    assert len(document["paragraphs"]) == must["body_paragraphs"]
    for line in must["boilerplate_lines_absent"]:
        assert line not in document["body"]
    assert document["language"] == must["language"]
    assert document["outlet"] == should["outlet"]
    assert document["published"] == should["published"]


@pytest.mark.parametrize("level", ["must", "should"])
def test_actors(exported, expected, level):
    for item in _items(expected, "actors", level):
        actor = _actor(exported, item["name"])
        assert actor["country"] == item["country"], (item, actor)
        if "role" in item:
            assert actor["role"] == item["role"], (item, actor)
        for alias in item.get("aliases_in_text", []):
            assert _norm(alias) in map(_norm, actor["aliases"]) or _norm(alias) == _norm(actor["name"]), (alias, actor)


@pytest.mark.parametrize("level", ["must", "should"])
def test_places(exported, expected, level):
    for item in _items(expected, "places", level):
        place = next((p for p in exported["places"] if p["name"] == item["name"]), None)
        assert place is not None, item
        assert place["country"] == item["country"]
        if "lat" in item:
            assert abs(place["lat"] - item["lat"]) <= item["tolerance_deg"]
            assert abs(place["lon"] - item["lon"]) <= item["tolerance_deg"]


def _event_matches(event, item) -> bool:
    source, target = event["source"] or {}, event["target"] or {}
    roots = item.get("cameo_root_any_of") or [item["cameo_root"]]
    modality = item.get("modality")
    allowed = {"planned", "happened"} if modality == "planned_or_happened" else {modality}
    return (
        _norm(source.get("name")) == _norm(item["source"])
        and source.get("code") == item["source_code"]
        and event["root"] in roots
        and ("target_code" not in item or target.get("code") == item["target_code"])
        and ("target" not in item or _norm(target.get("name")) == _norm(item["target"]))
        and ("place" not in item or (event["place"] or {}).get("name") == item["place"])
        and (modality is None or event["modality"] in allowed)
        and ("topic_includes" not in item or item["topic_includes"] in event["topics"])
    )


@pytest.mark.parametrize("level", ["must", "should"])
def test_events(exported, expected, level):
    for item in _items(expected, "events", level):
        assert any(_event_matches(e, item) for e in exported["events"]), (item, exported["events"])


def test_every_event_has_its_evidence(exported):
    [document] = exported["documents"]
    assert exported["events"]
    for event in exported["events"]:
        assert event["document_id"] == document["id"]
        assert document["body"][event["start"] : event["end"]] == event["sentence"]
        assert event["source"] and event["cameo"] and event["quad_class"] in {1, 2, 3, 4}
        assert isinstance(event["goldstein"], float) and event["modality"]


def _attribution_matches(attribution, item) -> bool:
    return (
        item["claim_contains"] in attribution["claim"]
        and _norm(attribution["speaker"]) == _norm(item["said_by"])
        and attribution["kind"] == item["kind"]
        and ("reported_by" not in item or _norm(attribution["reported_by"]) == _norm(item["reported_by"]))
        and ("citing" not in item or _norm(attribution["citing"]) == _norm(item["citing"]))
    )


@pytest.mark.parametrize("level", ["must", "should"])
def test_attributions(exported, expected, level):
    for item in _items(expected, "attributions", level):
        assert any(_attribution_matches(a, item) for a in exported["attributions"]), (item, exported["attributions"])


def test_relative_date_stays_unknown_without_publication_date(exported):
    visit = next(e for e in exported["events"] if e["cameo"] == "042" and "Monday" in e["sentence"])
    assert visit["date"] is None
