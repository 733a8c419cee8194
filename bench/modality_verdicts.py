#!/usr/bin/env python3
"""The judges' verdicts on the judged real-news events the current coder still makes, by the
modality the current coder gives them: what leaving one modality out of the stored events would
remove, judged right against judged wrong.

Each judged event is found among the current events of its sentence (same trigger word and code;
see `judged.py`), read with every modality kept (`Pipeline(modalities=ALL_MODALITIES)`), and
counted under the modality it has now:

    right      all four aspects judged right, and the modality is the one the judge saw
    wrong      some aspect judged wrong that the current coder has not changed (a wrong code,
               source or target still wrong; a modality judged wrong and still the same)
    open       every aspect judged right but the modality, which is another one now (the judge's
               verdict on it no longer applies)
    source, target, code  how many of the wrong ones have that aspect judged wrong

A modality is a candidate to leave out of the stored events when it removes at least three
judged-wrong events for each judged-right one (round 35).

    python bench/modality_verdicts.py [--sample FILE ...] [--list MODALITY]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import add_model_option  # noqa: E402  (bench/events.py)
from judged import ASPECTS, SAMPLES, read_judged, recode  # noqa: E402  (bench/judged.py)


def verdict(row: dict, modality_now: str) -> str:
    """'right', 'wrong' or 'open' for one still-made judged event (see the docstring)."""
    judged = row["judged"]
    same_modality = modality_now == row["modality"]
    if all(judged[aspect] for aspect in ASPECTS) and same_modality:
        return "right"
    if all(judged[aspect] for aspect in ASPECTS if aspect != "modality") and not same_modality:
        return "open"
    return "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=Path, nargs="*", default=SAMPLES, help="judged draws (default: every seed file)")
    parser.add_argument("--list", metavar="MODALITY", help="print each still-made event of this modality with its verdict and the judge's note")
    add_model_option(parser)
    args = parser.parse_args()

    from newsevents.events.stored import ALL_MODALITIES
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline(args.model, modalities=ALL_MODALITIES) if args.model else Pipeline(modalities=ALL_MODALITIES)
    lines, _ = recode(read_judged(args.sample), pipeline)
    made = [line for line in lines if line.same]
    print(f"{len(lines)} judged events, {len(made)} still made (same trigger and code); by the modality they have now:")
    tallies: dict[str, Counter] = {}
    for line in made:
        now = line.same[0].modality
        tally = tallies.setdefault(now, Counter())
        kind = verdict(line.row, now)
        tally[kind] += 1
        if kind == "wrong":
            tally.update(aspect for aspect in ("source", "target", "code") if not line.row["judged"][aspect])
        if line.row["cameo"] == "016":
            tally["denials"] += 1
        if args.list == now:
            print(f"[{kind}] {line.row['trigger']} {line.row['cameo']} (judged as {line.row['modality']}): {line.row['sentence'][:160]}\n"
                  f"    judge: {line.row['judged']['note'][:220]}")
    for modality, tally in sorted(tallies.items(), key=lambda item: -sum(item[1][k] for k in ("right", "wrong", "open"))):
        n = tally["right"] + tally["wrong"] + tally["open"]
        ratio = f"{tally['wrong'] / tally['right']:.1f}" if tally["right"] else "inf"
        print(f"  {modality:<12} n={n:<5} right {tally['right']:<4} wrong {tally['wrong']:<4} open {tally['open']:<4} "
              f"wrong per right {ratio:<5} (wrong: source {tally['source']}, target {tally['target']}, code {tally['code']}; "
              f"denials 016 {tally['denials']})")


if __name__ == "__main__":
    main()
