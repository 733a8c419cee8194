#!/usr/bin/env python3
"""Can the coder tell, when it stores an event, that the event is likely wrong? A drop gate
measured seed by seed on the judged real-news events, and on every gold row of `bench/events.py`.

FINDINGS (round 26, main 03371c1, seeds 12..39 less 13; no gate is built into the coder):
856 judged events still made, 401 fully right (0.468). Held-out (leave-one-seed-out) precision of
the events kept, its gain, and the worst fall of any bench/events.py row (root or strict F1, even
or odd, gold sets and "realnews in article"; the gate fitted on every seed):

    gate (drop when)                          kept  precision  gain    right kept  worst gold fall
    (none)                                    1.00  0.468      -       401         -
    modality hypothetical                     0.96  0.479      +0.011  394         0.000
    modality not happened (no 01)             0.81  0.490      +0.021  340         0.000
    fitted: non-happened modality M           0.88  0.496      +0.028  374         0.000
    no target                                 0.61  0.521      +0.053  272         0.241
    path dict-pattern                         0.85  0.486      +0.017  355         0.115
    fitted: root in R                         0.87  0.504      +0.036  374         0.106
    logistic, coder features, keep 0.95       0.95  0.481      +0.013  390         0.010
                                   keep 0.85  0.84  0.493      +0.025  355         0.061
                                   keep 0.70  0.70  0.509      +0.041  303         0.112
                                   keep 0.60  0.61  0.526      +0.058  273         0.199
                                   keep 0.50  0.51  0.558      +0.089  242         0.328
    logistic, all features + lemma, keep 0.70 0.72  0.520      +0.052  320         0.097

The logistic models rank a held-out seed's events barely better than a coin (AUC 0.61 with the
coder's features, 0.61 with the bench-only ones added, 0.63 with the trigger lemma too): +0.05
needs keeping ~0.6 to 0.7 of the events, and every such gate costs gold rows 0.10 to 0.20 (what
it flags on news, no target, QuadClass 2, roots 07/08/09/17, is as common among the gold sets'
right events). On the newest draws it does not even hold: keep 0.70 takes seed 38 from 19/48 to
11/31 and seed 39 from 19/50 to 10/27 (lower). The only gates free on gold are modality ones (the
headline rows score happened events and denials alone): at most +0.028 (+0.03 on seeds 38 and 39),
and they drop judged-right events (401 -> 374). Dropping lowers the fully-right COUNT in every
gate. The errors are a long tail (word sense, actors, recipients) that event-level features do
not see: fix classes, not the storing step.

What it does. Recodes the judged precision draws (`bench/data/precision_sample_seed*.jsonl`)
with the CURRENT built-in coder (`bench/judged.py` `recode`) and, for each judged event still made
(same trigger word and code), takes features known when the event is stored:

    coder features (the coder has them where recipient_gate's check is made, extract._emit):
      root, quad (QuadClass), modality, noun (trigger is no verb), light (a light verb carries it),
      target (none / country / person / organisation / group), target_here (a word of the
      target's name is in the sentence), source (its kind), source_country, source_role,
      source_here (no: a pronoun or an actor from elsewhere), same_country (source and target
      share a country), quote (a quotation mark in the sentence), length (tokens)
    bench-only features (the coder does not carry them on the event):
      path (as `precision_paths.py` computes it), sensed (a word-sense rule moved the code),
      frame (a frame made it), siblings (events of the sentence), attributed (a speaker is
      attached later), lemma

Every gate is scored LEAVE-ONE-SEED-OUT: whatever a gate fits (which roots, which paths, a
threshold, a model's weights) is fitted on the other seeds and applied to the held-out seed; the
held-out seeds' kept events are pooled. Printed per gate: the share kept, the fully-right share of
the kept (precision), its gain over keeping all, the fully-right share of the dropped, the
fully-right COUNT kept, and the per-seed gain's mean and standard error.

    (a) simple gates: fixed ones (modality M, path P, no target) and fitted ones ("no target and
        root in R", R the roots whose no-target events are right least often on the training seeds)
    (b) a logistic model (numpy, L2) on one-hot features, coder features alone and all features;
        the drop threshold keeps a share q of the TRAINING seeds' events; a curve over q

With `--gold`, each gate is also run over the gold sets (`bench/events.py`'s loaders and scorer, both halves,
root and strict F1, and "realnews in article") with its parameters fitted on every judged seed:
a gate that lifts precision but cuts a gold row fails the issue's other targets.

    python bench/confidence.py [--gold] [--cache FILE] [--verbose]

Recoding the draws takes ~6 CPU minutes, the gold sets (`--gold`) ~3 more; `--cache FILE` keeps the features and
the gold events (read if the file is there, else written; delete it after a coder change).
The judges' verdicts are on the event as it was then (as in `precision_paths.py`, the verdict is
taken as it stands for an event still made).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import events as gold  # noqa: E402  (bench/events.py)
from judged import ASPECTS, SAMPLES, read_judged, recode  # noqa: E402  (bench/judged.py)

Features = dict[str, str]
Row = dict  # {"seed": int, "right": bool, "features": Features}
Gate = Callable[[Features], bool]  # True: drop the event
Fit = Callable[[list[Row]], Gate]  # fitted on training rows

CODER_FEATURES = ("root", "quad", "modality", "noun", "light", "target", "target_here", "source", "source_country",
                  "source_role", "source_here", "same_country", "quote", "length")
ALL_FEATURES = (*CODER_FEATURES, "path", "sensed", "frame", "siblings", "attributed")
LOGISTIC_MODELS = {"logistic, coder features": CODER_FEATURES, "logistic, all features": ALL_FEATURES,
                   "logistic, all features + lemma": (*ALL_FEATURES, "lemma")}
KEEP_SHARES = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5)
GOLD_SETS = ("plover", "upetr", "codebook", "realnews")
# The bar for building a gate into the coder: held-out precision gain, and no gold row falling
MIN_GAIN, MAX_GOLD_LOSS = 0.05, 0.0


# --- features ---------------------------------------------------------------------------------

class TokenRecorder:
    """Notes, per trigger position, the trigger's part of speech and lemma and its sentence's
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


