"""Exports through the CLI: GDELT 2.0 event rows that pandas loads with GDELT's column names,
JSON Lines, Parquet and the JSON document."""

from __future__ import annotations

import json

import pandas
import pytest
from conftest import SHARED, examples_store
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.export import GDELT_COLUMNS
from newsevents.queries import event_list

runner = CliRunner()


def export(examples_db, tmp_path, format: str, name: str):
    out = tmp_path / name
    result = runner.invoke(app, ["export", "--db", examples_db.url, "--format", format, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_gdelt_export_loads_with_gdelt_column_names(examples_db, tmp_path):
    path = export(examples_db, tmp_path, "gdelt", "events.tsv")
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
    if any(d.get("tone") is not None for d in examples_db.documents()):  # AvgTone: the reporting documents' mean tone
        assert frame["AvgTone"].between(-100, 100).all()
    placed = frame[frame["ActionGeo_Type"] > 0].iloc[0]
    assert len(placed["ActionGeo_CountryCode"]) == 2 and -180 <= placed["ActionGeo_Long"] <= 180


def test_gdelt_columns_are_the_shared_gdelt_2_layout():
    layout = SHARED / "data" / "ontology" / "gdelt" / "gdelt2-events-columns.csv"
    if not layout.exists():
        pytest.skip(f"{layout} not found (../shared is absent)")
    assert tuple(pandas.read_csv(layout)["column"]) == GDELT_COLUMNS


def test_one_gdelt_row_per_reported_event(examples_db):
    from newsevents.export import gdelt_rows

    rows = gdelt_rows(examples_db)
    clustered = {r.event_id for c in examples_db.clusters() for r in c.evidence}
    unclustered = [e for e in event_list(examples_db) if e.id not in clustered]
    assert len(rows) == len(examples_db.clusters()) + len(unclustered)
    assert sum(row[GDELT_COLUMNS.index("NumMentions")] for row in rows) == len(event_list(examples_db))


def test_jsonl_has_one_event_a_line(examples_db, tmp_path):
    lines = export(examples_db, tmp_path, "jsonl", "events.jsonl").read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    assert len(events) == examples_db.counts()["events"]
    assert {"id", "document_id", "source", "target", "cameo", "sentence", "attribution"} <= set(events[0])


def test_parquet_is_one_flat_event_table(examples_db, tmp_path):
    frame = pandas.read_parquet(export(examples_db, tmp_path, "parquet", "events.parquet"))
    assert len(frame) == examples_db.counts()["events"]
    assert {"source_name", "source_code", "target_country", "place_lat", "attribution_speaker", "sentence"} <= set(frame.columns)
    assert str(frame["day"].dtype).startswith("datetime64")


def test_json_export_to_stdout_still_works(examples_db):
    result = runner.invoke(app, ["export", "--db", examples_db.url, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["events"]


def test_bad_export_requests_say_what_to_do(examples_db):
    unknown = runner.invoke(app, ["export", "--db", examples_db.url, "--format", "xml"])
    assert unknown.exit_code == 2 and "gdelt" in unknown.output
    parquet = runner.invoke(app, ["export", "--db", examples_db.url, "--format", "parquet"])
    assert parquet.exit_code == 2 and "--out" in parquet.output


@pytest.fixture(scope="module")
def awkward(pipeline, tmp_path_factory):
    """The examples with what broke real exports: an actor name opening with a stray quote (it
    merged half of a 1,000-article GDELT file into neighbouring rows), a spreadsheet formula and
    a tab in names, a year-only event date."""
    from datetime import date

    from sqlalchemy import select, update

    from newsevents.store import actors, events

    store = examples_store(pipeline, tmp_path_factory.mktemp("awkward"))
    with store.engine.begin() as connection:
        ids = [row.id for row in connection.execute(select(actors.c.id).order_by(actors.c.id))]
        for actor_id, name in zip(ids, ('"Quoted Minister', '=HYPERLINK("http://x.example","click")',
                                        "@SUM(A1)", "Tab\tin name", 'He said "no"')):
            connection.execute(update(actors).where(actors.c.id == actor_id).values(name=name))
            # Events show their actors' names as coded in their document: those are what is exported.
            connection.execute(update(events).where(events.c.source_id == actor_id).values(source_name=name))
            connection.execute(update(events).where(events.c.target_id == actor_id).values(target_name=name))
        first = connection.execute(select(events.c.id).order_by(events.c.id)).first().id
        connection.execute(update(events).where(events.c.id == first).values(date=date(1929, 1, 1), date_precision="year"))
    yield store
    store.close()


def test_every_format_reloads_whole_with_pandas_defaults(awkward, tmp_path):
    from newsevents.export import gdelt_rows

    events, reported = awkward.counts()["events"], len(gdelt_rows(awkward))
    with_url = sum(1 for e in event_list(awkward) if e.url)
    readers = {
        "csv": lambda p: pandas.read_csv(p),
        "gdelt": lambda p: pandas.read_csv(p, sep="\t", header=None, names=list(GDELT_COLUMNS)),
        "jsonl": lambda p: pandas.read_json(p, lines=True),
        "parquet": lambda p: pandas.read_parquet(p),
        "json": lambda p: pandas.DataFrame(json.loads(p.read_text(encoding="utf-8"))["events"]),
    }
    for format, read in readers.items():
        frame = read(export(awkward, tmp_path, format, f"events.{format}"))
        assert len(frame) == (reported if format == "gdelt" else events), format
        if format == "gdelt":  # SOURCEURL: the URL, else where the text came from
            assert frame["SOURCEURL"].notna().all()
        else:
            assert frame["url"].notna().sum() == with_url > 0, format


def test_gdelt_rows_have_61_fields_and_no_formula_or_quote(awkward, tmp_path):
    path = export(awkward, tmp_path, "gdelt", "events.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 60 for line in lines)
    frame = pandas.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str)
    names = pandas.concat([frame["Actor1Name"], frame["Actor2Name"]]).dropna()
    assert not names.str.contains('"').any() and not names.str.match(r"[=+@-]").any()
    assert names.str.startswith("'=HYPERLINK").any() and names.str.startswith("'QUOTED MINISTER").any()
    days = frame["SQLDATE"].dropna()
    assert days.str.fullmatch(r"\d{8}").all() and not days.str.endswith("0101").all()
    assert not (days == "19290101").any()  # a year-only date is no day


def test_csv_neutralises_formulas_and_keeps_the_date_precision(awkward, tmp_path):
    frame = pandas.read_csv(export(awkward, tmp_path, "csv", "events.csv"))
    for column in ("source_name", "target_name"):
        cells = frame[column].dropna()
        assert not cells.str.match(r"[=+@-]").any(), column
    assert frame["goldstein"].dtype.kind == "f" and (frame["goldstein"] < 0).any()  # numbers stay numbers
    yearly = frame[frame["date_precision"] == "year"]
    assert list(yearly["date"].astype(str)) == ["1929"] and yearly["day"].notna().all()
    assert not frame["day"].astype(str).str.startswith("1929").any()


def test_export_with_filters_and_errors_without_tracebacks(examples_db, tmp_path):
    out = tmp_path / "conflict.csv"
    result = runner.invoke(app, ["export", "--db", examples_db.url, "--format", "csv", "--out", str(out), "--quad-class", "4"])
    assert result.exit_code == 0, result.output
    frame = pandas.read_csv(out)
    assert len(frame) and (frame["quad_class"] == 4).all()
    missing = runner.invoke(app, ["export", "--db", examples_db.url, "--format", "gdelt", "--out", str(tmp_path / "nodir" / "x.tsv")])
    assert missing.exit_code == 2 and "--out" in missing.output and "Traceback" not in missing.output
