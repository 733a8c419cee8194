"""bench/parser_compare.py and the bench scripts' `--model` option (round 25, parser25)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsevents.nlp import DEFAULT_MODEL

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import events as bench_events  # noqa: E402  (bench/events.py)
import parser_compare  # noqa: E402  (bench/parser_compare.py)

# Rows in events.py's format (made-up figures).
EVENTS_OUTPUT = """\
some-gold-set              even n=40   root P 0.800 R 0.700 F1 0.747 | strict P 0.700 R 0.600 F1 0.646 | full code 0.500 (10/20) | no-event sentences with events 1/6
  any modality, informational (not the headline): root P 0.700 R 0.700 F1 0.700 | strict P 0.600 R 0.600 F1 0.600
other-set                  odd  n=41   root P 0.900 R 0.600 F1 0.720 | full code 0.400 (8/20)
PETRARCH2 unit tests (PETR.Validate dictionaries): root F1 0.911 full F1 0.800 (100 records; target root F1 >= 0.85)
"""


def test_event_rows_reads_headline_rows_and_petrarch() -> None:
    rows = parser_compare.event_rows(EVENTS_OUTPUT)
    assert rows[("some-gold-set", "even")] == {"root": "0.747", "strict": "0.646", "full": "0.500", "noevent": "1/6"}
    assert rows[("other-set", "odd")] == {"root": "0.720", "full": "0.400"}
    assert rows[("PETRARCH2 unit tests", "")] == {"root": "0.911", "full": "0.800"}
    assert len(rows) == 3  # the informational line is not a headline row


def test_label_names_a_model_directory_by_its_meta(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text(json.dumps({"name": "core_web_md"}), encoding="utf-8")
    assert parser_compare.label(str(tmp_path)) == "md"
    assert parser_compare.label(parser_compare.DEFAULT) == "sm"
    assert parser_compare.DEFAULT == DEFAULT_MODEL  # the comparison's baseline is the coder's default


def test_model_option_defaults_to_the_builtin_pipeline() -> None:
    parser = argparse.ArgumentParser()
    bench_events.add_model_option(parser)
    assert parser.parse_args([]).model is None
    assert parser.parse_args(["--model", "/models/other"]).model == "/models/other"


def test_a_mix_takes_the_donor_component_and_keeps_the_order(tmp_path: Path) -> None:
    import spacy  # after newsevents (imported above), which chooses the parser modules spaCy loads

    base, donor = spacy.blank("en"), spacy.blank("en")
    base.add_pipe("sentencizer", config={"punct_chars": ["!"]})
    base.add_pipe("merge_entities")
    donor.add_pipe("sentencizer", config={"punct_chars": ["."]})
    base.to_disk(tmp_path / "base")
    donor.to_disk(tmp_path / "donor")
    parser_compare.make_mix(str(tmp_path / "base"), str(tmp_path / "donor"), ("sentencizer",), tmp_path / "mix" / "m")
    mixed = spacy.load(tmp_path / "mix" / "m")
    assert mixed.pipe_names == ["sentencizer", "merge_entities"]
    assert len(list(mixed("Talks ended. Both sides left.").sents)) == 2
    assert len(list(base("Talks ended. Both sides left.").sents)) == 1


def test_event_diffs_count_what_the_other_pipeline_makes_otherwise() -> None:
    right = {"source": True, "target": True, "code": True, "modality": True}
    wrong_target = dict(right, target=False)
    event = {"source": ["Ukraine UKR"], "target": ["Russia RUS"], "modality": ["happened"]}
    first = {"verdicts": [right, wrong_target, right], "made": [event, event, event]}
    other = {"verdicts": first["verdicts"],
             "made": [None, dict(event, target=["Kremlin RUSGOV"]), dict(event, modality=["intended"])]}
    rows = dict(parser_compare._event_diffs([first, other]))
    assert rows == {"made by first only (fully right)": [0, 1], "target differs (judged wrong)": [0, 1],
                    "modality differs (judged right)": [0, 1]}
