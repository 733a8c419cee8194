"""Round 40 (modal40): acts dated before the news, second acts joined to an appeal, and requests
softened by "would" are told as done.

- "Said he would step down, two days after protesters were killed", "is set for Thursday after
  the Senate voted last week to …": a clause of "after" with a past verb and a span of time before
  it or a time past in it dates the news by an act already done (happened), whatever the "would"
  or schedule of the clause the parse hangs it on.
- "Appealed for calm and urged both sides to stop": a past verb joined to a frame verb that has no
  infinitive after it is a second act (happened), not a part of what is appealed for.
- "'We would urge restraint,' the minister said": a speaker's own "I/we would" before a verb of
  asking makes the request in the saying (happened), no intent to make one later.

Sentences written for these tests.
"""

from __future__ import annotations

from helpers import events_on


def _modalities(reading, trigger: str) -> list[str]:
    return [e.modality for e in events_on(reading, trigger)]


# --- an act a span of time before the news ------------------------------------------------------
def test_a_past_act_dated_a_span_after_is_done_under_a_would(read_every):
    reading = read_every("The Egyptian president said Monday that he would step down, "
                         "two days after 30 protesters were killed by police in Cairo.")
    assert _modalities(reading, "killed") == ["happened"]


def test_a_past_act_in_an_active_after_clause_is_done_under_a_would(read_every):
    reading = read_every("The minister said he would resign, a week after police shot dead 12 protesters in Lagos.")
    assert _modalities(reading, "shot") == ["happened"]


def test_a_past_act_dated_last_week_in_an_after_clause_is_done_under_a_schedule(read_every):
    reading = read_every("The final debate is set for Thursday after the Senate voted last week "
                         "to reject a motion for new hearings.")
    assert _modalities(reading, "reject") == ["happened"]


def test_a_plain_after_clause_under_a_would_is_left_to_the_would(read_every):
    # with no span of time, "after" in reported speech may be the past's future
    reading = read_every("The minister said he would resign after parliament rejected the budget.")
    assert _modalities(reading, "rejected") == ["hypothetical"]


# --- a second act beside an appeal --------------------------------------------------------------
def test_an_urging_joined_to_an_appeal_for_calm_is_done(read_every):
    reading = read_every("Turkey appealed for calm and urged Russia and Ukraine to stop the fighting.")
    assert set(_modalities(reading, "urged")) == {"happened"}


# --- a request softened by "would" in the speaker's own words -----------------------------------
def test_a_quoted_we_would_urge_is_an_appeal_made(read_every):
    reading = read_every("\"We would urge both sides to show restraint,\" the German foreign minister said.")
    assert _modalities(reading, "urge") == ["happened"]


def test_a_quoted_we_would_call_on_is_an_appeal_made(read_every):
    reading = read_every("\"We would call on Israel to halt the demolitions,\" the EU spokesman said.")
    assert _modalities(reading, "call") == ["happened"]


def test_a_reported_he_would_urge_is_no_appeal_made(read_every):
    reading = read_every("The minister said he would urge Iran to free the sailors.")
    assert "happened" not in _modalities(reading, "urge")
