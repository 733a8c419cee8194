"""The store as a team or a cluster uses it: any length of name, role or outlet; several writers at
once; an index behind each filter. Runs on SQLite, and on PostgreSQL under `make test-postgres`."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from conftest import TEST_SERVER, database_url
from newsevents.store import Store

# Written for these tests.
REPORT = ("The UN refugee agency said on Monday that it had sent tents to the border. "
          "Prime Minister Anna Lindqvist met the agency's envoy in Geneva on Tuesday.")


def test_long_roles_outlets_and_titles_are_stored_whole(read, store):
    reading = read(REPORT)
    # What crashed PostgreSQL with VARCHAR(n): a 9-letter role, a long feed title, a long outlet.
    actor = reading.mentions[0].actor
    actor.country, actor.role = "IGO", "UNOREFHCR"  # code: country + role
    reading.document.outlet = "The Harbour Gazette and Evening Courier — " * 8
    reading.document.title = "A feed title that runs on " * 20
    assert store.write(reading)
    stored = store.documents()[0]
    assert stored["outlet"] == reading.document.outlet and stored["title"] == reading.document.title
    assert any(a["role"] == "UNOREFHCR" and a["code"] == "IGOUNOREFHCR" for a in store.actors())


def test_every_filter_of_the_api_has_its_index(store):
    with store.engine.connect() as connection:
        if store.engine.dialect.name == "postgresql":
            names = set(connection.execute(text("SELECT indexname FROM pg_indexes")).scalars())
        else:
            names = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
    wanted = {"ix_events_date", "ix_events_root", "ix_events_cameo", "ix_events_quad_class", "ix_events_modality",
              "ix_events_source_id", "ix_events_target_id", "ix_events_cluster_id", "ix_events_document_id",
              "ix_documents_published", "ix_copies_outlet_lower", "ix_actors_country", "ix_actors_kind",
              "ix_actors_code", "ix_clusters_lookup"}
    if store.engine.dialect.name == "postgresql":  # prefix filters (cameo=04, dyad codes, id prefixes)
        wanted |= {"ix_events_cameo_prefix", "ix_actors_code_prefix", "ix_events_document_id_prefix",
                   "ix_documents_id_prefix"}
    assert wanted <= names


def test_a_store_missing_an_index_gains_it_when_opened(tmp_path):
    url = database_url(tmp_path, "old")
    Store(url).close()
    before = Store(url)
    with before.engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_events_quad_class"))
    before.close()
    reopened = Store(url)
    with reopened.engine.connect() as connection:
        query = ("SELECT indexname FROM pg_indexes" if reopened.engine.dialect.name == "postgresql"
                 else "SELECT name FROM sqlite_master WHERE type = 'index'")
        assert "ix_events_quad_class" in set(connection.execute(text(query)).scalars())
    reopened.close()


@pytest.mark.skipif(not TEST_SERVER, reason="concurrent writers: PostgreSQL (make test-postgres)")
def test_concurrent_writers_share_actors_and_places_without_failing(read, tmp_path):
    url = database_url(tmp_path, "writers")
    Store(url).close()
    # Eight documents naming the same people and places, written by four writers at once.
    readings = [read(f"{REPORT} Talks resumed on day {n} of the visit, officials in Geneva said.") for n in range(8)]
    errors: list[BaseException] = []

    def write(part: list) -> None:
        store = Store(url)
        try:
            for reading in part:
                store.write(reading)
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            store.close()

    threads = [threading.Thread(target=write, args=(readings[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    store = Store(url)
    assert store.counts()["documents"] == 8
    names = [a["name"] for a in store.actors(store_wide=True)]  # not each document's own 'officials'
    assert len(names) == len(set(names)) and "Anna Lindqvist" in names, names  # one row, however many writers
    places = [p["name"] for p in store.places()]
    assert places.count("Geneva") == 1
    store.close()
