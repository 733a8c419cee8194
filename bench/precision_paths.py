#!/usr/bin/env python3
"""Where precision is lost: the judged real-news events, by the coder path that produces them.

Reads the judged precision draws (`bench/data/precision_sample_seed*.jsonl`, each event judged
for source, target, code and modality against its sentence), codes each draw's articles again
with the CURRENT built-in coder (as `newsevents ingest` reads a corpus line), finds each judged
event among the current events of its sentence (same trigger word and CAMEO code) and says which
path of the coder made it:

    lexicon         our own verb lexicon (lang/en/data/verb_codes.txt)
    dict-pattern    a specific pattern of PETRARCH's CAMEO.2.0 verb dictionary
    dict-default    the dictionary's default code for a verb (needs a coded dyad)
    verb-object     a verb with its object noun (verb_object_codes.txt: "lodged a protest")
    naming          a characterisation ("called the plan reckless")
    metaphor        a force verb against words ("attacked the deal")
    asked-for       a verb asking for, offering or threatening an event noun ("demanded talks")
    nominal         an event noun ("the sanctions on Iran")
    light-verb      an event noun under a light verb ("held talks")
    frame→RR        the frame word's event over an action (intent 03, appeal 02, demand 10,
                    reject 12, threat 13, accusation 11: "vowed to retaliate", "said X must")
    +sense          a word-sense rule moved the code (events.senses)

It prints, per path, how many judged events it makes now and their fully-right share (and per
aspect), then the same by trigger lemma and by modality, and how many judged events the current
coder no longer makes (with their fully-right share: dropping wrong ones is the point). The
QuadClass and target tables ask whether some cheap class of events could be left out for
precision (none is far below the rest). The
judges' verdicts are on the modality they saw: "modality changed" counts the events still made
whose modality is now another, and how many of them had their modality judged wrong.

    python bench/precision_paths.py [--sample FILE ...] [--lemmas N] [--list PATH]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from events import add_model_option, make_pipeline  # noqa: E402  (bench/events.py)
from judged import ASPECTS, SAMPLES, read_judged, recode, trigger_word  # noqa: E402  (bench/judged.py)


@dataclass
class Tally:
    n: int = 0
    right: int = 0
    aspects: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ASPECTS, 0))

    def add(self, judged: dict) -> None:
        self.n += 1
        self.right += all(judged[a] for a in ASPECTS)
        for a in ASPECTS:
            self.aspects[a] += bool(judged[a])

    def row(self, name: str) -> str:
        share = self.right / self.n if self.n else 0.0
        parts = " ".join(f"{a[:3]} {self.aspects[a] / self.n:.2f}" for a in ASPECTS) if self.n else ""
        flag = "  << unreliable" if self.n >= 15 and share < 0.15 else ""
        return f"  {name:<22} n={self.n:<4} fully right {self.right:>3} ({share:.2f})  {parts}{flag}"


class PathRecorder:
    """Wraps the built-in coder's trigger finder, word-sense rule and frames to note, per
    trigger position in a sentence, which path made its code (bench only: no change to the coder;
    as a context manager it puts them back on leaving)."""

    def __init__(self, pipeline) -> None:
        import newsevents.events.extract as extract

        self.extract = extract
        self.paths: dict[tuple[str, int], str] = {}
        self.sensed: dict[tuple[str, int], str] = {}
        extractor = pipeline.step("events").extractor
        self.extractor = extractor
        find, frame, sense = extractor._triggers, extractor._framed, extract.sense_code

        def triggers(sentence, *rest):
            for found in find(sentence, *rest):
                token, code, light, by_default = found
                self.paths[self._key(token)] = self._path(token, code, light, by_default)
                yield found

        def framed(found, context):
            made, declined = frame(found, context)
            for item in made:
                self.paths[self._key(item.trigger)] = f"frame→{item.code[:2]}"
            return made, declined

        def sensing(trigger, code, named):
            out = sense(trigger, code, named)
            if out is not None and out != code:
                self.sensed[self._key(trigger)] = out
            return out

        self._originals = (find, frame, sense)
        extractor._triggers = triggers
        extractor._framed = framed
        extract.sense_code = sensing

    def __enter__(self) -> PathRecorder:
        return self

    def __exit__(self, *_) -> None:
        """Put the coder back as it was (the sense rule is the module's, shared by every pipeline)."""
        del self.extractor._triggers, self.extractor._framed
        self.extract.sense_code = self._originals[2]

    @staticmethod
    def _key(token) -> tuple[str, int]:
        sentence = token.sent
        return sentence.text, token.idx - sentence.start_char

    def _path(self, token, code: str, light, by_default: bool) -> str:
        x = self.extract
        if token.pos_ != "VERB" and not (token.pos_ == "NOUN" and token.dep_ in {"ccomp", "xcomp"}):
            return "light-verb" if light is not None else "nominal"
        if by_default:
            return "dict-default"
        if x._framed_noun(token) is not None:
            return "asked-for"
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and (token.lemma_.lower(), x._object_noun(obj)) in x.VERB_OBJECTS:
            return "verb-object"
        if x.characterisation(token) is not None:
            return "naming"
        particle = next((c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}), "")
        if x._metaphor(token, obj, particle) is not None:
            return "metaphor"
        noun = x._object_noun(obj) if obj is not None else ""
        own = x.verb_code(token.lemma_, particle, noun)
        if self.extractor.cameo_verbs is not None:
            found, specific = self.extractor.cameo_verbs.lookup(token)
            if specific and found == code and own != code:
                return "dict-pattern"
        return "lexicon" if own == code else "other"

    def path(self, event) -> str:
        key = (event.sentence, event.trigger_start - event.start)
        path = self.paths.get(key, "unknown")
        if key in self.sensed and not path.startswith("frame"):
            path += "+sense"
        return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=Path, nargs="*", default=SAMPLES, help="judged draws (default: every seed file)")
    parser.add_argument("--lemmas", type=int, default=15, help="trigger words to list (most frequent first)")
    parser.add_argument("--list", metavar="PATH", help="print the judged events a path makes, with the judge's note")
    add_model_option(parser)
    args = parser.parse_args()

    judged = read_judged(args.sample)
    pipeline = make_pipeline(args.model)
    with PathRecorder(pipeline) as recorder:
        judged_paths(judged, pipeline, recorder, args)


