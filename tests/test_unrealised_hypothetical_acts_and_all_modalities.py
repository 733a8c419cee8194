"""Round 35: which events are stored. CAMEO codes acts that happened and the commitments it has
codes for; a hypothetical act (a forecast, a condition, an act warned against) has none. The
modality reading still calls it hypothetical (`read_every`); the default store leaves it out
(`events.stored`), and `Pipeline(modalities=ALL_MODALITIES)` / `--all-modalities` keep it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsevents.events.stored import (
    ALL_MODALITIES,
    STORED_MODALITIES,
    StoredModalities,
    kept_modalities,
    stored,
)

OPEN_QUESTION = "The real question is whether Serbia will agree to resume talks with Kosovo."
WARNED_OFF = "Norway warned Russia not to seize the fishing vessels."


def _made(reading) -> list[tuple[str, str, str]]:
    return [(e.trigger, e.cameo, e.modality) for e in reading.events]


def test_the_default_leaves_out_hypothetical_and_desired_acts_only():
    assert STORED_MODALITIES == ALL_MODALITIES - {"hypothetical", "desired"}
    assert kept_modalities(None) == STORED_MODALITIES
    assert kept_modalities(["happened", "planned"]) == {"happened", "planned"}
    with pytest.raises(ValueError, match="not a modality: possible"):
        kept_modalities(["happened", "possible"])


def test_an_open_question_is_read_as_hypothetical_but_not_stored(read, read_every):
    every = _made(read_every(OPEN_QUESTION))
    assert every and all(modality == "hypothetical" for _, _, modality in every)  # the reading is unchanged
    assert _made(read(OPEN_QUESTION)) == []


def test_an_act_warned_against_is_read_but_not_stored(read, read_every):
    assert ("seize", "171", "hypothetical") in _made(read_every(WARNED_OFF))
    assert not [e for e in read(WARNED_OFF).events if e.trigger == "seize"]


def test_happened_negated_and_denied_events_are_still_stored(read):
    reading = read("Kenya expelled the Somali ambassador on Monday. Ghana did not expel the Nigerian envoy. "
                   "Hungary denied the charges brought by the European Commission.")
    assert {("expelled", "166", "happened"), ("expel", "166", "negated"), ("denied", "016", "denied")} <= set(_made(reading))


def test_a_denial_is_stored_whatever_the_kept_modalities(read_every):
    reading = read_every("Hungary denied the charges brought by the European Commission. " + OPEN_QUESTION)
    only_happened = stored(reading.events, frozenset({"happened"}))
    assert [(e.trigger, e.cameo) for e in only_happened] == [("denied", "016")]  # CAMEO's own code for denying


def test_the_step_sits_after_every_coders_modality_and_before_the_links(pipeline, every_modality_pipeline):
    names = [step.name for step in pipeline.steps]
    assert names.index("event_context") < names.index("stored_modalities") < names.index("attribution_link")
    assert pipeline.step("stored_modalities").modalities == STORED_MODALITIES
    assert isinstance(every_modality_pipeline.step("stored_modalities"), StoredModalities)
    assert every_modality_pipeline.step("stored_modalities").modalities == ALL_MODALITIES


def test_ingest_stores_hypothetical_acts_only_with_all_modalities(tmp_path):
    from newsevents.cli import app

    article = tmp_path / "talks.txt"
    article.write_text("Balkan talks\n\nSerbian and Kosovar negotiators spent Tuesday in Brussels going over a draft "
                       "on electricity and licence plates, and both delegations called the session long and difficult. "
                       f"{OPEN_QUESTION}\n")
    counts = {}
    for name, flags in (("default", []), ("every", ["--all-modalities"])):
        db = f"sqlite:///{tmp_path / name}.db"
        result = CliRunner().invoke(app, ["ingest", str(article), "--db", db, "--workers", "1", *flags])
        assert result.exit_code == 0, result.output
        listed = CliRunner().invoke(app, ["events", "--db", db, "--json"])
        assert listed.exit_code == 0, listed.output
        counts[name] = [e["modality"] for e in json.loads(listed.output)]
    assert "hypothetical" not in counts["default"]
    assert "hypothetical" in counts["every"]
