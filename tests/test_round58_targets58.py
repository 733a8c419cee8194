"""A person acting on a group named by the plural of a person's role ("officials", "ambassadors",
"diplomats") acts on so many office holders, other actors than himself even when they share his
government's code: "the president asked officials to draw up plans" keeps the officials as its
target (USAGOV -> USAGOV), where the self-loop check used to drop them. Near misses keep their
old reading: the government or the administration as one body is a person's own side, a body
acting on officials of its own code is still no pair ("the ministry expelled two diplomats": the
diplomats may have borrowed its country), and "the prime minister urged the government" still has no target.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import coded

from newsevents.events.participants import office_holders, self_loop
from newsevents.model import Actor

PUBLISHED = date(2015, 3, 4)
BIDEN = Actor("Biden", "person", "USA", "GOV")


def test_a_president_asking_officials_keeps_them_as_target(read):
    text = "President Obama on Tuesday asked senior officials to draw up new options for the fight in Syria."
    found = coded(read(text, published=PUBLISHED))
    assert ("020", "USAGOV", "USAGOV") in found, found


def test_a_secretary_praising_ambassadors_keeps_them_as_target(read):
    text = "Secretary of State John Kerry praised the three new ambassadors at a ceremony in Washington on Monday."
    found = coded(read(text, published=PUBLISHED))
    assert any(code.startswith("05") and (source, target) == ("USAGOV", "USAGOV") for code, source, target in found), found


def test_office_holders_are_a_plural_of_a_persons_role_in_government():
    assert office_holders(Actor("senior officials", "group", "USA", "GOV"))
    assert office_holders(Actor("ambassadors", "group", "USA", "GOV"))
    assert not office_holders(Actor("government", "group", "USA", "GOV"))  # one body
    assert not office_holders(Actor("authorities", "group", "USA", "GOV"))
    assert not office_holders(Actor("senior officers", "group", "USA", "MIL"))  # not the government's
    assert not office_holders(Actor("corporate leaders", "group", "USA", "GOV"))  # a loose word: a firm's too
    assert not office_holders(Actor("official", "person", "USA", "GOV"))


def test_the_government_as_one_body_is_still_the_persons_own_side():
    assert self_loop(BIDEN, Actor("government", "group", "USA", "GOV"))
    assert self_loop(BIDEN, Actor("administration", "group", "USA", "GOV"))
    assert not self_loop(BIDEN, Actor("senior officials", "group", "USA", "GOV"))


def test_a_body_acting_on_officials_of_its_own_code_is_still_no_pair():
    ministry = Actor("Foreign Ministry", "organisation", "USA", "GOV")
    assert self_loop(ministry, Actor("two diplomats", "group", "USA", "GOV"))
    assert self_loop(BIDEN, Actor("senior officials", "group", "USA", "GOV"), acted_on=False)  # co-doers


def test_a_ministry_expelling_diplomats_stores_no_same_code_pair(read):
    text = "The Estonian government on Friday expelled two diplomats over the spying case."
    found = coded(read(text, published=PUBLISHED))
    assert not any(source == target == "ESTGOV" for _, source, target in found), found


def test_a_secretary_thanking_his_diplomats_keeps_them_as_target(read):
    text = "Secretary of State John Kerry thanked his diplomats for their work in Vienna on Monday."
    found = coded(read(text, published=PUBLISHED))
    assert ("051", "USAGOV", "USAGOV") in found, found


def test_a_prime_minister_urging_the_government_keeps_no_target(read):
    text = "Prime Minister David Cameron urged the government to move faster on the housing plan on Sunday."
    found = coded(read(text, published=PUBLISHED))
    assert found and not any(target == "GBRGOV" for _, _, target in found), found
