"""Round 41 (modal41): acts authorized, instructions split by a quotation mark, and events that
something else is timed before.

- "Authorized the military to train the rebels", "are authorized to investigate": a power granted
  over an act licenses it; the act is ahead (planned), not told as done. Not authorized, it is
  left to the negation.
- Directed the department to "fully cooperate …": the quotation mark makes the parse hang the
  infinitive as a clause of purpose; it is still what the one directed is to do (demanded).
- "Ahead of the talks", "in the run-up to the talks": an event noun another act is timed before is
  still to come (planned).

Sentences written for these tests.
"""

from __future__ import annotations

from helpers import events_on


def _modalities(reading, trigger: str) -> set[str]:
    return {e.modality for e in events_on(reading, trigger)}


# --- an act authorized ---------------------------------------------------------------------------
def test_an_act_a_president_authorizes_is_planned(read_every):
    reading = read_every("The president authorized the military to train Kurdish fighters in Iraq.")
    assert _modalities(reading, "train") == {"planned"}


def test_an_act_a_bill_authorizes_is_planned(read_every):
    reading = read_every("Congress passed a bill last week authorizing the army to train Kurdish fighters.")
    assert _modalities(reading, "train") == {"planned"}


def test_an_act_one_is_authorized_to_do_is_planned(read_every):
    reading = read_every("Investigators are authorized to investigate the crimes of the former governor.")
    assert _modalities(reading, "investigate") == {"planned"}


def test_an_act_not_authorized_stays_negated(read_every):
    reading = read_every("The army was not authorized to arrest the protest leaders.")
    assert _modalities(reading, "arrest") == {"negated"}


# --- an instruction split by a quotation mark ------------------------------------------------------
def test_a_quoted_instruction_after_directed_is_demanded(read_every):
    reading = read_every("The president on Monday directed the Justice Department to "
                         "\"fully cooperate with the inquiry into the leaks.\"")
    assert _modalities(reading, "cooperate") == {"demanded"}


# --- an event something is timed before ------------------------------------------------------------
def test_talks_a_meeting_comes_ahead_of_are_planned(read_every):
    reading = read_every("The minister met his Turkish counterpart ahead of the talks between Israel and Syria.")
    assert _modalities(reading, "talks") == {"planned"}


def test_talks_in_the_run_up_to_which_protests_were_held_are_planned(read_every):
    reading = read_every("Protests were held in the run-up to the talks between Iran and the United States.")
    assert _modalities(reading, "talks") == {"planned"}
