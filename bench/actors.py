#!/usr/bin/env python3
"""Actor and place coding: accuracy on our own sentences, PETRARCH unit-test actors, and cost.

1. `bench/data/actor_sentences.jsonl` (written for the project): each expected mention is found
   in the text, matched to the coded mention overlapping it most, and scored on its full CAMEO
   code; places are scored on name and country.
2. With `../shared/data/petrarch2` present: the PETR.Validate actor and agent dictionaries are
   loaded and, for each unit-test record, the share of gold source/target codes that are among
   the codes of the sentence's coded mentions.
3. Cost: over the first N articles of the article-bias-prediction corpus, the time of actor
   coding (+ places) against the time of the spaCy pass over the same selected sentences.

    python bench/actors.py [--verbose] [--articles 200] [--skip-petrarch] [--skip-cost]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SENTENCES = REPO / "bench" / "data" / "actor_sentences.jsonl"
PETRARCH = REPO.parent / "shared" / "data" / "petrarch2"
ABP = REPO.parent / "shared" / "data" / "news-corpus" / "article-bias-prediction" / "articles.jsonl"


def locate(text: str, mention: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first whole-word occurrence of `mention` not inside a span already claimed
    ("Kishida" after "Fumio Kishida" is the second one)."""
    for match in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text):
        span = (match.start(), match.end())
        if not any(s <= span[0] and span[1] <= e for s, e in taken):
            return span
    return None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_sentences(verbose: bool) -> None:
    """Scored twice: with every sentence parsed (what the actor coder makes of a sentence it sees,
    the headline figure), and with the default pipeline, which parses only sentences holding an
    event or speech word or a quote: its actors elsewhere are not seen at all."""
    from newsevents.pipeline import Pipeline

    items = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"Test set: {len(items)} texts ({SENTENCES.relative_to(REPO)})")
    selected = score_pipeline(Pipeline(), items, verbose=False, show=False)
    score_pipeline(Pipeline(parse_all=True), items, verbose)
    print(f"actor codes, default pipeline (selected sentences only) {selected}")


def score_pipeline(pipeline, items: list[dict], verbose: bool, show: bool = True) -> str:
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_split: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    right = total = places_right = places_total = extra = coded_total = 0
    for item in items:
        text = item["text"]
        reading = pipeline.read_text(text, clean=False)
        # read_text joins paragraphs with one blank line, as they are written here.
        body = reading.document.body
        coded = [m for m in reading.mentions if m.actor.code]
        taken: list[tuple[int, int]] = []
        matched: set[int] = set()
        for expected in item["actors"]:
            span = locate(body, expected["mention"], taken)
            total += 1
            by_category[item["category"]][1] += 1
            by_split[item.get("split", "dev")][1] += 1
            if span is None:
                print(f"  ! mention {expected['mention']!r} not in text: {text[:60]}", file=sys.stderr)
                continue
            taken.append(span)
            best = max(reading.mentions, key=lambda m: overlap(span, (m.start, m.end)), default=None)
            got = best.actor.code if best is not None and overlap(span, (best.start, best.end)) else None
            if best is not None and got is not None:
                matched.add(id(best))
            if got == expected["code"]:
                right += 1
                by_category[item["category"]][0] += 1
                by_split[item.get("split", "dev")][0] += 1
            elif verbose:
                print(f"  MISS [{item['category']}] {expected['mention']!r}: want {expected['code']}, got {got}   | {text[:90]}")
        extras = [m for m in coded if id(m) not in matched and not any(overlap(s, (m.start, m.end)) for s in taken)]
        coded_total += len(coded)
        extra += len(extras)
        if verbose:
            for m in extras:
                print(f"  extra [{item['category']}] {m.text!r} → {m.actor.code}   | {text[:70]}")
        for expected in item.get("places", []):
            places_total += 1
            ok = any(p.name.casefold() == expected["name"].casefold() and p.country == expected["country"]
                     for p in reading.places)
            places_right += ok
            if not ok and verbose:
                found = [(p.name, p.country) for p in reading.places]
                print(f"  PLACE MISS {expected['name']} ({expected['country']}): found {found}   | {text[:70]}")
    figure = f"{right / total:.3f} ({right}/{total})"
    if not show:
        return figure
    print(f"{total} expected actors, {places_total} expected places; every sentence parsed:")
    for category, (good, count) in sorted(by_category.items()):
        print(f"  {category:<12} {good / count:.3f} ({good}/{count})")
    for split, (good, count) in sorted(by_split.items()):
        print(f"  split {split:<7} {good / count:.3f} ({good}/{count})")
    print(f"coded mentions not in the expected list: {extra} of {coded_total} "
          f"(precision lower bound {(coded_total - extra) / max(coded_total, 1):.3f})")
    print(f"places {places_right / max(places_total, 1):.3f} ({places_right}/{places_total})")
    print(f"actor codes {figure}")
    return figure


