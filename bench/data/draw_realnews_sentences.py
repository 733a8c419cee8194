#!/usr/bin/env python3
"""Draw the candidate sentences of the real-news CAMEO gold set (`realnews_cameo_gold.jsonl`).

Seeded and deterministic, standard library only, so anyone can redo the draw:

1. read `../shared/data/news-corpus/article-bias-prediction/articles.jsonl` and shuffle the
   articles with `random.Random(SEED)`;
2. split each article's text into sentences (paragraph breaks, then `.`/`!`/`?` followed by
   space and an upper-case letter or quote, not after a known abbreviation or a single initial);
3. keep sentences of 6 to 60 words that name at least one political actor by a cheap heuristic
   (a country name or demonym, an organisation or government-body word, or a political title;
   lists below);
4. from each article, in shuffled order, take at most `PER_ARTICLE` of its kept sentences, chosen
   at random with the same generator, in their order in the article.

The candidates come out in draw order; the annotator codes every one of them in that order.

    python bench/data/draw_realnews_sentences.py [--count 400] > candidates.jsonl
    python bench/data/draw_realnews_sentences.py --check bench/data/realnews_cameo_gold.jsonl

`--check` verifies a coded gold file against the corpus and the ontology: exact keys, every text
a byte-identical substring of its article, every code a CAMEO code of
`../shared/data/ontology/cameo/CAMEO.eventcodes.txt`, every source/target/trigger text inside the
sentence, and every sentence among the candidates of the draw, in draw order.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261130
PER_ARTICLE = 2
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
CORPUS = SHARED / "news-corpus" / "article-bias-prediction" / "articles.jsonl"
CAMEO_CODES = SHARED / "ontology" / "cameo" / "CAMEO.eventcodes.txt"
RECORD_KEYS = ["id", "article_id", "outlet", "published", "text", "noevents", "events"]
EVENT_KEYS = {"source", "target", "code", "source_text", "target_text", "trigger", "modality"}

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
    "adm", "maj", "st", "jr", "sr", "vs", "no", "u.s", "u.n", "u.k", "e.u", "d.c", "inc", "corp",
    "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "prof",
    "rev", "ft", "mt", "gens", "a.m", "p.m", "sens", "pres", "dept", "est", "etc", "approx",
}
COUNTRIES = (
    "Afghan Albania Algeria Angola Argentin Armenia Australia Austria Azerbaijan Bahrain "
    "Bangladesh Belarus Belgi Bolivia Bosnia Brazil Britain British Bulgaria Burma Burmese "
    "Cambodia Cameroon Canada Canadian Chile China Chinese Colombia Congo Croatia Cuba Cyprus "
    "Czech Denmark Danish Egypt Eritrea Estonia Ethiopia Europe Finland Finnish France French "
    "Georgia German Ghana Greece Greek Guatemala Haiti Honduras Hungar India Indonesia Iran Iraq "
    "Ireland Irish Israel Italy Italian Japan Jordan Kazakh Kenya Korea Kosovo Kuwait Latvia "
    "Leban Libya Lithuania Malaysia Mali Mexic Moldova Mongolia Montenegro Morocc Myanmar Nepal "
    "Netherlands Dutch Nicaragua Niger Norway Norwegian Oman Pakistan Palestin Panama Peru "
    "Philippine Filipino Poland Polish Portug Qatar Romania Russia Rwanda Saudi Scotland Scottish "
    "Senegal Serbia Singapore Slovakia Slovenia Somali Spain Spanish Sri Lanka Sudan Sweden "
    "Swedish Swiss Switzerland Syria Taiwan Tajik Tanzania Thai Tunisia Turk Uganda Ukrain "
    "Emirates UAE Uzbek Venezuela Vietnam Yemen Zimbabwe Zambia American America U.S. Kremlin "
    "Tehran Moscow Beijing Pyongyang Seoul Tokyo Kabul Baghdad Damascus Jerusalem Gaza Brussels "
    "Kiev Kyiv Ankara Riyadh Caracas Havana London Paris Berlin Washington"
).split()
BODIES = (
    "White House|Congress|Senate|House|Pentagon|State Department|Justice Department|"
    "Department|Ministry|ministry|government|Government|administration|Administration|"
    "parliament|Parliament|United Nations|U\\.N\\.|UN|NATO|European Union|EU|Security Council|"
    "Taliban|Hamas|Hezbollah|Islamic State|ISIS|ISIL|al-Qaeda|al Qaeda|FBI|CIA|NSA|"
    "Supreme Court|court|Court|police|military|army|Army|troops|forces|rebels|militants|"
    "Democrats|Republicans|Democratic|Republican|GOP|party|Party|embassy|Embassy"
)
TITLES = (
    "President|president|Prime Minister|prime minister|minister|Minister|Secretary|secretary|"
    "Sen\\.|Senator|senator|Rep\\.|lawmakers?|Gov\\.|Governor|ambassador|Ambassador|spokesman|"
    "spokeswoman|official|officials|leader|leaders|Chancellor|King|Crown Prince|Speaker|"
    "General|Gen\\.|Trump|Obama|Putin|Xi|Netanyahu|Erdogan|Kim Jong|Clinton|Biden|Pelosi|"
    "McConnell|Pompeo|Kerry|Tillerson|Assad|Rouhani|Khamenei|Maduro|Merkel|Macron|May|Johnson"
)
ACTOR = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in COUNTRIES) + r")"
    r"|\b(?:" + BODIES + r")\b|\b(?:" + TITLES + r")(?=\W|$)"
)
BOUNDARY = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of an article as exact substrings of its text."""
    sentences = []
    for paragraph in re.split(r"\s*\n\s*", text):
        start = 0
        for match in BOUNDARY.finditer(paragraph):
            before = paragraph[start:match.start() + 1].split()
            last = before[-1].rstrip(".!?\"'”’)").lower() if before else ""
            if paragraph[match.start()] == "." and (
                last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last)
            ):
                continue
            sentences.append(paragraph[start:match.end()].strip())
            start = match.end()
        if paragraph[start:].strip():
            sentences.append(paragraph[start:].strip())
    return sentences


