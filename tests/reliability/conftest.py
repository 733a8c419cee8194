"""The reliability suite: every test here is marked `reliability` (run it alone with
`pytest -m reliability`). Runs go through the `newsevents` command, as a user starts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from .runs import NEWS_CORPUS, snapshot

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.reliability)


@pytest.fixture(scope="session")
def news_articles(tmp_path_factory) -> Path:
    """40 real news articles (from ../shared) in one JSONL file: long enough to kill a run mid-way."""
    if not NEWS_CORPUS.exists():
        pytest.skip(f"the news corpus is not at {NEWS_CORPUS} (../shared is absent)")
    path = tmp_path_factory.mktemp("news") / "articles.jsonl"
    with NEWS_CORPUS.open(encoding="utf-8") as source:
        path.write_text("".join(line for _, line in zip(range(40), source)), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def clean_news_run(news_articles, tmp_path_factory, pipeline) -> dict[str, list]:
    """The 40 articles ingested by one uninterrupted run in one process: what every other run must equal."""
    from newsevents.store import Store

    path = tmp_path_factory.mktemp("clean") / "clean.db"
    store = Store(f"sqlite:///{path}")
    pipeline.run([str(news_articles)], store)
    store.close()
    return snapshot(path)
