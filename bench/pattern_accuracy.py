#!/usr/bin/env python3
"""How often each coding rule gives a right code: per coder path and per dictionary pattern,
dictionary default, event noun and lexicon verb, on the EVEN halves of the gold sets and on every
judged real-news draw.

Each event the built-in coder stores (as `bench/events.py` scores them: happened, and denials)
is traced to the rule that gave its code (the paths of `precision_paths.py`, recorded the same
way), then counted right or wrong:

- gold sets (even-numbered records of plover-gsr-cameo-join, universalpetrarch-gsr,
  cameo-codebook-examples and bench/data/realnews_cameo_gold.jsonl, each sentence coded alone):
  right when its root is one of the sentence's gold roots (a no-event sentence has none); one
  count per sentence, trigger and code;
- judged draws (`bench/data/precision_sample_seed*.jsonl`, articles coded again as
  `newsevents ingest` reads them): a judged event still made (same trigger word and code) is
  right when the judges found its code right.

A rule is named by its path and what fired: `dict-pattern HURT [economy] ---`, `dict-default
occupy@OCCUPY 1711`, `nominal talks 043`, `lexicon meet 040`. The table lists every rule fired
at least `--min` times, pooled, most fired first, and flags (`<<`) those right in under
`--poor` of their pooled cases: the candidates to narrow or block, as data. Most rules fire once
or twice, so decide on families: `--by family` pools a pattern's words over every block, `--by
block` a block's patterns or defaults, `--by root` a path's events per CAMEO root, `--by reach`
the patterns coding a verb they were written for (CAMEO.2.0's comment names it: "own") apart
from those reaching a synonym of their block, per block ("borrowed in BOOST"; such a rule is
named `dict-pattern BOOST/increase [...]`). Odd halves are never read here (their figures come
from `bench/events.py`).

    python bench/pattern_accuracy.py [--min 2] [--poor 0.4] [--set plover ...] [--no-judged] [--path dict-default]
                                     [--by rule|family|block|root|reach] [--show TEXT] [--save FILE | --load FILE]

`--show TEXT` prints the sentences (and the judges' notes) of the rows whose name holds TEXT;
`--save` writes the counts to a file that `--load` reads back without coding again.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from events import DENIAL, SETS, Item  # noqa: E402  (bench/events.py)
from judged import SAMPLES, read_judged, recode, trigger_word  # noqa: E402  (bench/judged.py)
from precision_paths import PathRecorder  # noqa: E402  (bench/precision_paths.py)


@dataclass
class Count:
    gold: int = 0
    gold_right: int = 0
    judged: int = 0
    judged_right: int = 0
    sentences: list[str] = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.gold + self.judged

    @property
    def right(self) -> int:
        return self.gold_right + self.judged_right

    def add(self, judged: bool, right: bool, sentence: str = "") -> None:
        self.sentences.append(f"{'RIGHT' if right else 'wrong'} {'judged' if judged else 'gold'}: {sentence[:170]}")
        if judged:
            self.judged += 1
            self.judged_right += right
        else:
            self.gold += 1
            self.gold_right += right

    def row(self, name: str, poor: float) -> str:
        share = self.right / self.n if self.n else 0.0
        flag = "  <<" if share < poor else ""
        return (f"  {name:<52} gold {self.gold_right:>3}/{self.gold:<3} judged {self.judged_right:>3}/{self.judged:<3}"
                f" pooled {self.right:>3}/{self.n:<3} {share:.2f}{flag}")


class RuleRecorder(PathRecorder):
    """PathRecorder that also notes, per trigger, the rule that gave its code."""

    def __init__(self, pipeline) -> None:
        self.rules: dict[tuple[str, int], str] = {}
        super().__init__(pipeline)

    def _path(self, token, code: str, light, by_default: bool) -> str:
        path = super()._path(token, code, light, by_default)
        self.rules[self._key(token)] = self._rule(path, token, code)
        return path

    def _rule(self, path: str, token, code: str) -> str:
        if path in {"dict-pattern", "dict-default"} and self.extractor.cameo_verbs is not None:
            found = self.extractor.cameo_verbs.match(token)
            if found is not None:
                entry = " ".join(found.entry.words)
                if found.pattern is not None:
                    words = " ".join("|".join(a[:3]) + ("|…" if len(a) > 3 else "") for a in found.pattern.words)
                    # own: this pattern, or a twin of it in the block, was written for the verb
                    own = any(p.words == found.pattern.words and p.code == found.pattern.code
                              and (not p.verbs or found.entry.phrase in p.verbs)
                              for p in self.extractor.cameo_verbs.blocks[found.entry.block].patterns)
                    borrowed = "" if own else "/" + found.entry.phrase.replace(" ", "_")
                    return f"dict-pattern {found.entry.block}{borrowed} [{words}] {code}"
                return f"dict-default {entry}@{found.entry.block} {code}"
        word = token.lemma_.lower()
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
        return f"{path} {word}{'_' + particle if particle else ''} {code}"

    def rule(self, event) -> str:
        key = (event.sentence, event.trigger_start - event.start)
        path = self.path(event)
        if path.startswith("frame") or key not in self.rules:
            return f"{path} {event.trigger.split(' … ')[-1].lower()} {event.cameo}"
        rule = self.rules[key]
        if path.endswith("+sense"):
            rule = f"{rule.split(' ', 1)[0]}+sense {rule.split(' ', 1)[1]} → {event.cameo}"
        return rule


def gold_counts(pipeline, recorder: RuleRecorder, keys: list[str], rules: dict, paths: dict) -> None:
    for key in keys:
        name, load, path = SETS[key]
        if not path.exists():
            print(f"{name}: skipped, {path} is absent")
            continue
        items: list[Item] = [i for i in load() if i.number % 2 == 0]
        for item in items:
            reading = pipeline.read_text(item.text, published=item.published, clean=False)
            events = [e for e in getattr(reading, "events", []) if e.modality == "happened" or e.cameo == DENIAL]
            gold_roots = set() if item.noevents else {g.root for g in item.events}
            seen = set()
            for event in events:
                mark = (event.trigger_start, event.cameo)
                if mark in seen:
                    continue
                seen.add(mark)
                right = event.root in gold_roots
                rules[recorder.rule(event)].add(False, right, item.text)
                paths[recorder.path(event).split("+")[0]].add(False, right)


def judged_counts(pipeline, recorder: RuleRecorder, rules: dict, paths: dict) -> None:
    lines, _ = recode(read_judged(SAMPLES), pipeline)
    for line in lines:
        if not line.same:
            continue
        right = bool(line.row["judged"]["code"])
        event = line.same[0]
        assert trigger_word(event.trigger) == trigger_word(line.row["trigger"])
        rules[recorder.rule(event)].add(True, right, f"{line.row['sentence']} | {line.row['judged']['note']}")
        paths[recorder.path(event).split("+")[0]].add(True, right)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="only these gold sets (default: all)")
    parser.add_argument("--no-judged", action="store_true", help="leave the judged draws out")
    parser.add_argument("--min", type=int, default=2, help="list rules fired at least this often, pooled")
    parser.add_argument("--poor", type=float, default=0.4, help="flag rules right in under this share")
    parser.add_argument("--path", help="list only the rules of this path (dict-pattern, dict-default, nominal, …)")
    parser.add_argument("--by", choices=["rule", "family", "block", "root", "reach"], default="rule",
                        help="pool rules: one row per rule, per pattern family (the pattern's words, any block), "
                             "per dictionary block, per path and CAMEO root, or patterns on their own verbs "
                             "apart from those reaching a synonym (per block)")
    parser.add_argument("--show", metavar="TEXT", help="print the sentences of the rows whose name holds TEXT")
    parser.add_argument("--save", type=Path, help="also write the counts to this JSON file")
    parser.add_argument("--load", type=Path, help="read the counts from a file --save wrote instead of coding again")
    args = parser.parse_args()

    from newsevents.pipeline import Pipeline

    rules: dict[str, Count] = defaultdict(Count)
    paths: dict[str, Count] = defaultdict(Count)
    if args.load:
        saved = json.loads(args.load.read_text(encoding="utf-8"))
        rules.update({k: Count(**v) for k, v in saved["rules"].items()})
        paths.update({k: Count(**v) for k, v in saved["paths"].items()})
    else:
        pipeline = Pipeline()
        with RuleRecorder(pipeline) as recorder:
            gold_counts(pipeline, recorder, args.set or list(SETS), rules, paths)
            if not args.no_judged:
                judged_counts(pipeline, recorder, rules, paths)
    if args.save:
        args.save.write_text(json.dumps({"rules": {k: asdict(v) for k, v in rules.items()},
                                         "paths": {k: asdict(v) for k, v in paths.items()}}), encoding="utf-8")
    total = Count(sum(c.gold for c in paths.values()), sum(c.gold_right for c in paths.values()),
                  sum(c.judged for c in paths.values()), sum(c.judged_right for c in paths.values()))
    print("code right (root on even gold halves, the judges' code verdict on judged draws), per path:")
    print(total.row("all stored events", args.poor))
    for name, count in sorted(paths.items(), key=lambda kv: -kv[1].n):
        print(count.row(name, args.poor))
    pooled: dict[str, Count] = defaultdict(Count)
    for name, count in rules.items():
        if args.path is not None and name.split(" ", 1)[0].split("+")[0] != args.path:
            continue
        into = pooled[group(name, args.by)]
        for attribute in ("gold", "gold_right", "judged", "judged_right"):
            setattr(into, attribute, getattr(into, attribute) + getattr(count, attribute))
        into.sentences.extend(count.sentences)
    listed = [(name, count) for name, count in pooled.items() if count.n >= args.min]
    print(f"per {args.by} (fired at least {args.min} times pooled; << right under {args.poor:.2f}):")
    for name, count in sorted(listed, key=lambda kv: (-kv[1].n, kv[0])):
        print(count.row(name, args.poor))
        if args.show and args.show in name:
            for sentence in count.sentences:
                print(f"      {sentence}")


def group(rule: str, by: str) -> str:
    """The row a rule is pooled into: itself; its pattern's words ("dict-pattern [military|…]");
    its block ("dict-default INVADE"); or its path and CAMEO root ("dict-pattern 06")."""
    path, rest = rule.split(" ", 1)
    code = rest.rsplit(" ", 1)[-1]
    if by == "root":
        return f"{path.split('+')[0]} {code[:2]}"
    if by == "family" and path.startswith("dict-pattern"):
        return f"dict-pattern [{rest.split('[', 1)[1].split(']', 1)[0]}] {code[:2]}"
    if by == "block" and path.startswith("dict-pattern"):
        return f"dict-pattern {rest.split(' ', 1)[0].split('/')[0]}"
    if by == "reach" and path.startswith("dict-pattern"):
        block, _, synonym = rest.split(" ", 1)[0].partition("/")
        return f"{path} borrowed in {block}" if synonym else f"{path} own"
    if by == "block" and path.startswith("dict-default"):
        return f"dict-default {rest.split(' ', 1)[0].split('@')[-1]}"
    return rule


if __name__ == "__main__":
    main()
