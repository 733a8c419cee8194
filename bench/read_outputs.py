#!/usr/bin/env python3
"""Every read-side output of one store, written to a folder, so that a change to the read side
(queries, records, API, exports, CLI) can be shown to leave them byte-identical: run it before
and after the change on the same store and compare the folders.

Writes one file per output: each API route (every event, document and the first 50 actors one by
one, paged lists, aggregates, downloads), every export format (parquet as its CSV), the Python
API's records and DataFrames, the store's own reads, and the CLI's `events`, `actors`, `clusters`
and `show` tables. Prints how many files it wrote. Typed records are written as their JSON (`as_json`), so
the dicts they replaced compare equal.

    newsevents ingest examples/ --db sqlite:///reads.db
    python bench/read_outputs.py --db sqlite:///reads.db --out before/
    # ... change the code ...
    python bench/read_outputs.py --db sqlite:///reads.db --out after/
    diff -r before/ after/ && echo identical
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database URL of an ingested store (only read)")
    parser.add_argument("--out", required=True, type=Path, help="folder to write the outputs into")
    args = parser.parse_args()

    import pandas
    from fastapi.testclient import TestClient

    import newsevents
    from newsevents import queries
    from newsevents.api.app import create_app
    from newsevents.export import export
    from newsevents.store import Store

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    store = Store(args.db, create=False)
    client = TestClient(create_app(store))

    def api(name: str, path: str) -> bytes:
        response = client.get(path)
        (out / f"api_{name}").write_bytes(response.content)
        return response.content

    events = json.loads(api("events", "/api/events?limit=1000"))["items"]
    api("events_page", "/api/events?limit=7&total=true")
    if len(events) > 6:
        api("events_page2", f"/api/events?limit=7&cursor={events[6]['id']}")
    for event in events:
        api(f"event_{event['id']}", f"/api/events/{event['id']}")
    for name, path in (("download_csv", "events/download?format=csv"), ("download_json", "events/download?format=json"),
                       ("download_csv_root_04", "events/download?format=csv&root=04"), ("facets", "facets"),
                       ("timeline", "timeline"), ("timeline_month", "timeline?interval=month"), ("network", "network"),
                       ("network_country", "network?level=country"), ("network_top", "network?top=20"),
                       ("network_country_top", "network?level=country&top=5"), ("places", "places"),
                       ("dyad_series", "dyads/series?a=USA&b=RUS&interval=week"), ("clusters", "clusters"),
                       ("actors", "actors?limit=1000"), ("documents", "documents?limit=1000"), ("summary", "summary")):
        api(name, f"/api/{path}")
    for document in client.get("/api/documents?limit=1000").json()["items"]:
        api(f"document_{document['id']}", f"/api/documents/{document['id']}")
    for actor in client.get("/api/actors?limit=50").json()["items"]:
        api(f"actor_{actor['id']}", f"/api/actors/{actor['id']}")

    for format in ("csv", "json", "jsonl", "gdelt"):
        (out / f"export.{format}").write_text(str(export(store, format)), encoding="utf-8")
    parquet = export(store, "parquet")
    assert isinstance(parquet, bytes)
    (out / "export_parquet.csv").write_text(pandas.read_parquet(io.BytesIO(parquet)).to_csv(), encoding="utf-8")

    db = newsevents.open(args.db)
    python_api = {
        "events": repr(list(db.events())), "events_frame.csv": db.events().to_dataframe().to_csv(),
        "events_dicts": repr(db.events().to_dicts()),
        "actors": repr(list(db.actors())) + db.actors().to_dataframe().to_csv(),
        "documents": repr(list(db.documents())) + db.documents().to_dataframe().to_csv(),
        "clusters": repr(as_json(db.clusters())), "places": repr(as_json(list(db.places()))),
        "document_views": repr(as_json([db.document(d.id) for d in db.documents()])),
        "timeline_frame.csv": db.timeline("week").to_dataframe().to_csv(),
        "dyad": repr(as_json(db.dyad("USA", "RUS"))), "network": repr(as_json([db.network(level="country")])),
    }
    for name, text in python_api.items():
        (out / f"python_{name}").write_text(text, encoding="utf-8")
    (out / "store_reads").write_text(repr([
        store.documents(), store.actors(), as_json(store.copies()), as_json(store.attributions()), store.places(), store.skips(),
        store.counts(), as_json(store.clusters()), [store.mentions(d["id"]) for d in store.documents()],
    ]), encoding="utf-8")
    (out / "queries_everything").write_text(repr(queries.everything(store)), encoding="utf-8")

    cli = Path(sys.executable).parent / "newsevents"
    commands = [["events", "--limit", "0"], ["actors", "--limit", "0"], ["clusters"]]
    if events:
        commands.append(["show", events[0]["document_id"]])
    for command in commands:
        shown = subprocess.run([str(cli), *command, "--db", args.db], capture_output=True,
                               env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
        (out / f"cli_{command[0]}").write_bytes(shown.stdout + shown.stderr)
    print(f"{len(list(out.iterdir()))} files in {out}")


def as_json(records: list) -> list:
    """Records as their JSON (the dicts they replaced read the same), plain dicts as they are."""
    return [r.to_json() if hasattr(r, "to_json") else r for r in records]


if __name__ == "__main__":
    main()
