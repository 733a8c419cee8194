"""Exports through the CLI: GDELT 2.0 event rows that pandas loads with GDELT's column names,
JSON Lines, Parquet and the JSON document."""

from __future__ import annotations

import json

import pandas
import pytest
from typer.testing import CliRunner

from conftest import SHARED, examples_store
from newsevents.cli import app
from newsevents.export import GDELT_COLUMNS

runner = CliRunner()


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory):
    store = examples_store(pipeline, tmp_path_factory.mktemp("export"))
    yield store
    store.close()


def export(db, tmp_path, format: str, name: str):
    out = tmp_path / name
    result = runner.invoke(app, ["export", "--db", db.url, "--format", format, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_gdelt_export_loads_with_gdelt_column_names(db, tmp_path):
    path = export(db, tmp_path, "gdelt", "events.tsv")
    frame = pandas.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS),
                            dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    assert list(frame.columns) == list(GDELT_COLUMNS) and len(frame.columns) == 61
    assert frame["GLOBALEVENTID"].is_unique and len(frame) > 0
    assert frame["QuadClass"].between(1, 4).all() and frame["GoldsteinScale"].between(-10, 10).all()
    assert (frame["EventRootCode"] == frame["EventCode"].str[:2]).all()
    assert (frame[["NumMentions", "NumSources", "NumArticles"]] >= 0).all().all()
    dated = frame.dropna(subset=["SQLDATE"])
    assert (dated["SQLDATE"] // 100 == dated["MonthYear"]).all() and (dated["MonthYear"] // 100 == dated["Year"]).all()
    detained = frame[frame["Actor1Code"] == "GEOCOP"].iloc[0]
    assert (detained["EventCode"], detained["Actor1CountryCode"], detained["Actor1Type1Code"]) == ("173", "GEO", "COP")
    assert detained["SOURCEURL"].startswith("https://") and detained["IsRootEvent"] == 1
    if any(d.get("tone") is not None for d in db.documents()):  # AvgTone: the reporting documents' mean tone
        assert frame["AvgTone"].between(-100, 100).all()
    placed = frame[frame["ActionGeo_Type"] > 0].iloc[0]
    assert len(placed["ActionGeo_CountryCode"]) == 2 and -180 <= placed["ActionGeo_Long"] <= 180


def test_gdelt_columns_are_the_shared_gdelt_2_layout():
    layout = SHARED / "data" / "ontology" / "gdelt" / "gdelt2-events-columns.csv"
    if not layout.exists():
        pytest.skip(f"{layout} not found (../shared is absent)")
    assert tuple(pandas.read_csv(layout)["column"]) == GDELT_COLUMNS


def test_one_gdelt_row_per_reported_event(db):
    from newsevents.export import gdelt_rows

    rows = gdelt_rows(db)
    clustered = {r["event_id"] for c in db.clusters() for r in c["evidence"]}
    unclustered = [e for e in db.events() if e["id"] not in clustered]
    assert len(rows) == len(db.clusters()) + len(unclustered)
    assert sum(row[GDELT_COLUMNS.index("NumMentions")] for row in rows) == len(db.events())


def test_jsonl_has_one_event_a_line(db, tmp_path):
    lines = export(db, tmp_path, "jsonl", "events.jsonl").read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    assert len(events) == db.counts()["events"]
    assert {"id", "document_id", "source", "target", "cameo", "sentence", "attribution"} <= set(events[0])


def test_parquet_is_one_flat_event_table(db, tmp_path):
    frame = pandas.read_parquet(export(db, tmp_path, "parquet", "events.parquet"))
    assert len(frame) == db.counts()["events"]
    assert {"source_name", "source_code", "target_country", "place_lat", "attribution_speaker", "sentence"} <= set(frame.columns)
    assert str(frame["day"].dtype).startswith("datetime64")


def test_json_export_to_stdout_still_works(db):
    result = runner.invoke(app, ["export", "--db", db.url, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["events"]


def test_bad_export_requests_say_what_to_do(db):
    unknown = runner.invoke(app, ["export", "--db", db.url, "--format", "xml"])
    assert unknown.exit_code == 2 and "gdelt" in unknown.output
    parquet = runner.invoke(app, ["export", "--db", db.url, "--format", "parquet"])
    assert parquet.exit_code == 2 and "--out" in parquet.output
