"""The `newsevents` command: a thin Typer + Rich layer over the pipeline and the store."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from newsevents.cli_evaluate import evaluate_app
from newsevents.executor import WorkersLost
from newsevents.ingest import JsonlFields
from newsevents.nlp import DEFAULT_MODEL, ModelNotInstalled
from newsevents.store import DEFAULT_URL, EventFilter, Store

app = typer.Typer(
    help="Read news and write down what happened in it: CAMEO-coded, source-attributed events, offline.\n\n"
    "Start with:  newsevents ingest examples/   then   newsevents events",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(evaluate_app, name="evaluate")
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", envvar="NEWSEVENTS_DB", help="Database URL: sqlite:///file.db or postgresql://…")]


def _date(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2015-09-17", param_hint=option)


def _open(db: str) -> Store:
    try:
        return Store(db)
    except Exception as error:  # a bad URL or an unreachable server: say what to do
        errors.print(f"[red]Cannot open the database {db!r}:[/] {error}\nUse --db sqlite:///path.db or a PostgreSQL URL.")
        raise typer.Exit(2)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs or '-' for stdin: .txt .html .jsonl .warc .arc .rss .atom .xml, each also .gz")],
    db: DbOption = DEFAULT_URL,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for texts that carry none; anchors 'on Monday'")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name for documents that do not say")] = None,
    model: Annotated[str, typer.Option(help="spaCy pipeline package to parse with (e.g. en_core_web_trf on a GPU)")] = DEFAULT_MODEL,
    text_field: Annotated[str, typer.Option(help="JSONL key holding the article text")] = "text",
    html_field: Annotated[str, typer.Option(help="JSONL key holding raw HTML")] = "html",
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", exists=True, dir_okay=False, help="PETRARCH/Phoenix actor dictionary to code names with (repeatable), e.g. Phoenix.Countries.actors.txt")] = None,
    agents: Annotated[Optional[list[Path]], typer.Option("--agents", exists=True, dir_okay=False, help="PETRARCH agent dictionary (nouns → roles, e.g. Phoenix.agents.txt; repeatable)")] = None,
    verbs: Annotated[Optional[Path], typer.Option("--verbs", exists=True, dir_okay=False, help="PETRARCH CAMEO verb dictionary to code events with instead of the built-in lexicon (e.g. CAMEO.2.0.txt)")] = None,
    parse_all: Annotated[bool, typer.Option("--parse-all", help="Parse every sentence, not only those with an event word or a quote: slower, finds more actor mentions")] = False,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Processes that clean and read in parallel (one per CPU core is a good start); with --engine ray, actors (default: one per CPU of the cluster)")] = None,
    engine: Annotated[str, typer.Option(help="Where cleaning and reading run: 'local' (this machine) or 'ray' (a Ray cluster: pip install 'newsevents\\[ray]')")] = "local",
    address: Annotated[Optional[str], typer.Option(help="With --engine ray: 'auto' (the cluster 'ray start' made here), 'host:port' or 'ray://head:10001'; none starts Ray on this machine")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every skipped document as it happens")] = False,
) -> None:
    """Read articles, code their events, and store everything. Re-ingesting adds nothing.

    Copies of a stored article (exact, or near: a wire story run by another outlet) are not coded
    again: they are linked to it, so each document counts the articles and outlets that ran it."""
    logging.basicConfig(level=logging.WARNING if verbose else logging.ERROR, format="%(levelname)s %(message)s")
    when = _date(published, "--published")
    if engine not in ("local", "ray"):
        raise typer.BadParameter(f"'{engine}' is not an engine; use local or ray", param_hint="--engine")
    executor = None
    if engine == "ray":
        from newsevents.executor.ray import RayExecutor, ray_module

        try:
            ray_module()
        except RuntimeError as error:
            errors.print(f"[red]{escape(str(error))}[/]")
            raise typer.Exit(2)
        executor = RayExecutor(address=address, workers=workers)
    from newsevents.petrarch import load_dictionaries
    from newsevents.pipeline import Pipeline  # spaCy loads here, not for --help

    store = _open(db)
    try:
        with console.status("Loading the language model and dictionaries…"):
            dictionaries = load_dictionaries(actors or [], agents or [], verbs)
            pipeline = Pipeline(model=model, parse_all=parse_all, dictionaries=dictionaries)
    except ModelNotInstalled as error:
        errors.print(f"[red]{error}[/]")
        raise typer.Exit(2)
    columns = (SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[current]}", style="dim"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=None, current="")

        def advance(origin: str) -> None:
            progress.update(task, advance=1, current=Path(origin).name[:40])

        try:
            summary = pipeline.run(paths, store, published=when, outlet=outlet,
                                   fields=JsonlFields(text=text_field, html=html_field), on_document=advance,
                                   workers=workers or 1, executor=executor)
        except WorkersLost as error:  # a cluster that lost every worker: say so, keep what is stored
            errors.print(f"[red]{escape(str(error))}[/]")
            raise typer.Exit(1)
    table = Table(title="ingest summary", show_header=False, title_justify="left")
    table.add_row("read", str(summary.read))
    table.add_row("stored", str(summary.stored))
    table.add_row("copies of a stored article (linked, not re-coded)", str(summary.copies))
    table.add_row("already stored (nothing added)", str(summary.duplicates))
    for reason, count in sorted(summary.skipped.items()):
        table.add_row(f"skipped: {reason}", str(count))
    table.add_row("events", str(summary.events))
    table.add_row("actor mentions", str(summary.mentions))
    table.add_row("attributions", str(summary.attributions))
    if executor is not None and executor.lost:
        table.add_row("ray workers lost (their batches read again)", str(executor.lost))
    console.print(table)
    for skip in summary.skips[:20]:
        console.print(f"  [yellow]skipped[/] {skip.origin}: {skip.reason} — {skip.detail}")
    if len(summary.skips) > 20:
        console.print(f"  … and {len(summary.skips) - 20} more (see the skips table, or run with -v)")
    console.print(f"Database: {db}.  Next: [bold]newsevents events --db {db}[/]")


@app.command()
def events(
    db: DbOption = DEFAULT_URL,
    actor: Annotated[Optional[str], typer.Option(help="Source or target actor name or code contains this (e.g. Putin, ISRGOV)")] = None,
    country: Annotated[Optional[str], typer.Option(help="Source or target country, ISO-3 (e.g. RUS)")] = None,
    cameo: Annotated[Optional[str], typer.Option(help="CAMEO code or root prefix (e.g. 04, 042)")] = None,
    since: Annotated[Optional[str], typer.Option(help="Event date on or after YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option(help="Event date on or before YYYY-MM-DD")] = None,
    document: Annotated[Optional[str], typer.Option(help="Only this document id (a prefix is enough)")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events (0: all)")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, one array of events")] = False,
) -> None:
    """List coded events: who did what to whom, how certain, and who says so."""
    store = _open(db)
    if cameo and not cameo.isdigit():
        raise typer.BadParameter("a CAMEO code is digits, e.g. 04 or 042", param_hint="--cameo")
    rows = store.events(EventFilter(actor=actor, country=country, cameo=cameo, since=_date(since, "--since"),
                                    until=_date(until, "--until"), document_id=document, limit=limit or None))
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    if not rows:
        console.print("No events match. Ingest articles first: [bold]newsevents ingest PATH[/]")
        return
    table = Table(title=f"{len(rows)} events", title_justify="left", show_lines=False)
    for name in ("source", "event", "target", "modality", "where / when", "who says so", "evidence"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(
            _actor_cell(row["source"]), f"{row['cameo']} {row['trigger']}", _actor_cell(row["target"]), row["modality"],
            " ".join(x for x in ((row["place"] or {}).get("name"), row["date"]) if x) or "",
            _attribution_cell(row["attribution"]), f"{row['document_id'][:8]}:{row['start']}-{row['end']}",
        )
    console.print(table)


def _actor_cell(actor: Optional[dict]) -> str:
    if not actor:
        return ""
    return f"{actor['name']} [dim]{actor['code']}[/]" if actor["code"] else actor["name"]


def _attribution_cell(attribution: Optional[dict]) -> str:
    if not attribution:
        return ""
    chain = attribution["speaker"] or "?"
    if attribution.get("reported_by"):
        chain += f" ← {attribution['reported_by']}"
    if attribution.get("citing"):
        chain += f" (citing {attribution['citing']})"
    return f"{chain} [dim]{attribution['kind']}[/]"


@app.command()
def actors(db: DbOption = DEFAULT_URL, limit: Annotated[int, typer.Option(help="At most this many (0: all)")] = 50,
           as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """List actors with their CAMEO codes, aliases, how often they are mentioned, and their roles
    over time (each code with the first and last publication dates that coded it)."""
    rows = _open(db).actors()[: limit or None]
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} actors", title_justify="left")
    table.add_column("actor", no_wrap=True)
    for name in ("code", "kind", "mentions", "also called", "roles over time"):
        table.add_column(name, overflow="fold")
    for row in rows:
        roles = "; ".join(f"{r['code']} {r['first_seen']}…{r['last_seen']}" for r in row.get("roles") or [])
        table.add_row(row["name"], row["code"] or "", row["kind"], str(row["mentions"]), ", ".join(row["aliases"][:6]), roles)
    console.print(table)


@app.command()
def clusters(db: DbOption = DEFAULT_URL,
             min_articles: Annotated[int, typer.Option(help="Only events reported by at least this many articles")] = 1,
             limit: Annotated[int, typer.Option(help="At most this many (0: all)")] = 30,
             as_json: Annotated[bool, typer.Option("--json", help="Print JSON, with every report's evidence")] = False) -> None:
    """Events as reported across articles: one row per event with GDELT's counts (mentions,
    articles, sources) and the outlets that ran it. Most reported first."""
    rows = _open(db).clusters(min_articles=min_articles, limit=limit or None)
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} event clusters", title_justify="left")
    for name in ("day", "source", "root", "target", "place", "mentions", "articles", "sources", "outlets"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(row["day"], f"{row['source'] or ''} [dim]{row['source_key']}[/]", row["root"],
                      f"{row['target'] or ''} [dim]{row['target_key']}[/]", row["place"] or "", str(row["mentions"]),
                      str(row["articles"]), str(row["sources"]), ", ".join(row["outlets"][:5]))
    console.print(table)


@app.command()
def show(document_id: Annotated[str, typer.Argument(help="Document id (a unique prefix is enough)")], db: DbOption = DEFAULT_URL) -> None:
    """Print a document's clean text with its actors and events highlighted."""
    store = _open(db)
    document = store.document(document_id)
    if document is None:
        errors.print(f"[red]No single document matches '{document_id}'.[/] List them with: newsevents events --json")
        raise typer.Exit(1)
    body = Text(document["body"])
    for mention in store.mentions(document["id"]):
        body.stylize("bold cyan", mention["start"], mention["end"])
    found = store.events(EventFilter(document_id=document["id"]))
    for event in found:
        body.stylize("bold magenta underline", event["trigger_start"], event["trigger_end"])
    console.rule(document["title"] or document["id"])
    console.print(f"[dim]{document['outlet'] or 'unknown outlet'} · {document['published'] or 'no date'} · {document['origin']}[/]\n")
    console.print(body)
    console.rule(f"{len(found)} events")
    for event in found:
        console.print(f"• {_actor_cell(event['source'])} —{event['cameo']} {event['trigger']}→ {_actor_cell(event['target'])} "
                      f"[dim]({event['modality']})[/] {_attribution_cell(event['attribution'])}")


