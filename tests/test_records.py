"""The read records: declared once in `records.py`, read from the store's event rows by field
name and written as the API's JSON in a fixed key order."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from newsevents.records import EventRecord
from newsevents.store import PLAIN_EVENT_FIELDS


def a_row(**extra):
    """An event row as `store.event_query` (plus `day` and `url`) gives it."""
    row = {
        "id": 7, "document_id": "ab12", "outlet": "Reuters", "title": "Talks", "published": date(2024, 5, 2),
        "day": date(2024, 5, 3), "url": "https://example.org/talks", "sentence": "Erdogan met Putin in Ankara.",
        "start": 0, "end": 28, "trigger": "met", "trigger_start": 8, "trigger_end": 11, "cameo": "042", "root": "04",
        "quad_class": 1, "goldstein": 1.9, "plover": "CONSULT", "modality": "happened", "date": date(2024, 5, 1),
        "date_precision": "month", "topics": ["diplomacy"], "tone": -1.5, "cluster_id": 3,
        "source_id": 1, "source_name": "Recep Tayyip Erdogan", "source_code": "TURGOV", "source_country": "TUR",
        "source_start": 0, "source_end": 7, "target_id": 2, "target_name": "Vladimir Putin", "target_code": None,
        "target_country": "RUS", "target_start": 12, "target_end": 17,
        "place_id": 5, "place_name": "Ankara", "place_country": "TUR", "place_lat": 39.9, "place_lon": 32.8,
        "place_feature": "city", "attribution_id": 9, "attribution_kind": "said", "attribution_claim": "they met",
        "attribution_speaker": "officials", "attribution_reported_by": "Reuters", "attribution_citing": None,
        "attribution_start": 0, "attribution_end": 28, "attribution_anonymous": None, "attribution_chain": [["a", "b"]],
    }
    return {**row, **extra}


def test_every_stored_event_field_is_read_back() -> None:
    """A plain `model.Event` field gets its events column from the store; the record must name it."""
    assert set(PLAIN_EVENT_FIELDS) <= {f.name for f in fields(EventRecord)}


def test_an_event_row_becomes_the_api_json_in_its_fixed_order() -> None:
    record = EventRecord.from_row(a_row(), cameo_name="Make a visit")
    assert record.date == "2024-05" and record.published == "2024-05-02" and record.day == "2024-05-03"
    assert record.target is not None and record.target.code == "" and record.topics == ("diplomacy",)
    assert record.attribution is not None and record.attribution.anonymous is False
    data = record.to_json()
    assert list(data) == ["id", "document_id", "outlet", "source", "target", "sentence", "start", "end", "trigger",
                          "trigger_start", "trigger_end", "cameo", "root", "quad_class", "goldstein", "plover",
                          "modality", "date", "date_precision", "topics", "tone", "place", "attribution",
                          "cluster_id", "cameo_name", "title", "published", "day", "url"]
    assert list(data["source"]) == ["id", "name", "code", "start", "end", "country"]
    assert list(data["attribution"]) == ["id", "kind", "claim", "speaker", "reported_by", "citing", "anonymous",
                                         "chain", "start", "end"]
    assert data["attribution"]["chain"] == [["a", "b"]] and data["topics"] == ["diplomacy"]


def test_a_new_field_is_read_and_written_from_its_declaration_alone() -> None:
    @dataclass(frozen=True)
    class WithSalience(EventRecord):
        salience: float | None = None

    data = WithSalience.from_row(a_row(salience=0.8)).to_json()
    assert data["salience"] == 0.8 and list(data)[-1] == "salience"
    assert EventRecord.from_row(a_row(), cameo_name=None).place is not None
    assert EventRecord.from_row(a_row(place_name=None, attribution_kind=None, source_name=None)).to_json()[
        "place"] is None


def test_actors_of_one_name_and_code_become_one_node_of_the_merged_network() -> None:
    """`merged_network`: two rows of "Vladimir Putin" (two documents' own rows) are one node with
    both ids; their edges to Erdogan add up; an edge between the two is dropped."""
    from newsevents.queries import merged_network
    from newsevents.records import Network, NetworkEdge, NetworkNode

    putin, putin_again = NetworkNode(1, "Vladimir Putin", "RUSGOV", "RUS", "person", 3), \
        NetworkNode(4, "Vladimir Putin", "RUSGOV", "RUS", "person", 2)
    erdogan = NetworkNode(2, "Recep Tayyip Erdogan", "TURGOV", "TUR", "person", 4)
    graph = Network("actor", (putin, erdogan, putin_again), (
        NetworkEdge(1, 2, 2, 1.9, 0, 2), NetworkEdge(4, 2, 2, -4.0, 1, 1), NetworkEdge(1, 4, 1, 1.0, 0, 1)))

    merged = merged_network(graph, top=10)

    assert [(n.id, n.weight, n.ids) for n in merged.nodes] == [(1, 5, (1, 4)), (2, 4, (2,))]
    assert merged.edges == (NetworkEdge(1, 2, 4, -2.1, 1, 3),)
    assert merged.to_json()["nodes"][0] == {"id": 1, "label": "Vladimir Putin", "code": "RUSGOV", "country": "RUS",
                                            "kind": "person", "weight": 5, "ids": [1, 4]}


def test_a_document_view_is_read_from_the_store_rows_and_written_as_the_api_json() -> None:
    from newsevents.model import AttributionRecord, CopyRecord
    from newsevents.records import DocumentView

    body = "Erdogan met Putin in Ankara, officials said."
    # the store's rows: a copy with its date and time, an attribution joined with its speaker's
    # name (none: no actor row, so the words that named it) and its reporter's
    copy_row = {"id": 1, "document_id": "ab12", "origin": "talks.html", "url": None, "outlet": "Reuters",
                "title": "Talks", "published": date(2024, 5, 2), "similarity": 1.0,
                "seen_at": datetime(2024, 5, 2, 10, 0)}
    attribution_row = {"id": 9, "document_id": "ab12", "start": 0, "end": 27, "claim": "Erdogan met Putin in Ankara",
                       "kind": "according_to", "speaker_id": None, "speaker_text": "officials", "speaker_name": None,
                       "reported_by_id": None, "reported_by_name": None, "citing": None, "cue": "said",
                       "anonymous": 1, "chain": ["officials"], "speaker": None, "reported_by": None}
    document = {"id": "ab12", "origin": "talks.html", "url": None, "outlet": "Reuters", "title": "Talks",
                "published": "2024-05-02", "language": "en", "author": None, "tone": -1.5, "body": body,
                "paragraphs": [[0, len(body)]], "ingested_at": "2024-05-02T10:00:00",
                "copies": [CopyRecord.from_row(copy_row)], "articles": 1, "outlets": ["Reuters"]}
    mention = {"id": 3, "document_id": "ab12", "start": 0, "end": 7, "text": "Erdogan", "actor_id": 1,
               "actor": "Recep Tayyip Erdogan", "code": "TURGOV", "label": "PERSON"}
    attribution = {"id": 9, "document_id": "ab12", "kind": "according_to", "claim": "Erdogan met Putin in Ankara",
                   "start": 0, "end": 27, "speaker": "officials", "reported_by": None, "citing": None,
                   "cue": "said", "anonymous": True, "chain": ["officials"]}
    place = {"id": 5, "key": "ankara|TUR", "name": "Ankara", "country": "TUR", "lat": 39.9, "lon": 32.8,
             "feature": "city"}
    event = EventRecord.from_row(a_row(document_id="ab12"))

    view = DocumentView.from_row(document, [mention], [event], [AttributionRecord.from_row(attribution_row)], [place])

    assert body[view.mentions[0].start:view.mentions[0].end] == view.mentions[0].text
    assert view.attributions[0].chain == ("officials",) and view.paragraphs == ((0, len(body)),)
    written = view.to_json()
    assert list(written) == [*(k for k in document), "mentions", "events", "attributions", "places"]
    assert written["mentions"] == [{k: v for k, v in mention.items() if k != "document_id"}]
    assert written["attributions"] == [attribution] and written["places"] == [place]
    assert written["copies"] == [{**copy_row, "published": "2024-05-02", "seen_at": "2024-05-02T10:00:00"}]
    assert written["events"] == [event.to_json()] and written["paragraphs"] == [[0, len(body)]]
