"""Modality: allegations get their own modality ("alleged") from the coder to
the store, the API and the CLI; conditions (inverted ones too), questions and frames that are
only supposed make nothing planned; an event noun with a named doer is not negated by its
predicate; a finite conjunct does not share a modal it cannot follow; "for X to" after a verb of
asking is demanded; a perfect participle's clause is told as fact; "slated to" plans. Sentences
written for these tests."""

from __future__ import annotations

import json

import pytest
from helpers import events_on
from typer.testing import CliRunner


def modalities(reading, trigger: str) -> list[str]:
    return [e.modality for e in events_on(reading, trigger)]


# --- alleged ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Russian troops allegedly shelled a hospital in Kharkiv.", "shelled"),
    ("Israeli jets reportedly struck a weapons depot near Damascus on Sunday.", "struck"),
    ("Police suspect that Hamas militants planted the bomb.", "planted"),
    ("Syria's foreign minister claimed that Israeli jets bombed an army base near Homs.", "bombed"),
    ("Israeli jets bombed an army base near Homs, the Syrian foreign minister claimed.", "bombed"),
    ("The Iraqi minister said that Iranian troops attacked the border post.", "attacked"),
    ("Egypt condemned the alleged Israeli airstrike on Gaza.", "airstrike"),
])
def test_an_allegation_is_stored_as_alleged(read, text, trigger):
    assert modalities(read(text), trigger) == ["alleged"]


def test_the_accusation_itself_happened_and_what_it_alleges_did_not_happen_for_certain(read):
    reading = read("Turkey shot down a Syrian helicopter it said had violated its airspace.")
    assert modalities(reading, "shot") == ["happened"]
    assert modalities(reading, "violated") == ["alleged"]
    assert modalities(read("Police suspect that Hamas militants planted the bomb."), "suspect") == ["happened"]


def test_alleged_is_one_of_the_modalities_everywhere():
    from typing import get_args

    from newsevents.api.params import Modality as ApiModality
    from newsevents.model import Modality
    from newsevents.queries import MODALITIES

    assert "alleged" in get_args(Modality) and set(get_args(Modality)) == set(MODALITIES) == set(get_args(ApiModality))


def test_alleged_events_are_stored_and_filtered_by_the_store_the_api_and_the_cli(pipeline, store, tmp_path):
    from fastapi.testclient import TestClient

    from newsevents.api import create_app
    from newsevents.cli import app
    from newsevents.queries import event_list

    article = tmp_path / "strike.txt"
    article.write_text("Strike near Homs\n\nIsraeli jets reportedly struck a weapons depot near the Syrian city of Homs "
                       "early on Sunday, according to residents of the area.\n\nThe Syrian foreign ministry condemned "
                       "Israel on Monday and said it would raise the matter at the United Nations Security Council.\n")
    pipeline.run([str(article)], store)
    alleged = event_list(store, modality="alleged")
    assert [e.trigger for e in alleged] == ["struck"]
    assert all(e.modality != "alleged" for e in event_list(store, modality="happened"))

    client = TestClient(create_app(store), raise_server_exceptions=False)
    response = client.get("/api/events", params={"modality": "alleged"})
    assert response.status_code == 200, response.text
    assert [e["modality"] for e in response.json()["items"]] == ["alleged"]
    assert "alleged" in client.get("/api/summary").json()["modalities"]

    result = CliRunner().invoke(app, ["events", "--db", store.url, "--modality", "alleged", "--json"])
    assert result.exit_code == 0, result.output
    assert [e["modality"] for e in json.loads(result.output)] == ["alleged"]


# --- conditions and questions: nothing planned ---------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Were Iran to close the strait, the Pentagon would strike its navy.", "strike"),
    ("Should the protesters storm the parliament, the police would arrest them.", "arrest"),
    ("Were the journalist to leave the embassy, Washington would seek his extradition, his lawyers say.", "seek"),
    ("If Beijing is to invade Taiwan, it will need many more landing ships.", "invade"),
    ("If Moscow agrees to withdraw its troops from Georgia, the European Union would ease the sanctions.", "withdraw"),
])
def test_a_supposed_action_is_hypothetical_not_planned(read, text, trigger):
    # a supposition under no one's frame is now not stored at all (tests/test_modality_suppositions.py)
    assert set(modalities(read(text), trigger)) <= {"hypothetical"}


def test_a_past_perfect_before_its_subject_is_not_a_condition(read):
    assert modalities(read("Turkey had attacked the convoy near Idlib."), "attacked") == ["happened"]


def test_a_counterfactual_reaches_a_gerund_after_a_preposition(read_every):
    reading = read_every("Aides argued that Obama could have won the vote by inviting Netanyahu to Washington, "
                   "then criticizing Netanyahu for his speech.")
    assert modalities(reading, "criticizing") == ["hypothetical"]


# --- negation that is not the event's --------------------------------------------------------
def test_a_finite_conjunct_does_not_share_a_modal_and_its_negation(read):
    reading = read("Trudeau said that Canada would not be bullied by Washington and called the American tariffs unfair.")
    assert modalities(reading, "called") == ["happened"]


def test_an_event_noun_with_a_named_doer_is_not_negated_by_its_predicate(read):
    assert modalities(read("Putin's request for Chinese help was not limited to weapons."), "request") == ["happened"]
    # with a verb of occurring, the negation is the event's own
    assert modalities(read("Putin's visit to Tokyo did not take place."), "visit") == ["negated"]


# --- demanded, planned, told as fact -------------------------------------------------------------
def test_for_x_to_after_a_verb_of_asking_is_demanded(read):
    reading = read("We have called on the army to show restraint, and for the government to release the detained protesters.")
    assert modalities(reading, "release") == ["demanded"]


def test_slated_to_is_planned(read):
    assert modalities(read("Pompeo is slated to meet Lavrov in Vienna on Thursday."), "meet") == ["planned"]


def test_a_perfect_participle_clause_is_told_as_fact(read):
    reading = read("Having learned nothing from ten years of negotiations with Iran, President Obama seemed close "
                   "to yet another deal.")
    assert modalities(reading, "negotiations") == ["happened"]


@pytest.mark.parametrize("text, trigger", [
    ("The Turkish president indicated that he would visit Moscow on Friday.", "visit"),
    ("Peskov said that Netanyahu would visit Moscow on Friday.", "visit"),
    ("Erdogan is visiting Moscow next week.", "visiting"),
    ("The talks are scheduled for next Tuesday in Geneva between Iran and the United States.", "talks"),
])
def test_the_past_s_future_a_progressive_with_a_time_ahead_and_a_scheduled_event_are_planned(read, text, trigger):
    assert set(modalities(read(text), trigger)) == {"planned"}


def test_would_under_a_condition_stays_hypothetical_and_a_present_visit_happens(read_every):
    conditional = read_every("The Turkish president indicated that he would visit Moscow if Putin invited him.")
    assert modalities(conditional, "visit") == ["hypothetical"]
    assert modalities(read_every("Erdogan is visiting Moscow this week."), "visiting") == ["happened"]
