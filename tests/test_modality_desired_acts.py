"""The desired modality (round 49): an act under a verb of desire ("wants to", "hopes that", "wished
the army would") is only wished for, neither announced (planned) nor asked aloud (demanded); the
wish's own event, when its holder voices it, stays the intent or appeal CAMEO codes. Supposed
wishes stay hypothetical, and desired acts are not stored by default."""

import pytest
from helpers import modalities_on

from newsevents.events.stored import STORED_MODALITIES
from newsevents.queries import MODALITIES


@pytest.mark.parametrize("text, act", [
    ("Iran wants to meet Saudi officials in Baghdad next month.", "meet"),
    ("The senator wanted the Pentagon to withdraw its troops from the desert base.", "withdraw"),
    ("Seoul hopes that Tokyo will lift its export curbs on chip materials.", "lift"),
    ("Pakistan hopes to persuade India to release the fishermen.", "persuade"),
])
def test_an_act_wished_for_is_desired(read_every, text, act):
    assert modalities_on(read_every(text), act) == {"desired"}


def test_a_hostile_wish_in_the_writers_words_is_desired(read_every):
    reading = read_every("Iranian officials want to expel the British diplomats.")
    assert modalities_on(reading, "want") == {"desired"}


def test_a_wish_supposed_is_hypothetical(read_every):
    reading = read_every("If Turkey wants to send troops to Syria, parliament will have to vote first.")
    assert modalities_on(reading, "send") == {"hypothetical"}


def test_a_plan_stays_planned(read_every):
    reading = read_every("Iran plans to meet Saudi officials in Baghdad next month.")
    assert modalities_on(reading, "meet") == {"planned"}


def test_desired_is_a_modality_the_store_leaves_out_by_default():
    assert "desired" in MODALITIES
    assert "desired" not in STORED_MODALITIES


def test_a_speaker_telling_a_wish_still_makes_a_statement(read):
    """The wished act is not stored, so it does not stand in for the speaker's statement."""
    reading = read("The French foreign minister said she hoped Russia would fund a thorough inquiry into the crash.")
    assert ("said", "010") in [(e.trigger, e.cameo) for e in reading.events]


@pytest.mark.parametrize("text", [
    "Israel hopes to thwart an Iranian attack on its embassy in Cyprus.",
    "Seoul wants to foil a North Korean attack on its border posts.",
])
def test_an_act_wished_to_be_thwarted_is_only_a_possibility(read_every, text):
    """A blow someone wishes to head off is a possibility, as one vowed to be averted: not the
    attacker's plan (a desired thwarting verb once fell through to "planned", a stored event)."""
    assert modalities_on(read_every(text), "attack") == {"hypothetical"}
