"""An act someone hopes another party will do is only wished for (desired): "Germany hopes that
Russia will move quickly to free the prisoners" tells no plan of Russia's, whatever the "will" in
the hoped clause says; so is an act of an infinitive that shares the hoped clause's subject ("will
move quickly to free them"). One's own wish ("hopes to meet") is desired too (round 49), no plan.

An act told in a past tense of its own ("has just begun an effort", "what officials said were
patrols") was done, whatever plan or demand the clause around it tells of; not in a clause of time
("until Britain freed the ship"), whose past may still be ahead."""

from __future__ import annotations

import pytest
from helpers import codes, modalities_on


@pytest.mark.parametrize(("text", "act"), [
    ("Germany hopes that Russia will move quickly to release the jailed activists.", "release"),
    ("Berlin hopes that Russia will agree to meet Ukraine in Geneva next month.", "agree"),
    ("Berlin hopes that Russia will agree to meet Ukraine in Geneva next month.", "meet"),
    ("France hopes that Russia will send envoys to negotiate with Ukraine.", "negotiate"),
])
def test_an_act_hoped_of_another_is_no_plan_of_theirs(read_every, text, act):
    assert modalities_on(read_every(text), act) == {"desired"}


def test_an_act_hoped_of_another_is_not_stored(read):
    assert codes(read("Germany hopes that Russia will move quickly to release the jailed activists.")) == []


def test_ones_own_wish_is_desired(read_every):
    assert modalities_on(read_every("Germany hopes to meet Russian officials in Geneva next week."), "meet") == {"desired"}


def test_a_plain_future_stays_planned(read_every):
    reading = read_every("Russia will move quickly to release the jailed activists, the Kremlin said.")
    assert modalities_on(reading, "release") == {"planned"}


@pytest.mark.parametrize(("text", "act"), [
    ("Japan will ask Beijing about what Chinese officials said were routine patrols.", "said"),
    ("The Army has just begun an effort to send more troops to Poland; completing it will fall to the next secretary.", "begun"),
])
def test_an_act_told_in_the_past_is_no_plan(read_every, text, act):
    assert modalities_on(read_every(text), act) == {"happened"}


@pytest.mark.parametrize(("text", "act"), [
    ("The Pentagon will cut military aid to Pakistan.", "cut"),
    ("Iran said it would keep the tanker until Britain freed the Iranian ship and apologized.", "apologized"),
])
def test_a_past_form_under_will_or_in_a_clause_of_time_stays_planned(read_every, text, act):
    assert modalities_on(read_every(text), act) == {"planned"}
