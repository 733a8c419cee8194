"""spaCy's parser and NER rebuilt without profiling hooks (newsevents.spacy_build, .spacy_parser): loaded in place
of the wheel's, and reading exactly as the wheel's modules do."""

import json
import os
import subprocess
import sys

import pytest

from newsevents import spacy_parser

TEXT = ("Israeli Prime Minister Benjamin Netanyahu arrived in Moscow on Monday for talks with Russian "
        "President Vladimir Putin about Syria, his office said. The two leaders met for three hours, "
        "and Netanyahu told reporters that Israel would keep acting against Hezbollah.")

READ = f"""
import json, newsevents, spacy
from newsevents.spacy_parser import parser_is_rebuilt
from newsevents.nlp import DEFAULT_MODEL
doc = spacy.load(DEFAULT_MODEL)({TEXT!r})
print(json.dumps({{"rebuilt": parser_is_rebuilt(),
                  "ents": [(e.start, e.end, e.label_) for e in doc.ents],
                  "parse": [(t.i, t.dep_, t.head.i, t.tag_) for t in doc]}}))
"""


def read_in_child(stock: bool) -> dict:
    environment = {"NEWSEVENTS_STOCK_SPACY": "1"} if stock else {}
    finished = subprocess.run([sys.executable, "-c", READ], capture_output=True, text=True, check=True,
                              env={**os.environ, **environment, "PYTHONWARNINGS": "ignore"})
    return json.loads(finished.stdout.strip().splitlines()[-1])


built = spacy_parser.needed() and (folder := spacy_parser.build_folder()) is not None and (folder / spacy_parser.DONE).exists()


@pytest.mark.skipif(not built, reason="no rebuild here (Python >= 3.12, or make install could not compile one)")
def test_the_rebuilt_parser_reads_exactly_as_the_installed_one():
    rebuilt, stock = read_in_child(stock=False), read_in_child(stock=True)
    assert rebuilt.pop("rebuilt") and not stock.pop("rebuilt")
    assert rebuilt == stock
    assert sum(label == "PERSON" for _, _, label in rebuilt["ents"]) >= 2  # a real reading, not an empty one


def test_the_finder_only_answers_for_the_parser_modules(tmp_path):
    finder = spacy_parser.RebuiltModules(tmp_path)
    assert finder.find_spec("spacy.tokens.doc") is None
    spec = finder.find_spec("spacy.pipeline._parser_internals.ner")
    assert spec is not None and str(spec.origin).startswith(str(tmp_path))
    assert spec.origin.endswith(".so") or spec.origin.endswith(".pyd")


@pytest.mark.skipif(not built, reason="no rebuild here (Python >= 3.12, or make install could not compile one)")
def test_importing_spacy_first_is_told_not_silently_slow():
    code = "import spacy, newsevents; from newsevents.spacy_parser import parser_is_rebuilt; print(parser_is_rebuilt())"
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={k: v for k, v in os.environ.items() if k != "NEWSEVENTS_STOCK_SPACY"})
    assert finished.stdout.strip() == "False"
    assert "spaCy was imported before newsevents" in finished.stderr and "import newsevents first" in finished.stderr
    chosen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "NEWSEVENTS_STOCK_SPACY": "1"})
    assert "imported before" not in chosen.stderr
