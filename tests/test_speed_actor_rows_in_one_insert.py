"""Round 41 speed: a document's new actor rows go to SQLite in one INSERT, and the store holds
exactly what inserting each row as it is filed (PostgreSQL's way) holds: the same ids, the same
merges of later mentions into rows this document made, a person found under another spelling
among them."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import database_url, differences, stored_result
from sqlalchemy import event

from newsevents.actors.merge import ActorMerger, merge_actor
from newsevents.model import Actor
from newsevents.store import Store, writes

TEXTS = [
    ("Prime Minister Binyamin Netanyahu met Jordan's King Abdullah in Amman on Monday. "
     "\"We will keep talking,\" Netanyahu said. Police in Amman arrested two protesters, and "
     "the interior ministry condemned the protest. Union leader Marta Oyelaran-Kess criticised the police."),
    ("Benjamin Netanyahu accused Iran of arming militias, officials said on Tuesday. "
     "The foreign ministry in Tehran rejected the charge. Israeli troops detained three men near Hebron, "
     "and Marta Oyelaran-Kess praised the ministry."),
]


class _OneByOne(writes._ActorRows):
    """The rows filed as PostgreSQL files them: each new row inserted as it is filed."""

    def __init__(self, connection) -> None:
        super().__init__(connection)
        self.pending = None


def _write_all(read, store) -> list[int]:
    """Write every text; the number of actor INSERTs each document took."""
    inserts: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda c, cursor, sql, *rest: inserts.append(sql) if sql.startswith("INSERT INTO actors") else None)
    counts = []
    for number, text in enumerate(TEXTS):
        reading = read(text, published=date(2019, 3, 4 + number))
        before = len(inserts)
        assert store.write(reading, merge=ActorMerger())
        counts.append(len(inserts) - before)
    return counts


def test_new_actor_rows_go_in_one_insert_and_store_what_one_by_one_stores(read, store, tmp_path, monkeypatch) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL inserts each new row as it is filed")
    assert _write_all(read, store) == [1, 1]
    expected = stored_result(store)
    assert len(expected["actors"]) >= 8
    monkeypatch.setattr(writes, "_ActorRows", _OneByOne)
    plain = Store(database_url(tmp_path, "one_by_one"))
    try:
        assert min(_write_all(read, plain)) > 1
        assert differences(stored_result(plain), expected) == []
    finally:
        plain.close()


def test_a_person_filed_earlier_in_the_document_is_found_under_another_spelling(store) -> None:
    held_back = store.engine.dialect.name == "sqlite"  # PostgreSQL inserts each new row as it is filed
    with store.engine.begin() as connection:
        rows = writes._ActorRows(connection)
        first = merge_actor(Actor("Muhammad Karimov", "person", "UZB", "GOV"), "doc1", date(2015, 9, 21), rows)
        assert rows.write(first) and bool(rows.pending) == held_back
        again = merge_actor(Actor("Mohammed Karimov", "person", "UZB", "GOV", aliases=["the Uzbek minister"]),
                            "doc1", date(2015, 9, 22), rows)
        assert again.key == "muhammad karimov"
        assert (again.id is None) == held_back  # merged into the pending row, or into the one stored
        assert rows.write(again)
        rows.insert_pending()
        stored = rows.by_key("muhammad karimov")
    assert stored is not None and stored.id == rows.id_of("muhammad karimov")
    assert {"Mohammed Karimov", "the Uzbek minister"} <= set(stored.aliases)
    assert stored.roles == [{"code": "UZBGOV", "first_seen": "2015-09-21", "last_seen": "2015-09-22"}]