def score_petrarch(verbose: bool) -> None:
    from newsevents.actors.coding import ActorCoder
    from newsevents.evaluation.records import read_records
    from newsevents.model import Document, content_id
    from newsevents.nlp import DEFAULT_MODEL, load_pipeline, parse_documents
    from newsevents.petrarch import load_dictionaries

    folder = PETRARCH / "dictionaries"
    dictionaries = load_dictionaries([folder / "PETR.Validate.actors.txt"], [folder / "PETR.Validate.agents.txt"])
    _, records = read_records(PETRARCH / "text" / "PETR.UnitTest.records.xml")
    records = [r for r in records if r.codings and r.text]
    nlp = load_pipeline(DEFAULT_MODEL)
    documents = [Document(content_id(f"{r.id}|{r.text}"), r.id, r.text, published=r.date, language="en",
                          paragraphs=[(0, len(r.text))]) for r in records]
    parsed = parse_documents(documents, nlp)
    for builtin in (False, True):
        coder = ActorCoder(dictionary=dictionaries.actors, agents=dictionaries.agents, builtin=builtin)
        found = wanted = 0
        for record, document in zip(records, parsed):
            # "FRO/BIL/SAM" is three actors coded at once; a gold "---GOV" is a role with no country.
            codes = {part for m in coder(document) if m.actor.code for part in m.actor.code.split("/")}
            gold = {c.removeprefix("---") for coding in record.codings for c in (coding.source, coding.target)}
            gold = {c for c in gold if re.fullmatch(r"[A-Z]{3,}", c)}  # not '###' or '"INJURY TOLL"'

            wanted += len(gold)
            hits = gold & codes
            found += len(hits)
            if verbose and not builtin and gold - hits:
                print(f"  PETR {record.id}: missing {sorted(gold - hits)}, coded {sorted(codes)} | {record.text[:80]}")
        label = "dictionaries and built-in knowledge" if builtin else "dictionaries only"
        line = f"PETR unit-test actors found {found / max(wanted, 1):.3f} ({found}/{wanted})"
        print(f"{line}  [{label}, {len(records)} records]")


def measure_cost(articles: int, repeats: int = 3) -> None:
    from newsevents.clean.clean import join_paragraphs
    from newsevents.model import Document, content_id
    from newsevents.nlp import parse_documents
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline()
    documents = []
    with ABP.open(encoding="utf-8") as source:
        for _, line in zip(range(articles), source):
            text = json.loads(line)["text"]
            body, spans = join_paragraphs([p.strip() for p in text.split("\n\n") if p.strip()])
            documents.append(Document(content_id(body), "abp", body, language="en", paragraphs=spans))
    words = sum(len(d.body.split()) for d in documents)
    spacy_times, coding_times, places_times = [], [], []
    for _ in range(repeats):
        started = time.perf_counter()
        parsed = parse_documents(documents, pipeline.nlp, pipeline.batch_size, pipeline.select)
        spacy_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        mentions = [pipeline.step("actors").coder(p) for p in parsed]
        coding_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for p, m in zip(parsed, mentions):
            pipeline.step("places").finder(p, m)
        places_times.append(time.perf_counter() - started)
    spacy_s, coding_s, places_s = (statistics.median(t) for t in (spacy_times, coding_times, places_times))
    chunks = sum(len(p.paragraphs) for p in parsed)
    count = sum(len(m) for m in mentions)
    print(f"Cost over {len(documents)} articles ({words} words, {chunks} parsed chunks, {count} mentions; "
          f"median of {repeats}):")
    print(f"  spaCy pass (sentence selection + nlp.pipe) {spacy_s:.2f} s")
    print(f"  actor coding {coding_s:.2f} s, places {places_s:.2f} s")
    print(f"actor coding + places add {(coding_s + places_s) / spacy_s:.1%} to the spaCy pass "
          f"(actor coding alone {coding_s / spacy_s:.1%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and extra mentions")
    parser.add_argument("--articles", type=int, default=200, help="articles for the cost measurement")
    parser.add_argument("--skip-petrarch", action="store_true")
    parser.add_argument("--skip-cost", action="store_true")
    args = parser.parse_args()
    score_sentences(args.verbose)
    if not args.skip_petrarch:
        if PETRARCH.exists():
            print()
            score_petrarch(args.verbose)
        else:
            print(f"\n{PETRARCH} not found: PETRARCH unit-test actors not measured")
    if not args.skip_cost:
        if ABP.exists():
            print()
            measure_cost(args.articles)
        else:
            print(f"\n{ABP} not found: cost not measured")


if __name__ == "__main__":
    main()
