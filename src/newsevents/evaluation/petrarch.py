"""Score newsevents on PETRARCH2's unit-test records: code each record's text with the
dictionaries its <Environment> names, our own spaCy parse, and the record's date as the
publication date; compare (source, target, code) triples with the gold codings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.actors.coding import ActorCoder
from newsevents.evaluation.records import Environment, Record, read_records
from newsevents.events.extract import EventExtractor
from newsevents.events.stored import STORED_MODALITIES, stored
from newsevents.model import Document, Event, Modality, content_id
from newsevents.nlp import DEFAULT_MODEL, load_pipeline, parse_documents
from newsevents.petrarch.dictionaries import read_actors, read_agents, read_discards, read_verbs

NULL = "---"
# Expected errors that test PETRARCH's reading of the Treebank <Parse>, which newsevents never reads.
PARSE_INPUT_ERRORS = {"bad_input_parse"}

Triple = tuple[str, str, str]


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    def add(self, gold: Iterable[Triple], predicted: Iterable[Triple]) -> None:
        gold_counts, predicted_counts = Counter(gold), Counter(predicted)
        self.gold += sum(gold_counts.values())
        self.predicted += sum(predicted_counts.values())
        self.correct += sum((gold_counts & predicted_counts).values())

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0 if not self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class RecordResult:
    record: Record
    predicted: list[Triple]

    @property
    def gold(self) -> list[Triple]:
        return [(c.source, c.target, c.code) for c in self.record.codings]

    @property
    def exact(self) -> bool:
        return Counter(self.gold) == Counter(self.predicted)


@dataclass
class Report:
    results: list[RecordResult] = field(default_factory=list)
    skipped: list[Record] = field(default_factory=list)

    def score(self, root: bool, category: str | None = None) -> Score:
        score = Score()
        for result in self.results:
            if category is not None and result.record.category != category:
                continue
            score.add(_cut(result.gold, root), _cut(result.predicted, root))
        return score

    @property
    def categories(self) -> list[str]:
        return list(dict.fromkeys(r.record.category for r in self.results))


def _cut(triples: list[Triple], root: bool) -> list[Triple]:
    return [(s, t, c[:2]) for s, t, c in triples] if root else triples


def _code(actor) -> str:
    return actor.code if actor is not None and actor.code else NULL


class PetrarchCoder:
    """The stages of a newsevents pipeline set up with PETRARCH dictionaries: spaCy, actor
    coding from the actor and agent dictionaries only, events from the verb dictionary."""

    def __init__(self, dictionaries: str | Path, environment=None, model: str = DEFAULT_MODEL,
                 modalities: frozenset[Modality] = STORED_MODALITIES) -> None:
        folder = Path(dictionaries)
        self.modalities = modalities  # what a store keeps (`events.stored`) is what is scored
        names = environment or Environment()
        self.nlp = load_pipeline(model)
        actors = read_actors(folder / names.actorfile)
        agents = read_agents(folder / names.agentfile) if (folder / names.agentfile).exists() else None
        verbs = read_verbs(folder / names.verbfile)
        discards = read_discards(folder / names.discardfile) if (folder / names.discardfile).exists() else None
        self.code_actors = ActorCoder(dictionary=actors, agents=agents, builtin=False)
        self.extractors = {flag: EventExtractor(verbs=verbs, discards=discards, require_dyad=flag) for flag in (True, False)}

    def code(self, records: list[Record]) -> list[list[Event]]:
        documents = [Document(content_id(f"{r.id}|{r.text}"), r.id, r.text, published=r.date, language="en",
                              paragraphs=[(0, len(r.text))]) for r in records]
        coded: list[list[Event]] = []
        for record, parsed in zip(records, parse_documents(documents, self.nlp)):
            mentions = self.code_actors(parsed)
            coded.append(stored(self.extractors[record.require_dyad](parsed, mentions, {}), self.modalities))
        return coded


def evaluate(records_path: str | Path, dictionaries: str | Path, model: str = DEFAULT_MODEL,
             modalities: frozenset[Modality] = STORED_MODALITIES) -> Report:
    environment, records = read_records(records_path)
    report = Report()
    usable = []
    for record in records:
        if record.errors and set(record.errors) <= PARSE_INPUT_ERRORS and not record.codings:
            report.skipped.append(record)
        else:
            usable.append(record)
    coder = PetrarchCoder(dictionaries, environment, model, modalities)
    for record, events in zip(usable, coder.code(usable)):
        predicted = list(dict.fromkeys((_code(e.source), _code(e.target), e.cameo) for e in events))
        report.results.append(RecordResult(record, predicted))
    return report


def print_report(report: Report, console, show_errors: bool = False) -> None:
    from rich import box
    from rich.table import Table

    table = Table(title="PETRARCH2 unit tests coded by newsevents (own spaCy parse)", box=box.SIMPLE_HEAD,
                  padding=(0, 1), collapse_padding=True, pad_edge=False,
                  caption="exact: records coded exactly as the gold; gold, coded: event triples")
    for column in ("category", "recs", "exact", "gold", "coded", "root\nP", "root\nR", "root\nF1", "full\nP", "full\nR", "full\nF1"):
        table.add_column(column, justify="left" if column == "category" else "right", no_wrap=True,
                         min_width=9 if column == "category" else 5 if "\n" in column else None)

    def row(name: str, category: str | None) -> list[str]:
        results = [r for r in report.results if category is None or r.record.category == category]
        root, full = report.score(True, category), report.score(False, category)
        return [name, str(len(results)), str(sum(r.exact for r in results)), str(full.gold), str(full.predicted),
                f"{root.precision:.3f}", f"{root.recall:.3f}", f"{root.f1:.3f}",
                f"{full.precision:.3f}", f"{full.recall:.3f}", f"{full.f1:.3f}"]

    for category in report.categories:
        table.add_row(*row(category, category))
    table.add_section()
    table.add_row(*row("all", None), style="bold")
    if show_errors:
        for result in report.results:
            if not result.exact:
                record = result.record
                console.print(f"[bold]{record.id}[/] ({record.category}) {record.text}")
                console.print(f"   gold     {sorted(result.gold)}")
                console.print(f"   newsevents {sorted(result.predicted)}")
    console.print(table)
    if report.skipped:
        names = ", ".join(r.id for r in report.skipped)
        console.print(f"skipped {len(report.skipped)} record(s) that test reading a bad Treebank <Parse>, "
                      f"which newsevents does not read: {names}")
    root, full = report.score(True), report.score(False)
    console.print(f"(source, target, root code): P {root.precision:.3f} R {root.recall:.3f} F1 {root.f1:.3f}; "
                  f"(source, target, full code): P {full.precision:.3f} R {full.recall:.3f} F1 {full.f1:.3f}")
    console.print(f"root F1 {root.f1:.3f} full F1 {full.f1:.3f}", highlight=False, markup=False)
