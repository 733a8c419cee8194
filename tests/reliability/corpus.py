"""A hostile corpus, made by the tests: every input here is one a real crawl or a hostile user can
hand newsevents. Each must end as exactly one recorded skip, never as an error or a hang."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOOD_TEXT = (REPO / "examples" / "sanctions.txt").read_text(encoding="utf-8")
# An ordinary URL that urllib cannot split ("Invalid IPv6 URL"): the article must still be stored.
GOOD_URL = "https://news.example.com/world/[2015]/sanctions?ref=[top]"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>Laughs</title><description>&lol9;</description></item></channel></rss>
"""


def write_hostile_corpus(folder: Path) -> int:
    """Write every hostile input into `folder` (made if needed); returns how many there are."""
    folder.mkdir(parents=True, exist_ok=True)
    made = 0

    def write(name: str | bytes, data: bytes) -> None:
        nonlocal made
        path = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else name.encode())
        with open(path, "wb") as handle:
            handle.write(data)
        made += 1

    # A file name that is not UTF-8 (Latin-1 "café"), holding too little to be an article.
    write(b"caf\xe9 \xff.txt", b"Menu\nHome\nContact us\n")
    # A lone surrogate in a JSONL line: valid JSON, not valid text.
    write("surrogate.jsonl", json.dumps({"id": "lone-\ud800", "text": "Short \ud800 note."}).encode() + b"\n")
    # One paragraph of 1.5 MB (past spaCy's nlp.max_length of 1,000,000 characters).
    words = ("The committee met again on Tuesday to discuss the budget and the schedule " * 21_000)[:1_500_000]
    write("long-paragraph.txt", f"A very long page\n\n{words}\n".encode())
    # Binary data under a text name, and an empty file.
    write("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    write("empty.txt", b"")
    # A gzip cut off half way, and a gzip bomb (64 MB of zeros in 64 KB).
    whole = gzip.compress(GOOD_TEXT.replace("sanctions", "tariffs").encode() * 3)
    write("truncated.txt.gz", whole[: len(whole) // 2])
    write("bomb.txt.gz", gzip.compress(b"\0" * 64_000_000, compresslevel=9))
    # HTML nested far past any parser's depth limit.
    write("nested.html", b"<html><body>" + b"<div>" * 200_000 + b"deep" + b"</div>" * 200_000 + b"</body></html>")
    # An XML entity expansion attack inside a feed.
    write("laughs.rss", BILLION_LAUGHS)
    # A JSON line nested deeper than the parser's stack, and one that is not JSON at all.
    write("deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n")
    write("broken.jsonl", b'{"text": "unterminated\n')
    # A FIFO (opening it would block for ever), a symlink loop, and a dangling symlink.
    os.mkfifo(folder / "pipe.txt")
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    made += 4
    return made


def write_good_article(folder: Path) -> str:
    """One ordinary article (with a URL urllib cannot split) beside the hostile ones; its origin."""
    record = {"id": "good-article", "url": GOOD_URL, "outlet": "Reuters", "published": "2015-09-17", "text": GOOD_TEXT}
    (folder / "good.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return "good-article"
