"""The store and the CLI against real files and a real SQLite database per test."""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import EXAMPLES, database_url
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.queries import event_list

runner = CliRunner()


def test_reingesting_the_same_document_adds_nothing(pipeline, store):
    first = pipeline.run([str(EXAMPLES / "sanctions.txt")], store)
    counts = store.counts()
    second = pipeline.run([str(EXAMPLES / "sanctions.txt")], store)
    assert (first.stored, second.stored, second.duplicates) == (1, 0, 1)
    assert {k: v for k, v in store.counts().items() if k != "skips"} == {k: v for k, v in counts.items() if k != "skips"}


def test_actors_are_shared_across_documents(pipeline, store, tmp_path):
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    one.write_text("Talks in Sochi\n\nRussian president Vladimir Putin met Turkish president Kemal Arslan in Sochi on Monday "
                   "to discuss grain exports and the war. The two leaders spoke for three hours, officials said.\n")
    two.write_text("Fertiliser row\n\nRussian president Vladimir Putin criticised the European Union on Friday over new "
                   "sanctions on fertiliser exports to Africa. He said the measures would hurt the poorest countries.\n")
    pipeline.run([str(one), str(two)], store)
    putins = [a for a in store.actors() if a["name"] == "Vladimir Putin"]
    assert len(putins) == 1 and putins[0]["code"] == "RUSGOV" and putins[0]["mentions"] == 3  # two names and "He"


def test_event_filters(pipeline, store):
    pipeline.run([str(EXAMPLES)], store)
    everything = event_list(store)
    assert everything
    assert all(e.root == "16" for e in event_list(store, cameo="16"))
    by_country = event_list(store, country="BLR")
    assert by_country and all("BLR" in (e.source.code if e.source else "") + (e.target.code if e.target else "") for e in by_country)
    assert len(event_list(store, limit=2)) == 2


@pytest.fixture
def messy_folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "broken.html.gz").write_bytes(gzip.compress(b"<html><body><p>cut short</p></body></html>")[:20])
    russian = ("Министерство иностранных дел России заявило в понедельник, что переговоры с делегацией "
               "Турции прошли успешно.\n\nСтороны договорились продолжить консультации в следующем месяце в "
               "Анкаре, сообщили в ведомстве.\n\nПо словам дипломатов, обсуждались вопросы торговли и энергетики.\n")
    (folder / "cp1251.txt").write_bytes(("Заголовок\n\n" + russian).encode("cp1251"))
    (folder / "good.txt").write_bytes((EXAMPLES / "sanctions.txt").read_bytes())
    return folder


def test_cli_ingest_skips_bad_files_with_reasons_and_goes_on(messy_folder, tmp_path):
    db = database_url(tmp_path, 'cli')
    result = runner.invoke(app, ["ingest", str(messy_folder), "--db", db])
    assert result.exit_code == 0, result.output
    assert "stored" in result.output
    for reason in ("empty", "binary", "unreadable", "language"):
        assert f"skipped: {reason}" in result.output
    exported = json.loads(runner.invoke(app, ["export", "--format", "json", "--db", db]).stdout)
    assert len(exported["documents"]) == 1 and exported["events"]


def test_cli_export_json_has_the_documented_shape(pipeline, store, tmp_path):
    pipeline.run([str(EXAMPLES / "visit.html")], store)
    result = runner.invoke(app, ["export", "--format", "json", "--db", store.url])
    data = json.loads(result.stdout)
    assert set(data) == {"documents", "actors", "places", "events", "attributions", "clusters"}
    event = data["events"][0]
    for key in ("source", "target", "cameo", "root", "quad_class", "goldstein", "modality", "date", "place",
                "topics", "sentence", "start", "end", "attribution"):
        assert key in event
    assert set(event["source"]) == {"id", "name", "code", "country", "start", "end"} and "url" in event and "day" in event


def test_cli_events_show_and_actors(pipeline, store):
    pipeline.run([str(EXAMPLES / "visit.html")], store)
    listed = runner.invoke(app, ["events", "--db", store.url, "--json"])
    events = json.loads(listed.stdout)
    assert events
    shown = runner.invoke(app, ["show", events[0]["document_id"][:8], "--db", store.url])
    assert shown.exit_code == 0 and "events" in shown.output
    actors = runner.invoke(app, ["actors", "--db", store.url])
    assert actors.exit_code == 0 and "Claire Dumont" in actors.output


def test_cli_bad_parameters_say_what_to_do(store):
    result = runner.invoke(app, ["events", "--db", store.url, "--since", "last tuesday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = runner.invoke(app, ["export", "--db", store.url, "--format", "xml"])
    assert result.exit_code == 2


def test_cli_events_show_totals_sentences_and_fitting_hints(pipeline, store):
    pipeline.run([str(EXAMPLES)], store)
    total = store.counts()["events"]
    listed = runner.invoke(app, ["events", "--db", store.url, "--limit", "2"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0 and f"2 of {total} events" in listed.output
    first = event_list(store)[0]
    assert first.sentence.split()[0] in listed.output and "more: raise --limit" in listed.output
    narrow = runner.invoke(app, ["events", "--db", store.url, "--limit", "2"], env={"COLUMNS": "80"})
    assert narrow.exit_code == 0 and " ".join(first.sentence.split()[:6]) in " ".join(narrow.output.split())
    russia = runner.invoke(app, ["events", "--db", store.url, "--country", "Russia"])
    assert russia.exit_code == 2 and "RUS" in russia.output and "Ingest" not in russia.output
    nothing = runner.invoke(app, ["events", "--db", store.url, "--actor", "nobody at all"])
    assert nothing.exit_code == 0 and f"holds {total} events" in nothing.output and "Ingest" not in nothing.output


def test_cli_on_an_empty_store_says_to_ingest(store):
    empty = runner.invoke(app, ["events", "--db", store.url])
    assert empty.exit_code == 0 and "Ingest articles first" in empty.output


def test_cli_summary_has_elapsed_time_and_rate(tmp_path):
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "sanctions.txt"), "--db", f"sqlite:///{tmp_path / 'r.db'}"])
    assert result.exit_code == 0 and "elapsed" in result.output and "documents/s" in result.output


def test_document_counts_known_cheaply(tmp_path):
    from newsevents.cli import count_documents

    lines = tmp_path / "a.jsonl"
    lines.write_text('{"text": "one"}\n\n{"text": "two"}\n')
    assert count_documents([str(EXAMPLES)]) == 6  # 3 pages, README.md (a skip), wire.jsonl with 2 lines
    assert count_documents([str(lines), str(EXAMPLES / "sanctions.txt")]) == 3
    assert count_documents(["-"]) is None


def test_reading_commands_start_without_spacy_or_pandas():
    """`newsevents events`, `export` and `--help` must start fast: spaCy (and datasketch's scipy,
    pandas) load only in the commands that use them."""
    import subprocess
    import sys

    code = "import sys, newsevents.cli; print(sorted(m for m in ('spacy', 'scipy', 'pandas', 'datasketch') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"