def _here(actor, sentence: str) -> str:
    if actor is None:
        return "none"
    return str(any(_words(name) & _words(sentence) for name in [actor.name, *actor.aliases]))


def _kind(actor) -> str:
    if actor is None:
        return "none"
    return "country" if actor.kind == "country" or (actor.country and not actor.role and actor.kind != "person") else actor.kind


def features(event, path: str, tokens: TokenRecorder, siblings: int) -> Features:
    key = (event.sentence, event.trigger_start - event.start)
    pos, lemma, length = tokens.seen.get(key, ("?", event.trigger.split()[-1].lower(), len(event.sentence.split())))
    source, target = event.source, event.target
    same = source is not None and target is not None and bool(source.country) and source.country == target.country
    return {
        "root": event.root, "quad": str(event.quad_class), "modality": event.modality,
        "noun": str(pos != "VERB"), "light": str(" … " in event.trigger),
        "target": _kind(target), "target_here": _here(target, event.sentence),
        "source": _kind(source), "source_country": str(bool(source is not None and source.country)),
        "source_role": (source.role or "-") if source is not None else "none",
        "source_here": _here(source, event.sentence), "same_country": str(same),
        "quote": str(any(mark in event.sentence for mark in "\"“”")), "length": _bucket(length, (15, 25, 35, 50)),
        "path": path.replace("+sense", ""), "sensed": str(path.endswith("+sense")), "frame": str(path.startswith("frame")),
        "siblings": _bucket(siblings, (1, 2, 4)), "attributed": str(event.attribution is not None), "lemma": lemma,
    }


def _seed(sample: Path) -> int:
    found = re.search(r"seed(\d+)", sample.name)
    return int(found.group(1)) if found else 0


