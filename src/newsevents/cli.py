"""The `newsevents` command: a thin Typer + Rich layer over the pipeline and the store."""

from __future__ import annotations

import glob
import json
import logging
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, get_args

import typer
from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from newsevents.cli_evaluate import evaluate_app
from newsevents.executor import WorkersLost, usable_cores  # light: no Ray until --engine ray
from newsevents.model import Modality  # light: typed records, no spaCy

# Heavy modules (spaCy, SQLAlchemy, pandas) load inside the commands that need them, so that
# `--help`, `events` or `export` start in well under a second (README: start-up times).
if TYPE_CHECKING:
    from rich.progress import Progress

    from newsevents.pipeline import RunSummary
    from newsevents.queries import EventQuery
    from newsevents.records import ActorRef, AttributionRef
    from newsevents.store import Store

DEFAULT_URL = "sqlite:///newsevents.db"  # the same as newsevents.store.DEFAULT_URL (a test holds them equal)

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


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2015-09-17", param_hint=option) from None


def _open(db: str, warn_stale: bool = True, create: bool = False) -> Store:
    """The store at `db`; only `ingest` creates one (a mistyped path elsewhere is an error)."""
    from newsevents.store import Store, StoreMissing

    try:
        store = Store(db, create=create)
    except StoreMissing as error:
        errors.print(f"[red]Cannot open the database {db!r}:[/] {error}")
        raise typer.Exit(2) from None
    except Exception as error:  # a bad URL or an unreachable server: say what to do
        errors.print(f"[red]Cannot open the database {db!r}:[/] {error}\nUse --db sqlite:///path.db or a PostgreSQL URL.")
        raise typer.Exit(2) from None
    stale = store.stale_events() if warn_stale else 0
    if stale:
        errors.print(f"[yellow]{stale} events in {db} were stored by an earlier newsevents that did not keep their "
                     f"actors' codes with them: they show codes later documents may have rewritten.[/] "
                     f"Repair it from the stored texts (no pages needed): [bold]newsevents rebuild --db {db}[/]")
    return store