def is_candidate(sentence: str) -> bool:
    words = sentence.split()
    return 6 <= len(words) <= 60 and ACTOR.search(sentence) is not None


def draw(count: int):
    articles = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    rng = random.Random(SEED)
    rng.shuffle(articles)
    drawn = 0
    for article in articles:
        kept = [(i, s) for i, s in enumerate(split_sentences(article["text"])) if is_candidate(s)]
        if not kept:
            continue
        chosen = sorted(rng.sample(kept, min(PER_ARTICLE, len(kept))))
        for _, sentence in chosen:
            assert sentence in article["text"]
            yield {
                "article_id": article["id"], "outlet": article["outlet"],
                "published": article["published"], "title": article["title"], "text": sentence,
            }
            drawn += 1
            if drawn >= count:
                return


def check(gold_path: Path, count: int) -> list[str]:
    """Problems found in a coded gold file (empty when it is sound)."""
    codes = {line.split("\t")[0] for line in CAMEO_CODES.read_text(encoding="utf-8").splitlines()[1:]}
    articles = {}
    for line in CORPUS.open(encoding="utf-8"):
        article = json.loads(line)
        articles[article["id"]] = article["text"]
    order = {(c["article_id"], c["text"]): n for n, c in enumerate(draw(count), start=1)}
    problems, last = [], 0
    for number, line in enumerate(gold_path.open(encoding="utf-8"), start=1):
        record = json.loads(line)
        where = record.get("id", f"line {number}")
        keys = [k for k in record if k != "comment"]
        if keys != RECORD_KEYS or record["id"] != f"rn-{number:04d}":
            problems.append(f"{where}: keys or id")
        if record["text"] not in articles.get(record["article_id"], ""):
            problems.append(f"{where}: text is not a substring of its article")
        drawn = order.get((record["article_id"], record["text"]))
        if drawn is None or drawn <= last:
            problems.append(f"{where}: not a candidate of the draw, or out of draw order")
        last = drawn or last
        if record["noevents"] != (not record["events"]):
            problems.append(f"{where}: noevents disagrees with events")
        for event in record["events"]:
            if set(event) != EVENT_KEYS or event["code"] not in codes or len(event["code"]) < 3:
                problems.append(f"{where}: event keys or code {event.get('code')}")
            for field in ("source_text", "target_text", "trigger"):
                if event.get(field) and event[field] not in record["text"]:
                    problems.append(f"{where}: {field} not in the sentence")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400, help="candidates to draw")
    parser.add_argument("--check", type=Path, help="verify a coded gold file instead of drawing")
    args = parser.parse_args()
    if args.check:
        problems = check(args.check, args.count)
        print("\n".join(problems) or f"{args.check}: sound")
        sys.exit(1 if problems else 0)
    for number, candidate in enumerate(draw(args.count), start=1):
        sys.stdout.write(json.dumps({"candidate": number, **candidate}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
