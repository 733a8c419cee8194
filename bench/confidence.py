#!/usr/bin/env python3
"""Which events not to store: the judged real-news events, by simple features the coder knows.

FINDINGS (round 20, main 8dec420; `--gold`): NO drop rule is worth building into the coder. Of
950 judged events, 577 are still made (284 on even seeds, 293 on odd); fully right among them:
even 0.472, odd 0.464. On the held-out ODD seeds (kept share, fully-right share of the kept, of the
dropped, gain), with the worst root F1 loss on a gold set's even half:

    rule (drop when; chosen on even seeds)          kept  kept-right  dropped-right  gain    gold loss
    path = dict-pattern                             0.84  0.494       0.312          +0.030  0.105
    root in {08, 09, 17}                            0.88  0.483       0.324          +0.018  0.058
    modality in {demanded, hypothetical}            0.95  0.473       0.312          +0.009  0.000
    no target and attributed                        0.84  0.502       0.261          +0.038  0.075
    no target and dict-pattern                      0.89  0.494       0.219          +0.030  0.018
    no target and quad 2                            0.93  0.478       0.286          +0.014  0.026
    any of 10 even-worst (target x feature) cells   0.57  0.542       0.360          +0.078  0.135
    naive Bayes (all features), P(right) < 0.35     0.72  0.524       0.313          +0.060  0.187
    naive Bayes (coder features), P < 0.40 (even's
      best threshold keeping >= 0.65 there)         0.66  0.531       0.333          +0.067  0.147

The bar (odd gain >= 0.06, kept >= 0.65, every gold even-half root F1 loss <= 0.02) is passed by
none. Why: (1) the features separate right from wrong weakly: even-seed gains of +0.09..+0.12
shrink to +0.05..+0.07 on odd seeds (overfitting on ~280 events; the standard error of a share
here is ~0.03), and the dropped events are still right 0.22..0.33 of the time; (2) whatever the
features flag on news (no target, QuadClass 2/4, dictionary patterns, roots 08/09/17) is just as
common among the gold sets' RIGHT events, so every rule with a real gain costs plover and
universalpetrarch 0.06..0.19 root F1. The rules cheap on gold (non-happened modalities, which gold
does not score) gain under 0.01. Dropping also lowers the dev draws' fully-right COUNT (136 → 103
for the coder-feature model). The errors are a long tail of word senses, actors and modality that
event-level features do not see: fix classes, not the storing step.

Recodes the judged precision draws (`bench/data/precision_sample_seed*.jsonl`) with the CURRENT
built-in coder (`bench/judged.py` `recode`) and, for each judged event still made (same trigger
word and code), takes features the coder knows when it stores the event:

    path      the coder path, as `precision_paths.py` computes it (bench only: the coder does not
              carry it on the event)
    lemma     trigger lemma;  root  CAMEO root;  quad  QuadClass;  modality;  noun  trigger is a noun
    target    none / country (a bare state) / other;  source_country  the source has a country code
    attributed  a speaker is attached;  source_here  a word of the source's name is in the sentence
              (no: a pronoun, role or actor brought in from elsewhere);  length  sentence tokens
    siblings  how many events the sentence makes

Rules are CHOSEN on the even seeds (12, 14, …, 30) and REPORTED on the odd seeds (15, 17, …, 31; no 13):
for each candidate drop rule, the fully-right share of the events kept and of those dropped, and
the share kept; also a naive-Bayes score (counts from the even seeds, add-one smoothing) with a
drop threshold. `--gold` also codes the gold sets' even halves (as `bench/events.py` does) and
prints each rule's root F1 there (what a drop costs in recall).

    python bench/confidence.py [--gold] [--cache FILE]

Recoding the draws takes ~4 CPU minutes (13 wall under load); `--cache FILE` keeps the features to
try rules again in seconds (delete it after a coder change). `--gold` adds about a minute.

The judges' verdicts are on the event as it was then; an event still made may have a new source,
target or modality since (as in `precision_paths.py`, the verdict is taken as it stands).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from judged import ASPECTS, SAMPLES, read_judged, recode  # noqa: E402  (bench/judged.py)

Features = dict[str, str]
# The bar a drop rule must pass on the odd seeds to be worth building into the coder
MIN_GAIN, MIN_KEPT, MAX_GOLD_COST = 0.06, 0.65, 0.02
Rule = Callable[[Features], bool]  # True: drop the event

NB_FEATURES = ("path", "root", "quad", "modality", "noun", "target", "source_country", "attributed",
               "source_here", "length", "siblings")
# what the coder itself knows when it stores an event (no bench-only path, no later attribution)
CODER_FEATURES = ("root", "quad", "modality", "noun", "target", "source_country", "source_here", "length", "siblings")


# --- features ---------------------------------------------------------------------------------

class TokenRecorder:
    """Notes, per trigger position, the trigger token's part of speech and lemma and its sentence's
    length (wraps the extractor's trigger finder, as precision_paths.PathRecorder does)."""

    def __init__(self, extractor) -> None:
        self.seen: dict[tuple[str, int], tuple[str, str, int]] = {}
        find = extractor._triggers

        def triggers(sentence, *rest):
            for found in find(sentence, *rest):
                token = found[0]
                self.seen[(token.sent.text, token.idx - token.sent.start_char)] = (token.pos_, token.lemma_.lower(), len(token.sent))
                yield found

        extractor._triggers = triggers


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}


