"""The language home (newsevents/lang/<code>/): its word lists are package data with their source
and licence, its loaders read them whole, and the stages keep no large English word list of their
own beside their logic (lang/ and facts/ hold them)."""

from __future__ import annotations

import ast
import re
from importlib import resources
from pathlib import Path

import pytest

from newsevents.events import framing
from newsevents.lang import pairs, rows, words
from newsevents.lang.en import actors, attribution, events, grammar, tone

SRC = Path(__file__).resolve().parent.parent / "src" / "newsevents"
# A list of more than this many lower-case words is a word list, not a handful of cases.
MAX_WORDS = 12
# The stage modules (as tests/test_structure.py names them), the shared parse readers and the
# steps that wrap the stages; lang/ and facts/ are where word lists live.
SCANNED = ("ingest", "clean", "language.py", "nlp.py", "actors", "events", "attribution", "tone.py", "grammar.py",
           "steps.py", "pipeline.py")
WORD = re.compile(r"^[a-zà-ÿа-я][a-zà-ÿа-я'’.\-]*(?: [a-zà-ÿа-я'’.\-]+)*$")
# (module, line of the literal): why it is still there.
EXCEPTIONS: dict[str, str] = {
    "clean/text.py:STOP_WORDS": "function words of nine languages: page text is judged before its language is known",
    "clean/html_rules.py:CALENDAR_NAMES": "month and day names of six languages, for datelines in pages of any language",
    "clean/html_rules.py:DATE_GLUE": "the small words between a date's parts in six languages (\"um\", \"uhr\", \"de\")",
}


