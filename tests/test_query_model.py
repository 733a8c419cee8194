"""One query model: the CLI, the REST API and the Python API answer the same filters with the
same events in the same order (by day, then id), and `export` selects the same events."""

from __future__ import annotations

import json
import warnings

import pytest
from typer.testing import CliRunner

import newsevents
from newsevents.cli import DEFAULT_URL as CLI_DEFAULT_URL
from newsevents.cli import app
from newsevents.store import DEFAULT_URL

with warnings.catch_warnings():  # starlette asks for httpx2; httpx works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsevents.api import create_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
runner = CliRunner()

# Each filter set as (CLI options, API parameters, Python API keywords).
CASES = [
    ([], {}, {}),
    (["--since", "2000-01-01"], {"since": "2000-01-01"}, {"since": "2000-01-01"}),
    (["--until", "2025-02-10"], {"until": "2025-02-10"}, {"until": "2025-02-10"}),
    (["--country", "IND"], {"country": "IND"}, {"country": "IND"}),
    (["--actor", "army"], {"actor": "army"}, {"actor": "army"}),
    (["--actor-id", "2"], {"actor_id": 2}, {"actor_id": 2}),
    (["--cameo", "04"], {"cameo": "04"}, {"cameo": "04"}),
    (["--root", "19"], {"root": "19"}, {"root": "19"}),
    (["--quad-class", "4"], {"quad_class": 4}, {"quad_class": 4}),
    (["--modality", "happened"], {"modality": "happened"}, {"modality": "happened"}),
    (["--outlet", "meridian wire"], {"outlet": "meridian wire"}, {"outlet": "meridian wire"}),
    (["--place", "bruss"], {"place": "bruss"}, {"place": "bruss"}),
    (["--place", "IND"], {"place": "IND"}, {"place": "IND"}),  # by the place's country code (the visit to India)
    (["--text", "said"], {"q": "said"}, {"text": "said"}),
    (["--country", "IND", "--quad-class", "4", "--since", "2025-02-01"],
     {"country": "IND", "quad_class": 4, "since": "2025-02-01"}, {"country": "IND", "quad_class": 4, "since": "2025-02-01"}),
]


def cli_ids(examples_db, options):
    result = runner.invoke(app, ["events", "--db", examples_db.url, "--limit", "0", "--json", *options])
    assert result.exit_code == 0, result.output
    return [e["id"] for e in json.loads(result.stdout)]


def export_ids(examples_db, options, tmp_path):
    out = tmp_path / "selected.jsonl"
    result = runner.invoke(app, ["export", "--db", examples_db.url, "--format", "jsonl", "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("cli, api, python", CASES, ids=[" ".join(c[0]) or "all" for c in CASES])
def test_cli_api_python_api_and_export_return_the_same_events(examples_db, cli, api, python, tmp_path):
    client = TestClient(create_app(examples_db), raise_server_exceptions=False)
    served = client.get("/api/events", params={**api, "limit": 1000})
    assert served.status_code == 200, served.text
    api_ids = [e["id"] for e in served.json()["items"]]
    with newsevents.open(examples_db.url) as db:
        python_ids = [e.id for e in db.events(**python)]
    assert cli_ids(examples_db, cli) == api_ids == python_ids == export_ids(examples_db, cli, tmp_path)


def test_some_filters_select_some_but_not_all(examples_db):
    everything = cli_ids(examples_db, [])
    for options in (c[0] for c in CASES[1:]):
        if options[0] in ("--since", "--text", "--modality"):
            continue
        assert 0 < len(cli_ids(examples_db, options)) < len(everything), options


def test_events_are_ordered_by_day_then_id(examples_db):
    with newsevents.open(examples_db.url) as db:
        events = db.events()
    keys = [(e.day is None, e.day or "", e.id) for e in events]
    assert keys == sorted(keys) and events


def test_a_year_only_date_is_no_day(examples_db):
    """"Born in 1929": the event keeps its year (`date` "1929") but counts on its document's
    publication date, so date filters, the timeline and GDELT's SQLDATE never see 1929-01-01."""
    from sqlalchemy import update

    from newsevents.store import events

    with newsevents.open(examples_db.url) as db:
        target = db.events(country="IND")[0]
    with examples_db.engine.begin() as connection:
        connection.execute(update(events).where(events.c.id == target.id).values(
            date=__import__("datetime").date(1929, 1, 1), date_precision="year"))
    try:
        with newsevents.open(examples_db.url) as db:
            moved = next(e for e in db.events() if e.id == target.id)
            assert (moved.date, moved.date_precision, moved.day) == ("1929", "year", moved.published)
            assert target.id not in [e.id for e in db.events(until="1999-12-31")]
            timeline = db.timeline("month").to_dicts()
            assert all(not row["period"].startswith("1929") for row in timeline)
    finally:
        with examples_db.engine.begin() as connection:
            connection.execute(update(events).where(events.c.id == target.id).values(
                date=__import__("datetime").date.fromisoformat(target.date) if target.date else None,
                date_precision=target.date_precision))


def test_the_cli_and_the_store_share_the_default_database():
    assert CLI_DEFAULT_URL == DEFAULT_URL
