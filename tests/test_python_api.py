"""The Python API: `import newsevents`, open a store, ingest, query with keyword filters, get
dataclasses and DataFrames back."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import EXAMPLES, database_url

import newsevents


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory):
    database = newsevents.open(database_url(tmp_path_factory.mktemp('py'), 'py'))
    summary = database.ingest([EXAMPLES], pipeline=pipeline)
    assert summary.stored == 5
    yield database
    database.close()


def test_the_surface_is_small_and_documented():
    for name in newsevents.__all__:
        assert getattr(newsevents, name).__doc__ or name == "DEFAULT_URL"
    assert "newsevents.open" in newsevents.__doc__


def test_events_are_dataclasses_with_filters(db):
    conflict = db.events(quad_class=4)
    assert conflict and all(isinstance(e, newsevents.EventRecord) and e.quad_class == 4 for e in conflict)
    india = db.events(country="IND", since="2025-02-01", until=date(2025, 2, 28))
    assert india and all("IND" in ((e.source and e.source.country) or "", (e.target and e.target.country) or "") for e in india)
    assert all(isinstance(e.source, newsevents.ActorRef) for e in india if e.source)
    assert db.events(text="no such words anywhere") == []
    with pytest.raises(TypeError, match="unknown event filter"):
        db.events(colour="red")


def test_paging_and_iterating_give_every_event_once(db):
    first = db.events(limit=4)
    assert len(first) == 4 and first.next == first[-1].id
    every = [e.id for e in db.iter_events(batch=5)]
    assert every == [e.id for e in db.events()] and len(every) == len(set(every))


def test_results_become_dataframes(db):
    frame = db.events().to_dataframe()
    assert len(frame) == len(db.events())
    assert {"source_name", "target_code", "cameo", "goldstein", "sentence", "day"} <= set(frame.columns)
    assert str(frame["day"].dtype).startswith("datetime64")
    assert db.events(text="nothing like this").to_dataframe().empty
    assert not db.actors().to_dataframe().empty and not db.documents().to_dataframe().empty
    timeline = db.timeline("month").to_dataframe()
    assert timeline["count"].sum() == sum(1 for e in db.events() if e.day)


def test_actors_documents_and_one_document(db):
    rao = db.actors(text="Vikram Rao")
    assert [a.name for a in rao] == ["Vikram Rao"] and rao[0].mentions > 0
    document = db.document(db.documents()[0].id[:8])
    assert document is not None and document.body and document.mentions and all(e.document_id == document.id for e in document.events)
    assert all(document.body[m.start:m.end] == m.text for m in document.mentions)


def test_dyad_network_places_clusters_export(db, tmp_path):
    assert db.dyad("JPN", "MOZ", interval="day")[0].count >= 1
    graph = db.network(level="country")
    assert graph.nodes and graph.edges and {e.source for e in graph.edges} <= {n.id for n in graph.nodes}
    assert db.places() and db.clusters()
    out = tmp_path / "events.tsv"
    db.export("gdelt", out)
    assert out.read_text().count("\n") >= 1


def test_places_are_records_with_events_then_places_only_mentioned(db):
    from newsevents.records import EventPlace

    places = db.places()
    assert places and all(isinstance(p, EventPlace) for p in places)
    happened = [p for p in places if p.events]
    assert happened and places[:len(happened)] == happened, "event places first, most events first"
    assert [p.events for p in happened] == sorted((p.events for p in happened), reverse=True)
    assert sum(p.events for p in places) == sum(1 for e in db.events() if e.place and e.place.lat is not None)
    assert all(isinstance(p.goldstein, float) for p in happened)
    assert all(p.goldstein is None and p.documents >= 1 for p in places[len(happened):])
    assert list(places[0].to_json()) == ["id", "name", "country", "lat", "lon", "feature", "events", "goldstein",
                                         "documents"]
    filtered = db.places(quad_class=4)
    assert sum(p.events for p in filtered) == sum(1 for e in db.events(quad_class=4) if e.place and e.place.lat is not None)


def test_module_level_ingest(pipeline, tmp_path):
    url = database_url(tmp_path, 'one')
    summary = newsevents.ingest(EXAMPLES / "sanctions.txt", db=url, pipeline=pipeline)
    assert summary.stored == 1
    with newsevents.open(url) as db:
        assert db.events()


def test_workers_default_to_the_usable_cores(tmp_path):
    """One worker per core this process may use: its affinity, lowered to a cgroup CPU quota."""
    import os

    from newsevents.executor import usable_cores

    affinity = len(os.sched_getaffinity(0))
    unlimited, quota, fraction, broken = (tmp_path / name for name in ("max", "quota", "fraction", "broken"))
    unlimited.write_text("max 100000\n")
    quota.write_text("100000 100000\n")
    fraction.write_text("150000 100000\n")
    broken.write_text("junk\n")
    assert usable_cores(unlimited) == affinity == usable_cores(tmp_path / "absent") == usable_cores(broken)
    assert usable_cores(quota) == 1
    assert usable_cores(fraction) == min(2, affinity)
