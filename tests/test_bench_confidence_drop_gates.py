"""bench/confidence.py: the features of a stored event, and drop gates scored leave-one-seed-out."""

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from confidence import (  # noqa: E402
    Logistic,
    features,
    fixed,
    gold_loss,
    held_out_auc,
    leave_one_seed_out,
    logistic_gate,
    worst_gate,
)

SENTENCE = "\"We will not wait,\" the Kenyan foreign minister said, urging Somalia to reopen the border crossing."


def actor(name, kind="person", country=None, role=None):
    return SimpleNamespace(name=name, kind=kind, country=country, role=role, aliases=[])


def event(source, target, trigger="urging", modality="happened"):
    return SimpleNamespace(sentence=SENTENCE, start=100, trigger_start=100 + SENTENCE.index(trigger), trigger=trigger,
                           source=source, target=target, root="02", quad_class=1, modality=modality, attribution=None)


def row(seed, right, **values):
    base = {"root": "02", "quad": "1", "modality": "happened", "target": "country", "path": "lexicon"}
    return {"seed": seed, "right": right, "features": {**base, **values}}


def test_a_named_state_in_the_sentence_is_a_country_target_found_there_in_a_quote():
    tokens = SimpleNamespace(seen={(SENTENCE, SENTENCE.index("urging")): ("VERB", "urge", 19)})
    f = features(event(actor("Kenyan foreign minister", country="KEN", role="GOV"), actor("Somalia", "country", "SOM")),
                 "lexicon", tokens, siblings=2)
    assert (f["target"], f["target_here"], f["source_here"], f["same_country"]) == ("country", "True", "True", "False")
    assert (f["quote"], f["length"], f["source_role"], f["lemma"], f["siblings"]) == ("True", "<=25", "GOV", "urge", "<=2")


def test_a_target_from_elsewhere_of_the_doers_own_country_is_flagged_so():
    f = features(event(actor("William Ruto", country="KEN", role="GOV"), actor("National Assembly", "organisation", "KEN", "LEG")),
                 "frame→02+sense", SimpleNamespace(seen={}), siblings=1)
    assert (f["target"], f["target_here"], f["source_here"], f["same_country"]) == ("organisation", "False", "False", "True")
    assert (f["path"], f["sensed"], f["frame"]) == ("frame→02", "True", "True")


def test_the_logistic_model_scores_a_mostly_wrong_kind_below_a_mostly_right_one():
    rows = [row(12, True) for _ in range(8)] + [row(12, False) for _ in range(2)]
    rows += [row(12, False, target="none", quad="2") for _ in range(8)] + [row(12, True, target="none", quad="2") for _ in range(2)]
    model = Logistic(rows, ("target", "quad"))
    low, high = model.p_right([row(0, False, target="none", quad="2")["features"], row(0, True)["features"]])
    assert low < 0.5 < high


def test_a_value_bad_only_in_the_held_out_seed_is_not_dropped_there():
    # fitted on both seeds the gate would drop every no-target event (right 12 of 24, all 24 of 36);
    # fitted on the other seed alone it has no reason to drop anything
    by_seed = {"12": [row(12, False, target="none") for _ in range(12)],
               "14": [row(14, True, target="none") for _ in range(12)] + [row(14, True) for _ in range(12)]}
    assert worst_gate("target", 0.15)([r for rows in by_seed.values() for r in rows])(row(0, True, target="none")["features"])
    pooled, _ = leave_one_seed_out(by_seed, worst_gate("target", 0.15))
    assert (pooled.kept, pooled.kept_right) == (pooled.n, pooled.right) == (36, 24)


def test_a_fixed_gate_drops_the_same_events_in_every_seed():
    by_seed = {"12": [row(12, True), row(12, False, modality="hypothetical")],
               "14": [row(14, True), row(14, True), row(14, False, modality="hypothetical")]}
    pooled, gains = leave_one_seed_out(by_seed, fixed(lambda f: f["modality"] == "hypothetical"))
    assert (pooled.n, pooled.kept, pooled.kept_right, pooled.precision) == (5, 3, 3, 1.0)
    assert [round(g, 3) for g in gains] == [0.5, 0.333]


def test_the_logistic_gate_keeps_about_the_share_asked_of_its_training_rows():
    train = [row(12, True) for _ in range(30)] + [row(12, False, target="none") for _ in range(10)]
    gate = logistic_gate(("target",), keep=0.75)(train)
    assert sum(not gate(r["features"]) for r in train) == 30


def test_held_out_ranking_of_separable_seeds_is_near_perfect_and_of_noise_a_coin():
    separable = {str(s): [row(s, True) for _ in range(6)] + [row(s, False, target="none") for _ in range(6)] for s in (12, 14, 15)}
    noise = {str(s): [row(s, True), row(s, False), row(s, True, target="none"), row(s, False, target="none")] for s in (12, 14, 15)}
    assert held_out_auc(separable, ("target",)) > 0.95
    assert 0.4 < held_out_auc(noise, ("target",)) < 0.6


def test_a_gold_row_falling_counts_and_one_rising_does_not():
    base = {("plover", "even"): (0.778, 0.711), ("codebook", "odd"): (0.705, None)}
    after = {("plover", "even"): (0.790, 0.700), ("codebook", "odd"): (0.705, None)}
    worst, changed = gold_loss(base, after)
    assert round(worst, 3) == 0.011 and changed == ["plover even root 0.778->0.790 strict 0.711->0.700"]
