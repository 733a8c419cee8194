"""The store-wide actor table: one row per person across spellings, with roles over time."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsevents.cli import app

# Written for this test: the same man in two years, under two spellings and two roles.
IN_OFFICE = ("Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in Moscow on Monday "
             "to discuss the war in Syria and the safety of Israeli aircraft over the country.")
IN_OPPOSITION = ("Israeli opposition leader Binyamin Netanyahu accused the government of weakness on Tuesday and "
                 "called for new elections, telling supporters in Jerusalem that the coalition had failed them.")
FATHER = ("Former U.S. President George Bush met Chinese officials in Beijing on Monday to discuss trade, "
          "his office said in a statement released in Houston, where the former president now lives with his family.")
SON = ("U.S. President George W. Bush met Japanese Prime Minister Junichiro Koizumi in Tokyo on Monday to discuss "
       "North Korea, the White House said in a statement.")


def ingest(pipeline, store, tmp_path, records):
    path = tmp_path / "people.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    pipeline.run([str(path)], store)


def test_one_person_under_two_spellings_keeps_roles_over_time(pipeline, store, tmp_path):
    ingest(pipeline, store, tmp_path, [
        {"text": IN_OFFICE, "published": "2015-09-22", "outlet": "Reuters"},
        {"text": IN_OPPOSITION, "published": "2022-03-01", "outlet": "Haaretz"},
    ])
    people = [a for a in store.actors() if "netanyahu" in a["key"]]
    assert len(people) == 1, people
    netanyahu = people[0]
    assert {"Benjamin Netanyahu", "Binyamin Netanyahu"} <= {netanyahu["name"], *netanyahu["aliases"]}
    assert [(r["code"], r["first_seen"]) for r in netanyahu["roles"]] == [("ISRGOV", "2015-09-22"), ("ISROPP", "2022-03-01")]
    assert netanyahu["code"] == "ISROPP"  # the latest role

    listed = json.loads(CliRunner().invoke(app, ["actors", "--db", store.url, "--json"]).stdout)
    [row] = [a for a in listed if a["id"] == netanyahu["id"]]
    assert [r["code"] for r in row["roles"]] == ["ISRGOV", "ISROPP"]


def test_father_and_son_are_not_merged(pipeline, store, tmp_path):
    ingest(pipeline, store, tmp_path, [
        {"text": FATHER, "published": "2005-05-02", "outlet": "AP"},
        {"text": SON, "published": "2005-05-09", "outlet": "AP"},
    ])
    bushes = sorted(a["name"] for a in store.actors() if a["key"].endswith(" bush"))
    assert bushes == ["George Bush", "George W. Bush"]