def features(event, path: str, tokens: TokenRecorder, siblings: int) -> Features:
    key = (event.sentence, event.trigger_start - event.start)
    pos, lemma, length = tokens.seen.get(key, ("?", event.trigger.split()[-1].lower(), len(event.sentence.split())))
    source, target = event.source, event.target
    if target is None:
        target_kind = "none"
    elif target.kind == "country" or (target.country and not target.role):
        target_kind = "country"
    else:
        target_kind = "other"
    names = [source.name, *source.aliases] if source is not None else []
    here = any(_words(name) & _words(event.sentence) for name in names)
    return {
        "path": path.replace("+sense", ""), "sensed": str(path.endswith("+sense")), "lemma": lemma,
        "root": event.root, "quad": str(event.quad_class), "modality": event.modality,
        "noun": str(pos != "VERB"), "target": target_kind,
        "source_country": str(bool(source is not None and source.country)),
        "attributed": str(event.attribution is not None),
        "source_here": str(here) if source is not None else "no source",
        "length": _bucket(length, (20, 30, 45)), "siblings": _bucket(siblings, (1, 2, 4)),
    }


def judged_features(pipeline) -> list[dict]:
    """Each judged event still made: its seed, whether it was judged fully right, its features."""
    from precision_paths import PathRecorder

    rows = []
    with PathRecorder(pipeline) as recorder:
        tokens = TokenRecorder(recorder.extractor)
        for sample in SAMPLES:
            seed = int(re.search(r"seed(\d+)", sample.name).group(1))
            lines, _ = recode(read_judged([sample]), pipeline)
            for line in lines:
                if not line.same:
                    continue
                event = line.same[0]
                rows.append({"seed": seed, "right": line.fully_right,
                             "aspects": {a: bool(line.row["judged"][a]) for a in ASPECTS},
                             "features": features(event, recorder.path(event), tokens, len(line.sentence_events))})
    return rows


# --- rules --------------------------------------------------------------------------------------

class NaiveBayes:
    """P(fully right | features) from counts on the training rows (add-one smoothing)."""

    def __init__(self, rows: list[dict], names: tuple[str, ...] = NB_FEATURES) -> None:
        self.names = names
        self.prior = Counter(r["right"] for r in rows)
        self.counts: dict[tuple[str, bool], Counter] = defaultdict(Counter)
        self.values: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            for name in names:
                self.counts[(name, r["right"])][r["features"][name]] += 1
                self.values[name].add(r["features"][name])

    def p_right(self, f: Features) -> float:
        logit = math.log((self.prior[True] + 1) / (self.prior[False] + 1))
        for name in self.names:
            k = len(self.values[name]) + 1
            yes = (self.counts[(name, True)][f[name]] + 1) / (self.prior[True] + k)
            no = (self.counts[(name, False)][f[name]] + 1) / (self.prior[False] + k)
            logit += math.log(yes / no)
        return 1 / (1 + math.exp(-logit))


