"""bench/events.py's "odd unseen" row: an odd record whose sentence is an even record of any set
(the plover and codebook sets share CAMEO-manual sentences at different line numbers) was tuned
on, so the clean held-out row leaves it out."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import events as bench  # noqa: E402

# Made-up sentences (not from any gold set).
SHARED = "Norway offered to host talks between the two sides."
OWN = "Chile expelled two Bolivian diplomats on Monday."


def test_sentence_key_ignores_case_and_punctuation():
    assert bench.sentence_key("Norway offered, to host talks!") == bench.sentence_key("norway offered to host talks")
    assert bench.sentence_key(SHARED) != bench.sentence_key(OWN)


def test_odd_unseen_row_leaves_out_sentences_tuned_on_elsewhere(capsys):
    items = [
        bench.Item(number=0, id="a", text="Peru recalled its ambassador from Ecuador.", events=[bench.GoldEvent("10", "1044", None, None)]),
        bench.Item(number=1, id="b", text=SHARED, events=[bench.GoldEvent("03", "036", None, None)]),
        bench.Item(number=3, id="c", text=OWN, events=[bench.GoldEvent("17", "174", None, None)]),
    ]
    tuned = {bench.sentence_key(SHARED)}  # an even record of another set
    args = SimpleNamespace(half=None, misses=None, verbose=False)
    bench.run_protocol("toy", "toy", items, lambda item, **how: [], args, {}, tuned)
    lines = capsys.readouterr().out.splitlines()
    unseen = [line for line in lines if line.startswith("toy") and "odd unseen" in line]
    assert len(unseen) == 1 and "n=1 " in unseen[0]
    assert any("1 are, as another set's even record" in line for line in lines)


def test_no_unseen_row_when_nothing_is_shared(capsys):
    items = [bench.Item(number=1, id="c", text=OWN, events=[bench.GoldEvent("17", "174", None, None)])]
    args = SimpleNamespace(half=None, misses=None, verbose=False)
    bench.run_protocol("toy", "toy", items, lambda item, **how: [], args, {}, {bench.sentence_key(SHARED)})
    assert "odd unseen" not in capsys.readouterr().out


def test_even_listings_hide_sentences_held_out_elsewhere(capsys):
    items = [
        bench.Item(number=0, id="a", text=SHARED, events=[bench.GoldEvent("03", "036", None, None)]),
        bench.Item(number=2, id="b", text=OWN, events=[bench.GoldEvent("17", "174", None, None)]),
    ]
    held = {bench.sentence_key(SHARED)}  # an odd record of another set
    for how in (dict(misses="even", verbose=False), dict(misses=None, verbose=True)):
        args = SimpleNamespace(half="even", **how)
        bench.run_protocol("toy", "toy", items, lambda item, **kw: [], args, {}, set(), held)
        out = capsys.readouterr().out
        assert OWN in out and SHARED not in out
        assert "1 records not listed" in out


def test_even_score_still_counts_every_record(capsys):
    items = [
        bench.Item(number=0, id="a", text=SHARED, events=[bench.GoldEvent("03", "036", None, None)]),
        bench.Item(number=2, id="b", text=OWN, events=[bench.GoldEvent("17", "174", None, None)]),
    ]
    args = SimpleNamespace(half="even", misses=None, verbose=False)
    bench.run_protocol("toy", "toy", items, lambda item, **kw: [], args, {}, set(), {bench.sentence_key(SHARED)})
    row = [line for line in capsys.readouterr().out.splitlines() if line.startswith("toy") and " even " in line]
    assert row and "n=2 " in row[0]
