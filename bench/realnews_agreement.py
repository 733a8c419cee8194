#!/usr/bin/env python3
"""Inter-annotator agreement on the real-news CAMEO set: annotator 2
(`bench/data/realnews_cameo_gold_second.jsonl`, coded blind to the same guidelines) scored against
annotator 1 (`bench/data/realnews_cameo_gold.jsonl`) exactly as `bench/events.py` scores the coder
on that set: annotator 1 plays the gold, annotator 2's events (whatever their modality, like the
gold's) play the coded events.

- root P/R/F1: per sentence, the set of CAMEO roots against annotator 1's set;
- strict P/R/F1: one-to-one matches on root plus source and target country where annotator 1
  names them (an actor with no country, '---', matches any);
- full code: share of root-matched sentences whose full code annotator 2 also gave;
- no-event agreement: sentences both left without events, both coded, and each way of differing,
  with Cohen's kappa on the event / no-event decision.

Only sentences both annotators coded count (annotator 2's file may be a prefix). Halves as in
bench/events.py: 0-based line number, so "even" holds the odd ids (rn-0001, rn-0003, ...).
Unless --no-coder, the coder (`newsevents`' Pipeline, as bench/events.py runs it) is scored
against annotator 1 on the same sentences, for comparison.

    python bench/realnews_agreement.py [--verbose] [--no-coder]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events as bench  # noqa: E402  (bench/events.py: the same loaders, matching and tally)

SECOND = bench.REPO / "bench" / "data" / "realnews_cameo_gold_second.jsonl"

# Sentences whose coding the guidelines annotator 2 coded to (realnews_cameo_gold.md, "Format" and
# "How it was coded") quote or decide by name: agreement on them is partly read off the guidelines,
# so the figures are also printed without them. An evaluation subset, not used by any coder.
GUIDELINE_EXAMPLES = {
    "rn-0001": "PRK for “North Korea's action”",
    "rn-0030": "“Obama reiterated that the civil war cannot come to an end…” → 1041",
    "rn-0032": "tariffs: 085 to exempt",
    "rn-0039": "“is to fly to Moscow” 042 intended",
    "rn-0042": "“we are scrambling to install an antimissile shield in South Korea” coded",
    "rn-0054": "“systemic retaliation” not coded",
    "rn-0060": "“demanded … and has threatened …”: two events",
    "rn-0069": "tariffs: 163 to impose",
    "rn-0083": "“He” = Obama in the Berlin speech story",
    "rn-0085": "“accused Trump of … withholding assistance”: accusation asserted, withholding alleged",
    "rn-0089": "“the administration will not keep the office open…” → 1313",
    "rn-0093": "subpoenas → 101",
    "rn-0096": "IRQ for villages in Iraq",
    "rn-0119": "“Trump and Putin discussed”: both directions",
    "rn-0121": "requests for an inspector-general investigation → 101",
    "rn-0126": "---MIL for “the planes”",
    "rn-0128": "---GOV for “Gulf and European states”",
    "rn-0130": "a resignation under pressure → 0831",
    "rn-0138": "“McCabe was fired”: not coded",
    "rn-0140": "a prime minister saying he will resign → 0341",
    "rn-0141": "Sistani calling on parliament to reconsider the government → 0241",
    "rn-0145": "“Israel and Hamas agreed a truce”: both directions; Hamas PSEREB",
    "rn-0169": "“if we don't make a deal with Congress most likely I will do that” → 1324",
    "rn-0173": "“further U.S. penalties would be announced” → 1312",
    "rn-0180": "a missile test → 150",
    "rn-0181": "VATREL (the Pope), ---GOV for “world leaders”",
    "rn-0196": "“will provide airstrikes…” 072 intended",
    "rn-0205": "“dispatched additional forces” → 154",
}


def as_coded(item: bench.Item) -> list[bench.Coded]:
    """Annotator 2's events in the shape bench/events.py scores."""
    return [bench.Coded(e.root, e.code, e.source, e.target) for e in item.events]


def no_event_line(first: list[bench.Item], second: dict[str, bench.Item]) -> str:
    both_none = sum(i.noevents and second[i.id].noevents for i in first)
    both_coded = sum(not i.noevents and not second[i.id].noevents for i in first)
    only_first_none = sum(i.noevents and not second[i.id].noevents for i in first)
    only_second_none = sum(not i.noevents and second[i.id].noevents for i in first)
    n = len(first)
    observed = (both_none + both_coded) / n if n else 0.0
    first_none = (both_none + only_first_none) / n if n else 0.0
    second_none = (both_none + only_second_none) / n if n else 0.0
    expected = first_none * second_none + (1 - first_none) * (1 - second_none)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 0.0
    return (f"  no-event agreement: {both_none + both_coded}/{n} ({observed:.3f}), kappa {kappa:.3f} | "
            f"both none {both_none}, both coded {both_coded}, "
            f"none for annotator 1 only {only_first_none}, none for annotator 2 only {only_second_none}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every sentence the annotators code differently")
    parser.add_argument("--no-coder", action="store_true", help="skip the coder's figures")
    args = parser.parse_args()

    second = {i.id: i for i in bench.load_realnews(SECOND)}
    first = [i for i in bench.load_realnews() if i.id in second]
    print(f"sentences coded by both annotators: {len(first)}")

    pipeline = None
    if not args.no_coder:
        try:
            from newsevents.pipeline import Pipeline
        except ImportError as error:
            print(f"coder: skipped ({error})")
        else:
            pipeline = Pipeline()

    rows = [("annotator 2", lambda item: as_coded(second[item.id]))]
    if pipeline is not None:
        rows.append(("coder", lambda item: bench.code_item(pipeline, item)))
    unquoted = [i for i in first if i.id not in GUIDELINE_EXAMPLES]
    for who, code in rows:
        coded = {item.id: code(item) for item in first}
        tallies = []
        for half, parity in (("all", None), ("even", 0), ("odd", 1)):
            part = [i for i in first if parity is None or i.number % 2 == parity]
            tally = bench.Tally()
            bench.score(part, coded, tally, args.verbose and parity is None, who)
            bench.report(f"{who} vs annotator 1", half, tally, has_actors=True)
            if parity is not None:
                tallies.append(tally)
        tally = bench.Tally()
        bench.score(unquoted, coded, tally, False, who)
        bench.report(f"{who} vs annotator 1", "noex", tally, has_actors=True)
        bench.root_table(f"{who} vs annotator 1", tallies)
        if who == "annotator 2":
            print(no_event_line(first, second))
            print(no_event_line(unquoted, second).replace("no-event agreement", "no-event agreement (noex)"))
    print(f"noex: the {len(unquoted)} sentences the guidelines do not quote or decide by name "
          f"({len(first) - len(unquoted)} left out; see GUIDELINE_EXAMPLES)")


if __name__ == "__main__":
    sys.exit(main())
