"""Round 13 review: the shared tables and helpers the stages read instead of their own copies (one
quote-mark table, `grammar.listed`, a US state office as a phrase of data), `received_from` worked
out once per sentence, and bench/events.py's informational any-modality line."""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from types import SimpleNamespace

from helpers import actor_of, coded

from newsevents.grammar import listed, quotations
from newsevents.lang.en.grammar import CLOSING_QUOTES, DOUBLE_QUOTES, OPENING_QUOTES, QUOTE_MARKS

SRC = Path(__file__).resolve().parent.parent / "src" / "newsevents"
BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import events as bench  # noqa: E402

CURLY = {"“", "”", "‘", "’"}
MARKS = CURLY | {'"', "'"}
HOME = SRC / "lang" / "en" / "grammar.py"


def _own_quote_tables(path: Path) -> list[int]:
    """Lines where a module writes a set, dict or frozenset/set(...) of quotation marks itself."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        strings: list[str] = []
        if isinstance(node, ast.Set):
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        elif isinstance(node, ast.Dict):
            strings = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"set", "frozenset"}:
            strings = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        # marks alone ("“", '"“”'), not a word with an apostrophe ("’s")
        if any(s and set(s) <= MARKS and set(s) & CURLY for s in strings):
            found.append(node.lineno)
    return found


def test_quote_marks_are_written_once_in_the_language_home() -> None:
    assert _own_quote_tables(HOME)  # the scan sees the table where it is
    elsewhere = {str(p.relative_to(SRC)): lines for p in SRC.rglob("*.py")
                 if p != HOME and (lines := _own_quote_tables(p))}
    assert elsewhere == {}


def test_the_quote_table_keeps_each_reader_its_marks() -> None:
    assert OPENING_QUOTES == {'"', "“"} and CLOSING_QUOTES == {'"', "”"}
    assert DOUBLE_QUOTES == {'"', "“", "”"} and QUOTE_MARKS == DOUBLE_QUOTES | {"'", "‘", "’"}
    # curly marks say which way they go; single ones are not quotations (apostrophes as often)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["“", "We", "will", "not", "pay", ",", "”", "the", "minister", "'s", "aide", "said", "."]
    assert quotations(Doc(Vocab(), words=words)) == [(1, 5)]


def test_a_word_is_listed_by_its_lemma_or_as_written() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    doc = Doc(English().vocab, words=["Forces", "withdrew"], lemmas=["force", "withdraw"])
    assert listed(doc[0], {"force"}) and listed(doc[0], {"forces"})
    assert not listed(doc[0], {"troops", "Forces"})  # lower case, as the lists are written
    assert not listed(doc[1], {"withdrawal"})


def test_a_state_office_of_several_words_takes_the_us_state(read) -> None:
    reading = read("Georgia Secretary of State Brad Raffensperger criticized the Trump campaign on Friday.")
    assert actor_of(reading, "Brad Raffensperger").country == "USA"


def test_received_from_is_worked_out_once_per_word(read, monkeypatch) -> None:
    import newsevents.events.extract as extract

    calls: list[int] = []
    original = extract.received_from

    def counting(verb):
        calls.append(verb.i)
        return original(verb)

    monkeypatch.setattr(extract, "received_from", counting)
    reading = read("The Kurdish militia received weapons from Germany last month, a spokesman said.")
    assert ("072", "DEU", "KURREB") in coded(reading)  # the giver the source, the receiver the target (a Kurdish militia: KUR)
    assert calls and len(calls) == len(set(calls))


def _planned(code: str) -> SimpleNamespace:
    return SimpleNamespace(root=code[:2], cameo=code, source=None, target=None, modality="planned")


def test_bench_scores_planned_events_only_on_its_informational_line(capsys) -> None:
    happened = SimpleNamespace(root="11", cameo="111", source=None, target=None, modality="happened")
    every = bench.coded_events([happened, _planned("042")])
    assert [c.headline for c in every] == [True, False]
    assert bench.scored_events([happened, _planned("042")]) == every[:1]

    items = [bench.Item(n, f"s{n}", "A sentence.", [bench.GoldEvent("04", "042", None, None)], actors=False)
             for n in range(2)]

    def code(item, any_modality=False):
        events = [_planned("042")]
        return bench.coded_events(events) if any_modality else bench.scored_events(events)

    args = argparse.Namespace(half=None, misses=None, verbose=False)
    bench.run_protocol("made-up set", "made", items, code, args, {})
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("made-up set") and "root P 0.000 R 0.000 F1 0.000" in lines[0]  # headline: happened only
    assert lines[1].startswith("  any modality, informational") and "root P 1.000 R 1.000 F1 1.000" in lines[1]
