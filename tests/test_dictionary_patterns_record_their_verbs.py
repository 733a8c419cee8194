"""CAMEO.2.0 patterns and the verbs they were written for (issue 12, round 15).

PETRARCH2's CAMEO.2.0.txt groups synonyms in blocks and names, in the comment after each pattern,
the verb it was written for ("- * MILITANT [082]  # DISARM"). The compiler (events/verbs.py) keeps
those verbs in the packaged data; the coder applies a block's patterns to all its verbs, as
PETRARCH2 does (measured better than keeping them to their verbs: see events/verbs.py).
The dictionaries and sentences here are written for these tests.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from conftest import SHARED
from helpers import coded

from newsevents.events.verbs import compile_dictionary, read_compiled

CAMEO = SHARED / "data" / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt"

BLOCKS = """####### VERB PATTERNS #######

---  RUIN   [190]  ---
CRUSH
DISARM
RAZE
LEVEL [1712]
- * MILITANT                                          [082]         # DISARM
- * FARMHOUSES                                        [1712]        # RAZE
- * (BY STORM)                                        [---]         # LEVEL
- * GARRISON                                          [190]         # DISARM , DISARMED
- * BORDER                                            [161]
- * PATROL                                            [193]         # oy 05 Dec 2005

---  SPLIT   [---]  ---
SPLIT
SEVER
- * {DIPLOMATIC TIES}                                 [161]         # SPLIT
"""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cameo") / "verbs.txt"
    path.write_text(BLOCKS, encoding="utf-8")
    return compile_dictionary(path)


def _written_for(compiled: str) -> dict[tuple[str, str], set[str]]:
    """(block, pattern words) → the verbs the compiled pattern lists (none: every verb)."""
    verbs = read_compiled(compiled)
    return {(name, " ".join("|".join(a) for a in p.words)): set(p.verbs)
            for name, block in verbs.blocks.items() for p in block.patterns}


def test_the_compiler_keeps_the_verbs_a_pattern_was_written_for(compiled):
    written = _written_for(compiled)
    assert written["RUIN", "militant"] == {"disarm"}
    assert written["RUIN", "farmhouses"] == {"raze"}
    assert written["RUIN", "by storm"] == {"level"}
    assert written["RUIN", "garrison"] == {"disarm"}  # "DISARMED" is a form of disarm
    assert written["SPLIT", "diplomatic ties"] == {"split"}


def test_a_pattern_naming_no_verb_of_its_block_lists_none(compiled):
    written = _written_for(compiled)
    assert written["RUIN", "border"] == written["RUIN", "patrol"] == set()


def test_a_pattern_codes_every_verb_of_its_block_as_in_petrarch2(compiled):
    from newsevents.nlp import load_pipeline

    verbs = read_compiled(compiled)
    nlp = load_pipeline()

    def code(text: str, lemma: str) -> tuple[str | None, bool]:
        return verbs.lookup(next(t for t in nlp(text) if t.lemma_ == lemma))

    assert code("The army disarmed the militants in the valley.", "disarm") == ("082", True)
    assert code("Bolivia severed diplomatic ties with Chile.", "sever") == ("161", True)  # written for split
    assert code("The army crushed the rebels in the valley.", "crush") == ("190", False)


def test_a_five_column_line_without_verbs_is_read_as_every_verb():
    verbs = read_compiled("block\tCUT\t\t---\nverb\tCUT\tcut@0\t161\npattern\tCUT\tproduction\t---\t\n")
    assert verbs.blocks["CUT"].patterns[0].verbs == frozenset()


@pytest.mark.skipif(not CAMEO.exists(), reason="CAMEO.2.0.txt of ../shared is absent")
def test_the_packaged_dictionary_is_what_the_compiler_makes_of_cameo_2_0():
    packaged = resources.files("newsevents.events").joinpath("data/cameo_verbs.tsv").read_text(encoding="utf-8")
    assert packaged == compile_dictionary(Path(CAMEO))


def test_the_packaged_dictionary_records_whom_a_pattern_was_written_for():
    """CAMEO.2.0's DESTROY block: "- * EMBARGO [128]  # BREAK", "- * MILITANT [082]  # DISARM"."""
    destroy = read_compiled(resources.files("newsevents.events").joinpath("data/cameo_verbs.tsv")
                            .read_text(encoding="utf-8")).blocks["DESTROY"]
    assert {p.verbs for p in destroy.patterns if p.words in ((("embargo",),), (("militant",),))} == {
        frozenset({"break"}), frozenset({"disarm"})}


@pytest.mark.parametrize("text, code", [
    ("Syrian troops captured three villages near Homs on Sunday.", "192"),  # SEIZE's pattern
    ("The United States suspended aid to Egypt after the coup.", "162"),  # HALT's pattern
    ("Ecuador severed diplomatic relations with Venezuela in January.", "161"),  # CUT's pattern
])
def test_a_pattern_reaches_the_synonyms_of_its_block(read, text, code):
    assert code in {c for c, _, _ in coded(read(text))}
