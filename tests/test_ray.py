"""The Ray executor on a Ray instance in this process: the same stored result as one local process,
site memory included. The two-node cluster with PostgreSQL is tests/test_ray_cluster.py."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES, assert_same_store, database_url, stored_result

from newsevents.store import Store

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'newsevents[ray]')")
from newsevents.executor.ray import RayExecutor  # noqa: E402  (after the skip)


@pytest.fixture(scope="module")
def ray_instance():
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield
    ray.shutdown()


def local_and_ray(pipeline, tmp_path, paths: list[str]):
    local = Store(database_url(tmp_path, "local"))
    local_summary = pipeline.run(paths, local)
    remote = Store(database_url(tmp_path, "ray"))
    executor = RayExecutor(workers=2)
    ray_summary = pipeline.run(paths, remote, executor=executor)
    results = (local_summary, stored_result(local), ray_summary, stored_result(remote), executor)
    local.close()
    remote.close()
    return results


def test_ray_stores_what_one_process_stores_copies_included(ray_instance, pipeline, tmp_path):
    from test_duplicates import write_pages

    write_pages(tmp_path / "pages")  # an article and a near copy of it under another outlet
    local_summary, local, ray_summary, remote, _ = local_and_ray(pipeline, tmp_path, [str(EXAMPLES), str(tmp_path / "pages")])
    assert local_summary.stored >= 5 and local_summary.copies == 1 and len(local["events"]) > 10
    assert (ray_summary.stored, ray_summary.copies, ray_summary.events) == (
        local_summary.stored, local_summary.copies, local_summary.events)
    assert_same_store(local, remote)


def test_site_memory_learned_in_flight_is_what_one_process_learns(ray_instance, pipeline, tmp_path, monkeypatch):
    from test_site_memory import STORIES, page

    # One page per batch and two workers: later pages are cleaned before earlier ones are written.
    monkeypatch.setattr(pipeline, "batch_size", 1)
    corpus = tmp_path / "gazette.jsonl"
    lines = [json.dumps({"text": page(s), "outlet": "Harbour Gazette"}) for s in STORIES * 2]
    corpus.write_text("\n".join(lines), encoding="utf-8")
    local_summary, local, _, remote, executor = local_and_ray(pipeline, tmp_path, [str(corpus)])
    assert local_summary.stored > 4  # pages seen again once the promo is learned lose it: new bodies
    assert_same_store(local, remote)
    assert executor.recleaned >= 1  # a batch cleaned with memory one process would not have had


def test_an_in_memory_store_is_refused_with_a_reason(ray_instance, pipeline):
    with pytest.raises(ValueError, match="workers can open"):
        pipeline.run([str(EXAMPLES)], Store("sqlite://"), executor=RayExecutor(workers=1))
