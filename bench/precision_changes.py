#!/usr/bin/env python3
"""What the current coder changes in the judged real-news events: their sources, targets and modalities.

`precision_paths.py` counts the judges' verdicts on the events still made, so a source, target
or modality put right does not show there. This finds each judged event among the current events
of its sentence (same trigger word and code; see `judged.py`) and, for each aspect, compares what
it has now with what the judge saw:

    judged wrong, now other   a candidate fix (read the judge's note: the new one may be wrong too)
    judged right, now other   a candidate regression (a longer or shorter form of one name is no change)

    python bench/precision_changes.py [--list source|target|modality]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import add_model_option, make_pipeline  # noqa: E402  (bench/events.py)
from judged import SAMPLES, read_judged, recode  # noqa: E402  (bench/judged.py)

CHANGEABLE = ("source", "target", "modality")


def _actor(actor) -> str:
    return f"{actor['name']} {actor['code']}" if isinstance(actor, dict) else f"{actor.name} {actor.code}" if actor else "none"


def changed(aspect: str, judged_value, now) -> bool:
    """Another modality; or another actor: another code, or a name that shares no last word
    ("Trump" and "Donald Trump" are one)."""
    if aspect == "modality":
        return judged_value != now.modality
    before, after = judged_value, getattr(now, aspect)
    if before is None or after is None:
        return (before is None) != (after is None)
    if (before.get("code") or "") != after.code:
        return True
    return before["name"].split()[-1:] != after.name.split()[-1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=Path, nargs="*", default=SAMPLES, help="judged draws (default: every seed file)")
    parser.add_argument("--list", choices=CHANGEABLE, help="print each changed value of this aspect with the judge's note")
    add_model_option(parser)
    args = parser.parse_args()

    lines, _ = recode(read_judged(args.sample), make_pipeline(args.model))
    made = [line for line in lines if line.same]
    print(f"{len(lines)} judged events, {len(made)} still made (same trigger and code)")
    for aspect in CHANGEABLE:
        counts = {True: [0, 0], False: [0, 0]}  # judged right? -> [n, now other]
        for line in made:
            ok, now = line.row["judged"][aspect], line.same[0]
            counts[ok][0] += 1
            if not all(changed(aspect, line.row[aspect], event) for event in line.same):
                continue  # one of the events it is made as now (one per target of "with X and Y") is as judged
            counts[ok][1] += 1
            if args.list == aspect:
                show = (lambda value: value) if aspect == "modality" else _actor
                print(f"[judged {'right' if ok else 'wrong'}] {line.row['trigger']} {line.row['cameo']}: "
                      f"{show(line.row[aspect])} -> {show(getattr(now, aspect))}\n    {line.row['sentence'][:150]}\n"
                      f"    judge: {line.row['judged']['note'][:200]}")
        print(f"  {aspect:<9} judged wrong n={counts[False][0]:<4} now other {counts[False][1]:<4}"
              f"judged right n={counts[True][0]:<4} now other {counts[True][1]}")


if __name__ == "__main__":
    main()
