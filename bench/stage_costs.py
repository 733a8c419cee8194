"""Where an article's CPU time goes: each stage of newsevents timed apart, in one process.

The same work `newsevents ingest` does per article, split: prepare (clean, language), the
sentence selector, each spaCy component over the selected text (in batches, as the pipeline
runs them), each reading step, and the store write. CPU milliseconds per article (process time,
so other work on a shared machine counts little), with the sentence selector's share of tokens.

With `--yields`, what the parsed sentences give: the share of sentences and of tokens that
hold an event, an attribution or an actor mention, and what cheap tests of a sentence's words
(a capitalised word, a number, a speech cue or quote mark, a subject pronoun) would keep of each: the
room a stricter sentence selection has.

    python bench/stage_costs.py [--corpus abp zyte] [--abp-articles 150] [--zyte-pages 60] [--yields]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
ZYTE = DATA / "zyte-article-benchmark" / "html"
ABP = DATA / "news-corpus" / "article-bias-prediction" / "articles.jsonl"


def raw_documents(corpus: str, count: int) -> list:
    from newsevents.model import RawDocument

    if corpus == "zyte":
        return [RawDocument(str(path), gzip.decompress(path.read_bytes()), "html")
                for path in sorted(ZYTE.glob("*.html.gz"))[:count]]
    with ABP.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(count), lines)]
    return [RawDocument(row["id"], (row.get("text") or "").encode("utf-8"), "text", outlet=row.get("outlet"))
            for row in rows]


def stage_costs(corpus: str, count: int, yields: bool) -> None:
    from newsevents.actors.merge import ActorMerger
    from newsevents.model import Analysis, Paragraph, ParsedDocument, Skip
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store

    pipeline = Pipeline()
    pipeline.warm_up()
    nlp, select = pipeline.nlp, pipeline.select
    assert select is not None
    raw = raw_documents(corpus, count)
    cost: Counter = Counter()

    started = time.process_time()
    documents = [d for d in (pipeline.prepare(r) for r in raw) if not isinstance(d, Skip)]
    cost["prepare (clean, language)"] = time.process_time() - started
    n = len(documents)

    started = time.process_time()
    spans = [(i, start + a, start + b) for i, document in enumerate(documents)
             for start, end in document.paragraphs for a, b in select(document.body[start:end])]
    cost["sentence selector"] = time.process_time() - started
    all_tokens = sum(len(nlp.tokenizer(d.body[s:e])) for d in documents for s, e in d.paragraphs)

    started = time.process_time()
    docs = [nlp.make_doc(documents[i].body[s:e]) for i, s, e in spans]
    cost["spaCy tokenizer"] = time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=pipeline.parse_batch_size)) if hasattr(component, "pipe") \
            else [component(doc) for doc in docs]
        cost[f"spaCy {name}"] = time.process_time() - started
    selected_tokens = sum(len(doc) for doc in docs)

    parsed = [ParsedDocument(d, []) for d in documents]
    for (i, start, _), doc in zip(spans, docs):
        parsed[i].paragraphs.append(Paragraph(start, doc))
    readings, analyses = [], []
    for one in parsed:
        analysis = Analysis(one)
        for step in pipeline.steps:
            started = time.process_time()
            step(analysis)
            cost[f"step {step.name}"] += time.process_time() - started
        analyses.append(analysis)
        readings.append(analysis.reading())

    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/costs.db")
        started = time.process_time()
        for reading in readings:
            store.write(reading, None, merge=ActorMerger())
        cost["store write"] = time.process_time() - started
        store.close()

    print(f"{corpus}: {n} articles; the selector keeps {selected_tokens:,} of {all_tokens:,} tokens "
          f"({selected_tokens / all_tokens:.0%}); CPU ms per article")
    for name, seconds in cost.items():
        print(f"  {name:<30}{1000 * seconds / n:8.1f}")
    spacy_total = sum(s for name, s in cost.items() if name.startswith("spaCy"))
    print(f"  {'spaCy, all components':<30}{1000 * spacy_total / n:8.1f}")
    print(f"  {'total':<30}{1000 * sum(cost.values()) / n:8.1f}")
    if yields:
        sentence_yields(analyses, nlp)


def sentence_yields(analyses: list, nlp) -> None:
    """Per parsed sentence: does it hold an event, an attribution, a mention; and what would
    cheap word tests of the sentence keep."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from newsevents.lang.en.actors import PRONOUNS
    from newsevents.lang.en.grammar import DOUBLE_QUOTES
    from newsevents.nlp import word_forms
    from newsevents.steps import FindAttributions

    cues = word_forms(FindAttributions.parse_words, nlp)
    rows = []
    for analysis in analyses:
        triggers = [e.trigger_start for e in analysis.events]
        claims = [a.start for a in analysis.attributions]
        mentions = [m.start for m in analysis.mentions]
        for paragraph in analysis.parsed.paragraphs:
            for sentence in paragraph.doc.sents:
                start, end = paragraph.offset + sentence.start_char, paragraph.offset + sentence.end_char
                words = list(sentence)
                rows.append({
                    "tokens": len(words),
                    "events": sum(start <= t < end for t in triggers),
                    "attributions": sum(start <= c < end for c in claims),
                    "mentions": sum(start <= m < end for m in mentions),
                    "name": any(w.text[:1].isupper() and (k > 0 or w.lower_ not in STOP_WORDS) for k, w in enumerate(words)),
                    "number": any(w.like_num for w in words),
                    "cue": any(w.lower_ in cues or w.text in DOUBLE_QUOTES for w in words),
                    "pronoun": any(w.lower_ in PRONOUNS for w in words),
                })
    total = {key: sum(r[key] for r in rows) or 1 for key in ("tokens", "events", "attributions", "mentions")}
    print(f"\nparsed sentences: {len(rows)}; share of tokens in the sentences that hold (and share of all events, "
          f"attributions, mentions kept by) each rule")
    print(f"  {'sentences that':<44}{'tokens':>8}{'events':>8}{'attrib.':>8}{'mentions':>9}")
    rules = [
        ("hold an event", lambda r: r["events"]),
        ("hold an attribution", lambda r: r["attributions"]),
        ("hold an event or an attribution", lambda r: r["events"] or r["attributions"]),
        ("hold a mention", lambda r: r["mentions"]),
        ("have a capitalised word (not a stop word)", lambda r: r["name"]),
        ("  ... or a number", lambda r: r["name"] or r["number"]),
        ("  ... or a speech cue or quote mark", lambda r: r["name"] or r["cue"]),
        ("  ... or a cue, or a pronoun", lambda r: r["name"] or r["cue"] or r["pronoun"]),
    ]
    for label, keep in rules:
        kept = [r for r in rows if keep(r)]
        shares = [sum(r[key] for r in kept) / total[key] for key in ("tokens", "events", "attributions", "mentions")]
        print(f"  {label:<44}" + "".join(f"{share:>8.1%}" for share in shares[:3]) + f"{shares[3]:>9.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", choices=["abp", "zyte"], default=["abp", "zyte"])
    parser.add_argument("--abp-articles", type=int, default=150)
    parser.add_argument("--zyte-pages", type=int, default=60)
    parser.add_argument("--yields", action="store_true", help="what the parsed sentences give (see above)")
    args = parser.parse_args()
    for corpus in args.corpus:
        if not (ABP if corpus == "abp" else ZYTE).exists():
            print(f"{corpus}: skipped, data not found under {DATA} (see ../shared/data/README.md)")
            continue
        stage_costs(corpus, args.abp_articles if corpus == "abp" else args.zyte_pages, args.yields)
    return 0


if __name__ == "__main__":
    sys.exit(main())