def _word_lists(path: Path, more_than: int = MAX_WORDS) -> list[tuple[str, int]]:
    """(name it is assigned to, number of words) for each literal in a module holding more than
    `more_than` lower-case words: a set, list or tuple of strings, a dict's string keys, or a
    string split on white space ("a b c".split())."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        name = target.id if isinstance(target, ast.Name) else ast.unparse(target)
        for inner in ast.walk(node.value):
            if isinstance(inner, (ast.Set, ast.List, ast.Tuple)):
                strings = [e.value for e in inner.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            elif isinstance(inner, ast.Dict):
                strings = [k.value for k in inner.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            elif (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "split"
                  and isinstance(inner.func.value, ast.Constant) and isinstance(inner.func.value.value, str)):
                strings = inner.func.value.value.split()
            else:
                continue
            count = sum(bool(WORD.match(s)) for s in strings)
            if count > more_than:
                found.append((name, count))
    return found


def test_the_scan_finds_word_lists(tmp_path) -> None:
    thirteen = " ".join(f"w{chr(97 + i)}ord" for i in range(13)).replace("0", "")
    module = tmp_path / "m.py"
    module.write_text(
        f"A = frozenset({thirteen.split()!r})\n"
        f"B = frozenset({thirteen!r}.split())\n"
        f"C = {{w: 1.0 for w in ()}}\nD: dict[str, float] = {dict.fromkeys(thirteen.split(), 1.0)!r}\n"
        f"E = {thirteen.split()[:12]!r}\n"  # twelve: a handful of cases
        f"F = {[w.title() for w in thirteen.split()]!r}\n",  # names, not words
        encoding="utf-8")
    assert _word_lists(module) == [("A", 13), ("B", 13), ("D", 13)]


def test_no_stage_module_holds_a_large_english_word_list() -> None:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if relative.parts[0] not in SCANNED:
            continue
        for name, count in _word_lists(path):
            found[f"{relative.as_posix()}:{name}"] = count
    assert found.keys() - EXCEPTIONS.keys() == set(), f"word lists beside logic (move them to lang/): {found}"
    assert EXCEPTIONS.keys() - found.keys() == set(), "fixed: strike these off EXCEPTIONS"


DATA_FILES = sorted(p.name for p in resources.files("newsevents.lang.en").joinpath("data").iterdir()
                    if p.name.endswith(".txt"))


# The events stage's trigger words with their CAMEO codes.
CODE_TABLES = {"verb_codes.txt", "verb_object_codes.txt", "metaphor_codes.txt", "noun_codes.txt"}
# Named tables, 'name | words': a name may take several lines, a word once per name.
GROUPED_TABLES = {"word_senses.txt"}


@pytest.mark.parametrize("name", DATA_FILES)
def test_each_list_names_its_source_and_licence_and_has_no_duplicate(name: str) -> None:
    text = resources.files("newsevents.lang.en").joinpath(f"data/{name}").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any(line.startswith("# Source:") for line in header)
    assert any(line.startswith("# Licence:") for line in header)
    table = rows("newsevents.lang.en", name.removesuffix(".txt"), 3)
    if name in CODE_TABLES:  # code | words (| objects): a code may take several lines, a word one
        keys = [(word, obj) for _, listed, objects in table for word in listed.split() for obj in objects.split() or [""]]
    elif name in GROUPED_TABLES:
        keys = [(group, word) for group, listed, _ in table for word in listed.split()]
    else:
        keys = [cells[0] for cells in table]
    assert keys and len(keys) == len(set(keys)), "an entry twice (a set would hide it)"


def test_the_loaders_read_words_pairs_and_empty_cells() -> None:
    assert {"say", "deny", "testify"} <= words("newsevents.lang.en", "speech_cues")
    assert pairs("newsevents.lang.en", "nicknames")["joe"] == "joseph"
    assert actors.PRONOUNS["they"] == ("plural", None) and actors.PRONOUNS["he"] == ("person", "male")
    assert tone.NEWS_VALENCE["massacre"] == -3.5 and tone.NEWS_VALENCE["like"] == 0.0
    assert "due" in grammar.PLANNING_HEADS and "n't" in tone.NEGATORS
    assert attribution.ANONYMITY.search("an official who asked not to be named")
    assert events.VERBS["step down"] == "083" and events.VERBS["strike"] == "190" and events.NOUNS["air strike"] == "195"
    assert events.VERB_OBJECTS[("sever", "ties")] == "161" and events.VERB_OBJECTS[("face", "criticism")] == "---"
    assert {"staged", "holding", "paid"} <= events.LIGHT_VERB_FORMS
    assert events.WEEKDAYS[0] == "monday" and events.MONTHS[8] == "september" and events.RELATIVE_DAYS["yesterday"] == -1
    assert [re.fullmatch(events.MONTH, w) is not None for w in ("sept.", "sep", "june", "jun", "ju", "mayo")] == [
        True, True, True, True, False, False]
    assert "regarding" in events.TOPIC_PREPOSITIONS and "'ll" in events.FUTURE_AUX and "towards" in events.TARGET_PREPOSITIONS
    assert {"base", "port", "fighter"} <= events.WORD_SENSES["bodies"] and "fire_back" in events.WORD_SENSES["riposte_phrases"]
    assert events.CHARACTERISATION_VALENCE["baseless"] == -2.0 and events.CHARACTERISATION_VALENCE["friend"] == 2.0


def test_a_frame_the_events_stage_does_not_know_is_an_error() -> None:
    assert framing.FRAME_VERBS["vow"] == "intent" and framing.NOUN_FRAMES["call"] == "appeal"
    with pytest.raises(ValueError, match="no such frame"):
        framing._frames({"wish": "wish"})


def test_a_row_with_too_many_cells_is_an_error(tmp_path, monkeypatch) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "bad.txt").write_text("# Source: test\nsay | tell | more\n", encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda package: tmp_path)
    with pytest.raises(ValueError, match="too many columns"):
        pairs("anything", "bad")


def test_a_named_table_row_without_words_is_an_error(tmp_path, monkeypatch) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "word_senses.txt").write_text("# Source: test\nbodies | base\nidioms deal_with\n", encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda package: tmp_path)
    with pytest.raises(ValueError, match="no words"):
        events._groups("word_senses")
