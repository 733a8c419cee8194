"""Acts told as happened that did not happen (round 13), on sentences written for these tests:
plots told of their makers, an event noun said to be none, an act that went on after "never
stopped", what a negated "does not mean" governs, a bare verb the parse cut off from its "would",
and a denial opening the next paragraph."""

from __future__ import annotations

import pytest
from helpers import codes, modalities_on


@pytest.mark.parametrize("text", [
    "Kenyan police arrested three Somali militants who planned to attack the Israeli embassy in Nairobi.",
    "Egypt has received intelligence that Islamic State fighters plan to attack tourist resorts in Sinai, the interior minister said.",
    "Pakistani agents plotted to kill the Afghan ambassador in Islamabad, Afghan officials said.",
    "Turkish prosecutors charged two Syrian rebels with planning to bomb the Russian consulate in Istanbul.",
    "Syrian rebels planned to bomb the Russian consulate in Istanbul, Turkish prosecutors said.",
])
def test_a_plot_told_by_others_is_no_threat_and_no_act(read, text):
    reading = read(text)
    assert not [code for code in codes(reading) if code.startswith(("13", "18", "19"))], codes(reading)


@pytest.mark.parametrize("text", [
    "Iran plans to retaliate against Israel, its foreign minister said.",
    "Hungary plans to impose new tariffs on Ukrainian grain from next month.",
])
def test_a_plan_told_by_the_planners_side_or_the_writer_stays_a_threat(read, text):
    assert any(code.startswith("13") for code in codes(read(text)))


def test_a_planned_meeting_told_of_its_makers_is_still_planned(read):
    reading = read("Russian diplomats who plan to meet Chinese officials next week said the talks would cover trade.")
    assert modalities_on(reading, "meet") == {"planned"}


@pytest.mark.parametrize("text, word", [
    ("The talks in Doha went ahead without a demand by Washington that Kabul release the prisoners first.", "demand"),
    ("Germany made no demand that Poland withdraw its troops from the border.", "demand"),
    ("Israel carried out no airstrikes on Gaza overnight, the Israeli army said.", "airstrikes"),
])
def test_an_event_noun_said_to_be_none_is_negated(read, word, text):
    modalities = modalities_on(read(text), word)
    assert modalities and "happened" not in modalities


@pytest.mark.parametrize("text, word", [
    ("Hamas did not cease firing rockets at Israel during the truce.", "firing"),
    ("Iraq never stopped demanding that Turkey withdraw its troops from Bashiqa.", "demanding"),
])
def test_an_act_that_never_stopped_went_on(read, word, text):
    assert modalities_on(read(text), word) == {"happened"}


def test_stopping_itself_denied_stays_negated(read):
    reading = read("Russia never stopped shelling the town of Avdiivka, Ukrainian officials said.")
    assert "happened" not in modalities_on(reading, "stopped")


def test_what_a_negated_implication_governs_is_not_planned(read):
    reading = read("The party has the votes to confirm the judge, but that does not mean Republicans will be able to subpoena "
                   "the governor of Texas.")
    assert not {"planned", "happened"} & modalities_on(reading, "subpoena")


def test_a_bare_verb_cut_off_from_its_would_is_not_told(read):
    reading = read("Bolsonaro is also a \"Brazil first\" populist who has said he would jail gang leaders, kill their "
                   "families and \"clean out\" the favelas of Rio.")
    assert "happened" not in modalities_on(reading, "kill")


@pytest.mark.parametrize("text", [
    "According to activists, Syrian government forces shelled the town of Douma on Sunday.\n\n"
    "The Syrian government denied the report.",
])
def test_a_denial_opening_the_next_paragraph_makes_the_account_alleged(read, text):
    assert modalities_on(read(text), "shelled") == {"alleged"}


def test_a_next_paragraph_that_denies_nothing_leaves_the_account_told(read):
    reading = read("According to activists, Syrian government forces shelled the town of Douma on Sunday.\n\n"
                   "The Syrian army said it targeted militants near Douma.")
    assert modalities_on(reading, "shelled") == {"happened"}


def test_an_order_tried_is_not_issued(read):
    reading = read("Senate Democrats tried to subpoena the acting defense secretary over the withheld aid last week.")
    assert "happened" not in modalities_on(reading, "subpoena")


@pytest.mark.parametrize("text, word, none", [
    ("The Romanian parliament held a no-confidence vote against the prime minister on Tuesday.", "vote", False),
    ("The Romanian parliament held no confidence vote against the prime minister on Tuesday.", "vote", False),
    ("Romania made no further demands on Moldova after the vote.", "demands", True),
])
def test_no_names_the_kind_of_a_no_confidence_vote(pipeline, text, word, none):
    from newsevents.events.modality import _none_of

    noun = next(token for token in pipeline.nlp(text) if token.text == word)
    assert _none_of(noun) is none
