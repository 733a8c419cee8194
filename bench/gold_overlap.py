#!/usr/bin/env python3
"""Gold hygiene: does anything tracked under src/ or tests/ quote or key on a gold sentence?

Two checks, against every English event gold set in `../shared/data/event-gold/` (plover-gsr,
plover-gsr-cameo-join, universalpetrarch-gsr, cameo-codebook-examples, petrarch2-unittest) and our
held-out `bench/data/realnews_cameo_gold*.jsonl`:
- quotes: any run of N words (default 6; lower-cased, punctuation stripped) that a tracked file
  under src/ or tests/ shares with a gold sentence. Exit status 1 when there is one (for CI).
- table phrases: each multi-word row of the packaged data tables (events/data/*.tsv,
  facts/data/*.txt, actors/data/*.txt) and each multi-word string literal of the table modules
  (events/lexicon.py, events/framing.py, facts/agents.py) whose words occur, in order and close
  together (at most 3 words between, prefix-matched so 'fight virus' finds 'fighting the virus'),
  in a gold sentence. These are for a person to judge: a general rule of English or the field
  ('ceasefire violation') is fine, a row that only makes sense as a copy of one gold sentence is a
  leak. `news` counts the sentences of a 3,000-article news-corpus sample the phrase also occurs
  in, as a hint of how general it is. Reported, never an error.

    python bench/gold_overlap.py [--n 6] [--phrases] [--verbose]
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO.parent / "shared" / "data" / "event-gold"
NEWS = REPO.parent / "shared" / "data" / "news-corpus" / "article-bias-prediction"
GOLD_FILES = [
    GOLD / "plover-gsr" / "plover_gsr.jsonl",
    GOLD / "plover-gsr-cameo-join" / "plover_gsr_with_cameo.jsonl",
    GOLD / "universalpetrarch-gsr" / "petr2_gsr_validation.jsonl",
    GOLD / "cameo-codebook-examples" / "cameo_codebook_examples.jsonl",
    GOLD / "petrarch2-unittest" / "petrarch2_unittest.jsonl",
    *sorted((REPO / "bench" / "data").glob("realnews_cameo_gold*.jsonl")),
]
TABLE_GLOBS = ["src/newsevents/events/data/*.tsv", "src/newsevents/facts/data/*.txt",
               "src/newsevents/actors/data/*.txt"]
TABLE_MODULES = ["src/newsevents/events/lexicon.py", "src/newsevents/events/framing.py",
                 "src/newsevents/facts/agents.py", "src/newsevents/events/verbs.py"]
SCANNED = ("src/", "tests/")
# Shared runs judged general, not a copy of a sentence (reviewed 2026-11-30): official names and
# titles, and PETR.Validate dictionary patterns that tests/test_petrarch.py checks the compiler on.
ACCEPTED = {
    "officials speaking on condition of anonymity", "democratic people republic of korea dprk",
    "the un high commissioner for human", "department of health and human services",
    "office of the us trade representative", "u s president george w bush",
    "white house deputy national security adviser", "a spokesman for the secret service",
    "will abandon full economic ties with", "will abandon new economic relations with",
    "abandon new global economic relations with", "will abandon full military ties with",
    "has received by courier money from", "didnt clash over the efforts of",
    "ithilen sheep and goats of gondor", "of the u n security council",
}
WORD = re.compile(r"[a-z0-9]+")
MAX_GAP = 3  # words allowed between two words of a table phrase
STEM = 4  # a table word matches a sentence word that starts with its first STEM letters


@dataclass(frozen=True)
class Sentence:
    source: str  # gold file stem
    id: str
    words: tuple[str, ...]


def words(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return WORD.findall(text.replace("'s ", " ").replace("'", ""))


def gold_sentences() -> list[Sentence]:
    out = []
    for path in GOLD_FILES:
        if not path.exists():
            print(f"missing gold file {path}", file=sys.stderr)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append(Sentence(path.stem, str(rec.get("id", "")), tuple(words(rec.get("text", "")))))
    return out


def tracked_files() -> list[Path]:
    names = subprocess.run(["git", "ls-files", *SCANNED], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.split()
    return [REPO / n for n in names]


def quotes(n: int, gold: list[Sentence]) -> list[tuple[str, int, str, str]]:
    grams: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for s in gold:
        for i in range(len(s.words) - n + 1):
            grams[s.words[i:i + n]].add(f"{s.source}:{s.id}")
    found = []
    for path in tracked_files():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        # Tokenise the whole file so a quote wrapped over two lines is still found.
        toks: list[tuple[str, int]] = [(w, no) for no, line in enumerate(lines, 1) for w in words(line)]
        seen = set()
        for i in range(len(toks) - n + 1):
            gram = tuple(w for w, _ in toks[i:i + n])
            if gram in grams and (path, toks[i][1]) not in seen:
                seen.add((path, toks[i][1]))
                found.append((str(path.relative_to(REPO)), toks[i][1], " ".join(gram),
                              ", ".join(sorted(grams[gram])[:3])))
    return found


def table_phrases() -> list[tuple[str, int, str]]:
    """(file, line, phrase) for every multi-word entry of the data tables and table modules."""
    out = []
    for pattern in TABLE_GLOBS:
        for path in sorted(REPO.glob(pattern)):
            rel = str(path.relative_to(REPO))
            for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.startswith("#") or not line.strip():
                    continue
                for cell in line.split("\t"):
                    if len(words(cell)) >= 2 and not cell.strip().startswith("#"):
                        out.append((rel, no, cell.strip()))
    for name in TABLE_MODULES:
        path = REPO / name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 2 <= len(words(node.value)) <= 6:
                out.append((name, node.lineno, node.value))
    sys.path.insert(0, str(REPO / "src"))
    from newsevents.events import lexicon  # the verb-object and metaphor tables, expanded to pairs

    name = "src/newsevents/events/lexicon.py"
    out.extend((name, 0, f"{verb} {obj}") for (verb, obj), code in lexicon.VERB_OBJECTS.items())
    out.extend((name, 0, f"{verb} {obj}") for verb in lexicon.METAPHORS for obj in lexicon.POLICY_NOUNS)
    return out


def occurs(phrase: list[str], sentence: tuple[str, ...]) -> bool:
    """The phrase's words in order in the sentence, each within MAX_GAP words of the last."""
    def match(p: str, w: str) -> bool:
        return w == p or (len(p) > STEM and w.startswith(p[:STEM + 1])) or (len(p) == STEM and w.startswith(p))

    starts = [i for i, w in enumerate(sentence) if match(phrase[0], w)]
    for start in starts:
        pos, ok = start, True
        for p in phrase[1:]:
            nxt = next((j for j in range(pos + 1, min(len(sentence), pos + 2 + MAX_GAP)) if match(p, sentence[j])), None)
            if nxt is None:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False