@app.command()
def export(
    db: DbOption = DEFAULT_URL,
    output: Annotated[Optional[Path], typer.Option("--out", "--output", "-o", help="Write here instead of standard output (parquet needs a file)")] = None,
    format: Annotated[str, typer.Option("--format", help="json: every table in one object · jsonl: one event a line · "
                                        "parquet: the events as one flat table · gdelt: GDELT 2.0 event rows, tab-separated (docs/gdelt-export.md)")] = "json",
) -> None:
    """Export the whole database (formats documented in the README and docs/gdelt-export.md)."""
    from newsevents.export import FORMATS, write

    if format not in FORMATS:
        raise typer.BadParameter(f"'{format}' is not an export format; use one of: {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and output is None:
        raise typer.BadParameter("parquet is binary: name a file with --out events.parquet", param_hint="--out")
    write(_open(db), format, output)
    if output:
        errors.print(f"Wrote {output}")


@app.command()
def serve(
    db: DbOption = DEFAULT_URL,
    host: Annotated[str, typer.Option(help="Address to listen on; the default answers this machine only")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8000,
    ingest_token: Annotated[Optional[str], typer.Option("--ingest-token", envvar="NEWSEVENTS_INGEST_TOKEN",
                                                        help="Allow POST /api/ingest with 'Authorization: Bearer TOKEN' (default: read-only)")] = None,
) -> None:
    """Serve the web page at / and the REST API under /api/ (OpenAPI docs at /docs)."""
    import uvicorn

    from newsevents.api import create_app

    store = _open(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        errors.print(f"[yellow]Listening on {host}: anyone who can reach this machine can read the database.[/]")
    console.print(f"newsevents on [bold]http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/[/]  "
                  f"(API docs at /docs; {'ingest allowed with the token' if ingest_token else 'read-only'})")
    uvicorn.run(create_app(store, ingest_token=ingest_token), host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
