"""The read records: declared once in `records.py`, read from the store's event rows by field
name and written as the API's JSON in a fixed key order."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

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
