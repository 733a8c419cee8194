"""Event clusters: reports of one event in many articles become one record with counts and evidence."""

from __future__ import annotations

import json

from newsevents.queries import event_list

# Two differently worded reports of one meeting (written for this test), from two outlets.
REUTERS = (
    "Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Monday "
    "to discuss water sharing and border security. The two leaders agreed to set up a joint committee on the "
    "Tigris and Euphrates rivers, officials said after the meeting."
)
AL_JAZEERA = (
    "Recep Tayyip Erdogan, the Turkish president, met Iraqi Prime Minister Mohammed Shia al-Sudani on Monday in "
    "Ankara, where talks focused on the rivers both countries share. Baghdad has long complained that Turkish dams "
    "on the Tigris leave too little water for Iraqi farmers downstream, a complaint repeated by Iraqi officials this week."
)
# The same meeting a month later is another event.
LATER = (
    "Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara again on "
    "Monday, a month after their first talks, as the joint committee on the rivers held its opening session in the capital."
)


def corpus(tmp_path, *records):
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return str(path)


def meeting_cluster(store):
    return next(c for c in store.clusters() if c.root == "04" and "Ankara" == c.place)


def test_two_reports_of_one_meeting_are_one_cluster_with_two_outlets(pipeline, store, tmp_path):
    pipeline.run([corpus(
        tmp_path,
        {"text": REUTERS, "outlet": "Reuters", "published": "2024-03-05", "url": "https://www.reuters.com/world/a"},
        {"text": AL_JAZEERA, "outlet": "Al Jazeera", "published": "2024-03-04", "url": "https://www.aljazeera.com/b"},
    )], store)
    cluster = meeting_cluster(store)
    assert (cluster.mentions, cluster.articles, cluster.sources) == (2, 2, 2)
    assert sorted(cluster.outlets) == ["Al Jazeera", "Reuters"]
    assert (cluster.source_key, cluster.target_key, cluster.day) == ("TURGOV", "IRQGOV", "2024-03-04")
    # Every report is traceable to its sentence; the first report is the earliest published.
    sentences = {e.outlet: e.sentence for e in cluster.evidence}
    assert sentences["Reuters"].startswith("Turkish President Recep Tayyip Erdogan met")
    assert sentences["Al Jazeera"].startswith("Recep Tayyip Erdogan, the Turkish president, met")
    assert cluster.first_report.outlet == "Al Jazeera"
    for evidence in cluster.evidence:
        body = store.document(evidence.document_id)["body"]
        assert body[evidence.start:evidence.end] == evidence.sentence


def test_a_copy_counts_as_an_article_and_a_later_meeting_is_another_event(pipeline, store, tmp_path):
    pipeline.run([corpus(
        tmp_path,
        {"text": REUTERS, "outlet": "Reuters", "published": "2024-03-05", "url": "https://www.reuters.com/world/a"},
        {"text": REUTERS, "outlet": "Daily Sabah", "published": "2024-03-05", "url": "https://www.dailysabah.com/c"},
        {"text": LATER, "outlet": "Reuters", "published": "2024-04-09", "url": "https://www.reuters.com/world/d"},
    )], store)
    meetings = [c for c in store.clusters() if c.root == "04" and c.source_key == "TURGOV"]
    assert sorted(c.day for c in meetings) == ["2024-03-04", "2024-04-08"]
    first = next(c for c in meetings if c.day == "2024-03-04")
    # Coded once (one mention), run by two outlets (two articles, two sources).
    assert (first.mentions, first.articles, first.sources) == (1, 2, 2)


def test_a_store_from_before_clusters_is_upgraded_in_place(tmp_path):
    from sqlalchemy import create_engine, text

    from newsevents.store import Store

    url = f"sqlite:///{tmp_path / 'old.db'}"
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:  # what a store made before event clusters looks like
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(events)")) if row[1] != "cluster_id"]
        connection.execute(text(f"CREATE TABLE events_before AS SELECT {', '.join(columns)} FROM events"))
        connection.execute(text("DROP TABLE events"))
        connection.execute(text("ALTER TABLE events_before RENAME TO events"))
    engine.dispose()
    store = Store(url)
    assert event_list(store) == [] and store.clusters() == []
    store.close()
