#!/usr/bin/env python3
"""Would "the sole other party" fill the judged null targets? A diagnosis, per CAMEO root.

For every judged event with no target that the current coder still makes with no target, this
asks what the reading "no target after every other reading → the one coded actor of the sentence
that is not a doer, not an outlet, not a place where something is" would give, and whether the
judge's note accepts it: right when the judge marked the null target wrong and the note names the
party (a word of its name of four letters or more: an approximation; read `--list` to check);
wrong when the judge accepted the null target, or named another. The coder's output is left as
it is: the reading is computed beside `targets.settled_target`, never returned.

    python bench/sole_other_party.py [--sample FILE ...] [--list]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events import add_model_option, make_pipeline  # noqa: E402  (bench/events.py)
from judged import SAMPLES, read_judged, recode, trigger_word  # noqa: E402  (bench/judged.py)


def sole_other_party(trigger, context):
    """The one coded actor of the trigger's sentence other than its doers (no outlet, no place
    where something is); None with none or several, or inside a quote."""
    from newsevents.events import targets

    if targets.quote_of(trigger) is not None:
        return None
    light = targets.light_verb(trigger) if trigger.pos_ == "NOUN" else None
    doers = {source.code for source in targets.sources_of(trigger, light, context)}
    if not doers:
        return None
    others = {mention.actor.code: mention.actor for word in trigger.sent
              if (mention := context.mention(word)) is not None and mention.actor.code
              and mention.actor.role != "MED" and not targets._where_named(word) and mention.actor.code not in doers}
    return next(iter(others.values())) if len(others) == 1 else None


def words(text: str) -> str:
    return " ".join(text.split())


def watch_settled_targets() -> dict[str, list]:
    """Record, by trigger word, the sentence and the sole other party where the coder settles on
    no target (the coder's own answer is returned unchanged)."""
    from newsevents.events import targets

    found: dict[str, list] = defaultdict(list)
    settled = targets.settled_target

    def watched(trigger, code, target, context):
        result = settled(trigger, code, target, context)
        if result is None:
            found[trigger.lower_].append((words(trigger.sent.text), sole_other_party(trigger, context)))
        return result

    targets.settled_target = watched
    return found


def names_party(note: str, name: str) -> bool:
    return any(word.lower() in note.lower() for word in name.split() if len(word) > 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=Path, nargs="*", default=SAMPLES, help="judged draws (default: every seed file)")
    parser.add_argument("--list", action="store_true", help="print each filled event with the judge's note")
    add_model_option(parser)
    args = parser.parse_args()

    found = watch_settled_targets()
    rows = [row for row in read_judged(args.sample) if row["target"] is None]
    lines, _ = recode(rows, make_pipeline(args.model))
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # root -> [still null, filled, right, wrong]
    for line in lines:
        if not line.same or any(event.target is not None for event in line.same):
            continue
        row, event = line.row, line.same[0]
        counts = table[row["cameo"][:2]]
        counts[0] += 1
        sentence = words(row["sentence"])
        party = next((party for said, party in found[trigger_word(event.trigger)] if party is not None and said in sentence), None)
        if party is None:
            continue
        right = not row["judged"]["target"] and names_party(row["judged"]["note"], party.name)
        counts[1] += 1
        counts[2 if right else 3] += 1
        if args.list:
            print(f"[{'right' if right else 'wrong'}] {row['cameo']} {row['trigger']}: -> {party.name} {party.code}\n"
                  f"    {row['sentence'][:150]}\n    judge: {row['judged']['note'][:200]}")
    print("root  null now  sole other party  right  wrong")
    for root in sorted(table):
        null, filled, right, wrong = table[root]
        print(f"{root:<5} {null:<9} {filled:<17} {right:<6} {wrong}")
    print(f"all   {sum(c[0] for c in table.values()):<9} {sum(c[1] for c in table.values()):<17} "
          f"{sum(c[2] for c in table.values()):<6} {sum(c[3] for c in table.values())}")


if __name__ == "__main__":
    main()
