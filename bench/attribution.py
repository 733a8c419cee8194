#!/usr/bin/env python3
"""Attribution on our own test set: who says what, in sentences written to cover the ways news
attributes a claim (quotes before and after, "he said", partial quotes, indirect speech,
"according to", "X reports", "the paper says", "citing Y", anonymous sources, chains).

Each line of `bench/data/attribution_sentences.jsonl` is a text (one or a few sentences, read as an
article body with the default pipeline) with its expected attributions. An expected attribution is
found when one predicted attribution, not used by another, has

- **claim**: token F1 ≥ 0.8 with the expected claim, over lower-cased `\\w+` tokens, a leading
  "that" dropped from both (so punctuation, quote marks and "that" never count);
- **speaker**: the same normalised name (case-folded, leading "the/a/an" and possessive "'s"
  dropped, punctuation as spaces), or one contained in the other as whole words ("Rohan Sethi" in
  "Colonel Rohan Sethi"); any of the actor's name, its aliases and the speaker text may match;
- **kind**: equal (quote, according_to, reported);
- and, where the expected item names them, `reported_by`, `citing` (normalised names as above),
  `anonymous` (equal) and `chain` (as many links, each the same name as above, document outlet
  first).

A text is correct when every expected attribution is found and no predicted attribution is left
over (texts with none expected test that nothing is invented). The last line is the share of
correct texts; the breakdown gives attribution-level precision and recall and why items failed.

    python bench/attribution.py [--data FILE] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO / "bench" / "data" / "attribution_sentences.jsonl"
TOKEN = re.compile(r"\w+", re.UNICODE)
CLAIM_F1 = 0.8


def claim_tokens(text: str) -> list[str]:
    tokens = TOKEN.findall(text.casefold())
    return tokens[1:] if tokens[:1] == ["that"] else tokens


def claim_f1(expected: str, predicted: str) -> float:
    a, b = Counter(claim_tokens(expected)), Counter(claim_tokens(predicted))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def normalise_name(name: str | None) -> str:
    text = (name or "").casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = " ".join(re.findall(r"\w+", text))
    return re.sub(r"^(the|a|an) ", "", text)


def same_name(expected: str | None, names: list[str]) -> bool:
    want = normalise_name(expected)
    for name in map(normalise_name, names):
        if name and want and (name == want or f" {want} " in f" {name} " or f" {name} " in f" {want} "):
            return True
    return False


def actor_names(actor, text: str = "") -> list[str]:
    names = [text] if text else []
    if actor is not None:
        names += [actor.name, *actor.aliases]
    return names


def mismatches(expected: dict, predicted) -> list[str]:
    """The fields of `expected` that `predicted` gets wrong (empty: a match)."""
    wrong = []
    if claim_f1(expected["claim"], predicted.claim) < CLAIM_F1:
        wrong.append("claim")
    if not same_name(expected["speaker"], actor_names(predicted.speaker, predicted.speaker_text)):
        wrong.append("speaker")
    if predicted.kind != expected["kind"]:
        wrong.append("kind")
    if "reported_by" in expected and not same_name(expected["reported_by"], actor_names(predicted.reported_by)):
        wrong.append("reported_by")
    if "citing" in expected and not same_name(expected["citing"], [predicted.citing or ""]):
        wrong.append("citing")
    if "anonymous" in expected and bool(getattr(predicted, "anonymous", False)) != expected["anonymous"]:
        wrong.append("anonymous")
    if "chain" in expected:
        chain = getattr(predicted, "chain", [])
        if len(chain) != len(expected["chain"]) or not all(same_name(e, [p]) for e, p in zip(expected["chain"], chain)):
            wrong.append("chain")
    return wrong


def score_text(expected: list[dict], predicted: list) -> tuple[list[tuple[dict, list[str]]], list]:
    """(expected item, fields wrong in its nearest prediction) for each miss, and the leftovers."""
    unused = list(predicted)
    misses = []
    for item in expected:
        match = next((p for p in unused if not mismatches(item, p)), None)
        if match is not None:
            unused.remove(match)
            continue
        nearest = min(unused or predicted, key=lambda p: len(mismatches(item, p)), default=None)
        misses.append((item, mismatches(item, nearest) if nearest is not None else ["missing"]))
    return misses, unused


def describe(a) -> str:
    speaker = a.speaker.name if a.speaker is not None else a.speaker_text
    extra = "".join(f" {k}={v!r}" for k, v in (("reported_by", a.reported_by and a.reported_by.name),
                                               ("citing", a.citing), ("chain", getattr(a, "chain", None))) if v)
    return f"{a.kind}: {speaker!r} ← {a.claim!r}{extra}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", "-v", action="store_true", help="print every failing text")
    args = parser.parse_args()

    from newsevents.model import Skip
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline()
    records = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    correct = found = expected_total = predicted_total = 0
    reasons: Counter = Counter()
    by_kind: Counter = Counter()
    by_kind_found: Counter = Counter()
    for record in records:
        reading = pipeline.read_text(record["text"], clean=False, outlet=record.get("outlet"))
        predicted = [] if isinstance(reading, Skip) else reading.attributions
        misses, leftovers = score_text(record["expected"], predicted)
        expected_total += len(record["expected"])
        predicted_total += len(predicted)
        found += len(record["expected"]) - len(misses)
        for item in record["expected"]:
            by_kind[item["kind"]] += 1
            by_kind_found[item["kind"]] += all(item is not m[0] for m in misses)
        for _, wrong in misses:
            reasons.update(wrong)
        reasons["extra"] += len(leftovers)
        if not misses and not leftovers:
            correct += 1
        elif args.verbose:
            print(f"#{record['id']}: {record['text']}")
            for item, wrong in misses:
                print(f"  missed {item['kind']}: {item['speaker']!r} ← {item['claim']!r}  (wrong: {', '.join(wrong)})")
            for attribution in leftovers:
                print(f"  extra  {describe(attribution)}")
    precision = found / predicted_total if predicted_total else 0.0
    recall = found / expected_total if expected_total else 0.0
    print(f"texts: {len(records)} ({sum(1 for r in records if not r['expected'])} with no attribution)")
    print(f"attributions: recall {recall:.2f} ({found}/{expected_total}), precision {precision:.2f} ({found}/{predicted_total})")
    print("by kind: " + ", ".join(f"{k} {by_kind_found[k]}/{n}" for k, n in sorted(by_kind.items())))
    print("failures by field: " + (", ".join(f"{k} {n}" for k, n in reasons.most_common()) or "none"))
    print(f"attribution {correct / len(records):.2f} ({correct}/{len(records)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
