"""`newsevents evaluate`: score newsevents on the field's own test sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console


evaluate_app = typer.Typer(help="Score newsevents on the field's own test sets.", no_args_is_help=True,
                           rich_markup_mode="rich")


@evaluate_app.callback()
def evaluate() -> None:
    """Score newsevents on the field's own test sets."""


@evaluate_app.command()
def petrarch(
    records: Annotated[Path, typer.Argument(help="PETRARCH2 unit-test records (PETR.UnitTest.records.xml)",
                                            exists=True, dir_okay=False, readable=True)],
    dictionaries: Annotated[Path, typer.Option("--dictionaries", help="Folder with the dictionaries the records' "
                                               "<Environment> names (PETR.Validate.*)", exists=True, file_okay=False)],
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline package to parse with (default: newsevents' own small English pipeline)")] = None,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="Print every record not coded exactly as the gold")] = False,
) -> None:
    """Code PETRARCH2's unit-test records with their dictionaries and newsevents' own parse;
    print precision, recall and F1 on (source, target, full code) and (source, target, root
    code), per category, ending with the line `root F1 … full F1 …`."""
    from newsevents.nlp import DEFAULT_MODEL, ModelNotInstalled  # spaCy loads here, not at start-up
    from newsevents.petrarch.evaluate import evaluate, print_report

    console = Console()
    try:
        report = evaluate(records, dictionaries, model or DEFAULT_MODEL)
    except ModelNotInstalled as error:
        Console(stderr=True).print(f"[red]{error}[/]")
        raise typer.Exit(2)
    except FileNotFoundError as error:
        Console(stderr=True).print(f"[red]A dictionary the records name is missing:[/] {error.filename}")
        raise typer.Exit(2)
    print_report(report, console, show_errors)