def judged_paths(judged: list[dict], pipeline, recorder: PathRecorder, args: argparse.Namespace) -> None:
    by_path: dict[str, Tally] = defaultdict(Tally)
    by_word: dict[str, Tally] = defaultdict(Tally)
    by_modality: dict[str, Tally] = defaultdict(Tally)
    by_quad: dict[str, Tally] = defaultdict(Tally)  # is there a class of events cheap to leave out?
    by_target: dict[str, Tally] = defaultdict(Tally)
    kept, gone, recoded = Tally(), Tally(), Tally()
    moved = Tally()  # still made, with another modality than the judged one (the judge's modality verdict was on the old)
    lines, coded_articles = recode(judged, pipeline)
    for line in lines:
        row, same = line.row, line.same
        word = trigger_word(row["trigger"])
        if not same:
            (recoded if any(trigger_word(e.trigger) == word for e in line.sentence_events) else gone).add(row["judged"])
            continue
        kept.add(row["judged"])
        path = recorder.path(same[0])
        by_path[path].add(row["judged"])
        if args.list == path:
            print(f"[{'RIGHT' if line.fully_right else 'wrong'}] {row['trigger']} {row['cameo']} {same[0].modality}: "
                  f"{row['sentence'][:160]}\n        judge: {row['judged']['note']}")
        by_word[word].add(row["judged"])
        by_modality[same[0].modality].add(row["judged"])
        by_quad[f"QuadClass {same[0].quad_class}"].add(row["judged"])
        by_target["target named" if same[0].target is not None else "no target"].add(row["judged"])
        if same[0].modality != row["modality"]:
            moved.add(row["judged"])

    print(f"{len(judged)} judged events from {sum(bool(read_judged([path])) for path in args.sample)} judged draws, {coded_articles} articles coded again")
    print(kept.row("still made (same code)"))
    print(recoded.row("same trigger, new code"))
    print(gone.row("no longer made"))
    print(moved.row("modality changed") + f"  ({moved.n - moved.aspects['modality']} of {moved.n} had it judged wrong)")
    print("by path (events still made):")
    for name, tally in sorted(by_path.items(), key=lambda kv: -kv[1].n):
        print(tally.row(name))
    print("by modality (events still made):")
    for name, tally in sorted(by_modality.items(), key=lambda kv: -kv[1].n):
        print(tally.row(name))
    print("by QuadClass and by target (events still made):")
    for table in (by_quad, by_target):
        for name, tally in sorted(table.items()):
            print(tally.row(name))
    print(f"by trigger word (events still made, {args.lemmas} most frequent):")
    for name, tally in sorted(by_word.items(), key=lambda kv: -kv[1].n)[:args.lemmas]:
        print(tally.row(name))


if __name__ == "__main__":
    main()