def _progress(to: Console) -> Progress:
    """A bar over finished documents, with the rate and the time left when the total is known."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    class Rate(TextColumn):
        def render(self, task):  # documents finished per second so far
            speed = task.completed / task.elapsed if task.elapsed else 0
            return Text(f"{speed:.1f} doc/s", style="cyan")

    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TaskProgressColumn(), Rate(""), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                    TextColumn("[dim]{task.fields[read]} read"), console=to, transient=True)


def count_documents(paths: list[str]) -> int | None:
    """How many documents `paths` hold, when that is cheap to know: one per plain text or HTML
    file, one per line of an uncompressed JSON Lines file. None when a feed, a WARC, a
    compressed JSON Lines file or standard input is among them (the bar then shows no total)."""
    from newsevents.ingest.readers import (
        HTML_SUFFIXES,
        JSONL_SUFFIXES,
        SUPPORTED,
        TEXT_SUFFIXES,
        _suffix,
        expand_paths,
    )

    if "-" in paths:
        return None
    total = 0
    for path in expand_paths(paths):
        suffix = _suffix(path)
        if suffix in JSONL_SUFFIXES and path.suffix.lower() != ".gz" and path.is_file():
            with path.open("rb") as lines:
                total += sum(1 for line in lines if line.strip())
        elif suffix in SUPPORTED and suffix not in HTML_SUFFIXES | TEXT_SUFFIXES:
            return None  # feeds, WARCs, compressed JSON Lines: counting means reading them
        else:
            total += 1  # one document, or one skip (an unreadable or unsupported file)
    return total


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs or '-' for stdin: .txt .html .jsonl .warc .arc .rss .atom .xml, each also .gz")],
    db: DbOption = DEFAULT_URL,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for texts that carry none; anchors 'on Monday'")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for documents that do not say")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline package to parse with (default: newsevents' small English pipeline; e.g. en_core_web_trf on a GPU)")] = None,
    text_field: Annotated[str, typer.Option(help="JSONL key holding the article text")] = "text",
    html_field: Annotated[str, typer.Option(help="JSONL key holding raw HTML")] = "html",
    actors: Annotated[list[Path] | None, typer.Option("--actors", exists=True, dir_okay=False, help="PETRARCH/Phoenix actor dictionary to code names with (repeatable), e.g. Phoenix.Countries.actors.txt")] = None,
    agents: Annotated[list[Path] | None, typer.Option("--agents", exists=True, dir_okay=False, help="PETRARCH agent dictionary (nouns → roles, e.g. Phoenix.agents.txt; repeatable)")] = None,
    verbs: Annotated[Path | None, typer.Option("--verbs", exists=True, dir_okay=False, help="PETRARCH CAMEO verb dictionary to code events with instead of the built-in lexicon (e.g. CAMEO.2.0.txt)")] = None,
    parse_all: Annotated[bool, typer.Option("--parse-all", help="Parse every sentence, not only those with an event word or a quote: slower, finds more actor mentions")] = False,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Store every event read, also those the default leaves out as no CAMEO event (see README, modality)")] = False,
    workers: Annotated[int | None, typer.Option(min=1, help="Processes that clean and read in parallel (default: one per usable CPU core); with --engine ray, actors (default: one per CPU of the cluster)")] = None,
    engine: Annotated[str, typer.Option(help="Where cleaning and reading run: 'local' (this machine) or 'ray' (a Ray cluster: pip install 'newsevents\\[ray]')")] = "local",
    address: Annotated[str | None, typer.Option(help="With --engine ray: 'auto' (the cluster 'ray start' made here), 'host:port' or 'ray://head:10001'; none starts Ray on this machine")] = None,
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
            raise typer.Exit(2) from None
        executor = RayExecutor(address=address, workers=workers)
    missing = [p for p in paths if p != "-" and not (glob.glob(p, recursive=True) if glob.has_magic(p) else os.path.lexists(p))]
    if missing:  # before anything loads or is written: a typo is not an empty corpus
        errors.print(f"[red]Nothing at {', '.join(map(repr, missing))}[/] (no such file, folder or glob match).")
        raise typer.Exit(2)
    from newsevents.events.stored import ALL_MODALITIES
    from newsevents.ingest import JsonlFields
    from newsevents.nlp import DEFAULT_MODEL, ModelNotInstalled
    from newsevents.petrarch import load_dictionaries
    from newsevents.pipeline import Pipeline  # spaCy loads here, not for --help

    store = _open(db, create=True)
    try:
        with console.status("Loading the language model and dictionaries…"):
            dictionaries = load_dictionaries(actors or [], agents or [], verbs)
            pipeline = Pipeline(model=model or DEFAULT_MODEL, parse_all=parse_all, dictionaries=dictionaries,
                                modalities=ALL_MODALITIES if all_modalities else None)
    except ModelNotInstalled as error:
        errors.print(f"[red]{error}[/]")
        raise typer.Exit(2) from None
    started = time.perf_counter()
    with _progress(console) as progress:
        task = progress.add_task("ingesting", total=count_documents(paths), read=0)

        def read(_origin: str) -> None:
            progress.update(task, read=progress.tasks[0].fields["read"] + 1)

        def finished(done: RunSummary) -> None:
            progress.update(task, completed=done.finished)

        try:
            summary = pipeline.run(paths, store, published=when, outlet=outlet,
                                   fields=JsonlFields(text=text_field, html=html_field), on_document=read,
                                   on_progress=finished, workers=workers or usable_cores(), executor=executor)
        except WorkersLost as error:  # a cluster that lost every worker: say so, keep what is stored
            errors.print(f"[red]{escape(str(error))}[/]")
            raise typer.Exit(1) from None
    elapsed = time.perf_counter() - started
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
    table.add_row("elapsed", f"{elapsed:.1f} s")
    table.add_row("rate", f"{summary.finished / elapsed:.2f} documents/s" if elapsed > 0 else "")
    console.print(table)
    for skip in summary.skips[:20]:
        console.print(f"  [yellow]skipped[/] {skip.origin}: {skip.reason} — {skip.detail}")
    if len(summary.skips) > 20:
        console.print(f"  … and {len(summary.skips) - 20} more (see the skips table, or run with -v)")
    console.print(f"Database: {db}.  Next: [bold]newsevents events --db {db}[/]")


# The event filters every command that lists or exports events takes: the fields of EventQuery.
ActorOpt = Annotated[str | None, typer.Option(help="Source or target actor name or code contains this (e.g. Putin, ISRGOV)")]
ActorIdOpt = Annotated[int | None, typer.Option("--actor-id", min=1, help="This actor (id from 'newsevents actors --json'), as source or target")]
CountryOpt = Annotated[str | None, typer.Option(help="Source or target country, ISO-3 (e.g. RUS)")]
CameoOpt = Annotated[str | None, typer.Option(help="CAMEO code or prefix (e.g. 04, 042)")]
RootOpt = Annotated[str | None, typer.Option(help="Exactly this CAMEO root, 01–20")]
QuadOpt = Annotated[int | None, typer.Option("--quad-class", min=1, max=4, help="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")]
_MODALITIES = get_args(Modality)  # the data model's one list: the help follows it
ModalityOpt = Annotated[str | None, typer.Option(help=f"{', '.join(_MODALITIES[:-1])} or {_MODALITIES[-1]}")]
OutletOpt = Annotated[str | None, typer.Option(help="An outlet that ran the article (exact name, any case)")]
PlaceOpt = Annotated[str | None, typer.Option(help="The event's place: name contains this, or its ISO-3 country")]
SinceOpt = Annotated[str | None, typer.Option(help="Event day on or after YYYY-MM-DD (its own date when known to the day, else the publication date)")]
UntilOpt = Annotated[str | None, typer.Option(help="Event day on or before YYYY-MM-DD")]
TextOpt = Annotated[str | None, typer.Option("--text", "-q", help="The evidence sentence or the title contains this")]
DocumentOpt = Annotated[str | None, typer.Option(help="Only this document id (a prefix is enough)")]
ClusterOpt = Annotated[int | None, typer.Option(help="Only the reports of this event cluster (id from 'newsevents clusters')")]


def _event_query(actor: str | None, actor_id: int | None, country: str | None, cameo: str | None, root: str | None,
                 quad_class: int | None, modality: str | None, outlet: str | None, place: str | None,
                 since: str | None, until: str | None, text: str | None, document: str | None,
                 cluster: int | None, limit: int | None = None) -> EventQuery:
    """Command-line filters → the one `EventQuery` (checked as the API checks them)."""
    from newsevents.queries import MODALITIES, EventQuery

    if cameo and not (cameo.isdigit() and 2 <= len(cameo) <= 4):
        raise typer.BadParameter("a CAMEO code is 2–4 digits, e.g. 04 or 042", param_hint="--cameo")
    if root and not (root.isdigit() and len(root) == 2 and 1 <= int(root) <= 20):
        raise typer.BadParameter("a CAMEO root is 01 … 20", param_hint="--root")
    if modality and modality not in MODALITIES:
        raise typer.BadParameter(f"'{modality}' is not a modality; use one of: {', '.join(MODALITIES)}", param_hint="--modality")
    if country and not (len(country) == 3 and country.isalpha()):
        raise typer.BadParameter(f"'{country}' is not an ISO-3 country code{_country_hint(country)}", param_hint="--country")
    first, last = _date(since, "--since"), _date(until, "--until")
    if first and last and first > last:
        raise typer.BadParameter(f"{first} is after --until ({last})", param_hint="--since")
    return EventQuery(actor=actor, actor_id=actor_id, country=country, cameo=cameo, root=root, quad_class=quad_class, modality=modality,
                      outlet=outlet, place=place, since=first, until=last, text=text, document_id=document,
                      cluster_id=cluster, limit=limit)


def _country_hint(name: str) -> str:
    from newsevents.facts.countries import country_by_demonym, country_by_name

    found = country_by_name(name) or country_by_demonym(name)
    return f"; {found.name} is {found.iso3}: --country {found.iso3}" if found else " such as RUS"


@app.command()
def rebuild(
    db: DbOption = DEFAULT_URL,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline package to parse with, as given to ingest")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", exists=True, dir_okay=False, help="PETRARCH actor dictionary, as given to ingest (repeatable)")] = None,
    agents: Annotated[list[Path] | None, typer.Option("--agents", exists=True, dir_okay=False, help="PETRARCH agent dictionary, as given to ingest (repeatable)")] = None,
    verbs: Annotated[Path | None, typer.Option("--verbs", exists=True, dir_okay=False, help="PETRARCH verb dictionary, as given to ingest")] = None,
    parse_all: Annotated[bool, typer.Option("--parse-all", help="Parse every sentence, as ingest --parse-all")] = False,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Store every event read, as ingest --all-modalities")] = False,
) -> None:
    """Read every stored document again from its stored clean text and replace its actors,
    mentions, events, clusters and attributions: the repair for a store written by an earlier
    newsevents. Pages are not needed; documents, copies and site memory are kept. All or nothing:
    if it stops, the store is as it was."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from newsevents.events.stored import ALL_MODALITIES
    from newsevents.nlp import DEFAULT_MODEL, ModelNotInstalled
    from newsevents.petrarch import load_dictionaries
    from newsevents.pipeline import Pipeline  # spaCy loads here, not for --help

    store = _open(db, warn_stale=False)
    try:
        with console.status("Loading the language model and dictionaries…"):
            pipeline = Pipeline(model=model or DEFAULT_MODEL, parse_all=parse_all,
                                dictionaries=load_dictionaries(actors or [], agents or [], verbs),
                                modalities=ALL_MODALITIES if all_modalities else None)
    except ModelNotInstalled as error:
        errors.print(f"[red]{error}[/]")
        raise typer.Exit(2) from None
    stale, total = store.stale_events(), store.counts()["documents"]
    columns = (SpinnerColumn(), TextColumn("[bold]rebuilding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("rebuild", total=total)
        rewritten, skips = pipeline.rebuild(store, on_document=lambda _origin: progress.update(task, advance=1))
    counts = store.counts()
    console.print(f"Rebuilt {rewritten} of {total} documents ({stale} events had lost their actors' codes): "
                  f"{counts['events']} events, {counts['actors']} actors.")
    for skip in skips[:20]:
        console.print(f"  [yellow]not read[/] {skip.origin}: {skip.reason} — {skip.detail}")


@app.command()
def events(
    db: DbOption = DEFAULT_URL,
    actor: ActorOpt = None, actor_id: ActorIdOpt = None, country: CountryOpt = None, cameo: CameoOpt = None, root: RootOpt = None,
    quad_class: QuadOpt = None, modality: ModalityOpt = None, outlet: OutletOpt = None, place: PlaceOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, text: TextOpt = None, document: DocumentOpt = None,
    cluster: ClusterOpt = None,
    limit: Annotated[int, typer.Option(help="At most this many events (0: all)")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, one array of events")] = False,
) -> None:
    """List coded events, by day then id: who did what to whom, how certain, who says so, and the
    sentence it was read from. Same filters as the API, the Python API and 'export'."""
    from newsevents.queries import event_page

    query = _event_query(actor, actor_id, country, cameo, root, quad_class, modality, outlet, place, since, until, text,
                         document, cluster, limit or None)
    store = _open(db)
    page = event_page(store, query, with_total=True)
    rows = page.items
    if as_json:
        sys.stdout.write(json.dumps([row.to_json() for row in rows], indent=2, ensure_ascii=False) + "\n")
        return
    if not rows:
        stored = store.counts()["events"]
        if stored == 0:
            console.print("The database holds no events yet. Ingest articles first: [bold]newsevents ingest PATH[/]")
        else:
            console.print(f"No events match these filters; the database holds {stored} events. "
                          "Loosen a filter, or see what there is with [bold]newsevents events --limit 20[/]"
                          " and [bold]newsevents actors[/].")
        return
    shown = f"{len(rows)} of {page.total} events" if page.total != len(rows) else f"{page.total} events"
    if console.width < 120:  # a narrow terminal: one block per event reads better than eight thin columns
        console.print(f"[bold]{shown}[/] (by day, then id)\n")
        for row in rows:
            where = f" in {row.place.name}" if row.place else ""
            console.print(f"[bold]{row.day or row.date or '—'}[/]  {_actor_cell(row.source) or '?'} "
                          f"—{row.cameo} {row.trigger}→ {_actor_cell(row.target) or '?'}{where} "
                          f"[dim]({row.modality})[/]")
            if row.attribution:
                console.print(f"  who says so: {_attribution_cell(row.attribution)}")
            evidence = Text(row.sentence, style="italic") + Text(f"  {row.document_id[:8]}:{row.start}", style="dim")
            console.print(Padding(evidence, (0, 0, 1, 2)))
    else:
        table = Table(title=f"{shown} (by day, then id)", title_justify="left", show_lines=True)
        for name in ("day", "source", "event", "target", "modality", "where", "who says so", "evidence"):
            table.add_column(name, overflow="fold", ratio=3 if name == "evidence" else None)
        for row in rows:
            table.add_row(
                row.day or row.date or "—", _actor_cell(row.source), f"{row.cameo} {row.trigger}",
                _actor_cell(row.target), row.modality, (row.place.name if row.place else None) or "",
                _attribution_cell(row.attribution),
                Text(row.sentence) + Text(f"  {row.document_id[:8]}:{row.start}", style="dim"),
            )
        console.print(table)
    if page.total is not None and page.total > len(rows):
        console.print(f"[dim]{page.total - len(rows)} more: raise --limit (0: all) or narrow the filters.[/]")


def _actor_cell(actor: ActorRef | None) -> str:
    if not actor:
        return ""
    return f"{actor.name} [dim]{actor.code}[/]" if actor.code else actor.name


def _attribution_cell(attribution: AttributionRef | None) -> str:
    if not attribution:
        return ""
    chain = attribution.speaker or "?"
    if attribution.reported_by:
        chain += f" ← {attribution.reported_by}"
    if attribution.citing:
        chain += f" (citing {attribution.citing})"
    return f"{chain} [dim]{attribution.kind}[/]"


@app.command()
def actors(db: DbOption = DEFAULT_URL, limit: Annotated[int, typer.Option(help="At most this many (0: all)")] = 50,
           local: Annotated[bool, typer.Option("--local", help="Also list actors known only inside one document (role nouns, groups, descriptions)")] = False,
           as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False) -> None:
    """List the actors known across documents (people named in full, named bodies, countries,
    outlets) with their CAMEO codes, aliases, how often they are mentioned, and their roles over
    time (each code with the first and last publication dates that coded it)."""
    rows = _open(db).actors(store_wide=not local)[: limit or None]
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
        sys.stdout.write(json.dumps([row.to_json() for row in rows], indent=2, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} event clusters", title_justify="left")
    for name in ("day", "source", "root", "target", "place", "mentions", "articles", "sources", "outlets"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(row.day, f"{row.source or ''} [dim]{row.source_key}[/]", row.root,
                      f"{row.target or ''} [dim]{row.target_key}[/]", row.place or "", str(row.mentions),
                      str(row.articles), str(row.sources), ", ".join(row.outlets[:5]))
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
    from newsevents.queries import EventQuery, event_page

    found = sorted(event_page(store, EventQuery(document_id=document["id"], limit=None)).items, key=lambda e: e.start)
    for event in found:
        body.stylize("bold magenta underline", event.trigger_start, event.trigger_end)
    console.rule(document["title"] or document["id"])
    console.print(f"[dim]{document['outlet'] or 'unknown outlet'} · {document['published'] or 'no date'} · {document['origin']}[/]\n")
    console.print(body)
    console.rule(f"{len(found)} events")
    for event in found:
        console.print(f"• {_actor_cell(event.source)} —{event.cameo} {event.trigger}→ {_actor_cell(event.target)} "
                      f"[dim]({event.modality})[/] {_attribution_cell(event.attribution)}")


@app.command()
def export(
    db: DbOption = DEFAULT_URL,
    output: Annotated[Path | None, typer.Option("--out", "--output", "-o", help="Write here instead of standard output (parquet needs a file)")] = None,
    format: Annotated[str, typer.Option("--format", help="json: every table in one object · jsonl: one event a line · csv: the events as one flat table · "
                                        "parquet: the same table, typed · gdelt: GDELT 2.0 event rows, tab-separated (docs/gdelt-export.md)")] = "json",
    actor: ActorOpt = None, actor_id: ActorIdOpt = None, country: CountryOpt = None, cameo: CameoOpt = None, root: RootOpt = None,
    quad_class: QuadOpt = None, modality: ModalityOpt = None, outlet: OutletOpt = None, place: PlaceOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, text: TextOpt = None, document: DocumentOpt = None,
    cluster: ClusterOpt = None,
) -> None:
    """Export the events (all, or those the filters select, as in 'events') or, as json, every
    table. Formats: README and docs/gdelt-export.md."""
    from newsevents.export import FORMATS, write

    if format not in FORMATS:
        raise typer.BadParameter(f"'{format}' is not an export format; use one of: {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and output is None:
        raise typer.BadParameter("parquet is binary: name a file with --out events.parquet", param_hint="--out")
    if output is not None and not output.parent.is_dir():
        raise typer.BadParameter(f"the folder {str(output.parent)!r} does not exist; create it first", param_hint="--out")
    query = _event_query(actor, actor_id, country, cameo, root, quad_class, modality, outlet, place, since, until, text,
                         document, cluster)
    try:
        count = write(_open(db), format, output, query)
    except OSError as error:  # a full disk, a read-only folder: say so, no traceback
        errors.print(f"[red]Cannot write {output or 'to standard output'}:[/] {error.strerror or error}")
        raise typer.Exit(1) from None
    if output:
        errors.print(f"Wrote {count} {'reported events (GDELT rows)' if format == 'gdelt' else 'events'} to {output}")


@app.command()
def serve(
    db: DbOption = DEFAULT_URL,
    host: Annotated[str, typer.Option(help="Address to listen on; the default answers this machine only")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8000,
    ingest_token: Annotated[str | None, typer.Option("--ingest-token", envvar="NEWSEVENTS_INGEST_TOKEN",
                                                        help="Allow POST /api/ingest with 'Authorization: Bearer TOKEN' (default: read-only)")] = None,
    allowed_host: Annotated[list[str] | None, typer.Option("--allowed-host", help="A Host name the server answers for (repeatable; '*' for any). Default: the loopback names, or the --host given")] = None,
) -> None:
    """Serve the web page at / and the REST API under /api/ (OpenAPI docs at /docs)."""
    import uvicorn

    from newsevents.api import create_app
    from newsevents.api.app import LOOPBACK_HOSTS

    if ingest_token is not None and not ingest_token.strip():
        errors.print("[red]The ingest token is empty.[/] Give a long random one (e.g. `openssl rand -hex 32`), "
                     "or leave --ingest-token out for a read-only server.")
        raise typer.Exit(2)
    hosts = set(allowed_host or ()) or (set(LOOPBACK_HOSTS) if host in LOOPBACK_HOSTS else {host})
    store = _open(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        errors.print(f"[yellow]Listening on {host}: anyone who can reach this machine can read the database.[/] "
                     f"Answering for Host {', '.join(sorted(hosts))} (add names with --allowed-host).")
    console.print(f"newsevents on [bold]http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/[/]  "
                  f"(API docs at /docs; {'ingest allowed with the token' if ingest_token else 'read-only'})")
    console.print("SQL: the store opens as it is in datasette or sqlite-utils; its tables are described at /schema "
                  "(docs/schema.md)")
    uvicorn.run(create_app(store, ingest_token=ingest_token, allowed_hosts=hosts), host=host, port=port,
                log_level="warning")


if __name__ == "__main__":
    app()
