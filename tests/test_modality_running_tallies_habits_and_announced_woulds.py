"""Round 36 (modal36): general accounts are no event, and a hostile act announced or decided in
the past's future is planned.

- A running tally ("since 2003, more than 40,000 soldiers have deployed"), a rule kept since a
  year by every holder of an office ("every president since 1979 has condemned Iran") and a habit
  ("meets Putin every year", "will usually arrest smugglers") tell of no act on a day
  (events/general.py); an act of many on a day, or one told with its own time, is kept.
- "Announced that Britain would expel 23 diplomats": "would" after a past verb of announcing or
  deciding is the future of what was announced (planned, stored), where after a bare "said" a
  hostile act may be a forecast of another side's (kept as supposed), and "would … if" stays a
  supposition.
- "If Turkey fails to withdraw its troops": a failure inside a condition is supposed, not negated.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


def _events(reading, trigger: str):
    return [e for e in reading.events if e.trigger.split(" … ")[-1] == trigger]


# --- general accounts: tallies, standing rules, habits ---------------------------------------
@pytest.mark.parametrize("general, specific, trigger", [
    ("Since 2003, more than 40,000 Italian soldiers have deployed to Lebanon.",
     "Italian soldiers deployed to Lebanon on Monday.", "deployed"),
    ("Since 2011, more than 300 Turkish soldiers have attacked Kurdish positions.",
     "Turkish soldiers attacked Kurdish positions on Monday.", "attacked"),
])
def test_a_running_tally_since_a_year_is_no_event(read_every, general, specific, trigger):
    assert not _events(read_every(general), trigger)
    assert _events(read_every(specific), trigger)  # the act of a day is still read


def test_a_rule_kept_by_every_holder_since_a_year_is_no_event(read_every):
    assert not _events(read_every("Every US president since 1979 has condemned Iran."), "condemned")
    # every member acting on one occasion is an act of many, not a rule over the years
    assert _events(read_every("Every NATO member has condemned the Russian attack."), "condemned")


@pytest.mark.parametrize("habit, once, trigger", [
    ("Merkel meets Putin every year in Sochi.", "Merkel met Putin in Sochi on Friday.", "meets"),
    ("Under the plan, Kenyan police will usually arrest smugglers at the border.",
     "Kenyan police will arrest the smugglers at the border.", "arrest"),
])
def test_a_habit_is_no_event(read_every, habit, once, trigger):
    assert not _events(read_every(habit), trigger)
    assert _events(read_every(once), trigger.replace("meets", "met"))


def test_a_tally_of_money_given_by_one_state_is_still_its_act(read_every):
    """The tally needs a counted or universal doer: one state's aid since a year is its own act."""
    events = _events(read_every("Since 2014, Washington has provided more than 80 million dollars to help Honduras."), "provided")
    assert events
    assert not _events(read_every("Since 2003, more than 40,000 Italian soldiers have deployed to Lebanon."), "deployed")


# --- the past's future of a hostile act announced or decided ---------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The prime minister announced that Britain would expel 23 Russian diplomats.", "expel"),
    ("The cabinet decided that Britain would impose sanctions on Russia.", "sanctions"),
])
def test_a_hostile_act_announced_in_the_past_future_is_planned_and_stored(read, text, trigger):
    events = _events(read(text), trigger)
    assert events and all(e.modality == "planned" for e in events)


@pytest.mark.parametrize("text, trigger", [
    ("Analysts said Russia would retaliate against Britain.", "retaliate"),  # a forecast of another side's act
    ("The minister announced that Britain would have expelled the diplomats.", "expelled"),  # a past that did not come about
])
def test_a_forecast_or_a_counterfactual_would_stays_supposed(read_every, text, trigger):
    events = _events(read_every(text), trigger)
    assert events and all(e.modality == "hypothetical" for e in events)
    announced = _events(read_every("The prime minister announced that Britain would expel 23 Russian diplomats."), "expel")
    assert announced and all(e.modality == "planned" for e in announced)


# --- a failure supposed in a condition is no act told ----------------------------------------
def test_a_failure_inside_a_condition_is_no_negated_act(read_every):
    """"If Turkey fails to withdraw its troops": the failure is only supposed, so the withdrawal is
    told neither as done nor as not done (and, as the writer's own condition, is not stored)."""
    supposed = _events(read_every("If Turkey fails to withdraw its troops, the EU will impose sanctions."), "withdraw")
    assert all(e.modality != "negated" for e in supposed)
    told = _events(read_every("Turkey failed to withdraw its troops from Syria."), "withdraw")
    assert told and all(e.modality == "negated" for e in told)
