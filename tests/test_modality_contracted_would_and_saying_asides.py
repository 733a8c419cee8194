"""Modality read from how a clause is written (round 31), on sentences written for these tests:
a contracted "would" ("he'd send") is the would of a reported future, not a past act, while a
contracted "had" ("he'd sent") stays a past act; a harm, its doer named, that people are to be
protected from is under way, not part of the protection asked for or planned; and a "…, saying …"
the parse hangs on a reported clause is the reporter's next statement, out of that clause's modal
or guess ("worried the US could …, saying talks must …": the talks are asked for); an act one "is
about to" do is ahead, not done."""

from __future__ import annotations

import pytest
from helpers import modalities_on


@pytest.mark.parametrize("text, word", [
    ("Canadian Prime Minister Justin Trudeau announced last month that he'd be sending 200 troops to Latvia.", "sending"),
    ("The Turkish president told reporters on Monday that he’d meet Putin in Sochi.", "meet"),
])
def test_a_contracted_would_in_a_report_is_a_plan(read, text, word):
    assert modalities_on(read(text), word) == {"planned"}


def test_a_contracted_had_stays_a_past_act(read):
    reading = read("Canadian Prime Minister Justin Trudeau said he'd sent 200 troops to Latvia.")
    assert modalities_on(reading, "sent") == {"happened"}


@pytest.mark.parametrize("text", [
    "Aid groups urged the United Nations to open corridors to protect refugees from Russian airstrikes.",
    "The mayor said the new shelters would protect residents from Syrian shelling.",
])
def test_a_named_harm_people_are_sheltered_from_is_under_way(read, text):
    word = "airstrikes" if "airstrikes" in text else "shelling"
    assert modalities_on(read(text), word) == {"happened"}


@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Scholz told Joe Biden he is worried the US leader could recognise Crimea as Russian, "
    "saying any settlement must come through negotiations between Kyiv and Moscow.",
])
def test_a_saying_aside_of_the_reporter_is_out_of_the_reported_guess(read, text):
    assert modalities_on(read(text), "negotiations") == {"demanded"}


@pytest.mark.parametrize("text, word", [
    ("Japan is about to impose sanctions on North Korean shipping firms, officials in Tokyo said.", "impose … sanctions"),
    ("Ethiopian troops were about to attack the Eritrean border town when the truce was signed.", "attack"),
])
def test_an_act_about_to_be_done_is_ahead(read, text, word):
    assert {event.modality for event in read(text).events if event.trigger == word} == {"planned"}


def test_talking_about_an_act_is_not_an_act_at_hand(read):
    assert "planned" not in modalities_on(read("Japan talked about imposing sanctions on North Korean shipping firms."), "imposing")
