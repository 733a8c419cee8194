"""bench/confidence.py: the features of a stored event, and drop rules chosen on some judged rows only."""

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from confidence import NaiveBayes, chosen_threshold, features, table, worst_pairs  # noqa: E402

SENTENCE = "The Kenyan foreign minister urged Somalia to reopen the border crossing on Tuesday."


def actor(name, kind="person", country=None, role=None):
    return SimpleNamespace(name=name, kind=kind, country=country, role=role, aliases=[])


def event(source, target, modality="happened", attribution=None):
    return SimpleNamespace(sentence=SENTENCE, start=100, trigger_start=100 + SENTENCE.index("urged"), trigger="urged",
                           source=source, target=target, root="02", quad_class=1, modality=modality,
                           attribution=attribution)


def row(right, **values):
    base = {"path": "lexicon", "root": "02", "quad": "1", "modality": "happened", "noun": "False", "target": "country",
            "source_country": "True", "attributed": "False", "source_here": "True", "length": "<=20", "siblings": "<=1"}
    return {"seed": 12, "right": right, "features": {**base, **values}}


def test_a_state_named_in_the_sentence_is_a_country_target_and_the_source_is_found_there():
    tokens = SimpleNamespace(seen={(SENTENCE, SENTENCE.index("urged")): ("VERB", "urge", 14)})
    f = features(event(actor("Kenyan foreign minister", country="KEN", role="GOV"), actor("Somalia", "country", "SOM")),
                 "lexicon", tokens, siblings=1)
    assert (f["target"], f["source_here"], f["source_country"], f["noun"], f["lemma"]) == ("country", "True", "True", "False", "urge")
    assert f["length"] == "<=20"


def test_a_source_brought_in_from_another_sentence_is_not_here_and_no_target_is_none():
    f = features(event(actor("William Ruto", country="KEN", role="GOV"), None), "dict-pattern+sense", SimpleNamespace(seen={}), 3)
    assert (f["target"], f["source_here"], f["path"], f["sensed"], f["siblings"]) == ("none", "False", "dict-pattern", "True", "<=4")


def test_naive_bayes_scores_a_kind_that_was_mostly_wrong_below_one_mostly_right():
    rows = [row(True) for _ in range(8)] + [row(False) for _ in range(2)]
    rows += [row(False, target="none", quad="2") for _ in range(8)] + [row(True, target="none", quad="2") for _ in range(2)]
    model = NaiveBayes(rows)
    assert model.p_right(row(False, target="none", quad="2")["features"]) < 0.5 < model.p_right(row(True)["features"])


def test_the_threshold_is_chosen_keeping_the_least_share_asked():
    rows = [row(True) for _ in range(7)] + [row(False, target="none") for _ in range(3)]
    model = NaiveBayes(rows)
    threshold = chosen_threshold(model, rows, least_kept=0.65)
    kept = [r for r in rows if model.p_right(r["features"]) >= threshold]
    assert len(kept) >= 0.65 * len(rows) and all(r["right"] for r in kept)


def test_a_pair_cell_is_flagged_only_with_enough_events_below_the_bar():
    rows = [row(False, target="none", path="nominal") for _ in range(10)] + [row(True) for _ in range(10)]
    rows += [row(False, target="other", path="naming") for _ in range(3)]  # too few to choose a rule on
    cells = worst_pairs(rows, below=0.3)
    assert (("target", "none"), ("path", "nominal")) in cells
    assert not any(("path", "naming") in cell for cell in cells)


def test_the_table_gives_the_share_kept_and_the_gain():
    rows = [row(True), row(True), row(False, target="none"), row(False, target="none")]
    _, stats = table(rows, {"no target": lambda f: f["target"] == "none"})
    assert stats["no target"] == (0.5, 0.5)
