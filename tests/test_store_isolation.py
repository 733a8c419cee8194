"""Property: one document's stored events do not depend on what else is in the store.

Real articles from ../shared/data/news-corpus/ are read once (reading is per document); each one's
exported events are then compared when it is stored alone, amid all the others in their order,
in reverse, and shuffled: source and target (name, code, mention span), CAMEO code, modality,
spans, place, date and who says so must be identical.

Marked `slow` (about a minute and a half on two cores): it runs with `make test`; leave it out
with `pytest -m "not slow"`.
"""

from __future__ import annotations

import json
import random
from datetime import date

import pytest
from conftest import SHARED

from newsevents.actors.merge import ActorMerger
from newsevents.queries import event_list

CORPUS = SHARED / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
ARTICLES = 200
MAX_CHARS = 5000  # shorter articles keep the test quick; still hundreds of people and bodies in common

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def readings(pipeline):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not found (../shared is absent): store isolation not tested on real articles")
    from newsevents.model import RawDocument, Skip

    documents = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if len(record["text"]) > MAX_CHARS:
                continue
            raw = RawDocument(record["id"], record["text"].encode("utf-8"), "text", url=record.get("url"),
                              outlet=record.get("outlet"), title=record.get("title"),
                              published=date.fromisoformat(record["published"]) if record.get("published") else None)
            document = pipeline.prepare(raw)
            if not isinstance(document, Skip) and document.id not in {d.id for d in documents}:
                documents.append(document)
            if len(documents) == ARTICLES:
                break
    found = pipeline.read(documents)
    assert len(found) == ARTICLES and sum(len(r.events) for r in found) > 1000
    return found


def _exported(store) -> dict[str, list[tuple]]:
    by_document: dict[str, list[tuple]] = {}
    for e in event_list(store):
        attribution = e.attribution
        by_document.setdefault(e.document_id, []).append((
            _side(e.source), _side(e.target), e.cameo, e.modality, e.start, e.end,
            e.trigger_start, e.trigger_end, e.date, e.place.name if e.place else None,
            *((attribution.kind, attribution.speaker, attribution.reported_by) if attribution else (None, None, None)),
        ))
    return {d: sorted(rows, key=repr) for d, rows in by_document.items()}


def _side(actor):
    return None if actor is None else (actor.name, actor.code, actor.start, actor.end)


def _stored(readings, path):
    from newsevents.store import Store

    store = Store(f"sqlite:///{path}")
    for reading in readings:
        assert store.write(reading, merge=ActorMerger())
    exported = _exported(store)
    store.close()
    return exported


def test_each_document_s_events_are_the_same_alone_and_amid_the_others_in_any_order(readings, tmp_path):
    alone: dict[str, list[tuple]] = {}
    for i, reading in enumerate(readings):
        alone.update(_stored([reading], tmp_path / f"alone-{i}.db"))
    assert sum(map(len, alone.values())) > 1000
    shuffled = list(readings)
    random.Random(13).shuffle(shuffled)
    for name, order in (("forward", readings), ("reverse", readings[::-1]), ("shuffled", shuffled)):
        amid = _stored(order, tmp_path / f"{name}.db")
        differing = [d for d in alone if amid.get(d) != alone[d]]
        assert not differing, (name, differing[:3], [(alone[d][:2], amid.get(d, [])[:2]) for d in differing[:1]])
        assert set(amid) == set(alone)


def test_no_generic_role_noun_is_shared_between_documents(readings, tmp_path):
    from newsevents.actors.identity import is_role_noun
    from newsevents.store import Store

    store = Store(f"sqlite:///{tmp_path / 'all.db'}")
    for reading in readings:
        store.write(reading, merge=ActorMerger())
    shared = store.actors(store_wide=True)
    # A role-noun body is shared only with its country ("foreign ministry|RUS"), never alone.
    generic = [a["key"] for a in shared if is_role_noun(a["name"]) and "|" not in a["key"]
               and a["kind"] in {"organisation", "group"}]
    assert generic == []
    people = [a for a in shared if a["kind"] == "person"]
    full_names = {a["name"] for a in people}
    crossing = [(a["name"], alias) for a in people for alias in a["aliases"] if alias in full_names - {a["name"]}]
    assert crossing == []
    store.close()