def worst_values(rows: list[dict], name: str, below: float, least: int = 8) -> set[str]:
    """The values of one feature whose training events are fully right less often than `below`."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        tally[r["features"][name]][0] += 1
        tally[r["features"][name]][1] += r["right"]
    return {value for value, (n, right) in tally.items() if n >= least and right / n < below}


def candidate_rules(train: list[dict]) -> dict[str, Rule]:
    """Drop rules chosen on the training (even-seed) rows only."""
    rules: dict[str, Rule] = {}
    base = sum(r["right"] for r in train) / len(train)
    for name in ("path", "lemma", "root", "modality", "target", "length", "siblings", "source_here"):
        worst = worst_values(train, name, base - 0.12)
        if worst:
            rules[f"{name} in {{{', '.join(sorted(worst))}}}"] = lambda f, n=name, w=worst: f[n] in w
    cells = worst_pairs(train, below=base - 0.15)
    for cell in cells:
        rules[" and ".join(f"{n}={v}" for n, v in cell)] = lambda f, c=cell: all(f[n] == v for n, v in c)
    if len(cells) > 1:
        rules[f"any of the {len(cells)} pair cells above"] = lambda f: any(all(f[n] == v for n, v in c) for c in cells)
    for label, names in (("naive Bayes", NB_FEATURES), ("naive Bayes, coder features", CODER_FEATURES)):
        model = NaiveBayes(train, names)
        for threshold in (0.25, 0.3, 0.35):
            rules[f"{label}, P(right) < {threshold}"] = lambda f, m=model, t=threshold: m.p_right(f) < t
        best = chosen_threshold(model, train)
        rules[f"{label}, P(right) < {best:.2f} (even's best)"] = lambda f, m=model, t=best: m.p_right(f) < t
    return rules


def chosen_threshold(model: NaiveBayes, train: list[dict], least_kept: float = MIN_KEPT) -> float:
    """The drop threshold with the best fully-right share kept on the training rows among those
    keeping at least `least_kept` of them (a grid of 0.05): chosen on the even seeds alone."""
    scored = [(model.p_right(r["features"]), r["right"]) for r in train]
    best, best_share = 0.0, -1.0
    for step in range(2, 13):
        threshold = step / 20
        kept = [right for p, right in scored if p >= threshold]
        if len(kept) >= least_kept * len(scored) and sum(kept) / len(kept) > best_share:
            best, best_share = threshold, sum(kept) / len(kept)
    return best


def worst_pairs(rows: list[dict], below: float, least: int = 10) -> list[tuple[tuple[str, str], ...]]:
    """Cells of two features (one of them the target's kind) whose training events are fully
    right less often than `below`, with at least `least` events."""
    tally: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        f = r["features"]
        for other in ("path", "root", "quad", "modality", "noun", "attributed", "length"):
            cell = (("target", f["target"]), (other, f[other]))
            tally[cell][0] += 1
            tally[cell][1] += r["right"]
    return [cell for cell, (n, right) in sorted(tally.items()) if n >= least and right / n < below]


def table(rows: list[dict], rules: dict[str, Rule]) -> tuple[list[str], dict[str, tuple[float, float]]]:
    """The table's lines, and per rule (share kept, gain in fully-right share of the kept)."""
    n = len(rows)
    right = sum(r["right"] for r in rows)
    out = [f"  {'rule (drop when)':<58} kept  kept-right  dropped-right  gain   right kept",
           f"  {'(none)':<58} {n:>4}  {right / n:.3f}       -              -      {right}"]
    stats = {}
    for label, rule in rules.items():
        dropped = [r for r in rows if rule(r["features"])]
        kept = [r for r in rows if not rule(r["features"])]
        kept_share = sum(r["right"] for r in kept) / len(kept) if kept else 0.0
        dropped_share = sum(r["right"] for r in dropped) / len(dropped) if dropped else 0.0
        stats[label] = (len(kept) / n, kept_share - right / n)
        out.append(f"  {label[:58]:<58} {len(kept) / n:.2f}  {kept_share:.3f}       {dropped_share:.3f}          "
                   f"{kept_share - right / n:+.3f}  {sum(r['right'] for r in kept)}")
    return out, stats


def feature_tables(rows: list[dict], names: tuple[str, ...]) -> list[str]:
    out = []
    for name in names:
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            tally[r["features"][name]][0] += 1
            tally[r["features"][name]][1] += r["right"]
        cells = [f"{value} {right}/{n} ({right / n:.2f})" for value, (n, right) in sorted(tally.items(), key=lambda kv: -kv[1][0]) if n >= 5]
        out.append(f"  {name}: " + "; ".join(cells[:12]))
    return out


# --- the gold sets' even halves -------------------------------------------------------------------

def gold_costs(pipeline, rules: dict[str, Rule]) -> tuple[list[str], dict[str, float]]:
    """Root F1 of each gold set's even half, with no rule and with each rule dropping events."""
    import events as gold  # bench/events.py
    from precision_paths import PathRecorder

    out = []
    costs: dict[str, float] = defaultdict(float)  # per rule, the largest root F1 loss over the sets
    with PathRecorder(pipeline) as recorder:
        tokens = TokenRecorder(recorder.extractor)
        for key in ("plover", "upetr", "codebook", "realnews"):
            name, load, path = gold.SETS[key]
            if not path.exists():
                continue
            items = [i for i in load() if i.number % 2 == 0]
            coded = {}
            for item in items:
                made = getattr(pipeline.read_text(item.text, published=item.published, clean=False), "events", [])
                coded[item.id] = [(features(e, recorder.path(e), tokens, len(made)), e) for e in made]
            cells = []
            none = 0.0
            for label, rule in {"(none)": lambda f: False, **rules}.items():
                tally = gold.Tally()
                kept = {k: gold.scored_events([e for f, e in v if not rule(f)]) for k, v in coded.items()}
                gold.score(items, kept, tally, False, key)
                f1 = tally.prf(tally.right_roots, tally.coded_roots, tally.gold_roots)[2]
                none = f1 if label == "(none)" else none
                costs[label] = max(costs[label], none - f1)
                cells.append(f"    {label[:58]:<58} root F1 {f1:.3f} ({f1 - none:+.3f})")
            out += [f"  {name} even:", *cells]
    return out, costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="features of the judged events: read if there, else written")
    parser.add_argument("--gold", action="store_true", help="also each rule's root F1 on the gold even halves")
    args = parser.parse_args()

    from newsevents.pipeline import Pipeline

    pipeline = Pipeline()
    if args.cache and args.cache.exists():
        rows = json.loads(args.cache.read_text())
    else:
        rows = judged_features(pipeline)
        if args.cache:
            args.cache.write_text(json.dumps(rows))
    train = [r for r in rows if r["seed"] % 2 == 0]
    test = [r for r in rows if r["seed"] % 2 == 1]
    print(f"{len(rows)} judged events still made: {len(train)} on even seeds (choose), {len(test)} on odd seeds (report)")
    print("fully right by feature value, even seeds:")
    print("\n".join(feature_tables(train, (*NB_FEATURES, "lemma"))))
    print("fully right by feature value, odd seeds:")
    print("\n".join(feature_tables(test, (*NB_FEATURES, "lemma"))))
    rules = candidate_rules(train)
    print("candidate drop rules, chosen on even seeds; EVEN seeds:")
    print("\n".join(table(train, rules)[0]))
    print("the same rules on ODD seeds (held out):")
    lines, held_out = table(test, rules)
    print("\n".join(lines))
    if not args.gold:
        return
    print("what each rule costs the gold sets' even halves (root F1, headline scoring):")
    lines, costs = gold_costs(pipeline, rules)
    print("\n".join(lines))
    print(f"verdict (odd-seed gain >= {MIN_GAIN}, kept >= {MIN_KEPT}, every gold even-half root F1 loss <= {MAX_GOLD_COST}):")
    for label, (kept, gain) in held_out.items():
        passed = gain >= MIN_GAIN and kept >= MIN_KEPT and costs[label] <= MAX_GOLD_COST
        print(f"  {label[:58]:<58} gain {gain:+.3f} kept {kept:.2f} worst gold loss {costs[label]:.3f}  "
              f"{'PASSES' if passed else 'fails'}")


if __name__ == "__main__":
    main()