def judged_rows(pipeline, recorder, tokens: TokenRecorder, done: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """Per seed, each judged event still made: whether judged fully right, and its features
    (seeds already in `done` are not coded again)."""
    out = dict(done)
    for sample in SAMPLES:
        seed = _seed(sample)
        if not seed or str(seed) in out:
            continue
        lines, _ = recode(read_judged([sample]), pipeline)
        out[str(seed)] = [{"seed": seed, "right": line.fully_right,
                           "aspects": {a: bool(line.row["judged"][a]) for a in ASPECTS},
                           "features": features(line.same[0], recorder.path(line.same[0]), tokens, len(line.sentence_events))}
                          for line in lines if line.same]
        print(f"  seed {seed}: {len(out[str(seed)])} judged events still made", file=sys.stderr)
    return out


def _coded(event) -> dict:
    c = gold.coded_events([event])[0]
    return {"root": c.root, "code": c.code, "source": c.source, "target": c.target, "headline": c.headline}


def gold_events(pipeline, recorder, tokens: TokenRecorder) -> dict[str, dict[str, list[dict]]]:
    """Per gold set (and "realnews in article"), per item id, every stored event: features and
    what the scorer reads of it."""
    out: dict[str, dict[str, list[dict]]] = {}
    for key in GOLD_SETS:
        name, load, path = gold.SETS[key]
        if not path.exists():
            continue
        items = load()
        out[key] = {}
        for item in items:
            made = getattr(pipeline.read_text(item.text, published=item.published, clean=False), "events", [])
            out[key][item.id] = [{"features": features(e, recorder.path(e), tokens, len(made)), "coded": _coded(e)} for e in made]
        if key == "realnews" and gold.ARTICLES.exists():
            raws = gold.read_articles({i.article for i in items if i.article})
            articles: dict[str, gold.Article] = {}
            out["realnews in article"] = {}
            for item in items:
                if item.article not in articles:
                    raw = raws.get(item.article)
                    articles[item.article] = gold.code_article(pipeline, raw) if raw is not None else gold.Article("")
                article = articles[item.article]
                span = gold.locate(item.text, article.body)
                made = gold.events_in_span(article.events, *span) if span else []
                out["realnews in article"][item.id] = [
                    {"features": features(e, recorder.path(e), tokens, len(made)), "coded": _coded(e)} for e in made]
        print(f"  gold {key}: coded", file=sys.stderr)
    return out


def collect(cache: Path | None, with_gold: bool) -> tuple[dict[str, list[Row]], dict]:
    from precision_paths import PathRecorder

    stored = json.loads(cache.read_text()) if cache is not None and cache.exists() else {}
    judged, golds = stored.get("judged", {}), stored.get("gold", {})
    have_all = all(str(_seed(s)) in judged for s in SAMPLES if _seed(s)) and (golds or not with_gold)
    if not have_all:
        pipeline = gold.make_pipeline(None)
        with PathRecorder(pipeline) as recorder:
            tokens = TokenRecorder(recorder.extractor)
            judged = judged_rows(pipeline, recorder, tokens, judged)
            if with_gold and not golds:
                golds = gold_events(pipeline, recorder, tokens)
        if cache is not None:
            cache.write_text(json.dumps({"judged": judged, "gold": golds}))
    return judged, golds


# --- gates --------------------------------------------------------------------------------------

class Logistic:
    """P(fully right) from one-hot features: L2-penalised logistic regression by Newton steps."""

    def __init__(self, rows: list[Row], names: tuple[str, ...], penalty: float = 2.0) -> None:
        self.names = names
        self.columns = {(n, v): k for k, (n, v) in enumerate(sorted({(n, r["features"][n]) for r in rows for n in names}))}
        x = self.matrix([r["features"] for r in rows])
        y = np.array([float(r["right"]) for r in rows])
        w = np.zeros(x.shape[1])
        ridge = penalty * np.eye(x.shape[1])
        ridge[0, 0] = 0.0  # the intercept is not penalised
        for _ in range(25):
            p = 1 / (1 + np.exp(-x @ w))
            gradient = x.T @ (p - y) + ridge @ w
            hessian = (x.T * (p * (1 - p))) @ x + ridge
            step = np.linalg.solve(hessian, gradient)
            w -= step
            if np.abs(step).max() < 1e-6:
                break
        self.weights = w

    def matrix(self, rows: list[Features]) -> np.ndarray:
        x = np.zeros((len(rows), len(self.columns) + 1))
        x[:, 0] = 1.0
        for i, f in enumerate(rows):
            for n in self.names:
                column = self.columns.get((n, f[n]))
                if column is not None:
                    x[i, column + 1] = 1.0
        return x

    def p_right(self, rows: list[Features]) -> np.ndarray:
        return 1 / (1 + np.exp(-self.matrix(rows) @ self.weights))

    def heaviest(self, n: int = 12) -> list[str]:
        named = sorted(((self.weights[k + 1], f"{name}={value}") for (name, value), k in self.columns.items()))
        return [f"{label} {weight:+.2f}" for weight, label in named[:n // 2] + named[-(n // 2):]]


def logistic_gate(names: tuple[str, ...], keep: float) -> Fit:
    """Drop the events scored least likely right: the threshold keeps `keep` of the training rows."""

    def fit(train: list[Row]) -> Gate:
        model = Logistic(train, names)
        scores = model.p_right([r["features"] for r in train])
        threshold = float(np.quantile(scores, 1 - keep)) if keep < 1 else -1.0
        return lambda f: float(model.p_right([f])[0]) < threshold

    return fit


def fixed(rule: Gate) -> Fit:
    return lambda train: rule


def worst_values(rows: list[Row], name: str, margin: float, least: int = 10, where: Gate = lambda f: True) -> set[str]:
    """The values of one feature (among rows `where` holds) whose training events are right at
    least `margin` less often than all training events."""
    base = sum(r["right"] for r in rows) / len(rows)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if where(r["features"]):
            tally[r["features"][name]][0] += 1
            tally[r["features"][name]][1] += r["right"]
    return {value for value, (n, right) in tally.items() if n >= least and right / n < base - margin}


def worst_gate(name: str, margin: float, where: Gate = lambda f: True) -> Fit:
    def fit(train: list[Row]) -> Gate:
        worst = worst_values(train, name, margin, where=where)
        return lambda f: where(f) and f[name] in worst

    return fit


def no_target(f: Features) -> bool:
    return f["target"] == "none"


def candidate_gates() -> dict[str, Fit]:
    gates: dict[str, Fit] = {
        "modality hypothetical": fixed(lambda f: f["modality"] == "hypothetical"),
        "modality demanded": fixed(lambda f: f["modality"] == "demanded"),
        "modality alleged": fixed(lambda f: f["modality"] == "alleged"),
        "modality not happened (no root 01)": fixed(lambda f: f["modality"] not in {"happened"} and f["root"] != "01"),
        "no target": fixed(no_target),
        "no target, QuadClass 2": fixed(lambda f: no_target(f) and f["quad"] == "2"),
        "path dict-pattern": fixed(lambda f: f["path"] == "dict-pattern"),
        "path naming": fixed(lambda f: f["path"] == "naming"),
        "no target, path dict-pattern": fixed(lambda f: no_target(f) and f["path"] == "dict-pattern"),
        "source not in sentence": fixed(lambda f: f["source_here"] == "False"),
        "fitted: root in R (right <= base-0.15)": worst_gate("root", 0.15),
        "fitted: no target and root in R": worst_gate("root", 0.15, where=no_target),
        "fitted: path in P": worst_gate("path", 0.15),
        "fitted: lemma in L (n >= 10)": worst_gate("lemma", 0.2),
        "fitted: no target and lemma in L": worst_gate("lemma", 0.2, where=no_target),
        "fitted: non-happened modality M": worst_gate("modality", 0.1, where=lambda f: f["modality"] != "happened"),
    }
    for label, names in LOGISTIC_MODELS.items():
        for keep in KEEP_SHARES[1:]:
            gates[f"{label}, keep {keep:.2f}"] = logistic_gate(names, keep)
    return gates


# --- scoring ------------------------------------------------------------------------------------

@dataclass
class HeldOut:
    n: int = 0
    right: int = 0
    kept: int = 0
    kept_right: int = 0

    @property
    def precision(self) -> float:
        return self.kept_right / self.kept if self.kept else 0.0


def leave_one_seed_out(by_seed: dict[str, list[Row]], fit: Fit) -> tuple[HeldOut, list[float]]:
    """Pooled held-out result, and each seed's precision gain (kept share minus all share)."""
    pooled = HeldOut()
    gains = []
    for seed, rows in by_seed.items():
        if not rows:
            continue
        gate = fit([r for other, rs in by_seed.items() if other != seed for r in rs])
        kept = [r for r in rows if not gate(r["features"])]
        pooled.n += len(rows)
        pooled.right += sum(r["right"] for r in rows)
        pooled.kept += len(kept)
        pooled.kept_right += sum(r["right"] for r in kept)
        if kept:
            gains.append(sum(r["right"] for r in kept) / len(kept) - sum(r["right"] for r in rows) / len(rows))
    return pooled, gains


def held_out_auc(by_seed: dict[str, list[Row]], names: tuple[str, ...]) -> float:
    """How well a logistic model fitted on the other seeds ranks each held-out seed's events: the
    chance that a right event scores above a wrong one, pooled (0.5: no better than a coin)."""
    scored: list[tuple[float, bool]] = []
    for seed, rows in by_seed.items():
        if rows:
            model = Logistic([r for other, rs in by_seed.items() if other != seed for r in rs], names)
            scored += zip(model.p_right([r["features"] for r in rows]).tolist(), (r["right"] for r in rows), strict=True)
    right = [p for p, ok in scored if ok]
    wrong = [p for p, ok in scored if not ok]
    wins = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong)
    return wins / (len(right) * len(wrong)) if right and wrong else 0.5


def gold_rows(golds: dict, gate: Gate) -> dict[tuple[str, str], tuple[float, float | None]]:
    """(set, half) → (root F1, strict F1 or None), the gate's dropped events left out."""
    out = {}
    for key, coded in golds.items():
        load = gold.SETS["realnews" if key == "realnews in article" else key][1]
        items = load()
        for half, parity in (("even", 0), ("odd", 1)):
            part = [i for i in items if i.number % 2 == parity]
            kept = {i.id: [gold.Coded(**e["coded"]) for e in coded.get(i.id, [])
                           if e["coded"]["headline"] and not gate(e["features"])] for i in part}
            tally = gold.Tally()
            gold.score(part, kept, tally, False, key)
            root = tally.prf(tally.right_roots, tally.coded_roots, tally.gold_roots)[2]
            strict = tally.prf(tally.right_events, tally.coded_events, tally.gold_events)[2] if any(i.actors for i in part) else None
            out[(key, half)] = (root, strict)
    return out


def gold_loss(base: dict, after: dict) -> tuple[float, list[str]]:
    """The largest fall of any row, and the rows that changed."""
    worst, changed = 0.0, []
    for row, (root, strict) in base.items():
        new_root, new_strict = after[row]
        worst = max(worst, root - new_root, (strict or 0.0) - (new_strict or 0.0))
        if abs(root - new_root) > 1e-9 or abs((strict or 0.0) - (new_strict or 0.0)) > 1e-9:
            cell = f"{row[0]} {row[1]} root {root:.3f}->{new_root:.3f}"
            if strict is not None:
                cell += f" strict {strict:.3f}->{new_strict:.3f}"
            changed.append(cell)
    return worst, changed


def feature_table(rows: list[Row], name: str) -> str:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        tally[r["features"][name]][0] += 1
        tally[r["features"][name]][1] += r["right"]
    cells = [f"{value} {right}/{n} ({right / n:.2f})" for value, (n, right) in sorted(tally.items(), key=lambda kv: -kv[1][0]) if n >= 8]
    return f"  {name}: " + "; ".join(cells[:14])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="features and gold events: read if there, else written")
    parser.add_argument("--gold", action="store_true", help="also each gate's bench/events.py rows on the gold sets")
    parser.add_argument("--verbose", action="store_true", help="each gate's changed gold rows and the model's weights")
    args = parser.parse_args()

    by_seed, cached_golds = collect(args.cache, args.gold)
    golds = cached_golds if args.gold else {}
    rows = [r for rs in by_seed.values() for r in rs]
    right = sum(r["right"] for r in rows)
    print(f"{len(rows)} judged events still made over {len(by_seed)} seeds; fully right {right} ({right / len(rows):.3f})")
    print("fully right by feature value (all seeds):")
    for name in (*ALL_FEATURES, "lemma"):
        print(feature_table(rows, name))

    base_gold = gold_rows(golds, lambda f: False) if golds else {}
    if base_gold:
        print("gold rows with no gate (headline scoring, as bench/events.py):")
        for (key, half), (root, strict) in base_gold.items():
            print(f"  {key:<20} {half:<4} root F1 {root:.3f}" + (f" strict F1 {strict:.3f}" if strict is not None else ""))
    print("gates, LEAVE-ONE-SEED-OUT (fitted on the other seeds, pooled over held-out seeds); gold: fitted on all seeds")
    print(f"  {'gate (drop when)':<44} kept  prec   gain    dropped-right  right kept  per-seed gain (se)   worst gold fall")
    print(f"  {'(none)':<44} 1.00  {right / len(rows):.3f}  -       -              {right:<10}")
    for label, fit in candidate_gates().items():
        pooled, gains = leave_one_seed_out(by_seed, fit)
        dropped = pooled.n - pooled.kept
        dropped_right = (pooled.right - pooled.kept_right) / dropped if dropped else 0.0
        mean = float(np.mean(gains)) if gains else 0.0
        se = float(np.std(gains, ddof=1) / np.sqrt(len(gains))) if len(gains) > 1 else 0.0
        line = (f"  {label[:44]:<44} {pooled.kept / pooled.n:.2f}  {pooled.precision:.3f}  {pooled.precision - pooled.right / pooled.n:+.3f}  "
                f"{dropped_right:.3f}          {pooled.kept_right:<10}  {mean:+.3f} ({se:.3f})")
        if base_gold:
            loss, changed = gold_loss(base_gold, gold_rows(golds, fit(rows)))
            gain = pooled.precision - pooled.right / pooled.n
            verdict = "PASSES" if gain >= MIN_GAIN and loss <= MAX_GOLD_LOSS else "fails"
            line += f"  {loss:.3f} ({len(changed)} rows) {verdict}"
            if args.verbose and changed:
                line += "\n      " + "; ".join(changed)
        print(line)
    for label, names in LOGISTIC_MODELS.items():
        print(f"{label}: held-out AUC {held_out_auc(by_seed, names):.3f}")
    if args.verbose:
        model = Logistic(rows, ALL_FEATURES)
        print("logistic, all features, fitted on all seeds; heaviest weights:\n  " + "; ".join(model.heaviest(16)))


if __name__ == "__main__":
    main()
