#!/usr/bin/env python3
"""The store-wide actor table of an ingested store, checked for the ways it can go wrong.

Prints the most mentioned store-wide actors with their codes and aliases, and counts:
- store-wide actors that are a bare role noun ("foreign ministry", "administration officials"):
  these must be per document or per country ("foreign ministry|RUS"); target 0;
- person actors with an alias that is another stored person's full name; target 0;
- rows for Donald Trump (a known office holder under any spelling); target 1.

    newsevents ingest ../shared/data/news-corpus/article-bias-prediction/articles.jsonl --db sqlite:///abp.db
    python bench/actor_table.py --db sqlite:///abp.db [--top 20]
"""

from __future__ import annotations

import argparse

from newsevents.actors.identity import is_role_noun
from newsevents.actors.people import known_person
from newsevents.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL of an ingested store")
    parser.add_argument("--top", type=int, default=20, help="how many of the most mentioned actors to list")
    args = parser.parse_args()
    store = Store(args.db)
    everyone = store.actors()
    shared = [a for a in everyone if a["document_id"] is None]
    counts = store.counts()
    print(f"{counts['documents']} documents, {counts['events']} events; {len(shared)} store-wide actors, "
          f"{len(everyone) - len(shared)} known only in their document")

    print(f"\nTop {args.top} store-wide actors (mentions, code, kind, aliases):")
    for a in shared[: args.top]:
        aliases = ", ".join(a["aliases"][:8]) + (" …" if len(a["aliases"]) > 8 else "")
        print(f"  {a['mentions']:>5}  {a['name']:<28} {a['code'] or '-':<10} {a['kind']:<12} [{aliases}]")

    bodies = [a for a in shared if a["kind"] in {"organisation", "group"} and is_role_noun(a["name"])]
    bare = [a for a in bodies if "|" not in a["key"]]
    print(f"\nrole-noun bodies shared per country (e.g. 'foreign ministry|RUS'): {len(bodies) - len(bare)}")
    print(f"store-wide generic role nouns without a country: {len(bare)}"
          + (": " + ", ".join(a["name"] for a in bare[:20]) if bare else ""))

    people = [a for a in shared if a["kind"] == "person"]
    full_names = {a["name"] for a in people}
    crossing = [(a["name"], alias) for a in people for alias in a["aliases"] if alias in full_names - {a["name"]}]
    print(f"person aliases that are another person's full name: {len(crossing)}"
          + (": " + "; ".join(f"{n} ← {alias}" for n, alias in crossing[:20]) if crossing else ""))

    trump = known_person("Donald Trump")
    rows = [a for a in shared if known_person(a["name"]) is trump or "trump" == a["key"]]
    print(f"rows for Donald Trump: {len(rows)} "
          + "; ".join(f"{a['name']} ({a['kind']}, {a['code']}, {a['mentions']} mentions)" for a in rows))
    store.close()


if __name__ == "__main__":
    main()
