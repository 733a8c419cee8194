"""Round 15 (plans): deliberation and plans told as what they are, requirements in the writer's words,
habits of a kind of people, a call under way, and a conjunct beside a refusal (sentences written here)."""

from __future__ import annotations

import pytest
from helpers import events_on


# --- deliberation: weighing an act is considering a policy (CAMEO 014), no threat --------------
@pytest.mark.parametrize(("text", "word"), [
    ("The Pentagon is weighing a strike on militia bases in Iraq.", "weighing"),
    ("Trump is mulling a strike on Syrian airfields.", "mulling"),
    ("Officials in Berlin are considering imposing sanctions on Belarus.", "considering"),
])
def test_weighing_a_hostile_act_is_considering_a_policy(read, text, word):
    events = events_on(read(text), word)
    assert events and all(e.cameo == "014" for e in events)
    assert not any(e.root == "13" for e in read(text).events)


# --- preparing force is a show of force (the codebook's own 150), the act itself planned -------
def test_preparing_to_invade_is_a_show_of_force_and_the_invasion_is_planned(read):
    reading = read("The Russian army is preparing to invade Ukraine from the north.")
    assert [e.cameo for e in events_on(reading, "preparing")] == ["150"]
    assert all(e.modality == "planned" for e in events_on(reading, "invade"))


def test_a_readiness_announced_is_still_a_threat(read):
    reading = read("Pakistan's government said on Tuesday it stands prepared to impose martial law in Karachi.")
    assert any(e.root == "13" for e in reading.events)


# --- announced plans: the announcer's intent to do the planned act -----------------------------
def test_announced_plans_to_expel_diplomats_are_an_intent(read):
    events = events_on(read("Britain announced plans to expel Russian diplomats."), "announced")
    assert events and all(e.root == "13" and e.source and e.source.code == "GBR" for e in events)


def test_announced_plans_to_visit_are_an_intent_to_meet(read):
    events = events_on(read("The French president announced plans to visit Moscow next month."), "announced")
    assert [e.cameo for e in events] == ["036"]


# --- a speaker's "has to" is asked of another -------------------------------------------------
def test_what_a_speaker_says_another_has_to_do_is_demanded(read):
    reading = read('"Russia has to withdraw its troops from Ukraine," the French president said.')
    assert [e.modality for e in events_on(reading, "withdraw")] == ["demanded"]


# --- what a kind of people do as a rule --------------------------------------------------------
def test_a_habit_of_a_kind_of_people_is_no_event(read):
    assert read("Diplomats ask lots of awkward questions during negotiations for a reason.").events == []


def test_protesters_at_a_named_place_still_demonstrate(read):
    events = events_on(read("While leaders of the G20 nations meet, protesters demonstrate outside the venue in Osaka."), "demonstrate")
    assert events and events[0].modality == "happened"


# --- a call under way is no plan, whatever day it names ----------------------------------------
def test_a_call_under_way_for_protests_on_friday_happened(read):
    events = events_on(read("The Egyptian opposition is calling for mass protests on Friday."), "calling")
    assert [e.modality for e in events] == ["happened"]


def test_a_visit_on_friday_is_still_planned(read):
    events = events_on(read("Putin is visiting Beijing on Friday."), "visiting")
    assert [e.modality for e in events] == ["planned"]


# --- a refusal does not carry to a finite verb joined to it -------------------------------------
def test_declining_to_comment_does_not_negate_the_criticism_beside_it(read):
    reading = read("The American commander, who oversees troops in the region, declined to comment on the "
                   "peace talks but criticized a wave of Taliban violence against civilians.")
    assert [e.modality for e in events_on(reading, "criticized")] == ["happened"]


def test_a_second_infinitive_under_a_refusal_is_still_refused(read):
    reading = read("Russia declined to attend the talks and to sign the accord.")
    assert all(e.modality == "negated" for e in events_on(reading, "sign"))
