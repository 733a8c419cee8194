"""Acts told only as someone's account, or only hoped for (round 53).

The "that" clause of reports named to no one ("reports that troops shelled …") is an account,
alleged, as the clause of an allegation is; a report whose teller is named stays as told. A verb
the parse joins beside a frame verb ("allegations that Beijing sought to hide the outbreak and
pressured the WHO") stands in the claim's clause too; a past clause of "before" or "after" in it
dates the claim by an act taken as known, no part of it.
An act a noun of hope holds ("in the hope of hammering out a treaty") is wished for (desired, not
stored)."""

from __future__ import annotations

import pytest
from helpers import codes, modalities_on


@pytest.mark.parametrize(("text", "act"), [
    ("Reports that Syrian troops shelled Turkish positions have alarmed NATO.", "shelled"),
    ("Washington pointed to allegations that Beijing sought to hide the outbreak and pressured the World Health Organization.",
     "pressured"),
])
def test_an_act_told_as_an_account_is_alleged(read_every, text, act):
    assert modalities_on(read_every(text), act) == {"alleged"}


@pytest.mark.parametrize(("text", "act"), [
    ("A New York Times report that Iranian agents attacked the tanker angered Tehran.", "attacked"),
    ("Beijing sought to hide the outbreak and pressured the World Health Organization.", "pressured"),
])
def test_a_named_report_or_a_plain_act_stays_as_told(read_every, text, act):
    assert modalities_on(read_every(text), act) == {"happened"}


DATED = "NATO cited allegations that Syrian troops shelled Turkish positions shortly before Ankara expelled two Syrian diplomats."
REPORTED = "Reports that Syrian troops shelled Turkish positions shortly before Ankara expelled two Syrian diplomats have alarmed NATO."


@pytest.mark.parametrize("text", [DATED, REPORTED])
def test_a_past_time_clause_in_a_claim_is_told_as_known(read_every, text):
    assert modalities_on(read_every(text), "expelled") == {"happened"}


def test_the_claim_itself_stays_alleged_beside_its_time_clause(read_every):
    assert modalities_on(read_every(REPORTED), "shelled") == {"alleged"}


HOPED = "Britain and France postponed the vote, in the hope of taking the recess to hammer out a treaty between Germany and Italy."


def test_an_act_held_by_a_noun_of_hope_is_desired(read_every):
    reading = read_every(HOPED)
    assert modalities_on(reading, "treaty") == {"desired"}
    assert modalities_on(reading, "postponed") == {"happened"}


def test_an_act_hoped_for_is_not_stored(read):
    assert "057" not in codes(read(HOPED))


def test_an_act_dated_on_its_own_beside_a_claim_is_the_main_clause_act(read_every):
    """The parse hangs "expelled" on the claim's verb; its own day shows it is the ministry's act."""
    text = "Beijing dismissed reports that it sought to hide the outbreak and expelled three American reporters on Wednesday."
    assert modalities_on(read_every(text), "expelled") == {"happened"}


def test_a_later_act_inside_an_allegation_stays_alleged(read_every):
    """An "after" clause is part of what the allegation tells, unlike a "before" that dates it."""
    text = "Amnesty cited allegations that police beat the detainees after soldiers arrested them at the protest."
    assert modalities_on(read_every(text), "arrested") == {"alleged"}