def news_sentences(limit: int = 3000) -> list[tuple[str, ...]]:
    out = []
    for path in sorted(NEWS.rglob("*.jsonl"))[:1] or sorted(NEWS.rglob("*.json"))[:limit]:
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= limit:
                    break
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                body = rec.get("content") or rec.get("text") or rec.get("body") or ""
                out.extend(tuple(words(s)) for s in re.split(r"(?<=[.!?])\s+", body))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=6, help="words in a shared run (default 6)")
    parser.add_argument("--phrases", action="store_true", help="also list table phrases found in gold sentences")
    parser.add_argument("--verbose", action="store_true", help="with --phrases, name the gold sentence ids")
    args = parser.parse_args()
    gold = gold_sentences()
    files = tracked_files()
    print(f"{len(gold)} gold sentences from {len(GOLD_FILES)} files; {len(files)} tracked files under src/ and tests/")
    found = quotes(args.n, gold)
    accepted = [f for f in found if f[2] in ACCEPTED]
    found = [f for f in found if f[2] not in ACCEPTED]
    print(f"\n{len(found)} shared {args.n}-word runs ({len(accepted)} more accepted as general, see ACCEPTED)")
    for rel, no, gram, ids in found:
        print(f"  {rel}:{no}  '{gram}'  ({ids})")
    if args.phrases:
        news = news_sentences()
        rows = table_phrases()
        hits = []
        for rel, no, phrase in rows:
            ws = words(phrase)
            ids = [f"{s.source}:{s.id}" for s in gold if occurs(ws, s.words)]
            if ids:
                hits.append((rel, no, phrase, ids, sum(occurs(ws, s) for s in news)))
        print(f"\n{len(rows)} multi-word table phrases; {len(hits)} occur in a gold sentence "
              f"(news = sentences of {len(news)} news-corpus sentences holding it too)")
        for rel, no, phrase, ids, n_news in hits:
            where = ", ".join(ids[:4]) if args.verbose else f"{len(ids)} gold"
            print(f"  {rel}:{no}  '{phrase}'  {where}; news {n_news}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
