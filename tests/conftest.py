"""Shared fixtures: one loaded pipeline for the session (spaCy loads once), paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
SEED = SHARED / "seed" / "000_e81d9bfdad51a53f.txt"
SEED_EXPECTED = SHARED / "seed" / "000_e81d9bfdad51a53f.expected.json"


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def full_pipeline():
    """A pipeline that parses every sentence, not only those with an event or claim word."""
    from newsevents.pipeline import Pipeline

    return Pipeline(parse_all=True)


@pytest.fixture
def read_all(full_pipeline):
    """`read` with every sentence parsed: for coreference through sentences with no event."""
    from newsevents.model import Skip

    def _read(text: str, **kwargs):
        reading = full_pipeline.read_text(text, clean=False, **kwargs)
        assert not isinstance(reading, Skip), reading
        return reading

    return _read


@pytest.fixture
def read(pipeline):
    """Read one text in memory and return its Reading (fails the test on a Skip)."""
    from newsevents.model import Skip

    def _read(text: str, **kwargs):
        kwargs.setdefault("clean", False)  # test sentences are bodies already
        reading = pipeline.read_text(text, **kwargs)
        assert not isinstance(reading, Skip), reading
        return reading

    return _read


@pytest.fixture
def store(tmp_path):
    from newsevents.store import Store

    store = Store(f"sqlite:///{tmp_path / 'test.db'}")
    yield store
    store.close()


def examples_store(pipeline, folder: Path):
    """A SQLite store in `folder` holding the example articles (each test module its own)."""
    from newsevents.store import Store

    store = Store(f"sqlite:///{folder / 'examples.db'}")
    pipeline.run([str(EXAMPLES)], store)
    return store


def require_seed() -> None:
    if not SEED.exists() or not SEED_EXPECTED.exists():
        pytest.skip(f"seed article not found at {SEED.parent} (../shared is absent); acceptance test skipped")
