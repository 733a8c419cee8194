"""Modality: a past verb negated with a time limit after it ("did not … until …") tells when the
act came about, not that it never did; a modal or present one ("will not … until …") and a limit
put first ("until recently, … did not …") keep the negation. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import modalities_on


@pytest.mark.parametrize("text, trigger", [
    ("Rebels didn't release the hostages until the army withdrew from the town last month.", "release"),
    ("The militia did not free the aid workers until Sunday, after talks with tribal elders.", "free"),
    ("The two parties did not reach a deal on the budget until late Friday.", "reach"),
])
def test_a_past_act_held_off_until_a_time_happened(read_every, text, trigger):
    assert modalities_on(read_every(text), trigger) == {"happened"}


def test_an_act_under_a_clause_that_did_not_end_until_it_happened(read_every):
    reading = read_every("Dozens were wounded in the rampage, which didn't end until the gunman was shot and killed by soldiers.")
    assert modalities_on(reading, "killed") == {"happened"}


@pytest.mark.parametrize("text, trigger", [
    ("The ministers would not lift the sanctions until Iran complied with the inspections.", "lift"),
    ("Until recently, Russia did not sell fighter jets to Iran.", "sell"),
    ("The army did not attack the town on Sunday.", "attack"),
])
def test_a_refusal_a_past_state_or_a_plain_negation_stays_negated(read_every, text, trigger):
    assert modalities_on(read_every(text), trigger) == {"negated"}
